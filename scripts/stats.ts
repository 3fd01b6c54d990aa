/**
 * `npm run stats [-- --json]`: what the site holds (src/build/mesures/statistiques.ts,
 * where the JSON keys are listed), per critère and per bloc.
 *
 * `--qualite` prints the item-quality problems, file by file (`--bloc B2` for one bloc).
 */
import path from 'node:path';
import { computeStats, type Stats } from '../src/build/mesures/statistiques';

function text(stats: Stats): string {
  const lines: string[] = [];
  lines.push(`Référentiel : ${stats.blocs} blocs, ${stats.competences} compétences, ${stats.criteres} critères`);
  lines.push(
    `Contenus : ${stats.lessons} leçons, ${stats.quizzes} quiz, ${stats.questions} questions, ${stats.cases} mises en situation, ${stats.h5p} activités H5P, ${stats.cartes} jeu(x) de ${stats.cartesTotal} cartes de révision, ${stats.glossaryTerms} termes de glossaire`,
  );
  lines.push(
    `Questions par type : ${Object.entries(stats.questionsByKind)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}`,
  );
  lines.push('');
  lines.push('Bloc  compét.  critères  leçons  questions  cas  h5p  min q/critère  critères sans question');
  for (const [id, b] of Object.entries(stats.perBloc)) {
    lines.push(
      `${id.padEnd(6)}${String(b.competences).padStart(7)}  ${String(b.criteres).padStart(8)}  ${String(b.lessons).padStart(6)}  ${String(b.questions).padStart(9)}  ${String(b.cases).padStart(3)}  ${String(b.h5p).padStart(3)}  ${String(b.minQuestionsPerCritere).padStart(13)}  ${b.uncoveredCriteres.length}`,
    );
  }
  lines.push('');
  lines.push('Couverture par critère (questions / cas / H5P / leçons) :');
  for (const [id, c] of Object.entries(stats.perCritere)) {
    lines.push(`  ${id.padEnd(10)} ${String(c.questions).padStart(3)} q  ${String(c.cases).padStart(2)} cas  ${String(c.h5p).padStart(2)} h5p  ${String(c.lessons).padStart(2)} leçons`);
  }
  lines.push('');
  lines.push(
    stats.uncoveredCriteres.length === 0
      ? 'Tous les critères sont couverts par au moins une question.'
      : `Critères sans aucune question (${stats.uncoveredCriteres.length}) : ${stats.uncoveredCriteres.join(', ')}`,
  );
  return lines.join('\n');
}

const pct = (x: number) => `${Math.round(x * 100)} %`;

function texteQualite(stats: Stats, seulement?: string): string {
  const lines: string[] = [];
  for (const [bloc, q] of Object.entries(stats.qualiteItems)) {
    if (seulement && bloc !== seulement) continue;
    lines.push(`${bloc} — ${q.respecte ? 'toutes les règles sont tenues' : `${q.problemes.length} problème(s)`}`);
    lines.push(
      `  choix unique : ${q.choixUnique.questions} q., clé la plus longue ${pct(q.choixUnique.cleLaPlusLongue)}, la plus courte ${pct(q.choixUnique.cleLaPlusCourte)} ; vrai-faux : ${pct(q.vraiFaux.partVrai)} « vrai » ; choix multiples par nombre de bonnes réponses : ${JSON.stringify(q.choixMultiples.parNombreDeBonnes)} ; cas : meilleur choix le plus long ${pct(q.cas.meilleurLePlusLong)} ; réglementaires sans source officielle : ${q.reglementaires.sansSourceOfficielle}/${q.reglementaires.questions}`,
    );
    for (const s of q.strategies) lines.push(`  ${s.nom.padEnd(66)} ${pct(s.score).padStart(5)} (hasard ${pct(s.hasard)}, ${s.avance >= 0 ? '+' : ''}${Math.round(s.avance * 100)} pts)`);
    if (bloc !== 'total') for (const p of q.problemes) lines.push(`  ✗ ${p.ou} : ${p.message}`);
  }
  return lines.join('\n');
}

if (require.main === module) {
  try {
    const stats = computeStats(path.resolve(__dirname, '..'));
    const i = process.argv.indexOf('--bloc');
    const out = process.argv.includes('--json')
      ? JSON.stringify(stats, null, 2)
      : process.argv.includes('--qualite')
        ? texteQualite(stats, i > 0 ? process.argv[i + 1] : undefined)
        : text(stats);
    process.stdout.write(`${out}\n`);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
}
