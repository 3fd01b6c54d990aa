#!/usr/bin/env node
/**
 * `npm run bench:site`: measured quality of the built site (a benchmark, not a test).
 *
 * Builds the site once under BASE_URL (default /moniteur-atelier/; `--no-build`
 * reuses build/), serves it as GitHub Pages does (gzip, `Cache-Control:
 * max-age=600`: a stylesheet that React re-inserts is not downloaded twice), and runs
 * Lighthouse (default config: mobile, simulated throttling) several times on a
 * few representative pages in Debian's Chromium (never a downloaded browser).
 * Prints the medians — category scores, LCP, TBT, CLS, compressed JS and CSS
 * bytes, H5P bytes loaded before any interaction — as a Markdown table, checks
 * them against the targets of the issue « Qualité mesurée », and writes a JSON
 * report (tmp/bench-site.json by default).
 *
 * Options:
 *   --no-build          reuse build/ as it is
 *   --dir=path          measure the site built in that folder instead (implies --no-build;
 *                       for a before/after comparison)
 *   --runs=N            Lighthouse runs per page (default 5; the median is reported)
 *   --pages=a,b         only these pages (keys: see PAGES below)
 *   --out=path          JSON report (default tmp/bench-site.json)
 *   --details           also print the scripts each page loads, their main-thread
 *                       cost and the failed audits
 *   --lhr=dir           keep every Lighthouse report (JSON) in that folder
 *   --strict            exit code 1 when a target is missed (default: always 0)
 *   --temoin            also build a stock Docusaurus site with the text of our lessons
 *                       (scripts/temoin.ts, in tmp/temoin) and measure the same lesson
 *                       pages on it, run for run alternating with ours: each page's TBT and
 *                       JS are then given as a ratio to the stock site's, and TBT ≤ 35 % of
 *                       it becomes a target
 *
 * Lighthouse is a devDependency, resolved normally. To use another copy (for
 * instance one installed outside the project with `npm install --prefix`), set
 * LIGHTHOUSE_MODULE to its entry file, e.g.
 *   LIGHTHOUSE_MODULE=/chemin/node_modules/lighthouse/core/index.js npm run bench:site
 * chrome-launcher is resolved next to that Lighthouse.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CHROMIUM_ARGS, ensureChromium } from './chromium.mjs';
import { startServer } from './serve-build.mjs';

const KIB = 1024;

/**
 * The pages measured. `type` selects the targets (targetsFor): performance ≥ 95 for
 * lessons, ≥ 90 for every other page; JS ≤ 150 KiB gz on every page (issue
 * « Performance sur un téléphone lent »). The first six are the historical set
 * (`--pages=` picks some); the others cover a lesson of each bloc, the glossary (its
 * text is in the page's JS), a bloc page and the two exam-like pages.
 */
export const PAGES = [
  { key: 'lecon', temoin: true, type: 'lecon', chemin: 'cours/introduction/le-metier', titre: 'Leçon (texte)' },
  { key: 'lecon-quiz', temoin: true, type: 'lecon', chemin: 'cours/bloc-2/indicateurs-production', titre: 'Leçon avec quiz et formules' },
  { key: 'quiz', temoin: true, type: 'quiz', chemin: 'cours/introduction/s-entrainer-sur-le-cadre', titre: 'Quiz et mise en situation' },
  { key: 'h5p', temoin: true, type: 'h5p', chemin: 'cours/introduction/activites-h5p', titre: 'Activité H5P' },
  { key: 'accueil', type: 'autre', chemin: '', titre: 'Accueil' },
  { key: 'progression', type: 'autre', chemin: 'progression', titre: 'Ma progression' },
  { key: 'lecon-bloc-1', temoin: true, type: 'lecon', chemin: 'cours/bloc-1/accueillir', titre: 'Leçon du bloc 1' },
  { key: 'lecon-bloc-3', temoin: true, type: 'lecon', chemin: 'cours/bloc-3/animer-sequences', titre: 'Leçon du bloc 3' },
  { key: 'glossaire', type: 'lecon', chemin: 'cours/ressources/glossaire', titre: 'Glossaire' },
  { key: 'bloc', type: 'autre', chemin: 'cours/bloc-2', titre: 'Page du bloc 2' },
  { key: 'examen-blanc', type: 'autre', chemin: 'progression/examen-blanc', titre: 'Examen blanc' },
  { key: 'positionnement', type: 'autre', chemin: 'progression/positionnement', titre: 'Positionnement' },
  // Measured as a user flow: the page loaded (as the others), then the import of 200 passports (a timespan).
  { key: 'cohorte', type: 'autre', chemin: 'formateurs/cohorte', titre: 'Cohorte (puis 200 passeports importés)', flux: 'cohorte' },
];

