/**
 * Islands (src/components/Activite/Ilot.tsx): the component and data a page
 * imports with `?serveur` are for the HTML only; in the browser bundle they are
 * `null` (serveur-seulement.js).
 */
import { SERVEUR_SEULEMENT } from './remark-activites';
import { greffonClient, remplacer, substitut } from './remplacement';

export default greffonClient('moniteur-atelier-ilots', (siteDir, isServer, utils) => {
  const serveurSeulement = substitut(siteDir, 'serveur-seulement.js');
  return {
    plugins: [
      remplacer(utils, isServer, 'îlots : composants et données pour le HTML du serveur seulement', new RegExp(`\\${SERVEUR_SEULEMENT}$`), serveurSeulement, () => !isServer),
    ],
  };
});
