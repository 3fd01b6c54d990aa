/**
 * `npx tsx scripts/temoin.ts <dossier>`: writes the stock Docusaurus site with the text of
 * our lessons into <dossier> (src/build/mesures/temoin.ts) and builds it into <dossier>/build.
 * Called by `npm run bench:site -- --temoin`; exit code 1 with the reason when it fails.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { verifierInstallation } from '../src/build/mesures/site-echelle';
import { creerTemoin } from '../src/build/mesures/temoin';

const dossier = process.argv[2];
if (!dossier) {
  console.error('Usage : npx tsx scripts/temoin.ts <dossier>');
  process.exit(2);
}
const racine = path.resolve(__dirname, '..');
verifierInstallation(racine);
const lecons = creerTemoin(racine, path.resolve(dossier));
console.log(`Site témoin (Docusaurus d'origine, ${lecons} leçons en Markdown) : construction dans ${dossier}/build…`);
const construction = spawnSync('npx', ['docusaurus', 'build', '--out-dir', 'build'], { cwd: dossier, stdio: 'inherit' });
process.exitCode = construction.status ?? 1;
