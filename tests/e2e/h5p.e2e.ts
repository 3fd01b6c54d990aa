/**
 * H5P in the built site (site.e2e.ts checks that no page loads any H5P file
 * before the learner starts an activity): the activity plays in h5p-standalone, emits xAPI that lands in the
 * learner's journal; its state survives a reload; a missing library gives a French
 * message; axe finds no violation, inside our content type too.
 */
import type { Frame, Page } from 'playwright-core';
import { LIBRARY_FOLDER, LIBRARY_NAME } from '@site/src/build/h5p/semantics';
import { BASE_PATH, attendreQue, axeViolations, guard, lireStockage, url, sessionParTest } from './helpers';
import { CHOIX_UNIQUE, CADRE, VRAI_FAUX } from './demo';

const PAGE = 'cours/introduction/activites-h5p';
const ACTIVITE = 'cadre-esat-ea';

const session = sessionParTest();

function h5pRequests(page: Page): { urls: string[]; bytes: () => number } {
  const urls: string[] = [];
  let bytes = 0;
  page.on('response', async (r) => {
    if (new URL(r.url()).pathname.startsWith(`${BASE_PATH}h5p/`) || /h5p-standalone|frame\.bundle/.test(r.url())) {
      urls.push(r.url());
      try {
        bytes += (await r.body()).length;
      } catch {
        // bodies of redirected or aborted responses are not available
      }
    }
  });
  return { urls, bytes: () => bytes };
}

async function start(page: Page): Promise<Frame> {
  await page.getByRole('button', { name: 'Lancer l’activité interactive' }).click();
  const iframe = page.locator(`[data-activite-h5p="${ACTIVITE}"] iframe`);
  await iframe.waitFor();
  const frame = (await iframe.elementHandle())!.contentFrame();
  const f = (await frame)!;
  await f.locator('.h5p-moniteur-atelier .ma-question').first().waitFor();
  return f;
}

async function journalVerbs(page: Page): Promise<string[]> {
  const raw = await lireStockage(page, { cle: `moniteur-atelier@${BASE_PATH}/journal/principal` });
  const doc = raw ? (JSON.parse(raw) as { entrees: { v: string; g: string; o: string }[] }) : { entrees: [] };
  return doc.entrees.map((e) => `${e.g}:${e.v}:${e.o}`);
}

test('an H5P activity plays, records xAPI in the journal, and restores its state after a reload', async () => {
  const page = await session.context.newPage();
  const g = guard(page);
  const requests = h5pRequests(page);
  await page.goto(url(PAGE), { waitUntil: 'networkidle' });
  expect(requests.urls).toEqual([]);
  // Near the top of the page, the activity's code still waits for the learner (a touch or the focus):
  // the click below lands on the page's HTML and is replayed on the live activity.
  expect(await page.locator(`[data-ilot="${ACTIVITE}"][data-ilot-actif]`).count()).toBe(0);
  // The .h5p package is for trainers (/formateurs/ressources), not offered to the learner here.
  expect(await page.getByRole('link', { name: /paquet H5P/ }).count()).toBe(0);
  expect(await page.locator(`a[href$="${ACTIVITE}.h5p"]`).count()).toBe(0);
  const frame = await start(page);
  const before = requests.bytes();
  expect(before).toBeGreaterThan(0);
  expect(await frame.locator('.ma-question').count()).toBe(CADRE.questions.length);
  // Answer the true/false question and the first question.
  const vf = frame.locator('.ma-question').nth(VRAI_FAUX.index);
  await vf.getByLabel(VRAI_FAUX.bonne, { exact: true }).check();
  await vf.getByRole('button', { name: 'Vérifier' }).click();
  await vf.getByText('Bonne réponse').waitFor();
  const cu = frame.locator('.ma-question').nth(CHOIX_UNIQUE.index);
  await cu.getByLabel(CHOIX_UNIQUE.bonne, { exact: true }).check();
  await cu.getByRole('button', { name: 'Vérifier' }).click();
  await cu.getByText('Bonne réponse').waitFor();
  const attendus = [`h5p:answered:h5p/${ACTIVITE}/questions/periode-essai`, `h5p:answered:h5p/${ACTIVITE}/questions/statut-travailleur`];
  // The journal is written asynchronously: wait until both answers are stored.
  await attendreQue('les deux réponses H5P dans le journal', async () => {
    const verbs = await journalVerbs(page);
    return attendus.every((v) => verbs.includes(v));
  });
  // The player's iframe is checked with the page (axe runs in every frame).
  expect(await axeViolations(page, 'page H5P et contenu H5P')).toEqual([]);
  expect(g.report()).toBe('');

  // Reload: the saved state comes back.
  await page.reload({ waitUntil: 'networkidle' });
  const again = await start(page);
  await again.locator('.ma-question').nth(1).getByText('Bonne réponse').waitFor();
  expect(await again.locator('.ma-correction').count()).toBe(2);
  expect(g.report()).toBe('');
  console.log(`Octets H5P chargés après le clic (lecteur, bibliothèque, contenu) : ${before}`);
});

test('a case study plays in H5P to its end, and its completion reaches the journal', async () => {
  const page = await session.context.newPage();
  const g = guard(page);
  await page.goto(url('cours/bloc-2/demarche-qualite'), { waitUntil: 'networkidle' });
  const section = page.locator('[data-activite-h5p="coffrets-non-conformes"]');
  await section.getByRole('button', { name: 'Lancer l’activité interactive' }).click();
  const iframe = section.locator('iframe');
  await iframe.waitFor();
  const frame = (await (await iframe.elementHandle())!.contentFrame())!;
  await frame.getByRole('button', { name: 'Commencer la mise en situation' }).click();
  for (let step = 0; step < 30; step += 1) {
    if ((await frame.locator('.ma-fin').count()) > 0) break;
    await frame.locator('.ma-choix-bouton').first().click();
    await frame.getByRole('button', { name: 'Continuer' }).click();
  }
  await frame.locator('.ma-fin').getByText('Retour sur vos choix, point par point').waitFor();
  await attendreQue('la fin de la mise en situation H5P dans le journal', async () => (await journalVerbs(page)).includes('h5p:completed:h5p/coffrets-non-conformes'));
  const verbs = await journalVerbs(page);
  expect(verbs.filter((v) => v.startsWith('h5p:answered:h5p/coffrets-non-conformes/noeuds/')).length).toBeGreaterThanOrEqual(3);
  expect(await axeViolations(page, 'fin d’une mise en situation H5P')).toEqual([]);
  expect(g.report()).toBe('');
});

test('a missing library is named in French instead of an empty box', async () => {
  const page = await session.context.newPage();
  await page.route(`**${BASE_PATH}h5p/libraries/${LIBRARY_FOLDER}/library.json`, (route) => route.fulfill({ status: 404, body: 'absent' }));
  await page.goto(url(PAGE), { waitUntil: 'networkidle' });
  await page.getByRole('button', { name: 'Lancer l’activité interactive' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'bibliothèque H5P introuvable' });
  await alert.waitFor();
  expect(await alert.textContent()).toContain(`« ${LIBRARY_NAME} »`);
  expect(await page.locator(`[data-activite-h5p="${ACTIVITE}"] iframe`).count()).toBe(0);
});
