/**
 * Answering a query from the cut index (see index.ts): only the fragments of
 * the typed words and the pages of the results shown are loaded, through a
 * `Chargeur` given by the caller (the search worker fetches files; tests read
 * a built index in memory).
 *
 * Queries come in the search plugin's shape (its `smartQueries`: every word
 * required, the last one maybe still being typed, variants with one typo or
 * without stop words), tried in order until `limite` results are found, titles
 * before headings before sections, as the plugin did with lunr.
 */
import { analyser, estMotVide, motsDeRequete, prefixeDeRequete, termeDeRequete } from './analyse';
import {
  LONGUEUR_CLE,
  NOMBRE_DE_TYPES,
  TYPE,
  cleDeFragment,
  lirePostings,
  type DocumentRecherche,
  type Fragment,
  type Manifeste,
} from './index';

/** Wildcard flags, as in lunr.Query.wildcard. */
export const JOKER = { aucun: 0, debut: 1, fin: 2 } as const;

export interface TermeRequete {
  readonly value: string;
  readonly wildcard?: number;
  readonly editDistance?: number;
}

export interface Requete {
  readonly tokens: readonly string[];
  readonly term: readonly TermeRequete[];
}

export interface Chargeur {
  readonly manifeste: Manifeste;
  /** The fragment of a key listed in the manifest. */
  fragment(cle: string): Promise<Fragment>;
  /** A document of a kind; the same object each time it is asked for (a result's page is its title's result). */
  document(type: number, id: number): Promise<DocumentRecherche>;
}

/** A result in the shape the search plugin's views read. */
export interface Resultat {
  readonly document: DocumentRecherche;
  readonly type: number;
  /** The page's title document (the same object as that title's own result), false for a title. */
  readonly page: DocumentRecherche | false | undefined;
  /** Where the matched words are in document.t, per term: { terme: { t: { position } } }. */
  readonly metadata: Record<string, { t: { position: [number, number][] } }>;
  readonly tokens: readonly string[];
  readonly score: number;
}

/**
 * The plugin's main queries for what was typed, in short (its `smartQueries`, which the page's
 * worker uses, also drops one word of three or more): every word required, the last one as the
 * beginning of a word (still being typed), then as a whole word (with `ecart` typos allowed);
 * then the same without the stop words, which are not in the index. For measures and tests.
 */
export function requetesPrincipales(saisie: string, ecart = 0): Requete[] {
  const variantes = (mots: readonly string[]): Requete[] => [
    { tokens: mots, term: mots.map((value, k) => ({ value, wildcard: k === mots.length - 1 ? JOKER.fin : JOKER.aucun })) },
    { tokens: mots, term: mots.map((value) => ({ value, ...(ecart > 0 ? { editDistance: ecart } : {}) })) },
  ];
  const mots = motsDeRequete(saisie);
  if (mots.length === 0) return [];
  const utiles = mots.filter((m) => !estMotVide(m));
  return [...variantes(mots), ...(utiles.length > 0 && utiles.length < mots.length ? variantes(utiles) : [])];
}

/** A typo-tolerant match is worth less than an exact one, a completed word a bit less. */
const FACTEUR_PREFIXE = 0.7;
const FACTEUR_APPROCHE = 0.5;

/** Levenshtein distance, stopping early beyond `max`. */
export function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let ligne = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const suivante = [i];
    let minimum = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(ligne[j]! + 1, suivante[j - 1]! + 1, ligne[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      suivante.push(v);
      minimum = Math.min(minimum, v);
    }
    if (minimum > max) return max + 1;
    ligne = suivante;
  }
  return ligne[b.length]!;
}

/** The index terms a typed word stands for, with the factor of the match and their postings. */
type Correspondances = Map<string, { facteur: number; liste: readonly number[] }>;

