/**
 * HTML sanitizer for the text fields of imported H5P content (Node only, at import
 * time: `npm run h5p:add`). H5P renders many fields as HTML: an imported package must
 * not bring scripts, event handlers, iframes or javascript: links. The output is
 * rebuilt by sanitize-html from an allow-list of tags and attributes, with every text
 * and attribute escaped (decision record .github/decisions/0201-nettoyeur-html.md).
 * Strings without anything that looks like markup are returned unchanged.
 */
import sanitizeHtml from 'sanitize-html';

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'br', 'strong', 'b', 'em', 'i', 'u', 's', 'del', 'sub', 'sup', 'span', 'div',
    'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'a', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote',
    'code', 'pre', 'hr', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'target', 'rel'],
    th: ['colspan', 'rowspan', 'scope'],
    td: ['colspan', 'rowspan'],
    span: ['lang'],
    ol: ['start'],
  },
  // Links: web and mail only, never protocol-relative (« //ailleurs.example »).
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // Dropped with their content (the others are dropped and their text kept).
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed', 'template', 'svg', 'math'],
  transformTags: {
    // A link opens a new tab only with rel="noopener noreferrer"; any other target is dropped.
    a: (tagName, attribs) => {
      const { target, rel: _rel, ...autres } = attribs;
      return { tagName, attribs: target === '_blank' ? { ...autres, target, rel: 'noopener noreferrer' } : autres };
    },
  },
};

export function looksLikeHtml(value: string): boolean {
  return /<\s*[a-z!/]/i.test(value) || /javascript\s*:/i.test(value);
}

export function nettoyerHtml(html: string): string {
  return looksLikeHtml(html) ? sanitizeHtml(html, OPTIONS) : html;
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
