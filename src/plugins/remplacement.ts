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

interface Compilateur {
  hooks: { afterCompile: { tap(nom: string, rappel: (compilation: { errors: unknown[] }) => void): void } };
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
 * A guarded module replacement (`NormalModuleReplacementPlugin` of the bundler Docusaurus runs).
 * The patterns match Docusaurus-internal files: after an upgrade that renames one, a bare rule would
 * stop matching without a word and the site would ship the original module again. `remplace`
 * rewrites `resource.request` when it applies and says whether it did; if, in the browser bundle
 * (the one that ships), it never did, the build fails with `nom`. Only the first compilation is
 * checked: in watch mode (`npm start`), a rebuild reuses cached modules and replaces nothing again.
 */
export function remplacer(
  utils: ConfigureWebpackUtils,
  isServer: boolean,
  nom: string,
  motif: RegExp,
  remplace: (resource: Ressource) => boolean,
): unknown {
  return remplacementGarde(utils.currentBundler.instance as unknown as Bundler, isServer, nom, motif, remplace);
}

export function remplacementGarde(
  bundler: Bundler,
  isServer: boolean,
  nom: string,
  motif: RegExp,
  remplace: (resource: Ressource) => boolean,
): { apply(compiler: Compilateur): void } {
  let fois = 0;
  let verifie = false;
  const remplacement = new bundler.NormalModuleReplacementPlugin(motif, (ressource) => {
    if (remplace(ressource)) fois += 1;
  });
  return {
    apply(compiler) {
      remplacement.apply(compiler);
      if (isServer) return;
      compiler.hooks.afterCompile.tap('remplacement-garde', (compilation) => {
        if (verifie) return;
        verifie = true;
        if (fois === 0) compilation.errors.push(new compiler.webpack.WebpackError(messageSansEffet(nom, motif)));
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
