/**
 * Compact storage form of a statement ("entrée"). A full xAPI statement is about
 * 1.2 kB of JSON, mostly repeated IRIs and the actor; a year of practice (tens of
 * thousands of answers) would weigh tens of megabytes and take too long to load
 * on a phone. What is stored is only what cannot be derived:
 *
 *   { i: id, t: timestamp, v: verb key, o: object (relative to NS), y: activity type key,
 *     s: [raw, max], k: success 0|1, f: completion 1, r: response, d: duration,
 *     c: critères, x: scores per critère, p: parent (relative), g: origin,
 *     m: mode, n: confidence, a: attempt id }
 *
 * `decode` rebuilds the exact xAPI statement that `buildStatement` produced (the
 * actor comes from the journal), and `encode(decode(e))` is the identity — both
 * checked by property tests.
 */
import { CRITERE_IDS, isCritereId, type CritereId } from '../../referentiel';
import { ACTIVITY_TYPES, EXT, iri, NS, VERBS, type VerbKey } from './iri';
import { REPONSE_MAX, type Acteur, type Statement } from './statement';
import { horsFenetre, type Fenetre } from './fenetre';

export { SITE_DEBUT, fenetreDates, horsFenetre, type Fenetre } from './fenetre';

export interface Entree {
  readonly i: string;
  readonly t: string;
  readonly v: VerbKey;
  readonly o: string;
  readonly y?: keyof typeof ACTIVITY_TYPES;
  readonly s?: readonly [number, number];
  readonly k?: 0 | 1;
  readonly f?: 1;
  readonly r?: string;
  readonly d?: string;
  readonly c: readonly CritereId[];
  readonly x?: Readonly<Partial<Record<CritereId, number>>>;
  readonly p?: string;
  readonly g: 'quiz' | 'cas' | 'h5p';
  readonly m?: 'entrainement' | 'examen';
  readonly n?: 'sur' | 'pas-sur';
  readonly a?: string;
}

const relative = (value: string) => (value.startsWith(NS) ? value.slice(NS.length) : value);
const absolute = (value: string) => (/^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `${NS}${value}`);

const VERB_BY_IRI = new Map<string, VerbKey>(Object.entries(VERBS).map(([k, v]) => [v, k as VerbKey]));
const TYPE_BY_IRI = new Map(
  (Object.entries(ACTIVITY_TYPES) as [keyof typeof ACTIVITY_TYPES, string][]).filter(([k]) => k !== 'h5p').map(([k, v]) => [v, k]),
);

/** The compact form of a statement built by `buildStatement`, or null if it cannot be stored compactly. */
export function encode(statement: Statement): Entree | null {
  const verb = VERB_BY_IRI.get(statement.verb.id);
  const ext = statement.context?.extensions ?? {};
  const origine = ext[EXT.origine];
  if (!verb || (origine !== 'quiz' && origine !== 'cas' && origine !== 'h5p')) return null;
  const entree: Record<string, unknown> = {
    i: statement.id,
    t: statement.timestamp,
    v: verb,
    o: relative(statement.object.id),
    c: Array.isArray(ext[EXT.criteres]) ? ext[EXT.criteres] : [],
    g: origine,
  };
  const type = statement.object.definition?.type;
  if (type) {
    const key = TYPE_BY_IRI.get(type);
    if (!key) return null;
    entree.y = key;
  }
  const result = statement.result;
  if (result?.score) entree.s = [result.score.raw, result.score.max];
  if (result?.success !== undefined) entree.k = result.success ? 1 : 0;
  if (result?.completion) entree.f = 1;
  if (result?.response !== undefined) entree.r = result.response;
  if (result?.duration !== undefined) entree.d = result.duration;
  const scores = result?.extensions?.[EXT.scoresParCritere];
  if (scores && typeof scores === 'object') entree.x = scores;
  const parent = statement.context?.contextActivities?.parent?.[0]?.id;
  if (parent) entree.p = relative(parent);
  if (ext[EXT.mode] !== undefined) entree.m = ext[EXT.mode];
  if (ext[EXT.confiance] !== undefined) entree.n = ext[EXT.confiance];
  if (ext[EXT.tentative] !== undefined) entree.a = ext[EXT.tentative];
  return entree as unknown as Entree;
}

