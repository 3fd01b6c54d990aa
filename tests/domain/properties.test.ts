/**
 * Property-based tests (fast-check), more than 10,000 generated cases per run:
 * - any input scores within [0, max];
 * - the perfect answer of any generated question scores max;
 * - scores do not depend on the order options are shown or authored in;
 * - a learning record survives serialise → parse unchanged.
 */
import fc from 'fast-check';
import { CRITERE_IDS, type CritereId } from '@site/src/referentiel';
import { KINDS, handlerOf, toPublicQuestion } from '@site/src/domain/quiz/kinds';
import { scoreQuestion } from '@site/src/domain/quiz/scoring';
import { displayed } from '@site/src/domain/quiz/session';
import { seededShuffle } from '@site/src/domain/quiz/shuffle';
import type { Question, QuestionKind, Reponse } from '@site/src/domain/quiz/types';
import { emptyJournal, parseJournal, serializeJournal } from '@site/src/domain/journal/journal';
import { buildStatement, type Statement } from '@site/src/domain/journal/statement';
import { iri } from '@site/src/domain/journal/iri';
import { quizFixture } from '../fixtures/quiz';

const RUNS = 1500;

const critere = fc.constantFrom(...CRITERE_IDS);
const texte = fc.string({ minLength: 1, maxLength: 20 }).map((s) => `t${s.replace(/[$*_<>[\]]/g, '')}`);
const ids = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);
const base = (kind: QuestionKind) => ({
  id: `q-${kind}`,
  enonce: 'Énoncé',
  criteres: ['B1.C1.CR1'] as CritereId[],
  explication: 'Explication',
  source: 'Source',
});

/** Random valid questions of every kind. */
const questionArb: fc.Arbitrary<Question> = fc.oneof(
  fc.record({ n: fc.integer({ min: 2, max: 6 }), k: fc.nat() }).map(({ n, k }) => ({
    ...base('choix-unique'),
    type: 'choix-unique' as const,
    options: ids(n, 'o').map((id) => ({ id, texte: id, feedback: 'f' })),
    reponse: `o${(k % n) + 1}`,
  })),
  fc
    .record({ n: fc.integer({ min: 3, max: 8 }), mask: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }) })
    .map(({ n, mask }) => {
      const options = ids(n, 'o');
      let right = options.filter((_, i) => mask[i]);
      if (right.length === 0) right = [options[0]!];
      if (right.length === n) right = right.slice(1);
      return {
        ...base('choix-multiples'),
        type: 'choix-multiples' as const,
        options: options.map((id) => ({ id, texte: id, feedback: 'f' })),
        reponses: right,
      };
    }),
  fc.boolean().map((reponse) => ({ ...base('vrai-faux'), type: 'vrai-faux' as const, reponse, feedback: { vrai: 'v', faux: 'f' } })),
  fc.record({ n: fc.integer({ min: 2, max: 6 }), extra: fc.integer({ min: 0, max: 2 }), seed: fc.string() }).map(({ n, extra, seed }) => {
    const gauche = ids(n, 'g');
    const droite = ids(n + extra, 'd');
    const targets = seededShuffle(droite, seed);
    return {
      ...base('association'),
      type: 'association' as const,
      gauche: gauche.map((id) => ({ id, texte: id, feedback: 'f' })),
      droite: droite.map((id) => ({ id, texte: id })),
      paires: Object.fromEntries(gauche.map((g, i) => [g, targets[i]!])),
    };
  }),
  fc.integer({ min: 3, max: 8 }).map((n) => ({
    ...base('ordre'),
    type: 'ordre' as const,
    etapes: ids(n, 'e').map((id) => ({ id, texte: id, feedback: 'f' })),
  })),
  fc.array(fc.array(texte, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }).map((gaps) => ({
    ...base('texte-a-trous'),
    type: 'texte-a-trous' as const,
    texte: gaps.map((_, i) => `Mot [[t${i + 1}]]`).join(' et '),
    trous: Object.fromEntries(gaps.map((acceptees, i) => [`t${i + 1}`, { acceptees, feedback: 'f' }])),
  })),
  fc
    .record({ valeur: fc.double({ min: -1e6, max: 1e6, noNaN: true }), tolerance: fc.double({ min: 0, max: 10, noNaN: true }) })
    .map(({ valeur, tolerance }) => ({
      ...base('numerique'),
      type: 'numerique' as const,
      reponse: { valeur: Math.round(valeur * 100) / 100, tolerance: Math.round(tolerance * 100) / 100, unite: 'u' },
      feedback: { juste: 'j', faux: 'f' },
    })),
);

/** Random (often malformed) answers for a given question. */
function inputArb(question: Question): fc.Arbitrary<Reponse | undefined> {
  const anyId = fc.oneof(fc.constantFrom('o1', 'o2', 'g1', 'd1', 'e1', 'zz'), fc.string({ maxLength: 4 }));
  const shapes: fc.Arbitrary<unknown>[] = [
    fc.constant(undefined),
    fc.constant({ jeNeSaisPas: true }),
    fc.record({ choix: fc.option(anyId, { nil: null }) }),
    fc.record({ choix: fc.array(anyId, { maxLength: 6 }) }),
    fc.record({ valeur: fc.option(fc.boolean(), { nil: null }) }),
    fc.record({ paires: fc.dictionary(anyId, fc.option(anyId, { nil: null })) }),
    fc.record({ ordre: fc.array(anyId, { maxLength: 8 }) }),
    fc.record({ trous: fc.dictionary(fc.constantFrom('t1', 't2', 't3', 'x'), fc.string({ maxLength: 6 })) }),
    fc.record({ valeur: fc.oneof(fc.string({ maxLength: 8 }), fc.double({ noNaN: true }).map(String)) }),
  ];
  if (question.type !== 'ordre') shapes.push(fc.constant(handlerOf(question).solution(question as never)));
  else shapes.push(fc.shuffledSubarray(question.etapes.map((e) => e.id), { minLength: question.etapes.length }).map((ordre) => ({ ordre })));
  return fc.oneof(...shapes) as fc.Arbitrary<Reponse | undefined>;
}

