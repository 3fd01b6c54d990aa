/**
 * The glossary's terms (src/contenu/glossaire.ts) in French alphabetical order, their texts
 * with French typography (narrow no-break spaces), and the letter each is filed under. Imported
 * by the list (HTML of the page) and the cards (loaded when the learner asks for them) only.
 */
import { GLOSSAIRE, type Terme } from '@site/src/contenu/glossaire';
import { normaliseAnswer } from '@site/src/domain/texte/richText';
import { alphabetique } from '@site/src/domain/texte/alphabetique';
import { espacesFines } from '@site/src/domain/texte/typographie';

export const lettre = (t: Terme): string => normaliseAnswer(t.terme).charAt(0).toUpperCase();

export const ORDRE: readonly Terme[] = alphabetique(
  GLOSSAIRE.map((t) => ({ ...t, definition: espacesFines(t.definition), ...(t.developpe ? { developpe: espacesFines(t.developpe) } : {}), ...(t.source ? { source: espacesFines(t.source) } : {}) })),
  (t) => t.terme,
);
