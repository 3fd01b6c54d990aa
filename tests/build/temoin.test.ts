/**
 * The stock Docusaurus site of `bench:site -- --temoin` (src/build/mesures/temoin.ts): a
 * lesson keeps its text and front matter, loses our components and imports, keeps its
 * heading ids; the site written holds every lesson and links node_modules.
 */
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { creerTemoin, versMarkdown } from '@site/src/build/mesures/temoin';

const LECON = `---
title: Une leçon
competences: [B2.C4]
---
import Glossaire from '@site/src/components/Glossaire';

# Une leçon

<ObjectifsPedagogiques />

<EnBref>

Le texte facile à lire.

</EnBref>

## Calculer {/* #calcul */}

Un paragraphe {/* une remarque d'auteur */} avec $\\frac{a}{b}$.

<Quiz
  id="indicateurs"
  titre="S'entraîner"
/>

\`\`\`tsx
<Quiz id="dans-un-bloc-de-code" />
\`\`\`

<PiegeAEviter titre="Piège">
Ne jugez pas les personnes.
</PiegeAEviter>
`;

test('a lesson keeps its text, front matter and heading ids, without components, imports nor comments', () => {
  const md = versMarkdown(LECON);
  expect(md.startsWith('---\ntitle: Une leçon\ncompetences: [B2.C4]\n---\n')).toBe(true);
  for (const texte of ['# Une leçon', 'Le texte facile à lire.', '## Calculer {#calcul}', 'Un paragraphe avec $\\frac{a}{b}$.', 'Ne jugez pas les personnes.']) {
    expect(md).toContain(texte);
  }
  for (const parti of ['import ', '<ObjectifsPedagogiques', '<EnBref>', '</EnBref>', 'id="indicateurs"', 'titre="S\'entraîner"', '/>\n\n```', '<PiegeAEviter', 'remarque']) {
    expect({ parti, present: md.includes(parti) }).toEqual({ parti, present: false });
  }
  // A code block is text: kept as written.
  expect(md).toContain('```tsx\n<Quiz id="dans-un-bloc-de-code" />\n```');
});

test('the stock site holds every lesson of the course as Markdown, its categories and linked modules', () => {
  const racine = path.resolve(__dirname, '..', '..');
  const dossier = mkdtempSync(path.join(os.tmpdir(), 'temoin-'));
  try {
    const lecons = creerTemoin(racine, path.join(dossier, 'site'));
    const site = path.join(dossier, 'site');
    const compter = (d: string, fin: string): number =>
      readdirSync(d, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? compter(path.join(d, e.name), fin) : e.name.endsWith(fin) ? 1 : 0), 0);
    expect(lecons).toBe(compter(path.join(racine, 'docs'), '.mdx'));
    expect(compter(path.join(site, 'docs'), '.md')).toBe(lecons);
    expect(existsSync(path.join(site, 'docs', 'bloc-2', '_category_.json'))).toBe(true);
    expect(readFileSync(path.join(site, 'docusaurus.config.js'), 'utf8')).toMatch(/presets: \[\['classic'/);
    expect(lstatSync(path.join(site, 'node_modules', '@docusaurus')).isSymbolicLink()).toBe(true);
    expect(existsSync(path.join(site, 'node_modules', '.cache'))).toBe(false);
  } finally {
    rmSync(dossier, { recursive: true, force: true });
  }
});
