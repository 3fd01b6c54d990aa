/**
 * `npm run bench:scale`: how the build and the pages grow when the content grows
 * (a benchmark, not a test: it takes tens of minutes).
 *
 * 1. Copies the site into a temporary folder (os.tmpdir()), without build/,
 *    .docusaurus/, .generated/ nor node_modules/: the copy's node_modules/ is a
 *    folder of symbolic links to the entries of this repository's node_modules/,
 *    except .cache/, so that the bundler's persistent cache stays in the copy, cold
 *    as on a fresh clone.
 * 2. Makes a second copy with N times the content (--facteur, 10 by default): the
 *    lessons of the three blocs cloned N − 1 times (src/build/mesures/echelle.ts: one
 *    sub-category per series, no sidebar category above 50 items), and the
 *    activities they embed cloned with new ids and titles, answer keys intact,
 *    registered in quizzes/index.ts. The copy's registry is checked with the same
 *    validation as the build's before building.
 * 3. Builds each copy with `npx docusaurus build` (BASE_URL=/moniteur-atelier/,
 *    LRS_ORIGINS=https://lrs.essai.invalid, as `npm test`), timing each build, and
 *    measures: HTML pages, seconds per 100 pages, the JS each representative page
 *    references (<script src>, <link rel=preload|modulepreload as=script>), raw and
 *    gzip, the JS it runs before it is interactive (its route chunks too: Docusaurus
 *    3.10 lists only runtime~main.js and main.js in the HTML), the main bundle and
 *    the search index.
 * 4. Prints a French table and writes a JSON report (tmp/bench-echelle.json by
 *    default; tmp/ is ignored by git). Nothing is written into the repository
 *    outside that report.
 *
 * Options:
 *   --facteur N        content multiplied by N (integer ≥ 2, default 10)
 *   --garder           keep the temporary copies (and their build logs)
 *   --sans-original    do not build the unmodified copy: only the N× copy is
 *                      measured, the « site réel » column stays empty
 *   --sortie chemin    JSON report (default tmp/bench-echelle.json)
 */
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  closeSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import createJiti from 'jiti';
import { Parser } from 'htmlparser2';
import type { Activite } from '../src/domain/activite';
import { activityFiles, registryProblems } from '../src/build/activites/activites';
import {
  activitesDeLecon,
  categorieJson,
  categoriesTropGrandes,
  clonerActivite,
  clonerLecon,
  elementsParCategorie,
  listerDocs,
  planifier,
  suffixeSerie,
} from '../src/build/mesures/echelle';

const SITE = path.resolve(__dirname, '..');
const BASE_URL = '/moniteur-atelier/';
const LRS_ORIGINS = 'https://lrs.essai.invalid';
/** Top-level entries never copied: outputs, caches, git, local reports. */
const EXCLUS = new Set(['node_modules', 'build', '.docusaurus', '.generated', '.cache-loader', '.git', 'tmp', 'exports', 'coverage']);

/** Representative pages (route without base URL). */
export const PAGES_MESUREES = [
  { cle: 'accueil', titre: 'Accueil', route: '' },
  { cle: 'lecon', titre: 'Leçon (texte)', route: 'cours/introduction/le-metier' },
  { cle: 'lecon-quiz', titre: 'Leçon avec quiz et formules', route: 'cours/bloc-2/indicateurs-production' },
  { cle: 'quiz', titre: 'Quiz et mise en situation', route: 'cours/introduction/s-entrainer-sur-le-cadre' },
  { cle: 'progression', titre: 'Ma progression', route: 'progression' },
] as const;

class ErreurBench extends Error {}

interface Options {
  readonly facteur: number;
  readonly garder: boolean;
  readonly sansOriginal: boolean;
  readonly sortie: string;
}

export function lireOptions(argv: readonly string[]): Options {
  let facteur = 10;
  let sortie = path.join('tmp', 'bench-echelle.json');
  let garder = false;
  let sansOriginal = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    const [nom, valeurJointe] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const valeur = () => {
      const v = valeurJointe ?? argv[++i];
      if (v === undefined || v.startsWith('--')) throw new ErreurBench(`l'option ${nom} attend une valeur (par exemple ${nom} 10).`);
      return v;
    };
    if (nom === '--facteur') {
      const v = valeur();
      facteur = Number(v);
      if (!Number.isInteger(facteur) || facteur < 2) {
        throw new ErreurBench(`--facteur « ${v} » : donnez un nombre entier d'au moins 2 (10 par défaut : dix fois le contenu).`);
      }
    } else if (nom === '--sortie') sortie = valeur();
    else if (nom === '--garder') garder = true;
    else if (nom === '--sans-original') sansOriginal = true;
    else {
      throw new ErreurBench(
        `option inconnue « ${arg} ». Options : --facteur N, --garder, --sans-original, --sortie chemin (voir l'en-tête de scripts/bench-scale.ts).`,
      );
    }
  }
  return { facteur, garder, sansOriginal, sortie };
}

