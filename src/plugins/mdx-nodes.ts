/**
 * Small builders of MDX syntax-tree nodes used by our remark/rehype plugins:
 * `import` statements, JSX attributes whose value is an identifier or a JSON
 * literal.
 */
/** A node of the MDX syntax tree, as far as our plugins read it. */
export interface JsxNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: JsxNode[];
  position?: { start: { line: number } };
}

/** Visits every node of the tree, depth first. */
export function walk(node: JsxNode, visit: (n: JsxNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

/** `import local from '…'`, or `import { name as local } from '…'` when `name` is given. */
export function esmImport(local: string, source: string, name?: string) {
  const specifier = name
    ? { type: 'ImportSpecifier', imported: { type: 'Identifier', name }, local: { type: 'Identifier', name: local } }
    : { type: 'ImportDefaultSpecifier', local: { type: 'Identifier', name: local } };
  return {
    type: 'mdxjsEsm',
    value: name ? `import { ${name} as ${local} } from ${JSON.stringify(source)};` : `import ${local} from ${JSON.stringify(source)};`,
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: [{ type: 'ImportDeclaration', specifiers: [specifier], source: { type: 'Literal', value: source, raw: JSON.stringify(source) } }],
      },
    },
  };
}

/** A JSX attribute `name={source}`, with the estree of its expression (what MDX compiles). */
function attributExpression(name: string, source: string, expression: unknown) {
  return {
    type: 'mdxJsxAttribute',
    name,
    value: {
      type: 'mdxJsxAttributeValueExpression',
      value: source,
      data: { estree: { type: 'Program', sourceType: 'module', body: [{ type: 'ExpressionStatement', expression }] } },
    },
  };
}

/** A JSX attribute whose value is an identifier (an import of the page). */
export function expressionAttribute(name: string, identifier: string) {
  return attributExpression(name, identifier, { type: 'Identifier', name: identifier });
}

/** A JSX attribute whose value is `() => import('source')`: a module loaded when the component asks for it. */
export function importDiffereAttribute(name: string, source: string) {
  const raw = JSON.stringify(source);
  return attributExpression(name, `() => import(${raw})`, {
    type: 'ArrowFunctionExpression',
    id: null,
    params: [],
    async: false,
    generator: false,
    expression: true,
    body: { type: 'ImportExpression', source: { type: 'Literal', value: source, raw } },
  });
}

export type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

/** The estree of a JSON value (an object or array literal, a string…), for JSX attribute expressions. */
function jsonToEstree(value: Json): unknown {
  if (value === null || typeof value !== 'object') {
    return { type: 'Literal', value, raw: JSON.stringify(value) };
  }
  if (Array.isArray(value)) {
    return { type: 'ArrayExpression', elements: value.map(jsonToEstree) };
  }
  return {
    type: 'ObjectExpression',
    properties: Object.entries(value).map(([key, v]) => ({
      type: 'Property',
      kind: 'init',
      method: false,
      shorthand: false,
      computed: false,
      key: { type: 'Literal', value: key, raw: JSON.stringify(key) },
      value: jsonToEstree(v),
    })),
  };
}

/** A JSX attribute whose value is a JSON literal, e.g. `dangerouslySetInnerHTML={{ __html: "…" }}`. */
export function objectAttribute(name: string, value: Json) {
  return attributExpression(name, JSON.stringify(value), jsonToEstree(value));
}
