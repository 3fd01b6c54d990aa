/**
 * Offline mode, build side: after the build, lists the files of build/ with a
 * hash of each (src/hors-ligne/manifeste.ts), compiles the service worker
 * (src/hors-ligne/sw.ts) with that manifest into build/sw.js, and adds the web
 * app manifest link. In `npm start` (development) nothing is registered.
 * Its postBuild also writes the Content-Security-Policy (src/plugins/csp.ts)
 * into the pages first, so that the manifest hashes the pages as served.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { construireManifeste, estExclu, type Manifeste } from '../hors-ligne/manifeste';
import { connectSrc } from '../domain/xapi/origines';
import { appliquerCsp } from './csp';
import { LRS_ORIGINS } from './lrs-origines';
import { laisserPartirLesAutres, secondes } from '../build/duree';

const sha = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** The files of `dir` kept offline; excluded folders (search index, exports…) are not even entered. */
function fichiers(dir: string, racine = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    const relatif = path.relative(racine, full).split(path.sep).join('/');
    if (e.isDirectory()) return estExclu(`${relatif}/`) ? [] : fichiers(full, racine);
    return estExclu(relatif) ? [] : [relatif];
  });
}

/** Writes build/sw.js for the files currently in `outDir`; returns the manifest. */
export function ecrireServiceWorker(outDir: string, baseUrl: string): Manifeste {
  const manifeste = construireManifeste(
    fichiers(outDir).map((chemin) => ({ chemin, empreinte: sha(readFileSync(path.join(outDir, chemin))).slice(0, 12) })),
    baseUrl,
    sha,
  );
  const result = buildSync({
    entryPoints: [path.join(__dirname, '..', 'hors-ligne', 'sw.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    define: { __MANIFESTE__: JSON.stringify(manifeste) },
  });
  writeFileSync(path.join(outDir, 'sw.js'), `/* Moniteur d'atelier — mode hors connexion, version ${manifeste.version} */\n${result.outputFiles[0]!.text}`);
  return manifeste;
}

export default function horsLignePlugin(context: LoadContext): Plugin {
  const { baseUrl } = context.siteConfig;
  return {
    name: 'moniteur-atelier-hors-ligne',
    getClientModules: () => [path.join(__dirname, '..', 'hors-ligne', 'client.ts')],
    injectHtmlTags: () => ({
      headTags: [
        { tagName: 'link', attributes: { rel: 'manifest', href: `${baseUrl}manifest.webmanifest` } },
        { tagName: 'meta', attributes: { name: 'theme-color', content: '#155e6b' } },
      ],
    }),
    async postBuild({ outDir }) {
      // Docusaurus runs the postBuild steps of all plugins at the same time. The two
      // that rewrite or hash the pages run here, one after the other: the security
      // policy goes into every page first, then the service worker's manifest hashes
      // the final pages (a page changed after hashing would never be refreshed offline).
      await laisserPartirLesAutres();
      const debut = performance.now();
      const csp = appliquerCsp(outDir, LRS_ORIGINS);
      const milieu = performance.now();
      console.log(
        `[CSP] politique écrite dans ${csp.pages} pages ; ${csp.scriptsEnLigne.length} script(s) en ligne autorisé(s) par empreinte` +
          `${csp.lecteurH5P ? " + le script de l'iframe H5P" : ''} ; ${connectSrc(LRS_ORIGINS)} (${secondes(milieu - debut)} s).`,
      );
      const m = ecrireServiceWorker(outDir, baseUrl);
      console.log(`[hors-ligne] ${m.entrees.length} fichiers gardés pour le mode hors connexion (version ${m.version}, ${secondes(performance.now() - milieu)} s).`);
    },
  };
}
