/**
 * Loads an activity's rubric (answer keys, feedback) from the static file written
 * at build time, the first time the learner submits: it is not in the page HTML.
 * A static site cannot hide it from a determined reader (the file is public); the
 * point is that the learner does not see the answers while answering.
 */
import type { Activite } from '@site/src/domain/activite';

export interface RubricFile {
  readonly activite: Activite;
  readonly formules: Record<string, string>;
}

const cache = new Map<string, Promise<RubricFile>>();

export function loadRubric(url: string): Promise<RubricFile> {
  let pending = cache.get(url);
  if (!pending) {
    pending = fetch(url)
      .then(async (response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return (await response.json()) as RubricFile;
      })
      .catch((error: unknown) => {
        cache.delete(url);
        throw new Error(
          `La correction n'a pas pu être chargée (${(error as Error).message}). Vérifiez votre connexion, puis réessayez.`,
        );
      });
    cache.set(url, pending);
  }
  return pending;
}
