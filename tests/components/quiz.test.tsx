/**
 * @jest-environment jsdom
 *
 * The quiz view renders from public data only: no feedback, explanation or answer
 * key in the DOM before the learner submits; it can be completed with the
 * keyboard alone; the rubric is fetched on the first check.
 */
import type React from 'react';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Quiz, { QuizView, type QuizData } from '@site/src/components/Quiz';
import CasPratique, { type CasData } from '@site/src/components/CasPratique';
import { JournalProvider } from '@site/src/components/Journal';
import { criteresOfActivite, toPublicActivite } from '@site/src/domain/activite';
import { critereById, intitulesDesCriteres, type CritereId } from '@site/src/referentiel';
import { defineQuiz } from '#auteur';
import type { PublicQuiz } from '@site/src/domain/quiz/types';
import type { PublicCas } from '@site/src/domain/cas/types';
import { qAssociation, qOrdre, qTrous, qUnique, qVraiFaux, quizFixture } from '../fixtures/quiz';
import { casFixture } from '../fixtures/cas';

// jsdom has no CSS.escape, which user-event uses to move between radio buttons.
(globalThis as { CSS?: { escape(v: string): string } }).CSS ??= { escape: (v: string) => v.replace(/[^\w-]/g, (c) => `\\${c}`) };
// Nor scrollIntoView, which brings a resumed quiz back to the learner's question.
Element.prototype.scrollIntoView ??= () => undefined;

const fetchMock = jest.fn();
beforeEach(() => {
  fetchMock.mockReset();
  (globalThis as { fetch: unknown }).fetch = fetchMock;
  localStorage.clear();
});

function serveRubric(activite: unknown) {
  fetchMock.mockResolvedValue({ ok: true, status: 200, json: async () => ({ activite, formules: {} }) });
}

/** Renders inside the journal provider and waits for the journal to open. */
async function renderWithJournal(ui: React.ReactElement) {
  const result = render(<JournalProvider>{ui}</JournalProvider>);
  await act(async () => new Promise((r) => setTimeout(r, 0)));
  return result;
}

function renderQuiz(quiz = quizFixture) {
  const data: QuizData = {
    activite: toPublicActivite(quiz) as PublicQuiz,
    formules: {},
    criteres: intitulesDesCriteres(criteresOfActivite(quiz)),
    rubrique: `activites/${quiz.id}.json`,
  };
  return renderWithJournal(<Quiz id={quiz.id} data={data} />);
}

/** Every text that only the rubric may reveal. */
function secretTexts(): string[] {
  const out: string[] = [];
  for (const q of quizFixture.questions) {
    out.push(q.explication);
    if ('options' in q) out.push(...q.options.map((o) => o.feedback));
    if (q.type === 'vrai-faux') out.push(q.feedback.vrai, q.feedback.faux);
    if (q.type === 'association' || q.type === 'ordre') out.push(...(q.type === 'association' ? q.gauche : q.etapes).map((i) => i.feedback));
    if (q.type === 'texte-a-trous') out.push(...Object.values(q.trous).flatMap((t) => [t.feedback, ...t.acceptees.map((a) => `value="${a}"`)]));
    if (q.type === 'numerique') out.push(q.feedback.juste, q.feedback.faux, ...(q.pieges ?? []).map((p) => p.feedback));
  }
  return out;
}

test('renders from public data only: no feedback, explanation or accepted answer in the DOM', async () => {
  const { container } = await renderQuiz();
  const html = container.innerHTML;
  const secrets = secretTexts().filter((t) => t.length >= 6);
  expect(secrets.length).toBeGreaterThan(20);
  for (const secret of secrets) expect(html).not.toContain(secret);
  expect(screen.getAllByRole('group').length).toBeGreaterThan(0);
  expect(fetchMock).not.toHaveBeenCalled();
  // Each critère is named with its intitulé, taken from the activity's data (not the référentiel module).
  const premier = criteresOfActivite(quizFixture)[0] as CritereId;
  expect(screen.getAllByRole('link', { name: premier })[0]!.getAttribute('title')).toBe(critereById(premier).intitule);
});

test('the steps of an « ordre » question start in their public order, never the right one, and the start earns 0', async () => {
  const quiz = defineQuiz({ id: 'ordre-seul', titre: 'Ordre', bloc: 'B1', questions: [qOrdre] });
  serveRubric(quiz);
  await renderQuiz(quiz);
  const list = screen.getByText('Un').closest('ol')!;
  const shown = within(list).getAllByRole('listitem').map((li) => li.textContent?.replace(/Monter|Descendre|↑|↓/g, '').trim());
  const pub = toPublicActivite(quiz) as PublicQuiz;
  const depart = pub.questions[0]!.type === 'ordre' ? pub.questions[0]!.etapes.map((e) => e.texte) : [];
  expect(shown).toEqual(depart);
  expect(shown).not.toEqual(qOrdre.etapes.map((e) => e.texte));
  await userEvent.setup().click(screen.getByRole('button', { name: 'Vérifier' }));
  expect(await screen.findByText(/Réponse incorrecte/)).toBeTruthy();
  expect(screen.getByText(/0 \/ 1 point/)).toBeTruthy();
});

