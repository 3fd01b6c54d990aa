/**
 * ordre: put steps in order. Authors write the steps in the right order; the page
 * shows them shuffled (never in the right order).
 *
 * Points = (L − 1) / (n − 1), where L is the longest run of steps already in the
 * right relative order (longest increasing subsequence): one step out of place
 * costs little, a reversed list earns 0.
 */
import type { KindHandler, ProblemeChamp } from './handler';
import { checkItems, invalid, publicBase, isStringArray, ok } from './handler';
import { derangedShuffle } from '../shuffle';

function longestIncreasing(values: readonly number[]): number {
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

export const ordre: KindHandler<'ordre'> = {
  toPublic: (q) => ({
    ...publicBase(q),
    etapes: derangedShuffle(
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
    const l = longestIncreasing(input.ordre.map((id) => rank.get(id) ?? -1).filter((r) => r >= 0));
    return { points: Math.max(0, (l - 1) / (n - 1)), max: 1 };
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
    const problems = checkItems('etapes', q.etapes, { feedback: true, min: 3 });
    if (q.etapes.length > 8) problems.push({ champ: 'etapes', message: 'trop d’étapes (8 au plus)' });
    return problems;
  },
  empty: (q) => ({ ordre: q.etapes.map((e) => e.id) }),
};
