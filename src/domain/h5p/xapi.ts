/**
 * xAPI statements emitted by H5P content (ours or imported) → statements of our
 * learning record. Only what feeds progress is kept: `answered` (evidence per
 * critère) and `completed` / `passed` / `failed` (end of the activity). The
 * critères come from the statement when our content type put them there, else
 * from the H5P registry entry of the activity.
 */
import { isCritereId, type CritereId } from '../../referentiel';
import { EXT, iri, VERBS, type VerbKey } from '../journal/iri';
import { buildStatement, type Acteur, type Horloge, type Statement } from '../journal/statement';

const KEEP: readonly VerbKey[] = ['answered', 'completed', 'passed', 'failed'];
const SUBCONTENT = 'http://h5p.org/x-api/h5p-subContentId';

type Raw = Record<string, unknown>;
const obj = (v: unknown): Raw => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Raw) : {});
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/;

export interface ContexteH5P {
  /** Our id of the H5P activity (registry). */
  readonly activite: string;
  /** Critères of the activity (registry), used when the statement carries none. */
  readonly criteres: readonly CritereId[];
}

/** Our statement for an H5P xAPI statement, or null when it does not feed progress. */
export function fromH5PStatement(raw: unknown, contexte: ContexteH5P, acteur: Acteur, horloge: Horloge): Statement | null {
  const s = obj(raw);
  const verbId = obj(s.verb).id;
  const verb = KEEP.find((k) => VERBS[k] === verbId);
  if (!verb) return null;
  const object = obj(s.object);
  const definition = obj(object.definition);
  const extensions = obj(definition.extensions);
  const activite = iri.h5p(contexte.activite);
  let objectId = activite;
  if (typeof extensions[EXT.question] === 'string' && SAFE_ID.test(extensions[EXT.question] as string)) {
    objectId = `${activite}/questions/${extensions[EXT.question] as string}`;
  } else if (typeof extensions[EXT.noeud] === 'string' && SAFE_ID.test(extensions[EXT.noeud] as string)) {
    objectId = `${activite}/noeuds/${extensions[EXT.noeud] as string}`;
  } else if (typeof extensions[SUBCONTENT] === 'string' && SAFE_ID.test(extensions[SUBCONTENT] as string)) {
    objectId = `${activite}/sous-contenus/${extensions[SUBCONTENT] as string}`;
  }
  const allowed = new Set(contexte.criteres);
  const declared = obj(obj(s.context).extensions)[EXT.criteres];
  const fromStatement = Array.isArray(declared) ? declared.filter((c): c is CritereId => isCritereId(c) && (allowed.size === 0 || allowed.has(c))) : [];
  const criteres = fromStatement.length > 0 ? fromStatement : [...contexte.criteres];

  const result = obj(s.result);
  const score = obj(result.score);
  const raw0 = num(score.raw);
  const max0 = num(score.max);
  const scaled = num(score.scaled);
  let points: number | undefined;
  let max: number | undefined;
  if (raw0 !== null && max0 !== null && max0 > 0) {
    points = Math.max(0, Math.min(max0, raw0));
    max = max0;
  } else if (scaled !== null) {
    points = Math.max(0, Math.min(1, scaled));
    max = 1;
  }
  if (verb === 'answered' && points === undefined) return null;
  const perCritere = obj(obj(result.extensions)[EXT.scoresParCritere]);
  const scoresParCritere = Object.fromEntries(
    Object.entries(perCritere).filter(([k, v]) => isCritereId(k) && typeof v === 'number' && v >= 0 && v <= 1),
  ) as Partial<Record<CritereId, number>>;
  const duration = typeof result.duration === 'string' ? /^PT(\d+(?:\.\d+)?)S$/.exec(result.duration) : null;
  return buildStatement(
    acteur,
    horloge,
    verb,
    { id: objectId, type: objectId === activite ? 'assessment' : 'interaction' },
    {
      ...(points !== undefined && max !== undefined ? { points, max } : {}),
      ...(typeof result.success === 'boolean' ? { success: result.success } : {}),
      ...(result.completion === true ? { completion: true } : {}),
      ...(typeof result.response === 'string' ? { response: result.response.slice(0, 500) } : {}),
      ...(duration ? { durationSeconds: Number(duration[1]) } : {}),
      ...(Object.keys(scoresParCritere).length > 0 ? { scoresParCritere } : {}),
    },
    { criteres, origine: 'h5p', ...(objectId !== activite ? { parent: activite } : {}) },
  );
}
