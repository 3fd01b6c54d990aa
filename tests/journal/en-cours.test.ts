/**
 * Attempts in progress (src/domain/journal/en-cours.ts): operations in order, memory without
 * storage, and the synchronous backup that survives a page left while IndexedDB writes.
 */
import { MemoryStore, type Changements, type KeyValueStore } from '@site/src/domain/journal/document';
import { EnCoursStore, type TextesSync } from '@site/src/domain/journal/en-cours';

const CLES = { cle: 'ns/en-cours/principal/quiz', secours: 'ns/secours/principal/en-cours/quiz' };

class Textes implements TextesSync {
  readonly valeurs = new Map<string, string>();
  get(cle: string) {
    return this.valeurs.get(cle) ?? null;
  }
  set(cle: string, valeur: string) {
    this.valeurs.set(cle, valeur);
    return true;
  }
  effacer(cle: string) {
    this.valeurs.delete(cle);
  }
}

/** A storage whose writes never end: the page is left before (the test opens another store). */
class EcrituresSansFin implements KeyValueStore {
  readonly kind = 'memoire' as const;
  constructor(readonly inner: MemoryStore) {}
  get(key: string) {
    return this.inner.get(key);
  }
  set() {
    return new Promise<void>(() => undefined);
  }
  delete() {
    return new Promise<void>(() => undefined);
  }
  keys(prefix: string) {
    return this.inner.keys(prefix);
  }
  commit(_: Changements) {
    return new Promise<void>(() => undefined);
  }
}

test('written, read back, deleted; the backup is gone once storage has each change', async () => {
  const kv = new MemoryStore();
  const textes = new Textes();
  const store = new EnCoursStore(async () => kv, textes);
  store.retenir(CLES, 'v1');
  await store.ecrire(CLES, 'v1');
  expect([await kv.get(CLES.cle), textes.get(CLES.secours)]).toEqual(['v1', null]);
  expect(await store.lire(CLES)).toBe('v1');
  store.retenir(CLES, null);
  await store.effacer(CLES);
  expect([await kv.get(CLES.cle), textes.get(CLES.secours)]).toEqual([null, null]);
});

test('a page left while its write never ends: the next page reads the latest value and stores it', async () => {
  const inner = new MemoryStore();
  await inner.set(CLES.cle, 'ancienne');
  const textes = new Textes();
  const quittee = new EnCoursStore(async () => new EcrituresSansFin(inner), textes);
  quittee.retenir(CLES, 'v1');
  void quittee.ecrire(CLES, 'v1');
  // The writer asks for the latest value at once; its write waits behind the one in progress.
  quittee.retenir(CLES, 'v2');
  void quittee.ecrire(CLES, 'v2');

  const suivante = new EnCoursStore(async () => inner, textes);
  expect(await suivante.lire(CLES)).toBe('v2');
  expect([await inner.get(CLES.cle), textes.get(CLES.secours)]).toEqual(['v2', null]);
});

test('a deletion the page could not finish is done by the next reading', async () => {
  const inner = new MemoryStore();
  await inner.set(CLES.cle, 'tentative finie');
  const textes = new Textes();
  const quittee = new EnCoursStore(async () => new EcrituresSansFin(inner), textes);
  quittee.retenir(CLES, null);
  void quittee.effacer(CLES);

  const suivante = new EnCoursStore(async () => inner, textes);
  expect(await suivante.lire(CLES)).toBeNull();
  expect([await inner.get(CLES.cle), textes.get(CLES.secours)]).toEqual([null, null]);
});

test('a write that ends after a later change keeps the later backup', async () => {
  const kv = new MemoryStore();
  const textes = new Textes();
  const store = new EnCoursStore(async () => kv, textes);
  store.retenir(CLES, 'v1');
  const premiere = store.ecrire(CLES, 'v1');
  store.retenir(CLES, 'v2');
  await premiere;
  expect(textes.get(CLES.secours)).toBe('v2');
  await store.ecrire(CLES, 'v2');
  expect(textes.get(CLES.secours)).toBeNull();
});

test('without storage: in memory for the visit, the backup kept for a later visit', async () => {
  const textes = new Textes();
  const store = new EnCoursStore(async () => null, textes);
  store.retenir(CLES, 'v1');
  await store.ecrire(CLES, 'v1');
  expect([await store.lire(CLES), textes.get(CLES.secours)]).toEqual(['v1', 'v1']);
  store.retenir(CLES, null);
  await store.effacer(CLES);
  expect(await store.lire(CLES)).toBeNull();
  expect(textes.get(CLES.secours)).toBe('');
});

test('operations run in the order asked: a deletion never overtakes an earlier write', async () => {
  const kv = new MemoryStore();
  let ouvrir!: () => void;
  const ouvert = new Promise<void>((r) => (ouvrir = r));
  const store = new EnCoursStore(async () => (await ouvert, kv), new Textes());
  const ecrit = store.ecrire(CLES, 'v1');
  const efface = store.effacer(CLES);
  ouvrir();
  await Promise.all([ecrit, efface]);
  expect(await kv.get(CLES.cle)).toBeNull();
});
