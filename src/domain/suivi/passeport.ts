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
import { encode } from '../progress/codec';
import { JOURNAL_FORMAT, JOURNAL_VERSION, mergeStatements, validateJournal, type Journal } from '../progress/journal';
import { forbiddenKey } from '../progress/statement';
import { fusionnerProfils, profilProblem, type Profil } from './profil';
import { sha256 } from './sha256';

export const PASSEPORT_FORMAT = 'moniteur-atelier/passeport';
export const PASSEPORT_VERSION = 1;
/** 20 MB: far above a year of practice (about 5 MB for 20,000 answers). */
export const PASSEPORT_TAILLE_MAX = 20 * 1024 * 1024;

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
  return sha256(JSON.stringify([corps.cree, corps.revisionContenu, corps.apprenant, corps.journal, corps.profil]));
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
      /** Non-blocking remarks (content of another version of the site…). */
      readonly avertissements: readonly string[];
    }
  | { readonly ok: false; readonly raison: string };

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const refus = (raison: string): LecturePasseport => ({ ok: false, raison });

/** Reads and checks a passport file's text. Never throws, never writes. */
export function lirePasseport(texte: string, options: { revisionContenu: string; tailleMax?: number }): LecturePasseport {
  const max = options.tailleMax ?? PASSEPORT_TAILLE_MAX;
  if (texte.length === 0) return refus('le fichier est vide');
  if (texte.length > max) return refus(`fichier trop volumineux (${(texte.length / 1048576).toFixed(1)} Mo ; ${max / 1048576} Mo au plus)`);
  const pollution = /"(__proto__|constructor|prototype)"\s*:/.exec(texte);
  if (pollution) return refus(`le fichier contient une clé interdite (« ${pollution[1]} ») : il a été fabriqué ou modifié, il est refusé`);
  let doc: unknown;
  try {
    doc = JSON.parse(texte);
  } catch {
    return refus("le fichier est tronqué ou abîmé : ce n'est pas du JSON lisible");
  }
  if (!isObj(doc)) return refus("ce fichier n'est pas un passeport de progression");
  if (doc.format !== PASSEPORT_FORMAT) {
    if (doc.format === JOURNAL_FORMAT) return refus("ce fichier est un journal brut, pas un passeport : exportez le passeport depuis « Ma progression »");
    return refus("ce fichier n'est pas un passeport de progression de ce site");
  }
  if (typeof doc.version !== 'number' || !Number.isInteger(doc.version) || doc.version < 1) return refus('version du passeport absente ou invalide');
  if (doc.version > PASSEPORT_VERSION) {
    return refus(`ce passeport a été créé par une version plus récente du site (format ${doc.version}) : rechargez la page pour obtenir la dernière version, puis réessayez`);
  }
  const forbidden = forbiddenKey(doc);
  if (forbidden) return refus(`le fichier contient une clé interdite (« ${forbidden} »)`);
  const known = new Set(['format', 'version', 'cree', 'revisionContenu', 'apprenant', 'journal', 'profil', 'somme']);
  const unknown = Object.keys(doc).filter((k) => !known.has(k));
  if (unknown.length > 0) return refus(`champ inattendu dans le passeport : « ${unknown[0]} »`);
  if (typeof doc.cree !== 'string' || Number.isNaN(Date.parse(doc.cree))) return refus('date de création du passeport invalide');
  if (typeof doc.revisionContenu !== 'string' || !/^[0-9a-f]{1,64}$/.test(doc.revisionContenu)) return refus('révision du contenu invalide');
  if (!isObj(doc.apprenant) || typeof doc.apprenant.learnerId !== 'string' || typeof doc.apprenant.nom !== 'string') return refus('identité de l’apprenant absente');
  if (!isObj(doc.journal) || !Array.isArray(doc.journal.entrees) || typeof doc.journal.homePage !== 'string') return refus('journal absent ou incomplet');
  if (typeof doc.somme !== 'string' || !/^[0-9a-f]{64}$/.test(doc.somme)) return refus('somme de contrôle absente');
  const corps = doc as unknown as Corps;
  if (somme(corps) !== doc.somme) return refus('somme de contrôle incorrecte : le fichier a été modifié ou abîmé depuis son export');
  const profil = profilProblem(doc.profil);
  if (profil) return refus(profil);
  if ((doc.profil as Profil).nom !== doc.apprenant.nom) return refus("le nom de l'apprenant ne correspond pas à son profil");
  const journal = validateJournal({
    format: JOURNAL_FORMAT,
    version: JOURNAL_VERSION,
    learnerId: doc.apprenant.learnerId,
    homePage: doc.journal.homePage,
    entrees: doc.journal.entrees,
  });
  if (!journal.ok) return refus(`journal refusé : ${journal.raison}`);
  if (journal.rejetes.length > 0) {
    const premier = journal.rejetes[0]!;
    return refus(`${journal.rejetes.length} réponse(s) enregistrée(s) illisible(s) dans le passeport (n° ${premier.index + 1} : ${premier.raison})`);
  }
  const avertissements: string[] = [];
  if (corps.revisionContenu !== options.revisionContenu) {
    avertissements.push('Ce passeport vient d’une autre version du contenu du site : des questions ont pu changer, vos résultats restent comptés.');
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

/** Merges an imported state into the current one: same learner only; each trace once. */
export function fusionner(actuel: EtatApprenant, importe: EtatApprenant): Fusion {
  if (actuel.journal.learnerId !== importe.journal.learnerId) {
    return {
      ok: false,
      raison: "ce passeport appartient à un autre apprenant : il ne peut pas être fusionné, seulement remplacer vos données (ou être ouvert dans un autre profil)",
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

export interface StoresApprenant {
  readonly journal: { readonly journal: Journal; replace(journal: Journal): Promise<void> };
  readonly profil: { readonly profil: Profil; save(profil: Profil): Promise<void> };
}

export type ResultatImport =
  | { readonly ok: true; readonly traces: number; readonly avertissements: readonly string[] }
  | { readonly ok: false; readonly raison: string };

/**
 * The whole import: read and check, then (only if everything is valid) replace
 * or merge. A refusal returns before any write: the stored data is unchanged.
 */
export async function importerPasseport(
  stores: StoresApprenant,
  texte: string,
  mode: 'remplacer' | 'fusionner',
  options: { revisionContenu: string; tailleMax?: number },
): Promise<ResultatImport> {
  const lecture = lirePasseport(texte, options);
  if (!lecture.ok) return lecture;
  let etat = lecture.etat;
  if (mode === 'fusionner') {
    const fusion = fusionner({ journal: stores.journal.journal, profil: stores.profil.profil }, lecture.etat);
    if (!fusion.ok) return fusion;
    etat = fusion.etat;
  }
  await stores.journal.replace(etat.journal);
  await stores.profil.save(etat.profil);
  return { ok: true, traces: etat.journal.statements.length, avertissements: lecture.avertissements };
}
