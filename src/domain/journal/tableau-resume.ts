/**
 * A learner's summary (resume.ts), decoded on the trainers' page, as tables bloc by
 * bloc with the référentiel's wording. Apart from the summary's encoding so that the
 * learner's pages, which only write the summary, do not load the référentiel's text.
 */
import { REFERENTIEL, type BlocId, type CompetenceId } from '../../referentiel';
import type { Niveau } from './niveau';
import type { Resume } from './resume';

export interface LigneResume {
  readonly id: CompetenceId;
  readonly intitule: string;
  readonly niveau: Niveau;
  readonly score: number | null;
}

export interface BlocResume {
  readonly id: BlocId;
  readonly numero: number;
  readonly intitule: string;
  readonly lignes: readonly LigneResume[];
}

/** A decoded summary as tables, bloc by bloc, in référentiel order. */
export function tableauResume(resume: Resume): BlocResume[] {
  return REFERENTIEL.blocs.map((bloc) => ({
    id: bloc.id,
    numero: bloc.numero,
    intitule: bloc.intituleCourt,
    lignes: bloc.competences.map((c) => ({
      id: c.id,
      intitule: c.intitule,
      niveau: resume.competences[c.id]?.niveau ?? 'non-evalue',
      score: resume.competences[c.id]?.score ?? null,
    })),
  }));
}
