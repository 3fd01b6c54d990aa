/**
 * The search worker's view of the index (src/lib/recherche-index.ts): each file
 * fetched once; offline, a fragment or a document comes from the whole index
 * kept after a first search; a failure is not remembered; the manifest is read
 * again once forgotten, and an index of another version is refused.
 */
import { IndexDistant, oublier, ouvrir } from '@site/src/lib/recherche-index';
import { VERSION_INDEX, type IndexComplet } from '@site/src/domain/recherche/index';

const DOSSIER = '/moniteur-atelier/recherche/abc/';
const COMPLET: IndexComplet = {
  fragments: { aut: { autodetermin: [8, 12] }, sec: { securit: [16, 9] } },
  documents: [[{ i: 1, t: "L'autodétermination", u: '/moniteur-atelier/cours/a' }], [], [], [], []],
};

let reseau: Record<string, unknown>;
let demandes: string[];

beforeEach(() => {
  demandes = [];
  reseau = {};
  global.fetch = jest.fn(async (url: string | URL | Request) => {
    const u = String(url);
    demandes.push(u.slice(DOSSIER.length));
    if (!(u in reseau)) throw new TypeError('Failed to fetch');
    return new Response(JSON.stringify(reseau[u]), { status: 200 });
  }) as typeof fetch;
});

const index = () => new IndexDistant(DOSSIER, { version: VERSION_INDEX, dossier: 'abc', fragments: ['aut', 'sec'] });

test('a fragment and a document are fetched once each', async () => {
  reseau[`${DOSSIER}f/aut.json`] = COMPLET.fragments.aut;
  reseau[`${DOSSIER}d/0-1.json`] = COMPLET.documents[0]![0];
  const idx = index();
  expect(await idx.fragment('aut')).toEqual(COMPLET.fragments.aut);
  const d = await idx.document(0, 1);
  expect(await idx.fragment('aut')).toEqual(COMPLET.fragments.aut);
  expect(await idx.document(0, 1)).toBe(d);
  expect(demandes).toEqual(['f/aut.json', 'd/0-1.json']);
});

test('offline, what was never fetched comes from the whole index kept after a first search', async () => {
  reseau[`${DOSSIER}tout.json`] = COMPLET;
  const idx = index();
  expect(await idx.fragment('sec')).toEqual(COMPLET.fragments.sec);
  expect(await idx.document(0, 1)).toEqual(COMPLET.documents[0]![0]);
  // Once the whole index is there, nothing else is asked of the network.
  expect(demandes).toEqual(['f/sec.json', 'tout.json']);
});

test('the whole index does not replace a document already shown (a result and its page stay one object)', async () => {
  reseau[`${DOSSIER}d/0-1.json`] = COMPLET.documents[0]![0];
  reseau[`${DOSSIER}tout.json`] = COMPLET;
  const idx = index();
  const d = await idx.document(0, 1);
  await idx.toutLIndex();
  expect(await idx.document(0, 1)).toBe(d);
});

test('a file missing everywhere fails that query only: the next one tries the network again', async () => {
  const idx = index();
  await expect(idx.fragment('aut')).rejects.toThrow();
  reseau[`${DOSSIER}f/aut.json`] = COMPLET.fragments.aut;
  expect(await idx.fragment('aut')).toEqual(COMPLET.fragments.aut);
  expect(demandes.filter((d) => d === 'f/aut.json')).toHaveLength(2);
});

test('a document absent from the whole index is named', async () => {
  reseau[`${DOSSIER}tout.json`] = COMPLET;
  await expect(index().document(4, 99)).rejects.toThrow("recherche : document 4-99 absent de l'index complet");
});

describe('ouvrir', () => {
  const BASE = '/moniteur-atelier/';
  const MANIFESTE = `${BASE}recherche/manifeste.json`;

  test('the manifest is read once, then again after oublier (the site may have been updated)', async () => {
    reseau[MANIFESTE] = { version: VERSION_INDEX, dossier: 'abc', fragments: ['aut'] };
    const idx = await ouvrir(BASE);
    expect(idx.manifeste.dossier).toBe('abc');
    expect(await ouvrir(BASE)).toBe(idx);
    reseau[MANIFESTE] = { version: VERSION_INDEX, dossier: 'def', fragments: [] };
    oublier(BASE);
    expect((await ouvrir(BASE)).manifeste.dossier).toBe('def');
    oublier(BASE);
  });

  test('an index of another version is refused with both versions named', async () => {
    reseau[MANIFESTE] = { version: 99, dossier: 'abc', fragments: [] };
    await expect(ouvrir(BASE)).rejects.toThrow(`recherche : index de version 99, attendu ${VERSION_INDEX}`);
    oublier(BASE);
  });
});
