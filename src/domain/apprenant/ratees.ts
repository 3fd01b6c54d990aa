/**
 * Which answers feed the error-review deck: answers to a question of a quiz or of an
 * H5P activity, and among them the missed ones. Kept apart from the deck itself
 * (revision.ts, which loads the FSRS scheduler) so that a page can tell whether the
 * deck can hold anything without downloading the scheduler: a learner who never
 * missed a question has nothing to review.
 */
import { NS, VERBS } from '../journal/iri';
import type { Statement } from '../journal/statement';

/** IRI of a question: activity code and question code, URI-encoded. */
export const QUESTION = new RegExp(`^${NS.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:activites|h5p)/([^/]+)/questions/([^/]+)$`);

/** An answer to a question, with a score: what the deck replays. */
export function estReponseAQuestion(s: Statement): boolean {
  return s.verb.id === VERBS.answered && Boolean(s.result?.score) && QUESTION.test(s.object.id);
}

/** True when at least one question was answered wrongly or partly: only then can the deck hold a card. */
export function aDesRatees(statements: readonly Statement[]): boolean {
  return statements.some((s) => estReponseAQuestion(s) && (s.result!.score!.scaled ?? 0) < 1);
}
