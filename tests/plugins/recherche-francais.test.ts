/**
 * The search plugin's files that speak English under `npm start` (no index without
 * a build) are the ones our loader rewrites, and nothing English is left in them;
 * a file without the sentence (a plugin update) stops the build with the fix.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { RECHERCHE_SANS_INDEX } from '@site/src/plugins/plugin-recherche';

const rechercheFrancais = require('@site/src/plugins/recherche-francais') as ((this: { resourcePath: string }, source: string) => string) & { FRANCAIS: string };
const client = path.dirname(require.resolve('@easyops-cn/docusaurus-search-local/package.json'));
const FICHIERS = ['dist/client/client/theme/SearchBar/EmptyTemplate.js', 'dist/client/client/theme/SearchPage/SearchPage.jsx'].map((f) => path.join(client, f));

test.each(FICHIERS)('%s: rewritten in French by the loader the build applies to it', (fichier) => {
  expect(RECHERCHE_SANS_INDEX.test(fichier)).toBe(true);
  const sortie = rechercheFrancais.call({ resourcePath: fichier }, readFileSync(fichier, 'utf8'));
  expect(sortie).not.toMatch(/only available|docusaurus\s+build/);
  expect(sortie).toContain(rechercheFrancais.FRANCAIS);
});

test('a file without the sentence stops the build and says what to adapt', () => {
  expect(() => rechercheFrancais.call({ resourcePath: 'x.js' }, 'rien')).toThrow(/x\.js : la phrase anglaise .* adaptez src\/plugins\/recherche-francais\.js/);
});
