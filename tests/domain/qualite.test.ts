/**
 * The item-quality rules (src/domain/qualite/items.ts) on small banks built for
 * the purpose: a balanced bank keeps every rule, and each rule fails on the bank
 * that breaks it, with a message that says what to change.
 */
import { mesurerQualite, estReglementaire, sourceOfficielle, type QualiteItems } from '@site/src/domain/qualite/items';
import type { Question, Quiz } from '@site/src/domain/quiz/types';
import type { Cas } from '@site/src/domain/cas/types';
import { casFixture } from '../fixtures/cas';

const base = { criteres: ['B1.C1.CR1'] as const, explication: 'Le principe.', source: 'Leçon Accueillir' };
const opt = (id: string, texte: string) => ({ id, texte, feedback: 'Parce que.' });
const quiz = (questions: Question[]): Quiz => ({ kind: 'quiz', id: 'essai', titre: 'Essai', bloc: 'B1', questions });

/** Same-length options (26 characters each), the key rotating over the positions. */
const MOTS = ['Préparer le poste la veille', 'Montrer le geste deux fois', 'Lire la fiche avec la salariée', 'Noter ce que la personne dit'];
function unique(i: number, cle: number): Question {
  const ids = ['a', 'b', 'c', 'd'];
  return { ...base, type: 'choix-unique', id: `u${i}`, enonce: `Situation numéro ${i} ?`, options: ids.map((id, j) => opt(id, MOTS[(j + i) % 4]!.padEnd(30, '.'))), reponse: ids[cle]! };
}
const vf = (i: number, reponse: boolean): Question => ({ ...base, type: 'vrai-faux', id: `v${i}`, enonce: `Affirmation ${i}.`, reponse, feedback: { vrai: 'x', faux: 'y' } });
function multiples(i: number, bonnes: number): Question {
  const ids = ['a', 'b', 'c', 'd'];
  // The right options rotate too: no position and no length tells them apart.
  const reponses = Array.from({ length: bonnes }, (_, k) => ids[(i + k) % 4]!);
  return { ...base, type: 'choix-multiples', id: `m${i}`, enonce: `Lesquels ${i} ?`, options: ids.map((id, j) => opt(id, MOTS[j]!.padEnd(30, '.'))), reponses };
}

const equilibree = quiz([
  ...[0, 1, 2, 3, 0, 1, 2, 3].map((cle, i) => unique(i, cle)),
  ...[true, false, true, false].map((r, i) => vf(i, r)),
  ...[1, 2, 3, 1, 2, 3].map((n, i) => multiples(i, n)),
]);
const regles = (q: QualiteItems) => [...new Set(q.problemes.map((p) => p.regle))].sort();

test('a balanced bank keeps every rule', () => {
  const q = mesurerQualite([equilibree], []);
  expect(q.problemes).toEqual([]);
  expect(q.respecte).toBe(true);
  expect(q.choixUnique.cleLaPlusLongue).toBeCloseTo(0.25);
  for (const s of q.strategies) expect([s.nom, s.avance <= 0.1]).toEqual([s.nom, true]);
});

test('the longest option as key: the share, the per-question lengths and the strategy fail', () => {
  const longue = (i: number): Question => ({
    ...base,
    type: 'choix-unique',
    id: `l${i}`,
    enonce: `Situation ${i} ?`,
    options: [opt('a', 'Vous préparez le poste avec elle et vous lui montrez chaque geste calmement'), opt('b', 'Vous attendez'), opt('c', 'Vous lui dites de se débrouiller'), opt('d', 'Vous appelez la direction')],
    reponse: 'a',
  });
  const q = mesurerQualite([quiz([...equilibree.questions, ...[0, 1, 2, 3, 4, 5, 6, 7].map(longue)])], []);
  expect(regles(q)).toEqual(['longueurs', 'strategie']);
  expect(q.problemes.map((p) => p.message)).toContain('choix unique : la bonne réponse est l’option la plus longue dans 63 % des questions (10 sur 16) ; limite 35 %');
  expect(q.problemes.find((p) => p.ou === 'essai › l0')?.message).toMatch(/^la bonne réponse fait 75 caractères, 3,\d\d fois la longueur moyenne des autres options/);
  expect(q.problemes.some((p) => p.message.startsWith('stratégie « choix unique : l’option la plus longue »'))).toBe(true);
});

