/**
 * Where the build code finds its inputs, relative to the site folder (the one
 * place to edit when a file moves). Node only, like everything in src/build/.
 */
import path from 'node:path';

export const CHEMINS = {
  /** Our H5P content type, played in the browser (bundled into its library). */
  runtimeH5P: path.join('src', 'lecteur', 'h5p', 'runtime.ts'),
  stylesH5P: path.join('src', 'lecteur', 'h5p', 'styles.css'),
  /** The SCORM module's script and styles, played by the LMS. */
  runtimeScorm: path.join('src', 'lecteur', 'scorm', 'runtime.ts'),
  stylesScorm: path.join('src', 'lecteur', 'scorm', 'module.css'),
  /** The SCORM 1.2 schema files named by the manifests. */
  schemasScorm: path.join('src', 'build', 'scorm', 'schemas'),
  /** semantics.json and language/fr.json of the official H5P libraries (copied from h5p.org, MIT). */
  officielsH5P: path.join('src', 'build', 'h5p', 'officiels'),
  /** The H5P registry and the list of imported packages (rewritten by `npm run h5p:add`). */
  registreH5P: path.join('src', 'build', 'h5p', 'registre.ts'),
  importeesH5P: path.join('src', 'build', 'h5p', 'importees.ts'),
  /** The TypeScript the registries load (activities, the code they import): transpiled in one call (src/build/charger-ts.ts). */
  codeDesRegistres: ['quizzes', path.join('src', 'domain'), path.join('src', 'referentiel'), path.join('src', 'build')],
} as const;
