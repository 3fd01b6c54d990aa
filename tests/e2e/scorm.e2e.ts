/**
 * SCORM 1.2 module in Chromium, with scorm-again (a real SCORM 1.2 run-time from
 * npm) as the LMS's API in the parent page: the module finds the API, reports
 * lesson_status and score.raw/min/max, saves suspend_data (≤ 4,096 characters),
 * resumes from it, finishes on unload; opened alone (no LMS), it still works and
 * says nothing is reported. axe finds no violation inside the module.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import type { Frame, Page, Route } from 'playwright-core';
import { ACTIVITES } from '@site/quizzes/index';
import { readPages } from '@site/src/build/lecons/lecons';
import { bundleScorm, pageConstruite, paquetScorm, planModules } from '@site/src/build/scorm/construire';
import { plainText } from '@site/src/domain/texte/richText';
import { ORIGIN, axeViolations, guard, sessionParTest } from './helpers';

const siteDir = path.resolve(__dirname, '..', '..');
const plan = planModules(readPages(siteDir), ACTIVITES).find((m) => m.nom === 'demarche-qualite')!;
const files = unzipSync(paquetScorm(plan, pageConstruite(path.join(siteDir, 'build'), plan.route), bundleScorm(siteDir)));
const scorm12 = readFileSync(require.resolve('scorm-again/scorm12')).toString('utf8').replace(/\/\/# sourceMappingURL=.*$/m, '');
const quiz = plan.activites.find((a) => a.kind === 'quiz')!;

const TYPES: Record<string, string> = { html: 'text/html; charset=utf-8', js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8', xml: 'application/xml' };

/** An LMS page: scorm-again's Scorm12API as window.API, the module in an iframe. */
function lmsPage(initial: Record<string, unknown> | null): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Plateforme d'essai</title>
<script src="/__lms__/scorm12.js"></script>
<script>
window.__journal = [];
window.API = new Scorm12API({ autocommit: false, logLevel: 5 });
${initial ? `window.API.loadFromJSON(${JSON.stringify(initial)});` : ''}
window.API.on('LMSSetValue.cmi.*', function (element, value) { window.__journal.push([element, value]); });
window.API.on('LMSFinish', function () { window.__journal.push(['LMSFinish', '']); });
</script></head><body><main aria-label="Plateforme"><h1>Plateforme d'essai</h1>
<iframe title="Module de formation" src="/__lms__/module/index.html" style="width:100%;height:800px"></iframe></main></body></html>`;
}

async function serve(page: Page, initial: Record<string, unknown> | null): Promise<void> {
  await page.route(`${ORIGIN}/__lms__/**`, (route: Route) => {
    const p = new URL(route.request().url()).pathname.replace(/^\/__lms__\//, '');
    if (p === 'lms.html') return route.fulfill({ body: lmsPage(initial), contentType: TYPES.html });
    if (p === 'scorm12.js') return route.fulfill({ body: scorm12, contentType: TYPES.js });
    const name = p.replace(/^(module|seul)\//, '');
    const file = files[name];
    if (!file) return route.fulfill({ status: 404, body: 'absent' });
    return route.fulfill({ body: Buffer.from(file), contentType: TYPES[name.split('.').pop()!] ?? 'application/octet-stream' });
  });
}

async function moduleFrame(page: Page): Promise<Frame> {
  await page.locator('iframe').waitFor();
  const frame = (await (await page.locator('iframe').elementHandle())!.contentFrame())!;
  await frame.locator('html[data-pret]').waitFor({ state: 'attached' });
  await frame.locator('.ma-question').first().waitFor();
  return frame;
}

const cmi = (page: Page) =>
  page.evaluate(() => {
    const api = (window as unknown as { API: { cmi: { core: Record<string, unknown> & { score: Record<string, string> }; suspend_data: string } } }).API;
    return { status: api.cmi.core.lesson_status as string, raw: api.cmi.core.score.raw, min: api.cmi.core.score.min, max: api.cmi.core.score.max, suspend: api.cmi.suspend_data };
  });

/** The first question's right option, as shown (the player shuffles options). */
function premiereBonneReponse(): string {
  const q = quiz.kind === 'quiz' ? quiz.questions[0]! : null;
  if (!q || q.type !== 'choix-unique') throw new Error('la première question du quiz doit être un choix unique');
  return plainText(q.options.find((o) => o.id === q.reponse)!.texte);
}

