export type { Statut, Transversale } from './referentiel';
export { SOURCES } from './sources';
export type { SourceKey } from './sources';
export * from './ids';
export * from './lookup';
import type { Statut, Transversale } from './referentiel';

export const TRANSVERSALES_LABELS: Readonly<Record<Transversale, string>> = {
  'equipe-pluriprofessionnelle': 'Travail en équipe pluriprofessionnelle',
  communication: 'Communication écrite, orale et numérique',
  'ethique-droits': 'Éthique et droits des personnes',
  'transition-ecologique': 'Transition écologique',
};

export const STATUT_LABELS: Readonly<Record<Statut, string>> = {
  officiel: 'Intitulé officiel',
  derive: 'Formulation dérivée de la Fiche Métier',
};
