/**
 * The offline search's index and engine (src/domain/recherche/): French words
 * become the same terms when indexed and when typed, the index is cut by the
 * first letters of its terms, and a query reads only the fragments of its words
 * and the documents of the results it gives.
 */
import { analyser, estMotVide, motsDeRequete, prefixeDeRequete, termeDeRequete, termesDIndex } from '@site/src/domain/recherche/analyse';
import { JOKER, chercher, distance, requetesPrincipales, type Chargeur } from '@site/src/domain/recherche/chercher';
import {
  TYPE,
  VERSION_INDEX,
  cleDeFragment,
  construireIndex,
  lirePostings,
  type DocumentRecherche,
} from '@site/src/domain/recherche/index';

const PAGE = '/moniteur-atelier/cours/bloc-1/';

/** Two lessons and a glossary: titles, headings, a description, sections. */
const DOCUMENTS: DocumentRecherche[][] = [
  [
    { i: 1, t: "L'autodétermination au travail", u: `${PAGE}autodetermination`, b: ['Bloc 1'] },
    { i: 2, t: 'Santé et sécurité', u: `${PAGE}sante-securite`, b: ['Bloc 2'] },
    { i: 3, t: 'Glossaire', u: `${PAGE}glossaire`, b: ['Ressources'] },
  ],
  [
    { i: 4, t: 'Soutenir les choix', u: `${PAGE}autodetermination`, h: '#choix', p: 1 },
    { i: 5, t: 'Le droit de retrait', u: `${PAGE}sante-securite`, h: '#retrait', p: 2 },
    { i: 6, t: 'EA', u: `${PAGE}glossaire`, h: '#ea', p: 3 },
  ],
  // A description has its page's id, as the plugin's parser gives it.
  [{ i: 1, t: 'Laisser la personne décider.', s: '', u: `${PAGE}autodetermination`, p: 1 }],
  [],
  [
    { i: 7, t: "Le moniteur soutient l'autodétermination des travailleurs : il les aide à choisir.", s: 'Soutenir les choix', u: `${PAGE}autodetermination`, h: '#choix', p: 1 },
    { i: 8, t: 'La prévention des risques protège la santé et la sécurité des travailleurs.', s: 'Prévenir', u: `${PAGE}sante-securite`, h: '#prevenir', p: 2 },
    { i: 9, t: "L'entreprise adaptée (EA) emploie au moins 55 % de travailleurs handicapés.", s: 'EA', u: `${PAGE}glossaire`, h: '#ea', p: 3 },
  ],
];

/** A loader over the built index that counts what it reads. */
function chargeurDe(parType: DocumentRecherche[][] = DOCUMENTS) {
  const index = construireIndex(parType);
  const lus: string[] = [];
  const objets = new Map<string, DocumentRecherche>();
  const chargeur: Chargeur = {
    manifeste: { version: VERSION_INDEX, dossier: 'x', fragments: [...index.fragments.keys()] },
    fragment: async (cle) => {
      lus.push(`f:${cle}`);
      const f = index.fragments.get(cle);
      if (!f) throw new Error(`fragment ${cle} absent`);
      return JSON.parse(JSON.stringify(f)) as typeof f;
    },
    document: async (type, id) => {
      const cle = `${type}-${id}`;
      lus.push(`d:${cle}`);
      if (!objets.has(cle)) {
        const d = index.documents[type]!.find((x) => x.i === id);
        if (!d) throw new Error(`document ${cle} absent`);
        objets.set(cle, JSON.parse(JSON.stringify(d)) as DocumentRecherche);
      }
      return objets.get(cle)!;
    },
  };
  return { index, chargeur, lus };
}

const requetes = requetesPrincipales;

const pages = (r: { document: DocumentRecherche }[]) => r.map((x) => `${x.document.u.slice(PAGE.length)}${x.document.h ?? ''}`);

