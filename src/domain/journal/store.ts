/**
 * Persistence of a learning record, over any key-value storage (IndexedDB and
 * localStorage in the browser, memory in tests and as a fallback).
 *
 * Lifecycle: `JournalStore.open()` reads and validates the stored document once;
 * `append()` adds statements and writes the whole document back; another tab's
 * writes are merged by statement id before writing (a revision counter is kept
 * in a separate small key). Nothing touches storage before `open()` is called.
 *
 * Safety rules — the learner's data is never lost:
 * - a corrupt or foreign document is first copied to a quarantine key; only when
 *   that copy succeeded may the main key be written again; otherwise the store
 *   works in memory only and says so;
 * - invalid statements are copied to quarantine and the valid ones kept;
 * - a document from a newer version of the site is quarantined, never rewritten;
 * - a full storage (QuotaExceededError) or a missing storage keeps the session
 *   working in memory, with a visible warning.
 */
import { encode } from './codec';
import { emptyJournal, mergeStatements, parseJournal, serializeJournal, type Journal } from './journal';
import type { Statement } from './statement';

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

export interface StoreKeys {
  readonly journal: string;
  readonly revision: string;
  quarantaine(date: Date): string;
}

export interface OpenOptions {
  readonly keys: StoreKeys;
  readonly now: () => Date;
  readonly newLearnerId: () => string;
  /** The site's address, home page of the learner's pseudonymous xAPI account. */
  readonly homePage: string;
  /** The storage's state as read when it was opened (src/lib/storage.ts); without it, `ok`. */
  readonly etat?: EtatStockage;
}

/** Copies unreadable data to a quarantine key; true when the copy is safely stored. */
export async function mettreEnQuarantaine(kv: KeyValueStore, cle: string, valeur: string): Promise<boolean> {
  try {
    await kv.set(cle, valeur);
    return true;
  } catch {
    return false;
  }
}

export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as { name?: string; code?: number };
  return e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22 || e.code === 1014;
}

const MESSAGES = {
  memoire:
    "Votre navigateur n'autorise pas l'enregistrement (navigation privée ou stockage désactivé). Vos réponses sont gardées pendant cette visite seulement : exportez votre passeport avant de fermer la page.",
  quota:
    "L'espace de stockage du navigateur est plein : vos dernières réponses sont gardées pendant cette visite seulement. Exportez votre passeport de progression, puis libérez de la place.",
  corrompu:
    'Des données de progression enregistrées étaient illisibles. Elles ont été mises de côté sans être effacées, et un nouveau journal a été commencé.',
  partiel:
    'Certaines traces enregistrées étaient invalides : elles ont été mises de côté sans être effacées. Le reste de votre progression est intact.',
  futur:
    "Vos données ont été enregistrées par une version plus récente du site. Elles ont été mises de côté sans être modifiées ; rechargez la page pour obtenir la dernière version.",
  quarantaineImpossible:
    "Des données enregistrées sont illisibles et n'ont pas pu être mises de côté. Elles ne sont pas modifiées : cette visite fonctionne en mémoire seulement.",
  ecriture: "L'enregistrement a échoué : vos dernières réponses sont gardées pendant cette visite seulement.",
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
  if (etat === undefined || etat === 'ok') return kv ? null : { code: 'memoire', message: MESSAGES.memoire };
  return { code: etat, message: MESSAGES[etat] };
}

/** Why an all-or-nothing change was refused or failed, for the learner (nothing was changed). */
export function raisonEcriture(error: unknown): string {
  return isQuotaError(error)
    ? "l'espace de stockage du navigateur est plein : libérez de la place (données d'autres sites), ou exportez puis supprimez un profil inutile, et réessayez"
    : `le navigateur a refusé l'enregistrement (${error instanceof Error && error.message ? error.message : 'erreur inconnue'})`;
}

/** An all-or-nothing change of the record, prepared from the current journal (see JournalStore.changerTout). */
export type Preparation =
  | {
      readonly ok: true;
      readonly journal: Journal;
      /** The stored text of `journal`, when the preparation already made it (to check a size). */
      readonly texte?: string;
      readonly autres: readonly (readonly [string, string])[];
    }
  | { readonly ok: false; readonly raison: string };

export type ResultatChangement =
  | { readonly ok: true; readonly journal: Journal; readonly texte: string; readonly enregistre: boolean }
  | { readonly ok: false; readonly raison: string };

export class JournalStore {
  private journalValue: Journal;
  private warningsValue: readonly Avertissement[] = [];
  private readonly listeners = new Set<() => void>();
  private revision = 0;
  private writing: Promise<void> = Promise.resolve();
  /** True when the stored record was read (or known absent): false when the storage could not be read. */
  private luValue = true;