/** The cohort page's import: passports written by scripts/passeports-cohorte.ts. */
export const COHORTE = { passeports: 200, traces: 300, dossier: path.join('tmp', 'bench', 'cohorte') };

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** Targets of the issues « Qualité mesurée » and « Performance sur un téléphone lent ». */
export function targetsFor(type) {
  return [
    { metric: 'performance', label: 'performance', min: type === 'lecon' ? 95 : 90 },
    { metric: 'accessibility', label: 'accessibilité', min: 100 },
    { metric: 'best-practices', label: 'bonnes pratiques', min: 100 },
    { metric: 'seo', label: 'SEO', min: 100 },
    { metric: 'tbt', label: 'TBT (ms)', max: 200 },
    { metric: 'cls', label: 'CLS', max: 0.02 },
    { metric: 'jsKiB', label: 'JS compressé (Kio)', max: 150 },
    { metric: 'h5pBytes', label: 'octets H5P avant interaction', max: 0 },
  ];
}

/** Above this max/min ratio of Lighthouse's benchmarkIndex within one series, timings do not compare. */
export const ECART_INDICE_MAX = 1.3;

/** The spread of the machine's speed (benchmarkIndex of each run) over a series. */
export function dispersion(indices) {
  const valides = indices.filter((v) => Number.isFinite(v) && v > 0);
  if (valides.length === 0) return { min: Number.NaN, max: Number.NaN, mediane: Number.NaN, tropLarge: false };
  const min = Math.min(...valides);
  const max = Math.max(...valides);
  return { min, max, mediane: median(valides), tropLarge: max / min > ECART_INDICE_MAX };
}

export function median(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function parseArgs(argv) {
  const value = (name) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  return {
    // --dir=<dossier>: measure another built site (for a before/after comparison); implies --no-build.
    dir: value('dir') ?? 'build',
    build: !argv.includes('--no-build') && !value('dir'),
    runs: Math.max(1, Number(value('runs') ?? 5)),
    pages: value('pages')?.split(',').filter(Boolean) ?? null,
    out: value('out') ?? path.join('tmp', 'bench-site.json'),
    details: argv.includes('--details'),
    lhrDir: value('lhr') ?? null,
    strict: argv.includes('--strict'),
    temoin: argv.includes('--temoin'),
  };
}

/** Lighthouse and the chrome-launcher next to it (LIGHTHOUSE_MODULE overrides the resolution). */
async function loadLighthouse() {
  const entry = process.env.LIGHTHOUSE_MODULE
    ? path.resolve(process.env.LIGHTHOUSE_MODULE)
    : fileURLToPath(import.meta.resolve('lighthouse'));
  const { default: lighthouse } = await import(pathToFileURL(entry).href);
  const { startFlow } = await import(pathToFileURL(entry).href);
  const launcherEntry = createRequire(entry).resolve('chrome-launcher');
  const chromeLauncher = await import(pathToFileURL(launcherEntry).href);
  // Lighthouse's user flows drive the page with the puppeteer-core it depends on (never a downloaded browser).
  const puppeteer = await import(pathToFileURL(createRequire(entry).resolve('puppeteer-core')).href);
  const version = JSON.parse(readFileSync(path.join(path.dirname(entry), '..', 'package.json'), 'utf8')).version;
  return { lighthouse, startFlow, puppeteer: puppeteer.default ?? puppeteer, chromeLauncher, version, entry };
}

/** What one Lighthouse report says about a page. */
export function summarise(lhr, baseUrl) {
  const items = lhr.audits['network-requests']?.details?.items ?? [];
  const bytes = (type) =>
    items.filter((r) => r.resourceType === type).reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
  const h5pPrefix = `${baseUrl}h5p/`;
  const h5p = items.filter((r) => {
    try {
      return new URL(r.url).pathname.startsWith(h5pPrefix);
    } catch {
      return false;
    }
  });
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? Number.NaN : Math.round(lhr.categories[c].score * 100)]),
  );
  const failed = [];
  for (const c of CATEGORIES) {
    for (const ref of lhr.categories[c]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative') {
        failed.push({ categorie: c, id: ref.id, titre: audit.title, score: audit.score, valeur: audit.displayValue ?? '' });
      }
    }
  }
  return {
    ...scores,
    lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
    fcp: lhr.audits['first-contentful-paint']?.numericValue ?? Number.NaN,
    tbt: lhr.audits['total-blocking-time']?.numericValue ?? Number.NaN,
    cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
    jsBytes: bytes('Script'),
    cssBytes: bytes('Stylesheet'),
    fontBytes: bytes('Font'),
    totalBytes: items.reduce((sum, r) => sum + (r.transferSize ?? 0), 0),
    h5pBytes: h5p.reduce((sum, r) => sum + (r.transferSize ?? 0), 0),
    h5pRequests: h5p.length,
    scripts: items
      .filter((r) => r.resourceType === 'Script')
      .map((r) => ({ url: new URL(r.url).pathname, transferSize: r.transferSize, resourceSize: r.resourceSize })),
    stylesheets: items
      .filter((r) => r.resourceType === 'Stylesheet' || r.resourceType === 'Font')
      .map((r) => ({ url: new URL(r.url).pathname, transferSize: r.transferSize })),
    auditsEchoues: failed,
    // Main-thread time per script (ms, with Lighthouse's CPU slowdown) and long tasks.
    bootup: (lhr.audits['bootup-time']?.details?.items ?? []).map((i) => ({
      url: i.url.startsWith('http') ? new URL(i.url).pathname : i.url,
      total: i.total,
      scripting: i.scripting,
      parse: i.scriptParseCompile,
    })),
    longTasks: (lhr.audits['long-tasks']?.details?.items ?? []).map((i) => ({
      url: i.url.startsWith('http') ? new URL(i.url).pathname : i.url,
      start: i.startTime,
      duration: i.duration,
    })),
    // Lighthouse's measure of this machine's speed at that moment (higher: faster).
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? Number.NaN,
    warnings: lhr.runWarnings ?? [],
  };
}

