/**
 * Revision cards (« cartes de révision »): a question on the front, the answer on
 * the back, and the learner says whether they knew it. They are a way to revise,
 * not a measure: what the learner says of themselves never counts in a score
 * (CONTRIBUTING, « Des questions qui mesurent le savoir »). Exported to trainers'
 * LMS as the official H5P.Dialogcards type (src/domain/export/h5pCartes.ts).
 */
import type { BlocId, CritereId } from '../../referentiel';

export interface Carte {
  /** Unique inside its set, stable (kebab-case). */
  readonly id: string;
  /** What the learner is asked (texte riche: **gras**, _italique_). */
  readonly recto: string;
  /** The answer, in a few sentences. */
  readonly verso: string;
  /** Legal text or official body the answer comes from, when it states a rule or a figure. */
  readonly source?: string;
  /** Points of the research dossiers the answer rests on (author material, see quizzes/dossiers/). */
  readonly appuis?: readonly string[];
}

export interface JeuDeCartes {
  readonly kind: 'cartes';
  /** Also the file name: quizzes/<dossier>/<id>.cartes.ts. */
  readonly id: string;
  readonly titre: string;
  readonly bloc: BlocId;
  /** What the set helps to revise (the lesson's critères). */
  readonly criteres: readonly CritereId[];
  readonly consigne?: string;
  readonly cartes: readonly Carte[];
}

/** Caps on what one card holds: a card is read in one glance, on a phone. */
export const LIMITES_CARTES = {
  cartesMin: 6,
  cartesMax: 40,
  recto: 220,
  verso: 600,
  source: 200,
  titre: 120,
} as const;
