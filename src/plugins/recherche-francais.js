/**
 * A loader for two files of the search plugin (@easyops-cn/docusaurus-search-local,
 * see RECHERCHE_SANS_INDEX in plugin-recherche.ts): under `npm start` there is no search
 * index, and the plugin says so in English (« The search index is only available
 * when you run docusaurus build! »). The sentence is replaced by a French one. If
 * an update of the plugin changes the sentence, the build stops and says where.
 */
const ANGLAIS = /The search index is only available when you run docusaurus\s+build!/g;
const FRANCAIS = 'La recherche ne fonctionne que dans le site construit (npm run build, puis node scripts/serve-build.mjs), pas avec npm start.';

/** @param {string} source */
function rechercheFrancais(source) {
  let remplacees = 0;
  const sortie = source.replace(ANGLAIS, () => {
    remplacees += 1;
    return FRANCAIS;
  });
  if (remplacees === 0) {
    throw new Error(
      `${this.resourcePath} : la phrase anglaise « The search index is only available… » est introuvable (mise à jour de @easyops-cn/docusaurus-search-local ?) : adaptez src/plugins/recherche-francais.js.`,
    );
  }
  return sortie;
}

module.exports = rechercheFrancais;
module.exports.FRANCAIS = FRANCAIS;
