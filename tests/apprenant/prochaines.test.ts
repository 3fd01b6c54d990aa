/**
 * « À faire ensuite », the replayable review cards and the titles/links of
 * activities shown in histories.
 */
import path from 'node:path';
import { ACTIVITES } from '@site/quizzes/index';
import { construireBanque } from '@site/src/build/activites/activites';
import { lienActivite, titreActivite } from '@site/src/domain/formateur/banque';
import { aFaireEnsuite, JOURS_AVANT_RAPPEL } from '@site/src/domain/apprenant/prochaines';
import { aReviser, cartesJouables, paquet, parActivite } from '@site/src/domain/apprenant/revision';
import { aDesRatees } from '@site/src/domain/apprenant/ratees';
import { maitrise } from '@site/src/domain/journal/mastery';
import { profilVide, type Profil } from '@site/src/domain/profil/profil';
import type { Parcours } from '@site/src/domain/formateur/parcours';
import { iri } from '@site/src/domain/journal/iri';
import { statement } from '../fixtures/statements';

const banque = construireBanque(path.resolve(__dirname, '..', '..'), ACTIVITES, new Map());
const now = new Date('2026-11-28T10:00:00Z');
const quiz = banque.activites.find((a) => a.kind === 'quiz' && a.lecons.length > 0)!;
const question = quiz.questions[0]!;
const critere = question.criteres[0]!;

