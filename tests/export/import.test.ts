/**
 * `npm run import`: a trainer's Moodle bank → typed quiz files.
 * - Round trip on the real bank: export → import → export gives the same
 *   questions (Moodle XML: every question; GIFT: every question GIFT holds).
 * - A bank written by hand as Moodle 4 exports it (tests/fixtures/moodle/,
 *   24 questions, the six Moodle types and one without equivalent) imports
 *   into quiz files that pass the content checks and `tsc`; the report gives
 *   the line of what was not kept.
 * - The command: what is missing is said question by question, and nothing is
 *   written; a good bank is written and registered in the folder's index.ts.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { ACTIVITES } from '@site/quizzes/index';
import { checkActivite } from '@site/src/domain/activite';
import { banque } from '@site/src/domain/export/banque';
import { toGift } from '@site/src/domain/export/gift';
import { convertir, htmlVersTexte, lireCloze, sourceQuiz, type Conversion } from '@site/src/domain/export/importBanque';
import { toMoodleXml } from '@site/src/domain/export/moodleXml';
import type { Question, Quiz } from '@site/src/domain/quiz/types';
import { BLOC_IDS, type BlocId } from '@site/src/referentiel';
import { cheminCategorie, enregistrer, importerBanque, lireGift, lireMoodleXml } from '@site/src/build/import/moodle';

const siteDir = path.resolve(__dirname, '..', '..');
const fixture = path.join(siteDir, 'tests', 'fixtures', 'moodle', 'banque-atelier.xml');
const quizzes = ACTIVITES.filter((a): a is Quiz => a.kind === 'quiz');

/** The quizzes of the registry rebuilt from imported questions (same quiz ids, same order as the registry). */
function reconstruits(conversions: readonly Conversion[]): Quiz[] {
  const problemes = conversions.filter((c) => !c.question || !c.quizOrigine).map((c) => `${c.lue.ligne} ${c.lue.nom} : ${c.raison ?? 'sans quiz d’origine'}`);
  expect(problemes).toEqual([]);
  return quizzes
    .map((quiz) => {
      const rang = new Map(quiz.questions.map((q, i) => [q.id, i]));
      const questions = conversions
        .filter((c) => c.quizOrigine === quiz.id)
        .map((c) => c.question!)
        .sort((a, b) => rang.get(a.id)! - rang.get(b.id)!);
      return { ...quiz, questions };
    })
    .filter((q) => q.questions.length > 0);
}

const questionsDe = (xml: string) => xml.split('\n').filter((l) => !l.startsWith('<!--'));

describe.each(BLOC_IDS.map((b) => [b]))('round trip of bloc %s', (bloc) => {
  const options = { bloc: bloc as BlocId, criteres: [] };
  const bank = banque(ACTIVITES, bloc as BlocId);

  test('Moodle XML: export → import → export gives the same questions', () => {
    const xml = toMoodleXml(bank).contenu;
    const lues = lireMoodleXml(xml);
    expect(lues).toHaveLength(bank.questions.length);
    const retour = toMoodleXml(banque(reconstruits(lues.map((l, i) => convertir(l, i, options))), bloc as BlocId)).contenu;
    expect(questionsDe(retour)).toEqual(questionsDe(xml));
  });

  test('GIFT: export → import → export gives the same questions', () => {
    const gift = toGift(bank);
    const lues = lireGift(gift.contenu);
    expect(lues).toHaveLength(gift.questions);
    const retour = toGift(banque(reconstruits(lues.map((l, i) => convertir(l, i, options))), bloc as BlocId)).contenu;
    const corps = (s: string) => s.split('\n\n').filter((b) => !b.startsWith('// Banque') && !b.startsWith('// Non exporté') && !b.startsWith('// Format'));
    expect(corps(retour)).toEqual(corps(gift.contenu));
  });

  test('every imported question is the question we exported (ids, critères, answers, feedback)', () => {
    const conversions = lireMoodleXml(toMoodleXml(bank).contenu).map((l, i) => convertir(l, i, options));
    const problemes: string[] = [];
    for (const c of conversions) {
      const original = bank.questions.find((b) => b.idnumber === `${c.quizOrigine}/${c.question!.id}`)!.question;
      // Moodle keeps no gap name, and keeps plain text only for a gap's feedback and the right side of a pair;
      // `appuis` (author material, never shown) is not exported.
      const normal = (q: Question) =>
        JSON.parse(JSON.stringify(q, (k, v) => (k === 'trous' || (k === 'texte' && q.type === 'texte-a-trous') || k === 'droite' || k === 'paires' || k === 'appuis' ? undefined : v)));
      if (!isDeepStrictEqual(normal(c.question!), normal(original))) problemes.push(`${c.quizOrigine}/${c.question!.id} : ${JSON.stringify(normal(c.question!)).slice(0, 300)}`);
    }
    expect(problemes).toEqual([]);
  });
});

