/**
 * The options and the copies of `npm run bench:scale` (src/build/mesures/site-echelle.ts):
 * a wrong option stops the benchmark at once with a French message that says what
 * to type, before minutes of copying and building; the copy leaves outputs behind
 * and links the dependencies without sharing the bundler's cache.
 */
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { copierSite, ErreurBench, lireOptions, verifierInstallation } from '@site/src/build/mesures/site-echelle';

describe('lireOptions', () => {
  test('without options: ten times the content, both copies built, report in tmp/, copies removed', () => {
    expect(lireOptions([])).toEqual({ facteur: 10, garder: false, sansOriginal: false, sortie: 'tmp/bench-echelle.json' });
  });

  test('every option, with its value after a space or after « = »', () => {
    expect(lireOptions(['--facteur', '3', '--garder', '--sans-original', '--sortie', 'rapport.json'])).toEqual({
      facteur: 3,
      garder: true,
      sansOriginal: true,
      sortie: 'rapport.json',
    });
    expect(lireOptions(['--facteur=4', '--sortie=a=b.json'])).toEqual({ facteur: 4, garder: false, sansOriginal: false, sortie: 'a=b.json' });
  });

  test.each([['abc'], ['1'], ['2.5'], ['-3']])('--facteur %s is refused: a whole number, at least 2', (valeur) => {
    expect(() => lireOptions(['--facteur', valeur])).toThrow(
      `--facteur « ${valeur} » : donnez un nombre entier d'au moins 2 (10 par défaut : dix fois le contenu).`,
    );
  });

  test('an option that needs a value says so, also when the next word is another option', () => {
    expect(() => lireOptions(['--facteur'])).toThrow("l'option --facteur attend une valeur (par exemple --facteur 10).");
    expect(() => lireOptions(['--sortie', '--garder'])).toThrow("l'option --sortie attend une valeur (par exemple --sortie 10).");
  });

  test('an unknown option lists the known ones', () => {
    const appel = () => lireOptions(['--facteurs', '3']);
    expect(appel).toThrow(ErreurBench);
    expect(appel).toThrow(
      "option inconnue « --facteurs ». Options : --facteur N, --garder, --sans-original, --sortie chemin (voir l'en-tête de scripts/bench-scale.ts).",
    );
  });
});

describe('copies of the site', () => {
  let dossier: string;
  beforeEach(() => {
    dossier = mkdtempSync(path.join(os.tmpdir(), 'site-echelle-'));
  });
  afterEach(() => rmSync(dossier, { recursive: true, force: true }));

  function ecrire(relatif: string, texte = 'x'): void {
    mkdirSync(path.dirname(path.join(dossier, relatif)), { recursive: true });
    writeFileSync(path.join(dossier, relatif), texte);
  }

  test('without node_modules/@docusaurus/core, the benchmark asks for npm ci', () => {
    expect(() => verifierInstallation(dossier)).toThrow('node_modules/ est absent ou incomplet : lancez d’abord « npm ci ».');
    ecrire('node_modules/@docusaurus/core/package.json', '{}');
    expect(() => verifierInstallation(dossier)).not.toThrow();
  });

  test('the copy has the sources, not the outputs; its node_modules/ links each entry but .cache', () => {
    const site = path.join(dossier, 'site');
    for (const f of ['docs/intro.mdx', 'quizzes/index.ts', 'build/index.html', '.docusaurus/routes.js', '.generated/a.json', '.git/HEAD', 'tmp/r.json', 'node_modules/react/index.js', 'node_modules/.cache/x']) {
      ecrire(`site/${f}`, f);
    }
    copierSite(site, path.join(dossier, 'copie'));
    const copie = (f: string) => path.join(dossier, 'copie', f);
    expect(readFileSync(copie('docs/intro.mdx'), 'utf8')).toBe('docs/intro.mdx');
    expect(existsSync(copie('quizzes/index.ts'))).toBe(true);
    for (const exclu of ['build', '.docusaurus', '.generated', '.git', 'tmp']) expect(existsSync(copie(exclu))).toBe(false);
    expect(readdirSync(copie('node_modules'))).toEqual(['react']);
    expect(lstatSync(copie('node_modules/react')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(copie('node_modules/react'))).toBe(path.join(site, 'node_modules', 'react'));
  });
});
