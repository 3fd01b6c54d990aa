/**
 * Checks on the built files (no browser): answer keys are not in any page or
 * script, only in the rubric files fetched on submit; links stored in data files
 * (glossary, case debriefs) point to pages and anchors that exist; every page
 * carries the Content-Security-Policy, recomputed from the files.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import { ACTIVITES } from '@site/quizzes/index';
import { typographieActivite } from '@site/src/domain/texte/typographie';
import { GLOSSAIRE } from '@site/src/contenu/glossaire';

const build = path.resolve(__dirname, '..', '..', 'build');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    const full = path.join(dir, e);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

const all = files(build);
const pagesAndScripts = all.filter((f) => /\.(html|js)$/.test(f));

/** Texts only the rubric may contain: feedback, explanations, accepted answers, consequences. */
function secrets(): { activite: string; texte: string }[] {
  const out: { activite: string; texte: string }[] = [];
  const push = (activite: string, texte: string) => {
    if (texte.length >= 25) out.push({ activite, texte });
  };
  // As written and as built (French typography: narrow no-break spaces).
  for (const a of [...ACTIVITES, ...ACTIVITES.map(typographieActivite)]) {
    if (a.kind === 'quiz') {
      for (const q of a.questions) {
        push(a.id, q.explication);
        if ('options' in q) q.options.forEach((o) => push(a.id, o.feedback));
        if (q.type === 'vrai-faux') [q.feedback.vrai, q.feedback.faux].forEach((t) => push(a.id, t));
        if (q.type === 'association') q.gauche.forEach((g) => push(a.id, g.feedback));
        if (q.type === 'ordre') q.etapes.forEach((e) => push(a.id, e.feedback));
        if (q.type === 'texte-a-trous') Object.values(q.trous).forEach((t) => push(a.id, t.feedback));
        if (q.type === 'numerique') [q.feedback.juste, q.feedback.faux].forEach((t) => push(a.id, t));
      }
    } else {
      for (const n of a.noeuds) {
        if (n.type === 'situation') n.choix.forEach((c) => [c.consequence, c.feedback].forEach((t) => push(a.id, t)));
        else push(a.id, n.texte);
      }
    }
  }
  return out;
}

test('no feedback, explanation or consequence is in any HTML page or script', () => {
  const list = secrets();
  expect(list.length).toBeGreaterThan(50);
  const leaks: string[] = [];
  for (const file of pagesAndScripts) {
    const content = readFileSync(file, 'utf8');
    for (const s of list) {
      const escaped = JSON.stringify(s.texte).slice(1, -1);
      if (content.includes(s.texte) || content.includes(escaped)) leaks.push(`${path.relative(build, file)} contient un texte de correction de « ${s.activite} » : ${s.texte.slice(0, 60)}…`);
    }
  }
  expect(leaks).toEqual([]);
});

test('each activity has exactly one rubric file, and it holds the answer key', () => {
  for (const a of ACTIVITES) {
    const matches = all.filter((f) => new RegExp(`[\\\\/]activites[\\\\/]${a.id}\\.[0-9a-f]{10}\\.json$`).test(f));
    expect([a.id, matches.length]).toEqual([a.id, 1]);
    const rubric = JSON.parse(readFileSync(matches[0]!, 'utf8'));
    expect(rubric.activite.id).toBe(a.id);
  }
});

