/**
 * Content-Security-Policy violations seen in the browser tests, in every frame of
 * every page (the H5P player's iframe included). Each browser context made by
 * `newContext()` (helpers.ts) is watched two ways:
 * - a `securitypolicyviolation` listener, installed by an init script in every
 *   frame and forwarded through an exposed binding. The H5P player writes its
 *   iframe with `document.open()`, which removes the document's listeners: the
 *   init script puts the listener back after each `open()`;
 * - Chromium's own console messages about the policy.
 * `guard(page)` reports them with the page's other problems, and
 * tests/e2e/setup.ts fails any test during which one happened, guard or not.
 */
import type { BrowserContext, Page } from 'playwright-core';

export const CSP_BINDING = '__violationCsp';

/** Runs in every frame before the page's own scripts. */
function ecouterViolations(binding: string): void {
  type Violation = SecurityPolicyViolationEvent;
  const report = (event: Violation) => {
    const send = (window as unknown as Record<string, unknown>)[binding];
    if (typeof send !== 'function') return;
    void (send as (v: unknown) => Promise<void>)({
      directive: event.effectiveDirective || event.violatedDirective,
      bloque: event.blockedURI,
      fichier: event.sourceFile,
      ligne: event.lineNumber,
      document: event.documentURI,
    });
  };
  const listen = (doc: Document) => doc.addEventListener('securitypolicyviolation', report, true);
  listen(document);
  const open = Document.prototype.open;
  Document.prototype.open = function (this: Document, ...args: unknown[]) {
    const result = (open as (...a: unknown[]) => unknown).apply(this, args);
    listen(this);
    return result;
  } as typeof Document.prototype.open;
}

interface ViolationRecue {
  directive: string;
  bloque: string;
  fichier: string;
  ligne: number;
  document: string;
}

const watched = new WeakSet<BrowserContext>();
const parPage = new WeakMap<Page, string[]>();
const abonnes = new WeakMap<Page, (texte: string) => void>();
let depuisDernierTest: string[] = [];

function noter(page: Page | null, texte: string): void {
  depuisDernierTest.push(texte);
  if (!page) return;
  const list = parPage.get(page) ?? [];
  list.push(texte);
  parPage.set(page, list);
  abonnes.get(page)?.(texte);
}

/** Text of a console message that is about the policy (Chromium's wording). */
export const MESSAGE_CSP = /Content Security Policy/i;

/** Starts watching a context (before its first page). */
export async function surveillerCsp(context: BrowserContext): Promise<void> {
  await context.exposeBinding(CSP_BINDING, (source, v: ViolationRecue) => {
    const ou = source.frame === source.page.mainFrame() ? source.page.url() : `iframe ${source.frame.url()} de ${source.page.url()}`;
    const origine = v.fichier ? ` (${v.fichier}${v.ligne ? `:${v.ligne}` : ''})` : '';
    noter(source.page, `violation CSP sur ${ou} : « ${v.directive} » a bloqué ${v.bloque || 'un contenu'}${origine}`);
  });
  await context.addInitScript(ecouterViolations, CSP_BINDING);
  context.on('console', (msg) => {
    if (MESSAGE_CSP.test(msg.text())) noter(msg.page(), `message CSP de la console (${msg.type()}) sur ${msg.page()?.url() ?? '?'} : ${msg.text()}`);
  });
  watched.add(context);
}

export function estSurveille(context: BrowserContext): boolean {
  return watched.has(context);
}

/** Calls `f` with each violation of this page, the ones already seen first. */
export function abonnerCsp(page: Page, f: (texte: string) => void): void {
  for (const texte of parPage.get(page) ?? []) f(texte);
  abonnes.set(page, f);
}

/** Every violation since the previous call (tests/e2e/setup.ts, after each test). */
export function relever(): string[] {
  const out = depuisDernierTest;
  depuisDernierTest = [];
  return out;
}
