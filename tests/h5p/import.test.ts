/**
 * `npm run h5p:add`: a refused package writes nothing (each refusal has its
 * fixture); a valid one installs shared, de-duplicated libraries, sanitized
 * content and a typed registry entry.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { importerPaquet, registreSource } from '@site/src/build/h5p/import';
import { libraryFiles, paquetH5P } from '@site/src/build/h5p/construire';
import { LIBRARY_FOLDER } from '@site/src/build/h5p/semantics';
import { ACTIVITES } from '@site/quizzes/index';
import { nettoyerHtml } from '@site/src/build/securite/nettoyer-html';
import { lireRepertoire, problemesArchive } from '@site/src/domain/h5p/paquet';
import { CHEMINS } from '@site/src/build/chemins';

let site: string;
let n = 0;

function snapshot(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d)) {
      const f = path.join(d, e);
      if (statSync(f).isDirectory()) walk(f);
      else out.push(`${path.relative(dir, f)}:${readFileSync(f).length}`);
    }
  };
  walk(dir);
  return out.sort();
}

beforeEach(() => {
  site = mkdtempSync(path.join(os.tmpdir(), 'h5p-import-'));
  mkdirSync(path.join(site, 'static', 'h5p', 'libraries'), { recursive: true });
  mkdirSync(path.dirname(path.join(site, CHEMINS.importeesH5P)), { recursive: true });
  writeFileSync(path.join(site, CHEMINS.importeesH5P), registreSource([]));
});
afterEach(() => rmSync(site, { recursive: true, force: true }));

const json = (v: unknown) => strToU8(JSON.stringify(v));

/** A small valid package: one library of our own making, plus content. */
function paquet(overrides: Zippable = {}, options: { content?: unknown; deps?: unknown[]; patch?: number } = {}): Zippable {
  return {
    'h5p.json': json({
      title: 'Quiz fait dans Lumi',
      language: 'fr',
      mainLibrary: 'H5P.Exemple',
      embedTypes: ['iframe'],
      preloadedDependencies: [{ machineName: 'H5P.Exemple', majorVersion: 1, minorVersion: 0 }],
    }),
    'content/content.json': json(options.content ?? { question: '<p>Quelle est la <strong>bonne</strong> réponse ?</p>', choix: ['A', 'B'] }),
    'content/images/photo.png': new Uint8Array([137, 80, 78, 71]),
    'H5P.Exemple-1.0/library.json': json({
      title: 'Exemple',
      machineName: 'H5P.Exemple',
      majorVersion: 1,
      minorVersion: 0,
      patchVersion: options.patch ?? 3,
      runnable: 1,
      preloadedJs: [{ path: 'exemple.js' }],
      preloadedDependencies: options.deps ?? [],
    }),
    'H5P.Exemple-1.0/exemple.js': strToU8('H5P.Exemple = function () {};'),
    ...overrides,
  };
}

function write(files: Zippable, opts?: Parameters<typeof zipSync>[1]): string {
  n += 1;
  const file = path.join(site, `paquet-${n}.h5p`);
  writeFileSync(file, zipSync(files, opts));
  return file;
}

const options = (id = 'quiz-lumi') => ({ id, criteres: ['B2.C6.CR1'], idsPris: new Set(['cadre-esat-ea']), importees: [] });