export function medians(runs) {
  const m = (k) => median(runs.map((r) => r[k]));
  const out = {};
  for (const k of [...CATEGORIES, 'lcp', 'fcp', 'tbt', 'cls', 'jsBytes', 'cssBytes', 'fontBytes', 'totalBytes', 'h5pBytes', 'h5pRequests', 'benchmarkIndex', 'importTbt', 'importMs']) {
    out[k] = m(k);
  }
  out.jsKiB = out.jsBytes / KIB;
  out.cssKiB = out.cssBytes / KIB;
  return out;
}

/** The target against the stock site (issue « Performance sur un téléphone lent »): TBT ≤ 35 % of its. */
export const RATIO_TBT_MAX = 0.35;

export function check(type, med, temoin = null) {
  const cibles = [...targetsFor(type), ...(temoin ? [{ metric: 'tbtRatio', label: 'TBT / témoin', max: RATIO_TBT_MAX }] : [])];
  const valeurs = temoin ? { ...med, tbtRatio: med.tbt / Math.max(temoin.tbt, 1) } : med;
  return cibles.map((t) => {
    const value = valeurs[t.metric];
    const ok = Number.isFinite(value) && (t.min !== undefined ? value >= t.min : value <= t.max);
    return { ...t, value, ok };
  });
}

const fmt = {
  score: (v) => (Number.isFinite(v) ? String(Math.round(v)) : '—'),
  ms: (v) => (Number.isFinite(v) ? `${Math.round(v)}` : '—'),
  s: (v) => (Number.isFinite(v) ? (v / 1000).toFixed(2).replace('.', ',') : '—'),
  cls: (v) => (Number.isFinite(v) ? v.toFixed(3).replace('.', ',') : '—'),
  kib: (v) => (Number.isFinite(v) ? (v / KIB).toFixed(1).replace('.', ',') : '—'),
};

