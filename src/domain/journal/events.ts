/**
 * From activity results to statements: one `answered` per checked question or
 * case decision, one `completed` (plus `passed`/`failed`) per finished attempt.
 * Also reads back, from statements, the last finished attempt of an activity.
 */
import type { Cas, Choix } from '../cas/types';
import type { ResultatCas } from '../cas/graph';
import type { ResultatQuestion, ResultatQuiz } from '../quiz/types';
import type { CritereId } from '../../referentiel';
import { EXT, iri, VERBS } from './iri';
import { buildStatement, type Acteur, type Horloge, type Statement } from './statement';

export type Mode = 'entrainement' | 'examen';

export function questionAnswered(
  acteur: Acteur,
  horloge: Horloge,
  quizId: string,
  resultat: ResultatQuestion,
  options: { mode: Mode; tentative: string },
): Statement {
  return buildStatement(
    acteur,
    horloge,
    'answered',
    { id: iri.question(quizId, resultat.questionId), type: 'interaction' },
    {
      points: resultat.points,
      max: resultat.max,
      success: resultat.statut === 'correct',
      response: resultat.reponse,
    },
    {
      criteres: resultat.criteres,
      parent: iri.activite(quizId),
      mode: options.mode,
      origine: 'quiz',
      tentative: options.tentative,
      ...(resultat.confiance ? { confiance: resultat.confiance } : {}),
    },
  );
}

export function quizCompleted(
  acteur: Acteur,
  horloge: Horloge,
  resultat: ResultatQuiz,
  options: { mode: Mode; tentative: string; durationSeconds?: number },
): Statement[] {
  const criteres = Object.keys(resultat.parCritere) as CritereId[];
  const object = { id: iri.activite(resultat.quizId), type: 'assessment' as const };
  const scoresParCritere = Object.fromEntries(
    Object.entries(resultat.parCritere).map(([c, p]) => [c, p && p.max > 0 ? p.points / p.max : 0]),
  );
  const result = {
    points: resultat.obtenus,
    max: resultat.total,
    success: resultat.reussi,
    completion: true,
    scoresParCritere,
    ...(options.durationSeconds !== undefined ? { durationSeconds: options.durationSeconds } : {}),
  };
  const context = { criteres, mode: options.mode, origine: 'quiz' as const, tentative: options.tentative };
  return [
    buildStatement(acteur, horloge, 'completed', object, result, context),
    buildStatement(acteur, horloge, resultat.reussi ? 'passed' : 'failed', object, result, context),
  ];
}

export function caseDecision(
  acteur: Acteur,
  horloge: Horloge,
  cas: Cas,
  noeudId: string,
  choix: Choix,
  tentative: string,
): Statement {
  const criteres = Object.keys(choix.scores) as CritereId[];
  const notes = criteres.map((c) => choix.scores[c] ?? 0);
  const points = notes.reduce<number>((n, x) => n + x, 0);
  return buildStatement(
    acteur,
    horloge,
    'answered',
    { id: iri.noeud(cas.id, noeudId), type: 'interaction' },
    {
      points,
      max: 2 * Math.max(1, criteres.length),
      response: choix.id,
      scoresParCritere: Object.fromEntries(criteres.map((c) => [c, (choix.scores[c] ?? 0) / 2])),
    },
    { criteres, parent: iri.activite(cas.id), origine: 'cas', tentative },
  );
}

export function caseCompleted(acteur: Acteur, horloge: Horloge, resultat: ResultatCas, tentative: string): Statement {
  const criteres = Object.keys(resultat.parCritere) as CritereId[];
  return buildStatement(
    acteur,
    horloge,
    'completed',
    { id: iri.activite(resultat.casId), type: 'simulation' },
    {
      points: resultat.obtenus,
      max: Math.max(1, resultat.total),
      success: resultat.reussi,
      completion: true,
      response: resultat.fin ?? '',
      scoresParCritere: Object.fromEntries(
        Object.entries(resultat.parCritere).map(([c, p]) => [c, p && p.max > 0 ? p.points / p.max : 0]),
      ),
    },
    { criteres, origine: 'cas', tentative },
  );
}

export interface DerniereTentative {
  readonly timestamp: string;
  readonly points: number;
  readonly max: number;
  readonly reussi: boolean;
  readonly mode: Mode | null;
  readonly tentative: string | null;
  readonly reponse: string | null;
}

/** The last finished attempt of an activity (quiz or case, played natively or as H5P), from the record. */
export function derniereTentative(statements: readonly Statement[], activiteId: string): DerniereTentative | null {
  const targets = new Set([iri.activite(activiteId), iri.h5p(activiteId)]);
  for (let i = statements.length - 1; i >= 0; i -= 1) {
    const s = statements[i]!;
    if (s.verb.id !== VERBS.completed || !targets.has(s.object.id) || !s.result?.score) continue;
    const mode = s.context?.extensions?.[EXT.mode];
    const tentative = s.context?.extensions?.[EXT.tentative];
    return {
      timestamp: s.timestamp,
      points: s.result.score.raw,
      max: s.result.score.max,
      reussi: s.result.success === true,
      mode: mode === 'entrainement' || mode === 'examen' ? mode : null,
      tentative: typeof tentative === 'string' ? tentative : null,
      reponse: s.result.response ?? null,
    };
  }
  return null;
}

/**
 * The unfinished attempt of a case study, rebuilt from its decisions in the
 * journal (each decision is recorded as it is taken): the attempt id and the
 * steps, in order. Null when the latest attempt of this case was completed, or
 * when there is none.
 */
export function casEnCours(statements: readonly Statement[], casId: string): { readonly tentative: string; readonly etapes: readonly { readonly noeud: string; readonly choix: string }[] } | null {
  const activite = iri.activite(casId);
  const prefixe = `${activite}/noeuds/`;
  let tentative: string | null = null;
  for (let i = statements.length - 1; i >= 0 && tentative === null; i -= 1) {
    const s = statements[i]!;
    const t = s.context?.extensions?.[EXT.tentative];
    if (typeof t !== 'string') continue;
    if (s.object.id === activite && s.verb.id === VERBS.completed) return null;
    if (s.object.id.startsWith(prefixe) && s.verb.id === VERBS.answered) tentative = t;
  }
  if (tentative === null) return null;
  const etapes = statements
    .filter((s) => s.object.id.startsWith(prefixe) && s.verb.id === VERBS.answered && s.context?.extensions?.[EXT.tentative] === tentative)
    .map((s) => ({ noeud: decodeURIComponent(s.object.id.slice(prefixe.length)), choix: s.result?.response ?? '' }));
  return { tentative, etapes };
}
