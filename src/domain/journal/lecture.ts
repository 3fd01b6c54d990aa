/**
 * Reading stored statements: is a value a valid statement (a journal, a passport or
 * a backup being read), which critères it is about, its per-critère scores. Kept
 * apart from the builders (statement.ts) because it checks critère ids against the
 * référentiel: a page that only records answers (a quiz) builds statements without
 * loading the référentiel's data (≈ 6 Kio gzip).
 */
import { isCritereId, type CritereId } from '../../referentiel';
import { EXT } from './iri';
import { forbiddenKey, type Statement } from './statement';

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

export function isStatement(value: unknown): value is Statement {
  return statementProblem(value) === null;
}

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

