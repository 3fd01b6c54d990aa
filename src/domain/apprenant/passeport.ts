/**
 * The progress passport: the whole state of a learner profile (journal and
 * profile document) in one JSON file, to move between devices or to hand to a
 * trainer. Everything is checked before anything is changed; a refused file
 * leaves the learner's data exactly as it was (the caller writes only on success).
 *
 *   { "format": "moniteur-atelier/passeport", "version": 1,
 *     "cree": "<ISO date>", "revisionContenu": "<content revision>",
 *     "apprenant": { "learnerId": "<uuid>", "nom": "…" },
 *     "journal": { "homePage": "…", "entrees": [ <Entree>, … ] },
 *     "profil": <Profil>,
 *     "somme": "<SHA-256 of the canonical JSON of the five fields above>" }
 */
import { encode, fenetreDates, horsFenetre } from '../journal/codec';
import { conflitEntre, JOURNAL_FORMAT, JOURNAL_VERSION, mergeStatements, MIGRATIONS, serializeJournal, validateJournal, type Journal } from '../journal/journal';
import type { Preparation, ResultatChangement } from '../journal/store';
import { lireJson } from '../texte/json';
import { fusionnerProfils, LIMITES_PROFIL, profilProblem, type Profil } from '../profil/profil';
import { sha256Hex } from '../texte/sha256';
import { PASSEPORT_TAILLE_MAX } from './passeport-taille';

export const PASSEPORT_FORMAT = 'moniteur-atelier/passeport';
export const PASSEPORT_VERSION = 1;

export interface EtatApprenant {
  readonly journal: Journal;
  readonly profil: Profil;
}

interface Corps {
  readonly cree: string;
  readonly revisionContenu: string;
  readonly apprenant: { readonly learnerId: string; readonly nom: string };
  readonly journal: { readonly homePage: string; readonly entrees: readonly unknown[] };
  readonly profil: Profil;
}

function somme(corps: Corps): string {
  return sha256Hex(JSON.stringify([corps.cree, corps.revisionContenu, corps.apprenant, corps.journal, corps.profil]));
}

/** The passport text of a learner state. */
export function creerPasseport(etat: EtatApprenant, options: { now: Date; revisionContenu: string }): string {
  const corps: Corps = {
    cree: options.now.toISOString(),
    revisionContenu: options.revisionContenu,
    apprenant: { learnerId: etat.journal.learnerId, nom: etat.profil.nom },
    journal: {
      homePage: etat.journal.homePage,
      entrees: etat.journal.statements.map((s) => {
        const e = encode(s);
        if (!e) throw new Error(`trace impossible à exporter : ${s.id}`);
        return e;
      }),
    },
    profil: etat.profil,
  };
  return JSON.stringify({ format: PASSEPORT_FORMAT, version: PASSEPORT_VERSION, ...corps, somme: somme(corps) });
}

export type LecturePasseport =
  | {
      readonly ok: true;
      readonly etat: EtatApprenant;
      readonly cree: string;
      readonly traces: number;
      /** Non-blocking remarks (content of another version of the site, repeated traces…). */
      readonly avertissements: readonly string[];
    }
  | { readonly ok: false; readonly raison: string };

export interface OptionsLecture {
  readonly revisionContenu: string;
  readonly tailleMax?: number;
  /** The reading's date: traces may not be dated after the next day (fenetreDates). */
  readonly maintenant?: Date;
}

/**
 * What the safe JSON reader allows in a passport (src/domain/texte/json.ts): its
 * deepest legitimate value is at level 6 (profile › assignments › assignment ›
 * items › item), its longest text the livret's observations (4,000 characters).
 */
export const LIMITES_JSON_PASSEPORT = { profondeur: 8, texte: 32 * 1024 } as const;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const refus = (raison: string): LecturePasseport => ({ ok: false, raison });
const CHAMPS = new Set(['format', 'version', 'cree', 'revisionContenu', 'apprenant', 'journal', 'profil', 'somme']);
const seuls = (v: Record<string, unknown>, cles: readonly string[]) => Object.keys(v).every((k) => cles.includes(k));
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
const nombre = (n: number) => new Intl.NumberFormat('fr-FR').format(n);

/**
 * Reads and checks a passport file's text. Never throws, never writes. Linear in the
 * size of the text, without recursion: run in a Web Worker by the pages
 * (src/lib/lecteur.ts) so that no file can freeze them.
 */
