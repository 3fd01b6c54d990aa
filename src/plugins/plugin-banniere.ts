/**
 * Docusaurus's banner for a wrong base URL, in French: its client module
 * `./BaseUrlIssueBanner` is replaced by src/components/BanniereAdresse.
 */
import path from 'node:path';
import { CLIENT_DOCUSAURUS, greffonClient, remplacer } from './remplacement';

export default greffonClient('moniteur-atelier-banniere', (siteDir, isServer, utils) => {
  const banniereAdresse = path.join(siteDir, 'src', 'components', 'BanniereAdresse', 'index.tsx');
  return {
    plugins: [
      remplacer(utils, isServer, 'bannière d’adresse de base en français', /^\.\/BaseUrlIssueBanner$/, banniereAdresse, (resource) =>
        CLIENT_DOCUSAURUS.test(resource.context),
      ),
    ],
  };
});
