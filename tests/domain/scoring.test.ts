/**
 * A grading table per question kind: right, partial, wrong, empty, invalid.
 * "Invalid" (incomplete input) is not "wrong": it is not scored.
 */
import { scoreQuestion, scoreQuiz, corriger } from '@site/src/domain/quiz/scoring';
import type { Question, Reponse } from '@site/src/domain/quiz/types';
import { qAssociation, qMultiples, qNumerique, qOrdre, qTrous, qUnique, qVraiFaux, quizFixture } from '../fixtures/quiz';

type Row = [string, Question, Reponse | undefined, string, number];

const table: Row[] = [
  // choix-unique
  ['unique: juste', qUnique, { choix: 'b' }, 'correct', 1],
  ['unique: faux', qUnique, { choix: 'a' }, 'incorrect', 0],
  ['unique: vide', qUnique, { choix: null }, 'invalide', 0],
  ['unique: id inconnu', qUnique, { choix: 'z' }, 'invalide', 0],
  ['unique: aucune réponse', qUnique, undefined, 'invalide', 0],
  // choix-multiples: max(0, (good - bad) / right)
  ['multiples: juste', qMultiples, { choix: ['a', 'b'] }, 'correct', 1],
  ['multiples: moitié', qMultiples, { choix: ['a'] }, 'partiel', 0.5],
  ['multiples: une bonne une mauvaise', qMultiples, { choix: ['a', 'c'] }, 'incorrect', 0],
  ['multiples: tout coché', qMultiples, { choix: ['a', 'b', 'c', 'd'] }, 'incorrect', 0],
  ['multiples: deux bonnes une mauvaise', qMultiples, { choix: ['a', 'b', 'c'] }, 'partiel', 0.5],
  ['multiples: rien', qMultiples, { choix: [] }, 'invalide', 0],
  ['multiples: doublon', qMultiples, { choix: ['a', 'a'] }, 'invalide', 0],
  // vrai-faux
  ['vrai-faux: juste', qVraiFaux, { valeur: false }, 'correct', 1],
  ['vrai-faux: faux', qVraiFaux, { valeur: true }, 'incorrect', 0],
  ['vrai-faux: vide', qVraiFaux, { valeur: null }, 'invalide', 0],
  // association
  ['association: juste', qAssociation, { paires: { g1: 'd1', g2: 'd2', g3: 'd3', g4: 'd4' } }, 'correct', 1],
  ['association: 3 sur 4', qAssociation, { paires: { g1: 'd1', g2: 'd2', g3: 'd3', g4: 'd5' } }, 'partiel', 0.75],
  ['association: aucune', qAssociation, { paires: { g1: 'd2', g2: 'd1', g3: 'd4', g4: 'd3' } }, 'incorrect', 0],
  ['association: incomplète', qAssociation, { paires: { g1: 'd1', g2: null, g3: 'd3', g4: 'd4' } }, 'invalide', 0],
  ['association: cible inconnue', qAssociation, { paires: { g1: 'd9', g2: 'd2', g3: 'd3', g4: 'd4' } }, 'invalide', 0],
  // ordre: 1 all in place, ½ when a single step is out of place, else 0
  ['ordre: juste', qOrdre, { ordre: ['e1', 'e2', 'e3', 'e4', 'e5'] }, 'correct', 1],
  ['ordre: un échange voisin', qOrdre, { ordre: ['e2', 'e1', 'e3', 'e4', 'e5'] }, 'partiel', 0.5],
  ['ordre: inversé', qOrdre, { ordre: ['e5', 'e4', 'e3', 'e2', 'e1'] }, 'incorrect', 0],
  ['ordre: le dernier en tête', qOrdre, { ordre: ['e5', 'e1', 'e2', 'e3', 'e4'] }, 'partiel', 0.5],
  ['ordre: deux étapes déplacées', qOrdre, { ordre: ['e2', 'e1', 'e4', 'e3', 'e5'] }, 'incorrect', 0],
  ['ordre: étape manquante', qOrdre, { ordre: ['e1', 'e2', 'e3', 'e4'] }, 'invalide', 0],
  ['ordre: doublon', qOrdre, { ordre: ['e1', 'e1', 'e3', 'e4', 'e5'] }, 'invalide', 0],
  // texte-a-trous: case and accents ignored by default
  ['trous: juste', qTrous, { trous: { duree: '3', doc: 'décision' } }, 'correct', 1],
  ['trous: variantes', qTrous, { trous: { duree: ' TROIS ', doc: 'Decision' } }, 'correct', 1],
  ['trous: moitié', qTrous, { trous: { duree: '6', doc: 'décision' } }, 'partiel', 0.5],
  ['trous: faux', qTrous, { trous: { duree: '6', doc: 'contrat' } }, 'incorrect', 0],
  ['trous: vide', qTrous, { trous: { duree: '3', doc: '  ' } }, 'invalide', 0],
  // numerique: French input, tolerance
  ['numérique: juste', qNumerique, { valeur: '55,7' }, 'correct', 1],
  ['numérique: point décimal et unité', qNumerique, { valeur: '55.7 %' }, 'correct', 1],
  ['numérique: dans la tolérance', qNumerique, { valeur: '55,74' }, 'correct', 1],
  ['numérique: hors tolérance', qNumerique, { valeur: '55,8' }, 'incorrect', 0],
  ['numérique: vide', qNumerique, { valeur: '' }, 'invalide', 0],
  ['numérique: pas un nombre', qNumerique, { valeur: 'beaucoup' }, 'invalide', 0],
];

