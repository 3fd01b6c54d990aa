/**
 * Content-only packages for the official H5P content types: every quiz's
 * content.json satisfies the official semantics.json of the exact versions in
 * src/build/h5p/officiels/ (QuestionSet and each sub-content against its own library),
 * h5p.json names those versions, and what has no official equivalent is listed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ACTIVITES } from '@site/quizzes/index';
import { contentProblems, type Field } from '@site/src/domain/h5p/semantique';
import { IDENTIQUES_EN_FRANCAIS, OFFICIELS, defaults, libraryString, paquetOfficiel, stableUuid, type Langues, type Officiel } from '@site/src/domain/export/h5pOfficiel';
import type { Quiz } from '@site/src/domain/quiz/types';
import { clesTexte, problemesTextesH5P } from './textes-h5p';
import { CHEMINS } from '@site/src/build/chemins';

const dir = path.resolve(__dirname, '..', '..', CHEMINS.officielsH5P);
const read = (lib: string, file: string) => JSON.parse(readFileSync(path.join(dir, lib, file), 'utf8'));
const NAMES = Object.keys(OFFICIELS) as Officiel[];
const langues = Object.fromEntries(NAMES.map((n) => [n, { semantics: read(n, 'semantics.json'), fr: read(n, 'language/fr.json') }])) as Langues;
const libraries = new Map<string, readonly Field[]>(NAMES.map((n) => [n, langues[n].semantics]));
const quizzes = ACTIVITES.filter((a): a is Quiz => a.kind === 'quiz');

test('the versions named in h5p.json are those of the library.json files in src/build/h5p/officiels/', () => {
  for (const name of NAMES) {
    const lib = read(name, 'library.json');
    expect([name, lib.majorVersion, lib.minorVersion]).toEqual([name, OFFICIELS[name].majorVersion, OFFICIELS[name].minorVersion]);
  }
  const options = (read('H5P.QuestionSet', 'semantics.json') as Field[]).find((f) => f.name === 'questions')!.field!.options as string[];
  for (const name of NAMES.filter((n) => n !== 'H5P.QuestionSet')) expect(options).toContain(libraryString(name));
});

test('the French defaults of each library satisfy its own semantics', () => {
  for (const name of NAMES.filter((n) => n !== 'H5P.QuestionSet')) {
    const value = defaults(langues[name].semantics, langues[name].fr.semantics);
    // Required fields without a default (the question text…) are filled by the export.
    const problems = contentProblems(value, langues[name].semantics).filter((p) => !p.includes('champ obligatoire manquant'));
    expect([name, problems]).toEqual([name, []]);
  }
});

describe.each(quizzes.map((q) => [q.id, q] as const))('quiz %s as an official QuestionSet', (_id, quiz) => {
  const paquet = paquetOfficiel(quiz, langues);
  test('content.json satisfies QuestionSet 1.21 and each sub-content its own semantics', () => {
    expect(paquet).not.toBeNull();
    expect(contentProblems(paquet!.content, langues['H5P.QuestionSet'].semantics, { libraries })).toEqual([]);
  });
  test('h5p.json names the main library and every sub-content library with its version', () => {
    const used = new Set((paquet!.content.questions as { library: string }[]).map((q) => q.library.split(' ')[0]));
    const deps = paquet!.h5pJson.preloadedDependencies as { machineName: Officiel; majorVersion: number; minorVersion: number }[];
    expect(paquet!.h5pJson.mainLibrary).toBe('H5P.QuestionSet');
    expect(new Set(deps.map((d) => d.machineName))).toEqual(new Set(['H5P.QuestionSet', ...used]));
    for (const d of deps) expect(d).toEqual({ machineName: d.machineName, ...OFFICIELS[d.machineName] });
  });
  test('every question is exported or listed with its reason; only ordre and numerique (or reserved characters) are left out', () => {
    expect(paquet!.questions + paquet!.omises.length).toBe(quiz.questions.length);
    for (const o of paquet!.omises) {
      const q = quiz.questions.find((x) => `${quiz.id}/${x.id}` === o.id)!;
      expect([q.type, o.raison]).toEqual([q.type, expect.stringMatching(/remise en ordre|numérique|réservés|marque/)]);
    }
  });
  test('answers are those of our quiz', () => {
    const subs = paquet!.content.questions as { library: string; params: Record<string, unknown> }[];
    let i = 0;
    for (const q of quiz.questions) {
      if (paquet!.omises.some((o) => o.id === `${quiz.id}/${q.id}`)) continue;
      const p = subs[i]!.params;
      i += 1;
      if (q.type === 'choix-unique') expect((p.answers as { correct: boolean }[]).map((a) => a.correct)).toEqual(q.options.map((o) => o.id === q.reponse));
      if (q.type === 'choix-multiples') expect((p.answers as { correct: boolean }[]).map((a) => a.correct)).toEqual(q.options.map((o) => q.reponses.includes(o.id)));
      if (q.type === 'vrai-faux') expect(p.correct).toBe(String(q.reponse));
      if (q.type === 'texte-a-trous') expect(((p.questions as string[])[0]!.match(/\*[^*]+\*/g) ?? []).length).toBe(Object.keys(q.trous).length);
      if (q.type === 'association') expect(((p.textField as string).match(/\*[^*]+\*/g) ?? []).length).toBe(q.gauche.length);
    }
  });
});

