/** Activities of bloc 1 (quizzes and case studies), in lesson order. */
import type { Activite } from '@site/src/domain/activite';
import accueillir from './accueillir.quiz';
import relationEthique from './relation-ethique.quiz';
import matineeEnBlanchisserie from './matinee-en-blanchisserie.cas';
import autodetermination from './autodetermination.quiz';
import droitsExpression from './droits-expression.quiz';
import laDemandeDeLaDeleguee from './la-demande-de-la-deleguee.cas';
import accompagnerAuQuotidien from './accompagner-au-quotidien.quiz';
import journeeDifficileDeBintou from './journee-difficile-de-bintou.cas';
import evaluerCapacites from './evaluer-capacites.quiz';
import projetEtParcours from './projet-et-parcours.quiz';
import leProjetDeSeverine from './le-projet-de-severine.cas';
import equipePluriprofessionnelle from './equipe-pluriprofessionnelle.quiz';
import droitsRessources from './droits-ressources.quiz';
import secretPartageInformations from './secret-partage-informations.quiz';
import samiaLaPhotoEtLeCurateur from './samia-la-photo-et-le-curateur.cas';

export const BLOC_1: readonly Activite[] = [
  accueillir,
  relationEthique,
  matineeEnBlanchisserie,
  autodetermination,
  droitsExpression,
  laDemandeDeLaDeleguee,
  accompagnerAuQuotidien,
  journeeDifficileDeBintou,
  evaluerCapacites,
  projetEtParcours,
  leProjetDeSeverine,
  equipePluriprofessionnelle,
  droitsRessources,
  secretPartageInformations,
  samiaLaPhotoEtLeCurateur,
];
