/**
 * The offline search's Web Worker (created by src/plugins/recherche-client.js):
 * queries are answered here, away from the page. See src/lib/recherche-travail.ts.
 */
import { traiter, type DemandeRecherche } from './recherche-travail';

const portee = self as unknown as { onmessage: ((e: MessageEvent<DemandeRecherche & { id: number }>) => void) | null; postMessage(message: unknown): void };

portee.onmessage = (e) => {
  const { id } = e.data;
  void traiter(e.data).then((resultat) => portee.postMessage({ id, resultat }));
};
