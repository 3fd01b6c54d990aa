/**
 * Error-review deck (Leitner boxes), derived from the journal — nothing extra is
 * stored. A question answered wrongly (or partly) enters box 1, due at once: a
 * learner who has just missed it can review it the same day. Each right answer
 * while in the deck moves it up one box and pushes back its next review (1, 3, 7,
 * 14 then 30 days); a wrong answer sends it back to box 1; after a right answer in
 * the last box it leaves the deck. A right answer counts only as a review: not in
 * the attempt where the question was missed (« Réessayer » just after reading the
 * correction), nor well before the card is due (no cramming).
 * Answers given anywhere count: in the lesson's quiz, in its H5P twin, in the deck.
 */
import { EXT, NS, VERBS } from '../journal/iri';
import type { Statement } from '../journal/statement';
import type { Banque } from '../formateur/banque';

/** Days before the next review, per box (1 to 6): box 1, a question just missed, is due at once. */
export const INTERVALLES_JOURS = [0, 1, 3, 7, 14, 30] as const;
const JOUR = 24 * 60 * 60 * 1000;

export interface Carte {
  readonly activite: string;
  readonly question: string;
  readonly boite: number;
  /** Next review, ISO date. */
  readonly echeance: string;
  readonly ratees: number;
  /** Attempt of the last miss (a right answer in the same attempt is not a review). */
  readonly tentative?: string;
}

const QUESTION = new RegExp(`^${NS.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:activites|h5p)/([^/]+)/questions/([^/]+)$`);

/** The deck after replaying every answer of the journal, in time order. */
export function paquet(statements: readonly Statement[]): Carte[] {
  const cartes = new Map<string, Carte>();
  const answers = statements
    .filter((s) => s.verb.id === VERBS.answered && s.result?.score && QUESTION.test(s.object.id))
    .sort((a, b) => (a.timestamp < b.timestamp ? -1 : a.timestamp > b.timestamp ? 1 : 0));
  for (const s of answers) {
    const [, activite, question] = QUESTION.exec(s.object.id)!;
    const key = `${decodeURIComponent(activite!)}/${decodeURIComponent(question!)}`;
    const t = Date.parse(s.timestamp);
    const juste = (s.result!.score!.scaled ?? 0) >= 1;
    const carte = cartes.get(key);
    const tentative = s.context?.extensions?.[EXT.tentative];
    if (!juste) {
      cartes.set(key, {
        activite: decodeURIComponent(activite!),
        question: decodeURIComponent(question!),
        boite: 1,
        echeance: new Date(t + INTERVALLES_JOURS[0] * JOUR).toISOString(),
        ratees: (carte?.ratees ?? 0) + 1,
        ...(typeof tentative === 'string' && tentative !== '' ? { tentative } : {}),
      });
    } else if (carte) {
      // Retried in the attempt of the miss, after its correction: not a review.
      if (carte.tentative !== undefined && carte.tentative === tentative) continue;
      // A right answer well before the review date does not move the card (no cramming).
      if (t < Date.parse(carte.echeance) - 12 * 60 * 60 * 1000) continue;
      const boite = carte.boite + 1;
      if (boite > INTERVALLES_JOURS.length) cartes.delete(key);
      else {
        const { tentative: _ratee, ...reste } = carte;
        cartes.set(key, { ...reste, boite, echeance: new Date(t + INTERVALLES_JOURS[boite - 1]! * JOUR).toISOString() });
      }
    }
  }
  return [...cartes.values()].sort((a, b) => (a.echeance < b.echeance ? -1 : a.echeance > b.echeance ? 1 : 0));
}

/** Cards due now (review date reached), oldest first. */
export function aReviser(statements: readonly Statement[], now: Date): Carte[] {
  return paquet(statements).filter((c) => Date.parse(c.echeance) <= now.getTime());
}

/** Cards that can be replayed here: questions of the site's own quizzes (not imported H5P contents). */
export function cartesJouables(cartes: readonly Carte[], banque: Banque): Carte[] {
  const quiz = new Map(banque.activites.filter((a) => a.kind === 'quiz').map((a) => [a.id, new Set(a.questions.map((q) => q.id))]));
  return cartes.filter((c) => quiz.get(c.activite)?.has(c.question));
}

/** Cards grouped by activity, each group sorted by review date. */
export function parActivite(cartes: readonly Carte[]): [string, Carte[]][] {
  const groupes = new Map<string, Carte[]>();
  for (const c of cartes) groupes.set(c.activite, [...(groupes.get(c.activite) ?? []), c]);
  for (const g of groupes.values()) g.sort((a, b) => a.echeance.localeCompare(b.echeance));
  return [...groupes].sort((a, b) => a[1][0]!.echeance.localeCompare(b[1][0]!.echeance));
}
