/**
 * The registry of H5P activities of the site:
 * - those generated from our own activities marked `h5p: true` (quizzes/…), played
 *   by our own content type and downloadable as .h5p packages;
 * - those imported from .h5p packages made by trainers (`npm run h5p:add`), listed
 *   in importees.ts (written by the import command, typed like everything else).
 */
import type { CritereId } from '../../referentiel';
import { ACTIVITES } from '../../../quizzes/index';
import { criteresOfActivite } from '../../domain/activite';
import { H5P_IMPORTEES } from './importees';

export interface ActiviteH5P {
  /** Content id: folder static/h5p/content/<id>/ and <H5P id="…" />. */
  readonly id: string;
  readonly titre: string;
  readonly criteres: readonly CritereId[];
  readonly origine: 'generee' | 'importee';
}

export function h5pActivities(): ActiviteH5P[] {
  const generees: ActiviteH5P[] = ACTIVITES.filter((a) => a.h5p === true).map((a) => ({
    id: a.id,
    titre: a.titre,
    criteres: criteresOfActivite(a),
    origine: 'generee',
  }));
  return [...generees, ...H5P_IMPORTEES];
}
