/**
 * <CasPratique id="…" /> in MDX: a branching case study. The public data (title,
 * setting, characters, critères) comes with the page; the scenario itself (nodes,
 * choices, consequences, scores) is fetched when the learner starts. All logic is
 * in src/domain/cas; this view renders it and records statements.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type { CritereId } from '@site/src/referentiel/ids';
import { CeQueVousTravaillez, CritereNomme, IntitulesContext } from '../Activite/Critere';
import { choixOfferts, scoreCas, texteDuNoeud, walk, type Etape } from '@site/src/domain/cas/graph';
import { bandeDe, QUALITE_LABELS, type Cas, type Choix, type PublicCas } from '@site/src/domain/cas/types';
import { seededShuffle } from '@site/src/domain/quiz/shuffle';
import { caseCompleted, caseDecision, casEnCours, derniereTentative } from '@site/src/domain/journal/events';
import { horloge, useJournal, uuid } from '../Journal';
import { AvisActivite } from '../Activite/Avis';
import { FormulesContext, RichText, RichInline } from '../Activite/RichText';
import { loadRubric } from '../Activite/rubric';
import { ReadAloud } from '../Activite/ReadAloud';
import styles from './styles.module.css';
import tons from '../Activite/tons.module.css';

export interface CasData {
  readonly activite: PublicCas;
  readonly formules: Record<string, string>;
  /** Intitulé of each critère of the case (src/components/Activite/Critere.tsx). */
  readonly criteres: Readonly<Record<string, string>>;
  readonly rubrique: string;
}

function appreciation(choix: Choix): { label: string; className: string } {
  const notes = Object.values(choix.scores);
  if (notes.length === 0 || notes.every((n) => n === 2)) return { label: 'Choix adapté', className: tons.juste! };
  if (notes.some((n) => n === 0)) return { label: 'Choix à revoir', className: tons.faux! };
  return { label: 'Choix acceptable', className: tons.partiel! };
}

export default function CasPratique({ id, data }: { id: string; data?: CasData }): ReactNode {
  if (!data || data.activite.kind !== 'cas' || data.activite.id !== id) {
    return (
      <p role="alert" className="alert alert--danger">
        La mise en situation « {id} » n'a pas pu être affichée : ses données manquent. Vérifiez qu'elle figure dans quizzes/index.ts.
      </p>
    );
  }
  return <CasView data={data} />;
}

