/**
 * `<ObjectifsPedagogiques />` gets its critères and their intitulés at build time
 * (the page does not load the référentiel), a wrong critère stops the build with
 * the page and the line, and `<Referentiel />` / `<CompetencesDuBloc />` are
 * imported only by the pages that show them.
 */
import remarkReferentiel, { criteresDesObjectifs } from '@site/src/plugins/remark-referentiel';
import { critereById, objectifsDe } from '@site/src/referentiel';
import { espacesFines } from '@site/src/domain/texte/typographie';
import { element, type Node } from './noeuds';

function run(children: Node[], frontMatter: unknown = {}): Node {
  const tree = { type: 'root', children };
  remarkReferentiel()(tree as never, { path: 'docs/bloc-1/accueillir.mdx', data: { frontMatter } });
  return tree;
}

/** Evaluates the estree literal of a JSX attribute (arrays, objects, literals). */
function valeur(node: unknown): unknown {
  const n = node as { type: string; value?: unknown; elements?: unknown[]; properties?: { key: { value: string }; value: unknown }[] };
  if (n.type === 'Literal') return n.value;
  if (n.type === 'ArrayExpression') return n.elements!.map(valeur);
  if (n.type === 'ObjectExpression') return Object.fromEntries(n.properties!.map((p) => [p.key.value, valeur(p.value)]));
  throw new Error(`nœud inattendu ${n.type}`);
}

function objectifsDuNoeud(node: Node): unknown {
  const attr = node.attributes!.find((a) => a.name === 'objectifs')!.value as { value: string; data: { estree: { body: { expression: unknown }[] } } };
  expect(JSON.parse(attr.value)).toEqual(valeur(attr.data.estree.body[0]!.expression));
  return valeur(attr.data.estree.body[0]!.expression);
}

describe('<ObjectifsPedagogiques /> résolu à la construction', () => {
  it("reçoit les critères de l'en-tête, groupés par compétence, avec leurs intitulés", () => {
    const node = element('ObjectifsPedagogiques');
    run([node], { criteres: ['B1.C1.CR1', 'B1.C1.CR2', 'B1.C2.CR1'] });
    const objectifs = objectifsDuNoeud(node) as { competence: string; intitule: string; criteres: { id: string; intitule: string }[] }[];
    expect(objectifs.map((o) => o.competence)).toEqual(['B1.C1', 'B1.C2']);
    expect(objectifs[0]!.criteres).toEqual([
      { id: 'B1.C1.CR1', intitule: critereById('B1.C1.CR1').intitule },
      { id: 'B1.C1.CR2', intitule: critereById('B1.C1.CR2').intitule },
    ]);
    expect(objectifs).toEqual(JSON.parse(JSON.stringify(objectifsDe(['B1.C1.CR1', 'B1.C1.CR2', 'B1.C2.CR1']))));
  });

  it("l'attribut criteres l'emporte sur l'en-tête et disparaît du composant", () => {
    const node = element('ObjectifsPedagogiques', { criteres: 'B2.C1.CR1  B2.C1.CR1' });
    run([node], { criteres: ['B1.C1.CR1'] });
    expect(node.attributes!.map((a) => a.name)).toEqual(['objectifs']);
    // Intitulés with French typography: a narrow no-break space before « : ».
    expect(objectifsDuNoeud(node)).toEqual([{ competence: 'B2.C1', intitule: expect.any(String), criteres: [{ id: 'B2.C1.CR1', intitule: espacesFines(critereById('B2.C1.CR1').intitule) }] }]);
    expect(critereById('B2.C1.CR1').intitule).toMatch(/ : /);
  });

  it('un critère inconnu arrête la construction : page, ligne et id', () => {
    expect(() => run([element('ObjectifsPedagogiques', {}, 14)], { criteres: ['B1.C1.CR1', 'B1.C9.CR9'] })).toThrow(
      'docs/bloc-1/accueillir.mdx:14 : <ObjectifsPedagogiques /> : critère inconnu du référentiel : "B1.C9.CR9"',
    );
  });

  it("une leçon sans critère dans l'en-tête est refusée avec la correction", () => {
    expect(() => run([element('ObjectifsPedagogiques')], {})).toThrow(/accueillir\.mdx:12 : .*ajoutez la liste « criteres: \[B1\.C1\.CR1, …\] »/);
    expect(() => criteresDesObjectifs({ type: 'expression' }, {}, 'page:3')).toThrow(/page:3 : .*en toutes lettres/);
  });
});

describe('<Referentiel /> et <CompetencesDuBloc /> importés par leurs pages seulement', () => {
  it('ajoute un import nommé par composant utilisé, une seule fois ; le référentiel d’un bloc vient de DuBloc (HTML seulement)', () => {
    const a = element('CompetencesDuBloc', { bloc: 'B1' });
    const b = element('CompetencesDuBloc', { bloc: 'B2' });
    const c = element('Referentiel');
    const tree = run([a, b, c, element('EnBref')]);
    expect([a.name, b.name, c.name]).toEqual(['__CompetencesDuBloc', '__CompetencesDuBloc', '__Referentiel']);
    const imports = tree.children!.filter((n) => n.type === 'mdxjsEsm');
    expect(imports.map((n) => n.value).sort()).toEqual([
      'import { CompetencesDuBloc as __CompetencesDuBloc } from "@site/src/components/Referentiel/DuBloc";',
      'import { Referentiel as __Referentiel } from "@site/src/components/Referentiel";',
    ]);
  });

  it("une page sans ces composants n'importe rien", () => {
    const tree = run([element('EnBref')]);
    expect(tree.children!.some((n) => n.type === 'mdxjsEsm')).toBe(false);
  });
});
