/**
 * ordre: put steps in order. Authors write the steps in the right order; the page
 * shows them in a starting order chosen at build time (`ordreDeDepart`) that is
 * never the right one and earns nothing as it stands.
 *
 * Partial credit rule (documented for learners and authors): all steps in place,
 * 1 point; a single step out of place (the others in the right relative order:
 * longest increasing subsequence n − 1), ½ point; otherwise 0. Leaving the start
 * order untouched therefore earns 0, and a random order earns little (≈ 23 % on
 * average for 4 steps, ≈ 7 % for 5).
 */
import type { KindHandler, ProblemeChamp } from './handler';
import { checkItems, invalid, publicBase, isStringArray, ok } from './handler';
import { seededShuffle } from '../shuffle';

/** Length of the longest increasing subsequence. */
export function longestIncreasing(values: readonly number[]): number {
  const tails: number[] = [];
  for (const v of values) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid]! < v) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = v;
  }
  return tails.length;
}

/** Credit of an order given as the right ranks of the steps placed (0, 1, 2… is all right). */
export function creditOrdre(rangs: readonly number[], n: number): number {
  if (n < 2) return 1;
  const l = longestIncreasing(rangs);
  if (l === n && rangs.every((r, i) => r === i)) return 1;
  return l === n - 1 ? 0.5 : 0;
}

/**
 * The starting order of a question: seeded by the question, it earns 0 under the
 * credit rule (at least two steps to move), leaves no step in its place and is not
 * the exact reverse (reversing is a strategy, not knowledge).
 */
export function ordreDeDepart<T>(items: readonly T[], seed: string): T[] {
  const n = items.length;
  if (n < 2) return [...items];
  const rank = new Map(items.map((item, i) => [item, i]));
  const acceptable = (order: readonly T[], strict: boolean) => {
    const rangs = order.map((item) => rank.get(item)!);
    if (creditOrdre(rangs, n) > 0) return false;
    if (!strict) return !rangs.every((r, i) => r === i);
    return rangs.every((r, i) => r !== i) && !rangs.every((r, i) => r === n - 1 - i);
  };
  for (const strict of [true, false]) {
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const order = seededShuffle(items, `${seed}#${attempt}`);
      if (acceptable(order, strict)) return order;
    }
  }
  return [...items].reverse();
}

export const ordre: KindHandler<'ordre'> = {
  toPublic: (q) => ({
    ...publicBase(q),
    etapes: ordreDeDepart(
      q.etapes.map(({ id, texte }) => ({ id, texte })),
      `public:${q.id}`,
    ),
  }),
  isInput: (v): v is { ordre: readonly string[] } =>
    typeof v === 'object' && v !== null && isStringArray((v as { ordre?: unknown }).ordre),
  validate: (q, input) => {
    const ids = q.etapes.map((e) => e.id);
    if (input.ordre.length !== ids.length || new Set(input.ordre).size !== ids.length || !input.ordre.every((id) => ids.includes(id))) {
      return invalid('Placez chaque étape une fois.');
    }
    return ok;
  },
  score: (q, input) => {
    const n = q.etapes.length;
    if (n < 2) return { points: 1, max: 1 };
    const rank = new Map(q.etapes.map((e, i) => [e.id, i]));
    return { points: creditOrdre(input.ordre.map((id) => rank.get(id) ?? -1).filter((r) => r >= 0), n), max: 1 };
  },
  solution: (q) => ({ ordre: q.etapes.map((e) => e.id) }),
  solutionTexte: (q) => q.etapes.map((e, i) => `${i + 1}. ${e.texte}`).join(' ; '),
  feedback: (q, input) =>
    q.etapes.map((e, i) => {
      const placed = input.ordre.indexOf(e.id);
      const isRight = placed === i;
      return {
        ton: isRight ? ('juste' as const) : ('faux' as const),
        texte: isRight ? e.feedback : `Place attendue : ${i + 1}. ${e.feedback}`,
        sujet: e.texte,
      };
    }),
  response: (input) => input.ordre.join('[,]'),
  check: (q): ProblemeChamp[] => {
    // Four steps at least: with three, only the reverse order earns nothing, and reversing would be a strategy.
    const problems = checkItems('etapes', q.etapes, { feedback: true, min: 4 });
    if (q.etapes.length > 8) problems.push({ champ: 'etapes', message: 'trop d’étapes (8 au plus)' });
    return problems;
  },
  empty: (q) => ({ ordre: q.etapes.map((e) => e.id) }),
};
