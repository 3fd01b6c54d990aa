/**
 * Islands (src/components/Activite/Ilot.tsx): the component and data a page
 * imports with `?serveur` are for the HTML only; in the browser bundle they are
 * `null` (serveur-seulement.js).
 */
import type { LoadContext, Plugin } from '@docusaurus/types';
import { SERVEUR_SEULEMENT } from './remark-activites';
import { remplacer, substitut } from './remplacement';

export default function ilotsPlugin(context: LoadContext): Plugin {
  return {
    name: 'moniteur-atelier-ilots',
    configureWebpack(_config, isServer, utils) {
      const serveurSeulement = substitut(context.siteDir, 'serveur-seulement.js');
      return {
        plugins: [
          remplacer(utils, new RegExp(`\\${SERVEUR_SEULEMENT}$`), (resource) => {
            if (!isServer) resource.request = serveurSeulement;
          }),
        ],
      } as never;
    },
  };
}
