/**
 * Case studies (mises en situation): a branching scenario. Situation nodes offer
 * choices; each choice leads to another node, tells what happens (consequence),
 * explains why (feedback) and scores 0, 1 or 2 on some critères of the case.
 * Ending nodes close the story with a debrief.
 */
import type { BlocId, CritereId } from '../../referentiel';

/** 0 = à revoir, 1 = acceptable, 2 = la pratique attendue. */
export type Note = 0 | 1 | 2;

export interface Choix {
  readonly id: string;
  readonly texte: string;
  readonly suivant: string;
  /** What happens next in the story, in a few sentences. */
  readonly consequence: string;
  /** Why this choice is (or is not) the professional practice expected. */
  readonly feedback: string;
  readonly scores: Readonly<Partial<Record<CritereId, Note>>>;
}

export interface NoeudSituation {
  readonly type: 'situation';
  readonly id: string;
  readonly titre?: string;
  readonly texte: string;
  readonly choix: readonly Choix[];
}

export type QualiteFin = 'optimale' | 'acceptable' | 'a-revoir';

export interface NoeudFin {
  readonly type: 'fin';
  readonly id: string;
  readonly titre: string;
  readonly texte: string;
  readonly qualite: QualiteFin;
}

export type Noeud = NoeudSituation | NoeudFin;

export interface Personnage {
  readonly nom: string;
  readonly role: string;
}

export interface DebriefCritere {
  readonly texte: string;
  /** Lesson section that explains it (site path with anchor, e.g. /cours/bloc-1/accueil#premiers-jours). */
  readonly lien?: string;
}

export interface Cas {
  readonly kind: 'cas';
  readonly id: string;
  readonly titre: string;
  readonly description?: string;
  readonly bloc: BlocId;
  /** Setting: workshop, time, customer, constraints. */
  readonly contexte: string;
  readonly personnages?: readonly Personnage[];
  readonly criteres: readonly CritereId[];
  readonly debut: string;
  readonly noeuds: readonly Noeud[];
  readonly debrief: Readonly<Partial<Record<CritereId, DebriefCritere>>>;
  readonly h5p?: boolean;
}

export interface PublicCas {
  readonly kind: 'cas';
  readonly id: string;
  readonly titre: string;
  readonly description?: string;
  readonly bloc: BlocId;
  readonly contexte: string;
  readonly personnages?: readonly Personnage[];
  readonly criteres: readonly CritereId[];
  readonly decisions: number;
}

export const QUALITE_LABELS: Readonly<Record<QualiteFin, string>> = {
  optimale: 'Issue favorable',
  acceptable: 'Issue acceptable',
  'a-revoir': 'Issue à retravailler',
};
