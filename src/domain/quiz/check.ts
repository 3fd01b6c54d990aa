/**
 * Author-facing checks of a quiz, on raw data (whatever the compiler let through:
 * a JavaScript file, an `as any`, a JSON import). Every problem names the
 * activity, the question and the field, in French; all problems are returned at
 * once, never only the first.
 */
import { isBlocId, isCritereId, blocOf, type CritereId } from '../../referentiel';
import { richTextProblems } from '../texte/richText';
import { KINDS } from './kinds';
import { QUESTION_KINDS, type QuestionKind, type QuestionOf } from './types';

export interface Probleme {
  readonly activite: string;
  readonly question?: string;
  readonly champ: string;
  readonly message: string;
}

export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

type Raw = Record<string, unknown>;
const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every string of a value, with its path, for text safety checks. */
function* strings(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) yield* strings(value[i], `${path}[${i}]`);
  } else if (isObject(value)) {
    for (const [k, v] of Object.entries(value)) yield* strings(v, path ? `${path}.${k}` : k);
  }
}

/** Texts rendered to learners must be safe: no HTML, no script URL, balanced marks. */
export function textProblems(value: unknown, base = ''): { champ: string; message: string }[] {
  const out: { champ: string; message: string }[] = [];
  for (const [path, text] of strings(value, base)) {
    if (/(^|\.)(id|type|kind|bloc|criteres\[\d+\]|reponse|reponses\[\d+\]|debut|suivant|(pose|si|sauf|suppose|exclut|issues)\[\d+\])$/.test(path)) continue;
    if (/^paires\./.test(path)) continue;
    for (const problem of richTextProblems(text)) {
      if (problem === 'est vide') continue;
      out.push({ champ: path || 'texte', message: `le texte ${problem}` });
    }
  }
  return out;
}

export function checkCriteres(value: unknown, bloc: unknown, champ = 'criteres'): { champ: string; message: string }[] {
  if (!Array.isArray(value) || value.length === 0) {
    return [{ champ, message: 'indiquez au moins un critère du référentiel (ex. « B1.C2.CR1 »)' }];
  }
  const out: { champ: string; message: string }[] = [];
  if (new Set(value).size !== value.length) out.push({ champ, message: 'un critère est cité deux fois' });
  value.forEach((critere, i) => {
    if (!isCritereId(critere)) {
      out.push({ champ: `${champ}[${i}]`, message: `critère inconnu « ${String(critere)} » : voir la page « Le référentiel »` });
    } else if (isBlocId(bloc) && blocOf(critere).id !== bloc) {
      out.push({ champ: `${champ}[${i}]`, message: `le critère ${critere} appartient au bloc ${blocOf(critere).id}, pas au bloc ${bloc}` });
    }
  });
  return out;
}

function required(q: Raw, field: string, message: string): { champ: string; message: string }[] {
  const v = q[field];
  return typeof v === 'string' && v.trim() !== '' ? [] : [{ champ: field, message }];
}

export function checkQuestion(raw: unknown, bloc: unknown): { champ: string; message: string }[] {
  if (!isObject(raw)) return [{ champ: 'question', message: 'la question doit être un objet' }];
  const out: { champ: string; message: string }[] = [];
  const type = raw.type;
  if (typeof raw.id !== 'string' || !ID_PATTERN.test(raw.id)) {
    out.push({ champ: 'id', message: 'identifiant manquant ou invalide (minuscules, chiffres et tirets)' });
  }
  out.push(...required(raw, 'enonce', 'énoncé manquant : posez une question complète ou décrivez une situation'));
  out.push(...required(raw, 'explication', 'explication manquante : donnez le principe et sa source'));
  out.push(...required(raw, 'source', 'source manquante (référence juridique, ex. « CASF art. L344-2 », ou lien vers la leçon)'));
  out.push(...checkCriteres(raw.criteres, bloc));
  if (Array.isArray(raw.criteres) && raw.criteres.length > 2) {
    out.push({ champ: 'criteres', message: 'une question évalue un ou deux critères, pas davantage' });
  }
  out.push(...textProblems(raw));
  if (typeof type !== 'string' || !(QUESTION_KINDS as readonly string[]).includes(type)) {
    out.push({ champ: 'type', message: `type inconnu « ${String(type)} » ; types possibles : ${QUESTION_KINDS.join(', ')}` });
    return out;
  }
  try {
    out.push(...KINDS[type as QuestionKind].check(raw as unknown as QuestionOf<QuestionKind> as never));
  } catch (error) {
    out.push({ champ: type, message: `structure illisible pour ce type (${(error as Error).message})` });
  }
  return out;
}

