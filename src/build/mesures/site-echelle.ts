/**
 * The copies of the scale benchmark (`npm run bench:scale`, scripts/bench-scale.ts;
 * what it measures: mesure-echelle.ts; its table: rapport-echelle.ts):
 * - its options (lireOptions) and its error (ErreurBench: a message that says what
 *   to do, printed without a stack trace);
 * - copies the site into a folder without build/, .docusaurus/, .generated/ nor
 *   node_modules/: the copy's node_modules/ is a folder of symbolic links to the
 *   entries of the site's node_modules/, except .cache/, so that the bundler's
 *   persistent cache stays in the copy, cold as on a fresh clone;
 * - writes N times the content into a copy (the plan and the clones of echelle.ts),
 *   registers the cloned activities in quizzes/index.ts and checks the copy's
 *   registry with the same validation as the build;
 * - builds a copy with `npx docusaurus build` (BASE_URL=/moniteur-atelier/,
 *   LRS_ORIGINS=https://lrs.essai.invalid, as `npm test`), timed.
 */
import { spawn } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Activite } from '../../domain/activite';
import { activityFiles, registryProblems } from '../activites/activites';
import * as echelle from './echelle';
import { chargeurTs } from '../charger-ts';
import { CHEMINS } from '../chemins';

export const BASE_URL = '/moniteur-atelier/';
const LRS_ORIGINS = 'https://lrs.essai.invalid';
/** Top-level entries never copied: outputs, caches, git, local reports. */
const EXCLUS = new Set(['node_modules', 'build', '.docusaurus', '.generated', '.cache-loader', '.git', 'tmp', 'exports', 'coverage']);

/** An error of the benchmark: its message says what to do. */
export class ErreurBench extends Error {}

export interface OptionsEchelle {
  readonly facteur: number;
  readonly garder: boolean;
  readonly sansOriginal: boolean;
  readonly sortie: string;
}