  private constructor(
    private readonly kv: KeyValueStore | null,
    private readonly options: OpenOptions,
    journal: Journal,
    /** false: never write the main key (its content was not safely set apart). */
    private persistable: boolean,
  ) {
    this.journalValue = journal;
  }

  /** Reads the stored record (if any), validates it, quarantines what is unreadable. */
  static async open(kv: KeyValueStore | null, options: OpenOptions): Promise<JournalStore> {
    const avertissement = avertissementStockage(options.etat, kv);
    if (!kv) {
      const store = new JournalStore(null, options, emptyJournal(options.newLearnerId(), options.homePage), false);
      // Private browsing: nothing can have been kept. Refused or silent storage: what it holds is unknown.
      store.luValue = options.etat === undefined || options.etat === 'prive';
      if (avertissement) store.warn(avertissement);
      return store;
    }
    let raw: string | null;
    let revision = 0;
    try {
      raw = await kv.get(options.keys.journal);
      revision = Number((await kv.get(options.keys.revision)) ?? '0') || 0;
    } catch {
      const store = new JournalStore(null, options, emptyJournal(options.newLearnerId(), options.homePage), false);
      store.luValue = false;
      store.warn({ code: 'muet', message: MESSAGES.muet });
      return store;
    }
    if (raw === null) {
      const store = new JournalStore(kv, options, emptyJournal(options.newLearnerId(), options.homePage), true);
      store.revision = revision;
      if (avertissement) store.warn(avertissement);
      return store;
    }
    const parsed = parseJournal(raw);
    if (parsed.ok) {
      const store = new JournalStore(kv, options, parsed.journal, true);
      store.revision = revision;
      if (avertissement) store.warn(avertissement);
      if (parsed.rejetes.length > 0) {
        const cle = options.keys.quarantaine(options.now());
        const saved = await store.trySet(cle, JSON.stringify({ raison: 'traces invalides', rejetes: parsed.rejetes }));
        if (saved) {
          store.warn({ code: 'partiel', message: MESSAGES.partiel, cle });
        } else {
          store.persistable = false;
          store.warn({ code: 'quarantaine-impossible', message: MESSAGES.quarantaineImpossible });
        }
      }
      return store;
    }
    // Unreadable, foreign or future document: copy it aside before anything else.
    const cle = options.keys.quarantaine(options.now());
    const holder = new JournalStore(kv, options, emptyJournal(options.newLearnerId(), options.homePage), false);
    if (avertissement) holder.warn(avertissement);
    const saved = await holder.trySet(cle, raw);
    if (saved) {
      holder.persistable = !parsed.futur;
      holder.revision = revision;
      holder.warn(
        parsed.futur
          ? { code: 'futur', message: MESSAGES.futur, cle }
          : { code: 'corrompu', message: `${MESSAGES.corrompu} (${parsed.raison}.)`, cle },
      );
    } else {
      holder.warn({ code: 'quarantaine-impossible', message: MESSAGES.quarantaineImpossible });
    }
    return holder;
  }

