/**
 * The contract every question kind fulfils. `KINDS` (../kinds.ts) is a mapped type
 * over QuestionKind, so the compiler refuses a kind without its handler, or a
 * handler without `validate` or `score`.
 */
import type { InputOf, Points, PublicQuestionOf, QuestionKind, QuestionOf, Validation } from '../types';

/** One line of feedback shown after a check. */
export interface Message {
  readonly ton: 'juste' | 'faux' | 'info';
  readonly texte: string;
  /** What the message is about (an option text, a gap, a step), if any. */
  readonly sujet?: string;
}

/** Author-facing problem found in a question: field and French message. */
export interface ProblemeChamp {
  readonly champ: string;
  readonly message: string;
}

export interface KindHandler<K extends QuestionKind> {
  /** What the page may show: no answer, no feedback. */
  toPublic(question: QuestionOf<K>): PublicQuestionOf<K>;
  /** Runtime shape check of a stored or received input. */
  isInput(value: unknown): value is InputOf<K>;
  /** Is the input complete? "Invalid" is not "wrong": it is not scored. */
  validate(question: PublicQuestionOf<K>, input: InputOf<K>): Validation;
  /** Points within [0, max] for a valid input. */
  score(question: QuestionOf<K>, input: InputOf<K>): Points;
  /** The perfect answer (used by "show solution", tests and H5P). */
  solution(question: QuestionOf<K>): InputOf<K>;
  /** The right answer in words. */
  solutionTexte(question: QuestionOf<K>): string;
  /** Per-option / per-item feedback for this input. */
  feedback(question: QuestionOf<K>, input: InputOf<K>): readonly Message[];
  /** xAPI `result.response` (interaction format of xAPI 1.0.3). */
  response(input: InputOf<K>): string;
  /** Author-facing checks specific to the kind (ids, answer key, distractors…). */
  check(question: QuestionOf<K>): readonly ProblemeChamp[];
  /** An empty input, for a fresh view. */
  empty(question: PublicQuestionOf<K>): InputOf<K>;
}

/** The fields every public question shares, copied from the rubric. */
export function publicBase<Q extends QuestionOf<QuestionKind>>(q: Q) {
  return {
    type: q.type,
    id: q.id,
    enonce: q.enonce,
    criteres: q.criteres,
    ...(q.indice ? { indice: q.indice } : {}),
    ...(q.tableau ? { tableau: q.tableau } : {}),
  } as { type: Q['type']; id: string; enonce: string; criteres: Q['criteres']; indice?: string; tableau?: Q['tableau'] };
}

export const ok: Validation = { ok: true };
export const invalid = (raison: string): Validation => ({ ok: false, raison });

export function isStringArray(value: unknown): value is readonly string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}
export function isRecordOf<T>(value: unknown, guard: (v: unknown) => v is T): value is Record<string, T> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.getPrototypeOf(value) === Object.prototype &&
    Object.values(value).every(guard)
  );
}
export const isString = (v: unknown): v is string => typeof v === 'string';
export const isStringOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';

/** Checks shared by option lists: ids, texts, feedback, distinct distractors. */
export function checkItems(
  champ: string,
  items: readonly { id: unknown; texte: unknown; feedback?: unknown }[],
  options: { feedback: boolean; min: number },
): ProblemeChamp[] {
  const problems: ProblemeChamp[] = [];
  if (!Array.isArray(items) || items.length < options.min) {
    return [{ champ, message: `il faut au moins ${options.min} éléments` }];
  }
  const ids = new Set<string>();
  const textes = new Map<string, string>();
  items.forEach((item, i) => {
    const where = `${champ}[${i}]`;
    if (typeof item.id !== 'string' || !/^[a-z0-9][a-z0-9-]{0,23}$/.test(item.id)) {
      problems.push({ champ: `${where}.id`, message: 'identifiant invalide (minuscules, chiffres et tirets, 24 caractères au plus)' });
    } else if (ids.has(item.id)) {
      problems.push({ champ: `${where}.id`, message: `identifiant « ${item.id} » en double` });
    } else {
      ids.add(item.id);
      if (/(^|-)(bon|bonne|juste|correct|correcte|vrai|faux|mauvais|mauvaise|reponse|oui|non)(-|$)/.test(item.id)) {
        problems.push({
          champ: `${where}.id`,
          message: `l'identifiant « ${item.id} » trahit la réponse : utilisez a, b, c…`,
        });
      }
    }
    if (typeof item.texte !== 'string' || item.texte.trim() === '') {
      problems.push({ champ: `${where}.texte`, message: 'texte vide' });
    } else {
      const key = item.texte.trim().toLocaleLowerCase('fr-FR');
      const other = textes.get(key);
      if (other !== undefined) problems.push({ champ: `${where}.texte`, message: `même texte que ${other}` });
      else textes.set(key, where);
    }
    if (options.feedback && (typeof item.feedback !== 'string' || item.feedback.trim() === '')) {
      problems.push({ champ: `${where}.feedback`, message: 'retour (feedback) manquant : expliquez pourquoi ce choix est juste ou faux' });
    }
  });
  return problems;
}
