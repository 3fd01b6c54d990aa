/** vrai-faux: one statement, true or false, with a feedback for each answer. */
import type { KindHandler, ProblemeChamp } from './handler';
import { invalid, ok, publicBase } from './handler';

export const vraiFaux: KindHandler<'vrai-faux'> = {
  toPublic: (q) => ({
    ...publicBase(q),
  }),
  isInput: (v): v is { valeur: boolean | null } => {
    const valeur = (v as { valeur?: unknown } | null)?.valeur;
    return typeof v === 'object' && v !== null && (valeur === null || typeof valeur === 'boolean');
  },
  validate: (_q, input) => (input.valeur === null ? invalid('Choisissez « Vrai » ou « Faux ».') : ok),
  score: (q, input) => ({ points: input.valeur === q.reponse ? 1 : 0, max: 1 }),
  solution: (q) => ({ valeur: q.reponse }),
  solutionTexte: (q) => (q.reponse ? 'Vrai' : 'Faux'),
  feedback: (q, input) =>
    input.valeur === null
      ? []
      : [
          {
            ton: input.valeur === q.reponse ? 'juste' : 'faux',
            texte: input.valeur ? q.feedback.vrai : q.feedback.faux,
            sujet: input.valeur ? 'Vrai' : 'Faux',
          },
        ],
  response: (input) => (input.valeur === null ? '' : String(input.valeur)),
  check: (q) => {
    const problems: ProblemeChamp[] = [];
    if (typeof q.reponse !== 'boolean') problems.push({ champ: 'reponse', message: 'la réponse doit être true (vrai) ou false (faux)' });
    for (const key of ['vrai', 'faux'] as const) {
      if (typeof q.feedback?.[key] !== 'string' || q.feedback[key].trim() === '') {
        problems.push({ champ: `feedback.${key}`, message: `retour manquant pour la réponse « ${key} »` });
      }
    }
    return problems;
  },
  empty: () => ({ valeur: null }),
};
