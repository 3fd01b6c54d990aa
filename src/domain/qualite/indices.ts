/**
 * Surface cues of a text that a learner who knows nothing could use to guess:
 * its length, the words it shares with the question, its « kind » wording.
 * Pure functions, used by the item-quality rules (./items.ts).
 */
import { plainText } from '../texte/richText';

/** Length in characters of the text as read (marks removed, spaces squeezed). */
export function longueur(texte: string): number {
  return plainText(texte).replace(/\s+/g, ' ').trim().length;
}

const sansAccents = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');

/** Words of 5 letters or more that carry meaning, reduced to a 6-letter stem. */
const VIDES = new Set(
  'avant apres alors aussi autre autres avec avoir celle celui cette chaque comme contre dans depuis deux donc elles encore entre etait etre faire fait leurs lorsque meme moins parce pendant peut plus pour pourquoi quand quelle quelles quels quelque sans selon sont sous tous toute toutes tres votre vous vient ceux ainsi deja lequel laquelle lesquels dont elle ils nous leur cela ceci'.split(' '),
);

export function racines(texte: string): Set<string> {
  const mots = sansAccents(plainText(texte).toLowerCase()).split(/[^a-z0-9]+/);
  return new Set(mots.filter((m) => m.length >= 5 && !VIDES.has(m)).map((m) => m.slice(0, 6)));
}

/** How many stems of the option also appear in the question (the « echo » cue). */
export function echo(option: string, enonce: string): number {
  const q = racines(enonce);
  let n = 0;
  for (const r of racines(option)) if (q.has(r)) n += 1;
  return n;
}

/**
 * Markers of the « kind, ask-the-person » wording that a test-wise learner picks
 * without knowing the rule. Counted as stems in the text without accents.
 */
const BIENVEILLANCE = [
  'ecout',
  'demand',
  'propos',
  'ensemble',
  'avec lui',
  'avec elle',
  'avec la personne',
  'son avis',
  'sa parole',
  'son rythme',
  'respect',
  'rassur',
  'bienveill',
  'dignit',
  'consent',
  'associ',
  'expliqu',
  'accord',
  'choix',
  'souhait',
  'confian',
  'valoris',
  'encourag',
  'dialog',
  'echang',
  'accompagn',
  'autonom',
  'adapt',
  'discret',
  'reformul',
];

export function bienveillance(texte: string): number {
  const t = sansAccents(plainText(texte).toLowerCase());
  return BIENVEILLANCE.reduce((n, m) => n + (t.includes(m) ? 1 : 0), 0);
}

/**
 * Share of picks that hit the key when a strategy picks the option(s) with the
 * highest value (ties shared: picking at random among them).
 */
export function partDuMeilleur(valeurs: readonly number[], cle: number): number {
  const max = Math.max(...valeurs);
  const ex = valeurs.filter((v) => v === max).length;
  return valeurs[cle] === max ? 1 / ex : 0;
}
