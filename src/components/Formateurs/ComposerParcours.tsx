/**
 * « Composer un parcours »: the trainer fills in a title, a group, a due date and
 * a mode, ticks lessons and activities in the tree of the référentiel, and gets a
 * link (and its QR code) that carries the whole assignment. The pure parts are in
 * src/domain/formateur/composition.ts.
 */
import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type { Banque } from '@site/src/domain/formateur/banque';
import {
  arbreParcours,
  basculerGroupe,
  cleItem,
  composerParcours,
  criteresCouverts,
  etatDuGroupe,
  itemsSelectionnes,
  lienParcours,
  parCompetence,
  TYPE_ACTIVITE_LABELS,
  type ChampParcours,
  type FormulaireParcours,
  type GroupeArbre,
  type Probleme,
} from '@site/src/domain/formateur/composition';
import { dateLocale, LIMITES_PARCOURS, MODE_LABELS, type Parcours } from '@site/src/domain/formateur/parcours';
import { duree } from '@site/src/domain/texte/duree';
import { AvecBanque, dateFr, styles as suivi } from '../Suivi/commun';
import { QrCode } from '../Suivi/QrCode';
import styles from './formateurs.module.css';

/** Uniform [0, 1) from the browser's cryptographic generator (identifiers must not collide). */
function hasard(): number {
  const tirage = new Uint32Array(1);
  crypto.getRandomValues(tirage);
  return tirage[0]! / 4294967296;
}

const nombre = (n: number) => n.toLocaleString('fr-FR');
const pluriel = (n: number, un: string, plusieurs: string) => `${nombre(n)} ${n > 1 ? plusieurs : un}`;

const MODE_AIDES: Readonly<Record<Parcours['mode'], string>> = {
  entrainement: 'Les stagiaires voient la correction après chaque question ; toutes leurs tentatives comptent.',
  examen:
    'Pour les quiz, seules les tentatives faites en mode examen comptent (correction à la fin, sans indice). Les mises en situation comptent comme en entraînement.',
};

interface Resultat {
  readonly parcours: Parcours;
  readonly fragment: string;
  readonly lien: string;
}

interface PropsArbre {
  readonly arbre: readonly GroupeArbre[];
  readonly selection: ReadonlySet<string>;
  basculer(cle: string): void;
  basculerTout(groupe: GroupeArbre): void;
}

function Arbre({ arbre, selection, basculer, basculerTout }: PropsArbre): ReactNode {
  return (
    <>
      {arbre.map((groupe, gi) => {
        const etat = etatDuGroupe(groupe, selection);
        const minutes = groupe.lecons.reduce((n, l) => n + l.minutes, 0);
        const activites = groupe.lecons.reduce((n, l) => n + l.activites.length, 0);
        return (
          <fieldset key={groupe.id} className={styles.groupe}>
            <legend>{groupe.titre}</legend>
            <div className={`${styles.choix} ${styles.toutLeBloc}`}>
              <input
                type="checkbox"
                id={`choix-${gi}-tout`}
                checked={etat === 'tout'}
                ref={(el) => {
                  if (el) el.indeterminate = etat === 'partiel';
                }}
                aria-describedby={`choix-${gi}-tout-aide`}
                onChange={() => basculerTout(groupe)}
              />
              <label htmlFor={`choix-${gi}-tout`}>{groupe.id === 'introduction' ? 'Toute l’introduction' : 'Tout le bloc'}</label>
              <span id={`choix-${gi}-tout-aide`} className={styles.aide}>
                {pluriel(groupe.lecons.length, 'leçon', 'leçons')} et leurs {pluriel(activites, 'activité', 'activités')}, environ {duree(minutes)} de lecture
              </span>
            </div>
            <ul className={styles.lecons}>
              {groupe.lecons.map((lecon, li) => {
                const idLecon = `choix-${gi}-${li}`;
                const cleLecon = cleItem({ t: 'l', id: lecon.route });
                return (
                  <li key={lecon.route}>
                    <div className={styles.choix}>
                      <input type="checkbox" id={idLecon} checked={selection.has(cleLecon)} onChange={() => basculer(cleLecon)} />
                      <label htmlFor={idLecon}>
                        <span className={styles.type}>Leçon :</span> {lecon.titre} <span className={styles.aide}>({duree(lecon.minutes)})</span>
                      </label>
                    </div>
                    {lecon.activites.length > 0 && (
                      <ul className={styles.activites} aria-label={`Activités de la leçon « ${lecon.titre} »`}>
                        {lecon.activites.map((a, ai) => {
                          const id = `${idLecon}-${ai}`;
                          const cle = cleItem({ t: 'a', id: a.id });
                          return (
                            <li key={a.id} className={styles.choix}>
                              <input type="checkbox" id={id} checked={selection.has(cle)} onChange={() => basculer(cle)} />
                              <label htmlFor={id}>
                                <span className={styles.type}>{TYPE_ACTIVITE_LABELS[a.kind]} :</span> {a.titre}
                                {a.h5p && <span className={styles.badge}>existe aussi en H5P</span>}
                              </label>
                            </li>
                          );
                        })}
                      </ul>
                    )}
                  </li>
                );
              })}
            </ul>
          </fieldset>
        );
      })}
    </>
  );
}

