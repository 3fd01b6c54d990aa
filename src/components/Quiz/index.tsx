/**
 * <Quiz id="…" /> in MDX. The remark plugin (src/plugins/remark-activites.ts) adds
 * the `data` prop: the public shape of the quiz, without answers. The rubric is
 * fetched when the learner checks an answer. All the logic is in
 * src/domain/quiz (session, scoring); this file only renders it and records
 * statements in the learner's journal.
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type { CritereId } from '@site/src/referentiel/ids';
import { emptyInput } from '@site/src/domain/quiz/kinds';
import type { Correction } from '@site/src/domain/quiz/scoring';
import { validateReponse } from '@site/src/domain/quiz/scoring';
import {
  aVerifier,
  displayed,
  manquantes,
  questionsOf,
  reduce,
  startSession,
  surMaisFaux,
  type Action,
  type Mode,
  type Session,
} from '@site/src/domain/quiz/session';
import {
  isJeNeSaisPas,
  KIND_LABELS,
  STATUT_LABELS,
  type Confiance,
  type PublicQuestion,
  type PublicQuiz,
  type Quiz as QuizRubric,
  type QuestionKind,
  type Reponse,
} from '@site/src/domain/quiz/types';
import { aGarder, figer, lireEnCours, nonRepris, questionDeReprise, reprendre, type EnCours, type Json } from '@site/src/domain/quiz/reprise';
import { derniereTentative, questionAnswered, quizCompleted } from '@site/src/domain/journal/events';
import { origineDe } from '@site/src/domain/formateur/compose';
import { horloge, useJournal, uuid } from '../Journal';
import { AvisActivite } from '../Activite/Avis';
import { FormulesContext, RichInline, RichText } from '../Activite/RichText';
import { CeQueVousTravaillez, CritereNomme, IntitulesContext } from '../Activite/Critere';
import { loadRubric, type RubricFile } from '../Activite/rubric';
import { ReadAloud } from '../Activite/ReadAloud';
import { Tableau } from '../Activite/Tableau';
import { PropositionReprise, useEcrivainEnCours } from './reprise';
import { VUES, type VueProps } from './vues';
import styles from './styles.module.css';
import tons from '../Activite/tons.module.css';

export interface QuizData {
  readonly activite: PublicQuiz;
  readonly formules: Record<string, string>;
  /** Intitulé of each critère of the quiz (src/components/Activite/Critere.tsx). */
  readonly criteres: Readonly<Record<string, string>>;
  readonly rubrique: string;
}

export interface QuizViewProps {
  readonly data: QuizData;
  /** Loads the answer keys; by default, the quiz's own rubric file (`data.rubrique`). */
  readonly chargerCorrige?: () => Promise<RubricFile>;
  /**
   * Questions assembled from several activities (mock exam, review deck): their
   * ids are `<activity>__<question>` and each answer is recorded against the
   * original question, so that mastery and the review deck see it.
   */
  readonly compose?: boolean;
  /** Modes offered (first one selected); both by default. */
  readonly modes?: readonly Mode[];
  /** Time limit in exam mode (minutes; null: none), overriding the quiz's. */
  readonly duree?: number | null;
  /** Record the finished attempt (completed/passed/failed); true by default. */
  readonly enregistrerFin?: boolean;
  /** Heading text; « Quiz : <title> » by default. */
  readonly titre?: string;
  /** Heading level of the quiz title (3 in lessons). */
  readonly niveau?: 2 | 3;
  /**
   * The attempt is kept as it goes (src/domain/quiz/reprise.ts), under `cle` (the quiz's id
   * by default), with `contexte`; after a reload the learner is offered to resume it, or
   * `initiale` is resumed at once (the mock exam asks on its own page; null: nothing to
   * resume). `sauvegarde` null: the attempt is not kept.
   */
  readonly sauvegarde?: { readonly cle: string; readonly contexte?: Json; readonly initiale?: EnCours | null } | null;
}

/** Why a kept attempt is not offered (the quiz changed since, or the saved text is unreadable). */
const nonReprise = (raison: string) =>
  `La tentative que vous aviez commencée ne peut pas être reprise (${raison}) : elle a été effacée, le quiz repart de zéro.`;

/** Save the time left of a timed exam at least this often (ms), besides each answer and leaving the page. */
const SAUVEGARDE_MINUTEUR = 10_000;

