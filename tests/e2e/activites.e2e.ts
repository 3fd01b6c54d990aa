/**
 * Activities in the built site: pass and fail a quiz, finish a case study, the
 * result survives a reload, a corrupt stored record is quarantined (the page keeps
 * working and says so), a foreign database of the same name gets our store added
 * (its data kept), and axe finds no violation in any quiz state.
 */
import type { Page } from 'playwright-core';
import { cheminDuCas, commencerLeCas } from './cas';
import { plainText } from '@site/src/domain/texte/richText';
import { BASE_PATH, attendreFocus, axeViolations, guard, lireStockage, sessionParTest, url } from './helpers';
import { answerAll, attendreLeStockage, CADRE, CHOIX_UNIQUE, DEMO_PAGE, JOURNAL_KEY, openDemo as ouvrir, questionDe, quiz, storedJournal, waitForStoredJournal } from './demo';

const session = sessionParTest();

test('training mode: pass the quiz question by question, with feedback; the result survives a reload', async () => {
  const page = await ouvrir(session.context);
  const g = guard(page);
  expect(await axeViolations(page, 'quiz non commencé')).toEqual([]);
  await answerAll(page, true);
  expect(await axeViolations(page, 'quiz répondu')).toEqual([]);
  // One question at a time: each « Vérifier » waits for its correction (the answer key loads on the first).
  const buttons = quiz(page).getByRole('button', { name: 'Vérifier' });
  const total = await buttons.count();
  for (let done = 0; done < total; done += 1) {
    await buttons.first().click();
    await quiz(page).locator('[class*="correction"]').nth(done).waitFor();
  }
  await quiz(page).getByText('Votre résultat').waitFor();
  const n = CADRE.questions.length;
  await expect(quiz(page).locator('[class*="rapport"]').textContent()).resolves.toContain(`${n} / ${n} (100 %) — quiz réussi`);
  expect(await quiz(page).getByText('Bonne réponse').count()).toBe(n);
  expect(await axeViolations(page, 'corrections affichées')).toEqual([]);
  const journal = await storedJournal(page);
  const verbs = journal!.entrees.map((e) => e.v);
  expect(verbs.filter((v) => v === 'answered')).toHaveLength(n);
  expect(verbs).toContain('passed');
  await page.reload({ waitUntil: 'networkidle' });
  await expect(quiz(page).getByText(/Dernière tentative terminée/).textContent()).resolves.toContain(`${n} / ${n} — réussi`);
  expect(g.report()).toBe('');
});

test('exam mode: deferred feedback, a failed attempt and its per-critère report', async () => {
  const page = await ouvrir(session.context);
  const g = guard(page);
  await quiz(page).getByRole('button', { name: /^Examen/ }).click();
  await quiz(page).getByRole('button', { name: "Commencer l'examen" }).click();
  await answerAll(page, false);
  expect(await quiz(page).getByRole('button', { name: 'Vérifier' }).count()).toBe(0);
  expect(await quiz(page).locator('[class*="correction"]').count()).toBe(0);
  await quiz(page).getByRole('button', { name: 'Terminer et voir la correction' }).click();
  await quiz(page).getByText('Votre résultat').waitFor();
  const rapport = await quiz(page).locator('[class*="rapport"]').textContent();
  expect(rapport).toMatch(/seuil de réussite non atteint/);
  expect(await quiz(page).locator('table[class*="tableCriteres"] tbody tr').count()).toBe(new Set(CADRE.questions.flatMap((q) => q.criteres)).size);
  expect(await axeViolations(page, 'rapport d’examen')).toEqual([]);
  const journal = await storedJournal(page);
  expect(journal!.entrees.map((e) => e.v)).toContain('failed');
  expect(g.report()).toBe('');
});

