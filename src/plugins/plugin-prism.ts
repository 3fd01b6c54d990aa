/**
 * Keeps Prism out of the bundle every page loads: theme-classic's client module
 * `prism-include-languages` is replaced by an empty one (deferred-prism.js), and
 * the code block chunk sets Prism up (src/theme/CodeBlock, src/components/CodeBlock).
 */
import { greffonClient, remplacer, substitut } from './remplacement';

/** theme-classic's client module that loads Prism in every page (not its @theme/ twin). */
export const PRISM_CLIENT_MODULE = /[\\/]theme-classic[\\/]lib[\\/]prism-include-languages(\.js)?$/;

export default greffonClient('moniteur-atelier-prism', (siteDir, isServer, utils) => {
  const deferredPrism = substitut(siteDir, 'deferred-prism.js');
  return {
    plugins: [
      remplacer(utils, isServer, 'Prism chargé au premier bloc de code', PRISM_CLIENT_MODULE, deferredPrism),
    ],
  };
});
