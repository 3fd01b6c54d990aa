/**
 * Where a learner stands on each activity, read once from the record: the last
 * finished attempt (any mode, and in exam mode), and whether answers were given
 * since then without finishing (« commencée »). Lessons, assignments, bloc pages
 * and the trainer's cohort all read their states from this one index, so that a
 * page never scans the whole record once per item.
 */
import { EXT, NS, VERBS } from '../journal/iri';
import type { Statement } from '../journal/statement';

export interface ResultatActivite {
  readonly date: string;
  readonly points: number;
  readonly max: number;
  readonly reussi: boolean;
}

export interface EtatActivite {
  /** The last finished attempt, whatever its mode. */
  readonly derniere: ResultatActivite | null;
  /** The last finished attempt made in exam mode. */
  readonly derniereExamen: ResultatActivite | null;
  /** Answers were given after the last finished attempt (or without any): an attempt is under way. */
  readonly commencee: boolean;
}

export type EtatsActivites = ReadonlyMap<string, EtatActivite>;

const ECHAPPE = NS.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `…/activites/<id>` or `…/h5p/<id>`, optionally followed by a question or node. */
const ACTIVITE = new RegExp(`^${ECHAPPE}(?:activites|h5p)/([^/]+)(?:/|$)`);

function activiteDe(id: string | undefined): string | null {
  const m = id ? ACTIVITE.exec(id) : null;
  return m ? decodeURIComponent(m[1]!) : null;
}

/** The state of every activity the record mentions (statements in time order). */
export function etatsActivites(statements: readonly Statement[]): Map<string, EtatActivite> {
  const etats = new Map<string, { derniere: ResultatActivite | null; derniereExamen: ResultatActivite | null; commencee: boolean }>();
  const etat = (id: string) => {
    let e = etats.get(id);
    if (!e) {
      e = { derniere: null, derniereExamen: null, commencee: false };
      etats.set(id, e);
    }
    return e;
  };
  for (const s of statements) {
    if (s.verb.id === VERBS.completed) {
      const id = activiteDe(s.object.id);
      if (!id || !s.result?.score) continue;
      const resultat: ResultatActivite = { date: s.timestamp, points: s.result.score.raw, max: s.result.score.max, reussi: s.result.success === true };
      const e = etat(id);
      e.derniere = resultat;
      if (s.context?.extensions?.[EXT.mode] === 'examen') e.derniereExamen = resultat;
      e.commencee = false;
    } else if (s.verb.id === VERBS.answered || s.verb.id === VERBS.progressed) {
      const id = activiteDe(s.context?.contextActivities?.parent?.[0]?.id) ?? activiteDe(s.object.id);
      if (id) etat(id).commencee = true;
    }
  }
  return etats;
}

export type StatutActivite = 'a-faire' | 'commence' | 'termine' | 'reussi';

/** Status of an activity from its state and the attempt that counts (`derniere`, or `derniereExamen` in an exam assignment). */
export function statutActivite(etat: EtatActivite | undefined, resultat: ResultatActivite | null): StatutActivite {
  if (resultat) return resultat.reussi ? 'reussi' : 'termine';
  return etat?.commencee ? 'commence' : 'a-faire';
}

export type EtatLecon = 'a-faire' | 'en-cours' | 'terminee';

export const ETAT_LECON_LABELS: Readonly<Record<EtatLecon, string>> = {
  'a-faire': 'Pas commencée',
  'en-cours': 'En cours',
  terminee: 'Terminée',
};

/** A lesson is done when each of its activities has a finished attempt, under way when one has answers. */
export function etatLecon(activites: readonly string[], etats: EtatsActivites): EtatLecon {
  if (activites.length === 0) return 'a-faire';
  const faites = activites.filter((id) => etats.get(id)?.derniere).length;
  if (faites === activites.length) return 'terminee';
  return faites > 0 || activites.some((id) => etats.get(id)?.commencee) ? 'en-cours' : 'a-faire';
}