test('keyboard only: answer, check, read the feedback, and record the answer', async () => {
  const quiz = defineQuiz({ id: 'clavier', titre: 'Clavier', bloc: 'B1', questions: [qUnique, qVraiFaux] });
  serveRubric(quiz);
  const user = userEvent.setup();
  await renderQuiz(quiz);
  // Tab to the first radio of question 1 and choose « Option B ».
  const optionB = screen.getByLabelText('Option B');
  while (document.activeElement !== screen.getByLabelText('Option A') && document.activeElement !== optionB && document.activeElement !== screen.getByLabelText('Option C')) {
    await user.tab();
  }
  while (!(optionB as HTMLInputElement).checked) await user.keyboard('{ArrowDown}');
  const verifier = screen.getAllByRole('button', { name: 'Vérifier' })[0]!;
  while (document.activeElement !== verifier) await user.tab();
  await user.keyboard('{Enter}');
  expect(await screen.findByText('Bonne réponse')).toBeTruthy();
  expect(screen.getByText('B est juste.')).toBeTruthy();
  expect(fetchMock).toHaveBeenCalledWith('/moniteur-atelier/activites/clavier.json');
  // Question 2 with Space on « Faux ».
  const faux = screen.getByLabelText('Faux');
  while (document.activeElement !== screen.getByLabelText('Vrai') && document.activeElement !== faux) await user.tab();
  if (document.activeElement !== faux) await user.keyboard('{ArrowRight}');
  await user.keyboard(' ');
  const verifier2 = screen.getByRole('button', { name: 'Vérifier' });
  while (document.activeElement !== verifier2) await user.tab();
  await user.keyboard('{Enter}');
  expect(await screen.findByText('Votre résultat')).toBeTruthy();
  expect(screen.getByText(/2 \/ 2 \(100 %\)/)).toBeTruthy();
  await act(async () => new Promise((r) => setTimeout(r, 20)));
  const stored = Object.keys(localStorage).find((k) => k.includes('/journal/principal') && !k.endsWith('revision'));
  const journal = JSON.parse(localStorage.getItem(stored!)!);
  expect(journal.entrees.map((e: { v: string }) => e.v)).toEqual(['answered', 'answered', 'completed', 'passed']);
});

/** The stored record (verbs) of the default profile, or null. */
function verbesEnregistres(): string[] | null {
  const stored = Object.keys(localStorage).find((k) => k.includes('/journal/principal') && !k.endsWith('revision'));
  return stored ? JSON.parse(localStorage.getItem(stored)!).entrees.map((e: { v: string }) => e.v) : null;
}
const attendre = (ms: number) => act(async () => new Promise((r) => setTimeout(r, ms)));

test('an exam shown but not started (timer or not) is neither corrected nor recorded', async () => {
  serveRubric(quizFixture);
  const data: QuizData = { activite: toPublicActivite(quizFixture) as PublicQuiz, formules: {}, criteres: {}, rubrique: 'activites/fixture.json' };
  await renderWithJournal(<QuizView data={data} modes={['examen']} duree={45} sauvegarde={null} />);
  screen.getByRole('button', { name: "Commencer l'examen" });
  await attendre(1200);
  expect(screen.queryByText('Votre résultat')).toBeNull();
  expect(fetchMock).not.toHaveBeenCalled();
  expect(verbesEnregistres() ?? []).toEqual([]);
});

test('a half-done quiz comes back after the page is left: « Reprendre » restores answers and corrections, « Recommencer » forgets them', async () => {
  const quiz = defineQuiz({ id: 'reprise', titre: 'Reprise', bloc: 'B1', questions: [qUnique, qVraiFaux, qTrous] });
  serveRubric(quiz);
  const user = userEvent.setup();
  const premier = await renderQuiz(quiz);
  await user.click(screen.getByLabelText('Option B'));
  await user.click(screen.getAllByRole('button', { name: 'Vérifier' })[0]!);
  await screen.findByText('Bonne réponse');
  await user.click(screen.getByLabelText('Faux'));
  await user.type(screen.getByLabelText('Trou 1'), 'tro');
  await attendre(20);
  premier.unmount();
  // Back on the page: the choice first, nothing recorded twice.
  const second = await renderQuiz(quiz);
  await user.click(await screen.findByRole('button', { name: 'Reprendre' }));
  expect(screen.getByText('Bonne réponse')).toBeTruthy();
  expect((screen.getByLabelText('Faux') as HTMLInputElement).checked).toBe(true);
  expect((screen.getByLabelText('Trou 1') as HTMLInputElement).value).toBe('tro');
  // Brought to the question after the one worked on last.
  expect(document.activeElement).toBe(screen.getByLabelText('Trou 1'));
  await attendre(20);
  expect(verbesEnregistres()).toEqual(['answered']);
  second.unmount();
  await renderQuiz(quiz);
  await user.click(await screen.findByRole('button', { name: 'Recommencer' }));
  expect((screen.getByLabelText('Faux') as HTMLInputElement).checked).toBe(false);
  expect(screen.queryByText('Bonne réponse')).toBeNull();
  await attendre(20);
  expect(Object.keys(localStorage).filter((k) => k.includes('/en-cours/'))).toEqual([]);
});

