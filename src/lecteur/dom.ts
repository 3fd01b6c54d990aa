/**
 * Small plain-DOM helpers of our activity player (src/lecteur/lecteur.ts): an
 * element builder, a MathML copier that only keeps allowed tags and attributes,
 * and the rendering of our "texte riche". Browser only; nothing runs at import.
 */
import { MATHML_ATTRIBUTES, MATHML_TAGS } from '../domain/h5p/mathml';
import { parseRichText, type Segment } from '../domain/texte/richText';
import { assertNever } from '../domain/exhaustif';

export type Enfant = Node | string | null | undefined | false;

/** Small DOM builder. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean | undefined> = {},
  children: Enfant[] = [],
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (k === 'class') el.className = String(v);
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

/** Rebuilds MathML from an allow-list of tags and attributes (never trusts the markup). */
export function mathml(markup: string): Node | null {
  const doc = new DOMParser().parseFromString(markup, 'application/xml');
  const root = doc.documentElement;
  if (!root || root.localName !== 'math' || doc.getElementsByTagName('parsererror').length > 0) return null;
  const NS = 'http://www.w3.org/1998/Math/MathML';
  const tags = new Set<string>(MATHML_TAGS);
  const attributes = new Set<string>(MATHML_ATTRIBUTES);
  const copy = (node: Node): Node | null => {
    if (node.nodeType === Node.TEXT_NODE) return document.createTextNode(node.textContent ?? '');
    if (node.nodeType !== Node.ELEMENT_NODE) return null;
    const el = node as Element;
    if (!tags.has(el.localName)) return null;
    const out = document.createElementNS(NS, el.localName);
    for (const attr of Array.from(el.attributes)) {
      if (attributes.has(attr.name) && !/^\s*javascript:/i.test(attr.value)) out.setAttribute(attr.name, attr.value);
    }
    for (const child of Array.from(el.childNodes)) {
      const c = copy(child);
      if (c) out.appendChild(c);
    }
    return out;
  };
  return copy(root);
}

/** Renders our texte riche, with formulas from pre-rendered MathML. */
export class Texte {
  constructor(private readonly formules: ReadonlyMap<string, string>) {}
  inline(source: string): DocumentFragment {
    const frag = document.createDocumentFragment();
    parseRichText(source).forEach((p, i) => {
      if (i > 0) frag.append(h('br'));
      for (const s of p) frag.append(this.segment(s));
    });
    return frag;
  }
  segment(s: Segment): Node | string {
    switch (s.t) {
      case 'gras':
        return h('strong', {}, [s.v]);
      case 'italique':
        return h('em', {}, [s.v]);
      case 'formule': {
        const markup = this.formules.get(s.v);
        return (markup ? mathml(markup) : null) ?? h('code', {}, [s.v]);
      }
      case 'texte':
        return s.v;
      default:
        return assertNever(s, 'segment');
    }
  }
  block(source: string): DocumentFragment {
    const frag = document.createDocumentFragment();
    for (const paragraph of source.split(/\n\s*\n/)) frag.append(h('p', {}, [this.inline(paragraph)]));
    return frag;
  }
}
