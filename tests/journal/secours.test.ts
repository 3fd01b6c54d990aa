/**
 * A page left while IndexedDB is still writing (tab closed, another page opened) aborts the
 * write: each new statement is first copied to a synchronous backup (localStorage in the
 * browser), removed once its commit succeeded, and taken back by the next opening.
 */
import { MemoryStore, type Changements, type KeyValueStore } from '@site/src/domain/journal/document';
import { emptyJournal, parseJournal, serializeJournal } from '@site/src/domain/journal/journal';
import { storeKeys } from '@site/src/domain/journal/keys';
import { JournalStore, type Secours } from '@site/src/domain/journal/store';
import { statement } from '../fixtures/statements';

const LEARNER = '3f2b8c1e-4d5a-4b6c-8d7e-9f0a1b2c3d4e';
const AUTRE = '99999999-2222-4333-8444-555555555555';
const keys = storeKeys('moniteur-atelier@/test/', 'principal');
const HOME = 'http://localhost:3000/';
let prochain = 0;
const options = (secours: Secours) => ({
  keys,
  now: () => new Date('2026-11-28T12:00:00Z'),
  // A new learner id at each opening: a test sees which one the record keeps.
  newLearnerId: () => `11111111-2222-4333-8444-${String((prochain += 1)).padStart(12, '0')}`,
  homePage: HOME,
  secours,
});

/** localStorage as the store sees it: one text. */
class SecoursMemoire implements Secours {
  texte: string | null = null;
  lire() {
    return this.texte;
  }
  ecrire(texte: string) {
    this.texte = texte;
    return true;
  }
  effacer() {
    this.texte = null;
  }
  get ids(): string[] {
    if (this.texte === null) return [];
    const lu = parseJournal(this.texte);
    if (!lu.ok) throw new Error(lu.raison);
    return lu.journal.statements.map((s) => s.id);
  }
}

/** A storage whose commits wait until released: the page is left (the test opens another) before. */
class CommitsRetenus implements KeyValueStore {
  readonly kind = 'memoire' as const;
  private attente: (() => void)[] = [];
  constructor(readonly inner: MemoryStore) {}
  get(key: string) {
    return this.inner.get(key);
  }
  set(key: string, value: string) {
    return this.inner.set(key, value);
  }
  delete(key: string) {
    return this.inner.delete(key);
  }
  keys(prefix: string) {
    return this.inner.keys(prefix);
  }
  commit(changes: Changements) {
    return new Promise<void>((resolve) => this.attente.push(() => void this.inner.commit(changes).then(resolve)));
  }
  /** Lets the oldest waiting commit through. */
  async liberer() {
    while (this.attente.length === 0) await new Promise((r) => setTimeout(r, 0));
    this.attente.shift()!();
  }
}

const stockes = async (kv: KeyValueStore) => {
  const raw = await kv.get(keys.journal);
  if (raw === null) return null;
  const lu = parseJournal(raw);
  if (!lu.ok) throw new Error(lu.raison);
  return { learnerId: lu.journal.learnerId, ids: lu.journal.statements.map((s) => s.id) };
};

test('an answer is in the backup at once, and leaves it when its commit has succeeded', async () => {
  const kv = new CommitsRetenus(new MemoryStore());
  const secours = new SecoursMemoire();
  const store = await JournalStore.open(kv, options(secours));
  const s = statement();
  const ecrit = store.append([s]);
  expect(secours.ids).toEqual([s.id]);
  await kv.liberer();
  await ecrit;
  expect(secours.texte).toBeNull();
  expect((await stockes(kv))?.ids).toEqual([s.id]);
});

test('the first answers of a device, page left before the write: the next page has them, with the same learner', async () => {
  const inner = new MemoryStore();
  const secours = new SecoursMemoire();
  const quitte = await JournalStore.open(new CommitsRetenus(inner), options(secours));
  const s = statement();
  void quitte.append([s]);
  // The commit never happens: nothing is stored.
  expect(await stockes(inner)).toBeNull();

  const suivante = await JournalStore.open(inner, options(secours));
  expect(suivante.statements.map((x) => x.id)).toEqual([s.id]);
  expect(suivante.journal.learnerId).toBe(quitte.journal.learnerId);
  await suivante.flush();
  expect(await stockes(inner)).toEqual({ learnerId: quitte.journal.learnerId, ids: [s.id] });
  expect(secours.texte).toBeNull();
});

