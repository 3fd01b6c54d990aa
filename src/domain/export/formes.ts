/**
 * Written forms that other platforms compare: a number (dot decimal separator,
 * rounded to 1e-9 so that 55.7 − 0.05 is written 55.65, not 55.650000000000006)
 * and the spellings of a gap's answer. Shared by the question banks (banque.ts)
 * and the xAPI definitions (../xapi/export.ts, also loaded in the browser: this
 * module imports nothing).
 */
import type { Trou } from '../quiz/types';

/** A number as platforms read it (dot decimal separator, no exponent for our values, no float artefact). */
export function formatNombreExport(value: number): string {
  return String(Math.round(value * 1e9) / 1e9);
}

/**
 * The spellings a platform must accept for one gap. Our comparison ignores case
 * and (unless `accents`) accents, and unifies apostrophes; platforms compare
 * spellings (case can be ignored, accents cannot), so the variants are listed.
 */
export function variantesAcceptees(trou: Trou): string[] {
  const out = new Set<string>();
  for (const a of trou.acceptees) {
    const base = a.normalize('NFC').replace(/\s+/g, ' ').trim();
    const forms = [base];
    if (!trou.accents) forms.push(base.normalize('NFD').replace(/\p{Diacritic}/gu, '').normalize('NFC'));
    for (const f of forms) {
      out.add(f);
      if (/['’]/.test(f)) {
        out.add(f.replace(/’/g, "'"));
        out.add(f.replace(/'/g, '’'));
      }
    }
  }
  return [...out];
}
