/**
 * Trainer tools, pure parts: the tree of what can be assigned, the critères of a
 * selection, identifiers, the checks before a link is given (each problem on its
 * field); the learner's side (where items lead, progress, add once, remove); the
 * cohort table (one row per learner, replacements said, refused files listed,
 * columns, filters, summary).
 */
import path from 'node:path';
import { ACTIVITES } from '@site/quizzes/index';
import { construireBanque } from '@site/src/build/activites/activites';
import type { Banque } from '@site/src/domain/formateur/banque';
import {
  arbreParcours,
  champDuProbleme,
  cleItem,
  composerParcours,
  criteresCouverts,
  idParcours,
  itemsSelectionnes,
  lienParcours,
  parCompetence,
  phrase,
  type FormulaireParcours,
} from '@site/src/domain/formateur/composition';
import { ajouterParcours, avancement, cibleItem, enRetard, parcoursTries, retirerParcours } from '@site/src/domain/apprenant/mes-parcours';
import { lireLien } from '@site/src/domain/formateur/lien-parcours';
import { dateLocale, parcoursProblems, type Parcours } from '@site/src/domain/formateur/parcours';
import { profilProblem, profilVide } from '@site/src/domain/profil/profil';
import { colonnesCohorte, filtrerTableau, syntheseCohorte, TABLEAU_VIDE, cellule } from '@site/src/domain/formateur/tableau-cohorte';
import { importerFichiers } from '@site/src/domain/formateur/lecture-cohorte';
import { csvCohorte } from '@site/src/domain/formateur/cohorte';
import { creerPasseport } from '@site/src/domain/apprenant/passeport';
import { quizCompleted, caseCompleted } from '@site/src/domain/journal/events';
import { REFERENTIEL } from '@site/src/referentiel';
import { aleatoire, etatRealiste, passeportsCohorte } from '@site/src/build/mesures/passeports';
import { LEARNER, HOME } from '../fixtures/statements';

const banque = construireBanque(path.resolve(__dirname, '..', '..'), ACTIVITES, new Map());
const arbre = arbreParcours(banque);
const formulaire: FormulaireParcours = { titre: 'Bloc 2 — semaine 3', groupe: 'Promo 2026', echeance: '2026-12-15', mode: 'entrainement' };
const options = { aujourdhui: '2026-11-28', random: aleatoire(7), banque };

describe('the tree of what can be assigned', () => {
  test('introduction first, then the three blocs; every lesson of the index appears once', () => {
    expect(arbre.map((g) => g.id)).toEqual(['introduction', 'B1', 'B2', 'B3']);
    expect(arbre[1]!.titre).toBe(`Bloc 1 — ${REFERENTIEL.blocs[0]!.intituleCourt}`);
    const routes = arbre.flatMap((g) => g.lecons.map((l) => l.route));
    expect(routes.sort()).toEqual(banque.lecons.map((l) => l.route).sort());
    for (const g of arbre.slice(1)) for (const l of g.lecons) expect(l.route.startsWith(`/cours/bloc-${g.id.slice(1)}/`)).toBe(true);
  });
  test('each lesson lists its activities with their kind and H5P flag', () => {
    const sante = arbre.find((g) => g.id === 'B2')!.lecons.find((l) => l.route === '/cours/bloc-2/sante-securite')!;
    expect(sante.activites).toEqual([
      { id: 'sante-securite', titre: 'Santé et sécurité dans l’atelier', kind: 'quiz', h5p: true },
      { id: 'presque-accident-menuiserie', titre: 'Un presque-accident à la scie', kind: 'cas', h5p: false },
    ]);
  });
  test('selected items come in tree order, each once, lessons and activities distinct', () => {
    const selection = new Set(['a:sante-securite', 'l:/cours/bloc-1/accueillir', 'a:cadre-esat-ea', 'l:/cours/bloc-2/sante-securite']);
    expect(itemsSelectionnes(arbre, selection)).toEqual([
      { t: 'a', id: 'cadre-esat-ea' },
      { t: 'l', id: '/cours/bloc-1/accueillir' },
      { t: 'l', id: '/cours/bloc-2/sante-securite' },
      { t: 'a', id: 'sante-securite' },
    ]);
    expect(cleItem({ t: 'l', id: '/x' })).toBe('l:/x');
  });
  test('critères covered: those of the lesson and its activities, in référentiel order, grouped by compétence', () => {
    const lecon = banque.lecons.find((l) => l.route === '/cours/bloc-1/accueillir')!;
    const couverts = criteresCouverts([{ t: 'a', id: 'sante-securite' }, { t: 'l', id: lecon.route }], banque);
    for (const c of lecon.criteres) expect(couverts).toContain(c);
    for (const c of banque.activites.find((a) => a.id === 'sante-securite')!.criteres) expect(couverts).toContain(c);
    expect(new Set(couverts).size).toBe(couverts.length);
    expect(couverts.indexOf(lecon.criteres[0]!)).toBeLessThan(couverts.findIndex((c) => c.startsWith('B2')));
    const groupes = parCompetence(couverts);
    expect(groupes.flatMap((g) => g.criteres.map((c) => c.id))).toEqual(couverts);
    for (const g of groupes) for (const c of g.criteres) expect(c.id.startsWith(`${g.competence.id}.`)).toBe(true);
    expect(criteresCouverts([], banque)).toEqual([]);
  });
});

