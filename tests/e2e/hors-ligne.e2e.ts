/**
 * Offline mode in Chromium, for real: the built site is copied and served by its
 * own server process, a first visit installs the service worker, then the server
 * is stopped and the browser put offline — a lesson never opened, a quiz with its
 * correction, a case study and an H5P activity still work, and the indicator says
 * so. After one search online, the search works offline too. Then a new version of the site is published: it waits, the learner applies
 * it from the indicator, and the learner's results are still there.
 */
import { cheminDuCas, commencerLeCas } from './cas';
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { FILE_APPUIS } from '@site/src/components/Activite/appuis-precoces';
import { BASE_PATH, DELAI, attendreOuExpliquer, attendreQue, axeViolations, launch, newContext } from './helpers';
import { answerAll, DEMO_PAGE, quiz, waitForStoredJournal } from './demo';

let browser: Browser;
let copie: string;
let port: number;
let serveur: ChildProcess | null = null;
let context: BrowserContext;

function portLibre(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function demarrerServeur(): Promise<void> {
  serveur = spawn(process.execPath, [path.join('scripts', 'serve-build.mjs'), '--port', String(port), '--dir', copie], {
    env: { ...process.env, BASE_URL: BASE_PATH },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    serveur!.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Site servi sur')) resolve();
    });
    serveur!.once('exit', (code) => reject(new Error(`le serveur s'est arrêté (code ${code})`)));
  });
}

async function arreterServeur(): Promise<void> {
  if (!serveur) return;
  const s = serveur;
  serveur = null;
  await new Promise<void>((resolve) => {
    s.once('exit', () => resolve());
    s.kill();
  });
}

const adresse = (p: string) => `http://127.0.0.1:${port}${BASE_PATH}${p}`;

let horsLigne = false;

async function couperLeReseau(): Promise<void> {
  horsLigne = true;
  await context.setOffline(true);
}

async function visiter(page: Page, p: string): Promise<void> {
  await page.goto(adresse(p), { waitUntil: 'load' });
  await page.locator('h1').first().waitFor();
  // Chromium 150's network emulation: a document loaded by the service worker while the
  // context is offline starts with navigator.onLine = true (the cut is only seen by the
  // document that was open when it happened). Cut again, as a real network would stay cut.
  if (horsLigne) {
    await context.setOffline(false);
    await context.setOffline(true);
  }
}

async function attendreHorsLignePret(page: Page): Promise<void> {
  // The whole site is downloaded in the background first.
  await page.locator('[data-hors-ligne="pret"]').first().waitFor({ timeout: 2 * DELAI });
}

beforeAll(async () => {
  browser = await launch();
  copie = mkdtempSync(path.join(os.tmpdir(), 'moniteur-hors-ligne-'));
  cpSync('build', copie, { recursive: true });
  port = await portLibre();
});
afterAll(async () => {
  await arreterServeur();
  await browser?.close();
  rmSync(copie, { recursive: true, force: true });
});
beforeEach(async () => {
  horsLigne = false;
  await demarrerServeur();
  context = await newContext(browser, { serviceWorkers: 'allow' });
});
afterEach(async () => {
  await context?.close();
  await arreterServeur();
});

