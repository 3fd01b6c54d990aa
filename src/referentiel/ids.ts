/**
 * Id types derived from the `as const` data (never written by hand), the tree
 * types used across the site, and the runtime lists of ids that validators use.
 * The lists are written out (the data's order) so that a page that only checks
 * ids (the learner's record, a passport) does not ship the référentiel's texts
 * (≈ 6 Kio gz); the compiler checks them against the data: an id added to,
 * renamed in or removed from src/referentiel/referentiel.ts fails `tsc` here
 * and names the id, and tests/referentiel.test.ts checks the order. The tree
 * itself (REFERENTIEL) is in lookup.ts.
 */
import type { ReferentielLiteral, Statut, Transversale } from './referentiel';
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

/** The same ids as the data's, in its order (checked below and by tests/referentiel.test.ts). */
export const BLOC_IDS = Object.freeze(['B1', 'B2', 'B3'] as const);
export const COMPETENCE_IDS = Object.freeze([
  'B1.C1', 'B1.C2', 'B1.C3', 'B1.C4', 'B1.C5', 'B1.C6', 'B1.C7', 'B1.C8', 'B1.C9',
  'B2.C1', 'B2.C2', 'B2.C3', 'B2.C4', 'B2.C5', 'B2.C6', 'B2.C7', 'B2.C8', 'B2.C9',
  'B3.C1', 'B3.C2', 'B3.C3', 'B3.C4', 'B3.C5', 'B3.C6', 'B3.C7', 'B3.C8',
] as const);
export const CRITERE_IDS = Object.freeze([
  'B1.C1.CR1', 'B1.C1.CR2', 'B1.C1.CR3',
  'B1.C2.CR1', 'B1.C2.CR2', 'B1.C2.CR3', 'B1.C2.CR4',
  'B1.C3.CR1', 'B1.C3.CR2', 'B1.C3.CR3',
  'B1.C4.CR1', 'B1.C4.CR2', 'B1.C4.CR3', 'B1.C4.CR4',
  'B1.C5.CR1', 'B1.C5.CR2', 'B1.C5.CR3', 'B1.C5.CR4',
  'B1.C6.CR1', 'B1.C6.CR2', 'B1.C6.CR3',
  'B1.C7.CR1', 'B1.C7.CR2', 'B1.C7.CR3',
  'B1.C8.CR1', 'B1.C8.CR2', 'B1.C8.CR3', 'B1.C8.CR4',
  'B1.C9.CR1', 'B1.C9.CR2',
  'B2.C1.CR1', 'B2.C1.CR2', 'B2.C1.CR3', 'B2.C1.CR4',
  'B2.C2.CR1', 'B2.C2.CR2', 'B2.C2.CR3', 'B2.C2.CR4',
  'B2.C3.CR1', 'B2.C3.CR2', 'B2.C3.CR3',
  'B2.C4.CR1', 'B2.C4.CR2', 'B2.C4.CR3',
  'B2.C5.CR1', 'B2.C5.CR2', 'B2.C5.CR3',
  'B2.C6.CR1', 'B2.C6.CR2', 'B2.C6.CR3', 'B2.C6.CR4',
  'B2.C7.CR1', 'B2.C7.CR2', 'B2.C7.CR3', 'B2.C7.CR4',
  'B2.C8.CR1', 'B2.C8.CR2', 'B2.C8.CR3',
  'B2.C9.CR1', 'B2.C9.CR2', 'B2.C9.CR3', 'B2.C9.CR4',
  'B3.C1.CR1', 'B3.C1.CR2', 'B3.C1.CR3',
  'B3.C2.CR1', 'B3.C2.CR2',
  'B3.C3.CR1', 'B3.C3.CR2', 'B3.C3.CR3',
  'B3.C4.CR1', 'B3.C4.CR2', 'B3.C4.CR3',
  'B3.C5.CR1', 'B3.C5.CR2', 'B3.C5.CR3',
  'B3.C6.CR1', 'B3.C6.CR2', 'B3.C6.CR3',
  'B3.C7.CR1', 'B3.C7.CR2', 'B3.C7.CR3', 'B3.C7.CR4',
  'B3.C8.CR1', 'B3.C8.CR2', 'B3.C8.CR3',
] as const);

/**
 * `true` when the list holds exactly the ids of the data; otherwise the type is the ids in
 * excess or missing, and `tsc` names them (« Type 'true' is not assignable to type '"B1.C9.CR5"' »).
 */
type Exactement<Liste, Donnees> = [Exclude<Donnees, Liste> | Exclude<Liste, Donnees>] extends [never] ? true : Exclude<Donnees, Liste> | Exclude<Liste, Donnees>;
export const IDS_CONFORMES: readonly [
  Exactement<(typeof BLOC_IDS)[number], BlocId>,
  Exactement<(typeof COMPETENCE_IDS)[number], CompetenceId>,
  Exactement<(typeof CRITERE_IDS)[number], CritereId>,
] = [true, true, true];

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
