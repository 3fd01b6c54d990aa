/**
 * Revision cards in a lesson (src/components/Cartes): whole in the server's HTML,
 * live once the learner gets near them; played with the keyboard only (turn over,
 * « Je savais » / « À revoir », focus where the next action is), a round's summary,
 * a second round with the cards to revise only; axe finds no violation in any state.
 */
import type { Page } from 'playwright-core';
import jeu from '@site/quizzes/bloc-1/publics-reperes.cartes';
import { activiteVivante, attendreFocusTexte, axeViolations, guard, sessionParTest, url } from './helpers';

const session = sessionParTest();
const LECON = '/cours/bloc-1/connaitre-publics';
const cartes = (page: Page) => page.locator(`section[data-cartes="${jeu.id}"]`);
const n = jeu.cartes.length;

test('the first card is in the server’s HTML, before any script', async () => {
  const reponse = await session.context.request.get(url(LECON));
  const html = await reponse.text();
  expect(html).toContain('Cartes de révision\u202f: ');
  expect(html).toContain(`Carte 1 sur ${n}`);
  expect(html).toContain('Retourner la carte');
});

test('keyboard only: turn each card over, say whether you knew it, then revise the others', async () => {
  const page = await session.context.newPage();
  const g = guard(page);
  await page.goto(url(LECON), { waitUntil: 'domcontentloaded' });
  await activiteVivante(page, jeu.id);
  expect(await axeViolations(page, 'cartes, recto')).toEqual([]);
  const retourner = cartes(page).getByRole('button', { name: 'Retourner la carte' });
  await retourner.focus();
  for (let i = 0; i < n; i += 1) {
    await cartes(page).getByText(`Carte ${i + 1} sur ${n}`).waitFor();
    await page.keyboard.press('Enter');
    // The answer is shown and has the focus: a screen reader reads it at once.
    await cartes(page).getByText('Le saviez-vous\u202f?').waitFor();
    await attendreFocusTexte(page, /^Réponse/);
    if (i === 0) expect(await axeViolations(page, 'cartes, verso')).toEqual([]);
    // Tab to « Je savais » (then « À revoir »): every other card is to revise.
    await page.keyboard.press('Tab');
    if (i % 2 === 1) await page.keyboard.press('Tab');
    await attendreFocusTexte(page, i % 2 === 0 ? /^Je savais$/ : /^À revoir$/);
    await page.keyboard.press('Enter');
    if (i < n - 1) {
      await cartes(page).getByText(`Carte ${i + 2} sur ${n}`).waitFor();
      await attendreFocusTexte(page, /^Retourner la carte$/);
    }
  }
  const aRevoir = Math.floor(n / 2);
  const bilan = cartes(page).getByText(/^Tour 1 terminé/);
  await bilan.waitFor();
  await expect(bilan.textContent()).resolves.toBe(`Tour 1 terminé\u202f: vous saviez ${n - aRevoir} cartes sur ${n}, ${aRevoir} cartes à revoir.`);
  await attendreFocusTexte(page, /^Tour 1 terminé/);
  expect(await axeViolations(page, 'cartes, bilan')).toEqual([]);
  await page.keyboard.press('Tab');
  await attendreFocusTexte(page, new RegExp(`^Revoir les ${aRevoir} cartes$`));
  await page.keyboard.press('Enter');
  await cartes(page).getByText(`Tour 2 (cartes à revoir) · Carte 1 sur ${aRevoir}`).waitFor();
  await attendreFocusTexte(page, /^Retourner la carte$/);
  expect(g.report()).toBe('');
});