/** The QR code of the link, full screen: big enough to be scanned from the back of a room, on a projector. */
function Projection({ resultat }: { resultat: Resultat }): ReactNode {
  const dialogue = useRef<HTMLDialogElement>(null);
  const [ouvert, setOuvert] = useState(false);
  const uid = useId();
  useEffect(() => {
    if (ouvert && !dialogue.current?.open) dialogue.current?.showModal();
  }, [ouvert]);
  return (
    <>
      <button type="button" className="button button--secondary" onClick={() => setOuvert(true)}>
        Afficher le QR code en grand (projecteur)
      </button>
      <dialog ref={dialogue} className={styles.projection} aria-labelledby={`${uid}-titre`} onClose={() => setOuvert(false)}>
        {ouvert && (
          <>
            <div className={styles.projectionEntete}>
              <h2 id={`${uid}-titre`}>Parcours « {resultat.parcours.titre} » : scannez ce code avec l’appareil photo du téléphone</h2>
              <button type="button" className="button button--primary" onClick={() => dialogue.current?.close()}>
                Fermer
              </button>
            </div>
            <div className={styles.projectionQr}>
              <QrCode texte={resultat.lien} taille={1200} label={`QR code du lien du parcours « ${resultat.parcours.titre} », en grand`} />
            </div>
          </>
        )}
      </dialog>
    </>
  );
}