test('after a first visit, lessons, quizzes, case studies and H5P work with the network cut', async () => {
  const page = await context.newPage();
  await visiter(page, '');
  await attendreHorsLignePret(page);
  expect(await axeViolations(page, 'accueil, hors connexion prêt')).toEqual([]);
  // On a phone too, the indicator is in the top bar (not only in the ☰ menu).
  await page.setViewportSize({ width: 390, height: 844 });
  const indicateur = page.locator('.navbar [data-hors-ligne="pret"]');
  await indicateur.waitFor();
  const boite = (await indicateur.boundingBox())!;
  const barre = (await page.locator('nav.navbar').boundingBox())!;
  expect(boite.y).toBeGreaterThanOrEqual(barre.y);
  expect(boite.y + boite.height).toBeLessThanOrEqual(barre.y + barre.height);
  expect(boite.x + boite.width).toBeLessThanOrEqual(390);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(await axeViolations(page, 'accueil, téléphone, hors connexion prêt')).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 900 });

  await arreterServeur();
  await couperLeReseau();

  // A lesson never opened before.
  await visiter(page, 'cours/bloc-2/demarche-qualite');
  await page.getByRole('status').filter({ hasText: 'Hors connexion : cours et activités disponibles' }).first().waitFor();
  expect(await axeViolations(page, 'leçon hors connexion')).toEqual([]);

  // A quiz, corrected offline (its answer key is kept too), and a case study.
  await visiter(page, DEMO_PAGE);
  await answerAll(page, true);
  await quiz(page).getByRole('button', { name: 'Vérifier' }).first().click();
  await quiz(page).getByText('Bonne réponse').first().waitFor();
  const cas = await commencerLeCas(page, 'premiers-jours-de-karim');
  await cas.getByRole('button', { name: cheminDuCas('premiers-jours-de-karim', 'optimale').choix[0], exact: true }).click();
  await cas.getByRole('button', { name: 'Continuer' }).waitFor();

  // An H5P activity: player, libraries and content come from the device.
  // Seen twice in a loaded series (never alone, even with the processor slowed 40 times): no iframe
  // after « Lancer ». If it comes back, the failure says in what state the activity was.
  const messages: string[] = [];
  page.on('console', (m) => messages.push(`${m.type()}: ${m.text().slice(0, 200)}`));
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message.slice(0, 200)}`));
  await visiter(page, 'cours/introduction/activites-h5p');
  await page.getByRole('button', { name: 'Lancer l’activité interactive' }).first().click();
  const iframe = page.locator('[data-activite-h5p] iframe').first();
  await attendreOuExpliquer(iframe, async () => {
    const etat = await page.evaluate((fileAppuis) => {
      const ilot = document.querySelector('[data-ilot]');
      return {
        attrs: ilot ? [...ilot.attributes].map((a) => a.name).join(',') : 'pas d’îlot',
        html: document.querySelector('[data-activite-h5p]')?.outerHTML.slice(0, 1500),
        alerte: [...document.querySelectorAll('[role=alert]')].map((a) => a.textContent).join(' | '),
        appuisEnAttente: ((window as unknown as Record<string, unknown[] | undefined>)[fileAppuis])?.length ?? null,
        online: navigator.onLine,
        sw: Boolean(navigator.serviceWorker?.controller),
        bouton: document.querySelector('[data-activite-h5p] button')?.textContent,
      };
    }, FILE_APPUIS);
    return `État de l’activité : ${JSON.stringify(etat, null, 1)}\nConsole de la page :\n${messages.join('\n')}`;
  });
  const frame = (await (await iframe.elementHandle())!.contentFrame())!;
  await frame.locator('.h5p-moniteur-atelier .ma-question').first().waitFor();

  // Progress pages read the kept activity index.
  await visiter(page, 'progression');
  await page.locator('[data-graphique]').first().waitFor();
});

test('after one search online, the search works with the network cut', async () => {
  const page = await context.newPage();
  await visiter(page, '');
  await attendreHorsLignePret(page);
  await visiter(page, `search?q=${encodeURIComponent('bientraitance')}`);
  const resultats = page.locator('article[class*="searchResultItem"] h2 a');
  await resultats.first().waitFor();
  // The whole index arrives in the background and is kept by the service worker.
  await attendreQue('index de recherche complet gardé', () =>
    page.evaluate(async () => {
      for (const nom of await caches.keys()) {
        const requetes = await (await caches.open(nom)).keys();
        if (requetes.some((r) => /\/recherche\/[0-9a-f]+\/tout\.json$/.test(new URL(r.url).pathname))) return true;
      }
      return false;
    }),
  );

  await arreterServeur();
  await couperLeReseau();

  // Words never searched before: their fragments and documents come from the kept whole index.
  await visiter(page, `search?q=${encodeURIComponent("l'autodetermination")}`);
  await resultats.first().waitFor();
  const chemins = await resultats.evaluateAll((liens) => liens.map((a) => (a as HTMLAnchorElement).pathname));
  expect(chemins).toContain(`${BASE_PATH}cours/introduction/le-metier`);
});

test('a new version waits for the learner, who applies it without losing results', async () => {
  const page = await context.newPage();
  await visiter(page, DEMO_PAGE);
  await attendreHorsLignePret(page);
  await answerAll(page, true);
  await quiz(page).getByRole('button', { name: 'Vérifier' }).first().click();
  await quiz(page).getByText('Bonne réponse').first().waitFor();
  await waitForStoredJournal(page, (verbs) => verbs.includes('answered'));

  // Publish a new version: the service worker's script changes.
  appendFileSync(path.join(copie, 'sw.js'), `\n/* nouvelle version publiée pendant le test */\n`);
  await visiter(page, 'progression');
  const bouton = page.getByRole('button', { name: 'Mettre à jour' });
  await bouton.waitFor({ timeout: 2 * DELAI });
  expect(await axeViolations(page, 'mise à jour disponible')).toEqual([]);
  await Promise.all([page.waitForEvent('load'), bouton.click()]);
  await page.locator('main h1').waitFor();
  await attendreHorsLignePret(page);
  expect(await page.getByRole('button', { name: 'Mettre à jour' }).count()).toBe(0);
  // The learner's answer is still in the record.
  await page.getByText('Chargement de vos données…').waitFor({ state: 'detached' });
  const critere = await page.locator('section[data-bloc] details li').filter({ hasText: /1 réponse/ }).count();
  expect(critere).toBeGreaterThan(0);
});
