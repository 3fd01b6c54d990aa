/**
 * Compile-time proofs, checked by `tsc --noEmit` (never executed): ids are
 * string-literal unions derived from the référentiel data, so an unknown id does
 * not compile. Each `@ts-expect-error` line fails the type check if it ever
 * stops being an error.
 */
import { critereById, type BlocId, type CompetenceId, type CritereId } from '@site/src/referentiel';

export const goodCritere: CritereId = 'B1.C3.CR2';
export const goodCompetence: CompetenceId = 'B2.C9';
export const goodBloc: BlocId = 'B3';

// @ts-expect-error — unknown critère id (B1.C1 has 3 critères)
export const unknownCritere: CritereId = 'B1.C1.CR9';
// @ts-expect-error — a compétence id is not a critère id
export const competenceAsCritere: CritereId = 'B1.C1';
// @ts-expect-error — there is no fourth bloc
export const unknownBloc: BlocId = 'B4';
// @ts-expect-error — misspelt id
export const misspelt: CompetenceId = 'b1.c1';

export function lookups(): void {
  critereById('B2.C6.CR4');
  // @ts-expect-error — the lookup only takes known critère ids
  critereById('B2.C6.CR5');
}
