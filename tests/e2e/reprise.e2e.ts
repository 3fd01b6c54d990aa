/**
 * The record holds only what the learner did, and nothing in progress is lost:
 * - a mock exam prepared, opened or left writes nothing to the record, timer or not,
 *   however long it waits;
 * - an exam in progress comes back after a reload (answers, time left), with
 *   « Reprendre » / « Recommencer »; abandoning it records nothing;
 * - a half-done lesson quiz comes back after a reload and after a browser restart,
 *   with the same choice; what the learner did on the page's HTML before the quiz's
 *   code arrived is kept too (island replay, then resume);
 * - a page left while its writes are still in progress (slow device, tab closed at once)
 *   loses neither the answer nor the attempt: both are taken back by the next page.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { BASE_PATH, attendreQue, auRepos, axeViolations, guard, lancerProfil, rapprocher, sessionParTest, url } from './helpers';
import { readStored, storedJournal } from './demo';

const session = sessionParTest();

const EN_COURS = (activite: string) => `moniteur-atelier@${BASE_PATH}/en-cours/principal/${activite}`;
const LECON = 'cours/bloc-1/autodetermination';
const quiz = (page: Page) => page.locator('section[data-quiz="autodetermination"]');
const questions = (page: Page) => quiz(page).locator('fieldset[class*="question"]');

/** What is stored for an attempt in progress (null when none). */
async function enCours(page: Page, activite: string): Promise<{ reponses: Record<string, unknown>; restant: number | null } | null> {
  const raw = await readStored(page, EN_COURS(activite));
  return raw ? JSON.parse(raw) : null;
}

/** Verbs of the stored record (none yet: empty). */
async function verbes(page: Page): Promise<string[]> {
  return ((await storedJournal(page)) ?? { entrees: [] }).entrees.map((e) => e.v);
}

/** The lesson, with its quiz live (its code arrives when it comes near the screen). */
async function ouvrirLecon(page: Page): Promise<void> {
  await page.goto(url(LECON), { waitUntil: 'networkidle' });
  await rapprocher(page, 'section[data-quiz="autodetermination"]');
  await page.locator('[data-ilot="autodetermination"][data-ilot-actif]').waitFor();
}

const choix = (page: Page, question: string, option: string) => page.locator(`#autodetermination-${question}-${option}`);

test('a half-done lesson quiz comes back after a reload and after a browser restart: « Reprendre » restores it, « Recommencer » forgets it', async () => {
  const dossier = mkdtempSync(path.join(os.tmpdir(), 'profil-chromium-'));
  try {
    let context = await lancerProfil(dossier);
    let page = await context.newPage();
    let g = guard(page);
    await ouvrirLecon(page);
    // Question 1 checked (one trace), question 2 answered with its confidence, not checked.
    await choix(page, 'oceane-poste-ete', 'a').check();
    await questions(page).first().getByRole('button', { name: 'Vérifier' }).click();
    await quiz(page).locator('#autodetermination-oceane-poste-ete-correction').waitFor();
    await choix(page, 'moyens-recueil', 'a').check();
    await choix(page, 'moyens-recueil', 'b').check();
    await page.locator('#autodetermination-moyens-recueil-conf-sur').check();
    await attendreQue('la tentative gardée avec la question 2', async () => Object.keys((await enCours(page, 'autodetermination'))?.reponses ?? {}).length === 2);
    expect(await verbes(page)).toEqual(['answered']);

    await page.reload({ waitUntil: 'networkidle' });
    await rapprocher(page, 'section[data-quiz="autodetermination"]');
    const offre = quiz(page).getByRole('group', { name: /Vous aviez commencé ce quiz/ });
    await offre.waitFor();
    expect(await offre.textContent()).toMatch(/entraînement.*2 questions répondues sur \d+/);
    // The choice comes first: the questions wait for it.
    expect(await questions(page).count()).toBe(0);
    expect(await axeViolations(page, 'reprise proposée')).toEqual([]);
    await offre.getByRole('button', { name: 'Reprendre' }).click();
    await quiz(page).locator('#autodetermination-oceane-poste-ete-correction').waitFor();
    expect(await choix(page, 'moyens-recueil', 'a').isChecked()).toBe(true);
    expect(await choix(page, 'moyens-recueil', 'b').isChecked()).toBe(true);
    expect(await page.locator('#autodetermination-moyens-recueil-conf-sur').isChecked()).toBe(true);
    // Brought to the next question without an answer, after the one worked on last.
    await page.waitForFunction(() => document.activeElement?.id.startsWith('autodetermination-travailler-dans-les-avions-'));
    await auRepos(page);
    // The restored correction is not recorded a second time.
    expect(await verbes(page)).toEqual(['answered']);
    expect(g.report()).toBe('');
    await context.close();

    // The browser is closed and opened again: the attempt is still there.
    context = await lancerProfil(dossier);
    page = await context.newPage();
    g = guard(page);
    await ouvrirLecon(page);
    const encore = quiz(page).getByRole('group', { name: /Vous aviez commencé ce quiz/ });
    await encore.waitFor();
    expect(await encore.textContent()).toMatch(/2 questions répondues/);
    await encore.getByRole('button', { name: 'Recommencer' }).click();
    await questions(page).first().waitFor();
    expect(await choix(page, 'moyens-recueil', 'a').isChecked()).toBe(false);
    expect(await quiz(page).locator('#autodetermination-oceane-poste-ete-correction').count()).toBe(0);
    await attendreQue('la tentative oubliée', async () => (await enCours(page, 'autodetermination')) === null);
    // The record keeps what the learner did: the answer checked before.
    expect(await verbes(page)).toEqual(['answered']);
    expect(g.report()).toBe('');
    await context.close();
  } finally {
    rmSync(dossier, { recursive: true, force: true });
  }
});

