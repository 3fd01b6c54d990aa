/**
 * A closed question rests only on a point the research dossiers mark [Vu]
 * (quizzes/dossiers/): each question names those points in `appuis`, and every
 * appui must exist, be marked [Vu] and not be a disputed figure (complements §10.2).
 * Quizzes written before the dossiers entered the repository are listed below; they
 * were checked by hand against the dossiers. Every new quiz names its appuis.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ACTIVITES } from '@site/quizzes/index';
import { verifierAppui } from '@site/src/domain/qualite/dossiers';
import { DOSSIERS_DIR as dossiers, indexDesDossiers } from './dossiers';

const index = indexDesDossiers();

/** The 26 quizzes written before `appuis` existed (this list only shrinks). */
const QUIZ_ANTERIEURS = new Set([
  'cadre-esat-ea',
  'accompagner-au-quotidien', 'accueillir', 'autodetermination', 'droits-expression', 'equipe-pluriprofessionnelle',
  'evaluer-capacites', 'projet-et-parcours', 'relation-ethique',
  'adapter-postes', 'animer-collectif', 'demarche-qualite', 'faisabilite-commandes', 'indicateurs-production',
  'modele-economique', 'planifier-organiser', 'production-ecoresponsable', 'sante-securite',
  'animer-sequences', 'besoins-competences', 'choix-inclusion-falc', 'parcours-sequences', 'partenariats',
  'plan-developpement', 'reconnaissance-certification', 'situations-apprenantes',
]);

const quizzes = ACTIVITES.flatMap((a) => (a.kind === 'quiz' ? [a] : []));
const dossiersQuiz = fs.readdirSync(path.dirname(dossiers), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const fichier = (q: { id: string }) =>
  `quizzes/${dossiersQuiz.find((d) => fs.existsSync(path.join(path.dirname(dossiers), d, `${q.id}.quiz.ts`))) ?? '?'}/${q.id}.quiz.ts`;

test('the dossiers are read: hundreds of points, most of them [Vu]', () => {
  expect(index.size).toBeGreaterThan(250);
});

test('every appui names a [Vu] point of a dossier, never a disputed figure', () => {
  const erreurs = quizzes.flatMap((quiz) =>
    quiz.questions.flatMap((q) =>
      (q.appuis ?? []).flatMap((a) => {
        const e = verifierAppui(a, index);
        return e ? [`${fichier(quiz)} › ${q.id} : ${e}`] : [];
      }),
    ),
  );
  expect(erreurs).toEqual([]);
});

test('every question of a new quiz names the dossier points it rests on', () => {
  const sans = quizzes
    .filter((quiz) => !QUIZ_ANTERIEURS.has(quiz.id))
    .flatMap((quiz) =>
      quiz.questions
        .filter((q) => (q.appuis ?? []).length === 0)
        .map((q) => `${fichier(quiz)} › ${q.id} : ajoutez appuis: ['complements §… <point>'] (les points [Vu] des dossiers sur lesquels repose la question)`),
    );
  expect(sans).toEqual([]);
});

test('the list of earlier quizzes names only quizzes that exist', () => {
  const ids = new Set(quizzes.map((q) => q.id));
  expect([...QUIZ_ANTERIEURS].filter((id) => !ids.has(id))).toEqual([]);
});