const session = sessionParTest();
let saved = '';

test('in an LMS frame, the module finds scorm-again’s API and reports status, score and suspend_data', async () => {
  const page = await session.context.newPage();
  const g = guard(page);
  await serve(page, null);
  await page.goto(`${ORIGIN}/__lms__/lms.html`, { waitUntil: 'networkidle' });
  const frame = await moduleFrame(page);
  expect(await frame.getAttribute('html', 'data-pret')).toBe('plateforme');
  await frame.getByText('enregistrés par votre plateforme de formation').waitFor();
  expect(await cmi(page)).toMatchObject({ status: 'incomplete', min: '0', max: '100' });

  // A right answer: the score goes up and the state is saved.
  const first = frame.locator('.ma-question').first();
  await first.getByLabel(premiereBonneReponse(), { exact: true }).check();
  await first.getByRole('button', { name: 'Vérifier' }).click();
  await first.getByText('Bonne réponse').waitFor();
  const after = await cmi(page);
  expect(Number(after.raw)).toBeGreaterThan(0);
  expect(after.status).toBe('incomplete');
  expect(after.suspend.length).toBeGreaterThan(0);
  expect(after.suspend.length).toBeLessThanOrEqual(4096);
  saved = after.suspend;
  expect(await axeViolations(page, 'module SCORM dans une plateforme')).toEqual([]);

  // « Je ne sais pas » to every other question, then the case study to one of its endings.
  for (let i = 0; i < 40; i += 1) {
    const skip = frame.getByRole('button', { name: 'Je ne sais pas' }).first();
    if ((await skip.count()) === 0) break;
    await skip.click();
  }
  await frame.getByRole('button', { name: 'Commencer la mise en situation' }).click();
  for (let step = 0; step < 30 && (await frame.locator('.ma-fin').count()) === 0; step += 1) {
    await frame.locator('.ma-choix-bouton').first().click();
    await frame.getByRole('button', { name: 'Continuer' }).click();
  }
  await frame.locator('.ma-fin').waitFor();
  const done = await cmi(page);
  expect(['passed', 'failed']).toContain(done.status);
  expect(done.status).toBe(Number(done.raw) >= 70 ? 'passed' : 'failed');
  expect(done.suspend.length).toBeLessThanOrEqual(4096);

  // Leaving the page: session time, exit mode and LMSFinish.
  await frame.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  const journal = (await page.evaluate(() => (window as unknown as { __journal: [string, string][] }).__journal)) as [string, string][];
  expect(journal.some(([k, v]) => k === 'cmi.core.session_time' && /^\d{4}:\d{2}:\d{2}\.\d{2}$/.test(v))).toBe(true);
  expect(journal.at(-1)![0]).toBe('LMSFinish');
  expect(g.report()).toBe('');
});

test('a new session resumes from suspend_data', async () => {
  expect(saved).not.toBe('');
  const page = await session.context.newPage();
  const g = guard(page);
  await serve(page, { suspend_data: saved, core: { lesson_status: 'incomplete', entry: 'resume' } });
  await page.goto(`${ORIGIN}/__lms__/lms.html`, { waitUntil: 'networkidle' });
  const frame = await moduleFrame(page);
  await frame.locator('.ma-question').first().getByText('Bonne réponse').waitFor();
  expect(await frame.locator('.ma-correction').count()).toBe(1);
  expect((await cmi(page)).status).toBe('incomplete');
  expect(g.report()).toBe('');
});

