/**
 * One store for every versioned document the learner keeps in the browser (the
 * journal, store.ts; the profile, ../profil/profil-store.ts), over any key-value
 * storage (IndexedDB or localStorage in the browser, memory in tests and as a fallback).
 *
 * `DocumentStore.ouvrir()` reads the document once and hands its text to the
 * document's own reader (`FormatDocument.lire`), which answers with a typed result:
 * the value, or `futur` (made by a newer version of the site), or `illisible`
 * (corrupt, foreign, invalid). `migrer()` is the version step every reader uses.
 *
 * Safety rules — the learner's data is never lost:
 * - an unreadable document is first copied to a quarantine key; only when that copy
 *   succeeded may the main key be written again; otherwise the store works in memory
 *   only and says so;
 * - the parts a reader sets aside (invalid traces) are copied to quarantine too;
 * - a document from a newer version of the site is quarantined and never rewritten;
 * - every write is one all-or-nothing commit (with the keys that go with the document);
 *   a full storage (QuotaExceededError) or a failing one keeps the session working in
 *   memory, with a visible warning.
 */

export interface KeyValueStore {
  readonly kind: 'indexeddb' | 'localstorage' | 'memoire';
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
  keys(prefix: string): Promise<string[]>;
  /**
   * Writes and deletes several keys all together or not at all: one IndexedDB
   * transaction; on localStorage, the previous values are put back if one write
   * fails. Rejects (nothing changed) on failure.
   */
  commit(changes: Changements): Promise<void>;
}

export interface Changements {
  readonly set?: readonly (readonly [string, string])[];
  readonly delete?: readonly string[];
}

/**
 * What the browser's storage is, as read when opening it (never guessed from a write):
 * - `ok`: readable and writable;
 * - `plein`: readable, but it has no room left for our writes (what is stored is still loaded);
 * - `refuse`: the browser refuses this site any storage (its settings);
 * - `prive`: private browsing: nothing can be kept after the visit;
 * - `muet`: the storage does not answer (IndexedDB opening timed out or blocked by another tab).
 */
export type EtatStockage = 'ok' | 'plein' | 'refuse' | 'prive' | 'muet';

export interface Stockage {
  readonly kv: KeyValueStore | null;
  readonly etat: EtatStockage;
}

export type CodeAvertissement = 'memoire' | 'quota' | 'corrompu' | 'partiel' | 'futur' | 'quarantaine-impossible' | 'ecriture' | 'plein' | 'refuse' | 'prive' | 'muet';

export interface Avertissement {
  readonly code: CodeAvertissement;
  readonly message: string;
  /** Quarantine key where the unreadable data was kept, if any. */
  readonly cle?: string;
}

export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as { name?: string; code?: number };
  return e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22 || e.code === 1014;
}

/** Why an all-or-nothing change was refused or failed, for the learner (nothing was changed). */
export function raisonEcriture(error: unknown): string {
  return isQuotaError(error)
    ? "l'espace de stockage du navigateur est plein : libérez de la place (données d'autres sites), ou exportez puis supprimez un profil inutile, et réessayez"
    : `le navigateur a refusé l'enregistrement (${error instanceof Error && error.message ? error.message : 'erreur inconnue'})`;
}

const STOCKAGE = {
  memoire:
    "Votre navigateur n'autorise pas l'enregistrement (navigation privée ou stockage désactivé). Vos réponses sont gardées pendant cette visite seulement : exportez votre passeport avant de fermer la page.",
  plein:
    "L'espace de stockage du navigateur est plein : votre progression enregistrée est affichée, mais vos nouvelles réponses sont gardées pendant cette visite seulement. Exportez votre passeport de progression, puis libérez de la place (données d'autres sites).",
  refuse:
    "Votre navigateur refuse à ce site tout enregistrement (réglages des cookies et des données de sites) : votre progression enregistrée, s'il y en a une, n'a pas pu être lue, et vos réponses sont gardées pendant cette visite seulement. Autorisez les données de ce site, puis rechargez la page.",
  prive:
    "Navigation privée : rien ne peut être gardé après cette visite. Vos réponses sont gardées pendant cette visite seulement : exportez votre passeport avant de fermer la page.",
  muet:
    "Le stockage du navigateur ne répond pas (un autre onglet du site le bloque peut-être) : votre progression enregistrée n'a pas pu être lue, et vos réponses sont gardées pendant cette visite seulement. Fermez les autres onglets du site, puis rechargez la page.",
} as const;

/** The notice of a storage that is not fully usable, named by its real cause. */
export function avertissementStockage(etat: EtatStockage | undefined, kv: KeyValueStore | null): Avertissement | null {
  if (etat === undefined || etat === 'ok') return kv ? null : { code: 'memoire', message: STOCKAGE.memoire };
  return { code: etat, message: STOCKAGE[etat] };
}

export type Migration = (document: Record<string, unknown>) => Record<string, unknown>;

