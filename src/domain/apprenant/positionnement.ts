/**
 * The self-assessment (« positionnement ») at entry and exit: when one counts,
 * which one the page opens on, and what may be saved. Pure.
 */
import { REFERENTIEL } from '../../referentiel';
import type { Positionnement, Profil } from '../profil/profil';

export type Moment = 'entree' | 'sortie';

/** Compétences of the référentiel: a complete self-assessment answers them all. */
export const COMPETENCES_A_POSITIONNER = REFERENTIEL.blocs.reduce((n, b) => n + b.competences.length, 0);

/**
 * A self-assessment counts once at least one compétence is answered: an empty one
 * (which an earlier version of the site let a learner save) is as none.
 */
export function positionnementFait(p: Positionnement | undefined): p is Positionnement {
  return p !== undefined && Object.keys(p.niveaux).length > 0;
}

/**
 * The self-assessment the page opens on: the exit one once the entry one is complete
 * (or an exit one exists); until then the entry one, to start or complete it.
 */
export function momentParDefaut(positionnement: Profil['positionnement']): Moment {
  const { entree, sortie } = positionnement;
  if (positionnementFait(sortie)) return 'sortie';
  return positionnementFait(entree) && Object.keys(entree.niveaux).length >= COMPETENCES_A_POSITIONNER ? 'sortie' : 'entree';
}

/** Why these answers cannot be saved (none given), or null. */
export function refusPositionnement(niveaux: Positionnement['niveaux']): string | null {
  return Object.keys(niveaux).length === 0
    ? 'Choisissez au moins une réponse avant d’enregistrer : un positionnement sans réponse n’est pas enregistré.'
    : null;
}