function CasView({ data }: { data: CasData }): ReactNode {
  const pub = data.activite;
  const rubricUrl = useBaseUrl(`/${data.rubrique}`);
  const journal = useJournal();
  const [cas, setCas] = useState<Cas | null>(null);
  const [formules, setFormules] = useState(data.formules);
  const [etapes, setEtapes] = useState<Etape[]>([]);
  const [revele, setRevele] = useState(false);
  const [erreur, setErreur] = useState<string | null>(null);
  const [chargement, setChargement] = useState(false);
  /** Attempt id: names the attempt in the journal and seeds the order of the choices. */
  const [tentative, setTentative] = useState('');
  const termineEnregistre = useRef(false);
  const focusTarget = useRef<HTMLHeadingElement | null>(null);
  const [focusKey, setFocusKey] = useState(0);

  useEffect(() => {
    if (focusKey > 0) focusTarget.current?.focus();
  }, [focusKey]);

  /** Starts a new attempt, or takes up the unfinished one (its decisions are in the journal). */
  const commencer = async (reprise?: { tentative: string; etapes: readonly Etape[] }) => {
    setChargement(true);
    setErreur(null);
    try {
      const file = await loadRubric(rubricUrl);
      const rubrique = file.activite as Cas;
      setFormules((f) => ({ ...f, ...file.formules }));
      setCas(rubrique);
      // Steps the case no longer has (content changed since) are dropped.
      setEtapes(reprise ? reprise.etapes.slice(0, walk(rubrique, reprise.etapes).choix.length) : []);
      setRevele(false);
      setTentative(reprise?.tentative ?? uuid());
      termineEnregistre.current = false;
      setFocusKey((k) => k + 1);
    } catch (error) {
      setErreur((error as Error).message);
    } finally {
      setChargement(false);
    }
  };

  const position = cas ? walk(cas, revele ? etapes.slice(0, -1) : etapes) : null;
  const noeud = position?.noeud ?? null;
  // Offered choices in an order of this attempt: the best one is not always in the same place.
  const choix = noeud?.type === 'situation' && position ? seededShuffle(choixOfferts(noeud, position.drapeaux), `${tentative}:${noeud.id}`) : [];
  const dernierChoix = revele && cas ? walk(cas, etapes).choix.at(-1) ?? null : null;
  const final = cas ? walk(cas, etapes).noeud : null;
  const termine = !revele && final?.type === 'fin';
  const resultat = cas && termine ? scoreCas(cas, etapes) : null;

  useEffect(() => {
    if (!cas || !resultat || termineEnregistre.current || !journal.acteur) return;
    termineEnregistre.current = true;
    journal.record([caseCompleted(journal.acteur, horloge, resultat, tentative)]);
  }, [cas, resultat, journal, tentative]);

  const choisir = (choix: Choix) => {
    if (!cas || !noeud || noeud.type !== 'situation') return;
    setEtapes((e) => [...e, { noeud: noeud.id, choix: choix.id }]);
    setRevele(true);
    if (journal.acteur) journal.record([caseDecision(journal.acteur, horloge, cas, noeud.id, choix, tentative)]);
    setFocusKey((k) => k + 1);
  };
  const continuer = () => {
    setRevele(false);
    setFocusKey((k) => k + 1);
  };

  const derniere = derniereTentative(journal.statements, pub.id);
  const enCours = cas ? null : casEnCours(journal.statements, pub.id);
  const { min, max } = pub.decisions;
  const headingId = `${pub.id}-etape`;

  return (
    <IntitulesContext.Provider value={data.criteres}>
      <FormulesContext.Provider value={formules}>
        <section className={styles.cas} aria-labelledby={`${pub.id}-titre`} data-cas={pub.id}>
          <header>
            <h3 id={`${pub.id}-titre`}>Mise en situation : {pub.titre}</h3>
            {pub.description && <p>{pub.description}</p>}
            <div className={styles.contexte}>
              <RichText text={pub.contexte} />
              <ReadAloud text={pub.contexte} label="Écouter le contexte" />
            </div>
            {pub.personnages && pub.personnages.length > 0 && (
              <ul className={styles.personnages} aria-label="Personnages">
                {pub.personnages.map((p) => (
                  <li key={p.nom}>
                    <strong>{p.nom}</strong> — {p.role}
                  </li>
                ))}
              </ul>
            )}
            <p className={styles.meta}>
              {min === max ? `${max} décisions` : `De ${min} à ${max} décisions selon vos choix`}
            </p>
            <CeQueVousTravaillez ids={pub.criteres} className={styles.meta} />
            {derniere && (
              <p className={styles.derniere}>
                Dernier parcours terminé le {new Date(derniere.timestamp).toLocaleDateString('fr-FR')} :{' '}
                {QUALITE_LABELS[bandeDe(derniere.max > 0 ? derniere.points / derniere.max : 0)].toLowerCase()} ({derniere.points} / {derniere.max} points).
              </p>
            )}
          </header>
          <AvisActivite erreur={erreur} />
          {!cas && enCours && enCours.etapes.length > 0 && (
            <div className={styles.reprise}>
              <p>Vous avez commencé cette mise en situation sans la finir ({enCours.etapes.length} décision{enCours.etapes.length > 1 ? 's' : ''} prise{enCours.etapes.length > 1 ? 's' : ''}).</p>
              <button type="button" className="button button--primary" onClick={() => void commencer(enCours)} disabled={chargement}>
                {chargement ? 'Chargement…' : 'Reprendre où j’en étais'}
              </button>{' '}
              <button type="button" className="button button--secondary" onClick={() => void commencer()} disabled={chargement}>
                Recommencer depuis le début
              </button>
            </div>
          )}
          {!cas && !(enCours && enCours.etapes.length > 0) && (
            <button type="button" className="button button--primary" onClick={() => void commencer()} disabled={chargement}>
              {chargement ? 'Chargement…' : 'Commencer la mise en situation'}
            </button>
          )}
          {cas && noeud && noeud.type === 'situation' && (
            <div className={styles.noeud}>
              <h4 id={headingId} tabIndex={-1} ref={revele ? undefined : focusTarget}>
                Décision {etapes.length + (revele ? 0 : 1)} — {noeud.titre ?? 'Que faites-vous ?'}
              </h4>
              <RichText text={texteDuNoeud(noeud, position!.drapeaux)} />
              <ReadAloud text={texteDuNoeud(noeud, position!.drapeaux)} label="Écouter la situation" />
              {!revele && (
                <ul className={styles.choix} aria-labelledby={headingId}>
                  {choix.map((c) => (
                    <li key={c.id}>
                      <button type="button" className={`button button--outline button--primary ${styles.choixBouton}`} onClick={() => choisir(c)}>
                        <RichInline text={c.texte} />
                      </button>
                    </li>
                  ))}
                </ul>
              )}
              {revele && dernierChoix && (
                <div className={`${styles.consequence} ${appreciation(dernierChoix).className}`}>
                  <h5 tabIndex={-1} ref={focusTarget}>
                    Votre choix : <RichInline text={dernierChoix.texte} />
                  </h5>
                  <p>
                    <strong>Ce qui se passe :</strong> <RichInline text={dernierChoix.consequence} />
                  </p>
                  <p>
                    <strong>{appreciation(dernierChoix).label} :</strong> <RichInline text={dernierChoix.feedback} />
                  </p>
                  <button type="button" className="button button--primary" onClick={continuer}>
                    Continuer
                  </button>
                </div>
              )}
            </div>
          )}
          {cas && termine && final && final.type === 'fin' && resultat?.qualite && (
            <div className={styles.fin} aria-live="polite">
              <h4 tabIndex={-1} ref={focusTarget}>
                {QUALITE_LABELS[resultat.qualite]} : {final.titre}
              </h4>
              <RichText text={texteDuNoeud(final, walk(cas, etapes).drapeaux)} />
              <p className={styles.score}>
                Votre parcours : {resultat.obtenus} / {resultat.total} points ({Math.round(resultat.taux * 100)} %), sur {etapes.length} décision{etapes.length > 1 ? 's' : ''}.
                L’issue se calcule sur l’ensemble de vos choix : 80 % et plus, favorable ; de 60 à 79 %, acceptable ; en dessous, à retravailler.
              </p>
              <h5>Retour sur vos choix, point par point</h5>
              <ul className={styles.debrief}>
                {(Object.entries(resultat.parCritere) as [CritereId, { points: number; max: number }][]).map(([c, p]) => {
                  const d = cas.debrief[c];
                  return (
                    <li key={c}>
                      <p>
                        <strong>
                          <CritereNomme id={c} />
                        </strong>{' '}
                        : {p.points} / {p.max} point{p.max > 1 ? 's' : ''}
                      </p>
                      {d && <RichText text={d.texte} />}
                      {d?.lien && <Link to={d.lien}>Revoir la partie du cours correspondante</Link>}
                    </li>
                  );
                })}
              </ul>
              <button type="button" className="button button--secondary" onClick={() => void commencer()}>
                Rejouer la mise en situation
              </button>
            </div>
          )}
        </section>
      </FormulesContext.Provider>
    </IntitulesContext.Provider>
  );
}