/** The version step of a document, typed: callers word each cause for their document. */
export type Version =
  | { readonly ok: true; readonly document: Record<string, unknown>; readonly migre: boolean }
  | { readonly ok: false; readonly cause: 'version-invalide' }
  | { readonly ok: false; readonly cause: 'futur'; readonly version: number }
  | { readonly ok: false; readonly cause: 'migration-absente'; readonly version: number }
  | { readonly ok: false; readonly cause: 'migration-echouee'; readonly version: number; readonly erreur: string };

/**
 * Brings a document (format already checked) to the `version` this code reads:
 * MIGRATIONS[n] turns version n into n + 1; a newer document is refused (`futur`).
 */
export function migrer(document: Record<string, unknown>, cible: { readonly version: number; readonly migrations: Readonly<Record<number, Migration>> }): Version {
  let version = document.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, cause: 'version-invalide' };
  if (version > cible.version) return { ok: false, cause: 'futur', version };
  let current = document;
  let migre = false;
  while (version < cible.version) {
    const migration = cible.migrations[version];
    if (!migration) return { ok: false, cause: 'migration-absente', version };
    try {
      current = migration(current);
    } catch (error) {
      return { ok: false, cause: 'migration-echouee', version, erreur: (error as Error).message };
    }
    version += 1;
    migre = true;
  }
  return { ok: true, document: current, migre };
}

/** What a document's reader says of a stored text. */
export type LectureDocument<T> =
  | {
      readonly ok: true;
      readonly valeur: T;
      /** Parts of the text set aside (invalid traces), as the text to keep in quarantine. */
      readonly ecartes?: string;
    }
  | { readonly ok: false; readonly cause: 'futur' | 'illisible'; readonly raison: string };

export interface FormatDocument<T> {
  /** Reads a stored text; never throws. */
  lire(texte: string): LectureDocument<T>;
  /** The stored text of a value; may throw on a value that cannot be stored (a programming error). */
  ecrire(valeur: T): string;
}

/** The words of a document's warnings (each document says what it holds). */
export interface MessagesDocument {
  corrompu(raison: string): string;
  /** A document from a newer site; without it, worded as a corrupt one (it is kept aside all the same). */
  readonly futur?: string;
  readonly partiel?: string;
  readonly quarantaineImpossible: string;
  readonly quota: string;
  readonly ecriture: string;
}

export interface OptionsDocument<T> {
  readonly cle: string;
  readonly quarantaine: (date: Date) => string;
  readonly now: () => Date;
  readonly format: FormatDocument<T>;
  /** The value of a new document (nothing stored, or the stored one set aside). */
  readonly vide: () => T;
  readonly messages: MessagesDocument;
  /**
   * The storage's state as read when it was opened (src/lib/storage.ts), to say why it is not
   * usable (one store of the page says it: the journal's); absent, the storage is not spoken of.
   */
  readonly etat?: EtatStockage;
  readonly signalerStockage?: boolean;
  /** Keys read with the document, in the same attempt (the journal's revision counter). */
  readonly associees?: readonly string[];
}

const CODES_ECRITURE = ['quota', 'ecriture', 'plein'] as const;

export class DocumentStore<T> {
  private valeurCourante: T;
  private warningsValue: readonly Avertissement[] = [];
  private readonly listeners = new Set<() => void>();
  private luValue = true;
  private associeesLues: ReadonlyMap<string, string | null> = new Map();

  private constructor(
    /** null: memory only (no storage, or it could not be read). */
    readonly kv: KeyValueStore | null,
    private readonly options: OptionsDocument<T>,
    valeur: T,
    /** false: never write the main key (its content was not safely set apart, or is newer). */
    private persistable: boolean,
  ) {
    this.valeurCourante = valeur;
  }

