/**
 * Pure scoring of answers and quizzes. No React, no window, no storage.
 * Every question is worth 1 point; partial credit rules are documented in each
 * kind's file (kinds/*.ts). « Je ne sais pas » scores 0 and is never penalised.
 */
import type { CritereId } from '../../referentiel';
import { handlerOf } from './kinds';
import type { Message } from './kinds/handler';
import {
  isJeNeSaisPas,
  SEUIL_PAR_DEFAUT,
  type Confiance,
  type Points,
  type PublicQuestion,
  type Question,
  type QuestionKind,
  type QuestionOf,
  type Reponse,
  type ResultatQuestion,
  type ResultatQuiz,
  type StatutQuestion,
  type Validation,
  type Quiz,
  type InputOf,
  type PublicQuestionOf,
} from './types';

export interface Correction {
  readonly resultat: ResultatQuestion;
  readonly messages: readonly Message[];
  readonly explication: string;
  readonly source: string;
  readonly solution: string;
}

/** Is this answer complete enough to be scored? « Je ne sais pas » always is. */
export function validateReponse(question: PublicQuestion, reponse: Reponse | undefined): Validation {
  if (reponse === undefined) return { ok: false, raison: 'Pas encore de réponse.' };
  if (isJeNeSaisPas(reponse)) return { ok: true };
  const handler = handlerOf(question);
  if (!handler.isInput(reponse)) return { ok: false, raison: 'Réponse illisible.' };
  return handler.validate(question as PublicQuestionOf<QuestionKind>, reponse as never);
}

function statutOf(points: Points): StatutQuestion {
  if (points.points >= points.max) return 'correct';
  if (points.points > 0) return 'partiel';
  return 'incorrect';
}

/** Scores one answer against the rubric. Invalid input → `invalide`, 0 point. */
export function scoreQuestion(question: Question, reponse: Reponse | undefined, confiance?: Confiance): ResultatQuestion {
  const handler = handlerOf(question);
  const base = {
    questionId: question.id,
    type: question.type,
    criteres: question.criteres,
    ...(confiance ? { confiance } : {}),
  };
  if (reponse !== undefined && isJeNeSaisPas(reponse)) {
    return { ...base, points: 0, max: 1, statut: 'passe', reponse: '' };
  }
  const publicQuestion = handler.toPublic(question as QuestionOf<QuestionKind>);
  const validation = validateReponse(publicQuestion, reponse);
  if (!validation.ok || reponse === undefined) {
    return { ...base, points: 0, max: 1, statut: 'invalide', reponse: '' };
  }
  const input = reponse as InputOf<QuestionKind>;
  const points = handler.score(question as QuestionOf<QuestionKind>, input as never);
  return {
    ...base,
    points: points.points,
    max: points.max,
    statut: statutOf(points),
    reponse: handler.response(input as never),
  };
}

/** Score plus everything the learner needs to understand it. */
export function corriger(question: Question, reponse: Reponse | undefined, confiance?: Confiance): Correction {
  const handler = handlerOf(question);
  const resultat = scoreQuestion(question, reponse, confiance);
  const messages =
    resultat.statut === 'passe' || resultat.statut === 'invalide' || reponse === undefined || isJeNeSaisPas(reponse)
      ? []
      : handler.feedback(question as QuestionOf<QuestionKind>, reponse as never);
  return {
    resultat,
    messages,
    explication: question.explication,
    source: question.source,
    solution: handler.solutionTexte(question as QuestionOf<QuestionKind>),
  };
}

/**
 * Scores a whole attempt. `questionIds` restricts the quiz to the questions that
 * were drawn for this attempt (random draw); by default, all questions.
 */
export function scoreQuiz(
  quiz: Quiz,
  reponses: Readonly<Record<string, Reponse | undefined>>,
  options: { questionIds?: readonly string[]; confiances?: Readonly<Record<string, Confiance>> } = {},
): ResultatQuiz {
  const ids = options.questionIds ?? quiz.questions.map((q) => q.id);
  const byId = new Map(quiz.questions.map((q) => [q.id, q]));
  const parQuestion: ResultatQuestion[] = [];
  const parCritere: Partial<Record<CritereId, { points: number; max: number }>> = {};
  for (const id of ids) {
    const question = byId.get(id);
    if (!question) continue;
    const resultat = scoreQuestion(question, reponses[id], options.confiances?.[id]);
    parQuestion.push(resultat);
    for (const critere of question.criteres) {
      const current = parCritere[critere] ?? { points: 0, max: 0 };
      parCritere[critere] = { points: current.points + resultat.points, max: current.max + resultat.max };
    }
  }
  const obtenus = parQuestion.reduce((n, r) => n + r.points, 0);
  const total = parQuestion.reduce((n, r) => n + r.max, 0);
  const taux = total === 0 ? 0 : obtenus / total;
  return {
    quizId: quiz.id,
    obtenus,
    total,
    taux,
    reussi: total > 0 && taux + 1e-9 >= (quiz.seuil ?? SEUIL_PAR_DEFAUT),
    parQuestion,
    parCritere,
  };
}
