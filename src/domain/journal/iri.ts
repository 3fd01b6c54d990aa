/**
 * Canonical identifiers (IRIs) of our learning record, in the xAPI style. They are
 * stable names, not URLs to fetch: they do not depend on where the site is hosted,
 * so records from a fork, a local copy and GitHub Pages can be merged.
 */
import type { CritereId } from '../../referentiel';

export const NS = 'https://moniteur-atelier.github.io/xapi/';

export const VERBS = {
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  attempted: 'http://adlnet.gov/expapi/verbs/attempted',
  progressed: 'http://adlnet.gov/expapi/verbs/progressed',
  interacted: 'http://adlnet.gov/expapi/verbs/interacted',
  experienced: 'http://adlnet.gov/expapi/verbs/experienced',
} as const;
export type VerbKey = keyof typeof VERBS;

export const VERB_LABELS: Readonly<Record<VerbKey, string>> = {
  answered: 'a répondu à',
  completed: 'a terminé',
  passed: 'a réussi',
  failed: "n'a pas réussi",
  attempted: 'a commencé',
  progressed: 'a progressé dans',
  interacted: 'a interagi avec',
  experienced: 'a consulté',
};

export const ACTIVITY_TYPES = {
  assessment: 'http://adlnet.gov/expapi/activities/assessment',
  interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
  simulation: 'http://adlnet.gov/expapi/activities/simulation',
  objective: 'http://adlnet.gov/expapi/activities/objective',
  h5p: 'http://adlnet.gov/expapi/activities/cmi.interaction',
} as const;

export const EXT = {
  criteres: `${NS}extensions/criteres`,
  scoresParCritere: `${NS}extensions/scores-par-critere`,
  confiance: `${NS}extensions/confiance`,
  mode: `${NS}extensions/mode`,
  origine: `${NS}extensions/origine`,
  tentative: `${NS}extensions/tentative`,
  question: `${NS}extensions/question`,
  noeud: `${NS}extensions/noeud`,
} as const;

export const iri = {
  activite: (id: string) => `${NS}activites/${encodeURIComponent(id)}`,
  question: (quizId: string, questionId: string) =>
    `${NS}activites/${encodeURIComponent(quizId)}/questions/${encodeURIComponent(questionId)}`,
  noeud: (casId: string, noeudId: string) =>
    `${NS}activites/${encodeURIComponent(casId)}/noeuds/${encodeURIComponent(noeudId)}`,
  h5p: (id: string) => `${NS}h5p/${encodeURIComponent(id)}`,
  critere: (id: CritereId) => `${NS}referentiel/${id}`,
};

/** The activity id part of one of our IRIs (`activites/<id>/…` or `h5p/<id>`), if any. */
export function activityIdOf(objectIri: string): string | null {
  const match = /^https:\/\/moniteur-atelier\.github\.io\/xapi\/(?:activites|h5p)\/([^/]+)/.exec(objectIri);
  return match ? decodeURIComponent(match[1]!) : null;
}