  /** Reads the stored document (if any), hands it to its reader, quarantines what is unreadable. */
  static async ouvrir<T>(kv: KeyValueStore | null, options: OptionsDocument<T>): Promise<DocumentStore<T>> {
    const avertissement = options.signalerStockage ? avertissementStockage(options.etat, kv) : null;
    const memoire = (lu: boolean, w: Avertissement | null) => {
      const store = new DocumentStore(null, options, options.vide(), false);
      store.luValue = lu;
      if (w) store.warn(w);
      return store;
    };
    // Private browsing: nothing can have been kept. Refused or silent storage: what it holds is unknown.
    if (!kv) return memoire(options.etat === undefined || options.etat === 'prive', avertissement);
    let raw: string | null;
    const associees = new Map<string, string | null>();
    try {
      raw = await kv.get(options.cle);
      for (const cle of options.associees ?? []) associees.set(cle, await kv.get(cle));
    } catch {
      return memoire(false, options.signalerStockage ? { code: 'muet', message: STOCKAGE.muet } : null);
    }
    const lecture = raw === null ? null : options.format.lire(raw);
    const store = new DocumentStore(kv, options, lecture?.ok ? lecture.valeur : options.vide(), lecture === null || lecture.ok);
    store.associeesLues = associees;
    if (avertissement) store.warn(avertissement);
    if (raw === null || lecture === null) return store;
    const { messages } = options;
    const cle = options.quarantaine(options.now());
    if (lecture.ok) {
      if (lecture.ecartes === undefined) return store;
      if (await store.mettreDeCote(cle, lecture.ecartes)) {
        store.warn({ code: 'partiel', message: messages.partiel ?? messages.corrompu('parties illisibles'), cle });
      } else {
        store.persistable = false;
        store.warn({ code: 'quarantaine-impossible', message: messages.quarantaineImpossible });
      }
      return store;
    }
    // Unreadable, foreign or newer document: copied aside before anything else, never overwritten.
    if (await store.mettreDeCote(cle, raw)) {
      store.persistable = lecture.cause !== 'futur';
      store.warn(
        lecture.cause === 'futur' && messages.futur !== undefined
          ? { code: 'futur', message: messages.futur, cle }
          : { code: 'corrompu', message: messages.corrompu(lecture.raison), cle },
      );
    } else {
      store.warn({ code: 'quarantaine-impossible', message: messages.quarantaineImpossible });
    }
    return store;
  }

  get valeur(): T {
    return this.valeurCourante;
  }
  get warnings(): readonly Avertissement[] {
    return this.warningsValue;
  }
  /** True when a change is written to storage (not memory only). */
  get persistent(): boolean {
    return this.kv !== null && this.persistable;
  }
  /** False when the storage could not be read: what it holds, if anything, is unknown. */
  get lu(): boolean {
    return this.luValue;
  }
  get cle(): string {
    return this.options.cle;
  }
  /** A key read with the document when it was opened (`associees`). */
  associee(cle: string): string | null {
    return this.associeesLues.get(cle) ?? null;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Takes a value for this visit (shown at once), without writing it. */
  prendre(valeur: T): void {
    this.valeurCourante = valeur;
    this.notify();
  }

  /** Takes a value already written and read back by an all-or-nothing change: the write warnings go. */
  adopter(valeur: T): void {
    this.valeurCourante = valeur;
    for (const code of CODES_ECRITURE) this.clearWarning(code);
    this.notify();
  }

  /**
   * Writes the current value with `autres` keys in one commit; with `relire`, reads it back
   * and counts it stored only if the text is the one written. False (and a warning) when it
   * stays in memory; nothing is attempted when the store is not persistent.
   */
  async enregistrer(autres: readonly (readonly [string, string])[] = [], { relire = false } = {}): Promise<boolean> {
    if (!this.kv || !this.persistable) return false;
    try {
      const texte = this.options.format.ecrire(this.valeurCourante);
      await this.kv.commit({ set: [[this.options.cle, texte], ...autres] });
      if (relire && (await this.kv.get(this.options.cle)) !== texte) throw new Error('relecture différente');
      // Written: whatever was full or failing has room again.
      for (const code of CODES_ECRITURE) this.clearWarning(code);
      return true;
    } catch (error) {
      this.echec(error);
      return false;
    }
  }

  /** Says a failed write (a storage known to be full already says so, « plein »: not twice). */
  echec(error: unknown): void {
    if (isQuotaError(error)) {
      if (!this.warningsValue.some((w) => w.code === 'plein')) this.warn({ code: 'quota', message: this.options.messages.quota });
    } else this.warn({ code: 'ecriture', message: this.options.messages.ecriture });
  }

  private async mettreDeCote(cle: string, valeur: string): Promise<boolean> {
    if (!this.kv) return false;
    try {
      await this.kv.set(cle, valeur);
      return true;
    } catch {
      return false;
    }
  }

  private warn(warning: Avertissement): void {
    if (this.warningsValue.some((w) => w.code === warning.code)) return;
    this.warningsValue = [...this.warningsValue, warning];
    this.notify();
  }

  private clearWarning(code: CodeAvertissement): void {
    if (!this.warningsValue.some((w) => w.code === code)) return;
    this.warningsValue = this.warningsValue.filter((w) => w.code !== code);
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}

/** A store in memory: tests, and the fallback when the browser refuses storage. */
export class MemoryStore implements KeyValueStore {
  readonly kind = 'memoire' as const;
  readonly data = new Map<string, string>();
  async get(key: string): Promise<string | null> {
    return this.data.get(key) ?? null;
  }
  async set(key: string, value: string): Promise<void> {
    this.data.set(key, value);
  }
  async delete(key: string): Promise<void> {
    this.data.delete(key);
  }
  async keys(prefix: string): Promise<string[]> {
    return [...this.data.keys()].filter((k) => k.startsWith(prefix));
  }
  async commit(changes: Changements): Promise<void> {
    for (const [k, v] of changes.set ?? []) this.data.set(k, v);
    for (const k of changes.delete ?? []) this.data.delete(k);
  }
}
