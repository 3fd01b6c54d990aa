/**
 * /progression/livret: the printable livret de suivi. Identity and observations
 * are typed here and saved in the profile (never sent anywhere); positionnement
 * and measured levels, dated results and case-study debriefs come from the
 * record. Rows and debriefs are computed in src/domain/apprenant/livret.ts.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { REFERENTIEL } from '@site/src/referentiel';
import type { Cas } from '@site/src/domain/cas/types';
import { maitrise } from '@site/src/domain/journal/mastery';
import type { Banque } from '@site/src/domain/formateur/banque';
import { debriefLivret, dernieresTentativesCas, lignesLivret, type TentativeCas } from '@site/src/domain/apprenant/livret';
import { avecValeurs, LIBELLES_LIVRET, LIMITES_LIVRET, problemeChamp, valeursLivret, type ChampLivret } from '@site/src/domain/apprenant/livret-champs';
import { NIVEAU_AUTO_LABELS, type Positionnement } from '@site/src/domain/profil/profil';
import { positionnementFait } from '@site/src/domain/apprenant/positionnement';
import { AvertissementsStockage, ProfilActif, useJournal } from '../Journal';
import { FormulesContext, RichText } from '../Activite/RichText';
import { loadRubric } from '../Activite/rubric';
import { AvecBanque, Niveau, PageSuivi, dateFr, pourcent, styles } from './commun';
import { TableauDefilant } from './TableauDefilant';
import local from './livret.module.css';

// ---------------------------------------------------------------------------
// Fields saved in the profile

type Statut = 'initial' | 'modifie' | 'enregistrement' | 'enregistre' | 'erreur';

/** Local values of some fields, saved in the profile a moment after typing and when a field loses focus. */
function useChamps(champs: readonly ChampLivret[]) {
  const { stores, saveDocument } = useJournal();
  const [valeurs, setValeurs] = useState<Partial<Record<ChampLivret, string>>>(() => {
    const v = stores ? valeursLivret(stores.profil.profil) : null;
    return Object.fromEntries(champs.map((c) => [c, v?.[c] ?? '']));
  });
  const [statut, setStatut] = useState<Statut>('initial');
  const courantes = useRef(valeurs);
  courantes.current = valeurs;
  const minuteur = useRef<number | undefined>(undefined);

  const enregistrer = useCallback(async () => {
    window.clearTimeout(minuteur.current);
    if (!stores) return;
    const v = courantes.current;
    if (champs.some((c) => problemeChamp(c, v[c] ?? '') !== null)) {
      setStatut('erreur');
      return;
    }
    const actuel = stores.profil.profil;
    const suivant = avecValeurs(actuel, v);
    if (JSON.stringify(suivant) === JSON.stringify(actuel)) {
      setStatut((s) => (s === 'modifie' || s === 'erreur' ? 'enregistre' : s));
      return;
    }
    setStatut('enregistrement');
    try {
      await saveDocument(suivant);
      setStatut('enregistre');
    } catch {
      setStatut('erreur');
    }
  }, [stores, saveDocument, champs]);

  const dernier = useRef(enregistrer);
  dernier.current = enregistrer;
  useEffect(
    () => () => {
      // Leaving the page: save what was typed in the last moment.
      if (minuteur.current !== undefined) {
        window.clearTimeout(minuteur.current);
        void dernier.current();
      }
    },
    [],
  );

  const modifier = (champ: ChampLivret, valeur: string) => {
    setValeurs((v) => ({ ...v, [champ]: valeur }));
    courantes.current = { ...courantes.current, [champ]: valeur };
    setStatut('modifie');
    window.clearTimeout(minuteur.current);
    minuteur.current = window.setTimeout(() => {
      minuteur.current = undefined;
      void dernier.current();
    }, 800);
  };

  return { valeurs, statut, modifier, enregistrer: () => void enregistrer() };
}

function TexteStatut({ statut, id }: { statut: Statut; id: string }): ReactNode {
  const { persistent } = useJournal();
  const texte: Record<Statut, string> = {
    initial: 'Vos saisies sont enregistrées automatiquement dans ce navigateur.',
    modifie: 'Modifications en cours…',
    enregistrement: 'Enregistrement…',
    enregistre: persistent ? 'Enregistré.' : 'Enregistré pour cette visite seulement (voir l’avertissement en haut de la page).',
    erreur: 'Non enregistré : corrigez le champ signalé.',
  };
  return (
    <p role="status" id={id} className={`${local.statut} ${styles.nePasImprimer}`} data-statut={statut}>
      {texte[statut]}
    </p>
  );
}

interface ChampProps {
  readonly champ: ChampLivret;
  readonly valeur: string;
  readonly multiligne?: boolean;
  readonly aide?: string;
  onChange(valeur: string): void;
  onBlur(): void;
}