/** Ids present in a built page. */
function idsOf(route: string): Set<string> | null {
  const base = path.join(build, route.replace(/^\//, ''));
  const file = [`${base}.html`, path.join(base, 'index.html')].find((f) => {
    try {
      return statSync(f).isFile();
    } catch {
      return false;
    }
  });
  if (!file) return null;
  const html = readFileSync(file, 'utf8');
  return new Set([...html.matchAll(/\sid=("([^"]+)"|([^\s>]+))/g)].map((m) => m[2] ?? m[3]!));
}

function checkLink(link: string, where: string, problems: string[]) {
  const [route, anchor] = link.split('#');
  const ids = idsOf(route!);
  if (!ids) problems.push(`${where} : la page ${route} n'existe pas`);
  else if (anchor && !ids.has(decodeURIComponent(anchor))) problems.push(`${where} : l'ancre #${anchor} n'existe pas dans ${route}`);
}

test('links stored in data files point to existing pages and anchors', () => {
  const problems: string[] = [];
  for (const t of GLOSSAIRE) if (t.lecon) checkLink(t.lecon, `glossaire « ${t.terme} »`, problems);
  for (const a of ACTIVITES) {
    if (a.kind !== 'cas') continue;
    for (const [c, d] of Object.entries(a.debrief)) if (d?.lien) checkLink(d.lien, `cas « ${a.id} », débriefing ${c}`, problems);
  }
  expect(problems).toEqual([]);
});

/**
 * The Content-Security-Policy of the built pages (src/plugins/csp.ts), recomputed
 * here from the files: every page has it first in <head>, and its script-src
 * lists exactly the hashes of the inline scripts of the site plus the one script
 * the H5P player writes into its iframe (the site is a single-page application:
 * the first page's policy governs every page reached from it).
 */
describe('Content-Security-Policy', () => {
  const JS_TYPES = /^(|module|importmap|speculationrules|(text|application)\/(x-)?(javascript|ecmascript)|text\/javascript1\.[0-5]|text\/(jscript|livescript))$/;
  const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text.replace(/\r\n?/g, '\n'), 'utf8').digest('base64')}'`;

  interface Page {
    readonly file: string;
    readonly html: string;
    /** Tag names of the elements directly in <head>, in order. */
    readonly head: string[];
    readonly charsetEnd: number;
    readonly policies: { content: string; at: number }[];
    readonly firstScriptOrStyleAt: number;
    readonly scripts: string[];
    readonly handlers: string[];
  }

  function parse(file: string): Page {
    const html = readFileSync(file, 'utf8');
    const page: Page = { file: path.relative(build, file), html, head: [], charsetEnd: -1, policies: [], firstScriptOrStyleAt: Infinity, scripts: [], handlers: [] };
    let depth = 0;
    let inHead = false;
    let script: string | null = null;
    let charsetEnd = -1;
    let firstAt = Infinity;
    const parser = new Parser({
      onopentag(name, attrs) {
        depth += 1;
        if (name === 'head') inHead = true;
        else if (inHead && depth === 3) {
          page.head.push(name === 'meta' && attrs.charset !== undefined ? 'meta[charset]' : name === 'meta' && attrs['http-equiv'] ? `meta[http-equiv=${attrs['http-equiv']}]` : name);
        }
        if (name === 'meta' && attrs.charset !== undefined) charsetEnd = parser.endIndex + 1;
        if (name === 'meta' && attrs['http-equiv']?.toLowerCase() === 'content-security-policy') page.policies.push({ content: attrs.content ?? '', at: parser.startIndex });
        if (name === 'script' || name === 'style' || (name === 'link' && /stylesheet|preload|modulepreload/.test(attrs.rel ?? ''))) firstAt = Math.min(firstAt, parser.startIndex);
        if (name === 'script' && attrs.src === undefined && JS_TYPES.test((attrs.type ?? '').trim().toLowerCase())) script = '';
        for (const [k, v] of Object.entries(attrs)) {
          if (/^on/i.test(k)) page.handlers.push(`<${name} ${k}>`);
          if (['href', 'src', 'action', 'formaction'].includes(k) && /^\s*javascript:/i.test(v)) page.handlers.push(`<${name} ${k}="${v}">`);
        }
      },
      ontext(text) {
        if (script !== null) script += text;
      },
      onclosetag(name) {
        depth -= 1;
        if (name === 'head') inHead = false;
        if (name === 'script' && script !== null) {
          page.scripts.push(script);
          script = null;
        }
      },
    });
    parser.write(html);
    parser.end();
    return { ...page, charsetEnd, firstScriptOrStyleAt: firstAt };
  }

  const pages = all.filter((f) => f.endsWith('.html')).map(parse);

  /** The inline script of H5P.getHeadTags, read from the player the site serves. */
  function h5pIframeScript(): string {
    const bundle = readFileSync(path.join(build, 'h5p', 'lecteur', 'frame.bundle.js'), 'utf8');
    const found = [...bundle.matchAll(/"<script>([^"]*)<\\\/script>"/g)].map((m) => m[1]!);
    expect(found).toHaveLength(1);
    expect(found[0]).not.toContain('\\');
    return found[0]!;
  }

  function directives(policy: string): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const part of policy.split(';')) {
      const [name, ...values] = part.trim().split(/\s+/);
      if (!name) continue;
      expect([name, out.has(name)]).toEqual([name, false]);
      out.set(name, values);
    }
    return out;
  }

  test('every HTML page has exactly one policy, at the start of <head>, before any script or stylesheet', () => {
    expect(pages.length).toBeGreaterThan(20);
    const problems: string[] = [];
    for (const p of pages) {
      if (p.policies.length !== 1) {
        problems.push(`${p.file} : ${p.policies.length} politiques CSP`);
        continue;
      }
      const start = p.head.slice(0, 2).join(' ');
      if (start !== 'meta[charset] meta[http-equiv=Content-Security-Policy]' && p.head[0] !== 'meta[http-equiv=Content-Security-Policy]') {
        problems.push(`${p.file} : <head> commence par ${start}`);
      }
      if (!(p.policies[0]!.at < p.firstScriptOrStyleAt)) problems.push(`${p.file} : un script ou une feuille de style précède la politique`);
      if (p.charsetEnd < 0 || Buffer.byteLength(p.html.slice(0, p.charsetEnd)) > 1024) problems.push(`${p.file} : <meta charset> absent ou au-delà des 1 024 premiers octets`);
    }
    expect(problems).toEqual([]);
  });

  test('script-src lists exactly the hashes of the inline scripts of the site and of the H5P iframe', () => {
    const expected = new Set(pages.flatMap((p) => p.scripts.map(sha256)));
    // Docusaurus' colour-mode script is on every page it renders (the H5P frame, h5p/lecteur/cadre.html, is ours and has none).
    expect(pages.filter((p) => p.scripts.length === 0).map((p) => p.file)).toEqual(['h5p/lecteur/cadre.html']);
    expected.add(sha256(h5pIframeScript()));
    const problems: string[] = [];
    for (const p of pages) {
      const d = directives(p.policies[0]!.content);
      const sources = d.get('script-src') ?? [];
      if (sources[0] !== "'self'") problems.push(`${p.file} : script-src ne commence pas par 'self'`);
      const hashes = sources.slice(1);
      const listed = new Set(hashes);
      if (listed.size !== hashes.length) problems.push(`${p.file} : empreinte répétée`);
      for (const h of expected) if (!listed.has(h)) problems.push(`${p.file} : manque ${h}`);
      for (const h of listed) if (!expected.has(h)) problems.push(`${p.file} : en trop ${h}`);
    }
    expect(problems).toEqual([]);
    console.log(`CSP : ${expected.size} empreintes de scripts (${expected.size - 1} scripts en ligne des pages + le script de l'iframe H5P), ${pages.length} pages.`);
  });

  /**
   * The plugin allows every inline script it finds: each one must be a script
   * Docusaurus emits, reviewed here (an inline script written in a page, or added
   * by a new plugin, would otherwise be allowed without anyone reading it).
   */
  const SCRIPTS_RELUS: readonly { nom: string; reconnu: (text: string) => boolean }[] = [
    {
      nom: 'thème clair ou sombre de Docusaurus (avant le premier affichage)',
      reconnu: (t) => t.includes('docusaurus-theme') && t.includes('data-theme') && !/fetch|XMLHttpRequest|import\(|src=/.test(t),
    },
    {
      // src/components/BanniereAdresse: built with DOM calls and textContent, never from HTML.
      nom: "bandeau, en français, quand l'adresse de base est fausse",
      reconnu: (t) =>
        t.includes('__docusaurus-base-url-issue-banner') && t.includes('Le site ne s’est pas') && t.includes('textContent') && !/innerHTML|fetch|XMLHttpRequest|import\(/.test(t),
    },
    {
      // src/components/Activite/appuis-precoces.ts: notes a button of an island pressed before hydration, nothing else.
      nom: 'boutons des activités pressés avant que les scripts de la page aient tourné',
      reconnu: (t) => t.includes('__appuisIlots') && t.includes('"click"') && t.length < 300 && !/innerHTML|fetch|XMLHttpRequest|import\(|src=|eval/.test(t),
    },
  ];

  test('every inline script is one Docusaurus emits, reviewed', () => {
    const inconnus = pages.flatMap((p) =>
      p.scripts.filter((t) => !SCRIPTS_RELUS.some((r) => r.reconnu(t))).map((t) => `${p.file} : script en ligne non relu : ${t.slice(0, 120)}`),
    );
    expect(inconnus).toEqual([]);
  });

  test('the policy has the required directives, the same on every page, and never allows inline or eval scripts', () => {
    const policies = new Set(pages.map((p) => p.policies[0]!.content));
    expect(policies.size).toBe(1);
    const policy = [...policies][0]!;
    const d = directives(policy);
    expect(Object.fromEntries([...d].filter(([name]) => !['script-src', 'connect-src'].includes(name)))).toEqual({
      'default-src': ["'self'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'style-src-elem': ["'self'"],
      'style-src-attr': ["'unsafe-inline'"],
      'img-src': ["'self'", 'data:'],
      'font-src': ["'self'"],
      'frame-src': ["'self'"],
      'child-src': ["'self'"],
      'worker-src': ["'self'"],
      'manifest-src': ["'self'"],
      'media-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'self'"],
      'form-action': ["'self'"],
    });
    expect(d.get('script-src')!.filter((s) => !/^'sha256-[A-Za-z0-9+/]{43}='$/.test(s))).toEqual(["'self'"]);
    const [self, ...lrs] = d.get('connect-src')!;
    expect(self).toBe("'self'");
    for (const origin of lrs) expect([origin, /^https:\/\/[a-z0-9.-]+(:\d+)?$/.test(origin)]).toEqual([origin, true]);
    if (process.env.LRS_ORIGINS !== undefined) {
      const configured = process.env.LRS_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean).map((o) => new URL(o).origin);
      expect(lrs).toEqual([...new Set(configured)]);
    }
    expect(policy).not.toMatch(/unsafe-eval|wasm-unsafe-eval|unsafe-hashes|strict-dynamic|\*|frame-ancestors|report-uri|sandbox/);
  });

  test('no page has an inline event handler or a javascript: URL (the policy would block it)', () => {
    expect(pages.flatMap((p) => p.handlers.map((h) => `${p.file} : ${h}`))).toEqual([]);
  });
});

test('the configuration in the browser bundle keeps what the pages read and drops the build-only options', () => {
  const principal = all.filter((f) => /[\\/]assets[\\/]js[\\/]main\.[0-9a-f]+\.js$/.test(f));
  expect(principal).toHaveLength(1);
  const texte = readFileSync(principal[0]!, 'utf8');
  const contient = (mots: readonly string[]) => Object.fromEntries(mots.map((m) => [m, texte.includes(m)]));
  // What the pages read is still there (src/plugins/configuration-client.js keeps it)…
  expect(contient(['lrsOrigins', 'titleDelimiter', 'baseUrlIssueBanner'])).toEqual({ lrsOrigins: true, titleDelimiter: true, baseUrlIssueBanner: true });
  // …what only the build reads is not: presets' options, Markdown settings, link checks.
  expect(contient(['remarkPlugins', 'onBrokenLinks', 'staticDirectories', 'onInlineTags'])).toEqual({
    remarkPlugins: false,
    onBrokenLinks: false,
    staticDirectories: false,
    onInlineTags: false,
  });
});
