/**
 * Reading the passports of a cohort (run in the page's Web Worker, src/lib/lecteur.ts):
 * each file is read and checked once (lirePasseport) and becomes one row of the table
 * (./tableau-cohorte.ts). Apart from the table, so that the page does not ship the
 * passport reader until a trainer opens files.
 */
import { lirePasseport, type OptionsLecture } from '../apprenant/passeport';
import { ligneCohorte } from './cohorte';
import { ajouterFichiers, indexerLigne, type FichierCohorte, type FichierLu, type TableauCohorte } from './tableau-cohorte';

/** Reads and checks one file and computes its row (run in the Web Worker by the page, src/lib/lecteur.ts). */
export function lireFichierCohorte(fichier: FichierLu, options: OptionsLecture): FichierCohorte {
  if ('refus' in fichier) return fichier;
  const lecture = lirePasseport(fichier.texte, options);
  if (!lecture.ok) return { nom: fichier.nom, refus: lecture.raison };
  const autreVersion = lecture.avertissements.some((a) => /autre version du contenu/.test(a));
  return { nom: fichier.nom, ligne: indexerLigne(ligneCohorte(lecture.etat, fichier.nom)), autreVersion };
}

/** Adds files to the table: every file is parsed and checked exactly once (lireFichierCohorte). */
export function importerFichiers(tableau: TableauCohorte, fichiers: readonly FichierLu[], options: OptionsLecture): TableauCohorte {
  return ajouterFichiers(tableau, fichiers.map((f) => lireFichierCohorte(f, options)));
}
