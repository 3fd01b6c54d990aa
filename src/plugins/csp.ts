/**
 * Content-Security-Policy of the built site (Node side, `docusaurus build` only).
 *
 * GitHub Pages sends no custom header: the policy is a
 * `<meta http-equiv="Content-Security-Policy">` written into every built HTML
 * page after the build (called by the postBuild of src/plugins/hors-ligne.ts, before
 * the offline manifest hashes the pages), right after `<meta charset>` and before anything else
 * (a meta policy only governs what comes after it in the document).
 *
 * - Scripts: `'self'` plus the sha256 of every inline script of the built pages
 *   (Docusaurus' colour-mode script, its base-URL banner…) and of the one inline
 *   script h5p-standalone writes into the player's iframe. No 'unsafe-inline', no
 *   'unsafe-eval'. The site is a single-page application: after the first page,
 *   navigation happens in the browser under the first page's policy, so every
 *   page carries the same list (the union over the site).
 * - Styles: stylesheets and `<style>` elements from the site only
 *   (`style-src-elem 'self'`); style *attributes* are allowed
 *   (`style-src-attr 'unsafe-inline'`): Docusaurus writes them into the
 *   server-rendered pages (folded sidebar categories), a few of our components
 *   set one (`style={…}`), and the H5P player writes them. (Formulas no longer
 *   need them: they are MathML, see rehype-katex-mathml.ts.) A style
 *   attribute cannot run code, and `img-src`/`font-src` keep it from loading
 *   anything from elsewhere. `style-src` repeats both for browsers without the
 *   `-elem`/`-attr` directives.
 * - `connect-src 'self'` plus the LRS origins given at build time (LRS_ORIGINS).
 *
 * `npm start` has no policy: postBuild does not run in development, where webpack
 * needs eval and injected `<style>` elements. The policy is checked on the built
 * site (tests/e2e/build-output.e2e.ts, and every browser test fails on a violation).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import { connectSrc } from '../domain/xapi/origines';

/**
 * The inline script h5p-standalone (3.8.2) writes into the player's about:blank
 * iframe (H5P.getHeadTags in frame.bundle.js). That iframe inherits the page's
 * policy, so this script needs its hash. The build checks that the player copied
 * into the site still contains exactly this text.
 */
export const H5P_SCRIPT_IFRAME = 'H5PIntegration = window.parent.H5PIntegration; var H5P = H5P || {}; H5P.externalEmbed = false;';

/** Where the player's frame script is in the built site (see src/build/h5p/construire.ts). */
export const H5P_FRAME_BUNDLE = path.join('h5p', 'lecteur', 'frame.bundle.js');

/** `'sha256-…'` of a script's text, as the browser computes it (UTF-8, line ends normalised by the HTML parser). */
export function hashScript(text: string): string {
  const normalised = text.replace(/\r\n?/g, '\n');
  return `'sha256-${createHash('sha256').update(normalised, 'utf8').digest('base64')}'`;
}

const JAVASCRIPT_TYPES = new Set([
  'application/ecmascript',
  'application/javascript',
  'application/x-ecmascript',
  'application/x-javascript',
  'text/ecmascript',
  'text/javascript',
  'text/javascript1.0',
  'text/javascript1.1',
  'text/javascript1.2',
  'text/javascript1.3',
  'text/javascript1.4',
  'text/javascript1.5',
  'text/jscript',
  'text/livescript',
  'text/x-ecmascript',
  'text/x-javascript',
]);

/**
 * Whether the browser processes a `<script>` of this type under `script-src`:
 * classic scripts, modules, import maps and speculation rules. Other types
 * (application/ld+json…) are data blocks, never run, not listed in the policy.
 */
export function isExecutableScriptType(type: string | undefined): boolean {
  if (type === undefined) return true;
  const t = type.trim().toLowerCase();
  return t === '' || t === 'module' || t === 'importmap' || t === 'speculationrules' || JAVASCRIPT_TYPES.has(t);
}

