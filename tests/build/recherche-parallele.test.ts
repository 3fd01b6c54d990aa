/**
 * The search index written by the worker thread of the build (decision 0055) is
 * the one written in the main thread, file for file; a failure in the worker
 * stops the build with its cause; and the post-build steps that hold the main
 * thread let the worker start first.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { laisserPartirLesAutres } from '@site/src/build/duree';
import { indexerLeSite } from '@site/src/build/recherche/ecrire';
import { indexerEnParallele } from '@site/src/build/recherche/en-parallele';
import type { PagesARecherche } from '@site/src/build/recherche/pages';

const page = (titre: string, corps: string) =>
  `<!doctype html><html lang=fr><head><title>${titre}</title></head><body><main><article><h1>${titre}</h1>${corps}</article></main></body></html>`;

let racine: string;
beforeEach(() => {
  racine = mkdtempSync(path.join(tmpdir(), 'recherche-parallele-'));
});
afterEach(() => rmSync(racine, { recursive: true, force: true }));

/** Two built pages in `<racine>/<nom>/`, as the search plugin lists them. */
function site(nom: string): PagesARecherche {
  const outDir = path.join(racine, nom);
  mkdirSync(outDir);
  const pages = [
    ['accueillir', page('Accueillir une personne', `<p>Le premier jour, l'atelier et ses règles.<h2 id=tuteur>Le tuteur<a href=#tuteur class=hash-link>#</a></h2><p>Un pair accompagne l'autodétermination.`)],
    ['securite', page('Sécurité au travail', `<p>Prévention des risques professionnels, document unique.`)],
  ].map(([fichier, html]) => {
    const filePath = path.join(outDir, `${fichier}.html`);
    writeFileSync(filePath, html!);
    return { filePath, url: `/m/cours/${fichier}`, type: 'docs' as const };
  });
  return { reglages: { ignoreCssSelectors: ['.katex'] }, versions: [{ outDir, pages }] };
}

function fichiers(dossier: string): Record<string, string> {
  const sortie: Record<string, string> = {};
  for (const f of readdirSync(dossier, { recursive: true, withFileTypes: true })) {
    if (f.isFile()) sortie[path.relative(dossier, path.join(f.parentPath, f.name))] = readFileSync(path.join(f.parentPath, f.name), 'utf8');
  }
  return sortie;
}

test('the worker thread writes the same index as the main thread, file for file', async () => {
  const fil = site('fil');
  const principal = site('principal');
  const [parFil] = await indexerEnParallele(fil);
  const [direct] = await indexerLeSite(principal);
  expect(parFil!.documents).toBe(direct!.documents);
  expect(parFil!.documents).toBeGreaterThanOrEqual(4);
  expect(parFil!.manifeste).toEqual(direct!.manifeste);
  const ecrits = fichiers(path.join(fil.versions[0]!.outDir, 'recherche'));
  expect(Object.keys(ecrits)).toHaveLength(parFil!.fichiers);
  expect(ecrits).toEqual(fichiers(path.join(principal.versions[0]!.outDir, 'recherche')));
  expect(Object.keys(ecrits).some((f) => f.includes('/f/aut'))).toBe(true);
});

test('a page that cannot be read stops the build with the worker’s reason and the file', async () => {
  const a = site('manque');
  const absente = a.versions[0]!.pages[1]!.filePath;
  rmSync(absente);
  await expect(indexerEnParallele(a)).rejects.toThrow(/Recherche : l'index n'a pas pu être écrit\. .*ENOENT.*securite\.html/s);
});

test('a step that holds the main thread lets the others start first', async () => {
  const ordre: string[] = [];
  // As Docusaurus runs post-build steps: one loop that calls each, then awaits them all.
  const etapes = [
    async () => {
      await laisserPartirLesAutres();
      ordre.push('SCORM');
    },
    async () => {
      ordre.push('recherche lancée');
      await Promise.resolve();
      await Promise.resolve();
      ordre.push('recherche en attente');
    },
  ];
  await Promise.all(etapes.map((e) => e()));
  expect(ordre).toEqual(['recherche lancée', 'recherche en attente', 'SCORM']);
});
