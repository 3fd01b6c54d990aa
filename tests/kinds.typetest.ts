/**
 * Compile-time proofs that every table per question kind is exhaustive (checked by
 * `tsc --noEmit`, never run). Each `@ts-expect-error` fails the type check if its
 * line ever compiles: a table without one kind (here « numerique ») is refused, so
 * a new kind in QUESTION_KINDS does not compile until every table has it. Places
 * written as a `switch` end in `assertNever` (src/domain/exhaustif.ts): the last
 * proofs show that a switch missing a kind does not compile.
 *
 * The real check (a scratch eighth kind, and the list of places where the
 * compilation fails) is described in .github/decisions/0100-un-seul-lecteur.md.
 */
import type { Question } from '@site/src/domain/quiz/types';
import { KIND_LABELS, STATUT_LABELS } from '@site/src/domain/quiz/types';
import { KINDS } from '@site/src/domain/quiz/kinds';
import { MELANGES } from '@site/src/domain/quiz/session';
import { VUES } from '@site/src/components/Quiz/vues';
import { SAISIES } from '@site/src/lecteur/saisies';
import { CODECS } from '@site/src/domain/scorm/suspension';
import { BLOCS } from '@site/src/domain/export/gift';
import { FEEDBACK_PAR_ITEM } from '@site/src/domain/export/banque';
import { AIDES } from '@site/src/domain/export/importBanque';
import { INTERACTION_TYPES } from '@site/src/domain/xapi/interactions';
import { assertNever } from '@site/src/domain/exhaustif';
import type { Segment } from '@site/src/domain/texte/richText';

/** The table without the kind « numerique ». */
declare function sansNumerique<T>(table: T): Omit<T, 'numerique'>;

// @ts-expect-error the kinds' registry (validate, score, toPublic…) needs every kind
export const kinds: typeof KINDS = sansNumerique(KINDS);
// @ts-expect-error every kind has its label
export const labels: typeof KIND_LABELS = sansNumerique(KIND_LABELS);
// @ts-expect-error the shuffle of a displayed question (session.ts) names every kind
export const melanges: typeof MELANGES = sansNumerique(MELANGES);
// @ts-expect-error every kind has its React input view
export const vues: typeof VUES = sansNumerique(VUES);
// @ts-expect-error every kind has its input view in the DOM player (H5P, SCORM)
export const saisies: typeof SAISIES = sansNumerique(SAISIES);
// @ts-expect-error every kind has its compact form in SCORM suspend_data
export const codecs: typeof CODECS = sansNumerique(CODECS);
// @ts-expect-error every kind has its GIFT export
export const gift: typeof BLOCS = sansNumerique(BLOCS);
// @ts-expect-error every kind says whether its per-item feedback goes to the general feedback (GIFT, Moodle XML)
export const feedbackParItem: typeof FEEDBACK_PAR_ITEM = sansNumerique(FEEDBACK_PAR_ITEM);
// @ts-expect-error every kind has its author helper in a generated quiz file (Moodle import)
export const aides: typeof AIDES = sansNumerique(AIDES);
// @ts-expect-error every kind has its xAPI interaction type (catalogue, H5P statements)
export const interactions: typeof INTERACTION_TYPES = sansNumerique(INTERACTION_TYPES);

/** Statuses are a closed union too. */
// @ts-expect-error every status has its label in both players
export const statuts: typeof STATUT_LABELS = { correct: '', partiel: '', incorrect: '', passe: '' };

/** A switch over the kinds that forgets one: `assertNever` refuses it (Moodle XML, official H5P, xAPI, H5P content). */
export function switchIncomplet(q: Question): string {
  switch (q.type) {
    case 'choix-unique':
    case 'choix-multiples':
    case 'vrai-faux':
    case 'association':
    case 'ordre':
    case 'texte-a-trous':
      return q.type;
    default:
      // @ts-expect-error « numerique » is not handled before assertNever
      return assertNever(q);
  }
}

/** The same for the segments of a rich text (React RichText, DOM player, exports). */
export function segmentIncomplet(s: Segment): string {
  switch (s.t) {
    case 'gras':
    case 'italique':
    case 'texte':
      return s.v;
    default:
      // @ts-expect-error « formule » is not handled before assertNever
      return assertNever(s);
  }
}
