/**
 * The teaching text of a built lesson page, for a SCORM module (Node only): the
 * page's <article>, without the site's navigation, buttons and interactive
 * activities (the module plays them itself), with formulas as the site has them
 * (MathML, laid out by the browser: no stylesheet or font needed), links to other
 * pages of the site turned into plain text (the module is self-contained),
 * external links kept.
 */
import { Parser } from 'htmlparser2';

const DROP_TAGS = new Set(['nav', 'button', 'script', 'style', 'svg', 'img', 'footer', 'form', 'input', 'select', 'textarea', 'iframe', 'noscript', 'template']);
const DROP_CLASSES = /(^|\s)(tocCollapsible|theme-doc-toc|hash-link|theme-doc-footer|pagination-nav)/;
const ACTIVITY = ['data-quiz', 'data-cas', 'data-activite-h5p'] as const;
const VOID = new Set(['br', 'hr', 'mspace', 'mprescripts', 'none']);
const KEEP_ATTRS = new Set(['id', 'href', 'lang', 'scope', 'colspan', 'rowspan', 'start', 'role', 'aria-label', 'aria-labelledby', 'aria-hidden', 'title',
  'xmlns', 'display', 'mathvariant', 'encoding', 'accent', 'accentunder', 'stretchy', 'fence', 'separator', 'lspace', 'rspace', 'width', 'height', 'depth',
  'linethickness', 'columnalign', 'rowspacing', 'columnspacing', 'scriptlevel', 'displaystyle', 'movablelimits', 'minsize', 'maxsize', 'symmetric', 'largeop']);

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

export interface LeconHtml {
  readonly titre: string;
  readonly html: string;
  /** Activity ids met in the page, in order (quizzes, case studies, H5P). */
  readonly activites: readonly string[];
}

export function extraireLecon(page: string): LeconHtml {
  let inArticle = false;
  let articleDepth = 0;
  let drop = 0;
  let out = '';
  let titre = '';
  let inH1 = false;
  const activites: string[] = [];
  const stack: { tag: string; emitted: boolean; dropped: boolean }[] = [];
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (!inArticle) {
          if (name === 'article') {
            inArticle = true;
            articleDepth = 0;
          }
          return;
        }
        articleDepth += 1;
        const activity = ACTIVITY.map((a) => attrs[a]).find((v) => v !== undefined);
        if (drop > 0 || DROP_TAGS.has(name) || DROP_CLASSES.test(attrs.class ?? '') || activity !== undefined) {
          if (activity !== undefined && drop === 0) {
            if (!activites.includes(activity)) activites.push(activity);
            out += `<p class="renvoi">Activité « <span data-activite="${escapeAttr(activity)}"></span> » : à faire plus bas dans ce module.</p>`;
          }
          drop += 1;
          stack.push({ tag: name, emitted: false, dropped: true });
          return;
        }
        if (name === 'h1') inH1 = true;
        let tag = name;
        const kept: string[] = [];
        if (name === 'a') {
          const href = attrs.href ?? '';
          if (/^https?:\/\//i.test(href)) kept.push(`href="${escapeAttr(href)}"`, 'rel="noopener noreferrer"', 'target="_blank"');
          else if (href.startsWith('#')) kept.push(`href="${escapeAttr(href)}"`);
          else tag = 'span';
        }
        for (const [k, v] of Object.entries(attrs)) {
          if (k === 'href' || !KEEP_ATTRS.has(k)) continue;
          kept.push(`${k}="${escapeAttr(v)}"`);
        }
        out += `<${tag}${kept.length ? ` ${kept.join(' ')}` : ''}>`;
        stack.push({ tag, emitted: true, dropped: false });
      },
      ontext(text) {
        if (!inArticle || drop > 0) return;
        if (inH1) titre += text;
        out += escapeText(text);
      },
      onclosetag(name) {
        if (!inArticle) return;
        if (articleDepth === 0 && name === 'article') {
          inArticle = false;
          return;
        }
        articleDepth -= 1;
        const top = stack.pop();
        if (!top) return;
        if (top.dropped) {
          drop -= 1;
          return;
        }
        if (name === 'h1') inH1 = false;
        if (!VOID.has(top.tag)) out += `</${top.tag}>`;
      },
    },
    { decodeEntities: true, recognizeSelfClosing: true },
  );
  // Only the article is read: what comes before it (the sidebar, which lists every lesson) can be
  // most of the page and would be parsed for nothing.
  const debut = page.search(/<article[\s>]/);
  parser.write(debut < 0 ? page : page.slice(debut));
  parser.end();
  return { titre: titre.trim(), html: out, activites };
}
