/** The référentiel tree, and lookup helpers over it: by id, parent of, children of. */
import { REFERENTIEL_DATA } from './referentiel';
import type {
  Bloc,
  BlocId,
  Competence,
  CompetenceId,
  Critere,
  CritereId,
  Referentiel,
  ReferentielId,
} from './ids';

/** The référentiel tree (frozen), typed for traversal. */
export const REFERENTIEL: Referentiel = REFERENTIEL_DATA;

const blocs = new Map<string, Bloc>();
const competences = new Map<string, Competence>();
const criteres = new Map<string, Critere>();
const competenceOfCritere = new Map<string, Competence>();
const blocOfCompetence = new Map<string, Bloc>();

for (const bloc of REFERENTIEL.blocs) {
  blocs.set(bloc.id, bloc);
  for (const competence of bloc.competences) {
    competences.set(competence.id, competence);
    blocOfCompetence.set(competence.id, bloc);
    for (const critere of competence.criteres) {
      criteres.set(critere.id, critere);
      competenceOfCritere.set(critere.id, competence);
    }
  }
}

function must<T>(value: T | undefined, kind: string, id: string): T {
  if (value === undefined) {
    throw new Error(`Identifiant de ${kind} inconnu dans le référentiel : « ${id} ».`);
  }
  return value;
}

export function blocById(id: BlocId): Bloc {
  return must(blocs.get(id), 'bloc', id);
}
export function competenceById(id: CompetenceId): Competence {
  return must(competences.get(id), 'compétence', id);
}
export function critereById(id: CritereId): Critere {
  return must(criteres.get(id), 'critère', id);
}

/** The compétence a critère belongs to. */
export function competenceOf(critere: CritereId): Competence {
  return must(competenceOfCritere.get(critere), 'critère', critere);
}
/** The bloc a compétence or a critère belongs to. */
export function blocOf(id: CompetenceId | CritereId): Bloc {
  const competenceId = criteres.has(id) ? competenceOf(id as CritereId).id : id;
  return must(blocOfCompetence.get(competenceId), 'compétence', id);
}

/** The critères under a bloc, a compétence, or the critère itself. */
export function criteresOf(id: ReferentielId): readonly Critere[] {
  const bloc = blocs.get(id);
  if (bloc) return bloc.competences.flatMap((c) => c.criteres);
  const competence = competences.get(id);
  if (competence) return competence.criteres;
  return [critereById(id as CritereId)];
}

/** Any item by id, or undefined. */
export function itemById(id: string): Bloc | Competence | Critere | undefined {
  return blocs.get(id) ?? competences.get(id) ?? criteres.get(id);
}

/** Short label « B1.C3.CR2 — … » used in reports and exports. */
export function labelOf(id: ReferentielId): string {
  const item = itemById(id);
  return item ? `${id} — ${item.intitule}` : id;
}

/**
 * The objectives of a lesson: its critères grouped by compétence, in the order given,
 * with their intitulés (a type alias, not an interface: it is written into pages as JSON).
 */
export type Objectif = {
  readonly competence: CompetenceId;
  readonly intitule: string;
  readonly criteres: readonly { readonly id: CritereId; readonly intitule: string }[];
};

/** Id → intitulé of the given critères (written into each activity's data: src/components/Activite/Critere.tsx). */
export function intitulesDesCriteres(ids: readonly CritereId[]): Record<string, string> {
  return Object.fromEntries(ids.map((id) => [id, critereById(id).intitule]));
}

export function objectifsDe(criteres: readonly CritereId[]): Objectif[] {
  const parCompetence = new Map<CompetenceId, CritereId[]>();
  for (const id of criteres) {
    const competence = competenceOf(id).id;
    const ids = parCompetence.get(competence) ?? [];
    if (!ids.includes(id)) ids.push(id);
    parCompetence.set(competence, ids);
  }
  return [...parCompetence].map(([competence, ids]) => ({
    competence,
    intitule: competenceById(competence).intitule,
    criteres: ids.map((id) => ({ id, intitule: critereById(id).intitule })),
  }));
}