/** All problems of one quiz. */
export function checkQuiz(raw: unknown): Probleme[] {
  const activite = isObject(raw) && typeof raw.id === 'string' ? raw.id : '(sans identifiant)';
  if (!isObject(raw)) return [{ activite, champ: 'quiz', message: 'le fichier doit exporter un quiz (defineQuiz({...}))' }];
  const out: Probleme[] = [];
  const add = (champ: string, message: string, question?: string) =>
    out.push({ activite, ...(question ? { question } : {}), champ, message });
  if (raw.kind !== 'quiz') add('kind', 'utilisez defineQuiz({...}) pour déclarer un quiz');
  if (typeof raw.id !== 'string' || !ID_PATTERN.test(raw.id)) add('id', 'identifiant manquant ou invalide (minuscules, chiffres et tirets)');
  if (typeof raw.titre !== 'string' || raw.titre.trim() === '') add('titre', 'titre manquant');
  if (!isBlocId(raw.bloc)) add('bloc', `bloc inconnu « ${String(raw.bloc)} » (B1, B2 ou B3)`);
  if (raw.seuil !== undefined && !(typeof raw.seuil === 'number' && raw.seuil > 0 && raw.seuil <= 1)) {
    add('seuil', 'le seuil de réussite est un nombre entre 0 et 1 (ex. 0.7)');
  }
  if (raw.duree !== undefined && !(typeof raw.duree === 'number' && raw.duree > 0)) add('duree', 'la durée est un nombre de minutes positif');
  for (const [path, text] of strings({ titre: raw.titre, description: raw.description }, '')) {
    for (const problem of richTextProblems(text)) if (problem !== 'est vide') add(path, `le texte ${problem}`);
  }
  if (!Array.isArray(raw.questions) || raw.questions.length === 0) {
    add('questions', 'le quiz doit contenir au moins une question');
    return out;
  }
  if (raw.tirage !== undefined && !(Number.isInteger(raw.tirage) && (raw.tirage as number) >= 1 && (raw.tirage as number) <= raw.questions.length)) {
    add('tirage', `le tirage doit être un entier entre 1 et ${raw.questions.length} (nombre de questions)`);
  }
  const ids = new Set<string>();
  raw.questions.forEach((q, i) => {
    const label = isObject(q) && typeof q.id === 'string' ? q.id : `#${i + 1}`;
    if (isObject(q) && typeof q.id === 'string') {
      if (ids.has(q.id)) add('id', `identifiant de question « ${q.id} » en double dans ce quiz`, label);
      ids.add(q.id);
    }
    for (const p of checkQuestion(q, raw.bloc)) add(p.champ, p.message, label);
  });
  return out;
}

/** Checks across the whole bank: unique activity ids, no duplicate statements. */
export function checkBank(
  activites: readonly { id: string; questions?: readonly { id: string; enonce: string; texte?: string }[] }[],
): Probleme[] {
  const out: Probleme[] = [];
  const seenIds = new Map<string, number>();
  const seenEnonces = new Map<string, string>();
  for (const activite of activites) {
    seenIds.set(activite.id, (seenIds.get(activite.id) ?? 0) + 1);
    for (const q of activite.questions ?? []) {
      const key = `${q.enonce} ${q.texte ?? ''}`.toLocaleLowerCase('fr-FR').replace(/\s+/g, ' ').trim();
      const other = seenEnonces.get(key);
      if (other) out.push({ activite: activite.id, question: q.id, champ: 'enonce', message: `même énoncé que ${other}` });
      else seenEnonces.set(key, `${activite.id}/${q.id}`);
    }
  }
  for (const [id, n] of seenIds) {
    if (n > 1) out.push({ activite: id, champ: 'id', message: `identifiant d'activité utilisé ${n} fois` });
  }
  return out;
}

export type { CritereId };
