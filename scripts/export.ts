/**
 * `npm run export -- --format <gift|moodle-xml|h5p-official|scorm|xapi> [--bloc B1] [--out dossier] [--site build]`
 *
 * Exports the activities for the tools trainers already use (see the
 * « Pour les formateurs » page of the site and src/build/exports/exports.ts). Bad input
 * (unknown format, unknown or empty bloc, unwritable folder) stops with a French
 * message and a non-zero exit status, and nothing is half written.
 */
import path from 'node:path';
import { ACTIVITES } from '../quizzes/index';
import { CARTES } from '../quizzes/cartes';
import { registryProblems } from '../src/build/activites/activites';
import { readPages } from '../src/build/lecons/lecons';
import { ErreurExport, exporter } from '../src/build/exports/exports';
import { FORMATS, isFormat } from '../src/domain/export/fichiers';

const USAGE = `Utilisation : npm run export -- --format <${FORMATS.join('|')}> [--bloc B1] [--out dossier] [--site build]`;

function fail(message: string): never {
  console.error(`Erreur : ${message}\n${USAGE}`);
  process.exit(1);
}

function parseArgs(argv: readonly string[]): { format: string | null; bloc: string | null; out: string; site: string } {
  const out = { format: null as string | null, bloc: null as string | null, out: 'exports', site: 'build' };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[(i += 1)];
      if (v === undefined || v.startsWith('--')) fail(`l'option ${name} attend une valeur.`);
      return v;
    };
    if (name === '--format') out.format = value();
    else if (name === '--bloc') out.bloc = value();
    else if (name === '--out') out.out = value();
    else if (name === '--site') out.site = value();
    else if (name === '--help' || name === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else fail(`option inconnue « ${arg} ».`);
  }
  return out;
}

const siteDir = path.resolve(__dirname, '..');
const args = parseArgs(process.argv.slice(2));
if (args.format === null) fail('le format est obligatoire (--format).');
if (!isFormat(args.format)) fail(`format inconnu « ${args.format} ». Formats : ${FORMATS.join(', ')}.`);
const problems = registryProblems(siteDir, ACTIVITES);
if (problems.length > 0) fail(`activités invalides : ${problems.length} problème(s) à corriger d'abord.\n${problems.map((p) => `  - ${p}`).join('\n')}`);
const t0 = Date.now();
try {
  const fichiers = exporter(
    { format: args.format, bloc: args.bloc, out: args.out },
    { siteDir, activites: ACTIVITES, cartes: CARTES, pages: readPages(siteDir), buildDir: path.resolve(args.site) },
  );
  const total = fichiers.reduce((n, f) => n + f.octets, 0);
  console.log(`Export ${args.format} : ${fichiers.length} fichier(s), ${(total / 1024).toFixed(1)} Kio, en ${Date.now() - t0} ms, dans ${path.join(args.out, fichiers[0]?.chemin.split('/')[0] ?? '')}`);
  for (const f of fichiers) {
    console.log(`  ${f.chemin} (${(f.octets / 1024).toFixed(1)} Kio${f.questions !== undefined ? `, ${f.questions} questions` : ''}${f.cartes !== undefined ? `, ${f.cartes} cartes` : ''}${f.omises?.length ? `, ${f.omises.length} non exportée(s)` : ''})`);
  }
} catch (error) {
  if (error instanceof ErreurExport) fail(error.message);
  throw error;
}
