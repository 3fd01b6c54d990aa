/**
 * The registry of question kinds: a mapped type over QuestionKind, so a new kind
 * does not compile until it has its whole handler (validate, score, toPublic…).
 */
import type { KindHandler } from './kinds/handler';
import { association } from './kinds/association';
import { choixMultiples, choixUnique } from './kinds/choix';
import { numerique } from './kinds/numerique';
import { ordre } from './kinds/ordre';
import { texteATrous } from './kinds/texteATrous';
import { vraiFaux } from './kinds/vraiFaux';
import type { InputOf, PublicQuestion, Question, QuestionKind, QuestionOf, PublicQuestionOf } from './types';

export const KINDS: { readonly [K in QuestionKind]: KindHandler<K> } = {
  'choix-unique': choixUnique,
  'choix-multiples': choixMultiples,
  'vrai-faux': vraiFaux,
  association,
  ordre,
  'texte-a-trous': texteATrous,
  numerique,
};

/** The handler of a question's kind, typed for that question. */
export function handlerOf<K extends QuestionKind>(question: { type: K }): KindHandler<K> {
  return KINDS[question.type] as KindHandler<K>;
}

export function toPublicQuestion(question: Question): PublicQuestion {
  return handlerOf(question).toPublic(question as QuestionOf<typeof question.type>);
}

export function emptyInput<K extends QuestionKind>(question: PublicQuestionOf<K>): InputOf<K> {
  const handler = KINDS[question.type as K] as KindHandler<K>;
  return handler.empty(question);
}
