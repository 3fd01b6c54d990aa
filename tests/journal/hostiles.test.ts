/**
 * The hostile-input corpus (tests/fixtures/hostiles/corpus.ts) through the real
 * readers and imports: every file gives its expected outcome; a refused file
 * leaves the storage byte for byte as it was, an accepted one is stored whole
 * (read back). Then the cases that need a state: a merge that would pass the
 * limits, a storage that fills up during the import, a full localStorage, an
 * IndexedDB that never answers, a read-back that differs.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ACTIVITES } from '@site/quizzes/index';
import { construireBanque } from '@site/src/build/activites/activites';
import { storeKeys, profilKey } from '@site/src/domain/journal/keys';
import { MemoryStore, type Changements, type KeyValueStore } from '@site/src/domain/journal/document';
import { JournalStore } from '@site/src/domain/journal/store';
import { appliquerImport, creerPasseport, importerPasseport, lirePasseport, refusExport, type LecturePasseport } from '@site/src/domain/apprenant/passeport';
import { ProfilStore } from '@site/src/domain/profil/profil-store';
import { lireLien } from '@site/src/domain/formateur/lien-parcours';
import { lireResume } from '@site/src/domain/journal/resume';
import { lireFichierCohorte } from '@site/src/domain/formateur/lecture-cohorte';
import { importerPaquet, registreSource } from '@site/src/build/h5p/import';
import { LocalStorageStore, ouvrirStockage } from '@site/src/lib/storage';
import { deballer, emballer, TRANCHE } from '@site/src/lib/lecteur-travail';
import { serializeJournal, emptyJournal } from '@site/src/domain/journal/journal';
import { CRITERE_IDS } from '@site/src/referentiel';
import { buildStatement } from '@site/src/domain/journal/statement';
import { iri } from '@site/src/domain/journal/iri';
import { encode, entreeProblem, fenetreDates, LIMITES_ENTREE } from '@site/src/domain/journal/codec';
import { CORPUS, REVISION, TYPES_HOSTILES, type CasHostile } from '../fixtures/hostiles/corpus';
import { octetsDe } from '../fixtures/hostiles/fichiers';
import { CHEMINS } from '@site/src/build/chemins';

jest.setTimeout(120_000);

const NS = 'moniteur-atelier@/moniteur-atelier/';
const KEYS = storeKeys(NS, 'principal');
const PROFIL = profilKey(NS, 'principal');
const HOME = 'https://exemple.github.io/moniteur-atelier/';
const NOUVEAU = '11111111-2222-4333-8444-555555555555';
const banque = construireBanque(path.resolve(__dirname, '..', '..'), ACTIVITES, new Map());
/** What the browser does with a file's bytes (File.text(): UTF-8, bad bytes replaced). */
const texteDe = (cas: CasHostile) => new TextDecoder('utf-8').decode(octetsDe(cas));
const parType = (type: CasHostile['type']) => CORPUS.filter((c) => c.type === type).map((c) => [c.fichier, c] as const);

async function ouvrir(kv: KeyValueStore | null, options: { etat?: Parameters<typeof JournalStore.open>[1]['etat'] } = {}) {
  const journal = await JournalStore.open(kv, { keys: KEYS, now: () => new Date(), newLearnerId: () => NOUVEAU, homePage: HOME, ...options });
  const profil = await ProfilStore.open(kv, { cle: PROFIL, quarantaine: () => `${NS}/q`, now: () => new Date(), nomParDefaut: '' });
  return { journal, profil };
}

/** A device that has practised: two traces and a profile. */
async function appareil(kv: KeyValueStore = new MemoryStore()) {
  const stores = await ouvrir(kv);
  const lecture = lirePasseport(texteDe(CORPUS.find((c) => c.fichier === 'valide.json')!), { revisionContenu: REVISION });
  if (!lecture.ok) throw new Error(lecture.raison);
  await stores.journal.append(lecture.etat.journal.statements.slice(0, 2));
  await stores.profil.save({ ...lecture.etat.profil, nom: 'Avant import' });
  return { kv, stores };
}

