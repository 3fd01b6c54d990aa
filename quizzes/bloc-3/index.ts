/** Activities of bloc 3 (quizzes and case studies), in lesson order. */
import type { Activite } from '@site/src/domain/activite';
import planDeveloppement from './plan-developpement.quiz';
import reconnaissanceCertification from './reconnaissance-certification.quiz';
import raeDeSabine from './rae-de-sabine.cas';
import partenariats from './partenariats.quiz';
import choixInclusionFalc from './choix-inclusion-falc.quiz';
import ficheFalcEnEquipe from './fiche-falc-en-equipe.cas';

export const BLOC_3: readonly Activite[] = [
  planDeveloppement,
  reconnaissanceCertification,
  raeDeSabine,
  partenariats,
  choixInclusionFalc,
  ficheFalcEnEquipe,
];