test('a valid package is imported: libraries shared, content sanitized, registry typed', async () => {
  const file = write(
    paquet({}, { content: { question: '<p onclick="x()">Bonjour <script>alert(1)</script><a href="javascript:alert(1)">lien</a></p>', simple: "L'ESAT" } }),
  );
  const r = await importerPaquet(site, file, options());
  expect(r).toEqual({ ok: true, id: 'quiz-lumi', bibliothequesAjoutees: ['H5P.Exemple-1.0'], bibliothequesGardees: [], textesNettoyes: 1 });
  const root = path.join(site, 'static', 'h5p');
  expect(existsSync(path.join(root, 'libraries', 'H5P.Exemple-1.0', 'exemple.js'))).toBe(true);
  expect(existsSync(path.join(root, 'content', 'quiz-lumi', 'content', 'images', 'photo.png'))).toBe(true);
  expect(existsSync(path.join(root, 'paquets', 'quiz-lumi.h5p'))).toBe(true);
  const content = JSON.parse(readFileSync(path.join(root, 'content', 'quiz-lumi', 'content', 'content.json'), 'utf8'));
  expect(content).toEqual({ question: '<p>Bonjour <a>lien</a></p>', simple: "L'ESAT" });
  const registry = readFileSync(path.join(site, CHEMINS.importeesH5P), 'utf8');
  expect(registry).toContain('id: "quiz-lumi"');
  expect(registry).toContain('criteres: ["B2.C6.CR1"]');
  expect(readdirSync(root).filter((e) => e.startsWith('.import'))).toEqual([]);
});

test('libraries are de-duplicated by version: an installed same or newer patch is kept', async () => {
  await importerPaquet(site, write(paquet({}, { patch: 5 })), options('premier'));
  const second = await importerPaquet(site, write(paquet({}, { patch: 4 })), { ...options('second'), importees: [{ id: 'premier', titre: 'x', criteres: ['B2.C6.CR1'], origine: 'importee' }] });
  expect(second).toMatchObject({ ok: true, bibliothequesAjoutees: [], bibliothequesGardees: ['H5P.Exemple-1.0'] });
  const third = await importerPaquet(site, write(paquet({}, { patch: 9 })), options('troisieme'));
  expect(third).toMatchObject({ ok: true, bibliothequesAjoutees: ['H5P.Exemple-1.0'] });
  const lib = JSON.parse(readFileSync(path.join(site, 'static', 'h5p', 'libraries', 'H5P.Exemple-1.0', 'library.json'), 'utf8'));
  expect(lib.patchVersion).toBe(9);
});

const SYMLINK = 0o120777 << 16;