const instantane = async (kv: KeyValueStore) => JSON.stringify(await Promise.all((await kv.keys('')).sort().map(async (k) => [k, await kv.get(k)])));

test('the corpus holds at least 60 files of every kind, and the files on disk are their recipes', () => {
  expect(CORPUS.length).toBeGreaterThanOrEqual(60);
  expect(new Set(CORPUS.map((c) => `${c.type}/${c.fichier}`)).size).toBe(CORPUS.length);
  for (const type of TYPES_HOSTILES) expect(CORPUS.filter((c) => c.type === type).length).toBeGreaterThanOrEqual(8);
  const perimes = CORPUS.filter((c) => !c.gros && !octetsDe(c).equals(Buffer.from(c.contenu()))).map((c) => `${c.type}/${c.fichier}`);
  // A recipe changed: run `npx tsx tests/fixtures/hostiles/ecrire.ts`.
  expect(perimes).toEqual([]);
  const surDisque = TYPES_HOSTILES.flatMap((t) => readdirSync(path.join(__dirname, '..', 'fixtures', 'hostiles', t)).map((f) => `${t}/${f}`));
  expect(surDisque.sort()).toEqual(CORPUS.filter((c) => !c.gros).map((c) => `${c.type}/${c.fichier}`).sort());
});

describe.each(parType('passeport'))('passport %s', (_fichier, cas) => {
  test(`${cas.quoi}: ${'refus' in cas.attendu ? 'refused, storage unchanged byte for byte' : 'accepted, stored whole'}`, async () => {
    const { kv, stores } = await appareil();
    const avant = await instantane(kv);
    const debut = performance.now();
    const r = await importerPasseport(stores, texteDe(cas), 'remplacer', { revisionContenu: REVISION });
    const ms = performance.now() - debut;
    if ('refus' in cas.attendu) {
      expect(r.ok ? 'accepté' : r.raison).toMatch(cas.attendu.refus);
      expect(await instantane(kv)).toBe(avant);
      expect(stores.profil.profil.nom).toBe('Avant import');
      expect(stores.journal.statements).toHaveLength(2);
      // Refused quickly, whatever the file (18 Mo nested 9 million levels included).
      expect(ms).toBeLessThan(5000);
    } else {
      if (!r.ok) throw new Error(r.raison);
      expect(r.traces).toBe(cas.attendu.traces);
      if (cas.attendu.avertissement) expect(r.avertissements.join(' ')).toMatch(cas.attendu.avertissement);
      const stocke = JSON.parse((await kv.get(KEYS.journal))!);
      expect(stocke.entrees).toHaveLength(cas.attendu.traces!);
      expect(await kv.get(KEYS.journal)).toBe(serializeJournal(stores.journal.journal));
      expect(await kv.get(PROFIL)).toBe(JSON.stringify(stores.profil.profil));
    }
  });

  test('the cohort page gives the same outcome (one row, or the same reason)', () => {
    const lu = lireFichierCohorte({ nom: cas.fichier, texte: texteDe(cas) }, { revisionContenu: REVISION });
    if ('refus' in cas.attendu) expect('refus' in lu ? lu.refus : 'accepté').toMatch(cas.attendu.refus);
    else expect('ligne' in lu ? lu.ligne.ligne.traces : lu.refus).toBe(cas.attendu.traces);
  });
});

describe.each(parType('lien'))('assignment link %s', (_fichier, cas) => {
  test(cas.quoi, () => {
    const r = lireLien(texteDe(cas), banque);
    if ('refus' in cas.attendu) expect(r.ok ? 'accepté' : r.raison).toMatch(cas.attendu.refus);
    else expect(r.ok).toBe(true);
  });
});

describe.each(parType('resume'))('summary link %s', (_fichier, cas) => {
  test(cas.quoi, () => {
    const r = lireResume(texteDe(cas));
    if ('refus' in cas.attendu) expect(r.ok ? 'accepté' : r.raison).toMatch(cas.attendu.refus);
    else expect(r.ok).toBe(true);
  });
});

