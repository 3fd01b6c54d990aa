/**
 * The authoring side of hostile input: every text of a quiz or a case has a length
 * cap (a 5,000-character option is refused, naming the file, the question and the
 * field); an unknown critère gives the build's message in the statistics and the
 * content tests instead of a TypeError; an activity registered twice names both
 * registries.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ACTIVITES } from '@site/quizzes/index';
import { checkActivite, type Activite } from '@site/src/domain/activite';
import { checkBank, LONGUEURS_MAX, longueurProblem } from '@site/src/domain/quiz/check';
import { activityFiles, formatProbleme, registresDesActivites, registryProblems } from '@site/src/build/activites/activites';
import { computeStats } from '@site/src/build/mesures/statistiques';

const siteDir = path.resolve(__dirname, '..', '..');
const files = activityFiles(siteDir);
const quiz = ACTIVITES.find((a) => a.id === 'cadre-esat-ea' && a.kind === 'quiz')!;
const cas = ACTIVITES.find((a) => a.kind === 'cas')!;
type Raw = Record<string, unknown>;
/** Numbers are written the French way, with narrow no-break spaces (U+202F): read as spaces here. */
const espaces = (s: string) => s.replace(/\u202f/g, ' ');
const copie = (v: unknown): Raw => JSON.parse(JSON.stringify(v)) as Raw;

test('a 5,000-character option is refused: file › question › field, length and cap', () => {
  const q = copie(quiz);
  const question = (q.questions as Raw[]).find((x) => Array.isArray(x.options))!;
  (question.options as Raw[])[0]!.texte = 'a'.repeat(5000);
  const lignes = checkActivite(q).map((p) => espaces(formatProbleme(p, files)));
  expect(lignes).toEqual([
    `${files.get('cadre-esat-ea')} › « ${String(question.id)} » › options[0].texte : texte trop long (5 000 caractères ; 300 au plus pour une option, un choix, un élément ou une étape) : raccourcissez-le ou scindez-le`,
  ]);
});

test.each([
  ['enonce', 1000],
  ['explication', 1200],
  ['feedback.vrai', 800],
  ['source', 300],
  ['titre', 120],
  ['texte', 1500],
  ['noeuds[2].choix[0].consequence', 800],
  ['etapes[3]', 300],
  ['choix[1].texte', 300],
  ['variantes[0].texte', 800],
  ['debrief.B1.C5.CR3.texte', 800],
  ['tableau.lignes[1][0]', 200],
  ['champ-nouveau', 1000],
] as const)('cap of « %s »: %i characters', (champ, max) => {
  expect(longueurProblem(champ, 'x'.repeat(max))).toBeNull();
  expect(espaces(longueurProblem(champ, 'x'.repeat(max + 1))!)).toMatch(new RegExp(`^texte trop long \\(${espaces(new Intl.NumberFormat('fr-FR').format(max + 1))} caractères ; `));
});

test('every text of a case study is capped too (situation, choice, consequence)', () => {
  const c = copie(cas);
  const noeud = (c.noeuds as Raw[]).find((n) => n.type === 'situation')!;
  noeud.texte = 's'.repeat(1501);
  (noeud.choix as Raw[])[0]!.consequence = 'c'.repeat(801);
  const messages = checkActivite(c).map((p) => espaces(`${p.champ} : ${p.message}`));
  expect(messages).toEqual(
    expect.arrayContaining([expect.stringMatching(/^texte : texte trop long \(1 501 caractères ; 1 500 au plus/), expect.stringMatching(/^choix\[0\]\.consequence : texte trop long \(801 caractères ; 800 au plus/)]),
  );
});

test('every text of the bank is within its cap, and the last rule catches any other field', () => {
  expect(LONGUEURS_MAX.at(-1)!.champ.test('n’importe quoi')).toBe(true);
  expect(registryProblems(siteDir, ACTIVITES).filter((l) => /trop long/.test(l))).toEqual([]);
});

test('an unknown critère stops the statistics with the build’s message, never a TypeError', () => {
  const q = copie(quiz);
  (q.questions as Raw[])[0]!.criteres = ['B1.C1.CR9'];
  const build = checkActivite(q).map((p) => formatProbleme(p, files));
  let erreur: unknown;
  try {
    computeStats(siteDir, [...ACTIVITES.filter((a) => a.id !== quiz.id), q as unknown as Activite]);
  } catch (error) {
    erreur = error;
  }
  expect(erreur).toBeInstanceOf(Error);
  expect(erreur).not.toBeInstanceOf(TypeError);
  const ligne = `${files.get('cadre-esat-ea')} › « ${String((q.questions as Raw[])[0]!.id)} » › criteres[0] : critère inconnu « B1.C1.CR9 » : voir la page « Le référentiel »`;
  expect((erreur as Error).message).toBe(`Statistiques impossibles, critère(s) inconnu(s) :\n${ligne}`);
  // The build says the same.
  expect(build).toContain(ligne);
});

test('an activity registered twice names both registry files, not « même énoncé que » itself', () => {
  const site = mkdtempSync(path.join(os.tmpdir(), 'registres-'));
  try {
    for (const [dossier, liste] of [
      ['bloc-1', 'export const BLOC_1: readonly Activite[] = [accueil, autre];'],
      ['bloc-2', 'export const BLOC_2: readonly Activite[] = [\n  accueil,\n];'],
      ['bloc-3', 'export const BLOC_3: readonly Activite[] = [seul, seul];'],
    ] as const) {
      mkdirSync(path.join(site, 'quizzes', dossier), { recursive: true });
      writeFileSync(
        path.join(site, 'quizzes', dossier, 'index.ts'),
        `import type { Activite } from '@site/src/domain/activite';\nimport accueil from '../bloc-1/accueil.quiz';\nimport autre from './autre.cas';\nimport seul from './seul.quiz';\n${liste}\n`,
      );
    }
    const registres = registresDesActivites(site);
    expect(registres.get('accueil')).toEqual(['quizzes/bloc-1/index.ts', 'quizzes/bloc-2/index.ts']);
    expect(registres.get('autre')).toEqual(['quizzes/bloc-1/index.ts']);
    expect(registres.get('seul')).toEqual(['quizzes/bloc-3/index.ts', 'quizzes/bloc-3/index.ts']);
    const activite = { id: 'accueil', questions: [{ id: 'q1', enonce: 'Une question ?' }] };
    expect(checkBank([activite, activite], (id) => registres.get(id) ?? [])).toEqual([
      { activite: 'accueil', champ: 'id', message: 'activité enregistrée 2 fois, dans quizzes/bloc-1/index.ts et quizzes/bloc-2/index.ts : gardez-la dans un seul registre' },
    ]);
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
});

test('the real registries list every activity exactly once', () => {
  const registres = registresDesActivites(siteDir);
  expect(ACTIVITES.filter((a) => registres.get(a.id)?.length !== 1).map((a) => `${a.id} : ${String(registres.get(a.id))}`)).toEqual([]);
});
