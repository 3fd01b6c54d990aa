import { emptyJournal, mergeStatements, parseJournal, serializeJournal, validateJournal, JOURNAL_VERSION } from '@site/src/domain/journal/journal';
import { statementProblem } from '@site/src/domain/journal/lecture';
import { encode } from '@site/src/domain/journal/codec';

import { statement, LEARNER, HOME } from '../fixtures/statements';

test('a fresh journal round-trips', () => {
  const journal = { ...emptyJournal(LEARNER, HOME), statements: [statement(), statement()] };
  const parsed = parseJournal(serializeJournal(journal));
  expect(parsed).toEqual({ ok: true, journal, rejetes: [], migre: false, doublons: [] });
});

test.each([
  ['not JSON', '{oops', /JSON/],
  ['not an object', '[1,2]', /objet/],
  ['foreign format', JSON.stringify({ format: 'autre', version: 1 }), /journal d’apprentissage de ce site/],
  ['missing version', JSON.stringify({ format: 'moniteur-atelier/journal' }), /version/],
  ['bad learner id', JSON.stringify({ format: 'moniteur-atelier/journal', version: 1, learnerId: 'moi', homePage: HOME, entrees: [] }), /apprenant/],
  ['bad home page', JSON.stringify({ format: 'moniteur-atelier/journal', version: 1, learnerId: LEARNER, homePage: 'ailleurs', entrees: [] }), /homePage/],
  ['no statements', JSON.stringify({ format: 'moniteur-atelier/journal', version: 1, learnerId: LEARNER, homePage: HOME }), /traces/],
  ['prototype pollution', `{"format":"moniteur-atelier/journal","version":1,"learnerId":"${LEARNER}","homePage":"${HOME}","entrees":[],"__proto__":{"x":1}}`, /__proto__/],
])('refuses %s', (_label, text, message) => {
  const parsed = parseJournal(text);
  expect(parsed.ok).toBe(false);
  if (!parsed.ok) expect(parsed.raison).toMatch(message);
});

test('a document from a newer version is refused as « futur »', () => {
  const parsed = parseJournal(JSON.stringify({ format: 'moniteur-atelier/journal', version: JOURNAL_VERSION + 1, learnerId: LEARNER, homePage: HOME, entrees: [] }));
  expect(parsed).toMatchObject({ ok: false, futur: true });
});

test('invalid statements are set apart, valid ones kept', () => {
  const good = statement();
  const bad = statement();
  const parsed = parseJournal(JSON.stringify({ ...emptyJournal(LEARNER, HOME), statements: undefined, entrees: [encode(good), { ...encode(bad), t: 'hier' }, 42] }));
  expect(parsed.ok).toBe(true);
  if (!parsed.ok) return;
  expect(parsed.journal.statements).toEqual([good]);
  expect(parsed.rejetes.map((r) => [r.index, r.raison])).toEqual([
    [1, 'date (t) invalide'],
    [2, "n'est pas un objet"],
  ]);
});

test('migrations bring an old document up to date, one version at a time', () => {
  // Today the stored format is at version 1, with no migration yet. The mechanism
  // is exercised as it will be used: a hypothetical version 3 whose migrations
  // 1 → 2 (rename « traces » to « statements ») and 2 → 3 (add a field) exist.
  const calls: number[] = [];
  const options = {
    version: 3,
    migrations: {
      1: (doc: Record<string, unknown>) => {
        calls.push(1);
        const { traces, ...rest } = doc;
        return { ...rest, entrees: traces };
      },
      2: (doc: Record<string, unknown>) => {
        calls.push(2);
        return { ...doc, profil: 'principal' };
      },
    },
  };
  const s = statement();
  const parsed = validateJournal({ format: 'moniteur-atelier/journal', version: 1, learnerId: LEARNER, homePage: HOME, traces: [s].map(encode) }, options);
  expect(calls).toEqual([1, 2]);
  expect(parsed).toMatchObject({ ok: true, migre: true });
  if (parsed.ok) expect(parsed.journal.statements).toEqual([s]);
  const missing = validateJournal({ format: 'moniteur-atelier/journal', version: 1, learnerId: LEARNER, homePage: HOME, traces: [] }, { version: 3, migrations: {} });
  expect(missing).toEqual({ ok: false, raison: 'aucune migration depuis la version 1' });
  const failing = validateJournal(
    { format: 'moniteur-atelier/journal', version: 2, learnerId: LEARNER, homePage: HOME, entrees: [] },
    { version: 3, migrations: { 2: () => { throw new Error('boum'); } } },
  );
  expect(failing).toEqual({ ok: false, raison: 'la migration depuis la version 2 a échoué (boum)' });
});

test('statement validation names the problem', () => {
  const s = statement();
  expect(statementProblem(s)).toBeNull();
  expect(statementProblem({ ...s, id: 'x' })).toBe('identifiant (id) invalide');
  expect(statementProblem({ ...s, verb: { id: 'pas une iri' } })).toBe('verbe invalide');
  expect(statementProblem({ ...s, result: { score: { scaled: 2, raw: 1, min: 0, max: 1 } } })).toBe('score invalide');
  expect(statementProblem({ ...s, context: { extensions: { [Object.keys(s.context!.extensions!)[0]!]: ['B9.C9.CR9'] } } })).toBe(
    'critères inconnus dans le contexte',
  );
});

test('merging two journals keeps each statement once, in time order', () => {
  const a = statement({ when: '2026-01-01T10:00:00Z' });
  const b = statement({ when: '2026-01-01T09:00:00Z' });
  const c = statement({ when: '2026-01-01T11:00:00Z' });
  expect(mergeStatements([a, c], [b, a]).map((s) => s.id)).toEqual([b.id, a.id, c.id]);
});
