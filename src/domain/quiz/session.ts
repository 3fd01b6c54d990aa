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
 */
import { corriger, scoreQuiz, validateReponse, type Correction } from './scoring';
import { drawItems, seededShuffle } from './shuffle';
import type { Confiance, PublicQuestion, PublicQuiz, Quiz, Reponse, ResultatQuiz } from './types';

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

export function startSession(quiz: PublicQuiz, options: StartOptions): Session {
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
  | { readonly type: 'terminer'; readonly quiz: Quiz };

function without<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  const { [key]: _removed, ...rest } = record;
  return rest;
}

export function reduce(session: Session, action: Action): Session {
  if (session.resultat && action.type !== 'reessayer') return session;
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
      if (!question) return session;
      const correction = corriger(question, session.reponses[question.id], session.confiances[question.id]);
      if (correction.resultat.statut === 'invalide') return session;
      const corrections = { ...session.corrections, [question.id]: correction };
      const next = { ...session, corrections };
      const allDone = session.questionIds.every((id) => corrections[id]);
      return allDone ? finish(next, action.quiz) : next;
    }
    case 'reessayer':
      if (session.mode !== 'entrainement' || session.resultat) return session;
      return {
        ...session,
        reponses: without(session.reponses, action.questionId),
        confiances: without(session.confiances, action.questionId),
        corrections: without(session.corrections, action.questionId),
      };
    case 'terminer':
      return finish(session, action.quiz);
    default:
      return session;
  }
}

function finish(session: Session, quiz: Quiz): Session {
  const corrections: Record<string, Correction> = { ...session.corrections };
  for (const id of session.questionIds) {
    const question = quiz.questions.find((q) => q.id === id);
    if (question && !corrections[id]) corrections[id] = corriger(question, session.reponses[id], session.confiances[id]);
  }
  const resultat = scoreQuiz(quiz, session.reponses, { questionIds: session.questionIds, confiances: session.confiances });
  return { ...session, corrections, resultat };
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
  const s = `${seed}:${question.id}`;
  switch (question.type) {
    case 'choix-unique':
    case 'choix-multiples':
      return { ...question, options: seededShuffle(question.options, s) };
    case 'association':
      return { ...question, droite: seededShuffle(question.droite, s) };
    default:
      return question;
  }
}

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
