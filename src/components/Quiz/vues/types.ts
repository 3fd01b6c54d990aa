import type { ComponentType } from 'react';
import type { InputOf, PublicQuestionOf, QuestionKind } from '@site/src/domain/quiz/types';

/** Props of the input view of one question kind. */
export interface VueProps<K extends QuestionKind> {
  readonly question: PublicQuestionOf<K>;
  readonly value: InputOf<K>;
  readonly onChange: (value: InputOf<K>) => void;
  readonly disabled: boolean;
  /** Prefix for element ids, unique on the page. */
  readonly idPrefix: string;
}

export type Vues = { readonly [K in QuestionKind]: ComponentType<VueProps<K>> };
