/** Activities of bloc 2 (quizzes and case studies), in lesson order. */
import type { Activite } from '@site/src/domain/activite';
import faisabiliteCommandes from './faisabilite-commandes.quiz';
import commandeUrgenteKits from './commande-urgente-kits.cas';
import planifierOrganiser from './planifier-organiser.quiz';
import adapterPostes from './adapter-postes.quiz';
import amenagementPosteMaelle from './amenagement-poste-maelle.cas';
import indicateursProduction from './indicateurs-production.quiz';

export const BLOC_2: readonly Activite[] = [
  faisabiliteCommandes,
  commandeUrgenteKits,
  planifierOrganiser,
  adapterPostes,
  amenagementPosteMaelle,
  indicateursProduction,
];
