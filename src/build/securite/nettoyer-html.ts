/**
 * HTML sanitizer for the text fields of imported H5P content (Node only). H5P
 * renders many fields as HTML: an imported package must not bring scripts, event
 * handlers, iframes or javascript: links. The output is rebuilt from an
 * allow-list of tags and attributes, with every text and attribute escaped.
 * Strings without anything that looks like markup are returned unchanged.
 */
import { Parser } from 'htmlparser2';

const TAGS = new Set([
  'p', 'br', 'strong', 'b', 'em', 'i', 'u', 's', 'del', 'sub', 'sup', 'span', 'div',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'a', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote',
  'code', 'pre', 'hr', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
]);
const VOID = new Set(['br', 'hr']);
const ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'title', 'target', 'rel'],
  th: ['colspan', 'rowspan', 'scope'],
  td: ['colspan', 'rowspan'],
  span: ['lang'],
  ol: ['start'],
};
const DROP_WITH_CONTENT = new Set(['script', 'style', 'iframe', 'object', 'embed', 'template', 'noscript', 'svg', 'math']);

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

function safeUrl(url: string): boolean {
  const trimmed = url.trim().replace(/[\u0000-\u0020]/g, '');
  return /^(https?:|mailto:|#|\/(?!\/))/i.test(trimmed) || !/^[a-z][a-z0-9+.-]*:/i.test(trimmed);
}

export function looksLikeHtml(value: string): boolean {
  return /<\s*[a-z!/]/i.test(value) || /javascript\s*:/i.test(value);
}

export function nettoyerHtml(html: string): string {
  if (!looksLikeHtml(html)) return html;
  let out = '';
  let dropDepth = 0;
  const open: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (dropDepth > 0 || DROP_WITH_CONTENT.has(name)) {
          if (!VOID.has(name)) dropDepth += 1;
          return;
        }
        if (!TAGS.has(name)) return;
        const allowed = ATTRIBUTES[name] ?? [];
        let tag = `<${name}`;
        for (const [k, v] of Object.entries(attrs)) {
          if (!allowed.includes(k)) continue;
          if (k === 'href' && !safeUrl(v)) continue;
          if (k === 'target' && v !== '_blank') continue;
          tag += ` ${k}="${escapeAttr(v)}"`;
        }
        if (name === 'a' && attrs.target === '_blank') tag += ' rel="noopener noreferrer"';
        out += `${tag}>`;
        if (!VOID.has(name)) open.push(name);
      },
      ontext(text) {
        if (dropDepth === 0) out += escapeText(text);
      },
      onclosetag(name, isImplied) {
        if (dropDepth > 0) {
          if (!VOID.has(name)) dropDepth -= 1;
          return;
        }
        if (!TAGS.has(name) || VOID.has(name)) return;
        const index = open.lastIndexOf(name);
        if (index < 0) return;
        while (open.length > index) out += `</${open.pop()}>`;
        void isImplied;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  while (open.length > 0) out += `</${open.pop()}>`;
  return out;
}

/** Sanitizes every string of a content.json value; returns the new value and how many strings changed. */
export function nettoyerContenu(value: unknown): { valeur: unknown; modifies: number } {
  let modifies = 0;
  const visit = (v: unknown): unknown => {
    if (typeof v === 'string') {
      const clean = nettoyerHtml(v);
      if (clean !== v) modifies += 1;
      return clean;
    }
    if (Array.isArray(v)) return v.map(visit);
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) {
        if (k === '__proto__' || k === 'constructor' || k === 'prototype') {
          modifies += 1;
          continue;
        }
        out[k] = visit(x);
      }
      return out;
    }
    return v;
  };
  return { valeur: visit(value), modifies };
}
