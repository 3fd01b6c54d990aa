/**
 * The learning record of one learner profile ("journal d'apprentissage").
 *
 * In memory, statements are full xAPI statements (see statement.ts). Stored shape
 * (JSON, one document per profile), with statements in their compact form
 * (see codec.ts):
 *   {
 *     "format": "moniteur-atelier/journal",
 *     "version": 1,
 *     "learnerId": "<uuid, pseudonymous>",
 *     "homePage": "<site address, the xAPI account's home page>",
 *     "entrees": [ <Entree>, … ]      // oldest first, unique ids
 *   }
 *
 * Migration policy: `version` is bumped whenever the stored shape changes; a
 * migration function turns version n into n + 1 and is kept forever, so any old
 * document can be brought up to date. A document from a *newer* version of the
 * site is never rewritten: it is quarantined and the learner is told why.
 * Invalid statements are set apart (quarantined) and the valid ones kept.
 */
import { decode, encode, entreeProblem, type Entree, type Fenetre } from './codec';
import { migrer, type Migration } from './document';
import { forbiddenKey, type Statement } from './statement';

export const JOURNAL_FORMAT = 'moniteur-atelier/journal';
export const JOURNAL_VERSION = 1;

export interface Journal {
  readonly format: typeof JOURNAL_FORMAT;
  readonly version: typeof JOURNAL_VERSION;
  readonly learnerId: string;
  readonly homePage: string;
  readonly statements: readonly Statement[];
}

/** MIGRATIONS[n] turns a version-n document into version n + 1. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export interface RejectedStatement {
  readonly index: number;
  readonly raison: string;
  readonly valeur: unknown;
}

/** A statement id met again in the same document: same content (`conflit: false`) or not. */
export interface Doublon {
  readonly index: number;
  readonly premier: number;
  readonly conflit: boolean;
}

export type ParseResult =
  | {
      readonly ok: true;
      readonly journal: Journal;
      readonly rejetes: readonly RejectedStatement[];
      readonly migre: boolean;
      /** Repeated ids: the first one is kept (a file being imported is refused on a conflict). */
      readonly doublons: readonly Doublon[];
    }
  | { readonly ok: false; readonly raison: string; readonly futur?: boolean };

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const LEARNER = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

export function emptyJournal(learnerId: string, homePage: string): Journal {
  return { format: JOURNAL_FORMAT, version: JOURNAL_VERSION, learnerId, homePage, statements: [] };
}

export interface VersionOptions {
  /** The version this code reads and writes. */
  readonly version: number;
  readonly migrations: Readonly<Record<number, Migration>>;
  /** For a file being imported: the dates its traces may carry (codec.ts, fenetreDates). */
  readonly fenetre?: Fenetre;
}
const CURRENT: VersionOptions = { version: JOURNAL_VERSION, migrations: MIGRATIONS };

/** Parses and validates a stored document (text). Never throws. */
export function parseJournal(text: string, options: VersionOptions = CURRENT): ParseResult {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    return { ok: false, raison: 'le texte enregistré n’est pas du JSON lisible' };
  }
  return validateJournal(document, options);
}

/** Validates (and migrates) an already parsed document. Never throws. */
export function validateJournal(document: unknown, options: VersionOptions = CURRENT): ParseResult {
  const { version: target, migrations, fenetre } = options;
  if (!isObj(document)) return { ok: false, raison: 'le document enregistré n’est pas un objet' };
  if (document.format !== JOURNAL_FORMAT) return { ok: false, raison: 'ce n’est pas un journal d’apprentissage de ce site' };
  const forbidden = forbiddenKey(document);
  if (forbidden) return { ok: false, raison: `clé interdite « ${forbidden} » dans le document` };
  const versionne = migrer(document, { version: target, migrations });
  if (!versionne.ok) {
    switch (versionne.cause) {
      case 'version-invalide':
        return { ok: false, raison: 'numéro de version absent ou invalide' };
      case 'futur':
        return { ok: false, futur: true, raison: `document créé par une version plus récente du site (format ${versionne.version})` };
      case 'migration-absente':
        return { ok: false, raison: `aucune migration depuis la version ${versionne.version}` };
      case 'migration-echouee':
        return { ok: false, raison: `la migration depuis la version ${versionne.version} a échoué (${versionne.erreur})` };
    }
  }
  const { document: current, migre } = versionne;
  if (typeof current.learnerId !== 'string' || !LEARNER.test(current.learnerId)) {
    return { ok: false, raison: 'identifiant d’apprenant absent ou invalide' };
  }
  const homePage = current.homePage;
  if (typeof homePage !== 'string' || homePage.length > 300 || !/^https?:\/\/\S+$/.test(homePage)) {
    return { ok: false, raison: 'adresse du site (homePage) absente ou invalide' };
  }
  if (!Array.isArray(current.entrees)) return { ok: false, raison: 'la liste des traces est absente' };
  const acteur = { learnerId: current.learnerId, homePage };
  const statements: Statement[] = [];
  const rejetes: RejectedStatement[] = [];
  const seen = new Map<string, number>();
  const doublons: Doublon[] = [];
  const entrees = current.entrees as unknown[];
  entrees.forEach((value: unknown, index: number) => {
    const problem = entreeProblem(value, fenetre ? { fenetre } : {});
    if (problem) {
      rejetes.push({ index, raison: problem, valeur: value });
      return;
    }
    const entree = value as Entree;
    const premier = seen.get(entree.i);
    if (premier !== undefined) {
      // Repeated id: the first is kept; the same content is a harmless repeat, another one a conflict.
      doublons.push({ index, premier, conflit: JSON.stringify(value) !== JSON.stringify(entrees[premier]) });
      return;
    }
    seen.set(entree.i, index);
    statements.push(decode(entree, acteur));
  });
  return {
    ok: true,
    journal: { format: JOURNAL_FORMAT, version: JOURNAL_VERSION, learnerId: current.learnerId, homePage, statements },
    rejetes,
    migre,
    doublons,
  };
}

/** The stored text of a journal. Throws if a statement was not built by our builders. */
export function serializeJournal(journal: Journal): string {
  const entrees = journal.statements.map((s) => {
    const entree = encode(s);
    if (!entree) throw new Error(`Trace impossible à enregistrer (non construite par buildStatement) : ${s.id}`);
    return entree;
  });
  return JSON.stringify({
    format: journal.format,
    version: journal.version,
    learnerId: journal.learnerId,
    homePage: journal.homePage,
    entrees,
  });
}

/** The first id carried by two different statements of `a` and `b` (a merge would have to pick one), or null. */
export function conflitEntre(a: readonly Statement[], b: readonly Statement[]): string | null {
  const parId = new Map(a.map((s) => [s.id, s]));
  for (const s of b) {
    const autre = parId.get(s.id);
    if (autre && JSON.stringify(encode(autre)) !== JSON.stringify(encode(s))) return s.id;
  }
  return null;
}

/** Union of two journals' statements by id, sorted by time (used to merge tabs and passports). */
export function mergeStatements(a: readonly Statement[], b: readonly Statement[]): Statement[] {
  const byId = new Map<string, Statement>();
  for (const s of a) byId.set(s.id, s);
  for (const s of b) if (!byId.has(s.id)) byId.set(s.id, s);
  return [...byId.values()].sort((x, y) => (x.timestamp < y.timestamp ? -1 : x.timestamp > y.timestamp ? 1 : 0));
}