export function markdownTable(results) {
  const head = ['Page', 'Perf.', 'Access.', 'Bonnes prat.', 'SEO', 'LCP (s)', 'TBT (ms)', 'CLS', 'JS (Kio gz)', 'CSS (Kio gz)', 'H5P avant clic (o)', 'Objectifs'];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
  for (const r of results) {
    const m = r.medianes;
    const ko = r.objectifs.filter((o) => !o.ok).map((o) => o.label);
    lines.push(
      `| ${[
        `${r.titre} (\`/${r.chemin}\`)`,
        fmt.score(m.performance),
        fmt.score(m.accessibility),
        fmt.score(m['best-practices']),
        fmt.score(m.seo),
        fmt.s(m.lcp),
        fmt.ms(m.tbt),
        fmt.cls(m.cls),
        fmt.kib(m.jsBytes),
        fmt.kib(m.cssBytes),
        String(Math.round(m.h5pBytes)),
        ko.length === 0 ? 'tous atteints' : `manqués : ${ko.join(', ')}`,
      ].join(' | ')} |`,
    );
  }
  return lines.join('\n');
}

/** Our pages against the stock site's: TBT and JS, and their ratios. */
export function tableauTemoin(results) {
  const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${Math.round((a / b) * 100)} %` : '—');
  const lignes = ['| Page | TBT (ms) | TBT témoin (ms) | TBT / témoin | JS (Kio gz) | JS témoin (Kio gz) | JS / témoin |', '|---|---|---|---|---|---|---|'];
  for (const r of results.filter((x) => x.temoin)) {
    const m = r.medianes;
    const t = r.temoin;
    lignes.push(`| ${r.titre} | ${fmt.ms(m.tbt)} | ${fmt.ms(t.tbt)} | ${ratio(m.tbt, t.tbt)} | ${fmt.kib(m.jsBytes)} | ${fmt.kib(t.jsBytes)} | ${ratio(m.jsBytes, t.jsBytes)} |`);
  }
  return lignes.join('\n');
}

async function runLighthouse({ lighthouse, chromeLauncher }, chromePath, url) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROMIUM_ARGS, logLevel: 'silent' });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      locale: 'fr',
      onlyCategories: CATEGORIES,
    });
    if (!result?.lhr) throw new Error(`Lighthouse n'a rien renvoyé pour ${url}`);
    if (result.lhr.runtimeError) {
      throw new Error(`Lighthouse : ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message} (${url})`);
    }
    return result.lhr;
  } finally {
    await chrome.kill();
  }
}

/**
 * The cohort page as a trainer uses it: loaded (a navigation, same settings as the other pages),
 * then `fichiers` chosen at once (a timespan, until the import's summary is shown).
 * Returns the navigation's report, the timespan's TBT and the import's wall-clock time.
 */
