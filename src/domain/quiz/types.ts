/**
 * Question kinds of our quizzes, in the three shapes of the Perseus convention:
 * - the authored question (the "rubric": answer key, feedback, explanation),
 *   written by authors in quizzes/**\/*.quiz.ts through the helpers of define.ts;
 * - the public question (what the page may show before the learner answers),
 *   derived from the rubric by `toPublic` — it never contains an answer or a feedback;
 * - the learner's input (what was entered), scored against the rubric.
 *
 * Texts are "texte riche" strings (see ../texte/richText.ts).
 */
import type { BlocId, CritereId } from '../../referentiel';

export const QUESTION_KINDS = [
  'choix-unique',
  'choix-multiples',
  'vrai-faux',
  'association',
  'ordre',
  'texte-a-trous',
  'numerique',
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export function isQuestionKind(value: unknown): value is QuestionKind {
  return (QUESTION_KINDS as readonly unknown[]).includes(value);
}

export const KIND_LABELS: Readonly<Record<QuestionKind, string>> = {
  'choix-unique': 'Choix unique',
  'choix-multiples': 'Choix multiples',
  'vrai-faux': 'Vrai ou faux',
  association: 'Association',
  ordre: 'Remise en ordre',
  'texte-a-trous': 'Texte à trous',
  numerique: 'Réponse numérique',
};

/** A small data table shown with the statement (several values for a calculation…). */
export interface Tableau {
  readonly titre?: string;
  readonly entetes: readonly string[];
  readonly lignes: readonly (readonly string[])[];
}

interface QuestionBase {
  /** Unique inside its quiz; the global id is `<quiz id>/<question id>`. */
  readonly id: string;
  readonly enonce: string;
  /** The critères this question truly assesses (usually one, at most two). */
  readonly criteres: readonly CritereId[];
  /** Why the right answer is right: the principle and its source. */
  readonly explication: string;
  /** Legal reference (« CASF art. L344-2 », « décret n° 2025-844 ») or lesson anchor. */
  readonly source: string;
  /**
   * Author material, not shown: the points of the research dossiers this question
   * rests on (« complements §6 Allergènes », « referentiel §5 n°3 »), each marked [Vu]
   * there. Required for quizzes written since the dossiers entered the repository.
   */
  readonly appuis?: readonly string[];
  /** Shown on request in training mode. */
  readonly indice?: string;
  readonly tableau?: Tableau;
}

export interface Option {
  readonly id: string;
  readonly texte: string;
  /** Why choosing (or not choosing) this option is right or wrong. */
  readonly feedback: string;
}

export interface QuestionChoixUnique extends QuestionBase {
  readonly type: 'choix-unique';
  readonly options: readonly Option[];
  readonly reponse: string;
}

export interface QuestionChoixMultiples extends QuestionBase {
  readonly type: 'choix-multiples';
  readonly options: readonly Option[];
  readonly reponses: readonly string[];
}

export interface QuestionVraiFaux extends QuestionBase {
  readonly type: 'vrai-faux';
  readonly reponse: boolean;
  readonly feedback: { readonly vrai: string; readonly faux: string };
}

export interface Item {
  readonly id: string;
  readonly texte: string;
}

export interface QuestionAssociation extends QuestionBase {
  readonly type: 'association';
  readonly gauche: readonly (Item & { readonly feedback: string })[];
  /** May hold more items than `gauche` (distractors). */
  readonly droite: readonly Item[];
  /** Left id → right id. Every left item has exactly one partner. */
  readonly paires: Readonly<Record<string, string>>;
}

export interface QuestionOrdre extends QuestionBase {
  readonly type: 'ordre';
  /** The steps in the RIGHT order; shown shuffled. */
  readonly etapes: readonly (Item & { readonly feedback: string })[];
}

export interface Trou {
  /** Accepted answers; compared without case and (unless `accents`) without accents. */
  readonly acceptees: readonly string[];
  readonly feedback: string;
  /** Case-sensitive comparison (default false). */
  readonly casse?: boolean;
  /** Accent-sensitive comparison (default false: « 3 mois » = « 3 MOIS », « periode » = « période »). */
  readonly accents?: boolean;
}

export interface QuestionTexteATrous extends QuestionBase {
  readonly type: 'texte-a-trous';
  /** Text with gaps written [[name]]. */
  readonly texte: string;
  readonly trous: Readonly<Record<string, Trou>>;
}

export interface PiegeNumerique {
  readonly valeur: number;
  readonly feedback: string;
}

export interface QuestionNumerique extends QuestionBase {
  readonly type: 'numerique';
  readonly reponse: {
    readonly valeur: number;
    /** Absolute tolerance, ≥ 0, in the same unit. */
    readonly tolerance: number;
    readonly unite: string;
  };
  /** Common mistakes and what to say about them. */
  readonly pieges?: readonly PiegeNumerique[];
  readonly feedback: { readonly juste: string; readonly faux: string };
}

export type Question =
  | QuestionChoixUnique
  | QuestionChoixMultiples
  | QuestionVraiFaux
  | QuestionAssociation
  | QuestionOrdre
  | QuestionTexteATrous
  | QuestionNumerique;

export type QuestionOf<K extends QuestionKind> = Extract<Question, { type: K }>;

export interface Quiz {
  readonly kind: 'quiz';
  readonly id: string;
  readonly titre: string;
  readonly description?: string;
  readonly bloc: BlocId;
  /** Share of points needed to pass, 0–1 (default 0.7). */
  readonly seuil?: number;
  /** Draw this many questions at random from the pool at each attempt. */
  readonly tirage?: number;
  /** Time limit in exam mode, in minutes. */
  readonly duree?: number;
  /** Package this activity as an H5P content too. */
  readonly h5p?: boolean;
  readonly questions: readonly Question[];
}

export const SEUIL_PAR_DEFAUT = 0.7;

// ---------------------------------------------------------------------------
// Public shapes: what the page shows before the learner answers.

interface PublicBase {
  readonly id: string;
  readonly enonce: string;
  readonly criteres: readonly CritereId[];
  readonly indice?: string;
  readonly tableau?: Tableau;
}

export type PublicQuestion =
  | (PublicBase & { readonly type: 'choix-unique'; readonly options: readonly Item[] })
  | (PublicBase & { readonly type: 'choix-multiples'; readonly options: readonly Item[] })
  | (PublicBase & { readonly type: 'vrai-faux' })
  | (PublicBase & {
      readonly type: 'association';
      readonly gauche: readonly Item[];
      readonly droite: readonly Item[];
    })
  | (PublicBase & { readonly type: 'ordre'; readonly etapes: readonly Item[] })
  | (PublicBase & {
      readonly type: 'texte-a-trous';
      /** Alternating text and gaps: { texte } or { trou: name }. */
      readonly morceaux: readonly ({ readonly texte: string } | { readonly trou: string })[];
    })
  | (PublicBase & { readonly type: 'numerique'; readonly unite: string });

export type PublicQuestionOf<K extends QuestionKind> = Extract<PublicQuestion, { type: K }>;

export interface PublicQuiz {
  readonly kind: 'quiz';
  readonly id: string;
  readonly titre: string;
  readonly description?: string;
  readonly bloc: BlocId;
  readonly seuil: number;
  readonly tirage?: number;
  readonly duree?: number;
  readonly questions: readonly PublicQuestion[];
}

// ---------------------------------------------------------------------------
// Learner input, per kind. Every kind also accepts « Je ne sais pas ».

export interface Inputs {
  'choix-unique': { readonly choix: string | null };
  'choix-multiples': { readonly choix: readonly string[] };
  'vrai-faux': { readonly valeur: boolean | null };
  association: { readonly paires: Readonly<Record<string, string | null>> };
  ordre: { readonly ordre: readonly string[] };
  'texte-a-trous': { readonly trous: Readonly<Record<string, string>> };
  /** Raw text typed by the learner (« 12,5 », « 12.5 », « 1 250 »). */
  numerique: { readonly valeur: string };
}

export type InputOf<K extends QuestionKind> = Inputs[K];

export interface JeNeSaisPas {
  readonly jeNeSaisPas: true;
}

export type Reponse<K extends QuestionKind = QuestionKind> = InputOf<K> | JeNeSaisPas;

export function isJeNeSaisPas(value: unknown): value is JeNeSaisPas {
  return typeof value === 'object' && value !== null && (value as JeNeSaisPas).jeNeSaisPas === true;
}

export type Confiance = 'sur' | 'pas-sur';

// ---------------------------------------------------------------------------
// Results.

/** `invalide` = the input is incomplete (not scored), distinct from `incorrect`. */
export type StatutQuestion = 'correct' | 'partiel' | 'incorrect' | 'invalide' | 'passe';

/** What the learner reads for each status, in both players. */
export const STATUT_LABELS: Readonly<Record<StatutQuestion, string>> = {
  correct: 'Bonne réponse',
  partiel: 'Réponse en partie juste',
  incorrect: 'Réponse incorrecte',
  passe: 'Question passée (« Je ne sais pas »)',
  invalide: 'Pas de réponse',
};

export type Validation = { readonly ok: true } | { readonly ok: false; readonly raison: string };

export interface Points {
  /** Points obtained, within [0, max]. */
  readonly points: number;
  readonly max: number;
}

export interface ResultatQuestion extends Points {
  readonly questionId: string;
  readonly type: QuestionKind;
  readonly statut: StatutQuestion;
  readonly criteres: readonly CritereId[];
  readonly confiance?: Confiance;
  /** A short, stable text form of the answer (xAPI result.response). */
  readonly reponse: string;
}

export interface ResultatQuiz {
  readonly quizId: string;
  readonly obtenus: number;
  readonly total: number;
  /** obtenus / total, 0 when total is 0. */
  readonly taux: number;
  readonly reussi: boolean;
  readonly parQuestion: readonly ResultatQuestion[];
  readonly parCritere: Readonly<Partial<Record<CritereId, Points>>>;
}
