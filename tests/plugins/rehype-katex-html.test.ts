/**
 * Formulas of the pages are rendered by KaTeX at build time and handed to React as
 * one HTML string each: same markup as KaTeX's, the stylesheet added once, and a
 * formula KaTeX cannot read is reported to the author and shown as an error.
 */
import katex from 'katex';
import rehypeKatexHtml, { formulaElement, splitOuter } from '@site/src/plugins/rehype-katex-html';
import { KATEX_MARK } from '@site/src/plugins/mdx-nodes';

interface Node {
  type: string;
  tagName?: string;
  name?: string;
  value?: string;
  properties?: Record<string, unknown>;
  attributes?: { name: string; value: unknown }[];
  children?: Node[];
}

const inline = (tex: string): Node => ({
  type: 'element',
  tagName: 'code',
  properties: { className: ['language-math', 'math-inline'] },
  children: [{ type: 'text', value: tex }],
});
const display = (tex: string): Node => ({
  type: 'element',
  tagName: 'pre',
  properties: {},
  children: [{ type: 'element', tagName: 'code', properties: { className: ['language-math', 'math-display'] }, children: [{ type: 'text', value: tex }] }],
});

function run(tree: Node, data: Record<string, unknown> = {}) {
  const messages: string[] = [];
  rehypeKatexHtml({ baseUrl: '/moniteur-atelier/' })(tree as never, { data, message: (reason: string) => messages.push(reason) });
  return messages;
}

const attribute = (node: Node, name: string) => node.attributes?.find((a) => a.name === name)?.value;
const html = (node: Node) =>
  JSON.parse((attribute(node, 'dangerouslySetInnerHTML') as { value: string }).value) as { __html: string };

test('inline and display formulas become one element each, with KaTeX’s own markup inside', () => {
  const paragraph: Node = { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: 'Le TRS : ' }, inline('TRS = D \\times P \\times Q')] };
  const tree: Node = { type: 'root', children: [paragraph, display('\\frac{6\\,000}{3{,}5}')] };
  expect(run(tree)).toEqual([]);

  const formula = paragraph.children![1]!;
  expect(formula).toMatchObject({ type: 'mdxJsxTextElement', name: 'span' });
  expect(attribute(formula, 'className')).toBe('katex');
  const expected = splitOuter(katex.renderToString('TRS = D \\times P \\times Q', { displayMode: false })).inner;
  expect(html(formula).__html).toBe(expected);
  expect(html(formula).__html).toContain('<annotation encoding="application/x-tex">TRS = D \\times P \\times Q</annotation>');

  const block = tree.children!.find((n) => n.type === 'mdxJsxFlowElement' && n.name === 'span')!;
  expect(attribute(block, 'className')).toBe('katex-display');
  // A long formula scrolls in its own box on a phone: it must be reachable with the keyboard.
  expect(attribute(block, 'tabIndex')).toBe('0');
  expect(html(block).__html.startsWith('<span class="katex">')).toBe(true);
});

test('the KaTeX stylesheet is added once, and only to pages with math', () => {
  const withMath: Node = { type: 'root', children: [display('a'), display('b')] };
  const data: Record<string, unknown> = {};
  run(withMath, data);
  expect(data[KATEX_MARK]).toBe(true);
  // A plain <link> at the top of the content (not in <Head>: see stylesheetLink in mdx-nodes.ts).
  const links = withMath.children!.filter((n) => n.type === 'mdxJsxFlowElement' && n.name === 'link');
  expect(links).toHaveLength(1);
  expect(withMath.children![0]).toBe(links[0]);
  expect(links[0]!.attributes).toContainEqual({ type: 'mdxJsxAttribute', name: 'href', value: '/moniteur-atelier/katex/katex.min.css' });

  const withoutMath: Node = { type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: 'Sans formule.' }] }] };
  const none: Record<string, unknown> = {};
  run(withoutMath, none);
  expect(none[KATEX_MARK]).toBeUndefined();
  expect(withoutMath.children).toHaveLength(1);

  // Already added by the activities' plugin (a quiz with formulas): not twice.
  const already: Node = { type: 'root', children: [display('c')] };
  run(already, { [KATEX_MARK]: true });
  expect(already.children!.some((n) => n.name === 'link')).toBe(false);
});

test('a formula KaTeX cannot read is reported, and shown as an error in the page', () => {
  const tree: Node = { type: 'root', children: [display('\\frac{1}{')] };
  const messages = run(tree);
  expect(messages).toEqual(['Could not render math with KaTeX']);
  const block = tree.children!.find((n) => n.type === 'mdxJsxFlowElement' && n.name === 'span')!;
  const error = formulaElement(katex.renderToString('\\frac{1}{', { displayMode: true, throwOnError: false }), true);
  expect(block).toEqual(error);
  expect(attribute(block, 'className')).toBe('katex-error');
  expect(JSON.parse((attribute(block, 'style') as { value: string }).value)).toEqual({ color: '#cc0000' });
});
