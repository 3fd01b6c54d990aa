/**
 * Assignment links (≥ 10 malformed links refused, storage untouched), mock-exam
 * drawing, cohort table and CSV, profiles (the error-review deck: tests/apprenant/revision.test.ts).
 */
import path from 'node:path';
import { ACTIVITES } from '@site/quizzes/index';
import { construireBanque } from '@site/src/build/activites/activites';
import { encoderParcours, lireLien } from '@site/src/domain/formateur/lien-parcours';
import { statutItem, type Parcours } from '@site/src/domain/formateur/parcours';
import { EXAMENS } from '@site/src/domain/apprenant/examen';
import { tirerExamen } from '@site/src/domain/apprenant/tirage-examen';
import { csvCohorte, filtrer, ligneCohorte } from '@site/src/domain/formateur/cohorte';
import { ajouterProfil, lireListe, supprimerProfil } from '@site/src/domain/profil/profils';
import { profilProblem, profilVide } from '@site/src/domain/profil/profil';
import { ProfilStore } from '@site/src/domain/profil/profil-store';
import { quizCompleted } from '@site/src/domain/journal/events';
import { emptyJournal } from '@site/src/domain/journal/journal';
import { MemoryStore } from '@site/src/domain/journal/document';
import { statement, LEARNER, HOME } from '../fixtures/statements';
import { REFERENTIEL } from '@site/src/referentiel';

const banque = construireBanque(path.resolve(__dirname, '..', '..'), ACTIVITES, new Map());

const parcours: Parcours = {
  v: 1,
  id: 'k3x9q2ab',
  titre: 'Bloc 2 — santé et sécurité',
  groupe: 'Promo 2026',
  echeance: '2026-12-15',
  mode: 'entrainement',
  cree: '2026-11-28',
  items: [
    { t: 'l', id: '/cours/bloc-2/sante-securite' },
    { t: 'a', id: 'demarche-qualite' },
  ],
};
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64url');

