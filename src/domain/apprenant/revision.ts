/**
 * Error-review deck, scheduled by FSRS (ts-fsrs), derived from the journal — nothing
 * extra is stored, so the deck of the former Leitner boxes migrates by replaying the
 * same answers. A question answered wrongly (or partly) enters the deck, due at once:
 * a learner who has just missed it can review it the same day. Each right answer
 * while in the deck is an FSRS review rated « Good » (next review a few days, then
 * weeks later, as the card's stability grows); a wrong one is rated « Again » and
 * the card is due at once again. When a right answer pushes the next review beyond
 * SORTIE_JOURS, the question is known: it leaves the deck. A right answer counts
 * only as a review: not in the attempt where the question was missed (« Réessayer »
 * just after reading the correction), nor well before the card is due (no cramming).
 * Answers given anywhere count: in the lesson's quiz, in its H5P twin, in the deck.
 */
import { createEmptyCard, fsrs, generatorParameters, Rating, type Card as CarteFsrs } from 'ts-fsrs';
import { EXT } from '../journal/iri';
import type { Statement } from '../journal/statement';
import type { Banque } from '../formateur/banque';
import { estReponseAQuestion, QUESTION } from './ratees';

/** A question whose next review would come more than this many days later is known: it leaves the deck. */
export const SORTIE_JOURS = 30;
/** Groups of the deck by next review, in days from now (the last one ends at SORTIE_JOURS). */
export const TRANCHES_JOURS = [0, 7, SORTIE_JOURS] as const;
const JOUR = 24 * 60 * 60 * 1000;
/** A right answer earlier than this before the review date does not count (no cramming). */
const AVANCE_MAX = 12 * 60 * 60 * 1000;

/**
 * Long-term scheduling only (days, no 1- and 10-minute learning steps: a missed card is
 * due at once instead), no fuzz: the same journal always gives the same deck.
 */
const planificateur = fsrs(generatorParameters({ enable_fuzz: false, enable_short_term: false }));

export interface Carte {
  readonly activite: string;
  readonly question: string;
  /** Next review, ISO date. */
  readonly echeance: string;
  /** Days between the last counted answer and the next review (0 after a miss). */
  readonly intervalle: number;
  readonly ratees: number;
  /** Attempt of the last miss (a right answer in the same attempt is not a review). */
  readonly tentative?: string;
}

interface Suivie {
  readonly carte: Carte;
  readonly fsrs: CarteFsrs;
}

/** The deck after replaying every answer of the journal, in time order. */
export function paquet(statements: readonly Statement[]): Carte[] {
  const suivies = new Map<string, Suivie>();
  const answers = statements
    .filter(estReponseAQuestion)
    .sort((a, b) => (a.timestamp < b.timestamp ? -1 : a.timestamp > b.timestamp ? 1 : 0));
  for (const s of answers) {
    const [, codeActivite, codeQuestion] = QUESTION.exec(s.object.id)!;
    const activite = decodeURIComponent(codeActivite!);
    const question = decodeURIComponent(codeQuestion!);
    const key = `${activite}/${question}`;
    const quand = new Date(s.timestamp);
    const juste = (s.result!.score!.scaled ?? 0) >= 1;
    const suivie = suivies.get(key);
    const tentative = s.context?.extensions?.[EXT.tentative];
    if (!juste) {
      const { card } = planificateur.next(suivie?.fsrs ?? createEmptyCard(quand), quand, Rating.Again);
      // Due at once, whatever FSRS would wait: the learner reviews a missed question the same day.
      const revue: CarteFsrs = { ...card, due: quand, scheduled_days: 0 };
      suivies.set(key, {
        fsrs: revue,
        carte: {
          activite,
          question,
          echeance: quand.toISOString(),
          intervalle: 0,
          ratees: (suivie?.carte.ratees ?? 0) + 1,
          ...(typeof tentative === 'string' && tentative !== '' ? { tentative } : {}),
        },
      });
    } else if (suivie) {
      // Retried in the attempt of the miss, after its correction: not a review.
      if (suivie.carte.tentative !== undefined && suivie.carte.tentative === tentative) continue;
      if (quand.getTime() < suivie.fsrs.due.getTime() - AVANCE_MAX) continue;
      const { card } = planificateur.next(suivie.fsrs, quand, Rating.Good);
      if (card.scheduled_days > SORTIE_JOURS) suivies.delete(key);
      else {
        const { tentative: _ratee, ...reste } = suivie.carte;
        suivies.set(key, { fsrs: card, carte: { ...reste, echeance: card.due.toISOString(), intervalle: card.scheduled_days } });
      }
    }
  }
  return [...suivies.values()].map((s) => s.carte).sort((a, b) => (a.echeance < b.echeance ? -1 : a.echeance > b.echeance ? 1 : 0));
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

/**
 * How many cards come back in each group of TRANCHES_JOURS: due now, then within 7
 * days, then within SORTIE_JOURS (one count per group, in order).
 */
export function parEcheance(cartes: readonly Carte[], now: Date): number[] {
  const comptes = TRANCHES_JOURS.map(() => 0);
  for (const c of cartes) {
    const dans = Date.parse(c.echeance) - now.getTime();
    const i = TRANCHES_JOURS.findIndex((jours) => dans <= jours * JOUR);
    comptes[i === -1 ? comptes.length - 1 : i]! += 1;
  }
  return comptes;
}
