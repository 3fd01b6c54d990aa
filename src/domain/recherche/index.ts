/**
 * The offline search index, cut so that a query downloads only what it needs
 * (decision 0049): one small manifest, then
 * - **fragments**: the terms that start with the same LONGUEUR_CLE letters and,
 *   for each term, the documents that contain it with a precomputed weight (BM25);
 * - **documents**: one file each (a title, heading, description, keywords or
 *   section, with its text), loaded only for the results shown;
 * - the whole index in one file, for offline use.
 * Documents are cut from the built pages as @easyops-cn/docusaurus-search-local
 * cuts them (src/build/recherche/documents.ts), whose views show the results.
 */
import { termesDIndex } from './analyse';

/** Kinds of documents, numbered as in the search plugin (its results view reads the number). */
export const TYPE = { titre: 0, intertitre: 1, description: 2, motsCles: 3, contenu: 4 } as const;
export const NOMBRE_DE_TYPES = 5;

/** A document as the search plugin's parser gives it and its results view reads it. */
export interface DocumentRecherche {
  /** Id, unique within a kind (a page's description has its title's id). */
  readonly i: number;
  /** Text: the title, the heading, the description, the keywords or the section's text. */
  readonly t: string;
  /** Page URL (with the base). */
  readonly u: string;
  /** Anchor of the heading (`#…`), for headings and sections. */
  readonly h?: string;
  /** Id of the page's title document, for everything but titles. */
  readonly p?: number;
  /** Title of the section, for sections and descriptions. */
  readonly s?: string;
  /** Breadcrumb, for titles. */
  readonly b?: readonly string[];
}

export const VERSION_INDEX = 1;

/** Terms are grouped by their first LONGUEUR_CLE letters. */
export const LONGUEUR_CLE = 3;

export interface Manifeste {
  readonly version: typeof VERSION_INDEX;
  /** Folder of this index's files (changes with their content). */
  readonly dossier: string;
  /** Keys of the fragments that exist. */
  readonly fragments: readonly string[];
}

/**
 * Term → its postings, flat: [gap, weight, gap, weight, …]. The gap adds to
 * the previous code (from 0); a code is id × 8 + kind; the weight is BM25 × 10.
 */
export type Fragment = Readonly<Record<string, readonly number[]>>;

export interface Posting {
  readonly id: number;
  readonly type: number;
  readonly poids: number;
}

export function lirePostings(liste: readonly number[]): Posting[] {
  const sortie: Posting[] = [];
  let code = 0;
  for (let k = 0; k + 1 < liste.length; k += 2) {
    code += liste[k]!;
    sortie.push({ id: Math.floor(code / 8), type: code % 8, poids: liste[k + 1]! / 10 });
  }
  return sortie;
}

/** The key of a term's fragment: its first letters, a safe file name. */
export function cleDeFragment(terme: string): string {
  return Array.from(terme)
    .slice(0, LONGUEUR_CLE)
    .map((c) => (/[a-z0-9]/.test(c) ? c : `_${c.codePointAt(0)!.toString(16)}`))
    .join('');
}

/** Where the index is in the built site: `recherche/manifeste.json`, and the folder it names. */
export const DOSSIER_RECHERCHE = 'recherche';
export const FICHIER_MANIFESTE = 'manifeste.json';

/** Files of the index, relative to its folder: a fragment, a document, everything (for offline use). */
export const fichierFragment = (cle: string) => `f/${cle}.json`;
export const fichierDocument = (type: number, id: number) => `d/${type}-${id}.json`;
export const FICHIER_COMPLET = 'tout.json';

/** The whole index in one file, fetched in the background after a first search so that search works offline. */
export interface IndexComplet {
  readonly fragments: Readonly<Record<string, Fragment>>;
  /** The documents of each kind (indexed by TYPE). */
  readonly documents: readonly (readonly DocumentRecherche[])[];
}

const K1 = 1.2;
const B = 0.75;

export interface IndexConstruit {
  readonly fragments: ReadonlyMap<string, Fragment>;
  /** The documents of each kind (indexed by TYPE). */
  readonly documents: readonly (readonly DocumentRecherche[])[];
}

/**
 * Builds the fragments from the parser's documents, one list per kind (indexed
 * by TYPE); each posting's weight is BM25 within its kind.
 */
export function construireIndex(parType: readonly (readonly DocumentRecherche[])[]): IndexConstruit {
  const postings = new Map<string, { code: number; poids: number }[]>();
  parType.forEach((documents, type) => {
    const analyses = documents.map((d) => {
      const tf = new Map<string, number>();
      const termes = termesDIndex(d.t);
      for (const t of termes) tf.set(t, (tf.get(t) ?? 0) + 1);
      return { d, tf, longueur: termes.length };
    });
    const n = analyses.length;
    if (n === 0) return;
    const moyenne = Math.max(analyses.reduce((s, a) => s + a.longueur, 0) / n, 1);
    const df = new Map<string, number>();
    for (const a of analyses) for (const t of a.tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    for (const { d, tf, longueur } of analyses) {
      for (const [terme, f] of tf) {
        const dft = df.get(terme)!;
        const idf = Math.log(1 + (n - dft + 0.5) / (dft + 0.5));
        const poids = (idf * (f * (K1 + 1))) / (f + K1 * (1 - B + (B * longueur) / moyenne));
        let liste = postings.get(terme);
        if (!liste) postings.set(terme, (liste = []));
        liste.push({ code: d.i * 8 + type, poids: Math.max(1, Math.round(poids * 10)) });
      }
    }
  });
  const fragments = new Map<string, Record<string, number[]>>();
  for (const terme of [...postings.keys()].sort()) {
    const cle = cleDeFragment(terme);
    let f = fragments.get(cle);
    if (!f) fragments.set(cle, (f = {}));
    const plat: number[] = [];
    let precedent = 0;
    for (const p of postings.get(terme)!.sort((a, b) => a.code - b.code)) {
      plat.push(p.code - precedent, p.poids);
      precedent = p.code;
    }
    f[terme] = plat;
  }
  parType.forEach((documents, type) => {
    const ids = new Set<number>();
    for (const d of documents) {
      if (ids.has(d.i)) throw new Error(`index de recherche : deux documents de type ${type} portent l'identifiant ${d.i} (${d.u}).`);
      ids.add(d.i);
    }
  });
  return { fragments, documents: parType };
}