test('a case study can be played to its end, with a debrief per critère', async () => {
  const page = await ouvrir(session.context);
  const g = guard(page);
  const cas = await commencerLeCas(page, 'premiers-jours-de-karim');
  const meilleur = cheminDuCas('premiers-jours-de-karim', 'optimale');
  for (const choice of meilleur.choix) {
    await cas.getByRole('button', { name: choice, exact: true }).click();
    await attendreFocus(cas.locator('h5').first(), 'le titre de la conséquence');
    await cas.getByRole('button', { name: 'Continuer' }).click();
  }
  await cas.getByText(meilleur.titre).waitFor();
  expect(await cas.locator('ul[class*="debrief"] > li').count()).toBe(meilleur.debrief);
  expect(await axeViolations(page, 'fin de la mise en situation')).toEqual([]);
  const journal = await storedJournal(page);
  const verbs = journal!.entrees.map((e) => e.v);
  expect(verbs.filter((v) => v === 'answered')).toHaveLength(meilleur.decisions);
  expect(verbs).toContain('completed');
  expect(g.report()).toBe('');
});

test('a corrupt stored record is quarantined: the page still works and says so', async () => {
  const page = await ouvrir(session.context);
  const garbage = '{"format":"moniteur-atelier/journal","version":1,"learnerId":"tronqué…';
  await attendreLeStockage(page);
  await page.evaluate(
    ({ key, value }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('moniteur-atelier');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('kv', 'readwrite');
          tx.objectStore('kv').put(value, key);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { key: JOURNAL_KEY, value: garbage },
  );
  await page.reload({ waitUntil: 'networkidle' });
  const g = guard(page);
  await quiz(page).getByRole('alert').filter({ hasText: /mises de côté sans être effacées/ }).waitFor();
  const cles = await lireStockage(page, { prefixe: `moniteur-atelier@${BASE_PATH}/quarantaine/` });
  const quarantined = await Promise.all(cles.map((cle) => lireStockage(page, { cle })));
  expect(quarantined).toEqual([garbage]);
  // The quiz still works and records again.
  await quiz(page).getByLabel(CHOIX_UNIQUE.bonne, { exact: true }).check();
  await quiz(page).locator(questionDe(CHOIX_UNIQUE.id)).getByRole('button', { name: 'Vérifier' }).click();
  await quiz(page).getByText('Bonne réponse').waitFor();
  expect(g.report()).toBe('');
});

test('a database of the same name without our store (another project of the same origin) gets it added: its data stays, answers are recorded', async () => {
  const avant = await session.context.newPage();
  await avant.goto(url('licences'), { waitUntil: 'networkidle' });
  await avant.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('moniteur-atelier', 1);
        req.onupgradeneeded = () => req.result.createObjectStore('autre').put('à garder', 'cle');
        req.onsuccess = () => {
          req.result.close();
          resolve();
        };
        req.onerror = () => reject(req.error);
      }),
  );
  await avant.close();
  const page = await ouvrir(session.context);
  const g = guard(page);
  await quiz(page).getByLabel(CHOIX_UNIQUE.bonne, { exact: true }).check();
  await quiz(page).locator(questionDe(CHOIX_UNIQUE.id)).getByRole('button', { name: 'Vérifier' }).click();
  await quiz(page).getByText('Bonne réponse').waitFor();
  await waitForStoredJournal(page, (verbs) => verbs.includes('answered'));
  const autre = await page.evaluate(
    () =>
      new Promise<unknown>((resolve, reject) => {
        const req = indexedDB.open('moniteur-atelier');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const get = req.result.transaction('autre', 'readonly').objectStore('autre').get('cle');
          get.onsuccess = () => {
            req.result.close();
            resolve(get.result);
          };
          get.onerror = () => reject(get.error);
        };
      }),
  );
  expect(autre).toBe('à garder');
  // Saved for good: no « pendant cette visite seulement » warning.
  expect(await page.getByText(/cette visite seulement/).count()).toBe(0);
  expect(g.report()).toBe('');
});

