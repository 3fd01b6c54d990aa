/**
 * `<Quiz id="…" />`, `<CasPratique>` and `<H5P>` in a page: an unknown id or the
 * wrong component stops the build with the page and the line; a known activity
 * becomes an island (src/components/Activite/Ilot.tsx) whose component and data
 * are imported for the server only (`?serveur`) and loaded by the browser on demand.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import remarkActivites, { SERVEUR_SEULEMENT } from '@site/src/plugins/remark-activites';
import { h5pIndexPath, publicModulePath } from '@site/src/build/activites/activites';
import { element, type Node } from './noeuds';

let siteDir: string;

beforeAll(() => {
  siteDir = mkdtempSync(path.join(tmpdir(), 'remark-activites-'));
  const ecrire = (fichier: string, contenu: unknown) => {
    mkdirSync(path.dirname(fichier), { recursive: true });
    writeFileSync(fichier, JSON.stringify(contenu));
  };
  ecrire(publicModulePath(siteDir, 'cadre'), { activite: { kind: 'quiz', id: 'cadre' } });
  ecrire(publicModulePath(siteDir, 'commande'), { activite: { kind: 'cas', id: 'commande' } });
  ecrire(h5pIndexPath(siteDir, 'accueil'), { id: 'accueil' });
});

afterAll(() => rmSync(siteDir, { recursive: true, force: true }));

function run(children: Node[]): Node & { children: Node[] } {
  const tree = { type: 'root', children };
  remarkActivites({ siteDir })(tree as never, { path: 'docs/bloc-1/accueillir.mdx' });
  return tree;
}

const sources = (tree: { children: Node[] }) =>
  tree.children.filter((n) => n.type === 'mdxjsEsm').map((n) => String(n.value).replace(siteDir, '<site>'));

const attribut = (node: Node, name: string) => node.attributes!.find((a) => a.name === name)?.value as { value: string; data: { estree: { body: { expression: Record<string, unknown> }[] } } };

describe('remarkActivites', () => {
  it("fait de chaque activité un îlot : composant et données pour le serveur, chargés à la demande par le navigateur", () => {
    const quiz = element('Quiz', { id: 'cadre' });
    const cas = element('CasPratique', { id: 'commande' });
    const h5p = element('H5P', { id: 'accueil' });
    const tree = run([quiz, { type: 'paragraph', children: [cas] }, h5p]);
    expect([quiz.name, cas.name, h5p.name]).toEqual(['__Ilot', '__Ilot', '__Ilot']);
    expect(sources(tree)).toEqual([
      `import __activite_0 from "<site>/.generated/activites/cadre.json${SERVEUR_SEULEMENT}";`,
      `import __activite_1 from "<site>/.generated/activites/commande.json${SERVEUR_SEULEMENT}";`,
      expect.stringMatching(new RegExp(`^import __activite_2 from "<site>/.+/accueil\\.json\\${SERVEUR_SEULEMENT}";$`)),
      `import __Quiz from "@site/src/components/Quiz${SERVEUR_SEULEMENT}";`,
      `import __CasPratique from "@site/src/components/CasPratique${SERVEUR_SEULEMENT}";`,
      `import __H5P from "@site/src/components/H5P${SERVEUR_SEULEMENT}";`,
      'import __Ilot from "@site/src/components/Activite/Ilot";',
    ]);
    expect(quiz.attributes!.map((a) => a.name)).toEqual(['id', 'serveur', 'data', 'charger', 'chargerData', 'ancre']);
    // An H5P activity (one button before « Lancer ») is loaded when it is used, not when it comes near.
    expect(h5p.attributes!.map((a) => a.name)).toEqual(['id', 'serveur', 'data', 'charger', 'chargerData', 'ancre', 'surInteraction']);
    expect(attribut(h5p, 'surInteraction').value).toBe('true');
    // The heading's anchor, declared to the build's link check (quiz and case: <id>-titre; H5P: h5p-<id>-titre).
    expect([quiz, h5p].map((n) => n.attributes!.find((a) => a.name === 'ancre')!.value)).toEqual(['cadre-titre', 'h5p-accueil-titre']);
    expect(attribut(quiz, 'serveur').value).toBe('__Quiz');
    expect(attribut(cas, 'data').value).toBe('__activite_1');
    // The loaders are real expressions (estree), without `?serveur`: the browser's own chunks.
    const charger = attribut(quiz, 'charger');
    expect(charger.value).toBe('() => import("@site/src/components/Quiz")');
    expect(charger.data.estree.body[0]!.expression).toMatchObject({
      type: 'ArrowFunctionExpression',
      params: [],
      body: { type: 'ImportExpression', source: { type: 'Literal', value: '@site/src/components/Quiz' } },
    });
    expect(attribut(quiz, 'chargerData').value).toBe(`() => import(${JSON.stringify(publicModulePath(siteDir, 'cadre'))})`);
  });

  it('laisse intacte une page sans activité', () => {
    const tree = run([{ type: 'paragraph', children: [{ type: 'text', value: 'Texte' }] }, element('EnBref')]);
    expect(sources(tree)).toEqual([]);
    expect(tree.children[1]!.name).toBe('EnBref');
  });

  it("refuse un id inconnu en nommant la page, la ligne et le fichier à compléter", () => {
    expect(() => run([element('Quiz', { id: 'inconnu' }, 12)])).toThrow('docs/bloc-1/accueillir.mdx:12 : <Quiz id="inconnu"> : aucune activité « inconnu » dans quizzes/index.ts.');
  });

  it('refuse un quiz écrit comme mise en situation, et dit quelle balise écrire', () => {
    expect(() => run([element('CasPratique', { id: 'cadre' }, 7)])).toThrow('docs/bloc-1/accueillir.mdx:7 : « cadre » est un quiz : utilisez <Quiz id="cadre" />.');
  });
});
