/**
 * The engine benchmark (`npm run bench`, src/build/mesures/moteur.ts): the median and
 * the verdict it prints, and its fixtures run end to end at a small size (a fixture
 * that no longer loads or no longer reads as a cohort fails here, not in the bench).
 */
import { performance } from 'node:perf_hooks';
import {
  chronometrer,
  ligneResultat,
  median,
  mesurerMoteur,
  objectifsTenus,
  resultat,
  tableauMoteur,
  TAILLES_MOTEUR,
} from '@site/src/build/mesures/moteur';

describe('median', () => {
  test('the middle value of an odd count, whatever the order, without sorting the input', () => {
    const valeurs = [9, 1, 5];
    expect(median(valeurs)).toBe(5);
    expect(valeurs).toEqual([9, 1, 5]);
  });

  test('the upper of the two middles for an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(3);
  });

  test('numbers are compared as numbers, not as text', () => {
    expect(median([10, 9, 100])).toBe(10);
  });

  test('an empty list is an error that says why', () => {
    expect(() => median([])).toThrow('médiane d’une liste vide');
  });
});

describe('chronometrer', () => {
  afterEach(() => jest.restoreAllMocks());

  test('warms up once, then returns the median of the timed runs', () => {
    // Three timed runs lasting 5, 1 and 3 ms: the warm-up is not timed.
    const instants = [0, 5, 10, 11, 20, 23];
    jest.spyOn(performance, 'now').mockImplementation(() => instants.shift()!);
    const fn = jest.fn();
    expect(chronometrer(3, fn)).toBe(3);
    expect(fn).toHaveBeenCalledTimes(4);
    expect(instants).toEqual([]);
  });
});

describe('verdict and table', () => {
  test('a measure holds its target up to the target itself', () => {
    expect(resultat('a', 50, 50).met).toBe(true);
    expect(resultat('a', 50.1, 50).met).toBe(false);
    expect(resultat('a', 1e6, null).met).toBe(true);
  });

  test('a line: label over 78 columns, median over 8, then the verdict when there is a target', () => {
    expect(ligneResultat(resultat('Valider', 12.345, 50))).toBe(`${'Valider'.padEnd(78)}     12.3 ms  ✓ (objectif ≤ 50 ms)`);
    expect(ligneResultat(resultat('Charger', 402.9, 200))).toBe(`${'Charger'.padEnd(78)}    402.9 ms  ✗ (objectif ≤ 200 ms)`);
    expect(ligneResultat(resultat('Noter', 194.2, null))).toBe(`${'Noter'.padEnd(78)}    194.2 ms`);
  });

  test('the table ends with the processor time of the cohort', () => {
    const texte = tableauMoteur({ resultats: [resultat('Valider', 1, 50), resultat('Cohorte', 7663.3, 1000)], cpuCohorte: 4553.94 });
    expect(texte.split('\n')).toEqual([
      `${'Valider'.padEnd(78)}      1.0 ms  ✓ (objectif ≤ 50 ms)`,
      `${'Cohorte'.padEnd(78)}   7663.3 ms  ✗ (objectif ≤ 1000 ms)`,
      `${'  dont temps processeur de ce processus (cohorte)'.padEnd(78)}   4553.9 ms`,
    ]);
  });

  test('the bench fails as soon as one target is missed', () => {
    expect(objectifsTenus([resultat('a', 1, 50), resultat('b', 9, null)])).toBe(true);
    expect(objectifsTenus([resultat('a', 1, 50), resultat('b', 201, 200)])).toBe(false);
  });
});

describe('mesurerMoteur', () => {
  test('the default sizes are those the targets were set for', () => {
    expect(TAILLES_MOTEUR).toEqual({ questions: 1000, reponses: 10_000, traces: 20_000, passeports: 200, tracesParPasseport: 300 });
  });

  test('at a small size, every fixture loads and every measure runs, labelled with its size', () => {
    const mesures = mesurerMoteur({ questions: 12, reponses: 30, traces: 1200, passeports: 2, tracesParPasseport: 20 });
    expect(mesures.resultats.map((r) => r.label.replace(/\(\d+\.\d Mo/, '(x Mo'))).toEqual([
      'Valider 12 questions (checkQuiz)',
      'Noter 30 réponses (scoreQuestion)',
      'Charger un journal de 1 200 traces (x Mo, parse + validation)',
      'Calculer la maîtrise sur 1 200 traces',
      'Cohorte de 2 passeports × 20 traces (x Mo, lecture + lignes)',
    ]);
    expect(mesures.resultats.map((r) => r.target)).toEqual([50, null, 200, null, 1000]);
    for (const r of mesures.resultats) expect(r.ms).toBeGreaterThanOrEqual(0);
    expect(mesures.cpuCohorte).toBeGreaterThanOrEqual(0);
  });
});
