/**
 * The demo lesson used by several browser tests: its quiz (answered right or
 * wrong), and the learner's stored record read back from IndexedDB.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { ACTIVITES } from '@site/quizzes/index';
import type { Question, Quiz } from '@site/src/domain/quiz/types';
import { plainText } from '@site/src/domain/texte/richText';
import { typographieActivite } from '@site/src/domain/texte/typographie';
import { activiteVivante, attendreQue, BASE_PATH, lireStockage, rapprocher, url } from './helpers';

export const DEMO_PAGE = 'cours/introduction/s-entrainer-sur-le-cadre';
export const JOURNAL_KEY = `moniteur-atelier@${BASE_PATH}/journal/principal`;

export async function openDemo(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url(DEMO_PAGE), { waitUntil: 'networkidle' });
  await page.locator('[data-quiz="cadre-esat-ea"]').waitFor();
  return page;
}

/** Reads one key of the site's IndexedDB store (raw string; null when absent). */
export function readStored(page: Page, key: string): Promise<string | null> {
  return lireStockage(page, { cle: key });
}

/**
 * Waits until the demo quiz is live and the site has created its store (src/lib/storage.ts),
 * before a test writes into it: a database the test created first would lack the store.
 */
export async function attendreLeStockage(page: Page): Promise<void> {
  // The island swaps the server's HTML for the live quiz when it comes near: scroll by selector, in the
  // page, not through an element handle that the swap may detach on a slow machine.
  await activiteVivante(page, 'cadre-esat-ea');
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open('moniteur-atelier');
        open.onupgradeneeded = () => open.transaction!.abort();
        open.onerror = () => resolve(false);
        open.onsuccess = () => {
          const pret = open.result.objectStoreNames.contains('kv');
          open.result.close();
          resolve(pret);
        };
      }),
    undefined,
    { polling: 100, timeout: 60_000 },
  );
}

/** Reads the stored journal of the default profile. */
export async function storedJournal(page: Page, key = JOURNAL_KEY): Promise<{ entrees: { v: string }[] } | null> {
  const raw = await readStored(page, key);
  return raw ? JSON.parse(raw) : null;
}

export const quiz = (page: Page) => page.locator('[data-quiz="cadre-esat-ea"]');

/**
 * The demo quiz as written (tests/e2e read answers from the data, not from today's wording),
 * with the French typography the build gives its texts (narrow no-break spaces), as on screen.
 */
export const CADRE = typographieActivite(ACTIVITES.find((a): a is Quiz => a.kind === 'quiz' && a.id === 'cadre-esat-ea')!);

/**
 * Brings the demo quiz near (its code arrives), waits until it has read the attempt kept on
 * this device (src/domain/quiz/reprise.ts) and, if it offers to resume one, starts again.
 */
export async function quizNeuf(page: Page): Promise<void> {
  await rapprocher(page, '[data-quiz="cadre-esat-ea"]');
  const pret = page.locator('[data-quiz="cadre-esat-ea"]:is([data-reprise="reglee"], [data-reprise="proposee"])');
  await pret.waitFor();
  if ((await pret.getAttribute('data-reprise')) === 'proposee') await quiz(page).getByRole('button', { name: 'Recommencer' }).click();
  await page.locator('[data-quiz="cadre-esat-ea"][data-reprise="reglee"]').waitFor();
}

const premiere = <K extends Question['type']>(type: K) => {
  const index = CADRE.questions.findIndex((q) => q.type === type);
  return { index, question: CADRE.questions[index] as Extract<Question, { type: K }> };
};
/** The first single-choice question: its position, and the label of its right answer. */
export const CHOIX_UNIQUE = (() => {
  const { index, question } = premiere('choix-unique');
  return { index, id: question.id, bonne: plainText(question.options.find((o) => o.id === question.reponse)!.texte) };
})();
/** The first true/false question: its position, and the label of its right answer. */
export const VRAI_FAUX = (() => {
  const { index, question } = premiere('vrai-faux');
  return { index, id: question.id, bonne: question.reponse ? 'Vrai' : 'Faux' };
})();

/** The fieldset of a question of the demo quiz. */
export const questionDe = (id: string) => `fieldset:has([id^="${CADRE.id}-${id}-"])`;

/** Answers every question of the demo quiz, right or wrong, by the ids of its inputs. */
export async function answerAll(page: Page, right: boolean) {
  const q = quiz(page);
  const champ = (question: Question, suffixe: string) => q.locator(`[id="${CADRE.id}-${question.id}-${suffixe}"]`);
  for (const question of CADRE.questions) {
    await q.locator(`[id^="${CADRE.id}-${question.id}-"]`).first().waitFor();
    switch (question.type) {
      case 'choix-unique':
        await champ(question, right ? question.reponse : question.options.find((o) => o.id !== question.reponse)!.id).check();
        break;
      case 'choix-multiples':
        for (const id of right ? question.reponses : [question.options.find((o) => !question.reponses.includes(o.id))!.id]) await champ(question, id).check();
        break;
      case 'vrai-faux':
        await champ(question, String(right ? question.reponse : !question.reponse)).check();
        break;
      case 'association':
        for (const g of question.gauche) {
          const bonne = question.paires[g.id]!;
          await champ(question, g.id).selectOption(right ? bonne : question.droite.find((d) => d.id !== bonne)!.id);
        }
        break;
      case 'ordre':
        // Wrong: the starting order, which earns nothing. Right: each step brought up to its place.
        if (!right) break;
        for (let target = 0; target < question.etapes.length; target += 1) {
          const texte = plainText(question.etapes[target]!.texte);
          for (;;) {
            const items = await q.locator(`[id="${CADRE.id}-${question.id}-enonce"]`).locator('xpath=ancestor::fieldset[1]').locator('ol > li').allTextContents();
            const index = items.findIndex((t) => t.includes(texte));
            if (index <= target) break;
            await q.getByRole('button', { name: `Monter « ${texte} »`, exact: true }).click();
          }
        }
        break;
      case 'texte-a-trous':
        for (const [nom, trou] of Object.entries(question.trous)) await champ(question, nom).fill(right ? trou.acceptees[0]! : 'zzz');
        break;
      case 'numerique':
        await champ(question, 'valeur').fill(String(right ? question.reponse.valeur : question.reponse.valeur + 1000).replace('.', ','));
        break;
    }
  }
}

/** Waits until the stored journal (IndexedDB writes are asynchronous) satisfies a condition. */
export async function waitForStoredJournal(page: Page, ok: (verbs: string[]) => boolean, key = JOURNAL_KEY): Promise<void> {
  await attendreQue(`journal « ${key} » : écriture attendue`, async () => {
    const journal = await storedJournal(page, key);
    return journal !== null && ok(journal.entrees.map((e) => e.v));
  });
}