describe('analyse', () => {
  test('elisions are split, accents folded, stop words left out, each term keeps the place of its word', () => {
    const texte = "L’autodétermination : la sécurité au travail, « prévention ».";
    const jetons = analyser(texte);
    expect(jetons.map((j) => j.terme)).toEqual(['autodetermin', 'securit', 'travail', 'prevent']);
    expect(jetons.map((j) => texte.substr(j.position[0], j.position[1]))).toEqual(['autodétermination', 'sécurité', 'travail', 'prévention']);
  });

  test('the terms the index is built from are the analysed terms, in order', () => {
    const textes = [
      "L’autodétermination : la sécurité au travail, « prévention ».",
      " -- début par des séparateurs ; fin aussi -'",
      'ESAT/EA 55 % du SMIC (art. L344-2) ; 1 500 € — co-construction, sous-traitance…',
      'Les Travailleurs HANDICAPÉS et l’ÉQUIPE pluriprofessionnelle',
      '',
    ];
    for (const t of textes) expect(termesDIndex(t)).toEqual(analyser(t).map((j) => j.terme));
    expect(termesDIndex(textes[2]!)).toContain('l344');
  });

  test('a typed word gives the same term as the text, with or without accents or capitals', () => {
    expect(termeDeRequete('Sécurité')).toBe('securit');
    expect(termeDeRequete('securites')).toBe('securit');
    expect(prefixeDeRequete('AUTODÉT')).toBe('autodet');
    expect(motsDeRequete("l'autodétermination  des-travailleurs")).toEqual(['l', 'autodétermination', 'des', 'travailleurs']);
    expect(estMotVide('des')).toBe(true);
    expect(estMotVide('sécurité')).toBe(false);
  });
});

describe('construireIndex', () => {
  test('terms are grouped by their first three letters; each posting gives back its document, kind and a weight', () => {
    const { index } = chargeurDe();
    expect(cleDeFragment('autodetermin')).toBe('aut');
    expect(cleDeFragment('ea')).toBe('ea');
    expect(cleDeFragment('œuvr')).toBe('_153uv');
    const postings = lirePostings(index.fragments.get('aut')!['autodetermin']!);
    expect(postings.map((p) => [p.type, p.id])).toEqual([
      [TYPE.titre, 1],
      [TYPE.contenu, 7],
    ]);
    expect(postings.every((p) => p.poids > 0)).toBe(true);
    expect(index.fragments.has('de')).toBe(false);
  });

  test('a rarer term weighs more than a common one in the same section', () => {
    const { index } = chargeurDe();
    const poids = (terme: string) => lirePostings(index.fragments.get(cleDeFragment(terme))![terme]!).find((p) => p.id === 8)!.poids;
    // « travailleurs » is in every section, « prévention » only in this one.
    expect(poids('prevent')).toBeGreaterThan(poids('travailleur'));
  });

  test('two documents of the same kind with one id are refused, with the page named', () => {
    const doublon = [[...DOCUMENTS[0]!, { i: 1, t: 'Autre', u: `${PAGE}autre` }], [], [], [], []];
    expect(() => construireIndex(doublon)).toThrow(`index de recherche : deux documents de type 0 portent l'identifiant 1 (${PAGE}autre).`);
  });
});

describe('requetesPrincipales', () => {
  test('every word required, the last one as typed then whole; again without the stop words', () => {
    expect(requetesPrincipales("l'autodét", 1).map((r) => r.term)).toEqual([
      [{ value: 'l', wildcard: JOKER.aucun }, { value: 'autodét', wildcard: JOKER.fin }],
      [{ value: 'l', editDistance: 1 }, { value: 'autodét', editDistance: 1 }],
      [{ value: 'autodét', wildcard: JOKER.fin }],
      [{ value: 'autodét', editDistance: 1 }],
    ]);
    expect(requetesPrincipales('sécurité')).toHaveLength(2);
    expect(requetesPrincipales(' - ')).toEqual([]);
  });
});

