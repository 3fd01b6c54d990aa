/**
 * Assignments (« parcours ») a trainer sends as a link or a QR code: no server,
 * everything is in the URL fragment (#parcours=<base64url of JSON>), which the
 * browser never sends to the web server.
 *
 *   { "v": 1, "id": "k3x9q2ab", "titre": "Bloc 2 — semaine 3", "groupe": "Promo 2026",
 *     "echeance": "2026-12-15", "mode": "examen", "cree": "2026-11-28",
 *     "items": [ { "t": "l", "id": "/cours/bloc-2/sante-securite" }, { "t": "a", "id": "sante-securite" } ] }
 *
 * `lireLien` checks everything before anything is stored, with a French message.
 */
import { fenetreDates, horsFenetre, type Fenetre } from '../progress/codec';
import { forbiddenKey } from '../progress/statement';
import { lireJson } from '../texte/json';
import { derniereTentative } from '../progress/events';
import type { Statement } from '../progress/statement';
import { EXT } from '../progress/iri';
import type { Banque } from './banque';

export interface ItemParcours {
  /** l = lesson (route), a = activity (id). */
  readonly t: 'l' | 'a';
  readonly id: string;
}

export interface Parcours {
  readonly v: 1;
  readonly id: string;
  readonly titre: string;
  readonly groupe?: string;
  readonly echeance?: string;
  readonly mode: 'entrainement' | 'examen';
  readonly cree: string;
  readonly items: readonly ItemParcours[];
}

