/**
 * A lint rule, as a test (the project has no ESLint): no HTML or code built from
 * strings in the site's code, except in the reviewed places listed below.
 * The TypeScript syntax tree is read (comments and strings never match); MDX
 * pages are searched as text. Each finding gives file:line and the rule.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const root = path.resolve(__dirname, '..', '..');

/** Reviewed uses: file (from the repository root), rule, how many, and why it is safe. */
const AUTORISATIONS: readonly { fichier: string; regle: string; nombre: number; raison: string }[] = [
  {
    fichier: 'src/components/Activite/RichText.tsx',
    regle: 'dangerouslySetInnerHTML',
    nombre: 1,
    raison:
      "formules pré-rendues par KaTeX à la construction (src/build/activites/activites.ts, trust: false) à partir des fichiers des auteurs ; " +
      "seule une formule présente (clé propre) dans la table de l'activité est rendue en HTML, jamais un texte saisi ou importé",
  },
  {
    fichier: 'src/components/Activite/HtmlDuServeur.tsx',
    regle: 'dangerouslySetInnerHTML',
    nombre: 1,
    raison:
      "la constante { __html: '' } : n'insère rien ; elle dit à React de laisser en place, à l'hydratation, le HTML rendu à la " +
      "construction (une activité qui attend son code, îlot ; la liste du glossaire)",
  },
];

interface Constat {
  readonly fichier: string;
  readonly ligne: number;
  readonly regle: string;
}

const CODE = /\.(ts|tsx|js|jsx|mjs|cjs)$/;
const PAGES = /\.(md|mdx)$/;

function walk(dir: string, keep: RegExp): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) return entry === 'node_modules' ? [] : walk(full, keep);
      return keep.test(entry) ? [full] : [];
    });
}

const propertyName = (e: ts.Expression): string | null =>
  ts.isPropertyAccessExpression(e) ? e.name.text : ts.isElementAccessExpression(e) && ts.isStringLiteralLike(e.argumentExpression) ? e.argumentExpression.text : null;

const isStringArgument = (e: ts.Expression | undefined): boolean =>
  e !== undefined && (ts.isStringLiteralLike(e) || ts.isTemplateExpression(e) || (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken));

const ASSIGNMENTS = new Set([ts.SyntaxKind.EqualsToken, ts.SyntaxKind.PlusEqualsToken]);
const HTML_SINKS = new Set(['innerHTML', 'outerHTML', 'srcdoc']);
const HTML_METHODS = new Set(['insertAdjacentHTML', 'createContextualFragment', 'setHTMLUnsafe', 'parseHTMLUnsafe']);

/** The rules, on the syntax tree of one file. */
function constatsCode(fichier: string, source: string): Constat[] {
  const kind = /\.tsx$|\.jsx$/.test(fichier) ? ts.ScriptKind.TSX : /\.(js|mjs|cjs)$/.test(fichier) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const file = ts.createSourceFile(fichier, source, ts.ScriptTarget.Latest, true, kind);
  const out: Constat[] = [];
  const add = (node: ts.Node, regle: string) => out.push({ fichier, ligne: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1, regle });
  const visit = (node: ts.Node): void => {
    if (ts.isJsxAttribute(node) && ts.isIdentifier(node.name)) {
      if (node.name.text === 'dangerouslySetInnerHTML') add(node, 'dangerouslySetInnerHTML');
      if (node.name.text.toLowerCase() === 'srcdoc') add(node, 'srcdoc');
    }
    if ((ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) && ts.isIdentifier(node.name) && node.name.text === 'dangerouslySetInnerHTML') {
      add(node, 'dangerouslySetInnerHTML');
    }
    if (ts.isBinaryExpression(node) && ASSIGNMENTS.has(node.operatorToken.kind)) {
      const name = propertyName(node.left);
      if (name && HTML_SINKS.has(name)) add(node, `${name} =`);
    }
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const callee = node.expression;
      const name = propertyName(callee);
      const args = node.arguments ?? ts.factory.createNodeArray();
      if (name && HTML_METHODS.has(name)) add(node, name);
      if ((name === 'write' || name === 'writeln') && ts.isPropertyAccessExpression(callee) && /document$/i.test(callee.expression.getText(file))) {
        add(node, `document.${name}`);
      }
      if (ts.isIdentifier(callee) && callee.text === 'Function') add(node, ts.isNewExpression(node) ? 'new Function' : 'Function(…)');
      if ((ts.isIdentifier(callee) && (callee.text === 'setTimeout' || callee.text === 'setInterval')) || name === 'setTimeout' || name === 'setInterval') {
        if (isStringArgument(args[0])) add(node, `${ts.isIdentifier(callee) ? callee.text : name}(chaîne)`);
      }
      if (name === 'setAttribute' && args[0] && ts.isStringLiteralLike(args[0]) && /^(on|srcdoc$)/i.test(args[0].text)) add(node, `setAttribute('${args[0].text}')`);
    }
    if (ts.isIdentifier(node) && node.text === 'eval') {
      const parent = node.parent;
      const isName = (ts.isPropertyAccessExpression(parent) && parent.name === node) || (ts.isPropertyAssignment(parent) && parent.name === node);
      if (!isName) add(node, 'eval');
    }
    if (ts.isPropertyAccessExpression(node) && node.name.text === 'eval' && /^(window|globalThis|self)$/.test(node.expression.getText(file))) add(node, 'eval');
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

/** The rules on an MDX page (as text): raw HTML injection and inline scripts. */
function constatsPage(fichier: string, source: string): Constat[] {
  const out: Constat[] = [];
  source.split('\n').forEach((line, i) => {
    for (const [regle, re] of [
      ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
      ['<script>', /<script\b/i],
      ['srcdoc', /\bsrcdoc\b/i],
      ['javascript:', /\bjavascript:/i],
    ] as const) {
      if (re.test(line)) out.push({ fichier, ligne: i + 1, regle });
    }
  });
  return out;
}

function constats(): Constat[] {
  const code = ['src'].flatMap((d) => walk(path.join(root, d), CODE));
  const pages = ['docs', 'blog', path.join('src', 'pages')].flatMap((d) => walk(path.join(root, d), PAGES));
  const rel = (f: string) => path.relative(root, f).split(path.sep).join('/');
  return [
    ...code.flatMap((f) => constatsCode(rel(f), readFileSync(f, 'utf8'))),
    ...pages.flatMap((f) => constatsPage(rel(f), readFileSync(f, 'utf8'))),
  ];
}

test('no HTML or code built from strings outside the reviewed places', () => {
  const found = constats();
  const problems: string[] = [];
  const groups = new Map<string, Constat[]>();
  for (const c of found) {
    const key = `${c.fichier}\u0000${c.regle}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  for (const [key, list] of groups) {
    const [fichier, regle] = key.split('\u0000') as [string, string];
    const allowed = AUTORISATIONS.find((a) => a.fichier === fichier && a.regle === regle);
    if (allowed && allowed.nombre === list.length) continue;
    for (const c of list) {
      problems.push(
        allowed
          ? `${c.fichier}:${c.ligne} : ${c.regle} — ${list.length} emplois pour ${allowed.nombre} relu(s) : relisez le nouvel emploi et mettez à jour AUTORISATIONS`
          : `${c.fichier}:${c.ligne} : ${c.regle} interdit (HTML ou code fabriqué à partir d'une chaîne) : construisez les éléments (React, createElement, textContent)`,
      );
    }
  }
  for (const a of AUTORISATIONS) {
    if (!groups.has(`${a.fichier}\u0000${a.regle}`)) problems.push(`AUTORISATIONS : ${a.fichier} n'emploie plus ${a.regle} : retirez l'autorisation`);
  }
  expect(problems).toEqual([]);
});

