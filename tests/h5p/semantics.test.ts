/**
 * Our content type's semantics.json follows the H5P semantics format (checked
 * with the same rules as the official content types, which must pass too), and
 * the parameters we generate for every activity satisfy it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { ACTIVITES } from '@site/quizzes/index';
import { SEMANTICS, languageFile } from '@site/src/build/h5p/semantics';
import { contentProblems, semanticsProblems, type Field } from '@site/src/domain/h5p/semantique';
import { fromParams, toParams, decodeEntities } from '@site/src/domain/h5p/contenu';
import { formulesMathML } from '@site/src/build/h5p/construire';
import { CHEMINS } from '@site/src/build/chemins';

const officiels = path.resolve(__dirname, '..', '..', CHEMINS.officielsH5P);

test('our semantics.json follows the H5P semantics format', () => {
  expect(semanticsProblems(SEMANTICS)).toEqual([]);
});

test.each(readdirSync(officiels).filter((d) => d.startsWith('H5P.')))('the official %s semantics passes the same format checks', (lib) => {
  const semantics = JSON.parse(readFileSync(path.join(officiels, lib, 'semantics.json'), 'utf8'));
  expect(semanticsProblems(semantics)).toEqual([]);
});

test('the format checker refuses malformed semantics', () => {
  expect(semanticsProblems([])).toEqual(['semantics.json doit être un tableau de champs non vide']);
  expect(
    semanticsProblems([
      { name: 'a b', type: 'text' },
      { name: 'x', type: 'widget' },
      { name: 'l', type: 'list' },
      { name: 'g', type: 'group', fields: [] },
      { name: 's', type: 'select', options: [{ value: 'a', label: 'A' }], default: 'z' },
      { name: 'x', type: 'number', min: 5, max: 1 },
    ]),
  ).toEqual([
    'semantics[0] : nom de champ invalide « a b »',
    'semantics.x : type inconnu « widget »',
    'semantics.l : une liste a un champ « field »',
    'semantics.g : un groupe a une liste « fields » non vide',
    "semantics.s : la valeur par défaut n'est pas une option",
    'semantics[5] : nom de champ « x » en double',
    'semantics.x : min > max',
  ]);
});

test('language/fr.json mirrors the semantics tree', () => {
  const fr = languageFile(SEMANTICS);
  expect(fr.semantics).toHaveLength(SEMANTICS.length);
  const count = (fields: readonly Field[]): number =>
    fields.reduce((n, f) => n + 1 + (f.fields ? count(f.fields) : 0) + (f.field ? count([f.field]) : 0), 0);
  const countFr = (fields: readonly Record<string, unknown>[]): number =>
    fields.reduce(
      (n, f) => n + 1 + (Array.isArray(f.fields) ? countFr(f.fields as Record<string, unknown>[]) : 0) + (f.field ? countFr([f.field as Record<string, unknown>]) : 0),
      0,
    );
  expect(countFr(fr.semantics as Record<string, unknown>[])).toBe(count(SEMANTICS));
});

describe.each(ACTIVITES.map((a) => [a.id, a] as const))('activity %s as H5P parameters', (_id, activite) => {
  const params = toParams(activite, formulesMathML(activite));
  test('satisfy our semantics.json', () => {
    expect(contentProblems(params, SEMANTICS)).toEqual([]);
  });
  test('read back to the same activity', () => {
    const lecture = fromParams(params);
    expect(lecture.ok).toBe(true);
    if (!lecture.ok) return;
    const { h5p: _h5p, tirage: _t, duree: _d, ...sans } = activite as typeof activite & { tirage?: number; duree?: number };
    // `appuis` (author material, never shown) does not travel in the H5P package.
    const attendu = sans.kind === 'quiz' ? { ...sans, questions: sans.questions.map(({ appuis: _a, ...q }) => q) } : sans;
    expect(lecture.activite).toEqual(attendu);
  });
});

test('H5P hosts escape plain text: reading decodes their entities', () => {
  const activite = ACTIVITES.find((a) => a.kind === 'quiz')!;
  const params = toParams(activite) as { titre: string; questions: { enonce: string }[] };
  const escaped = JSON.parse(JSON.stringify(params).replace(/'/g, '&#039;').replace(/«/g, '&laquo;'));
  escaped.titre = "L&#039;ESAT &amp; l&#x27;EA";
  const lecture = fromParams(escaped);
  expect(lecture.ok).toBe(true);
  if (lecture.ok) expect(lecture.activite.titre).toBe("L'ESAT & l'EA");
  expect(decodeEntities('&lt;b&gt; &#233;t&eacute;')).toBe('<b> ét&eacute;');
});

test('content that does not follow the semantics is reported field by field', () => {
  expect(contentProblems({ genre: 'jeu', id: 'X', titre: 3, bloc: 'B1', seuil: 700, inconnu: 1 }, SEMANTICS)).toEqual([
    'content.inconnu : champ absent de semantics.json',
    "content.genre : « jeu » n'est pas une option (quiz, cas)",
    'content.id : « X » ne respecte pas le motif ^[a-z0-9]+(-[a-z0-9]+)*$',
    'content.titre : texte attendu',
    'content.seuil : 700 > maximum 100',
  ]);
});

test('invalid parameters are refused before anything is played, with the reason', () => {
  const activite = ACTIVITES.find((a) => a.kind === 'quiz')!;
  const params = toParams(activite) as { questions: { options?: { correct: boolean }[] }[] };
  const broken = JSON.parse(JSON.stringify(params));
  broken.questions[0].options.forEach((o: { correct: boolean }) => (o.correct = false));
  const lecture = fromParams(broken);
  expect(lecture.ok).toBe(false);
  if (!lecture.ok) expect(lecture.problemes.join('\n')).toMatch(/reponse/);
});

test('random strings survive the entity decoding of plain text', () => {
  fc.assert(
    fc.property(fc.string(), (s) => decodeEntities(s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/'/g, '&#039;')) === s),
    { numRuns: 500 },
  );
});
