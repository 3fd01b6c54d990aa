/**
 * The built site under its sub-path: every page of the sitemap loads with zero
 * console errors, zero failed requests, no 404 asset and no third-party request;
 * math renders as MathML (nothing to download); the offline search finds French words.
 */
import type { Browser, Page, Response } from 'playwright-core';
import { BASE_PATH, DELAI, attendreOuExpliquer, attendreQue, auRepos, axeViolations, guard, launch, newContext, rapprocher, sitemapUrls, url } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function openPage(): Promise<Page> {
  const context = await newContext(browser);
  return context.newPage();
}

/** A page of the site, loaded, with its guard (console, requests, CSP). */
async function ouvrir(chemin: string) {
  const page = await openPage();
  const g = guard(page);
  await page.goto(url(chemin), { waitUntil: 'networkidle' });
  return { page, g };
}

test('the sitemap lists the pages of the site, all under the sub-path', () => {
  const urls = sitemapUrls();
  expect(urls.length).toBeGreaterThanOrEqual(10);
  for (const u of urls) expect(new URL(u).pathname.startsWith(BASE_PATH)).toBe(true);
  const paths = urls.map((u) => new URL(u).pathname);
  expect(paths).toEqual(expect.arrayContaining([`${BASE_PATH}`, `${BASE_PATH}cours/referentiel`, `${BASE_PATH}cours/bloc-1`]));
});

interface Walk {
  readonly problems: string;
  readonly titles: string[];
  readonly violations: string[];
  /** H5P files requested while visiting (none expected: the player loads on click). */
  readonly h5p: string[];
}
let walk: Promise<Walk> | null = null;
/** The walk visits every page with axe: a few minutes on a busy two-core machine (8 min at a load of 20). */
const WALK_TIMEOUT = 1_200_000;

/** One walk over the whole sitemap, shared by the checks below. */
function walkSitemap(): Promise<Walk> {
  walk ??= (async () => {
    const page = await openPage();
    const g = guard(page);
    const titles: string[] = [];
    const violations: string[] = [];
    const h5p: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith(`${BASE_PATH}h5p/`) || /h5p-standalone|frame\.bundle/.test(r.url())) h5p.push(r.url());
    });
    for (const target of sitemapUrls()) {
      const response = await page.goto(target, { waitUntil: 'networkidle' });
      if (!response || response.status() !== 200) g.problems.push(`${target} → HTTP ${response?.status()}`);
      const lang = await page.getAttribute('html', 'lang');
      if (lang !== 'fr-FR') g.problems.push(`${target} : lang=${lang}`);
      const h1 = await page.locator('h1').count();
      if (h1 !== 1) g.problems.push(`${target} : ${h1} titres h1`);
      titles.push(await page.title());
      violations.push(...(await axeViolations(page, new URL(target).pathname)));
    }
    await page.context().close();
    return { problems: g.report(), titles, violations, h5p };
  })();
  return walk;
}

test('every page of the sitemap loads without console error, failed request or third-party request', async () => {
  const { problems, titles } = await walkSitemap();
  expect(problems).toBe('');
  expect(new Set(titles).size).toBe(titles.length);
}, WALK_TIMEOUT);

test('no page loads any H5P file before the learner starts an activity', async () => {
  const { h5p } = await walkSitemap();
  expect(h5p).toEqual([]);
}, WALK_TIMEOUT);

test('axe finds no violation on any page of the sitemap', async () => {
  const { violations } = await walkSitemap();
  expect(violations).toEqual([]);
}, WALK_TIMEOUT);

test('the axe check can fail: it reports a violation planted in a page', async () => {
  const page = await openPage();
  await page.goto(url(''), { waitUntil: 'networkidle' });
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    document.querySelector('main')?.appendChild(img);
  });
  const violations = await axeViolations(page);
  expect(violations.some((v) => v.includes('image-alt'))).toBe(true);
  await page.context().close();
});

test('math renders as MathML laid out by the browser, with no stylesheet or font to download', async () => {
  const page = await openPage();
  const g = guard(page);
  const downloads: string[] = [];
  page.on('request', (r) => {
    if (/katex|\.woff2?$/.test(r.url())) downloads.push(r.url());
  });
  await page.goto(url('cours/bloc-2/indicateurs-production'), { waitUntil: 'networkidle' });
  // A display formula with a fraction: the browser stacks numerator over denominator.
  const display = page.locator('.katex-display', { has: page.locator('mfrac') }).first();
  await display.waitFor();
  const fraction = display.locator('mfrac').first();
  const [numerator, denominator] = await Promise.all([0, 1].map((i) => fraction.locator(':scope > *').nth(i).boundingBox()));
  expect(numerator && denominator && numerator.y + numerator.height <= denominator.y + 1).toBe(true);
  // The TeX source stays in the markup (annotation) but is not shown.
  expect(await display.locator('annotation').isVisible()).toBe(false);
  // On a phone, a long display formula scrolls in its own box, reachable with the keyboard.
  expect(await display.getAttribute('tabindex')).toBe('0');
  expect(await display.evaluate((el) => getComputedStyle(el).overflowX)).toBe('auto');
  // Inline formulas sit in the line of text.
  await page.goto(url('cours/bloc-1/droits-expression'), { waitUntil: 'networkidle' });
  const inline = page.locator('.katex:not(.katex-display) math').first();
  expect(await inline.evaluate((el) => getComputedStyle(el).display)).toBe('math'); // inline-level ("block math" for display)
  expect(downloads).toEqual([]);
  expect(g.report()).toBe('');
  await page.context().close();
});