/** The command-line options (`--facteur N`, `--garder`, `--sans-original`, `--sortie chemin`; `--nom=valeur` too). */
export function lireOptions(argv: readonly string[]): OptionsEchelle {
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

/** The site's dependencies are installed (the copies link to them). */
export function verifierInstallation(site: string): void {
  if (!existsSync(path.join(site, 'node_modules', '@docusaurus', 'core'))) {
    throw new ErreurBench('node_modules/ est absent ou incomplet : lancez d’abord « npm ci ».');
  }
}

/** The site without outputs nor dependencies; node_modules/ linked entry by entry, .cache excepted. */
export function copierSite(site: string, destination: string): void {
  cpSync(site, destination, {
    recursive: true,
    filter: (source) => {
      const relatif = path.relative(site, source);
      return relatif === '' || !EXCLUS.has(relatif.split(path.sep)[0]!);
    },
  });
  lierModules(site, destination);
}

/**
 * Gives `destination` a node_modules/ of symbolic links to the entries of `site`'s, except
 * .cache/: the bundler's persistent cache stays in the copy, cold as on a fresh clone.
 */
export function lierModules(site: string, destination: string): void {
  const modules = realpathSync(path.join(site, 'node_modules'));
  mkdirSync(path.join(destination, 'node_modules'));
  for (const entree of readdirSync(modules)) {
    if (entree === '.cache') continue;
    symlinkSync(path.join(modules, entree), path.join(destination, 'node_modules', entree));
  }
}

export interface Generation {
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
  const docs = echelle.listerDocs(copie);
  const plan = echelle.planifier(facteur, docs);
  const fichiersActivites = activityFiles(copie);
  const clones = new Map<string, { source: string; id: string; nouvelId: string; serie: number }>();
  let octetsMdx = 0;
  for (const page of plan.pages) {
    const texte = readFileSync(path.join(copie, page.source), 'utf8');
    const suffixe = echelle.suffixeSerie(page.serie, facteur);
    const activites = new Map<string, string>();
    for (const id of echelle.activitesDeLecon(texte)) {
      const fichier = fichiersActivites.get(id);
      if (!fichier) continue; // an imported H5P package: embedded as it is
      const nouvelId = `${id}-${suffixe}`;
      activites.set(id, nouvelId);
      clones.set(nouvelId, { source: fichier, id, nouvelId, serie: page.serie });
    }
    const clone = echelle.clonerLecon(texte, { serie: page.serie, suffixe, source: page.source, cible: page.cible, activites });
    mkdirSync(path.dirname(path.join(copie, page.cible)), { recursive: true });
    writeFileSync(path.join(copie, page.cible), clone);
    octetsMdx += Buffer.byteLength(clone);
  }
  for (const categorie of plan.categories) {
    mkdirSync(path.join(copie, categorie.dossier), { recursive: true });
    writeFileSync(path.join(copie, categorie.dossier, '_category_.json'), echelle.categorieJson(categorie));
  }
  const imports: string[] = [];
  const noms: string[] = [];
  for (const clone of clones.values()) {
    const [, dossier, nom] = /^quizzes[\\/](.+)[\\/][^\\/]+\.(quiz|cas)\.ts$/.exec(clone.source) ?? [];
    const genre = /\.cas\.ts$/.test(clone.source) ? 'cas' : 'quiz';
    if (!dossier || !nom) throw new ErreurBench(`${clone.source} : fichier d'activité hors de quizzes/<dossier>/, impossible de le cloner.`);
    const relatif = `${dossier.split(path.sep).join('/')}/${clone.nouvelId}.${genre}`;
    const texte = echelle.clonerActivite(readFileSync(path.join(copie, clone.source), 'utf8'), clone.id, clone.nouvelId, clone.serie);
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
        'adaptez genererContenu dans src/build/mesures/site-echelle.ts.',
    );
  }
  const avecListe = texteRegistre.replace(liste, (_m, debut: string, corps: string, fin: string) => `${debut}${corps}, ...SYNTHESE${fin}`);
  const lignesImport = [...avecListe.matchAll(/^import .*;$/gm)];
  const apres = lignesImport.length > 0 ? lignesImport[lignesImport.length - 1]!.index! + lignesImport[lignesImport.length - 1]![0].length : 0;
  writeFileSync(registre, `${avecListe.slice(0, apres)}\nimport { SYNTHESE } from './synthese';${avecListe.slice(apres)}`);

  // Same checks as the build (src/build/activites/activites.ts), before spending minutes on it.
  const { ACTIVITES } = chargeurTs(__filename, false, CHEMINS.codeDesRegistres.map((d) => path.join(copie, d)))(registre) as { ACTIVITES: readonly Activite[] };
  const problemes = registryProblems(copie, ACTIVITES);
  if (problemes.length > 0) {
    throw new ErreurBench(
      `les activités générées ne passent pas la validation (${problemes.length} problème(s)), par exemple :\n` +
        problemes.slice(0, 10).map((p) => `  - ${p}`).join('\n'),
    );
  }
  const docsEchelle = echelle.listerDocs(copie);
  const tropGrandes = echelle.categoriesTropGrandes(docsEchelle);
  if (tropGrandes.length > 0) throw new ErreurBench(`menu trop chargé dans la copie :\n${tropGrandes.map((l) => `  - ${l}`).join('\n')}`);
  return {
    leconsReelles: plan.pages.length / (facteur - 1),
    leconsSynthetiques: plan.pages.length,
    activitesReelles: ACTIVITES.length - clones.size,
    activitesSynthetiques: clones.size,
    sousCategories: plan.categories.length,
    maxElementsParCategorie: Math.max(...echelle.elementsParCategorie(docsEchelle).values()),
    octetsMdxSynthetiques: octetsMdx,
  };
}

/** The build under way (its own process group), stopped by arreterConstruction. */
let enCours: ReturnType<typeof spawn> | null = null;

/** The build's log in a copy (src/build/mesures/etapes-construction.ts reads its steps). */
export const JOURNAL_CONSTRUCTION = 'construction.log';

/**
 * `npx docusaurus build` in a copy; wall-clock seconds. Output goes to construction.log in
 * the copy, with Docusaurus's timings of each phase (DOCUSAURUS_PERF_LOGGER).
 */
export async function construire(copie: string, etiquette: string): Promise<number> {
  const journal = path.join(copie, JOURNAL_CONSTRUCTION);
  const fd = openSync(journal, 'w');
  const t0 = performance.now();
  const code = await new Promise<number | null>((resolve, reject) => {
    const enfant = spawn('npx', ['docusaurus', 'build', '--out-dir', 'build'], {
      cwd: copie,
      env: { ...process.env, BASE_URL, LRS_ORIGINS, DOCUSAURUS_PERF_LOGGER: 'true' },
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

/** Stops the build under way, if any, with its children (on Ctrl-C). */
export function arreterConstruction(): void {
  if (!enCours?.pid) return;
  try {
    process.kill(-enCours.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}
