/**
 * The learner's journal (learning record) for React: opened once per visit, after
 * the page is in the browser (never at import time, never during the build).
 * Activities call `record()`; dashboards read `statements`.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { namespaceFor, PROFIL_PAR_DEFAUT, storeKeys } from '@site/src/domain/progress/keys';
import type { Acteur, Horloge, Statement } from '@site/src/domain/progress/statement';
import { JournalStore, type Avertissement } from '@site/src/domain/progress/store';
import { openBrowserStore, settings } from '@site/src/lib/storage';
import { transfertLrs, transmettreAuLrs } from '@site/src/lib/lrs';

export function uuid(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const horloge: Horloge = { now: () => new Date(), uuid };

export interface JournalApi {
  readonly ready: boolean;
  readonly statements: readonly Statement[];
  readonly warnings: readonly Avertissement[];
  readonly persistent: boolean;
  readonly acteur: Acteur | null;
  readonly namespace: string;
  readonly profil: string;
  record(statements: readonly Statement[]): void;
}

const EMPTY: readonly Statement[] = [];
const NO_WARNINGS: readonly Avertissement[] = [];

const JournalContext = createContext<JournalApi | null>(null);

export function activeProfileKey(namespace: string): string {
  return `${namespace}/profil-actif`;
}

export function JournalProvider({ children }: { children: ReactNode }): ReactNode {
  const { siteConfig } = useDocusaurusContext();
  const namespace = namespaceFor(siteConfig.baseUrl);
  const [store, setStore] = useState<JournalStore | null>(null);
  const [profil] = useState(() => settings.get(activeProfileKey(namespace)) ?? PROFIL_PAR_DEFAUT);
  // Optional LRS forwarding (src/lib/lrs.ts): only when this build allows an LRS.
  const originesLrs = ((siteConfig.customFields?.lrsOrigins as string[] | undefined) ?? []).join(' ');
  const lrs = useMemo(
    () => ({ namespace, baseUrl: siteConfig.baseUrl, origines: originesLrs === '' ? [] : originesLrs.split(' ') }),
    [namespace, siteConfig.baseUrl, originesLrs],
  );

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const kv = await openBrowserStore();
      const opened = await JournalStore.open(kv, {
        keys: storeKeys(namespace, profil),
        now: () => new Date(),
        newLearnerId: uuid,
        homePage: `${siteConfig.url}${siteConfig.baseUrl}`,
      });
      if (!cancelled) setStore(opened);
      // Sends what was queued during a previous visit.
      if (!cancelled && lrs.origines.length > 0) void transfertLrs(lrs);
    })();
    return () => {
      cancelled = true;
    };
  }, [namespace, profil, siteConfig.url, siteConfig.baseUrl, lrs]);

  const subscribe = useCallback((listener: () => void) => (store ? store.subscribe(listener) : () => undefined), [store]);
  const statements = useSyncExternalStore(subscribe, () => store?.statements ?? EMPTY, () => EMPTY);
  const warnings = useSyncExternalStore(subscribe, () => store?.warnings ?? NO_WARNINGS, () => NO_WARNINGS);

  const api = useMemo<JournalApi>(
    () => ({
      ready: store !== null,
      statements,
      warnings,
      persistent: store?.persistent ?? false,
      acteur: store ? { learnerId: store.journal.learnerId, homePage: store.journal.homePage } : null,
      namespace,
      profil,
      record: (list) => {
        void store?.append(list);
        transmettreAuLrs(lrs, list);
      },
    }),
    [store, statements, warnings, namespace, profil, lrs],
  );
  return <JournalContext.Provider value={api}>{children}</JournalContext.Provider>;
}

export function useJournal(): JournalApi {
  const api = useContext(JournalContext);
  if (!api) throw new Error('useJournal() doit être utilisé sous <JournalProvider> (src/theme/Root.tsx).');
  return api;
}

/** The storage warnings, shown where learners answer (quizzes, case studies, progress). */
export function AvertissementsStockage(): ReactNode {
  const { warnings } = useJournal();
  if (warnings.length === 0) return null;
  return (
    <div role="alert" className="alert alert--warning margin-bottom--md">
      {warnings.map((w) => (
        <p key={w.code} className="margin-bottom--none">
          {w.message}
        </p>
      ))}
    </div>
  );
}
