/**
 * `npm run stats [-- --json]`: what the site holds, read from the real registries
 * (référentiel, quizzes/index.ts, docs/, H5P registry, glossary) — no separate
 * bookkeeping. Coverage is given per critère and per bloc.
 *
 * JSON keys (reviewers' scripts read them; extend, do not rename):
 * blocs, competences, criteres, lessons, quizzes, questions, questionsByKind, cases,
 * h5p, glossaryTerms, minQuestionsPerCritere, uncoveredCriteres, perBloc, perCritere.
 */
import path from 'node:path';
import { ACTIVITES } from '../quizzes/index';
import { BLOC_IDS, COMPETENCE_IDS, CRITERE_IDS, REFERENTIEL, blocOf, type BlocId, type CritereId } from '../src/referentiel';
import { QUESTION_KINDS, type QuestionKind } from '../src/domain/quiz/types';
import { GLOSSAIRE } from '../src/contenu/glossaire';
import { h5pActivities } from '../h5p/registre';
import { readPages } from './lib/lecons';
import { criteresInconnus, type Activite } from '../src/domain/activite';
import { activityFiles, formatProbleme } from '../src/plugins/activites';
import { checkCriteres } from '../src/domain/quiz/check';

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
  minQuestionsPerCritere: number;
  uncoveredCriteres: CritereId[];
  perBloc: Record<BlocId, BlocStats>;
  perCritere: Record<CritereId, CritereStats>;
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
    minQuestionsPerCritere: minQuestions(CRITERE_IDS),
    uncoveredCriteres: uncovered(CRITERE_IDS),
    perBloc,
    perCritere,
  };
}

function text(stats: Stats): string {
  const lines: string[] = [];
  lines.push(`Référentiel : ${stats.blocs} blocs, ${stats.competences} compétences, ${stats.criteres} critères`);
  lines.push(
    `Contenus : ${stats.lessons} leçons, ${stats.quizzes} quiz, ${stats.questions} questions, ${stats.cases} mises en situation, ${stats.h5p} activités H5P, ${stats.glossaryTerms} termes de glossaire`,
  );
  lines.push(
    `Questions par type : ${Object.entries(stats.questionsByKind)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}`,
  );
  lines.push('');
  lines.push('Bloc  compét.  critères  leçons  questions  cas  h5p  min q/critère  critères sans question');
  for (const [id, b] of Object.entries(stats.perBloc)) {
    lines.push(
      `${id.padEnd(6)}${String(b.competences).padStart(7)}  ${String(b.criteres).padStart(8)}  ${String(b.lessons).padStart(6)}  ${String(b.questions).padStart(9)}  ${String(b.cases).padStart(3)}  ${String(b.h5p).padStart(3)}  ${String(b.minQuestionsPerCritere).padStart(13)}  ${b.uncoveredCriteres.length}`,
    );
  }
  lines.push('');
  lines.push('Couverture par critère (questions / cas / H5P / leçons) :');
  for (const [id, c] of Object.entries(stats.perCritere)) {
    lines.push(`  ${id.padEnd(10)} ${String(c.questions).padStart(3)} q  ${String(c.cases).padStart(2)} cas  ${String(c.h5p).padStart(2)} h5p  ${String(c.lessons).padStart(2)} leçons`);
  }
  lines.push('');
  lines.push(
    stats.uncoveredCriteres.length === 0
      ? 'Tous les critères sont couverts par au moins une question.'
      : `Critères sans aucune question (${stats.uncoveredCriteres.length}) : ${stats.uncoveredCriteres.join(', ')}`,
  );
  return lines.join('\n');
}

if (require.main === module) {
  try {
    const stats = computeStats(path.resolve(__dirname, '..'));
    process.stdout.write(process.argv.includes('--json') ? `${JSON.stringify(stats, null, 2)}\n` : `${text(stats)}\n`);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
}
