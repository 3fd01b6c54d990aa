/**
 * Storage faults: the learner's data is never lost. Corrupt, foreign and future
 * documents are quarantined (copied aside) before anything is written; a full or
 * missing storage keeps the session working in memory, with a warning.
 */
import { emptyJournal, serializeJournal } from '@site/src/domain/journal/journal';
import { storeKeys } from '@site/src/domain/journal/keys';
import { MemoryStore, type Changements, type KeyValueStore } from '@site/src/domain/journal/document';
import { JournalStore } from '@site/src/domain/journal/store';
import { statement } from '../fixtures/statements';
import { encode } from '@site/src/domain/journal/codec';

const LEARNER = '3f2b8c1e-4d5a-4b6c-8d7e-9f0a1b2c3d4e';
const NEW_LEARNER = '11111111-2222-4333-8444-555555555555';
const keys = storeKeys('moniteur-atelier@/test/', 'principal');
const HOME = 'http://localhost:3000/';
const options = { keys, now: () => new Date('2026-11-28T12:00:00Z'), newLearnerId: () => NEW_LEARNER, homePage: HOME };
const quarantineKey = keys.quarantaine(options.now());

class FaultyStore implements KeyValueStore {
  readonly kind = 'memoire' as const;
  constructor(
    readonly inner: MemoryStore,
    private readonly fail: { set?: (key: string) => Error | null; get?: boolean },
  ) {}
  async get(key: string) {
    if (this.fail.get) throw new Error('lecture impossible');
    return this.inner.get(key);
  }
  async set(key: string, value: string) {
    const error = this.fail.set?.(key);
    if (error) throw error;
    return this.inner.set(key, value);
  }
  async delete(key: string) {
    return this.inner.delete(key);
  }
  async keys(prefix: string) {
    return this.inner.keys(prefix);
  }
  async commit(changes: Changements) {
    // All or nothing, like the browser adapters: a failing key fails the whole commit.
    for (const [k] of changes.set ?? []) {
      const error = this.fail.set?.(k);
      if (error) throw error;
    }
    return this.inner.commit(changes);
  }
}

const quota = () => Object.assign(new Error('plein'), { name: 'QuotaExceededError' });

test('a new learner starts an empty journal and saves it', async () => {
  const kv = new MemoryStore();
  const store = await JournalStore.open(kv, options);
  expect(store.warnings).toEqual([]);
  await store.append([statement()]);
  const saved = JSON.parse((await kv.get(keys.journal))!);
  expect(saved.learnerId).toBe(NEW_LEARNER);
  expect(saved.entrees).toHaveLength(1);
  expect(await kv.get(keys.revision)).toBe('1');
});

test('an existing journal is read back and appended to', async () => {
  const kv = new MemoryStore();
  const first = statement();
  await kv.set(keys.journal, serializeJournal({ ...emptyJournal(LEARNER, HOME), statements: [first] }));
  const store = await JournalStore.open(kv, options);
  expect(store.journal.learnerId).toBe(LEARNER);
  await store.append([statement(), first]);
  expect(store.statements).toHaveLength(2);
});

test('corrupt data is quarantined byte for byte, then a new journal starts', async () => {
  const kv = new MemoryStore();
  const garbage = '{"format":"moniteur-atelier/journal","version":1,"learnerId":';
  await kv.set(keys.journal, garbage);
  const store = await JournalStore.open(kv, options);
  expect(await kv.get(quarantineKey)).toBe(garbage);
  expect(store.warnings.map((w) => w.code)).toEqual(['corrompu']);
  expect(store.warnings[0]!.cle).toBe(quarantineKey);
  expect(store.persistent).toBe(true);
  await store.append([statement()]);
  expect(await kv.get(quarantineKey)).toBe(garbage);
});

