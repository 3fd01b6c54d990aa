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
 * `lireLien` checks everything before anything is stored, with a French message.
 */
import { fenetreDates, horsFenetre, type Fenetre } from '../journal/codec';
import { forbiddenKey } from '../journal/statement';
import { lireJson } from '../texte/json';
import type { Statement } from '../journal/statement';
import { etatsActivites, statutActivite, type EtatActivite, type EtatsActivites, type ResultatActivite, type StatutActivite } from '../apprenant/avancement';
import type { Banque, BanqueActivite } from './banque';
import { sha256Hex } from '../texte/sha256';

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

/** The fragment value of an assignment link in its first form: the JSON of the assignment, in base64url. */
export function encoderParcours(parcours: Parcours): string {
  return toBase64Url(JSON.stringify(parcours));
}

/*
 * The compact form of a link (version 2), for QR codes a group can scan from a
 * projector: « 2~<id>~<cree>~<mode>~<echeance>~<items>~<titre>~<groupe> », dates as
 * AAAAMMJJ, mode « t » (entraînement) or « e » (examen), each item as a 5-character
 * code (the first 30 bits of the SHA-256 of « l:<route> » or « a:<id> », in
 * base64url), titre and groupe in base64url. A code names an item of the site's
 * index: the learner's browser finds it there. A ten-item assignment takes about
 * 120 characters instead of 800.
 */
const SEPARATEUR = '~';
const LONGUEUR_CODE = 5;
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** The code of an item in a compact link. */
export function codeItem(item: ItemParcours): string {
  const hex = sha256Hex(`${item.t}:${item.id}`);
  // 5 characters × 6 bits = 30 bits, taken from the first 8 hex digits (32 bits).
  const bits = parseInt(hex.slice(0, 8), 16) >>> 2;
  let code = '';
  for (let i = LONGUEUR_CODE - 1; i >= 0; i -= 1) code += BASE64URL[(bits >>> (6 * i)) & 63];
  return code;
}

/** Every item of the site by its code; a code shared by two items is listed in `ambigus`. */
export function indexDesCodes(banque: Banque): { readonly items: ReadonlyMap<string, ItemParcours>; readonly ambigus: ReadonlySet<string> } {
  const items = new Map<string, ItemParcours>();
  const ambigus = new Set<string>();
  const ajouter = (item: ItemParcours) => {
    const code = codeItem(item);
    const deja = items.get(code);
    if (deja && (deja.t !== item.t || deja.id !== item.id)) ambigus.add(code);
    items.set(code, item);
  };
  for (const l of banque.lecons) ajouter({ t: 'l', id: l.route });
  for (const a of banque.activites) ajouter({ t: 'a', id: a.id });
  return { items, ambigus };
}

