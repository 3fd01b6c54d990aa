/**
 * `<LeconsDuBloc bloc="B1" />` gets, at build time, the lessons of the bloc in the
 * order of the course with their time to read and their activities (from the
 * index the build writes first); the component is imported by that page only; a
 * wrong bloc stops the build with the page and the line.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ACTIVITES } from '@site/quizzes/index';
import { construireBanque, RUBRIC_DIR } from '@site/src/build/activites/activites';
import remarkSommaire from '@site/src/plugins/remark-sommaire';
import { sommaireDuBloc } from '@site/src/domain/formateur/banque';
import { element, type Node } from './noeuds';

const banque = construireBanque(path.resolve(__dirname, '..', '..'), ACTIVITES, new Map());
let siteDir: string;
beforeAll(() => {
  siteDir = mkdtempSync(path.join(tmpdir(), 'sommaire-'));
  mkdirSync(path.join(siteDir, RUBRIC_DIR), { recursive: true });
  writeFileSync(path.join(siteDir, RUBRIC_DIR, 'index.json'), JSON.stringify(banque));
});
afterAll(() => rmSync(siteDir, { recursive: true, force: true }));

function run(children: Node[]): Node {
  const tree = { type: 'root', children };
  remarkSommaire({ siteDir })(tree as never, { path: 'docs/bloc-2/index.mdx' });
  return tree;
}

test('the lessons of the bloc, in the order of the course, are written into the page; the component is imported', () => {
  const node = element('LeconsDuBloc', { bloc: 'B2' });
  const tree = run([node]);
  expect(node.name).toBe('__LeconsDuBloc');
  const attr = node.attributes!.find((a) => a.name === 'lecons')!.value as { value: string };
  expect(JSON.parse(attr.value)).toEqual(sommaireDuBloc(banque, 'B2'));
  expect(JSON.parse(attr.value)[0].route).toBe('/cours/bloc-2/faisabilite-commandes');
  const imports = tree.children!.filter((n) => n.type === 'mdxjsEsm');
  expect(imports).toHaveLength(1);
  expect(String(imports[0]!.value)).toMatch(/import \{ LeconsDuBloc as __LeconsDuBloc \} from "@site\/src\/components\/Bloc"/);
});

test('a page without <LeconsDuBloc> imports nothing', () => {
  const tree = run([element('EnBref')]);
  expect(tree.children!.filter((n) => n.type === 'mdxjsEsm')).toHaveLength(0);
});

test('an unknown or missing bloc stops the build with the page, the line and the fix', () => {
  expect(() => run([element('LeconsDuBloc', { bloc: 'B9' }, 7)])).toThrow('docs/bloc-2/index.mdx:7 : <LeconsDuBloc> : écrivez le bloc en toutes lettres, par exemple bloc="B1"');
  expect(() => run([element('LeconsDuBloc', {}, 8)])).toThrow(/index\.mdx:8 : <LeconsDuBloc>/);
});