describe('.h5p packages (npm run h5p:add)', () => {
  let site: string;
  beforeEach(() => {
    site = mkdtempSync(path.join(os.tmpdir(), 'h5p-hostile-'));
    mkdirSync(path.join(site, 'static', 'h5p', 'libraries'), { recursive: true });
    mkdirSync(path.dirname(path.join(site, CHEMINS.importeesH5P)), { recursive: true });
    writeFileSync(path.join(site, CHEMINS.importeesH5P), registreSource([]));
  });
  afterEach(() => rmSync(site, { recursive: true, force: true }));
  const arbre = (dir: string): string[] =>
    readdirSync(dir).flatMap((e) => {
      const f = path.join(dir, e);
      return statSync(f).isDirectory() ? arbre(f) : [`${path.relative(site, f)}:${readFileSync(f).toString('base64')}`];
    });

  test.each(parType('h5p'))('%s', async (_fichier, cas) => {
    const fichier = path.join(site, cas.fichier);
    writeFileSync(fichier, octetsDe(cas));
    const avant = arbre(site);
    const r = await importerPaquet(site, fichier, { id: 'essai-hostile', criteres: ['B2.C6.CR1'], idsPris: new Set(), importees: [] });
    if ('refus' in cas.attendu) {
      expect(r.ok ? 'accepté' : r.problemes.join(' ; ')).toMatch(cas.attendu.refus);
      expect(arbre(site)).toEqual(avant);
    } else {
      expect(r.ok).toBe(true);
    }
  });
});

const lecture = (fichier: string): Extract<LecturePasseport, { ok: true }> => {
  const r = lirePasseport(texteDe(CORPUS.find((c) => c.fichier === fichier)!), { revisionContenu: REVISION });
  if (!r.ok) throw new Error(r.raison);
  return r;
};

test('150 parcours replaced, then 100 other parcours and 1 new trace merged: refused before any write, nothing half-written', async () => {
  const { kv, stores } = await appareil();
  const remplace = await appliquerImport(stores, lecture('parcours-150.json'), 'remplacer');
  expect(remplace).toMatchObject({ ok: true, traces: 12 });
  const avant = await instantane(kv);
  const fusion = await appliquerImport(stores, lecture('parcours-100-autres.json'), 'fusionner');
  expect(fusion.ok ? 'accepté' : fusion.raison).toMatch(/^la fusion donnerait 250 parcours, 200 au plus : retirez des parcours terminés/);
  expect(await instantane(kv)).toBe(avant);
  expect(stores.profil.profil.parcours).toHaveLength(150);
  expect(stores.journal.statements).toHaveLength(12);
  // The same file merged into a device with fewer parcours is complete: journal and profile.
  const autre = await appareil();
  const ok = await appliquerImport(autre.stores, lecture('parcours-100-autres.json'), 'remplacer');
  expect(ok).toMatchObject({ ok: true, traces: 13, enregistre: true });
  expect(JSON.parse((await autre.kv.get(PROFIL))!).parcours).toHaveLength(100);
});

