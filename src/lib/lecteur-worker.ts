/**
 * Starts the file reader's Web Worker (a chunk of its own, built by the bundler from
 * this `new URL(…, import.meta.url)`), or null where the browser has no worker.
 * Apart from src/lib/lecteur.ts so that the unit tests (CommonJS, no import.meta)
 * replace it (jest.shared.js).
 */
export function demarrerLecteur(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  return new Worker(new URL('./lecteur.worker.ts', import.meta.url), { name: 'lecteur-fichiers' });
}
