/**
 * The guard of the bundler's module replacements (src/plugins/remplacement.ts): a replacement whose
 * stand-in is not in the browser bundle fails the build, by name and with what to do; one that
 * fired passes, and so does a build on a warm cache that restores the stand-in without resolving
 * anything; the server bundle and watch-mode rebuilds are not checked.
 */
import { remplacementGarde, type Ressource } from '@site/src/plugins/remplacement';

type Rappel = (ressource: Ressource) => void;
interface FausseCompilation {
  errors: unknown[];
  hooks: { finishModules: { tap(n: string, r: (modules: Iterable<{ resource?: string }>) => void): void } };
}

/** A stand-in for the bundler: each rule's callback, the compilation hooks, the modules a compilation holds. */
function faux() {
  const regles: { motif: RegExp; rappel: Rappel }[] = [];
  class NormalModuleReplacementPlugin {
    constructor(
      readonly motif: RegExp,
      readonly rappel: Rappel,
    ) {}
    apply() {
      regles.push({ motif: this.motif, rappel: this.rappel });
    }
  }
  class WebpackError extends Error {}
  const debuts: ((c: FausseCompilation) => void)[] = [];
  const fins: ((c: FausseCompilation) => void)[] = [];
  const compilateur = {
    hooks: {
      thisCompilation: { tap: (_n: string, r: (c: FausseCompilation) => void) => void debuts.push(r) },
      afterCompile: { tap: (_n: string, r: (c: FausseCompilation) => void) => void fins.push(r) },
    },
    webpack: { WebpackError },
  };
  let modules: string[] = [];
  return {
    bundler: { NormalModuleReplacementPlugin },
    installer(...plugins: { apply(c: typeof compilateur): void }[]) {
      for (const p of plugins) p.apply(compilateur);
    },
    /** One module request, given to every rule whose pattern matches, like the bundler; the module joins the compilation. */
    resoudre(request: string, context: string): string {
      const ressource = { request, context };
      for (const r of regles) if (r.motif.test(ressource.request)) r.rappel(ressource);
      modules.push(ressource.request);
      return ressource.request;
    },
    /** A module restored from the persistent cache: in the compilation, no resolution, no callback. */
    restaurer(resource: string) {
      modules.push(resource);
    },
    /** End of a compilation: the errors the guards added. */
    compiler(): string[] {
      const finis: ((m: Iterable<{ resource?: string }>) => void)[] = [];
      const compilation: FausseCompilation = { errors: [], hooks: { finishModules: { tap: (_n, r) => void finis.push(r) } } };
      for (const d of debuts) d(compilation);
      // A module without a file (a runtime or concatenated one) has no `resource`.
      for (const f of finis) f([...modules.map((resource): { resource?: string } => ({ resource })), {}]);
      for (const f of fins) f(compilation);
      modules = [];
      return compilation.errors.map((e) => (e as Error).message);
    },
  };
}

const CLIENT = /@docusaurus\/core\/lib\/client$/;
const banniere = (f: ReturnType<typeof faux>) =>
  remplacementGarde(f.bundler, false, 'bannière', /^\.\/BaseUrlIssueBanner$/, '/site/Banniere.tsx', (r) => CLIENT.test(r.context));

test('a replacement that fired gives the stand-in and passes', () => {
  const f = faux();
  f.installer(banniere(f));
  expect(f.resoudre('./BaseUrlIssueBanner', '/n/@docusaurus/core/lib/client')).toBe('/site/Banniere.tsx');
  expect(f.compiler()).toEqual([]);
});

test('a request the rule declines keeps its module', () => {
  const f = faux();
  f.installer(banniere(f));
  expect(f.resoudre('./BaseUrlIssueBanner', '/n/ailleurs')).toBe('./BaseUrlIssueBanner');
});

test('after an upgrade that moved the file, the build fails with the rule’s name and where to fix it', () => {
  const f = faux();
  f.installer(banniere(f), remplacementGarde(f.bundler, false, 'tslib allégé', /^tslib$/, '/site/tslib.js'));
  // The request still matches the pattern, but from a new place: the rule does not apply.
  expect(f.resoudre('./BaseUrlIssueBanner', '/n/@docusaurus/core/lib/client/nouveau')).toBe('./BaseUrlIssueBanner');
  f.resoudre('tslib', '/n/@docusaurus/utils-common/lib');
  const erreurs = f.compiler();
  expect(erreurs).toHaveLength(1);
  expect(erreurs[0]).toContain('« bannière »');
  expect(erreurs[0]).toContain('compilation du navigateur');
  expect(erreurs[0]).toContain('src/plugins/plugin-*.ts');
});

test('a second build on a warm cache restores the stand-in without calling the rule: it passes', () => {
  const f = faux();
  f.installer(banniere(f));
  f.restaurer('/n/@docusaurus/core/lib/client/index.js');
  f.restaurer('/site/Banniere.tsx');
  expect(f.compiler()).toEqual([]);
});

test('a warm cache that no longer holds the stand-in still fails', () => {
  const f = faux();
  f.installer(banniere(f));
  f.restaurer('/n/@docusaurus/core/lib/client/BaseUrlIssueBanner.js');
  expect(f.compiler()).toHaveLength(1);
});

test('the server bundle is not checked (client-only rules replace nothing there)', () => {
  const f = faux();
  f.installer(remplacementGarde(f.bundler, true, 'îlots', /\?serveur$/, '/site/serveur-seulement.js', () => false));
  expect(f.compiler()).toEqual([]);
});

test('only the first compilation is checked: a watch-mode rebuild holds only what changed', () => {
  const f = faux();
  f.installer(remplacementGarde(f.bundler, false, 'tslib allégé', /^tslib$/, '/x'));
  f.resoudre('tslib', '/n');
  expect(f.compiler()).toEqual([]);
  expect(f.compiler()).toEqual([]);
});