/** The site without outputs nor dependencies; node_modules/ linked entry by entry, .cache excepted. */
export function copierSite(destination: string): void {
  cpSync(SITE, destination, {
    recursive: true,
    filter: (source) => {
      const relatif = path.relative(SITE, source);
      return relatif === '' || !EXCLUS.has(relatif.split(path.sep)[0]!);
    },
  });
  const modules = realpathSync(path.join(SITE, 'node_modules'));
  mkdirSync(path.join(destination, 'node_modules'));
  for (const entree of readdirSync(modules)) {
    if (entree === '.cache') continue;
    symlinkSync(path.join(modules, entree), path.join(destination, 'node_modules', entree));
  }
}

interface Generation {
  readonly leconsReelles: number;
  readonly leconsSynthetiques: number;
  readonly activitesReelles: number;
  readonly activitesSynthetiques: number;
  readonly sousCategories: number;
  readonly maxElementsParCategorie: number;
  readonly octetsMdxSynthetiques: number;
}

/** Writes the N× content into the copy and checks it as the build will. */
export function genererContenu(copie: string, facteur: number): Generation {
  const docs = listerDocs(copie);
  const plan = planifier(facteur, docs);
  const fichiersActivites = activityFiles(copie);
  const clones = new Map<string, { source: string; id: string; nouvelId: string; serie: number }>();
  let octetsMdx = 0;
  for (const page of plan.pages) {
    const texte = readFileSync(path.join(copie, page.source), 'utf8');
    const suffixe = suffixeSerie(page.serie, facteur);
    const activites = new Map<string, string>();
    for (const id of activitesDeLecon(texte)) {
      const fichier = fichiersActivites.get(id);
      if (!fichier) continue; // an imported H5P package: embedded as it is
      const nouvelId = `${id}-${suffixe}`;
      activites.set(id, nouvelId);
      clones.set(nouvelId, { source: fichier, id, nouvelId, serie: page.serie });
    }
    const clone = clonerLecon(texte, { serie: page.serie, suffixe, source: page.source, cible: page.cible, activites });
    mkdirSync(path.dirname(path.join(copie, page.cible)), { recursive: true });
    writeFileSync(path.join(copie, page.cible), clone);
    octetsMdx += Buffer.byteLength(clone);
  }
  for (const categorie of plan.categories) {
    mkdirSync(path.join(copie, categorie.dossier), { recursive: true });
    writeFileSync(path.join(copie, categorie.dossier, '_category_.json'), categorieJson(categorie));
  }
  const imports: string[] = [];
  const noms: string[] = [];
  for (const clone of clones.values()) {
    const [, dossier, nom] = /^quizzes[\\/](.+)[\\/][^\\/]+\.(quiz|cas)\.ts$/.exec(clone.source) ?? [];
    const genre = /\.cas\.ts$/.test(clone.source) ? 'cas' : 'quiz';
    if (!dossier || !nom) throw new ErreurBench(`${clone.source} : fichier d'activité hors de quizzes/<dossier>/, impossible de le cloner.`);
    const relatif = `${dossier.split(path.sep).join('/')}/${clone.nouvelId}.${genre}`;
    const texte = clonerActivite(readFileSync(path.join(copie, clone.source), 'utf8'), clone.id, clone.nouvelId, clone.serie);
    mkdirSync(path.dirname(path.join(copie, 'quizzes', 'synthese', relatif)), { recursive: true });
    writeFileSync(path.join(copie, 'quizzes', 'synthese', `${relatif}.ts`), texte);
    const local = `a${noms.length}`;
    imports.push(`import ${local} from './${relatif}';`);
    noms.push(local);
  }
  writeFileSync(
    path.join(copie, 'quizzes', 'synthese', 'index.ts'),
    [
      '/** Activités synthétiques du banc d’essai d’échelle (copies des vraies, nouveaux identifiants). */',
      "import type { Activite } from '@site/src/domain/activite';",
      ...imports,
      '',
      `export const SYNTHESE: readonly Activite[] = [${noms.join(', ')}];`,
      '',
    ].join('\n'),
  );
  const registre = path.join(copie, 'quizzes', 'index.ts');
  const texteRegistre = readFileSync(registre, 'utf8');
  const liste = /(export const ACTIVITES: readonly Activite\[\] = \[)([^\]]*)(\];)/;
  if (!liste.test(texteRegistre)) {
    throw new ErreurBench(
      'quizzes/index.ts n’a plus la forme attendue (« export const ACTIVITES: readonly Activite[] = [ … ]; ») : ' +
        'adaptez genererContenu dans scripts/bench-scale.ts.',
    );
  }
  const avecListe = texteRegistre.replace(liste, (_m, debut: string, corps: string, fin: string) => `${debut}${corps}, ...SYNTHESE${fin}`);
  const lignesImport = [...avecListe.matchAll(/^import .*;$/gm)];
  const apres = lignesImport.length > 0 ? lignesImport[lignesImport.length - 1]!.index! + lignesImport[lignesImport.length - 1]![0].length : 0;
  writeFileSync(registre, `${avecListe.slice(0, apres)}\nimport { SYNTHESE } from './synthese';${avecListe.slice(apres)}`);

  // Same checks as the build (src/build/activites/activites.ts), before spending minutes on it.
  const jiti = createJiti(__filename, { interopDefault: true, requireCache: false, cache: false });
  const { ACTIVITES } = jiti(registre) as { ACTIVITES: readonly Activite[] };
  const problemes = registryProblems(copie, ACTIVITES);
  if (problemes.length > 0) {
    throw new ErreurBench(
      `les activités générées ne passent pas la validation (${problemes.length} problème(s)), par exemple :\n` +
        problemes.slice(0, 10).map((p) => `  - ${p}`).join('\n'),
    );
  }
  const docsEchelle = listerDocs(copie);
  const tropGrandes = categoriesTropGrandes(docsEchelle);
  if (tropGrandes.length > 0) throw new ErreurBench(`menu trop chargé dans la copie :\n${tropGrandes.map((l) => `  - ${l}`).join('\n')}`);
  return {
    leconsReelles: plan.pages.length / (facteur - 1),
    leconsSynthetiques: plan.pages.length,
    activitesReelles: ACTIVITES.length - clones.size,
    activitesSynthetiques: clones.size,
    sousCategories: plan.categories.length,
    maxElementsParCategorie: Math.max(...elementsParCategorie(docsEchelle).values()),
    octetsMdxSynthetiques: octetsMdx,
  };
}