test('an ordering question never starts in the right order, in the built HTML as in the live page, and its start earns nothing', async () => {
  const ordre = CADRE.questions.find((q): q is Extract<typeof q, { type: 'ordre' }> => q.type === 'ordre')!;
  const juste = ordre.etapes.map((e) => plainText(e.texte));
  const fieldset = (root: Page) => root.locator(`[data-quiz="${CADRE.id}"]`).locator(questionDe(ordre.id));
  // The HTML of the build, before any script.
  const context = await session.context.browser()!.newContext({ javaScriptEnabled: false });
  const statique = await context.newPage();
  await statique.goto(url(DEMO_PAGE), { waitUntil: 'load' });
  const avant = (await fieldset(statique).locator('ol > li').allTextContents()).map((t) => juste.find((j) => t.includes(j)));
  await context.close();
  expect(avant).toHaveLength(juste.length);
  expect(avant).not.toEqual(juste);
  // The live page shows the same starting order, and « Vérifier » on it earns 0 point.
  const page = await ouvrir(session.context);
  const g = guard(page);
  await fieldset(page).locator('ol > li').first().waitFor();
  await fieldset(page).getByRole('button', { name: /^Monter/ }).first().waitFor();
  const vivant = (await fieldset(page).locator('ol > li').allTextContents()).map((t) => juste.find((j) => t.includes(j)));
  expect(vivant).toEqual(avant);
  await fieldset(page).getByRole('button', { name: 'Vérifier' }).click();
  await fieldset(page).getByText(/Réponse incorrecte — 0 \/ 1 point/).waitFor();
  expect(g.report()).toBe('');
});

test('a case study: choices in an order of the attempt, an unfinished attempt taken up after a reload, its result in points', async () => {
  const page = await ouvrir(session.context);
  const g = guard(page);
  const meilleur = cheminDuCas('premiers-jours-de-karim', 'optimale');
  const cas = await commencerLeCas(page, 'premiers-jours-de-karim');
  const ordre1 = await cas.locator('ul[class*="choix"] button').allTextContents();
  await cas.getByRole('button', { name: meilleur.choix[0], exact: true }).click();
  await cas.getByRole('button', { name: 'Continuer' }).click();
  await cas.getByRole('button', { name: meilleur.choix[1], exact: true }).waitFor();
  const ordre2 = await cas.locator('ul[class*="choix"] button').allTextContents();
  await waitForStoredJournal(page, (verbs) => verbs.filter((v) => v === 'answered').length >= 1);
  // After a reload: the attempt is offered again, where it was, with the same order of choices.
  await page.reload({ waitUntil: 'networkidle' });
  await cas.getByText(/Vous avez commencé cette mise en situation sans la finir \(1 décision prise\)/).waitFor();
  await cas.getByRole('button', { name: 'Reprendre où j’en étais' }).click();
  await cas.getByRole('button', { name: meilleur.choix[1], exact: true }).waitFor();
  expect(await cas.locator('ul[class*="choix"] button').allTextContents()).toEqual(ordre2);
  for (const choix of meilleur.choix.slice(1)) {
    await cas.getByRole('button', { name: choix, exact: true }).click();
    await cas.getByRole('button', { name: 'Continuer' }).click();
  }
  await cas.getByText(meilleur.titre).waitFor();
  await cas.getByText(/Votre parcours : \d+ \/ \d+ points \(100 %\)/).waitFor();
  // A new attempt draws another order of the first choices (the attempt id seeds it; 1 chance in 6 to meet the same order, so several tries).
  let autre = false;
  for (let essai = 0; essai < 8 && !autre; essai += 1) {
    await cas.getByRole('button', { name: 'Rejouer la mise en situation' }).click();
    await cas.locator('ul[class*="choix"] button').first().waitFor();
    autre = JSON.stringify(await cas.locator('ul[class*="choix"] button').allTextContents()) !== JSON.stringify(ordre1);
    await cas.getByRole('button', { name: meilleur.choix[0], exact: true }).click();
    await cas.getByRole('button', { name: 'Continuer' }).click();
    for (const choix of meilleur.choix.slice(1)) {
      await cas.getByRole('button', { name: choix, exact: true }).click();
      await cas.getByRole('button', { name: 'Continuer' }).click();
    }
    await cas.getByText(meilleur.titre).waitFor();
  }
  expect(autre).toBe(true);
  // The result after a reload names the band and the points.
  await page.reload({ waitUntil: 'networkidle' });
  await cas.getByText(/Dernier parcours terminé le .* : issue favorable \(\d+ \/ \d+ points\)/).waitFor();
  expect(g.report()).toBe('');
});
