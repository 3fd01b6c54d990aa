/**
 * Offline mode, build side: after the build, lists the files of build/ with a
 * hash of each (src/hors-ligne/manifeste.ts), compiles the service worker
 * (src/hors-ligne/sw.ts) with that manifest into build/sw.js, and adds the web
 * app manifest link. In `npm start` (development) nothing is registered.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { construireManifeste, type Manifeste } from '../hors-ligne/manifeste';

const sha = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

function fichiers(dir: string, racine = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? fichiers(full, racine) : [path.relative(racine, full).split(path.sep).join('/')];
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
      const m = ecrireServiceWorker(outDir, baseUrl);
      console.log(`[hors-ligne] ${m.entrees.length} fichiers gardés pour le mode hors connexion (version ${m.version}).`);
    },
  };
}