  get journal(): Journal {
    return this.journalValue;
  }
  get statements(): readonly Statement[] {
    return this.journalValue.statements;
  }
  get warnings(): readonly Avertissement[] {
    return this.warningsValue;
  }
  /** True when new data is written to storage (not memory only). */
  get persistent(): boolean {
    return this.kv !== null && this.persistable;
  }
  /**
   * False when the storage could not be read (refused, not answering): the stored progress,
   * if any, is unknown, and this journal holds only this visit's answers.
   */
  get lu(): boolean {
    return this.luValue;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Adds statements (ignoring ids already present) and saves. */
  append(statements: readonly Statement[]): Promise<void> {
    const known = new Set(this.journalValue.statements.map((s) => s.id));
    const fresh = statements.filter((s) => !known.has(s.id));
    for (const s of fresh) {
      if (!encode(s)) throw new Error(`Trace refusée : construisez-la avec buildStatement (${s.id}).`);
    }
    if (fresh.length === 0) return this.writing;
    this.journalValue = { ...this.journalValue, statements: [...this.journalValue.statements, ...fresh] };
    this.notify();
    return this.save();
  }

  /** Replaces the whole record (after a confirmed passport import). */
  replace(journal: Journal): Promise<void> {
    this.journalValue = journal;
    this.notify();
    return this.save();
  }

  /** Waits for pending writes. */
  flush(): Promise<void> {
    return this.writing;
  }

  /**
   * An all-or-nothing change of the record (passport import): after the pending writes,
   * `preparer` receives the current journal (another tab's traces merged in) and returns
   * the new journal and the other documents to write with it (the profile), or a refusal.
   * Everything is written in one commit, read back and compared; only then does the store
   * take the new journal. On any refusal or failure the storage is as it was (byte for
   * byte) and so is this store. In memory only (no usable storage), the change is made for
   * this visit (`enregistre: false`).
   */
  changerTout(preparer: (actuel: Journal) => Preparation): Promise<ResultatChangement> {
    const run = this.writing.then(() => this.changer(preparer));
    this.writing = run.then(() => undefined);
    return run;
  }

  private async changer(preparer: (actuel: Journal) => Preparation): Promise<ResultatChangement> {
    const kv = this.kv && this.persistable ? this.kv : null;
    let revision = this.revision;
    if (kv) {
      try {
        revision = Number((await kv.get(this.options.keys.revision)) ?? '0') || 0;
        if (revision !== this.revision) await this.fusionnerAutreOnglet(kv);
      } catch (error) {
        return { ok: false, raison: `votre journal enregistré n'a pas pu être relu (${raisonEcriture(error)})` };
      }
    }
    const preparation = preparer(this.journalValue);
    if (!preparation.ok) return preparation;
    let texte: string;
    try {
      texte = preparation.texte ?? serializeJournal(preparation.journal);
    } catch (error) {
      return { ok: false, raison: (error as Error).message };
    }
    if (!kv) {
      this.journalValue = preparation.journal;
      this.notify();
      return { ok: true, journal: preparation.journal, texte, enregistre: false };
    }
    const ecritures: (readonly [string, string])[] = [
      [this.options.keys.journal, texte],
      [this.options.keys.revision, String(revision + 1)],
      ...preparation.autres,
    ];
    const cles = ecritures.map(([k]) => k);
    let avant: (string | null)[];
    try {
      avant = await Promise.all(cles.map((k) => kv.get(k)));
      await kv.commit({ set: ecritures });
    } catch (error) {
      return { ok: false, raison: raisonEcriture(error) };
    }
    // Read back: what is stored must be exactly what was written.
    let relu: (string | null)[];
    try {
      relu = await Promise.all(cles.map((k) => kv.get(k)));
    } catch {
      relu = [];
    }
    const different = ecritures.findIndex(([, v], i) => relu[i] !== v);
    if (different >= 0) {
      const restaurer = avant.flatMap((v, i) => (v === null ? [] : [[cles[i]!, v] as const]));
      const effacer = avant.flatMap((v, i) => (v === null ? [cles[i]!] : []));
      const remis = await kv.commit({ set: restaurer, delete: effacer }).then(
        () => true,
        () => false,
      );
      return {
        ok: false,
        raison: remis
          ? "la relecture de l'enregistrement ne correspond pas à ce qui a été écrit : vos données précédentes ont été remises"
          : "la relecture de l'enregistrement ne correspond pas à ce qui a été écrit, et vos données précédentes n'ont pas pu être remises : ne fermez pas la page, téléchargez votre passeport",
      };
    }
    this.revision = revision + 1;
    this.journalValue = preparation.journal;
    for (const code of ['quota', 'ecriture', 'plein'] as const) this.clearWarning(code);
    this.notify();
    return { ok: true, journal: preparation.journal, texte, enregistre: true };
  }

  private async fusionnerAutreOnglet(kv: KeyValueStore): Promise<void> {
    const raw = await kv.get(this.options.keys.journal);
    const parsed = raw === null ? null : parseJournal(raw);
    if (parsed?.ok && parsed.journal.learnerId === this.journalValue.learnerId) {
      this.journalValue = { ...this.journalValue, statements: mergeStatements(parsed.journal.statements, this.journalValue.statements) };
      this.notify();
    }
  }

  private save(): Promise<void> {
    this.writing = this.writing.then(() => this.write());
    return this.writing;
  }

  private async write(): Promise<void> {
    if (!this.kv || !this.persistable) return;
    const kv = this.kv;
    try {
      const storedRevision = Number((await kv.get(this.options.keys.revision)) ?? '0') || 0;
      // Another tab wrote in the meantime: merge its statements with ours.
      if (storedRevision !== this.revision) await this.fusionnerAutreOnglet(kv);
      await kv.commit({ set: [[this.options.keys.journal, serializeJournal(this.journalValue)], [this.options.keys.revision, String(storedRevision + 1)]] });
      this.revision = storedRevision + 1;
      // Written: whatever was full or failing has room again.
      for (const code of ['quota', 'ecriture', 'plein'] as const) this.clearWarning(code);
    } catch (error) {
      // A storage known to be full already says so (« plein »): not twice.
      if (isQuotaError(error)) {
        if (!this.warningsValue.some((w) => w.code === 'plein')) this.warn({ code: 'quota', message: MESSAGES.quota });
      } else this.warn({ code: 'ecriture', message: MESSAGES.ecriture });
    }
  }

  private async trySet(key: string, value: string): Promise<boolean> {
    return this.kv ? mettreEnQuarantaine(this.kv, key, value) : false;
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
