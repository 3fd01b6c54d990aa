/**
 * texte-a-trous: a text with gaps [[name]], each with accepted answers.
 * Comparison ignores case and accents unless the gap says otherwise.
 * Points = right gaps / gaps.
 */
import type { KindHandler, ProblemeChamp } from './handler';
import { invalid, isRecordOf, isString, ok, publicBase } from './handler';
import { normaliseAnswer } from '../../texte/richText';
import type { QuestionTexteATrous, Trou } from '../types';

const GAP = /\[\[([a-z0-9-]+)\]\]/g;

export function gapNames(texte: string): string[] {
  return [...texte.matchAll(GAP)].map((m) => m[1]!);
}

export function splitGaps(texte: string): ({ texte: string } | { trou: string })[] {
  const parts: ({ texte: string } | { trou: string })[] = [];
  let last = 0;
  for (const match of texte.matchAll(GAP)) {
    const index = match.index ?? 0;
    if (index > last) parts.push({ texte: texte.slice(last, index) });
    parts.push({ trou: match[1]! });
    last = index + match[0].length;
  }
  if (last < texte.length) parts.push({ texte: texte.slice(last) });
  return parts;
}

export function gapIsRight(trou: Trou, value: string): boolean {
  const options = { casse: trou.casse ?? false, accents: trou.accents ?? false };
  const given = normaliseAnswer(value, options);
  return trou.acceptees.some((a) => normaliseAnswer(a, options) === given);
}

function trous(q: QuestionTexteATrous): [string, Trou][] {
  return gapNames(q.texte).map((name) => [name, q.trous[name]!]);
}

export const texteATrous: KindHandler<'texte-a-trous'> = {
  toPublic: (q) => ({
    ...publicBase(q),
    morceaux: splitGaps(q.texte),
  }),
  isInput: (v): v is { trous: Record<string, string> } =>
    typeof v === 'object' && v !== null && isRecordOf((v as { trous?: unknown }).trous, isString),
  validate: (q, input) => {
    const names = q.morceaux.flatMap((m) => ('trou' in m ? [m.trou] : []));
    for (const name of names) {
      if ((input.trous[name] ?? '').trim() === '') return invalid('Remplissez chaque trou.');
    }
    return ok;
  },
  score: (q, input) => {
    const all = trous(q);
    const good = all.filter(([name, trou]) => gapIsRight(trou, input.trous[name] ?? '')).length;
    return { points: all.length === 0 ? 0 : good / all.length, max: 1 };
  },
  solution: (q) => ({ trous: Object.fromEntries(trous(q).map(([name, trou]) => [name, trou.acceptees[0] ?? ''])) }),
  solutionTexte: (q) =>
    splitGaps(q.texte)
      .map((m) => ('trou' in m ? `[${q.trous[m.trou]?.acceptees[0] ?? ''}]` : m.texte))
      .join(''),
  feedback: (q, input) =>
    trous(q).map(([name, trou]) => {
      const given = input.trous[name] ?? '';
      const isRight = gapIsRight(trou, given);
      return {
        ton: isRight ? ('juste' as const) : ('faux' as const),
        texte: isRight ? trou.feedback : `Réponse attendue : « ${trou.acceptees[0] ?? ''} ». ${trou.feedback}`,
        sujet: given.trim() === '' ? '(vide)' : given,
      };
    }),
  response: (input) =>
    Object.keys(input.trous)
      .map((k) => input.trous[k] ?? '')
      .join('[,]'),
  check: (q) => {
    const problems: ProblemeChamp[] = [];
    if (typeof q.texte !== 'string') return [{ champ: 'texte', message: 'texte manquant' }];
    const names = gapNames(q.texte);
    if (names.length === 0) problems.push({ champ: 'texte', message: 'aucun trou : écrivez les trous sous la forme [[nom]]' });
    if (new Set(names).size !== names.length) problems.push({ champ: 'texte', message: 'un trou apparaît deux fois' });
    if (/\[\[(?![a-z0-9-]+\]\])/.test(q.texte)) problems.push({ champ: 'texte', message: 'trou mal écrit : utilisez [[nom]] (minuscules, chiffres, tirets)' });
    const defined = typeof q.trous === 'object' && q.trous !== null ? q.trous : {};
    for (const name of names) {
      const trou = defined[name];
      if (!trou) {
        problems.push({ champ: `trous.${name}`, message: `le trou « ${name} » n'a pas de réponses acceptées` });
        continue;
      }
      if (!Array.isArray(trou.acceptees) || trou.acceptees.length === 0 || trou.acceptees.some((a) => typeof a !== 'string' || a.trim() === '')) {
        problems.push({ champ: `trous.${name}.acceptees`, message: 'il faut au moins une réponse acceptée, non vide' });
      }
      if (typeof trou.feedback !== 'string' || trou.feedback.trim() === '') {
        problems.push({ champ: `trous.${name}.feedback`, message: 'retour (feedback) manquant' });
      }
    }
    for (const name of Object.keys(defined)) {
      if (!names.includes(name)) problems.push({ champ: `trous.${name}`, message: `« ${name} » n'est pas un trou du texte` });
    }
    return problems;
  },
  empty: (q) => ({
    trous: Object.fromEntries(q.morceaux.flatMap((m) => ('trou' in m ? [[m.trou, '']] : []))),
  }),
};
