/**
 * Persistence of a profile document (see profil.ts), with the same safety rules as
 * the journal (journal/store.ts): an unreadable document is first copied to a
 * quarantine key and never overwritten before that copy succeeded; a full or
 * missing storage keeps the session working in memory with a warning.
 */
import { isQuotaError, mettreEnQuarantaine, type Avertissement, type KeyValueStore } from '../journal/store';
import { profilProblem, profilVide, type Profil } from './profil';

export interface ProfilStoreOptions {
  readonly cle: string;
  readonly quarantaine: (date: Date) => string;
  readonly now: () => Date;
  readonly nomParDefaut: string;
}

export class ProfilStore {
  private value: Profil;
  private warningsValue: readonly Avertissement[] = [];
  private readonly listeners = new Set<() => void>();

  private constructor(
    private readonly kv: KeyValueStore | null,
    private readonly options: ProfilStoreOptions,
    profil: Profil,
    private persistable: boolean,
  ) {
    this.value = profil;
  }

  static async open(kv: KeyValueStore | null, options: ProfilStoreOptions): Promise<ProfilStore> {
    if (!kv) return new ProfilStore(null, options, profilVide(options.nomParDefaut), false);
    let raw: string | null;
    try {
      raw = await kv.get(options.cle);
    } catch {
      return new ProfilStore(null, options, profilVide(options.nomParDefaut), false);
    }
    if (raw === null) return new ProfilStore(kv, options, profilVide(options.nomParDefaut), true);
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      parsed = undefined;
    }
    const problem = parsed === undefined ? 'texte illisible' : profilProblem(parsed);
    if (!problem) return new ProfilStore(kv, options, parsed as Profil, true);
    const cle = options.quarantaine(options.now());
    const saved = await mettreEnQuarantaine(kv, cle, raw);
    const store = new ProfilStore(kv, options, profilVide(options.nomParDefaut), saved && !/plus récente/.test(problem));
    store.warn(
      saved
        ? { code: 'corrompu', message: `Les réglages de votre profil étaient illisibles (${problem}) : ils ont été mis de côté sans être effacés.`, cle }
        : { code: 'quarantaine-impossible', message: 'Les réglages de votre profil sont illisibles et n’ont pas pu être mis de côté : ils ne sont pas modifiés.' },
    );
    return store;
  }

  get profil(): Profil {
    return this.value;
  }
  get warnings(): readonly Avertissement[] {
    return this.warningsValue;
  }
  /** True when a change is written to storage (not memory only). */
  get persistent(): boolean {
    return this.kv !== null && this.persistable;
  }
  get cle(): string {
    return this.options.cle;
  }

  /** Takes a profile already written (and read back) by an all-or-nothing change (JournalStore.changerTout). */
  adopter(profil: Profil): void {
    this.value = profil;
    this.warningsValue = this.warningsValue.filter((w) => w.code !== 'quota' && w.code !== 'ecriture');
    this.notify();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Saves the profile, then reads it back: `enregistre` only when the stored text is the
   * one written; `memoire` when it is kept for this visit only (the warning says why).
   * Throws on an invalid profile (a programming error: callers check the limits first).
   */
  async save(profil: Profil): Promise<'enregistre' | 'memoire'> {
    const problem = profilProblem(profil);
    if (problem) throw new Error(`Profil refusé : ${problem}`);
    this.value = profil;
    this.notify();
    if (!this.kv || !this.persistable) return 'memoire';
    const texte = JSON.stringify(profil);
    try {
      await this.kv.set(this.options.cle, texte);
      if ((await this.kv.get(this.options.cle)) !== texte) throw new Error('relecture différente');
      this.warningsValue = this.warningsValue.filter((w) => w.code !== 'quota' && w.code !== 'ecriture');
      this.notify();
      return 'enregistre';
    } catch (error) {
      this.warn(
        isQuotaError(error)
          ? { code: 'quota', message: "L'espace de stockage du navigateur est plein : vos réglages sont gardés pendant cette visite seulement." }
          : { code: 'ecriture', message: "L'enregistrement de vos réglages a échoué : ils sont gardés pendant cette visite seulement." },
      );
      return 'memoire';
    }
  }

  private warn(w: Avertissement): void {
    if (this.warningsValue.some((x) => x.code === w.code)) return;
    this.warningsValue = [...this.warningsValue, w];
    this.notify();
  }

  private notify(): void {
    for (const l of this.listeners) l();
  }
}