describe('chercher', () => {
  test('accents and capitals do not matter; titles come before headings and sections', async () => {
    const { chargeur } = chargeurDe();
    for (const saisie of ['autodetermination', 'AUTODÉTERMINATION', "l'autodétermination"]) {
      const r = await chercher(requetes(saisie), 8, chargeur);
      expect(pages(r)).toEqual(['autodetermination', 'autodetermination#choix']);
      expect(r.map((x) => x.type)).toEqual([TYPE.titre, TYPE.contenu]);
    }
  });

  test('a word being typed finds the words it begins', async () => {
    const { chargeur } = chargeurDe();
    expect(pages(await chercher(requetes('autodét'), 8, chargeur))).toEqual(['autodetermination', 'autodetermination#choix']);
    expect(pages(await chercher(requetes('préven'), 8, chargeur))).toEqual(['sante-securite#prevenir']);
  });

  test('every word is required, in one document', async () => {
    const { chargeur } = chargeurDe();
    expect(pages(await chercher(requetes('travailleurs prévention'), 8, chargeur))).toEqual(['sante-securite#prevenir']);
    expect(await chercher(requetes('autodétermination prévention'), 8, chargeur)).toEqual([]);
    // The title and the description of a page share an id, not their words.
    expect(await chercher(requetes('autodétermination décider'), 8, chargeur)).toEqual([]);
    expect(pages(await chercher(requetes('décider'), 8, chargeur))).toEqual(['autodetermination']);
  });

  test('a typo is forgiven when asked for (one letter), an exact match first', async () => {
    const { chargeur } = chargeurDe();
    expect(await chercher(requetes('securitr').slice(1, 2), 8, chargeur)).toEqual([]);
    expect(pages(await chercher(requetes('securitr', 1).slice(1, 2), 8, chargeur))).toEqual(['sante-securite', 'sante-securite#prevenir']);
    expect(distance('securit', 'securitr', 1)).toBe(1);
    expect(distance('securit', 'prevent', 1)).toBe(2);
  });

  test('a two-letter word is found; a one- or two-letter beginning does not list every longer word', async () => {
    const { chargeur } = chargeurDe();
    expect(pages(await chercher(requetes('EA'), 8, chargeur))).toEqual(['glossaire#ea', 'glossaire#ea']);
    expect(await chercher(requetes('au').slice(0, 1), 8, chargeur)).toEqual([]);
  });

  test('reads only the fragments of the typed words and the documents of the results, each page title shared with its result', async () => {
    const { chargeur, lus } = chargeurDe();
    const r = await chercher(requetes('autodétermination'), 8, chargeur);
    expect(new Set(lus)).toEqual(new Set(['f:aut', `d:${TYPE.titre}-1`, `d:${TYPE.contenu}-7`]));
    const [titre, section] = r;
    expect(titre!.page).toBe(false);
    expect(section!.page).toBe(titre!.document);
    // A word whose fragment does not exist reads nothing.
    lus.length = 0;
    expect(await chercher(requetes('zzz'), 8, chargeur)).toEqual([]);
    expect(lus).toEqual([]);
  });

  test('results stop at the limit and a document appears once', async () => {
    const { chargeur } = chargeurDe();
    const r = await chercher(requetes('travailleurs'), 2, chargeur);
    expect(r).toHaveLength(2);
    const tous = await chercher(requetes('travailleurs'), 8, chargeur);
    expect(new Set(tous.map((x) => `${x.type}-${x.document.i}`)).size).toBe(tous.length);
  });

  test('the matched words are placed in the text, for highlighting', async () => {
    const { chargeur } = chargeurDe();
    const [resultat] = await chercher(requetes('prévention risques'), 8, chargeur);
    const texte = resultat!.document.t;
    const places = Object.values(resultat!.metadata).flatMap((m) => m.t.position.map(([debut, longueur]) => texte.substr(debut, longueur)));
    expect(places.sort()).toEqual(['prévention', 'risques']);
    expect(resultat!.tokens).toEqual(['prévention', 'risques']);
  });
});
