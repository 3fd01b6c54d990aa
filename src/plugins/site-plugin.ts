/**
 * Our Docusaurus plugin (Node side). At start and build time it:
 * - validates every activity of quizzes/ and generates their public data and
 *   rubrics (see activites.ts); a broken activity stops the build;
 * - copies KaTeX's CSS and woff2 fonts into `.generated/static/katex/` (served by
 *   our own site: no CDN, no third-party request);
 * - makes the offline search split French elisions (« l'autodétermination » →
 *   « l », « autodétermination ») both when indexing and when reading a query;
 * - keeps Prism out of the bundle every page loads: theme-classic's client module
 *   `prism-include-languages` is replaced by an empty one, and the code block
 *   chunk sets Prism up (src/theme/CodeBlock, src/components/CodeBlock).
 */
import { createRequire } from 'node:module';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import createJiti from 'jiti';
import type { Activite } from '../domain/activite';
import type { ActiviteH5P } from '../../h5p/registre';
import { generateActivities, writeH5PIndex } from './activites';
import { buildH5P } from '../../h5p/construire';

const require = createRequire(__filename);

/** theme-classic's client module that loads Prism in every page (not its @theme/ twin). */
export const PRISM_CLIENT_MODULE = /[\\/]theme-classic[\\/]lib[\\/]prism-include-languages(\.js)?$/;

/** Separator used by lunr when indexing: spaces, hyphens and apostrophes. */
export const SEARCH_SEPARATOR = /[\s\-'’]+/;

export function generatedDir(siteDir: string): string {
  return path.join(siteDir, '.generated');
}

function copyKatexAssets(siteDir: string): void {
  const katexDist = path.join(path.dirname(require.resolve('katex/package.json')), 'dist');
  const target = path.join(generatedDir(siteDir), 'static', 'katex');
  rmSync(target, { recursive: true, force: true });
  mkdirSync(path.join(target, 'fonts'), { recursive: true });
  cpSync(path.join(katexDist, 'katex.min.css'), path.join(target, 'katex.min.css'));
  for (const font of readdirSync(path.join(katexDist, 'fonts'))) {
    if (font.endsWith('.woff2')) {
      cpSync(path.join(katexDist, 'fonts', font), path.join(target, 'fonts', font));
    }
  }
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
    async loadContent() {
      copyKatexAssets(context.siteDir);
      const activites = loadRegistry(context.siteDir);
      generateActivities(context.siteDir, activites);
      buildH5P(context.siteDir, activites);
      writeH5PIndex(context.siteDir, loadH5PRegistry(context.siteDir));
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
      return {
        plugins: [
          new bundler.NormalModuleReplacementPlugin(/[\\/]utils[\\/]tokenize(\.js)?$/, (resource) => {
            if (resource.context.includes('docusaurus-search-local')) {
              resource.request = ourTokenize;
            }
          }),
          new bundler.NormalModuleReplacementPlugin(PRISM_CLIENT_MODULE, (resource) => {
            resource.request = deferredPrism;
          }),
        ],
      } as never;
    },
  };
}
