/**
 * The xAPI interaction type of each question kind: said by the catalogue of
 * definitions (export.ts) and by the statements of our H5P content type
 * (src/lecteur/h5p/runtime.ts). A file of its own: the H5P runtime bundles it
 * without the rest of the export.
 */
import type { QuestionKind } from '../quiz/types';

export const INTERACTION_TYPES = {
  'choix-unique': 'choice',
  'choix-multiples': 'choice',
  'vrai-faux': 'true-false',
  association: 'matching',
  ordre: 'sequencing',
  'texte-a-trous': 'fill-in',
  numerique: 'numeric',
} as const satisfies Record<QuestionKind, string>;

