/**
 * The trainers' downloads (Node side): writes them into `.generated/static/exports/`
 * (GIFT, Moodle XML, official H5P packages, xAPI definitions) with the public
 * xAPI catalogue (`/xapi/catalogue.json`, names only, for the LRS forwarding).
 * The « Pour les formateurs » page (/formateurs/ressources) is a route of this
 * plugin that receives the list of downloads and our .h5p packages (plugin-activites.ts)
 * as props (route data, loaded by that page only; global data would be in the
 * bundle of every page). The SCORM packages, which take the lesson text from the
 * built pages, are written after the build (`postBuild`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { Activite } from '../domain/activite';
import type { JeuDeCartes } from '../domain/cartes/types';
import { catalogueXapi } from '../domain/xapi/export';
import type { FichierExport, Format } from '../domain/export/fichiers';
import { exporter, modulesPrevus } from '../build/exports/exports';
import { readPages } from '../build/lecons/lecons';
import { laisserPartirLesAutres, secondes } from '../build/duree';
import { GENERATED } from '../build/activites/activites';
import { PLUGIN_ACTIVITES, type ContenuActivites } from './plugin-activites';
import { loadCartes, loadRegistry } from './registres';

const FORMATS_AU_CHARGEMENT: readonly Format[] = ['gift', 'moodle-xml', 'h5p-official', 'xapi'];

function writeExports(siteDir: string, activites: readonly Activite[], cartes: readonly JeuDeCartes[]): FichierExport[] {
  const out = path.join(siteDir, GENERATED, 'static', 'exports');
  const pages = readPages(siteDir);
  const ctx = { siteDir, activites, cartes, pages, buildDir: path.join(siteDir, 'build') };
  const fichiers = FORMATS_AU_CHARGEMENT.flatMap((format) => exporter({ format, bloc: null, out }, ctx));
  const scorm: FichierExport[] = modulesPrevus(pages, activites).map((m) => ({
    format: 'scorm',
    bloc: m.bloc,
    chemin: `scorm/${m.bloc}/${m.nom}.zip`,
    titre: m.titre,
    octets: 0,
  }));
  const xapi = path.join(siteDir, GENERATED, 'static', 'xapi');
  mkdirSync(xapi, { recursive: true });
  writeFileSync(path.join(xapi, 'catalogue.json'), JSON.stringify(catalogueXapi(activites, { reponses: false })));
  return [...fichiers, ...scorm];
}

export default function formateursPlugin(context: LoadContext): Plugin {
  return {
    name: 'moniteur-atelier-formateurs',
    async loadContent(): Promise<readonly FichierExport[]> {
      return writeExports(context.siteDir, loadRegistry(context.siteDir), loadCartes(context.siteDir));
    },
    async allContentLoaded({ allContent, actions }) {
      const exports = allContent['moniteur-atelier-formateurs']?.default as readonly FichierExport[];
      const { paquetsH5P } = allContent[PLUGIN_ACTIVITES]?.default as ContenuActivites;
      actions.addRoute({
        path: `${context.baseUrl}formateurs/ressources`,
        component: '@site/src/components/Formateurs/Ressources.tsx',
        modules: {
          exports: await actions.createData('exports.json', JSON.stringify(exports)),
          paquetsH5P: await actions.createData('paquets-h5p.json', JSON.stringify(paquetsH5P)),
        },
        exact: true,
      });
    },
    async postBuild({ outDir }) {
      // SCORM modules: the lesson text comes from the pages just built.
      await laisserPartirLesAutres();
      const debut = performance.now();
      exporter(
        { format: 'scorm', bloc: null, out: path.join(outDir, 'exports') },
        { siteDir: context.siteDir, activites: loadRegistry(context.siteDir), pages: readPages(context.siteDir), buildDir: outDir },
      );
      console.log(`[SCORM] modules écrits dans exports/ (${secondes(performance.now() - debut)} s).`);
    },
  };
}
