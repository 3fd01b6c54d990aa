/**
 * The item-quality rules on the whole bank, bloc by bloc (src/domain/qualite/items.ts,
 * CONTRIBUTING « Des questions qui mesurent le savoir »): each problem names the file,
 * the question and what to change. Then the « test-wise learner »: every surface
 * strategy, played on the mock exams as learners draw them, stays within chance + 10
 * points. The rules themselves are shown able to fail in tests/domain/qualite.test.ts.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ACTIVITES } from '@site/quizzes/index';
import { BLOC_IDS } from '@site/src/referentiel';
import { LIMITES, mesurerQualite } from '@site/src/domain/qualite/items';
import type { Perimetre } from '@site/src/domain/apprenant/examen';
import { tirerExamen } from '@site/src/domain/apprenant/tirage-examen';
import { construireBanque } from '@site/src/build/activites/activites';
import type { Quiz } from '@site/src/domain/quiz/types';
import type { Cas } from '@site/src/domain/cas/types';
import { qualiteParBloc } from '@site/src/build/mesures/statistiques';

const siteDir = path.resolve(__dirname, '..', '..');
const fichiers = new Map(
  readdirSync(path.join(siteDir, 'quizzes'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(path.join(siteDir, 'quizzes', d.name)).map((f) => [f.replace(/\.(quiz|cas)\.ts$/, ''), `quizzes/${d.name}/${f}`] as const)),
);
/** « quiz › question » → « quizzes/bloc-1/quiz.quiz.ts › « question » ». */
const ou = (lieu: string) => {
  const [activite, question] = lieu.split(' › ');
  if (!activite || activite === '(bloc)') return '(tout le bloc)';
  return `${fichiers.get(activite) ?? activite}${question ? ` › « ${question} »` : ''}`;
};

const qualite = qualiteParBloc();

describe.each(BLOC_IDS.map((b) => [b] as const))('bloc %s', (bloc) => {
  test('every item-quality rule holds (file › question : what to change)', () => {
    expect(qualite[bloc].problemes.map((p) => `${ou(p.ou)} : ${p.message}`)).toEqual([]);
  });
});

describe('a learner who knows nothing, on the mock exams', () => {
  const banque = construireBanque(siteDir, ACTIVITES, new Map());
  const quizzes = new Map(ACTIVITES.filter((a): a is Quiz => a.kind === 'quiz').map((q) => [q.id, q]));
  test.each(['B1', 'B2', 'B3', 'titre'] as Perimetre[])('%s: no surface strategy beats chance by more than 10 points over 40 drawn exams', (perimetre) => {
    const tirees = Array.from({ length: 40 }, (_, i) => tirerExamen(banque, perimetre, `simulation-${i}`)).flat();
    const questions = tirees.map((t) => quizzes.get(t.activite)!.questions.find((q) => q.id === t.question)!);
    const examens: Quiz = { kind: 'quiz', id: `examens-${perimetre}`, titre: 'Examens tirés', bloc: 'B1', questions };
    const m = mesurerQualite([examens], [] as Cas[]);
    const trop = m.strategies.filter((s) => s.avance > LIMITES.avanceSurHasard + 1e-9).map((s) => `${s.nom} : ${Math.round(s.score * 100)} % contre ${Math.round(s.hasard * 100)} % au hasard`);
    expect(trop).toEqual([]);
  });
});
