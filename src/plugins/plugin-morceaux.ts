/**
 * How the browser bundle is cut into chunks:
 * - the référentiel and the learning engine go into chunks shared by the pages
 *   that use them rather than into Docusaurus's `common` chunk (PARTAGE_DES_MORCEAUX);
 * - identical chunks are merged (mergeDuplicateChunks);
 * - the whole of `tslib` stays out of the bundle (tslib-client.js);
 * - the site configuration reaches the browser without what only the build reads
 *   (configuration-client.js).
 */
import { greffonClient, remplacer, substitut } from './remplacement';

/**
 * Docusaurus puts every module used by half the pages or more in one `common`
 * chunk, loaded by every page that needs any of them. Most lessons have quizzes,
 * so the référentiel and the learning engine (`src/referentiel`, `src/domain`)
 * landed there, and a lesson of text only loaded them for nothing (≈ 9 Kio gzip).
 * They go instead into chunks shared by the pages that use them (merged into
 * Docusaurus's own `cacheGroups`).
 */
const MOTEUR = /[\\/]src[\\/](referentiel|domain)[\\/]/;
const SOCLE_DU_JOURNAL = /[\\/]src[\\/](domain[\\/]journal[\\/](iri|statement|fenetre)|domain[\\/]texte[\\/]json|referentiel[\\/]ids|domain[\\/]formateur[\\/]parcours|domain[\\/]apprenant[\\/]avancement)\.ts$/;
export const PARTAGE_DES_MORCEAUX = {
  common: { test: (module: { nameForCondition?: () => string | null }) => !MOTEUR.test(module.nameForCondition?.() ?? '') },
  moteur: { test: MOTEUR, minChunks: 2, priority: 30, reuseExistingChunk: true },
  socle: { test: SOCLE_DU_JOURNAL, name: 'socle-journal', priority: 35, enforce: true },
};

/**
 * Packages that React Router imports for `withRouter` and for its type checks of
 * development builds, which nothing of the site uses: they say nothing about side
 * effects, so the bundler kept them in main.js. Declared free of side effects, they
 * leave it when unused.
 */
export const SANS_EFFET_DE_BORD = /[\\/]node_modules[\\/](hoist-non-react-statics|react-is|prop-types)[\\/]/;

/** The configuration Docusaurus generates for the pages (imported by main.js). */
export const CONFIGURATION_GENEREE = /[\\/]\.docusaurus[\\/]docusaurus\.config\.mjs$/;

export default greffonClient('moniteur-atelier-morceaux', (siteDir, isServer, utils) => {
  const tslibClient = substitut(siteDir, 'tslib-client.js');
  return {
    // mergeDuplicateChunks (webpack's default, off here with Rspack): the journal engine was
    // emitted twice, as two identical chunks, both loaded by every page with an activity.
    optimization: isServer ? {} : { mergeDuplicateChunks: true, splitChunks: { cacheGroups: PARTAGE_DES_MORCEAUX } },
    module: isServer
      ? {}
      : {
          rules: [
            { test: CONFIGURATION_GENEREE, use: [{ loader: substitut(siteDir, 'configuration-client.js') }] },
            { test: SANS_EFFET_DE_BORD, sideEffects: false },
          ],
        },
    plugins: [
      remplacer(utils, isServer, 'tslib allégé pour @docusaurus/utils-common', /^tslib$/, tslibClient, (resource) =>
        !isServer && /[\\/]@docusaurus[\\/]utils-common[\\/]/.test(resource.context),
      ),
    ],
  };
});
