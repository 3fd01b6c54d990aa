/**
 * The draw of a mock exam (./examen.ts): a fixed number of questions drawn across
 * the critères (each critère gets its share), questions never answered first,
 * then the others; in seeded random order.
 */
import { REFERENTIEL, type BlocId, type CritereId } from '../../referentiel';
import { prng, seededShuffle } from '../quiz/shuffle';
import type { Banque } from '../formateur/banque';
import { NS, VERBS } from '../journal/iri';
import type { Statement } from '../journal/statement';
import { EXAMENS, type Perimetre, type QuestionTiree } from './examen';

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
