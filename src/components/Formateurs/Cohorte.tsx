/**
 * « Suivre une cohorte »: the trainer opens many passport files at once (file
 * picker or drag and drop). Each file is read and checked once, at import; the
 * table (learners × compétences of a bloc, or × critères of a compétence) is then
 * only filtered, never recomputed from the files. Nothing is stored or sent.
 * Pure parts: src/domain/formateur/tableau-cohorte.ts and cohorte.ts.
 */
import { memo, startTransition, useDeferredValue, useId, useMemo, useState, type DragEvent, type ReactNode } from 'react';
import { NIVEAU_LABELS, type Niveau as NiveauId } from '@site/src/domain/journal/niveau';
import type { Banque } from '@site/src/domain/formateur/banque';
import { csvCohorte } from '@site/src/domain/formateur/cohorte';
import { blocDuGroupe, csvParcours, itemsAffiches, lignesParcours, parcoursDeLaCohorte, syntheseParcours } from '@site/src/domain/formateur/cohorte-parcours';
import {
  ajouterFichiers,
  cellule,
  COHORTE_FICHIERS_MAX,
  colonnesCohorte,
  filtrerTableau,
  syntheseCohorte,
  TABLEAU_VIDE,
  type Colonne,
  type LigneIndexee,
  type SyntheseColonne,
  type TableauCohorte,
} from '@site/src/domain/formateur/tableau-cohorte';
import { blocById, REFERENTIEL, type BlocId, type CompetenceId } from '@site/src/referentiel';
import { AvecBanque, Niveau, pourcent, styles as suivi, telecharger } from '../Suivi/commun';
import { TableauParcoursVue } from './TableauParcours';
import styles from './formateurs.module.css';
import { dateLocale, MODE_LABELS } from '@site/src/domain/formateur/parcours';

const nombre = (n: number) => n.toLocaleString('fr-FR');
const pluriel = (n: number, un: string, plusieurs: string) => `${nombre(n)} ${n > 1 ? plusieurs : un}`;
const NIVEAUX: readonly NiveauId[] = ['acquis', 'en-cours', 'a-travailler', 'non-evalue'];
/** One formatter for every row (toLocaleDateString builds a new one at each call). */
const FORMAT_DATE = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' });
const dateCourte = (iso: string | null) => (iso ? FORMAT_DATE.format(new Date(iso)) : '—');

const LigneTableau = memo(function LigneTableau({ ligne, colonnes }: { ligne: LigneIndexee; colonnes: readonly Colonne[] }): ReactNode {
  return (
    <tr>
      <th scope="row">
        {ligne.ligne.nom}
        <span className={styles.derniere}>dernière activité : {dateCourte(ligne.ligne.derniereActivite)}</span>
      </th>
      {colonnes.map((c) => {
        const { niveau, score } = cellule(ligne, c.id);
        return (
          <td key={c.id}>
            <Niveau niveau={niveau} />
            {score !== null && <span className={styles.score}>{pourcent(score)}</span>}
          </td>
        );
      })}
    </tr>
  );
});

export interface PropsTableau {
  readonly lignes: readonly LigneIndexee[];
  readonly colonnes: readonly Colonne[];
  readonly synthese: readonly SyntheseColonne[];
  readonly legende: string;
}

