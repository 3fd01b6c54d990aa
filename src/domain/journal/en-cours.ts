/**
 * Attempts in progress (src/domain/quiz/reprise.ts) in storage, one text per key, apart from the
 * record. Operations run in the order they were asked (a deletion never overtakes an earlier
 * write); without storage they live in memory for the visit. The latest value is also kept at
 * once in a synchronous backup (localStorage in the browser) until storage has it: a page left
 * while IndexedDB writes (which aborts the write) loses nothing, the next reading takes it back
 * (fiche 0045).
 */
import type { KeyValueStore } from './document';

/** Small synchronous texts (localStorage in the browser: src/lib/settings.ts). */
export interface TextesSync {
  get(cle: string): string | null;
  set(cle: string, valeur: string): boolean;
  effacer(cle: string): void;
}

/** Where an attempt is kept: its key in storage, and its backup's (src/domain/journal/keys.ts). */
export interface ClesEnCours {
  readonly cle: string;
  readonly secours: string;
}

/** A deletion not yet done, in the backup. */
const SUPPRIME = '';

export class EnCoursStore {
  private file: Promise<unknown> = Promise.resolve();
  private readonly memoire = new Map<string, string>();

  constructor(
    /** The storage, or null (memory only); opened once by the caller. */
    private readonly stockage: () => Promise<KeyValueStore | null>,
    private readonly textes: TextesSync,
  ) {}

  /** Keeps `valeur` (null: deleted) in the backup at once; call it when the value changes, even if its write waits. */
  retenir({ secours }: ClesEnCours, valeur: string | null): void {
    this.textes.set(secours, valeur ?? SUPPRIME);
  }

  /** The latest value: the backup first (a page left before its write ended: written now), else storage. */
  lire({ cle, secours }: ClesEnCours): Promise<string | null> {
    return this.enFile(async (kv) => {
      const attente = this.textes.get(secours);
      if (attente === null) return kv ? await kv.get(cle) : (this.memoire.get(cle) ?? null);
      await (attente === SUPPRIME ? this.supprimer(kv, cle) : this.poser(kv, cle, attente));
      this.liberer(kv, secours, attente);
      return attente === SUPPRIME ? null : attente;
    });
  }

  ecrire({ cle, secours }: ClesEnCours, valeur: string): Promise<void> {
    return this.enFile(async (kv) => {
      await this.poser(kv, cle, valeur);
      this.liberer(kv, secours, valeur);
    });
  }

  effacer({ cle, secours }: ClesEnCours): Promise<void> {
    return this.enFile(async (kv) => {
      await this.supprimer(kv, cle);
      this.liberer(kv, secours, SUPPRIME);
    });
  }

  private enFile<T>(operation: (kv: KeyValueStore | null) => Promise<T>): Promise<T> {
    const suite = this.file.then(() => this.stockage()).then(operation);
    this.file = suite.catch(() => undefined);
    return suite;
  }

  private poser(kv: KeyValueStore | null, cle: string, valeur: string): Promise<void> {
    if (kv) return kv.set(cle, valeur);
    this.memoire.set(cle, valeur);
    return Promise.resolve();
  }

  private supprimer(kv: KeyValueStore | null, cle: string): Promise<void> {
    if (kv) return kv.delete(cle);
    this.memoire.delete(cle);
    return Promise.resolve();
  }

  /** Once storage holds `valeur`: the backup goes, unless a later change has replaced it (kept in memory only: it stays). */
  private liberer(kv: KeyValueStore | null, secours: string, valeur: string): void {
    if (kv && this.textes.get(secours) === valeur) this.textes.effacer(secours);
  }
}
