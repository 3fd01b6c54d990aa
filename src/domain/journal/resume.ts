/**
 * The compact summary behind the passport's QR code: the learner's name, the
 * date and, per compétence, the level and score. It is a link to the trainers'
 * page /formateurs/resume#r=<summary>, so that scanning it with any phone shows a
 * readable table; nothing else of the learner's record is in it.
 *
 *   1.<name, base64url>.<AAAAMMJJ>.<per compétence, in référentiel order: level letter + score in base 36 on 2 chars>
 *   level letters: a = acquis, e = en cours, t = à travailler, n = non évalué (score "--")
 */
import { COMPETENCE_IDS, type CompetenceId } from '../../referentiel';
import type { MaitriseBloc, Niveau } from './mastery';
import { fenetreDates, horsFenetre } from './fenetre';

export interface Resume {
  readonly nom: string;
  /** AAAA-MM-JJ */
  readonly date: string;
  readonly competences: Readonly<Record<CompetenceId, { readonly niveau: Niveau; readonly score: number | null }>>;
}

const LETTRES: Readonly<Record<Niveau, string>> = { acquis: 'a', 'en-cours': 'e', 'a-travailler': 't', 'non-evalue': 'n' };
const NIVEAUX = Object.fromEntries(Object.entries(LETTRES).map(([k, v]) => [v, k])) as Record<string, Niveau>;
export const RESUME_NOM_MAX = 40;

function b64url(text: string): string {
  let binary = '';
  for (const b of new TextEncoder().encode(text)) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function deB64url(value: string): string {
  const binary = atob(value.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (value.length % 4)) % 4));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export function resumeDe(nom: string, date: Date, blocs: readonly MaitriseBloc[]): Resume {
  const competences = Object.fromEntries(blocs.flatMap((b) => b.competences).map((c) => [c.id, { niveau: c.niveau, score: c.score }])) as Resume['competences'];
  return { nom: nom.trim().slice(0, RESUME_NOM_MAX), date: date.toISOString().slice(0, 10), competences };
}

export function encoderResume(resume: Resume): string {
  const scores = COMPETENCE_IDS.map((id) => {
    const c = resume.competences[id];
    if (!c || c.score === null || c.niveau === 'non-evalue') return 'n--';
    return LETTRES[c.niveau] + Math.round(Math.max(0, Math.min(1, c.score)) * 100).toString(36).padStart(2, '0');
  }).join('');
  return `1.${b64url(resume.nom.slice(0, RESUME_NOM_MAX))}.${resume.date.replace(/-/g, '')}.${scores}`;
}

export type LectureResume = { readonly ok: true; readonly resume: Resume } | { readonly ok: false; readonly raison: string };

/**
 * Reads a summary link (its fragment); never throws. `maintenant` (the reading's date) bounds
 * the summary's date like every date received (fenetreDates): not before the site, not after tomorrow.
 */
export function lireResume(fragment: string, maintenant: Date = new Date()): LectureResume {
  const raw = fragment.replace(/^#/, '').replace(/^r=/, '');
  if (raw === '') return { ok: false, raison: 'aucun résumé dans ce lien' };
  if (raw.length > 400) return { ok: false, raison: 'résumé trop long : ce lien ne vient pas de ce site' };
  const parts = raw.split('.');
  if (parts.length !== 4) return { ok: false, raison: 'résumé incomplet ou abîmé (le QR code a peut-être été mal lu)' };
  const [version, nomCode, date, scores] = parts as [string, string, string, string];
  if (version !== '1') return { ok: false, raison: /^\d+$/.test(version) && Number(version) > 1 ? 'résumé créé par une version plus récente du site' : 'version du résumé inconnue' };
  let nom: string;
  try {
    nom = nomCode === '' ? '' : deB64url(nomCode);
  } catch {
    return { ok: false, raison: 'nom illisible dans le résumé' };
  }
  if (nom.length > RESUME_NOM_MAX || /[<>]/.test(nom)) return { ok: false, raison: 'nom invalide dans le résumé' };
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(date);
  const iso = m ? `${m[1]}-${m[2]}-${m[3]}` : '';
  if (!m || Number.isNaN(Date.parse(`${iso}T00:00:00Z`)) || new Date(`${iso}T00:00:00Z`).toISOString().slice(0, 10) !== iso) {
    return { ok: false, raison: 'date invalide dans le résumé' };
  }
  const hors = horsFenetre(`${iso}T00:00:00Z`, fenetreDates(maintenant));
  if (hors) return { ok: false, raison: `date impossible dans le résumé : ${hors}` };
  if (scores.length !== COMPETENCE_IDS.length * 3) {
    return { ok: false, raison: `le résumé porte sur ${Math.floor(scores.length / 3)} compétences au lieu de ${COMPETENCE_IDS.length} (autre version du référentiel ?)` };
  }
  const competences: Partial<Record<CompetenceId, { niveau: Niveau; score: number | null }>> = {};
  for (const [i, id] of COMPETENCE_IDS.entries()) {
    const cell = scores.slice(i * 3, i * 3 + 3);
    const niveau = NIVEAUX[cell[0]!];
    if (!niveau) return { ok: false, raison: `niveau inconnu pour ${id}` };
    if (niveau === 'non-evalue') {
      if (cell !== 'n--') return { ok: false, raison: `score inattendu pour ${id}` };
      competences[id] = { niveau, score: null };
      continue;
    }
    const value = /^[0-9a-z]{2}$/.test(cell.slice(1)) ? parseInt(cell.slice(1), 36) : NaN;
    if (!(value >= 0 && value <= 100)) return { ok: false, raison: `score invalide pour ${id}` };
    competences[id] = { niveau, score: value / 100 };
  }
  return { ok: true, resume: { nom, date: iso, competences: competences as Resume['competences'] } };
}
