/**
 * Quizzes assembled from several activities (mock exam, review deck) and the
 * compact summary behind the passport's QR code.
 */
import { ACTIVITES } from '@site/quizzes/index';
import { toPublicQuiz } from '@site/src/domain/quiz/public';
import type { Quiz } from '@site/src/domain/quiz/types';
import { composerCorrige, composerPublic, idCompose, origineDe } from '@site/src/domain/formateur/compose';
import { encoderResume, lireResume, resumeDe, type Resume } from '@site/src/domain/journal/resume';
import { questionsVues } from '@site/src/domain/apprenant/tirage-examen';
import { maitrise } from '@site/src/domain/journal/mastery';
import { COMPETENCE_IDS } from '@site/src/referentiel';
import { iri } from '@site/src/domain/journal/iri';
import { statement } from '../fixtures/statements';

const quizzes = ACTIVITES.filter((a): a is Quiz => a.kind === 'quiz');
const [q1, q2] = [quizzes[0]!, quizzes[1]!];
const entete = { id: 'examen-blanc-b1', titre: 'Examen blanc', bloc: 'B1' as const, seuil: 0.7 };

describe('assembled quizzes', () => {
  test('ids carry the origin, and come back', () => {
    const o = { activite: q1.id, question: q1.questions[0]!.id };
    expect(origineDe(idCompose(o))).toEqual(o);
    expect(origineDe('plain-id')).toBeNull();
    expect(origineDe('__x')).toBeNull();
    expect(origineDe('x__')).toBeNull();
  });

  test('public and rubric quizzes keep the drawn order and the original questions', () => {
    const origines = [
      { activite: q2.id, question: q2.questions[1]!.id },
      { activite: q1.id, question: q1.questions[0]!.id },
    ];
    const pub = composerPublic(entete, origines, new Map([q1, q2].map((q) => [q.id, toPublicQuiz(q)])));
    const cor = composerCorrige(entete, origines, new Map([q1, q2].map((q) => [q.id, q])));
    if (!pub.ok || !cor.ok) throw new Error('composition refused');
    expect(pub.quiz.questions.map((q) => q.id)).toEqual(origines.map(idCompose));
    expect(cor.quiz.questions[0]).toEqual({ ...q2.questions[1], id: idCompose(origines[0]!) });
    expect(pub.quiz.id).toBe('examen-blanc-b1');
  });

  test('a question missing from the sources is named', () => {
    const r = composerPublic(entete, [{ activite: q1.id, question: 'disparue' }], new Map([[q1.id, toPublicQuiz(q1)]]));
    expect(r).toEqual({ ok: false, manquantes: [{ activite: q1.id, question: 'disparue' }] });
  });

  test('questionsVues lists answered questions, native or H5P', () => {
    const s = [
      statement({ objet: iri.question('a', 'q1') }),
      statement({ objet: `${iri.h5p('b')}/questions/q2` }),
      statement({ objet: iri.activite('c') }),
    ];
    expect([...questionsVues(s)].sort()).toEqual(['a/q1', 'b/q2']);
  });
});

describe('QR summary', () => {
  const now = new Date('2026-11-28T10:00:00Z');
  const resume = resumeDe('Léa Martin', now, maitrise([]));

  test('a summary of tomorrow is read (clocks drift), not one of the day after', () => {
    expect(lireResume(encoderResume({ ...resume, date: '2026-11-29' }), now).ok).toBe(true);
    expect(lireResume(encoderResume({ ...resume, date: '2026-11-30' }), now).ok).toBe(false);
  });

  test('encode → read is the identity, and the text is short enough for a QR code', () => {
    const text = encoderResume(resume);
    expect(text.length).toBeLessThan(120);
    expect(lireResume(`#r=${text}`)).toEqual({ ok: true, resume });
  });

  test('scores are kept to the percent', () => {
    const competences = Object.fromEntries(COMPETENCE_IDS.map((id, i) => [id, { niveau: i % 2 ? 'acquis' : 'en-cours', score: (i * 4) / 100 }])) as Resume['competences'];
    const r: Resume = { nom: 'Ana', date: '2026-01-02', competences };
    expect(lireResume(encoderResume(r))).toEqual({ ok: true, resume: r });
  });

  const good = encoderResume(resume);
  const malformed: [string, string, RegExp][] = [
    ['empty', '#r=', /aucun résumé/],
    ['cut', good.slice(0, 30), /incomplet|compétences/],
    ['future version', good.replace(/^1\./, '2.'), /plus récente/],
    ['bad date', good.replace('20261128', '20261332'), /date invalide/],
    ['bad level', good.replace(/n--$/, 'x--'), /niveau inconnu/],
    ['score over 100', good.replace(/n--$/, 'a2t'), /score invalide/],
    ['markup in name', `1.${Buffer.from('<b>').toString('base64url')}.20261128.${good.split('.')[3]}`, /nom invalide/],
    ['too long', `1.${'A'.repeat(500)}`, /trop long/],
    ['a date after tomorrow', encoderResume({ ...resume, date: '2026-11-30' }), /date impossible dans le résumé : date 2026-11-30 dans le futur/],
    ['a date before the site', encoderResume({ ...resume, date: '2025-12-31' }), /date impossible dans le résumé : date 2025-12-31 antérieure à la création du site/],
  ];
  test.each(malformed)('refuses %s', (_name, text, reason) => {
    const r = lireResume(text, now);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.raison).toMatch(reason);
  });
});
