/**
 * Our Docusaurus plugin (Node side). At start and build time it:
 * - validates every activity of quizzes/ and generates their public data and
 *   rubrics (see activites.ts); a broken activity stops the build;
 * - makes the offline search split French elisions (« l'autodétermination » →
 *   « l », « autodétermination ») both when indexing and when reading a query;
 * - writes the trainers' downloads into `.generated/static/exports/` (GIFT,
 *   Moodle XML, official H5P packages, xAPI definitions) and the public xAPI
 *   catalogue (`/xapi/catalogue.json`, names only, for the LRS forwarding); the
 *   « Pour les formateurs » page (/formateurs/ressources) is a route of this
 *   plugin that receives the list of downloads as a prop (route data, loaded by
 *   that page only; global data would be in the bundle of every page); the SCORM
 *   packages, which take the lesson text from the built pages, are written after
 *   the build (`postBuild`).
 * - keeps Prism out of the bundle every page loads: theme-classic's client module
 *   `prism-include-languages` is replaced by an empty one, and the code block
 *   chunk sets Prism up (src/theme/CodeBlock, src/components/CodeBlock);
 * - turns off Docusaurus's viewport prefetch (src/plugins/prefetch-client.js): the
 *   service worker already stores the site, and the 150 to 350 `<link rel="prefetch">`
 *   a page added cost main-thread time and bandwidth; hover/focus preload stays;
 * - replaces nprogress by the same bar drawn in CSS (src/plugins/progression-navigation.js);
 * - says in French what Docusaurus and the search plugin say in English: the banner
 *   of a wrong base URL (src/components/BanniereAdresse) and « no search index under
 *   `npm start` » (src/plugins/recherche-francais.js);
 * - makes the islands' `?serveur` imports (an activity's component and data, for the
 *   HTML only) `null` in the browser bundle (src/plugins/serveur-seulement.js,
 *   src/components/Activite/Ilot.tsx);
 * - keeps the whole of `tslib` out of that bundle too (src/plugins/tslib-client.js),
 *   and puts the référentiel and the learning engine in chunks shared by the pages
 *   that use them rather than in Docusaurus's `common` chunk (PARTAGE_DES_MORCEAUX).
 */
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import createJiti from 'jiti';
import type { Activite } from '../domain/activite';
import type { ActiviteH5P } from '../../h5p/registre';
import { generateActivities, generateCartes, writeH5PIndex, type PaquetH5P } from './activites';
import type { JeuDeCartes } from '../domain/cartes/types';
import { SERVEUR_SEULEMENT } from './remark-activites';
import { buildH5P } from '../../h5p/construire';
import { catalogueXapi } from '../domain/xapi/export';
import { typographieActivite } from '../domain/texte/typographie';
import { readPages } from '../../scripts/lib/lecons';
import { exporter, modulesPrevus, type FichierExport, type Format } from '../../scripts/lib/exports';

/** Content of this plugin: the downloads of the « Pour les formateurs » page. */
export interface DonneesSite {
  readonly exports: readonly FichierExport[];
  /** Our activities as .h5p packages (for trainers: not offered under the activities). */
  readonly paquetsH5P: readonly PaquetH5P[];
}

const FORMATS_AU_CHARGEMENT: readonly Format[] = ['gift', 'moodle-xml', 'h5p-official', 'xapi'];

function writeExports(siteDir: string, activites: readonly Activite[], cartes: readonly JeuDeCartes[]): FichierExport[] {
  const out = path.join(generatedDir(siteDir), 'static', 'exports');
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
  const xapi = path.join(generatedDir(siteDir), 'static', 'xapi');
  mkdirSync(xapi, { recursive: true });
  writeFileSync(path.join(xapi, 'catalogue.json'), JSON.stringify(catalogueXapi(activites, { reponses: false })));
  return [...fichiers, ...scorm];
}

const require = createRequire(__filename);

/** theme-classic's client module that loads Prism in every page (not its @theme/ twin). */
export const PRISM_CLIENT_MODULE = /[\\/]theme-classic[\\/]lib[\\/]prism-include-languages(\.js)?$/;

