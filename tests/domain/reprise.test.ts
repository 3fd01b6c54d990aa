/**
 * An attempt in progress (src/domain/quiz/reprise.ts): what is kept, read back,
 * refused, resumed (time left, answers given meanwhile) and where the learner is
 * brought back.
 */
import { toPublicQuiz } from '@site/src/domain/quiz/public';
import { aGarder, EN_COURS_FORMAT, figer, lireEnCours, nonRepris, questionDeReprise, reprendre, repondues, type EnCours } from '@site/src/domain/quiz/reprise';
import { reduce, startSession, type Session } from '@site/src/domain/quiz/session';
import type { PublicQuiz } from '@site/src/domain/quiz/types';
import { quizFixture } from '../fixtures/quiz';

const pub = toPublicQuiz(quizFixture);
const T0 = Date.UTC(2026, 2, 10, 9, 0);

function entrainement(): Session {
  let s = startSession(pub, { mode: 'entrainement', seed: 'graine', tentative: '', now: T0 });
  s = reduce(s, { type: 'repondre', questionId: 'unique', reponse: { choix: 'a' } });
  s = reduce(s, { type: 'verifier', questionId: 'unique', quiz: quizFixture });
  s = reduce(s, { type: 'repondre', questionId: 'vrai-faux', reponse: { valeur: false } });
  s = reduce(s, { type: 'confiance', questionId: 'vrai-faux', confiance: 'sur' });
  s = reduce(s, { type: 'indice', questionId: 'trous' });
  return s;
}

const figerA = (s: Session, extra: Partial<Parameters<typeof figer>[1]> = {}): EnCours =>
  figer(s, { tentative: 't-1', demarre: false, ecoule: 90_000, position: 'vrai-faux', now: T0 + 90_000, ...extra });

describe('what is kept of an attempt', () => {
  test('nothing before the learner does anything; an exam once started (its questions and clock); nothing once finished', () => {
    const vierge = startSession(pub, { mode: 'entrainement', seed: 's', tentative: '', now: T0 });
    expect(aGarder(vierge, false)).toBe(false);
    const examen = startSession(pub, { mode: 'examen', seed: 's', tentative: '', now: T0, duree: 20 });
    // Chosen or prepared, not started: nothing to keep (and nothing recorded).
    expect(aGarder(examen, false)).toBe(false);
    expect(aGarder(examen, true)).toBe(true);
    expect(aGarder(entrainement(), false)).toBe(true);
    const fini = reduce(examen, { type: 'terminer', quiz: quizFixture });
    expect(aGarder(fini, true)).toBe(false);
  });

  test('saved then read back: the same answers, corrections, hints, position and time', () => {
    const s = entrainement();
    const e = figerA(s);
    const lu = lireEnCours(JSON.stringify(e));
    expect(lu).toEqual({ ok: true, enCours: e });
    expect(e).toMatchObject({ format: EN_COURS_FORMAT, quizId: 'fixture', mode: 'entrainement', restant: null, ecoule: 90_000, position: 'vrai-faux' });
    expect(repondues(e)).toBe(2);
    expect(nonRepris(e, pub)).toBeNull();
  });

  test('a timed exam keeps the time left, not the deadline: the clock runs only while the page is open', () => {
    let s = startSession(pub, { mode: 'examen', seed: 's', tentative: '', now: T0, duree: 20 });
    s = reduce(s, { type: 'repondre', questionId: 'unique', reponse: { choix: 'b' } });
    const e = figer(s, { tentative: 't', demarre: true, ecoule: 5 * 60_000, position: 'unique', now: T0 + 5 * 60_000 });
    expect(e.restant).toBe(15 * 60_000);
    // Back three days later: 15 minutes left, from now.
    const now = T0 + 3 * 86_400_000;
    const repris = reprendre(e, now);
    expect(repris.limite).toBe(now + 15 * 60_000);
    expect(repris.reponses).toEqual({ unique: { choix: 'b' } });
    expect(repris.resultat).toBeNull();
    // Past its deadline when saved: no time left (it is corrected as it is on resuming).
    expect(figer(s, { tentative: 't', demarre: true, ecoule: 0, position: null, now: T0 + 60 * 60_000 }).restant).toBe(0);
  });
});

