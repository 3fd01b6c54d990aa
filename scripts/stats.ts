/**
 * `npm run stats [-- --json]`: what the site holds, read from the real registries
 * (référentiel, quizzes/index.ts, docs/, H5P registry, glossary) — no separate
 * bookkeeping. Coverage is given per critère and per bloc.
 *
 * JSON keys (reviewers' scripts read them; extend, do not rename):
 * blocs, competences, criteres, lessons, quizzes, questions, questionsByKind, cases,
 * h5p, glossaryTerms, minQuestionsPerCritere, uncoveredCriteres, perBloc, perCritere,
 * qualiteItems (per bloc and « total »: item-quality measures, surface strategies
 * against chance, `respecte` and the problems, see src/domain/qualite/items.ts).
 *
 * `--qualite` prints the item-quality problems, file by file (`--bloc B2` for one bloc).
 */
import path from 'node:path';
import { ACTIVITES } from '../quizzes/index';
import { BLOC_IDS, COMPETENCE_IDS, CRITERE_IDS, REFERENTIEL, blocOf, type BlocId, type CritereId } from '../src/referentiel';
import { QUESTION_KINDS, type QuestionKind } from '../src/domain/quiz/types';
import { GLOSSAIRE } from '../src/contenu/glossaire';
import { h5pActivities } from '../h5p/registre';
import { readPages } from './lib/lecons';
import { mesurerQualite, type QualiteItems } from '../src/domain/qualite/items';
import type { Quiz } from '../src/domain/quiz/types';
import type { Cas } from '../src/domain/cas/types';

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
  qualiteItems: Record<BlocId | 'total', QualiteItems>;
}

/** Item quality per bloc (activities of that bloc) and for the whole bank. */
export function qualiteParBloc(): Record<BlocId | 'total', QualiteItems> {
  const quizzes = ACTIVITES.filter((a): a is Quiz => a.kind === 'quiz');
  const cases = ACTIVITES.filter((a): a is Cas => a.kind === 'cas');
  return {
    ...(Object.fromEntries(
      BLOC_IDS.map((b) => [b, mesurerQualite(quizzes.filter((q) => q.bloc === b), cases.filter((c) => c.bloc === b))]),
    ) as Record<BlocId, QualiteItems>),
    total: mesurerQualite(quizzes, cases),
  };
}

export function computeStats(siteDir: string): Stats {
  const pages = readPages(siteDir);
  const lessons = pages.filter((p) => p.estLecon);
  const quizzes = ACTIVITES.filter((a) => a.kind === 'quiz');
  const cases = ACTIVITES.filter((a) => a.kind === 'cas');
  const h5p = h5pActivities();

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
    qualiteItems: qualiteParBloc(),
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

const pct = (x: number) => `${Math.round(x * 100)} %`;

function texteQualite(stats: Stats, seulement?: string): string {
  const lines: string[] = [];
  for (const [bloc, q] of Object.entries(stats.qualiteItems)) {
    if (seulement && bloc !== seulement) continue;
    lines.push(`${bloc} — ${q.respecte ? 'toutes les règles sont tenues' : `${q.problemes.length} problème(s)`}`);
    lines.push(
      `  choix unique : ${q.choixUnique.questions} q., clé la plus longue ${pct(q.choixUnique.cleLaPlusLongue)}, la plus courte ${pct(q.choixUnique.cleLaPlusCourte)} ; vrai-faux : ${pct(q.vraiFaux.partVrai)} « vrai » ; choix multiples par nombre de bonnes réponses : ${JSON.stringify(q.choixMultiples.parNombreDeBonnes)} ; cas : meilleur choix le plus long ${pct(q.cas.meilleurLePlusLong)} ; réglementaires sans source officielle : ${q.reglementaires.sansSourceOfficielle}/${q.reglementaires.questions}`,
    );
    for (const s of q.strategies) lines.push(`  ${s.nom.padEnd(66)} ${pct(s.score).padStart(5)} (hasard ${pct(s.hasard)}, ${s.avance >= 0 ? '+' : ''}${Math.round(s.avance * 100)} pts)`);
    if (bloc !== 'total') for (const p of q.problemes) lines.push(`  ✗ ${p.ou} : ${p.message}`);
  }
  return lines.join('\n');
}

if (require.main === module) {
  const stats = computeStats(path.resolve(__dirname, '..'));
  const i = process.argv.indexOf('--bloc');
  const out = process.argv.includes('--json')
    ? JSON.stringify(stats, null, 2)
    : process.argv.includes('--qualite')
      ? texteQualite(stats, i > 0 ? process.argv[i + 1] : undefined)
      : text(stats);
  process.stdout.write(`${out}\n`);
}
