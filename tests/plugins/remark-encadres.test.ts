/**
 * A Docusaurus admonition (`:::tip`) stops the build with the page, the line and
 * the lesson boxes to use instead; other elements pass.
 */
import remarkEncadres from '@site/src/plugins/remark-encadres';

const admonition = (type: string, line: number) => ({
  type: 'mdxJsxFlowElement',
  name: 'admonition',
  attributes: [{ type: 'mdxJsxAttribute', name: 'type', value: type }],
  children: [{ type: 'paragraph', children: [] }],
  position: { start: { line } },
});

const run = (children: unknown[]) => remarkEncadres()({ type: 'root', children } as never, { path: 'docs/bloc-2/sante-securite.mdx' });

describe('remarkEncadres', () => {
  it('laisse passer une page sans encadré Docusaurus', () => {
    expect(() => run([{ type: 'mdxJsxFlowElement', name: 'PiegeAEviter', attributes: [], children: [] }])).not.toThrow();
  });

  it('refuse « :::warning » en nommant la page, la ligne et les encadrés à utiliser', () => {
    expect(() => run([{ type: 'blockquote', children: [admonition('warning', 42)] }])).toThrow(
      /^docs\/bloc-2\/sante-securite\.mdx:42 : encadré « :::warning » .*<PiegeAEviter/,
    );
  });
});
