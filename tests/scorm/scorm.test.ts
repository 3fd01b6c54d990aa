/**
 * SCORM 1.2 module, pure parts: API discovery through parent frames and opener,
 * a session that survives a missing or failing API, suspend_data within 4,096
 * characters (round trip when it fits, graceful loss when it cannot), the manifest.
 */
import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ACTIVITES } from '@site/quizzes/index';
import { dureeScorm, SessionScorm, trouverApi, type ApiScorm12, type Fenetre } from '@site/src/domain/scorm/api';
import { decoderSuspension, encoderSuspension, LIMITE_SUSPENSION, type EtatModule } from '@site/src/domain/scorm/suspension';
import { manifesteScorm } from '@site/src/domain/scorm/manifeste';
import { handlerOf } from '@site/src/domain/quiz/kinds';
import type { Reponse } from '@site/src/domain/quiz/types';

function fakeApi(): ApiScorm12 & { data: Record<string, string>; calls: string[] } {
  const data: Record<string, string> = { 'cmi.core.lesson_status': 'not attempted', 'cmi.suspend_data': '' };
  const calls: string[] = [];
  return {
    data,
    calls,
    LMSInitialize: () => (calls.push('init'), 'true'),
    LMSFinish: () => (calls.push('finish'), 'true'),
    LMSGetValue: (k) => data[k] ?? '',
    LMSSetValue: (k, v) => ((data[k] = v), 'true'),
    LMSCommit: () => (calls.push('commit'), 'true'),
    LMSGetLastError: () => '0',
    LMSGetErrorString: () => '',
    LMSGetDiagnostic: () => '',
  };
}

describe('API discovery', () => {
  test('finds the API in a parent, a grand-parent, or the opener’s parent; null when absent', () => {
    const api = fakeApi();
    const top: Fenetre = { API: api };
    (top as { parent?: Fenetre }).parent = top;
    const middle: Fenetre = { parent: top };
    const sco: Fenetre = { parent: middle };
    expect(trouverApi(sco)).toBe(api);
    const lms: Fenetre = { API: api, parent: null };
    const popup: Fenetre = { parent: null, opener: { parent: lms } };
    expect(trouverApi(popup)).toBe(api);
    expect(trouverApi({ parent: null })).toBeNull();
    expect(trouverApi({ parent: null, API: { LMSInitialize: 1 } })).toBeNull();
  });

  test('a cross-origin frame (which throws on access) is skipped, and the climb is bounded', () => {
    const hostile = Object.defineProperty({}, 'API', { get: () => { throw new Error('SecurityError'); } }) as Fenetre;
    expect(trouverApi({ parent: hostile })).toBeNull();
    let deep: Fenetre = { API: fakeApi(), parent: null };
    for (let i = 0; i < 20; i += 1) deep = { parent: deep };
    expect(trouverApi(deep, { max: 5 })).toBeNull();
    expect(trouverApi(deep)).not.toBeNull();
  });
});

describe('session', () => {
  test('reports status, score and suspend_data; sets incomplete on first launch; finishes with suspend', () => {
    const api = fakeApi();
    const s = new SessionScorm(api);
    expect(s.demarrer()).toEqual({ suspension: '', statut: 'not attempted' });
    expect(api.data['cmi.core.lesson_status']).toBe('incomplete');
    s.rapporter({ score: 66.666, statut: 'incomplete' }, '[1,[]]');
    expect(api.data).toMatchObject({ 'cmi.core.score.raw': '66.67', 'cmi.core.score.min': '0', 'cmi.core.score.max': '100', 'cmi.suspend_data': '[1,[]]' });
    s.terminer(3725.5, false);
    expect(api.data['cmi.core.session_time']).toBe('0001:02:05.50');
    expect(api.data['cmi.core.exit']).toBe('suspend');
    expect(api.calls).toEqual(['init', 'commit', 'commit', 'finish']);
  });

  test('without an API, or with a throwing one, nothing breaks', () => {
    const none = new SessionScorm(null);
    expect(none.demarrer()).toEqual({ suspension: '', statut: '' });
    expect(() => none.rapporter({ score: 10, statut: 'incomplete' }, 'x')).not.toThrow();
    expect(none.connectee).toBe(false);
    const broken = { ...fakeApi(), LMSInitialize: () => { throw new Error('boom'); } };
    const s = new SessionScorm(broken);
    expect(s.demarrer().suspension).toBe('');
    expect(s.erreurs[0]).toContain('boom');
  });

  test('session time format', () => {
    expect(dureeScorm(0)).toBe('0000:00:00.00');
    expect(dureeScorm(59.999)).toBe('0000:01:00.00');
    expect(dureeScorm(36000000)).toBe('9999:59:59.99');
  });
});

