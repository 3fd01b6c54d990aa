/**
 * The offline search in French (@easyops-cn/docusaurus-search-local):
 * - French elisions are split (« l'autodétermination » → « l », « autodétermination »)
 *   both when indexing (lunr's separator, SEARCH_SEPARATOR) and when reading a
 *   query (the plugin's utils/tokenize.js replaced by search-tokenize.js);
 * - « no search index under `npm start` », which the plugin says in English, is
 *   said in French (recherche-francais.js, on the files RECHERCHE_SANS_INDEX matches).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { remplacer, substitut } from './remplacement';

const require = createRequire(__filename);

/** The search plugin's files that say, in English, that there is no index under `npm start`. */
export const RECHERCHE_SANS_INDEX = /[\\/]docusaurus-search-local[\\/]dist[\\/]client[\\/].*[\\/](EmptyTemplate\.js|SearchPage\.jsx)$/;

/** Separator used by lunr when indexing: spaces, hyphens and apostrophes. */
export const SEARCH_SEPARATOR = /[\s\-'’]+/;

function patchIndexTokenizer(): void {
  const searchPluginDir = path.dirname(require.resolve('@easyops-cn/docusaurus-search-local/package.json'));
  const lunr = require(require.resolve('lunr', { paths: [searchPluginDir] })) as { tokenizer: { separator: RegExp } };
  lunr.tokenizer.separator = SEARCH_SEPARATOR;
}

export default function recherchePlugin(context: LoadContext): Plugin {
  patchIndexTokenizer();
  return {
    name: 'moniteur-atelier-recherche',
    configureWebpack(_config, isServer, utils) {
      const ourTokenize = substitut(context.siteDir, 'search-tokenize.js');
      return {
        module: { rules: [{ test: RECHERCHE_SANS_INDEX, use: [{ loader: substitut(context.siteDir, 'recherche-francais.js') }] }] },
        plugins: [
          remplacer(utils, isServer, 'découpage des mots de la recherche en français', /[\\/]utils[\\/]tokenize(\.js)?$/, ourTokenize, (resource) =>
            resource.context.includes('docusaurus-search-local'),
          ),
        ],
      } as never;
    },
  };
}
