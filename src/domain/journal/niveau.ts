/**
 * The levels of mastery (computed in ./mastery.ts) and their words, apart so that a
 * page that only shows a level does not ship the computation.
 */
export type Niveau = 'non-evalue' | 'a-travailler' | 'en-cours' | 'acquis';

export const NIVEAU_LABELS: Readonly<Record<Niveau, string>> = {
  'non-evalue': 'Non évalué',
  'a-travailler': 'À travailler',
  'en-cours': 'En cours',
  acquis: 'Acquis',
};
