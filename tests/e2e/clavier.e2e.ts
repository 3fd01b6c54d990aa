/**
 * Keyboard only, small screens, dark theme: each kind of activity is played with
 * Tab, Space, Enter, arrows and typing — never the mouse; key pages and every
 * page with formulas reflow at 320 CSS pixels without horizontal scrolling (WCAG 1.4.10); axe finds nothing
 * in the dark theme either.
 */
import type { Frame, Page } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { BASE_PATH, axeViolations, guard, newContext, sitemapUrls, url, sessionParTest } from './helpers';
import { DEMO_PAGE, questionDe, quiz, VRAI_FAUX } from './demo';

const session = sessionParTest();

/** What the focused element must be: a CSS selector, and optionally a pattern for its accessible text. */
interface Cible {
  readonly selecteur: string;
  readonly texte?: RegExp;
}

/** Presses Tab until the focused element (in the page or in a frame) matches; fails after `max` presses. */
async function tabulerJusqua(page: Page | Frame, description: string, cible: Cible, max = 250): Promise<void> {
  const clavier = 'keyboard' in page ? page.keyboard : page.page().keyboard;
  for (let i = 0; i < max; i += 1) {
    const ok = await page.evaluate(
      ({ selecteur, source, flags }) => {
        const el = document.activeElement as (HTMLElement & { labels?: NodeListOf<HTMLLabelElement> }) | null;
        if (!el || !el.matches(selecteur)) return false;
        if (source === null) return true;
        const nom = (el.labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
        return new RegExp(source, flags).test(nom);
      },
      { selecteur: cible.selecteur, source: cible.texte?.source ?? null, flags: cible.texte?.flags ?? '' },
    );
    if (ok) return;
    await clavier.press('Tab');
  }
  throw new Error(`focus jamais atteint au clavier : ${description}`);
}

const bouton = (texte: RegExp): Cible => ({ selecteur: 'button', texte });

test('the seven kinds of quiz questions, answered and checked with the keyboard only', async () => {
  const page = await session.context.newPage();
  const g = guard(page);
  await page.goto(url(DEMO_PAGE), { waitUntil: 'networkidle' });
  await quiz(page).waitFor();
  const k = page.keyboard;
  // Choix unique: the radio group is reached with Tab, the option chosen with the arrows.
  await tabulerJusqua(page, 'premier choix de la question 1', { selecteur: 'input[type=radio][id^="cadre-esat-ea-statut-travailleur-"]' });
  await k.press('Space');
  const choisi = await page.evaluate(() => (document.activeElement as HTMLInputElement).checked);
  expect(choisi).toBe(true);
  await tabulerJusqua(page, 'Vérifier (question 1)', bouton(/^Vérifier$/));
  await k.press('Enter');
  await quiz(page).locator('[id^="cadre-esat-ea-statut-travailleur"][id$="-correction"]').waitFor();
  // Vrai ou faux: Tab enters the group, the arrows move to « Faux » and select it.
  await tabulerJusqua(page, 'le groupe vrai/faux (question 2)', { selecteur: 'input[type=radio][id*="periode-essai"]' });
  for (let i = 0; i < 3; i += 1) {
    const nom = await page.evaluate(() => (document.activeElement as HTMLInputElement).labels?.[0]?.textContent?.trim());
    if (nom === 'Faux') break;
    await k.press('ArrowDown');
  }
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true);
  await tabulerJusqua(page, 'Vérifier (question 2)', bouton(/^Vérifier$/));
  await k.press('Enter');
  await quiz(page).locator('[id^="cadre-esat-ea-periode-essai"][id$="-correction"]').waitFor();
  // Choix multiples: Space ticks each box.
  for (const re of [/droit d’alerte/, /droit syndical/, /expression directe/]) {
    await tabulerJusqua(page, `case ${re}`, { selecteur: 'input[type=checkbox]', texte: re });
    await k.press('Space');
  }
  await tabulerJusqua(page, 'Vérifier (question 3)', bouton(/^Vérifier$/));
  await k.press('Enter');
  // Association: each list is a native select, changed with the arrows.
  await tabulerJusqua(page, 'première liste de l’association', { selecteur: 'select' });
  // The focus indicator is visible on the focused control.
  expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
  await k.press('ArrowDown');
  expect(await page.evaluate(() => (document.activeElement as HTMLSelectElement).value)).not.toBe('');
  // Ordre: steps move with buttons.
  await tabulerJusqua(page, 'un bouton « Monter »', bouton(/^Monter « /));
  const avant = await quiz(page).locator('ol[class*="ordre"] > li').allTextContents();
  await k.press('Enter');
  await expect(quiz(page).locator('ol[class*="ordre"] > li').allTextContents()).resolves.not.toEqual(avant);
  // Texte à trous and numérique: typed.
  await tabulerJusqua(page, 'Trou 1', { selecteur: 'input[aria-label="Trou 1"]' });
  await k.type('55');
  await tabulerJusqua(page, 'réponse numérique', { selecteur: 'input', texte: /^Votre réponse/ });
  await k.type('55,7');
  await tabulerJusqua(page, 'Vérifier (question numérique)', bouton(/^Vérifier$/));
  await k.press('Enter');
  expect(await quiz(page).locator('[class*="correction"]').count()).toBeGreaterThanOrEqual(4);
  expect(g.report()).toBe('');
});

