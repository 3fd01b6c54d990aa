/**
 * Our "texte riche" (**gras**, _italique_, $formule$, paragraphs) turned into the
 * text forms other platforms read: HTML (Moodle, H5P), plain text (answer lists,
 * plain-text fields), with formulas either kept as LaTeX between \( \) (rendered by
 * Moodle's MathJax filter, on by default) or spelled out in plain text.
 * Pure functions, no DOM.
 */
import { parseRichText } from '../texte/richText';
import { assertNever } from '../exhaustif';

export type FormuleMode = 'latex' | 'texte';

export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function group(latex: string, start: number): { inner: string; end: number } | null {
  if (latex[start] !== '{') return null;
  let depth = 0;
  for (let i = start; i < latex.length; i += 1) {
    if (latex[i] === '{') depth += 1;
    else if (latex[i] === '}') {
      depth -= 1;
      if (depth === 0) return { inner: latex.slice(start + 1, i), end: i + 1 };
    }
  }
  return null;
}

const SYMBOLES: Readonly<Record<string, string>> = {
  times: '×',
  approx: '≈',
  min: 'min',
  max: 'max',
  leq: '≤',
  geq: '≥',
  le: '≤',
  ge: '≥',
  neq: '≠',
  cdot: '·',
  div: '÷',
  pm: '±',
  to: '→',
  rightarrow: '→',
  quad: ' ',
  qquad: ' ',
};

/** A LaTeX formula of our activities, spelled out in plain text (« 40 × 0,55 = 22 »). */
export function latexToPlain(latex: string): string {
  let out = '';
  let i = 0;
  while (i < latex.length) {
    const c = latex[i]!;
    if (c === '\\') {
      const next = latex[i + 1] ?? '';
      if (/[a-zA-Z]/.test(next)) {
        const name = /^[a-zA-Z]+/.exec(latex.slice(i + 1))![0];
        i += 1 + name.length;
        if (name === 'frac' || name === 'dfrac' || name === 'tfrac') {
          const a = group(latex, i);
          const b = a ? group(latex, a.end) : null;
          if (a && b) {
            const wrap = (s: string) => (/^[\w.,\u202f ]+$/.test(s.trim()) ? s.trim() : `(${s.trim()})`);
            out += `${wrap(latexToPlain(a.inner))} / ${wrap(latexToPlain(b.inner))}`;
            i = b.end;
          }
        } else if (name === 'text' || name === 'mathrm' || name === 'textbf' || name === 'mathit' || name === 'operatorname') {
          const a = group(latex, i);
          if (a) {
            out += a.inner;
            i = a.end;
          }
        } else {
          out += SYMBOLES[name] ?? name;
        }
        continue;
      }
      if (next === ',' || next === ';' || next === ':') out += '\u202f';
      else if (next === ' ') out += ' ';
      else out += next;
      i += 2;
      continue;
    }
    if (c === '{') {
      const g = group(latex, i);
      if (g) {
        out += latexToPlain(g.inner);
        i = g.end;
        continue;
      }
    }
    if (c === '_' || c === '^') {
      const g = group(latex, i + 1);
      const inner = g ? latexToPlain(g.inner) : (latex[i + 1] ?? '');
      out += c === '_' ? ` ${inner}` : `^${inner}`;
      i = g ? g.end : i + 2;
      continue;
    }
    if (c !== '}') out += c;
    i += 1;
  }
  return out.replace(/ {2,}/g, ' ').trim();
}

export interface HtmlOptions {
  /** `latex`: \( … \) for MathJax; `texte`: the formula spelled out. */
  readonly formules: FormuleMode;
  /** Wrap each paragraph in <p> (default), or join paragraphs with <br> (inline contexts). */
  readonly paragraphes?: boolean;
}

/** Rich text → HTML (one line, escaped, <strong>/<em>, formulas per mode). */
export function richToHtml(source: string, options: HtmlOptions): string {
  const paragraphs = parseRichText(source).map((p) =>
    p
      .map((s) => {
        switch (s.t) {
          case 'gras':
            return `<strong>${escapeHtml(s.v)}</strong>`;
          case 'italique':
            return `<em>${escapeHtml(s.v)}</em>`;
          case 'formule':
            return options.formules === 'latex' ? escapeHtml(`\\(${s.v}\\)`) : escapeHtml(latexToPlain(s.v));
          case 'texte':
            return escapeHtml(s.v);
          default:
            return assertNever(s, 'segment');
        }
      })
      .join(''),
  );
  if (options.paragraphes === false) return paragraphs.join('<br>');
  return paragraphs.map((p) => `<p>${p}</p>`).join('');
}

/** Like `richToHtml` inline, keeping one leading and one trailing space (text around a gap). */
export function richToHtmlAround(source: string, formules: FormuleMode): string {
  if (source.trim() === '') return source === '' ? '' : ' ';
  const lead = /^\s/.test(source) ? ' ' : '';
  const trail = /\s$/.test(source) ? ' ' : '';
  return `${lead}${richToHtml(source, { formules, paragraphes: false })}${trail}`;
}

/** Rich text → plain text (marks removed, formulas spelled out, paragraphs kept). */
export function richToPlain(source: string, options: { formules?: FormuleMode } = {}): string {
  return parseRichText(source)
    .map((p) => p.map((s) => (s.t === 'formule' ? (options.formules === 'latex' ? `\\(${s.v}\\)` : latexToPlain(s.v)) : s.v)).join(''))
    .join('\n\n');
}

/** A data table as HTML (numerical questions show their data). */
export function tableauToHtml(t: { titre?: string; entetes: readonly string[]; lignes: readonly (readonly string[])[] }, formules: FormuleMode): string {
  const cell = (v: string) => richToHtml(v, { formules, paragraphes: false });
  return [
    '<table border="1">',
    t.titre ? `<caption>${cell(t.titre)}</caption>` : '',
    `<thead><tr>${t.entetes.map((e) => `<th scope="col">${cell(e)}</th>`).join('')}</tr></thead>`,
    `<tbody>${t.lignes.map((l) => `<tr>${l.map((c, j) => (j === 0 ? `<th scope="row">${cell(c)}</th>` : `<td>${cell(c)}</td>`)).join('')}</tr>`).join('')}</tbody>`,
    '</table>',
  ].join('');
}