const modules = [ACTIVITES.filter((a) => a.bloc === 'B2').slice(0, 3), ACTIVITES.slice(0, 2)];

/** A random state of a module's activities. */
function etatAleatoire(activites: typeof ACTIVITES, rnd: () => number, texte: () => string): EtatModule {
  const out: EtatModule = {};
  for (const a of activites) {
    if (a.kind === 'quiz') {
      const reponses: Record<string, Reponse> = {};
      const verifiees: string[] = [];
      for (const q of a.questions) {
        const x = rnd();
        if (x < 0.2) continue;
        let r: Reponse = x < 0.3 ? { jeNeSaisPas: true } : (handlerOf(q).solution(q as never) as Reponse);
        if (q.type === 'numerique' && x > 0.6) r = { valeur: texte() };
        if (q.type === 'texte-a-trous' && x > 0.6) r = { trous: Object.fromEntries(Object.keys(q.trous).map((k) => [k, texte()])) };
        reponses[q.id] = r;
        if (rnd() < 0.7) verifiees.push(q.id);
      }
      out[a.id] = { reponses, verifiees, etapes: [], revele: false, commence: false };
    } else {
      const etapes = [];
      let node = a.noeuds.find((n) => n.id === a.debut)!;
      while (node.type === 'situation' && rnd() < 0.8) {
        const c = node.choix[Math.floor(rnd() * node.choix.length)]!;
        etapes.push({ noeud: node.id, choix: c.id });
        node = a.noeuds.find((n) => n.id === c.suivant)!;
      }
      out[a.id] = { reponses: {}, verifiees: [], etapes, revele: rnd() < 0.5 && etapes.length > 0, commence: true };
    }
  }
  return out;
}

/** What a state looks like after the round trip: the player keeps no empty entry. */
function normal(e: EtatModule): EtatModule {
  return Object.fromEntries(Object.entries(e).filter(([, v]) => Object.keys(v.reponses).length > 0 || v.etapes.length > 0 || v.commence));
}

test('property: suspend_data never exceeds 4,096 characters, and gives the state back whenever it fits', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 1 }), fc.integer(), fc.integer({ min: 0, max: 400 }), (m, seed, longueur) => {
      let s = seed;
      const rnd = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
      const texte = () => 'é’"\\<x'.repeat(1 + Math.floor(rnd() * longueur)).slice(0, longueur);
      const activites = modules[m]!;
      const etat = etatAleatoire(activites, rnd, texte);
      const { texte: data, complet } = encoderSuspension(activites, etat);
      if (data.length > LIMITE_SUSPENSION) return false;
      const back = decoderSuspension(activites, data);
      if (complet) expect(back).toEqual(normal(etat));
      else for (const [id, v] of Object.entries(back)) for (const q of v.verifiees) expect(etat[id]!.verifiees).toContain(q);
      return true;
    }),
    { numRuns: 300 },
  );
});

test('garbage suspend_data is ignored, never thrown', () => {
  const activites = modules[0]!;
  for (const bad of ['', 'x', '[2,[]]', '[1,[{"q":[[999,"a",1]]},{"e":[[0,99]]}]]', '{"__proto__":1}']) expect(() => decoderSuspension(activites, bad)).not.toThrow();
});

test('the manifest is well-formed SCORM 1.2 with one SCO listing every file', () => {
  const xml = manifesteScorm({ id: 'bloc-1-accueillir', titre: 'Accueillir « Karim » & co', fichiers: ['index.html', 'lecteur.js', 'styles.css'], seuil: 70 });
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false }).parse(xml);
  expect(doc.manifest.metadata).toEqual({ schema: 'ADL SCORM', schemaversion: '1.2' });
  expect(doc.manifest.organizations.organization.item['adlcp:masteryscore']).toBe('70');
  const res = doc.manifest.resources.resource;
  expect(res['@_adlcp:scormtype']).toBe('sco');
  expect(res['@_href']).toBe('index.html');
  expect(res.file.map((f: Record<string, string>) => f['@_href'])).toEqual(['index.html', 'lecteur.js', 'styles.css']);
  expect(doc.manifest.organizations.organization.title).toBe('Accueillir « Karim » & co');
});
