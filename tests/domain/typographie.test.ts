/**
 * French typography at build time: a space typed before « : ; ! ? » and %, or
 * inside « », becomes a narrow no-break space; nothing else moves (times, links,
 * query strings, formulas, identifiers, answers to type).
 */
import { ACTIVITES } from '@site/quizzes/index';
import { ESPACE_FINE as F, espacesFines, espacesFinesTexteRiche, typographieActivite } from '@site/src/domain/texte/typographie';
import remarkTypographie, { parseFrontMatter } from '@site/src/plugins/remark-typographie';

describe('espacesFines', () => {
  test.each([
    ['adaptée : travaillez', `adaptée${F}: travaillez`],
    ['Pourquoi ? Parce que ; enfin !', `Pourquoi${F}? Parce que${F}; enfin${F}!`],
    ['« mot »', `«${F}mot${F}»`],
    ['6 % des personnes', `6${F}% des personnes`],
    ['deux espaces  :', `deux espaces${F}:`],
    ['déjà\u00a0: insécable', `déjà${F}: insécable`],
  ])('« %s »', (avant, apres) => expect(espacesFines(avant)).toBe(apres));

  test.each([['8:30'], ['https://exemple.fr/page?q=1&r=2'], ['B1.C2.CR3'], ['Note:sans espace'], ['50%'], ['texte ordinaire sans ponctuation']])('unchanged: « %s »', (texte) =>
    expect(espacesFines(texte)).toBe(texte),
  );

  test('formulas of rich text are kept as written', () => {
    expect(espacesFinesTexteRiche('Le taux : $TRS = D \\times P : Q$ soit 80 %')).toBe(`Le taux${F}: $TRS = D \\times P : Q$ soit 80${F}%`);
    expect(espacesFinesTexteRiche('$$a : b$$ puis ?')).toBe('$$a : b$$ puis ?'.replace(' ?', `${F}?`));
  });
});

describe('activities', () => {
  test('texts change, identifiers, answers and links do not; the original is not modified', () => {
    const quiz = { id: 'a : b', titre: 'Titre : x', questions: [{ id: 'q ?', enonce: 'Vrai ?', feedback: { vrai: 'Oui !', faux: 'Non !' }, trous: { t: { acceptees: ['oui !'], feedback: 'Bien !' } } }], tableau: { entetes: ['Part'], lignes: [['5 %']] }, lien: '/cours/x?y=1 :' };
    const copie = JSON.parse(JSON.stringify(quiz));
    const t = typographieActivite(quiz);
    expect(quiz).toEqual(copie);
    expect(t.id).toBe('a : b');
    expect(t.titre).toBe(`Titre${F}: x`);
    expect(t.questions[0]!.id).toBe('q ?');
    expect(t.questions[0]!.enonce).toBe(`Vrai${F}?`);
    expect(t.questions[0]!.feedback).toEqual({ vrai: `Oui${F}!`, faux: `Non${F}!` });
    expect(t.questions[0]!.trous.t.acceptees).toEqual(['oui !']);
    expect(t.questions[0]!.trous.t.feedback).toBe(`Bien${F}!`);
    expect(t.tableau.lignes[0]![0]).toBe(`5${F}%`);
    expect(t.lien).toBe('/cours/x?y=1 :');
  });
  test('every activity of the site: no ordinary space left before « : ; ! ? » in its texts', () => {
    const restes = ACTIVITES.flatMap((a) => {
      // Left out: identifiers, answers to type, links, what each fact of a case means (`drapeaux`) and the
      // dossier points a question rests on (`appuis`, written as in the dossiers): for authors, never shown.
      const json = JSON.stringify(typographieActivite(a), (k, v) => (['id', 'acceptees', 'reponse', 'reponses', 'suivant', 'debut', 'lien', 'drapeaux', 'appuis'].includes(k) ? undefined : v));
      return [...json.replace(/\$[^$]*\$/g, '').matchAll(/.{0,20} [:;!?].{0,10}/g)].map((m) => `${a.id} : ${m[0]}`);
    });
    expect(restes).toEqual([]);
  });
});

describe('MDX pages', () => {
  test('text nodes change; code, formulas and expressions do not', () => {
    const tree = {
      type: 'root',
      children: [
        { type: 'paragraph', children: [{ type: 'text', value: 'Attention : ' }, { type: 'inlineCode', value: 'a : b' }, { type: 'inlineMath', value: 'x : y' }] },
        { type: 'code', value: 'const a = b ? c : d;' },
        { type: 'mdxTextExpression', value: '/* #id ? */' },
        { type: 'link', url: 'https://x.fr/?a=1', children: [{ type: 'text', value: 'lien ?' }] },
      ],
    };
    remarkTypographie()(tree);
    expect(JSON.stringify(tree)).toBe(
      JSON.stringify({
        type: 'root',
        children: [
          { type: 'paragraph', children: [{ type: 'text', value: `Attention${F}: ` }, { type: 'inlineCode', value: 'a : b' }, { type: 'inlineMath', value: 'x : y' }] },
          { type: 'code', value: 'const a = b ? c : d;' },
          { type: 'mdxTextExpression', value: '/* #id ? */' },
          { type: 'link', url: 'https://x.fr/?a=1', children: [{ type: 'text', value: `lien${F}?` }] },
        ],
      }),
    );
  });
  test('front matter: title, menu label and description; other fields untouched', async () => {
    const r = await parseFrontMatter({
      filePath: 'docs/x.mdx',
      fileContent: '',
      defaultParseFrontMatter: async () => ({ frontMatter: { title: 'Qualité : le client', sidebar_label: 'Qualité ?', description: '« Bien »', slug: '/a:b', criteres: ['B1.C1.CR1'] }, content: 'corps : ici' }),
    });
    expect(r).toEqual({ frontMatter: { title: `Qualité${F}: le client`, sidebar_label: `Qualité${F}?`, description: `«${F}Bien${F}»`, slug: '/a:b', criteres: ['B1.C1.CR1'] }, content: 'corps : ici' });
  });
});
