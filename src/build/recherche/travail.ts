/**
 * Worker thread of the search index (started by ./en-parallele.ts, bundled by
 * esbuild): receives the pages to read, writes the index, answers with what it
 * wrote or with the error's message.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { indexerLeSite } from './ecrire';
import type { PagesARecherche } from './pages';

indexerLeSite(workerData as PagesARecherche).then(
  (dossiers) => parentPort!.postMessage({ ok: true, dossiers }),
  (e: unknown) => parentPort!.postMessage({ ok: false, message: e instanceof Error ? (e.stack ?? e.message) : String(e) }),
);
