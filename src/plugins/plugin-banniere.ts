/**
 * Docusaurus's banner for a wrong base URL, in French: its client module
 * `./BaseUrlIssueBanner` is replaced by src/components/BanniereAdresse.
 */
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { CLIENT_DOCUSAURUS, remplacer } from './remplacement';

export default function bannierePlugin(context: LoadContext): Plugin {
  return {
    name: 'moniteur-atelier-banniere',
    configureWebpack(_config, _isServer, utils) {
      const banniereAdresse = path.join(context.siteDir, 'src', 'components', 'BanniereAdresse', 'index.tsx');
      return {
        plugins: [
          remplacer(utils, /^\.\/BaseUrlIssueBanner$/, (resource) => {
            if (CLIENT_DOCUSAURUS.test(resource.context)) resource.request = banniereAdresse;
          }),
        ],
      } as never;
    },
  };
}
