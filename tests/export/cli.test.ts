/**
 * `npm run export`: bad input gives a clear French message, a non-zero exit
 * status and no file; a failure in the middle leaves nothing half written (the
 * previous export stays whole); a good run writes every bloc's file.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ACTIVITES } from '@site/quizzes/index';
import { readPages } from '@site/src/build/lecons/lecons';
import { ErreurExport, exporter } from '@site/src/build/exports/exports';

const siteDir = path.resolve(__dirname, '..', '..');
let work: string;
beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'export-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(siteDir, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(siteDir, 'scripts', 'export.ts'), ...args], {
    cwd: work,
    encoding: 'utf8',
    timeout: 60000,
  });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

test('an unknown format is refused in French, with the list of formats, and writes nothing', () => {
  const r = run('--format', 'scorm2004', '--out', 'sortie');
  expect(r.status).toBe(1);
  expect(r.err).toContain('format inconnu « scorm2004 ». Formats : gift, moodle-xml, h5p-official, scorm, xapi.');
  expect(existsSync(path.join(work, 'sortie'))).toBe(false);
});

test('an unknown bloc is refused, naming the blocs of the référentiel', () => {
  const r = run('--format', 'gift', '--bloc', 'B9', '--out', 'sortie');
  expect(r.status).toBe(1);
  expect(r.err).toContain('Bloc inconnu : « B9 ». Blocs du référentiel : B1, B2, B3.');
  expect(existsSync(path.join(work, 'sortie'))).toBe(false);
});

test('a bloc without any activity is refused', () => {
  const seulementB1 = ACTIVITES.filter((a) => a.bloc === 'B1');
  expect(() => exporter({ format: 'gift', bloc: 'B2', out: path.join(work, 'vide') }, { siteDir, activites: seulementB1, pages: [], buildDir: 'build' })).toThrow(
    new ErreurExport('Le bloc B2 ne contient aucune activité : rien à exporter.'),
  );
  expect(existsSync(path.join(work, 'vide'))).toBe(false);
});

test('an output folder that cannot be written is refused', () => {
  writeFileSync(path.join(work, 'un-fichier'), 'x');
  const r = run('--format', 'gift', '--out', path.join(work, 'un-fichier', 'dessous'));
  expect(r.status).toBe(1);
  expect(r.err).toMatch(/Impossible d'écrire dans le dossier « .*un-fichier\/dessous » .*Choisissez un autre dossier avec --out\./);
  const r2 = run('--format', 'gift', '--out', path.join(work, 'un-fichier'));
  expect(r2.status).toBe(1);
  expect(r2.err).toContain("ce n'est pas un dossier");
});

test('a missing option value and an unknown option are refused', () => {
  expect(run('--format').err).toContain("l'option --format attend une valeur.");
  expect(run('--format', 'gift', '--blok', 'B1').err).toContain('option inconnue « --blok ».');
});

test('a failure in the middle leaves the previous export whole and no temporary folder', () => {
  const out = path.join(work, 'atomique');
  mkdirSync(path.join(out, 'scorm'), { recursive: true });
  writeFileSync(path.join(out, 'scorm', 'precedent.txt'), 'export précédent');
  // A "built site" with its home page but without the lesson pages: SCORM fails on the first module.
  const faux = path.join(work, 'faux-build');
  mkdirSync(faux, { recursive: true });
  writeFileSync(path.join(faux, 'index.html'), '<html></html>');
  expect(() => exporter({ format: 'scorm', bloc: 'B1', out }, { siteDir, activites: ACTIVITES, pages: readPages(siteDir), buildDir: faux })).toThrow(
    /L'export « scorm » a échoué, rien n'a été écrit : page construite introuvable/,
  );
  expect(readdirSync(out)).toEqual(['scorm']);
  expect(readdirSync(path.join(out, 'scorm'))).toEqual(['precedent.txt']);
});

test('SCORM without a built site says to build it first', () => {
  expect(() => exporter({ format: 'scorm', bloc: null, out: path.join(work, 's') }, { siteDir, activites: ACTIVITES, pages: [], buildDir: path.join(work, 'rien') })).toThrow(/Construisez d'abord le site : npm run build\./);
});

test('a good run writes one file per bloc, a LISEZMOI and a manifest, and replaces the previous export', () => {
  const out = path.join(work, 'bon');
  mkdirSync(path.join(out, 'moodle-xml'), { recursive: true });
  writeFileSync(path.join(out, 'moodle-xml', 'ancien.xml'), 'ancien');
  const r = run('--format', 'moodle-xml', '--out', out);
  expect(r.err).toBe('');
  expect(r.status).toBe(0);
  expect(readdirSync(path.join(out, 'moodle-xml')).sort()).toEqual(['LISEZMOI.txt', 'manifeste.json', 'moniteur-atelier-B1.xml', 'moniteur-atelier-B2.xml', 'moniteur-atelier-B3.xml']);
  expect(r.out).toMatch(/Export moodle-xml : 3 fichier\(s\)/);
  const manifeste = JSON.parse(readFileSync(path.join(out, 'moodle-xml', 'manifeste.json'), 'utf8'));
  expect(manifeste.map((f: { bloc: string }) => f.bloc)).toEqual(['B1', 'B2', 'B3']);
  expect(readdirSync(out)).toEqual(['moodle-xml']);
  const one = run('--format', 'gift', '--bloc', 'B2', '--out', out);
  expect(one.status).toBe(0);
  expect(readdirSync(path.join(out, 'gift')).filter((f) => f.endsWith('.txt') && f !== 'LISEZMOI.txt')).toEqual(['moniteur-atelier-B2.gift.txt']);
});
