import { checkCas, maxParCritere, scoreCas, walk } from '@site/src/domain/cas/graph';
import { casFixture } from '../fixtures/cas';

test('the fixture case is valid', () => {
  expect(checkCas(casFixture)).toEqual([]);
});

test('max per critère is the best simple path', () => {
  expect(maxParCritere(casFixture)).toEqual({ 'B1.C1.CR1': 2, 'B1.C3.CR1': 2 });
});

test('scoring a path: best, partial, unfinished', () => {
  const best = scoreCas(casFixture, [
    { noeud: 'n1', choix: 'bien' },
    { noeud: 'n2', choix: 'demander' },
  ]);
  expect(best).toMatchObject({ termine: true, qualite: 'optimale', reussi: true, obtenus: 4, total: 4, taux: 1 });
  const detour = scoreCas(casFixture, [
    { noeud: 'n1', choix: 'boucle' },
    { noeud: 'n3', choix: 'avancer' },
    { noeud: 'n2', choix: 'decider' },
  ]);
  expect(detour).toMatchObject({ termine: true, qualite: 'a-revoir', reussi: false, obtenus: 1, total: 4 });
  expect(detour.parCritere['B1.C1.CR1']).toEqual({ points: 1, max: 2 });
  const unfinished = scoreCas(casFixture, [{ noeud: 'n1', choix: 'bien' }]);
  expect(unfinished.termine).toBe(false);
  expect(unfinished.reussi).toBe(false);
});

test('going round a loop cannot earn more than the maximum', () => {
  const loop = scoreCas(casFixture, [
    { noeud: 'n1', choix: 'boucle' },
    { noeud: 'n3', choix: 'revenir' },
    { noeud: 'n1', choix: 'bien' },
    { noeud: 'n2', choix: 'demander' },
  ]);
  expect(loop.parCritere['B1.C1.CR1']).toEqual({ points: 2, max: 2 });
});

test('walk stops at the first step that does not belong to the path', () => {
  const w = walk(casFixture, [
    { noeud: 'n1', choix: 'bien' },
    { noeud: 'n9', choix: 'x' },
  ]);
  expect(w.noeud.id).toBe('n2');
  expect(w.choix.map((c) => c.id)).toEqual(['bien']);
});

test('minimum number of decisions is checked on demand', () => {
  const problems = checkCas(casFixture, { minDecisions: 6 });
  expect(problems.map((p) => p.message)).toEqual(['au moins 6 nœuds de décision sont attendus (3 trouvés)']);
});
