/**
 * Quizzes assembled at run time from questions of several activities: the mock
 * exam (« examen blanc ») and the error-review deck. Each question keeps its
 * origin in its id (`<activity>__<question>`), so that answers are recorded
 * against the original question (mastery, review deck and history stay one
 * record) while the assembled quiz is scored and reported as a whole.
 */
import type { BlocId } from '../../referentiel';
import type { PublicQuiz, Quiz } from '../quiz/types';

export interface Origine {
  readonly activite: string;
  readonly question: string;
}

const SEPARATEUR = '__';

export function idCompose(origine: Origine): string {
  return `${origine.activite}${SEPARATEUR}${origine.question}`;
}

/** The original activity and question of an assembled question id (or null for a plain id). */
export function origineDe(id: string): Origine | null {
  const at = id.indexOf(SEPARATEUR);
  if (at <= 0 || at + SEPARATEUR.length >= id.length) return null;
  return { activite: id.slice(0, at), question: id.slice(at + SEPARATEUR.length) };
}

export interface EnTete {
  readonly id: string;
  readonly titre: string;
  readonly description?: string;
  readonly bloc: BlocId;
  readonly seuil: number;
  readonly duree?: number;
}

export type Composition<T> =
  | { readonly ok: true; readonly quiz: T }
  | { readonly ok: false; readonly manquantes: readonly Origine[] };

function assembler<Q extends { readonly id: string }>(
  origines: readonly Origine[],
  sources: ReadonlyMap<string, { readonly questions: readonly Q[] }>,
): { questions: Q[]; manquantes: Origine[] } {
  const questions: Q[] = [];
  const manquantes: Origine[] = [];
  for (const o of origines) {
    const q = sources.get(o.activite)?.questions.find((x) => x.id === o.question);
    if (q) questions.push({ ...q, id: idCompose(o) });
    else manquantes.push(o);
  }
  return { questions, manquantes };
}

/** The public quiz of the drawn questions, in the given order. */
export function composerPublic(entete: EnTete, origines: readonly Origine[], sources: ReadonlyMap<string, PublicQuiz>): Composition<PublicQuiz> {
  const { questions, manquantes } = assembler(origines, sources);
  return manquantes.length > 0 ? { ok: false, manquantes } : { ok: true, quiz: { kind: 'quiz', ...entete, questions } };
}

/** The rubric of the drawn questions (answer keys and feedback of each original question). */
export function composerCorrige(entete: EnTete, origines: readonly Origine[], sources: ReadonlyMap<string, Quiz>): Composition<Quiz> {
  const { questions, manquantes } = assembler(origines, sources);
  return manquantes.length > 0 ? { ok: false, manquantes } : { ok: true, quiz: { kind: 'quiz', ...entete, questions } };
}
