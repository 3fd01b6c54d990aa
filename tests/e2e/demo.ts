/**
 * The demo lesson used by several browser tests: its quiz (answered right or
 * wrong), and the learner's stored record read back from IndexedDB.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { attendreQue, BASE_PATH, url } from './helpers';

export const DEMO_PAGE = 'cours/introduction/s-entrainer-sur-le-cadre';
export const JOURNAL_KEY = `moniteur-atelier@${BASE_PATH}/journal/principal`;

export async function openDemo(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url(DEMO_PAGE), { waitUntil: 'networkidle' });
  await page.locator('[data-quiz="cadre-esat-ea"]').waitFor();
  return page;
}

/** Reads one key of the site's IndexedDB store (raw string). */
export function readStored(page: Page, key: string): Promise<string | null> {
  return page.evaluate(
    (k) =>
      new Promise<string | null>((resolve, reject) => {
        const open = indexedDB.open('moniteur-atelier');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('kv', 'readonly').objectStore('kv').get(k);
          req.onsuccess = () => resolve((req.result as string | undefined) ?? null);
          req.onerror = () => reject(req.error);
        };
      }),
    key,
  );
}

/** Reads the stored journal of the default profile. */
export async function storedJournal(page: Page, key = JOURNAL_KEY): Promise<{ entrees: { v: string }[] } | null> {
  const raw = await readStored(page, key);
  return raw ? JSON.parse(raw) : null;
}

export const quiz = (page: Page) => page.locator('[data-quiz="cadre-esat-ea"]');

/**
 * Brings the demo quiz near (its code arrives), waits until it has read the attempt kept on
 * this device (src/domain/quiz/reprise.ts) and, if it offers to resume one, starts again.
 */
export async function quizNeuf(page: Page): Promise<void> {
  await quiz(page).scrollIntoViewIfNeeded();
  const pret = page.locator('[data-quiz="cadre-esat-ea"]:is([data-reprise="reglee"], [data-reprise="proposee"])');
  await pret.waitFor();
  if ((await pret.getAttribute('data-reprise')) === 'proposee') await quiz(page).getByRole('button', { name: 'Recommencer' }).click();
  await page.locator('[data-quiz="cadre-esat-ea"][data-reprise="reglee"]').waitFor();
}

/** Answers every question of the demo quiz, right or wrong, with the keyboard and mouse. */
export async function answerAll(page: Page, right: boolean) {
  const q = quiz(page);
  const pick = async (id: string, label: string | RegExp) => {
    await q.locator(`[id^="cadre-esat-ea-${id}-"]`).first().waitFor();
    await q.getByLabel(label).first().check();
  };
  await pick('statut-travailleur', right ? /Non, elle est accueillie/ : /Oui, elle a un contrat/);
  await pick('periode-essai', right ? 'Faux' : 'Vrai');
  if (right) {
    for (const l of [/droit d’alerte/, /droit syndical/, /expression directe/]) await q.getByLabel(l).check();
  } else {
    await q.getByLabel(/délégué des travailleurs/).check();
  }
  const pairs: [RegExp, string][] = [
    [/Délégué des travailleurs et instance mixte/, 'Décret n° 2022-1561'],
    [/Droit syndical et droit de grève/, 'Loi n° 2023-1196'],
    [/Période d’essai ramenée/, 'Décret n° 2025-844'],
    [/Nom « contrat d’accompagnement/, 'Décret n° 2025-845'],
  ];
  for (const [left, right2] of pairs) await q.getByLabel(left).selectOption({ label: right ? right2 : 'Loi n° 2002-2' });
  const steps = ['La personne dépose une demande', 'La CDAPH décide', 'L’ESAT admet', 'La période d’essai de 3 mois', 'Le contrat d’accompagnement par le travail est reconduit'];
  if (right) {
    for (let target = 0; target < steps.length; target += 1) {
      for (;;) {
        const items = await q.locator('ol[class*="ordre"] > li').allTextContents();
        const index = items.findIndex((t) => t.includes(steps[target]!));
        if (index <= target) break;
        await q.getByRole('button', { name: new RegExp(`^Monter « ${steps[target]}`) }).click();
      }
    }
  }
  await q.getByLabel('Trou 1').fill(right ? '55' : '80');
  await q.getByLabel('Trou 2').fill(right ? '100' : '100');
  await q.getByLabel('Trou 3').fill(right ? 'travail' : 'séjour');
  await q.getByLabel('Votre réponse').fill(right ? '55,7' : '55');
  await pick('droit-au-retour', right ? /Il peut revenir dans son ESAT/ : /Il doit refaire une demande/);
  await q.locator(right ? '#cadre-esat-ea-orientation-ea-false' : '#cadre-esat-ea-orientation-ea-true').check();
  await pick('cumul-activites', right ? /Un cumul d’activités/ : /Rien : il faut choisir/);
}


/** Waits until the stored journal (IndexedDB writes are asynchronous) satisfies a condition. */
export async function waitForStoredJournal(page: Page, ok: (verbs: string[]) => boolean, key = JOURNAL_KEY): Promise<void> {
  await attendreQue(`journal « ${key} » : écriture attendue`, async () => {
    const journal = await storedJournal(page, key);
    return journal !== null && ok(journal.entrees.map((e) => e.v));
  });
}