const pourcent = (x: number) => `${Math.round(x * 100)} %`;
// One formatter, made at first use (not at load: the first one loads the ICU tables).
let formatPoints: Intl.NumberFormat | undefined;
const points = (x: number) => (formatPoints ??= new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 })).format(x);

function CorrectionView({ correction, id }: { correction: Correction; id: string }): ReactNode {
  const { resultat } = correction;
  const tone =
    resultat.statut === 'correct' ? tons.juste : resultat.statut === 'partiel' ? tons.partiel : tons.faux;
  return (
    <div className={`${styles.correction} ${tone}`} id={id}>
      <p className={styles.statut}>
        <strong>{STATUT_LABELS[resultat.statut]}</strong> — {points(resultat.points)} / {points(resultat.max)} point
        {resultat.confiance && (
          <span className={styles.confianceRappel}>
            {' '}
            · réponse donnée comme {resultat.confiance === 'sur' ? 'sûre' : 'pas sûre'}
            {resultat.confiance === 'sur' && resultat.statut !== 'correct' ? ' : à revoir en priorité' : ''}
          </span>
        )}
      </p>
      {correction.messages.length > 0 && (
        <ul className={styles.messages}>
          {correction.messages.map((m, i) => (
            <li key={i} className={m.ton === 'juste' ? styles.msgJuste : m.ton === 'faux' ? styles.msgFaux : styles.msgInfo}>
              <span className={styles.msgTon}>{m.ton === 'juste' ? '✓ ' : m.ton === 'faux' ? '✗ ' : 'ℹ '}</span>
              {m.sujet && (
                <>
                  <strong>
                    <RichInline text={m.sujet} />
                  </strong>{' '}
                  :{' '}
                </>
              )}
              <span>
                <RichInline text={m.texte} />
              </span>
            </li>
          ))}
        </ul>
      )}
      {resultat.statut !== 'correct' && (
        <p>
          <strong>Réponse attendue :</strong> <RichInline text={correction.solution} />
        </p>
      )}
      <div className={styles.explication}>
        <strong>Pourquoi :</strong>
        <RichText text={correction.explication} />
      </div>
      <p className={styles.source}>Source : {correction.source}</p>
    </div>
  );
}

/**
 * A question receives its own part of the session only, and is memoized: opening
 * the learner's record after hydration, or answering one question, re-renders the
 * quiz but not its twenty questions (measured: two full re-renders of the quiz,
 * ≈ 480 components each, right after a page with a quiz loaded).
 */
interface QuestionProps {
  readonly question: PublicQuestion;
  readonly numero: number;
  readonly total: number;
  readonly correction: Correction | undefined;
  readonly reponse: Reponse | undefined;
  readonly confiance: Confiance | undefined;
  readonly indiceVisible: boolean;
  readonly entrainement: boolean;
  /** The attempt is over (exam submitted or quiz finished). */
  readonly termine: boolean;
  readonly idPrefix: string;
  readonly dispatch: (action: Action) => void;
  readonly verifier: (questionId: string) => void;
  readonly chargement: boolean;
}

