/**
 * Mock exams (« examen blanc ») per bloc or for the whole title: their size and
 * time, the record's activity id, and what rebuilds an exam in progress, kept
 * apart from the record (src/domain/quiz/reprise.ts): its perimeter, timer and
 * questions (`ExamenPrepare`). The draw is in ./tirage-examen.ts, loaded when a
 * learner prepares an exam.
 */
export interface QuestionTiree {
  readonly activite: string;
  readonly question: string;
}

/**
 * A bloc exam assesses every critère of its bloc at least once (a test checks it):
 * 36 questions for B1 (30 critères) and B2 (32), 30 for B3 (24); 1 min 30 s per
 * question. The whole title cannot cover its 86 critères in 60 questions: each
 * critère gets its turn in référentiel order, shuffled.
 */
export const EXAMENS = {
  B1: { questions: 36, duree: 54 },
  B2: { questions: 36, duree: 54 },
  B3: { questions: 30, duree: 45 },
  titre: { questions: 60, duree: 90 },
} as const;
export type Perimetre = keyof typeof EXAMENS;

/** The key of the exam in progress: one at a time, whatever its perimeter. */
export const CLE_EXAMEN_EN_COURS = 'examen-blanc';

/** A drawn exam: what rebuilds it after a reload. */
export interface ExamenPrepare {
  readonly perimetre: Perimetre;
  readonly minuteur: boolean;
  readonly seed: string;
  readonly origines: readonly QuestionTiree[];
}

const isStr = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

/** The drawn exam saved with an attempt in progress, or null if it is not one. */
export function lireExamenPrepare(v: unknown): ExamenPrepare | null {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return null;
  const o = v as Record<string, unknown>;
  if (typeof o.perimetre !== 'string' || !Object.keys(EXAMENS).includes(o.perimetre) || typeof o.minuteur !== 'boolean' || !isStr(o.seed)) return null;
  const perimetre = o.perimetre as Perimetre;
  if (!Array.isArray(o.origines) || o.origines.length === 0 || o.origines.length > EXAMENS[perimetre].questions) return null;
  const origines: QuestionTiree[] = [];
  for (const q of o.origines as unknown[]) {
    const x = q as Record<string, unknown> | null;
    if (typeof x !== 'object' || x === null || !isStr(x.activite) || !isStr(x.question)) return null;
    origines.push({ activite: x.activite, question: x.question });
  }
  return { perimetre, minuteur: o.minuteur, seed: o.seed, origines };
}

export function activiteExamen(perimetre: Perimetre): string {
  return `examen-blanc-${perimetre.toLowerCase()}`;
}