test('any input scores within [0, max]', () => {
  fc.assert(
    fc.property(
      questionArb.chain((q) => fc.tuple(fc.constant(q), inputArb(q))),
      ([question, reponse]) => {
        const r = scoreQuestion(question, reponse);
        return r.points >= 0 && r.points <= r.max && Number.isFinite(r.points);
      },
    ),
    { numRuns: RUNS * 2 },
  );
});

test('the perfect answer scores max, for every generated question', () => {
  fc.assert(
    fc.property(questionArb, (question) => {
      const handler = handlerOf(question);
      const r = scoreQuestion(question, handler.solution(question as never) as Reponse);
      return r.statut === 'correct' && r.points === r.max;
    }),
    { numRuns: RUNS * 2 },
  );
});

test('scores do not depend on how options are shown or authored (shuffle invariance)', () => {
  fc.assert(
    fc.property(
      questionArb.chain((q) => fc.tuple(fc.constant(q), inputArb(q), fc.string())),
      ([question, reponse, seed]) => {
        const shown = displayed(toPublicQuestion(question), seed);
        const publicIds = (q: { options?: { id: string }[]; etapes?: { id: string }[]; droite?: { id: string }[] }) =>
          [...(q.options ?? q.etapes ?? q.droite ?? [])].map((o) => o.id).sort();
        const samePool = JSON.stringify(publicIds(shown as never)) === JSON.stringify(publicIds(toPublicQuestion(question) as never));
        const permuted = { ...question } as Record<string, unknown>;
        for (const key of ['options', 'droite', 'gauche']) {
          if (Array.isArray(permuted[key])) permuted[key] = seededShuffle(permuted[key] as unknown[], seed);
        }
        const a = scoreQuestion(question, reponse);
        const b = scoreQuestion(permuted as unknown as Question, reponse);
        return samePool && a.points === b.points && a.statut === b.statut;
      },
    ),
    { numRuns: RUNS * 2 },
  );
});

test('the fixture quiz: every handler gives an input its own validate accepts for the solution', () => {
  fc.assert(
    fc.property(fc.constantFrom(...quizFixture.questions), (question) => {
      const handler = KINDS[question.type] as unknown as {
        solution: (q: Question) => unknown;
        validate: (q: unknown, i: unknown) => { ok: boolean };
        toPublic: (q: Question) => unknown;
      };
      return handler.validate(handler.toPublic(question), handler.solution(question)).ok;
    }),
    { numRuns: 500 },
  );
});

const UUIDS = fc.uuid({ version: 4 });
const rawStatementArb = fc.record({
    id: UUIDS,
    when: fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2030-01-01T00:00:00Z'), noInvalidDate: true }),
    verb: fc.constantFrom('answered', 'completed', 'passed', 'failed', 'attempted') as fc.Arbitrary<'answered'>,
    points: fc.integer({ min: 0, max: 10 }),
    max: fc.integer({ min: 1, max: 10 }),
    success: fc.boolean(),
    response: fc.string({ maxLength: 30 }),
    criteres: fc.uniqueArray(critere, { minLength: 0, maxLength: 3 }),
    quiz: fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    mode: fc.constantFrom('entrainement', 'examen') as fc.Arbitrary<'entrainement' | 'examen'>,
    confiance: fc.option(fc.constantFrom('sur', 'pas-sur') as fc.Arbitrary<'sur' | 'pas-sur'>, { nil: undefined }),
  });
// Built once: constructing arbitraries (stringMatching…) inside a chain is slow.
const statementArb = (learner: string): fc.Arbitrary<Statement> =>
  rawStatementArb.map((r) =>
    buildStatement(
      { learnerId: learner, homePage: 'http://localhost:3000/' },
      { now: () => r.when, uuid: () => r.id },
      r.verb,
      { id: iri.question(r.quiz, 'q1'), type: 'interaction' },
      { points: Math.min(r.points, r.max), max: r.max, success: r.success, response: r.response },
      { criteres: r.criteres, origine: 'quiz', mode: r.mode, ...(r.confiance ? { confiance: r.confiance } : {}), parent: iri.activite(r.quiz) },
    ),
  );

test('a learning record survives serialise → parse unchanged', () => {
  fc.assert(
    fc.property(
      UUIDS.chain((learner) => fc.tuple(fc.constant(learner), fc.uniqueArray(statementArb(learner), { maxLength: 20, selector: (s) => s.id }))),
      ([learner, statements]) => {
      const journal = { ...emptyJournal(learner, 'http://localhost:3000/'), statements };
      const parsed = parseJournal(serializeJournal(journal));
      return parsed.ok && parsed.rejetes.length === 0 && JSON.stringify(parsed.journal) === JSON.stringify(journal);
      },
    ),
    { numRuns: RUNS * 2 },
  );
});