/** The full xAPI statement of an entry. */
export function decode(entree: Entree, acteur: Acteur): Statement {
  const result: Record<string, unknown> = {};
  if (entree.s) {
    const [raw, max] = entree.s;
    result.score = { scaled: Math.round((raw / max) * 10000) / 10000, raw, min: 0, max };
  }
  if (entree.k !== undefined) result.success = entree.k === 1;
  if (entree.f) result.completion = true;
  if (entree.r !== undefined) result.response = entree.r;
  if (entree.d !== undefined) result.duration = entree.d;
  if (entree.x) result.extensions = { [EXT.scoresParCritere]: entree.x };
  const extensions: Record<string, unknown> = { [EXT.criteres]: [...entree.c], [EXT.origine]: entree.g };
  if (entree.m) extensions[EXT.mode] = entree.m;
  if (entree.n) extensions[EXT.confiance] = entree.n;
  if (entree.a) extensions[EXT.tentative] = entree.a;
  const contextActivities: Record<string, unknown> = {
    grouping: entree.c.map((c) => ({ objectType: 'Activity', id: iri.critere(c) })),
  };
  if (entree.p) contextActivities.parent = [{ objectType: 'Activity', id: absolute(entree.p) }];
  return {
    id: entree.i,
    timestamp: entree.t,
    actor: { objectType: 'Agent', account: { homePage: acteur.homePage, name: acteur.learnerId } },
    verb: { id: VERBS[entree.v] },
    object: {
      objectType: 'Activity',
      id: absolute(entree.o),
      ...(entree.y ? { definition: { type: ACTIVITY_TYPES[entree.y] } } : {}),
    },
    ...(Object.keys(result).length > 0 ? { result: result as Statement['result'] } : {}),
    context: { contextActivities: contextActivities as NonNullable<Statement['context']>['contextActivities'], extensions },
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
const KEYS = new Set(['i', 't', 'v', 'o', 'y', 's', 'k', 'f', 'r', 'd', 'c', 'x', 'p', 'g', 'm', 'n', 'a']);
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * Length caps of an entry's texts (characters), and of its lists: a statement may cite
 * every critère of the référentiel (a mock exam of a whole bloc does), not more. A
 * response is cut to `r` when the statement is built (statement.ts): every record this
 * site writes can be read back.
 */
export const LIMITES_ENTREE = { r: REPONSE_MAX, o: 300, p: 300, d: 40, a: 64, c: CRITERE_IDS.length, x: CRITERE_IDS.length } as const;

const trop = (v: unknown, max: number) => typeof v === 'string' && v.length > max;

/**
 * Why a stored value is not a valid entry, or null. Unknown keys are refused; texts
 * are capped (LIMITES_ENTREE); with a `fenetre` (a file being imported), its date must
 * fall inside it.
 */
export function entreeProblem(value: unknown, options: { readonly fenetre?: Fenetre } = {}): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || Object.getPrototypeOf(value) !== Object.prototype) {
    return "n'est pas un objet";
  }
  const e = value as Record<string, unknown>;
  for (const key of Object.keys(e)) if (!KEYS.has(key)) return `clé inconnue « ${key} »`;
  if (typeof e.i !== 'string' || !UUID.test(e.i)) return 'identifiant (i) invalide';
  if (typeof e.t !== 'string' || !ISO.test(e.t) || Number.isNaN(Date.parse(e.t))) return 'date (t) invalide';
  if (options.fenetre) {
    const hors = horsFenetre(e.t, options.fenetre);
    if (hors) return `date (t) impossible : ${hors}`;
  }
  for (const k of ['r', 'o', 'p', 'd', 'a'] as const) {
    if (trop(e[k], LIMITES_ENTREE[k])) return `texte trop long (${k} : ${LIMITES_ENTREE[k]} caractères au plus)`;
  }
  if (Array.isArray(e.c) && e.c.length > LIMITES_ENTREE.c) return `trop de critères (c : ${LIMITES_ENTREE.c} au plus)`;
  if (typeof e.x === 'object' && e.x !== null && Object.keys(e.x).length > LIMITES_ENTREE.x) return `trop de scores par critère (x : ${LIMITES_ENTREE.x} au plus)`;
  if (typeof e.v !== 'string' || !(e.v in VERBS)) return 'verbe (v) inconnu';
  if (typeof e.o !== 'string' || e.o === '' || /\s/.test(e.o)) return 'objet (o) invalide';
  if (e.y !== undefined && (typeof e.y !== 'string' || !(e.y in ACTIVITY_TYPES) || e.y === 'h5p')) return "type d'activité (y) inconnu";
  if (e.s !== undefined) {
    if (!Array.isArray(e.s) || e.s.length !== 2 || !isFiniteNumber(e.s[0]) || !isFiniteNumber(e.s[1])) return 'score (s) invalide';
    if (e.s[1] <= 0 || e.s[0] < 0 || e.s[0] > e.s[1]) return 'score (s) hors limites';
  }
  if (e.k !== undefined && e.k !== 0 && e.k !== 1) return 'succès (k) invalide';
  if (e.f !== undefined && e.f !== 1) return 'complétion (f) invalide';
  if (e.r !== undefined && typeof e.r !== 'string') return 'réponse (r) invalide';
  if (e.d !== undefined && (typeof e.d !== 'string' || !/^PT[\d.]+S$/.test(e.d))) return 'durée (d) invalide';
  if (!Array.isArray(e.c) || !e.c.every(isCritereId)) return 'critères (c) inconnus';
  if (e.x !== undefined) {
    if (typeof e.x !== 'object' || e.x === null || Array.isArray(e.x)) return 'scores par critère (x) invalides';
    for (const [k, v] of Object.entries(e.x)) if (!isCritereId(k) || !isFiniteNumber(v) || v < 0 || v > 1) return 'scores par critère (x) invalides';
  }
  if (e.p !== undefined && (typeof e.p !== 'string' || e.p === '' || /\s/.test(e.p))) return 'parent (p) invalide';
  if (e.g !== 'quiz' && e.g !== 'cas' && e.g !== 'h5p') return 'origine (g) inconnue';
  if (e.m !== undefined && e.m !== 'entrainement' && e.m !== 'examen') return 'mode (m) inconnu';
  if (e.n !== undefined && e.n !== 'sur' && e.n !== 'pas-sur') return 'confiance (n) inconnue';
  if (e.a !== undefined && typeof e.a !== 'string') return 'tentative (a) invalide';
  return null;
}