let enCours: ReturnType<typeof spawn> | null = null;

/** `npx docusaurus build` in a copy; wall-clock seconds. Output goes to construction.log in the copy. */
async function construire(copie: string, etiquette: string): Promise<number> {
  const journal = path.join(copie, 'construction.log');
  const fd = openSync(journal, 'w');
  const t0 = performance.now();
  const code = await new Promise<number | null>((resolve, reject) => {
    const enfant = spawn('npx', ['docusaurus', 'build', '--out-dir', 'build'], {
      cwd: copie,
      env: { ...process.env, BASE_URL, LRS_ORIGINS },
      stdio: ['ignore', fd, fd],
      detached: true,
    });
    enCours = enfant;
    enfant.on('error', (e) => reject(new ErreurBench(`impossible de lancer npx docusaurus build (${e.message}).`)));
    enfant.on('exit', (c) => resolve(c));
  });
  enCours = null;
  closeSync(fd);
  const secondes = (performance.now() - t0) / 1000;
  if (code !== 0 || !existsSync(path.join(copie, 'build', 'index.html'))) {
    const fin = readFileSync(journal, 'utf8').trimEnd().split('\n').slice(-40).join('\n');
    throw new ErreurBench(
      `la construction de la copie « ${etiquette} » a échoué (code ${code}) après ${secondes.toFixed(0)} s. ` +
        `Fin du journal (${journal}) :\n${fin}`,
    );
  }
  return secondes;
}

interface Taille {
  readonly fichiers: number;
  readonly brut: number;
  readonly gzip: number;
}

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

