/**
 * Statements of the learning record: the xAPI 1.0.3 shape, kept minimal when
 * stored (verb and activity names are added on export, see ../xapi). Every answer
 * and every completion — native quiz, case study or H5P — becomes one statement.
 * This module builds them; reading and checking stored ones is in lecture.ts.
 */
import type { CritereId } from '../../referentiel';
import { cleInterdite } from '../texte/json';
import { ACTIVITY_TYPES, EXT, iri, VERBS, type VerbKey } from './iri';

export interface Statement {
  readonly id: string;
  readonly timestamp: string;
  readonly actor: { readonly objectType: 'Agent'; readonly account: { readonly homePage: string; readonly name: string } };
  readonly verb: { readonly id: string };
  readonly object: {
    readonly objectType: 'Activity';
    readonly id: string;
    readonly definition?: { readonly type?: string; readonly name?: Readonly<Record<string, string>> };
  };
  readonly result?: {
    readonly score?: { readonly scaled: number; readonly raw: number; readonly min: number; readonly max: number };
    readonly success?: boolean;
    readonly completion?: boolean;
    readonly response?: string;
    readonly duration?: string;
    readonly extensions?: Readonly<Record<string, unknown>>;
  };
  readonly context?: {
    readonly contextActivities?: {
      readonly parent?: readonly { readonly objectType: 'Activity'; readonly id: string }[];
      readonly grouping?: readonly { readonly objectType: 'Activity'; readonly id: string }[];
    };
    readonly extensions?: Readonly<Record<string, unknown>>;
  };
}

export interface Acteur {
  /** Pseudonymous learner id (random, local): never a name or an e-mail. */
  readonly learnerId: string;
  /** Where the learner id lives: the site's address. */
  readonly homePage: string;
}

export interface Horloge {
  now(): Date;
  uuid(): string;
}

// ---------------------------------------------------------------------------
// Validation (used when loading stored data and importing passports).

/**
 * The first key that could pollute prototypes (`__proto__`, `constructor`, `prototype`),
 * at any depth (iterative: no stack to overflow), if any.
 */
export function forbiddenKey(value: unknown): string | null {
  return cleInterdite(value);
}

// ---------------------------------------------------------------------------
// Building statements.

export interface Contexte {
  readonly criteres: readonly CritereId[];
  readonly parent?: string;
  readonly mode?: 'entrainement' | 'examen';
  readonly origine: 'quiz' | 'cas' | 'h5p';
  readonly confiance?: 'sur' | 'pas-sur';
  readonly tentative?: string;
}

export interface Resultat {
  readonly points?: number;
  readonly max?: number;
  readonly success?: boolean;
  readonly completion?: boolean;
  readonly response?: string;
  readonly durationSeconds?: number;
  readonly scoresParCritere?: Partial<Record<CritereId, number>>;
}

/** Characters of a response kept in a statement (LIMITES_ENTREE.r of codec.ts). */
export const REPONSE_MAX = 1000;

export function isoDuration(seconds: number): string {
  return `PT${Math.max(0, Math.round(seconds * 100) / 100)}S`;
}

export function buildStatement(
  acteur: Acteur,
  horloge: Horloge,
  verb: VerbKey,
  object: { id: string; type: keyof typeof ACTIVITY_TYPES },
  resultat: Resultat | undefined,
  contexte: Contexte,
): Statement {
  const result: Record<string, unknown> = {};
  if (resultat) {
    if (resultat.points !== undefined && resultat.max !== undefined && resultat.max > 0) {
      const raw = Math.max(0, Math.min(resultat.max, resultat.points));
      result.score = { scaled: Math.round((raw / resultat.max) * 10000) / 10000, raw, min: 0, max: resultat.max };
    }
    if (resultat.success !== undefined) result.success = resultat.success;
    if (resultat.completion !== undefined) result.completion = resultat.completion;
    // Cut to the stored cap (codec.ts): a pasted essay must not make the record unreadable.
    if (resultat.response !== undefined) result.response = resultat.response.slice(0, REPONSE_MAX);
    if (resultat.durationSeconds !== undefined) result.duration = isoDuration(resultat.durationSeconds);
    if (resultat.scoresParCritere) result.extensions = { [EXT.scoresParCritere]: resultat.scoresParCritere };
  }
  const extensions: Record<string, unknown> = { [EXT.criteres]: [...contexte.criteres], [EXT.origine]: contexte.origine };
  if (contexte.mode) extensions[EXT.mode] = contexte.mode;
  if (contexte.confiance) extensions[EXT.confiance] = contexte.confiance;
  if (contexte.tentative) extensions[EXT.tentative] = contexte.tentative;
  const contextActivities: Record<string, unknown> = {
    grouping: contexte.criteres.map((c) => ({ objectType: 'Activity', id: iri.critere(c) })),
  };
  if (contexte.parent) contextActivities.parent = [{ objectType: 'Activity', id: contexte.parent }];
  return {
    id: horloge.uuid(),
    timestamp: horloge.now().toISOString(),
    actor: { objectType: 'Agent', account: { homePage: acteur.homePage, name: acteur.learnerId } },
    verb: { id: VERBS[verb] },
    object: { objectType: 'Activity', id: object.id, definition: { type: ACTIVITY_TYPES[object.type] } },
    ...(Object.keys(result).length > 0 ? { result: result as Statement['result'] } : {}),
    context: { contextActivities: contextActivities as NonNullable<Statement['context']>['contextActivities'], extensions },
  };
}