const QuestionCard = memo(function QuestionCard({
  question,
  numero,
  total,
  correction,
  reponse,
  confiance,
  indiceVisible,
  entrainement,
  termine,
  idPrefix,
  dispatch,
  verifier,
  chargement,
}: QuestionProps): ReactNode {
  const [tentee, setTentee] = useState(false);
  const locked = Boolean(correction) || termine;
  const input = reponse && !isJeNeSaisPas(reponse) ? reponse : emptyInput(question);
  const aCorriger = aVerifier(question, reponse);
  const validation = validateReponse(question, aCorriger);
  const Vue = VUES[question.type] as (props: VueProps<QuestionKind>) => ReactNode;
  const repondre = (r: Reponse) => dispatch({ type: 'repondre', questionId: question.id, reponse: r });
  const onVerifier = () => {
    setTentee(true);
    if (!validation.ok) return;
    if (!reponse) repondre(aCorriger);
    verifier(question.id);
  };
  return (
    <fieldset className={styles.question} aria-describedby={correction ? `${idPrefix}-correction` : undefined}>
      <legend className={styles.legend}>
        <span className={styles.numero}>
          Question {numero} sur {total} <span className={styles.kind}>· {KIND_LABELS[question.type]}</span>
        </span>
        <span id={`${idPrefix}-enonce`} className={styles.enonce}>
          <RichInline text={question.enonce} />
        </span>
      </legend>
      <div className={styles.outilsHaut}>
        <ReadAloud text={question.enonce} label="Écouter la question" />
      </div>
      {question.tableau && <Tableau tableau={question.tableau} />}
      <Vue question={question as never} value={input as never} onChange={(v: unknown) => repondre(v as Reponse)} disabled={locked} idPrefix={idPrefix} />
      {!locked && (
        <div className={styles.outils}>
          <fieldset className={styles.confiance}>
            <legend>Votre confiance (facultatif)</legend>
            {(['sur', 'pas-sur'] as Confiance[]).map((c) => (
              <label key={c} htmlFor={`${idPrefix}-conf-${c}`}>
                <input
                  type="radio"
                  id={`${idPrefix}-conf-${c}`}
                  name={`${idPrefix}-confiance`}
                  checked={confiance === c}
                  onChange={() => dispatch({ type: 'confiance', questionId: question.id, confiance: c })}
                />{' '}
                {c === 'sur' ? 'Réponse sûre' : 'Réponse pas sûre'}
              </label>
            ))}
          </fieldset>
          <div className={styles.boutons}>
            {entrainement && question.indice && !indiceVisible && (
              <button type="button" className="button button--sm button--outline button--secondary" onClick={() => dispatch({ type: 'indice', questionId: question.id })}>
                Voir un indice
              </button>
            )}
            <button
              type="button"
              className="button button--sm button--outline button--secondary"
              onClick={() => {
                repondre({ jeNeSaisPas: true });
                if (entrainement) verifier(question.id);
              }}
            >
              Je ne sais pas
            </button>
            {entrainement && (
              <button type="button" className="button button--sm button--primary" onClick={onVerifier} disabled={chargement}>
                {chargement ? 'Chargement de la correction…' : 'Vérifier'}
              </button>
            )}
          </div>
        </div>
      )}
      {indiceVisible && question.indice && (
        <p className={styles.indice}>
          <strong>Indice :</strong> <RichInline text={question.indice} />
        </p>
      )}
      <div aria-live="polite" className={styles.live}>
        {!locked && tentee && !validation.ok && <p className={styles.invalide}>{validation.raison}</p>}
        {!locked && !entrainement && reponse && isJeNeSaisPas(reponse) && <p>Vous avez choisi « Je ne sais pas » pour cette question.</p>}
        {correction && <CorrectionView correction={correction} id={`${idPrefix}-correction`} />}
      </div>
      {correction && entrainement && !termine && (
        <button type="button" className="button button--sm button--link" onClick={() => dispatch({ type: 'reessayer', questionId: question.id })}>
          Réessayer cette question
        </button>
      )}
    </fieldset>
  );
});

