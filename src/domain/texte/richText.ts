/**
 * "Texte riche" of our activities: plain French text with three marks only,
 *   **gras**, _italique_ and $formule$ (inline KaTeX), and paragraphs separated
 * by a blank line. No HTML, ever: our activities are rendered by React from
 * segments, never injected as HTML. Formulas are rendered to HTML at build time
 * by KaTeX (see src/build/activites/activites.ts), so no KaTeX code is shipped to the
 * browser.
 */

export type Segment =
  | { readonly t: 'texte'; readonly v: string }
  | { readonly t: 'gras'; readonly v: string }
  | { readonly t: 'italique'; readonly v: string }
  | { readonly t: 'formule'; readonly v: string; readonly html?: string };

export type Paragraphe = readonly Segment[];
export type TexteRiche = readonly Paragraphe[];

const MARKS = /(\*\*[^*]+\*\*|_[^_\s][^_]*_|\$[^$]+\$)/g;

/** Splits a source string into paragraphs of segments. */
export function parseRichText(source: string): TexteRiche {
  return source
    .trim()
    .split(/\n\s*\n/)
    .map((paragraph) => {
      const text = paragraph.replace(/\s*\n\s*/g, ' ');
      const segments: Segment[] = [];
      let last = 0;
      for (const match of text.matchAll(MARKS)) {
        const index = match.index ?? 0;
        if (index > last) segments.push({ t: 'texte', v: text.slice(last, index) });
        const raw = match[0];
        if (raw.startsWith('**')) segments.push({ t: 'gras', v: raw.slice(2, -2) });
        else if (raw.startsWith('$')) segments.push({ t: 'formule', v: raw.slice(1, -1) });
        else segments.push({ t: 'italique', v: raw.slice(1, -1) });
        last = index + raw.length;
      }
      if (last < text.length) segments.push({ t: 'texte', v: text.slice(last) });
      return segments;
    });
}

/** The same text without marks: for search, exports, speech and comparisons. */
export function plainText(source: string): string {
  return parseRichText(source)
    .map((p) => p.map((s) => s.v).join(''))
    .join('\n\n');
}

export function hasFormula(source: string): boolean {
  return parseRichText(source).some((p) => p.some((s) => s.t === 'formule'));
}

/**
 * Problems that make a text unsafe or unreadable, in French, for authors:
 * HTML tags, script URLs, unbalanced marks, empty text.
 */
export function richTextProblems(source: unknown): string[] {
  if (typeof source !== 'string') return ['doit être un texte'];
  const problems: string[] = [];
  if (source.trim() === '') problems.push('est vide');
  if (/<\s*\/?\s*[a-z!]/i.test(source)) problems.push('contient une balise HTML (interdit : écrivez du texte simple)');
  if (/javascript\s*:/i.test(source)) problems.push('contient « javascript: » (interdit)');
  const dollars = (source.match(/\$/g) ?? []).length;
  if (dollars % 2 !== 0) problems.push('a un nombre impair de « $ » (formule non fermée)');
  const stars = (source.match(/\*\*/g) ?? []).length;
  if (stars % 2 !== 0) problems.push('a un « ** » non fermé');
  return problems;
}

/** Lower case, no accents, single spaces, typographic apostrophes unified. */
export function normaliseAnswer(value: string, options: { casse?: boolean; accents?: boolean } = {}): string {
  let v = value.normalize('NFC').replace(/[’‘`´]/g, "'").replace(/\s+/g, ' ').trim();
  if (!options.casse) v = v.toLocaleLowerCase('fr-FR');
  if (!options.accents) v = v.normalize('NFD').replace(/\p{Diacritic}/gu, '').normalize('NFC');
  return v;
}