describe.each(table)('%s', (_label, question, reponse, statut, points) => {
  test(`statut ${statut}, ${points} point(s)`, () => {
    const r = scoreQuestion(question, reponse);
    expect(r.statut).toBe(statut);
    expect(r.points).toBeCloseTo(points, 10);
    expect(r.max).toBe(1);
  });
});

test('« Je ne sais pas » scores 0 and is never counted as wrong', () => {
  for (const q of quizFixture.questions) {
    const r = scoreQuestion(q, { jeNeSaisPas: true });
    expect(r.statut).toBe('passe');
    expect(r.points).toBe(0);
  }
});

test('confidence is recorded but never changes the score', () => {
  const sur = scoreQuestion(qUnique, { choix: 'a' }, 'sur');
  const pasSur = scoreQuestion(qUnique, { choix: 'a' }, 'pas-sur');
  expect(sur.points).toBe(pasSur.points);
  expect(sur.confiance).toBe('sur');
});

test('scoreQuiz sums points, reports per critère and applies the pass mark', () => {
  const r = scoreQuiz(quizFixture, {
    unique: { choix: 'b' },
    multiples: { choix: ['a'] },
    'vrai-faux': { valeur: false },
    association: { paires: { g1: 'd1', g2: 'd2', g3: 'd3', g4: 'd4' } },
    ordre: { ordre: ['e1', 'e2', 'e3', 'e4', 'e5'] },
    trous: { trous: { duree: '3', doc: 'décision' } },
    numerique: { valeur: '55,7' },
  });
  expect(r.total).toBe(7);
  expect(r.obtenus).toBeCloseTo(6.5);
  expect(r.reussi).toBe(true);
  expect(r.parCritere['B1.C1.CR2']).toEqual({ points: 0.5, max: 1 });
  const empty = scoreQuiz(quizFixture, {});
  expect(empty.obtenus).toBe(0);
  expect(empty.reussi).toBe(false);
  expect(empty.parQuestion.every((q) => q.statut === 'invalide')).toBe(true);
});

test('corrections carry per-option feedback, the solution, the explanation and the source', () => {
  const c = corriger(qUnique, { choix: 'a' });
  expect(c.messages.map((m) => m.ton)).toEqual(['faux', 'info']);
  expect(c.messages[0]!.texte).toBe('A est faux.');
  expect(c.solution).toBe('Option B');
  expect(c.explication).toBe('Explication de test.');
  expect(c.source).toBe('CASF art. L344-2');
  const piege = corriger(qNumerique, { valeur: '55' });
  expect(piege.messages[0]!.texte).toBe('Ancien plancher.');
  const multi = corriger(qMultiples, { choix: ['a', 'c'] });
  expect(multi.messages.map((m) => [m.sujet, m.ton])).toEqual([
    ['A', 'juste'],
    ['B', 'faux'],
    ['C', 'faux'],
  ]);
});

test('xAPI responses use the interaction formats', () => {
  expect(scoreQuestion(qMultiples, { choix: ['b', 'a'] }).reponse).toBe('a[,]b');
  expect(scoreQuestion(qVraiFaux, { valeur: false }).reponse).toBe('false');
  expect(scoreQuestion(qAssociation, { paires: { g2: 'd2', g1: 'd1', g3: 'd3', g4: 'd4' } }).reponse).toBe(
    'g1[.]d1[,]g2[.]d2[,]g3[.]d3[,]g4[.]d4',
  );
  expect(scoreQuestion(qNumerique, { valeur: '55,7' }).reponse).toBe('55.7');
});
