/**
 * French dictionary order without `localeCompare`: its first call in a page loads
 * the ICU collation tables (30 to 55 ms of main thread on a slow phone, measured at
 * CPU ×4). Case and accents are ignored (« Éducateur » between « EA » and « ESAT »),
 * « œ » reads « oe », then the raw text breaks ties, so that the order is stable.
 */
import { normaliseAnswer } from './richText';

export function alphabetique<T>(items: readonly T[], texte: (item: T) => string): T[] {
  const cle = (t: string) => normaliseAnswer(t).replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/['’-]/g, ' ');
  return items
    .map((item) => ({ item, cle: cle(texte(item)), brut: texte(item) }))
    .sort((a, b) => (a.cle < b.cle ? -1 : a.cle > b.cle ? 1 : a.brut < b.brut ? -1 : a.brut > b.brut ? 1 : 0))
    .map((x) => x.item);
}
