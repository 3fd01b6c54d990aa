/**
 * Formulas of the pages are rendered by KaTeX at build time as MathML only, and
 * handed to React as one HTML string each: no stylesheet and no font to load, and a
 * formula KaTeX cannot read is reported to the author and shown as an error.
 */
import katex from 'katex';
import rehypeKatexMathml, { formulaElement, splitOuter } from '@site/src/plugins/rehype-katex-mathml';
import { KATEX_OPTIONS } from '@site/src/build/formules';

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

function run(tree: Node) {
  const messages: string[] = [];
  rehypeKatexMathml()(tree as never, { data: {}, message: (reason: string) => messages.push(reason) });
  return messages;
}

const attribute = (node: Node, name: string) => node.attributes?.find((a) => a.name === name)?.value;
const html = (node: Node) =>
  JSON.parse((attribute(node, 'dangerouslySetInnerHTML') as { value: string }).value) as { __html: string };

test('inline and display formulas become one element each, holding KaTeX’s MathML and nothing else', () => {
  const paragraph: Node = { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: 'Le TRS : ' }, inline('TRS = D \\times P \\times Q')] };
  const tree: Node = { type: 'root', children: [paragraph, display('\\frac{6\\,000}{3{,}5}')] };
  expect(run(tree)).toEqual([]);

  const formula = paragraph.children![1]!;
  expect(formula).toMatchObject({ type: 'mdxJsxTextElement', name: 'span' });
  expect(attribute(formula, 'className')).toBe('katex');
  const expected = splitOuter(katex.renderToString('TRS = D \\times P \\times Q', { ...KATEX_OPTIONS, displayMode: false })).inner;
  expect(html(formula).__html).toBe(expected);
  expect(html(formula).__html.startsWith('<math xmlns="http://www.w3.org/1998/Math/MathML">')).toBe(true);
  expect(html(formula).__html).toContain('<annotation encoding="application/x-tex">TRS = D \\times P \\times Q</annotation>');
  // No HTML rendering (it needs KaTeX's stylesheet and fonts).
  expect(html(formula).__html).not.toContain('katex-html');

  const block = tree.children!.find((n) => n.type === 'mdxJsxFlowElement' && n.name === 'span')!;
  expect(attribute(block, 'className')).toBe('katex katex-display');
  // A long formula scrolls in its own box on a phone: it must be reachable with the keyboard.
  expect(attribute(block, 'tabIndex')).toBe('0');
  expect(html(block).__html).toMatch(/^<math xmlns="http:\/\/www\.w3\.org\/1998\/Math\/MathML" display="block">/);
  expect(html(block).__html).toContain('<mfrac>');
});

test('no stylesheet is added to a page with formulas: only the formulas change', () => {
  const tree: Node = { type: 'root', children: [display('a'), { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: 'Texte.' }] }, display('b')] };
  run(tree);
  expect(tree.children!.map((n) => n.name ?? n.tagName)).toEqual(['span', 'p', 'span']);
});

test('a formula KaTeX cannot read is reported, and shown as an error in the page', () => {
  const tree: Node = { type: 'root', children: [display('\\frac{1}{')] };
  const messages = run(tree);
  expect(messages).toEqual(['Could not render math with KaTeX']);
  const block = tree.children!.find((n) => n.type === 'mdxJsxFlowElement' && n.name === 'span')!;
  const error = formulaElement(katex.renderToString('\\frac{1}{', { ...KATEX_OPTIONS, displayMode: true, throwOnError: false }), true);
  expect(block).toEqual(error);
  expect(attribute(block, 'className')).toBe('katex-error katex-display');
  expect(JSON.parse((attribute(block, 'style') as { value: string }).value)).toEqual({ color: '#cc0000' });
});
