/**
 * Every set of revision cards (quizzes/<dossier>/<id>.cartes.ts). A lesson shows one
 * with <Cartes id="…" />; `npm run export -- --format h5p-official` turns each into an
 * H5P.Dialogcards package for trainers. Cards are not activities: they assess nothing.
 */
import type { JeuDeCartes } from '@site/src/domain/cartes/types';
import publicsReperes from './bloc-1/publics-reperes.cartes';

export const CARTES: readonly JeuDeCartes[] = [publicsReperes];
