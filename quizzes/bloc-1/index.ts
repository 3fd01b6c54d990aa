/** Activities of bloc 1 (quizzes and case studies), in lesson order. */
import type { Activite } from '@site/src/domain/activite';
import accompagnerAuQuotidien from './accompagner-au-quotidien.quiz';
import journeeDifficileDeBintou from './journee-difficile-de-bintou.cas';
import evaluerCapacites from './evaluer-capacites.quiz';
import projetEtParcours from './projet-et-parcours.quiz';
import leProjetDeSeverine from './le-projet-de-severine.cas';
import equipePluriprofessionnelle from './equipe-pluriprofessionnelle.quiz';

export const BLOC_1: readonly Activite[] = [
  accompagnerAuQuotidien,
  journeeDifficileDeBintou,
  evaluerCapacites,
  projetEtParcours,
  leProjetDeSeverine,
  equipePluriprofessionnelle,
];