test('too many « faux »', () => {
  const q = mesurerQualite([quiz([...equilibree.questions, vf(10, false), vf(11, false), vf(12, false)])], []);
  expect(q.problemes.map((p) => p.message)).toContain('vrai-faux : 29 % des réponses sont « vrai » (2 sur 7) ; attendu entre 40 % et 60 %');
  expect(q.problemes.some((p) => p.message.startsWith('stratégie « vrai-faux : toujours « faux » »'))).toBe(true);
});

test('always the same number of right options in choix multiples', () => {
  const q = mesurerQualite([quiz([...equilibree.questions.filter((x) => x.type !== 'choix-multiples'), multiples(1, 3), multiples(2, 3), multiples(3, 3)])], []);
  expect(q.problemes.map((p) => p.message)).toEqual(
    expect.arrayContaining(['choix multiples : aucune question n’a 1, 2 bonne(s) réponse(s) ; utilisez toutes les valeurs de 1 à 3', 'choix multiples : 100 % des questions ont le même nombre de bonnes réponses ; au plus 50 %']),
  );
});

test('a regulatory item cites a legal text or an official body', () => {
  expect(estReglementaire({ explication: 'La rémunération garantie va de 55,7 % à 110,7 % du SMIC.' })).toBe(true);
  expect(estReglementaire({ explication: 'Écouter avant de proposer une solution.' })).toBe(false);
  expect(sourceOfficielle('CASF, art. R243-5')).toBe(true);
  expect(sourceOfficielle('Leçon Le cadre, § La rémunération')).toBe(false);
  // Names that end on a sign (« n° ») are followed by a space, not a word boundary.
  expect(sourceOfficielle('décret n° 2022-1561')).toBe(true);
  expect(sourceOfficielle('loi n° 2023-1196 du 18 décembre 2023')).toBe(true);
  expect(sourceOfficielle('Leçon Le décret, § Annexe')).toBe(false);
  const q = mesurerQualite([quiz([...equilibree.questions, { ...vf(20, true), explication: 'Le contrat est signé dans le mois (décret).' }, vf(21, false)])], []);
  expect(q.problemes.find((p) => p.regle === 'source')).toMatchObject({ ou: 'essai › v20' });
  expect(q.reglementaires).toEqual({ questions: 1, sansSourceOfficielle: 1 });
});

describe('case studies', () => {
  test('the fixture case has its trap; its best choices are not the longest', () => {
    const q = mesurerQualite([], [casFixture]);
    expect(q.cas.sansPiege).toEqual([]);
    expect(q.problemes.filter((p) => p.regle === 'piege')).toEqual([]);
  });
  test('a case without a trap, whose best choice is always the longest, fails', () => {
    const cas = JSON.parse(JSON.stringify(casFixture)) as { noeuds: { type: string; choix?: { texte: string; piege?: boolean; scores: Record<string, number> }[] }[] } & Cas;
    for (const n of cas.noeuds) {
      for (const c of n.choix ?? []) {
        delete c.piege;
        const note = Object.values(c.scores).reduce((a, b) => a + b, 0);
        c.texte = `${'Très bien argumenté '.repeat(note + 1)}`;
      }
    }
    const q = mesurerQualite([], [cas]);
    expect(q.cas.sansPiege).toEqual(['cas-test']);
    expect(q.cas.meilleurLePlusLong).toBe(1);
    expect(regles(q)).toEqual(expect.arrayContaining(['cas', 'piege', 'strategie']));
    expect(q.problemes.some((p) => p.message.startsWith('stratégie « mise en situation : toujours le choix le plus long »'))).toBe(true);
  });
});
