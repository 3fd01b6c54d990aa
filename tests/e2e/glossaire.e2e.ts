/**
 * The glossary (src/components/Glossaire): its list is the page's HTML, not hydrated (fiche 0047).
 * The filter hides and shows the HTML's terms (accents and case aside) and says how many remain;
 * a link of the list navigates within the site; the cards load when asked for; reached by a link
 * within the site (no HTML for it), the list is loaded and filtered the same way.
 */
import type { Page } from 'playwright-core';
import { GLOSSAIRE } from '@site/src/contenu/glossaire';
import { normaliseAnswer } from '@site/src/domain/texte/richText';
import { BASE_PATH, axeViolations, guard, sessionParTest, url } from './helpers';

const session = sessionParTest();
const GLOSSAIRE_PAGE = 'cours/ressources/glossaire';
const termes = (n: number) => `${n} terme${n > 1 ? 's' : ''}`;

/** The ids of the terms a filter should leave, from the data (term, expansion, definition, source). */
const attendus = (filtre: string) =>
  GLOSSAIRE.filter((t) => normaliseAnswer([t.terme, t.developpe, t.definition, t.source].filter(Boolean).join(' ')).includes(normaliseAnswer(filtre)))
    .map((t) => t.id)
    .sort();

const filtre = (page: Page) => page.getByLabel('Filtrer les termes');
const compte = (page: Page) => page.locator('p[aria-live="polite"]').filter({ hasText: /^\d+ termes?$/ });
/** The ids of the terms shown, and the letters shown. */
const visibles = (page: Page) =>
  page.evaluate(() => {
    const titres = [...document.querySelectorAll<HTMLElement>('main h3[id]')].filter((h) => h.checkVisibility());
    const lettres = [...document.querySelectorAll<HTMLElement>('main h2[id^="glossaire-lettre-"]')].filter((h) => h.checkVisibility());
    return { ids: titres.map((h) => h.id).sort(), lettres: lettres.map((h) => h.textContent) };
  });

async function filtrerPar(page: Page, texte: string): Promise<void> {
  await filtre(page).fill(texte);
  await compte(page).filter({ hasText: new RegExp(`^${termes(attendus(texte).length)}$`) }).waitFor();
}

test('built page: the filter works on the HTML of the list (accents and case aside), with its count; a link of the list stays within the site', async () => {
  const page = await session.context.newPage();
  const g = guard(page);
  const scripts: Promise<string>[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') scripts.push(r.text().catch(() => ''));
  });
  await page.goto(url(GLOSSAIRE_PAGE), { waitUntil: 'networkidle' });
  await compte(page).filter({ hasText: termes(GLOSSAIRE.length) }).waitFor();
  expect((await visibles(page)).ids).toHaveLength(GLOSSAIRE.length);
  // The terms are in the HTML only: no script of the page carries a definition (its ASCII start:
  // the minifier writes other characters as escapes).
  const definition = /^[ -~]{30,}/.exec(GLOSSAIRE.find((t) => t.id === 'cdaph')!.definition)![0];
  expect((await Promise.all(scripts)).filter((texte) => texte.includes(definition))).toEqual([]);
  expect(await page.getByRole('button', { name: `Réviser en cartes (${termes(GLOSSAIRE.length)})` }).count()).toBe(1);

  await filtrerPar(page, 'AUTODETERMINATION');
  const auto = await visibles(page);
  expect(auto.ids).toEqual(attendus('autodétermination'));
  expect(auto.ids).toContain('autodetermination');
  // A letter without a term shown is hidden with its terms.
  expect(auto.lettres.length).toBeLessThan(new Set(GLOSSAIRE.map((t) => normaliseAnswer(t.terme).charAt(0))).size);
  expect(await axeViolations(page, 'glossaire filtré')).toEqual([]);

  await filtrerPar(page, 'cdaph');
  expect((await visibles(page)).ids).toEqual(attendus('cdaph'));
  await filtrerPar(page, '');
  expect((await visibles(page)).ids).toHaveLength(GLOSSAIRE.length);

  // « Voir dans le cours » of a term: a navigation within the site (the page is not reloaded).
  const cdaph = GLOSSAIRE.find((t) => t.id === 'cdaph')!;
  await page.evaluate(() => ((window as unknown as { __memePage: boolean }).__memePage = true));
  await page.locator('main h3#cdaph + p').getByRole('link', { name: /Voir dans le cours/ }).click();
  await page.waitForURL((u) => u.pathname === `${BASE_PATH}${cdaph.lecon!.replace(/^\//, '').replace(/#.*$/, '')}`);
  expect(await page.evaluate(() => (window as unknown as { __memePage?: boolean }).__memePage)).toBe(true);
  expect(g.report()).toBe('');
});

test('the cards load when asked for, and the list comes back as it was', async () => {
  const page = await session.context.newPage();
  const g = guard(page);
  await page.goto(url(GLOSSAIRE_PAGE), { waitUntil: 'networkidle' });
  await filtrerPar(page, 'esat');
  await page.getByRole('button', { name: /^Réviser en cartes/ }).click();
  const cartes = page.getByRole('region', { name: 'Réviser en cartes' });
  await cartes.getByRole('button', { name: 'Afficher la définition' }).click();
  await cartes.getByRole('button', { name: 'Je savais' }).click();
  await cartes.getByText('1 carte acquise').waitFor();
  expect(await filtre(page).isVisible()).toBe(false);
  await cartes.getByRole('button', { name: 'Revenir à la liste' }).click();
  await filtre(page).waitFor();
  expect(await filtre(page).inputValue()).toBe('esat');
  expect((await visibles(page)).ids).toEqual(attendus('esat'));
  expect(g.report()).toBe('');
});

test('reached by a link within the site, the list is loaded and filters the same way', async () => {
  const page = await session.context.newPage();
  const g = guard(page);
  await page.goto(url('cours/ressources/textes-de-reference'), { waitUntil: 'networkidle' });
  await page.evaluate(() => ((window as unknown as { __memePage: boolean }).__memePage = true));
  await page.locator(`main a[href="${BASE_PATH}${GLOSSAIRE_PAGE}"]`).first().click();
  await page.waitForURL((u) => u.pathname === `${BASE_PATH}${GLOSSAIRE_PAGE}`);
  await compte(page).filter({ hasText: termes(GLOSSAIRE.length) }).waitFor();
  expect(await page.evaluate(() => (window as unknown as { __memePage?: boolean }).__memePage)).toBe(true);
  expect((await visibles(page)).ids).toHaveLength(GLOSSAIRE.length);
  await filtrerPar(page, 'cdaph');
  expect((await visibles(page)).ids).toEqual(attendus('cdaph'));
  expect(g.report()).toBe('');
});
