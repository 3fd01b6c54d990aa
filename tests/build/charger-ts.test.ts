/**
 * The build's TypeScript loader (jiti + esbuild, decision 0054): an author's file
 * is read as TypeScript (types, `satisfies`, `as const`, re-exports, default
 * exports), edits are seen by the next load, and a file that does not parse
 * stops the build with its name, line and column. Files transformed ahead in one
 * call give the same modules, and an edit made since is not hidden by them.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chargeurTs, transformerDAvance } from '@site/src/build/charger-ts';

let dossier: string;
beforeEach(() => {
  dossier = mkdtempSync(path.join(tmpdir(), 'charger-ts-'));
});
afterEach(() => rmSync(dossier, { recursive: true, force: true }));

const ecrire = (nom: string, texte: string) => writeFileSync(path.join(dossier, nom), texte);

test('a TypeScript module and what it imports are loaded as written', () => {
  ecrire('types.ts', 'export type Niveau = 1 | 2;\nexport enum Bloc { B1 = "B1", B2 = "B2" }\nexport default function double(n: number): number { return n * 2; }\n');
  ecrire(
    'index.ts',
    [
      "import double, { Bloc, type Niveau } from './types';",
      "export * from './types';",
      'const niveau: Niveau = 2;',
      "export const ACTIVITES = [{ id: 'q1', bloc: Bloc.B1, points: double(niveau) }] as const satisfies readonly { id: string }[];",
      '',
    ].join('\n'),
  );
  const module = chargeurTs(__filename, false)(path.join(dossier, 'index.ts')) as { ACTIVITES: unknown; Bloc: Record<string, string> };
  expect(module.ACTIVITES).toEqual([{ id: 'q1', bloc: 'B1', points: 4 }]);
  expect(module.Bloc.B2).toBe('B2');
});

test('an edited file is seen by the next loader, with the cache on disk', () => {
  const cache = path.join(dossier, 'cache');
  ecrire('q.ts', 'export const N: number = 1;\n');
  expect((chargeurTs(__filename, cache)(path.join(dossier, 'q.ts')) as { N: number }).N).toBe(1);
  ecrire('q.ts', 'export const N: number = 2;\n');
  expect((chargeurTs(__filename, cache)(path.join(dossier, 'q.ts')) as { N: number }).N).toBe(2);
});

test('a file that does not parse names itself, its line and column', () => {
  ecrire('casse.ts', "export const QUIZ = {\n  id: 'q1',\n  questions: [ { texte: 'Oui ?' ]\n};\n");
  expect(() => chargeurTs(__filename, false)(path.join(dossier, 'casse.ts'))).toThrow(/Impossible de lire .*casse\.ts : .*casse\.ts:3:\d+ : Expected "}" but found "]"/);
});

test('folders transformed ahead: same module, one call, and an edit made since is read afresh', () => {
  ecrire('a.ts', "import { b } from './b';\nexport const A: string = `a${b}`;\n");
  ecrire('b.ts', 'export const b: number = 1;\n');
  const prets = transformerDAvance([dossier]);
  expect([...prets.keys()].sort()).toEqual([path.join(dossier, 'a.ts'), path.join(dossier, 'b.ts')]);
  expect((chargeurTs(__filename, false, [dossier])(path.join(dossier, 'a.ts')) as { A: string }).A).toBe('a1');
  ecrire('b.ts', 'export const b: number = 2;\n');
  expect((chargeurTs(__filename, false, [dossier])(path.join(dossier, 'a.ts')) as { A: string }).A).toBe('a2');
});

test('a folder with a file that does not parse: nothing ahead, the file still names its error', () => {
  ecrire('bon.ts', 'export const OK: boolean = true;\n');
  ecrire('casse.ts', 'export const X = (;\n');
  expect(transformerDAvance([dossier]).size).toBe(0);
  expect((chargeurTs(__filename, false, [dossier])(path.join(dossier, 'bon.ts')) as { OK: boolean }).OK).toBe(true);
  expect(() => chargeurTs(__filename, false, [dossier])(path.join(dossier, 'casse.ts'))).toThrow(/casse\.ts:1:\d+ : /);
});