test('links are not prefetched as they scroll into view; pointing at one still preloads its page', async () => {
  // The service worker stores the site after the first visit: Docusaurus's viewport
  // prefetch (one <link rel="prefetch"> per script of every visible link) is turned off
  // (src/plugins/prefetch-client.js). Its hover/focus preload stays.
  const { page, g } = await ouvrir('cours/introduction/le-metier');
  await page.locator('.pagination-nav__link--next').scrollIntoViewIfNeeded();
  // Docusaurus prefetched visible links when the browser was idle: wait until it is.
  await auRepos(page);
  expect(await page.locator('link[rel="prefetch"]').count()).toBe(0);
  const script = page.waitForRequest((r) => r.resourceType() === 'script');
  await page.locator('.pagination-nav__link--next').hover();
  await script;
  await page.locator('.pagination-nav__link--next').click();
  await page.waitForURL((u) => !u.pathname.endsWith('/le-metier'));
  await page.locator('article h1').waitFor();
  expect(g.report()).toBe('');
  await page.context().close();
});

test('a slow client-side navigation shows a thin bar at the top, gone once the next page is there', async () => {
  // src/plugins/progression-navigation.js, in place of nprogress: shown after 200 ms.
  const { page, g } = await ouvrir('cours/introduction/le-metier');
  await page.route('**/*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await route.fallback();
  });
  await page.locator('.pagination-nav__link--next').click();
  const barre = page.locator('.navigation-en-cours');
  await barre.waitFor({ state: 'attached' });
  expect(await barre.getAttribute('aria-hidden')).toBe('true');
  await page.waitForURL((u) => !u.pathname.endsWith('/le-metier'));
  await barre.waitFor({ state: 'detached' });
  await page.unroute('**/*.js');
  expect(g.report()).toBe('');
  await page.context().close();
});

test('on a phone, the navbar menu lists the lessons and closes on the chosen one; loading a lesson or the glossary runs no locale comparison', async () => {
  // src/theme/DocSidebar/Mobile: the course menu is handed to the navbar without the
  // localeCompare sort of theme-common (the first one loads ICU: 30 to 55 ms at CPU ×4).
  const context = await newContext(browser, { viewport: { width: 412, height: 823 } });
  await context.addInitScript(() => {
    const w = window as unknown as { __comparaisons: number };
    w.__comparaisons = 0;
    const original = String.prototype.localeCompare;
    String.prototype.localeCompare = function (this: string, ...args: Parameters<typeof original>) {
      w.__comparaisons += 1;
      return original.apply(this, args);
    };
  });
  const page = await context.newPage();
  const g = guard(page);
  await page.goto(url('cours/bloc-2/indicateurs-production'), { waitUntil: 'networkidle' });
  expect(await page.evaluate(() => (window as unknown as { __comparaisons: number }).__comparaisons)).toBe(0);
  await page.locator('button.navbar__toggle').click();
  const menu = page.locator('.navbar-sidebar .theme-doc-sidebar-menu');
  await menu.waitFor();
  const courant = menu.locator('a[aria-current="page"]');
  expect(await courant.getAttribute('href')).toBe(`${BASE_PATH}cours/bloc-2/indicateurs-production`);
  const autre = menu.locator('a.menu__link:not([aria-current])[href$="/planifier-organiser"]');
  await autre.click();
  await page.waitForURL((u) => u.pathname.endsWith('/planifier-organiser'));
  await page.locator('.navbar-sidebar').waitFor({ state: 'hidden' });
  // The glossary sorts its terms without localeCompare either (src/domain/texte/alphabetique.ts).
  await page.goto(url('cours/ressources/glossaire'), { waitUntil: 'networkidle' });
  expect(await page.locator('main h3[id]').count()).toBeGreaterThanOrEqual(90);
  expect(await page.evaluate(() => (window as unknown as { __comparaisons: number }).__comparaisons)).toBe(0);
  expect(g.report()).toBe('');
  await context.close();
});

test('a quiz at the end of a lesson opens the learner’s record only when it comes near the screen', async () => {
  const { page, g } = await ouvrir('cours/bloc-2/indicateurs-production');
  const bases = () => page.evaluate(async () => (await indexedDB.databases()).length);
  await auRepos(page);
  expect(await bases()).toBe(0);
  await rapprocher(page, 'section[data-quiz]');
  await attendreQue('base IndexedDB ouverte à l’approche du quiz', async () => (await bases()) > 0);
  expect(g.report()).toBe('');
  await page.context().close();
});

