/**
 * H5P xAPI statements → our learning record. Fixtures: statements as H5P emits
 * them (our content type with its extensions; an imported H5P.MultiChoice with
 * H5P's own extensions), including verbs that do not feed progress.
 */
import { fromH5PStatement } from '@site/src/domain/h5p/xapi';
import { encode } from '@site/src/domain/journal/codec';
import { EXT, NS } from '@site/src/domain/journal/iri';
import { criteresOf, statementProblem } from '@site/src/domain/journal/lecture';
import { preuves } from '@site/src/domain/journal/mastery';

const acteur = { learnerId: '3f2b8c1e-4d5a-4b6c-8d7e-9f0a1b2c3d4e', homePage: 'http://localhost:3000/' };
let n = 0;
const horloge = { now: () => new Date('2026-11-28T10:00:00Z'), uuid: () => `00000000-0000-4000-8000-${String((n += 1)).padStart(12, '0')}` };

const h5pActor = { name: 'Anonyme', mbox: 'mailto:anonyme@example.org', objectType: 'Agent' };

/** As emitted by H5P.MoniteurAtelier for a checked question. */
const notreQuestion = {
  actor: h5pActor,
  verb: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } },
  object: {
    id: `${NS}h5p/cadre-esat-ea`,
    objectType: 'Activity',
    definition: {
      extensions: { 'http://h5p.org/x-api/h5p-local-content-id': 'ma-cadre-esat-ea', [EXT.question]: 'periode-essai' },
      name: { 'fr-FR': 'Depuis le décret n° 2025-844…' },
      interactionType: 'true-false',
      type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
    },
  },
  context: {
    contextActivities: { category: [{ id: 'http://h5p.org/libraries/H5P.MoniteurAtelier-1.1', objectType: 'Activity' }] },
    extensions: { [EXT.criteres]: ['B1.C1.CR3'] },
  },
  result: { score: { min: 0, max: 1, raw: 1, scaled: 1 }, success: true, completion: true, response: 'false' },
};

/** As emitted by an imported H5P.MultiChoice (no critères of ours). */
const multiChoice = {
  actor: h5pActor,
  verb: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } },
  object: {
    id: 'http://localhost/h5p/content/quiz-lumi',
    objectType: 'Activity',
    definition: { extensions: { 'http://h5p.org/x-api/h5p-local-content-id': 1 }, name: { 'en-US': 'Quiz Lumi' }, interactionType: 'choice' },
  },
  context: { contextActivities: { category: [{ id: 'http://h5p.org/libraries/H5P.MultiChoice-1.16', objectType: 'Activity' }] } },
  result: { score: { min: 0, max: 3, raw: 2, scaled: 0.6667 }, completion: true, success: false, duration: 'PT12.48S', response: '0[,]2' },
};

const interacted = { ...multiChoice, verb: { id: 'http://adlnet.gov/expapi/verbs/interacted' }, result: undefined };

test('a question of our content type becomes an answer on that question, with its critère', () => {
  const s = fromH5PStatement(notreQuestion, { activite: 'cadre-esat-ea', criteres: ['B1.C1.CR3', 'B1.C4.CR1'] }, acteur, horloge)!;
  expect(s.object.id).toBe(`${NS}h5p/cadre-esat-ea/questions/periode-essai`);
  expect(s.verb.id).toBe('http://adlnet.gov/expapi/verbs/answered');
  expect(criteresOf(s)).toEqual(['B1.C1.CR3']);
  expect(s.result).toMatchObject({ score: { raw: 1, max: 1, scaled: 1 }, success: true, response: 'false' });
  expect(s.actor.account.name).toBe(acteur.learnerId);
  expect(statementProblem(s)).toBeNull();
  expect(encode(s)).not.toBeNull();
});

test('an imported content answer gets the critères of its registry entry', () => {
  const s = fromH5PStatement(multiChoice, { activite: 'quiz-lumi', criteres: ['B2.C6.CR1'] }, acteur, horloge)!;
  expect(s.object.id).toBe(`${NS}h5p/quiz-lumi`);
  expect(criteresOf(s)).toEqual(['B2.C6.CR1']);
  expect(s.result).toMatchObject({ score: { raw: 2, max: 3 }, success: false, duration: 'PT12.48S', response: '0[,]2' });
  expect(preuves([s]).get('B2.C6.CR1')?.[0]?.score).toBeCloseTo(2 / 3, 3);
});

test('critères a statement declares outside the activity are ignored', () => {
  const foreign = { ...notreQuestion, context: { extensions: { [EXT.criteres]: ['B3.C1.CR1'] } } };
  const s = fromH5PStatement(foreign, { activite: 'cadre-esat-ea', criteres: ['B1.C1.CR3'] }, acteur, horloge)!;
  expect(criteresOf(s)).toEqual(['B1.C1.CR3']);
});

test('verbs that do not feed progress are dropped; answers without score too', () => {
  expect(fromH5PStatement(interacted, { activite: 'x', criteres: [] }, acteur, horloge)).toBeNull();
  expect(fromH5PStatement({ ...multiChoice, result: {} }, { activite: 'x', criteres: [] }, acteur, horloge)).toBeNull();
  expect(fromH5PStatement('pas un objet', { activite: 'x', criteres: [] }, acteur, horloge)).toBeNull();
});

test('completion becomes « completed » on the activity itself', () => {
  const completed = { ...multiChoice, verb: { id: 'http://adlnet.gov/expapi/verbs/completed' }, result: { score: { raw: 3, max: 3 }, success: true, completion: true } };
  const s = fromH5PStatement(completed, { activite: 'quiz-lumi', criteres: ['B2.C6.CR1'] }, acteur, horloge)!;
  expect(s.verb.id).toBe('http://adlnet.gov/expapi/verbs/completed');
  expect(s.object.id).toBe(`${NS}h5p/quiz-lumi`);
  expect(s.result?.completion).toBe(true);
});

test('a sub-content id from H5P names the sub-object; unsafe ids are not used', () => {
  const sub = { ...multiChoice, object: { ...multiChoice.object, definition: { extensions: { 'http://h5p.org/x-api/h5p-subContentId': 'b7a9c1d2-0000-4000-8000-000000000001' } } } };
  expect(fromH5PStatement(sub, { activite: 'q', criteres: ['B1.C1.CR1'] }, acteur, horloge)!.object.id).toBe(
    `${NS}h5p/q/sous-contenus/b7a9c1d2-0000-4000-8000-000000000001`,
  );
  const unsafe = { ...multiChoice, object: { ...multiChoice.object, definition: { extensions: { 'http://h5p.org/x-api/h5p-subContentId': '../../x y' } } } };
  expect(fromH5PStatement(unsafe, { activite: 'q', criteres: ['B1.C1.CR1'] }, acteur, horloge)!.object.id).toBe(`${NS}h5p/q`);
});
