/**
 * association: match each left item with one right item. The right column may
 * hold distractors. Points = right pairs / left items.
 */
import type { KindHandler, ProblemeChamp } from './handler';
import { checkItems, invalid, publicBase, isRecordOf, isStringOrNull, ok } from './handler';
import { seededShuffle } from '../shuffle';

export const association: KindHandler<'association'> = {
  toPublic: (q) => ({
    ...publicBase(q),
    gauche: q.gauche.map(({ id, texte }) => ({ id, texte })),
    // Never ship the right column in the authored order: it may follow the pairs.
    droite: seededShuffle(
      q.droite.map(({ id, texte }) => ({ id, texte })),
      `public:${q.id}`,
    ),
  }),
  isInput: (v): v is { paires: Record<string, string | null> } =>
    typeof v === 'object' && v !== null && isRecordOf((v as { paires?: unknown }).paires, isStringOrNull),
  validate: (q, input) => {
    for (const g of q.gauche) {
      const d = input.paires[g.id];
      if (d === undefined || d === null || d === '') return invalid(`Associez « ${g.texte} » à un élément.`);
      if (!q.droite.some((x) => x.id === d)) return invalid('Une association vise un élément inconnu.');
    }
    return ok;
  },
  score: (q, input) => {
    const good = q.gauche.filter((g) => input.paires[g.id] === q.paires[g.id]).length;
    return { points: good / q.gauche.length, max: 1 };
  },
  solution: (q) => ({ paires: { ...q.paires } }),
  solutionTexte: (q) =>
    q.gauche.map((g) => `${g.texte} → ${q.droite.find((d) => d.id === q.paires[g.id])?.texte ?? '?'}`).join(' ; '),
  feedback: (q, input) =>
    q.gauche.map((g) => {
      const right = q.droite.find((d) => d.id === q.paires[g.id]);
      const isRight = input.paires[g.id] === q.paires[g.id];
      return {
        ton: isRight ? ('juste' as const) : ('faux' as const),
        texte: isRight ? g.feedback : `À associer à « ${right?.texte ?? ''} ». ${g.feedback}`,
        sujet: g.texte,
      };
    }),
  response: (input) =>
    Object.entries(input.paires)
      .filter(([, d]) => d)
      .map(([g, d]) => `${g}[.]${d}`)
      .sort()
      .join('[,]'),
  check: (q) => {
    const problems: ProblemeChamp[] = [
      ...checkItems('gauche', q.gauche, { feedback: true, min: 2 }),
      ...checkItems('droite', q.droite, { feedback: false, min: 2 }),
    ];
    const leftIds = new Set(q.gauche.map((g) => g.id));
    const rightIds = new Set(q.droite.map((d) => d.id));
    for (const id of leftIds) if (rightIds.has(id)) problems.push({ champ: 'droite', message: `« ${id} » est utilisé à gauche et à droite` });
    if (typeof q.paires !== 'object' || q.paires === null) {
      problems.push({ champ: 'paires', message: 'les paires manquent' });
      return problems;
    }
    for (const g of q.gauche) {
      const d = q.paires[g.id];
      if (d === undefined) problems.push({ champ: `paires.${g.id}`, message: `« ${g.id} » n'a pas de partenaire` });
      else if (!rightIds.has(d)) problems.push({ champ: `paires.${g.id}`, message: `« ${d} » n'est pas un élément de droite` });
    }
    for (const key of Object.keys(q.paires)) {
      if (!leftIds.has(key)) problems.push({ champ: `paires.${key}`, message: `« ${key} » n'est pas un élément de gauche` });
    }
    return problems;
  },
  empty: (q) => ({ paires: Object.fromEntries(q.gauche.map((g) => [g.id, null])) }),
};
