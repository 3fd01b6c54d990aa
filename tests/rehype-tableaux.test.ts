/** Lesson tables are wrapped in a named, focusable box that scrolls on narrow screens. */
import type { Element, Root } from 'hast';
import rehypeTableaux, { nomDuTableau } from '@site/src/plugins/rehype-tableaux';

const cell = (tag: 'th' | 'td', text: string): Element => ({ type: 'element', tagName: tag, properties: {}, children: [{ type: 'text', value: text }] });
const row = (...cells: Element[]): Element => ({ type: 'element', tagName: 'tr', properties: {}, children: cells });
const table = (...children: Element[]): Element => ({ type: 'element', tagName: 'table', properties: {}, children });

describe('rehype-tableaux', () => {
  test('every table, even nested, gets its scrolling region, named from its header row', () => {
    const t = table({ type: 'element', tagName: 'thead', properties: {}, children: [row(cell('th', 'Temps'), cell('th', 'Exemple'))] });
    const tree: Root = { type: 'root', children: [{ type: 'element', tagName: 'section', properties: {}, children: [t] }] };
    rehypeTableaux()(tree);
    const box = (tree.children[0] as Element).children[0] as Element;
    expect(box.tagName).toBe('div');
    expect(box.properties).toEqual({ className: ['tableau-defilant'], tabIndex: 0, role: 'region', ariaLabel: 'Tableau : Temps, Exemple' });
    expect(box.children[0]).toBe(t);
  });

  test('a caption names the table; a long header is shortened', () => {
    expect(nomDuTableau(table({ type: 'element', tagName: 'caption', properties: {}, children: [{ type: 'text', value: ' Indicateurs ' }] }))).toBe('Tableau : Indicateurs');
    expect(nomDuTableau(table(row(cell('th', 'x'.repeat(120)))))).toMatch(/^Tableau : x{87}…$/);
    expect(nomDuTableau(table())).toBe('Tableau');
  });
});
