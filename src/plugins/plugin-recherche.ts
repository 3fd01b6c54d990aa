/**
 * The offline search in the page (decision 0049): the search plugin's box and
 * results page stay, its worker (lunr, whole index at the first search) is
 * replaced by ours (recherche-client.js → src/lib/recherche.worker.ts), which
 * loads only the fragments and documents a query needs. Under `npm start`
 * there is no index, and the plugin says so in English: the sentence is said in
 * French (recherche-francais.js, on the files RECHERCHE_SANS_INDEX matches).
 */
import type { LoadContext, Plugin } from '@docusaurus/types';
import { remplacer, substitut } from './remplacement';

/** The search plugin's files that say, in English, that there is no index under `npm start`. */
export const RECHERCHE_SANS_INDEX = /[\\/]docusaurus-search-local[\\/]dist[\\/]client[\\/].*[\\/](EmptyTemplate\.js|SearchPage\.jsx)$/;

export default function recherchePlugin(context: LoadContext): Plugin {
  return {
    name: 'moniteur-atelier-recherche',
    configureWebpack(_config, isServer, utils) {
      return {
        module: { rules: [{ test: RECHERCHE_SANS_INDEX, use: [{ loader: substitut(context.siteDir, 'recherche-francais.js') }] }] },
        plugins: [
          remplacer(utils, isServer, 'moteur de recherche découpé (worker)', /[\\/]searchByWorker(\.js)?$/, substitut(context.siteDir, 'recherche-client.js'), (resource) =>
            resource.context.includes('docusaurus-search-local'),
          ),
        ],
      } as never;
    },
  };
}
