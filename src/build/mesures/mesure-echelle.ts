/**
 * What a built copy of the site weighs (`npm run bench:scale`, scripts/bench-scale.ts):
 * HTML pages, seconds per 100 pages, the JS each representative page references
 * (<script src>, <link rel=preload|modulepreload as=script>), raw and gzip, the JS
 * it runs before it is interactive (its route chunks too: Docusaurus 3.10 lists
 * only runtime~main.js and main.js in the HTML), the main bundle, the whole search
 * index (fetched in the background after a first search) and what a first search
 * downloads (premiere-recherche.ts). Reads build/ and .docusaurus/ of the copy,
 * writes nothing.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { Parser } from 'htmlparser2';
import { BASE_URL, ErreurBench, JOURNAL_CONSTRUCTION } from './site-echelle';
import { fichiersDePremiereRecherche, SAISIES_MESUREES } from './premiere-recherche';
import { etapesDeConstruction, type EtapesConstruction } from './etapes-construction';
import { DOSSIER_RECHERCHE, FICHIER_COMPLET, FICHIER_MANIFESTE, type Manifeste as ManifesteRecherche } from '../../domain/recherche/index';

/** Representative pages (route without base URL). */
export const PAGES_MESUREES = [
  { cle: 'accueil', titre: 'Accueil', route: '' },
  { cle: 'lecon', titre: 'Leçon (texte)', route: 'cours/introduction/le-metier' },
  { cle: 'lecon-quiz', titre: 'Leçon avec quiz et formules', route: 'cours/bloc-2/indicateurs-production' },
  { cle: 'quiz', titre: 'Quiz et mise en situation', route: 'cours/introduction/s-entrainer-sur-le-cadre' },
  { cle: 'progression', titre: 'Ma progression', route: 'progression' },
] as const;

export interface Taille {
  readonly fichiers: number;
  readonly brut: number;
  readonly gzip: number;
}

/** What a first search downloads, typed letter by letter (premiere-recherche.ts). */
export type PremiereRecherche = Taille & { readonly saisie: string };

/** Raw and gzip bytes (zlib's default level, 6) of some files. */
function taille(fichiers: readonly string[]): Taille {
  let brut = 0;
  let gzip = 0;
  for (const f of fichiers) {
    const contenu = readFileSync(f);
    brut += contenu.length;
    gzip += gzipSync(contenu).length;
  }
  return { fichiers: fichiers.length, brut, gzip };
}

function fichiersDe(dossier: string): string[] {
  return readdirSync(dossier, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? fichiersDe(path.join(dossier, e.name)) : [path.join(dossier, e.name)],
  );
}

/** The JS files a built page references: <script src>, <link rel="preload|modulepreload" as="script">. */
export function scriptsDePage(html: string): string[] {
  const out = new Set<string>();
  const parser = new Parser({
    onopentag(nom, attributs) {
      if (nom === 'script' && attributs.src) out.add(attributs.src);
      const rel = (attributs.rel ?? '').toLowerCase().split(/\s+/);
      if (nom === 'link' && attributs.href && (rel.includes('preload') || rel.includes('modulepreload')) && attributs.as === 'script') {
        out.add(attributs.href);
      }
    },
  });
  parser.write(html);
  parser.end();
  return [...out];
}

function fichierDePage(build: string, route: string): string {
  const candidats = route === '' ? ['index.html'] : [`${route}.html`, `${route}/index.html`];
  const trouve = candidats.map((c) => path.join(build, c)).find((c) => existsSync(c));
  if (!trouve) throw new ErreurBench(`page « /${route} » introuvable dans ${build} (cherché : ${candidats.join(', ')}).`);
  return trouve;
}

