/**
 * What the site holds (`npm run stats`, scripts/stats.ts), read from the real
 * registries (référentiel, quizzes/index.ts, docs/, H5P registry, glossary) — no
 * separate bookkeeping. Coverage is given per critère and per bloc.
 *
 * JSON keys (reviewers' scripts read them; extend, do not rename):
 * blocs, competences, criteres, lessons, quizzes, questions, questionsByKind, cases,
 * h5p, glossaryTerms, minQuestionsPerCritere, uncoveredCriteres, perBloc, perCritere,
 * qualiteItems (per bloc and « total »: item-quality measures, surface strategies
 * against chance, `respecte` and the problems, see src/domain/qualite/items.ts),
 * cartes (sets of revision cards, quizzes/cartes.ts) and cartesTotal (cards in them).
 */
import { ACTIVITES } from '../../../quizzes/index';
import { CARTES } from '../../../quizzes/cartes';
import { BLOC_IDS, COMPETENCE_IDS, CRITERE_IDS, REFERENTIEL, blocOf, type BlocId, type CritereId } from '../../referentiel';
import { QUESTION_KINDS, type QuestionKind } from '../../domain/quiz/types';
import { GLOSSAIRE } from '../../contenu/glossaire';
import { h5pActivities } from '../h5p/registre';
import { readPages } from '../lecons/lecons';
import { criteresInconnus, type Activite } from '../../domain/activite';
import { activityFiles, formatProbleme } from '../activites/activites';
import { checkCriteres } from '../../domain/quiz/check';
import { mesurerQualite, type QualiteItems } from '../../domain/qualite/items';
import type { Quiz } from '../../domain/quiz/types';
import type { Cas } from '../../domain/cas/types';

export interface CritereStats {
  questions: number;
  cases: number;
  h5p: number;
  lessons: number;
}

export interface BlocStats {
  competences: number;
  criteres: number;
  lessons: number;
  questions: number;
  cases: number;
  h5p: number;
  minQuestionsPerCritere: number;
  uncoveredCriteres: CritereId[];
}

export interface Stats {
  blocs: number;
  competences: number;
  criteres: number;
  lessons: number;
  quizzes: number;
  questions: number;
  questionsByKind: Record<QuestionKind, number>;
  cases: number;
  h5p: number;
  glossaryTerms: number;
  cartes: number;
  cartesTotal: number;
  minQuestionsPerCritere: number;
  uncoveredCriteres: CritereId[];
  perBloc: Record<BlocId, BlocStats>;
  perCritere: Record<CritereId, CritereStats>;
  qualiteItems: Record<BlocId | 'total', QualiteItems>;
}

/** Item quality per bloc (activities of that bloc) and for the whole bank. */
export function qualiteParBloc(activites: readonly Activite[] = ACTIVITES): Record<BlocId | 'total', QualiteItems> {
  const quizzes = activites.filter((a): a is Quiz => a.kind === 'quiz');
  const cases = activites.filter((a): a is Cas => a.kind === 'cas');
  return {
    ...(Object.fromEntries(
      BLOC_IDS.map((b) => [b, mesurerQualite(quizzes.filter((q) => q.bloc === b), cases.filter((c) => c.bloc === b))]),
    ) as Record<BlocId, QualiteItems>),
    total: mesurerQualite(quizzes, cases),
  };
}

/**
 * Counts the site's content. An activity citing a critère the référentiel does not know
 * stops it with the build's message (file › question › field), never a TypeError.
 */
export function computeStats(siteDir: string, activites: readonly Activite[] = ACTIVITES, h5p = h5pActivities()): Stats {
  const files = activityFiles(siteDir);
  const inconnus = [
    ...criteresInconnus(activites).map((p) => formatProbleme(p, files)),
    ...h5p.flatMap((a) => checkCriteres(a.criteres, undefined).filter((p) => p.message.startsWith('critère inconnu')).map((p) => `h5p › « ${a.id} » › ${p.champ} : ${p.message}`)),
  ];
  if (inconnus.length > 0) throw new Error(`Statistiques impossibles, critère(s) inconnu(s) :\n${inconnus.join('\n')}`);
  const pages = readPages(siteDir);
  const lessons = pages.filter((p) => p.estLecon);
  const quizzes = activites.filter((a) => a.kind === 'quiz');
  const cases = activites.filter((a) => a.kind === 'cas');

  const perCritere = Object.fromEntries(
    CRITERE_IDS.map((id) => [id, { questions: 0, cases: 0, h5p: 0, lessons: 0 }]),
  ) as Record<CritereId, CritereStats>;
  const questionsByKind = Object.fromEntries(QUESTION_KINDS.map((k) => [k, 0])) as Record<QuestionKind, number>;
  let questions = 0;
  for (const quiz of quizzes) {
    for (const q of quiz.questions) {
      questions += 1;
      questionsByKind[q.type] += 1;
      for (const c of q.criteres) perCritere[c].questions += 1;
    }
  }
  for (const cas of cases) for (const c of cas.criteres) perCritere[c].cases += 1;
  for (const activity of h5p) for (const c of activity.criteres) perCritere[c].h5p += 1;
  for (const lesson of lessons) {
    for (const c of lesson.criteres) if (typeof c === 'string' && c in perCritere) perCritere[c as CritereId].lessons += 1;
  }

  const uncovered = (ids: readonly CritereId[]) => ids.filter((id) => perCritere[id].questions === 0);
  const minQuestions = (ids: readonly CritereId[]) => (ids.length === 0 ? 0 : Math.min(...ids.map((id) => perCritere[id].questions)));

  const perBloc = Object.fromEntries(
    REFERENTIEL.blocs.map((bloc) => {
      const ids = bloc.competences.flatMap((c) => c.criteres.map((cr) => cr.id));
      const stats: BlocStats = {
        competences: bloc.competences.length,
        criteres: ids.length,
        lessons: lessons.filter((l) => l.bloc === bloc.id).length,
        questions: quizzes.filter((q) => q.bloc === bloc.id).reduce((n, q) => n + q.questions.length, 0),
        cases: cases.filter((c) => c.bloc === bloc.id).length,
        h5p: h5p.filter((a) => a.criteres.some((c) => blocOf(c).id === bloc.id)).length,
        minQuestionsPerCritere: minQuestions(ids),
        uncoveredCriteres: uncovered(ids),
      };
      return [bloc.id, stats];
    }),
  ) as Record<BlocId, BlocStats>;

  return {
    blocs: BLOC_IDS.length,
    competences: COMPETENCE_IDS.length,
    criteres: CRITERE_IDS.length,
    lessons: lessons.length,
    quizzes: quizzes.length,
    questions,
    questionsByKind,
    cases: cases.length,
    h5p: h5p.length,
    glossaryTerms: GLOSSAIRE.length,
    cartes: CARTES.length,
    cartesTotal: CARTES.reduce((n, j) => n + j.cartes.length, 0),
    minQuestionsPerCritere: minQuestions(CRITERE_IDS),
    uncoveredCriteres: uncovered(CRITERE_IDS),
    perBloc,
    perCritere,
    qualiteItems: qualiteParBloc(activites),
  };
}