test('opened on its own (no LMS), the module works, says nothing is reported, and keeps answers in the browser', async () => {
  const page = await session.context.newPage();
  const g = guard(page);
  await serve(page, null);
  await page.goto(`${ORIGIN}/__lms__/seul/index.html`, { waitUntil: 'networkidle' });
  await page.locator('html[data-pret="autonome"]').waitFor({ state: 'attached' });
  await page.getByText("hors d'une plateforme de formation").waitFor();
  const first = page.locator('.ma-question').first();
  await first.getByLabel(premiereBonneReponse(), { exact: true }).check();
  await first.getByRole('button', { name: 'Vérifier' }).click();
  await first.getByText('Bonne réponse').waitFor();
  await page.reload({ waitUntil: 'networkidle' });
  await page.locator('.ma-question').first().getByText('Bonne réponse').waitFor();
  expect(await page.locator('h1').count()).toBe(1);
  expect((await page.locator('article.lecon h1').textContent())?.trim()).toBe(plan.titre);
  expect(await page.locator('article.lecon [data-quiz], article.lecon button').count()).toBe(0);
  expect(await page.locator('article.lecon .renvoi').count()).toBe(plan.activites.length);
  expect(await axeViolations(page, 'module SCORM seul')).toEqual([]);
  expect(g.report()).toBe('');
});

/**
 * Resume, as an LMS does it: the learner answers part of a module (some answers
 * checked, some left as drafts, a case study half walked), quits; the LMS keeps
 * what the module reported (suspend_data, exit « suspend ») and, at the next
 * launch, gives it back under a new scorm-again API (entry « resume »). The
 * learner finds every answer, checked or not, the case study where they left
 * it, and the same score. The module is the one with the most question kinds
 * (chosen from the data, whatever the bank holds).
 */
