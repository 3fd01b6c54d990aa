/**
 * The passport page's words and checks (backup reminder, size check, import
 * preview and consequence, trainer's summary link) and the livret's content
 * (rows per compétence, latest case-study attempts and their debriefs, fields).
 */
import { COMPETENCE_IDS, REFERENTIEL } from '@site/src/referentiel';
import type { Cas } from '@site/src/domain/cas/types';
import { scoreCas, type Etape } from '@site/src/domain/cas/graph';
import { caseCompleted } from '@site/src/domain/journal/events';
import { emptyJournal } from '@site/src/domain/journal/journal';
import { maitrise } from '@site/src/domain/journal/mastery';
import { historique } from '@site/src/domain/journal/historique';
import { debriefLivret, dernieresTentativesCas, lignesLivret } from '@site/src/domain/apprenant/livret';
import { avecValeurs, problemeChamp, valeursLivret, LIMITES_LIVRET } from '@site/src/domain/apprenant/livret-champs';
import { PASSEPORT_TAILLE_MAX } from '@site/src/domain/apprenant/passeport-taille';
import { profilProblem, profilVide, type Profil } from '@site/src/domain/profil/profil';
import { lireResume, resumeDe } from '@site/src/domain/journal/resume';
import {
  apercuImport,
  consequenceImport,
  jourLocal,
  lienResume,
  nombreDeTraces,
  rappelSauvegarde,
  refusTaille,
  taille,
} from '@site/src/domain/journal/sauvegarde';
import { tableauResume } from '@site/src/domain/journal/tableau-resume';
import { HOME, LEARNER, statement } from '../fixtures/statements';
import { casFixture } from '../fixtures/cas';

const AUTRE = '9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d';
// The fixture case (tests/fixtures/cas.ts): tests do not depend on the wording of the site's cases.
const karim: Cas = casFixture;

/** A finished attempt of the Karim case study along the given choices. */
function partie(choix: string[], when: string, id: string) {
  const etapes: Etape[] = [];
  let noeud = karim.debut;
  for (const c of choix) {
    etapes.push({ noeud, choix: c });
    const n = karim.noeuds.find((x) => x.id === noeud);
    if (n?.type !== 'situation') throw new Error(`pas de situation ${noeud}`);
    noeud = n.choix.find((x) => x.id === c)!.suivant;
  }
  return caseCompleted({ learnerId: LEARNER, homePage: HOME }, { now: () => new Date(when), uuid: () => id }, scoreCas(karim, etapes), 'tentative');
}
const MEILLEUR = ['bien', 'demander'];
const MITIGE = ['attendre', 'avancer', 'decider'];