function jsDePage(build: string, route: string): Taille & { scripts: string[] } {
  const html = readFileSync(fichierDePage(build, route), 'utf8');
  const scripts = scriptsDePage(html).map((src) => {
    const chemin = new URL(src, `https://site.invalid${BASE_URL}`).pathname;
    if (!chemin.startsWith(BASE_URL)) throw new ErreurBench(`/${route} : script hors du site (${src}).`);
    return chemin.slice(BASE_URL.length);
  });
  return { ...taille(scripts.map((s) => path.join(build, s))), scripts };
}

export interface Route {
  readonly cle: string;
  readonly chemin: string;
  exact: boolean;
  readonly enfants: Route[];
}

/**
 * The route tree of .docusaurus/routes.js (written by Docusaurus, one property per
 * line): `component: ComponentCreator('<path>', '<hash>')` names a route (key
 * `<path>-<hash>` in routesChunkNames.json), `exact: true` marks a leaf,
 * `routes: [` opens its children and a line `]` closes them.
 */
export function lireRoutes(texte: string): Route[] {
  const racine: Route[] = [];
  const pile: Route[][] = [racine];
  let derniere: Route | null = null;
  for (const ligne of texte.split('\n')) {
    const composant = /ComponentCreator\('([^']*)', '([^']*)'\)/.exec(ligne);
    if (composant) {
      derniere = { cle: `${composant[1]}-${composant[2]}`, chemin: composant[1]!, exact: false, enfants: [] };
      pile[pile.length - 1]!.push(derniere);
    } else if (/^\s*exact: true,?$/.test(ligne) && derniere) derniere.exact = true;
    else if (/^\s*routes: \[$/.test(ligne) && derniere) pile.push(derniere.enfants);
    else if (/^\s*\],?$/.test(ligne) && pile.length > 1) pile.pop();
  }
  return racine;
}

/** The routes rendered for a path, outermost first (react-router's matching: first match at each level). */
export function routesDe(routes: readonly Route[], chemin: string): Route[] {
  const correspond = (r: Route) =>
    r.chemin === chemin || (!r.exact && chemin.startsWith(r.chemin.endsWith('/') ? r.chemin : `${r.chemin}/`));
  const route = routes.find(correspond);
  return route ? [route, ...routesDe(route.enfants, chemin)] : [];
}

function nomsDeMorceaux(valeur: unknown): string[] {
  if (typeof valeur === 'string') return [valeur];
  if (Array.isArray(valeur)) return valeur.flatMap(nomsDeMorceaux);
  if (typeof valeur === 'object' && valeur !== null) return Object.values(valeur).flatMap(nomsDeMorceaux);
  return [];
}

interface Manifeste {
  readonly entrypoints: readonly string[];
  readonly origins: Record<string, readonly string[]>;
  readonly assets: Record<string, { js?: readonly { file: string }[] }>;
}

/**
 * The JS a page runs before it is interactive: the entry (runtime + main) and the
 * chunks of every route matched by its path (its component, its data, and the
 * layout routes above it: docs version and sidebar), read from the client manifest.
 * Docusaurus 3.10 lists only the entry in the HTML: the route chunks are loaded by
 * main.js at hydration.
 */
function jsHydratation(copie: string, route: string): Taille & { scripts: string[] } {
  const generes = path.join(copie, '.docusaurus');
  const manifeste = JSON.parse(readFileSync(path.join(generes, 'client-manifest.json'), 'utf8')) as Manifeste;
  const morceaux = JSON.parse(readFileSync(path.join(generes, 'routesChunkNames.json'), 'utf8')) as Record<string, unknown>;
  const routes = lireRoutes(readFileSync(path.join(generes, 'routes.js'), 'utf8'));
  const chemin = `${BASE_URL}${route}`;
  const chaine = routesDe(routes, chemin === BASE_URL ? chemin : chemin.replace(/\/$/, ''));
  if (chaine.length === 0) throw new ErreurBench(`aucune route de .docusaurus/routes.js ne correspond à ${chemin}.`);
  const noms = [...manifeste.entrypoints, ...chaine.flatMap((r) => nomsDeMorceaux(morceaux[r.cle]))];
  const fichiers = new Set<string>();
  for (const nom of noms) {
    for (const id of manifeste.origins[nom] ?? [nom]) {
      for (const asset of manifeste.assets[id]?.js ?? []) fichiers.add(asset.file);
    }
  }
  const scripts = [...fichiers].sort();
  return { ...taille(scripts.map((s) => path.join(copie, 'build', s))), scripts };
}

