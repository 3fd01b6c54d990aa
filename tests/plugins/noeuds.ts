/** MDX syntax-tree nodes for the tests of our remark plugins, as MDX parses them. */
export interface Node {
  type: string;
  name?: string;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
  data?: { estree?: unknown };
}

/** `<name attr="value" …/>` on line `line` of the page. */
export const element = (name: string, attributes: Record<string, string> = {}, line = 12): Node => ({
  type: 'mdxJsxFlowElement',
  name,
  attributes: Object.entries(attributes).map(([n, value]) => ({ type: 'mdxJsxAttribute', name: n, value })),
  children: [],
  position: { start: { line } },
});