test('what the learner does on the page before the quiz’s code arrives is kept when the saved attempt is resumed', async () => {
  const page = await session.context.newPage();
  const g = guard(page);
  await ouvrirLecon(page);
  await choix(page, 'oceane-poste-ete', 'b').check();
  await attendreQue('la tentative gardée', async () => (await enCours(page, 'autodetermination')) !== null);
  // Back at the top of the lesson, reloaded: the quiz is only the page's HTML.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.reload({ waitUntil: 'networkidle' });
  expect(await page.locator('[data-ilot="autodetermination"][data-ilot-actif]').count()).toBe(0);
  // The quiz's code is held back (slow network) while the learner ticks a box of question 2.
  const retenus: { fallback(): Promise<void> }[] = [];
  await page.route('**/*.js', (route) => void retenus.push(route));
  await rapprocher(page, 'section[data-quiz="autodetermination"]');
  await choix(page, 'moyens-recueil', 'c').check();
  for (const route of retenus) await route.fallback();
  await page.unroute('**/*.js');
  const offre = quiz(page).getByRole('group', { name: /Vous aviez commencé ce quiz/ });
  await offre.getByRole('button', { name: 'Reprendre' }).click();
  await questions(page).first().waitFor();
  expect(await choix(page, 'oceane-poste-ete', 'b').isChecked()).toBe(true);
  expect(await choix(page, 'moyens-recueil', 'c').isChecked()).toBe(true);
  await attendreQue('les deux réponses gardées', async () => Object.keys((await enCours(page, 'autodetermination'))?.reponses ?? {}).length === 2);
  expect(g.report()).toBe('');
});

/**
 * Page script: each IndexedDB write of the page stays in progress for as long as the page lives
 * (its transaction is kept busy with reads), as on a slow device whose learner leaves at once.
 */
function ecrituresSansFin(): void {
  const ouvrir = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (this: IDBDatabase, noms: string | string[], mode?: IDBTransactionMode, options?: IDBTransactionOptions) {
    const tx = ouvrir.call(this, noms, mode, options);
    if (mode === 'readwrite') {
      const store = tx.objectStore(tx.objectStoreNames.item(0)!);
      const tenir = () => {
        store.count().onsuccess = tenir;
      };
      tenir();
    }
    return tx;
  } as IDBDatabase['transaction'];
}

const secoursRestants = (page: Page) =>
  page.evaluate((prefixe) => Object.keys(localStorage).filter((k) => k.startsWith(prefixe)), `moniteur-atelier@${BASE_PATH}/secours/`);

