/**
 * Formulas of the pages (`$…$` and `$$…$$`, parsed by remark-math), rendered by
 * KaTeX at build time into **MathML only** (`output: 'mathml'`), which the browser
 * lays out itself (MathML Core: Chromium 109+, Firefox, Safari), handed to React as
 * one HTML string per formula (`<span class="katex" dangerouslySetInnerHTML>`), the
 * way the activities show theirs (src/build/activites/activites.ts):
 * - no stylesheet and no font to download: KaTeX's HTML rendering needed its CSS
 *   and up to ten woff2 files, and each arrival laid out the whole page again (two
 *   long tasks of 250 to 400 ms on a lesson with formulas, CPU slowed down ×4);
 * - about 60 elements fewer per formula (MathML instead of KaTeX's HTML plus a
 *   hidden MathML copy): a lesson with 16 formulas went from 3,090 to 2,082 elements;
 * - screen readers read MathML natively (it was already what they read);
 * - the page's JavaScript carries a compact string, and hydration does not walk the
 *   formula's elements.
 * Display formulas are keyboard-focusable: on a narrow screen a long formula scrolls
 * sideways in its own box (src/css/custom.css), and a keyboard user must be able to
 * scroll it (WCAG 1.4.10 and 2.1.1).
 */
import katex from 'katex';
import { objectAttribute } from './mdx-nodes';
import { KATEX_OPTIONS } from '../build/formules';

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: { className?: unknown };
  children?: HastNode[];
  position?: unknown;
}

interface File {
  data: Record<string, unknown>;
  message: (reason: string, options?: unknown) => unknown;
}

function classes(node: HastNode): readonly unknown[] {
  const className = node.properties?.className;
  return Array.isArray(className) ? className : [];
}

function text(node: HastNode): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(text).join('');
}

/** KaTeX's markup, split into its outer element's attributes and its inner HTML. */
export function splitOuter(html: string): { attributes: Record<string, string>; inner: string } {
  const match = /^<span((?:\s+[\w-]+="[^"]*")*)>([\s\S]*)<\/span>$/.exec(html.trim());
  if (!match) throw new Error(`sortie KaTeX inattendue : ${html.slice(0, 80)}`);
  const attributes: Record<string, string> = {};
  for (const [, name, value] of match[1]!.matchAll(/([\w-]+)="([^"]*)"/g)) attributes[name!] = value!;
  return { attributes, inner: match[2]! };
}

const decode = (value: string) =>
  value.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The MDX JSX element that renders one formula (KaTeX's markup, as one HTML string). */
export function formulaElement(html: string, display: boolean) {
  const { attributes, inner } = splitOuter(html);
  const jsxAttributes: unknown[] = [];
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'class') {
      // A display formula is `<math display="block">` in KaTeX's MathML: its box gets the class that
      // makes it scroll sideways on a narrow screen (src/css/custom.css).
      jsxAttributes.push({ type: 'mdxJsxAttribute', name: 'className', value: display ? `${decode(value)} katex-display` : decode(value) });
    } else if (name === 'style') {
      const style: Record<string, string> = {};
      for (const declaration of decode(value).split(';')) {
        const [property, ...rest] = declaration.split(':');
        if (!property?.trim() || rest.length === 0) continue;
        style[property.trim().replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())] = rest.join(':').trim();
      }
      jsxAttributes.push(objectAttribute('style', style));
    } else jsxAttributes.push({ type: 'mdxJsxAttribute', name, value: decode(value) });
  }
  if (display) jsxAttributes.push({ type: 'mdxJsxAttribute', name: 'tabIndex', value: '0' });
  jsxAttributes.push(objectAttribute('dangerouslySetInnerHTML', { __html: inner }));
  return { type: display ? 'mdxJsxFlowElement' : 'mdxJsxTextElement', name: 'span', attributes: jsxAttributes, children: [] };
}


function render(tex: string, displayMode: boolean, file: File, place: unknown): string {
  try {
    return katex.renderToString(tex, { ...KATEX_OPTIONS, displayMode, throwOnError: true });
  } catch (error) {
    file.message('Could not render math with KaTeX', { cause: error, place, ruleId: 'katex', source: 'rehype-katex-mathml' });
    return katex.renderToString(tex, { ...KATEX_OPTIONS, displayMode, strict: 'ignore', throwOnError: false });
  }
}

export default function rehypeKatexMathml() {
  return (tree: HastNode, file: File): void => {
    const visit = (parent: HastNode) => {
      const children = parent.children ?? [];
      for (let i = 0; i < children.length; i += 1) {
        const node = children[i]!;
        if (node.type !== 'element') continue;
        const own = classes(node);
        const inner = node.tagName === 'pre' && node.children?.length === 1 ? node.children[0]! : null;
        // `$$…$$` (and ```math) is <pre><code class="language-math math-display">; `$…$` is <code class="… math-inline">.
        const display = inner !== null && inner.type === 'element' && classes(inner).includes('language-math');
        const math = display || own.includes('math-inline') || own.includes('math-display') || own.includes('language-math');
        if (!math) {
          visit(node);
          continue;
        }
        const isDisplay = display || own.includes('math-display');
        const html = render(text(display ? inner! : node), isDisplay, file, node.position);
        children[i] = formulaElement(html, isDisplay) as unknown as HastNode;
      }
    };
    visit(tree);
  };
}
