/**
 * What the plain-DOM player (src/lecteur) saves of an activity, and restores:
 * H5P's `getCurrentState` / `previousState`, and each activity of the SCORM
 * module's `cmi.suspend_data` (scorm/suspension.ts compacts it). The shape is the
 * one saved since the player exists; keep it, or read the old one too: states
 * saved by earlier versions sit in LMSs and H5P hosts.
 * - quiz: `reponses` and `verifiees` (quiz/session.ts `Sauvegarde`);
 * - case study: `etapes` (choices made), `revele` (the last choice's feedback is
 *   shown), `commence` (the learner started it).
 */
import type { Etape } from './cas/graph';
import type { Reponse } from './quiz/types';

export interface EtatLecteur {
  reponses: Record<string, Reponse>;
  verifiees: string[];
  etapes: Etape[];
  revele: boolean;
  commence: boolean;
}

export const etatVide = (): EtatLecteur => ({ reponses: {}, verifiees: [], etapes: [], revele: false, commence: false });

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A saved state, read defensively (it comes from storage or from an LMS): what is
 * unreadable is left out. The answers are checked against their questions when the
 * quiz session is restored (quiz/session.ts `restaurer`).
 */
export function lireEtat(previous: unknown): EtatLecteur {
  if (!isObj(previous)) return etatVide();
  const p = previous;
  return {
    reponses: isObj(p.reponses) ? (p.reponses as Record<string, Reponse>) : {},
    verifiees: Array.isArray(p.verifiees) ? p.verifiees.filter((x: unknown): x is string => typeof x === 'string') : [],
    etapes: Array.isArray(p.etapes) ? p.etapes.filter((e: unknown): e is Etape => isObj(e) && typeof e.noeud === 'string' && typeof e.choix === 'string') : [],
    revele: p.revele === true,
    commence: p.commence === true,
  };
}