describe('a bank written by hand, as Moodle exports it', () => {
  const xml = readFileSync(fixture, 'utf8');
  const r = importerBanque({ format: 'moodle-xml', fichier: fixture, bloc: 'B2', criteres: [], out: path.join(siteDir, 'quizzes', 'bloc-2') }, { siteDir, activites: ACTIVITES, ecrire: false });

  test('holds at least 20 questions of the six Moodle types, not written by our exporter', () => {
    const types = [...xml.matchAll(/<question type="([a-z]+)"/g)].map((m) => m[1]!).filter((t) => t !== 'category');
    expect(types.length).toBeGreaterThanOrEqual(20);
    for (const t of ['multichoice', 'truefalse', 'matching', 'numerical', 'shortanswer', 'cloze']) expect(types).toContain(t);
    expect(xml).not.toMatch(/<idnumber>[^<]/);
    expect(xml).not.toContain('Moniteur d\'atelier en milieu de travail protégé');
  });

  test('imports into quizzes (one per category) that pass the content checks, nothing left to complete', () => {
    expect(r.aCompleter).toEqual([]);
    expect(r.quizzes.map((q) => q.titre)).toEqual(['Sécurité au poste', 'Indicateurs de production']);
    for (const quiz of r.quizzes) expect(checkActivite(quiz)).toEqual([]);
    const kinds = new Set(r.quizzes.flatMap((q) => q.questions.map((x) => x.type)));
    expect([...kinds].sort()).toEqual(['association', 'choix-multiples', 'choix-unique', 'numerique', 'texte-a-trous', 'vrai-faux']);
  });

  test('the report names, with its line, what has no equivalent and what was lost', () => {
    // The line of the <question> element that holds the name.
    const ligne = (nom: string) => {
      const lignes = xml.split('\n');
      const i = lignes.findIndex((l) => l.includes(`<text>${nom}</text>`));
      return lignes.slice(0, i + 1).map((l, j) => (l.includes('<question type=') ? j + 1 : 0)).reduce((a, b) => Math.max(a, b));
    };
    expect(r.rapport).toContain(`banque-atelier.xml:${ligne('Récit d’accident')} › « Récit d’accident » : type Moodle « essay » sans équivalent`);
    expect(r.rapport).toContain(`banque-atelier.xml:${ligne('Pictogramme')} › « Pictogramme » : trou 1 : retour de la mauvaise réponse « rouge » non repris`);
    expect(r.rapport).toMatch(/Unité de la cadence » : énoncé « Complétez la phrase\. » ajouté/);
    expect(r.rapport).toContain('À compléter dans la banque avant l’import (rien n’est écrit tant qu’il en reste) : aucun.');
  });

  test('the written quiz files pass tsc (strict) and read back to the same quizzes', () => {
    mkdirSync(path.join(siteDir, 'tmp'), { recursive: true });
    const dossier = mkdtempSync(path.join(siteDir, 'tmp', 'import-tsc-'));
    try {
      const fichiers = r.quizzes.map((quiz) => {
        const f = path.join(dossier, `${quiz.id}.quiz.ts`);
        writeFileSync(f, sourceQuiz(quiz, ['Essai.']));
        return f;
      });
      writeFileSync(path.join(dossier, 'tsconfig.json'), JSON.stringify({ extends: path.join(siteDir, 'tsconfig.json'), compilerOptions: { noEmit: true }, include: [], files: fichiers }));
      const tsc = spawnSync(process.execPath, [path.join(siteDir, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(dossier, 'tsconfig.json')], { encoding: 'utf8', timeout: 120000 });
      expect(`${tsc.stdout}${tsc.stderr}`).toBe('');
      expect(tsc.status).toBe(0);
      // The same check refuses a wrong answer key (the check can fail).
      writeFileSync(fichiers[0]!, readFileSync(fichiers[0]!, 'utf8').replace("reponse: 'a',", "reponse: 'z',"));
      const casse = spawnSync(process.execPath, [path.join(siteDir, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(dossier, 'tsconfig.json')], { encoding: 'utf8', timeout: 120000 });
      expect(casse.stdout).toMatch(/Type '"z"' is not assignable/);
      writeFileSync(fichiers[0]!, sourceQuiz(r.quizzes[0]!, ['Essai.']));
      for (const [i, f] of fichiers.entries()) {
        const lu = (require(f) as { default: Quiz }).default;
        expect(lu).toEqual(r.quizzes[i]);
      }
    } finally {
      rmSync(dossier, { recursive: true, force: true });
    }
  }, 180000);
});

describe('the command', () => {
  let work: string;
  beforeAll(() => {
    mkdirSync(path.join(siteDir, 'tmp'), { recursive: true });
    work = mkdtempSync(path.join(siteDir, 'tmp', 'import-cli-'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  function run(...args: string[]) {
    const r = spawnSync(process.execPath, [path.join(siteDir, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(siteDir, 'scripts', 'import.ts'), ...args], { cwd: work, encoding: 'utf8', timeout: 120000 });
    return { status: r.status, out: r.stdout, err: r.stderr };
  }

  test('bad input is refused in French, naming what to give', () => {
    expect(run('--format', 'csv', fixture, '--bloc', 'B2').err).toContain('format inconnu « csv ». Formats : gift, moodle-xml.');
    expect(run('--format', 'moodle-xml', fixture).err).toContain('le bloc est obligatoire (--bloc).');
    expect(run('--format', 'moodle-xml', fixture, '--bloc', 'B2', '--critere', 'B2.C9.CR9').err).toContain('critère inconnu : B2.C9.CR9');
    expect(run('--format', 'moodle-xml', path.join(work, 'absent.xml'), '--bloc', 'B2').err).toContain('fichier introuvable');
    writeFileSync(path.join(work, 'casse.xml'), '<quiz><question type="truefalse"><name><text>x</text></name>\n</quiz>');
    expect(run('--format', 'moodle-xml', path.join(work, 'casse.xml'), '--bloc', 'B2').err).toMatch(/ligne \d+ : XML invalide/);
  });

  test('a bank missing explanations, sources or critères: each is said with its line, and nothing is written', () => {
    const dossier = path.join(work, 'manque');
    mkdirSync(dossier, { recursive: true });
    writeFileSync(path.join(dossier, 'index.ts'), "import type { Activite } from '@site/src/domain/activite';\n\nexport const ESSAI: readonly Activite[] = [\n];\n");
    const bank = readFileSync(fixture, 'utf8')
      .replace('<p>Source : Formation des formateurs, fiche « Prévention au poste » (2025)</p>]]>', ']]>')
      .replace('<tags><tag><text>B2.C6.CR3</text></tag></tags>', '<tags></tags>');
    writeFileSync(path.join(work, 'incomplete.xml'), bank);
    const r = run('--format', 'moodle-xml', path.join(work, 'incomplete.xml'), '--bloc', 'B2', '--critere', 'B2.C6.CR1,B2.C6.CR2,B2.C6.CR3', '--out', dossier);
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/incomplete\.xml:\d+ › « Casque antibruit » › source : source manquante .* — terminez le « Feedback général » par un paragraphe « Source : … »/);
    expect(r.out).toMatch(/incomplete\.xml:\d+ › « Premier jour » › criteres : 3 critères/);
    expect(r.err).toContain('aucun fichier de quiz n\'est écrit');
    expect(readFileSync(path.join(dossier, 'index.ts'), 'utf8')).not.toContain('import securite');
    expect(existsSync(path.join(dossier, 'securite-au-poste.quiz.ts'))).toBe(false);
    expect(existsSync(path.join(siteDir, 'tmp', 'import', 'incomplete.xml.rapport.txt'))).toBe(true);
  });

  test('a complete bank is written, one quiz per category, and registered in the folder’s index.ts', () => {
    const dossier = path.join(work, 'bon');
    mkdirSync(dossier, { recursive: true });
    writeFileSync(path.join(dossier, 'index.ts'), "import type { Activite } from '@site/src/domain/activite';\n\nexport const ESSAI: readonly Activite[] = [\n];\n");
    copyFileSync(fixture, path.join(work, 'banque.xml'));
    const r = run('--format', 'moodle-xml', path.join(work, 'banque.xml'), '--bloc', 'B2', '--out', dossier);
    expect(r.err).toBe('');
    expect(r.status).toBe(0);
    expect(r.out).toContain('<Quiz id="securite-au-poste" /> <Quiz id="indicateurs-de-production" />');
    const index = readFileSync(path.join(dossier, 'index.ts'), 'utf8');
    expect(index).toContain("import securiteAuPoste from './securite-au-poste.quiz';");
    expect(index).toMatch(/= \[\n {2}securiteAuPoste,\n {2}indicateursDeProduction,\n\];/);
    expect(readFileSync(path.join(dossier, 'securite-au-poste.quiz.ts'), 'utf8')).toMatch(/^\/\*\*\n \* Importé de la banque Moodle « banque\.xml »/);
    // A second run would overwrite: refused, nothing changed.
    const again = run('--format', 'moodle-xml', path.join(work, 'banque.xml'), '--bloc', 'B2', '--out', dossier);
    expect(again.status).toBe(1);
    expect(readFileSync(path.join(dossier, 'index.ts'), 'utf8')).toBe(index);
  });
});

test('pieces: categories, Cloze gaps, HTML to texte riche, registry insertion', () => {
  expect(cheminCategorie('$course$/top/Atelier//Bureau/Sécurité')).toEqual(['Atelier/Bureau', 'Sécurité']);
  expect(lireCloze('a {1:SHORTANSWER_C:=x\\}y#ok~%0%*#non} b').trous).toEqual([
    {
      type: 'SHORTANSWER_C',
      reponses: [
        { texte: 'x}y', fraction: 100, retour: 'ok' },
        { texte: '*', fraction: 0, retour: 'non' },
      ],
    },
  ]);
  expect(htmlVersTexte('<p>Un <strong>mot</strong> et <em>un autre</em>, \\(x \\times 2\\) et 5 $.</p><p>Suite&nbsp;!</p>')).toBe('Un **mot** et _un autre_, $x \\times 2$ et 5 ＄.\n\nSuite\u00a0!');
  expect(enregistrer("import a from './a.quiz';\n\nexport const B: readonly Activite[] = [\n  a,\n];\n", 'mon-quiz')).toBe(
    "import a from './a.quiz';\nimport monQuiz from './mon-quiz.quiz';\n\nexport const B: readonly Activite[] = [\n  a,\n  monQuiz,\n];\n",
  );
});
