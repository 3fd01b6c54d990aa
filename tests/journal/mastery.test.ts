import { criteresATravailler, maitrise, maitriseCritere, preuves, FENETRE } from '@site/src/domain/journal/mastery';
import { caseDecision } from '@site/src/domain/journal/events';
import { statement } from '../fixtures/statements';
import { casFixture } from '../fixtures/cas';
import { CRITERE_IDS } from '@site/src/referentiel';

const at = (i: number) => `2026-02-01T10:${String(Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}Z`;

test('a critère without evidence is « non évalué »', () => {
  expect(maitriseCritere('B1.C1.CR1')).toEqual({ id: 'B1.C1.CR1', niveau: 'non-evalue', score: null, preuves: 0, derniere: null });
});

test('levels: acquis needs 3 pieces of evidence and 80 %', () => {
  const two = preuves([statement({ when: at(1) }), statement({ when: at(2) })]).get('B1.C1.CR1');
  expect(maitriseCritere('B1.C1.CR1', two).niveau).toBe('en-cours');
  const three = preuves([statement({ when: at(1) }), statement({ when: at(2) }), statement({ when: at(3) })]).get('B1.C1.CR1');
  expect(maitriseCritere('B1.C1.CR1', three).niveau).toBe('acquis');
  const weak = preuves([statement({ points: 0, when: at(1) }), statement({ points: 0, when: at(2) }), statement({ when: at(3) })]).get('B1.C1.CR1');
  expect(maitriseCritere('B1.C1.CR1', weak)).toMatchObject({ niveau: 'a-travailler', preuves: 3 });
});

test('only the last pieces of evidence count (window)', () => {
  const old = Array.from({ length: FENETRE }, (_, i) => statement({ points: 0, when: at(i) }));
  const recent = Array.from({ length: FENETRE }, (_, i) => statement({ points: 1, when: at(100 + i) }));
  const m = maitriseCritere('B1.C1.CR1', preuves([...recent, ...old]).get('B1.C1.CR1'));
  expect(m.score).toBe(1);
  expect(m.preuves).toBe(2 * FENETRE);
});

test('case decisions count per critère with their own notes', () => {
  const choix = casFixture.noeuds[0]!.type === 'situation' ? casFixture.noeuds[0]!.choix[1]! : null;
  const s = caseDecision(
    { learnerId: '3f2b8c1e-4d5a-4b6c-8d7e-9f0a1b2c3d4e', homePage: 'http://localhost/' },
    { now: () => new Date(at(1)), uuid: () => '00000000-0000-4000-8000-999999999999' },
    casFixture,
    'n1',
    choix!,
    't',
  );
  expect(preuves([s]).get('B1.C1.CR1')).toEqual([expect.objectContaining({ score: 0.5 })]);
});

test('rollups: compétence and bloc levels and coverage', () => {
  const all = [
    ...[1, 2, 3].map((i) => statement({ criteres: ['B1.C8.CR1'], when: at(i) })),
    ...[4, 5, 6].map((i) => statement({ criteres: ['B1.C8.CR2'], when: at(i), points: 0 })),
  ];
  const blocs = maitrise(all);
  const b1 = blocs[0]!;
  const c8 = b1.competences.find((c) => c.id === 'B1.C8')!;
  expect(c8.couverture).toBe(0.5);
  expect(c8.score).toBe(0.5);
  expect(c8.niveau).toBe('en-cours');
  expect(b1.couverture).toBeCloseTo(2 / CRITERE_IDS.filter((id) => id.startsWith('B1.')).length);
  expect(blocs[1]!.niveau).toBe('non-evalue');
  const todo = criteresATravailler(blocs);
  expect(todo[0]!.id).toBe('B1.C8.CR2');
  expect(todo.find((c) => c.id === 'B1.C8.CR1')).toBeUndefined();
});
