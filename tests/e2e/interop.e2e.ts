/**
 * Interoperability in the built site: the « Pour les formateurs » page offers
 * every export as a download that exists and has the right format; the settings
 * page refuses an LRS outside LRS_ORIGINS and forwards statements to an allowed
 * one — routed inside Chromium to a real LRS on loopback (tests/lrs/harnais.ts),
 * which validates each request — with a queue that survives a reload and an LRS
 * outage, and no duplicate.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { BASE_PATH, attendreQue, guard, launch, newContext, url } from './helpers';
import { CLE_TEST, demarrer, type Harnais } from '../lrs/harnais';

const LRS = 'https://lrs.essai.invalid';

let browser: Browser;
let context: BrowserContext;
let h: Harnais;
/** Was the site built with the test LRS origin allowed (as `npm test` does)? */
function buildAutoriseLrs(): boolean {
  const dir = path.resolve(__dirname, '..', '..', 'build', 'assets', 'js');
  return readdirSync(dir).some((f) => f.endsWith('.js') && readFileSync(path.join(dir, f), 'utf8').includes(LRS));
}

beforeAll(async () => {
  if (!buildAutoriseLrs()) {
    throw new Error(`Le site construit n'autorise pas le LRS d'essai : construisez-le avec LRS_ORIGINS=${LRS} (npm test le fait).`);
  }
  browser = await launch();
  h = await demarrer();
});
afterAll(async () => {
  await browser?.close();
  await h?.fermer();
});
beforeEach(async () => {
  context = await newContext(browser);
});
afterEach(async () => {
  await context?.close();
});

