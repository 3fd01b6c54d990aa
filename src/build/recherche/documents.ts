/**
 * The documents of the search index, as @easyops-cn/docusaurus-search-local's
 * parser reads them from the built pages (titles, headings, descriptions,
 * sections). Its parser is kept; its lunr index, downloaded whole at the first
 * search, is replaced by ours (decision 0049). The parser's modules are not
 * part of the plugin's public entry: if an update moves them, the build stops
 * here and says which file to look for.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { LoadContext, Props } from '@docusaurus/types';
import type { DocumentRecherche } from '../../domain/recherche/index';

const require = createRequire(__filename);
const GREFFON = '@easyops-cn/docusaurus-search-local';

function outil<T>(fichier: string, nom: string): T {
  const dossier = path.join(path.dirname(require.resolve(`${GREFFON}/package.json`)), 'dist', 'server', 'server', 'utils');
  let module: Record<string, unknown>;
  try {
    module = require(path.join(dossier, fichier)) as Record<string, unknown>;
  } catch (e) {
    throw new Error(`Recherche : ${GREFFON} n'a plus ${fichier} dans ${dossier} (mise à jour ?) ; adaptez src/build/recherche/documents.ts.`, { cause: e });
  }
  const f = module[nom];
  if (typeof f !== 'function') throw new Error(`Recherche : ${GREFFON}, ${fichier} n'exporte plus ${nom} (mise à jour ?) ; adaptez src/build/recherche/documents.ts.`);
  return f as T;
}

interface Version {
  readonly outDir: string;
  readonly paths: unknown[];
}

/** Documents per kind, for each output folder (one per docs version; this site has one). */
export async function documentsDuSite(props: Props, context: LoadContext, options: unknown): Promise<{ outDir: string; parType: DocumentRecherche[][] }[]> {
  const config = outil<(o: unknown, c: LoadContext) => unknown>('processPluginOptions.js', 'processPluginOptions')(options, context);
  const versions = outil<(p: Props, c: unknown) => Version[]>('processDocInfos.js', 'processDocInfos')(props, config);
  const lire = outil<(paths: unknown[], c: unknown) => Promise<DocumentRecherche[][]>>('scanDocuments.js', 'scanDocuments');
  const sortie = [];
  for (const v of versions) sortie.push({ outDir: v.outDir, parType: await lire(v.paths, config) });
  return sortie;
}
