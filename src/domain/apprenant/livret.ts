/**
 * The printable livret de suivi, computed from the learner's record and profile:
 * one row per compétence (self-assessment at entry and exit beside the measured
 * level, score and date of the last evidence), the latest attempt of each case
 * study with its debrief, and the checks on the fields typed by the learner
 * (identity, observations) before they are saved in the profile.
 */
import { REFERENTIEL, critereById, isCritereId, type BlocId, type CompetenceId, type CritereId } from '../../referentiel';
import type { Cas, NoeudFin, QualiteFin } from '../cas/types';
import { bandeDe, QUALITE_LABELS } from '../cas/types';
import { activityIdOf, EXT, iri, VERBS } from '../journal/iri';
import type { MaitriseBloc, Niveau } from '../journal/mastery';
import { scoresParCritere } from '../journal/lecture';
import type { Statement } from '../journal/statement';
import type { NiveauAuto, Profil } from '../profil/profil';

// ---------------------------------------------------------------------------
// Compétences

export interface LigneLivret {
  readonly competence: CompetenceId;
  readonly intitule: string;
  readonly entree: NiveauAuto | null;
  readonly sortie: NiveauAuto | null;
  readonly niveau: Niveau;
  readonly score: number | null;
  readonly criteresEvalues: number;
  readonly criteresTotal: number;
  readonly preuves: number;
  /** Date of the most recent evidence on any of its critères (ISO), or null. */
  readonly derniere: string | null;
}

export interface BlocLivret {
  readonly id: BlocId;
  readonly numero: number;
  readonly intitule: string;
  readonly lignes: readonly LigneLivret[];
}

const plusRecente = (a: string | null, b: string | null): string | null => {
  if (!a) return b;
  if (!b) return a;
  return Date.parse(b) > Date.parse(a) ? b : a;
};

/** One table per bloc, in référentiel order. `blocs` is `maitrise(statements)`. */
export function lignesLivret(blocs: readonly MaitriseBloc[], positionnement: Profil['positionnement']): BlocLivret[] {
  const mesure = new Map(blocs.flatMap((b) => b.competences).map((c) => [c.id, c]));
  return REFERENTIEL.blocs.map((bloc) => ({
    id: bloc.id,
    numero: bloc.numero,
    intitule: bloc.intituleCourt,
    lignes: bloc.competences.map((competence) => {
      const m = mesure.get(competence.id);
      const criteres = m?.criteres ?? [];
      return {
        competence: competence.id,
        intitule: competence.intitule,
        entree: positionnement.entree?.niveaux[competence.id] ?? null,
        sortie: positionnement.sortie?.niveaux[competence.id] ?? null,
        niveau: m?.niveau ?? 'non-evalue',
        score: m?.score ?? null,
        criteresEvalues: criteres.filter((c) => c.score !== null).length,
        criteresTotal: competence.criteres.length,
        preuves: criteres.reduce((n, c) => n + c.preuves, 0),
        derniere: criteres.reduce<string | null>((d, c) => plusRecente(d, c.derniere), null),
      };
    }),
  }));
}

// ---------------------------------------------------------------------------
// Case studies

export interface TentativeCas {
  readonly casId: string;
  readonly date: string;
  readonly points: number;
  readonly max: number;
  /** Id of the ending node reached (the `response` of the completed statement). */
  readonly fin: string | null;
  readonly parCritere: Readonly<Partial<Record<CritereId, number>>>;
}

/**
 * The latest finished attempt of each case study (the same attempts as
 * `historique()` with origine « cas »), most recent first.
 */
export function dernieresTentativesCas(statements: readonly Statement[]): TentativeCas[] {
  const parCas = new Map<string, TentativeCas>();
  for (const s of statements) {
    if (s.verb.id !== VERBS.completed || !s.result?.score) continue;
    if (s.context?.extensions?.[EXT.origine] !== 'cas') continue;
    const casId = activityIdOf(s.object.id);
    if (!casId || (s.object.id !== iri.activite(casId) && s.object.id !== iri.h5p(casId))) continue;
    const precedente = parCas.get(casId);
    if (precedente && Date.parse(precedente.date) > Date.parse(s.timestamp)) continue;
    const parCritere = Object.fromEntries(Object.entries(scoresParCritere(s) ?? {}).filter(([k]) => isCritereId(k)));
    parCas.set(casId, {
      casId,
      date: s.timestamp,
      points: s.result.score.raw,
      max: s.result.score.max,
      fin: s.result.response ? s.result.response : null,
      parCritere,
    });
  }
  return [...parCas.values()].sort((a, b) => Date.parse(b.date) - Date.parse(a.date));
}

export interface CritereARetravailler {
  readonly critere: CritereId;
  readonly intitule: string;
  /** Share of the points obtained on this critère, 0 to 1 (below 1). */
  readonly score: number;
  /** The case's debrief for this critère, or null if the case has none. */
  readonly texte: string | null;
  readonly lien: string | null;
}

export interface DebriefLivret {
  readonly casId: string;
  readonly titre: string;
  readonly date: string;
  readonly points: number;
  readonly max: number;
  /** The ending reached, or null when the case no longer has it (content changed). */
  readonly fin: { readonly titre: string; readonly qualite: QualiteFin; readonly libelle: string } | null;
  /** Critères scored below full marks, in the case's order. */
  readonly aRetravailler: readonly CritereARetravailler[];
}

/** Full marks, allowing for rounding in stored scores. */
const COMPLET = 1 - 1e-9;

/** The debrief of an attempt, from the case study's rubric (nodes and debrief per critère). */
export function debriefLivret(cas: Cas, tentative: TentativeCas): DebriefLivret {
  const fin = cas.noeuds.find((n): n is NoeudFin => n.type === 'fin' && n.id === tentative.fin);
  // The band of the attempt's points (the ending's quality is computed on the whole path).
  const qualite = bandeDe(tentative.max > 0 ? tentative.points / tentative.max : 0);
  const ordre = [...cas.criteres, ...(Object.keys(tentative.parCritere) as CritereId[]).filter((c) => !cas.criteres.includes(c))];
  const aRetravailler = ordre.flatMap((critere) => {
    const score = tentative.parCritere[critere];
    if (score === undefined || score >= COMPLET) return [];
    const debrief = cas.debrief[critere];
    return [{ critere, intitule: critereById(critere).intitule, score, texte: debrief?.texte ?? null, lien: debrief?.lien ?? null }];
  });
  return {
    casId: cas.id,
    titre: cas.titre,
    date: tentative.date,
    points: tentative.points,
    max: tentative.max,
    fin: fin ? { titre: fin.titre, qualite, libelle: QUALITE_LABELS[qualite] } : null,
    aRetravailler,
  };
}
