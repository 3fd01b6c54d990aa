/**
 * History of finished attempts, read from the journal: quizzes, case studies,
 * H5P activities and mock exams, most recent first.
 */
import { isCritereId, type CritereId } from '../../referentiel';
import { EXT, NS, VERBS } from './iri';
import { scoresParCritere } from './lecture';
import type { Statement } from './statement';

export interface Tentative {
  readonly date: string;
  readonly activite: string;
  readonly origine: 'quiz' | 'cas' | 'h5p' | 'examen-blanc';
  readonly points: number;
  readonly max: number;
  readonly reussi: boolean;
  readonly mode: 'entrainement' | 'examen' | null;
  readonly parCritere: Readonly<Partial<Record<CritereId, number>>>;
}

const ACTIVITE = new RegExp(`^${NS.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(activites|h5p)/([^/]+)$`);

export function historique(statements: readonly Statement[]): Tentative[] {
  const out: Tentative[] = [];
  for (const s of statements) {
    if (s.verb.id !== VERBS.completed || !s.result?.score) continue;
    const match = ACTIVITE.exec(s.object.id);
    if (!match) continue;
    const activite = decodeURIComponent(match[2]!);
    const origineExt = s.context?.extensions?.[EXT.origine];
    const origine = activite.startsWith('examen-blanc') ? 'examen-blanc' : origineExt === 'cas' ? 'cas' : match[1] === 'h5p' ? 'h5p' : 'quiz';
    const mode = s.context?.extensions?.[EXT.mode];
    const parCritere = Object.fromEntries(Object.entries(scoresParCritere(s) ?? {}).filter(([k]) => isCritereId(k)));
    out.push({
      date: s.timestamp,
      activite,
      origine,
      points: s.result.score.raw,
      max: s.result.score.max,
      reussi: s.result.success === true,
      mode: mode === 'entrainement' || mode === 'examen' ? mode : null,
      parCritere,
    });
  }
  return out.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

/** Days on which the learner did something (answered or finished), for backup reminders. */
export function joursActifs(statements: readonly Statement[], depuis?: string): number {
  const days = new Set<string>();
  for (const s of statements) if (!depuis || s.timestamp > depuis) days.add(s.timestamp.slice(0, 10));
  return days.size;
}
