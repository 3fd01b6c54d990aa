/**
 * Reading the files a learner or a trainer gives (passports, cohort files) in a
 * Web Worker (src/lib/lecteur.worker.ts): the page stays responsive whatever the
 * file, and a reading that takes too long is stopped and refused. Where the
 * browser has no worker or cannot start it, the same code runs on the page (it is
 * linear and bounded: src/domain/texte/json.ts).
 */
import { demarrerLecteur } from './lecteur-worker';
import { deballer, traiter, type Demande, type OptionsLecteur, type Reponse } from './lecteur-travail';
import type { LecturePasseport } from '../domain/apprenant/passeport';
import type { FichierCohorte } from '../domain/formateur/tableau-cohorte';

/** Longest reading allowed (a year of practice is read in well under a second). */
export const DELAI_LECTURE = 60_000;

function executer(demande: Demande): Promise<Reponse> {
  let worker: Worker | null;
  try {
    worker = demarrerLecteur();
  } catch {
    worker = null;
  }
  if (!worker) return traiter(demande);
  const w = worker;
  return new Promise<Reponse>((resolve, reject) => {
    const fin = (action: () => void) => {
      clearTimeout(minuteur);
      w.terminate();
      action();
    };
    const minuteur = setTimeout(() => fin(() => reject(new Error('la lecture du fichier a pris trop de temps : il a été abandonné'))), DELAI_LECTURE);
    w.onmessage = (e: MessageEvent<Reponse | { erreur: string }>) =>
      fin(() => ('erreur' in e.data ? reject(new Error(e.data.erreur)) : resolve(e.data)));
    // The worker's script could not be loaded (offline before it was kept…): read on the page.
    w.onerror = (e) => {
      e.preventDefault();
      fin(() => resolve(traiter(demande)));
    };
    w.postMessage(demande);
  });
}

const options = (revisionContenu: string): OptionsLecteur => ({ revisionContenu, maintenant: Date.now() });

/** A pause that lets the page handle what waits (input, rendering) between two slices of work. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Reads and checks a passport file. Never rejects: a failure is a refusal with its reason. */
export async function lirePasseportFichier(fichier: File, revisionContenu: string): Promise<LecturePasseport> {
  try {
    const r = await executer({ type: 'passeport', fichier, options: options(revisionContenu) });
    return r.type === 'passeport' ? await deballer(r.lu, pause) : { ok: false, raison: 'réponse inattendue du lecteur de fichiers' };
  } catch (error) {
    return { ok: false, raison: (error as Error).message };
  }
}

/** Reads and checks cohort files, one row per accepted file. Never rejects. */
export async function lireFichiersCohorte(fichiers: readonly File[], revisionContenu: string): Promise<FichierCohorte[]> {
  try {
    const r = await executer({ type: 'cohorte', fichiers, options: options(revisionContenu) });
    return r.type === 'cohorte' ? [...r.fichiers] : fichiers.map((f) => ({ nom: f.name, refus: 'réponse inattendue du lecteur de fichiers' }));
  } catch (error) {
    return fichiers.map((f) => ({ nom: f.name, refus: (error as Error).message }));
  }
}
