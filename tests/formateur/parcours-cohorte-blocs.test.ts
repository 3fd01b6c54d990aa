/**
 * Issue 21, trainer and learner entry points, pure parts: activity states read
 * once from the record (not started, under way, done, with the result), lessons
 * in the order of the course with their time to read, « tout le bloc », the
 * compact assignment link (short enough for a QR code on a projector, the first
 * links still read), and the cohort read by assignment (who did which item, with
 * what result) opening on the bloc the group works on.
 */
import path from 'node:path';
import { ACTIVITES } from '@site/quizzes/index';
import { construireBanque } from '@site/src/build/activites/activites';
import { readPages, minutesDeLecture, MOTS_PAR_MINUTE } from '@site/src/build/lecons/lecons';
import { etatLecon, etatsActivites, statutActivite } from '@site/src/domain/apprenant/avancement';
import { sommaireDuBloc } from '@site/src/domain/formateur/banque';
import { arbreParcours, basculerGroupe, composerParcours, etatDuGroupe, itemsSelectionnes, lienParcours } from '@site/src/domain/formateur/composition';
import { codeItem, encoderParcours, fragmentParcours, indexDesCodes, lireLien } from '@site/src/domain/formateur/lien-parcours';
import { statutItem, type Parcours } from '@site/src/domain/formateur/parcours';
import { blocDuGroupe, csvParcours, itemsAffiches, lignesParcours, parcoursDeLaCohorte, syntheseParcours } from '@site/src/domain/formateur/cohorte-parcours';
import { importerFichiers } from '@site/src/domain/formateur/lecture-cohorte';
import { TABLEAU_VIDE } from '@site/src/domain/formateur/tableau-cohorte';
import { creerPasseport } from '@site/src/domain/apprenant/passeport';
import { profilVide } from '@site/src/domain/profil/profil';
import { emptyJournal } from '@site/src/domain/journal/journal';
import { caseDecision, questionAnswered, quizCompleted } from '@site/src/domain/journal/events';
import type { Statement } from '@site/src/domain/journal/statement';
import type { Cas } from '@site/src/domain/cas/types';
import { duree } from '@site/src/domain/texte/duree';
import { HOME, LEARNER } from '../fixtures/statements';
import { aleatoire } from '@site/src/build/mesures/passeports';

const siteDir = path.resolve(__dirname, '..', '..');
const banque = construireBanque(siteDir, ACTIVITES, new Map());
const acteur = { learnerId: LEARNER, homePage: HOME };
let n = 0;
const horloge = (quand: string) => ({ now: () => new Date(quand), uuid: () => `00000000-0000-4000-8000-${String((n += 1)).padStart(12, '0')}` });

function termine(id: string, quand: string, reussi: boolean, mode: 'entrainement' | 'examen' = 'entrainement'): Statement[] {
  const obtenus = reussi ? 9 : 3;
  return quizCompleted(acteur, horloge(quand), { quizId: id, obtenus, total: 10, taux: obtenus / 10, reussi, parQuestion: [], parCritere: {} }, { mode, tentative: `t-${id}-${quand}` });
}
function repondu(id: string, quand: string): Statement {
  return questionAnswered(
    acteur,
    horloge(quand),
    id,
    { questionId: 'q1', type: 'choix-unique', statut: 'correct', criteres: ['B1.C1.CR1'], reponse: 'a', points: 1, max: 1 },
    { mode: 'entrainement', tentative: `t-${id}` },
  );
}

