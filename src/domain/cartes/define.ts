/**
 * What authors write in quizzes/**\/*.cartes.ts: the compiler checks the critère
 * ids and the bloc; tests/content/cartes.test.ts runs checkCartes on every set.
 */
import type { JeuDeCartes } from './types';

export function defineCartes(jeu: Omit<JeuDeCartes, 'kind'>): JeuDeCartes {
  return { kind: 'cartes', ...jeu };
}
