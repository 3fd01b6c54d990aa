/**
 * Case studies (mises en situation): a branching scenario. Situation nodes offer
 * choices; each choice leads to another node, tells what happens (consequence),
 * explains why (feedback) and scores 0, 1 or 2 on some critères of the case.
 * Ending nodes close the story with a debrief.
 *
 * The story remembers what the learner did: a choice may set facts (`pose`,
 * declared in `drapeaux`); a choice may be offered only when facts hold (`si`,
 * `sauf`); a node may add paragraphs that hold only on some paths (`variantes`)
 * and declares the facts its own text relies on (`suppose`, `exclut`), checked
 * on every path (src/domain/cas/graph.ts). The quality of the ending is computed
 * from the points of the whole path (`bandeDe`), never read from the last node;
 * an ending declares the bands its story fits (`issues`), also checked on every path.
 */
import type { BlocId, CritereId } from '../../referentiel';

/** 0 = à revoir, 1 = acceptable, 2 = la pratique attendue. */
export type Note = 0 | 1 | 2;

/** A condition on the facts set so far: every `si` set, no `sauf` set. */
export interface Condition {
  readonly si?: readonly string[];
  readonly sauf?: readonly string[];
}

/** A paragraph shown only when its condition holds on the learner's path. */
export interface Variante extends Condition {
  readonly texte: string;
}

export interface Choix extends Condition {
  readonly id: string;
  readonly texte: string;
  readonly suivant: string;
  /** What happens next in the story, in a few sentences. */
  readonly consequence: string;
  /** Why this choice is (or is not) the professional practice expected. */
  readonly feedback: string;
  readonly scores: Readonly<Partial<Record<CritereId, Note>>>;
  /** Facts this choice makes true for the rest of the story. */
  readonly pose?: readonly string[];
  /**
   * A plausible, well-argued choice that turns out badly (the content rules ask
   * for at least one per case): scored 0 on at least one critère.
   */
  readonly piege?: true;
}

interface NoeudBase {
  readonly id: string;
  readonly texte: string;
  /** Paragraphs added after `texte` on the paths where their condition holds. */
  readonly variantes?: readonly Variante[];
  /** Facts the node's own text relies on: set on every path that reaches it. */
  readonly suppose?: readonly string[];
  /** Facts the node's own text contradicts: set on no path that reaches it. */
  readonly exclut?: readonly string[];
}

export interface NoeudSituation extends NoeudBase {
  readonly type: 'situation';
  readonly titre?: string;
  readonly choix: readonly Choix[];
}

export type QualiteFin = 'optimale' | 'acceptable' | 'a-revoir';
export const QUALITES: readonly QualiteFin[] = ['optimale', 'acceptable', 'a-revoir'];

export interface NoeudFin extends NoeudBase {
  readonly type: 'fin';
  readonly titre: string;
  /** The bands (computed from the path's points) this ending's story fits. */
  readonly issues: readonly QualiteFin[];
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
  /** The facts choices can set, each with what it means in the story. */
  readonly drapeaux?: Readonly<Record<string, string>>;
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
  /** Decisions on the shortest and the longest path to an ending. */
  readonly decisions: { readonly min: number; readonly max: number };
}

/**
 * Score bands of an ending (share of the best path's points): 80 % and more is
 * « favorable », 60 % and more « acceptable », below « à retravailler ».
 */
export const BANDES: Readonly<Record<Exclude<QualiteFin, 'a-revoir'>, number>> = { optimale: 0.8, acceptable: 0.6 };

export function bandeDe(taux: number): QualiteFin {
  if (taux >= BANDES.optimale - 1e-9) return 'optimale';
  if (taux >= BANDES.acceptable - 1e-9) return 'acceptable';
  return 'a-revoir';
}

export const QUALITE_LABELS: Readonly<Record<QualiteFin, string>> = {
  optimale: 'Issue favorable',
  acceptable: 'Issue acceptable',
  'a-revoir': 'Issue à retravailler',
};
