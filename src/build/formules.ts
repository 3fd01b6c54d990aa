/** KaTeX's options for every formula of the site (pages, through rehype-katex-mathml, and activities). */
export const KATEX_OPTIONS = { output: 'mathml', trust: false } as const;
