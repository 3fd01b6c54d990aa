/**
 * The registries the build plugins read (Node side), loaded afresh on each load
 * so that `npm start` sees edited quizzes, card sets and H5P imports, by
 * src/build/charger-ts.ts (jiti and esbuild, decision 0054). The TypeScript →
 * JavaScript step of each file is kept on disk
 * (node_modules/.cache/moniteur-atelier-jiti), keyed by the file's content: the
 * activities and the domain code they import are transpiled once per build, not
 * once per registry and per plugin (decision 0050).
 */
import path from 'node:path';
import type { Activite } from '../domain/activite';
import type { JeuDeCartes } from '../domain/cartes/types';
import type { ActiviteH5P } from '../build/h5p/registre';
import { CHEMINS } from '../build/chemins';
import { chargeurTs } from '../build/charger-ts';

/** Where jiti keeps the transpiled files (a fresh clone starts without it). */
const cacheJiti = (siteDir: string) => path.join(siteDir, 'node_modules', '.cache', 'moniteur-atelier-jiti');

const fresh = (siteDir: string) => chargeurTs(__filename, cacheJiti(siteDir), CHEMINS.codeDesRegistres.map((d) => path.join(siteDir, d)));

/** The activities of quizzes/index.ts. */
export function loadRegistry(siteDir: string): readonly Activite[] {
  return (fresh(siteDir)(path.join(siteDir, 'quizzes', 'index.ts')) as { ACTIVITES: readonly Activite[] }).ACTIVITES;
}

/** The sets of revision cards of quizzes/cartes.ts. */
export function loadCartes(siteDir: string): readonly JeuDeCartes[] {
  return (fresh(siteDir)(path.join(siteDir, 'quizzes', 'cartes.ts')) as { CARTES: readonly JeuDeCartes[] }).CARTES;
}

/** The H5P registry (generated from the activities + imported packages). */
export function loadH5PRegistry(siteDir: string): readonly ActiviteH5P[] {
  return (fresh(siteDir)(path.join(siteDir, CHEMINS.registreH5P)) as { h5pActivities: () => ActiviteH5P[] }).h5pActivities();
}
