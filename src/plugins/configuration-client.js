/**
 * A loader for the site configuration Docusaurus generates for the browser
 * (`.docusaurus/docusaurus.config.mjs`, imported by every page through main.js):
 * it holds the whole configuration, including what only the build reads — the
 * presets' and plugins' options (with the absolute path of the machine that built
 * the site), the themes, the Markdown settings, the checks of broken links. None of
 * that is read in the browser (checked in the client code of Docusaurus 3.10, the
 * classic theme and the search plugin); it is dropped from the browser bundle only.
 * If the generated file stops looking like `export default { …JSON… };`, the build
 * stops and says where to adapt.
 */
const SERVEUR_SEULEMENT = ['presets', 'plugins', 'themes', 'markdown', 'staticDirectories', 'onBrokenLinks', 'onBrokenAnchors', 'onDuplicateRoutes'];
const FORME = /^\s*(?:\/\*[\s\S]*?\*\/\s*)?export default (\{[\s\S]*\});\s*$/;

/** The generated module without the build-only keys. @param {string} source */
function configurationClient(source) {
  const forme = FORME.exec(source);
  let configuration;
  try {
    configuration = forme ? JSON.parse(forme[1]) : null;
  } catch {
    configuration = null;
  }
  if (configuration === null || typeof configuration !== 'object' || !('baseUrl' in configuration) || !('themeConfig' in configuration)) {
    throw new Error(
      `${this?.resourcePath ?? 'docusaurus.config.mjs'} : la configuration générée n'a plus la forme « export default { …JSON… }; » (mise à jour de Docusaurus ?) : adaptez src/plugins/configuration-client.js.`,
    );
  }
  for (const cle of SERVEUR_SEULEMENT) delete configuration[cle];
  return `export default ${JSON.stringify(configuration)};\n`;
}

module.exports = configurationClient;
module.exports.SERVEUR_SEULEMENT = SERVEUR_SEULEMENT;
