/**
 * Adds the KaTeX stylesheet to the <head> of the pages that contain math, and only
 * those: the CSS (and the fonts it points to) is served from our own build, never a
 * CDN, and pages without formulas do not pay for it. The page gets
 * `import Head from '@docusaurus/Head'` and `<Head><link rel="stylesheet" …/></Head>`.
 */
import type { Root, Element, RootContent } from 'hast';

interface Options {
  readonly baseUrl: string;
}

const HEAD = '__KatexHead';

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

function attribute(name: string, value: string) {
  return { type: 'mdxJsxAttribute', name, value };
}

export default function rehypeKatexStylesheet(options: Options) {
  const href = `${options.baseUrl}katex/katex.min.css`;
  return (tree: Root): void => {
    if (!hasKatex(tree)) return;
    const importNode = {
      type: 'mdxjsEsm',
      value: `import ${HEAD} from '@docusaurus/Head';`,
      data: {
        estree: {
          type: 'Program',
          sourceType: 'module',
          body: [
            {
              type: 'ImportDeclaration',
              specifiers: [{ type: 'ImportDefaultSpecifier', local: { type: 'Identifier', name: HEAD } }],
              source: { type: 'Literal', value: '@docusaurus/Head', raw: "'@docusaurus/Head'" },
            },
          ],
        },
      },
    };
    const link = {
      type: 'mdxJsxFlowElement',
      name: 'link',
      attributes: [attribute('rel', 'stylesheet'), attribute('href', href)],
      children: [],
    };
    const head = { type: 'mdxJsxFlowElement', name: HEAD, attributes: [], children: [link] };
    tree.children.unshift(importNode as unknown as RootContent, head as unknown as RootContent);
  };
}
