/**
 * Navigation between pages, lighter than Docusaurus's:
 * - no viewport prefetch (prefetch-client.js): the service worker already stores
 *   the site, and the 150 to 350 `<link rel="prefetch">` a page added cost
 *   main-thread time and bandwidth; hover/focus preload stays;
 * - nprogress is replaced by the same bar drawn in CSS (progression-navigation.js).
 */
import { CLIENT_DOCUSAURUS, greffonClient, remplacer, substitut } from './remplacement';

export default greffonClient('moniteur-atelier-navigation', (siteDir, isServer, utils) => {
  const prefetchClient = substitut(siteDir, 'prefetch-client.js');
  const progressionNavigation = substitut(siteDir, 'progression-navigation.js');
  return {
    plugins: [
      remplacer(utils, isServer, 'barre de navigation en CSS au lieu de nprogress', /[\\/]theme-classic[\\/]lib[\\/]nprogress(\.js)?$/, progressionNavigation),
      remplacer(utils, isServer, 'pas de préchargement des liens visibles', /^\.\/prefetch$/, prefetchClient, (resource) =>
        !isServer && CLIENT_DOCUSAURUS.test(resource.context),
      ),
    ],
  };
});
