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
}

export type CodeAvertissement = 'memoire' | 'quota' | 'corrompu' | 'partiel' | 'futur' | 'quarantaine-impossible' | 'ecriture';

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
} as const;

export class JournalStore {
  private journalValue: Journal;
  private warningsValue: readonly Avertissement[] = [];
  private readonly listeners = new Set<() => void>();
  private revision = 0;
  private writing: Promise<void> = Promise.resolve();

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
    if (!kv) {
      const store = new JournalStore(null, options, emptyJournal(options.newLearnerId(), options.homePage), false);
      store.warn({ code: 'memoire', message: MESSAGES.memoire });
      return store;
    }
    let raw: string | null;
    let revision = 0;
    try {
      raw = await kv.get(options.keys.journal);
      revision = Number((await kv.get(options.keys.revision)) ?? '0') || 0;
    } catch {
      const store = new JournalStore(null, options, emptyJournal(options.newLearnerId(), options.homePage), false);
      store.warn({ code: 'memoire', message: MESSAGES.memoire });
      return store;
    }
    if (raw === null) {
      const store = new JournalStore(kv, options, emptyJournal(options.newLearnerId(), options.homePage), true);
      store.revision = revision;
      return store;
    }
    const parsed = parseJournal(raw);
    if (parsed.ok) {
      const store = new JournalStore(kv, options, parsed.journal, true);
      store.revision = revision;
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

  private save(): Promise<void> {
    this.writing = this.writing.then(() => this.write());
    return this.writing;
  }

  private async write(): Promise<void> {
    if (!this.kv || !this.persistable) return;
    const kv = this.kv;
    try {
      const storedRevision = Number((await kv.get(this.options.keys.revision)) ?? '0') || 0;
      if (storedRevision !== this.revision) {
        // Another tab wrote in the meantime: merge its statements with ours.
        const raw = await kv.get(this.options.keys.journal);
        const parsed = raw === null ? null : parseJournal(raw);
        if (parsed?.ok && parsed.journal.learnerId === this.journalValue.learnerId) {
          this.journalValue = {
            ...this.journalValue,
            statements: mergeStatements(parsed.journal.statements, this.journalValue.statements),
          };
          this.notify();
        }
      }
      await kv.set(this.options.keys.journal, serializeJournal(this.journalValue));
      this.revision = storedRevision + 1;
      await kv.set(this.options.keys.revision, String(this.revision));
      this.clearWarning('quota');
      this.clearWarning('ecriture');
    } catch (error) {
      if (isQuotaError(error)) this.warn({ code: 'quota', message: MESSAGES.quota });
      else this.warn({ code: 'ecriture', message: MESSAGES.ecriture });
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
}
