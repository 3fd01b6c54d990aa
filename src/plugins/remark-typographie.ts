/**
 * French typography in every MDX page (lessons, blog, pages), at build time: the
 * spaces before « : ; ! ? » and %, and inside « », become narrow no-break spaces
 * (src/domain/texte/typographie.ts), so that the browser never breaks a line
 * there. Only text nodes are changed: code, formulas ($…$, turned into MathML by
 * rehype-katex-mathml), JSX expressions and imports are other kinds of nodes, and
 * link targets are attributes. The front matter (title, description, menu label)
 * is handled by `parseFrontMatter` below, given to Docusaurus in docusaurus.config.ts.
 */
import { espacesFines } from '../domain/texte/typographie';

interface Noeud {
  readonly type: string;
  value?: unknown;
  children?: Noeud[];
}

function visiter(noeud: Noeud): void {
  if (noeud.type === 'text' && typeof noeud.value === 'string') noeud.value = espacesFines(noeud.value);
  for (const enfant of noeud.children ?? []) visiter(enfant);
}

export default function remarkTypographie() {
  return (tree: Noeud): void => visiter(tree);
}

/** Front matter fields shown as text (page title, menu label, description). */
const CHAMPS = ['title', 'sidebar_label', 'description'] as const;

type ParseFrontMatter = (params: { filePath: string; fileContent: string }) => Promise<{ frontMatter: Record<string, unknown>; content: string }>;

/** Docusaurus's `markdown.parseFrontMatter`: its own parsing, then French typography on the text fields. */
export async function parseFrontMatter(params: { filePath: string; fileContent: string; defaultParseFrontMatter: ParseFrontMatter }) {
  const resultat = await params.defaultParseFrontMatter(params);
  const frontMatter = { ...resultat.frontMatter };
  for (const champ of CHAMPS) {
    const valeur = frontMatter[champ];
    if (typeof valeur === 'string') frontMatter[champ] = espacesFines(valeur);
  }
  return { ...resultat, frontMatter };
}
