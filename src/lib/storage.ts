/**
 * Browser adapters of the KeyValueStore port (src/domain/journal/document.ts):
 * IndexedDB first (room for a year of practice), localStorage if IndexedDB is
 * unavailable, null if the browser refuses both (private mode…): the store then
 * works in memory and tells the learner why. Nothing runs at import time.
 *
 * The storage's state is read, never guessed from a write: a full localStorage is
 * still read (the learner's progress is shown and can be exported) and reported
 * « plein »; an IndexedDB that does not answer within DELAI_OUVERTURE is reported
 * « ne répond pas » instead of leaving the page loading forever.
 */
import type { Changements, EtatStockage, KeyValueStore, Stockage } from '../domain/journal/document';
import type { Secours } from '../domain/journal/store';
import { settings } from './settings';

const DB_NAME = 'moniteur-atelier';
const STORE = 'kv';
/** How long indexedDB.open may stay silent before the storage is reported as not answering. */
export const DELAI_OUVERTURE = 4000;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/**
 * Opens the database (at its current version, or at `version`), creating our store if it
 * upgrades. `surBloque` is called if another tab blocks the opening (the promise then waits
 * for that tab: see ouvrirStockage).
 */
function ouvrir(factory: IDBFactory, version?: number, surBloque?: () => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = version === undefined ? factory.open(DB_NAME) : factory.open(DB_NAME, version);
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE);
    };
    req.onblocked = () => surBloque?.();
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

export class IndexedDbStore implements KeyValueStore {
  readonly kind = 'indexeddb' as const;
  private constructor(private readonly db: IDBDatabase) {}

  static async open(factory: IDBFactory, surBloque?: () => void): Promise<IndexedDbStore> {
    const db = await ouvrir(factory, undefined, surBloque);
    if (db.objectStoreNames.contains(STORE)) return new IndexedDbStore(db);
    // A database of this name without our store (left by another page of the same origin, such as
    // another project on the same github.io): our store is added in a new version, the rest is kept.
    const version = db.version + 1;
    db.close();
    return new IndexedDbStore(await ouvrir(factory, version, surBloque));
  }

  private tx(mode: IDBTransactionMode): IDBObjectStore {
    return this.db.transaction(STORE, mode).objectStore(STORE);
  }

  async get(key: string): Promise<string | null> {
    const value = await request(this.tx('readonly').get(key));
    return typeof value === 'string' ? value : value === undefined ? null : JSON.stringify(value);
  }

  async set(key: string, value: string): Promise<void> {
    await this.commit({ set: [[key, value]] });
  }

  async delete(key: string): Promise<void> {
    await this.commit({ delete: [key] });
  }

  async keys(prefix: string): Promise<string[]> {
    const all = await request(this.tx('readonly').getAllKeys());
    return all.map(String).filter((k) => k.startsWith(prefix));
  }

  /** One readwrite transaction: IndexedDB writes all of it or, if anything fails, none. */
  async commit(changes: Changements): Promise<void> {
    const tx = this.db.transaction(STORE, 'readwrite');
    const done = new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new DOMException('Transaction abandonnée', 'AbortError'));
    });
    const store = tx.objectStore(STORE);
    try {
      for (const [k, v] of changes.set ?? []) store.put(v, k);
      for (const k of changes.delete ?? []) store.delete(k);
    } catch (error) {
      tx.abort();
      await done.catch(() => undefined);
      throw error;
    }
    await done;
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

  /**
   * localStorage has no transaction: the previous values are kept, and if one write fails
   * every key already changed is put back (removed first, to give back the room it took).
   */
  async commit(changes: Changements): Promise<void> {
    const cles = [...(changes.set ?? []).map(([k]) => k), ...(changes.delete ?? [])];
    const avant = new Map(cles.map((k) => [k, this.storage.getItem(k)] as const));
    const touchees: string[] = [];
    try {
      for (const [k, v] of changes.set ?? []) {
        touchees.push(k);
        this.storage.setItem(k, v);
      }
      for (const k of changes.delete ?? []) {
        touchees.push(k);
        this.storage.removeItem(k);
      }
    } catch (error) {
      for (const k of touchees) this.storage.removeItem(k);
      for (const k of touchees) {
        const v = avant.get(k);
        if (v !== null && v !== undefined) this.storage.setItem(k, v);
      }
      throw error;
    }
  }
}

