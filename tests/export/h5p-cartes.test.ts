/**
 * Revision cards as content-only packages of the official H5P.Dialogcards type:
 * the version named is the one copied in src/build/h5p/officiels/, content.json satisfies its
 * semantics.json, every interface text is French, each card keeps its question,
 * answer and source, and the .h5p written by the export passes h5p-server's checks.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { CARTES } from '@site/quizzes/cartes';
import { ACTIVITES } from '@site/quizzes/index';
import { contentProblems } from '@site/src/domain/h5p/semantique';
import { DIALOGCARDS, paquetCartes } from '@site/src/domain/export/h5pCartes';
import { exporter, langueDialogcards } from '@site/src/build/exports/exports';
import { problemesTextesH5P } from './textes-h5p';
import { CHEMINS } from '@site/src/build/chemins';

const siteDir = path.resolve(__dirname, '..', '..');
const langue = langueDialogcards(siteDir);
const interface_ = (params: unknown) => problemesTextesH5P(DIALOGCARDS.machineName, langue.semantics, params).filter((p) => !p.includes('dialogs['));

test('the version named in h5p.json is that of src/build/h5p/officiels/H5P.Dialogcards/library.json', () => {
  const lib = JSON.parse(readFileSync(path.join(siteDir, CHEMINS.officielsH5P, 'H5P.Dialogcards', 'library.json'), 'utf8'));
  expect([lib.machineName, lib.majorVersion, lib.minorVersion]).toEqual([DIALOGCARDS.machineName, DIALOGCARDS.majorVersion, DIALOGCARDS.minorVersion]);
});

describe.each(CARTES.map((j) => [j.id, j] as const))('cards %s as H5P.Dialogcards', (_id, jeu) => {
  const paquet = paquetCartes(jeu, langue);
  test('content.json satisfies the library’s semantics, in repetition mode', () => {
    expect(contentProblems(paquet.content, langue.semantics)).toEqual([]);
    expect(paquet.content.mode).toBe('repetition');
    expect(paquet.h5pJson.mainLibrary).toBe('H5P.Dialogcards');
  });
  test('every interface text is French, placeholders kept', () => {
    expect(interface_(paquet.content)).toEqual([]);
  });
  test('each card keeps its question, its answer and its source', () => {
    const dialogs = paquet.content.dialogs as { text: string; answer: string }[];
    expect(dialogs).toHaveLength(jeu.cartes.length);
    jeu.cartes.forEach((c, i) => {
      const sansBalises = (h: string) => h.replace(/<[^>]+>/g, '').replace(/&#39;|&apos;/g, "'").replace(/\s+/g, ' ').trim();
      expect(sansBalises(dialogs[i]!.text)).toBe(c.recto.replace(/\*\*/g, ''));
      expect(sansBalises(dialogs[i]!.answer)).toContain(c.verso.replace(/\*\*/g, '').slice(0, 40));
      if (c.source) expect(dialogs[i]!.answer).toContain('Source : ');
    });
  });
});

test('the checks can fail: English text, lost placeholder, a field the semantics refuses', () => {
  const content = JSON.parse(JSON.stringify(paquetCartes(CARTES[0]!, langue).content));
  content.next = 'Next';
  content.round = 'Tour';
  content.mode = 'aleatoire';
  expect(interface_(content)).toEqual([
    'H5P.Dialogcards next : laissé en anglais « Next »',
    'H5P.Dialogcards round : « Tour » ne garde pas les marqueurs @round',
  ]);
  expect(contentProblems(content, langue.semantics).join('\n')).toMatch(/« aleatoire » n'est pas une option/);
});

describe('the .h5p files written by the export', () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(path.join(os.tmpdir(), 'h5p-cartes-'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  test('one package per set, beside the quizzes of its bloc, that h5p-server accepts', async () => {
    const out = exporter({ format: 'h5p-official', bloc: null, out: work }, { siteDir, activites: ACTIVITES, cartes: CARTES, pages: [], buildDir: 'build' });
    const cartes = out.filter((f) => f.cartes !== undefined);
    expect(cartes.map((f) => f.chemin).sort()).toEqual(CARTES.map((j) => `h5p-officiel/${j.bloc}/${j.id}.h5p`).sort());
    const { H5PConfig, LibraryManager, fsImplementations } = require('@lumieducation/h5p-server') as typeof import('@lumieducation/h5p-server');
    const PackageImporter = require('@lumieducation/h5p-server/build/src/PackageImporter').default;
    const PackageValidator = require('@lumieducation/h5p-server/build/src/PackageValidator').default;
    for (const f of cartes) {
      const file = path.join(work, f.chemin);
      expect(Object.keys(unzipSync(new Uint8Array(readFileSync(file)))).sort()).toEqual(['content/content.json', 'h5p.json']);
      const extracted = path.join(work, 'extrait', path.basename(file));
      await PackageImporter.extractPackage(file, extracted, { includeContent: true, includeLibraries: true, includeMetadata: true });
      const libraryManager = new LibraryManager(new fsImplementations.FileLibraryStorage(path.join(work, 'libs')));
      await expect(new PackageValidator(new H5PConfig(undefined), libraryManager).validateExtractedPackage(extracted, true, false, false)).resolves.toBe(true);
    }
  }, 60000);
});