test('a page left while its writes are still in progress loses nothing: the next page has the answer in the record and offers the attempt', async () => {
  const lente = await session.context.newPage();
  await lente.addInitScript(ecrituresSansFin);
  await ouvrirLecon(lente);
  await choix(lente, 'oceane-poste-ete', 'a').check();
  await questions(lente).first().getByRole('button', { name: 'Vérifier' }).click();
  await quiz(lente).locator('#autodetermination-oceane-poste-ete-correction').waitFor();
  // Every write of the page is still in progress when the tab is closed; the backups hold the answer and the attempt.
  expect((await secoursRestants(lente)).map((k) => k.replace(/^.*\/secours\/principal\//, '')).sort()).toEqual(['en-cours/autodetermination', 'journal']);
  await lente.close();

  const page = await session.context.newPage();
  const g = guard(page);
  await ouvrirLecon(page);
  await attendreQue('la réponse reprise dans le journal', async () => (await verbes(page)).length > 0);
  const offre = quiz(page).getByRole('group', { name: /Vous aviez commencé ce quiz/ });
  await offre.getByRole('button', { name: 'Reprendre' }).click();
  await quiz(page).locator('#autodetermination-oceane-poste-ete-correction').waitFor();
  expect(await choix(page, 'oceane-poste-ete', 'a').isChecked()).toBe(true);
  await auRepos(page);
  expect(await verbes(page)).toEqual(['answered']);
  // Stored in IndexedDB now: the backups are gone.
  await attendreQue('les copies de secours effacées', async () => (await secoursRestants(page)).length === 0);
  expect(g.report()).toBe('');
});

const EXAMEN = 'progression/examen-blanc';
const examen = (page: Page) => page.locator('section[data-quiz^="examen-blanc-"]');

async function ouvrirExamen(page: Page): Promise<void> {
  await page.goto(url(EXAMEN), { waitUntil: 'networkidle' });
  await page.locator('main h1').waitFor();
  await page.getByText('Chargement de vos données…').waitFor({ state: 'detached' });
}

/** Nothing in the record, and « Ma progression » shows no finished activity and no critère assessed. */
async function rienEnregistre(page: Page): Promise<void> {
  expect(await verbes(page)).toEqual([]);
  await page.goto(url('progression'), { waitUntil: 'networkidle' });
  await page.getByText("Aucune activité terminée pour l'instant.").waitFor();
  expect(await page.locator('section[data-bloc="B1"]').textContent()).not.toMatch(/À travailler|En cours|Acquis/);
}

test('a mock exam prepared, opened or left, with or without the timer, writes nothing to the record', async () => {
  const page = await session.context.newPage();
  const g = guard(page);
  // The page's clock is driven by the test: minutes pass in an instant.
  await page.clock.install();
  await ouvrirExamen(page);
  for (const minuteur of [true, false]) {
    await page.getByLabel(/Bloc 1 —/).check();
    await page.getByLabel(/Avec minuteur/).setChecked(minuteur);
    await page.getByRole('button', { name: "Préparer l'examen" }).click();
    await examen(page).getByRole('button', { name: "Commencer l'examen" }).waitFor();
    // Far beyond the 45 minutes: an exam that was not started is never corrected.
    await page.clock.runFor('50:00');
    await auRepos(page);
    expect(await examen(page).getByText('Votre résultat').count()).toBe(0);
    await page.getByRole('button', { name: "Revenir au choix de l'examen" }).click();
    await page.getByText("Vous n'avez pas encore passé d'examen blanc.").waitFor();
  }
  expect(await enCours(page, 'examen-blanc')).toBeNull();
  await rienEnregistre(page);
  expect(g.report()).toBe('');
});

test('an exam in progress comes back after a reload with its answers and time left; abandoning it records nothing', async () => {
  const page = await session.context.newPage();
  const g = guard(page);
  await page.clock.install();
  await ouvrirExamen(page);
  // Bloc 3: 30 questions in 45 minutes (EXAMENS.B3).
  await page.getByLabel(/Bloc 3 —/).check();
  await page.getByRole('button', { name: "Préparer l'examen" }).click();
  await examen(page).getByRole('button', { name: "Commencer l'examen" }).click();
  await examen(page).getByRole('timer').getByText(/Temps restant : 4[45] min/).waitFor();
  // Two questions answered (a choice, not a confidence).
  const reponse = 'input[type=radio]:not([id*="-conf-"])';
  const avecChoix = examen(page).locator('fieldset[class*="question"]').filter({ has: page.locator(reponse) });
  for (const i of [0, 1]) await avecChoix.nth(i).locator(reponse).first().check();
  // Five minutes go by.
  await page.clock.fastForward('05:00');
  await examen(page).getByRole('timer').getByText(/Temps restant : (39|40) min/).waitFor();
  await attendreQue('l’examen gardé avec deux réponses et moins de 40 min 30 s', async () => {
    const e = await enCours(page, 'examen-blanc');
    return e !== null && Object.keys(e.reponses).length === 2 && e.restant !== null && e.restant <= 40.5 * 60_000;
  });

  await page.reload({ waitUntil: 'networkidle' });
  await page.getByText('Chargement de vos données…').waitFor({ state: 'detached' });
  const offre = page.getByRole('group', { name: /Vous aviez commencé cet examen/ });
  await offre.waitFor();
  expect(await page.locator('main').textContent()).toMatch(/Examen blanc commencé : Bloc 3/);
  expect(await offre.textContent()).toMatch(/2 questions répondues sur 30, (39|40) min \d\d s restantes/);
  expect(await axeViolations(page, 'examen à reprendre')).toEqual([]);
  await offre.getByRole('button', { name: 'Reprendre' }).click();
  await examen(page).getByRole('timer').getByText(/Temps restant : (39|40) min/).waitFor();
  expect(await examen(page).locator(`${reponse}:checked`).count()).toBe(2);
  expect(await examen(page).getByRole('button', { name: "Commencer l'examen" }).count()).toBe(0);
  expect(await verbes(page)).toEqual([]);

  // Left again, then abandoned: forgotten, and nothing recorded.
  await page.getByRole('button', { name: "Revenir au choix de l'examen" }).click();
  await page.getByRole('group', { name: /Vous aviez commencé cet examen/ }).getByRole('button', { name: 'Recommencer' }).click();
  await page.getByRole('button', { name: "Préparer l'examen" }).waitFor();
  expect(await page.getByLabel(/Bloc 3 —/).isChecked()).toBe(true);
  await attendreQue('l’examen oublié', async () => (await enCours(page, 'examen-blanc')) === null);
  await rienEnregistre(page);
  expect(g.report()).toBe('');
});