const nomErreur = (error: unknown) => (typeof error === 'object' && error !== null && 'name' in error ? String((error as { name: unknown }).name) : '');
const estQuota = (error: unknown) => ['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED'].includes(nomErreur(error));

/** localStorage as it is: readable? room to write? Never throws. */
function lireLocalStorage(indexedDbPrive: boolean): Stockage {
  let storage: Storage;
  try {
    if (typeof localStorage === 'undefined' || localStorage === null) return { kv: null, etat: indexedDbPrive ? 'prive' : 'refuse' };
    storage = localStorage;
    storage.getItem('__moniteur-atelier-probe__');
  } catch {
    // SecurityError: the browser's settings refuse this site any storage.
    return { kv: null, etat: indexedDbPrive ? 'prive' : 'refuse' };
  }
  const probe = '__moniteur-atelier-probe__';
  try {
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return { kv: new LocalStorageStore(storage), etat: indexedDbPrive ? 'prive' : 'ok' };
  } catch (error) {
    // No room at all and nothing stored: private browsing (quota 0); otherwise a full store,
    // still read: the learner's progress is loaded and can be exported.
    if (estQuota(error) && storage.length > 0) return { kv: new LocalStorageStore(storage), etat: 'plein' };
    return { kv: null, etat: estQuota(error) ? 'prive' : 'refuse' };
  }
}

/**
 * The best storage this browser allows and its state, read (see EtatStockage). Never throws.
 * An IndexedDB silent for `delai` (or blocked by another tab) is reported « muet » at once,
 * with `tardif`: the storage if it answers later (the page then writes there what this visit
 * kept in memory, src/components/Journal).
 */
export async function ouvrirStockage(delai = DELAI_OUVERTURE): Promise<Stockage & { readonly tardif?: Promise<KeyValueStore | null> }> {
  let prive = false;
  try {
    if (typeof indexedDB !== 'undefined' && indexedDB !== null) {
      let minuteur: ReturnType<typeof setTimeout> | undefined;
      let signaler: () => void = () => undefined;
      const muet = new Promise<'muet'>((resolve) => {
        signaler = () => resolve('muet');
        minuteur = setTimeout(signaler, delai);
      });
      const ouverture = IndexedDbStore.open(indexedDB, () => signaler());
      const premier = await Promise.race([ouverture, muet]).finally(() => clearTimeout(minuteur));
      // Not answering: the stored progress is there but unreachable. Falling back to localStorage would
      // record this visit's answers where the next visit (with IndexedDB) would not look.
      if (premier === 'muet') return { kv: null, etat: 'muet', tardif: ouverture.catch(() => null) };
      return { kv: premier, etat: 'ok' };
    }
  } catch (error) {
    // Firefox's private browsing refuses IndexedDB with InvalidStateError.
    prive = nomErreur(error) === 'InvalidStateError';
  }
  return lireLocalStorage(prive);
}

export type { EtatStockage };

/**
 * The journal's synchronous backup (src/domain/journal/store.ts) in localStorage, under `cle`:
 * only over IndexedDB, whose writes a page left too soon aborts (localStorage itself writes at once).
 */
export function secoursLocal(kv: KeyValueStore | null, cle: string): Secours | undefined {
  if (!(kv instanceof IndexedDbStore)) return undefined;
  return {
    lire: () => settings.get(cle),
    ecrire: (texte) => settings.set(cle, texte),
    effacer: () => settings.effacer(cle),
  };
}

/** The storage alone (H5P states, LRS queue): null when it cannot be used. */
export async function openBrowserStore(): Promise<KeyValueStore | null> {
  return (await ouvrirStockage()).kv;
}
