/**
 * An attempt at a quiz, as a pure state machine (no React, no timers, no
 * storage): the view dispatches actions and renders the state.
 *
 * Modes:
 * - `entrainement`: each question is checked on its own, with immediate feedback,
 *   a hint on request and a retry;
 * - `examen`: answers are checked all together at the end (deferred feedback),
 *   optionally within a time limit; the report is given per critère.
 * Options are shuffled with the attempt's seed; a quiz with `tirage` draws that
 * many questions from its pool (unseen questions first).
 *
 * One machine, two views: the React `Quiz` (src/components/Quiz) and the plain-DOM
 * player of our H5P content type and SCORM module (src/lecteur) both dispatch
 * these actions; answering, checking, « Je ne sais pas », retry, showing the
 * solutions, finishing and scoring are written here only.
 */
import { assertNever } from '../exhaustif';
import { emptyInput, handlerOf } from './kinds';
import { corriger, scoreQuiz, validateReponse, type Correction } from './scoring';
import { drawItems, seededShuffle } from './shuffle';
import { isJeNeSaisPas, type Confiance, type PublicQuestion, type PublicQuestionOf, type PublicQuiz, type Question, type QuestionKind, type Quiz, type Reponse, type ResultatQuiz } from './types';

export type Mode = 'entrainement' | 'examen';

export interface Session {
  readonly quizId: string;
  readonly mode: Mode;
  readonly seed: string;
  /** Attempt id (also the xAPI attempt extension). */
  readonly tentative: string;
  readonly questionIds: readonly string[];
  readonly reponses: Readonly<Record<string, Reponse>>;
  readonly confiances: Readonly<Record<string, Confiance>>;
  /** Corrections shown (training: per question; exam: all at the end). */
  readonly corrections: Readonly<Record<string, Correction>>;
  readonly indices: readonly string[];
  readonly debut: number;
  /** Deadline (ms) in exam mode with a time limit. */
  readonly limite: number | null;
  readonly resultat: ResultatQuiz | null;
}

export interface StartOptions {
  readonly mode: Mode;
  readonly seed: string;
  readonly tentative: string;
  readonly now: number;
  /** Question ids already seen by the learner (for unseen-first draws). */
  readonly dejaVues?: ReadonlySet<string>;
  /** Overrides the quiz's own time limit (minutes); null: no limit. */
  readonly duree?: number | null;
}

export function startSession(quiz: Pick<PublicQuiz, 'id' | 'tirage' | 'duree'> & { readonly questions: readonly { readonly id: string }[] }, options: StartOptions): Session {
  const ids = quiz.questions.map((q) => q.id);
  const questionIds = quiz.tirage
    ? drawItems(ids, quiz.tirage, options.seed, (id) => options.dejaVues?.has(id) ?? false)
    : ids;
  const duree = options.duree === undefined ? quiz.duree : options.duree;
  return {
    quizId: quiz.id,
    mode: options.mode,
    seed: options.seed,
    tentative: options.tentative,
    questionIds,
    reponses: {},
    confiances: {},
    corrections: {},
    indices: [],
    debut: options.now,
    limite: options.mode === 'examen' && duree ? options.now + duree * 60_000 : null,
    resultat: null,
  };
}

export type Action =
  | { readonly type: 'repondre'; readonly questionId: string; readonly reponse: Reponse }
  | { readonly type: 'confiance'; readonly questionId: string; readonly confiance: Confiance }
  | { readonly type: 'indice'; readonly questionId: string }
  | { readonly type: 'verifier'; readonly questionId: string; readonly quiz: Quiz }
  | { readonly type: 'reessayer'; readonly questionId: string }
  /** Every question answered with its solution and corrected (H5P « showSolutions »). */
  | { readonly type: 'reveler'; readonly quiz: Quiz }
  | { readonly type: 'terminer'; readonly quiz: Quiz };

function without<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  const { [key]: _removed, ...rest } = record;
  return rest;
}

export function reduce(session: Session, action: Action): Session {
  // A finished attempt is frozen; in training, a retry reopens it.
  if (session.resultat && !(action.type === 'reessayer' && session.mode === 'entrainement')) return session;
  switch (action.type) {
    case 'repondre':
      if (session.corrections[action.questionId]) return session;
      return { ...session, reponses: { ...session.reponses, [action.questionId]: action.reponse } };
    case 'confiance':
      if (session.corrections[action.questionId]) return session;
      return { ...session, confiances: { ...session.confiances, [action.questionId]: action.confiance } };
    case 'indice':
      if (session.mode !== 'entrainement' || session.indices.includes(action.questionId)) return session;
      return { ...session, indices: [...session.indices, action.questionId] };
    case 'verifier': {
      // Already corrected (a double click): the answer is locked and recorded once.
      if (session.mode !== 'entrainement' || session.corrections[action.questionId]) return session;
      const question = action.quiz.questions.find((q) => q.id === action.questionId);
      if (!question || !session.questionIds.includes(question.id)) return session;
      const correction = corriger(question, session.reponses[question.id], session.confiances[question.id]);
      if (correction.resultat.statut === 'invalide') return session;
      const next = { ...session, corrections: { ...session.corrections, [question.id]: correction } };
      return session.questionIds.every((id) => next.corrections[id]) ? finish(next, action.quiz) : next;
    }
    case 'reessayer':
      if (session.mode !== 'entrainement') return session;
      return {
        ...session,
        reponses: without(session.reponses, action.questionId),
        confiances: without(session.confiances, action.questionId),
        corrections: without(session.corrections, action.questionId),
        resultat: null,
      };
    case 'reveler': {
      const reponses: Record<string, Reponse> = { ...session.reponses };
      const corrections: Record<string, Correction> = { ...session.corrections };
      for (const question of questionsDe(action.quiz, session.questionIds)) {
        reponses[question.id] = solutionDe(question);
        corrections[question.id] = corriger(question, reponses[question.id], session.confiances[question.id]);
      }
      return finish({ ...session, reponses, corrections }, action.quiz);
    }
    case 'terminer':
      return finish(session, action.quiz);
    default:
      return assertNever(action, 'action');
  }
}

