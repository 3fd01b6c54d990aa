/**
 * The search theme: @easyops-cn/docusaurus-search-local (search box, results
 * page, options), with our index and query engine (decision 0049): after the
 * build, the documents cut from the built pages (src/build/recherche/documents.ts,
 * decision 0053) are written as a cut index (src/build/recherche/ecrire.ts)
 * instead of its lunr index; in the page,
 * its search worker is replaced by ours (plugin-recherche.ts, src/lib/recherche-travail.ts).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { LoadContext, Plugin, PluginModule, Props } from '@docusaurus/types';
import type { PluginOptions } from '@easyops-cn/docusaurus-search-local';
import { documentsDuSite } from '../build/recherche/documents';
import { ecrireIndexRecherche } from '../build/recherche/ecrire';
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
      const debut = performance.now();
      for (const { outDir, parType } of await documentsDuSite(props, context, options)) {
        const lecture = performance.now();
        const { manifeste, fichiers } = ecrireIndexRecherche(outDir, parType);
        const fin = performance.now();
        console.log(
          `[recherche] ${parType.reduce((n, l) => n + l.length, 0)} documents, ${manifeste.fragments.length} fragments, ${fichiers} fichiers dans ${path.relative(props.siteDir, outDir) || '.'}/recherche/ (pages lues en ${secondes(lecture - debut)} s, index écrit en ${secondes(fin - lecture)} s).`,
        );
      }
    },
  };
}

themeRecherche.validateOptions = rechercheLocale.validateOptions;

export default themeRecherche as PluginModule;
