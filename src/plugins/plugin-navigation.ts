/**
 * Navigation between pages, lighter than Docusaurus's:
 * - no viewport prefetch (prefetch-client.js): the service worker already stores
 *   the site, and the 150 to 350 `<link rel="prefetch">` a page added cost
 *   main-thread time and bandwidth; hover/focus preload stays;
 * - nprogress is replaced by the same bar drawn in CSS (progression-navigation.js).
 */
import type { LoadContext, Plugin } from '@docusaurus/types';
import { CLIENT_DOCUSAURUS, remplacer, substitut } from './remplacement';

export default function navigationPlugin(context: LoadContext): Plugin {
  return {
    name: 'moniteur-atelier-navigation',
    configureWebpack(_config, isServer, utils) {
      const prefetchClient = substitut(context.siteDir, 'prefetch-client.js');
      const progressionNavigation = substitut(context.siteDir, 'progression-navigation.js');
      return {
        plugins: [
          remplacer(utils, /[\\/]theme-classic[\\/]lib[\\/]nprogress(\.js)?$/, (resource) => {
            resource.request = progressionNavigation;
          }),
          remplacer(utils, /^\.\/prefetch$/, (resource) => {
            if (!isServer && CLIENT_DOCUSAURUS.test(resource.context)) resource.request = prefetchClient;
          }),
        ],
      } as never;
    },
  };
}
