/**
 * The registry of activities: every quiz (*.quiz.ts) and case study (*.cas.ts)
 * of this folder, listed explicitly — one list per folder, gathered here.
 * tests/content/activites.test.ts fails when a file on disk is missing from the
 * lists (or the other way round), and when a file's activity id differs from its
 * file name.
 *
 * To add an activity: create quizzes/<dossier>/<id>.quiz.ts (or .cas.ts), import
 * it in that folder's index.ts and add it to its list. See CONTRIBUTING.md.
 */
import type { Activite } from '@site/src/domain/activite';
import { INTRODUCTION } from './introduction';
import { BLOC_1 } from './bloc-1';
import { BLOC_2 } from './bloc-2';
import { BLOC_3 } from './bloc-3';

export const ACTIVITES: readonly Activite[] = [...INTRODUCTION, ...BLOC_1, ...BLOC_2, ...BLOC_3];
