/**
 * Activities of a lesson are islands (src/components/Activite/Ilot.tsx): the page's
 * HTML holds the whole quiz, its code and data come when the learner gets near it.
 * What the learner does before they arrive is not lost; code that cannot arrive is
 * said, and can be fetched again; after a client-side navigation the quiz is live
 * at once and a link to it still lands on it.
 */
import type { Page, Route } from 'playwright-core';
import { auRepos, guard, rapprocher, sessionParTest, url } from './helpers';

const LECON = 'cours/bloc-2/indicateurs-production';

const session = sessionParTest({ viewport: { width: 412, height: 823 } });
const openPage = () => session.context.newPage();

/** The lesson, loaded, with its guard (console, requests, CSP). */
async function ouvrirLecon() {
  const page = await openPage();
  const g = guard(page);
  await page.goto(url(LECON), { waitUntil: 'networkidle' });
  return { page, g };
}

const quiz = (page: Page) => page.locator('section[data-quiz="indicateurs-production"]');
const actif = (page: Page) => page.locator('[data-ilot="indicateurs-production"][data-ilot-actif]');

/** Holds back every script the page asks for from now on (the quiz's), as on a slow network. */
async function retenirScripts(page: Page): Promise<{ readonly nombre: () => number; readonly liberer: () => Promise<void> }> {
  const retenus: Route[] = [];
  await page.route('**/*.js', (route) => void retenus.push(route));
  return {
    nombre: () => retenus.length,
    liberer: async () => {
      for (const route of retenus) await route.fallback();
      await page.unroute('**/*.js');
    },
  };
}

/** Scripts requested by the page from now on. */
function scriptsDemandes(page: Page): string[] {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  return scripts;
}

test('the quiz at the end of a lesson is whole in the HTML, and its code comes only when the learner gets near it', async () => {
  const { page, g } = await ouvrirLecon();
  await auRepos(page);
  // Every question is there, in the server's HTML, but nothing of the quiz runs yet.
  expect(await quiz(page).locator('fieldset[class*="question"]').count()).toBeGreaterThanOrEqual(8);
  expect(await actif(page).count()).toBe(0);
  const scripts = scriptsDemandes(page);
  await rapprocher(page, 'section[data-quiz="indicateurs-production"]');
  await actif(page).waitFor();
  // The component and the activity's data: two scripts at least, none of them the page's own.
  expect(scripts.length).toBeGreaterThanOrEqual(2);
  // Live: a question is corrected.
  const premiere = quiz(page).locator('fieldset[class*="question"]').first();
  await premiere.getByRole('button', { name: 'Je ne sais pas' }).click();
  await premiere.locator('[class*="correction"]').waitFor();
  expect(g.report()).toBe('');
});

test('what the learner does before the code arrives is replayed on the live quiz: answer, confidence, « Vérifier »', async () => {
  const { page, g } = await ouvrirLecon();
  const scripts = await retenirScripts(page);
  const premiere = quiz(page).locator('fieldset[class*="question"]').first();
  await premiere.scrollIntoViewIfNeeded();
  await premiere.getByRole('textbox').fill('12');
  await premiere.getByLabel('Réponse sûre').check();
  await premiere.getByRole('button', { name: 'Vérifier' }).click();
  expect(await actif(page).count()).toBe(0);
  expect(scripts.nombre()).toBeGreaterThanOrEqual(2);
  await scripts.liberer();
  await actif(page).waitFor();
  const correction = premiere.locator('[class*="correction"]');
  await correction.waitFor();
  expect(await correction.textContent()).toMatch(/Réponse (incorrecte|en partie juste).*réponse donnée comme sûre/);
  expect(await premiere.getByRole('textbox').inputValue()).toBe('12');
  expect(g.report()).toBe('');
});

test('with the keyboard: the focus stays in the field being typed in when the quiz comes alive', async () => {
  const { page, g } = await ouvrirLecon();
  const scripts = await retenirScripts(page);
  const champ = quiz(page).locator('fieldset[class*="question"]').first().getByRole('textbox');
  await champ.focus();
  await page.keyboard.type('7');
  await scripts.liberer();
  await actif(page).waitFor();
  // The live field (a new element) has the value and the focus: typing goes on in it.
  await page.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.value === '7');
  await page.keyboard.type('5');
  expect(await champ.inputValue()).toBe('75');
  expect(await champ.evaluate((el) => el === document.activeElement)).toBe(true);
  expect(g.report()).toBe('');
});

test('when the quiz code cannot be loaded, the HTML stays, a message says so, and « Réessayer » brings it to life', async () => {
  const page = await openPage();
  await page.goto(url(LECON), { waitUntil: 'networkidle' });
  await page.route('**/*.js', (route) => route.abort('internetdisconnected'));
  await rapprocher(page, 'section[data-quiz="indicateurs-production"]');
  const alerte = page.getByRole('alert').filter({ hasText: "Le code de cette activité n'a pas pu être chargé" });
  await alerte.waitFor();
  expect(await quiz(page).locator('fieldset[class*="question"]').count()).toBeGreaterThanOrEqual(8);
  await page.unroute('**/*.js');
  await alerte.getByRole('button', { name: 'Réessayer' }).click();
  await actif(page).waitFor();
  expect(await alerte.count()).toBe(0);
});

test('after a client-side navigation the quiz is live at once, and a link to it lands on its title', async () => {
  const page = await openPage();
  const g = guard(page);
  await page.goto(url('progression'), { waitUntil: 'networkidle' });
  await page.getByText('Chargement de vos données…').waitFor({ state: 'detached' });
  // « S'entraîner avec … »: a link to an activity's title, in a lesson.
  const lien = page.locator('main a[href*="#"][href$="-titre"]').first();
  const ancre = (await lien.getAttribute('href'))!.split('#')[1]!;
  await lien.click();
  await page.waitForURL((u) => u.hash === `#${ancre}`);
  await page.locator('[data-ilot-actif]').filter({ has: page.locator(`[id="${ancre}"]`) }).waitFor();
  // On screen, below the sticky navbar (scroll-margin-top of every `…-titre` heading).
  await page.waitForFunction((id) => {
    const box = document.getElementById(id)?.getBoundingClientRect();
    const navbar = document.querySelector('.navbar')!.getBoundingClientRect().bottom;
    return box !== undefined && box.top >= navbar && box.top < window.innerHeight / 2;
  }, ancre);
  expect(g.report()).toBe('');
});

test('a button pressed before the page’s scripts have run is not lost: the H5P activity starts once they arrive', async () => {
  const page = await openPage();
  const g = guard(page);
  // A slow phone: the server's HTML is on screen, none of the page's scripts has run yet.
  const scripts = await retenirScripts(page);
  await page.goto(url('cours/introduction/activites-h5p'), { waitUntil: 'commit' });
  const bouton = page.getByRole('button', { name: 'Lancer l’activité interactive' }).first();
  await bouton.click();
  expect(await page.locator('[data-ilot-ecoute], [data-ilot-actif]').count()).toBe(0);
  await scripts.liberer();
  // The press was kept by the head's few lines, then replayed on the live activity.
  await page.locator('[data-activite-h5p] iframe').first().waitFor();
  expect(g.report()).toBe('');
});
