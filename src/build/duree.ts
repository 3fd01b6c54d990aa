/** A duration for the build's messages, in seconds, French style: 1 340 ms → « 1,3 ». */
export const secondes = (ms: number): string => (ms / 1000).toFixed(1).replace('.', ',');

/**
 * Docusaurus calls every plugin's postBuild in one loop and awaits them
 * together, but a step that works without pausing holds the main thread until
 * it ends. Such a step awaits this first, so that every step starts before it:
 * the search index hands its work to a worker thread (src/build/recherche/en-parallele.ts),
 * which then runs at the same time instead of after it.
 */
export const laisserPartirLesAutres = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
