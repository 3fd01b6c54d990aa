/**
 * What each bloc must offer before it can be assigned with confidence (content
 * issues): a lesson per compétence, ≥ 100 questions, every critère assessed by
 * ≥ 3 questions, ≥ 5 question kinds, ≥ 4 case studies of ≥ 6 decisions, ≥ 3 H5P
 * activities; and a glossary of ≥ 60 terms. Read from the real registries.
 */
import path from 'node:path';
import { ACTIVITES } from '@site/quizzes/index';
import { REFERENTIEL } from '@site/src/referentiel';
import { decisionCount } from '@site/src/domain/cas/graph';
import { computeStats } from '@site/src/build/mesures/statistiques';
import { GLOSSAIRE } from '@site/src/contenu/glossaire';
import { readPages } from '@site/src/build/lecons/lecons';

const siteDir = path.resolve(__dirname, '..', '..');
const stats = computeStats(siteDir);
const lecons = readPages(siteDir).filter((p) => p.estLecon);

describe.each(REFERENTIEL.blocs.map((b) => [b.id, b] as const))('bloc %s', (id, bloc) => {
  const s = stats.perBloc[id];
  test('a lesson for every compétence', () => {
    const sans = bloc.competences.filter((c) => !lecons.some((l) => l.competences.includes(c.id))).map((c) => c.id);
    expect(sans).toEqual([]);
  });
  test('at least 100 questions, every critère assessed by at least 3', () => {
    expect(s.questions).toBeGreaterThanOrEqual(100);
    const faibles = bloc.competences.flatMap((c) => c.criteres).filter((c) => stats.perCritere[c.id].questions < 3).map((c) => `${c.id} : ${stats.perCritere[c.id].questions} question(s)`);
    expect(faibles).toEqual([]);
  });
  test('at least 5 of the 7 question kinds', () => {
    const kinds = new Set(ACTIVITES.filter((a) => a.kind === 'quiz' && a.bloc === id).flatMap((a) => (a.kind === 'quiz' ? a.questions.map((q) => q.type) : [])));
    expect(kinds.size).toBeGreaterThanOrEqual(5);
  });
  test('at least 4 case studies of at least 6 decisions', () => {
    const cases = ACTIVITES.filter((a) => a.kind === 'cas' && a.bloc === id);
    const courts = cases.filter((c) => c.kind === 'cas' && decisionCount(c) < 6).map((c) => c.id);
    expect(courts).toEqual([]);
    expect(cases.length).toBeGreaterThanOrEqual(4);
  });
  test('at least 3 H5P activities', () => {
    expect(s.h5p).toBeGreaterThanOrEqual(3);
  });
});

test('the glossary holds at least 60 terms, the Fiche Métier acronyms included', () => {
  expect(GLOSSAIRE.length).toBeGreaterThanOrEqual(60);
  const termes = new Set(GLOSSAIRE.map((t) => t.terme));
  for (const sigle of ['MA', 'CDI', 'EA', 'ESAT', 'ESSMS', 'FAM', 'FATESAT', 'FEHAP', 'OETH', 'SNAPEI']) expect([sigle, termes.has(sigle)]).toEqual([sigle, true]);
});