test('the validator catches what a host would refuse (the checks can fail)', () => {
  const quiz = quizzes[0]!;
  const paquet = paquetOfficiel(quiz, langues)!;
  const broken = JSON.parse(JSON.stringify(paquet.content));
  broken.questions[0].library = 'H5P.MultiChoice 1.15';
  broken.questions[0].params.question = '<p><script>x</script><img src="x"></p>';
  broken.questions[0].params.behaviour.type = 'plusieurs';
  broken.passPercentage = 150;
  const problems = contentProblems(broken, langues['H5P.QuestionSet'].semantics, { libraries });
  expect(problems.join('\n')).toMatch(/bibliothèque « H5P.MultiChoice 1.15 » non autorisée/);
  expect(problems.join('\n')).toMatch(/150 > maximum 100/);
  const second = JSON.parse(JSON.stringify(paquet.content));
  second.questions[0].params.question = '<p><script>x</script></p>';
  second.questions[0].params.behaviour.type = 'plusieurs';
  expect(contentProblems(second, langues['H5P.QuestionSet'].semantics, { libraries }).join('\n')).toMatch(/balise <script> non autorisée[\s\S]*« plusieurs » n'est pas une option/);
});

/** Problems of the text keys of one library's parameters: missing, left in English, placeholder lost. */
const problemesTextes = (name: Officiel, params: unknown) => problemesTextesH5P(name, langues[name].semantics, params, IDENTIQUES_EN_FRANCAIS[name] ?? []);

test('every exported package fills every text key of each library in French, placeholders kept', () => {
  const problemes: string[] = [];
  let cles = 0;
  for (const quiz of quizzes) {
    const paquet = paquetOfficiel(quiz, langues);
    if (!paquet) continue;
    problemes.push(...problemesTextes('H5P.QuestionSet', paquet.content).map((p) => `${quiz.id} : ${p}`));
    cles += clesTexte(langues['H5P.QuestionSet'].semantics, paquet.content).length;
    for (const sous of paquet.content.questions as { library: string; params: unknown }[]) {
      const name = sous.library.split(' ')[0] as Officiel;
      problemes.push(...problemesTextes(name, sous.params).map((p) => `${quiz.id} : ${p}`));
      cles += clesTexte(langues[name].semantics, sous.params).length;
    }
  }
  expect(problemes).toEqual([]);
  expect(cles).toBeGreaterThan(0);
});

test('the text-key check fails on a key left to the English default, a missing key, a lost placeholder', () => {
  const quiz = quizzes.find((q) => paquetOfficiel(q, langues))!;
  const content = JSON.parse(JSON.stringify(paquetOfficiel(quiz, langues)!.content));
  content.texts.next = 'Next';
  delete content.endGame.message;
  content.endGame.scoreBarLabel = 'Vous avez obtenu des points';
  expect(problemesTextes('H5P.QuestionSet', content)).toEqual([
    'H5P.QuestionSet texts.next : laissé en anglais « Next »',
    'H5P.QuestionSet endGame.message : absent (la bibliothèque afficherait « Results »)',
    'H5P.QuestionSet endGame.scoreBarLabel : « Vous avez obtenu des points » ne garde pas les marqueurs @finals @totals',
  ]);
  // The libraries' own fr.json leaves these in English: without our French texts, the check fails.
  const brut = defaults(langues['H5P.MultiChoice'].semantics, langues['H5P.MultiChoice'].fr.semantics);
  expect(problemesTextes('H5P.MultiChoice', brut)).toContain('H5P.MultiChoice UI.scoreBarLabel : laissé en anglais « You got :num out of :total points »');
});

test('sub-content ids are stable UUIDs', () => {
  expect(stableUuid('a/b')).toBe(stableUuid('a/b'));
  expect(stableUuid('a/b')).not.toBe(stableUuid('a/c'));
  expect(stableUuid('x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
});

describe('the .h5p files, as written by the export', () => {
  // Independent check of the package structure (h5p.json schema, content folder,
  // file types) by @lumieducation/h5p-server's validator, libraries not required.
  const { mkdtempSync, readdirSync, rmSync } = require('node:fs') as typeof import('node:fs');
  const os = require('node:os') as typeof import('node:os');
  const { H5PConfig, LibraryManager, fsImplementations } = require('@lumieducation/h5p-server') as typeof import('@lumieducation/h5p-server');
  const PackageImporter = require('@lumieducation/h5p-server/build/src/PackageImporter').default;
  const PackageValidator = require('@lumieducation/h5p-server/build/src/PackageValidator').default;
  const { exporter } = require('@site/src/build/exports/exports') as typeof import('@site/src/build/exports/exports');
  const { strToU8, unzipSync, zipSync } = require('fflate') as typeof import('fflate');
  const { readFileSync: read2, writeFileSync } = require('node:fs') as typeof import('node:fs');
  let work: string;
  let files: string[];
  beforeAll(() => {
    work = mkdtempSync(path.join(os.tmpdir(), 'h5p-officiel-'));
    const out = exporter({ format: 'h5p-official', bloc: null, out: work }, { siteDir: path.resolve(__dirname, '..', '..'), activites: ACTIVITES, pages: [], buildDir: 'build' });
    files = out.map((f) => path.join(work, f.chemin));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const validate = async (file: string) => {
    const config = new H5PConfig(undefined);
    const libraryManager = new LibraryManager(new fsImplementations.FileLibraryStorage(path.join(work, 'libs')));
    const extracted = path.join(work, 'extrait', path.basename(file));
    await PackageImporter.extractPackage(file, extracted, { includeContent: true, includeLibraries: true, includeMetadata: true });
    return new PackageValidator(config, libraryManager).validateExtractedPackage(extracted, true, false, false);
  };

  test('every package passes h5p-server’s package validation and holds no library', async () => {
    expect(files.length).toBe(quizzes.length);
    for (const file of files) {
      await expect(validate(file)).resolves.toBe(true);
      expect(Object.keys(unzipSync(new Uint8Array(read2(file)))).sort()).toEqual(['content/content.json', 'h5p.json']);
    }
    expect(readdirSync(work)).toContain('h5p-officiel');
  }, 60000);

  test('the same validator refuses a package without its main library (the check can fail)', async () => {
    const zip = unzipSync(new Uint8Array(read2(files[0]!)));
    const meta = JSON.parse(new TextDecoder().decode(zip['h5p.json']));
    delete meta.mainLibrary;
    zip['h5p.json'] = strToU8(JSON.stringify(meta));
    const broken = path.join(work, 'casse.h5p');
    writeFileSync(broken, zipSync(zip));
    await expect(validate(broken)).rejects.toBeTruthy();
  });
});