test('the offline search finds « autodétermination », typed with or without elision', async () => {
  const page = await openPage();
  const g = guard(page);
  for (const query of ['autodétermination', "l'autodétermination"]) {
    await page.goto(url(`search?q=${encodeURIComponent(query)}`), { waitUntil: 'networkidle' });
    const results = page.locator('article[class*="searchResultItem"] h2 a');
    await results.first().waitFor();
    const hrefs = await results.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    expect(hrefs).toContain(`${BASE_PATH}cours/introduction/le-metier`);
  }
  expect(g.report()).toBe('');
  await page.context().close();
});

test('« Cours » in the navbar is marked as the current section on the course’s pages only', async () => {
  const actif = (page: Page) => page.locator('.navbar__items .navbar__link--active');
  for (const chemin of ['cours/bloc-1/accueillir', 'cours/bloc-2', 'cours/ressources/glossaire']) {
    const { page, g } = await ouvrir(chemin);
    await attendreQue(`« Cours » actif sur ${chemin}`, async () => (await actif(page).allTextContents()).join('|') === 'Cours');
    expect(g.report()).toBe('');
    await page.context().close();
  }
  const { page } = await ouvrir('progression');
  // « Ma progression » is the current one there, not « Cours ».
  expect(await actif(page).allTextContents()).toEqual(['Ma progression']);
  await page.context().close();
});

test('the search box in the navbar suggests pages', async () => {
  const page = await openPage();
  // Seen once under heavy load (two test suites and stress-ng on 2 cores), never alone: if it comes
  // back, the failure says what the box and the search worker had done.
  const recherche: string[] = [];
  page.on('request', (r) => {
    if (/\/recherche\/|recherche\.[0-9a-f]+\.js|SearchBar/.test(r.url())) recherche.push(new URL(r.url()).pathname.split('/').slice(-2).join('/'));
  });
  page.on('console', (m) => recherche.push(`console ${m.type()} : ${m.text().slice(0, 160)}`));
  await page.goto(url(''), { waitUntil: 'networkidle' });
  const input = page.locator('input.navbar__search-input').first();
  await input.fill('bientraitance');
  const suggestion = page.locator('[role="listbox"] [role="option"], .aa-suggestion').first();
  await attendreOuExpliquer(suggestion, async () => {
    const boite = await page.evaluate(() => {
      const champ = document.querySelector<HTMLInputElement>('input.navbar__search-input');
      return { valeur: champ?.value, focus: document.activeElement === champ, classes: champ?.className, listes: document.querySelectorAll('[role="listbox"]').length };
    });
    return `Boîte de recherche : ${JSON.stringify(boite)}\nRequêtes et console : ${recherche.join(' ; ')}`;
  });
  expect(await suggestion.count()).toBe(1);
  await page.context().close();
});

test('the first search downloads only the fragments and documents it needs; the whole index follows in the background', async () => {
  const page = await openPage();
  const g = guard(page);
  await page.goto(url(''), { waitUntil: 'networkidle' });
  const recus: Promise<{ chemin: string; octets: number }>[] = [];
  page.context().on('response', (r: Response) => {
    const chemin = new URL(r.url()).pathname;
    if (chemin.includes('/recherche/') || /\/recherche\.[0-9a-f]+\.js$/.test(chemin)) {
      recus.push(r.request().sizes().then((t) => ({ chemin, octets: t.responseBodySize }), () => ({ chemin, octets: 0 })));
    }
  });
  const complet = page.context().waitForEvent('response', { predicate: (r) => /\/recherche\/[0-9a-f]+\/tout\.json$/.test(new URL(r.url()).pathname), timeout: DELAI });
  const input = page.locator('input.navbar__search-input').first();
  await input.fill('autodétermination');
  await page.locator('[role="listbox"] [role="option"], .aa-suggestion').first().waitFor();
  const avant = await Promise.all([...recus]);
  // Before the suggestions: the worker, the manifest, a fragment or two, the documents shown — never the whole index.
  expect(avant.some((r) => r.chemin.endsWith('/recherche/manifeste.json'))).toBe(true);
  expect(avant.some((r) => r.chemin.includes('/f/'))).toBe(true);
  expect(avant.filter((r) => r.chemin.endsWith('/tout.json'))).toEqual([]);
  const total = avant.reduce((s, r) => s + r.octets, 0);
  expect(total).toBeLessThan(120 * 1024);
  // Then the whole index, for offline use.
  await complet;
  expect(g.report()).toBe('');
  await page.context().close();
});

test('a word typed in the navbar box before the page is interactive still gets suggestions', async () => {
  const page = await openPage();
  // The page's scripts arrive after the word is typed, as on a slow phone connection.
  let lacher: () => void = () => undefined;
  const bloque = new Promise<void>((r) => (lacher = r));
  await page.route(/\/assets\/js\/main\.[^/]+\.js$/, async (route) => {
    await bloque;
    await route.continue();
  });
  await page.goto(url(''), { waitUntil: 'commit' });
  const input = page.locator('input.navbar__search-input').first();
  await input.fill('autodétermination');
  lacher();
  const suggestion = page.locator('[role="listbox"] [role="option"], .aa-suggestion').first();
  await suggestion.waitFor();
  expect(await page.locator('input.navbar__search-input').first().inputValue()).toBe('autodétermination');
  await page.context().close();
});
