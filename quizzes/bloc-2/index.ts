/** Activities of bloc 2 (quizzes and case studies), in lesson order. */
import type { Activite } from '@site/src/domain/activite';
import faisabiliteCommandes from './faisabilite-commandes.quiz';
import commandeUrgenteKits from './commande-urgente-kits.cas';
import planifierOrganiser from './planifier-organiser.quiz';
import adapterPostes from './adapter-postes.quiz';
import amenagementPosteMaelle from './amenagement-poste-maelle.cas';
import indicateursProduction from './indicateurs-production.quiz';
import animerCollectif from './animer-collectif.quiz';
import santeSecurite from './sante-securite.quiz';
import presqueAccidentMenuiserie from './presque-accident-menuiserie.cas';
import demarcheQualite from './demarche-qualite.quiz';
import coffretsNonConformes from './coffrets-non-conformes.cas';
import productionEcoresponsable from './production-ecoresponsable.quiz';
import modeleEconomique from './modele-economique.quiz';
import clientsDevisMarches from './clients-devis-marches.quiz';
import devisEntrepriseAdaptee from './devis-entreprise-adaptee.cas';
import faireEvoluerAtelier from './faire-evoluer-atelier.quiz';
import santeSecuriteQuotidien from './sante-securite-quotidien.quiz';
import mainALaPresse from './main-a-la-presse.cas';
import hygieneAlimentaire from './hygiene-alimentaire.quiz';
import plateauxDuSeminaire from './plateaux-du-seminaire.cas';

export const BLOC_2: readonly Activite[] = [
  faisabiliteCommandes,
  commandeUrgenteKits,
  planifierOrganiser,
  adapterPostes,
  amenagementPosteMaelle,
  indicateursProduction,
  animerCollectif,
  santeSecurite,
  presqueAccidentMenuiserie,
  demarcheQualite,
  coffretsNonConformes,
  productionEcoresponsable,
  modeleEconomique,
  clientsDevisMarches,
  devisEntrepriseAdaptee,
  faireEvoluerAtelier,
  santeSecuriteQuotidien,
  mainALaPresse,
  hygieneAlimentaire,
  plateauxDuSeminaire,
];
