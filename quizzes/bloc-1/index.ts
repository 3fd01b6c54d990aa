/** Activities of bloc 1 (quizzes and case studies), in lesson order. */
import type { Activite } from '@site/src/domain/activite';
import accueillir from './accueillir.quiz';

export const BLOC_1: readonly Activite[] = [accueillir];