const compacteDate = (d: string) => d.replace(/-/g, '');
const lireDate = (d: string) => `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;

/**
 * The fragment value of an assignment link: the compact form when every item is on
 * this site with a code of its own, otherwise (two items sharing a code) the first form.
 */
export function fragmentParcours(parcours: Parcours, banque: Banque): string {
  const { items, ambigus } = indexDesCodes(banque);
  const codes = parcours.items.map(codeItem);
  if (codes.some((c) => ambigus.has(c) || !items.has(c))) return encoderParcours(parcours);
  return [
    '2',
    parcours.id,
    compacteDate(parcours.cree),
    parcours.mode === 'examen' ? 'e' : 't',
    parcours.echeance ? compacteDate(parcours.echeance) : '',
    codes.join(''),
    toBase64Url(parcours.titre),
    parcours.groupe ? toBase64Url(parcours.groupe) : '',
  ].join(SEPARATEUR);
}

type Decodage = { readonly ok: true; readonly valeur: unknown } | { readonly ok: false; readonly raison: string };

/** The assignment carried by a compact link, before the checks every link goes through. */
function decoderCompact(raw: string, banque: Banque): Decodage {
  const champs = raw.split(SEPARATEUR);
  const version = Number(champs[0]);
  if (version > 2) return { ok: false, raison: 'lien créé par une version plus récente du site' };
  if (champs.length !== 8) return { ok: false, raison: 'le lien est incomplet ou abîmé (il a peut-être été coupé)' };
  const [, id, cree, mode, echeance, codes, titre, groupe] = champs as [string, string, string, string, string, string, string, string];
  if (!/^\d{8}$/.test(cree) || !(echeance === '' || /^\d{8}$/.test(echeance)) || (mode !== 't' && mode !== 'e') || codes.length % LONGUEUR_CODE !== 0) {
    return { ok: false, raison: 'le lien est incomplet ou abîmé (données illisibles)' };
  }
  let textes: [string, string];
  try {
    textes = [fromBase64Url(titre), groupe === '' ? '' : fromBase64Url(groupe)];
  } catch {
    return { ok: false, raison: 'le lien est abîmé (il a peut-être été coupé)' };
  }
  const { items, ambigus } = indexDesCodes(banque);
  const liste = codes.match(new RegExp(`.{${LONGUEUR_CODE}}`, 'g')) ?? [];
  const inconnus = liste.filter((c) => !items.has(c) || ambigus.has(c));
  if (inconnus.length > 0) {
    return { ok: false, raison: `${inconnus.length} élément(s) inconnu(s) sur ce site (le lien a peut-être été fait pour une autre version du site)` };
  }
  return {
    ok: true,
    valeur: {
      v: 1,
      id,
      titre: textes[0],
      ...(textes[1] ? { groupe: textes[1] } : {}),
      ...(echeance ? { echeance: lireDate(echeance) } : {}),
      mode: mode === 'e' ? 'examen' : 'entrainement',
      cree: lireDate(cree),
      items: liste.map((c) => items.get(c)!),
    },
  };
}

/** The assignment carried by a link in its first form (JSON in base64url). */
function decoderJson(raw: string): Decodage {
  if (!/^[A-Za-z0-9_-]+$/.test(raw)) return { ok: false, raison: 'le lien contient des caractères inattendus : a-t-il été coupé ou recopié à la main ?' };
  let text: string;
  try {
    text = fromBase64Url(raw);
  } catch {
    return { ok: false, raison: 'le lien est abîmé (il a peut-être été coupé)' };
  }
  // The safe JSON reader of the files (src/domain/texte/json.ts): caps, depth, forbidden keys.
  const lu = lireJson(text, { taille: LIMITES_PARCOURS.lien, profondeur: 4, texte: 400, objet: 'lien' });
  if (!lu.ok) return { ok: false, raison: /JSON lisible/.test(lu.raison) ? 'le lien est incomplet ou abîmé (données illisibles)' : lu.raison };
  return { ok: true, valeur: lu.valeur };
}

export type LectureLien = { readonly ok: true; readonly parcours: Parcours } | { readonly ok: false; readonly raison: string };

/** An address fragment that carries an assignment (`#p=…`, or `#parcours=…` of the first links). */
export const FRAGMENT_PARCOURS = /^#?(?:p|parcours)=/;

/**
 * Reads the fragment of an assignment link (`p=…`, `parcours=…` or the raw value) against the bank.
 * The link is short (LIMITES_PARCOURS.lien): it is read on the page, in well under a millisecond;
 * its dates must fall in the window of the site (not before it existed, not after tomorrow).
 */
export function lireLien(fragment: string, banque: Banque, maintenant: Date = new Date()): LectureLien {
  const raw = fragment.replace(FRAGMENT_PARCOURS, '').replace(/^#/, '');
  if (raw === '') return { ok: false, raison: 'le lien ne contient pas de parcours' };
  if (raw.length > LIMITES_PARCOURS.lien) return { ok: false, raison: `lien trop long (${raw.length} caractères, ${LIMITES_PARCOURS.lien} au plus)` };
  if (!/^[A-Za-z0-9_~-]+$/.test(raw)) return { ok: false, raison: 'le lien contient des caractères inattendus : a-t-il été coupé ou recopié à la main ?' };
  const decodage = /^\d+~/.test(raw) ? decoderCompact(raw, banque) : decoderJson(raw);
  if (!decodage.ok) return decodage;
  const problems = parcoursProblems(decodage.valeur, { fenetre: fenetreDates(maintenant) });
  if (problems.length > 0) return { ok: false, raison: problems.join(' ; ') };
  const parcours = decodage.valeur as Parcours;
  const routes = new Set(banque.lecons.map((l) => l.route));
  const activites = new Set(banque.activites.map((a) => a.id));
  const inconnus = parcours.items.filter((i) => (i.t === 'l' ? !routes.has(i.id) : !activites.has(i.id))).map((i) => i.id);
  if (inconnus.length > 0) {
    return { ok: false, raison: `élément(s) inconnu(s) sur ce site : ${inconnus.slice(0, 5).join(', ')} (le lien a peut-être été fait pour une autre version du site)` };
  }
  return { ok: true, parcours };
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
