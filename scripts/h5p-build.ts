/**
 * `npm run h5p:build`: builds our H5P content type, the content folder and the
 * downloadable .h5p package of every activity marked `h5p: true`
 * (into .generated/static/h5p/, see src/build/h5p/construire.ts). The site build runs the
 * same step; this command is for trainers who only want the packages.
 */
import path from 'node:path';
import { ACTIVITES } from '../quizzes/index';
import { buildH5P } from '../src/build/h5p/construire';
import { registryProblems } from '../src/build/activites/activites';

const siteDir = path.resolve(__dirname, '..');
const problems = registryProblems(siteDir, ACTIVITES);
if (problems.length > 0) {
  console.error(`Activités invalides : ${problems.length} problème(s) à corriger d'abord.\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
const result = buildH5P(siteDir, ACTIVITES);
console.log(`Bibliothèque H5P : ${path.relative(siteDir, result.library)}`);
console.log(`${result.paquets.length} paquet(s) H5P :`);
for (const p of result.paquets) console.log(`  ${path.relative(siteDir, p)}`);
