/**
 * Statements of the learning record, turned into full xAPI statements, conform to
 * xAPI 1.0.3 according to an independent validator (Learning Locker's
 * xapi-validation, from npm): every kind of statement the site records.
 */
import fc from 'fast-check';
import validate from 'xapi-validation';
import { ACTIVITES } from '@site/quizzes/index';
import { buildStatement, type Statement } from '@site/src/domain/journal/statement';
import { iri, VERBS, type VerbKey } from '@site/src/domain/journal/iri';
import { catalogueXapi, fullStatement, LANGUE, MAX_MOTIFS, motifsTrous } from '@site/src/domain/xapi/export';
import { formatNombreExport } from '@site/src/domain/export/formes';
import { gapNames } from '@site/src/domain/quiz/kinds/texteATrous';
import { CRITERE_IDS } from '@site/src/referentiel';

const acteur = { learnerId: '3f2b8c1e-4d5a-4b6c-8d7e-9f0a1b2c3d4e', homePage: 'https://formation.example.org/moniteur-atelier/' };
let n = 0;
const horloge = { now: () => new Date('2026-03-01T09:00:00.000Z'), uuid: () => `00000000-0000-4000-8000-${String((n += 1)).padStart(12, '0')}` };
const complet = catalogueXapi(ACTIVITES, { reponses: true });
const publicCat = catalogueXapi(ACTIVITES, { reponses: false });

function warnings(statement: unknown): string[] {
  return validate(statement).map((w: { path: string[]; name: string; data?: unknown }) => `${w.path.join('.')} (${w.name}) ${JSON.stringify(w.data)?.slice(0, 80)}`);
}

/** One statement of each shape the site records, for every activity of the bank. */
function everyKind(): Statement[] {
  const out: Statement[] = [];
  for (const a of ACTIVITES) {
    if (a.kind === 'quiz') {
      for (const q of a.questions) {
        out.push(
          buildStatement(acteur, horloge, 'answered', { id: iri.question(a.id, q.id), type: 'interaction' }, { points: 0.5, max: 1, success: false, response: 'a[,]b', durationSeconds: 12.5 }, {
            criteres: q.criteres,
            parent: iri.activite(a.id),
            mode: 'entrainement',
            origine: 'quiz',
            confiance: 'pas-sur',
            tentative: 't1',
          }),
        );
      }
      out.push(buildStatement(acteur, horloge, 'completed', { id: iri.activite(a.id), type: 'assessment' }, { points: 7, max: 10, success: true, completion: true }, { criteres: [...new Set(a.questions.flatMap((q) => q.criteres))], origine: 'quiz', mode: 'examen' }));
      out.push(buildStatement(acteur, horloge, 'answered', { id: `${iri.h5p(a.id)}/questions/${a.questions[0]!.id}`, type: 'h5p' }, { points: 1, max: 1, success: true }, { criteres: a.questions[0]!.criteres, parent: iri.h5p(a.id), origine: 'h5p' }));
    } else {
      const node = a.noeuds.find((x) => x.type === 'situation')!;
      out.push(buildStatement(acteur, horloge, 'answered', { id: iri.noeud(a.id, node.id), type: 'interaction' }, { points: 1, max: 2, response: 'a', scoresParCritere: { [a.criteres[0]!]: 0.5 } }, { criteres: a.criteres, parent: iri.activite(a.id), origine: 'cas' }));
      out.push(buildStatement(acteur, horloge, 'completed', { id: iri.activite(a.id), type: 'simulation' }, { points: 5, max: 8, success: false, completion: true }, { criteres: a.criteres, origine: 'cas' }));
    }
  }
  return out;
}

test('every kind of recorded statement, for every activity, is valid xAPI 1.0.3 once exported', () => {
  const list = everyKind();
  expect(list.length).toBeGreaterThan(450);
  const problems = list.flatMap((s) => warnings(fullStatement(s, complet)).map((w) => `${s.object.id} : ${w}`));
  expect(problems).toEqual([]);
  const publicProblems = list.flatMap((s) => warnings(fullStatement(s, publicCat)).map((w) => `${s.object.id} : ${w}`));
  expect(publicProblems).toEqual([]);
});

test('exported statements carry French display names and definitions', () => {
  const a = ACTIVITES.find((x) => x.kind === 'quiz')!;
  const q = a.kind === 'quiz' ? a.questions[0]! : null;
  const s = buildStatement(acteur, horloge, 'answered', { id: iri.question(a.id, q!.id), type: 'interaction' }, { points: 1, max: 1, success: true }, { criteres: q!.criteres, parent: iri.activite(a.id), origine: 'quiz' });
  const full = fullStatement(s, complet) as {
    verb: { display: Record<string, string> };
    object: { definition: { name: Record<string, string>; interactionType: string; correctResponsesPattern?: string[] } };
    context: { language: string; contextActivities: { parent: { definition: { name: Record<string, string> } }[]; grouping: { definition: { name: Record<string, string> } }[] } };
  };
  expect(full.verb.display[LANGUE]).toBe('a répondu à');
  expect(full.object.definition.name[LANGUE]).toBeTruthy();
  expect(full.object.definition.correctResponsesPattern).toHaveLength(1);
  expect(full.context.language).toBe('fr-FR');
  expect(full.context.contextActivities.parent[0]!.definition.name[LANGUE]).toBe(a.titre);
  expect(full.context.contextActivities.grouping[0]!.definition.name[LANGUE]).toMatch(/^B\d\.C\d+\.CR\d+ — /);
  const pub = fullStatement(s, publicCat) as typeof full;
  expect(pub.object.definition.correctResponsesPattern).toBeUndefined();
});

