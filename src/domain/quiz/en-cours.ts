/**
 * The document of an attempt in progress (see ./reprise.ts, which reads, checks
 * and merges it): its shape, and what a page shows of it without reading it
 * (how many questions are answered). Types and constants only, so that a page
 * that proposes « Reprendre » does not ship the reader and the question kinds.
 */
import type { Session } from './session';

export const EN_COURS_FORMAT = 'moniteur-atelier/tentative-en-cours';
export const EN_COURS_VERSION = 1;

/** JSON value (what the owner of an attempt adds to rebuild it: the mock exam's perimeter and questions). */
export type Json = null | boolean | number | string | readonly Json[] | { readonly [k: string]: Json };

/** What the session holds of the learner's work (answers, confidence, corrections shown, hints), as it is. */
type Travail = Pick<Session, 'quizId' | 'mode' | 'seed' | 'questionIds' | 'reponses' | 'confiances' | 'corrections' | 'indices'>;

export interface EnCours extends Travail {
  readonly format: typeof EN_COURS_FORMAT;
  readonly version: typeof EN_COURS_VERSION;
  /** Attempt id of the statements already recorded (xAPI attempt extension). */
  readonly tentative: string;
  /** The exam has been started (« Commencer l'examen »). */
  readonly demarre: boolean;
  /** Time left (ms) of a timed exam; null: no time limit. */
  readonly restant: number | null;
  /** Time spent on the attempt so far (ms), for the duration of the finished attempt. */
  readonly ecoule: number;
  /** The question the learner worked on last. */
  readonly position: string | null;
  /** When it was saved (ISO date). */
  readonly enregistre: string;
  readonly contexte?: Json;
}

/** How many questions of the attempt have an answer (or a correction). */
export function repondues(enCours: Pick<EnCours, 'questionIds' | 'reponses' | 'corrections'>): number {
  return enCours.questionIds.filter((id) => enCours.reponses[id] !== undefined || enCours.corrections[id] !== undefined).length;
}
