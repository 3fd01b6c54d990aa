/**
 * `npm run import -- --format <gift|moodle-xml> fichier --bloc B2 --critere B2.C3.CR1[,…] [--out quizzes/bloc-2]`
 *
 * Turns a trainer's Moodle question bank into typed quiz files (one per
 * category), registered in the folder's index.ts (src/build/import/moodle.ts).
 * Prints a report (questions without equivalent, what was lost, with their line)
 * and writes it to tmp/import/<fichier>.rapport.txt. While a question lacks
 * something our content tests require (critère, explication, source, a
 * feedback…), it says exactly what to add and writes no quiz file (exit 1).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ACTIVITES } from '../quizzes/index';
import { BLOC_IDS, isBlocId, isCritereId, type CritereId } from '../src/referentiel';
import { ErreurImport, FORMATS_IMPORT, importerBanque, type FormatImport } from '../src/build/import/moodle';

const USAGE = `Utilisation : npm run import -- --format <${FORMATS_IMPORT.join('|')}> fichier --bloc B2 [--critere B2.C3.CR1,B2.C3.CR2] [--out quizzes/bloc-2]`;

function fail(message: string): never {
  console.error(`Erreur : ${message}\n${USAGE}`);
  process.exit(1);
}

const siteDir = path.resolve(__dirname, '..');
const args = { format: null as string | null, fichier: null as string | null, bloc: null as string | null, critere: '', out: null as string | null };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i += 1) {
  const arg = argv[i]!;
  const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
  const value = () => {
    const v = inline ?? argv[(i += 1)];
    if (v === undefined || v.startsWith('--')) fail(`l'option ${name} attend une valeur.`);
    return v;
  };
  if (name === '--format') args.format = value();
  else if (name === '--bloc') args.bloc = value();
  else if (name === '--critere' || name === '--criteres') args.critere = value();
  else if (name === '--out') args.out = value();
  else if (name === '--help' || name === '-h') {
    console.log(USAGE);
    process.exit(0);
  } else if (name.startsWith('--')) fail(`option inconnue « ${arg} ».`);
  else if (args.fichier === null) args.fichier = arg;
  else fail(`un seul fichier à la fois (« ${arg} » en trop).`);
}
if (args.format === null) fail('le format est obligatoire (--format).');
if (!(FORMATS_IMPORT as readonly string[]).includes(args.format)) fail(`format inconnu « ${args.format} ». Formats : ${FORMATS_IMPORT.join(', ')}.`);
if (args.fichier === null) fail('indiquez le fichier de la banque à importer.');
if (args.bloc === null) fail('le bloc est obligatoire (--bloc).');
if (!isBlocId(args.bloc)) fail(`bloc inconnu « ${args.bloc} ». Blocs du référentiel : ${BLOC_IDS.join(', ')}.`);
const criteres = args.critere.split(',').map((c) => c.trim()).filter((c) => c !== '');
const inconnus = criteres.filter((c) => !isCritereId(c));
if (inconnus.length > 0) fail(`critère inconnu : ${inconnus.join(', ')} (voir la page « Le référentiel »).`);
const bloc = args.bloc;
const out = path.resolve(args.out ?? path.join(siteDir, 'quizzes', `bloc-${bloc.slice(1)}`));

try {
  const r = importerBanque(
    { format: args.format as FormatImport, fichier: path.resolve(args.fichier), bloc, criteres: criteres as CritereId[], out },
    { siteDir, activites: ACTIVITES, ecrire: true },
  );
  const dossier = path.join(siteDir, 'tmp', 'import');
  mkdirSync(dossier, { recursive: true });
  const rapport = path.join(dossier, `${path.basename(args.fichier)}.rapport.txt`);
  writeFileSync(rapport, r.rapport);
  console.log(r.rapport);
  console.log(`Rapport écrit dans ${path.relative(process.cwd(), rapport)}`);
  if (r.aCompleter.length > 0) {
    console.error(`Erreur : ${r.aCompleter.length} point(s) à compléter dans la banque (liste ci-dessus) ; aucun fichier de quiz n'est écrit.`);
    process.exit(1);
  }
  for (const f of r.ecrits) console.log(`  écrit : ${path.relative(process.cwd(), f)}`);
  console.log(`Vérifiez avec npm test, puis insérez chaque quiz dans une leçon : ${r.quizzes.map((q) => `<Quiz id="${q.id}" />`).join(' ')}`);
} catch (error) {
  if (error instanceof ErreurImport) fail(error.message);
  throw error;
}
