/**
 * What the file reader's Web Worker does (src/lib/lecteur.worker.ts), as pure
 * functions over the files received: read the text (after a size check made
 * without reading), check it (lirePasseport, lireFichierCohorte), answer. Also
 * run on the page itself where a worker cannot be had (see src/lib/lecteur.ts).
 */
import { decode, encode, type Entree } from '../domain/journal/codec';
import { JOURNAL_FORMAT, JOURNAL_VERSION } from '../domain/journal/journal';
import type { Statement } from '../domain/journal/statement';
import type { Profil } from '../domain/profil/profil';
import { lirePasseport, type LecturePasseport } from '../domain/apprenant/passeport';
import { PASSEPORT_TAILLE_MAX } from '../domain/apprenant/passeport-taille';
import { refusTaille } from '../domain/journal/sauvegarde';
import { lireFichierCohorte } from '../domain/formateur/lecture-cohorte';
import type { FichierCohorte } from '../domain/formateur/tableau-cohorte';

export interface OptionsLecteur {
  readonly revisionContenu: string;
  /** Date of the reading (ms): traces may not be dated after the next day. */
  readonly maintenant: number;
}

export type Demande =
  | { readonly type: 'passeport'; readonly fichier: Blob & { readonly name: string }; readonly options: OptionsLecteur }
  | { readonly type: 'cohorte'; readonly fichiers: readonly (Blob & { readonly name: string })[]; readonly options: OptionsLecteur };

/**
 * A passport read by the worker, as it crosses to the page: its traces in their compact
 * form, as JSON texts of TRANCHE entries each. A text crosses at the cost of a copy (thousands
 * of statement objects would be rebuilt by the page in one task); the page decodes them slice
 * by slice and stays responsive in between (deballer).
 */
export type PasseportLu =
  | { readonly ok: false; readonly raison: string }
  | {
      readonly ok: true;
      readonly cree: string;
      readonly traces: number;
      readonly avertissements: readonly string[];
      readonly learnerId: string;
      readonly homePage: string;
      readonly profil: Profil;
      readonly tranches: readonly string[];
    };

/** Traces decoded by the page between two pauses (≈ 5 ms of work on a phone). */
export const TRANCHE = 500;

export function emballer(lecture: LecturePasseport): PasseportLu {
  if (!lecture.ok) return lecture;
  const { journal, profil } = lecture.etat;
  const tranches: string[] = [];
  for (let i = 0; i < journal.statements.length; i += TRANCHE) tranches.push(JSON.stringify(journal.statements.slice(i, i + TRANCHE).map((s) => encode(s))));
  return { ok: true, cree: lecture.cree, traces: lecture.traces, avertissements: lecture.avertissements, learnerId: journal.learnerId, homePage: journal.homePage, profil, tranches };
}

/** The passport's state again, its traces decoded slice by slice with `pause()` in between. */
export async function deballer(lu: PasseportLu, pause: () => Promise<void>): Promise<LecturePasseport> {
  if (!lu.ok) return lu;
  const acteur = { learnerId: lu.learnerId, homePage: lu.homePage };
  const statements: Statement[] = [];
  for (const tranche of lu.tranches) {
    for (const e of JSON.parse(tranche) as Entree[]) statements.push(decode(e, acteur));
    await pause();
  }
  return {
    ok: true,
    etat: { journal: { format: JOURNAL_FORMAT, version: JOURNAL_VERSION, learnerId: lu.learnerId, homePage: lu.homePage, statements }, profil: lu.profil },
    cree: lu.cree,
    traces: lu.traces,
    avertissements: lu.avertissements,
  };
}

export type Reponse =
  | { readonly type: 'passeport'; readonly lu: PasseportLu }
  | { readonly type: 'cohorte'; readonly fichiers: readonly FichierCohorte[] };

/** A file's text, or why it was not read (its size alone, or the browser could not read it). */
async function texteDe(fichier: Blob): Promise<{ texte: string } | { refus: string }> {
  const trop = refusTaille(fichier.size, PASSEPORT_TAILLE_MAX);
  if (trop) return { refus: trop };
  try {
    return { texte: await fichier.text() };
  } catch {
    return { refus: 'le fichier n’a pas pu être lu (a-t-il été déplacé ou supprimé ?)' };
  }
}

export async function traiter(demande: Demande): Promise<Reponse> {
  const options = { revisionContenu: demande.options.revisionContenu, maintenant: new Date(demande.options.maintenant) };
  if (demande.type === 'passeport') {
    const lu = await texteDe(demande.fichier);
    return { type: 'passeport', lu: 'refus' in lu ? { ok: false, raison: lu.refus } : emballer(lirePasseport(lu.texte, options)) };
  }
  const fichiers: FichierCohorte[] = [];
  // One file at a time: a cohort of large files never holds more than one text in memory.
  for (const fichier of demande.fichiers) {
    const lu = await texteDe(fichier);
    fichiers.push('refus' in lu ? { nom: fichier.name, refus: lu.refus } : lireFichierCohorte({ nom: fichier.name, texte: lu.texte }, options));
  }
  return { type: 'cohorte', fichiers };
}
