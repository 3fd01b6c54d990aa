/**
 * The search theme: @easyops-cn/docusaurus-search-local (search box, results
 * page, options), with our index and query engine (decision 0049): after the
 * build, the documents cut from the built pages (src/build/recherche/documents.ts,
 * decision 0053) are written as a cut index (src/build/recherche/ecrire.ts)
 * instead of its lunr index, in a worker thread (decision 0055); in the page,
 * its search worker is replaced by ours (plugin-recherche.ts, src/lib/recherche-travail.ts).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { LoadContext, Plugin, PluginModule, Props } from '@docusaurus/types';
import type { PluginOptions } from '@easyops-cn/docusaurus-search-local';
import { indexerEnParallele } from '../build/recherche/en-parallele';
import { pagesDuSite } from '../build/recherche/pages';
import { secondes } from '../build/duree';

const require = createRequire(__filename);

interface ModuleRecherche {
  default: (context: LoadContext, options: PluginOptions) => Plugin;
  validateOptions: NonNullable<PluginModule['validateOptions']>;
}

const rechercheLocale = require('@easyops-cn/docusaurus-search-local') as ModuleRecherche;

function themeRecherche(context: LoadContext, options: unknown): Plugin {
  const greffon = rechercheLocale.default(context, options as PluginOptions);
  return {
    ...greffon,
    async postBuild(props: Props) {
      // Started before the other post-build steps (see laisserPartirLesAutres), in a
      // worker thread: it reads the pages while they work on the main thread.
      for (const d of await indexerEnParallele(pagesDuSite(props, context, options))) {
        console.log(
          `[recherche] ${d.documents} documents, ${d.manifeste.fragments.length} fragments, ${d.fichiers} fichiers dans ${path.relative(props.siteDir, d.outDir) || '.'}/recherche/ (pages lues en ${secondes(d.lecture)} s, index écrit en ${secondes(d.ecriture)} s).`,
        );
      }
    },
  };
}

themeRecherche.validateOptions = rechercheLocale.validateOptions;

export default themeRecherche as PluginModule;
