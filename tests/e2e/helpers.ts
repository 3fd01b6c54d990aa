/**
 * Shared helpers for the browser tests: Debian's Chromium through playwright-core,
 * the built site served under its sub-path (E2E_BASE_URL, set by
 * scripts/run-e2e.mjs), and a page "guard" that records every console error,
 * uncaught exception, failed request, HTTP error, third-party request and
 * Content-Security-Policy violation (in every frame: see csp.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Frame, type Locator, type Page } from 'playwright-core';
import { MESSAGE_CSP, abonnerCsp, estSurveille, surveillerCsp } from './csp';

// Launch flags are defined once, in scripts/chromium.mjs, and passed by run-e2e.mjs.
const CHROMIUM_ARGS = JSON.parse(process.env.CHROMIUM_ARGS ?? '[]') as string[];

/**
 * How long a test waits for a state (an element, a navigation, a write) before failing: 90 s,
 * for a shared two-core machine under heavy load (at a load of 20, a lesson with axe or a
 * passport of 20,000 traces takes 20 to 30 s). A test never waits for a duration.
 */
export const DELAI = 90_000;

export const BASE_URL = process.env.E2E_BASE_URL ?? '';
if (!BASE_URL) {
  throw new Error('E2E_BASE_URL manquant : lancez les tests du navigateur avec « npm run test:e2e ».');
}
export const ORIGIN = new URL(BASE_URL).origin;
export const BASE_PATH = new URL(BASE_URL).pathname;

export async function launch(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH;
  if (!executablePath) throw new Error('CHROMIUM_PATH manquant (voir scripts/run-e2e.mjs).');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

export function url(pathname: string): string {
  return new URL(pathname.replace(/^\//, ''), BASE_URL).toString();
}

export interface Guard {
  readonly problems: string[];
  /** Problems as a readable list (empty string when none). */
  report(): string;
}

/**
 * Records what must never happen on our pages. A policy violation can't be
 * allowed (`allowConsole` does not apply to it).
 */
export function guard(page: Page, options: { allowConsole?: RegExp[] } = {}): Guard {
  if (!estSurveille(page.context())) {
    throw new Error('guard() : créez le contexte avec newContext() (helpers.ts) pour que les violations CSP soient relevées.');
  }
  const problems: string[] = [];
  // What the page being left may still report. A request the page started, or a script chunk it
  // was loading, before the test moved on (page.goto, a click on a link, a reload, a navigation
  // within the site) is cancelled by Chromium (net::ERR_ABORTED) when the next page shows — and
  // Chromium may report the cancellation before or after the navigation itself, or start a
  // request of the old page after the next navigation has begun. So each is judged when the
  // report is read: it counts only if no navigation came after it started.
  const enSursis: { readonly texte: string; readonly navigation: number }[] = [];
  let navigations = 0;
  const startedAt = new WeakMap<object, number>();
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations += 1;
  });
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) navigations += 1;
    startedAt.set(request, navigations);
  });
  const allowed = (text: string) => (options.allowConsole ?? []).some((re) => re.test(text));
  // A script chunk the page being left could not finish loading (webpack / Rspack message).
  const chargementAbandonne = (text: string) => /ChunkLoadError|Loading (CSS )?chunk \S+ failed/.test(text);
  abonnerCsp(page, (texte) => problems.push(texte));
  page.on('console', (msg) => {
    // Policy messages come through abonnerCsp (every frame, every message type).
    if (MESSAGE_CSP.test(msg.text())) return;
    if (msg.type() !== 'error' || allowed(msg.text())) return;
    const texte = `console.error sur ${page.url()} : ${msg.text()}`;
    if (chargementAbandonne(msg.text())) enSursis.push({ texte, navigation: navigations });
    else problems.push(texte);
  });
  page.on('pageerror', (error) => {
    const texte = `exception sur ${page.url()} : ${error.message}`;
    if (chargementAbandonne(`${error.name} ${error.message}`)) enSursis.push({ texte, navigation: navigations });
    else problems.push(texte);
  });
  page.on('requestfailed', (request) => {
    const failure = request.failure()?.errorText ?? '';
    const texte = `requête échouée ${request.url()} (${failure})`;
    if (!failure.includes('ERR_ABORTED')) {
      problems.push(texte);
      return;
    }
    // Subresources (fonts, images…) that Chromium cancels on its own (an element removed) are not failures of the site.
    if (['document', 'font', 'image', 'media', 'stylesheet'].includes(request.resourceType())) return;
    enSursis.push({ texte, navigation: startedAt.get(request) ?? navigations });
  });
  page.on('request', (request) => {
    const target = new URL(request.url());
    if (!['http:', 'https:'].includes(target.protocol)) return;
    if (target.origin !== ORIGIN) problems.push(`requête vers un tiers : ${request.url()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} pour ${response.url()}`);
  });
  return {
    problems,
    report: () => [...problems, ...enSursis.filter((e) => e.navigation === navigations).map((e) => e.texte)].join('\n'),
  };
}