describe('reading a kept attempt refuses, with a reason, what cannot be used', () => {
  const bon = figerA(entrainement());
  const avec = (changes: Record<string, unknown>) => JSON.stringify({ ...bon, ...changes });
  const cas: [string, string, RegExp][] = [
    ['not JSON', '{', /illisible/],
    ['another document', JSON.stringify({ format: 'autre' }), /pas une tentative/],
    ['future version', avec({ version: 2 }), /version 2/],
    ['unknown field', avec({ script: 'x' }), /champ inconnu/],
    ['unknown mode', avec({ mode: 'libre' }), /mode inconnu/],
    ['no questions', avec({ questionIds: [] }), /questions/],
    ['duplicate questions', avec({ questionIds: ['unique', 'unique'] }), /questions/],
    ['answer outside the attempt', avec({ reponses: { autre: { choix: 'a' } } }), /hors de la tentative/],
    ['answer not an object', avec({ reponses: { unique: 'a' } }), /réponse illisible/],
    ['unknown confidence', avec({ confiances: { unique: 'peut-être' } }), /confiance/],
    ['correction filed under another question', avec({ corrections: { 'vrai-faux': bon.corrections.unique } }), /autre question/],
    ['correction with impossible points', avec({ corrections: { unique: { ...bon.corrections.unique!, resultat: { ...bon.corrections.unique!.resultat, points: 3 } } } }), /points/],
    ['negative time left', avec({ restant: -1 }), /temps restant/],
    ['position outside the attempt', avec({ position: 'autre' }), /position/],
    ['bad date', avec({ enregistre: 'hier' }), /date/],
    ['prototype pollution', `{"__proto__":{"x":1},${JSON.stringify(bon).slice(1)}`, /champ inconnu « __proto__ »/],
  ];
  test.each(cas)('%s', (_nom, raw, raison) => {
    const lu = lireEnCours(raw);
    expect(lu.ok).toBe(false);
    if (!lu.ok) expect(lu.raison).toMatch(raison);
  });

  test('an attempt that no longer fits the quiz (question removed, answer of another kind) is not resumed', () => {
    const sansVraiFaux: PublicQuiz = { ...pub, questions: pub.questions.filter((q) => q.id !== 'vrai-faux') };
    expect(nonRepris(bon, sansVraiFaux)).toMatch(/« vrai-faux » n’existe plus/);
    const autreForme = { ...bon, reponses: { ...bon.reponses, 'vrai-faux': { choix: 'a' } } } as unknown as EnCours;
    expect(nonRepris(autreForme, pub)).toMatch(/ne correspond plus/);
    expect(nonRepris(bon, { ...pub, id: 'autre' })).toMatch(/autre activité/);
  });
});

describe('resuming', () => {
  test('answers given meanwhile in a fresh attempt are kept on top, never over a correction', () => {
    const e = figerA(entrainement());
    let courante = startSession(pub, { mode: 'entrainement', seed: 'public', tentative: '', now: T0 });
    courante = reduce(courante, { type: 'repondre', questionId: 'unique', reponse: { choix: 'c' } });
    courante = reduce(courante, { type: 'repondre', questionId: 'numerique', reponse: { valeur: '12' } });
    const s = reprendre(e, T0 + 1000, courante);
    expect(s.reponses.unique).toEqual({ choix: 'a' });
    expect(s.corrections.unique).toBe(e.corrections.unique);
    expect(s.reponses.numerique).toEqual({ valeur: '12' });
    expect(s.reponses['vrai-faux']).toEqual({ valeur: false });
    expect(s.seed).toBe('graine');
    expect(s.indices).toEqual(['trous']);
    expect(s.limite).toBeNull();
  });

  test('the learner is brought to the first open question after the one worked on last', () => {
    const s = { questionIds: ['a', 'b', 'c', 'd'], reponses: { a: { choix: 'x' }, b: { choix: 'x' } }, corrections: {} };
    expect(questionDeReprise(s, 'a')).toBe('c');
    expect(questionDeReprise(s, 'd')).toBe('c');
    expect(questionDeReprise(s, null)).toBe('c');
    const x = { choix: 'x' };
    expect(questionDeReprise({ ...s, reponses: { a: x, b: x, c: x, d: x } }, 'b')).toBe('b');
  });
});