describe('à faire ensuite', () => {
  test('a new learner is sent to the self-assessment and to the first critères, with a lesson and an activity each', () => {
    const s = aFaireEnsuite({ blocs: maitrise([]), banque, statements: [], profil: profilVide(), now, cartesAReviser: 0 });
    const criteres = s.filter((x) => x.type === 'critere');
    expect(criteres).toHaveLength(3);
    for (const c of criteres) {
      if (c.type !== 'critere') continue;
      expect(c.lecon?.route).toMatch(/^\/cours\//);
      // The link lands on the activity's heading, with the H5P prefix when the lesson plays it with the H5P player.
      expect(c.activite?.href).toBe(lienActivite(banque, c.activite!.id));
      expect(c.activite?.href).toMatch(/^\/cours\/.+#.+-titre$/);
    }
    expect(s.some((x) => x.type === 'positionnement')).toBe(true);
    expect(s.some((x) => x.type === 'sauvegarde' || x.type === 'revision' || x.type === 'parcours')).toBe(false);
  });

  test('the weakest critère comes first; missed questions due for review are counted', () => {
    const wrong = statement({ objet: iri.question(quiz.id, question.id), points: 0, criteres: [critere], when: '2026-11-20T10:00:00Z' });
    const s = aFaireEnsuite({ blocs: maitrise([wrong]), banque, statements: [wrong], profil: profilVide(), now, cartesAReviser: aReviser([wrong], now).length });
    expect(s.find((x) => x.type === 'critere')).toMatchObject({ critere, niveau: 'a-travailler', score: 0 });
    expect(s.find((x) => x.type === 'revision')).toEqual({ type: 'revision', cartes: 1 });
  });

  test('the review deck is looked at only after a missed question (its scheduler is loaded on that condition)', () => {
    const juste = statement({ objet: iri.question(quiz.id, question.id), points: 1, criteres: [critere], when: '2026-11-20T10:00:00Z' });
    const ratee = statement({ objet: iri.question(quiz.id, question.id), points: 0, criteres: [critere], when: '2026-11-21T10:00:00Z' });
    const autre = statement({ objet: iri.noeud('cas', 'n1'), points: 0, when: '2026-11-21T10:00:00Z' });
    expect(aDesRatees([])).toBe(false);
    expect(aDesRatees([juste])).toBe(false);
    // A score of 0 on something that is not a question (a step of a case study) is not a card.
    expect(paquet([autre])).toEqual([]);
    expect(aDesRatees([autre])).toBe(false);
    expect(aDesRatees([juste, ratee])).toBe(true);
    // Whatever the deck holds, a journal without a miss holds no card.
    expect(paquet([juste])).toEqual([]);
  });

  test('an unfinished assignment is listed first, flagged when overdue; the backup reminder comes after 5 active days', () => {
    const parcours: Parcours = { v: 1, id: 'abcdef12', titre: 'Semaine 1', mode: 'entrainement', cree: '2026-11-01', echeance: '2026-11-20', items: [{ t: 'a', id: quiz.id }] };
    const days = Array.from({ length: JOURS_AVANT_RAPPEL }, (_, i) => statement({ when: `2026-11-2${i}T10:00:00Z` }));
    const profil: Profil = { ...profilVide(), parcours: [parcours], positionnement: { entree: { date: '2026-11-01', niveaux: { 'B1.C1': 'aide' } } } };
    const s = aFaireEnsuite({ blocs: maitrise(days), banque, statements: days, profil, now, cartesAReviser: 0 });
    expect(s[0]).toMatchObject({ type: 'parcours', restants: 1, enRetard: true });
    expect(s.at(-1)).toEqual({ type: 'sauvegarde', jours: JOURS_AVANT_RAPPEL });
    expect(s.some((x) => x.type === 'positionnement')).toBe(false);
    const saved = aFaireEnsuite({ blocs: maitrise(days), banque, statements: days, profil: { ...profil, derniereExport: '2026-11-24T12:00:00Z' }, now, cartesAReviser: 0 });
    expect(saved.some((x) => x.type === 'sauvegarde')).toBe(false);
    // A self-assessment saved without any answer (an earlier version allowed it) is as none.
    const vide = aFaireEnsuite({ blocs: maitrise(days), banque, statements: days, profil: { ...profil, positionnement: { entree: { date: '2026-11-01', niveaux: {} } } }, now, cartesAReviser: 0 });
    expect(vide.some((x) => x.type === 'positionnement')).toBe(true);
  });
});

describe('review cards', () => {
  test('only questions of the site’s quizzes are replayable; grouped by activity, oldest first', () => {
    const cards = paquet([
      statement({ objet: iri.question(quiz.id, question.id), points: 0, when: '2026-11-02T10:00:00Z' }),
      statement({ objet: iri.question(quiz.id, quiz.questions[1]!.id), points: 0, when: '2026-11-01T10:00:00Z' }),
      statement({ objet: `${iri.h5p('contenu-importe')}/questions/q1`, points: 0, when: '2026-11-01T10:00:00Z' }),
    ]);
    const jouables = cartesJouables(cards, banque);
    expect(jouables).toHaveLength(2);
    const groupes = parActivite(jouables);
    expect(groupes.map(([a, c]) => [a, c.map((x) => x.question)])).toEqual([[quiz.id, [quiz.questions[1]!.id, question.id]]]);
  });
});

describe('activity titles and links', () => {
  test('titles of quizzes and mock exams; links to the activity heading in its lesson', () => {
    expect(titreActivite(banque, quiz.id)).toBe(quiz.titre);
    expect(titreActivite(banque, 'examen-blanc-b2')).toBe('Examen blanc du bloc 2');
    expect(titreActivite(banque, 'examen-blanc-titre')).toBe('Examen blanc du titre complet');
    // The lesson that shows it as a quiz, not one that plays it with the H5P player (another heading).
    const native = quiz.lecons.find((r) => !banque.lecons.find((l) => l.route === r)?.h5p?.includes(quiz.id));
    expect(lienActivite(banque, quiz.id)).toBe(`${native}#${quiz.id}-titre`);
    expect(lienActivite(banque, 'inconnue')).toBeNull();
  });

  test('an activity played only with the H5P player is linked to its H5P heading', () => {
    const h5p = banque.activites.find((a) => a.lecons.length > 0 && a.lecons.every((r) => banque.lecons.find((l) => l.route === r)?.h5p?.includes(a.id)))!;
    expect(h5p).toBeDefined();
    expect(lienActivite(banque, h5p.id)).toBe(`${h5p.lecons[0]}#h5p-${h5p.id}-titre`);
  });
});
