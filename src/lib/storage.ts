/**
 * Browser adapters of the KeyValueStore port (src/domain/progress/store.ts):
 * IndexedDB first (room for a year of practice), localStorage if IndexedDB is
 * unavailable, null if the browser refuses both (private mode…): the store then
 * works in memory and tells the learner. Nothing runs at import time.
 */
import type { KeyValueStore } from '../domain/progress/store';

const DB_NAME = 'moniteur-atelier';
const STORE = 'kv';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Opens the database (at its current version, or at `version`), creating our store if it upgrades. */
function ouvrir(factory: IDBFactory, version?: number): Promise<IDBDatabase> {
  const req = version === undefined ? factory.open(DB_NAME) : factory.open(DB_NAME, version);
  req.onupgradeneeded = () => {
    if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE);
  };
  return request(req);
}

export class IndexedDbStore implements KeyValueStore {
  readonly kind = 'indexeddb' as const;
  private constructor(private readonly db: IDBDatabase) {}

  static async open(factory: IDBFactory): Promise<IndexedDbStore> {
    const db = await ouvrir(factory);
    if (db.objectStoreNames.contains(STORE)) return new IndexedDbStore(db);
    // A database of this name without our store (left by another page of the same origin, such as
    // another project on the same github.io): our store is added in a new version, the rest is kept.
    const version = db.version + 1;
    db.close();
    return new IndexedDbStore(await ouvrir(factory, version));
  }

  private tx(mode: IDBTransactionMode): IDBObjectStore {
    return this.db.transaction(STORE, mode).objectStore(STORE);
  }

  async get(key: string): Promise<string | null> {
    const value = await request(this.tx('readonly').get(key));
    return typeof value === 'string' ? value : value === undefined ? null : JSON.stringify(value);
  }

  async set(key: string, value: string): Promise<void> {
    const tx = this.db.transaction(STORE, 'readwrite');
    const done = new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new DOMException('Transaction abandonnée', 'AbortError'));
    });
    tx.objectStore(STORE).put(value, key);
    await done;
  }

  async delete(key: string): Promise<void> {
    await request(this.tx('readwrite').delete(key));
  }

  async keys(prefix: string): Promise<string[]> {
    const all = await request(this.tx('readonly').getAllKeys());
    return all.map(String).filter((k) => k.startsWith(prefix));
  }
}

export class LocalStorageStore implements KeyValueStore {
  readonly kind = 'localstorage' as const;
  constructor(private readonly storage: Storage) {}
  async get(key: string): Promise<string | null> {
    return this.storage.getItem(key);
  }
  async set(key: string, value: string): Promise<void> {
    this.storage.setItem(key, value);
  }
  async delete(key: string): Promise<void> {
    this.storage.removeItem(key);
  }
  async keys(prefix: string): Promise<string[]> {
    const out: string[] = [];
    for (let i = 0; i < this.storage.length; i += 1) {
      const key = this.storage.key(i);
      if (key !== null && key.startsWith(prefix)) out.push(key);
    }
    return out;
  }
}

/** The best storage this browser allows, or null. */
export async function openBrowserStore(): Promise<KeyValueStore | null> {
  try {
    if (typeof indexedDB !== 'undefined') return await IndexedDbStore.open(indexedDB);
  } catch {
    // fall through to localStorage
  }
  try {
    if (typeof localStorage !== 'undefined') {
      const probe = '__moniteur-atelier-probe__';
      localStorage.setItem(probe, '1');
      localStorage.removeItem(probe);
      return new LocalStorageStore(localStorage);
    }
  } catch {
    // storage refused
  }
  return null;
}
