/**
 * @jest-environment jsdom
 *
 * The plain-DOM player of our H5P content type and SCORM module (src/lecteur) is a
 * thin view over the quiz session (src/domain/quiz/session.ts): the same answers,
 * checks, « Je ne sais pas », retries, solutions and scores as the React quiz. A
 * state saved by earlier versions of the player (H5P `getCurrentState`, SCORM
 * `cmi.suspend_data`) still comes back.
 */
import { Lecteur, type Rappels } from '@site/src/lecteur/lecteur';
import { decoderSuspension } from '@site/src/domain/scorm/suspension';
import { reduce, restaurer } from '@site/src/domain/quiz/session';
import type { EtatLecteur } from '@site/src/domain/etat-lecteur';
import type { Correction } from '@site/src/domain/quiz/scoring';
import type { Question } from '@site/src/domain/quiz/types';
import { qOrdre, quizFixture } from '../fixtures/quiz';

function monter(etat?: unknown, rappels: Rappels = {}) {
  const container = document.createElement('div');
  document.body.replaceChildren(container);
  const lecteur = new Lecteur({ lecture: { ok: true, activite: quizFixture, formules: [] }, uid: 't', graine: 'h5p:1', etat, rappels });
  lecteur.attach(container);
  const question = (id: string) => container.querySelector<HTMLFieldSetElement>(`fieldset:has([id="t-${id}-enonce"])`)!;
  const bouton = (id: string, nom: string) => [...question(id).querySelectorAll('button')].find((b) => b.textContent === nom)!;
  return { lecteur, container, question, bouton };
}

const cliquer = (el: HTMLElement) => el.dispatchEvent(new MouseEvent('click', { bubbles: true }));
const cocher = (el: HTMLInputElement) => {
  el.checked = true;
  el.dispatchEvent(new Event('change', { bubbles: true }));
};

/** The state saved by the player before it ran on the quiz session (shape of 2026, H5P getCurrentState). */
const ANCIEN: EtatLecteur = {
  reponses: {
    unique: { choix: 'b' },
    'vrai-faux': { valeur: true },
    multiples: { choix: ['a'] },
    numerique: { jeNeSaisPas: true },
  },
  verifiees: ['vrai-faux', 'unique', 'numerique'],
  etapes: [],
  revele: false,
  commence: false,
};

describe('the DOM player restores what earlier versions saved', () => {
  test('H5P previousState of the old shape: checked answers corrected, a draft kept, the same shape saved back', () => {
    const { lecteur, question } = monter(ANCIEN);
    expect(question('unique').textContent).toContain('Bonne réponse');
    expect(question('vrai-faux').textContent).toContain('Réponse incorrecte');
    expect(question('numerique').textContent).toContain('Question passée');
    // The unchecked draft is in its inputs, still open.
    expect(question('multiples').querySelector<HTMLInputElement>('[id="t-multiples-a"]')!.checked).toBe(true);
    expect(question('multiples').querySelector('.ma-correction')).toBeNull();
    expect(lecteur.getScore()).toBe(1);
    expect(lecteur.getMaxScore()).toBe(7);
    expect(lecteur.getAnswerGiven()).toBe(true);
    expect(lecteur.termine()).toBe(false);
    const saved = lecteur.getCurrentState();
    expect(saved).toEqual({ ...ANCIEN, verifiees: ['unique', 'vrai-faux', 'numerique'] });
    expect(new Lecteur({ lecture: { ok: true, activite: quizFixture, formules: [] }, uid: 'u', graine: 'h5p:1', etat: saved }).getCurrentState()).toEqual(saved);
  });

  test('SCORM suspend_data of the old format gives the same state back', () => {
    // Written by the module before: [version, [per activity {"q": [[question index, compact answer, checked]]}]].
    const etats = decoderSuspension([quizFixture], '[1,[{"q":[[0,"1",1],[1,"0",0],[2,"1",1],[6,"?",1]]}]]');
    const { lecteur } = monter(etats[quizFixture.id]);
    expect(lecteur.getCurrentState()).toEqual({ ...ANCIEN, verifiees: ['unique', 'vrai-faux', 'numerique'] });
  });

  test('what no longer fits is left out, never thrown: a foreign answer, a checked question without an answer', () => {
    const { lecteur, question } = monter({ reponses: { unique: { choix: 42 }, ordre: 'n’importe quoi', fantome: { choix: 'a' } }, verifiees: ['unique', 'ordre', 'fantome'], etapes: 'x' });
    expect(lecteur.getCurrentState()).toEqual({ reponses: {}, verifiees: [], etapes: [], revele: false, commence: false });
    expect(question('unique').querySelector('.ma-correction')).toBeNull();
    expect(monter('pas un état').lecteur.getCurrentState().verifiees).toEqual([]);
  });
});