describe('the rules find what they must (and nothing in comments or strings)', () => {
  const rules = (source: string, fichier = 'x.tsx') => constatsCode(fichier, source).map((c) => `${c.ligne}:${c.regle}`);

  test.each([
    ['<div dangerouslySetInnerHTML={{ __html: x }} />', '1:dangerouslySetInnerHTML'],
    ["createElement('div', { dangerouslySetInnerHTML: { __html: x } })", '1:dangerouslySetInnerHTML'],
    ['el.innerHTML = nom;', '1:innerHTML ='],
    ["el['innerHTML'] += nom;", '1:innerHTML ='],
    ['el.outerHTML = nom;', '1:outerHTML ='],
    ["el.insertAdjacentHTML('beforeend', nom);", '1:insertAdjacentHTML'],
    ['range.createContextualFragment(nom);', '1:createContextualFragment'],
    ['document.write(nom);', '1:document.write'],
    ['frame.contentDocument.writeln(nom);', '1:document.writeln'],
    ["new Function('return 1');", '1:new Function'],
    ["Function('return 1')();", '1:Function(…)'],
    ['eval(code);', '1:eval'],
    ['(0, eval)(code);', '1:eval'],
    ['window.eval(code);', '1:eval'],
    ["setTimeout('go()', 10);", '1:setTimeout(chaîne)'],
    ["window.setInterval('go()' + x, 10);", '1:setInterval(chaîne)'],
    ['<iframe srcDoc={nom} />', '1:srcdoc'],
    ['frame.srcdoc = nom;', '1:srcdoc ='],
    ["el.setAttribute('onclick', code);", "1:setAttribute('onclick')"],
  ])('%s', (source, expected) => {
    expect(rules(source)).toEqual([expected]);
  });

  test.each([
    ['// el.innerHTML = x; eval(x); document.write(x)'],
    ["const s = 'el.innerHTML = x; dangerouslySetInnerHTML';"],
    ['/** new Function(x) */ const a = el.innerHTML;'],
    ['await page.evaluate(() => 1); const r = x.eval; stream.write(chunk);'],
    ['setTimeout(() => go(), 10); el.textContent = nom; el.setAttribute("title", nom);'],
  ])('%s', (source) => {
    expect(rules(source)).toEqual([]);
  });

  test('MDX pages', () => {
    expect(constatsPage('a.mdx', 'Texte\n<div dangerouslySetInnerHTML={{__html: x}} />\n<script>x()</script>\n[lien](javascript:alert(1))').map((c) => `${c.ligne}:${c.regle}`)).toEqual([
      '2:dangerouslySetInnerHTML',
      '3:<script>',
      '4:javascript:',
    ]);
  });
});
