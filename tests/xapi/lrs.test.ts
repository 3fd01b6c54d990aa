/**
 * Forwarding to an LRS, against a real LRS process on loopback (Learning
 * Locker's xapi-statements, in memory) behind a proxy that validates every
 * request with xapi-validation: batches arrive valid, retries after 503 use
 * exponential backoff and the same ids (the LRS holds each statement once), the
 * queue survives a reload and an offline period, a refused key stops sending,
 * an endpoint outside LRS_ORIGINS is refused with a French explanation.
 */
import { ACTIVITES } from '@site/quizzes/index';
import { MemoryStore } from '@site/src/domain/journal/document';
import { clesLrs, lrsRegle } from '@site/src/domain/journal/keys';
import { buildStatement, type Statement } from '@site/src/domain/journal/statement';
import { iri } from '@site/src/domain/journal/iri';
import { catalogueXapi } from '@site/src/domain/xapi/export';
import { authorization, delai, TransfertLrs, type Dependances } from '@site/src/domain/xapi/lrs';
import { connectSrc, parseLrsOrigins, verifierEndpoint } from '@site/src/domain/xapi/origines';
import { CLE_TEST, demarrer, type Harnais } from '../lrs/harnais';

jest.setTimeout(180_000);

let h: Harnais;
beforeAll(async () => {
  h = await demarrer();
});
afterAll(async () => {
  await h?.fermer();
});

const acteur = { learnerId: '3f2b8c1e-4d5a-4b6c-8d7e-9f0a1b2c3d4e', homePage: 'https://formation.example.org/' };
let n = 0;
function statements(count: number): Statement[] {
  const quiz = ACTIVITES.find((a) => a.kind === 'quiz')!;
  if (quiz.kind !== 'quiz') throw new Error('quiz attendu');
  return Array.from({ length: count }, (_x, i) => {
    const q = quiz.questions[i % quiz.questions.length]!;
    n += 1;
    return buildStatement(
      acteur,
      { now: () => new Date(Date.UTC(2026, 2, 1, 9, 0, n % 60)), uuid: () => `6fbd600f-d17c-4c74-801a-${String(n).padStart(12, '0')}` },
      'answered',
      { id: iri.question(quiz.id, q.id), type: 'interaction' },
      { points: i % 2, max: 1, success: i % 2 === 1, response: 'a' },
      { criteres: q.criteres, parent: iri.activite(quiz.id), origine: 'quiz' },
    );
  });
}

const catalogue = catalogueXapi(ACTIVITES, { reponses: false });

/** Dependencies with controllable time and connectivity. */
function deps(kv: MemoryStore, options: { origines?: string[] } = {}) {
  const timers: { fn: () => void; ms: number }[] = [];
  let online = true;
  const d: Dependances = {
    kv,
    cles: clesLrs('ns'),
    origines: options.origines ?? [h.origin],
    fetch: (url, init) => fetch(url, init),
    setTimeout: (fn, ms) => {
      timers.push({ fn, ms });
      return timers.length;
    },
    clearTimeout: () => undefined,
    now: () => new Date('2026-03-01T10:00:00Z'),
    enLigne: () => online,
    catalogue: async () => catalogue,
  };
  return {
    d,
    timers,
    setOnline: (v: boolean) => {
      online = v;
    },
    /** Runs the last scheduled retry and waits for it. */
    async tick(t: TransfertLrs) {
      const next = timers.at(-1);
      next?.fn();
      await t.envoyer();
    },
  };
}

/** Waits (without forcing a send, which would skip the backoff) until the condition holds. */
async function attendre(_t: TransfertLrs, cond: () => boolean) {
  for (let i = 0; i < 1000 && !cond(); i += 1) await new Promise((r) => setTimeout(r, 10));
}

test('statements reach the real LRS in valid batches, each exactly once', async () => {
  const kv = new MemoryStore();
  const { d } = deps(kv);
  const t = await TransfertLrs.ouvrir(d);
  expect(await t.configurer({ endpoint: h.endpoint, cle: CLE_TEST })).toEqual({ ok: true });
  const list = statements(30);
  const before = h.requetes.length;
  await t.ajouter(list);
  await t.ajouter(list.slice(0, 5)); // same ids again: not queued twice
  await attendre(t, () => t.statut.enAttente === 0 && t.statut.etat === 'a-jour');
  expect(t.statut).toMatchObject({ etat: 'a-jour', enAttente: 0, envoyees: 30 });
  const mine = h.requetes.slice(before);
  expect(mine.map((r) => r.ids.length)).toEqual([25, 5]);
  expect(mine.flatMap((r) => r.problemes)).toEqual([]);
  const stored = await h.stockees();
  for (const s of list) expect([s.id, stored.get(s.id)]).toEqual([s.id, 1]);
});

test('the journal loads the LRS code only once a trainer has saved settings on this device (lrsRegle)', async () => {
  const kv = new MemoryStore();
  expect(await lrsRegle(kv, 'ns')).toBe(false);
  const t = await TransfertLrs.ouvrir(deps(kv).d);
  expect(await t.configurer({ endpoint: h.endpoint, cle: CLE_TEST })).toEqual({ ok: true });
  expect(await lrsRegle(kv, 'ns')).toBe(true);
  expect(await lrsRegle(kv, 'autre-site')).toBe(false);
  await t.configurer(null);
  expect(await lrsRegle(kv, 'ns')).toBe(false);
  expect(await lrsRegle(null, 'ns')).toBe(false);
});

