/** The attempt state machine (src/domain/quiz/session.ts), on a real quiz of the site. */
import { ACTIVITES } from '@site/quizzes/index';
import { toPublicQuiz } from '@site/src/domain/quiz/public';
import { manquantes, pointsObtenus, reduce, restaurer, sauvegardeDe, startSession } from '@site/src/domain/quiz/session';
import type { Quiz } from '@site/src/domain/quiz/types';

const quiz = ACTIVITES.find((a): a is Quiz => a.kind === 'quiz' && a.questions.some((q) => q.type === 'vrai-faux'))!;
const pub = toPublicQuiz(quiz);
const vf = quiz.questions.find((q) => q.type === 'vrai-faux')!;
const juste = vf.type === 'vrai-faux' ? { valeur: vf.reponse } : null;

describe('quiz session', () => {
  test('training: a checked answer is corrected once, even if « Vérifier » is pressed twice', () => {
    let s = startSession(pub, { mode: 'entrainement', seed: 's', tentative: 't', now: 0 });
    s = reduce(s, { type: 'repondre', questionId: vf.id, reponse: juste! });
    s = reduce(s, { type: 'verifier', questionId: vf.id, quiz });
    const first = s.corrections[vf.id];
    expect(first?.resultat.statut).toBe('correct');
    s = reduce(s, { type: 'verifier', questionId: vf.id, quiz });
    expect(s.corrections[vf.id]).toBe(first);
    s = reduce(s, { type: 'repondre', questionId: vf.id, reponse: { valeur: !juste!.valeur } });
    expect(s.reponses[vf.id]).toEqual(juste);
  });

  test('training: retry clears the answer and its correction', () => {
    let s = startSession(pub, { mode: 'entrainement', seed: 's', tentative: 't', now: 0 });
    s = reduce(s, { type: 'repondre', questionId: vf.id, reponse: { jeNeSaisPas: true } });
    s = reduce(s, { type: 'verifier', questionId: vf.id, quiz });
    expect(s.corrections[vf.id]?.resultat.statut).toBe('passe');
    s = reduce(s, { type: 'reessayer', questionId: vf.id });
    expect(s.corrections[vf.id]).toBeUndefined();
    expect(s.reponses[vf.id]).toBeUndefined();
  });

  test('exam: no correction before the end, unanswered questions listed, time limit set', () => {
    let s = startSession(pub, { mode: 'examen', seed: 's', tentative: 't', now: 1000, duree: 10 });
    expect(s.limite).toBe(1000 + 10 * 60_000);
    s = reduce(s, { type: 'repondre', questionId: vf.id, reponse: juste! });
    s = reduce(s, { type: 'verifier', questionId: vf.id, quiz });
    expect(s.corrections).toEqual({});
    expect(manquantes(pub, s)).toHaveLength(pub.questions.length - 1);
    s = reduce(s, { type: 'terminer', quiz });
    expect(Object.keys(s.corrections)).toHaveLength(s.questionIds.length);
    expect(s.resultat?.quizId).toBe(quiz.id);
    expect(reduce(s, { type: 'repondre', questionId: vf.id, reponse: { jeNeSaisPas: true } })).toBe(s);
  });

  test('exam without a time limit when the caller says so', () => {
    expect(startSession({ ...pub, duree: 20 }, { mode: 'examen', seed: 's', tentative: 't', now: 0, duree: null }).limite).toBeNull();
    expect(startSession({ ...pub, duree: 20 }, { mode: 'examen', seed: 's', tentative: 't', now: 0 }).limite).toBe(20 * 60_000);
  });

  test('a drawn quiz takes unseen questions first', () => {
    const ids = pub.questions.map((q) => q.id);
    const seen = new Set(ids.slice(0, ids.length - 2));
    const s = startSession({ ...pub, tirage: 2 }, { mode: 'entrainement', seed: 'x', tentative: 't', now: 0, dejaVues: seen });
    expect([...s.questionIds].sort()).toEqual(ids.slice(-2).sort());
  });

  test('showing the solutions answers and corrects every question of the attempt, and finishes it with full marks', () => {
    let s = startSession(pub, { mode: 'entrainement', seed: 's', tentative: 't', now: 0 });
    s = reduce(s, { type: 'repondre', questionId: vf.id, reponse: { jeNeSaisPas: true } });
    s = reduce(s, { type: 'reveler', quiz });
    expect(s.resultat?.obtenus).toBe(s.questionIds.length);
    expect(Object.values(s.corrections).every((c) => c.resultat.statut === 'correct')).toBe(true);
    expect(pointsObtenus(s)).toBe(s.questionIds.length);
  });

  test('training: a retry after the end reopens the attempt; an exam stays closed', () => {
    let s = startSession(pub, { mode: 'entrainement', seed: 's', tentative: 't', now: 0 });
    s = reduce(s, { type: 'terminer', quiz });
    const reopened = reduce(s, { type: 'reessayer', questionId: vf.id });
    expect(reopened.resultat).toBeNull();
    expect(reopened.corrections[vf.id]).toBeUndefined();
    let e = startSession(pub, { mode: 'examen', seed: 's', tentative: 't', now: 0 });
    e = reduce(e, { type: 'terminer', quiz });
    expect(reduce(e, { type: 'reessayer', questionId: vf.id })).toBe(e);
  });

  test('restoring what the DOM player saved goes through the same actions: same corrections, same saved shape', () => {
    const saved = { reponses: { [vf.id]: juste!, autre: { valeur: true } }, verifiees: [vf.id, 'autre'] };
    const s = restaurer(quiz, saved, { seed: 's', tentative: '', now: 0 });
    expect(s.questionIds).toEqual(quiz.questions.map((q) => q.id));
    let attendu = startSession({ id: quiz.id, questions: quiz.questions }, { mode: 'entrainement', seed: 's', tentative: '', now: 0 });
    attendu = reduce(attendu, { type: 'repondre', questionId: vf.id, reponse: juste! });
    attendu = reduce(attendu, { type: 'verifier', questionId: vf.id, quiz });
    expect(s.corrections).toEqual(attendu.corrections);
    expect(sauvegardeDe(s)).toEqual({ reponses: { [vf.id]: juste }, verifiees: [vf.id] });
  });
});
