/**
 * `npm run bench`: timings of the pure engine (src/build/mesures/moteur.ts, where the
 * fixtures, the targets and the verdict live). Prints the table; exit code 1 when a
 * target is missed.
 *
 * The engine is measured bundled, as the browser runs it (the site's bundler hoists
 * modules into one scope), not as tsx loads it: tsx turns each ES module of
 * node_modules into CommonJS whose every imported binding is a getter, and
 * `@noble/hashes` pays it on each 32-bit operation (SHA-256 of 19 MB: 169 ms bundled
 * or native, 3,104 ms through tsx). esbuild writes the bundle to tmp/; Node runs it.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildSync } from 'esbuild';

const racine = path.resolve(__dirname, '..');
const sortie = path.join(racine, 'tmp', 'bench', 'moteur.mjs');
buildSync({
  stdin: {
    contents: [
      "import { mesurerMoteur, objectifsTenus, tableauMoteur } from './src/build/mesures/moteur';",
      'const mesures = mesurerMoteur();',
      'console.log(tableauMoteur(mesures));',
      'process.exitCode = objectifsTenus(mesures.resultats) ? 0 : 1;',
    ].join('\n'),
    resolveDir: racine,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: sortie,
  logLevel: 'warning',
});
const execution = spawnSync(process.execPath, [sortie], { stdio: 'inherit' });
process.exitCode = execution.status ?? 1;
