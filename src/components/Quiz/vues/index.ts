/** One input view per question kind, checked by the compiler (mapped type over QuestionKind). */
import { AssociationVue } from './Association';
import { ChoixMultiplesVue, ChoixUniqueVue, VraiFauxVue } from './Choix';
import { OrdreVue } from './Ordre';
import { NumeriqueVue, TexteATrousVue } from './Saisie';
import type { Vues } from './types';

export const VUES: Vues = {
  'choix-unique': ChoixUniqueVue,
  'choix-multiples': ChoixMultiplesVue,
  'vrai-faux': VraiFauxVue,
  association: AssociationVue,
  ordre: OrdreVue,
  'texte-a-trous': TexteATrousVue,
  numerique: NumeriqueVue,
};
export type { VueProps } from './types';
