/**
 * Islands (src/components/Activite/Ilot.tsx): the component and data a page
 * imports with `?serveur` are for the HTML only; in the browser bundle they are
 * `null` (serveur-seulement.js). Every page's head gets the few lines that keep
 * a button pressed before hydration (appuis-precoces.ts).
 */
import type { LoadContext, Plugin } from '@docusaurus/types';
import { SCRIPT_APPUIS } from '../components/Activite/appuis-precoces';
import { SERVEUR_SEULEMENT } from './remark-activites';
import { greffonClient, remplacer, substitut } from './remplacement';

export default function ilotsPlugin(context: LoadContext): Plugin {
  return {
    ...bundle(context),
    injectHtmlTags: () => ({ headTags: [{ tagName: 'script', innerHTML: SCRIPT_APPUIS }] }),
  };
}

const bundle = greffonClient('moniteur-atelier-ilots', (siteDir, isServer, utils) => {
  const serveurSeulement = substitut(siteDir, 'serveur-seulement.js');
  return {
    plugins: [
      remplacer(utils, isServer, 'îlots : composants et données pour le HTML du serveur seulement', new RegExp(`\\${SERVEUR_SEULEMENT}$`), serveurSeulement, () => !isServer),
    ],
  };
});
