/**
 * What the file reader's Web Worker does (src/lib/lecteur.worker.ts), as pure
 * functions over the files received: read the text (after a size check made
 * without reading), check it (lirePasseport, lireFichierCohorte), answer. Also
 * run on the page itself where a worker cannot be had (see src/lib/lecteur.ts).
 */
import { PASSEPORT_TAILLE_MAX, lirePasseport, type LecturePasseport } from '../domain/suivi/passeport';
import { refusTaille } from '../domain/suivi/sauvegarde';
import { lireFichierCohorte, type FichierCohorte } from '../domain/suivi/tableau-cohorte';

export interface OptionsLecteur {
  readonly revisionContenu: string;
  /** Date of the reading (ms): traces may not be dated after the next day. */
  readonly maintenant: number;
}

export type Demande =
  | { readonly type: 'passeport'; readonly fichier: Blob & { readonly name: string }; readonly options: OptionsLecteur }
  | { readonly type: 'cohorte'; readonly fichiers: readonly (Blob & { readonly name: string })[]; readonly options: OptionsLecteur };

export type Reponse =
  | { readonly type: 'passeport'; readonly lecture: LecturePasseport }
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
    return { type: 'passeport', lecture: 'refus' in lu ? { ok: false, raison: lu.refus } : lirePasseport(lu.texte, options) };
  }
  const fichiers: FichierCohorte[] = [];
  // One file at a time: a cohort of large files never holds more than one text in memory.
  for (const fichier of demande.fichiers) {
    const lu = await texteDe(fichier);
    fichiers.push('refus' in lu ? { nom: fichier.name, refus: lu.refus } : lireFichierCohorte({ nom: fichier.name, texte: lu.texte }, options));
  }
  return { type: 'cohorte', fichiers };
}
