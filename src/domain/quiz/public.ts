/** The public shape of a quiz: what a page embeds. No answer key, no feedback. */
import { toPublicQuestion } from './kinds';
import { SEUIL_PAR_DEFAUT, type PublicQuiz, type Quiz } from './types';

export function toPublicQuiz(quiz: Quiz): PublicQuiz {
  return {
    kind: 'quiz',
    id: quiz.id,
    titre: quiz.titre,
    ...(quiz.description ? { description: quiz.description } : {}),
    bloc: quiz.bloc,
    seuil: quiz.seuil ?? SEUIL_PAR_DEFAUT,
    ...(quiz.tirage ? { tirage: quiz.tirage } : {}),
    ...(quiz.duree ? { duree: quiz.duree } : {}),
    questions: quiz.questions.map(toPublicQuestion),
  };
}