test('the trainers’ page lists every export per bloc, and each download is there in its format', async () => {
  const page = await context.newPage();
  const g = guard(page);
  await page.goto(url('formateurs/ressources'), { waitUntil: 'networkidle' });
  await page.getByRole('heading', { level: 1, name: /Pour les formateurs/ }).waitFor();
  const links = await page.locator('main a[download]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
  const by = (re: RegExp) => links.filter((l) => re.test(l));
  expect(by(/\/exports\/gift\/moniteur-atelier-B\d\.gift\.txt$/)).toHaveLength(3);
  expect(by(/\/exports\/moodle-xml\/moniteur-atelier-B\d\.xml$/)).toHaveLength(3);
  expect(by(/\/exports\/xapi\/moniteur-atelier-B\d\.activites\.json$/)).toHaveLength(3);
  expect(by(/\/exports\/h5p-officiel\/B\d\/[a-z0-9-]+\.h5p$/).length).toBeGreaterThanOrEqual(20);
  expect(by(/\/exports\/scorm\/B\d\/[a-z0-9-]+\.zip$/).length).toBeGreaterThanOrEqual(20);
  // Our own activities as .h5p packages (played by our content type), for trainers only.
  const paquets = by(/\/h5p\/paquets\/[a-z0-9-]+\.h5p$/);
  expect(paquets.length).toBeGreaterThanOrEqual(5);
  expect(await page.locator('#h5p-site ~ ul a').first().textContent()).toBeTruthy();
  for (const href of links) expect(href.startsWith(`${BASE_PATH}exports/`) || paquets.includes(href)).toBe(true);
  const starts: [RegExp, string][] = [
    [/\.gift\.txt$/, '// Banque de questions'],
    [/\.xml$/, '<?xml'],
    [/\.json$/, '{'],
    [/\.(h5p|zip)$/, 'PK'],
  ];
  for (const href of links) {
    const r = await page.request.get(new URL(href, page.url()).toString());
    expect([href, r.status()]).toEqual([href, 200]);
    const head = (await r.body()).subarray(0, 30).toString('utf8');
    const expected = starts.find(([re]) => re.test(href))![1];
    expect([href, head.startsWith(expected)]).toEqual([href, true]);
  }
  // How to bring a trainer's own Moodle bank into the site.
  const importer = page.getByRole('region', { name: 'Ajouter au site votre propre banque Moodle' });
  await importer.getByText('npm run import -- --format moodle-xml ma-banque.xml --bloc B2').waitFor();
  expect(await importer.getByRole('listitem').count()).toBe(4);
  expect(await page.getByRole('navigation', { name: 'Formats proposés' }).getByRole('link', { name: 'Ajouter au site votre propre banque Moodle' }).getAttribute('href')).toBe('#importer');
  // The footer leads to this page and to the settings.
  expect(await page.locator('footer a', { hasText: 'Pour les formateurs' }).getAttribute('href')).toBe(`${BASE_PATH}formateurs/ressources`);
  expect(g.report()).toBe('');
});

/** Routes the allowed test LRS origin to the real LRS on loopback. */
async function routeLrs(page: Page) {
  await page.route(`${LRS}/**`, async (route) => {
    const target = route.request().url().replace(`${LRS}/xapi/`, h.endpoint);
    const response = await route.fetch({ url: target });
    await route.fulfill({ response });
  });
}

const sansLrs = (report: string) =>
  report
    .split('\n')
    .filter((l) => l !== '' && !l.includes(LRS))
    .join('\n');

test('settings: an LRS outside LRS_ORIGINS is refused; an allowed one receives valid statements, with a queue that survives a reload and an outage', async () => {
  const page = await context.newPage();
  // Chromium logs the LRS's 503 answers of the outage we cause below.
  const g = guard(page, { allowConsole: [/Failed to load resource: the server responded with a status of 503/] });
  await routeLrs(page);
  await page.goto(url('reglages'), { waitUntil: 'networkidle' });
  await page.getByText('une clé gardée dans un navigateur n’est pas secrète').waitFor();
  await page.getByLabel('Adresse de la plateforme de suivi (LRS, point d’accès xAPI)').fill('https://lrs.ailleurs.invalid/xapi/');
  await page.getByLabel('Clé d’écriture (identifiant:secret)').fill(CLE_TEST);
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await page.getByRole('alert').getByText(/n'est pas autorisée[\s\S]*LRS_ORIGINS/).waitFor();

  await page.getByLabel('Adresse de la plateforme de suivi (LRS, point d’accès xAPI)').fill(`${LRS}/xapi/`);
  await page.getByLabel('Clé d’écriture (identifiant:secret)').fill(CLE_TEST);
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await page.getByText('Réglages enregistrés').waitFor();
  expect(await page.getByLabel('Clé d’écriture (identifiant:secret)').inputValue()).toBe('');
  await page.getByRole('status').getByText('À jour').waitFor();

  // The LRS is down: an answer is queued, and the queue survives a reload.
  h.echouer(1000);
  const before = h.requetes.length;
  await page.goto(url('cours/introduction/s-entrainer-sur-le-cadre'), { waitUntil: 'networkidle' });
  const quiz = page.locator('[data-quiz="cadre-esat-ea"]');
  await quiz.getByRole('button', { name: 'Je ne sais pas' }).first().click();
  await attendreQue('une requête du site au LRS', () => h.requetes.length > before);
  await page.goto(url('reglages'), { waitUntil: 'networkidle' });
  await page.getByRole('status').getByText(/Réponses en attente d’envoi : [1-9]/).waitFor();

  // Back up: « Envoyer maintenant » delivers the same statements, once.
  h.echouer(0);
  await page.getByRole('button', { name: 'Envoyer maintenant' }).click();
  await page.getByRole('status').getByText('Réponses en attente d’envoi : 0').waitFor();
  const mine = h.requetes.slice(before);
  expect(mine.flatMap((r) => r.problemes)).toEqual([]);
  const ok = mine.filter((r) => r.status === 200);
  expect(ok.length).toBeGreaterThanOrEqual(1);
  const failedIds = mine.filter((r) => r.status === 503).flatMap((r) => r.ids);
  const sentIds = ok.flatMap((r) => r.ids);
  for (const id of failedIds) expect(sentIds).toContain(id);
  const stored = await h.stockees();
  for (const id of sentIds) expect(stored.get(id)).toBe(1);
  expect(sansLrs(g.report())).toBe('');

  // Stopping clears the key and the queue.
  await page.getByRole('button', { name: 'Arrêter l’envoi et effacer la clé' }).click();
  await page.getByRole('status').getByText('Envoi désactivé').waitFor();
});
