/**
 * Wraps every table of the lessons in a box that scrolls sideways on a narrow
 * screen instead of widening the page (WCAG 1.4.10, reflow at 320 px). The box
 * is a named, keyboard-focusable region, so that it can be scrolled without a
 * mouse (WCAG 2.1.1) and a screen reader announces what it holds.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

function texte(node: ElementContent | RootContent): string {
  if (node.type === 'text') return node.value;
  if ('children' in node && Array.isArray(node.children)) return (node.children as ElementContent[]).map(texte).join('');
  return '';
}

function find(node: Element, tag: string): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === tag) return child;
    const inner = find(child, tag);
    if (inner) return inner;
  }
  return undefined;
}

/** « Tableau : Temps, Ce qu'on retire, Exemple » from the caption or the header row. */
export function nomDuTableau(table: Element): string {
  const caption = find(table, 'caption');
  if (caption) return `Tableau : ${texte(caption).trim()}`;
  const entete = find(table, 'tr');
  const cellules = entete ? entete.children.filter((c): c is Element => c.type === 'element').map((c) => texte(c).trim()).filter(Boolean) : [];
  const nom = cellules.join(', ');
  return nom ? `Tableau : ${nom.length > 90 ? `${nom.slice(0, 87)}…` : nom}` : 'Tableau';
}

function envelopper(parent: Root | Element): void {
  parent.children = parent.children.map((child) => {
    if (child.type !== 'element') return child;
    if (child.tagName === 'table') {
      const boite: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['tableau-defilant'], tabIndex: 0, role: 'region', ariaLabel: nomDuTableau(child) },
        children: [child],
      };
      return boite;
    }
    envelopper(child);
    return child;
  }) as typeof parent.children;
}

export default function rehypeTableaux() {
  return (tree: Root): void => envelopper(tree);
}
