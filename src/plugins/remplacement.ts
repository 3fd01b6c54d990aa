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

/** `new NormalModuleReplacementPlugin(motif, remplace)` of the bundler Docusaurus runs. */
export function remplacer(utils: ConfigureWebpackUtils, motif: RegExp, remplace: (resource: Ressource) => void): unknown {
  const bundler = utils.currentBundler.instance as unknown as {
    NormalModuleReplacementPlugin: new (pattern: RegExp, replace: (resource: Ressource) => void) => unknown;
  };
  return new bundler.NormalModuleReplacementPlugin(motif, remplace);
}

/** A stand-in module of src/plugins/ (given to the bundler instead of a Docusaurus one). */
export function substitut(siteDir: string, fichier: string): string {
  return path.join(siteDir, 'src', 'plugins', fichier);
}

/** The context of a module imported by Docusaurus's client core. */
export const CLIENT_DOCUSAURUS = /[\\/]@docusaurus[\\/]core[\\/]lib[\\/]client$/;