function Rapport({ session, quiz, Titre }: { session: Session; quiz: PublicQuiz; Titre: 'h3' | 'h4' }): ReactNode {
  const resultat = session.resultat!;
  const revoir = surMaisFaux(session);
  return (
    <section className={styles.rapport} aria-labelledby={`${quiz.id}-rapport`} tabIndex={-1} id={`${quiz.id}-rapport-section`}>
      <Titre id={`${quiz.id}-rapport`}>Votre résultat</Titre>
      <p className={resultat.reussi ? styles.reussi : styles.echec}>
        <strong>
          {points(resultat.obtenus)} / {points(resultat.total)} ({pourcent(resultat.taux)})
        </strong>{' '}
        — {resultat.reussi ? 'quiz réussi' : `seuil de réussite non atteint (${pourcent(quiz.seuil)} attendus)`}.
      </p>
      <table className={styles.tableCriteres}>
        <caption>Résultat par critère</caption>
        <thead>
          <tr>
            <th scope="col">Ce qui est évalué</th>
            <th scope="col">Points</th>
          </tr>
        </thead>
        <tbody>
          {(Object.entries(resultat.parCritere) as [CritereId, { points: number; max: number }][]).map(([id, p]) => (
            <tr key={id}>
              <th scope="row">
                <CritereNomme id={id} />
              </th>
              <td>
                {points(p.points)} / {points(p.max)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {revoir.length > 0 && (
        <p>
          {revoir.length > 1
            ? `${revoir.length} réponses données comme sûres étaient fausses ou incomplètes`
            : 'Une réponse donnée comme sûre était fausse ou incomplète'}{' '}
          : relisez leur correction ci-dessus en priorité.
        </p>
      )}
    </section>
  );
}

export default function Quiz({ id, data }: { id: string; data?: QuizData }): ReactNode {
  if (!data || data.activite.kind !== 'quiz' || data.activite.id !== id) {
    return (
      <p role="alert" className="alert alert--danger">
        Le quiz « {id} » n'a pas pu être affiché : ses données manquent. Vérifiez qu'il figure dans quizzes/index.ts.
      </p>
    );
  }
  return <QuizView data={data} />;
}

export function QuizView({
  data,
  chargerCorrige,
  compose = false,
  modes = ['entrainement', 'examen'],
  duree,
  enregistrerFin = true,
  titre,
  niveau = 3,
  sauvegarde,
}: QuizViewProps): ReactNode {
  const quiz = data.activite;
  const rubricUrl = useBaseUrl(`/${data.rubrique}`);
  const journal = useJournal();
  const cle = sauvegarde === undefined ? quiz.id : (sauvegarde?.cle ?? null);
  // An attempt the learner already chose to resume, if it still fits the quiz.
  const [initiale] = useState((): { readonly raison: string } | { readonly enCours: EnCours; readonly session: Session } | null => {
    const e = sauvegarde?.initiale;
    if (!e) return null;
    const raison = nonRepris(e, quiz);
    return raison ? { raison } : { enCours: e, session: reprendre(e, Date.now()) };
  });
  const repriseInitiale = initiale && 'enCours' in initiale ? initiale : null;
  const [session, setSession] = useState<Session>(
    () =>
      repriseInitiale?.session ??
      startSession(quiz, { mode: modes[0] ?? 'entrainement', seed: 'public', tentative: '', now: 0, ...(duree !== undefined ? { duree } : {}) }),
  );
  const [examenDemarre, setExamenDemarre] = useState(repriseInitiale?.enCours.demarre ?? false);
  // The saved attempt: being read, offered to the learner, or settled (the attempt shown is the one kept).
  const [reprise, setReprise] = useState<'lecture' | EnCours | 'reglee'>(cle !== null && sauvegarde?.initiale === undefined ? 'lecture' : 'reglee');
  const [avisReprise, setAvisReprise] = useState<string | null>(initiale && 'raison' in initiale ? nonReprise(initiale.raison) : null);
  const [cible, setCible] = useState<string | null>(() => (repriseInitiale ? questionDeReprise(repriseInitiale.session, repriseInitiale.enCours.position) : null));
  const [formules, setFormules] = useState(data.formules);
  const [rubric, setRubric] = useState<QuizRubric | null>(null);
  const [chargement, setChargement] = useState(false);
  const [erreur, setErreur] = useState<string | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const [suivi] = useState(() => ({
    // Corrections restored with an attempt were recorded when they were made.
    recorded: new WeakSet<Correction>(repriseInitiale ? Object.values(repriseInitiale.session.corrections) : []),
    tentative: repriseInitiale?.enCours.tentative ?? null,
    started: Date.now() - (repriseInitiale?.enCours.ecoule ?? 0),
    position: repriseInitiale?.enCours.position ?? null,
  }));
  const recorded = useRef(suivi.recorded);
  const completed = useRef(false);
  const tentative = useRef<string | null>(suivi.tentative);
  const started = useRef(suivi.started);
  // The question the learner worked on last (saved with the attempt).
  const position = useRef<string | null>(suivi.position);

  const dispatch = useCallback((action: Action) => {
    if ('questionId' in action) position.current = action.questionId;
    setSession((s) => reduce(s, action));
  }, []);

  const withRubric = useCallback(
    async (then: (rubric: QuizRubric) => void) => {
      if (rubric) {
        then(rubric);
        return;
      }
      setChargement(true);
      setErreur(null);
      try {
        const file = await (chargerCorrige ? chargerCorrige() : loadRubric(rubricUrl));
        const loaded = file.activite as QuizRubric;
        setFormules((f) => ({ ...f, ...file.formules }));
        setRubric(loaded);
        then(loaded);
      } catch (error) {
        setErreur((error as Error).message);
      } finally {
        setChargement(false);
      }
    },
    [rubric, rubricUrl, chargerCorrige],
  );

  const verifier = useCallback(
    (questionId: string) => void withRubric((r) => dispatch({ type: 'verifier', questionId, quiz: r })),
    [withRubric, dispatch],
  );
  const tempsCompte = session.mode === 'examen' && examenDemarre && session.limite !== null && !session.resultat;
  const terminer = useCallback(() => void withRubric((r) => dispatch({ type: 'terminer', quiz: r })), [withRubric, dispatch]);

  // Record one statement per new correction, and the completion once.
  useEffect(() => {
    if (!journal.acteur) return;
    const acteur = journal.acteur;
    tentative.current ??= uuid();
    const out = [];
    for (const correction of Object.values(session.corrections)) {
      if (recorded.current.has(correction)) continue;
      recorded.current.add(correction);
      const origine = compose ? origineDe(correction.resultat.questionId) : null;
      out.push(
        origine
          ? questionAnswered(acteur, horloge, origine.activite, { ...correction.resultat, questionId: origine.question }, { mode: session.mode, tentative: tentative.current })
          : questionAnswered(acteur, horloge, quiz.id, correction.resultat, { mode: session.mode, tentative: tentative.current }),
      );
    }
    if (session.resultat && !completed.current && enregistrerFin) {
      completed.current = true;
      out.push(
        ...quizCompleted(acteur, horloge, session.resultat, {
          mode: session.mode,
          tentative: tentative.current,
          durationSeconds: (Date.now() - started.current) / 1000,
        }),
      );
    }
    if (out.length > 0) journal.record(out);
  }, [session.corrections, session.resultat, session.mode, journal, quiz.id, compose, enregistrerFin]);

  // Exam timer: it runs once the learner has started the exam, never before (choosing the mode or
  // preparing a mock exam is not taking it: nothing may be corrected, nor recorded, on its own).
  useEffect(() => {
    if (!tempsCompte) return undefined;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [tempsCompte]);
  useEffect(() => {
    if (tempsCompte && session.limite !== null && now >= session.limite) terminer();
  }, [now, tempsCompte, session.limite, terminer]);

  // The attempt kept as it goes: first read what was kept (if anything), then write each change.
  const racine = useRef<HTMLElement>(null);
  // The focus was in the questions when the offer to resume replaced them: it goes to the offer.
  const focusReprise = useRef(false);
  const { enCours } = journal;
  const ecrivain = useEcrivainEnCours(enCours, cle);
  useEffect(() => {
    if (reprise !== 'lecture' || cle === null || !journal.ready) return undefined;
    let actif = true;
    const regler = () => actif && setReprise('reglee');
    enCours.lire(cle).then((raw) => {
      if (!actif) return;
      if (raw === null) return regler();
      const lu = lireEnCours(raw);
      const raison = lu.ok ? nonRepris(lu.enCours, quiz) : lu.raison;
      if (lu.ok && raison === null) {
        focusReprise.current = racine.current?.contains(document.activeElement) ?? false;
        setReprise(lu.enCours);
        return;
      }
      setAvisReprise(nonReprise(raison ?? ''));
      ecrivain.effacer();
      regler();
    }, regler);
    return () => {
      actif = false;
    };
  }, [reprise, cle, journal.ready, enCours, quiz, ecrivain]);

  const garde = useRef(false);
  const dernier = useRef({ session, examenDemarre, ecrit: 0 });
  dernier.current = { ...dernier.current, session, examenDemarre };
  const garder = useCallback(() => {
    if (cle === null) return;
    const { session: s, examenDemarre: demarre } = dernier.current;
    if (!aGarder(s, demarre)) {
      if (garde.current) ecrivain.effacer();
      garde.current = false;
      return;
    }
    tentative.current ??= uuid();
    const t = Date.now();
    const contexte = sauvegarde?.contexte;
    ecrivain.ecrire(
      JSON.stringify(
        figer(s, { tentative: tentative.current, demarre, ecoule: t - started.current, position: position.current, now: t, ...(contexte !== undefined ? { contexte } : {}) }),
      ),
    );
    garde.current = true;
    dernier.current.ecrit = t;
  }, [cle, ecrivain, sauvegarde?.contexte]);
  const regle = reprise === 'reglee';
  useEffect(() => {
    if (regle) garder();
  }, [regle, session, examenDemarre, garder]);
  useEffect(() => {
    if (regle && tempsCompte && now - dernier.current.ecrit >= SAUVEGARDE_MINUTEUR) garder();
  }, [regle, tempsCompte, now, garder]);
  useEffect(() => {
    if (!regle) return undefined;
    const quitter = () => {
      if (document.visibilityState === 'hidden') garder();
    };
    document.addEventListener('visibilitychange', quitter);
    window.addEventListener('pagehide', garder);
    return () => {
      document.removeEventListener('visibilitychange', quitter);
      window.removeEventListener('pagehide', garder);
    };
  }, [regle, garder]);

  const reprendreTentative = (e: EnCours) => {
    const s = reprendre(e, Date.now(), session);
    recorded.current = new WeakSet(Object.values(s.corrections));
    completed.current = false;
    tentative.current = e.tentative;
    started.current = Date.now() - e.ecoule;
    position.current = e.position;
    setExamenDemarre(e.demarre);
    setNow(Date.now());
    setSession(s);
    setReprise('reglee');
    setCible(questionDeReprise(s, e.position));
  };
  const recommencer = () => {
    garde.current = true;
    setReprise('reglee');
    setCible('titre');
  };

  // Once resumed: the learner is brought to where they were.
  useEffect(() => {
    if (cible === null) return;
    setCible(null);
    const id = cible === 'titre' ? `${quiz.id}-titre` : `${quiz.id}-${cible}-enonce`;
    const element = document.getElementById(id);
    const question = element?.closest('fieldset');
    const champ = question?.querySelector<HTMLElement>('input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled])');
    (question ?? element)?.scrollIntoView({ block: 'center' });
    (champ ?? element)?.focus({ preventScroll: true });
  }, [cible, quiz.id]);

  const restart = (mode: Mode) => {
    recorded.current = new WeakSet();
    completed.current = false;
    tentative.current = null;
    started.current = Date.now();
    position.current = null;
    setExamenDemarre(false);
    setErreur(null);
    setNow(Date.now());
    setSession(startSession(quiz, { mode, seed: uuid(), tentative: '', now: Date.now(), ...(duree !== undefined ? { duree } : {}) }));
  };
  const demarrerExamen = () => {
    restart('examen');
    setExamenDemarre(true);
  };

  // Same question objects while the attempt lasts (memoized cards): only the drawn ids and the seed matter.
  const { questionIds, seed } = session;
  const questions = useMemo(() => questionsOf(quiz, { questionIds }).map((q) => displayed(q, seed)), [quiz, questionIds, seed]);
  const derniere = derniereTentative(journal.statements, quiz.id);
  const critereIds = [...new Set(quiz.questions.flatMap((q) => q.criteres))];
  const restant = session.limite ? Math.max(0, Math.ceil((session.limite - now) / 1000)) : null;
  const nonRepondues = session.mode === 'examen' ? manquantes(quiz, session) : [];
  const proposee = typeof reprise === 'object' ? reprise : null;
  const montrerQuestions = !proposee && (session.mode === 'entrainement' || examenDemarre);
  const Titre = niveau === 2 ? 'h2' : 'h3';
  const SousTitre = niveau === 2 ? 'h3' : 'h4';
  const limiteMinutes = duree === undefined ? quiz.duree : duree;

  return (
    <IntitulesContext.Provider value={data.criteres}>
      <FormulesContext.Provider value={formules}>
        <section
          ref={racine}
          className={styles.quiz}
          aria-labelledby={`${quiz.id}-titre`}
          data-quiz={quiz.id}
          // Where the kept attempt stands (lecture, proposee, reglee): tools and tests can wait for it.
          data-reprise={typeof reprise === 'object' ? 'proposee' : reprise}
        >
          <header className={styles.entete}>
            <Titre id={`${quiz.id}-titre`} className={styles.titre} tabIndex={-1}>
              {titre ?? `Quiz : ${quiz.titre}`}
            </Titre>
            {quiz.description && <p>{quiz.description}</p>}
            <p className={styles.meta}>
              {session.questionIds.length} question{session.questionIds.length > 1 ? 's' : ''}
              {quiz.tirage ? ` tirées parmi ${quiz.questions.length}` : ''} · réussite à partir de {pourcent(quiz.seuil)}
            </p>
            <CeQueVousTravaillez ids={critereIds} className={styles.meta} />
            {derniere && (
              <p className={styles.derniere}>
                Dernière tentative terminée ({derniere.mode === 'examen' ? 'examen' : 'entraînement'}, le{' '}
                {new Date(derniere.timestamp).toLocaleDateString('fr-FR')}) : {points(derniere.points)} / {points(derniere.max)} —{' '}
                {derniere.reussi ? 'réussi' : 'non réussi'}.
              </p>
            )}
            {modes.length > 1 && !proposee && (
              <div className={styles.modes} role="group" aria-label="Mode du quiz">
                <button
                  type="button"
                  className={`button button--sm ${session.mode === 'entrainement' ? 'button--primary' : 'button--secondary'}`}
                  aria-pressed={session.mode === 'entrainement'}
                  onClick={() => restart('entrainement')}
                >
                  Entraînement (correction à chaque question)
                </button>
                <button
                  type="button"
                  className={`button button--sm ${session.mode === 'examen' ? 'button--primary' : 'button--secondary'}`}
                  aria-pressed={session.mode === 'examen'}
                  onClick={() => {
                    restart('examen');
                  }}
                >
                  Examen (correction à la fin{limiteMinutes ? `, ${limiteMinutes} min` : ''})
                </button>
              </div>
            )}
          </header>
          <AvisActivite erreur={erreur} />
          {avisReprise && <p className="alert alert--info">{avisReprise}</p>}
          {proposee && (
            <PropositionReprise
              enCours={proposee}
              idPrefix={quiz.id}
              quoi="ce quiz"
              focus={focusReprise.current}
              reprendre={() => reprendreTentative(proposee)}
              recommencer={recommencer}
            />
          )}
          {session.mode === 'examen' && !examenDemarre && !proposee && (
            <div className={styles.demarrer}>
              <p>
                En mode examen, vous répondez à toutes les questions puis vous demandez la correction à la fin.
                {limiteMinutes ? ` Vous disposez de ${limiteMinutes} minutes.` : ' Il n’y a pas de limite de temps.'}
              </p>
              <button type="button" className="button button--primary" onClick={demarrerExamen}>
                Commencer l'examen
              </button>
            </div>
          )}
          {montrerQuestions && (
            <>
              {restant !== null && !session.resultat && (
                <p className={styles.minuteur} role="timer" aria-live={restant <= 60 ? 'polite' : 'off'}>
                  Temps restant : {Math.floor(restant / 60)} min {String(restant % 60).padStart(2, '0')} s
                </p>
              )}
              <ol className={styles.questions}>
                {questions.map((q, i) => (
                  <li key={`${session.seed}:${q.id}`}>
                    <QuestionCard
                      question={q}
                      numero={i + 1}
                      total={questions.length}
                      correction={session.corrections[q.id]}
                      reponse={session.reponses[q.id]}
                      confiance={session.confiances[q.id]}
                      indiceVisible={session.indices.includes(q.id)}
                      entrainement={session.mode === 'entrainement'}
                      termine={Boolean(session.resultat)}
                      idPrefix={`${quiz.id}-${q.id}`}
                      dispatch={dispatch}
                      verifier={verifier}
                      chargement={chargement}
                    />
                  </li>
                ))}
              </ol>
              {session.mode === 'examen' && !session.resultat && (
                <div className={styles.terminer}>
                  {nonRepondues.length > 0 && (
                    <p>
                      {nonRepondues.length} question{nonRepondues.length > 1 ? 's' : ''} sans réponse : elle{nonRepondues.length > 1 ? 's' : ''} compteront
                      0 point.
                    </p>
                  )}
                  <button type="button" className="button button--primary" onClick={terminer} disabled={chargement}>
                    {chargement ? 'Chargement de la correction…' : 'Terminer et voir la correction'}
                  </button>
                </div>
              )}
            </>
          )}
          <div aria-live="polite">{session.resultat && <Rapport session={session} quiz={quiz} Titre={SousTitre} />}</div>
          {session.resultat && (
            <button type="button" className="button button--secondary" onClick={() => restart(session.mode)}>
              Recommencer le quiz
            </button>
          )}
        </section>
      </FormulesContext.Provider>
    </IntitulesContext.Provider>
  );
}

export type { Confiance };
