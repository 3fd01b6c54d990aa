/**
 * Query-side tokenizer for the offline search (replaces the search plugin's own
 * utils/tokenize.js at bundle time, see plugin-recherche.ts). Same rule as the index:
 * words are split on spaces, hyphens and apostrophes, so a query typed as
 * « l'autodétermination » finds the pages indexed under « autodétermination ».
 */
export function tokenize(text) {
  return text.toLowerCase().match(/[^\s\-'’]+/g) || [];
}