describe('activity states, read once from the record', () => {
  test('not started, under way (answers without finishing), done with the last result; exam attempts apart', () => {
    const statements = [
      repondu('sante-securite', '2026-11-01T10:00:00Z'),
      ...termine('demarche-qualite', '2026-11-02T10:00:00Z', false),
      ...termine('demarche-qualite', '2026-11-03T10:00:00Z', true, 'examen'),
      ...termine('accueillir', '2026-11-04T10:00:00Z', true),
      repondu('accueillir', '2026-11-05T10:00:00Z'),
    ];
    const etats = etatsActivites(statements);
    expect(etats.get('sante-securite')).toEqual({ derniere: null, derniereExamen: null, commencee: true });
    expect(etats.get('demarche-qualite')).toEqual({
      derniere: { date: '2026-11-03T10:00:00.000Z', points: 9, max: 10, reussi: true },
      derniereExamen: { date: '2026-11-03T10:00:00.000Z', points: 9, max: 10, reussi: true },
      commencee: false,
    });
    // A new attempt begun after a finished one.
    expect(etats.get('accueillir')!.commencee).toBe(true);
    expect(etats.has('cadre-esat-ea')).toBe(false);
    expect(statutActivite(etats.get('sante-securite'), null)).toBe('commence');
    expect(statutActivite(undefined, null)).toBe('a-faire');
    expect(statutActivite(etats.get('accueillir'), etats.get('accueillir')!.derniere)).toBe('reussi');
    expect(etatLecon(['sante-securite', 'presque-accident-menuiserie'], etats)).toBe('en-cours');
    expect(etatLecon(['demarche-qualite', 'accueillir'], etats)).toBe('terminee');
    expect(etatLecon(['cadre-esat-ea'], etats)).toBe('a-faire');
    expect(etatLecon([], etats)).toBe('a-faire');
  });

  test('a case-study decision makes the case « under way »; its end makes it done', () => {
    const cas = ACTIVITES.find((a) => a.kind === 'cas') as Cas & { kind: 'cas' };
    const noeud = cas.noeuds.find((x) => x.id === cas.debut)!;
    if (noeud.type !== 'situation') throw new Error('le cas commence par une situation');
    const decision = caseDecision(acteur, horloge('2026-11-06T10:00:00Z'), cas, cas.debut, noeud.choix[0]!, 't-cas');
    expect(etatsActivites([decision]).get(cas.id)).toEqual({ derniere: null, derniereExamen: null, commencee: true });
  });

  test('assignment statuses: an activity with answers is « commencé », a lesson follows its activities', () => {
    const parcours: Parcours = { v: 1, id: 'abcdefgh', titre: 'Essai', mode: 'entrainement', cree: '2026-11-01', items: [{ t: 'a', id: 'sante-securite' }, { t: 'l', id: '/cours/bloc-2/sante-securite' }] };
    const statements = [repondu('sante-securite', '2026-11-01T10:00:00Z')];
    expect(statutItem(parcours.items[0]!, parcours, banque, statements)).toBe('commence');
    expect(statutItem(parcours.items[1]!, parcours, banque, statements)).toBe('commence');
    const fait = [...statements, ...termine('sante-securite', '2026-11-02T10:00:00Z', false)];
    expect(statutItem(parcours.items[0]!, parcours, banque, fait)).toBe('termine');
    // The lesson also has a case study, not done: the lesson is only begun.
    expect(statutItem(parcours.items[1]!, parcours, banque, fait)).toBe('commence');
  });
});

describe('lessons in the order of the course, with their time to read', () => {
  const pages = readPages(siteDir);
  test('pages come as the menu shows them: by folder position, then sidebar_position, the bloc page first', () => {
    const bloc1 = pages.filter((p) => p.fichier.startsWith('docs/bloc-1/'));
    expect(bloc1[0]!.fichier).toBe('docs/bloc-1/index.mdx');
    const positions = bloc1.slice(1).map((p) => p.frontMatter.sidebar_position as number);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(bloc1[1]!.route).toBe('/cours/bloc-1/accueillir');
    // Folders: introduction (1), référentiel (2, a page), blocs 1 to 3, resources (6).
    const dossiers = [...new Set(pages.map((p) => p.fichier.split('/').slice(0, 2).join('/')))];
    expect(dossiers).toEqual(['docs/introduction', 'docs/referentiel.mdx', 'docs/bloc-1', 'docs/bloc-2', 'docs/bloc-3', 'docs/ressources']);
  });
  test('the index lists lessons in that order, with minutes; a bloc page lists them with their activities and anchors', () => {
    const lecons = banque.lecons.filter((l) => l.bloc === 'B2').map((l) => l.route);
    expect(lecons).toEqual(pages.filter((p) => p.estLecon && p.bloc === 'B2').map((p) => p.route));
    expect(lecons[0]).toBe('/cours/bloc-2/faisabilite-commandes');
    for (const l of banque.lecons) expect(l.minutes).toBe(minutesDeLecture(pages.find((p) => p.route === l.route)!.texte));
    expect(minutesDeLecture('mot '.repeat(MOTS_PAR_MINUTE * 12))).toBe(12);
    expect(minutesDeLecture('')).toBe(1);
    const sommaire = sommaireDuBloc(banque, 'B2');
    expect(sommaire.map((l) => l.route)).toEqual(lecons);
    const sante = sommaire.find((l) => l.route === '/cours/bloc-2/sante-securite')!;
    expect(sante.activites).toEqual([
      { id: 'sante-securite', titre: 'Santé et sécurité dans l’atelier', kind: 'quiz', ancre: 'h5p-sante-securite-titre' },
      { id: 'presque-accident-menuiserie', titre: 'Un presque-accident à la scie', kind: 'cas', ancre: 'presque-accident-menuiserie-titre' },
    ]);
    expect(duree(45)).toBe('45 min');
    expect(duree(125)).toBe('2 h 05');
  });
});

