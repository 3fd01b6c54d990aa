/**
 * An activity is a quiz or a case study. Both have a public shape (embedded in
 * pages) and a rubric (the authored data, fetched when the learner submits).
 */
import type { CritereId } from '../referentiel';
import { checkCas, toPublicCas } from './cas/graph';
import type { Cas, PublicCas } from './cas/types';
import { checkCriteres, checkQuiz, type Probleme } from './quiz/check';
import { toPublicQuiz } from './quiz/public';
import type { PublicQuiz, Quiz } from './quiz/types';

export type Activite = Quiz | Cas;
export type PublicActivite = PublicQuiz | PublicCas;
export type { Probleme };

export function toPublicActivite(activite: Activite): PublicActivite {
  return activite.kind === 'quiz' ? toPublicQuiz(activite) : toPublicCas(activite);
}

/** The critères an activity assesses, in référentiel order of appearance. */
export function criteresOfActivite(activite: Activite): CritereId[] {
  const all = activite.kind === 'quiz' ? activite.questions.flatMap((q) => q.criteres) : activite.criteres;
  return [...new Set(all)];
}

export function checkActivite(raw: unknown, options: { minDecisions?: number } = {}): Probleme[] {
  const kind = typeof raw === 'object' && raw !== null ? (raw as { kind?: unknown }).kind : undefined;
  if (kind === 'cas') return checkCas(raw, options);
  return checkQuiz(raw);
}

/**
 * The critères of activities that the référentiel does not know, with the build's own
 * message (checkCriteres): the statistics and the content tests say the same thing as
 * the build, instead of failing on the missing counter.
 */
export function criteresInconnus(activites: readonly { readonly id: string; readonly kind: string; readonly bloc?: unknown; readonly criteres?: readonly unknown[]; readonly questions?: readonly { readonly id: string; readonly criteres: readonly unknown[] }[] }[]): Probleme[] {
  const inconnus = (criteres: unknown, bloc: unknown) => checkCriteres(criteres, bloc).filter((p) => p.message.startsWith('critère inconnu'));
  return activites.flatMap((a) =>
    a.kind === 'quiz'
      ? (a.questions ?? []).flatMap((q) => inconnus(q.criteres, a.bloc).map((p) => ({ activite: a.id, question: q.id, ...p })))
      : inconnus(a.criteres, a.bloc).map((p) => ({ activite: a.id, ...p })),
  );
}
