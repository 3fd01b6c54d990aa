/** Activities of the introduction pages. */
import type { Activite } from '@site/src/domain/activite';
import cadreEsatEa from './cadre-esat-ea.quiz';
import premiersJoursDeKarim from './premiers-jours-de-karim.cas';

export const INTRODUCTION: readonly Activite[] = [cadreEsatEa, premiersJoursDeKarim];