/** A labelled field; on paper, only its value is printed. */
function Champ({ champ, valeur, multiligne, aide, onChange, onBlur }: ChampProps): ReactNode {
  const id = `livret-champ-${champ}`;
  const probleme = problemeChamp(champ, valeur);
  const decrit = [aide ? `${id}-aide` : null, probleme ? `${id}-erreur` : null].filter(Boolean).join(' ') || undefined;
  const commun = {
    id,
    value: valeur,
    maxLength: LIMITES_LIVRET[champ],
    'aria-invalid': probleme ? true : undefined,
    'aria-describedby': decrit,
    onBlur,
  };
  return (
    <div className={`${styles.champ} ${local.champ} ${multiligne ? local.multiligne : ''}`}>
      <label htmlFor={id}>{LIBELLES_LIVRET[champ]}</label>
      {multiligne ? (
        <textarea {...commun} rows={8} onChange={(e) => onChange(e.currentTarget.value)} />
      ) : (
        <input {...commun} type="text" autoComplete={champ === 'nom' ? 'name' : champ === 'structure' ? 'organization' : 'off'} onChange={(e) => onChange(e.currentTarget.value)} />
      )}
      <span className={local.valeurImprimee} data-imprime={champ}>
        {valeur.trim() || '—'}
      </span>
      {aide && (
        <span id={`${id}-aide`} className={`${styles.aide} ${styles.nePasImprimer}`}>
          {aide}
        </span>
      )}
      {probleme && (
        <span id={`${id}-erreur`} className={local.erreur}>
          {LIBELLES_LIVRET[champ]} : {probleme}.
        </span>
      )}
    </div>
  );
}

function Identite(): ReactNode {
  const { valeurs, statut, modifier, enregistrer } = useChamps(CHAMPS_IDENTITE);
  return (
    <section aria-labelledby="livret-identite">
      <h2 id="livret-identite">Identité</h2>
      <div className={local.identite}>
        {CHAMPS_IDENTITE.map((c) => (
          <Champ key={c} champ={c} valeur={valeurs[c] ?? ''} onChange={(v) => modifier(c, v)} onBlur={enregistrer} />
        ))}
      </div>
      <TexteStatut statut={statut} id="livret-identite-statut" />
    </section>
  );
}
const CHAMPS_IDENTITE: readonly ChampLivret[] = ['nom', 'structure', 'formateur'];
const CHAMPS_OBSERVATIONS: readonly ChampLivret[] = ['observations'];

function Observations(): ReactNode {
  const { valeurs, statut, modifier, enregistrer } = useChamps(CHAMPS_OBSERVATIONS);
  const n = (valeurs.observations ?? '').length;
  return (
    <section aria-labelledby="livret-observations">
      <h2 id="livret-observations">Observations</h2>
      <Champ
        champ="observations"
        valeur={valeurs.observations ?? ''}
        multiligne
        aide={`Points forts, points à travailler, objectifs pour la suite : écrits par l’apprenant, le formateur ou le référent. ${new Intl.NumberFormat('fr-FR').format(n)} / ${new Intl.NumberFormat('fr-FR').format(LIMITES_LIVRET.observations)} caractères.`}
        onChange={(v) => modifier('observations', v)}
        onBlur={enregistrer}
      />
      <TexteStatut statut={statut} id="livret-observations-statut" />
    </section>
  );
}

// ---------------------------------------------------------------------------
// Compétences

function datePositionnement(nom: string, p?: Positionnement): string {
  return positionnementFait(p) ? `${nom} : positionnement du ${dateFr(p.date)}` : `${nom} : pas encore de positionnement`;
}