test('a case study is played to its end with the keyboard only', async () => {
  const page = await session.context.newPage();
  const g = guard(page);
  await page.goto(url(DEMO_PAGE), { waitUntil: 'networkidle' });
  const cas = page.locator('[data-cas="premiers-jours-de-karim"]');
  await cas.waitFor();
  await tabulerJusqua(page, 'Commencer la mise en situation', bouton(/^Commencer la mise en situation$/), 400);
  await page.keyboard.press('Enter');
  const choix = cas.locator('ul[class*="choix"] button');
  const continuer = cas.getByRole('button', { name: /^Continuer/ });
  const issue = cas.getByText(/^Issue /);
  for (let etape = 0; etape < 12; etape += 1) {
    // Each step waits for what the last key press brought (a situation, its consequence, the end):
    // on a loaded machine, Tab pressed while React re-renders would walk the page before it.
    await choix.first().or(issue.first()).waitFor();
    if ((await issue.count()) > 0) break;
    // The first choice of the current situation, then « Continuer ».
    await tabulerJusqua(page, 'un choix de la situation', { selecteur: '[data-cas="premiers-jours-de-karim"] ul[class*="choix"] button' });
    await page.keyboard.press('Enter');
    await continuer.waitFor();
    // The focus moves to the consequence (its heading) so that it is read first; Continuer follows it.
    await page.waitForFunction(() => document.activeElement?.matches('[data-cas] h5') ?? false, undefined, { polling: 50, timeout: 30_000 });
    await tabulerJusqua(page, 'Continuer', bouton(/^Continuer/));
    await page.keyboard.press('Enter');
    await continuer.waitFor({ state: 'detached' });
  }
  await cas.getByText(/^Issue /).first().waitFor();
  expect(g.report()).toBe('');
});

test('an H5P activity is launched and answered with the keyboard only', async () => {
  const page = await session.context.newPage();
  const g = guard(page);
  await page.goto(url('cours/introduction/activites-h5p'), { waitUntil: 'networkidle' });
  await tabulerJusqua(page, 'Lancer l’activité interactive', bouton(/^Lancer l’activité interactive$/), 400);
  await page.keyboard.press('Enter');
  const iframe = page.locator('[data-activite-h5p] iframe').first();
  await iframe.waitFor();
  const frame = (await (await iframe.elementHandle())!.contentFrame())!;
  await frame.locator('.ma-question').first().waitFor();
  // Into the frame: the first answer, then its « Vérifier ».
  await tabulerJusqua(frame, 'premier choix dans l’activité H5P', { selecteur: 'input[type=radio], input[type=checkbox]' }, 400);
  await page.keyboard.press('Space');
  await tabulerJusqua(frame, 'Vérifier dans l’activité H5P', bouton(/^Vérifier$/), 50);
  await page.keyboard.press('Enter');
  await frame.locator('.ma-question').first().getByText(/Bonne réponse|Réponse incorrecte|en partie/).first().waitFor();
  expect(g.report()).toBe('');
});