async function runCohorte({ startFlow, puppeteer, chromeLauncher }, chromePath, url, fichiers) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROMIUM_ARGS, logLevel: 'silent' });
  let browser = null;
  try {
    browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}`, defaultViewport: null });
    const page = await browser.newPage();
    const flow = await startFlow(page, { flags: { locale: 'fr', onlyCategories: CATEGORIES, logLevel: 'error' } });
    await flow.navigate(url);
    const input = await page.waitForSelector('input[type="file"]');
    await flow.startTimespan();
    const t0 = Date.now();
    await input.uploadFile(...fichiers);
    await page.waitForFunction((n) => [...document.querySelectorAll('[role="status"]')].some((e) => e.textContent?.includes(`Import terminé : ${n} fichiers lus`)), { timeout: 300_000 }, fichiers.length);
    const importMs = Date.now() - t0;
    await flow.endTimespan();
    const { steps } = await flow.createFlowResult();
    const [navigation, timespan] = steps.map((step) => step.lhr);
    if (navigation.runtimeError) throw new Error(`Lighthouse : ${navigation.runtimeError.code} ${navigation.runtimeError.message} (${url})`);
    return { lhr: navigation, importTbt: timespan.audits['total-blocking-time']?.numericValue ?? Number.NaN, importMs };
  } finally {
    await browser?.disconnect();
    await chrome.kill();
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const baseUrl = `/${String(process.env.BASE_URL ?? '/moniteur-atelier/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const pages = options.pages ? PAGES.filter((p) => options.pages.includes(p.key)) : PAGES;
  if (pages.length === 0) {
    console.error(`Aucune page connue parmi « ${options.pages.join(', ')} ». Pages : ${PAGES.map((p) => p.key).join(', ')}.`);
    process.exit(2);
  }
  const chromePath = ensureChromium();
  const lh = await loadLighthouse();

  let buildSeconds = null;
  if (options.build) {
    console.log(`Construction du site sous ${baseUrl}…`);
    const t0 = Date.now();
    const built = spawnSync('npx', ['docusaurus', 'build', '--out-dir', 'build'], {
      stdio: 'inherit',
      env: { ...process.env, BASE_URL: baseUrl },
    });
    if (built.status !== 0) {
      console.error('La construction a échoué : pas de mesure.');
      process.exit(built.status ?? 1);
    }
    buildSeconds = (Date.now() - t0) / 1000;
  }

  let serveurTemoin = null;
  if (options.temoin) {
    const dossierTemoin = path.join('tmp', 'temoin');
    const fait = spawnSync('npx', ['tsx', 'scripts/temoin.ts', dossierTemoin], { stdio: 'inherit' });
    if (fait.status !== 0) {
      console.error('La construction du site témoin a échoué : pas de mesure.');
      process.exit(fait.status ?? 1);
    }
    serveurTemoin = await startServer({ dir: path.join(dossierTemoin, 'build'), baseUrl, gzip: true, maxAge: 600 });
  }
  let fichiersCohorte = [];
  if (pages.some((p) => p.flux === 'cohorte')) {
    const fait = spawnSync('npx', ['tsx', 'scripts/passeports-cohorte.ts', COHORTE.dossier, String(COHORTE.passeports), String(COHORTE.traces)], { stdio: 'inherit' });
    if (fait.status !== 0) {
      console.error('Les passeports de la cohorte n’ont pas pu être écrits : pas de mesure.');
      process.exit(fait.status ?? 1);
    }
    fichiersCohorte = readdirSync(COHORTE.dossier).filter((f) => /^passeport-.*\.json$/.test(f)).map((f) => path.resolve(COHORTE.dossier, f));
  }
  const server = await startServer({ dir: options.dir, baseUrl, gzip: true, maxAge: 600 });
  console.log(
    `Site servi (gzip, max-age=600) sur ${server.url} ; Lighthouse ${lh.version} (mobile, limitation simulée), ${options.runs} passage(s) par page ; Chromium : ${chromePath}`,
  );
  const results = [];
  try {
    for (const page of pages) {
      const url = `${server.url}${page.chemin}`;
      const runs = [];
      const runsTemoin = [];
      const avecTemoin = serveurTemoin !== null && page.temoin === true;
      for (let i = 0; i < options.runs; i += 1) {
        const cohorte = page.flux === 'cohorte' ? await runCohorte(lh, chromePath, url, fichiersCohorte) : null;
        const lhr = cohorte ? cohorte.lhr : await runLighthouse(lh, chromePath, url);
        if (options.lhrDir) {
          mkdirSync(options.lhrDir, { recursive: true });
          writeFileSync(path.join(options.lhrDir, `${page.key}-${i + 1}.json`), JSON.stringify(lhr));
        }
        const run = { ...summarise(lhr, baseUrl), ...(cohorte ? { importTbt: cohorte.importTbt, importMs: cohorte.importMs } : {}) };
        runs.push(run);
        console.log(
          `  ${page.key} #${i + 1} : perf ${fmt.score(run.performance)}, a11y ${fmt.score(run.accessibility)}, bp ${fmt.score(run['best-practices'])}, seo ${fmt.score(run.seo)}, LCP ${fmt.s(run.lcp)} s, TBT ${fmt.ms(run.tbt)} ms, CLS ${fmt.cls(run.cls)}, JS ${fmt.kib(run.jsBytes)} Kio, indice ${fmt.ms(run.benchmarkIndex)}${cohorte ? ` ; import de ${fichiersCohorte.length} passeports : ${fmt.s(cohorte.importMs)} s, TBT ${fmt.ms(cohorte.importTbt)} ms` : ''}`,
        );
        if (avecTemoin) {
          // The stock site's same page right after ours: both see the machine in the same state.
          const temoin = summarise(await runLighthouse(lh, chromePath, `${serveurTemoin.url}${page.chemin}`), baseUrl);
          runsTemoin.push(temoin);
          console.log(`  ${page.key} #${i + 1} témoin : perf ${fmt.score(temoin.performance)}, TBT ${fmt.ms(temoin.tbt)} ms, JS ${fmt.kib(temoin.jsBytes)} Kio, indice ${fmt.ms(temoin.benchmarkIndex)}`);
        }
      }
      const med = medians(runs);
      const temoin = runsTemoin.length > 0 ? medians(runsTemoin) : null;
      const failedAudits = new Map();
      for (const run of runs) for (const a of run.auditsEchoues) failedAudits.set(a.id, a);
      results.push({
        ...page,
        url,
        medianes: med,
        objectifs: check(page.type, med, temoin),
        temoin,
        passagesTemoin: runsTemoin.map(({ benchmarkIndex, tbt, jsBytes, performance }) => ({ benchmarkIndex, tbt, jsBytes, performance })),
        scripts: runs[0].scripts,
        stylesheets: runs[0].stylesheets,
        bootup: runs[0].bootup,
        longTasks: runs[0].longTasks,
        auditsEchoues: [...failedAudits.values()],
        passages: runs.map(({ scripts, stylesheets, bootup, longTasks, ...rest }) => rest),
      });
    }
  } finally {
    await server.close();
    await serveurTemoin?.close();
  }

  const report = {
    date: new Date().toISOString(),
    lighthouse: lh.version,
    chromium: chromePath,
    baseUrl,
    runs: options.runs,
    buildSeconds,
    machine: { cpus: os.cpus().length, loadavg: os.loadavg().map((l) => Number(l.toFixed(2))) },
    pages: results,
  };
  mkdirSync(path.dirname(path.resolve(options.out)), { recursive: true });
  writeFileSync(options.out, `${JSON.stringify(report, null, 2)}\n`);

  console.log(`\nMédianes sur ${options.runs} passage(s) (Lighthouse ${lh.version}, mobile) :\n`);
  console.log(markdownTable(results));
  for (const r of results.filter((x) => Number.isFinite(x.medianes.importMs))) {
    console.log(
      `\n${r.titre} : import de ${COHORTE.passeports} passeports (≈ ${COHORTE.traces} réponses chacun) choisis d'un coup, ` +
        `jusqu'au bilan affiché : ${fmt.s(r.medianes.importMs)} s, TBT ${fmt.ms(r.medianes.importTbt)} ms (médianes ; intervalle mesuré par Lighthouse, même réglage mobile).`,
    );
  }
  if (results.some((r) => r.temoin)) {
    console.log(`\nContre le Docusaurus d'origine avec le même texte (médianes de la même série ; objectif : TBT ≤ ${Math.round(RATIO_TBT_MAX * 100)} % du témoin) :\n`);
    console.log(tableauTemoin(results));
  }
  if (options.details) {
    for (const r of results) {
      console.log(`\n### ${r.titre} (/${r.chemin})`);
      console.log('Scripts chargés (premier passage) :');
      for (const s of r.scripts) console.log(`  ${fmt.kib(s.transferSize).padStart(7)} Kio gz  ${s.url}`);
      console.log('Temps du fil principal par script (ms, ralenti ×4 ; total / exécution / analyse) :');
      for (const b of r.bootup) console.log(`  ${fmt.ms(b.total).padStart(6)} / ${fmt.ms(b.scripting).padStart(5)} / ${fmt.ms(b.parse).padStart(4)}  ${b.url}`);
      if (r.longTasks.length > 0) {
        console.log('Tâches longues (début ms, durée ms) :');
        for (const t of r.longTasks) console.log(`  ${fmt.ms(t.start).padStart(6)}  ${fmt.ms(t.duration).padStart(5)}  ${t.url}`);
      }
      if (r.auditsEchoues.length > 0) {
        console.log('Audits non réussis :');
        for (const a of r.auditsEchoues) console.log(`  [${a.categorie}] ${a.id} — ${a.titre} ${a.valeur}`);
      }
    }
  }
  const missed = results.flatMap((r) => r.objectifs.filter((o) => !o.ok).map((o) => ({ page: r.key, ...o })));
  console.log(
    missed.length === 0
      ? '\nTous les objectifs sont atteints.'
      : `\nObjectifs manqués (${missed.length}) :\n${missed.map((m) => `  ${m.page} : ${m.label} = ${Number.isFinite(m.value) ? Number(m.value.toFixed(3)) : '—'} (objectif ${m.min !== undefined ? `≥ ${m.min}` : `≤ ${m.max}`})`).join('\n')}`,
  );
  const indices = results.flatMap((r) => [...r.passages, ...r.passagesTemoin].map((p) => p.benchmarkIndex));
  const ecart = dispersion(indices);
  console.log(
    `Rapport : ${options.out} (charge de la machine : ${report.machine.loadavg.join(' / ')} sur ${report.machine.cpus} cœurs ; ` +
      `indice de vitesse Lighthouse : médiane ${fmt.ms(ecart.mediane)}, de ${fmt.ms(ecart.min)} à ${fmt.ms(ecart.max)} sur ${indices.length} passages)`,
  );
  if (ecart.tropLarge) {
    console.log(
      `Attention : l'indice de vitesse a varié de plus de ${Math.round((ECART_INDICE_MAX - 1) * 100)} % pendant la série ` +
        '(machine partagée ou chargée) : ne concluez pas sur le TBT ni la performance, relancez sur une machine au repos.',
    );
  }
  if (options.strict && missed.length > 0) process.exit(1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  await main();
}
