/**
 * The Content-Security-Policy works in Chromium, in the page and in the H5P
 * player's iframe (h5p/lecteur/cadre.html, which carries the same policy, then the
 * document h5p-standalone writes into it), and
 * the browser tests really see a violation: without this, « zero violations »
 * elsewhere would prove nothing.
 */
import type { Frame, Page } from 'playwright-core';
import { relever } from './csp';
import { attendreQue, auRepos, guard, sessionParTest, url, type Guard } from './helpers';

const session = sessionParTest();

async function until(g: Guard, pattern: RegExp): Promise<string> {
  await attendreQue(`un problème qui correspond à ${pattern} (relevés :\n${g.report()})`, () => g.problems.some((p) => pattern.test(p)));
  return g.problems.find((p) => pattern.test(p))!;
}

interface Resultat {
  inline: unknown;
  chaineExecutee: unknown;
  styleElement: string;
  styleAttribut: string;
}

/**
 * What an attacker who got HTML or a string into the page would try. (Code sent by
 * the test itself is exempt from the policy, so eval is tried the way a page
 * script would reach it: a string handed to setTimeout.)
 */
async function attaques(target: Page | Frame): Promise<Resultat> {
  await target.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injecte = 1';
    document.head.append(script);
    (window.setTimeout as unknown as (code: string, ms: number) => number)('window.__chaine = 1', 0);
    const style = document.createElement('style');
    style.textContent = 'body { outline: 7px solid rgb(1, 2, 3) }';
    document.head.append(style);
    const probe = document.createElement('div');
    probe.setAttribute('style', 'outline: 5px solid rgb(4, 5, 6)');
    document.body.append(probe);
  });
  // The string handed to setTimeout would run in the next tasks: wait until the page is idle.
  await auRepos(target);
  return target.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    return {
      inline: w.__injecte,
      chaineExecutee: w.__chaine,
      styleElement: getComputedStyle(document.body).outlineColor,
      styleAttribut: getComputedStyle(document.body.lastElementChild!).outlineColor,
    };
  });
}

const BLOQUE = { inline: undefined, chaineExecutee: undefined, styleElement: expect.not.stringContaining('1, 2, 3'), styleAttribut: 'rgb(4, 5, 6)' };

test('inline scripts, strings run as code and <style> elements are blocked in the page and in the H5P iframe, style attributes are not, and guard() reports each violation', async () => {
  const page = await session.context.newPage();
  const g = guard(page);
  await page.goto(url('cours/introduction/activites-h5p'), { waitUntil: 'networkidle' });
  expect(g.report()).toBe('');

  const dansLaPage = await attaques(page);
  expect(dansLaPage).toEqual(BLOQUE);
  await until(g, /^violation CSP sur http:\/\/[^ ]+activites-h5p : « script-src-elem » a bloqué inline/);
  await until(g, /« script-src » a bloqué eval/);
  await until(g, /« style-src-elem » a bloqué inline/);
  await until(g, /^message CSP de la console/);

  await page.getByRole('button', { name: 'Lancer l’activité interactive' }).click();
  const iframe = page.locator('[data-activite-h5p="cadre-esat-ea"] iframe');
  await iframe.waitFor();
  const frame = (await (await iframe.elementHandle())!.contentFrame())!;
  await frame.locator('.h5p-moniteur-atelier .ma-question').first().waitFor();
  // The player ran under the policy: its own inline script (allowed by its hash) set H5PIntegration.
  expect(await frame.evaluate(() => typeof (window as unknown as { H5PIntegration?: unknown }).H5PIntegration)).toBe('object');
  const avant = g.problems.length;
  const dansIframe = await attaques(frame);
  expect(dansIframe).toEqual(BLOQUE);
  await until(g, /^violation CSP sur iframe http:\/\/[^ ]+\/h5p\/lecteur\/cadre\.html de http:\/\/[^ ]+ : « script-src-elem » a bloqué inline/);
  expect(g.problems.length).toBeGreaterThan(avant);

  // These violations were wanted: they must not fail the test (tests/e2e/setup.ts).
  expect(relever().length).toBeGreaterThanOrEqual(6);
});