test('when the quarantine copy fails, the corrupt data is left untouched and the session is memory-only', async () => {
  const inner = new MemoryStore();
  await inner.set(keys.journal, 'pas du json');
  const kv = new FaultyStore(inner, { set: (key) => (key === quarantineKey ? quota() : null) });
  const store = await JournalStore.open(kv, options);
  expect(store.warnings.map((w) => w.code)).toEqual(['quarantaine-impossible']);
  expect(store.persistent).toBe(false);
  await store.append([statement()]);
  expect(store.statements).toHaveLength(1);
  expect(await inner.get(keys.journal)).toBe('pas du json');
});

test('a journal written by a newer version is quarantined and never rewritten', async () => {
  const kv = new MemoryStore();
  const future = JSON.stringify({ format: 'moniteur-atelier/journal', version: 99, learnerId: LEARNER, homePage: HOME, entrees: [] });
  await kv.set(keys.journal, future);
  const store = await JournalStore.open(kv, options);
  expect(store.warnings.map((w) => w.code)).toEqual(['futur']);
  await store.append([statement()]);
  expect(await kv.get(keys.journal)).toBe(future);
  expect(await kv.get(quarantineKey)).toBe(future);
});

test('invalid statements are quarantined and valid ones kept', async () => {
  const kv = new MemoryStore();
  const good = statement();
  await kv.set(keys.journal, JSON.stringify({ ...emptyJournal(LEARNER, HOME), statements: undefined, entrees: [encode(good), { i: 'x' }] }));
  const store = await JournalStore.open(kv, options);
  expect(store.statements).toEqual([good]);
  expect(store.warnings.map((w) => w.code)).toEqual(['partiel']);
  expect(JSON.parse((await kv.get(quarantineKey))!).rejetes[0].valeur).toEqual({ i: 'x' });
});

test('QuotaExceededError: the session keeps working in memory with a warning, and recovers', async () => {
  const inner = new MemoryStore();
  let full = true;
  const kv = new FaultyStore(inner, { set: () => (full ? quota() : null) });
  const store = await JournalStore.open(kv, options);
  await store.append([statement()]);
  expect(store.statements).toHaveLength(1);
  expect(store.warnings.map((w) => w.code)).toEqual(['quota']);
  full = false;
  await store.append([statement()]);
  expect(store.warnings).toEqual([]);
  expect(JSON.parse((await inner.get(keys.journal))!).entrees).toHaveLength(2);
});

test('no storage at all: memory only, with a warning', async () => {
  const store = await JournalStore.open(null, options);
  expect(store.warnings.map((w) => w.code)).toEqual(['memoire']);
  await store.append([statement()]);
  expect(store.statements).toHaveLength(1);
  expect(store.persistent).toBe(false);
});

test('storage that throws on read: memory only, nothing written', async () => {
  const inner = new MemoryStore();
  await inner.set(keys.journal, 'précieux');
  const store = await JournalStore.open(new FaultyStore(inner, { get: true }), options);
  // The stored record could not be read: said as such, and the journal is known not to be read.
  expect(store.warnings.map((w) => w.code)).toEqual(['muet']);
  expect(store.lu).toBe(false);
  await store.append([statement()]);
  expect(await inner.get(keys.journal)).toBe('précieux');
});

test('two tabs writing the same journal: statements are merged, none lost', async () => {
  const kv = new MemoryStore();
  const tab1 = await JournalStore.open(kv, options);
  await tab1.append([statement()]);
  const tab2 = await JournalStore.open(kv, options);
  await tab2.append([statement()]);
  await tab1.append([statement()]);
  const saved = JSON.parse((await kv.get(keys.journal))!);
  expect(saved.entrees).toHaveLength(3);
  expect(tab1.statements).toHaveLength(3);
});

test('listeners are told about changes', async () => {
  const store = await JournalStore.open(new MemoryStore(), options);
  const calls: number[] = [];
  const unsubscribe = store.subscribe(() => calls.push(store.statements.length));
  await store.append([statement()]);
  unsubscribe();
  await store.append([statement()]);
  expect(calls).toEqual([1]);
});
