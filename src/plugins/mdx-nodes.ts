/**
 * Small builders of MDX syntax-tree nodes used by our remark/rehype plugins: an
 * `import x from '…'` statement and a `<Head><link rel="stylesheet"/></Head>`.
 */
export function esmImport(local: string, source: string) {
  return {
    type: 'mdxjsEsm',
    value: `import ${local} from ${JSON.stringify(source)};`,
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: [
          {
            type: 'ImportDeclaration',
            specifiers: [{ type: 'ImportDefaultSpecifier', local: { type: 'Identifier', name: local } }],
            source: { type: 'Literal', value: source, raw: JSON.stringify(source) },
          },
        ],
      },
    },
  };
}

export function expressionAttribute(name: string, identifier: string) {
  return {
    type: 'mdxJsxAttribute',
    name,
    value: {
      type: 'mdxJsxAttributeValueExpression',
      value: identifier,
      data: {
        estree: {
          type: 'Program',
          sourceType: 'module',
          body: [{ type: 'ExpressionStatement', expression: { type: 'Identifier', name: identifier } }],
        },
      },
    },
  };
}

const HEAD = '__StylesheetHead';

/** Nodes that add a stylesheet to the page head (import + element). */
export function stylesheetInHead(href: string) {
  const link = {
    type: 'mdxJsxFlowElement',
    name: 'link',
    attributes: [
      { type: 'mdxJsxAttribute', name: 'rel', value: 'stylesheet' },
      { type: 'mdxJsxAttribute', name: 'href', value: href },
    ],
    children: [],
  };
  return [esmImport(HEAD, '@docusaurus/Head'), { type: 'mdxJsxFlowElement', name: HEAD, attributes: [], children: [link] }];
}

/** Marker set on the MDX file when the KaTeX stylesheet has been added. */
export const KATEX_MARK = 'katexStylesheet';

export function katexHref(baseUrl: string): string {
  return `${baseUrl}katex/katex.min.css`;
}