/** The table itself: learners in rows (row headers), one column per compétence or critère, a summary row. */
export const TableauCohorteVue = memo(function TableauCohorteVue({ lignes, colonnes, synthese, legende }: PropsTableau): ReactNode {
  const uid = useId();
  return (
    <div className={styles.defilement} role="region" aria-labelledby={`${uid}-legende`} tabIndex={0}>
      <table className={styles.tableauCohorte}>
        <caption id={`${uid}-legende`}>{legende}</caption>
        <thead>
          <tr>
            <th scope="col">Apprenant</th>
            {colonnes.map((c) => (
              <th key={c.id} scope="col">
                <span className={styles.enteteId}>{c.id}</span> {c.intitule}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {lignes.length === 0 ? (
            <tr>
              <td colSpan={colonnes.length + 1}>Aucun apprenant ne correspond aux filtres.</td>
            </tr>
          ) : (
            lignes.map((l) => <LigneTableau key={l.ligne.id} ligne={l} colonnes={colonnes} />)
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Acquis (apprenants)</th>
            {synthese.map((s) => (
              <td key={s.id}>
                {nombre(s.acquis)} sur {nombre(s.total)}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
});

function ZoneDepot({ enCours, onFichiers }: { enCours: boolean; onFichiers: (files: File[]) => void }): ReactNode {
  const id = useId();
  const [survol, setSurvol] = useState(false);
  const deposer = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setSurvol(false);
    if (!enCours && e.dataTransfer.files.length > 0) onFichiers([...e.dataTransfer.files]);
  };
  return (
    <div
      className={`${suivi.zoneDepot} ${survol ? suivi.zoneDepotActive : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setSurvol(true);
      }}
      onDragLeave={() => setSurvol(false)}
      onDrop={deposer}
    >
      <div className={suivi.champ} style={{ margin: '0 auto', alignItems: 'center' }}>
        <label htmlFor={id}>
          <strong>Choisir des passeports de progression</strong> (fichiers .json, plusieurs à la fois)
        </label>
        <input
          id={id}
          type="file"
          multiple
          accept=".json,application/json"
          disabled={enCours}
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            if (files.length > 0) onFichiers(files);
          }}
        />
      </div>
      <p className="margin-bottom--none">ou glissez-déposez les fichiers dans ce cadre.</p>
    </div>
  );
}

function resumeImport(avant: TableauCohorte, apres: TableauCohorte, lus: number): string {
  const refuses = apres.refus.length - avant.refus.length;
  const remplaces = apres.remplacements.length - avant.remplacements.length;
  const acceptes = lus - refuses;
  const phrases = [`Import terminé : ${pluriel(lus, 'fichier lu', 'fichiers lus')}, ${pluriel(acceptes, 'accepté', 'acceptés')}, ${pluriel(refuses, 'refusé', 'refusés')}.`];
  if (remplaces > 0) phrases.push(`${pluriel(remplaces, 'fichier remplace', 'fichiers remplacent')} un passeport précédent du même apprenant.`);
  phrases.push(`Le tableau compte ${pluriel(apres.lignes.length, 'apprenant', 'apprenants')}.`);
  return phrases.join(' ');
}

function SuiviCohorte({ banque }: { banque: Banque }): ReactNode {
  const uid = useId();
  const [tableau, setTableau] = useState<TableauCohorte>(TABLEAU_VIDE);
  const [enCours, setEnCours] = useState(false);
  const [annonce, setAnnonce] = useState('');
  // Until the trainer picks one, the table shows the bloc the group works on (blocDuGroupe).
  const [blocChoisi, setBlocChoisi] = useState<BlocId | 'tous' | null>(null);
  const [vue, setVue] = useState<string>('');
  const [competence, setCompetence] = useState<CompetenceId | ''>('');
  const [niveau, setNiveau] = useState<NiveauId | ''>('');
  const [recherche, setRecherche] = useState('');
  const rechercheDifferee = useDeferredValue(recherche);

  // Files are read and checked in a Web Worker (src/lib/lecteur.ts, loaded with the first import,
  // not with the page): no file can freeze the page; the table changes once, when every file of the
  // batch has been read.
  const importer = async (files: File[]) => {
    if (files.length > COHORTE_FICHIERS_MAX) {
      setAnnonce(`Import refusé : ${nombre(files.length)} fichiers choisis, ${COHORTE_FICHIERS_MAX} au plus à la fois. Le tableau n’a pas changé.`);
      return;
    }
    setEnCours(true);
    setAnnonce(`Lecture de ${pluriel(files.length, 'fichier', 'fichiers')}…`);
    try {
      const { lireFichiersCohorte } = await import('@site/src/lib/lecteur');
      const lus = await lireFichiersCohorte(files, banque.revision);
      const suivant = ajouterFichiers(tableau, lus);
      // A transition: React renders the new table and the refusals in short slices.
      startTransition(() => {
        setTableau(suivant);
        setAnnonce(resumeImport(tableau, suivant, files.length));
        setEnCours(false);
      });
    } catch (error) {
      setAnnonce(`Import interrompu (${(error as Error).message}) : le tableau n’a pas changé.`);
      setEnCours(false);
    }
  };

  const parcoursListe = useMemo(() => parcoursDeLaCohorte(tableau.lignes), [tableau.lignes]);
  const parcours = parcoursListe.find((p) => p.parcours.id === vue)?.parcours ?? null;
  const blocGroupe = useMemo(() => blocDuGroupe(tableau.lignes, banque) ?? 'B1', [tableau.lignes, banque]);
  // « Tous les blocs » only makes sense for an assignment; the compétences are those of one bloc.
  const bloc: BlocId = blocChoisi === null || blocChoisi === 'tous' ? blocGroupe : blocChoisi;
  const blocParcours: BlocId | null = blocChoisi === 'tous' || blocChoisi === null ? null : blocChoisi;

  const colonnes = useMemo(() => colonnesCohorte(bloc, competence || undefined), [bloc, competence]);
  const lignes = useMemo(
    () => filtrerTableau(tableau.lignes, { bloc, ...(niveau && !parcours ? { niveau } : {}), recherche: rechercheDifferee }),
    [tableau.lignes, bloc, niveau, parcours, rechercheDifferee],
  );
  const synthese = useMemo(() => syntheseCohorte(lignes, colonnes), [lignes, colonnes]);
  const items = useMemo(() => (parcours ? itemsAffiches(parcours, banque, blocParcours) : []), [parcours, banque, blocParcours]);
  const lignesP = useMemo(() => (parcours ? lignesParcours(lignes, parcours, items, banque) : []), [lignes, parcours, items, banque]);
  const syntheseP = useMemo(() => syntheseParcours(lignesP, items.length), [lignesP, items.length]);
  const infoBloc = blocById(bloc);
  const filtre = lignes.length !== tableau.lignes.length;
  const affiches = `(${pluriel(lignes.length, 'apprenant affiché', 'apprenants affichés')}${filtre ? ` sur ${nombre(tableau.lignes.length)}` : ''})`;
  const legende = parcours
    ? `Parcours « ${parcours.titre} »${parcours.groupe ? `, ${parcours.groupe}` : ''}, mode ${MODE_LABELS[parcours.mode].toLocaleLowerCase('fr-FR')}${
        blocParcours ? ` — éléments du bloc ${blocById(blocParcours).numero}` : ''
      } : statut et résultat de chaque élément ${affiches}`
    : `Bloc ${infoBloc.numero} — ${infoBloc.intituleCourt} : ${competence ? `critères de la compétence ${competence}` : 'niveau et score par compétence'} ${affiches}`;

  return (
    <div className={styles.imprimable}>
      <section className={`${suivi.panneau} ${suivi.nePasImprimer}`} aria-labelledby={`${uid}-import`}>
        <h2 id={`${uid}-import`}>Importer des passeports</h2>
        <p>
          Vos stagiaires exportent leur passeport de progression et vous le remettent. Ouvrez ici tous les fichiers d’un coup. Ils sont lus dans ce
          navigateur : <strong>rien n’est envoyé, rien n’est enregistré</strong>. En fermant la page, le tableau disparaît.
        </p>
        <ZoneDepot enCours={enCours} onFichiers={(f) => void importer(f)} />
        <p role="status" aria-live="polite">
          {annonce}
        </p>
        {tableau.fichiers > 0 && (
          <>
            <p>
              <strong>Passeports importés :</strong> {pluriel(tableau.lignes.length, 'apprenant', 'apprenants')} (
              {pluriel(tableau.fichiers, 'fichier lu', 'fichiers lus')}) — <strong>refusés :</strong> {nombre(tableau.refus.length)}.
              {tableau.autreVersion > 0 &&
                ` ${pluriel(tableau.autreVersion, 'passeport vient', 'passeports viennent')} d’une autre version du contenu du site : leurs résultats sont comptés, quelques questions ont pu changer depuis.`}
            </p>
            {tableau.remplacements.length > 0 && (
              <>
                <h3>Un seul passeport par apprenant</h3>
                <p>Quand deux fichiers viennent du même apprenant, le plus récemment importé remplace l’autre :</p>
                <ul>
                  {tableau.remplacements.map((r, i) => (
                    <li key={`${r.nouveau}-${i}`}>
                      {r.nom} : « {r.nouveau} » remplace « {r.ancien} ».
                    </li>
                  ))}
                </ul>
              </>
            )}
            {tableau.refus.length > 0 && (
              <>
                <h3>Fichiers refusés ({nombre(tableau.refus.length)})</h3>
                <ul className={styles.listeRefus}>
                  {tableau.refus.map((r, i) => (
                    <li key={`${r.fichier}-${i}`}>
                      <strong>{r.fichier}</strong> : {r.raison}.
                    </li>
                  ))}
                </ul>
              </>
            )}
            <button
              type="button"
              className="button button--secondary button--outline"
              onClick={() => {
                setTableau(TABLEAU_VIDE);
                setAnnonce('Le tableau a été vidé.');
              }}
            >
              Vider le tableau
            </button>
          </>
        )}
      </section>

      <section aria-labelledby={`${uid}-tableau`}>
        <h2 id={`${uid}-tableau`}>Tableau de la cohorte</h2>
        {tableau.lignes.length === 0 ? (
          <p>Aucun passeport pour l’instant : importez les fichiers de vos stagiaires ci-dessus.</p>
        ) : (
          <>
            <fieldset className={`${styles.filtres} ${suivi.nePasImprimer}`}>
              <legend>Affichage et filtres</legend>
              <div className={suivi.champ}>
                <label htmlFor={`${uid}-vue`}>Afficher</label>
                <select id={`${uid}-vue`} value={parcours ? vue : ''} onChange={(e) => setVue(e.target.value)}>
                  <option value="">Les niveaux par compétence</option>
                  {parcoursListe.map(({ parcours: p, apprenants }) => (
                    <option key={p.id} value={p.id}>
                      Le parcours « {p.titre} »{p.groupe ? ` (${p.groupe})` : ''}, ajouté par {pluriel(apprenants, 'apprenant', 'apprenants')}
                    </option>
                  ))}
                </select>
                {parcoursListe.length === 0 && (
                  <span className={styles.aide}>Aucun passeport ne contient de parcours : il apparaît ici quand un stagiaire l’a ajouté avant d’exporter.</span>
                )}
              </div>
              <div className={suivi.champ}>
                <label htmlFor={`${uid}-bloc`}>Bloc</label>
                <select
                  id={`${uid}-bloc`}
                  value={parcours ? (blocParcours ?? 'tous') : bloc}
                  onChange={(e) => {
                    setBlocChoisi(e.target.value as BlocId | 'tous');
                    setCompetence('');
                  }}
                >
                  {parcours && <option value="tous">Tous les blocs du parcours</option>}
                  {REFERENTIEL.blocs.map((b) => (
                    <option key={b.id} value={b.id}>
                      Bloc {b.numero} — {b.intituleCourt}
                      {b.id === blocGroupe ? ' (celui où le groupe travaille)' : ''}
                    </option>
                  ))}
                </select>
              </div>
              {!parcours && (
                <>
                  <div className={suivi.champ}>
                    <label htmlFor={`${uid}-colonnes`}>Colonnes</label>
                    <select id={`${uid}-colonnes`} value={competence} onChange={(e) => setCompetence(e.target.value as CompetenceId | '')}>
                      <option value="">Les compétences du bloc</option>
                      {infoBloc.competences.map((c) => (
                        <option key={c.id} value={c.id}>
                          Les critères de {c.id}
                        </option>
                      ))}
                    </select>
                  </div>
                  <div className={suivi.champ}>
                    <label htmlFor={`${uid}-niveau`}>Niveau (au moins une compétence du bloc)</label>
                    <select id={`${uid}-niveau`} value={niveau} onChange={(e) => setNiveau(e.target.value as NiveauId | '')}>
                      <option value="">Tous les apprenants</option>
                      {NIVEAUX.map((n) => (
                        <option key={n} value={n}>
                          {NIVEAU_LABELS[n]}
                        </option>
                      ))}
                    </select>
                  </div>
                </>
              )}
              <div className={suivi.champ}>
                <label htmlFor={`${uid}-recherche`}>Rechercher un nom</label>
                <input id={`${uid}-recherche`} type="search" value={recherche} onChange={(e) => setRecherche(e.target.value)} />
              </div>
            </fieldset>
            <div className={`${suivi.actions} ${suivi.nePasImprimer}`}>
              <button
                type="button"
                className="button button--primary"
                onClick={() =>
                  telecharger(
                    `${parcours ? 'parcours' : 'cohorte'}-${dateLocale(new Date())}.csv`,
                    parcours ? csvParcours(lignesP, items, banque) : csvCohorte(lignes.map((l) => l.ligne), bloc),
                    'text/csv;charset=utf-8',
                  )
                }
              >
                Exporter en CSV
              </button>
              <button type="button" className="button button--secondary" onClick={() => window.print()}>
                Imprimer
              </button>
              <span className={styles.aide}>
                {parcours
                  ? 'L’export contient les apprenants affichés et les éléments du parcours affichés.'
                  : 'L’export contient les apprenants affichés et toutes les compétences du bloc choisi.'}
              </span>
            </div>
            {parcours ? (
              <>
                <TableauParcoursVue lignes={lignesP} items={items} synthese={syntheseP} banque={banque} legende={legende} />
                <p className={styles.aide}>
                  Un élément est « réussi » quand la dernière tentative atteint le seuil de réussite, « terminé » quand elle est finie sans
                  l’atteindre, « commencé » quand des réponses ont été données sans finir. Une leçon est réussie quand toutes ses activités le
                  sont. {parcours.mode === 'examen' ? 'Parcours en mode examen : pour les quiz, seules les tentatives faites en mode examen comptent.' : ''}
                </p>
              </>
            ) : (
              <>
                <TableauCohorteVue lignes={lignes} colonnes={colonnes} synthese={synthese} legende={legende} />
                <p className={styles.aide}>
                  Un critère est « acquis » avec au moins 3 réponses et 80 % de réussite sur les 10 dernières ; une compétence l’est quand tous ses
                  critères le sont. Le pourcentage est le score moyen des critères évalués.
                </p>
              </>
            )}
          </>
        )}
      </section>
    </div>
  );
}

export default function Cohorte(): ReactNode {
  return <AvecBanque journal={false}>{(banque) => <SuiviCohorte banque={banque} />}</AvecBanque>;
}
