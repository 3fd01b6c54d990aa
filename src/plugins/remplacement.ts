/**
 * What the client-side plugins (plugin-*.ts) share: a plugin that only adds to
 * the bundler's configuration, a module replacement of the current bundler
 * (webpack or Rspack), and where our stand-in modules are.
 */
import path from 'node:path';
import type { ConfigureWebpackUtils, LoadContext, Plugin } from '@docusaurus/types';

/** A Docusaurus plugin whose only job is `configureWebpack` (client and server bundles). */
export function greffonClient(
  nom: string,
  configurer: (siteDir: string, isServer: boolean, utils: ConfigureWebpackUtils) => object,
): (context: LoadContext) => Plugin {
  return (context) => ({
    name: nom,
    configureWebpack: (_config, isServer, utils) => configurer(context.siteDir, isServer, utils) as never,
  });
}

export interface Ressource {
  request: string;
  context: string;
}

interface Bundler {
  NormalModuleReplacementPlugin: new (motif: RegExp, remplace: (ressource: Ressource) => void) => { apply(compiler: unknown): void };
}

/** A module of a compilation, as the bundler shows it (`resource` for a file module). */
interface ModuleCompile {
  readonly resource?: string;
}

interface Compilation {
  errors: unknown[];
  hooks: { finishModules: { tap(nom: string, rappel: (modules: Iterable<ModuleCompile>) => void): void } };
}

interface Compilateur {
  hooks: {
    thisCompilation: { tap(nom: string, rappel: (compilation: Compilation) => void): void };
    afterCompile: { tap(nom: string, rappel: (compilation: Compilation) => void): void };
  };
  webpack: { WebpackError: new (message: string) => unknown };
}

/** The build error of a replacement that replaced nothing in the browser bundle. */
export function messageSansEffet(nom: string, motif: RegExp): string {
  return [
    `Remplacement de module sans effet dans la compilation du navigateur : « ${nom} » (motif ${String(motif)}).`,
    'Le fichier visé a sans doute changé de nom ou de place avec une mise à jour de Docusaurus :',
    'trouvez son nouveau chemin dans node_modules et corrigez le motif dans le greffon src/plugins/plugin-*.ts qui le déclare.',
  ].join('\n');
}

/**
 * A guarded module replacement (`NormalModuleReplacementPlugin` of the bundler Docusaurus runs):
 * a request matching `motif` for which `applique` says yes is given `substitut` (an absolute file
 * path) instead. The patterns match Docusaurus-internal files: after an upgrade that renames one, a
 * bare rule would stop matching without a word and the site would ship the original module again.
 * So, in the browser bundle (the one that ships), the build fails with `nom` unless the stand-in is
 * one of the compilation's modules. The check reads the result, not the act of replacing: a build
 * on a warm persistent cache (a second `npm run build`) restores the modules without resolving
 * them again, and the rule's callback is not called at all. A stand-in is reached only through
 * its rule (nothing imports it directly), so its presence proves the rule applied. Only the first
 * compilation is checked (in watch mode, `npm start`, a rebuild may not contain every module).
 */
export function remplacer(
  utils: ConfigureWebpackUtils,
  isServer: boolean,
  nom: string,
  motif: RegExp,
  substitut: string,
  applique: (resource: Ressource) => boolean = () => true,
): unknown {
  return remplacementGarde(utils.currentBundler.instance as unknown as Bundler, isServer, nom, motif, substitut, applique);
}

export function remplacementGarde(
  bundler: Bundler,
  isServer: boolean,
  nom: string,
  motif: RegExp,
  substitut: string,
  applique: (resource: Ressource) => boolean = () => true,
): { apply(compiler: Compilateur): void } {
  let verifie = false;
  let present = false;
  const remplacement = new bundler.NormalModuleReplacementPlugin(motif, (ressource) => {
    if (applique(ressource)) ressource.request = substitut;
  });
  return {
    apply(compiler) {
      remplacement.apply(compiler);
      if (isServer) return;
      compiler.hooks.thisCompilation.tap('remplacement-garde', (compilation) => {
        compilation.hooks.finishModules.tap('remplacement-garde', (modules) => {
          for (const m of modules) if (m.resource !== undefined && m.resource.split('?')[0] === substitut) present = true;
        });
      });
      compiler.hooks.afterCompile.tap('remplacement-garde', (compilation) => {
        if (verifie) return;
        verifie = true;
        if (!present) compilation.errors.push(new compiler.webpack.WebpackError(messageSansEffet(nom, motif)));
      });
    },
  };
}

/** A stand-in module of src/plugins/ (given to the bundler instead of a Docusaurus one). */
export function substitut(siteDir: string, fichier: string): string {
  return path.join(siteDir, 'src', 'plugins', fichier);
}

/** The context of a module imported by Docusaurus's client core. */
export const CLIENT_DOCUSAURUS = /[\\/]@docusaurus[\\/]core[\\/]lib[\\/]client$/;