/**
 * Waits until the page has nothing left to do for now: its pending tasks run, then the
 * browser calls it back when idle, twice. To check that something does NOT happen (no
 * prefetch, no storage opened) without guessing how long a loaded machine takes.
 */
export async function auRepos(page: Page | Frame): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const w = window as unknown as { requestIdleCallback?: (f: () => void) => void };
        const inactif = (f: () => void) => (w.requestIdleCallback ? w.requestIdleCallback(f) : setTimeout(f, 50));
        inactif(() => inactif(resolve));
      }),
  );
}

/**
 * Polls `condition` (run in the test, it may read the page) every 100 ms until it holds;
 * fails after `timeout` ms with `description`. For states the page does not show (storage
 * written, a request received by a test server…): the deadline is generous, for a loaded machine.
 */
export async function attendreQue(description: string, condition: () => Promise<boolean> | boolean, timeout = DELAI): Promise<void> {
  const fin = Date.now() + timeout;
  while (!(await condition())) {
    if (Date.now() > fin) throw new Error(`${description} : pas constaté après ${timeout / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Waits for `cible` like `locator.waitFor()`; if it never comes, the failure also says what
 * `expliquer()` reads of the page (state of a component, requests, console): for waits seen
 * failing only under load, that could not be reproduced alone.
 */
export async function attendreOuExpliquer(cible: Locator, expliquer: () => Promise<string>): Promise<void> {
  await cible.waitFor().catch(async (e: Error) => {
    throw new Error(`${e.message}\n${await expliquer().catch((raison: Error) => `(état illisible : ${raison.message})`)}`);
  });
}

/**
 * Waits until `cible` has the focus. Our components move the focus in an effect, after the
 * render a test has just waited for: checking at once races with it on a loaded machine.
 */
export async function attendreFocus(cible: Locator, description: string): Promise<void> {
  await attendreQue(`focus sur ${description}`, () => cible.evaluate((el) => el === document.activeElement).catch(() => false));
}

/** Waits until the text of the focused element of `page` matches `attendu` (same reason as attendreFocus). */
export async function attendreFocusTexte(page: Page | Frame, attendu: RegExp): Promise<void> {
  let vu = '';
  try {
    await attendreQue(`focus sur un élément dont le texte suit ${String(attendu)}`, async () => {
      vu = await page.evaluate(() => document.activeElement?.textContent ?? '');
      return attendu.test(vu);
    });
  } catch (erreur) {
    throw new Error(`${(erreur as Error).message} ; il est sur « ${vu.slice(0, 80)} »`, { cause: erreur });
  }
}

/**
 * Scrolls the element of `selecteur` to the middle of the screen, in one step inside the page:
 * an activity (« island », src/components/Activite/Ilot.tsx) may swap its server HTML for the
 * live component at any moment, which detaches what a locator was scrolling.
 */
export async function rapprocher(page: Page, selecteur: string): Promise<void> {
  await page.locator(selecteur).first().waitFor({ state: 'attached' });
  await page.evaluate((s) => document.querySelector(s)?.scrollIntoView({ block: 'center' }), selecteur);
}

/**
 * Brings the activity `id` near the screen and waits until it is live (its code loaded). Before
 * that, a button of the server's HTML pressed before the page's scripts have run does nothing —
 * on a loaded machine, well after « networkidle ».
 */
export async function activiteVivante(page: Page, id: string): Promise<void> {
  await rapprocher(page, `[data-ilot="${id}"]`);
  await page.locator(`[data-ilot="${id}"][data-ilot-actif]`).waitFor({ state: 'attached' });
}

/**
 * Reads the site's IndexedDB store in the page: one key (`cle`) or the keys under a prefix
 * (`prefixe`). Never creates the database nor keeps it open: a database created here before
 * the site opens it (no store yet), or a connection left open, would get in the way of the
 * site's own opening (a page still loading on a busy machine). Nothing stored yet: null / [].
 */
export function lireStockage(page: Page, demande: { cle: string }): Promise<string | null>;
export function lireStockage(page: Page, demande: { prefixe: string }): Promise<string[]>;
export function lireStockage(page: Page, demande: { cle: string } | { prefixe: string }): Promise<string | null | string[]> {
  return page.evaluate(
    (d) =>
      new Promise<string | null | string[]>((resolve, reject) => {
        const rien = 'cle' in d ? null : [];
        const open = indexedDB.open('moniteur-atelier');
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => (open.error?.name === 'AbortError' ? resolve(rien) : reject(open.error));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('kv')) {
            db.close();
            resolve(rien);
            return;
          }
          let req: IDBRequest;
          try {
            const store = db.transaction('kv', 'readonly').objectStore('kv');
            req = 'cle' in d ? store.get(d.cle) : store.getAllKeys();
          } catch (e) {
            // The site is closing or upgrading its connection: reported, never left pending.
            db.close();
            reject(e);
            return;
          }
          req.onsuccess = () => {
            db.close();
            if ('cle' in d) resolve((req.result as string | undefined) ?? null);
            else resolve((req.result as IDBValidKey[]).map(String).filter((k) => k.startsWith(d.prefixe)));
          };
          req.onerror = () => {
            db.close();
            reject(req.error);
          };
        };
      }),
    demande,
  );
}

/** Every page URL of the built sitemap, rewritten to the local server. */
export function sitemapUrls(): string[] {
  const xml = readFileSync(path.join(__dirname, '..', '..', 'build', 'sitemap.xml'), 'utf8');
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  return locs.map((loc) => {
    const { pathname } = new URL(loc);
    return `${ORIGIN}${pathname}`;
  });
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * Runs axe-core in the page and in its frames (the H5P player's iframe is checked
 * as part of the page). axe is injected through the DevTools protocol, not a <script>.
 */
export async function axeViolations(page: Page, label = page.url()): Promise<string[]> {
  const axe = require('axe-core') as { source: string };
  for (const frame of page.frames()) {
    const hasAxe = await frame.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined').catch(() => true);
    if (!hasAxe) await frame.evaluate(axe.source);
  }
  const violations = (await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: unknown[] }> } }).axe
        .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
        .then((r) => r.violations),
    AXE_TAGS,
  )) as AxeViolation[];
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${label} — ${v.id} (${v.impact}) : ${v.help} — ${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, ' ')}` : ''}`),
  );
}

/**
 * A fresh French desktop profile whose policy violations are recorded (csp.ts).
 * The offline service worker is blocked by default (it would download the whole
 * site in the background of every test); tests/e2e/hors-ligne.e2e.ts allows it.
 */
export async function newContext(
  browser: Browser,
  options: { serviceWorkers?: 'allow' | 'block'; viewport?: { width: number; height: number } } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    locale: 'fr-FR',
    viewport: options.viewport ?? { width: 1280, height: 900 },
    serviceWorkers: options.serviceWorkers ?? 'block',
  });
  context.setDefaultTimeout(DELAI);
  await surveillerCsp(context);
  return context;
}

/**
 * A browser on a profile folder of its own (`dossier`), as a learner's: closed then launched
 * again on the same folder, it finds what the site stored (a browser restart). Watched like
 * newContext() (policy violations), with the service worker blocked.
 */
export async function lancerProfil(dossier: string, viewport = { width: 1280, height: 900 }): Promise<BrowserContext> {
  const executablePath = process.env.CHROMIUM_PATH;
  if (!executablePath) throw new Error('CHROMIUM_PATH manquant (voir scripts/run-e2e.mjs).');
  const context = await chromium.launchPersistentContext(dossier, {
    executablePath,
    args: CHROMIUM_ARGS,
    headless: true,
    locale: 'fr-FR',
    viewport,
    serviceWorkers: 'block',
  });
  context.setDefaultTimeout(DELAI);
  await surveillerCsp(context);
  return context;
}

/**
 * One browser for a test file and a fresh French context (newContext, with its
 * options) for each test, opened and closed by jest's hooks: `const session = sessionParTest();`, then
 * `session.browser` and `session.context` inside the tests.
 */
export function sessionParTest(
  options: Parameters<typeof newContext>[1] = {},
): { readonly browser: Browser; readonly context: BrowserContext } {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    context = await newContext(browser!, options);
  });
  afterEach(async () => {
    await context?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('sessionParTest() : le navigateur n’est pas encore lancé (utilisez-le dans un test).');
      return browser;
    },
    get context() {
      if (!context) throw new Error('sessionParTest() : pas de contexte hors d’un test.');
      return context;
    },
  };
}
