/**
 * The progress passport: export → import is the identity; a corpus of malformed
 * files is refused with a French message naming the problem, and the stored data
 * stays byte for byte what it was; merge rules; checksum.
 */
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { CRITERE_IDS } from '@site/src/referentiel';
import { emptyJournal, type Journal } from '@site/src/domain/journal/journal';
import { storeKeys } from '@site/src/domain/journal/keys';
import { MemoryStore } from '@site/src/domain/journal/document';
import { JournalStore } from '@site/src/domain/journal/store';
import { buildStatement } from '@site/src/domain/journal/statement';
import { iri } from '@site/src/domain/journal/iri';
import { creerPasseport, fusionner, importerPasseport, lirePasseport } from '@site/src/domain/apprenant/passeport';
import { PASSEPORT_TAILLE_MAX } from '@site/src/domain/apprenant/passeport-taille';
import { profilVide, type Profil } from '@site/src/domain/profil/profil';
import { ProfilStore } from '@site/src/domain/profil/profil-store';
import { sha256Hex } from '@site/src/domain/texte/sha256';
import { statement, LEARNER, HOME } from '../fixtures/statements';

const REVISION = 'abc123def456';
const now = new Date('2026-11-28T12:00:00Z');

function etat(n = 3, nom = 'Samia'): { journal: Journal; profil: Profil } {
  const statements = Array.from({ length: n }, () => statement());
  return {
    journal: { ...emptyJournal(LEARNER, HOME), statements },
    profil: {
      ...profilVide(nom),
      positionnement: { entree: { date: '2026-09-01', niveaux: { 'B1.C1': 'aide', 'B2.C6': 'pas-encore' } } },
      livret: { structure: 'ESAT Les Tilleuls' },
    },
  };
}

const original = etat();
const texte = creerPasseport(original, { now, revisionContenu: REVISION });
const doc = () => JSON.parse(texte) as Record<string, unknown>;
/** Re-sign a modified document, as a forger would, to test the checks behind the checksum. */
function signe(d: Record<string, unknown>): string {
  const body = [d.cree, d.revisionContenu, d.apprenant, d.journal, d.profil];
  return JSON.stringify({ ...d, somme: sha256Hex(JSON.stringify(body)) });
}

