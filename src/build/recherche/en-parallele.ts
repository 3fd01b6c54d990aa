/**
 * The search index is built in a worker thread (decision 0055): reading the
 * built pages and writing thousands of small files is independent of the other
 * steps that follow the build (SCORM modules, security policy, offline
 * manifest), which run meanwhile on the main thread. The worker's code
 * (./travail.ts and what it imports) is bundled by esbuild into a temporary file
 * first: a worker cannot load TypeScript, and bundling takes a fraction of a
 * second where transpiling each file at run time would take seconds.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { buildSync } from 'esbuild';
import type { IndexDuDossier } from './ecrire';
import type { PagesARecherche } from './pages';

type Reponse = { readonly ok: true; readonly dossiers: IndexDuDossier[] } | { readonly ok: false; readonly message: string };

/**
 * Starts the worker at once (synchronously: bundling included) and returns the
 * promise of its result; rejects with the worker's own message when it fails.
 */
export function indexerEnParallele(a: PagesARecherche): Promise<IndexDuDossier[]> {
  const dossier = mkdtempSync(path.join(tmpdir(), 'moniteur-recherche-'));
  const fichier = path.join(dossier, 'travail.cjs');
  try {
    buildSync({
      entryPoints: [path.join(__dirname, 'travail.ts')],
      outfile: fichier,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      logLevel: 'silent',
    });
  } catch (e) {
    rmSync(dossier, { recursive: true, force: true });
    throw e;
  }
  return new Promise<IndexDuDossier[]>((resolve, reject) => {
    let reponse: Reponse | null = null;
    const travail = new Worker(fichier, { workerData: a });
    travail.on('message', (r: Reponse) => (reponse = r));
    travail.on('error', (e) => (reponse = { ok: false, message: e.stack ?? e.message }));
    travail.on('exit', (code) => {
      rmSync(dossier, { recursive: true, force: true });
      if (reponse?.ok) resolve(reponse.dossiers);
      else reject(new Error(`Recherche : l'index n'a pas pu être écrit. ${reponse ? reponse.message : `Le fil de travail s'est arrêté (code ${code}) sans réponse.`}`));
    });
  });
}