export function lirePasseport(texte: string, options: OptionsLecture): LecturePasseport {
  const max = options.tailleMax ?? PASSEPORT_TAILLE_MAX;
  const fenetre = fenetreDates(options.maintenant ?? new Date());
  const lu = lireJson(texte, { taille: max, ...LIMITES_JSON_PASSEPORT });
  if (!lu.ok) return refus(lu.raison);
  const doc = lu.valeur;
  if (!isObj(doc)) return refus("ce fichier n'est pas un passeport de progression");
  if (doc.format !== PASSEPORT_FORMAT) {
    if (doc.format === JOURNAL_FORMAT) return refus("ce fichier est un journal brut, pas un passeport : exportez le passeport depuis « Ma progression »");
    return refus("ce fichier n'est pas un passeport de progression de ce site");
  }
  if (typeof doc.version !== 'number' || !Number.isInteger(doc.version) || doc.version < 1) return refus('version du passeport absente ou invalide');
  if (doc.version > PASSEPORT_VERSION) {
    return refus(`ce passeport a été créé par une version plus récente du site (format ${doc.version}) : rechargez la page pour obtenir la dernière version, puis réessayez`);
  }
  const unknown = Object.keys(doc).filter((k) => !CHAMPS.has(k));
  if (unknown.length > 0) return refus(`champ inattendu dans le passeport : « ${unknown[0]!.slice(0, 40)} »`);
  if (typeof doc.cree !== 'string' || !ISO.test(doc.cree) || Number.isNaN(Date.parse(doc.cree))) return refus('date de création du passeport invalide');
  const creeHors = horsFenetre(doc.cree, fenetre);
  if (creeHors) return refus(`date de création du passeport impossible : ${creeHors}`);
  if (typeof doc.revisionContenu !== 'string' || !/^[0-9a-f]{1,64}$/.test(doc.revisionContenu)) return refus('révision du contenu invalide');
  if (!isObj(doc.apprenant) || typeof doc.apprenant.learnerId !== 'string' || typeof doc.apprenant.nom !== 'string' || !seuls(doc.apprenant, ['learnerId', 'nom'])) {
    return refus('identité de l’apprenant absente');
  }
  if (!isObj(doc.journal) || !Array.isArray(doc.journal.entrees) || typeof doc.journal.homePage !== 'string' || !seuls(doc.journal, ['homePage', 'entrees'])) {
    return refus('journal absent ou incomplet');
  }
  if (typeof doc.somme !== 'string' || !/^[0-9a-f]{64}$/.test(doc.somme)) return refus('somme de contrôle absente');
  const corps = doc as unknown as Corps;
  if (somme(corps) !== doc.somme) return refus('somme de contrôle incorrecte : le fichier a été modifié ou abîmé depuis son export');
  const profil = profilProblem(doc.profil, { fenetre });
  if (profil) return refus(profil);
  if ((doc.profil as Profil).nom !== doc.apprenant.nom) return refus("le nom de l'apprenant ne correspond pas à son profil");
  const journal = validateJournal(
    { format: JOURNAL_FORMAT, version: JOURNAL_VERSION, learnerId: doc.apprenant.learnerId, homePage: doc.journal.homePage, entrees: doc.journal.entrees },
    { version: JOURNAL_VERSION, migrations: MIGRATIONS, fenetre },
  );
  if (!journal.ok) return refus(`journal refusé : ${journal.raison}`);
  if (journal.rejetes.length > 0) {
    const premier = journal.rejetes[0]!;
    return refus(`${journal.rejetes.length} réponse(s) enregistrée(s) illisible(s) dans le passeport (n° ${premier.index + 1} : ${premier.raison})`);
  }
  const conflit = journal.doublons.find((d) => d.conflit);
  if (conflit) {
    return refus(
      `les traces n° ${conflit.premier + 1} et n° ${conflit.index + 1} portent le même identifiant avec des contenus différents : le fichier a été modifié, il est refusé`,
    );
  }
  const avertissements: string[] = [];
  if (corps.revisionContenu !== options.revisionContenu) {
    avertissements.push('Ce passeport vient d’une autre version du contenu du site : des questions ont pu changer, vos résultats restent comptés.');
  }
  const repetees = journal.doublons.length;
  if (repetees > 0) {
    avertissements.push(
      `Le fichier contient ${nombre(doc.journal.entrees.length)} entrées dont ${repetees === 1 ? '1 répétée à l’identique, comptée' : `${nombre(repetees)} répétées à l’identique, comptées`} une seule fois.`,
    );
  }
  return {
    ok: true,
    etat: { journal: journal.journal, profil: doc.profil as Profil },
    cree: corps.cree,
    traces: journal.journal.statements.length,
    avertissements,
  };
}

export type Fusion = { readonly ok: true; readonly etat: EtatApprenant } | { readonly ok: false; readonly raison: string };

/** Merges an imported state into the current one: same learner only; each trace once; no trace with two contents. */
export function fusionner(actuel: EtatApprenant, importe: EtatApprenant): Fusion {
  if (actuel.journal.learnerId !== importe.journal.learnerId) {
    return {
      ok: false,
      raison: "ce passeport appartient à un autre apprenant : il ne peut pas être fusionné, seulement remplacer vos données (ou être ouvert dans un autre profil)",
    };
  }
  const conflit = conflitEntre(actuel.journal.statements, importe.journal.statements);
  if (conflit) {
    return {
      ok: false,
      raison: `la trace ${conflit} est dans ce navigateur et dans le fichier avec des contenus différents : l’un des deux a été modifié, la fusion est refusée`,
    };
  }
  return {
    ok: true,
    etat: {
      journal: { ...actuel.journal, statements: mergeStatements(actuel.journal.statements, importe.journal.statements) },
      profil: fusionnerProfils(actuel.profil, importe.profil),
    },
  };
}

