/**
 * The error-review deck scheduled by FSRS (src/domain/apprenant/revision.ts): a missed
 * question is due at once, right answers space the reviews out, a miss brings it
 * back, a known question leaves; the same journal always gives the same deck, and the
 * deck of the former Leitner boxes carries over by replaying the journal.
 */
import { iri } from '@site/src/domain/journal/iri';
import type { Statement } from '@site/src/domain/journal/statement';
import { aReviser, paquet, parEcheance, SORTIE_JOURS } from '@site/src/domain/apprenant/revision';
import { statement } from '../fixtures/statements';
import { etatRealiste } from '@site/src/build/mesures/passeports';
import ancien from '../fixtures/revision-leitner.json';

const q = iri.question('sante-securite', 'q1');
const JOUR = 24 * 60 * 60 * 1000;
const at = (day: number) => new Date(Date.UTC(2026, 0, 1 + day, 10)).toISOString();
const jours = (depuis: string, jusqua: string) => (Date.parse(jusqua) - Date.parse(depuis)) / JOUR;

/** Right answers, each given on the day the card is due, in a new attempt, until the card leaves the deck. */
function reviserJusquaSortie(history: Statement[]): number[] {
  const intervalles: number[] = [];
  for (let n = 1; n < 20; n += 1) {
    const carte = paquet(history)[0];
    if (!carte) return intervalles;
    history.push(statement({ objet: q, points: 1, when: carte.echeance, tentative: `revision-${n}` }));
    const suivante = paquet(history)[0];
    if (suivante) {
      expect(jours(carte.echeance, suivante.echeance)).toBe(suivante.intervalle);
      intervalles.push(suivante.intervalle);
    }
  }
  throw new Error('La carte ne quitte jamais le paquet : vérifiez SORTIE_JOURS et le planificateur FSRS.');
}

describe('error review deck (FSRS)', () => {
  test('a question just missed is due at once: the learner can review it right after the quiz', () => {
    const history = [statement({ objet: q, points: 0, when: at(0), tentative: 'quiz-1' })];
    expect(paquet(history)).toEqual([{ activite: 'sante-securite', question: 'q1', echeance: at(0), intervalle: 0, ratees: 1, tentative: 'quiz-1' }]);
    expect(aReviser(history, new Date(at(0)))).toHaveLength(1);
    // A partly right answer is a miss too.
    expect(paquet([statement({ objet: q, points: 0.5, when: at(0) })])[0]).toMatchObject({ intervalle: 0, echeance: at(0) });
    // A right answer to a question never missed does not enter the deck.
    expect(paquet([statement({ objet: q, points: 1, when: at(0) })])).toEqual([]);
  });

  test('each right answer on time spaces the next review out, until the question is known and leaves the deck', () => {
    const history = [statement({ objet: q, points: 0, when: at(0), tentative: 'quiz-1' })];
    const intervalles = reviserJusquaSortie(history);
    // FSRS 6 default weights, 90 % retention, no fuzz: the same schedule on every machine.
    expect(intervalles).toEqual([3, 3, 9, 24]);
    expect(intervalles.every((n) => n <= SORTIE_JOURS)).toBe(true);
    expect(paquet(history)).toEqual([]);
  });

  test('a miss after right answers makes the card due at once again, and counts the misses', () => {
    const history = [statement({ objet: q, points: 0, when: at(0), tentative: 'quiz-1' })];
    for (const [day, n] of [[0, 1], [3, 2], [6, 3]] as const) history.push(statement({ objet: q, points: 1, when: at(day), tentative: `revision-${n}` }));
    expect(paquet(history)[0]).toMatchObject({ intervalle: 9, echeance: at(15) });
    history.push(statement({ objet: q, points: 0, when: at(15), tentative: 'quiz-2' }));
    expect(paquet(history)[0]).toMatchObject({ intervalle: 0, echeance: at(15), ratees: 2 });
    expect(aReviser(history, new Date(at(15)))).toHaveLength(1);
    expect(aReviser(history, new Date(Date.parse(at(15)) - 1))).toEqual([]);
  });

  test('a right answer in the attempt of the miss (retry after the correction) or well before the review date does not move the card', () => {
    const history = [statement({ objet: q, points: 0, when: at(0), tentative: 'quiz-1' }), statement({ objet: q, points: 1, when: at(0), tentative: 'quiz-1' })];
    expect(paquet(history)[0]).toMatchObject({ intervalle: 0, echeance: at(0) });
    // Reviewed in another attempt (the review session): due 3 days later.
    history.push(statement({ objet: q, points: 1, when: at(0), tentative: 'revision-1' }));
    expect(paquet(history)[0]).toMatchObject({ intervalle: 3, echeance: at(3) });
    // Right again the next day: too early to count.
    history.push(statement({ objet: q, points: 1, when: at(1), tentative: 'revision-2' }));
    expect(paquet(history)[0]).toMatchObject({ intervalle: 3, echeance: at(3) });
  });

  test('H5P answers of the same question count; only due cards are proposed', () => {
    const h5p = 'https://moniteur-atelier.github.io/xapi/h5p/sante-securite/questions/q1';
    const history = [statement({ objet: h5p, points: 0, when: at(1) })];
    expect(aReviser(history, new Date(at(0)))).toEqual([]);
    expect(aReviser(history, new Date(at(1)))).toHaveLength(1);
  });

  test('deterministic: the same journal, in any order, gives the same deck; the groups by review date count every card', () => {
    const { statements } = etatRealiste({ nom: 'Samia', graine: 21, traces: 400 }).journal;
    const deck = paquet(statements);
    expect(paquet([...statements].reverse())).toEqual(deck);
    const now = new Date(statements.at(-1)!.timestamp);
    expect(aReviser(statements, now)).toEqual(deck.filter((c) => Date.parse(c.echeance) <= now.getTime()));
    const groupes = parEcheance(deck, now);
    expect(groupes).toHaveLength(3);
    expect(groupes.reduce((a, b) => a + b, 0)).toBe(deck.length);
    expect(groupes[0]).toBe(aReviser(statements, now).length);
  });
});

describe('migration from the Leitner boxes', () => {
  // Nothing was stored: the deck was, and is, derived from the journal. The fixture is the deck the
  // Leitner boxes gave for this journal, before FSRS; replaying the same journal must keep every card.
  const { statements } = etatRealiste({ nom: 'Migration', graine: ancien.graine, traces: ancien.traces }).journal;
  const deck = new Map(paquet(statements).map((c) => [`${c.activite}/${c.question}`, c]));
  const cartes = ancien.cartes as [string, number, string][];

  test('the same questions stay in the deck: none lost, none added', () => {
    expect(cartes.length).toBeGreaterThan(50);
    expect([...deck.keys()].sort()).toEqual(cartes.map(([cle]) => cle).sort());
  });

  test('a card in box 1 (missed last) is due at the same instant; the others come back within a month of their last answer', () => {
    expect(cartes.some(([, boite]) => boite > 1)).toBe(true);
    for (const [cle, boite, echeance] of cartes) {
      const carte = deck.get(cle)!;
      if (boite === 1) expect([cle, carte.echeance, carte.intervalle]).toEqual([cle, echeance, 0]);
      else expect([cle, carte.intervalle > 0 && carte.intervalle <= SORTIE_JOURS]).toEqual([cle, true]);
    }
  });
});
