/** Activities of bloc 2 (quizzes and case studies), in lesson order. */
import type { Activite } from '@site/src/domain/activite';

export const BLOC_2: readonly Activite[] = [];
