/**
 * Every set of revision cards is valid (checkCartes), registered once, shown by a
 * lesson, and each answer rests on [Vu] points of the dossiers (like quiz questions).
 */
import fs from 'node:fs';
import path from 'node:path';
import { CARTES } from '@site/quizzes/cartes';
import { checkCartes } from '@site/src/domain/cartes/check';
import { verifierAppui } from '@site/src/domain/qualite/dossiers';
import { indexDesDossiers } from './dossiers';

const siteDir = path.resolve(__dirname, '..', '..');
const quizzesDir = path.join(siteDir, 'quizzes');
const index = indexDesDossiers();
const fichiers = fs
  .readdirSync(quizzesDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => fs.readdirSync(path.join(quizzesDir, d.name)).filter((f) => f.endsWith('.cartes.ts')).map((f) => `quizzes/${d.name}/${f}`));
const fichierDe = (id: string) => fichiers.find((f) => f.endsWith(`/${id}.cartes.ts`)) ?? `${id}.cartes.ts`;

function lecons(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? lecons(path.join(dir, d.name)) : d.name.endsWith('.mdx') ? [path.join(dir, d.name)] : []));
}
const pages = lecons(path.join(siteDir, 'docs')).map((f) => fs.readFileSync(f, 'utf8'));

test('every file *.cartes.ts is registered in quizzes/cartes.ts, once', () => {
  const ids = CARTES.map((j) => j.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(fichiers.map((f) => path.basename(f, '.cartes.ts')).sort()).toEqual([...ids].sort());
});

describe.each(CARTES.map((j) => [j.id, j] as const))('cards %s', (id, jeu) => {
  test('satisfy checkCartes (file › card : what to change)', () => {
    expect(checkCartes(jeu).map((p) => `${fichierDe(id)} › ${p.question ?? '(jeu)'} › ${p.champ} : ${p.message}`)).toEqual([]);
  });
  test('each answer rests on [Vu] points of the dossiers', () => {
    const erreurs = jeu.cartes.flatMap((c) =>
      (c.appuis ?? []).length === 0
        ? [`${fichierDe(id)} › ${c.id} : ajoutez appuis: ['complements §… <point>']`]
        : (c.appuis ?? []).flatMap((a) => {
            const e = verifierAppui(a, index);
            return e ? [`${fichierDe(id)} › ${c.id} : ${e}`] : [];
          }),
    );
    expect(erreurs).toEqual([]);
  });
  test('a lesson shows them with <Cartes id="…" />', () => {
    expect(pages.some((p) => p.includes(`<Cartes id="${id}"`))).toBe(true);
  });
});

test('the build refuses a broken set, naming the file, the card and the reason', () => {
  const { generateCartes } = require('@site/src/build/activites/activites') as typeof import('@site/src/build/activites/activites');
  const tmp = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'cartes-'));
  try {
    fs.mkdirSync(path.join(tmp, 'quizzes', 'bloc-1'), { recursive: true });
    fs.writeFileSync(path.join(tmp, 'quizzes', 'bloc-1', 'essai.cartes.ts'), '');
    const jeu = CARTES[0]!;
    const casse = { ...jeu, id: 'essai', cartes: jeu.cartes.map((c, i) => (i === 2 ? { ...c, verso: '' } : c)) };
    expect(() => generateCartes(tmp, [casse])).toThrow(`quizzes/bloc-1/essai.cartes.ts › « ${jeu.cartes[2]!.id} » › verso : verso manquant`);
    generateCartes(tmp, [{ ...jeu, id: 'essai' }]);
    expect(fs.existsSync(path.join(tmp, '.generated', 'cartes', 'essai.json'))).toBe(true);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});