describe('« tout le bloc » in the composer', () => {
  const arbre = arbreParcours(banque);
  const b1 = arbre.find((g) => g.id === 'B1')!;
  test('ticks every lesson of the bloc (not their activities one by one); again unticks all', () => {
    const avant = new Set(['a:accueillir', 'a:cadre-esat-ea']);
    expect(etatDuGroupe(b1, avant)).toBe('partiel');
    const tout = basculerGroupe(b1, avant);
    expect(etatDuGroupe(b1, tout)).toBe('tout');
    expect([...tout].filter((c) => c.startsWith('l:')).length).toBe(b1.lecons.length);
    expect(tout.has('a:accueillir')).toBe(false);
    // The introduction's activity stays.
    expect(tout.has('a:cadre-esat-ea')).toBe(true);
    const rien = basculerGroupe(b1, tout);
    expect(etatDuGroupe(b1, rien)).toBe('rien');
    expect([...rien]).toEqual(['a:cadre-esat-ea']);
    expect(b1.lecons.map((l) => l.route)).toEqual(banque.lecons.filter((l) => l.bloc === 'B1').map((l) => l.route));
  });
});

describe('the compact assignment link', () => {
  const formulaire = { titre: 'Bloc 2 — semaine 3', groupe: 'Promo 2026', echeance: '2026-12-15', mode: 'examen' as const };
  test('every item of the site has a code of its own', () => {
    const { items, ambigus } = indexDesCodes(banque);
    expect(ambigus.size).toBe(0);
    expect(items.size).toBe(banque.lecons.length + banque.activites.length);
    expect(codeItem({ t: 'a', id: 'sante-securite' })).toMatch(/^[A-Za-z0-9_-]{5}$/);
    expect(codeItem({ t: 'a', id: 'sante-securite' })).not.toBe(codeItem({ t: 'l', id: 'sante-securite' }));
  });
  test('a whole bloc and four activities: read back exactly, in a link of under 250 characters (the first form was four times longer)', () => {
    const arbre = arbreParcours(banque);
    const selection = basculerGroupe(arbre.find((g) => g.id === 'B2')!, new Set(['a:cadre-esat-ea', 'a:accueillir', 'a:droits-expression', 'a:demarche-qualite']));
    const items = itemsSelectionnes(arbre, selection);
    expect(items.length).toBeGreaterThanOrEqual(12);
    const r = composerParcours(formulaire, items, { aujourdhui: '2026-11-28', random: aleatoire(3), banque });
    if (!r.ok) throw new Error(JSON.stringify(r.problemes));
    const lien = lienParcours('https://moniteur-atelier.github.io', '/moniteur-atelier/', r.fragment);
    expect(lien).toMatch(/\/parcours#p=2~[a-z0-9]{8}~20261128~e~20261215~[A-Za-z0-9_-]+~[A-Za-z0-9_-]+~[A-Za-z0-9_-]+$/);
    expect(lien.length).toBeLessThan(250);
    expect(encoderParcours(r.parcours).length).toBeGreaterThan(4 * r.fragment.length);
    expect(lireLien(new URL(lien).hash, banque)).toEqual({ ok: true, parcours: r.parcours });
    // Without group nor due date.
    const sans = composerParcours({ ...formulaire, groupe: '', echeance: '', mode: 'entrainement' }, items.slice(0, 2), { aujourdhui: '2026-11-28', random: aleatoire(4), banque });
    if (!sans.ok) throw new Error('refusé');
    expect(lireLien(`#p=${sans.fragment}`, banque)).toEqual({ ok: true, parcours: sans.parcours });
  });
  test('links of the first form (#parcours=<JSON>) are still read', () => {
    const p: Parcours = { v: 1, id: 'k3x9q2ab', titre: 'Ancien lien', mode: 'entrainement', cree: '2026-11-28', items: [{ t: 'a', id: 'demarche-qualite' }] };
    expect(lireLien(`#parcours=${encoderParcours(p)}`, banque)).toEqual({ ok: true, parcours: p });
    expect(lireLien(`#p=${encoderParcours(p)}`, banque)).toEqual({ ok: true, parcours: p });
  });
  test('an item missing from the site, or two items sharing a code, fall back to the first form', () => {
    const p: Parcours = { v: 1, id: 'k3x9q2ab', titre: 'Essai', mode: 'entrainement', cree: '2026-11-28', items: [{ t: 'a', id: 'n-existe-pas' }] };
    expect(fragmentParcours(p, banque)).toBe(encoderParcours(p));
    // Two ids whose codes are the same (found by trying « essai-0 », « essai-1 »…: 30 bits).
    const [x, y] = ['essai-35317', 'essai-58384'];
    expect(codeItem({ t: 'a', id: x })).toBe(codeItem({ t: 'a', id: y }));
    const double = { ...banque, activites: [...banque.activites, { ...banque.activites[0]!, id: x }, { ...banque.activites[0]!, id: y }] };
    expect(indexDesCodes(double).ambigus.size).toBe(1);
    const q: Parcours = { ...p, items: [{ t: 'a', id: x }] };
    expect(fragmentParcours(q, double)).toBe(encoderParcours(q));
    expect(lireLien(`#p=${fragmentParcours(q, double)}`, double)).toEqual({ ok: true, parcours: q });
  });
  const ok = (p: Parcours) => fragmentParcours(p, banque);
  const base: Parcours = { v: 1, id: 'abcdefgh', titre: 'Titre', groupe: 'Groupe', echeance: '2026-12-15', mode: 'examen', cree: '2026-11-28', items: [{ t: 'a', id: 'demarche-qualite' }, { t: 'l', id: '/cours/bloc-1/accueillir' }] };
  const bon = ok(base);
  const champs = bon.split('~');
  const avec = (i: number, v: string) => champs.map((c, j) => (j === i ? v : c)).join('~');
  const malformes: [string, string, RegExp][] = [
    ['cut short', bon.slice(0, bon.lastIndexOf('~')), /incomplet/],
    ['future version', avec(0, '3'), /version plus récente/],
    ['bad creation date', avec(2, '2026-11'), /illisibles/],
    ['impossible due date', avec(4, '20260230'), /échéance/],
    ['unknown mode', avec(3, 'x'), /illisibles/],
    ['a code cut in two', avec(5, champs[5]!.slice(0, 7)), /illisibles/],
    ['an unknown code', avec(5, `${champs[5]!.slice(0, 5)}zzzzz`), /1 élément\(s\) inconnu\(s\)/],
    ['title not base64url UTF-8', avec(6, '_w'), /abîmé/],
    ['markup in the title', avec(6, Buffer.from('<b>x</b>').toString('base64url')), /titre/],
    ['bad identifier', avec(1, 'ABC'), /identifiant/],
    ['a foreign character', `${bon}$`, /caractères inattendus/],
  ];
  test.each(malformes)('compact link refused: %s', (_l, fragment, message) => {
    const r = lireLien(`#p=${fragment}`, banque);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.raison).toMatch(message);
  });
});

