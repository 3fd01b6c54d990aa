/**
 * The registries the build plugins read (Node side), loaded afresh on each load
 * so that `npm start` sees edited quizzes, card sets and H5P imports.
 */
import path from 'node:path';
import createJiti from 'jiti';
import type { Activite } from '../domain/activite';
import type { JeuDeCartes } from '../domain/cartes/types';
import type { ActiviteH5P } from '../build/h5p/registre';
import { CHEMINS } from '../build/chemins';

const fresh = () => createJiti(__filename, { interopDefault: true, requireCache: false, cache: false });

/** The activities of quizzes/index.ts. */
export function loadRegistry(siteDir: string): readonly Activite[] {
  return (fresh()(path.join(siteDir, 'quizzes', 'index.ts')) as { ACTIVITES: readonly Activite[] }).ACTIVITES;
}

/** The sets of revision cards of quizzes/cartes.ts. */
export function loadCartes(siteDir: string): readonly JeuDeCartes[] {
  return (fresh()(path.join(siteDir, 'quizzes', 'cartes.ts')) as { CARTES: readonly JeuDeCartes[] }).CARTES;
}

/** The H5P registry (generated from the activities + imported packages). */
export function loadH5PRegistry(siteDir: string): readonly ActiviteH5P[] {
  return (fresh()(path.join(siteDir, CHEMINS.registreH5P)) as { h5pActivities: () => ActiviteH5P[] }).h5pActivities();
}