/**
 * Docusaurus puts every module used by half the pages or more in one `common`
 * chunk, loaded by every page that needs any of them. Most lessons have quizzes,
 * so the référentiel and the learning engine (`src/referentiel`, `src/domain`)
 * landed there, and a lesson of text only loaded them for nothing (≈ 9 Kio gzip).
 * They go instead into chunks shared by the pages that use them (merged into
 * Docusaurus's own `cacheGroups`).
 */
const MOTEUR = /[\\/]src[\\/](referentiel|domain)[\\/]/;
export const PARTAGE_DES_MORCEAUX = {
  common: { test: (module: { nameForCondition?: () => string | null }) => !MOTEUR.test(module.nameForCondition?.() ?? '') },
  moteur: { test: MOTEUR, minChunks: 2, priority: 30, reuseExistingChunk: true },
};

/** The search plugin's files that say, in English, that there is no index under `npm start`. */
export const RECHERCHE_SANS_INDEX = /[\\/]docusaurus-search-local[\\/]dist[\\/]client[\\/].*[\\/](EmptyTemplate\.js|SearchPage\.jsx)$/;

/** Separator used by lunr when indexing: spaces, hyphens and apostrophes. */
export const SEARCH_SEPARATOR = /[\s\-'’]+/;

export function generatedDir(siteDir: string): string {
  return path.join(siteDir, '.generated');
}

function patchIndexTokenizer(): void {
  const searchPluginDir = path.dirname(
    require.resolve('@easyops-cn/docusaurus-search-local/package.json'),
  );
  const lunr = require(require.resolve('lunr', { paths: [searchPluginDir] })) as {
    tokenizer: { separator: RegExp };
  };
  lunr.tokenizer.separator = SEARCH_SEPARATOR;
}

const fresh = () => createJiti(__filename, { interopDefault: true, requireCache: false, cache: false });

/** Loads the activity registry afresh (so `npm start` sees edited quizzes). */
export function loadRegistry(siteDir: string): readonly Activite[] {
  return (fresh()(path.join(siteDir, 'quizzes', 'index.ts')) as { ACTIVITES: readonly Activite[] }).ACTIVITES;
}

/** Loads the sets of revision cards afresh. */
export function loadCartes(siteDir: string): readonly JeuDeCartes[] {
  return (fresh()(path.join(siteDir, 'quizzes', 'cartes.ts')) as { CARTES: readonly JeuDeCartes[] }).CARTES;
}

/** Loads the H5P registry afresh (generated from the activities + imported packages). */
export function loadH5PRegistry(siteDir: string): readonly ActiviteH5P[] {
  return (fresh()(path.join(siteDir, 'h5p', 'registre.ts')) as { h5pActivities: () => ActiviteH5P[] }).h5pActivities();
}

export default function sitePlugin(context: LoadContext): Plugin {
  patchIndexTokenizer();
  return {
    name: 'moniteur-atelier-site',
    getPathsToWatch() {
      return [path.join(context.siteDir, 'quizzes', '**', '*.ts'), path.join(context.siteDir, 'h5p', '**', '*.{ts,css}')];
    },
    async loadContent(): Promise<DonneesSite> {
      const activites = loadRegistry(context.siteDir);
      generateActivities(context.siteDir, activites);
      const cartes = loadCartes(context.siteDir);
      generateCartes(context.siteDir, cartes);
      // The H5P players show the same texts as the pages: with French typography.
      buildH5P(context.siteDir, activites.map(typographieActivite));
      const paquetsH5P = writeH5PIndex(context.siteDir, loadH5PRegistry(context.siteDir));
      return { exports: writeExports(context.siteDir, activites, cartes), paquetsH5P };
    },
    async contentLoaded({ content, actions }) {
      const donnees = content as DonneesSite;
      const exports = await actions.createData('exports.json', JSON.stringify(donnees.exports));
      const paquetsH5P = await actions.createData('paquets-h5p.json', JSON.stringify(donnees.paquetsH5P));
      actions.addRoute({
        path: `${context.baseUrl}formateurs/ressources`,
        component: '@site/src/components/Formateurs/Ressources.tsx',
        modules: { exports, paquetsH5P },
        exact: true,
      });
    },
    async postBuild({ outDir }) {
      // SCORM modules: the lesson text comes from the pages just built.
      const activites = loadRegistry(context.siteDir);
      exporter(
        { format: 'scorm', bloc: null, out: path.join(outDir, 'exports') },
        { siteDir: context.siteDir, activites, pages: readPages(context.siteDir), buildDir: outDir },
      );
    },
    configureWebpack(_config, _isServer, utils) {
      const bundler = utils.currentBundler.instance as unknown as {
        NormalModuleReplacementPlugin: new (
          pattern: RegExp,
          replace: (resource: { request: string; context: string }) => void,
        ) => unknown;
      };
      const ourTokenize = path.join(context.siteDir, 'src', 'plugins', 'search-tokenize.js');
      const deferredPrism = path.join(context.siteDir, 'src', 'plugins', 'deferred-prism.js');
      const tslibClient = path.join(context.siteDir, 'src', 'plugins', 'tslib-client.js');
      const prefetchClient = path.join(context.siteDir, 'src', 'plugins', 'prefetch-client.js');
      const serveurSeulement = path.join(context.siteDir, 'src', 'plugins', 'serveur-seulement.js');
      const progressionNavigation = path.join(context.siteDir, 'src', 'plugins', 'progression-navigation.js');
      const banniereAdresse = path.join(context.siteDir, 'src', 'components', 'BanniereAdresse', 'index.tsx');
      const rechercheFrancais = path.join(context.siteDir, 'src', 'plugins', 'recherche-francais.js');
      return {
        // mergeDuplicateChunks (webpack's default, off here with Rspack): the journal engine was
        // emitted twice, as two identical chunks, both loaded by every page with an activity.
        optimization: _isServer ? {} : { mergeDuplicateChunks: true, splitChunks: { cacheGroups: PARTAGE_DES_MORCEAUX } },
        // The search plugin's message under `npm start` (no index without a build) is in English.
        module: { rules: [{ test: RECHERCHE_SANS_INDEX, use: [{ loader: rechercheFrancais }] }] },
        plugins: [
          // Docusaurus's banner for a wrong base URL, in French.
          new bundler.NormalModuleReplacementPlugin(/^\.\/BaseUrlIssueBanner$/, (resource) => {
            if (/[\\/]@docusaurus[\\/]core[\\/]lib[\\/]client$/.test(resource.context)) resource.request = banniereAdresse;
          }),
          new bundler.NormalModuleReplacementPlugin(/[\\/]utils[\\/]tokenize(\.js)?$/, (resource) => {
            if (resource.context.includes('docusaurus-search-local')) {
              resource.request = ourTokenize;
            }
          }),
          new bundler.NormalModuleReplacementPlugin(PRISM_CLIENT_MODULE, (resource) => {
            resource.request = deferredPrism;
          }),
          new bundler.NormalModuleReplacementPlugin(/^tslib$/, (resource) => {
            if (!_isServer && /[\\/]@docusaurus[\\/]utils-common[\\/]/.test(resource.context)) resource.request = tslibClient;
          }),
          // Islands (src/components/Activite/Ilot.tsx): the component and data a page imports with `?serveur` are for the HTML only.
          new bundler.NormalModuleReplacementPlugin(new RegExp(`\\${SERVEUR_SEULEMENT}$`), (resource) => {
            if (!_isServer) resource.request = serveurSeulement;
          }),
          new bundler.NormalModuleReplacementPlugin(/[\\/]theme-classic[\\/]lib[\\/]nprogress(\.js)?$/, (resource) => {
            resource.request = progressionNavigation;
          }),
          new bundler.NormalModuleReplacementPlugin(/^\.\/prefetch$/, (resource) => {
            if (!_isServer && /[\\/]@docusaurus[\\/]core[\\/]lib[\\/]client$/.test(resource.context)) resource.request = prefetchClient;
          }),
        ],
      } as never;
    },
  };
}
