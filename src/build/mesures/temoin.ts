/**
 * The stock Docusaurus site `npm run bench:site -- --temoin` measures beside ours: the
 * classic preset of the Docusaurus installed here, with its defaults (no swizzle, no plugin,
 * no theme, no stylesheet of ours), and the text of our lessons, so that what a page costs
 * can be read as a ratio to what Docusaurus alone costs for the same text, in the same
 * series on the same machine.
 *
 * The lessons are turned into plain Markdown (`versMarkdown`): our components are left out
 * (the activities) or reduced to their content (the boxes around text), heading ids kept.
 * Formulas stay as their LaTeX source (no KaTeX in a stock site). The site is written
 * into a folder of its own whose node_modules/ links to this repository's entries
 * (`lierModules`, shared with bench:scale's copies).
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { lierModules } from './site-echelle';

/** The address the stock site is built for: the same sub-path as ours. */
export const BASE_URL_TEMOIN = '/moniteur-atelier/';

const CLOTURE = /^(```|~~~)/;
/** A line that opens (or opens and closes) one of our components: `<EnBref>`, `<Quiz id="…" />`, `<H5P`. */
const OUVRANTE = /^\s*<([A-Z][A-Za-z0-9]*)\b/;
const FERMANTE = /^\s*<\/[A-Z][A-Za-z0-9]*>\s*$/;

/** A lesson in MDX as CommonMark a stock Docusaurus builds: same text, no component, no import. */
export function versMarkdown(mdx: string): string {
  const lignes = mdx.split('\n');
  const sortie: string[] = [];
  let dansCode = false;
  let dansBalise = false;
  let entete = lignes[0] === '---';
  for (let i = 0; i < lignes.length; i += 1) {
    const ligne = lignes[i]!;
    if (entete) {
      sortie.push(ligne);
      if (i > 0 && ligne === '---') entete = false;
      continue;
    }
    if (CLOTURE.test(ligne.trim())) dansCode = !dansCode;
    if (dansCode || CLOTURE.test(ligne.trim())) {
      sortie.push(ligne);
      continue;
    }
    if (dansBalise) {
      // The attributes of a component written over several lines, up to its `>` or `/>`.
      if (/>\s*$/.test(ligne)) dansBalise = false;
      continue;
    }
    if (/^(import|export)\s/.test(ligne) || FERMANTE.test(ligne)) continue;
    if (OUVRANTE.test(ligne)) {
      if (!/>\s*$/.test(ligne)) dansBalise = true;
      continue;
    }
    sortie.push(ligne.replace(/\{\/\*\s*(#[\w-]+)\s*\*\/\}/g, '{$1}').replace(/\s*\{\/\*[\s\S]*?\*\/\}/g, ''));
  }
  return sortie.join('\n');
}

function fichiers(dossier: string): string[] {
  return readdirSync(dossier, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? fichiers(path.join(dossier, e.name)).map((f) => path.join(e.name, f)) : [e.name],
  );
}

const CONFIGURATION = `// Site témoin de npm run bench:site -- --temoin : Docusaurus d'origine, préréglage classique, réglages par défaut.
module.exports = {
  title: "Moniteur d'atelier",
  url: 'https://exemple.invalid',
  baseUrl: '${BASE_URL_TEMOIN}',
  onBrokenLinks: 'ignore',
  i18n: { defaultLocale: 'fr', locales: ['fr'] },
  markdown: { format: 'detect', hooks: { onBrokenMarkdownLinks: 'ignore' } },
  presets: [['classic', { docs: { path: 'docs', routeBasePath: 'cours' }, blog: false }]],
};
`;

const ACCUEIL = `# Moniteur d'atelier

Site témoin : les leçons du cours, dans un Docusaurus d'origine.
`;

/** Writes the stock site into `dossier` (emptied first) from the lessons of `site`; returns how many lessons it holds. */
export function creerTemoin(site: string, dossier: string): number {
  rmSync(dossier, { recursive: true, force: true });
  mkdirSync(path.join(dossier, 'src', 'pages'), { recursive: true });
  writeFileSync(path.join(dossier, 'docusaurus.config.js'), CONFIGURATION);
  writeFileSync(path.join(dossier, 'src', 'pages', 'index.md'), ACCUEIL);
  writeFileSync(path.join(dossier, 'package.json'), `${JSON.stringify({ name: 'temoin-docusaurus', private: true }, null, 2)}\n`);
  let lecons = 0;
  const docs = path.join(site, 'docs');
  for (const relatif of fichiers(docs)) {
    const cible = path.join(dossier, 'docs', relatif);
    mkdirSync(path.dirname(cible), { recursive: true });
    if (relatif.endsWith('.mdx')) {
      writeFileSync(cible.replace(/\.mdx$/, '.md'), versMarkdown(readFileSync(path.join(docs, relatif), 'utf8')));
      lecons += 1;
    } else if (relatif.endsWith('_category_.json')) {
      cpSync(path.join(docs, relatif), cible);
    }
  }
  lierModules(site, dossier);
  return lecons;
}