export interface Mesures {
  readonly secondes: number;
  readonly pages: number;
  readonly fichiersHtml: number;
  readonly secondesPour100Pages: number;
  readonly paquetPrincipal: Taille;
  /** The whole search index: its manifest and the one file fetched in the background for offline use. */
  readonly indexRecherche: Taille;
  /** What a first search downloads, for each search of SAISIES_MESUREES. */
  readonly premieresRecherches: readonly PremiereRecherche[];
  readonly jsTotal: Taille;
  readonly octetsConstruction: number;
  /** JS referenced by each page's HTML (<script src>, preload links). */
  readonly parPage: Record<string, Taille & { scripts: string[] }>;
  /** JS run by each page before it is interactive (entry + chunks of its routes). */
  readonly hydratation: Record<string, Taille & { scripts: string[] }>;
  /** Seconds of each step of the build, from its log (construction.log in the copy), when there is one. */
  readonly etapes?: EtapesConstruction;
}

/** The measures of a built copy (build/ and .docusaurus/ in `copie`); `secondes`: its build time. */
export async function mesurer(copie: string, secondes: number): Promise<Mesures> {
  const build = path.join(copie, 'build');
  const tous = fichiersDe(build);
  const html = tous.filter((f) => f.endsWith('.html'));
  // A page of the site is an HTML file rendered by Docusaurus (not an iframe or a SCORM file copied as is).
  const pages = html.filter((f) => /<div id=("|')?__docusaurus\1[\s>]/.test(readFileSync(f, 'utf8'))).length;
  const js = path.join(build, 'assets', 'js');
  const principal = readdirSync(js).filter((f) => /^main\.[0-9a-f]+\.js$/.test(f));
  if (principal.length !== 1) throw new ErreurBench(`paquet principal introuvable ou en double dans ${js} (${principal.join(', ') || 'aucun'}).`);
  const manifesteRecherche = path.join(build, DOSSIER_RECHERCHE, FICHIER_MANIFESTE);
  if (!existsSync(manifesteRecherche)) throw new ErreurBench(`index de recherche (${DOSSIER_RECHERCHE}/${FICHIER_MANIFESTE}) introuvable dans ${build}.`);
  const { dossier } = JSON.parse(readFileSync(manifesteRecherche, 'utf8')) as ManifesteRecherche;
  const journal = path.join(copie, JOURNAL_CONSTRUCTION);
  const premieresRecherches: PremiereRecherche[] = [];
  for (const saisie of SAISIES_MESUREES) premieresRecherches.push({ saisie, ...taille(await fichiersDePremiereRecherche(build, saisie)) });
  return {
    secondes,
    pages,
    fichiersHtml: html.length,
    secondesPour100Pages: (secondes / pages) * 100,
    paquetPrincipal: taille(principal.map((f) => path.join(js, f))),
    indexRecherche: taille([manifesteRecherche, path.join(build, DOSSIER_RECHERCHE, dossier, FICHIER_COMPLET)]),
    premieresRecherches,
    jsTotal: taille(tous.filter((f) => f.startsWith(js + path.sep) && f.endsWith('.js'))),
    octetsConstruction: tous.reduce((s, f) => s + statSync(f).size, 0),
    parPage: Object.fromEntries(PAGES_MESUREES.map((p) => [p.cle, jsDePage(build, p.route)])),
    hydratation: Object.fromEntries(PAGES_MESUREES.map((p) => [p.cle, jsHydratation(copie, p.route)])),
    ...(existsSync(journal) ? { etapes: etapesDeConstruction(readFileSync(journal, 'utf8')) } : {}),
  };
}