function Composeur({ banque }: { banque: Banque }): ReactNode {
  const { siteConfig } = useDocusaurusContext();
  const pageParcours = useBaseUrl('/parcours');
  const arbre = useMemo(() => arbreParcours(banque), [banque]);
  const [formulaire, setFormulaire] = useState<FormulaireParcours>({ titre: '', groupe: '', echeance: '', mode: 'entrainement' });
  const [selection, setSelection] = useState<ReadonlySet<string>>(() => new Set());
  const [problemes, setProblemes] = useState<readonly Probleme[]>([]);
  const [resultat, setResultat] = useState<Resultat | null>(null);
  const [copie, setCopie] = useState('');
  const resumeErreurs = useRef<HTMLDivElement>(null);
  const titreResultat = useRef<HTMLHeadingElement>(null);
  const champLien = useRef<HTMLInputElement>(null);
  const uid = useId();
  const ids = {
    titre: `${uid}-titre`,
    groupe: `${uid}-groupe`,
    echeance: `${uid}-echeance`,
    mode: `${uid}-mode`,
    items: `${uid}-items`,
  } satisfies Record<ChampParcours, string>;
  const aujourdhui = dateLocale(new Date());

  const items = useMemo(() => itemsSelectionnes(arbre, selection), [arbre, selection]);
  const couverts = useMemo(() => parCompetence(criteresCouverts(items, banque)), [items, banque]);
  const nbCriteres = couverts.reduce((n, g) => n + g.criteres.length, 0);
  const depasse = items.length > LIMITES_PARCOURS.items;

  const modifier = (change: Partial<FormulaireParcours>) => {
    setFormulaire((f) => ({ ...f, ...change }));
    setResultat(null);
    setCopie('');
  };
  const basculer = (cle: string) => {
    setSelection((s) => {
      const suivante = new Set(s);
      if (suivante.has(cle)) suivante.delete(cle);
      else suivante.add(cle);
      return suivante;
    });
    setResultat(null);
    setCopie('');
  };
  const basculerTout = (groupe: GroupeArbre) => {
    setSelection((s) => basculerGroupe(groupe, s));
    setResultat(null);
    setCopie('');
  };

  const generer = (event: FormEvent) => {
    event.preventDefault();
    const composition = composerParcours(formulaire, items, { aujourdhui, random: hasard, banque });
    if (!composition.ok) {
      setProblemes(composition.problemes);
      setResultat(null);
      // After the summary is rendered.
      window.requestAnimationFrame(() => resumeErreurs.current?.focus());
      return;
    }
    setProblemes([]);
    setResultat({ parcours: composition.parcours, fragment: composition.fragment, lien: lienParcours(siteConfig.url, siteConfig.baseUrl, composition.fragment) });
    window.requestAnimationFrame(() => titreResultat.current?.focus());
  };

  const copier = async () => {
    if (!resultat) return;
    try {
      if (!navigator.clipboard) throw new Error('presse-papiers indisponible');
      await navigator.clipboard.writeText(resultat.lien);
      setCopie('Lien copié : collez-le dans votre message (Ctrl+V).');
    } catch {
      champLien.current?.focus();
      champLien.current?.select();
      setCopie('La copie automatique n’est pas possible ici : le lien est sélectionné, copiez-le avec Ctrl+C (⌘+C sur Mac).');
    }
  };

  const erreur = (champ: ChampParcours) => problemes.filter((p) => p.champ === champ);
  const champ = (nom: ChampParcours, aide?: string) => {
    const messages = erreur(nom);
    return {
      invalide: messages.length > 0 || undefined,
      decrit: [aide, messages.length > 0 ? `${ids[nom]}-erreur` : undefined].filter(Boolean).join(' ') || undefined,
      message:
        messages.length > 0 ? (
          <p id={`${ids[nom]}-erreur`} className={styles.erreurChamp}>
            {messages.map((m) => m.message).join(' ')}
          </p>
        ) : null,
    };
  };
  const titre = champ('titre', `${ids.titre}-aide`);
  const groupe = champ('groupe', `${ids.groupe}-aide`);
  const echeance = champ('echeance', `${ids.echeance}-aide`);
  const itemsChamp = champ('items');

  return (
    <>
      {problemes.length > 0 && (
        <div className={styles.resumeErreurs} ref={resumeErreurs} tabIndex={-1} aria-labelledby={`${uid}-erreurs`}>
          <h2 id={`${uid}-erreurs`}>
            Le lien n’a pas été créé : {pluriel(problemes.length, 'point à corriger', 'points à corriger')}
          </h2>
          <ul>
            {problemes.map((p) => (
              <li key={p.message}>
                <a
                  href={`#${p.champ ? ids[p.champ] : ids.titre}`}
                  onClick={(e) => {
                    // Focus the field itself (a fragment link only scrolls), its label in view.
                    const cible = document.getElementById(p.champ ? ids[p.champ] : ids.titre);
                    if (!cible) return;
                    e.preventDefault();
                    cible.focus({ preventScroll: true });
                    (cible.closest(`.${suivi.champ}`) ?? cible).scrollIntoView({ block: 'center' });
                  }}
                >
                  {p.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}

      <form noValidate onSubmit={generer} className={styles.composition} aria-label="Composer un parcours">
        <div>
          <section aria-labelledby={`${uid}-s1`}>
            <h2 id={`${uid}-s1`}>1. Le parcours</h2>
            <div className={suivi.champ}>
              <label htmlFor={ids.titre}>Titre (obligatoire)</label>
              <span id={`${ids.titre}-aide`} className={styles.aide}>
                Par exemple : « Bloc 2 — semaine 3 ». {LIMITES_PARCOURS.titre} caractères au plus. N’y écrivez pas de nom de stagiaire.
              </span>
              {titre.message}
              <input
                id={ids.titre}
                type="text"
                required
                aria-required="true"
                maxLength={LIMITES_PARCOURS.titre}
                value={formulaire.titre}
                aria-invalid={titre.invalide}
                aria-describedby={titre.decrit}
                onChange={(e) => modifier({ titre: e.target.value })}
              />
            </div>
            <div className={suivi.champ}>
              <label htmlFor={ids.groupe}>Groupe (facultatif)</label>
              <span id={`${ids.groupe}-aide`} className={styles.aide}>
                Par exemple : « Promo 2026 » ou « Groupe du mardi ».
              </span>
              {groupe.message}
              <input
                id={ids.groupe}
                type="text"
                maxLength={LIMITES_PARCOURS.groupe}
                value={formulaire.groupe}
                aria-invalid={groupe.invalide}
                aria-describedby={groupe.decrit}
                onChange={(e) => modifier({ groupe: e.target.value })}
              />
            </div>
            <div className={suivi.champ}>
              <label htmlFor={ids.echeance}>Échéance (facultatif)</label>
              <span id={`${ids.echeance}-aide`} className={styles.aide}>
                La date à laquelle le parcours doit être fait. Les stagiaires verront s’il est en retard.
              </span>
              {echeance.message}
              <input
                id={ids.echeance}
                type="date"
                min={aujourdhui}
                value={formulaire.echeance}
                aria-invalid={echeance.invalide}
                aria-describedby={echeance.decrit}
                onChange={(e) => modifier({ echeance: e.target.value })}
              />
            </div>
            <fieldset className={styles.modes} id={ids.mode} tabIndex={-1}>
              <legend>Mode</legend>
              {(['entrainement', 'examen'] as const).map((mode) => (
                <div key={mode} className={styles.option}>
                  <input
                    type="radio"
                    id={`${ids.mode}-${mode}`}
                    name={`${uid}-mode`}
                    value={mode}
                    checked={formulaire.mode === mode}
                    aria-describedby={`${ids.mode}-${mode}-aide`}
                    onChange={() => modifier({ mode })}
                  />
                  <label htmlFor={`${ids.mode}-${mode}`}>{MODE_LABELS[mode]}</label>
                  <span id={`${ids.mode}-${mode}-aide`} className={styles.aide}>
                    {MODE_AIDES[mode]}
                  </span>
                </div>
              ))}
            </fieldset>
          </section>

          <section aria-labelledby={`${uid}-s2`}>
            <h2 id={`${uid}-s2`}>2. Les leçons et les activités</h2>
            <p id={`${ids.items}-aide`} className={styles.aide}>
              Cochez une leçon pour demander de la lire et de réussir toutes ses activités ; cochez une activité pour demander seulement celle-ci ;
              « Tout le bloc » coche chacune de ses leçons. Les leçons sont dans l’ordre du cours. {LIMITES_PARCOURS.items} éléments au plus.
            </p>
            {itemsChamp.message}
            <div id={ids.items} tabIndex={-1}>
              <Arbre arbre={arbre} selection={selection} basculer={basculer} basculerTout={basculerTout} />
            </div>
          </section>

          <button type="submit" className="button button--primary button--lg">
            Générer le lien
          </button>
        </div>

        {/* Focusable: on wide screens this summary scrolls on its own (WCAG 2.1.1). */}
        <aside className={`${suivi.panneau} ${styles.resumeSelection}`} aria-labelledby={`${uid}-selection`} tabIndex={0}>
          <h2 id={`${uid}-selection`}>Votre sélection</h2>
          <p role="status" className={`${styles.compteur} ${depasse ? styles.depasse : ''}`}>
            {items.length === 0 ? 'Aucun élément choisi' : pluriel(items.length, 'élément choisi', 'éléments choisis')} sur {LIMITES_PARCOURS.items} au plus
            {depasse ? ` : retirez-en ${nombre(items.length - LIMITES_PARCOURS.items)}.` : '.'}
          </p>
          <h3>Critères travaillés</h3>
          {nbCriteres === 0 ? (
            <p>Aucun pour l’instant : cochez des leçons ou des activités.</p>
          ) : (
            <>
              <p>
                {pluriel(nbCriteres, 'critère', 'critères')} de {pluriel(couverts.length, 'compétence', 'compétences')} :
              </p>
              <ul>
                {couverts.map((g) => (
                  <li key={g.competence.id}>
                    <strong>{g.competence.id}</strong> {g.competence.intitule}
                    <ul>
                      {g.criteres.map((c) => (
                        <li key={c.id}>
                          {c.id} — {c.intitule}
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            </>
          )}
        </aside>
      </form>

      {resultat && (
        <section className={suivi.panneau} aria-labelledby={`${uid}-resultat`}>
          <h2 id={`${uid}-resultat`} ref={titreResultat} tabIndex={-1}>
            Le lien du parcours « {resultat.parcours.titre} »
          </h2>
          <p>
            {pluriel(resultat.parcours.items.length, 'élément', 'éléments')}, mode {MODE_LABELS[resultat.parcours.mode].toLocaleLowerCase('fr-FR')}
            {resultat.parcours.echeance ? `, à faire pour le ${dateFr(resultat.parcours.echeance)}` : ''}
            {resultat.parcours.groupe ? `, groupe « ${resultat.parcours.groupe} »` : ''}. Envoyez ce lien à vos stagiaires ou montrez-leur le QR code :
            chacun ajoute le parcours sur son appareil.
          </p>
          <div className={suivi.champ}>
            <label htmlFor={`${uid}-lien`}>Lien à envoyer</label>
            <input id={`${uid}-lien`} ref={champLien} className={styles.lien} type="text" readOnly value={resultat.lien} onFocus={(e) => e.target.select()} />
          </div>
          <p className={styles.aide}>
            Longueur du parcours dans le lien : {nombre(resultat.fragment.length)} caractères sur {nombre(LIMITES_PARCOURS.lien)} au plus.
          </p>
          <div className={suivi.actions}>
            <button type="button" className="button button--primary" onClick={() => void copier()}>
              Copier le lien
            </button>
            <a className="button button--secondary" href={`${pageParcours}#p=${resultat.fragment}`} target="_blank" rel="noopener">
              Ouvrir le lien<span className={suivi.visuallyHidden}> (nouvel onglet)</span>
            </a>
            <Projection resultat={resultat} />
          </div>
          <p role="status">{copie}</p>
          <div className={styles.qr}>
            <QrCode texte={resultat.lien} taille={280} label={`QR code du lien du parcours « ${resultat.parcours.titre} »`} />
          </div>
        </section>
      )}
    </>
  );
}

export default function ComposerParcours(): ReactNode {
  return <AvecBanque journal={false}>{(banque) => <Composeur banque={banque} />}</AvecBanque>;
}
