/**
 * French typography at build time: an ordinary space before « : ; ! ? » and %,
 * or inside « », lets the browser break the line there (« adaptée / : travaillez »,
 * « 6 / % »). Such a space becomes a narrow no-break space (U+202F). Only spaces the
 * author typed are changed: nothing is added where there is none, so « 8:30 »,
 * « https://… », « ?q= » and identifiers stay as they are. Formulas between $…$ (the
 * rich text of activities) are left alone; the MDX plugin
 * (src/plugins/remark-typographie.ts) never gives it code, formulas or expressions.
 */

export const ESPACE_FINE = '\u202f';

/** A space, or a run of spaces, that the rules below replace (ordinary or no-break). */
const ESPACES = '[ \\u00a0]+';
const AVANT = new RegExp(`${ESPACES}(?=[:;!?»%])`, 'g');
const APRES = new RegExp(`«${ESPACES}`, 'g');

/** The text with narrow no-break spaces where French typography wants them. */
export function espacesFines(texte: string): string {
  if (!/[:;!?»%«]/.test(texte)) return texte;
  return texte.replace(AVANT, ESPACE_FINE).replace(APRES, `«${ESPACE_FINE}`);
}

/** The same for rich text (**gras**, _italique_, $formule$): formulas are kept as written. */
export function espacesFinesTexteRiche(texte: string): string {
  if (!texte.includes('$')) return espacesFines(texte);
  return texte
    .split(/(\$\$[\s\S]*?\$\$|\$[^$]*\$)/)
    .map((morceau, i) => (i % 2 === 1 ? morceau : espacesFines(morceau)))
    .join('');
}

/**
 * The fields of an activity (quiz, case study, in their written, public and rubric
 * shapes) that are text for the learner. Identifiers, answers to type (`acceptees`),
 * units and links are not.
 */
const CHAMPS_TEXTE = new Set([
  'titre',
  'description',
  'enonce',
  'explication',
  'source',
  'indice',
  'texte',
  'feedback',
  'contexte',
  'consequence',
  'role',
  'vrai',
  'faux',
  'juste',
  'intitule',
  'tableau',
  // Revision cards (src/domain/cartes).
  'recto',
  'verso',
  'consigne',
]);

/** Applies `espacesFinesTexteRiche` to the text fields of a value (and to every string inside one), at any depth; returns a copy. */
export function typographieActivite<T>(valeur: T): T {
  const visiter = (v: unknown, texte: boolean): unknown => {
    if (typeof v === 'string') return texte ? espacesFinesTexteRiche(v) : v;
    if (Array.isArray(v)) return v.map((x) => visiter(x, texte));
    if (typeof v === 'object' && v !== null) {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, visiter(x, CHAMPS_TEXTE.has(k) || (texte && typeof x === 'object'))]));
    }
    return v;
  };
  return visiter(valeur, false) as T;
}
