/**
 * Assignments (« parcours ») a trainer sends as a link or a QR code: no server,
 * everything is in the URL fragment (#p=…, compact form below; the first links,
 * #parcours=<base64url of JSON>, are still read), which the browser never sends
 * to the web server. The assignment itself, as stored in the profile:
 *
 *   { "v": 1, "id": "k3x9q2ab", "titre": "Bloc 2 — semaine 3", "groupe": "Promo 2026",
 *     "echeance": "2026-12-15", "mode": "examen", "cree": "2026-11-28",
 *     "items": [ { "t": "l", "id": "/cours/bloc-2/sante-securite" }, { "t": "a", "id": "sante-securite" } ] }
 *
 * Writing and reading the link itself: `lien-parcours.ts`.
 */
import { horsFenetre, type Fenetre } from '../journal/codec';
import { forbiddenKey } from '../journal/statement';
import type { Statement } from '../journal/statement';
import { etatsActivites, statutActivite, type EtatActivite, type EtatsActivites, type ResultatActivite, type StatutActivite } from '../apprenant/avancement';
import type { Banque, BanqueActivite } from './banque';

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

/**
 * An address fragment that carries an assignment (`#p=…`, or `#parcours=…` of the first
 * links), read by lien-parcours.ts: a page tests it before loading that reader.
 */
export const FRAGMENT_PARCOURS = /^#?(?:p|parcours)=/;

export const MODE_LABELS: Readonly<Record<Parcours['mode'], string>> = {
  entrainement: 'Entraînement',
  examen: 'Examen',
};

/** The local date as AAAA-MM-JJ (not UTC: « today » for the person at the screen). */
export function dateLocale(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

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

export type StatutItem = StatutActivite;
export const STATUT_ITEM_LABELS: Readonly<Record<StatutItem, string>> = {
  'a-faire': 'À faire',
  commence: 'Commencé',
  termine: 'Terminé',
  reussi: 'Réussi',
};

/** The attempt that counts for an assignment: in exam mode, only exam attempts of quizzes. */
export function resultatSelonMode(etat: EtatActivite | undefined, kind: BanqueActivite['kind'] | undefined, mode: Parcours['mode']): ResultatActivite | null {
  if (!etat) return null;
  return mode === 'examen' && kind === 'quiz' ? etat.derniereExamen : etat.derniere;
}

/**
 * Status of one item from the learner's activity states (avancement.ts). An activity is
 * « commencé » when answers were given without finishing it; a lesson is « réussi » when
 * all its activities are, « terminé » when all are finished, « commencé » when one is.
 */
export function statutItemDepuis(item: ItemParcours, parcours: Parcours, banque: Banque, etats: EtatsActivites): StatutItem {
  const kinds = new Map(banque.activites.map((a) => [a.id, a.kind]));
  const statut = (id: string): StatutItem => statutActivite(etats.get(id), resultatSelonMode(etats.get(id), kinds.get(id), parcours.mode));
  if (item.t === 'a') return statut(item.id);
  const lecon = banque.lecons.find((l) => l.route === item.id);
  if (!lecon || lecon.activites.length === 0) return 'a-faire';
  const statuts = lecon.activites.map(statut);
  if (statuts.every((s) => s === 'reussi')) return 'reussi';
  if (statuts.every((s) => s === 'reussi' || s === 'termine')) return 'termine';
  return statuts.some((s) => s !== 'a-faire') ? 'commence' : 'a-faire';
}

/** Status of one item for a learner, from the journal. In exam mode, only exam attempts of quizzes count. */
export function statutItem(item: ItemParcours, parcours: Parcours, banque: Banque, statements: readonly Statement[]): StatutItem {
  return statutItemDepuis(item, parcours, banque, etatsActivites(statements));
}