test('the checksum is a real SHA-256', () => {
  // Published vectors (FIPS 180-2), then padding edges (55, 56, 64 bytes) and UTF-8 text, against Node's own.
  expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
  expect(sha256Hex('a'.repeat(1_000_000))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  for (const s of ['é'.repeat(300), 'x'.repeat(55), 'x'.repeat(56), 'x'.repeat(64), 'Élève « moniteur » — 🛠️ atelier\u202f!']) {
    expect(sha256Hex(s)).toBe(createHash('sha256').update(s).digest('hex'));
  }
});

test('a passport reads back to the same learner state', () => {
  const lecture = lirePasseport(texte, { revisionContenu: REVISION });
  expect(lecture.ok).toBe(true);
  if (lecture.ok) {
    expect(lecture.etat).toEqual(original);
    expect(lecture.traces).toBe(3);
    expect(lecture.avertissements).toEqual([]);
  }
});

test('fast-check: export → import is the identity', () => {
  const uuid = fc.uuid({ version: 4 });
  const raw = fc.record({
    id: uuid,
    when: fc.date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2026-11-28T00:00:00Z'), noInvalidDate: true }),
    points: fc.integer({ min: 0, max: 4 }),
    criteres: fc.uniqueArray(fc.constantFrom(...CRITERE_IDS), { maxLength: 2 }),
    quiz: fc.constantFrom('accueillir', 'sante-securite', 'plan-developpement'),
  });
  fc.assert(
    fc.property(fc.uniqueArray(raw, { maxLength: 30, selector: (r) => r.id }), fc.string({ maxLength: 40 }).filter((s) => !/[<>]/.test(s)), (rows, nom) => {
      const statements = rows.map((r) =>
        buildStatement(
          { learnerId: LEARNER, homePage: HOME },
          { now: () => r.when, uuid: () => r.id },
          'answered',
          { id: iri.question(r.quiz, 'q1'), type: 'interaction' },
          { points: r.points, max: 4, response: 'a' },
          { criteres: r.criteres, origine: 'quiz' },
        ),
      );
      const original = { journal: { ...emptyJournal(LEARNER, HOME), statements }, profil: profilVide(nom) };
      const lecture = lirePasseport(creerPasseport(original, { now, revisionContenu: REVISION }), { revisionContenu: REVISION });
      return lecture.ok && JSON.stringify(lecture.etat) === JSON.stringify(original);
    }),
    { numRuns: 300 },
  );
});

const MALFORMES: [string, () => string, RegExp][] = [
  ['empty file', () => '', /vide/],
  ['truncated', () => texte.slice(0, texte.length - 40), /tronqué ou abîmé/],
  ['cut in the middle', () => texte.slice(0, Math.floor(texte.length / 2)), /tronqué ou abîmé/],
  ['not JSON', () => 'Bonjour, voici mon passeport', /pas du JSON/],
  ['JSON array', () => '[1, 2, 3]', /pas un passeport/],
  ['JSON string', () => '"passeport"', /pas un passeport/],
  ['JSON null', () => 'null', /pas un passeport/],
  ['foreign JSON', () => JSON.stringify({ name: 'autre application', data: [] }), /pas un passeport de progression de ce site/],
  ['raw journal instead of passport', () => JSON.stringify({ format: 'moniteur-atelier/journal', version: 1 }), /journal brut/],
  ['future version', () => JSON.stringify({ ...doc(), version: 2 }), /version plus récente/],
  ['version zero', () => JSON.stringify({ ...doc(), version: 0 }), /version du passeport/],
  ['version as text', () => JSON.stringify({ ...doc(), version: '1' }), /version du passeport/],
  ['oversized', () => `${texte}${' '.repeat(PASSEPORT_TAILLE_MAX)}`, /trop volumineux/],
  ['__proto__ pollution', () => texte.replace('"format"', '"__proto__":{"isAdmin":true},"format"'), /clé interdite \(« __proto__ »\)/],
  ['constructor pollution', () => texte.replace('"format"', '"constructor":{"prototype":{"x":1}},"format"'), /clé interdite/],
  ['nested prototype key', () => texte.replace('"livret":{', '"livret":{"prototype":{},'), /clé interdite/],
  ['checksum altered', () => JSON.stringify({ ...doc(), somme: '0'.repeat(64) }), /somme de contrôle incorrecte/],
  ['checksum missing', () => JSON.stringify({ ...doc(), somme: undefined }), /somme de contrôle absente/],
  ['score edited by hand', () => texte.replace('"s":[1,1]', '"s":[1,2]'), /somme de contrôle incorrecte/],
  ['unknown top-level field', () => signe({ ...doc(), extra: 1 }), /champ inattendu/],
  ['bad creation date', () => signe({ ...doc(), cree: 'hier' }), /date de création/],
  ['bad content revision', () => signe({ ...doc(), revisionContenu: 'pas hexa!' }), /révision du contenu/],
  ['no learner', () => signe({ ...doc(), apprenant: null }), /identité/],
  ['bad learner id', () => signe({ ...doc(), apprenant: { learnerId: 'moi', nom: 'Samia' } }), /apprenant absent ou invalide/],
  ['no journal', () => signe({ ...doc(), journal: null }), /journal absent/],
  ['bad home page', () => signe({ ...doc(), journal: { ...(doc().journal as object), homePage: 'pas une adresse' } }), /homePage/],
  ['invalid trace', () => { const d = doc(); (d.journal as { entrees: unknown[] }).entrees.push({ i: 'x' }); return signe(d); }, /réponse\(s\) enregistrée\(s\) illisible\(s\)/],
  ['trace with unknown critère', () => { const d = doc(); (d.journal as { entrees: { c: string[] }[] }).entrees[0]!.c = ['B9.C9.CR9']; return signe(d); }, /critères \(c\) inconnus/],
  ['profile missing', () => signe({ ...doc(), profil: undefined }), /profil n'est pas un objet/],
  ['profile of the future', () => signe({ ...doc(), profil: { ...(doc().profil as object), version: 3 } }), /profil créé par une version plus récente/],
  ['self-assessment with unknown compétence', () => signe({ ...doc(), profil: { ...(doc().profil as Profil), positionnement: { entree: { date: '2026-01-01', niveaux: { 'B7.C1': 'sait' } } } } }), /compétence inconnue/],
  ['name with markup', () => { const d = doc(); (d.profil as { nom: string }).nom = '<img src=x>'; (d.apprenant as { nom: string }).nom = '<img src=x>'; return signe(d); }, /nom du profil invalide/],
  ['name mismatch', () => signe({ ...doc(), apprenant: { ...(doc().apprenant as object), nom: 'Autre' } }), /ne correspond pas/],
];

test('the corpus holds at least 30 malformed passports', () => {
  expect(MALFORMES.length).toBeGreaterThanOrEqual(30);
});

async function stores() {
  const kv = new MemoryStore();
  const keys = storeKeys('moniteur-atelier@/t/', 'principal');
  const journalStore = await JournalStore.open(kv, { keys, now: () => now, newLearnerId: () => LEARNER, homePage: HOME });
  await journalStore.append([statement(), statement()]);
  const profilStore = await ProfilStore.open(kv, { cle: 'moniteur-atelier@/t//profil/principal', quarantaine: () => 'q', now: () => now, nomParDefaut: 'Moi' });
  await profilStore.save({ ...profilVide('Moi'), livret: { observations: 'Avant import' } });
  return { kv, stores: { journal: journalStore, profil: profilStore } };
}

test.each(MALFORMES)('refused: %s — with a French message, storage unchanged byte for byte', async (_label, make, message) => {
  const { kv, stores: s } = await stores();
  const before = JSON.stringify([...kv.data.entries()]);
  const result = await importerPasseport(s, make(), 'remplacer', { revisionContenu: REVISION });
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.raison).toMatch(message);
  expect(JSON.stringify([...kv.data.entries()])).toBe(before);
});

test('a valid passport replaces the data after confirmation', async () => {
  const { kv, stores: s } = await stores();
  const r = await importerPasseport(s, texte, 'remplacer', { revisionContenu: REVISION });
  expect(r).toEqual({ ok: true, traces: 3, ajoutees: 3, enregistre: true, avertissements: [] });
  expect(s.profil.profil.nom).toBe('Samia');
  expect(JSON.parse(kv.data.get('moniteur-atelier@/t//journal/principal')!).entrees).toHaveLength(3);
});

test('another content revision is accepted with a warning', () => {
  const lecture = lirePasseport(texte, { revisionContenu: 'autre' });
  expect(lecture.ok && lecture.avertissements[0]).toMatch(/autre version du contenu/);
});

test('merge: same learner only; each trace once; most recent self-assessment', () => {
  const a = etat(2);
  const common = a.journal.statements[0]!;
  const b = { ...etat(2), journal: { ...a.journal, statements: [common, statement()] } };
  const later = { ...b, profil: { ...b.profil, positionnement: { entree: { date: '2026-10-01', niveaux: { 'B1.C1': 'sait' as const } } } } };
  const merged = fusionner(a, later);
  expect(merged.ok).toBe(true);
  if (merged.ok) {
    expect(merged.etat.journal.statements).toHaveLength(3);
    expect(merged.etat.profil.positionnement.entree?.niveaux['B1.C1']).toBe('sait');
  }
  const stranger = { ...b, journal: { ...b.journal, learnerId: '11111111-2222-4333-8444-555555555555' } };
  const refused = fusionner(a, stranger);
  expect(refused.ok).toBe(false);
  if (!refused.ok) expect(refused.raison).toMatch(/autre apprenant/);
});
