/**
 * Adds the KaTeX stylesheet to the <head> of the pages that contain math, and only
 * those: the CSS (and the fonts it points to) is served from our own build, never a
 * CDN, and pages without formulas do not pay for it.
 * Display formulas also become keyboard-focusable: on a narrow screen a long formula
 * scrolls sideways in its own box (src/css/custom.css), and a keyboard user must be
 * able to scroll it (WCAG 1.4.10 and 2.1.1).
 */
import type { Root, Element, RootContent } from 'hast';
import { KATEX_MARK, katexHref, stylesheetInHead } from './mdx-nodes';

interface Options {
  readonly baseUrl: string;
}

function focusableDisplays(node: Root | RootContent): void {
  if (node.type === 'element') {
    const className = (node as Element).properties?.className;
    if (Array.isArray(className) && className.includes('katex-display')) (node as Element).properties.tabIndex = 0;
  }
  if ('children' in node && Array.isArray(node.children)) (node.children as RootContent[]).forEach(focusableDisplays);
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
    if (!hasKatex(tree)) return;
    focusableDisplays(tree);
    if (file.data[KATEX_MARK]) return;
    file.data[KATEX_MARK] = true;
    tree.children.unshift(...(stylesheetInHead(katexHref(options.baseUrl)) as unknown as RootContent[]));
  };
}
