/**
 * choix-unique and choix-multiples.
 *
 * Partial credit rule for choix-multiples (documented for learners and authors):
 * points = max(0, (right options ticked − wrong options ticked) / right options).
 * Ticking every box therefore earns nothing more than ticking none of the wrong ones.
 */
import type { KindHandler, Message, ProblemeChamp } from './handler';
import { checkItems, invalid, publicBase, isString, isStringArray, isStringOrNull, ok } from './handler';

const textOf = (q: { options: readonly { id: string; texte: string }[] }, id: string) =>
  q.options.find((o) => o.id === id)?.texte ?? id;

export const choixUnique: KindHandler<'choix-unique'> = {
  toPublic: (q) => ({
    ...publicBase(q),
    options: q.options.map(({ id, texte }) => ({ id, texte })),
  }),
  isInput: (v): v is { choix: string | null } =>
    typeof v === 'object' && v !== null && isStringOrNull((v as { choix?: unknown }).choix),
  validate: (q, input) => {
    if (input.choix === null) return invalid('Choisissez une réponse.');
    if (!q.options.some((o) => o.id === input.choix)) return invalid('Cette réponse ne fait pas partie des choix.');
    return ok;
  },
  score: (q, input) => ({ points: input.choix === q.reponse ? 1 : 0, max: 1 }),
  solution: (q) => ({ choix: q.reponse }),
  solutionTexte: (q) => textOf(q, q.reponse),
  feedback: (q, input) => {
    const messages: Message[] = [];
    const chosen = q.options.find((o) => o.id === input.choix);
    if (chosen) messages.push({ ton: chosen.id === q.reponse ? 'juste' : 'faux', texte: chosen.feedback, sujet: chosen.texte });
    if (input.choix !== q.reponse) {
      const right = q.options.find((o) => o.id === q.reponse);
      if (right) messages.push({ ton: 'info', texte: right.feedback, sujet: right.texte });
    }
    return messages;
  },
  response: (input) => input.choix ?? '',
  check: (q) => {
    const problems: ProblemeChamp[] = checkItems('options', q.options, { feedback: true, min: 2 });
    if (q.options.length > 6) problems.push({ champ: 'options', message: 'trop de choix (6 au plus ; 3 ou 4 conseillés)' });
    if (!isString(q.reponse) || !q.options.some((o) => o.id === q.reponse)) {
      problems.push({ champ: 'reponse', message: `la réponse « ${String(q.reponse)} » n'est l'identifiant d'aucune option` });
    }
    return problems;
  },
  empty: () => ({ choix: null }),
};

export const choixMultiples: KindHandler<'choix-multiples'> = {
  toPublic: (q) => ({
    ...publicBase(q),
    options: q.options.map(({ id, texte }) => ({ id, texte })),
  }),
  isInput: (v): v is { choix: readonly string[] } =>
    typeof v === 'object' && v !== null && isStringArray((v as { choix?: unknown }).choix),
  validate: (q, input) => {
    if (input.choix.length === 0) return invalid('Cochez au moins une réponse.');
    if (new Set(input.choix).size !== input.choix.length) return invalid('Une réponse est cochée deux fois.');
    if (!input.choix.every((c) => q.options.some((o) => o.id === c))) {
      return invalid('Une réponse cochée ne fait pas partie des choix.');
    }
    return ok;
  },
  score: (q, input) => {
    const right = new Set(q.reponses);
    const ticked = new Set(input.choix);
    let good = 0;
    let bad = 0;
    for (const id of ticked) {
      if (right.has(id)) good += 1;
      else bad += 1;
    }
    return { points: Math.max(0, (good - bad) / right.size), max: 1 };
  },
  solution: (q) => ({ choix: [...q.reponses] }),
  solutionTexte: (q) => q.reponses.map((id) => textOf(q, id)).join(' ; '),
  feedback: (q, input) => {
    const right = new Set(q.reponses);
    const ticked = new Set(input.choix);
    return q.options
      .filter((o) => ticked.has(o.id) || right.has(o.id))
      .map((o) => ({
        ton: ticked.has(o.id) === right.has(o.id) ? ('juste' as const) : ('faux' as const),
        texte: ticked.has(o.id) || !right.has(o.id) ? o.feedback : `À cocher aussi. ${o.feedback}`,
        sujet: o.texte,
      }));
  },
  response: (input) => [...input.choix].sort().join('[,]'),
  check: (q) => {
    const problems: ProblemeChamp[] = checkItems('options', q.options, { feedback: true, min: 3 });
    if (q.options.length > 8) problems.push({ champ: 'options', message: 'trop de choix (8 au plus)' });
    if (!isStringArray(q.reponses) || q.reponses.length === 0) {
      problems.push({ champ: 'reponses', message: 'il faut au moins une bonne réponse' });
      return problems;
    }
    if (new Set(q.reponses).size !== q.reponses.length) problems.push({ champ: 'reponses', message: 'une bonne réponse est en double' });
    for (const id of q.reponses) {
      if (!q.options.some((o) => o.id === id)) {
        problems.push({ champ: 'reponses', message: `« ${id} » n'est l'identifiant d'aucune option` });
      }
    }
    if (q.reponses.length === q.options.length) {
      problems.push({ champ: 'reponses', message: 'toutes les options sont justes : ajoutez au moins un distracteur' });
    }
    return problems;
  },
  empty: () => ({ choix: [] }),
};
