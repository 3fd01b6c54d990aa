/**
 * Stand-in for the search plugin's searchByWorker.js (see plugin-recherche.ts):
 * same two functions, answered by our worker (src/lib/recherche.worker.ts),
 * which loads only what a query needs. Nothing to search under `npm start`.
 */
let worker;
let suivant = 0;
const attente = new Map();

function demander(message) {
  if (!worker) {
    worker = new Worker(new URL('../lib/recherche.worker.ts', import.meta.url), { name: 'recherche' });
    worker.onmessage = (e) => {
      const { id, resultat } = e.data;
      attente.get(id)?.(resultat);
      attente.delete(id);
    };
    // A worker that cannot start answers nothing, and the next search tries a new one.
    worker.onerror = () => {
      for (const resoudre of attente.values()) resoudre([]);
      attente.clear();
      worker = undefined;
    };
  }
  return new Promise((resolve) => {
    suivant += 1;
    attente.set(suivant, resolve);
    worker.postMessage({ id: suivant, ...message });
  });
}

export async function fetchIndexesByWorker(baseUrl) {
  if (process.env.NODE_ENV === 'production') await demander({ action: 'preparer', base: baseUrl });
}

export async function searchByWorker(baseUrl, _searchContext, input, limit) {
  if (process.env.NODE_ENV !== 'production') return [];
  return demander({ action: 'chercher', base: baseUrl, saisie: input, limite: limit });
}