async function correspondances(t: TermeRequete, chargeur: Chargeur, cles: ReadonlySet<string>): Promise<Correspondances> {
  const termes: Correspondances = new Map();
  const fragmentDe = async (cle: string): Promise<Fragment> => (cles.has(cle) ? chargeur.fragment(cle) : {});
  if ((t.wildcard ?? 0) & JOKER.fin) {
    const prefixe = prefixeDeRequete(t.value);
    if (prefixe === '') return termes;
    const fragment = await fragmentDe(cleDeFragment(prefixe));
    // A prefix shorter than a key only matches the terms of that length (a 2-letter word such as « ea »).
    for (const [terme, liste] of Object.entries(fragment)) {
      if (terme === prefixe) termes.set(terme, { facteur: 1, liste });
      else if (Array.from(prefixe).length >= LONGUEUR_CLE && terme.startsWith(prefixe)) termes.set(terme, { facteur: FACTEUR_PREFIXE, liste });
    }
    return termes;
  }
  const terme = termeDeRequete(t.value);
  if (terme === '') return termes;
  const fragment = await fragmentDe(cleDeFragment(terme));
  const ecart = t.editDistance ?? 0;
  if (ecart > 0) {
    // Typos are looked for among the terms that share the key (not in the first letters).
    for (const [autre, liste] of Object.entries(fragment)) {
      const d = distance(autre, terme, ecart);
      if (d <= ecart) termes.set(autre, { facteur: d === 0 ? 1 : FACTEUR_APPROCHE, liste });
    }
  } else if (fragment[terme]) {
    termes.set(terme, { facteur: 1, liste: fragment[terme] });
  }
  return termes;
}

interface Trouve {
  readonly id: number;
  readonly type: number;
  readonly score: number;
  readonly termes: ReadonlySet<string>;
}

/**
 * The documents that contain every word of a query, with their score. A document is its
 * kind and its id (a page's description has its title's id: two documents).
 */
async function documentsDe(requete: Requete, chargeur: Chargeur, cles: ReadonlySet<string>): Promise<Trouve[]> {
  type Compte = { id: number; type: number; score: number; termes: Set<string> };
  let communs: Map<number, Compte> | undefined;
  for (const t of requete.term) {
    const termes = await correspondances(t, chargeur, cles);
    const ici = new Map<number, Compte>();
    for (const [terme, { facteur, liste }] of termes) {
      for (const p of lirePostings(liste)) {
        const cle = p.id * 8 + p.type;
        const s = p.poids * facteur;
        const deja = ici.get(cle);
        if (!deja) ici.set(cle, { id: p.id, type: p.type, score: s, termes: new Set([terme]) });
        else {
          deja.score = Math.max(deja.score, s);
          deja.termes.add(terme);
        }
      }
    }
    if (!communs) communs = ici;
    else {
      for (const [cle, v] of communs) {
        const autre = ici.get(cle);
        if (!autre) communs.delete(cle);
        else {
          v.score += autre.score;
          for (const x of autre.termes) v.termes.add(x);
        }
      }
    }
    if (communs.size === 0) return [];
  }
  return [...(communs?.values() ?? [])];
}

/** Where the matched terms are in a text, per term. */
export function positions(texte: string, termes: ReadonlySet<string>): Resultat['metadata'] {
  const metadata: Record<string, { t: { position: [number, number][] } }> = {};
  for (const j of analyser(texte)) {
    if (!termes.has(j.terme)) continue;
    (metadata[j.terme] ??= { t: { position: [] } }).t.position.push([j.position[0], j.position[1]]);
  }
  return metadata;
}

/** The results of the queries, at most `limite`, in the plugin's order (before its own sorting). */
export async function chercher(requetes: readonly Requete[], limite: number, chargeur: Chargeur): Promise<Resultat[]> {
  const cles = new Set(chargeur.manifeste.fragments);
  const choisis: { trouve: Trouve; tokens: readonly string[] }[] = [];
  const vus = new Set<number>();
  recherche: for (const requete of requetes) {
    if (requete.term.length === 0) continue;
    const trouves = await documentsDe(requete, chargeur, cles);
    for (let type = 0; type < NOMBRE_DE_TYPES; type++) {
      const duType = trouves.filter((t) => t.type === type && !vus.has(t.id)).sort((a, b) => b.score - a.score || a.id - b.id);
      for (const trouve of duType.slice(0, limite - choisis.length)) {
        vus.add(trouve.id);
        choisis.push({ trouve, tokens: requete.tokens });
      }
      if (choisis.length >= limite) break recherche;
    }
  }
  return Promise.all(
    choisis.map(async ({ trouve, tokens }) => {
      const document = await chargeur.document(trouve.type, trouve.id);
      const page = trouve.type === TYPE.titre ? false : document.p === undefined ? undefined : await chargeur.document(TYPE.titre, document.p);
      return { document, type: trouve.type, page, metadata: positions(document.t, trouve.termes), tokens, score: trouve.score };
    }),
  );
}