/** Room kept in a passport for everything but the journal's traces (identity, dates, checksum). */
const MARGE_PASSEPORT = 4096;

/**
 * Every limit checked on the state an import would store, before anything is written: a
 * profile this site accepts (200 assignments at most…), and a journal that still fits in a
 * passport (the next export must be importable). `texte` is the journal's stored text.
 */
export function limitesEtat(etat: EtatApprenant, texte: string, mode: 'remplacer' | 'fusionner'): string | null {
  const n = etat.profil.parcours.length;
  if (mode === 'fusionner' && n > LIMITES_PROFIL.parcours) {
    return `la fusion donnerait ${nombre(n)} parcours, ${LIMITES_PROFIL.parcours} au plus : retirez des parcours terminés dans « Mes parcours », ou choisissez « Remplacer mes données », puis réessayez`;
  }
  const profil = profilProblem(etat.profil);
  if (profil) return `profil refusé : ${profil}`;
  const taille = texte.length + JSON.stringify(etat.profil).length + MARGE_PASSEPORT;
  if (taille > PASSEPORT_TAILLE_MAX) {
    return `le journal obtenu (${nombre(etat.journal.statements.length)} traces, ${Math.ceil(taille / 1048576)} Mo) ne tiendrait plus dans un passeport (${PASSEPORT_TAILLE_MAX / 1048576} Mo au plus) : il ne pourrait plus être sauvegardé`;
  }
  return null;
}

/** The learner's two stores, as an import uses them (JournalStore, ProfilStore). */
export interface StoresApprenant {
  readonly journal: { readonly journal: Journal; changerTout(preparer: (actuel: Journal) => Preparation): Promise<ResultatChangement> };
  readonly profil: { readonly profil: Profil; readonly persistent: boolean; readonly cle: string; adopter(profil: Profil): void };
}

export type ResultatImport =
  | {
      readonly ok: true;
      readonly traces: number;
      /** Traces of the file that were not in this browser. */
      readonly ajoutees: number;
      /** False: kept for this visit only (no usable storage; the storage notice says why). */
      readonly enregistre: boolean;
      readonly avertissements: readonly string[];
    }
  | { readonly ok: false; readonly raison: string };

/**
 * The import of a passport already read and checked (lirePasseport, in the worker):
 * the new journal and profile are computed (merged or replaced), every limit is checked
 * on the result, both are written in one commit and read back (JournalStore.changerTout);
 * only then is it a success. Any refusal or failure leaves the storage byte for byte as
 * it was, and the stores too.
 */
export async function appliquerImport(stores: StoresApprenant, lecture: Extract<LecturePasseport, { ok: true }>, mode: 'remplacer' | 'fusionner'): Promise<ResultatImport> {
  let profil: Profil | null = null;
  let ajoutees = 0;
  const r = await stores.journal.changerTout((actuel) => {
    let etat = lecture.etat;
    if (mode === 'fusionner') {
      const fusion = fusionner({ journal: actuel, profil: stores.profil.profil }, lecture.etat);
      if (!fusion.ok) return fusion;
      etat = fusion.etat;
    }
    let texte: string;
    try {
      texte = serializeJournal(etat.journal);
    } catch (error) {
      return { ok: false, raison: (error as Error).message };
    }
    const limite = limitesEtat(etat, texte, mode);
    if (limite) return { ok: false, raison: limite };
    profil = etat.profil;
    ajoutees = mode === 'fusionner' ? etat.journal.statements.length - actuel.statements.length : etat.journal.statements.length;
    return { ok: true, journal: etat.journal, texte, autres: stores.profil.persistent ? [[stores.profil.cle, JSON.stringify(etat.profil)] as const] : [] };
  });
  if (!r.ok) return r;
  stores.profil.adopter(profil!);
  return { ok: true, traces: r.journal.statements.length, ajoutees, enregistre: r.enregistre && stores.profil.persistent, avertissements: lecture.avertissements };
}

/** Reading and import in one call (tests, and any caller without a worker). */
export async function importerPasseport(
  stores: StoresApprenant,
  texte: string,
  mode: 'remplacer' | 'fusionner',
  options: OptionsLecture,
): Promise<ResultatImport> {
  const lecture = lirePasseport(texte, options);
  if (!lecture.ok) return lecture;
  return appliquerImport(stores, lecture, mode);
}

/**
 * Why an export must not be made, or null: a passport is never empty while the learner
 * may have traces the storage could not give back (refused, not answering).
 */
export function refusExport(journal: { readonly lu: boolean; readonly statements: readonly unknown[] }): string | null {
  if (journal.lu || journal.statements.length > 0) return null;
  return 'votre progression enregistrée n’a pas pu être lue (voir l’avertissement en haut de la page) : un passeport vide ne la remplacerait pas. Rechargez la page, puis réessayez';
}