test('a stored record and a page left during a later write: the answer is merged into the record', async () => {
  const inner = new MemoryStore();
  const premiere = statement();
  await inner.commit({ set: [[keys.journal, serializeJournal({ ...emptyJournal(LEARNER, HOME), statements: [premiere] })], [keys.revision, '1']] });
  const secours = new SecoursMemoire();
  const kv = new CommitsRetenus(inner);
  const quitte = await JournalStore.open(kv, options(secours));
  const perdue = statement();
  void quitte.append([perdue]);

  const suivante = await JournalStore.open(inner, options(secours));
  await suivante.flush();
  expect(await stockes(inner)).toEqual({ learnerId: LEARNER, ids: [premiere.id, perdue.id] });
  expect(secours.texte).toBeNull();
});

test('an answer given while an earlier write is in progress stays in the backup until its own commit', async () => {
  const kv = new CommitsRetenus(new MemoryStore());
  const secours = new SecoursMemoire();
  const store = await JournalStore.open(kv, options(secours));
  const [a, b] = [statement(), statement()];
  const premier = store.append([a]);
  // The first write has started (its commit waits) when the second answer comes.
  await new Promise((r) => setTimeout(r, 0));
  const second = store.append([b]);
  await kv.liberer();
  await premier;
  expect(secours.ids).toEqual([b.id]);
  await kv.liberer();
  await second;
  expect(secours.texte).toBeNull();
});

test('another tab’s waiting answers are kept beside this tab’s', async () => {
  const inner = new MemoryStore();
  const secours = new SecoursMemoire();
  const tab1 = await JournalStore.open(inner, options(secours));
  await tab1.append([statement()]);
  const kv1 = new CommitsRetenus(inner);
  const kv2 = new CommitsRetenus(inner);
  const [un, deux] = [await JournalStore.open(kv1, options(secours)), await JournalStore.open(kv2, options(secours))];
  const [a, b] = [statement(), statement()];
  void un.append([a]);
  void deux.append([b]);
  expect(secours.ids.sort()).toEqual([a.id, b.id].sort());
  // Tab 1's commit ends: only its answer leaves the backup.
  await kv1.liberer();
  await un.flush();
  expect(secours.ids).toEqual([b.id]);
});

test('a backup of another learner (the record was replaced since) is dropped, the record untouched', async () => {
  const inner = new MemoryStore();
  const texte = serializeJournal({ ...emptyJournal(LEARNER, HOME), statements: [statement()] });
  await inner.commit({ set: [[keys.journal, texte], [keys.revision, '3']] });
  const secours = new SecoursMemoire();
  secours.ecrire(serializeJournal({ ...emptyJournal(AUTRE, HOME), statements: [statement()] }));
  const store = await JournalStore.open(inner, options(secours));
  await store.flush();
  expect(secours.texte).toBeNull();
  expect(await inner.get(keys.journal)).toBe(texte);
  expect(await inner.get(keys.revision)).toBe('3');
});

test('an unreadable backup is dropped, nothing else changes', async () => {
  const inner = new MemoryStore();
  const secours = new SecoursMemoire();
  secours.ecrire('{"format":"moniteur-atelier/journal"');
  const store = await JournalStore.open(inner, options(secours));
  await store.flush();
  expect(secours.texte).toBeNull();
  expect(store.statements).toEqual([]);
  expect(await inner.get(keys.journal)).toBeNull();
});

test('a record replaced by a passport import empties the backup of the previous learner', async () => {
  const kv = new CommitsRetenus(new MemoryStore());
  const secours = new SecoursMemoire();
  const store = await JournalStore.open(kv, options(secours));
  void store.append([statement()]);
  const remplace = store.replace({ ...emptyJournal(AUTRE, HOME), statements: [statement()] });
  await kv.liberer();
  expect(secours.ids).toHaveLength(1);
  await kv.liberer();
  await remplace;
  expect(secours.texte).toBeNull();
});

test('a record that may not be written (newer version) leaves the backup alone', async () => {
  const inner = new MemoryStore();
  await inner.set(keys.journal, JSON.stringify({ format: 'moniteur-atelier/journal', version: 99, learnerId: LEARNER, homePage: HOME, entrees: [] }));
  const secours = new SecoursMemoire();
  const attente = serializeJournal({ ...emptyJournal(LEARNER, HOME), statements: [statement()] });
  secours.ecrire(attente);
  const store = await JournalStore.open(inner, options(secours));
  await store.append([statement()]);
  expect(store.persistent).toBe(false);
  expect(secours.texte).toBe(attente);
});
