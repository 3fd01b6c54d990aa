/**
 * Compile-time proofs for authors' answer keys (checked by `tsc --noEmit`, never
 * run). Each `@ts-expect-error` fails the type check if its line ever compiles.
 */
import {
  association,
  choixMultiples,
  choixUnique,
  defineQuiz,
  texteATrous,
} from '@site/src/domain/quiz/define';

const base = {
  enonce: 'Énoncé',
  explication: 'Explication',
  source: 'CASF art. L344-2',
} as const;

export const bonneReponse = choixUnique({
  ...base,
  id: 'q1',
  criteres: ['B1.C1.CR1'],
  options: [
    { id: 'a', texte: 'A', feedback: 'fa' },
    { id: 'b', texte: 'B', feedback: 'fb' },
  ],
  reponse: 'b',
});

export const reponseInconnue = choixUnique({
  ...base,
  id: 'q2',
  criteres: ['B1.C1.CR1'],
  options: [
    { id: 'a', texte: 'A', feedback: 'fa' },
    { id: 'b', texte: 'B', feedback: 'fb' },
  ],
  // @ts-expect-error — the answer « c » is not one of the options
  reponse: 'c',
});

export const reponsesInconnues = choixMultiples({
  ...base,
  id: 'q3',
  criteres: ['B1.C1.CR1'],
  options: [
    { id: 'a', texte: 'A', feedback: 'fa' },
    { id: 'b', texte: 'B', feedback: 'fb' },
  ],
  // @ts-expect-error — « z » is not one of the options
  reponses: ['a', 'z'],
});

export const critereInconnu = choixUnique({
  ...base,
  id: 'q4',
  // @ts-expect-error — B1.C1.CR9 does not exist in the référentiel
  criteres: ['B1.C1.CR9'],
  options: [{ id: 'a', texte: 'A', feedback: 'fa' }],
  reponse: 'a',
});

export const sansCritere = choixUnique({
  ...base,
  id: 'q5',
  // @ts-expect-error — at least one critère is required
  criteres: [],
  options: [{ id: 'a', texte: 'A', feedback: 'fa' }],
  reponse: 'a',
});

export const paireIncomplete = association({
  ...base,
  id: 'q6',
  criteres: ['B1.C1.CR1'],
  gauche: [
    { id: 'g1', texte: 'G1', feedback: 'f' },
    { id: 'g2', texte: 'G2', feedback: 'f' },
  ],
  droite: [
    { id: 'd1', texte: 'D1' },
    { id: 'd2', texte: 'D2' },
  ],
  // @ts-expect-error — g2 has no partner
  paires: { g1: 'd1' },
});

export const paireVersInconnu = association({
  ...base,
  id: 'q7',
  criteres: ['B1.C1.CR1'],
  gauche: [{ id: 'g1', texte: 'G1', feedback: 'f' }],
  droite: [{ id: 'd1', texte: 'D1' }],
  // @ts-expect-error — d9 is not a right-hand item
  paires: { g1: 'd9' },
});

export const trouSansReponse = texteATrous({
  ...base,
  id: 'q8',
  criteres: ['B1.C1.CR1'],
  texte: 'La période d’essai dure [[duree]] mois, renouvelable [[fois]] fois.',
  // @ts-expect-error — the gap « fois » has no accepted answers
  trous: { duree: { acceptees: ['3', 'trois'], feedback: 'f' } },
});

export const trouEnTrop = texteATrous({
  ...base,
  id: 'q9',
  criteres: ['B1.C1.CR1'],
  texte: 'Le DUERP est conservé [[annees]] ans.',
  trous: {
    annees: { acceptees: ['40'], feedback: 'f' },
    // @ts-expect-error — there is no gap « mois » in the text
    mois: { acceptees: ['3'], feedback: 'f' },
  },
});

export const quizVide = defineQuiz({
  id: 'vide',
  titre: 'Vide',
  bloc: 'B1',
  // @ts-expect-error — a quiz has at least one question
  questions: [],
});

export const blocInconnu = defineQuiz({
  id: 'x',
  titre: 'X',
  // @ts-expect-error — there is no bloc B4
  bloc: 'B4',
  questions: [bonneReponse],
});
