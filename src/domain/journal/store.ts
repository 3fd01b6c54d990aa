/**
 * Persistence of a learning record (journal.ts), over the versioned document store
 * (document.ts: reading, quarantine, typed refusal of a newer version, all-or-nothing
 * writes, warnings), plus what only the journal needs:
 *
 * Lifecycle: `JournalStore.open()` reads and validates the stored document once;
 * `append()` adds statements and writes the whole document back; another tab's
 * writes are merged by statement id before writing (a revision counter is kept
 * in a separate small key, written in the same commit). Nothing touches storage
 * before `open()` is called. Invalid statements are copied to quarantine and the
 * valid ones kept. A passport import changes the journal and the profile in one
 * commit, read back (`changerTout`).
 *
 * A write to IndexedDB takes several round trips; a page left meanwhile (a tab closed,
 * another page opened) aborts it. So each new statement is first copied, synchronously,
 * to a small backup (`secours`, localStorage), and removed from it once the commit that
 * holds it has succeeded; `open()` takes back what a previous page left there.
 */
import { encode } from './codec';
import { DocumentStore, raisonEcriture, type Avertissement, type EtatStockage, type FormatDocument, type KeyValueStore } from './document';
import { emptyJournal, mergeStatements, parseJournal, serializeJournal, type Journal } from './journal';
import type { Statement } from './statement';

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
  /** The synchronous backup of the statements not yet confirmed written (see the top of this file). */
  readonly secours?: Secours;
}

/** A small synchronous store of one text (localStorage in the browser); `ecrire` is false when refused. */
export interface Secours {
  lire(): string | null;
  ecrire(texte: string): boolean;
  effacer(): void;
}