test('after 503 the same statements are retried with exponential backoff; the LRS holds each once', async () => {
  const kv = new MemoryStore();
  const { d, timers, tick } = deps(kv);
  const t = await TransfertLrs.ouvrir(d);
  await t.configurer({ endpoint: h.endpoint, cle: CLE_TEST });
  h.echouer(3);
  const list = statements(4);
  const before = h.requetes.length;
  await t.ajouter(list);
  await attendre(t, () => t.statut.etat === 'nouvel-essai');
  expect(t.statut.etat).toBe('nouvel-essai');
  expect(t.statut.message).toContain('HTTP 503');
  await tick(t);
  await tick(t);
  await tick(t);
  expect(timers.map((x) => x.ms)).toEqual([2000, 4000, 8000]);
  expect(t.statut).toMatchObject({ etat: 'a-jour', enAttente: 0 });
  const mine = h.requetes.slice(before);
  expect(mine.map((r) => r.status)).toEqual([503, 503, 503, 200]);
  for (const r of mine) expect(r.ids).toEqual(list.map((s) => s.id));
  expect(mine.flatMap((r) => r.problemes)).toEqual([]);
  // Sending them again (a retry after a lost response) adds nothing to the LRS.
  await fetch(`${h.endpoint}statements`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3', Authorization: authorization(CLE_TEST) }, body: JSON.stringify(list.map((s) => ({ ...s, verb: { ...s.verb, display: { 'fr-FR': 'a répondu à' } } }))) });
  const stored = await h.stockees();
  for (const s of list) expect(stored.get(s.id)).toBe(1);
});

test('the queue survives a reload and an offline period', async () => {
  const kv = new MemoryStore();
  const first = deps(kv);
  first.setOnline(false);
  const t1 = await TransfertLrs.ouvrir(first.d);
  await t1.configurer({ endpoint: h.endpoint, cle: CLE_TEST });
  const list = statements(7);
  await t1.ajouter(list);
  expect(t1.statut).toMatchObject({ etat: 'hors-ligne', enAttente: 7 });
  // Reload: a new page opens the same storage, still offline.
  const second = deps(kv);
  second.setOnline(false);
  const t2 = await TransfertLrs.ouvrir(second.d);
  expect(t2.statut).toMatchObject({ configure: true, enAttente: 7 });
  second.setOnline(true);
  t2.enLigne();
  await attendre(t2, () => t2.statut.enAttente === 0);
  expect(t2.statut.etat).toBe('a-jour');
  const stored = await h.stockees();
  for (const s of list) expect(stored.get(s.id)).toBe(1);
  expect(JSON.parse((await kv.get('ns/lrs/file'))!).statements).toEqual([]);
});

test('a refused key stops sending and keeps the queue; Retry-After is respected', async () => {
  const kv = new MemoryStore();
  const { d } = deps(kv);
  const t = await TransfertLrs.ouvrir(d);
  await t.configurer({ endpoint: h.endpoint, cle: 'formatrice:mauvais' });
  await t.ajouter(statements(2));
  await attendre(t, () => t.statut.etat === 'refuse');
  expect(t.statut).toMatchObject({ etat: 'refuse', enAttente: 2 });
  expect(t.statut.message).toContain("refuse la clé d'écriture (HTTP 401)");
  expect(delai(0, '30')).toBe(30000);
  expect(delai(0)).toBe(2000);
  expect(delai(30)).toBe(600000);
});

test('an endpoint outside LRS_ORIGINS is refused, in French, naming the variable', async () => {
  const t = await TransfertLrs.ouvrir(deps(new MemoryStore(), { origines: ['https://lrs.mon-centre.fr'] }).d);
  const r = await t.configurer({ endpoint: 'https://lrs.ailleurs.example/xapi', cle: 'a:b' });
  expect(r.ok).toBe(false);
  if (!r.ok) {
    expect(r.raison).toContain("L'adresse « https://lrs.ailleurs.example » n'est pas autorisée.");
    expect(r.raison).toContain('LRS_ORIGINS');
    expect(r.raison).toContain('https://lrs.mon-centre.fr');
  }
  expect(verifierEndpoint('https://lrs.mon-centre.fr/data/xAPI', ['https://lrs.mon-centre.fr'])).toEqual({ ok: true, endpoint: 'https://lrs.mon-centre.fr/data/xAPI/' });
  expect(verifierEndpoint('pas une adresse', []).ok).toBe(false);
  const none = verifierEndpoint('https://x.fr/', []);
  expect(none.ok === false && none.raison).toContain("Aucun LRS n'est autorisé pour ce site.");
});

test('LRS_ORIGINS is parsed into origins, and gives the CSP connect-src', () => {
  expect(parseLrsOrigins(undefined)).toEqual([]);
  expect(parseLrsOrigins(' https://lrs.a.fr , https://lrs.b.fr:8443/ ,,')).toEqual(['https://lrs.a.fr', 'https://lrs.b.fr:8443']);
  expect(() => parseLrsOrigins('lrs.a.fr')).toThrow(/LRS_ORIGINS invalide : « lrs.a.fr »/);
  expect(() => parseLrsOrigins('https://lrs.a.fr/xapi')).toThrow(/sans chemin/);
  expect(connectSrc(['https://lrs.a.fr'])).toBe("connect-src 'self' https://lrs.a.fr");
});

test('keys: « identifiant:secret » becomes Basic authentication (UTF-8)', () => {
  expect(authorization('formatrice:secret')).toBe(`Basic ${Buffer.from('formatrice:secret').toString('base64')}`);
  expect(authorization('é:ü')).toBe(`Basic ${Buffer.from('é:ü').toString('base64')}`);
  expect(authorization('Basic abc=')).toBe('Basic abc=');
  expect(authorization('abc=')).toBe('Basic abc=');
});
