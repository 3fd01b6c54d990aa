/**
 * Statements of the learning record: the xAPI 1.0.3 shape, kept minimal when
 * stored (verb and activity names are added on export, see ../xapi). Every answer
 * and every completion — native quiz, case study or H5P — becomes one statement.
 */
import { isCritereId, type CritereId } from '../../referentiel';
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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
const IRI = /^[a-z][a-z0-9+.-]*:[^\s]+$/i;

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Why a value is not a valid stored statement, or null if it is one. */
export function statementProblem(value: unknown): string | null {
  if (!isObj(value)) return "n'est pas un objet";
  if (typeof value.id !== 'string' || !UUID.test(value.id)) return 'identifiant (id) invalide';
  if (typeof value.timestamp !== 'string' || !ISO.test(value.timestamp) || Number.isNaN(Date.parse(value.timestamp))) {
    return 'date (timestamp) invalide';
  }
  const actor = value.actor;
  if (
    !isObj(actor) ||
    actor.objectType !== 'Agent' ||
    !isObj(actor.account) ||
    typeof actor.account.name !== 'string' ||
    actor.account.name === '' ||
    typeof actor.account.homePage !== 'string' ||
    !IRI.test(actor.account.homePage)
  ) {
    return 'acteur (actor) invalide';
  }
  if (!isObj(value.verb) || typeof value.verb.id !== 'string' || !IRI.test(value.verb.id)) return 'verbe invalide';
  if (!isObj(value.object) || value.object.objectType !== 'Activity' || typeof value.object.id !== 'string' || !IRI.test(value.object.id)) {
    return 'objet invalide';
  }
  if (value.result !== undefined) {
    const r = value.result;
    if (!isObj(r)) return 'résultat invalide';
    if (r.score !== undefined) {
      const s = r.score;
      if (!isObj(s) || !isFiniteNumber(s.scaled) || s.scaled < -1 || s.scaled > 1) return 'score invalide';
      if (!isFiniteNumber(s.raw) || !isFiniteNumber(s.min) || !isFiniteNumber(s.max) || s.raw < s.min || s.raw > s.max) {
        return 'score brut invalide';
      }
    }
    if (r.success !== undefined && typeof r.success !== 'boolean') return 'succès invalide';
    if (r.completion !== undefined && typeof r.completion !== 'boolean') return 'complétion invalide';
    if (r.response !== undefined && typeof r.response !== 'string') return 'réponse invalide';
    if (r.extensions !== undefined && !isObj(r.extensions)) return 'extensions du résultat invalides';
  }
  if (value.context !== undefined) {
    const c = value.context;
    if (!isObj(c)) return 'contexte invalide';
    if (c.extensions !== undefined) {
      if (!isObj(c.extensions)) return 'extensions du contexte invalides';
      const criteres = c.extensions[EXT.criteres];
      if (criteres !== undefined && (!Array.isArray(criteres) || !criteres.every(isCritereId))) {
        return 'critères inconnus dans le contexte';
      }
    }
  }
  const forbidden = forbiddenKey(value);
  if (forbidden) return `clé interdite « ${forbidden} »`;
  return null;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The first key that could pollute prototypes (`__proto__`, `constructor`, `prototype`), if any. */
export function forbiddenKey(value: unknown, depth = 0): string | null {
  if (depth > 32 || typeof value !== 'object' || value === null) return null;
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return key;
    const found = forbiddenKey((value as Record<string, unknown>)[key], depth + 1);
    if (found) return found;
  }
  return null;
}

export function isStatement(value: unknown): value is Statement {
  return statementProblem(value) === null;
}

// ---------------------------------------------------------------------------
// Reading statements.

/** The critères a statement is about (context extension). */
export function criteresOf(statement: Statement): CritereId[] {
  const value = statement.context?.extensions?.[EXT.criteres];
  return Array.isArray(value) ? value.filter(isCritereId) : [];
}

/** Per-critère scaled scores when a statement carries them (case decisions). */
export function scoresParCritere(statement: Statement): Partial<Record<CritereId, number>> | null {
  const value = statement.result?.extensions?.[EXT.scoresParCritere];
  if (!isObj(value)) return null;
  const out: Partial<Record<CritereId, number>> = {};
  for (const [k, v] of Object.entries(value)) if (isCritereId(k) && isFiniteNumber(v)) out[k] = Math.max(0, Math.min(1, v));
  return out;
}

export function verbOf(statement: Statement): VerbKey | null {
  const entry = (Object.entries(VERBS) as [VerbKey, string][]).find(([, id]) => id === statement.verb.id);
  return entry ? entry[0] : null;
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
    if (resultat.response !== undefined) result.response = resultat.response;
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