describe('assignment links', () => {
  test('encode → read gives the same assignment', () => {
    const r = lireLien(`#parcours=${encoderParcours(parcours)}`, banque);
    expect(r).toEqual({ ok: true, parcours });
  });

  const malformed: [string, string, RegExp][] = [
    ['empty', '#parcours=', /ne contient pas/],
    ['not base64url', '#parcours=abc$def', /caractères inattendus/],
    ['cut', `#parcours=${encoderParcours(parcours).slice(0, 40)}`, /abîmé|incomplet/],
    ['not JSON', `#parcours=${b64('bonjour')}`, /illisibles/],
    ['array', `#parcours=${b64('[1,2]')}`, /pas un objet/],
    ['future version', `#parcours=${b64(JSON.stringify({ ...parcours, v: 2 }))}`, /version plus récente/],
    ['no items', `#parcours=${b64(JSON.stringify({ ...parcours, items: [] }))}`, /aucun élément/],
    ['too many items', `#parcours=${b64(JSON.stringify({ ...parcours, items: Array.from({ length: 41 }, () => ({ t: 'a', id: 'x' })) }))}`, /trop d'éléments/],
    ['unknown activity', `#parcours=${b64(JSON.stringify({ ...parcours, items: [{ t: 'a', id: 'n-existe-pas' }] }))}`, /inconnu/],
    ['unknown lesson', `#parcours=${b64(JSON.stringify({ ...parcours, items: [{ t: 'l', id: '/cours/bloc-9/x' }] }))}`, /inconnu/],
    ['bad mode', `#parcours=${b64(JSON.stringify({ ...parcours, mode: 'libre' }))}`, /mode inconnu/],
    ['bad due date', `#parcours=${b64(JSON.stringify({ ...parcours, echeance: '15/12/2026' }))}`, /échéance/],
    ['impossible due date', `#parcours=${b64(JSON.stringify({ ...parcours, echeance: '2026-02-30' }))}`, /échéance/],
    ['markup in title', `#parcours=${b64(JSON.stringify({ ...parcours, titre: '<script>x</script>' }))}`, /titre/],
    ['prototype pollution', `#parcours=${b64(`{"__proto__":{"x":1},${JSON.stringify(parcours).slice(1)}`)}`, /clé interdite/],
    ['unknown field', `#parcours=${b64(JSON.stringify({ ...parcours, script: 'x' }))}`, /champ inconnu/],
    ['too long', `#parcours=${'A'.repeat(4001)}`, /trop long/],
  ];
  test('at least 10 malformed links', () => expect(malformed.length).toBeGreaterThanOrEqual(10));
  test.each(malformed)('refused: %s', (_l, fragment, message) => {
    const r = lireLien(fragment, banque);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.raison).toMatch(message);
  });

  test('item status follows the journal (exam mode counts exam attempts only)', () => {
    const acteur = { learnerId: LEARNER, homePage: HOME };
    const horloge = { now: () => new Date('2026-11-28T10:00:00Z'), uuid: () => '00000000-0000-4000-8000-aaaaaaaaaaaa' };
    const done = quizCompleted(acteur, horloge, { quizId: 'demarche-qualite', obtenus: 9, total: 10, taux: 0.9, reussi: true, parQuestion: [], parCritere: {} }, { mode: 'entrainement', tentative: 't' });
    expect(statutItem(parcours.items[1]!, parcours, banque, done)).toBe('reussi');
    expect(statutItem(parcours.items[1]!, { ...parcours, mode: 'examen' }, banque, done)).toBe('a-faire');
    expect(statutItem(parcours.items[0]!, parcours, banque, done)).toBe('a-faire');
  });
});

describe('mock exam', () => {
  test('draws the fixed number, every critère of the bloc, unseen first, reproducibly', () => {
    const tirage = tirerExamen(banque, 'B2', 'graine');
    expect(tirage).toHaveLength(EXAMENS.B2.questions);
    expect(new Set(tirage.map((q) => `${q.activite}/${q.question}`)).size).toBe(tirage.length);
    const criteres = new Set(tirage.flatMap((q) => banque.activites.find((a) => a.id === q.activite)!.questions.find((x) => x.id === q.question)!.criteres));
    // Every critère of bloc B2 in the référentiel (28 before issue 18).
    expect(criteres.size).toBe(REFERENTIEL.blocs.find((b) => b.id === 'B2')!.competences.flatMap((c) => c.criteres).length);
    expect(tirerExamen(banque, 'B2', 'graine')).toEqual(tirage);
    const vues = new Set(tirage.map((q) => `${q.activite}/${q.question}`));
    const second = tirerExamen(banque, 'B2', 'autre', vues);
    expect(second.filter((q) => vues.has(`${q.activite}/${q.question}`))).toEqual([]);
  });
  test('the whole title draws across the three blocs', () => {
    const tirage = tirerExamen(banque, 'titre', 'g');
    const blocs = new Set(tirage.map((q) => banque.activites.find((a) => a.id === q.activite)!.bloc));
    expect(tirage).toHaveLength(EXAMENS.titre.questions);
    expect([...blocs].sort()).toEqual(['B1', 'B2', 'B3']);
  });
});

describe('cohort', () => {
  const etat = (nom: string, n: number) => ({
    journal: { ...emptyJournal(LEARNER, HOME), statements: Array.from({ length: n }, () => statement({ criteres: ['B1.C1.CR1'] })) },
    profil: profilVide(nom),
  });
  test('rows, filters and a CSV safe for spreadsheets', () => {
    const lignes = [ligneCohorte(etat('Samia', 3), 'samia.json'), ligneCohorte(etat('=HYPERLINK("x")', 0), 'x.json')];
    expect(filtrer(lignes, { recherche: 'sam' }).map((l) => l.nom)).toEqual(['Samia']);
    expect(filtrer(lignes, { bloc: 'B1', niveau: 'en-cours' }).map((l) => l.nom)).toEqual(['Samia']);
    expect(filtrer(lignes, { bloc: 'B1', niveau: 'acquis' })).toEqual([]);
    const csv = csvCohorte(lignes, 'B1');
    const rows = csv.replace(/^\ufeff/, '').trim().split('\r\n');
    expect(rows).toHaveLength(3);
    expect(rows[0]!.split(';').slice(0, 5)).toEqual(['Apprenant', 'Traces', 'Dernière activité', 'B1.C1 score (%)', 'B1.C1 niveau']);
    expect(rows[1]!.startsWith('Samia;3;2026-01-01;100;En cours')).toBe(true);
    expect(rows[2]!.startsWith(`"'=HYPERLINK(""x"")"`)).toBe(true);
  });
});

describe('profiles on a shared computer', () => {
  test('add, refuse duplicates and bad names, delete (always one left)', () => {
    const liste = lireListe(null);
    const a = ajouterProfil(liste, 'Karim', 'p-karim');
    expect(a.ok && a.liste.map((p) => p.nom)).toEqual(['Profil principal', 'Karim']);
    if (!a.ok) return;
    expect(ajouterProfil(a.liste, 'karim', 'x')).toMatchObject({ ok: false, raison: 'un profil porte déjà ce nom' });
    expect(ajouterProfil(a.liste, '  ', 'x')).toMatchObject({ ok: false });
    expect(ajouterProfil(a.liste, '<b>', 'x')).toMatchObject({ ok: false });
    const d = supprimerProfil(a.liste, 'p-karim');
    expect(d.ok && d.liste.map((p) => p.id)).toEqual(['principal']);
    expect(lireListe('pas du json')).toEqual(lireListe(null));
  });
  test('a corrupt profile document is quarantined and never overwritten before', async () => {
    const kv = new MemoryStore();
    await kv.set('ns/profil/principal', '{"format":"moniteur-atelier/profil","version":1,');
    const store = await ProfilStore.open(kv, { cle: 'ns/profil/principal', quarantaine: () => 'ns/quarantaine/principal/profil', now: () => new Date(), nomParDefaut: 'Moi' });
    expect(store.warnings.map((w) => w.code)).toEqual(['corrompu']);
    expect(await kv.get('ns/quarantaine/principal/profil')).toBe('{"format":"moniteur-atelier/profil","version":1,');
    await store.save({ ...profilVide('Moi'), nom: 'Moi' });
    expect(profilProblem(JSON.parse((await kv.get('ns/profil/principal'))!))).toBeNull();
  });
});