test('progress pages: self-assessment and a mock exam with the keyboard only', async () => {
  const page = await session.context.newPage();
  const g = guard(page);
  await page.goto(url('progression/positionnement'), { waitUntil: 'networkidle' });
  await tabulerJusqua(page, 'premier niveau de la première compétence', { selecteur: 'input[type=radio][name^="entree-"]' });
  await page.keyboard.press('Space');
  await tabulerJusqua(page, 'Enregistrer', bouton(/^Enregistrer mon positionnement/), 400);
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: /enregistré le/ }).waitFor();
  await page.goto(url('progression/examen-blanc'), { waitUntil: 'networkidle' });
  await tabulerJusqua(page, 'Préparer l’examen', bouton(/^Préparer l'examen$/));
  await page.keyboard.press('Enter');
  await tabulerJusqua(page, 'Commencer l’examen', bouton(/^Commencer l'examen$/));
  await page.keyboard.press('Enter');
  await page.locator('section[data-quiz^="examen-blanc-"] fieldset').first().waitFor();
  expect(g.report()).toBe('');
});

/**
 * Every page of the built site that has a formula: a MathML formula does not wrap,
 * so a long one written inline (`$…$`) would widen the page on a phone.
 */
function pagesAvecFormules(): string[] {
  const build = path.join(__dirname, '..', '..', 'build');
  return sitemapUrls()
    .map((u) => new URL(u).pathname.slice(BASE_PATH.length))
    .filter((p) => {
      const fichier = path.join(build, p === '' ? 'index.html' : p.endsWith('/') ? `${p}index.html` : `${p}.html`);
      return existsSync(fichier) && readFileSync(fichier, 'utf8').includes('<math');
    });
}

const PAGES_ETROITES = ['', DEMO_PAGE, 'cours/referentiel', 'progression', 'progression/examen-blanc', 'cours/ressources/glossaire'];

test('key pages and every page with formulas reflow at 320 CSS pixels: no horizontal scrolling of the page', async () => {
  const formules = pagesAvecFormules();
  expect(formules).toContain('cours/bloc-2/indicateurs-production');
  const narrow = await newContext(session.browser, { viewport: { width: 320, height: 640 } });
  const page = await narrow.newPage();
  const trop: string[] = [];
  for (const p of [...PAGES_ETROITES, ...formules]) {
    await page.goto(url(p), { waitUntil: 'networkidle' });
    const largeur = await page.evaluate(() => document.documentElement.scrollWidth);
    if (largeur > 320) {
      // Name the culprit for the author: a formula wider than the text column, outside a display box.
      const formule = await page.evaluate(() => {
        const large = [...document.querySelectorAll('.katex:not(.katex-display)')].find((el) => el.getBoundingClientRect().right > 320);
        return large?.querySelector('annotation')?.textContent ?? null;
      });
      trop.push(`/${p} : ${largeur} px${formule ? ` — formule trop large dans le texte : « ${formule} » ; écrivez-la en bloc ($$…$$), elle défilera dans sa boîte` : ''}`);
    }
  }
  await narrow.close();
  expect(trop).toEqual([]);
});

test('axe finds no violation in the dark theme', async () => {
  const page = await session.context.newPage();
  const violations: string[] = [];
  for (const p of ['', DEMO_PAGE, 'progression', 'cours/introduction/activites-h5p']) {
    await page.goto(`${url(p)}?docusaurus-theme=dark`, { waitUntil: 'networkidle' });
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    violations.push(...(await axeViolations(page, `/${p} (thème sombre)`)));
  }
  // An answered quiz, in the dark theme.
  await page.goto(`${url(DEMO_PAGE)}?docusaurus-theme=dark`, { waitUntil: 'networkidle' });
  await quiz(page).locator(questionDe(VRAI_FAUX.id)).getByLabel(VRAI_FAUX.bonne, { exact: true }).check();
  await quiz(page).locator(questionDe(VRAI_FAUX.id)).getByRole('button', { name: 'Vérifier' }).click();
  await quiz(page).locator('[class*="correction"]').first().waitFor();
  violations.push(...(await axeViolations(page, 'quiz corrigé (thème sombre)')));
  expect(violations).toEqual([]);
});
