/**
 * Bundles a browser script of src/lecteur/ (our H5P content type, the SCORM
 * module) into one minified file, as it is shipped inside the packages.
 */
import path from 'node:path';
import { buildSync } from 'esbuild';

export function empaqueter(siteDir: string, entree: string): Uint8Array {
  const bundle = buildSync({
    entryPoints: [path.join(siteDir, entree)],
    bundle: true,
    format: 'iife',
    minify: true,
    target: ['es2019'],
    legalComments: 'none',
    write: false,
    charset: 'utf8',
    logLevel: 'silent',
  });
  return bundle.outputFiles[0]!.contents;
}