interface Route {
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

interface Mesures {
  readonly secondes: number;
  readonly pages: number;
  readonly fichiersHtml: number;
  readonly secondesPour100Pages: number;
  readonly paquetPrincipal: Taille;
  readonly indexRecherche: Taille;
  readonly jsTotal: Taille;
  readonly octetsConstruction: number;
  /** JS referenced by each page's HTML (<script src>, preload links). */
  readonly parPage: Record<string, Taille & { scripts: string[] }>;
  /** JS run by each page before it is interactive (entry + chunks of its routes). */
  readonly hydratation: Record<string, Taille & { scripts: string[] }>;
}

export function mesurer(copie: string, secondes: number): Mesures {
  const build = path.join(copie, 'build');
  const tous = fichiersDe(build);
  const html = tous.filter((f) => f.endsWith('.html'));
  // A page of the site is an HTML file rendered by Docusaurus (not an iframe or a SCORM file copied as is).
  const pages = html.filter((f) => /<div id=("|')?__docusaurus\1[\s>]/.test(readFileSync(f, 'utf8'))).length;
  const js = path.join(build, 'assets', 'js');
  const principal = readdirSync(js).filter((f) => /^main\.[0-9a-f]+\.js$/.test(f));
  if (principal.length !== 1) throw new ErreurBench(`paquet principal introuvable ou en double dans ${js} (${principal.join(', ') || 'aucun'}).`);
  const recherche = readdirSync(build).filter((f) => /^search-index.*\.json$/.test(f));
  if (recherche.length === 0) throw new ErreurBench(`index de recherche (search-index*.json) introuvable dans ${build}.`);
  return {
    secondes,
    pages,
    fichiersHtml: html.length,
    secondesPour100Pages: (secondes / pages) * 100,
    paquetPrincipal: taille(principal.map((f) => path.join(js, f))),
    indexRecherche: taille(recherche.map((f) => path.join(build, f))),
    jsTotal: taille(tous.filter((f) => f.startsWith(js + path.sep) && f.endsWith('.js'))),
    octetsConstruction: tous.reduce((s, f) => s + statSync(f).size, 0),
    parPage: Object.fromEntries(PAGES_MESUREES.map((p) => [p.cle, jsDePage(build, p.route)])),
    hydratation: Object.fromEntries(PAGES_MESUREES.map((p) => [p.cle, jsHydratation(copie, p.route)])),
  };
}

const nombre = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
const kio = (octets: number) => `${nombre.format(octets / 1024)} Kio`;
const tailleTexte = (t: Taille | undefined) => (t ? `${kio(t.brut)} / ${kio(t.gzip)}` : '—');
const evolution = (avant: number | undefined, apres: number) => {
  if (avant === undefined || avant === 0) return '—';
  const ecart = ((apres - avant) / avant) * 100;
  return `${ecart >= 0 ? '+' : ''}${nombre.format(ecart)} %`;
};

function tableau(facteur: number, generation: Generation, original: Mesures | null, echelle: Mesures): string {
  const o = original ?? undefined;
  const lignes: string[][] = [
    [
      'Leçons des blocs',
      String(generation.leconsReelles),
      String(generation.leconsReelles + generation.leconsSynthetiques),
      evolution(generation.leconsReelles, generation.leconsReelles + generation.leconsSynthetiques),
    ],
    [
      'Activités',
      String(generation.activitesReelles),
      String(generation.activitesReelles + generation.activitesSynthetiques),
      evolution(generation.activitesReelles, generation.activitesReelles + generation.activitesSynthetiques),
    ],
    ['Pages HTML', o ? String(o.pages) : '—', String(echelle.pages), evolution(o?.pages, echelle.pages)],
    ['Construction (s)', o ? nombre.format(o.secondes) : '—', nombre.format(echelle.secondes), evolution(o?.secondes, echelle.secondes)],
    [
      'Secondes pour 100 pages',
      o ? nombre.format(o.secondesPour100Pages) : '—',
      nombre.format(echelle.secondesPour100Pages),
      evolution(o?.secondesPour100Pages, echelle.secondesPour100Pages),
    ],
    ['Paquet principal main.js (brut / gzip)', tailleTexte(o?.paquetPrincipal), tailleTexte(echelle.paquetPrincipal), evolution(o?.paquetPrincipal.gzip, echelle.paquetPrincipal.gzip)],
    ['Index de recherche (brut / gzip)', tailleTexte(o?.indexRecherche), tailleTexte(echelle.indexRecherche), evolution(o?.indexRecherche.gzip, echelle.indexRecherche.gzip)],
    ['Tout le JS de assets/js (brut / gzip)', tailleTexte(o?.jsTotal), tailleTexte(echelle.jsTotal), evolution(o?.jsTotal.gzip, echelle.jsTotal.gzip)],
    ['Dossier build/', o ? kio(o.octetsConstruction) : '—', kio(echelle.octetsConstruction), evolution(o?.octetsConstruction, echelle.octetsConstruction)],
    ...PAGES_MESUREES.map((p) => {
      const avant = o?.parPage[p.cle];
      const apres = echelle.parPage[p.cle]!;
      return [
        `JS cité par le HTML de « ${p.titre} » (brut / gzip, fichiers)`,
        avant ? `${tailleTexte(avant)}, ${avant.fichiers}` : '—',
        `${tailleTexte(apres)}, ${apres.fichiers}`,
        evolution(avant?.gzip, apres.gzip),
      ];
    }),
    ...PAGES_MESUREES.map((p) => {
      const avant = o?.hydratation[p.cle];
      const apres = echelle.hydratation[p.cle]!;
      return [
        `JS exécuté avant l'interaction, « ${p.titre} » (brut / gzip, fichiers)`,
        avant ? `${tailleTexte(avant)}, ${avant.fichiers}` : '—',
        `${tailleTexte(apres)}, ${apres.fichiers}`,
        evolution(avant?.gzip, apres.gzip),
      ];
    }),
  ];
  const entete = ['Mesure', 'Site réel', `×${facteur}`, 'Évolution'];
  return [entete, entete.map(() => '---'), ...lignes].map((l) => `| ${l.join(' | ')} |`).join('\n');
}

async function main(): Promise<void> {
  const options = lireOptions(process.argv.slice(2));
  if (!existsSync(path.join(SITE, 'node_modules', '@docusaurus', 'core'))) {
    throw new ErreurBench('node_modules/ est absent ou incomplet : lancez d’abord « npm ci ».');
  }
  const racine = mkdtempSync(path.join(os.tmpdir(), 'moniteur-echelle-'));
  let fini = false;
  const nettoyer = () => {
    if (fini) return;
    fini = true;
    if (options.garder) console.log(`Copies gardées (--garder) : ${racine}`);
    else rmSync(racine, { recursive: true, force: true });
  };
  const interrompre = (signal: NodeJS.Signals) => {
    if (enCours?.pid) {
      try {
        process.kill(-enCours.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    console.error(`\nInterrompu (${signal}).`);
    nettoyer();
    process.exit(130);
  };
  process.on('SIGINT', interrompre);
  process.on('SIGTERM', interrompre);
  try {
    const copieOriginal = path.join(racine, 'original');
    const copieEchelle = path.join(racine, `x${options.facteur}`);
    console.log(`Copies du site dans ${racine}`);
    if (!options.sansOriginal) copierSite(copieOriginal);
    copierSite(copieEchelle);
    console.log(`Génération de ${options.facteur} fois le contenu…`);
    const generation = genererContenu(copieEchelle, options.facteur);
    console.log(
      `  ${generation.leconsSynthetiques} leçons et ${generation.activitesSynthetiques} activités ajoutées, ` +
        `${generation.sousCategories} sous-catégories, ${generation.maxElementsParCategorie} éléments au plus par catégorie ; ` +
        'activités validées comme à la construction.',
    );
    let original: Mesures | null = null;
    if (!options.sansOriginal) {
      console.log('Construction de la copie du site réel…');
      original = mesurer(copieOriginal, await construire(copieOriginal, 'site réel'));
      console.log(`  ${nombre.format(original.secondes)} s, ${original.pages} pages`);
    }
    console.log(`Construction de la copie ×${options.facteur}…`);
    const echelle = mesurer(copieEchelle, await construire(copieEchelle, `×${options.facteur}`));
    console.log(`  ${nombre.format(echelle.secondes)} s, ${echelle.pages} pages\n`);
    console.log(
      `Passage à l'échelle ×${options.facteur} — ${os.cpus().length} cœurs, Node ${process.version}, ` +
        `BASE_URL=${BASE_URL}, gzip niveau 6 (zlib par défaut)\n`,
    );
    console.log(tableau(options.facteur, generation, original, echelle));
    const sortie = path.resolve(SITE, options.sortie);
    mkdirSync(path.dirname(sortie), { recursive: true });
    writeFileSync(
      sortie,
      `${JSON.stringify(
        {
          date: new Date().toISOString(),
          machine: { coeurs: os.cpus().length, memoireOctets: os.totalmem(), node: process.version, plateforme: `${os.platform()} ${os.release()}` },
          facteur: options.facteur,
          baseUrl: BASE_URL,
          generation,
          original,
          echelle,
        },
        null,
        2,
      )}\n`,
    );
    console.log(`\nRapport JSON : ${path.relative(SITE, sortie) || sortie}`);
  } finally {
    nettoyer();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    // Our messages (ErreurBench, and those of src/build/mesures/echelle.ts) say what to do: no stack trace.
    if (error instanceof Error) console.error(`bench:scale : ${error.message}`);
    else console.error('bench:scale : erreur inattendue :', error);
    process.exit(1);
  });
}
