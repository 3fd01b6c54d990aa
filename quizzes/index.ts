/**
 * The registry of activities: every quiz (*.quiz.ts) and case study (*.cas.ts)
 * of this folder, listed explicitly. tests/content/registry.test.ts fails when a
 * file on disk is missing here (or the other way round), and when a file's
 * activity id differs from its file name.
 *
 * To add an activity: create quizzes/<dossier>/<id>.quiz.ts (or .cas.ts), import
 * it below, add it to ACTIVITES. See CONTRIBUTING.md.
 */
import type { Activite } from '@site/src/domain/activite';

import cadreEsatEa from './introduction/cadre-esat-ea.quiz';
import premiersJoursDeKarim from './introduction/premiers-jours-de-karim.cas';

export const ACTIVITES: readonly Activite[] = [cadreEsatEa, premiersJoursDeKarim];
