/**
 * The safe reading of a JSON file that someone else made (a passport, a cohort
 * file, an assignment link, the JSON files of an .h5p package), before any
 * check of its meaning. In this order, each step linear in the size of the text
 * and none recursive, so that no file can overflow the stack or freeze the
 * reader:
 * 1. size first (characters), before anything is read;
 * 2. one pass over the characters: nesting depth and length of every string,
 *    refused as soon as a limit is passed (a file nested 9 million levels deep is
 *    refused at level 17, after reading 17 characters);
 * 3. the engine's JSON.parse (native, fast; its own parser does not recurse);
 * 4. one walk over the parsed value with an explicit stack: keys that could
 *    pollute prototypes (`__proto__`, `constructor`, `prototype`) are refused at
 *    any depth, however they were written (`"\u005f_proto__"` included).
 * Never throws.
 *
 * Measured against a streaming parser and a schema library (ARCHITECTURE.md,
 * « Fichiers reçus ») : the native parser behind this pass is 6 to 20 times faster
 * and weighs nothing; the checks of meaning stay in the readers of each format.
 */

export interface LimitesJson {
  /** Characters of the whole text. */
  readonly taille: number;
  /** Nesting levels of objects and arrays (the root object is level 1). */
  readonly profondeur: number;
  /** Characters of one string as written in the file (escapes included). */
  readonly texte: number;
  /** What the learner gave, as messages name it: « fichier » (default) or « lien ». */
  readonly objet?: 'fichier' | 'lien';
}

export type LectureJson = { readonly ok: true; readonly valeur: unknown } | { readonly ok: false; readonly raison: string };

export const CLES_INTERDITES: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

const GUILLEMET = 0x22;
const BARRE = 0x5c;
const OUVRE = new Set([0x7b, 0x5b]);
const FERME = new Set([0x7d, 0x5d]);

const mo = (n: number) => `${Math.round((n / 1048576) * 10) / 10} Mo`.replace('.', ',');
const caracteres = (n: number) => `${new Intl.NumberFormat('fr-FR').format(n)} caractères`;

/** Depth and string lengths, in one pass over the text; the first limit passed, or null. */
export function depassement(texte: string, limites: Pick<LimitesJson, 'profondeur' | 'texte' | 'objet'>): string | null {
  const objet = limites.objet ?? 'fichier';
  let profondeur = 0;
  const n = texte.length;
  for (let i = 0; i < n; i += 1) {
    const c = texte.charCodeAt(i);
    if (c === GUILLEMET) {
      const debut = i;
      i += 1;
      while (i < n) {
        const d = texte.charCodeAt(i);
        if (d === BARRE) i += 2;
        else if (d === GUILLEMET) break;
        else i += 1;
      }
      if (i - debut - 1 > limites.texte) {
        return `un texte du ${objet} est trop long (plus de ${caracteres(limites.texte)}) : ce ${objet} n'a pas été fait par ce site`;
      }
    } else if (OUVRE.has(c)) {
      profondeur += 1;
      if (profondeur > limites.profondeur) {
        return `structure trop imbriquée (plus de ${limites.profondeur} niveaux) : ce ${objet} n'a pas été fait par ce site`;
      }
    } else if (FERME.has(c)) {
      profondeur -= 1;
    }
  }
  return null;
}

/** The first forbidden key at any depth of a parsed value, or null. Iterative: no depth limit. */
export function cleInterdite(valeur: unknown): string | null {
  const pile: unknown[] = [valeur];
  while (pile.length > 0) {
    const v = pile.pop();
    if (typeof v !== 'object' || v === null) continue;
    if (Array.isArray(v)) {
      for (const x of v) if (typeof x === 'object' && x !== null) pile.push(x);
      continue;
    }
    for (const k of Object.keys(v)) {
      if (CLES_INTERDITES.has(k)) return k;
      const x = (v as Record<string, unknown>)[k];
      if (typeof x === 'object' && x !== null) pile.push(x);
    }
  }
  return null;
}

/** Reads a JSON text within the limits (see the module's comment). */
export function lireJson(source: string, limites: LimitesJson): LectureJson {
  const objet = limites.objet ?? 'fichier';
  // A byte order mark added by a text editor is not part of the JSON.
  const texte = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  if (texte.length === 0) return { ok: false, raison: `le ${objet} est vide` };
  if (texte.length > limites.taille) return { ok: false, raison: `${objet} trop volumineux (${mo(texte.length)} ; ${mo(limites.taille)} au plus)` };
  const limite = depassement(texte, limites);
  if (limite) return { ok: false, raison: limite };
  let valeur: unknown;
  try {
    valeur = JSON.parse(texte);
  } catch {
    return { ok: false, raison: `le ${objet} est tronqué ou abîmé : ce n'est pas du JSON lisible` };
  }
  const interdite = cleInterdite(valeur);
  if (interdite) return { ok: false, raison: `le ${objet} contient une clé interdite (« ${interdite} ») : il a été fabriqué ou modifié, il est refusé` };
  return { ok: true, valeur };
}
