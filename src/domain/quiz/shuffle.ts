/**
 * Seeded randomness: the same seed always gives the same order, so an attempt
 * can be replayed, tested and restored after a reload.
 */

/** FNV-1a hash of a string to a 32-bit seed. */
export function hashSeed(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i += 1) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32 from a numeric seed: small, fast, good enough to shuffle options; values in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The generator of a string seed (an attempt id): see mulberry32. */
export function prng(seed: string): () => number {
  return mulberry32(hashSeed(seed));
}

/** Fisher–Yates with a seed; returns a new array. */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  const random = prng(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Draws `n` items: those not seen yet first (in seeded random order), then the
 * others. Used for question pools and mock exams.
 */
export function drawItems<T>(items: readonly T[], n: number, seed: string, seen: (item: T) => boolean = () => false): T[] {
  const fresh = seededShuffle(items.filter((i) => !seen(i)), `${seed}:frais`);
  const old = seededShuffle(items.filter((i) => seen(i)), `${seed}:vus`);
  return [...fresh, ...old].slice(0, Math.max(0, Math.min(n, items.length)));
}
