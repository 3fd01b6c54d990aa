/**
 * Independent check: the .h5p packages we generate are accepted by a real H5P
 * implementation, @lumieducation/h5p-server (the engine behind Lumi): its package
 * validator, then a full import of libraries and content, whose parameters must
 * come back unchanged.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  H5PConfig,
  LaissezFairePermissionSystem,
  LibraryManager,
  fsImplementations,
} from '@lumieducation/h5p-server';
import ContentManager from '@lumieducation/h5p-server/build/src/ContentManager';
import ContentStorer from '@lumieducation/h5p-server/build/src/ContentStorer';
import PackageImporter from '@lumieducation/h5p-server/build/src/PackageImporter';
import PackageValidator from '@lumieducation/h5p-server/build/src/PackageValidator';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { writeFileSync } from 'node:fs';
import { ACTIVITES } from '@site/quizzes/index';
import { buildH5P } from '@site/src/build/h5p/construire';

const siteDir = path.resolve(__dirname, '..', '..');
let work: string;
let paquets: readonly string[];

beforeAll(() => {
  paquets = buildH5P(siteDir, ACTIVITES).paquets;
  work = mkdtempSync(path.join(os.tmpdir(), 'h5p-server-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function setup(name: string) {
  const config = new H5PConfig(undefined);
  const libraryManager = new LibraryManager(new fsImplementations.FileLibraryStorage(path.join(work, name, 'libraries')));
  const contentManager = new ContentManager(new fsImplementations.FileContentStorage(path.join(work, name, 'content')), new LaissezFairePermissionSystem());
  return { config, libraryManager, contentManager };
}

const user = { id: 'formateur', name: 'Formatrice', email: 'formatrice@example.org', type: 'local' as const };

test('there is at least one generated package per H5P activity', () => {
  expect(paquets.length).toBe(ACTIVITES.filter((a) => a.h5p).length);
  expect(paquets.length).toBeGreaterThan(0);
});

test.each(ACTIVITES.filter((a) => a.h5p).map((a) => [a.id]))('package %s passes h5p-server validation and imports with its content intact', async (id) => {
  const file = paquets.find((p) => p.endsWith(`${id}.h5p`))!;
  const { config, libraryManager, contentManager } = setup(id);
  const extracted = path.join(work, id, 'extrait');
  await PackageImporter.extractPackage(file, extracted, { includeContent: true, includeLibraries: true, includeMetadata: true });
  const validator = new PackageValidator(config, libraryManager);
  await expect(validator.validateExtractedPackage(extracted, true, true, false)).resolves.toBe(true);

  const storer = new ContentStorer(contentManager, libraryManager, undefined as never);
  const importer = new PackageImporter(libraryManager, config, new LaissezFairePermissionSystem(), contentManager, storer);
  const result = await importer.addPackageLibrariesAndContent(file, user as never);
  expect(result.installedLibraries.map((l) => `${l.newVersion?.machineName} ${l.type}`)).toEqual(['H5P.MoniteurAtelier new']);
  expect(result.metadata.mainLibrary).toBe('H5P.MoniteurAtelier');
  const original = JSON.parse(readFileSync(path.join(siteDir, '.generated', 'static', 'h5p', 'content', id!, 'content', 'content.json'), 'utf8'));
  expect(result.parameters).toEqual(original);
});

test('the same validator refuses a package whose library.json is broken (the check can fail)', async () => {
  const id = ACTIVITES.find((a) => a.h5p)!.id;
  const files = unzipSync(new Uint8Array(readFileSync(paquets.find((p) => p.endsWith(`${id}.h5p`))!)));
  const key = Object.keys(files).find((k) => k.endsWith('/library.json'))!;
  const library = JSON.parse(new TextDecoder().decode(files[key]));
  delete library.machineName;
  files[key] = strToU8(JSON.stringify(library));
  const broken = path.join(work, 'casse.h5p');
  writeFileSync(broken, zipSync(files));
  const { config, libraryManager } = setup('casse');
  const extracted = path.join(work, 'casse', 'extrait');
  await PackageImporter.extractPackage(broken, extracted, { includeContent: true, includeLibraries: true, includeMetadata: true });
  await expect(new PackageValidator(config, libraryManager).validateExtractedPackage(extracted, true, true, false)).rejects.toBeTruthy();
});

/**
 * A host saving the content (h5p-server's ContentStorer, what Lumi does when the
 * editor saves) filters every field by its semantics: the formulas' MathML must
 * come back with every attribute (xmlns, display, displaystyle, scriptlevel,
 * annotation encoding…).
 */
test('saving through the host keeps every formula’s MathML, attributes included', async () => {
  const { mathmlDeParams } = require('@site/src/domain/h5p/contenu') as typeof import('@site/src/domain/h5p/contenu');
  const { formulesMathML } = require('@site/src/build/h5p/construire') as typeof import('@site/src/build/h5p/construire');
  const { VERSION } = require('@site/src/build/h5p/semantics') as typeof import('@site/src/build/h5p/semantics');
  const avecFormules = ACTIVITES.filter((a) => a.h5p && formulesMathML(a).length > 0);
  expect(avecFormules.length).toBeGreaterThan(0);
  let attributs = 0;
  for (const activite of avecFormules) {
    const file = paquets.find((p) => p.endsWith(`${activite.id}.h5p`))!;
    const { config, libraryManager, contentManager } = setup(`sauve-${activite.id}`);
    const storer = new ContentStorer(contentManager, libraryManager, undefined as never);
    const importer = new PackageImporter(libraryManager, config, new LaissezFairePermissionSystem(), contentManager, storer);
    const result = await importer.addPackageLibrariesAndContent(file, user as never);
    const params = JSON.parse(JSON.stringify(result.parameters));
    const id = await storer.addOrUpdateContent(result.id, params, result.metadata, { machineName: 'H5P.MoniteurAtelier', majorVersion: VERSION.majorVersion, minorVersion: VERSION.minorVersion }, user as never);
    const saved = (await contentManager.getContentParameters(id, user as never)) as { formules: { latex: string; mathml: string }[] };
    const attendues = formulesMathML(activite);
    expect(saved.formules.map((f) => ({ latex: f.latex, mathml: mathmlDeParams(f.mathml) }))).toEqual(attendues);
    attributs += attendues.reduce((n, f) => n + (f.mathml.match(/ (xmlns|displaystyle|scriptlevel|encoding)="/g) ?? []).length, 0);
  }
  expect(attributs).toBeGreaterThan(0);
}, 60000);

test('the MathML of older content (markup, before 1.1) is still read; a broken value reads as no formula', () => {
  const { mathmlDeParams, mathmlVersParams } = require('@site/src/domain/h5p/contenu') as typeof import('@site/src/domain/h5p/contenu');
  const markup = '<math xmlns="http://www.w3.org/1998/Math/MathML"><mi>é</mi></math>';
  expect(mathmlVersParams(markup)).toMatch(/^[A-Za-z0-9+/]+=*$/);
  expect(mathmlDeParams(mathmlVersParams(markup))).toBe(markup);
  expect(mathmlDeParams(markup)).toBe(markup);
  expect(mathmlDeParams('pas du base64 !')).toBe('');
});
