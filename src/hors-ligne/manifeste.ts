/**
 * Offline mode: which built files the service worker keeps, under which URL, and
 * at which revision. Pure (no file system, no browser): the build plugin
 * (src/plugins/hors-ligne.ts) feeds it the files of build/, the service worker
 * (src/hors-ligne/sw.ts) uses the same URL rules to answer requests.
 *
 * Kept after the first visit: every page (HTML), script, stylesheet, image, the
 * activities' public files and corrections, KaTeX, the H5P player, libraries and
 * contents. Left to the network (and kept once used): the search index (files
 * fetched by the search worker, src/lib/recherche-travail.ts, which also fetches
 * the whole index in the background after a first search), the .h5p packages
 * and the exports for trainers.
 */

export interface EntreeManifeste {
  /** Absolute path on the site, with the base URL: `/moniteur-atelier/cours/bloc-1`. */
  readonly url: string;
  /** Hash of the file's content: an unchanged file is not downloaded again after an update. */
  readonly revision: string;
}

export interface Manifeste {
  readonly version: string;
  readonly base: string;
  readonly entrees: readonly EntreeManifeste[];
}

/** Files never precached (relative to the build folder, with forward slashes). */
export const EXCLUS: readonly RegExp[] = [
  /^sw\.js$/,
  /^recherche\//,
  /\.map$/,
  /^sitemap\.xml$/,
  /^robots\.txt$/,
  /^\.nojekyll$/,
  /\.h5p$/,
  /\.(zip|gift|xml|csv|imscc)$/,
  /^h5p\/paquets\//,
  /^exports\//,
];

/** Files the network may serve later and that are worth keeping once fetched. */
export const A_LA_DEMANDE: readonly RegExp[] = [/^recherche\//];

export function estExclu(fichier: string): boolean {
  return EXCLUS.some((re) => re.test(fichier));
}

/**
 * The URL under which the site serves a built file (trailingSlash: false, as on
 * GitHub Pages): `cours/bloc-1.html` → `<base>cours/bloc-1`, `index.html` →
 * `<base>`, `cours/index.html` → `<base>cours/`; other files keep their path.
 */
export function urlDeFichier(fichier: string, base: string): string {
  if (fichier === 'index.html') return base;
  if (fichier.endsWith('/index.html')) return `${base}${fichier.slice(0, -'index.html'.length)}`;
  if (fichier.endsWith('.html')) return `${base}${fichier.slice(0, -'.html'.length)}`;
  return `${base}${fichier}`;
}

/**
 * The precache key of a requested path: pages are looked up without their
 * `.html` or trailing slash (the base itself keeps its slash); the query and the
 * fragment never count.
 */
export function cleDeChemin(chemin: string, base: string): string {
  let p = chemin;
  try {
    p = decodeURI(chemin);
  } catch {
    // keep the raw path
  }
  if (p === base || `${p}/` === base) return base;
  if (p.endsWith('.html') && !p.endsWith('/index.html')) return p.slice(0, -'.html'.length);
  if (p.endsWith('/index.html')) return p.slice(0, -'index.html'.length);
  return p;
}

/** Other keys to try for a page (a directory index, a path with or without its slash). */
export function clesVoisines(cle: string, base: string): string[] {
  if (cle === base) return [];
  return cle.endsWith('/') ? [cle.slice(0, -1)] : [`${cle}/`];
}

export function construireManifeste(
  fichiers: readonly { readonly chemin: string; readonly empreinte: string }[],
  base: string,
  hacher: (texte: string) => string,
): Manifeste {
  const entrees = fichiers
    .map((f) => ({ chemin: f.chemin.replace(/\\/g, '/'), empreinte: f.empreinte }))
    .filter((f) => !estExclu(f.chemin))
    .map((f) => ({ url: urlDeFichier(f.chemin, base), revision: f.empreinte }))
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const doublons = entrees.filter((e, i) => i > 0 && entrees[i - 1]!.url === e.url);
  if (doublons.length > 0) throw new Error(`Hors-ligne : plusieurs fichiers servis à la même adresse (${doublons.map((d) => d.url).join(', ')})`);
  const version = hacher(entrees.map((e) => `${e.url} ${e.revision}`).join('\n')).slice(0, 16);
  return { version, base, entrees };
}