/** The rubric's questions of the attempt, in drawing order. */
function questionsDe(quiz: Quiz, ids: readonly string[]): Question[] {
  const byId = new Map(quiz.questions.map((q) => [q.id, q]));
  return ids.map((id) => byId.get(id)).filter((q): q is Question => q !== undefined);
}

function solutionDe(question: Question): Reponse {
  return handlerOf(question).solution(question as never) as Reponse;
}

/**
 * The answer « Vérifier » checks on a displayed question: the learner's, or else
 * the question as it stands. An ordering question left untouched is answered with
 * its starting order (the view records it before checking); for the other kinds
 * the empty input is incomplete and its validation says what is missing.
 */
export function aVerifier(question: PublicQuestion, reponse: Reponse | undefined): Reponse {
  return reponse ?? (emptyInput(question) as Reponse);
}

function finish(session: Session, quiz: Quiz): Session {
  const corrections: Record<string, Correction> = { ...session.corrections };
  for (const question of questionsDe(quiz, session.questionIds)) {
    corrections[question.id] ??= corriger(question, session.reponses[question.id], session.confiances[question.id]);
  }
  const resultat = scoreQuiz(quiz, session.reponses, { questionIds: session.questionIds, confiances: session.confiances });
  return { ...session, corrections, resultat };
}

/**
 * What the plain-DOM player saves of a quiz (H5P `getCurrentState`, SCORM
 * `cmi.suspend_data`): the answers, and which of them were checked.
 */
export interface Sauvegarde {
  readonly reponses: Readonly<Record<string, Reponse>>;
  readonly verifiees: readonly string[];
}

export function sauvegardeDe(session: Session): Sauvegarde {
  return { reponses: session.reponses, verifiees: session.questionIds.filter((id) => session.corrections[id]) };
}

/**
 * A training attempt on every question of the quiz, taken up from what the player
 * saved, through the machine's own actions (answer, then check what was checked).
 * An answer that no longer fits its question (the quiz changed since) is dropped;
 * a question saved as checked without a usable answer is open again.
 */
export function restaurer(quiz: Quiz, sauvegarde: Sauvegarde, options: Omit<StartOptions, 'mode' | 'dejaVues' | 'duree'>): Session {
  let session = startSession({ id: quiz.id, questions: quiz.questions }, { ...options, mode: 'entrainement' });
  for (const question of quiz.questions) {
    const reponse: unknown = sauvegarde.reponses[question.id];
    if (!isJeNeSaisPas(reponse) && !handlerOf(question).isInput(reponse)) continue;
    session = reduce(session, { type: 'repondre', questionId: question.id, reponse });
    if (sauvegarde.verifiees.includes(question.id)) session = reduce(session, { type: 'verifier', questionId: question.id, quiz });
  }
  return session;
}

/** Points of the questions corrected so far. */
export function pointsObtenus(session: Session): number {
  return Object.values(session.corrections).reduce((n, c) => n + c.resultat.points, 0);
}

/** Questions of the attempt, in drawing order. */
export function questionsOf(quiz: PublicQuiz, session: Pick<Session, 'questionIds'>): PublicQuestion[] {
  const byId = new Map(quiz.questions.map((q) => [q.id, q]));
  return session.questionIds.map((id) => byId.get(id)).filter((q): q is PublicQuestion => q !== undefined);
}

/**
 * The question as shown in this attempt: options and right column shuffled by the
 * seed. The steps of an ordering question keep their public starting order, chosen
 * with the answer key in hand so that it earns nothing as it stands (ordre.ts).
 */
export function displayed(question: PublicQuestion, seed: string): PublicQuestion {
  const melanger = MELANGES[question.type] as (q: PublicQuestion, s: string) => PublicQuestion;
  return melanger(question, `${seed}:${question.id}`);
}

export const MELANGES: { readonly [K in QuestionKind]: (question: PublicQuestionOf<K>, seed: string) => PublicQuestionOf<K> } = {
  'choix-unique': (q, s) => ({ ...q, options: seededShuffle(q.options, s) }),
  'choix-multiples': (q, s) => ({ ...q, options: seededShuffle(q.options, s) }),
  'vrai-faux': (q) => q,
  association: (q, s) => ({ ...q, droite: seededShuffle(q.droite, s) }),
  ordre: (q) => q,
  'texte-a-trous': (q) => q,
  numerique: (q) => q,
};

/** Can the learner submit the exam? Lists the questions still unanswered. */
export function manquantes(quiz: PublicQuiz, session: Session): string[] {
  return questionsOf(quiz, session)
    .filter((q) => !validateReponse(q, session.reponses[q.id]).ok)
    .map((q) => q.id);
}

/** Answered sure but wrong: worth reviewing (shown to the learner, never penalised). */
export function surMaisFaux(session: Session): string[] {
  return Object.values(session.corrections)
    .filter((c) => c.resultat.confiance === 'sur' && (c.resultat.statut === 'incorrect' || c.resultat.statut === 'partiel'))
    .map((c) => c.resultat.questionId);
}