describe('composing an assignment', () => {
  test('identifiers: 8 characters a-z0-9 from the injected source, reproducible', () => {
    expect(idParcours(() => 0)).toBe('aaaaaaaa');
    expect(idParcours(() => 0.999999)).toBe('99999999');
    const a = idParcours(aleatoire(42));
    expect(a).toMatch(/^[a-z0-9]{8}$/);
    expect(idParcours(aleatoire(42))).toBe(a);
    const ids = new Set(Array.from({ length: 500 }, ((r) => () => idParcours(r))(aleatoire(1))));
    expect(ids.size).toBe(500);
  });
  test('a valid form gives an assignment the learner side accepts', () => {
    const items = [{ t: 'l' as const, id: '/cours/bloc-2/sante-securite' }, { t: 'a' as const, id: 'demarche-qualite' }];
    const r = composerParcours({ ...formulaire, titre: '  Bloc 2 — semaine 3 ', groupe: ' ' }, items, { aujourdhui: '2026-11-28', random: () => 0.5, banque });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.parcours).toEqual({ v: 1, id: 'ssssssss', titre: 'Bloc 2 — semaine 3', echeance: '2026-12-15', mode: 'entrainement', cree: '2026-11-28', items });
    expect(parcoursProblems(r.parcours)).toEqual([]);
    const lien = lienParcours('https://exemple.org/', '/moniteur-atelier/', r.fragment);
    expect(lien).toBe(`https://exemple.org/moniteur-atelier/parcours#p=${r.fragment}`);
    expect(lireLien(new URL(lien).hash, banque)).toEqual({ ok: true, parcours: r.parcours });
  });
  test('every problem is a French sentence attached to its field', () => {
    const r = composerParcours({ titre: '  ', groupe: 'x'.repeat(81), echeance: '2026-13-45', mode: 'entrainement' }, [], options);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problemes.map((p) => p.champ)).toEqual(['titre', 'groupe', 'echeance', 'items']);
    expect(r.problemes.map((p) => p.message)).toEqual([
      'Donnez un titre au parcours.',
      'Le nom du groupe est trop long (81 caractères, 80 au plus).',
      "Date d'échéance invalide (AAAA-MM-JJ).",
      'Cochez au moins une leçon ou une activité.',
    ]);
    for (const p of r.problemes) expect(p.message).toMatch(/^[A-ZÀ-Ý].*\.$/);
  });
  test('too many items, markup in the title, a past due date', () => {
    const items = banque.activites.slice(0, 39).map((a) => ({ t: 'a' as const, id: a.id }));
    const trop = composerParcours(formulaire, [...items, { t: 'l', id: '/cours/bloc-1/accueillir' }, { t: 'l', id: '/cours/bloc-1/autodetermination' }], options);
    expect(!trop.ok && trop.problemes).toEqual([{ champ: 'items', message: "Trop d'éléments (40 au plus)." }]);
    const balise = composerParcours({ ...formulaire, titre: '<b>Titre</b>', groupe: 'a>b' }, items.slice(0, 1), options);
    expect(!balise.ok && balise.problemes).toEqual([
      { champ: 'titre', message: 'Le titre ne peut pas contenir les signes < ou >.' },
      { champ: 'groupe', message: 'Le nom du groupe ne peut pas contenir les signes < ou >.' },
    ]);
    const long = composerParcours({ ...formulaire, titre: 'x'.repeat(121) }, items.slice(0, 1), options);
    expect(!long.ok && long.problemes[0]!.message).toBe('Le titre est trop long (121 caractères, 120 au plus).');
    const passee = composerParcours({ ...formulaire, echeance: '2026-11-27' }, items.slice(0, 1), options);
    expect(!passee.ok && passee.problemes).toEqual([{ champ: 'echeance', message: "La date d'échéance est déjà passée : choisissez aujourd'hui ou une date à venir." }]);
    expect(composerParcours({ ...formulaire, echeance: '2026-11-28' }, items.slice(0, 1), options).ok).toBe(true);
  });
  test('40 items with long ids stay under the link limit or are refused with a reason', () => {
    const items = Array.from({ length: 40 }, (_, i) => ({ t: 'a' as const, id: `${'x'.repeat(150)}${i}` }));
    const r = composerParcours(formulaire, items, options);
    expect(!r.ok && r.problemes[0]!.message).toMatch(/lien serait trop long \(\d+ caractères, 4000 au plus\)/);
    const tout = itemsSelectionnes(arbre, new Set(banque.activites.slice(0, 40).map((a) => `a:${a.id}`)));
    expect(composerParcours(formulaire, tout.slice(0, 40), options).ok).toBe(true);
  });
  test('each message of parcoursProblems maps to its field', () => {
    expect(champDuProbleme('titre absent, trop long (120 caractères au plus) ou contenant < ou >')).toBe('titre');
    expect(champDuProbleme('nom de groupe invalide')).toBe('groupe');
    expect(champDuProbleme("date d'échéance invalide (AAAA-MM-JJ)")).toBe('echeance');
    expect(champDuProbleme('mode inconnu (entrainement ou examen)')).toBe('mode');
    expect(champDuProbleme("trop d'éléments (40 au plus)")).toBe('items');
    expect(champDuProbleme('élément n° 3 invalide')).toBe('items');
    expect(champDuProbleme('date de création invalide')).toBeNull();
    expect(phrase('le lien est abîmé')).toBe('Le lien est abîmé.');
    expect(phrase('Déjà une phrase.')).toBe('Déjà une phrase.');
  });
  test('the local date', () => {
    expect(dateLocale(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('the learner side', () => {
  const parcours: Parcours = {
    v: 1,
    id: 'k3x9q2ab',
    titre: 'Semaine 1',
    echeance: '2026-12-15',
    mode: 'entrainement',
    cree: '2026-11-28',
    items: [
      { t: 'l', id: '/cours/bloc-2/sante-securite' },
      { t: 'a', id: 'cadre-esat-ea' },
      { t: 'a', id: 'premiers-jours-de-karim' },
    ],
  };
  test('items lead to the lesson, or to the activity heading inside its lesson (never the H5P page for a native quiz)', () => {
    expect(cibleItem(parcours.items[0]!, banque)).toEqual({ type: 'lecon', titre: 'Conduire une production sûre pour la santé et la sécurité', href: '/cours/bloc-2/sante-securite' });
    expect(cibleItem(parcours.items[1]!, banque)).toMatchObject({ type: 'quiz', href: '/cours/introduction/s-entrainer-sur-le-cadre#cadre-esat-ea-titre' });
    expect(cibleItem(parcours.items[2]!, banque)).toMatchObject({ type: 'cas', href: '/cours/introduction/s-entrainer-sur-le-cadre#premiers-jours-de-karim-titre' });
    expect(cibleItem({ t: 'a', id: 'disparue' }, banque)).toBeNull();
    expect(cibleItem({ t: 'l', id: '/cours/disparue' }, banque)).toBeNull();
  });
  test('an activity played only as H5P leads to the H5P heading', () => {
    const seule: Banque = {
      ...banque,
      lecons: banque.lecons.filter((l) => l.route !== '/cours/introduction/s-entrainer-sur-le-cadre'),
      activites: banque.activites.map((a) => (a.id === 'cadre-esat-ea' ? { ...a, lecons: ['/cours/introduction/activites-h5p'] } : a)),
    };
    expect(cibleItem({ t: 'a', id: 'cadre-esat-ea' }, seule)?.href).toBe('/cours/introduction/activites-h5p#h5p-cadre-esat-ea-titre');
  });
  test('progress follows the journal; overdue only when unfinished', () => {
    const acteur = { learnerId: LEARNER, homePage: HOME };
    const horloge = { now: () => new Date('2026-11-28T10:00:00Z'), uuid: () => '00000000-0000-4000-8000-aaaaaaaaaaaa' };
    const faits = [
      ...quizCompleted(acteur, horloge, { quizId: 'cadre-esat-ea', obtenus: 10, total: 10, taux: 1, reussi: true, parQuestion: [], parCritere: {} }, { mode: 'entrainement', tentative: 't' }),
      caseCompleted(acteur, horloge, { casId: 'premiers-jours-de-karim', obtenus: 3, total: 8, reussi: false, fin: 'f', parCritere: {} } as never, 't2'),
    ];
    const a = avancement(parcours, banque, faits);
    expect(a.items.map((i) => i.statut)).toEqual(['a-faire', 'reussi', 'termine']);
    expect([a.reussis, a.total]).toEqual([1, 3]);
    expect(enRetard(parcours, '2026-12-16', a)).toBe(true);
    expect(enRetard(parcours, '2026-12-15', a)).toBe(false);
    expect(enRetard(parcours, '2026-12-16', { reussis: 3, total: 3 })).toBe(false);
    expect(enRetard({ ...parcours, echeance: undefined }, '2030-01-01', a)).toBe(false);
  });
  test('adding is idempotent by id; removing keeps the others; the profile stays valid', () => {
    const vide = profilVide('Léa');
    const un = ajouterParcours(vide, parcours);
    expect(un.deja).toBe(false);
    expect(un.profil.parcours).toEqual([parcours]);
    const deux = ajouterParcours(un.profil, { ...parcours, titre: 'Autre titre' });
    expect(deux).toEqual({ profil: un.profil, deja: true });
    const autre = ajouterParcours(un.profil, { ...parcours, id: 'autre123' }).profil;
    expect(profilProblem(autre)).toBeNull();
    expect(retirerParcours(autre, 'k3x9q2ab').parcours.map((p) => p.id)).toEqual(['autre123']);
  });
  test('sorted by due date, without due date last', () => {
    const p = (id: string, echeance?: string, cree = '2026-11-01') => ({ ...parcours, id, echeance, cree });
    expect(parcoursTries([p('c'), p('b', '2026-12-20'), p('a', '2026-12-01'), p('d', undefined, '2026-11-20')]).map((x) => x.id)).toEqual(['a', 'b', 'd', 'c']);
  });
});

describe('the cohort table', () => {
  const REVISION = banque.revision;
  const cohorte = passeportsCohorte(6, { revisionContenu: REVISION, traces: 120 });
  const fichiers = cohorte.map((p, i) => ({ nom: `passeport-${i + 1}.json`, texte: p.texte }));

  test('one row per learner; a later file of the same learner replaces the earlier, and it is said', () => {
    const plusTard = creerPasseport(etatRealiste({ nom: cohorte[1]!.nom, graine: 1001, traces: 150 }), { now: new Date('2026-12-01T10:00:00Z'), revisionContenu: REVISION });
    const t = importerFichiers(TABLEAU_VIDE, [...fichiers, { nom: 'karim-decembre.json', texte: plusTard }], { revisionContenu: REVISION });
    expect(t.lignes).toHaveLength(6);
    expect(t.fichiers).toBe(7);
    expect(t.remplacements).toEqual([{ nom: cohorte[1]!.nom, ancien: 'passeport-2.json', nouveau: 'karim-decembre.json' }]);
    expect(t.lignes[1]!.ligne).toMatchObject({ fichier: 'karim-decembre.json', traces: 150 });
    // A second import adds to the first one.
    const encore = importerFichiers(t, [fichiers[0]!], { revisionContenu: REVISION });
    expect(encore.lignes).toHaveLength(6);
    expect(encore.remplacements).toHaveLength(2);
    expect(encore.fichiers).toBe(8);
  });
  test('refused files are listed with their reason; content of another version is counted, not refused', () => {
    const t = importerFichiers(
      TABLEAU_VIDE,
      [
        { nom: 'vide.json', texte: '' },
        { nom: 'tronque.json', texte: fichiers[0]!.texte.slice(0, 500) },
        { nom: 'modifie.json', texte: fichiers[0]!.texte.replace('"version":1', '"version":1 ').replace(/"nom":"[^"]*"/, '"nom":"Autre"') },
        { nom: 'enorme.json', refus: 'fichier trop volumineux (25 Mo ; 20 Mo au plus)' },
        fichiers[2]!,
      ],
      { revisionContenu: 'autre0000000' },
    );
    expect(t.lignes).toHaveLength(1);
    expect(t.autreVersion).toBe(1);
    expect(t.refus.map((r) => r.fichier)).toEqual(['vide.json', 'tronque.json', 'modifie.json', 'enorme.json']);
    expect(t.fichiers).toBe(5);
    expect(t.refus[0]!.raison).toMatch(/vide/);
    expect(t.refus[1]!.raison).toMatch(/tronqué/);
    expect(t.refus[2]!.raison).toMatch(/somme de contrôle|nom/);
  });
  test('columns, cells, filters and the summary row', () => {
    const t = importerFichiers(TABLEAU_VIDE, fichiers, { revisionContenu: REVISION });
    const colonnes = colonnesCohorte('B2');
    expect(colonnes.map((c) => c.id)).toEqual(REFERENTIEL.blocs[1]!.competences.map((c) => c.id));
    expect(colonnesCohorte('B2', 'B2.C1').map((c) => c.id)).toEqual(REFERENTIEL.blocs[1]!.competences[0]!.criteres.map((c) => c.id));
    const l = t.lignes[0]!;
    const c = l.ligne.blocs[1]!.competences[0]!;
    expect(cellule(l, c.id)).toEqual({ niveau: c.niveau, score: c.score });
    expect(cellule(l, c.criteres[0]!.id)).toEqual({ niveau: c.criteres[0]!.niveau, score: c.criteres[0]!.score });
    const tries = filtrerTableau(t.lignes, {});
    expect(tries.map((x) => x.ligne.nom)).toEqual([...cohorte.map((p) => p.nom)].sort((a, b) => a.localeCompare(b, 'fr')));
    expect(filtrerTableau(t.lignes, { recherche: cohorte[3]!.nom.slice(0, 4).toUpperCase() }).map((x) => x.ligne.nom)).toContain(cohorte[3]!.nom);
    const acquis = filtrerTableau(t.lignes, { bloc: 'B2', niveau: 'acquis' });
    for (const x of acquis) expect(x.ligne.blocs[1]!.competences.some((k) => k.niveau === 'acquis')).toBe(true);
    const synthese = syntheseCohorte(t.lignes, colonnes);
    for (const [i, s] of synthese.entries()) {
      expect(s.total).toBe(6);
      expect(s.acquis).toBe(t.lignes.filter((x) => cellule(x, colonnes[i]!.id).niveau === 'acquis').length);
      expect(s.evalues).toBeGreaterThanOrEqual(s.acquis);
    }
    const csv = csvCohorte(tries.map((x) => x.ligne), 'B2');
    expect(csv.replace(/^\ufeff/, '').split('\r\n')[0]).toMatch(/^Apprenant;Traces;Dernière activité;B2\.C1 score \(%\);B2\.C1 niveau/);
  });
  test('realistic passports: about 300 statements, several critères evaluated, some acquis', () => {
    const e = etatRealiste({ nom: 'Test', graine: 3 });
    expect(e.journal.statements).toHaveLength(300);
    const t = importerFichiers(TABLEAU_VIDE, passeportsCohorte(20, { revisionContenu: REVISION }).map((p, i) => ({ nom: `${i}.json`, texte: p.texte })), { revisionContenu: REVISION });
    const niveaux = new Set(t.lignes.flatMap((l) => l.ligne.blocs.flatMap((b) => b.competences.map((c) => c.niveau))));
    expect(niveaux.has('acquis') || niveaux.has('en-cours')).toBe(true);
    expect(new Set(t.lignes.map((l) => l.ligne.nom)).size).toBe(20);
  });
});