export const LIMITES_PARCOURS = { lien: 4000, items: 40, titre: 120, groupe: 80 } as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A real calendar day (2026-02-30 is refused: Date.parse would roll it over to March). */
const validDate = (v: unknown) => {
  if (typeof v !== 'string' || !DATE.test(v)) return false;
  const t = Date.parse(`${v}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === v;
};

/** Shape problems of an assignment (the bank is checked separately); with a `fenetre`, its creation date must fall inside. */
export function parcoursProblems(value: unknown, options: { readonly fenetre?: Fenetre } = {}): string[] {
  if (!isObj(value)) return ["le parcours n'est pas un objet"];
  const out: string[] = [];
  const forbidden = forbiddenKey(value);
  if (forbidden) return [`clé interdite « ${forbidden} »`];
  const known = new Set(['v', 'id', 'titre', 'groupe', 'echeance', 'mode', 'cree', 'items']);
  for (const k of Object.keys(value)) if (!known.has(k)) out.push(`champ inconnu « ${k.slice(0, 40)} »`);
  if (value.v !== 1) out.push(typeof value.v === 'number' && value.v > 1 ? 'lien créé par une version plus récente du site' : 'version du lien absente ou invalide');
  if (typeof value.id !== 'string' || !/^[a-z0-9]{6,16}$/.test(value.id)) out.push('identifiant du parcours invalide');
  if (typeof value.titre !== 'string' || value.titre.trim() === '' || value.titre.length > LIMITES_PARCOURS.titre || /[<>]/.test(value.titre)) {
    out.push(`titre absent, trop long (${LIMITES_PARCOURS.titre} caractères au plus) ou contenant < ou >`);
  }
  if (value.groupe !== undefined && (typeof value.groupe !== 'string' || value.groupe.length > LIMITES_PARCOURS.groupe || /[<>]/.test(value.groupe))) {
    out.push('nom de groupe invalide');
  }
  if (value.echeance !== undefined && !validDate(value.echeance)) out.push("date d'échéance invalide (AAAA-MM-JJ)");
  if (!validDate(value.cree)) out.push('date de création invalide');
  else if (options.fenetre) {
    const hors = horsFenetre(`${value.cree as string}T00:00:00Z`, options.fenetre);
    if (hors) out.push(`date de création impossible : ${hors}`);
  }
  if (value.mode !== 'entrainement' && value.mode !== 'examen') out.push('mode inconnu (entrainement ou examen)');
  if (!Array.isArray(value.items) || value.items.length === 0) out.push('le parcours ne contient aucun élément');
  else if (value.items.length > LIMITES_PARCOURS.items) out.push(`trop d'éléments (${LIMITES_PARCOURS.items} au plus)`);
  else {
    value.items.forEach((item, i) => {
      const valide = isObj(item) && (item.t === 'l' || item.t === 'a') && typeof item.id === 'string' && item.id.length <= 200 && Object.keys(item).every((k) => k === 't' || k === 'id');
      if (!valide) out.push(`élément n° ${i + 1} invalide`);
    });
  }
  return out;
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(value: string): string {
  const padded = value.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (value.length % 4)) % 4);
  const binary = atob(padded);
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** The fragment value of an assignment link. */
export function encoderParcours(parcours: Parcours): string {
  return toBase64Url(JSON.stringify(parcours));
}

export type LectureLien = { readonly ok: true; readonly parcours: Parcours } | { readonly ok: false; readonly raison: string };

/**
 * Reads the fragment of an assignment link (`parcours=…` or the raw value) against the bank.
 * The link is short (LIMITES_PARCOURS.lien): it is read on the page, by the same safe JSON
 * reader as the files (src/domain/texte/json.ts), in well under a millisecond.
 */
export function lireLien(fragment: string, banque: Banque, maintenant: Date = new Date()): LectureLien {
  const raw = fragment.replace(/^#/, '').replace(/^parcours=/, '');
  if (raw === '') return { ok: false, raison: 'le lien ne contient pas de parcours' };
  if (raw.length > LIMITES_PARCOURS.lien) return { ok: false, raison: `lien trop long (${raw.length} caractères, ${LIMITES_PARCOURS.lien} au plus)` };
  if (!/^[A-Za-z0-9_-]+$/.test(raw)) return { ok: false, raison: 'le lien contient des caractères inattendus : a-t-il été coupé ou recopié à la main ?' };
  let text: string;
  try {
    text = fromBase64Url(raw);
  } catch {
    return { ok: false, raison: 'le lien est abîmé (il a peut-être été coupé)' };
  }
  const lu = lireJson(text, { taille: LIMITES_PARCOURS.lien, profondeur: 4, texte: 400, objet: 'lien' });
  if (!lu.ok) return { ok: false, raison: /JSON lisible/.test(lu.raison) ? 'le lien est incomplet ou abîmé (données illisibles)' : lu.raison };
  const value = lu.valeur;
  const problems = parcoursProblems(value, { fenetre: fenetreDates(maintenant) });
  if (problems.length > 0) return { ok: false, raison: problems.join(' ; ') };
  const parcours = value as Parcours;
  const routes = new Set(banque.lecons.map((l) => l.route));
  const activites = new Set(banque.activites.map((a) => a.id));
  const inconnus = parcours.items.filter((i) => (i.t === 'l' ? !routes.has(i.id) : !activites.has(i.id))).map((i) => i.id);
  if (inconnus.length > 0) {
    return { ok: false, raison: `élément(s) inconnu(s) sur ce site : ${inconnus.slice(0, 5).join(', ')} (le lien a peut-être été fait pour une autre version du site)` };
  }
  return { ok: true, parcours };
}

export type StatutItem = 'a-faire' | 'commence' | 'termine' | 'reussi';
export const STATUT_ITEM_LABELS: Readonly<Record<StatutItem, string>> = {
  'a-faire': 'À faire',
  commence: 'Commencé',
  termine: 'Terminé',
  reussi: 'Réussi',
};

/** Status of one item for a learner, from the journal. In exam mode, only exam attempts of quizzes count. */
export function statutItem(item: ItemParcours, parcours: Parcours, banque: Banque, statements: readonly Statement[]): StatutItem {
  const statutActivite = (id: string): StatutItem => {
    const activite = banque.activites.find((a) => a.id === id);
    const tentative = derniereTentativeSelonMode(statements, id, activite?.kind === 'quiz' ? parcours.mode : null);
    if (!tentative) return 'a-faire';
    return tentative.reussi ? 'reussi' : 'termine';
  };
  if (item.t === 'a') return statutActivite(item.id);
  const lecon = banque.lecons.find((l) => l.route === item.id);
  if (!lecon || lecon.activites.length === 0) return 'a-faire';
  const statuts = lecon.activites.map(statutActivite);
  if (statuts.every((s) => s === 'reussi')) return 'reussi';
  if (statuts.every((s) => s !== 'a-faire')) return 'termine';
  return statuts.some((s) => s !== 'a-faire') ? 'commence' : 'a-faire';
}

function derniereTentativeSelonMode(statements: readonly Statement[], id: string, mode: 'entrainement' | 'examen' | null) {
  if (mode !== 'examen') return derniereTentative(statements, id);
  const examens = statements.filter((s) => s.context?.extensions?.[EXT.mode] === 'examen');
  return derniereTentative(examens, id);
}
