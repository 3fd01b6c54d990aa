/**
 * Mock exams (« examen blanc ») per bloc or for the whole title: a fixed number
 * of questions drawn across the critères (each critère gets its share), questions
 * never answered first, then the others; in seeded random order. An exam in
 * progress is kept apart from the record (src/domain/quiz/reprise.ts) with what
 * rebuilds it: its perimeter, timer and questions (`ExamenPrepare`).
 */
import { REFERENTIEL, type BlocId, type CritereId } from '../../referentiel';
import { prng, seededShuffle } from '../quiz/shuffle';
import type { Banque } from '../formateur/banque';
import { NS, VERBS } from '../journal/iri';
import type { Statement } from '../journal/statement';

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

/**
 * Draws `n` questions of the perimeter. Round-robin over the critères (in
 * référentiel order, shuffled), so that every critère is assessed when n allows;
 * inside a critère, unseen questions come first.
 */
export function tirerExamen(banque: Banque, perimetre: Perimetre, seed: string, dejaVues: ReadonlySet<string> = new Set(), n: number = EXAMENS[perimetre].questions): QuestionTiree[] {
  const blocs: readonly BlocId[] = perimetre === 'titre' ? REFERENTIEL.blocs.map((b) => b.id) : [perimetre];
  const criteres: CritereId[] = REFERENTIEL.blocs.filter((b) => blocs.includes(b.id)).flatMap((b) => b.competences.flatMap((c) => c.criteres.map((cr) => cr.id)));
  const parCritere = new Map<CritereId, QuestionTiree[]>();
  for (const a of banque.activites) {
    if (a.kind !== 'quiz' || !blocs.includes(a.bloc)) continue;
    for (const q of a.questions) {
      const critere = q.criteres[0];
      if (!critere || !criteres.includes(critere)) continue;
      parCritere.set(critere, [...(parCritere.get(critere) ?? []), { activite: a.id, question: q.id }]);
    }
  }
  const key = (q: QuestionTiree) => `${q.activite}/${q.question}`;
  const files = seededShuffle(criteres.filter((c) => parCritere.has(c)), `${seed}:criteres`).map((c) => {
    const pool = parCritere.get(c)!;
    const fresh = seededShuffle(pool.filter((q) => !dejaVues.has(key(q))), `${seed}:${c}:frais`);
    const seen = seededShuffle(pool.filter((q) => dejaVues.has(key(q))), `${seed}:${c}:vus`);
    return [...fresh, ...seen];
  });
  const out: QuestionTiree[] = [];
  const taken = new Set<string>();
  let round = 0;
  while (out.length < n && files.some((f) => f.length > round)) {
    for (const file of files) {
      const q = file[round];
      if (q && !taken.has(key(q)) && out.length < n) {
        out.push(q);
        taken.add(key(q));
      }
    }
    round += 1;
  }
  const random = prng(`${seed}:ordre`);
  return out.map((q) => ({ q, r: random() })).sort((a, b) => a.r - b.r).map((x) => x.q);
}

const QUESTION_VUE = new RegExp(`^${NS.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:activites|h5p)/([^/]+)/questions/([^/]+)$`);

/** Questions the learner has already answered (`<activity>/<question>`), for unseen-first draws. */
export function questionsVues(statements: readonly Statement[]): Set<string> {
  const out = new Set<string>();
  for (const s of statements) {
    if (s.verb.id !== VERBS.answered) continue;
    const m = QUESTION_VUE.exec(s.object.id);
    if (m) out.add(`${decodeURIComponent(m[1]!)}/${decodeURIComponent(m[2]!)}`);
  }
  return out;
}
