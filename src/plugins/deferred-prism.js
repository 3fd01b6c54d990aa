/**
 * Stands in for theme-classic's client module `prism-include-languages` (see
 * plugin-prism.ts): Prism is set up by the code block chunk
 * (src/components/CodeBlock/Highlighted.tsx), loaded by the pages that show code,
 * not by every page.
 */
export {};
