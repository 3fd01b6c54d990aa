/**
 * The index of what the site offers (generated at build time into
 * /activites/index.json by src/build/activites/activites.ts): activities with their
 * questions' critères and public/rubric files, and lessons with the activities
 * they embed. Progress pages, assignments, mock exams and the review deck read it.
 */
import type { BlocId, CritereId } from '../../referentiel';
import type { QuestionKind } from '../quiz/types';
import { sha256Hex } from '../texte/sha256';

export interface BanqueQuestion {
  readonly id: string;
  readonly type: QuestionKind;
  readonly criteres: readonly CritereId[];
}

export interface BanqueActivite {
  readonly id: string;
  readonly kind: 'quiz' | 'cas';
  readonly bloc: BlocId;
  readonly titre: string;
  readonly criteres: readonly CritereId[];
  /** Paths relative to the base URL. */
  readonly public: string;
  readonly rubrique: string;
  readonly h5p: boolean;
  readonly questions: readonly BanqueQuestion[];
  /** Routes of the pages that embed it (without base URL). */
  readonly lecons: readonly string[];
}

/** A page of the course that teaches or embeds activities; the index lists them in the order of the course's menu. */
export interface BanqueLecon {
  readonly route: string;
  readonly titre: string;
  /** Time to read, in minutes. */
  readonly minutes: number;
  readonly bloc: BlocId | null;
  readonly criteres: readonly CritereId[];
  readonly activites: readonly string[];
  /**
   * Those of `activites` that this page embeds with the H5P player (<H5P id>)
   * rather than <Quiz> or <CasPratique>: their heading anchor differs. Absent when none.
   */
  readonly h5p?: readonly string[];
}

export interface Banque {
  /** Hash of the ids of activities, questions and critères: changes when the content changes. */
  readonly revision: string;
  readonly activites: readonly BanqueActivite[];
  readonly lecons: readonly BanqueLecon[];
}

export function revisionDe(activites: readonly Pick<BanqueActivite, 'id' | 'questions' | 'criteres'>[]): string {
  const ids = activites
    .map((a) => `${a.id}:${a.criteres.join(',')}:${a.questions.map((q) => `${q.id}=${q.criteres.join('+')}`).join(',')}`)
    .sort()
    .join('\n');
  return sha256Hex(ids).slice(0, 12);
}

/** The lesson that teaches a critère best: the first lesson listing it that embeds an activity. */
export function leconPour(banque: Banque, critere: CritereId): BanqueLecon | undefined {
  const candidates = banque.lecons.filter((l) => l.criteres.includes(critere));
  return candidates.find((l) => l.activites.length > 0) ?? candidates[0];
}

/** An activity that assesses a critère, preferring those of the given lesson. */
export function activitePour(banque: Banque, critere: CritereId, lecon?: BanqueLecon): BanqueActivite | undefined {
  const all = banque.activites.filter((a) => a.criteres.includes(critere));
  return all.find((a) => lecon?.activites.includes(a.id)) ?? all[0];
}

/** The title of an activity or of a mock exam, for histories. */
export function titreActivite(banque: Banque, id: string): string {
  if (id.startsWith('examen-blanc-')) {
    const p = id.slice('examen-blanc-'.length);
    return p === 'titre' ? 'Examen blanc du titre complet' : `Examen blanc du bloc ${p.slice(1)}`;
  }
  return banque.activites.find((a) => a.id === id)?.titre ?? id;
}

/**
 * Where an activity is played: the first lesson that embeds it as a quiz or case
 * study (its heading carries `<id>-titre`), otherwise the first one that plays it
 * with the H5P player (heading `h5p-<id>-titre`).
 */
export function placeActivite(banque: Banque, activite: BanqueActivite): { lecon: BanqueLecon; ancre: string } | null {
  const candidates = activite.lecons.map((r) => banque.lecons.find((l) => l.route === r)).filter((l): l is BanqueLecon => l !== undefined);
  const native = candidates.find((l) => !(l.h5p ?? []).includes(activite.id));
  if (native) return { lecon: native, ancre: `${activite.id}-titre` };
  const lecteur = candidates[0];
  return lecteur ? { lecon: lecteur, ancre: `h5p-${activite.id}-titre` } : null;
}

/** The link to an activity: its lesson, at the activity's heading (placeActivite); null if no lesson has it. */
export function lienActivite(banque: Banque, id: string): string | null {
  const activite = banque.activites.find((a) => a.id === id);
  const place = activite ? placeActivite(banque, activite) : null;
  return place ? `${place.lecon.route}#${place.ancre}` : null;
}

/** An activity as a bloc page lists it under its lesson. */
export interface SommaireActivite {
  readonly id: string;
  readonly titre: string;
  readonly kind: BanqueActivite['kind'];
  /** The anchor of its heading in that lesson (`<id>-titre`, or `h5p-<id>-titre` when played with the H5P player). */
  readonly ancre: string;
}

export interface SommaireLecon {
  readonly route: string;
  readonly titre: string;
  readonly minutes: number;
  readonly activites: readonly SommaireActivite[];
}

/** The lessons of a bloc in the order of the course, each with its activities (written into the bloc page at build time). */
export function sommaireDuBloc(banque: Banque, bloc: BlocId): SommaireLecon[] {
  const activites = new Map(banque.activites.map((a) => [a.id, a]));
  return banque.lecons
    .filter((l) => l.bloc === bloc)
    .map((l) => ({
      route: l.route,
      titre: l.titre,
      minutes: l.minutes,
      activites: l.activites.flatMap((id) => {
        const a = activites.get(id);
        if (!a) return [];
        return [{ id, titre: a.titre, kind: a.kind, ancre: (l.h5p ?? []).includes(id) ? `h5p-${id}-titre` : `${id}-titre` }];
      }),
    }));
}
