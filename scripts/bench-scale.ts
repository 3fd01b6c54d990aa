/**
 * `npm run bench:scale`: how the build and the pages grow when the content grows
 * (a benchmark, not a test: it takes tens of minutes).
 *
 * 1. Copies the site twice into a temporary folder (os.tmpdir()), without its
 *    outputs, caches nor node_modules/ (linked entry by entry, the bundler's cache
 *    stays cold as on a fresh clone): src/build/mesures/site-echelle.ts.
 * 2. Writes N times the content into the second copy (--facteur, 10 by default): the
 *    lessons of the three blocs cloned N − 1 times (src/build/mesures/echelle.ts: one
 *    sub-category per series, no sidebar category above 50 items), and the
 *    activities they embed cloned with new ids and titles, answer keys intact,
 *    registered in quizzes/index.ts and checked as the build checks them.
 * 3. Builds each copy with `npx docusaurus build` (as `npm test`: BASE_URL=/moniteur-atelier/),
 *    timing each build, and measures pages, seconds per 100 pages, the JS of some
 *    representative pages (referenced by the HTML, and run before the page is
 *    interactive), the main bundle, the search index and what a first search downloads:
 *    src/build/mesures/mesure-echelle.ts.
 * 4. Prints a French table (src/build/mesures/rapport-echelle.ts) and writes a JSON
 *    report (tmp/bench-echelle.json by default; tmp/ is ignored by git). Nothing is
 *    written into the repository outside that report.
 *
 * Options:
 *   --facteur N        content multiplied by N (integer ≥ 2, default 10)
 *   --garder           keep the temporary copies (and their build logs)
 *   --sans-original    do not build the unmodified copy: only the N× copy is
 *                      measured, the « site réel » column stays empty
 *   --sortie chemin    JSON report (default tmp/bench-echelle.json)
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { mesurer, type Mesures } from '../src/build/mesures/mesure-echelle';
import { budgetsEchelle, resumeConstruction, resumeGeneration, tableauBudgets, tableauEchelle, tableauEtapes } from '../src/build/mesures/rapport-echelle';
import { arreterConstruction, BASE_URL, construire, copierSite, genererContenu, lireOptions, verifierInstallation } from '../src/build/mesures/site-echelle';

const SITE = path.resolve(__dirname, '..');

async function main(): Promise<void> {
  const options = lireOptions(process.argv.slice(2));
  verifierInstallation(SITE);
  const racine = mkdtempSync(path.join(os.tmpdir(), 'moniteur-echelle-'));
  let fini = false;
  const nettoyer = () => {
    if (fini) return;
    fini = true;
    if (options.garder) console.log(`Copies gardées (--garder) : ${racine}`);
    else rmSync(racine, { recursive: true, force: true });
  };
  const interrompre = (signal: NodeJS.Signals) => {
    arreterConstruction();
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
    if (!options.sansOriginal) copierSite(SITE, copieOriginal);
    copierSite(SITE, copieEchelle);
    console.log(`Génération de ${options.facteur} fois le contenu…`);
    const generation = genererContenu(copieEchelle, options.facteur);
    console.log(resumeGeneration(generation));
    let original: Mesures | null = null;
    if (!options.sansOriginal) {
      console.log('Construction de la copie du site réel…');
      original = await mesurer(copieOriginal, await construire(copieOriginal, 'site réel'));
      console.log(resumeConstruction(original));
    }
    console.log(`Construction de la copie ×${options.facteur}…`);
    const echelle = await mesurer(copieEchelle, await construire(copieEchelle, `×${options.facteur}`));
    console.log(`${resumeConstruction(echelle)}\n`);
    console.log(
      `Passage à l'échelle ×${options.facteur} — ${os.cpus().length} cœurs, Node ${process.version}, ` +
        `BASE_URL=${BASE_URL}, gzip niveau 6 (zlib par défaut)\n`,
    );
    console.log(tableauEchelle(options.facteur, generation, original, echelle));
    const etapes = tableauEtapes(options.facteur, original, echelle);
    if (etapes) console.log(`\nOù passe le temps de la construction\n\n${etapes}`);
    const budgets = budgetsEchelle(options.facteur, original, echelle);
    console.log(`\nBudgets de croissance (issue 22)\n\n${tableauBudgets(budgets)}`);
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
          budgets,
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
    // Our messages (ErreurBench, and those of src/build/mesures/*echelle.ts) say what to do: no stack trace.
    if (error instanceof Error) console.error(`bench:scale : ${error.message}`);
    else console.error('bench:scale : erreur inattendue :', error);
    process.exit(1);
  });
}
