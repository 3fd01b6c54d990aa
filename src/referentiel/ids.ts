/**
 * Id types derived from the `as const` data (never written by hand), the tree
 * types used across the site, and the runtime lists of ids that validators use.
 */
import { REFERENTIEL_DATA, type ReferentielLiteral, type Statut, type Transversale } from './referentiel';
import type { SourceKey } from './sources';

type LiteralBloc = ReferentielLiteral['blocs'][number];
type LiteralCompetence = LiteralBloc['competences'][number];
type LiteralCritere = LiteralCompetence['criteres'][number];

export type BlocId = LiteralBloc['id'];
export type CompetenceId = LiteralCompetence['id'];
export type CritereId = LiteralCritere['id'];
export type ReferentielId = BlocId | CompetenceId | CritereId;

export interface Critere {
  readonly id: CritereId;
  readonly intitule: string;
  readonly source: SourceKey;
  readonly statut: Statut;
}
export interface Competence {
  readonly id: CompetenceId;
  readonly intitule: string;
  readonly source: SourceKey;
  readonly statut: Statut;
  readonly transversales: readonly Transversale[];
  readonly criteres: readonly Critere[];
}
export interface Bloc {
  readonly id: BlocId;
  readonly numero: 1 | 2 | 3;
  readonly intitule: string;
  readonly intituleCourt: string;
  readonly description: string;
  readonly source: SourceKey;
  readonly statut: Statut;
  readonly competences: readonly Competence[];
}
export interface Referentiel {
  readonly titre: string;
  readonly rncp: string;
  readonly niveau: number;
  readonly certificateur: string;
  readonly document: string;
  readonly blocs: readonly Bloc[];
}

/** The référentiel tree (frozen), typed for traversal. */
export const REFERENTIEL: Referentiel = REFERENTIEL_DATA;

export const BLOC_IDS: readonly BlocId[] = Object.freeze(REFERENTIEL.blocs.map((b) => b.id));
export const COMPETENCE_IDS: readonly CompetenceId[] = Object.freeze(
  REFERENTIEL.blocs.flatMap((b) => b.competences.map((c) => c.id)),
);
export const CRITERE_IDS: readonly CritereId[] = Object.freeze(
  REFERENTIEL.blocs.flatMap((b) => b.competences.flatMap((c) => c.criteres.map((cr) => cr.id))),
);

const BLOC_SET: ReadonlySet<string> = new Set(BLOC_IDS);
const COMPETENCE_SET: ReadonlySet<string> = new Set(COMPETENCE_IDS);
const CRITERE_SET: ReadonlySet<string> = new Set(CRITERE_IDS);

export function isBlocId(value: unknown): value is BlocId {
  return typeof value === 'string' && BLOC_SET.has(value);
}
export function isCompetenceId(value: unknown): value is CompetenceId {
  return typeof value === 'string' && COMPETENCE_SET.has(value);
}
export function isCritereId(value: unknown): value is CritereId {
  return typeof value === 'string' && CRITERE_SET.has(value);
}
