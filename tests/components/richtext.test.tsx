/**
 * The one reviewed HTML injection (tests/securite/injection-html.test.ts): a
 * formula is rendered as HTML only when the activity's table of build-time KaTeX
 * output holds it as its own key; anything else stays text.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { FormulesContext, RichInline, RichText } from '@site/src/components/Activite/RichText';

const render = (text: string, formules: Record<string, string>) =>
  renderToStaticMarkup(
    <FormulesContext.Provider value={formules}>
      <RichText text={text} />
    </FormulesContext.Provider>,
  );

test('a formula of the table is rendered from its pre-rendered HTML', () => {
  expect(render('Calcul : $a+b$', { 'a+b': '<span class="katex">a+b</span>' })).toBe('<p>Calcul : <span><span class="katex">a+b</span></span></p>');
});

test('a formula missing from the table, or named like an Object property, is shown as code', () => {
  expect(render('$x$ et $constructor$ et $toString$ et $__proto__$', { 'a+b': '<b>x</b>' })).toBe(
    '<p><code>x</code> et <code>constructor</code> et <code>toString</code> et <code>__proto__</code></p>',
  );
});

test('text around formulas is never HTML', () => {
  expect(render('<img src=x onerror=alert(1)> **gras**', {})).toBe('<p>&lt;img src=x onerror=alert(1)&gt; <strong>gras</strong></p>');
});

test('inline rendering (options, labels) joins paragraphs with a line break and adds no wrapper element', () => {
  expect(renderToStaticMarkup(<RichInline text={'Premier **gras**\n\nSecond _mot_'} />)).toBe('Premier <strong>gras</strong><br/>Second <em>mot</em>');
  expect(renderToStaticMarkup(<RichInline text="Une seule ligne" />)).toBe('Une seule ligne');
});
