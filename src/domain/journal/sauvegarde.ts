/**
 * What the passport page says around a backup or a restore: the reminder to
 * export, the size check made before reading a file, the preview and the
 * consequence of an import (spelled out before the learner confirms), and the
 * trainer's summary link behind the QR code (its table on the trainers' page:
 * tableau-resume.ts). Pure functions: nothing is read or written here.
 */
import type { Journal } from './journal';
import type { Statement } from './statement';
import { joursActifs } from './historique';
import type { EtatApprenant } from '../apprenant/passeport';
import { PASSEPORT_TAILLE_MAX } from '../apprenant/passeport-taille';
import { encoderResume, type Resume } from './resume';

/** Days of practice without a backup after which the learner is reminded to export. */
export const JOURS_AVANT_RAPPEL = 5;

const nombre = (n: number): string => new Intl.NumberFormat('fr-FR').format(n);

/** « aucune réponse enregistrée », « 1 réponse enregistrée », « 1 234 réponses enregistrées » (the learner's words for statements). */
export function nombreDeTraces(n: number): string {
  if (n === 0) return 'aucune réponse enregistrée';
  return n === 1 ? '1 réponse enregistrée' : `${nombre(n)} réponses enregistrées`;
}

/** The local calendar day of a date, AAAA-MM-JJ (for file names). */
export function jourLocal(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())}`;
}

/** Size in French units: « 850 octets », « 12,4 ko », « 3,2 Mo ». */
export function taille(octets: number): string {
  const f = (x: number) => new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(x);
  if (octets < 1024) return `${octets} octet${octets > 1 ? 's' : ''}`;
  if (octets < 1024 * 1024) return `${f(octets / 1024)} ko`;
  return `${f(octets / (1024 * 1024))} Mo`;
}

export interface Rappel {
  readonly jours: number;
  readonly message: string;
}

/** The backup reminder, when the learner practised on JOURS_AVANT_RAPPEL days or more since the last export. */
export function rappelSauvegarde(statements: readonly Statement[], derniereExport?: string): Rappel | null {
  const jours = joursActifs(statements, derniereExport);
  if (jours < JOURS_AVANT_RAPPEL) return null;
  const message = derniereExport
    ? `Vous avez travaillé ${jours} jours depuis votre dernière sauvegarde. Téléchargez votre passeport pour ne pas perdre ce travail.`
    : `Vous avez travaillé ${jours} jours et vous n’avez encore jamais sauvegardé votre progression. Téléchargez votre passeport pour ne pas perdre ce travail.`;
  return { jours, message };
}

/** Why a file is refused from its size alone (checked before reading it), or null. */
export function refusTaille(octets: number, max = PASSEPORT_TAILLE_MAX): string | null {
  if (octets === 0) return 'le fichier est vide';
  if (octets > max) return `fichier trop volumineux (${taille(octets)} ; ${taille(max)} au plus) : ce n’est pas un passeport de ce site`;
  return null;
}

export interface ApercuImport {
  /** Traces in this browser now. */
  readonly actuelles: number;
  /** Traces in the file. */
  readonly fichier: number;
  /** Traces of the file not yet in this browser. */
  readonly nouvelles: number;
  /** Traces after a merge. */
  readonly totalFusion: number;
  /** Same pseudonymous learner: a merge is possible. */
  readonly memeApprenant: boolean;
}

export function apercuImport(actuel: Journal, importe: EtatApprenant): ApercuImport {
  const connus = new Set(actuel.statements.map((s) => s.id));
  const nouvelles = importe.journal.statements.filter((s) => !connus.has(s.id)).length;
  return {
    actuelles: actuel.statements.length,
    fichier: importe.journal.statements.length,
    nouvelles,
    totalFusion: actuel.statements.length + nouvelles,
    memeApprenant: actuel.learnerId === importe.journal.learnerId,
  };
}

export type ModeImport = 'remplacer' | 'fusionner';

/** What a confirmed import will do, in plain words (shown before the confirmation). */
export function consequenceImport(mode: ModeImport, a: ApercuImport): string {
  const m = a.fichier;
  if (mode === 'remplacer') {
    const duFichier =
      m === 0 ? 'un passeport vide (le fichier ne contient aucune réponse enregistrée)' : m === 1 ? 'la réponse enregistrée du fichier' : `les ${nombre(m)} réponses enregistrées du fichier`;
    const traces =
      a.actuelles === 0
        ? `Ce navigateur ne contient encore aucune réponse enregistrée : il recevra ${duFichier}.`
        : a.actuelles === 1
          ? `Votre réponse enregistrée actuelle sera remplacée par ${duFichier}.`
          : `Vos ${nombre(a.actuelles)} réponses enregistrées actuelles seront remplacées par ${duFichier}.`;
    const reste = ' Votre nom, votre positionnement, vos parcours et votre livret seront aussi remplacés par ceux du fichier.';
    const irreversible =
      a.actuelles > 0 ? ' Ce remplacement ne peut pas être annulé : pour garder vos données actuelles, téléchargez d’abord votre passeport.' : '';
    return traces + reste + irreversible;
  }
  if (!a.memeApprenant) {
    return 'La fusion est impossible : ce passeport a été créé par un autre apprenant, ou dans un autre navigateur qui n’avait jamais repris votre passeport. Si ce passeport est le vôtre, choisissez « Remplacer mes données ».';
  }
  const vos =
    a.actuelles === 0 ? 'ce navigateur, vide pour l’instant' : a.actuelles === 1 ? 'votre réponse enregistrée actuelle' : `vos ${nombre(a.actuelles)} réponses enregistrées actuelles`;
  const ajout =
    a.nouvelles === 0
      ? `Toutes les réponses enregistrées du fichier sont déjà dans ce navigateur : rien ne change (${nombreDeTraces(a.actuelles)}).`
      : a.nouvelles === 1
        ? `1 réponse enregistrée du fichier, absente de ce navigateur, sera ajoutée à ${vos} (${nombreDeTraces(a.totalFusion)} au total).`
        : `Les ${nombre(a.nouvelles)} réponses enregistrées du fichier absentes de ce navigateur seront ajoutées à ${vos} (${nombreDeTraces(a.totalFusion)} au total).`;
  return `${ajout} Rien n’est supprimé. Pour le positionnement, le plus récent est gardé ; les champs du livret déjà remplis dans ce navigateur sont gardés.`;
}

/** The address of the trainers' summary page carrying the learner's summary (after #, never sent to a server). */
export function lienResume(siteUrl: string, baseUrl: string, resume: Resume): string {
  return `${siteUrl.replace(/\/+$/, '')}${baseUrl}formateurs/resume#r=${encoderResume(resume)}`;
}
