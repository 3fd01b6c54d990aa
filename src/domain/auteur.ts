/**
 * Everything an author needs to write an activity, in one import:
 *   import { defineQuiz, choixUnique, defineCas } from '#auteur';
 * (`#auteur` is declared in package.json "imports", so it resolves the same way
 * in the compiler, the site build, the tests and the command-line scripts.)
 */
export {
  association,
  choixMultiples,
  choixUnique,
  defineQuiz,
  numerique,
  ordre,
  texteATrous,
  vraiFaux,
} from './quiz/define';
export { defineCas } from './cas/define';
export { defineCartes } from './cartes/define';
