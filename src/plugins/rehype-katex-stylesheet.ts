/**
 * Adds the KaTeX stylesheet to the <head> of the pages that contain math, and only
 * those: the CSS (and the fonts it points to) is served from our own build, never a
 * CDN, and pages without formulas do not pay for it.
 */
import type { Root, Element, RootContent } from 'hast';
import { KATEX_MARK, katexHref, stylesheetInHead } from './mdx-nodes';

interface Options {
  readonly baseUrl: string;
}

function hasKatex(node: Root | RootContent): boolean {
  if (node.type === 'element') {
    const className = (node as Element).properties?.className;
    if (Array.isArray(className) && className.includes('katex')) return true;
  }
  if ('children' in node && Array.isArray(node.children)) {
    return (node.children as RootContent[]).some(hasKatex);
  }
  return false;
}

export default function rehypeKatexStylesheet(options: Options) {
  return (tree: Root, file: { data: Record<string, unknown> }): void => {
    if (file.data[KATEX_MARK] || !hasKatex(tree)) return;
    file.data[KATEX_MARK] = true;
    tree.children.unshift(...(stylesheetInHead(katexHref(options.baseUrl)) as unknown as RootContent[]));
  };
}
