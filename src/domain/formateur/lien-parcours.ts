/**
 * The assignment link (« parcours » sent as a link or a QR code): the URL fragment
 * `#p=…` (compact form, below) or `#parcours=…` (first form, JSON in base64url), its
 * writing and its reading. Kept apart from `parcours.ts` because the compact form hashes
 * its items (SHA-256): the pages that only store or check an assignment (the profile,
 * loaded by every page with an activity) do not download the hashing code.
 *
 * `lireLien` checks everything before anything is stored, with a French message.
 */
import { fenetreDates } from '../journal/codec';
import { lireJson } from '../texte/json';
import { sha256Hex } from '../texte/sha256';
import type { Banque } from './banque';
import { FRAGMENT_PARCOURS, LIMITES_PARCOURS, parcoursProblems, type ItemParcours, type Parcours } from './parcours';

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