// Every row has four entries: jest would take a missing one for its `done` callback.
const refusals: [string, () => string, RegExp, Partial<ReturnType<typeof options>>][] = [
  ['path traversal', () => write(paquet({ '../evil.json': json({}) })), /sort de l'archive/, {}],
  ['absolute path', () => write(paquet({ '/etc/evil.json': json({}) })), /chemin absolu/, {}],
  ['symbolic link', () => write(paquet({ 'content/lien.json': [strToU8('/etc/passwd'), { os: 3, attrs: SYMLINK }] })), /lien symbolique/, {}],
  ['forbidden extension in content', () => write(paquet({ 'content/virus.exe': new Uint8Array([1]) })), /extension « \.exe »/, {}],
  ['php in a library', () => write(paquet({ 'H5P.Exemple-1.0/shell.php': strToU8('<?php') })), /extension « \.php »/, {}],
  ['too many entries', () => write(paquet(Object.fromEntries(Array.from({ length: 3001 }, (_, i) => [`content/f${i}.txt`, strToU8('x')])))), /trop de fichiers/, {}],
  ['zip bomb (compression ratio)', () => write(paquet({ 'content/zeros.txt': new Uint8Array(3 * 1024 * 1024) }), { level: 9 }), /taux de compression anormal/, {}],
  ['not a zip', () => { const f = path.join(site, 'texte.h5p'); writeFileSync(f, 'bonjour'); return f; }, /pas une archive zip/, {}],
  ['truncated zip', () => { const f = write(paquet()); const b = readFileSync(f); writeFileSync(f, b.subarray(0, b.length - 30)); return f; }, /zip/, {}],
  ['no h5p.json', () => { const p = paquet(); delete p['h5p.json']; return write(p); }, /h5p\.json absent/, {}],
  ['no content.json', () => { const p = paquet(); delete p['content/content.json']; return write(p); }, /content\/content\.json absent/, {}],
  ['h5p.json without main library in its dependencies', () => write(paquet({ 'h5p.json': json({ title: 'T', language: 'fr', mainLibrary: 'H5P.Autre', preloadedDependencies: [{ machineName: 'H5P.Exemple', majorVersion: 1, minorVersion: 0 }] }) })), /bibliothèque principale « H5P\.Autre »/, {}],
  ['library folder misnamed', () => { const p = paquet(); p['H5P.Exemple-1.1/library.json'] = p['H5P.Exemple-1.0/library.json']!; p['H5P.Exemple-1.1/exemple.js'] = p['H5P.Exemple-1.0/exemple.js']!; delete p['H5P.Exemple-1.0/library.json']; delete p['H5P.Exemple-1.0/exemple.js']; return write(p); }, /devrait s'appeler « H5P\.Exemple-1\.0 »/, {}],
  ['missing dependency, named', () => write(paquet({}, { deps: [{ machineName: 'H5P.Question', majorVersion: 1, minorVersion: 5 }] })), /bibliothèque manquante : « H5P\.Question 1\.5 »/, {}],
  ['announced script absent', () => { const p = paquet(); delete p['H5P.Exemple-1.0/exemple.js']; return write(p); }, /« exemple\.js » annoncé mais absent/, {}],
  ['unknown critère', () => write(paquet()), /critère inconnu « B9\.C9\.CR9 »/, { criteres: ['B9.C9.CR9'] }],
  ['id already used', () => write(paquet()), /déjà utilisé/, { id: 'cadre-esat-ea' }],
  ['invalid id', () => write(paquet()), /identifiant « Mon Quiz » invalide/, { id: 'Mon Quiz' }],
];

test.each(refusals)('refused: %s — nothing is written', async (_label, make, message, override) => {
  const file = make();
  const before = [snapshot(path.join(site, 'static')), readFileSync(path.join(site, CHEMINS.importeesH5P), 'utf8')];
  const r = await importerPaquet(site, file, { ...options(), ...override });
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.problemes.join('\n')).toMatch(message);
  expect([snapshot(path.join(site, 'static')), readFileSync(path.join(site, CHEMINS.importeesH5P), 'utf8')]).toEqual(before);
});

test('the archive reader sees declared sizes and Unix types before extraction', () => {
  const bytes = zipSync({ 'a.txt': strToU8('abc'), 'lien': [strToU8('x'), { os: 3, attrs: SYMLINK }] });
  const entries = lireRepertoire(bytes);
  expect(entries.map((e) => [e.nom, e.taille, (e.mode & 0o170000).toString(8)])).toEqual([
    ['a.txt', 3, '0'],
    ['lien', 1, '120000'],
  ]);
  expect(problemesArchive(entries, bytes.length)).toEqual(expect.arrayContaining(['« lien » : lien symbolique interdit']));
});

test('the HTML sanitizer keeps allowed markup and escapes the rest', () => {
  expect(nettoyerHtml('Texte simple, sans balise')).toBe('Texte simple, sans balise');
  expect(nettoyerHtml('<p>Un <em>mot</em><img src=x onerror=alert(1)></p>')).toBe('<p>Un <em>mot</em></p>');
  expect(nettoyerHtml('<a href="https://example.org" target="_blank" onclick="x">site</a>')).toBe(
    '<a href="https://example.org" target="_blank" rel="noopener noreferrer">site</a>',
  );
  expect(nettoyerHtml('<iframe src="https://evil"></iframe>après')).toBe('après');
  expect(nettoyerHtml('<p>1 &lt; 2 &amp; "ok"</p>')).toBe('<p>1 &lt; 2 &amp; "ok"</p>');
});

test('the real generated package of the site can be imported under another id', async () => {
  // Built here, exactly as `npm run h5p:build` and the site build do: the test needs no earlier build.
  const siteDir = path.resolve(__dirname, '..', '..');
  const activite = ACTIVITES.find((a) => a.h5p === true);
  if (!activite) throw new Error('aucune activité marquée « h5p: true » dans quizzes/');
  writeFileSync(path.join(site, 'reel.h5p'), paquetH5P(activite, libraryFiles(siteDir)));
  const r = await importerPaquet(site, path.join(site, 'reel.h5p'), options('copie-du-cadre'));
  expect(r).toMatchObject({ ok: true, bibliothequesAjoutees: [LIBRARY_FOLDER] });
});
