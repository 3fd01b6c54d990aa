/**
 * The guard of the bundler's module replacements (src/plugins/remplacement.ts): a replacement that
 * replaced nothing in the browser bundle fails the build, by name and with what to do; one that
 * fired passes; the server bundle and watch-mode rebuilds are not checked.
 */
import { remplacementGarde, type Ressource } from '@site/src/plugins/remplacement';

type Rappel = (ressource: Ressource) => void;

/** A stand-in for the bundler: records each rule's callback and the compile hook. */
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
  const crochets: ((c: { errors: unknown[] }) => void)[] = [];
  const compilateur = {
    hooks: { afterCompile: { tap: (_n: string, r: (c: { errors: unknown[] }) => void) => void crochets.push(r) } },
    webpack: { WebpackError },
  };
  return {
    bundler: { NormalModuleReplacementPlugin },
    installer(...plugins: { apply(c: typeof compilateur): void }[]) {
      for (const p of plugins) p.apply(compilateur);
    },
    /** One module request, given to every rule whose pattern matches, like the bundler. */
    resoudre(request: string, context: string): string {
      const ressource = { request, context };
      for (const r of regles) if (r.motif.test(ressource.request)) r.rappel(ressource);
      return ressource.request;
    },
    /** End of a compilation: the errors the guards added. */
    compiler(): string[] {
      const compilation = { errors: [] as unknown[] };
      for (const c of crochets) c(compilation);
      return compilation.errors.map((e) => (e as Error).message);
    },
  };
}

const banniere = (r: Ressource) => {
  if (!/@docusaurus\/core\/lib\/client$/.test(r.context)) return false;
  r.request = '/site/Banniere.tsx';
  return true;
};

test('a replacement that fired rewrites the request and passes', () => {
  const f = faux();
  f.installer(remplacementGarde(f.bundler, false, 'bannière', /^\.\/BaseUrlIssueBanner$/, banniere));
  expect(f.resoudre('./BaseUrlIssueBanner', '/n/@docusaurus/core/lib/client')).toBe('/site/Banniere.tsx');
  expect(f.compiler()).toEqual([]);
});

test('after an upgrade that moved the file, the build fails with the rule’s name and where to fix it', () => {
  const f = faux();
  f.installer(
    remplacementGarde(f.bundler, false, 'bannière', /^\.\/BaseUrlIssueBanner$/, banniere),
    remplacementGarde(f.bundler, false, 'tslib allégé', /^tslib$/, (r) => ((r.request = '/site/tslib.js'), true)),
  );
  // The request still matches the pattern, but from a new place: the rule does not apply.
  expect(f.resoudre('./BaseUrlIssueBanner', '/n/@docusaurus/core/lib/client/nouveau')).toBe('./BaseUrlIssueBanner');
  f.resoudre('tslib', '/n/@docusaurus/utils-common/lib');
  const erreurs = f.compiler();
  expect(erreurs).toHaveLength(1);
  expect(erreurs[0]).toContain('« bannière »');
  expect(erreurs[0]).toContain('compilation du navigateur');
  expect(erreurs[0]).toContain('src/plugins/plugin-*.ts');
});

test('the server bundle is not checked (client-only rules replace nothing there)', () => {
  const f = faux();
  f.installer(remplacementGarde(f.bundler, true, 'îlots', /\?serveur$/, () => false));
  expect(f.compiler()).toEqual([]);
});

test('only the first compilation is checked: a watch-mode rebuild reuses cached modules', () => {
  const f = faux();
  f.installer(remplacementGarde(f.bundler, false, 'tslib allégé', /^tslib$/, (r) => ((r.request = '/x'), true)));
  f.resoudre('tslib', '/n');
  expect(f.compiler()).toEqual([]);
  expect(f.compiler()).toEqual([]);
});
