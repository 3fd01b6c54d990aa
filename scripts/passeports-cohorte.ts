/**
 * `npx tsx scripts/passeports-cohorte.ts <dossier> [nombre] [traces]`: writes `nombre` realistic
 * passports (default 200, about `traces` answers each, default 300) on this site's quizzes
 * (src/build/mesures/passeports.ts), for the cohort page of `npm run bench:site`, which imports
 * every `passeport-*.json` of the folder (those of an earlier run are removed first).
 * Prints the folder; exit code 2 without a folder.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ACTIVITES } from '../quizzes/index';
import { construireBanque } from '../src/build/activites/activites';
import { passeportsCohorte } from '../src/build/mesures/passeports';

const [dossier, nombre = '200', traces = '300'] = process.argv.slice(2);
if (!dossier) {
  console.error('Usage : npx tsx scripts/passeports-cohorte.ts <dossier> [nombre] [traces]');
  process.exit(2);
}
const racine = path.resolve(__dirname, '..');
const { revision } = construireBanque(racine, ACTIVITES, new Map());
mkdirSync(dossier, { recursive: true });
// The passports of an earlier run go (other count): the folder then holds this cohort only.
for (const f of readdirSync(dossier)) if (/^passeport-.*\.json$/.test(f)) rmSync(path.join(dossier, f));
const cohorte = passeportsCohorte(Number(nombre), { revisionContenu: revision, traces: Number(traces) });
cohorte.forEach((p, i) => writeFileSync(path.join(dossier, `passeport-${String(i + 1).padStart(3, '0')}.json`), p.texte));
console.log(`${cohorte.length} passeports (≈ ${traces} réponses chacun) écrits dans ${dossier}`);
