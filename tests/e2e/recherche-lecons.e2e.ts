/**
 * Each lesson can be found by the offline search with each of its key terms
 * (front matter `mots_cles`), typed as a learner would type them.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { readPages } from '@site/src/build/lecons/lecons';
import { BASE_PATH, launch, newContext, url } from './helpers';

const lecons = readPages(path.resolve(__dirname, '..', '..')).filter((p) => p.estLecon);

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launch();
  page = await (await newContext(browser)).newPage();
});
afterAll(async () => {
  await browser?.close();
});

test('every lesson is found by each of its key terms', async () => {
  const missed: string[] = [];
  for (const lecon of lecons) {
    for (const terme of lecon.frontMatter.mots_cles as string[]) {
      await page.goto(url(`search?q=${encodeURIComponent(terme)}`), { waitUntil: 'load' });
      const results = page.locator('article[class*="searchResultItem"] h2 a');
      try {
        await results.first().waitFor();
      } catch {
        missed.push(`${lecon.fichier} : « ${terme} » ne donne aucun résultat`);
        continue;
      }
      const hrefs = await results.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
      if (!hrefs.includes(`${BASE_PATH}${lecon.route.replace(/^\//, '')}`)) {
        missed.push(`${lecon.fichier} : « ${terme} » ne trouve pas la leçon (${hrefs.length} résultats)`);
      }
    }
  }
  expect(lecons.length).toBeGreaterThanOrEqual(25);
  expect(missed).toEqual([]);
  // About a hundred searches, each loading the search page: minutes on a busy machine (9 min 30 s at a load of 20).
}, 1_200_000);
