/**
 * Mastery computed from the learning record, critère by critère, then rolled up to
 * compétences and blocs. Evidence = every scored `answered` statement (quiz
 * questions, case-study decisions, H5P answers) tagged with critères.
 *
 * Rules (shown to learners on « Ma progression »):
 * - a critère's score is the mean of its last 10 pieces of evidence (0 to 1);
 * - « acquis »: at least 3 pieces of evidence and a score ≥ 80 %;
 * - « à travailler »: score < 50 %; « en cours » otherwise; « non évalué » without evidence;
 * - a compétence (or bloc) is « acquis » when all its critères are; otherwise its level
 *   follows the mean score of its evaluated critères; its coverage is the share of
 *   critères with evidence.
 */
import { REFERENTIEL, type BlocId, type CompetenceId, type CritereId } from '../../referentiel';
import { VERBS } from './iri';
import { criteresOf, scoresParCritere } from './lecture';
import type { Statement } from './statement';

import type { Niveau } from './niveau';

export { NIVEAU_LABELS, type Niveau } from './niveau';

export const FENETRE = 10;
export const SEUIL_ACQUIS = 0.8;
export const SEUIL_FRAGILE = 0.5;
export const PREUVES_MIN = 3;

export interface Preuve {
  readonly critere: CritereId;
  readonly score: number;
  readonly timestamp: string;
  readonly objet: string;
}

export interface MaitriseCritere {
  readonly id: CritereId;
  readonly niveau: Niveau;
  readonly score: number | null;
  readonly preuves: number;
  readonly derniere: string | null;
}

export interface MaitriseGroupe<Id extends string> {
  readonly id: Id;
  readonly niveau: Niveau;
  /** Mean score of evaluated critères, or null. */
  readonly score: number | null;
  /** Share of critères with evidence, 0–1. */
  readonly couverture: number;
  readonly criteres: readonly MaitriseCritere[];
}

export type MaitriseCompetence = MaitriseGroupe<CompetenceId>;
export interface MaitriseBloc extends MaitriseGroupe<BlocId> {
  readonly competences: readonly MaitriseCompetence[];
}

/** Evidence per critère, oldest first. */
export function preuves(statements: readonly Statement[]): Map<CritereId, Preuve[]> {
  const out = new Map<CritereId, Preuve[]>();
  for (const s of statements) {
    if (s.verb.id !== VERBS.answered || !s.result?.score) continue;
    const perCritere = scoresParCritere(s);
    for (const critere of criteresOf(s)) {
      const score = perCritere?.[critere] ?? s.result.score.scaled;
      const list = out.get(critere) ?? [];
      list.push({ critere, score: Math.max(0, Math.min(1, score)), timestamp: s.timestamp, objet: s.object.id });
      out.set(critere, list);
    }
  }
  for (const list of out.values()) list.sort((a, b) => (a.timestamp < b.timestamp ? -1 : a.timestamp > b.timestamp ? 1 : 0));
  return out;
}

function niveauOf(score: number | null, preuvesCount: number): Niveau {
  if (score === null || preuvesCount === 0) return 'non-evalue';
  if (preuvesCount >= PREUVES_MIN && score >= SEUIL_ACQUIS) return 'acquis';
  if (score < SEUIL_FRAGILE) return 'a-travailler';
  return 'en-cours';
}

export function maitriseCritere(id: CritereId, list: readonly Preuve[] = []): MaitriseCritere {
  const recent = list.slice(-FENETRE);
  const score = recent.length === 0 ? null : recent.reduce((n, p) => n + p.score, 0) / recent.length;
  return { id, niveau: niveauOf(score, recent.length), score, preuves: list.length, derniere: list.at(-1)?.timestamp ?? null };
}

function rollup<Id extends string>(id: Id, criteres: readonly MaitriseCritere[]): MaitriseGroupe<Id> {
  const evaluated = criteres.filter((c) => c.score !== null);
  const score = evaluated.length === 0 ? null : evaluated.reduce((n, c) => n + (c.score ?? 0), 0) / evaluated.length;
  let niveau: Niveau;
  if (evaluated.length === 0) niveau = 'non-evalue';
  else if (criteres.every((c) => c.niveau === 'acquis')) niveau = 'acquis';
  else if ((score ?? 0) < SEUIL_FRAGILE) niveau = 'a-travailler';
  else niveau = 'en-cours';
  return { id, niveau, score, couverture: criteres.length === 0 ? 0 : evaluated.length / criteres.length, criteres };
}

/** Mastery of the whole référentiel. */
export function maitrise(statements: readonly Statement[]): MaitriseBloc[] {
  const evidence = preuves(statements);
  return REFERENTIEL.blocs.map((bloc) => {
    const competences = bloc.competences.map((competence) =>
      rollup(
        competence.id,
        competence.criteres.map((c) => maitriseCritere(c.id, evidence.get(c.id))),
      ),
    );
    return { ...rollup(bloc.id, competences.flatMap((c) => c.criteres)), competences };
  });
}

/** The weakest evaluated critère first, then the never evaluated ones, in référentiel order. */
export function criteresATravailler(blocs: readonly MaitriseBloc[]): MaitriseCritere[] {
  const all = blocs.flatMap((b) => b.criteres);
  const evaluated = all.filter((c) => c.score !== null && c.niveau !== 'acquis').sort((a, b) => (a.score ?? 0) - (b.score ?? 0));
  const never = all.filter((c) => c.score === null);
  return [...evaluated, ...never];
}
