/**
 * The engine benchmark (`npm run bench`, scripts/bench.ts): timings of the pure
 * engine, figures to read and to note in the issues, not a test. Targets: validate
 * 1,000 items ≤ 50 ms; score 10,000 answers; load a record of 20,000 statements
 * ≤ 200 ms; read and check the passports of a cohort of 200 learners (300
 * statements each) ≤ 1 s. Each figure is the median of several runs, after a
 * warm-up. The sizes can be made smaller (a test checks that every fixture is
 * right); the labels say the sizes measured.
 */
import { performance } from 'node:perf_hooks';
import { checkQuiz } from '../../domain/quiz/check';
import { handlerOf } from '../../domain/quiz/kinds';
import { scoreQuestion } from '../../domain/quiz/scoring';
import type { Question, Reponse } from '../../domain/quiz/types';
import { emptyJournal, parseJournal, serializeJournal } from '../../domain/journal/journal';
import { buildStatement } from '../../domain/journal/statement';
import { iri } from '../../domain/journal/iri';
import { maitrise } from '../../domain/journal/mastery';
import { CRITERE_IDS } from '../../referentiel';
import { ACTIVITES } from '../../../quizzes/index';
import { importerFichiers } from '../../domain/formateur/lecture-cohorte';
import { TABLEAU_VIDE } from '../../domain/formateur/tableau-cohorte';
import { passeportsCohorte } from './passeports';

export interface TaillesMoteur {
  /** Questions validated at once (copies of the site's questions). */
  readonly questions: number;
  readonly reponses: number;
  /** Statements of the learner record loaded and read for mastery. */
  readonly traces: number;
  readonly passeports: number;
  readonly tracesParPasseport: number;
}

export const TAILLES_MOTEUR: TaillesMoteur = { questions: 1000, reponses: 10_000, traces: 20_000, passeports: 200, tracesParPasseport: 300 };

export interface ResultatMesure {
  readonly label: string;
  /** Median wall time, in milliseconds. */
  readonly ms: number;
  /** Most milliseconds allowed; null: a figure to read, no target. */
  readonly target: number | null;
  /** The target is held (always true without a target). */
  readonly met: boolean;
}

export interface MesuresMoteur {
  readonly resultats: readonly ResultatMesure[];
  /** Processor time of this process for the cohort (median of 3 runs), in milliseconds. */
  readonly cpuCohorte: number;
}

