/**
 * Persistence of a profile document (see profil.ts), over the versioned document
 * store shared with the journal (../journal/document.ts): an unreadable document is
 * first copied to a quarantine key and never overwritten before that copy succeeded;
 * a profile from a newer site (typed by lireProfil, never read from a message) is
 * kept aside and never rewritten; a full or missing storage keeps the session
 * working in memory with a warning.
 */
import { DocumentStore, type Avertissement, type FormatDocument, type KeyValueStore } from '../journal/document';
import { lireProfil, profilProblem, profilVide, type Profil } from './profil';

export interface ProfilStoreOptions {
  readonly cle: string;
  readonly quarantaine: (date: Date) => string;
  readonly now: () => Date;
  readonly nomParDefaut: string;
}

const FORMAT_PROFIL: FormatDocument<Profil> = { lire: lireProfil, ecrire: (profil) => JSON.stringify(profil) };

const MESSAGES = {
  corrompu: (raison: string) => `Les réglages de votre profil étaient illisibles (${raison}) : ils ont été mis de côté sans être effacés.`,
  quarantaineImpossible: 'Les réglages de votre profil sont illisibles et n’ont pas pu être mis de côté : ils ne sont pas modifiés.',
  quota: "L'espace de stockage du navigateur est plein : vos réglages sont gardés pendant cette visite seulement.",
  ecriture: "L'enregistrement de vos réglages a échoué : ils sont gardés pendant cette visite seulement.",
} as const;

export class ProfilStore {
  private constructor(private readonly doc: DocumentStore<Profil>) {}

  static async open(kv: KeyValueStore | null, options: ProfilStoreOptions): Promise<ProfilStore> {
    const doc = await DocumentStore.ouvrir(kv, {
      cle: options.cle,
      quarantaine: options.quarantaine,
      now: options.now,
      format: FORMAT_PROFIL,
      vide: () => profilVide(options.nomParDefaut),
      messages: MESSAGES,
    });
    return new ProfilStore(doc);
  }

  get profil(): Profil {
    return this.doc.valeur;
  }
  get warnings(): readonly Avertissement[] {
    return this.doc.warnings;
  }
  /** True when a change is written to storage (not memory only). */
  get persistent(): boolean {
    return this.doc.persistent;
  }
  get cle(): string {
    return this.doc.cle;
  }

  /** Takes a profile already written (and read back) by an all-or-nothing change (JournalStore.changerTout). */
  adopter(profil: Profil): void {
    this.doc.adopter(profil);
  }

  subscribe(listener: () => void): () => void {
    return this.doc.subscribe(listener);
  }

  /**
   * Saves the profile, then reads it back: `enregistre` only when the stored text is the
   * one written; `memoire` when it is kept for this visit only (the warning says why).
   * Throws on an invalid profile (a programming error: callers check the limits first).
   */
  async save(profil: Profil): Promise<'enregistre' | 'memoire'> {
    const problem = profilProblem(profil);
    if (problem) throw new Error(`Profil refusé : ${problem}`);
    this.doc.prendre(profil);
    return (await this.doc.enregistrer([], { relire: true })) ? 'enregistre' : 'memoire';
  }
}
