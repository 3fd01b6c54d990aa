/**
 * A revision round on a set of cards: cards come in a seeded shuffled order, the
 * learner turns each card over, then says whether they knew it; at the end, a new
 * round with only the cards to revise. Pure: the component keeps this state.
 */
import { seededShuffle } from '../quiz/shuffle';
import type { Carte, JeuDeCartes } from './types';

export interface EtatRevision {
  /** 1 for the whole set, then 2, 3… with the cards left to revise. */
  readonly tour: number;
  /** Card ids of this round, in the order shown. */
  readonly pile: readonly string[];
  /** Index of the card shown; equals pile.length when the round is over. */
  readonly position: number;
  readonly retournee: boolean;
  readonly sues: readonly string[];
  readonly aRevoir: readonly string[];
}

export function debuterRevision(jeu: JeuDeCartes, graine: string): EtatRevision {
  return { tour: 1, pile: seededShuffle(jeu.cartes.map((c) => c.id), `${graine}:1`), position: 0, retournee: false, sues: [], aRevoir: [] };
}

export function carteCourante(jeu: JeuDeCartes, etat: EtatRevision): Carte | null {
  const id = etat.pile[etat.position];
  return id === undefined ? null : (jeu.cartes.find((c) => c.id === id) ?? null);
}

export const tourTermine = (etat: EtatRevision): boolean => etat.position >= etat.pile.length;

export function retourner(etat: EtatRevision): EtatRevision {
  return tourTermine(etat) ? etat : { ...etat, retournee: true };
}

/** The learner's own answer, once the card is turned over (before, nothing happens). */
export function repondre(etat: EtatRevision, sue: boolean): EtatRevision {
  const id = etat.pile[etat.position];
  if (id === undefined || !etat.retournee) return etat;
  return {
    ...etat,
    position: etat.position + 1,
    retournee: false,
    sues: sue ? [...etat.sues, id] : etat.sues,
    aRevoir: sue ? etat.aRevoir : [...etat.aRevoir, id],
  };
}

/** A new round with the cards left to revise (null when there are none). */
export function revoir(etat: EtatRevision, graine: string): EtatRevision | null {
  if (!tourTermine(etat) || etat.aRevoir.length === 0) return null;
  const tour = etat.tour + 1;
  return { tour, pile: seededShuffle(etat.aRevoir, `${graine}:${tour}`), position: 0, retournee: false, sues: [], aRevoir: [] };
}