describe('the cohort by assignment', () => {
  const parcours: Parcours = {
    v: 1,
    id: 'semaine3',
    titre: 'Semaine 3',
    groupe: 'Promo 2026',
    mode: 'entrainement',
    cree: '2026-11-20',
    items: [{ t: 'a', id: 'cadre-esat-ea' }, { t: 'a', id: 'sante-securite' }, { t: 'l', id: '/cours/bloc-2/demarche-qualite' }],
  };
  const autre: Parcours = { ...parcours, id: 'semaine1', titre: 'Semaine 1', cree: '2026-11-01', items: [{ t: 'a', id: 'accueillir' }] };
  function passeport(nom: string, statements: Statement[], parcoursAjoutes: Parcours[], learnerId: string): { nom: string; texte: string } {
    const profil = { ...profilVide(nom), parcours: parcoursAjoutes };
    const journal = { ...emptyJournal(learnerId, HOME), statements };
    return { nom: `${nom}.json`, texte: creerPasseport({ journal, profil }, { now: new Date('2026-11-28T10:00:00Z'), revisionContenu: banque.revision }) };
  }
  const fichiers = [
    passeport('Léa', [...termine('cadre-esat-ea', '2026-11-21T10:00:00Z', true), repondu('sante-securite', '2026-11-22T10:00:00Z')], [parcours, autre], '11111111-1111-4111-8111-111111111111'),
    passeport('Karim', [...termine('cadre-esat-ea', '2026-11-21T11:00:00Z', false), ...termine('demarche-qualite', '2026-11-23T10:00:00Z', true), ...termine('coffrets-non-conformes', '2026-11-23T11:00:00Z', true), ...termine('presque-accident-menuiserie', '2026-11-24T11:00:00Z', true)], [parcours], '22222222-2222-4222-8222-222222222222'),
    passeport('Zoé', [...termine('accueillir', '2026-09-01T10:00:00Z', true)], [], '33333333-3333-4333-8333-333333333333'),
  ];
  const tableau = importerFichiers(TABLEAU_VIDE, fichiers, { revisionContenu: banque.revision });

  test('the assignments the passports carry, each once, the most recent first, with how many learners added them', () => {
    expect(tableau.refus).toEqual([]);
    expect(parcoursDeLaCohorte(tableau.lignes).map((p) => [p.parcours.id, p.apprenants])).toEqual([
      ['semaine3', 2],
      ['semaine1', 1],
    ]);
  });

  test('who did which item, with what result; the summary per item; the bloc filter; the CSV', () => {
    const items = itemsAffiches(parcours, banque, null);
    const lignes = lignesParcours(tableau.lignes, parcours, items, banque);
    const parNom = Object.fromEntries(lignes.map((l) => [l.ligne.ligne.nom, l]));
    expect(parNom['Léa']!.cellules.map((c) => c.statut)).toEqual(['reussi', 'commence', 'a-faire']);
    expect(parNom['Léa']!.cellules[0]!.resultat).toEqual({ date: '2026-11-21T10:00:00.000Z', points: 9, max: 10, reussi: true });
    expect(parNom['Karim']!.cellules.map((c) => c.statut)).toEqual(['termine', 'a-faire', 'reussi']);
    expect(parNom['Karim']!.reussis).toBe(1);
    expect(parNom['Zoé']!.ajoute).toBe(false);
    expect(syntheseParcours(lignes, items.length)).toEqual([
      { reussis: 1, commences: 2, total: 3 },
      { reussis: 0, commences: 1, total: 3 },
      { reussis: 1, commences: 1, total: 3 },
    ]);
    expect(itemsAffiches(parcours, banque, 'B2')).toEqual(parcours.items.slice(1));
    const csv = csvParcours(lignes, items, banque).replace(/^\ufeff/, '').trim().split('\r\n');
    expect(csv[0]!.split(';').slice(0, 7)).toEqual([
      'Apprenant',
      'Parcours ajouté',
      'Éléments réussis',
      '1. Le cadre des ESAT et des entreprises adaptées : statut',
      '1. Le cadre des ESAT et des entreprises adaptées : score (%)',
      '2. Santé et sécurité dans l’atelier : statut',
      '2. Santé et sécurité dans l’atelier : score (%)',
    ]);
    expect(csv.find((l) => l.startsWith('Karim;'))).toBe('Karim;oui;1 sur 3;Terminé;30;À faire;;Réussi;');
  });

  test('the table opens on the bloc the group works on: the most finished activities of the last 30 days', () => {
    // In November, Léa and Karim finished the introduction's quiz (bloc 1) and three activities of bloc 2; Zoé, bloc 1 in September.
    expect(blocDuGroupe(tableau.lignes, banque)).toBe('B2');
    expect(blocDuGroupe(tableau.lignes.filter((l) => l.ligne.nom === 'Zoé'), banque)).toBe('B1');
    expect(blocDuGroupe([], banque)).toBeNull();
  });
});
