/** Activities of bloc 3 (quizzes and case studies), in lesson order. */
import type { Activite } from '@site/src/domain/activite';
import besoinsCompetences from './besoins-competences.quiz';
import situationsApprenantes from './situations-apprenantes.quiz';
import laCalandreDeTheo from './la-calandre-de-theo.cas';
import parcoursSequences from './parcours-sequences.quiz';
import animerSequences from './animer-sequences.quiz';
import leStageDeNora from './le-stage-de-nora.cas';
import planDeveloppement from './plan-developpement.quiz';
import reconnaissanceCertification from './reconnaissance-certification.quiz';
import raeDeSabine from './rae-de-sabine.cas';
import partenariats from './partenariats.quiz';
import choixInclusionFalc from './choix-inclusion-falc.quiz';
import ficheFalcEnEquipe from './fiche-falc-en-equipe.cas';
import metierEntrepriseAdaptee from './metier-entreprise-adaptee.quiz';
import leTremplinDeSofiane from './le-tremplin-de-sofiane.cas';

export const BLOC_3: readonly Activite[] = [
  besoinsCompetences,
  situationsApprenantes,
  laCalandreDeTheo,
  parcoursSequences,
  animerSequences,
  leStageDeNora,
  planDeveloppement,
  reconnaissanceCertification,
  raeDeSabine,
  partenariats,
  choixInclusionFalc,
  ficheFalcEnEquipe,
  leTremplinDeSofiane,
  metierEntrepriseAdaptee,
];