/** Texts of the inline scripts of a page that the browser would run. */
export function inlineScripts(html: string): string[] {
  const out: string[] = [];
  let current: string | null = null;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'script' && attributes.src === undefined && isExecutableScriptType(attributes.type)) current = '';
      },
      ontext(text) {
        if (current !== null) current += text;
      },
      onclosetag(name) {
        if (name === 'script' && current !== null) {
          out.push(current);
          current = null;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return out;
}

export interface OptionsPolitique {
  /** `'sha256-…'` sources, in order. */
  readonly scriptHashes: readonly string[];
  /** LRS origins (already validated). */
  readonly originesLrs: readonly string[];
}

/** The policy, one directive per entry, in a stable order. */
export function directivesCsp({ scriptHashes, originesLrs }: OptionsPolitique): string[] {
  return [
    "default-src 'self'",
    ['script-src', "'self'", ...scriptHashes].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "style-src-elem 'self'",
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    connectSrc(originesLrs),
    "frame-src 'self'",
    "child-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "media-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ];
}

export function politiqueCsp(options: OptionsPolitique): string {
  return directivesCsp(options).join('; ');
}

export function metaCsp(politique: string): string {
  if (/["<>&]/.test(politique)) throw new Error(`Politique CSP inattendue (caractère interdit dans un attribut) : ${politique}`);
  return `<meta http-equiv="Content-Security-Policy" content="${politique}">`;
}

/**
 * Writes the policy's meta element at the start of <head>: right after
 * `<meta charset>` when the page starts with it (the charset must stay within the
 * first 1024 bytes), otherwise first. Throws when the page has no <head>, or
 * already has a policy.
 */
export function insererCsp(html: string, politique: string, fichier = 'page'): string {
  let headEnd = -1;
  let charsetEnd = -1;
  let firstInHead = true;
  let existing = false;
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === 'head' && headEnd < 0) {
        headEnd = parser.endIndex + 1;
        return;
      }
      if (headEnd < 0) return;
      // The head is all we look at: the rest of the page is not read (half of the step's time).
      if (name === 'body') return parser.pause();
      if (name === 'meta' && (attributes['http-equiv'] ?? '').toLowerCase() === 'content-security-policy') existing = true;
      if (firstInHead && name === 'meta' && attributes.charset !== undefined) charsetEnd = parser.endIndex + 1;
      firstInHead = false;
    },
    onclosetag(name) {
      if (name === 'head') parser.pause();
    },
  });
  parser.write(html);
  parser.end();
  if (headEnd < 0) throw new Error(`${fichier} : aucune balise <head> où écrire la politique de sécurité (CSP).`);
  if (existing) throw new Error(`${fichier} : la page contient déjà une politique de sécurité (CSP) : une seule source, src/plugins/csp.ts.`);
  const at = charsetEnd > 0 ? charsetEnd : headEnd;
  return `${html.slice(0, at)}${metaCsp(politique)}${html.slice(at)}`;
}

export function htmlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) return htmlFiles(full);
      return entry.endsWith('.html') ? [full] : [];
    });
}

/**
 * Whether the site has the H5P player; throws when the player copied into the site
 * no longer writes the inline script we allow.
 */
export function verifierLecteurH5P(outDir: string): boolean {
  const file = path.join(outDir, H5P_FRAME_BUNDLE);
  if (!existsSync(file)) return false;
  const source = readFileSync(file, 'utf8');
  if (!source.includes(`<script>${H5P_SCRIPT_IFRAME}<\\/script>`)) {
    throw new Error(
      `${H5P_FRAME_BUNDLE} n'écrit plus le script attendu dans l'iframe du lecteur H5P (h5p-standalone a changé ?). ` +
        `Cherchez le nouveau script « <script>…<\\/script> » de H5P.getHeadTags et mettez à jour H5P_SCRIPT_IFRAME dans src/plugins/csp.ts.`,
    );
  }
  return true;
}

/** Replaces a file in one step (the search plugin reads the pages while we write them). */
function writeAtomically(file: string, content: string): void {
  const tmp = `${file}.${process.pid}.csp-tmp`;
  writeFileSync(tmp, content);
  renameSync(tmp, file);
}

export interface ResultatCsp {
  readonly pages: number;
  readonly lecteurH5P: boolean;
  readonly politique: string;
  readonly scriptsEnLigne: readonly string[];
}

/** Writes the policy into every HTML page of a built site. */
export function appliquerCsp(outDir: string, originesLrs: readonly string[]): ResultatCsp {
  const lecteurH5P = verifierLecteurH5P(outDir);
  const pages = htmlFiles(outDir).map((file) => ({ file, html: readFileSync(file, 'utf8') }));
  const hashes = new Set<string>();
  for (const { html } of pages) for (const script of inlineScripts(html)) hashes.add(hashScript(script));
  const scriptsEnLigne = [...hashes].sort();
  const h5p = hashScript(H5P_SCRIPT_IFRAME);
  const extra = lecteurH5P && !hashes.has(h5p) ? [h5p] : [];
  const politique = politiqueCsp({ scriptHashes: [...scriptsEnLigne, ...extra], originesLrs });
  for (const { file, html } of pages) writeAtomically(file, insererCsp(html, politique, path.relative(outDir, file)));
  return { pages: pages.length, lecteurH5P, politique, scriptsEnLigne };
}
