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

/**
 * Longest text of each field of a quiz or a case (characters), first match on the field's
 * path wins. A learner reads them on a phone: a longer text is split (two questions, a
 * shorter option) or moved to the lesson. About twice the longest text of the bank when
 * they were set (December 2026).
 */
export const LONGUEURS_MAX: readonly { readonly champ: RegExp; readonly max: number; readonly quoi: string }[] = [
  { champ: /(^|\.)titre$/, max: 120, quoi: 'un titre' },
  { champ: /(^|\.)description$/, max: 400, quoi: 'une description' },
  { champ: /(^|\.)contexte$/, max: 1200, quoi: 'le contexte d’une mise en situation' },
  { champ: /^texte$/, max: 1500, quoi: 'le texte d’une situation ou d’un texte à trous' },
  { champ: /(^|\.)enonce$/, max: 1000, quoi: 'un énoncé' },
  { champ: /^variantes\[\d+\]\.texte$/, max: 800, quoi: 'un paragraphe selon le chemin' },
  { champ: /^debrief\..+\.texte$/, max: 800, quoi: 'le bilan d’un critère' },
  { champ: /\.texte$|^etapes\[\d+\]$/, max: 300, quoi: 'une option, un choix, un élément ou une étape' },
  { champ: /(^|\.)explication$/, max: 1200, quoi: 'une explication' },
  { champ: /(^|\.)(feedback|consequence)(\.\w+)?$/, max: 800, quoi: 'un retour ou une conséquence' },
  { champ: /(^|\.)(source|lien)$/, max: 300, quoi: 'une source ou un lien' },
  { champ: /(^|\.)indice$/, max: 500, quoi: 'un indice' },
  { champ: /(^|\.)(nom|unite)$|acceptees\[\d+\]$/, max: 80, quoi: 'un nom, une unité ou une réponse acceptée' },
  { champ: /(^|\.)role$|^tableau\./, max: 200, quoi: 'un rôle ou une case de tableau' },
  { champ: /.*/, max: 1000, quoi: 'ce texte' },
];

const nombreFr = (n: number) => new Intl.NumberFormat('fr-FR').format(n);

/** Why a text of an activity is too long (LONGUEURS_MAX), or null. */
export function longueurProblem(champ: string, texte: string): string | null {
  const regle = LONGUEURS_MAX.find((r) => r.champ.test(champ))!;
  if (texte.length <= regle.max) return null;
  return `texte trop long (${nombreFr(texte.length)} caractères ; ${nombreFr(regle.max)} au plus pour ${regle.quoi}) : raccourcissez-le ou scindez-le`;
}

/** Texts rendered to learners must be safe: no HTML, no script URL, balanced marks; and not too long. */
export function textProblems(value: unknown, base = ''): { champ: string; message: string }[] {
  const out: { champ: string; message: string }[] = [];
  for (const [path, text] of strings(value, base)) {
    if (/(^|\.)(id|type|kind|bloc|criteres\[\d+\]|reponse|reponses\[\d+\]|debut|suivant|(pose|si|sauf|suppose|exclut|issues)\[\d+\])$/.test(path)) continue;
    if (/^paires\./.test(path)) continue;
    for (const problem of richTextProblems(text)) {
      if (problem === 'est vide') continue;
      out.push({ champ: path || 'texte', message: `le texte ${problem}` });
    }
    const longueur = longueurProblem(path || 'texte', text);
    if (longueur) out.push({ champ: path || 'texte', message: longueur });
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
  for (const p of textProblems({ titre: raw.titre, description: raw.description })) add(p.champ, p.message);
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

/**
 * Checks across the whole bank: unique activity ids, no duplicate statements. An activity
 * registered twice is reported once, naming the registries that list it (`registres`,
 * read from the folders' index.ts by the build), not as a copy of its own statements.
 */
export function checkBank(
  activites: readonly { id: string; questions?: readonly { id: string; enonce: string; texte?: string }[] }[],
  registres: (id: string) => readonly string[] = () => [],
): Probleme[] {
  const out: Probleme[] = [];
  const seenIds = new Map<string, number>();
  const seenEnonces = new Map<string, string>();
  for (const activite of activites) {
    seenIds.set(activite.id, (seenIds.get(activite.id) ?? 0) + 1);
    if (seenIds.get(activite.id)! > 1) continue;
    for (const q of activite.questions ?? []) {
      const key = `${q.enonce} ${q.texte ?? ''}`.toLocaleLowerCase('fr-FR').replace(/\s+/g, ' ').trim();
      const other = seenEnonces.get(key);
      if (other) out.push({ activite: activite.id, question: q.id, champ: 'enonce', message: `même énoncé que ${other}` });
      else seenEnonces.set(key, `${activite.id}/${q.id}`);
    }
  }
  for (const [id, n] of seenIds) {
    if (n <= 1) continue;
    const ou = registres(id);
    const message =
      ou.length > 0
        ? `activité enregistrée ${n} fois, dans ${ou.join(' et ')} : gardez-la dans un seul registre`
        : `identifiant d'activité utilisé ${n} fois`;
    out.push({ activite: id, champ: 'id', message });
  }
  return out;
}

export type { CritereId };