test('the public catalogue holds no answer key, no feedback and no explanation', () => {
  const text = JSON.stringify(publicCat);
  expect(text).not.toContain('correctResponsesPattern');
  for (const a of ACTIVITES) {
    if (a.kind !== 'quiz') continue;
    for (const q of a.questions) expect([q.id, text.includes(JSON.stringify(q.explication).slice(1, -1))]).toEqual([q.id, false]);
  }
});

test('property: random statements built by the site are valid xAPI once exported', () => {
  const verbs = Object.keys(VERBS) as VerbKey[];
  fc.assert(
    fc.property(
      fc.constantFrom(...verbs),
      fc.integer({ min: 0, max: 20 }),
      fc.integer({ min: 1, max: 20 }),
      fc.option(fc.boolean(), { nil: undefined }),
      fc.option(fc.string({ maxLength: 30 }), { nil: undefined }),
      fc.subarray([...CRITERE_IDS], { minLength: 0, maxLength: 3 }),
      fc.double({ min: 0, max: 5000, noNaN: true }),
      (verb, points, max, success, response, criteres, duree) => {
        const s = buildStatement(acteur, horloge, verb, { id: iri.activite('cadre-esat-ea'), type: 'assessment' }, { points, max, success, response, durationSeconds: duree }, { criteres, origine: 'quiz' });
        return warnings(fullStatement(s, publicCat)).length === 0;
      },
    ),
    { numRuns: 300 },
  );
});

test('the validator does reject a broken statement (the check can fail)', () => {
  const s = everyKind()[0]!;
  const full = fullStatement(s, complet) as Record<string, unknown>;
  expect(warnings({ ...full, verb: { id: 'pas-une-iri' } }).length).toBeGreaterThan(0);
  expect(warnings({ ...full, result: { score: { scaled: 3 } } }).length).toBeGreaterThan(0);
});

test('an activity played in H5P gets the definition of the same activity on the site', () => {
  const a = ACTIVITES.find((x) => x.kind === 'quiz')!;
  const q = a.kind === 'quiz' ? a.questions[0]! : null;
  const s = buildStatement(acteur, horloge, 'answered', { id: `${iri.h5p(a.id)}/questions/${q!.id}`, type: 'h5p' }, { points: 1, max: 1 }, { criteres: q!.criteres, parent: iri.h5p(a.id), origine: 'h5p' });
  const full = fullStatement(s, publicCat) as { object: { definition: { name: Record<string, string>; interactionType: string } }; context: { contextActivities: { parent: { definition: { name: Record<string, string> } }[] } } };
  expect(full.object.definition.interactionType).toBeTruthy();
  expect(full.context.contextActivities.parent[0]!.definition.name[LANGUE]).toBe(a.titre);
});

describe('response patterns of the trainers’ export', () => {
  const questions = ACTIVITES.flatMap((a) => (a.kind === 'quiz' ? a.questions.map((q) => ({ a, q })) : []));

  test('a numeric range is written without float artefacts, and holds exactly value ± tolerance', () => {
    const problems: string[] = [];
    for (const { a, q } of questions) {
      if (q.type !== 'numerique') continue;
      const [pattern] = complet[iri.question(a.id, q.id)]!.correctResponsesPattern!;
      const [bas, haut] = pattern!.split('[:]');
      const attendu = [q.reponse.valeur - q.reponse.tolerance, q.reponse.valeur + q.reponse.tolerance].map(formatNombreExport);
      if (bas !== attendu[0] || haut !== attendu[1]) problems.push(`${a.id}/${q.id} : ${pattern}`);
      for (const borne of [bas!, haut!]) if (/\.\d{10,}/.test(borne)) problems.push(`${a.id}/${q.id} : artefact ${borne}`);
    }
    expect(problems).toEqual([]);
    expect(formatNombreExport(55.7 - 0.05)).toBe('55.65');
    expect(formatNombreExport(92.9 + 0.15)).toBe('93.05');
    expect(`${55.7 - 0.05}`).toBe('55.650000000000006');
  });

  test('a fill-in pattern accepts every accepted spelling of every gap, not only the first', () => {
    const problems: string[] = [];
    for (const { a, q } of questions) {
      if (q.type !== 'texte-a-trous') continue;
      const motifs = complet[iri.question(a.id, q.id)]!.correctResponsesPattern!;
      expect(motifs).toEqual(motifsTrous(q));
      const noms = gapNames(q.texte);
      if (motifs.length >= MAX_MOTIFS) continue;
      noms.forEach((nom, i) => {
        for (const reponse of q.trous[nom]!.acceptees) {
          const valeurs = noms.map((n, j) => (j === i ? reponse : q.trous[n]!.acceptees[0]!));
          if (!motifs.some((m) => m.replace(/^\{case_matters=(true|false)\}/, '') === valeurs.join('[,]'))) problems.push(`${a.id}/${q.id} : « ${reponse} » (trou ${nom}) refusé`);
        }
      });
    }
    expect(problems).toEqual([]);
  });

  test('a gap with two spellings and accents gives every combination', () => {
    const q = {
      type: 'texte-a-trous' as const,
      id: 't',
      enonce: 'e',
      criteres: ['B1.C1.CR1' as const],
      explication: 'x',
      source: 's',
      texte: 'Durée [[a]], puis [[b]].',
      trous: { a: { acceptees: ['6 mois', 'six mois'], feedback: 'f' }, b: { acceptees: ['période'], feedback: 'f' } },
    };
    expect(motifsTrous(q)).toEqual([
      '{case_matters=false}6 mois[,]période',
      '{case_matters=false}6 mois[,]periode',
      '{case_matters=false}six mois[,]période',
      '{case_matters=false}six mois[,]periode',
    ]);
  });
});