describe('resume after quitting in the middle of a module', () => {
  const kinds = (p: typeof plan) => new Set(p.activites.flatMap((a) => (a.kind === 'quiz' ? a.questions.map((q) => q.type) : []))).size;
  const choisi = planModules(readPages(siteDir), ACTIVITES).reduce((best, p) => (kinds(p) > kinds(best) ? p : best));
  const fichiers = unzipSync(paquetScorm(choisi, pageConstruite(path.join(siteDir, 'build'), choisi.route), bundleScorm(siteDir)));

  async function lancer(page: Page, initial: Record<string, unknown> | null): Promise<Frame> {
    await page.route(`${ORIGIN}/__lms__/**`, (route: Route) => {
      const p = new URL(route.request().url()).pathname.replace(/^\/__lms__\//, '');
      if (p === 'lms.html') return route.fulfill({ body: lmsPage(initial), contentType: TYPES.html });
      if (p === 'scorm12.js') return route.fulfill({ body: scorm12, contentType: TYPES.js });
      const file = fichiers[p.replace(/^module\//, '')];
      if (!file) return route.fulfill({ status: 404, body: 'absent' });
      return route.fulfill({ body: Buffer.from(file), contentType: TYPES[p.split('.').pop()!] ?? 'application/octet-stream' });
    });
    await page.goto(`${ORIGIN}/__lms__/lms.html`, { waitUntil: 'networkidle' });
    return moduleFrame(page);
  }

  /** What the learner sees of each question (answers, drafts, corrections) and of each case study. */
  const vue = (frame: Frame) =>
    frame.evaluate(() => ({
      questions: [...document.querySelectorAll('.ma-question')].map((f) => ({
        coches: [...f.querySelectorAll('input:checked')].map((i) => i.id),
        listes: [...f.querySelectorAll('select')].map((s) => (s as HTMLSelectElement).value),
        textes: [...f.querySelectorAll('input[type="text"]')].map((i) => (i as HTMLInputElement).value),
        ordre: [...f.querySelectorAll('.ma-ordre li')].map((li) => li.textContent),
        corrigee: f.querySelectorAll('.ma-correction').length,
      })),
      cas: [...document.querySelectorAll('.ma-activite')].map((a) => a.querySelectorAll('.ma-noeud').length),
    }));

  test('the learner finds every answer, draft and case-study step after relaunching under scorm-again', async () => {
    const page = await session.context.newPage();
    const g = guard(page);
    const frame = await lancer(page, null);
    const questions = frame.locator('.ma-question');
    const n = await questions.count();
    expect(n).toBeGreaterThan(1);
    // Every other question answered and checked; the others answered as drafts; the last one left alone.
    for (let i = 0; i < n - 1; i += 1) {
      const f = questions.nth(i);
      const radios = f.locator('input[type="radio"]');
      if ((await radios.count()) > 0) await radios.first().check();
      const cases = f.locator('input[type="checkbox"]');
      for (let k = 0; k < Math.min(2, await cases.count()); k += 1) await cases.nth(k).check();
      const listes = f.locator('select');
      for (let k = 0; k < (await listes.count()); k += 1) await listes.nth(k).selectOption({ index: 1 });
      const champs = f.locator('input[type="text"]');
      for (let k = 0; k < (await champs.count()); k += 1) await champs.nth(k).fill(k === 0 ? '12,5' : 'réponse');
      const descendre = f.getByRole('button', { name: /^Descendre/ });
      if ((await descendre.count()) > 0) await descendre.first().click();
      if (i % 2 === 0) {
        await f.getByRole('button', { name: 'Vérifier' }).click();
        await f.locator('.ma-correction, .ma-invalide').first().waitFor();
      }
    }
    const cas = frame.getByRole('button', { name: 'Commencer la mise en situation' });
    if ((await cas.count()) > 0) {
      await cas.first().click();
      await frame.locator('.ma-choix-bouton').first().click();
      await frame.getByRole('button', { name: 'Continuer' }).first().click();
    }
    const avant = await vue(frame);
    expect(avant.questions.filter((q) => q.corrigee > 0).length).toBeGreaterThan(0);
    expect(avant.questions.some((q) => q.corrigee === 0 && (q.coches.length > 0 || q.textes.some((t) => t !== '') || q.listes.some((v) => v !== '')))).toBe(true);
    const score = (await cmi(page)).raw;

    // Quitting in the middle: exit « suspend », status still incomplete, LMSFinish.
    await frame.evaluate(() => window.dispatchEvent(new Event('pagehide')));
    const garde = await page.evaluate(() => {
      const w = window as unknown as { __journal: [string, string][]; API: { cmi: { suspend_data: string; core: { lesson_status: string; score: { raw: string } } } } };
      // cmi.core.exit is write-only in SCORM 1.2: the LMS's log says what the module set.
      const exit = w.__journal.filter(([k]) => k === 'cmi.core.exit').at(-1)?.[1] ?? null;
      return { suspend_data: w.API.cmi.suspend_data, exit, lesson_status: w.API.cmi.core.lesson_status, raw: w.API.cmi.core.score.raw };
    });
    expect(garde.exit).toBe('suspend');
    expect(garde.lesson_status).toBe('incomplete');
    expect(garde.suspend_data.length).toBeGreaterThan(0);
    expect(garde.suspend_data.length).toBeLessThanOrEqual(4096);
    expect(g.report()).toBe('');
    await page.close();

    // Next launch: the LMS gives back what it kept.
    const page2 = await session.context.newPage();
    const g2 = guard(page2);
    const frame2 = await lancer(page2, { suspend_data: garde.suspend_data, core: { entry: 'resume', lesson_status: garde.lesson_status, score: { raw: garde.raw } } });
    const apres = await vue(frame2);
    expect(apres).toEqual(avant);
    expect((await cmi(page2)).raw).toBe(score);
    expect((await cmi(page2)).status).toBe('incomplete');
    expect(g2.report()).toBe('');
  });
});
