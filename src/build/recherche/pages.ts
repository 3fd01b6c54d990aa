/**
 * Which built pages the search index reads, and how: the search plugin's own
 * rules (processPluginOptions, processDocInfos of @easyops-cn/docusaurus-search-local),
 * returned as plain data that a worker thread can receive. These modules are
 * not part of the plugin's public entry: if an update moves them, the build
 * stops here and says which file to look for.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { LoadContext, Props } from '@docusaurus/types';
import type { PageARecherche, ReglagesLecture } from './documents';

const require = createRequire(__filename);
const GREFFON = '@easyops-cn/docusaurus-search-local';

function outil<T>(fichier: string, nom: string): T {
  const dossier = path.join(path.dirname(require.resolve(`${GREFFON}/package.json`)), 'dist', 'server', 'server', 'utils');
  let module: Record<string, unknown>;
  try {
    module = require(path.join(dossier, fichier)) as Record<string, unknown>;
  } catch (e) {
    throw new Error(`Recherche : ${GREFFON} n'a plus ${fichier} dans ${dossier} (mise à jour ?) ; adaptez src/build/recherche/pages.ts.`, { cause: e });
  }
  const f = module[nom];
  if (typeof f !== 'function') throw new Error(`Recherche : ${GREFFON}, ${fichier} n'exporte plus ${nom} (mise à jour ?) ; adaptez src/build/recherche/pages.ts.`);
  return f as T;
}

/** The pages of one output folder (one per docs version; this site has one). */
export interface VersionARecherche {
  readonly outDir: string;
  readonly pages: readonly PageARecherche[];
}

export interface PagesARecherche {
  readonly reglages: ReglagesLecture;
  readonly versions: readonly VersionARecherche[];
}

/** The pages to read and the reading settings, as the plugin would choose them for this build. */
export function pagesDuSite(props: Props, context: LoadContext, options: unknown): PagesARecherche {
  const config = outil<(o: unknown, c: LoadContext) => ReglagesLecture>('processPluginOptions.js', 'processPluginOptions')(options, context);
  const versions = outil<(p: Props, c: unknown) => { outDir: string; paths: readonly PageARecherche[] }[]>('processDocInfos.js', 'processDocInfos')(props, config);
  return {
    reglages: {
      ...(config.ignoreCssSelectors ? { ignoreCssSelectors: [...config.ignoreCssSelectors] } : {}),
      ...(config.forceIgnoreNoIndex !== undefined ? { forceIgnoreNoIndex: config.forceIgnoreNoIndex } : {}),
    },
    versions: versions.map((v) => ({ outDir: v.outDir, pages: v.paths.map(({ filePath, url, type }) => ({ filePath, url, type })) })),
  };
}
