/**
 * Activities (Node side, at start and build time): validates every activity of
 * quizzes/ and generates their public data and rubrics (activites.ts), the sets
 * of revision cards, and everything H5P the site serves (src/build/h5p/construire.ts);
 * a broken activity stops the build. Its content, our activities as .h5p
 * packages, is offered on the trainers' page (plugin-formateurs.ts).
 */
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { buildH5P } from '../build/h5p/construire';
import { CHEMINS } from '../build/chemins';
import { typographieActivite } from '../domain/texte/typographie';
import { generateActivities, generateCartes, writeH5PIndex } from '../build/activites/activites';
import type { PaquetH5P } from '../domain/export/fichiers';
import { loadCartes, loadH5PRegistry, loadRegistry } from './registres';

export const PLUGIN_ACTIVITES = 'moniteur-atelier-activites';

export interface ContenuActivites {
  /** Our activities as .h5p packages (for trainers: not offered under the activities). */
  readonly paquetsH5P: readonly PaquetH5P[];
}

export default function activitesPlugin(context: LoadContext): Plugin {
  return {
    name: PLUGIN_ACTIVITES,
    getPathsToWatch() {
      return [
        path.join(context.siteDir, 'quizzes', '**', '*.ts'),
        path.join(context.siteDir, path.dirname(CHEMINS.runtimeH5P), '**', '*.{ts,css}'),
        path.join(context.siteDir, path.dirname(CHEMINS.registreH5P), '*.ts'),
      ];
    },
    async loadContent(): Promise<ContenuActivites> {
      const activites = loadRegistry(context.siteDir);
      generateActivities(context.siteDir, activites);
      generateCartes(context.siteDir, loadCartes(context.siteDir));
      // The H5P players show the same texts as the pages: with French typography.
      buildH5P(context.siteDir, activites.map(typographieActivite));
      return { paquetsH5P: writeH5PIndex(context.siteDir, loadH5PRegistry(context.siteDir)) };
    },
  };
}
