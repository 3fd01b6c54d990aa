/**
 * The self-assessment page's rules (src/domain/apprenant/positionnement.ts): nothing
 * saved without an answer, an empty one is as none, which one the page opens on;
 * and the drawn mock exam kept with an exam in progress (src/domain/apprenant/examen.ts).
 */
import { COMPETENCES_A_POSITIONNER, momentParDefaut, positionnementFait, refusPositionnement } from '@site/src/domain/apprenant/positionnement';
import { lireExamenPrepare, EXAMENS, type ExamenPrepare } from '@site/src/domain/apprenant/examen';
import { COMPETENCE_IDS } from '@site/src/referentiel/ids';
import type { NiveauAuto, Positionnement } from '@site/src/domain/profil/profil';

const date = '2026-03-01T10:00:00.000Z';
const avec = (n: number): Positionnement => ({ date, niveaux: Object.fromEntries(COMPETENCE_IDS.slice(0, n).map((c) => [c, 'aide' as NiveauAuto])) });

describe('self-assessment', () => {
  test('saving without any answer is refused, with the reason', () => {
    expect(refusPositionnement({})).toMatch(/au moins une réponse/);
    expect(refusPositionnement(avec(1).niveaux)).toBeNull();
  });

  test('an empty one (saved by an earlier version) is as none', () => {
    expect(positionnementFait(undefined)).toBe(false);
    expect(positionnementFait(avec(0))).toBe(false);
    expect(positionnementFait(avec(1))).toBe(true);
  });

  test('the page opens on the entry one until it is complete, then on the exit one', () => {
    expect(COMPETENCES_A_POSITIONNER).toBe(COMPETENCE_IDS.length);
    expect(momentParDefaut({})).toBe('entree');
    expect(momentParDefaut({ entree: avec(0) })).toBe('entree');
    expect(momentParDefaut({ entree: avec(3) })).toBe('entree');
    expect(momentParDefaut({ entree: avec(COMPETENCES_A_POSITIONNER) })).toBe('sortie');
    expect(momentParDefaut({ entree: avec(3), sortie: avec(1) })).toBe('sortie');
    expect(momentParDefaut({ entree: avec(3), sortie: avec(0) })).toBe('entree');
  });
});

describe('a drawn mock exam kept with the exam in progress', () => {
  const examen: ExamenPrepare = { perimetre: 'B2', minuteur: true, seed: 'graine', origines: [{ activite: 'sante-securite', question: 'q1' }] };
  test('read back as it was saved', () => {
    expect(lireExamenPrepare(JSON.parse(JSON.stringify(examen)))).toEqual(examen);
  });
  const faux: [string, unknown][] = [
    ['nothing', undefined],
    ['an array', [examen]],
    ['unknown perimeter', { ...examen, perimetre: 'B9' }],
    ['timer not a boolean', { ...examen, minuteur: 'oui' }],
    ['no seed', { ...examen, seed: '' }],
    ['no question', { ...examen, origines: [] }],
    ['too many questions', { ...examen, origines: Array.from({ length: EXAMENS.B2.questions + 1 }, (_, i) => ({ activite: 'a', question: `q${i}` })) }],
    ['a question without its activity', { ...examen, origines: [{ question: 'q1' }] }],
  ];
  test.each(faux)('refused: %s', (_nom, valeur) => {
    expect(lireExamenPrepare(valeur)).toBeNull();
  });
});
