/**
 * « Remise en ordre »: the starting order never gives the answer away, and doing
 * nothing earns nothing (issue « Évaluations qui mesurent vraiment »).
 */
import { ACTIVITES } from '@site/quizzes/index';
import { creditOrdre, longestIncreasing, ordreDeDepart } from '@site/src/domain/quiz/kinds/ordre';
import { emptyInput, handlerOf, toPublicQuestion } from '@site/src/domain/quiz/kinds';
import { displayed } from '@site/src/domain/quiz/session';
import type { QuestionOrdre } from '@site/src/domain/quiz/types';

const questions = ACTIVITES.flatMap((a) => (a.kind === 'quiz' ? a.questions.filter((q): q is QuestionOrdre => q.type === 'ordre').map((q) => [`${a.id} › ${q.id}`, q] as const) : []));

test('credit rule: all in place 1, one step out of place ½, otherwise 0', () => {
  expect(creditOrdre([0, 1, 2, 3], 4)).toBe(1);
  expect(creditOrdre([1, 0, 2, 3], 4)).toBe(0.5);
  expect(creditOrdre([3, 0, 1, 2], 4)).toBe(0.5);
  expect(creditOrdre([1, 0, 3, 2], 4)).toBe(0);
  expect(creditOrdre([3, 2, 1, 0], 4)).toBe(0);
  expect(longestIncreasing([2, 0, 3, 1, 4])).toBe(3);
});

test('the starting order earns nothing, leaves no step in place and is not the reverse (4 to 8 steps, 300 seeds each)', () => {
  for (let n = 4; n <= 8; n += 1) {
    const items = Array.from({ length: n }, (_, i) => i);
    for (let seed = 0; seed < 300; seed += 1) {
      const start = ordreDeDepart(items, `graine-${seed}`);
      expect([...start].sort((a, b) => a - b)).toEqual(items);
      expect(creditOrdre(start, n)).toBe(0);
      expect(start.some((r, i) => r === i)).toBe(false);
      expect(start).not.toEqual([...items].reverse());
    }
  }
});

test('a random order earns little: expected credit by number of steps', () => {
  const permutations = (n: number): number[][] => (n === 0 ? [[]] : permutations(n - 1).flatMap((p) => Array.from({ length: n }, (_, i) => [...p.slice(0, i), n - 1, ...p.slice(i)])));
  const moyenne = (n: number) => {
    const all = permutations(n);
    return all.reduce((s, p) => s + creditOrdre(p, n), 0) / all.length;
  };
  expect(moyenne(4)).toBeCloseTo(5.5 / 24, 5);
  expect(moyenne(5)).toBeLessThan(0.1);
});

describe.each(questions)('%s', (_nom, q) => {
  const pub = toPublicQuestion(q);
  if (pub.type !== 'ordre') throw new Error('type');
  test('public order: not the right order, 0 credit untouched, kept by every attempt', () => {
    const ids = q.etapes.map((e) => e.id);
    expect(pub.etapes.map((e) => e.id)).not.toEqual(ids);
    const depart = emptyInput(pub);
    expect(handlerOf(q).score(q, depart as { ordre: string[] }).points).toBe(0);
    for (const seed of ['a', 'b', 'c']) expect(displayed(pub, seed)).toEqual(pub);
  });
});