/** A localStorage with a quota (characters of keys and values, as browsers count them). */
class StockageLimite implements Storage {
  private readonly data = new Map<string, string>();
  constructor(private readonly quota: number) {}
  get length() {
    return this.data.size;
  }
  private taille(): number {
    let n = 0;
    for (const [k, v] of this.data) n += k.length + v.length;
    return n;
  }
  clear() {
    this.data.clear();
  }
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  key(i: number) {
    return [...this.data.keys()][i] ?? null;
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
  setItem(k: string, v: string) {
    const ancien = this.data.get(k);
    if (this.taille() - (ancien === undefined ? 0 : k.length + ancien.length) + k.length + v.length > this.quota) {
      throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    }
    this.data.set(k, v);
  }
  contenu() {
    return JSON.stringify([...this.data].sort());
  }
  /** Another site of the same origin takes the room left, but `marge` characters. */
  remplir(marge: number) {
    this.setItem('autre-site', 'x'.repeat(Math.max(0, this.quota - this.taille() - 'autre-site'.length - marge)));
  }
}

test('IndexedDB unavailable, localStorage nearly full: a 4,002-trace passport is refused (« plein »), storage byte for byte as it was', async () => {
  const storage = new StockageLimite(400_000);
  const kv = new LocalStorageStore(storage);
  const { stores } = await appareil(kv);
  storage.remplir(10_000);
  const avant = storage.contenu();
  const r = await appliquerImport(stores, lecture('traces-4002.json'), 'remplacer');
  expect(r.ok ? 'accepté' : r.raison).toMatch(/^l'espace de stockage du navigateur est plein/);
  expect(storage.contenu()).toBe(avant);
  expect(stores.journal.statements).toHaveLength(2);
  expect(stores.profil.profil.nom).toBe('Avant import');
});

test('localStorage commit: when the second write fails, the first one is undone', async () => {
  const storage = new StockageLimite(1000);
  storage.setItem('a', 'ancien');
  const kv = new LocalStorageStore(storage);
  const avant = storage.contenu();
  await expect(kv.commit({ set: [['a', 'nouveau'], ['b', 'x'.repeat(2000)]] })).rejects.toMatchObject({ name: 'QuotaExceededError' });
  expect(storage.contenu()).toBe(avant);
  await kv.commit({ set: [['a', 'nouveau']], delete: ['b'] });
  expect(storage.getItem('a')).toBe('nouveau');
});

test('a read-back that differs from what was written: refused, previous data put back', async () => {
  class Infidele extends MemoryStore {
    trahir = false;
    override async get(key: string) {
      const v = await super.get(key);
      return this.trahir && key === KEYS.journal && v !== null ? `${v} ` : v;
    }
    override async commit(changes: Changements) {
      await super.commit(changes);
      this.trahir = !this.trahir;
    }
  }
  const kv = new Infidele();
  const { stores } = await appareil(kv);
  kv.trahir = false;
  const avant = JSON.stringify([...kv.data].sort());
  const r = await appliquerImport(stores, lecture('valide.json'), 'remplacer');
  expect(r.ok ? 'accepté' : r.raison).toMatch(/^la relecture de l'enregistrement ne correspond pas à ce qui a été écrit : vos données précédentes ont été remises/);
  expect(JSON.stringify([...kv.data].sort())).toBe(avant);
  expect(stores.journal.statements).toHaveLength(2);
});

describe('the storage state is read, not guessed from a write', () => {
  const globals = globalThis as unknown as { indexedDB?: unknown; localStorage?: unknown };
  afterEach(() => {
    delete globals.indexedDB;
    delete globals.localStorage;
  });

  test('a full localStorage still loads and exports what it holds (same learner, every trace), and says « plein »', async () => {
    const storage = new StockageLimite(20_000);
    const journal = { ...emptyJournal('7c9e6679-7425-40de-944b-e07fc1f90ae7', HOME), statements: lecture('valide.json').etat.journal.statements };
    storage.setItem(KEYS.journal, serializeJournal(journal));
    storage.remplir(0);
    globals.localStorage = storage;
    const stockage = await ouvrirStockage(50);
    expect(stockage.etat).toBe('plein');
    const stores = await ouvrir(stockage.kv, { etat: stockage.etat });
    expect(stores.journal.statements).toHaveLength(12);
    expect(stores.journal.warnings.map((w) => w.code)).toEqual(['plein']);
    expect(stores.journal.warnings[0]!.message).toMatch(/^L'espace de stockage du navigateur est plein : votre progression enregistrée est affichée/);
    expect(refusExport(stores.journal)).toBeNull();
    const exporte = JSON.parse(creerPasseport({ journal: stores.journal.journal, profil: stores.profil.profil }, { now: new Date(), revisionContenu: REVISION }));
    expect(exporte.apprenant.learnerId).toBe('7c9e6679-7425-40de-944b-e07fc1f90ae7');
    expect(exporte.journal.entrees).toHaveLength(12);
    // A new answer cannot be written: kept for the visit, the notice stays the same (not twice).
    await stores.journal.append([{ ...stores.journal.statements[0]!, id: '99999999-2222-4333-8444-555555555555' }]);
    expect(stores.journal.statements).toHaveLength(13);
    expect(stores.journal.warnings.map((w) => w.code)).toEqual(['plein']);
  });

  test('indexedDB.open that never answers: « ne répond pas » after the delay, never an empty passport', async () => {
    globals.indexedDB = { open: () => ({}) };
    globals.localStorage = new StockageLimite(100_000);
    const debut = Date.now();
    const stockage = await ouvrirStockage(50);
    expect(Date.now() - debut).toBeLessThan(2000);
    expect(stockage).toMatchObject({ kv: null, etat: 'muet' });
    const stores = await ouvrir(stockage.kv, { etat: stockage.etat });
    expect(stores.journal.warnings.map((w) => w.code)).toEqual(['muet']);
    expect(stores.journal.warnings[0]!.message).toMatch(/^Le stockage du navigateur ne répond pas/);
    expect(refusExport(stores.journal)).toMatch(/^votre progression enregistrée n’a pas pu être lue/);
  });

  test('indexedDB.open blocked by another tab: « ne répond pas » at once', async () => {
    const req: { onblocked?: () => void } = {};
    globals.indexedDB = { open: () => (setTimeout(() => req.onblocked?.(), 0), req) };
    expect(await ouvrirStockage(10_000)).toMatchObject({ kv: null, etat: 'muet' });
  });

  test('storage refused by the browser settings: « refusé »; private browsing (no room at all, nothing stored): « privé »', async () => {
    Object.defineProperty(globals, 'localStorage', {
      configurable: true,
      get() {
        throw Object.assign(new Error('refusé'), { name: 'SecurityError' });
      },
    });
    expect(await ouvrirStockage(50)).toEqual({ kv: null, etat: 'refuse' });
    Object.defineProperty(globals, 'localStorage', { configurable: true, value: new StockageLimite(0), writable: true });
    expect(await ouvrirStockage(50)).toEqual({ kv: null, etat: 'prive' });
    const stores = await ouvrir(null, { etat: 'prive' });
    expect(stores.journal.warnings[0]!.message).toMatch(/^Navigation privée/);
    expect(stores.journal.lu).toBe(true);
  });
});

test('the caps of a trace never refuse what the site writes: every critère cited (mock exam of a whole bloc), a pasted essay cut at build', () => {
  const complete = buildStatement(
    { learnerId: NOUVEAU, homePage: HOME },
    { now: () => new Date('2026-11-28T10:00:00Z'), uuid: () => '22222222-2222-4333-8444-555555555555' },
    'completed',
    { id: iri.activite('examen-blanc-b1'), type: 'assessment' },
    { points: 1, max: 2, response: 'x'.repeat(50_000), scoresParCritere: Object.fromEntries(CRITERE_IDS.map((c) => [c, 0.5])) },
    { criteres: CRITERE_IDS, origine: 'quiz', mode: 'examen' },
  );
  const entree = encode(complete)!;
  expect(entree.r).toHaveLength(LIMITES_ENTREE.r);
  expect(entreeProblem(entree, { fenetre: fenetreDates(new Date('2026-11-28T12:00:00Z')) })).toBeNull();
  expect(entreeProblem({ ...entree, c: [...entree.c, 'B1.C1.CR1'] })).toMatch(/^trop de critères/);
});

test('a passport crosses from the worker as slices of text, decoded back to the same state between pauses', async () => {
  const lu = lecture('traces-4002.json');
  const emballe = emballer(lu);
  expect(emballe.ok && emballe.tranches.length).toBe(Math.ceil(4002 / TRANCHE));
  let pauses = 0;
  const deballe = await deballer(emballe, async () => {
    pauses += 1;
  });
  expect(pauses).toBe(Math.ceil(4002 / TRANCHE));
  expect(deballe).toEqual(lu);
  expect(await deballer(emballer({ ok: false, raison: 'non' }), async () => undefined)).toEqual({ ok: false, raison: 'non' });
});