test('an incomplete answer is « invalid », not wrong: a message, no correction', async () => {
  serveRubric(quizFixture);
  const user = userEvent.setup();
  await renderQuiz();
  await user.click(screen.getAllByRole('button', { name: 'Vérifier' })[0]!);
  expect(screen.getByText('Choisissez une réponse.')).toBeTruthy();
  expect(screen.queryByText(/Réponse incorrecte/)).toBeNull();
});

test('association and ordre work with buttons and selects, no drag', async () => {
  const quiz = defineQuiz({ id: 'sans-glisser', titre: 'Sans glisser', bloc: 'B1', questions: [qAssociation, qOrdre, qTrous] });
  serveRubric(quiz);
  const user = userEvent.setup();
  await renderQuiz(quiz);
  for (const [g, d] of Object.entries(qAssociation.paires)) {
    await user.selectOptions(screen.getByLabelText(qAssociation.gauche.find((x) => x.id === g)!.texte), d.toUpperCase());
  }
  // Sort the steps with « Monter » buttons only.
  for (const etape of qOrdre.etapes) {
    for (let i = 0; i < qOrdre.etapes.length; i += 1) {
      const button = screen.getByRole('button', { name: `Monter « ${etape.texte} »` }) as HTMLButtonElement;
      if (button.disabled) break;
      const items = screen.getByText('Un').closest('ol')!.querySelectorAll('li');
      const index = [...items].findIndex((li) => li.textContent?.includes(etape.texte));
      if (index <= qOrdre.etapes.indexOf(etape)) break;
      await user.click(button);
    }
  }
  await user.type(screen.getByLabelText('Trou 1'), 'trois');
  await user.type(screen.getByLabelText('Trou 2'), 'decision');
  for (const button of screen.getAllByRole('button', { name: 'Vérifier' })) await user.click(button);
  expect(await screen.findByText(/3 \/ 3 \(100 %\)/)).toBeTruthy();
});

test('a case study shows its setting from public data, and loads the scenario on start', async () => {
  const data: CasData = {
    activite: toPublicActivite(casFixture) as PublicCas,
    formules: {},
    criteres: intitulesDesCriteres(criteresOfActivite(casFixture)),
    rubrique: 'activites/cas-test.json',
  };
  serveRubric(casFixture);
  const user = userEvent.setup();
  const { container } = await renderWithJournal(<CasPratique id="cas-test" data={data} />);
  expect(container.innerHTML).not.toContain('Première décision.');
  await user.click(screen.getByRole('button', { name: 'Commencer la mise en situation' }));
  expect(await screen.findByText('Première décision.')).toBeTruthy();
  await user.click(screen.getByRole('button', { name: 'Bien' }));
  await user.click(screen.getByRole('button', { name: 'Continuer' }));
  await user.click(screen.getByRole('button', { name: 'Demander' }));
  await user.click(screen.getByRole('button', { name: 'Continuer' }));
  expect(await screen.findByText(/Issue favorable/)).toBeTruthy();
  expect(screen.getByText('Retour sur vos choix, point par point')).toBeTruthy();
  expect(screen.getByText(/Votre parcours : 4 \/ 4 points \(100 %\), sur 2 décisions/)).toBeTruthy();
});

test('a case study: its length as a range, facts set by a choice open a choice and a paragraph further on, the band follows the points', async () => {
  const data: CasData = {
    activite: toPublicActivite(casFixture) as PublicCas,
    formules: {},
    criteres: intitulesDesCriteres(criteresOfActivite(casFixture)),
    rubrique: 'activites/cas-test.json',
  };
  serveRubric(casFixture);
  const user = userEvent.setup();
  await renderWithJournal(<CasPratique id="cas-test" data={data} />);
  expect(screen.getByText(/De 2 à 3 décisions selon vos choix/)).toBeTruthy();
  await user.click(screen.getByRole('button', { name: 'Commencer la mise en situation' }));
  await user.click(await screen.findByRole('button', { name: 'Moyen' }));
  await user.click(screen.getByRole('button', { name: 'Continuer' }));
  // Without the fact « prepare »: no paragraph about the prepared station, no choice that needs it.
  expect(screen.queryByText('Le poste préparé attend.')).toBeNull();
  expect(screen.queryByRole('button', { name: 'Montrer le poste préparé' })).toBeNull();
  await user.click(screen.getByRole('button', { name: 'Demander' }));
  await user.click(screen.getByRole('button', { name: 'Continuer' }));
  // The same ending as the best path, but 3 points of 4: the band is « acceptable ».
  expect(await screen.findByText(/Issue acceptable : Bien/)).toBeTruthy();
  await user.click(screen.getByRole('button', { name: 'Rejouer la mise en situation' }));
  await user.click(await screen.findByRole('button', { name: 'Bien' }));
  await user.click(screen.getByRole('button', { name: 'Continuer' }));
  expect(screen.getByText('Le poste préparé attend.')).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Montrer le poste préparé' })).toBeTruthy();
});