function Competences(): ReactNode {
  const { statements, document } = useJournal();
  const positionnement = document?.positionnement;
  const blocs = useMemo(() => lignesLivret(maitrise(statements), positionnement ?? {}), [statements, positionnement]);
  return (
    <section aria-labelledby="livret-competences">
      <h2 id="livret-competences">Positionnement et résultats par compétence</h2>
      <p>
        L’auto-positionnement est ce que l’apprenant dit savoir faire, à l’entrée et à la sortie de la formation. Le niveau mesuré vient de ses
        réponses aux quiz et aux mises en situation : pour chaque critère, moyenne des 10 dernières réponses ; « Acquis » à partir de 3 réponses et 80 %
        de réussite. Le score d’une compétence est la moyenne de ses critères évalués.
      </p>
      <ul>
        <li>{datePositionnement('Entrée', positionnement?.entree)}</li>
        <li>{datePositionnement('Sortie', positionnement?.sortie)}</li>
      </ul>
      {blocs.map((bloc) => (
        <section key={bloc.id} aria-labelledby={`livret-${bloc.id}`}>
          <h3 id={`livret-${bloc.id}`}>
            Bloc {bloc.numero} — {bloc.intitule}
          </h3>
          <TableauDefilant
            legende={`Bloc ${bloc.numero} : auto-positionnement, niveau mesuré et résultats datés par compétence`}
            className={local.table}
            donnees={{ 'data-bloc': bloc.id }}
          >
            <thead>
              <tr>
                <th scope="col">Compétence</th>
                <th scope="col">Auto-positionnement à l’entrée</th>
                <th scope="col">Auto-positionnement à la sortie</th>
                <th scope="col">Niveau mesuré</th>
                <th scope="col">Score</th>
                <th scope="col">Critères évalués</th>
                <th scope="col">Dernière réponse</th>
              </tr>
            </thead>
            <tbody>
              {bloc.lignes.map((l) => (
                <tr key={l.competence} data-competence={l.competence}>
                  <th scope="row">
                    {l.competence} — {l.intitule}
                  </th>
                  <td>{l.entree ? NIVEAU_AUTO_LABELS[l.entree] : 'Non renseigné'}</td>
                  <td>{l.sortie ? NIVEAU_AUTO_LABELS[l.sortie] : 'Non renseigné'}</td>
                  <td>
                    <Niveau niveau={l.niveau} />
                  </td>
                  <td>{pourcent(l.score)}</td>
                  <td>
                    {l.criteresEvalues} sur {l.criteresTotal}
                  </td>
                  <td>{l.derniere ? dateFr(l.derniere) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </TableauDefilant>
        </section>
      ))}
    </section>
  );
}

// ---------------------------------------------------------------------------
// Case studies

type Rubrique = { readonly etat: 'chargement' } | { readonly etat: 'absent' } | { readonly etat: 'erreur'; readonly message: string } | { readonly etat: 'pret'; readonly cas: Cas; readonly formules: Record<string, string> };

function MisesEnSituation({ banque }: { banque: Banque }): ReactNode {
  const { statements } = useJournal();
  const base = useBaseUrl('/');
  const tentatives = useMemo(() => dernieresTentativesCas(statements), [statements]);
  const [rubriques, setRubriques] = useState<ReadonlyMap<string, Rubrique>>(new Map());
  const ids = tentatives.map((t) => t.casId).join(' ');

  useEffect(() => {
    let actif = true;
    for (const casId of ids.split(' ').filter(Boolean)) {
      const activite = banque.activites.find((a) => a.id === casId && a.kind === 'cas');
      const poser = (r: Rubrique) => actif && setRubriques((m) => new Map(m).set(casId, r));
      if (!activite) {
        poser({ etat: 'absent' });
        continue;
      }
      loadRubric(`${base}${activite.rubrique}`).then(
        (file) => poser(file.activite.kind === 'cas' ? { etat: 'pret', cas: file.activite, formules: file.formules } : { etat: 'absent' }),
        (error: unknown) => poser({ etat: 'erreur', message: (error as Error).message }),
      );
    }
    return () => {
      actif = false;
    };
  }, [ids, banque, base]);

  return (
    <section aria-labelledby="livret-cas">
      <h2 id="livret-cas">Mises en situation</h2>
      {tentatives.length === 0 ? (
        <p>Aucune mise en situation terminée pour l’instant. Elles se trouvent dans les leçons, après le cours.</p>
      ) : (
        <p>Dernière tentative terminée de chaque mise en situation, avec l’issue atteinte et ce qu’il faut retenir là où vous n’avez pas eu tous les points.</p>
      )}
      {tentatives.map((t) => (
        <DebriefCas key={t.casId} tentative={t} rubrique={rubriques.get(t.casId) ?? { etat: 'chargement' }} banque={banque} />
      ))}
    </section>
  );
}

function DebriefCas({ tentative, rubrique, banque }: { tentative: TentativeCas; rubrique: Rubrique; banque: Banque }): ReactNode {
  const activite = banque.activites.find((a) => a.id === tentative.casId);
  const titre = rubrique.etat === 'pret' ? rubrique.cas.titre : (activite?.titre ?? tentative.casId);
  const debrief = rubrique.etat === 'pret' ? debriefLivret(rubrique.cas, tentative) : null;
  const lecon = activite?.lecons[0];
  return (
    <article className={local.cas} data-cas={tentative.casId} aria-labelledby={`livret-cas-${tentative.casId}`}>
      <h3 id={`livret-cas-${tentative.casId}`}>{titre}</h3>
      <p>
        Terminée le {dateFr(tentative.date, true)} — score : {tentative.points} / {tentative.max} ({pourcent(tentative.max > 0 ? tentative.points / tentative.max : null)})
      </p>
      {rubrique.etat === 'chargement' && (
        <p role="status" className={styles.chargement}>
          Chargement du retour sur vos choix…
        </p>
      )}
      {rubrique.etat === 'absent' && <p>Cette mise en situation n’est plus proposée par le site : le retour sur vos choix ne peut pas être affiché.</p>}
      {rubrique.etat === 'erreur' && (
        <p role="alert" className="alert alert--danger">
          {rubrique.message}
        </p>
      )}
      {rubrique.etat === 'pret' && debrief && (
        <FormulesContext.Provider value={rubrique.formules}>
          <p>
            <strong>Issue atteinte :</strong>{' '}
            {debrief.fin ? `${debrief.fin.libelle} — ${debrief.fin.titre}` : 'cette fin n’existe plus dans la version actuelle de la mise en situation'}
          </p>
          {debrief.aRetravailler.length === 0 ? (
            <p>Tous les critères ont obtenu la totalité des points.</p>
          ) : (
            <>
              <p>
                <strong>Critères à retravailler :</strong>
              </p>
              <ul className={local.debrief}>
                {debrief.aRetravailler.map((c) => (
                  <li key={c.critere}>
                    <p className={local.critere}>
                      {c.critere} — {c.intitule} : {pourcent(c.score)} des points
                    </p>
                    {c.texte ? <RichText text={c.texte} /> : <p>Pas de retour écrit pour ce point.</p>}
                    {c.lien && (
                      <p className={styles.nePasImprimer}>
                        <Link to={c.lien}>Revoir la partie du cours sur {c.critere}</Link>
                      </p>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
        </FormulesContext.Provider>
      )}
      {lecon && (
        <p className={styles.nePasImprimer}>
          <Link to={lecon}>Rejouer « {titre} »</Link>
        </p>
      )}
    </article>
  );
}

// ---------------------------------------------------------------------------
// Page

function Signatures(): ReactNode {
  return (
    <section aria-labelledby="livret-signatures" className={local.signatures}>
      <h2 id="livret-signatures">Signatures</h2>
      <div className={local.cadres}>
        {['Signature de l’apprenant', 'Signature du formateur ou référent', 'Date'].map((l) => (
          <div key={l} className={local.cadre}>
            <p>{l}</p>
          </div>
        ))}
      </div>
    </section>
  );
}

function PiedDeLivret({ banque }: { banque: Banque }): ReactNode {
  const { siteConfig } = useDocusaurusContext();
  const [date, setDate] = useState(() => new Date());
  useEffect(() => {
    const maj = () => setDate(new Date());
    window.addEventListener('beforeprint', maj);
    return () => window.removeEventListener('beforeprint', maj);
  }, []);
  return (
    <footer className={local.pied} data-pied="">
      <p>
        Livret édité le {dateFr(date.toISOString(), true)} — révision du contenu du site : {banque.revision} — {siteConfig.url}
        {siteConfig.baseUrl}
      </p>
      <p>
        Site d’entraînement libre et indépendant : ce livret rend compte du travail fait sur le site ; il ne remplace pas les documents officiels de la
        certification.
      </p>
    </footer>
  );
}

function ContenuLivret({ banque }: { banque: Banque }): ReactNode {
  const { profil } = useJournal();
  return (
    <>
      <p className={local.titre}>
        Préparation du titre « {REFERENTIEL.titre} » — {REFERENTIEL.rncp}, niveau {REFERENTIEL.niveau}
      </p>
      <div className={`${styles.actions} ${styles.nePasImprimer}`}>
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          Imprimer ou enregistrer en PDF
        </button>
        <span className={styles.aide}>Pour obtenir un fichier PDF, choisissez « Enregistrer au format PDF » comme imprimante.</span>
      </div>
      <Identite key={`identite-${profil}`} />
      <Competences />
      <MisesEnSituation banque={banque} />
      <Observations key={`observations-${profil}`} />
      <Signatures />
      <PiedDeLivret banque={banque} />
    </>
  );
}

export default function PageLivret(): ReactNode {
  return (
    <PageSuivi
      titre="Livret de suivi"
      description="Votre livret de suivi à imprimer : identité, positionnement et niveau par compétence, résultats datés, retours sur les mises en situation, observations et signatures."
      className={local.livret}
      chapo={
        <p className={styles.nePasImprimer}>
          Complétez votre identité, relisez vos résultats, puis imprimez le livret ou enregistrez-le en PDF pour votre formateur ou votre dossier.
        </p>
      }
    >
      <div className={styles.nePasImprimer}>
        <ProfilActif />
        <AvertissementsStockage />
      </div>
      <AvecBanque>{(banque) => <ContenuLivret banque={banque} />}</AvecBanque>
    </PageSuivi>
  );
}
