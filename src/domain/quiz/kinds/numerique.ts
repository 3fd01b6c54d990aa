/**
 * numerique: a number with a unit and an absolute tolerance. French input is
 * accepted: « 12,5 », « 12.5 », « 1 250 », « 85 % ».
 */
import type { KindHandler, ProblemeChamp } from './handler';
import { invalid, ok, publicBase } from './handler';

/** Parses a French-written number, or returns null. */
export function parseNombre(raw: string): number | null {
  const cleaned = raw
    .replace(/[\u00a0\u202f\s]/g, '')
    .replace(/(%|€|h|min|s|pièces?|kg|m|ans?|mois|jours?)$/i, '')
    .replace(',', '.');
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}

const near = (a: number, b: number, tolerance: number) => Math.abs(a - b) <= tolerance + 1e-9;

// One formatter, made at first use: creating one costs far more than formatting (ICU).
let formatteur: Intl.NumberFormat | undefined;

export function formatNombre(value: number): string {
  formatteur ??= new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 4 });
  return formatteur.format(value);
}

export const numerique: KindHandler<'numerique'> = {
  toPublic: (q) => ({
    ...publicBase(q),
    unite: q.reponse.unite,
  }),
  isInput: (v): v is { valeur: string } =>
    typeof v === 'object' && v !== null && typeof (v as { valeur?: unknown }).valeur === 'string',
  validate: (_q, input) => {
    if (input.valeur.trim() === '') return invalid('Écrivez un nombre.');
    if (parseNombre(input.valeur) === null) return invalid('Écrivez un nombre, par exemple 12,5.');
    return ok;
  },
  score: (q, input) => {
    const value = parseNombre(input.valeur);
    return { points: value !== null && near(value, q.reponse.valeur, q.reponse.tolerance) ? 1 : 0, max: 1 };
  },
  solution: (q) => ({ valeur: formatNombre(q.reponse.valeur) }),
  solutionTexte: (q) => `${formatNombre(q.reponse.valeur)} ${q.reponse.unite}`.trim(),
  feedback: (q, input) => {
    const value = parseNombre(input.valeur);
    if (value === null) return [];
    if (near(value, q.reponse.valeur, q.reponse.tolerance)) return [{ ton: 'juste', texte: q.feedback.juste, sujet: input.valeur }];
    const piege = q.pieges?.find((p) => near(value, p.valeur, q.reponse.tolerance));
    return [{ ton: 'faux', texte: piege ? piege.feedback : q.feedback.faux, sujet: input.valeur }];
  },
  response: (input) => {
    const value = parseNombre(input.valeur);
    return value === null ? input.valeur : String(value);
  },
  check: (q) => {
    const problems: ProblemeChamp[] = [];
    const r = q.reponse;
    if (typeof r !== 'object' || r === null) return [{ champ: 'reponse', message: 'réponse manquante' }];
    if (typeof r.valeur !== 'number' || !Number.isFinite(r.valeur)) problems.push({ champ: 'reponse.valeur', message: 'la valeur doit être un nombre' });
    if (typeof r.tolerance !== 'number' || !(r.tolerance >= 0)) problems.push({ champ: 'reponse.tolerance', message: 'la tolérance doit être un nombre positif ou nul' });
    if (typeof r.unite !== 'string') problems.push({ champ: 'reponse.unite', message: "l'unité doit être un texte (vide si sans unité)" });
    for (const key of ['juste', 'faux'] as const) {
      if (typeof q.feedback?.[key] !== 'string' || q.feedback[key].trim() === '') {
        problems.push({ champ: `feedback.${key}`, message: 'retour (feedback) manquant' });
      }
    }
    (q.pieges ?? []).forEach((p, i) => {
      if (typeof r.valeur === 'number' && typeof r.tolerance === 'number' && near(p.valeur, r.valeur, r.tolerance)) {
        problems.push({ champ: `pieges[${i}].valeur`, message: 'un piège ne peut pas être égal à la bonne réponse' });
      }
    });
    if (!/\$[^$]+\$/.test(q.explication ?? '')) {
      problems.push({ champ: 'explication', message: 'montrez le calcul avec une formule entre $…$ (KaTeX)' });
    }
    return problems;
  },
  empty: () => ({ valeur: '' }),
};