describe('words', () => {
  test('trace counts, sizes and local days in French', () => {
    expect(nombreDeTraces(0)).toBe('aucune réponse enregistrée');
    expect(nombreDeTraces(1)).toBe('1 réponse enregistrée');
    expect(nombreDeTraces(1234)).toMatch(/^1\s234 réponses enregistrées$/);
    expect(taille(1)).toBe('1 octet');
    expect(taille(900)).toBe('900 octets');
    expect(taille(12_700)).toBe('12,4 ko');
    expect(taille(PASSEPORT_TAILLE_MAX)).toBe('20 Mo');
    expect(jourLocal(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('backup reminder', () => {
  const jours = (n: number, depuis = 1) => Array.from({ length: n }, (_, i) => statement({ when: `2026-03-${String(depuis + i).padStart(2, '0')}T10:00:00Z` }));

  test('nothing before 5 days of practice', () => {
    expect(rappelSauvegarde(jours(4))).toBeNull();
    expect(rappelSauvegarde([])).toBeNull();
  });

  test('never exported: says so', () => {
    const r = rappelSauvegarde(jours(5));
    expect(r?.jours).toBe(5);
    expect(r?.message).toMatch(/^Vous avez travaillé 5 jours et vous n’avez encore jamais sauvegardé/);
  });

  test('counts only the days after the last export', () => {
    const s = jours(12);
    expect(rappelSauvegarde(s, '2026-03-08T18:00:00.000Z')).toBeNull();
    expect(rappelSauvegarde(s, '2026-03-07T18:00:00.000Z')?.message).toMatch(/^Vous avez travaillé 5 jours depuis votre dernière sauvegarde/);
  });
});

describe('size check before reading a file', () => {
  test('empty and oversized files are refused with the reason', () => {
    expect(refusTaille(0)).toBe('le fichier est vide');
    expect(refusTaille(PASSEPORT_TAILLE_MAX)).toBeNull();
    expect(refusTaille(PASSEPORT_TAILLE_MAX + 1)).toMatch(/^fichier trop volumineux \(20 Mo ; 20 Mo au plus\)/);
    expect(refusTaille(25 * 1024 * 1024)).toMatch(/25 Mo ; 20 Mo au plus/);
  });
});

describe('import preview and consequence', () => {
  const a = statement();
  const b = statement();
  const c = statement();
  const actuel = { ...emptyJournal(LEARNER, HOME), statements: [a, b] };
  const fichier = (learner: string, list = [b, c]) => ({ journal: { ...emptyJournal(learner, HOME), statements: list }, profil: profilVide('Samia') });

  test('counts the traces that a merge would add', () => {
    expect(apercuImport(actuel, fichier(LEARNER))).toEqual({ actuelles: 2, fichier: 2, nouvelles: 1, totalFusion: 3, memeApprenant: true });
    expect(apercuImport(actuel, fichier(AUTRE)).memeApprenant).toBe(false);
  });

  test('replace: the current and imported counts are spelled out', () => {
    expect(consequenceImport('remplacer', apercuImport(actuel, fichier(AUTRE, [a, b, c])))).toMatch(
      /^Vos 2 réponses enregistrées actuelles seront remplacées par les 3 réponses enregistrées du fichier\. Votre nom, votre positionnement, vos parcours et votre livret seront aussi remplacés par ceux du fichier\. Ce remplacement ne peut pas être annulé/,
    );
    const vide = { ...emptyJournal(AUTRE, HOME), statements: [] };
    expect(consequenceImport('remplacer', apercuImport(vide, fichier(LEARNER, [c])))).toMatch(/^Ce navigateur ne contient encore aucune réponse enregistrée : il recevra la réponse enregistrée du fichier\./);
    expect(consequenceImport('remplacer', apercuImport(vide, fichier(LEARNER, [c])))).not.toMatch(/annulé/);
    expect(consequenceImport('remplacer', apercuImport({ ...actuel, statements: [a] }, fichier(LEARNER, [])))).toMatch(/^Votre réponse enregistrée actuelle sera remplacée par un passeport vide/);
  });

  test('merge: new traces, nothing deleted; impossible for another learner', () => {
    expect(consequenceImport('fusionner', apercuImport(actuel, fichier(LEARNER)))).toMatch(
      /^1 réponse enregistrée du fichier, absente de ce navigateur, sera ajoutée à vos 2 réponses enregistrées actuelles \(3 réponses enregistrées au total\)\. Rien n’est supprimé\./,
    );
    expect(consequenceImport('fusionner', apercuImport({ ...actuel, statements: [a] }, fichier(LEARNER)))).toMatch(
      /^Les 2 réponses enregistrées du fichier absentes de ce navigateur seront ajoutées à votre réponse enregistrée actuelle \(3 réponses enregistrées au total\)/,
    );
    expect(consequenceImport('fusionner', apercuImport(actuel, fichier(LEARNER, [a])))).toMatch(/^Toutes les réponses enregistrées du fichier sont déjà dans ce navigateur : rien ne change \(2 réponses enregistrées\)\./);
    expect(consequenceImport('fusionner', apercuImport(actuel, fichier(AUTRE)))).toMatch(/^La fusion est impossible/);
  });
});

describe('trainer summary link', () => {
  test('the link carries the summary after #r= and reads back', () => {
    const resume = resumeDe('Léa Martin', new Date('2026-11-28T10:00:00Z'), maitrise([statement({ criteres: ['B2.C1.CR1'] })]));
    const lien = lienResume('https://exemple.github.io/', '/moniteur-atelier/', resume);
    expect(lien).toMatch(/^https:\/\/exemple\.github\.io\/moniteur-atelier\/formateurs\/resume#r=1\./);
    expect(lireResume(new URL(lien).hash)).toEqual({ ok: true, resume });
    expect(lien.length).toBeLessThan(200);
  });

  test('the table lists every compétence, bloc by bloc', () => {
    const resume = resumeDe('', new Date('2026-11-28T10:00:00Z'), maitrise([statement({ criteres: ['B2.C1.CR1'], points: 0 })]));
    const blocs = tableauResume(resume);
    expect(blocs.map((b) => b.id)).toEqual(['B1', 'B2', 'B3']);
    expect(blocs.flatMap((b) => b.lignes.map((l) => l.id))).toEqual(COMPETENCE_IDS);
    const b2c1 = blocs[1]!.lignes.find((l) => l.id === 'B2.C1')!;
    expect(b2c1).toMatchObject({ niveau: 'a-travailler', score: 0 });
    expect(blocs[0]!.lignes[0]).toMatchObject({ niveau: 'non-evalue', score: null });
  });
});

describe('livret rows', () => {
  test('self-assessment beside the measured level, with the date of the last evidence', () => {
    const s = [
      statement({ criteres: ['B1.C1.CR1'], when: '2026-02-01T09:00:00Z' }),
      statement({ criteres: ['B1.C1.CR2'], when: '2026-02-03T09:00:00Z', points: 0 }),
      statement({ criteres: ['B1.C1.CR1'], when: '2026-02-02T09:00:00Z' }),
    ];
    const positionnement: Profil['positionnement'] = {
      entree: { date: '2026-01-10', niveaux: { 'B1.C1': 'pas-encore' } },
      sortie: { date: '2026-06-10', niveaux: { 'B1.C1': 'sait' } },
    };
    const blocs = lignesLivret(maitrise(s), positionnement);
    expect(blocs.map((b) => b.lignes.length)).toEqual(REFERENTIEL.blocs.map((b) => b.competences.length));
    const ligne = blocs[0]!.lignes[0]!;
    expect(ligne).toEqual({
      competence: 'B1.C1',
      intitule: REFERENTIEL.blocs[0]!.competences[0]!.intitule,
      entree: 'pas-encore',
      sortie: 'sait',
      niveau: 'en-cours',
      score: 0.5,
      criteresEvalues: 2,
      criteresTotal: REFERENTIEL.blocs[0]!.competences[0]!.criteres.length,
      preuves: 3,
      derniere: '2026-02-03T09:00:00.000Z',
    });
    expect(blocs[2]!.lignes[0]).toMatchObject({ entree: null, sortie: null, niveau: 'non-evalue', score: null, preuves: 0, derniere: null });
  });
});

describe('case studies in the livret', () => {
  const s = [
    partie(MEILLEUR, '2026-04-01T10:00:00Z', '00000000-0000-4000-8000-0000000000a1'),
    statement({ when: '2026-04-02T10:00:00Z' }),
    partie(MITIGE, '2026-04-03T10:00:00Z', '00000000-0000-4000-8000-0000000000a2'),
  ];

  test('only the latest attempt of each case, the same attempts as the history', () => {
    const t = dernieresTentativesCas(s);
    expect(t).toHaveLength(1);
    expect(t[0]).toMatchObject({ casId: 'cas-test', date: '2026-04-03T10:00:00.000Z', fin: 'fin-ko' });
    const h = historique(s).filter((x) => x.origine === 'cas');
    expect(h.map((x) => x.date)).toContain(t[0]!.date);
    expect(h[0]).toMatchObject({ activite: t[0]!.casId, date: t[0]!.date, points: t[0]!.points, max: t[0]!.max });
  });

  test('the debrief names the ending and the critères below full marks, with their texts', () => {
    const d = debriefLivret(karim, dernieresTentativesCas(s)[0]!);
    expect(d.titre).toBe('Cas de test');
    // The quality is the band of the attempt's points (1 of 4), not a label of the node.
    expect(d.fin).toEqual({ titre: 'À revoir', qualite: 'a-revoir', libelle: 'Issue à retravailler' });
    expect(d.aRetravailler.map((c) => [c.critere, c.score])).toEqual([
      ['B1.C1.CR1', 1 / 2],
      ['B1.C3.CR1', 0],
    ]);
    expect(d.aRetravailler[1]!.texte).toBe(karim.debrief['B1.C3.CR1']!.texte);
    expect(d.aRetravailler[1]!.lien).toBe(karim.debrief['B1.C3.CR1']!.lien);
  });

  test('full marks everywhere: nothing to rework; an ending removed from the case is null', () => {
    const meilleur = dernieresTentativesCas([partie(MEILLEUR, '2026-04-01T10:00:00Z', '00000000-0000-4000-8000-0000000000a3')])[0]!;
    const parfait = { ...meilleur, parCritere: Object.fromEntries(karim.criteres.map((c) => [c, 1])) };
    expect(debriefLivret(karim, parfait)).toMatchObject({ fin: { qualite: 'optimale', libelle: 'Issue favorable' }, aRetravailler: [] });
    expect(debriefLivret(karim, { ...parfait, fin: 'disparue' }).fin).toBeNull();
  });
});

describe('livret fields', () => {
  test('limits and forbidden signs are explained', () => {
    expect(problemeChamp('nom', 'Léa Martin')).toBeNull();
    expect(problemeChamp('nom', 'x'.repeat(LIMITES_LIVRET.nom + 1))).toBe('80 caractères au plus (81 actuellement)');
    expect(problemeChamp('structure', 'ESAT <Les Tilleuls>')).toBe('les signes < et > ne sont pas acceptés');
    expect(problemeChamp('observations', 'x'.repeat(4000))).toBeNull();
  });

  test('values go to the profile and come back; the profile stays valid', () => {
    const profil: Profil = { ...profilVide('Samia'), livret: { structure: 'ESAT Les Tilleuls' } };
    const valeurs = { nom: 'Samia B.', structure: '', formateur: 'M. Durand', observations: 'Ligne 1\nLigne 2' };
    const p = avecValeurs(profil, valeurs);
    expect(profilProblem(p)).toBeNull();
    expect(p.livret).toEqual({ formateur: 'M. Durand', observations: 'Ligne 1\nLigne 2' });
    expect(valeursLivret(p)).toEqual(valeurs);
  });

  test('only the given fields change', () => {
    const profil: Profil = { ...profilVide('Samia'), livret: { structure: 'ESAT Les Tilleuls', observations: 'À revoir' } };
    expect(avecValeurs(profil, { observations: '' })).toEqual({ ...profil, livret: { structure: 'ESAT Les Tilleuls' } });
    expect(avecValeurs(profil, { nom: 'Samia B.', formateur: 'Mme Roux' })).toEqual({
      ...profil,
      nom: 'Samia B.',
      livret: { structure: 'ESAT Les Tilleuls', observations: 'À revoir', formateur: 'Mme Roux' },
    });
  });
});