describe('the DOM player runs on the quiz session', () => {
  test('answer, check, « Je ne sais pas », retry, then the end: once « completed », with the session’s score', () => {
    const answered: [Question, Correction][] = [];
    const completed = jest.fn();
    const change = jest.fn();
    const { lecteur, question, bouton, container } = monter(undefined, { answered: (q, c) => answered.push([q, c]), completed, change });
    // Incomplete: the reason is said, nothing is checked.
    cliquer(bouton('unique', 'Vérifier'));
    expect(question('unique').querySelector('.ma-invalide')).not.toBeNull();
    expect(answered).toHaveLength(0);
    cocher(question('unique').querySelector<HTMLInputElement>('[id="t-unique-b"]')!);
    cliquer(bouton('unique', 'Vérifier'));
    expect(answered.map(([q, c]) => [q.id, c.resultat.statut])).toEqual([['unique', 'correct']]);
    expect(change).toHaveBeenCalledTimes(1);
    expect(document.activeElement?.id).toBe('t-unique-correction');
    // An ordering question checked as it stands is answered with its starting order, which earns nothing.
    cliquer(bouton('ordre', 'Vérifier'));
    expect(answered.at(-1)![1].resultat).toMatchObject({ questionId: 'ordre', statut: 'incorrect', points: 0 });
    const montre = [...question('ordre').querySelectorAll('.ma-ordre li > span:first-child')].map((li) => qOrdre.etapes.find((e) => e.texte === li.textContent)!.id);
    expect(montre).toHaveLength(qOrdre.etapes.length);
    expect(lecteur.getCurrentState().reponses.ordre).toEqual({ ordre: montre });
    // Retry: the question opens again, empty.
    cliquer(bouton('ordre', 'Réessayer'));
    expect(lecteur.getCurrentState().verifiees).toEqual(['unique']);
    expect(question('ordre').querySelector('.ma-correction')).toBeNull();
    for (const id of ['multiples', 'vrai-faux', 'association', 'ordre', 'trous', 'numerique']) cliquer(bouton(id, 'Je ne sais pas'));
    expect(completed).toHaveBeenCalledTimes(1);
    expect(lecteur.termine()).toBe(true);
    expect(lecteur.reussi()).toBe(false);
    expect(lecteur.getScore()).toBe(1);
    expect(container.querySelector('.ma-rapport')!.textContent).toContain('1 / 7 (14 %)');
    // A retry after the end reopens the attempt; finishing it again is a new completion.
    cliquer(bouton('numerique', 'Réessayer'));
    expect(lecteur.termine()).toBe(false);
    expect(container.querySelector('.ma-rapport')).toBeNull();
    cliquer(bouton('numerique', 'Je ne sais pas'));
    expect(completed).toHaveBeenCalledTimes(2);
  });

  test('showSolutions answers every question with its solution, corrected: full score; resetTask starts again', () => {
    const { lecteur, container } = monter(ANCIEN);
    lecteur.showSolutions();
    expect(lecteur.termine()).toBe(true);
    expect(lecteur.getScore()).toBe(7);
    expect(container.querySelectorAll('.ma-juste')).toHaveLength(7);
    lecteur.resetTask();
    expect(lecteur.getCurrentState()).toEqual({ reponses: {}, verifiees: [], etapes: [], revele: false, commence: false });
    expect(container.querySelectorAll('.ma-correction')).toHaveLength(0);
  });

  test('the player and the session agree: the same corrections as the reducer fed with the same actions', () => {
    const { lecteur } = monter(ANCIEN);
    let session = restaurer(quizFixture, { reponses: {}, verifiees: [] }, { seed: 'h5p:1', tentative: '', now: 0 });
    for (const id of ['unique', 'vrai-faux', 'numerique']) {
      session = reduce(session, { type: 'repondre', questionId: id, reponse: ANCIEN.reponses[id]! });
      session = reduce(session, { type: 'verifier', questionId: id, quiz: quizFixture });
    }
    expect(lecteur.session.corrections).toEqual(session.corrections);
  });
});