/** The middle value (the upper one of the two middles for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('médiane d’une liste vide : au moins une mesure est nécessaire.');
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Median wall time of `runs` calls of fn, in milliseconds, after one warm-up call. */
export function chronometrer(runs: number, fn: () => void): number {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

/** A measure and its verdict. */
export function resultat(label: string, ms: number, target: number | null): ResultatMesure {
  return { label, ms, target, met: target === null || ms <= target };
}

/** 20000 → « 20 000 » (plain spaces, as the labels have always been written). */
const milliers = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
const mio = (caracteres: number) => (caracteres / 1024 / 1024).toFixed(1);

/** Builds the fixtures, then times each measure (several seconds at the default sizes). */
export function mesurerMoteur(tailles: TaillesMoteur = TAILLES_MOTEUR): MesuresMoteur {
  const bank: Question[] = ACTIVITES.flatMap((a) => (a.kind === 'quiz' ? a.questions : []));
  if (bank.length === 0) throw new Error('Aucune question dans quizzes/ : rien à mesurer.');
  const items: Question[] = Array.from({ length: tailles.questions }, (_, i) => ({
    ...bank[i % bank.length]!,
    id: `q${i}`,
    enonce: `${bank[i % bank.length]!.enonce} (${i})`,
  }));
  const bigQuiz = { kind: 'quiz', id: 'bench', titre: 'Bench', bloc: 'B1', questions: items };

  const answers: [Question, Reponse][] = Array.from({ length: tailles.reponses }, (_, i) => {
    const q = items[i % items.length]!;
    const solution = handlerOf(q).solution(q as never) as Reponse;
    return [q, i % 3 === 0 ? { jeNeSaisPas: true } : solution];
  });

  const learner = '3f2b8c1e-4d5a-4b6c-8d7e-9f0a1b2c3d4e';
  const statements = Array.from({ length: tailles.traces }, (_, i) =>
    buildStatement(
      { learnerId: learner, homePage: 'https://exemple.github.io/moniteur-atelier/' },
      { now: () => new Date(Date.UTC(2026, 0, 1) + i * 60_000), uuid: () => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` },
      'answered',
      { id: iri.question('quiz', `q${i % 500}`), type: 'interaction' },
      { points: i % 2, max: 1, success: i % 2 === 1, response: 'a' },
      { criteres: [CRITERE_IDS[i % CRITERE_IDS.length]!], origine: 'quiz', mode: 'entrainement', parent: iri.activite('quiz') },
    ),
  );
  const text = serializeJournal({ ...emptyJournal(learner, 'https://exemple.github.io/moniteur-atelier/'), statements });

  // A cohort of realistic passports (each learner practises the site's real quizzes).
  const REVISION = 'abc123def456';
  const cohorte = passeportsCohorte(tailles.passeports, { revisionContenu: REVISION, traces: tailles.tracesParPasseport }).map((p, i) => ({
    nom: `passeport-${i + 1}.json`,
    texte: p.texte,
  }));
  const tailleCohorte = cohorte.reduce((n, f) => n + f.texte.length, 0);
  const lireCohorte = () => importerFichiers(TABLEAU_VIDE, cohorte, { revisionContenu: REVISION });

  const resultats = [
    resultat(`Valider ${milliers(tailles.questions)} questions (checkQuiz)`, chronometrer(15, () => void checkQuiz(bigQuiz)), 50),
    resultat(
      `Noter ${milliers(tailles.reponses)} réponses (scoreQuestion)`,
      chronometrer(15, () => {
        for (const [q, r] of answers) scoreQuestion(q, r);
      }),
      null,
    ),
    resultat(
      `Charger un journal de ${milliers(tailles.traces)} traces (${mio(text.length)} Mo, parse + validation)`,
      chronometrer(9, () => {
        const parsed = parseJournal(text);
        if (!parsed.ok || parsed.journal.statements.length !== tailles.traces) throw new Error('chargement incorrect');
      }),
      200,
    ),
    resultat(`Calculer la maîtrise sur ${milliers(tailles.traces)} traces`, chronometrer(9, () => void maitrise(statements)), null),
    resultat(
      `Cohorte de ${milliers(tailles.passeports)} passeports × ${milliers(tailles.tracesParPasseport)} traces (${mio(tailleCohorte)} Mo, lecture + lignes)`,
      chronometrer(5, () => {
        const tableau = lireCohorte();
        if (tableau.lignes.length !== tailles.passeports || tableau.refus.length !== 0) throw new Error('cohorte incorrecte');
      }),
      1000,
    ),
  ];

  // On a shared machine, wall time also counts the neighbours: the processor time
  // of this process tells what the cohort costs by itself (median of 3 runs).
  const cpu: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    const avant = process.cpuUsage();
    lireCohorte();
    const duree = process.cpuUsage(avant);
    cpu.push((duree.user + duree.system) / 1000);
  }
  return { resultats, cpuCohorte: median(cpu) };
}

/** One line of the table: label, median, and the verdict when there is a target. */
export function ligneResultat(r: ResultatMesure): string {
  const verdict = r.target === null ? '' : `  ${r.met ? '✓' : '✗'} (objectif ≤ ${r.target} ms)`;
  return `${r.label.padEnd(78)} ${r.ms.toFixed(1).padStart(8)} ms${verdict}`;
}

/** The table printed by `npm run bench`: one line per measure, then the cohort's processor time. */
export function tableauMoteur(mesures: MesuresMoteur): string {
  return [
    ...mesures.resultats.map(ligneResultat),
    `${'  dont temps processeur de ce processus (cohorte)'.padEnd(78)} ${mesures.cpuCohorte.toFixed(1).padStart(8)} ms`,
  ].join('\n');
}

/** Every measure with a target holds it (the exit code of `npm run bench`). */
export const objectifsTenus = (resultats: readonly ResultatMesure[]): boolean => resultats.every((r) => r.met);
