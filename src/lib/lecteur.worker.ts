/**
 * The file reader's Web Worker: passports and cohort files are read and checked
 * here, away from the page, so that no file (18 MB nested 9 million levels deep,
 * megabytes of text…) can freeze it. See src/lib/lecteur-travail.ts.
 */
import { traiter, type Demande } from './lecteur-travail';

const portee = self as unknown as { onmessage: ((e: MessageEvent<Demande>) => void) | null; postMessage(message: unknown): void };

portee.onmessage = (e) => {
  void traiter(e.data).then(
    (reponse) => portee.postMessage(reponse),
    (error: unknown) => portee.postMessage({ erreur: error instanceof Error ? error.message : String(error) }),
  );
};
