/**
 * Browser side of the LRS forwarding (src/domain/xapi/lrs.ts): one queue per
 * site namespace, opened on first use (never at import time), over the same
 * storage as the journal (IndexedDB, else localStorage). The catalogue of
 * activity definitions (names, no answer key) is fetched from the site itself.
 * Nothing is opened when the build allows no LRS (LRS_ORIGINS empty).
 */
import { clesLrs } from '../domain/journal/keys';
import type { Statement } from '../domain/journal/statement';
import type { Catalogue } from '../domain/xapi/export';
import { TransfertLrs } from '../domain/xapi/lrs';
import { openBrowserStore } from './storage';

export interface OptionsLrs {
  readonly namespace: string;
  readonly baseUrl: string;
  readonly origines: readonly string[];
}

const ouverts = new Map<string, Promise<TransfertLrs>>();

export function transfertLrs(options: OptionsLrs): Promise<TransfertLrs> {
  const existing = ouverts.get(options.namespace);
  if (existing) return existing;
  let catalogue: Promise<Catalogue> | null = null;
  const opened = (async () => {
    const kv = await openBrowserStore();
    const t = await TransfertLrs.ouvrir({
      kv,
      cles: clesLrs(options.namespace),
      origines: options.origines,
      fetch: async (url, init) => {
        const r = await fetch(url, { ...init, mode: 'cors', credentials: 'omit', cache: 'no-store' });
        return { status: r.status, headers: r.headers };
      },
      setTimeout: (fn, ms) => window.setTimeout(fn, ms),
      clearTimeout: (h) => window.clearTimeout(h as number),
      now: () => new Date(),
      enLigne: () => typeof navigator === 'undefined' || navigator.onLine !== false,
      catalogue: () => {
        catalogue ??= fetch(`${options.baseUrl}xapi/catalogue.json`).then((r) => (r.ok ? (r.json() as Promise<Catalogue>) : {}));
        return catalogue;
      },
    });
    window.addEventListener('online', () => t.enLigne());
    return t;
  })();
  ouverts.set(options.namespace, opened);
  return opened;
}

/** Statements just recorded by the journal: queued for the LRS, if one is set. */
export function transmettreAuLrs(options: OptionsLrs, statements: readonly Statement[]): void {
  if (options.origines.length === 0 || typeof window === 'undefined') return;
  void transfertLrs(options).then((t) => t.ajouter(statements));
}