const MESSAGES = {
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

/** The journal as a stored document: invalid traces are set aside, a newer version refused (typed). */
const FORMAT_JOURNAL: FormatDocument<Journal> = {
  lire(texte) {
    const parsed = parseJournal(texte);
    if (!parsed.ok) return { ok: false, cause: parsed.futur ? 'futur' : 'illisible', raison: parsed.raison };
    return parsed.rejetes.length === 0
      ? { ok: true, valeur: parsed.journal }
      : { ok: true, valeur: parsed.journal, ecartes: JSON.stringify({ raison: 'traces invalides', rejetes: parsed.rejetes }) };
  },
  ecrire: serializeJournal,
};

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
  private revision = 0;
  private writing: Promise<void> = Promise.resolve();

  private constructor(
    private readonly doc: DocumentStore<Journal>,
    private readonly options: OpenOptions,
  ) {
    this.revision = Number(doc.associee(options.keys.revision) ?? '0') || 0;
  }

  /** Reads the stored record (if any), validates it, quarantines what is unreadable. */
  static async open(kv: KeyValueStore | null, options: OpenOptions): Promise<JournalStore> {
    const doc = await DocumentStore.ouvrir(kv, {
      cle: options.keys.journal,
      quarantaine: options.keys.quarantaine,
      now: options.now,
      format: FORMAT_JOURNAL,
      vide: () => emptyJournal(options.newLearnerId(), options.homePage),
      messages: { ...MESSAGES, corrompu: (raison) => `${MESSAGES.corrompu} (${raison}.)` },
      signalerStockage: true,
      associees: [options.keys.revision],
      ...(options.etat ? { etat: options.etat } : {}),
    });
    const store = new JournalStore(doc, options);
    store.reprendreSecours();
    return store;
  }

  get journal(): Journal {
    return this.doc.valeur;
  }
  get statements(): readonly Statement[] {
    return this.doc.valeur.statements;
  }
  get warnings(): readonly Avertissement[] {
    return this.doc.warnings;
  }
  /** True when new data is written to storage (not memory only). */
  get persistent(): boolean {
    return this.doc.persistent;
  }
  /**
   * False when the storage could not be read (refused, not answering): the stored progress,
   * if any, is unknown, and this journal holds only this visit's answers.
   */
  get lu(): boolean {
    return this.doc.lu;
  }

  subscribe(listener: () => void): () => void {
    return this.doc.subscribe(listener);
  }

  /** Adds statements (ignoring ids already present) and saves. */
  append(statements: readonly Statement[]): Promise<void> {
    const known = new Set(this.journal.statements.map((s) => s.id));
    const fresh = statements.filter((s) => !known.has(s.id));
    for (const s of fresh) {
      if (!encode(s)) throw new Error(`Trace refusée : construisez-la avec buildStatement (${s.id}).`);
    }
    if (fresh.length === 0) return this.writing;
    this.doc.prendre({ ...this.journal, statements: [...this.journal.statements, ...fresh] });
    this.garderEnSecours(fresh);
    return this.save();
  }

  /** Replaces the whole record (after a confirmed passport import). */
  replace(journal: Journal): Promise<void> {
    this.doc.prendre(journal);
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
    const kv = this.doc.persistent ? this.doc.kv : null;
    let revision = this.revision;
    if (kv) {
      try {
        revision = Number((await kv.get(this.options.keys.revision)) ?? '0') || 0;
        if (revision !== this.revision) await this.fusionnerAutreOnglet(kv);
      } catch (error) {
        return { ok: false, raison: `votre journal enregistré n'a pas pu être relu (${raisonEcriture(error)})` };
      }
    }
    const preparation = preparer(this.journal);
    if (!preparation.ok) return preparation;
    let texte: string;
    try {
      texte = preparation.texte ?? serializeJournal(preparation.journal);
    } catch (error) {
      return { ok: false, raison: (error as Error).message };
    }
    if (!kv) {
      this.doc.prendre(preparation.journal);
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
    this.doc.adopter(preparation.journal);
    this.libererSecours(preparation.journal);
    return { ok: true, journal: preparation.journal, texte, enregistre: true };
  }

  private async fusionnerAutreOnglet(kv: KeyValueStore): Promise<void> {
    const raw = await kv.get(this.options.keys.journal);
    const parsed = raw === null ? null : parseJournal(raw);
    if (parsed?.ok && parsed.journal.learnerId === this.journal.learnerId) {
      this.doc.prendre({ ...this.journal, statements: mergeStatements(parsed.journal.statements, this.journal.statements) });
    }
  }

  private save(): Promise<void> {
    this.writing = this.writing.then(() => this.write());
    return this.writing;
  }

  private async write(): Promise<void> {
    const kv = this.doc.kv;
    if (!kv || !this.doc.persistent) return;
    let storedRevision: number;
    try {
      storedRevision = Number((await kv.get(this.options.keys.revision)) ?? '0') || 0;
      // Another tab wrote in the meantime: merge its statements with ours.
      if (storedRevision !== this.revision) await this.fusionnerAutreOnglet(kv);
    } catch (error) {
      this.doc.echec(error);
      return;
    }
    // The journal written is the one of this moment (enregistrer serializes it before its first await).
    const ecrit = this.journal;
    if (await this.doc.enregistrer([[this.options.keys.revision, String(storedRevision + 1)]])) {
      this.revision = storedRevision + 1;
      this.libererSecours(ecrit);
    }
  }

  /** The backup as a journal of the same learner, or null (none, unreadable, or another learner's). */
  private lireSecours(secours: Secours, learnerId: string): Journal | null {
    const texte = secours.lire();
    if (texte === null) return null;
    const lu = parseJournal(texte);
    return lu.ok && lu.journal.learnerId === learnerId ? lu.journal : null;
  }

  /** Copies new statements to the backup, beside those still waiting there (another tab's too). */
  private garderEnSecours(fresh: readonly Statement[]): void {
    const { secours } = this.options;
    if (!secours || !this.doc.persistent) return;
    const deja = this.lireSecours(secours, this.journal.learnerId)?.statements ?? [];
    try {
      secours.ecrire(serializeJournal({ ...this.journal, statements: mergeStatements(deja, fresh) }));
    } catch {
      // A statement the journal itself could not serialize: its write says so (echec).
    }
  }

  /** Once `ecrit` is stored: removes its statements from the backup (all of it, if another learner's). */
  private libererSecours(ecrit: Journal): void {
    const { secours } = this.options;
    if (!secours || secours.lire() === null) return;
    const sauve = this.lireSecours(secours, ecrit.learnerId);
    const ids = new Set(ecrit.statements.map((s) => s.id));
    const reste = sauve?.statements.filter((s) => !ids.has(s.id)) ?? [];
    if (reste.length === 0) secours.effacer();
    else secours.ecrire(serializeJournal({ ...ecrit, statements: reste }));
  }

  /**
   * What a page left in the backup before its write ended: merged into the record (same learner),
   * or the record itself when nothing was ever stored (the first answers of a device), then written.
   */
  private reprendreSecours(): void {
    const { secours } = this.options;
    const texte = secours && this.doc.persistent ? secours.lire() : null;
    if (!secours || texte === null) return;
    const jamaisEcrit = this.doc.associee(this.options.keys.revision) === null && this.journal.statements.length === 0;
    const lu = parseJournal(texte);
    const sauve = lu.ok && (jamaisEcrit || lu.journal.learnerId === this.journal.learnerId) ? lu.journal : null;
    if (sauve === null || sauve.statements.length === 0) {
      secours.effacer();
      return;
    }
    const base = jamaisEcrit ? { ...this.journal, learnerId: sauve.learnerId } : this.journal;
    this.doc.prendre({ ...base, statements: mergeStatements(base.statements, sauve.statements) });
    void this.save();
  }
}
