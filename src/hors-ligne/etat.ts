/**
 * The page side of offline mode: registers the service worker (production
 * builds only), and keeps a small observable state for the offline indicator —
 * supported, ready (this version is fully kept), offline now, update waiting.
 * Nothing runs during the build (no window there).
 */
export interface EtatHorsLigne {
  /** The browser has service workers and this is a production build. */
  readonly gere: boolean;
  /** Every page and activity of this version is kept on this device. */
  readonly pret: boolean;
  /** The device has no network right now. */
  readonly horsLigne: boolean;
  /** A newer version is downloaded and waits to be applied. */
  readonly miseAJour: boolean;
  readonly fichiers: number;
}

const INITIAL: EtatHorsLigne = { gere: false, pret: false, horsLigne: false, miseAJour: false, fichiers: 0 };
let etat: EtatHorsLigne = INITIAL;
const abonnes = new Set<() => void>();
let enregistrement: ServiceWorkerRegistration | null = null;

function changer(partiel: Partial<EtatHorsLigne>): void {
  etat = { ...etat, ...partiel };
  for (const f of abonnes) f();
}

export const horsLigne = {
  lire: (): EtatHorsLigne => etat,
  initial: (): EtatHorsLigne => INITIAL,
  abonner(f: () => void): () => void {
    abonnes.add(f);
    return () => abonnes.delete(f);
  },
  /** Applies a waiting version: the page reloads once the new worker has taken over. */
  async appliquer(avant?: () => Promise<void>): Promise<void> {
    const attente = enregistrement?.waiting;
    if (!attente) return;
    await avant?.();
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
    attente.postMessage({ type: 'APPLIQUER' });
  },
};

function demanderEtat(worker: ServiceWorker | null | undefined): void {
  worker?.postMessage({ type: 'ETAT' });
}

function suivre(reg: ServiceWorkerRegistration): void {
  enregistrement = reg;
  const verifierAttente = () => changer({ miseAJour: Boolean(reg.waiting && navigator.serviceWorker.controller) });
  verifierAttente();
  reg.addEventListener('updatefound', () => {
    const nouveau = reg.installing;
    nouveau?.addEventListener('statechange', () => {
      if (nouveau.state === 'installed') verifierAttente();
      if (nouveau.state === 'activated') demanderEtat(nouveau);
    });
  });
  demanderEtat(reg.active);
}

/** First visit: how long after the page has loaded the site starts to be kept for offline use. */
export const PREMIERE_VISITE_DELAI_MS = 6000;

export function demarrerHorsLigne(base: string): void {
  if (typeof window === 'undefined' || !('serviceWorker' in navigator)) return;
  changer({ gere: true, horsLigne: !navigator.onLine });
  window.addEventListener('online', () => changer({ horsLigne: false }));
  window.addEventListener('offline', () => changer({ horsLigne: true }));
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent) => {
    const data = event.data as { type?: string; complet?: boolean; fichiers?: number } | null;
    if (data?.type === 'ETAT') changer({ pret: Boolean(data.complet), fichiers: data.fichiers ?? 0 });
  });
  navigator.serviceWorker.addEventListener('controllerchange', () => demanderEtat(navigator.serviceWorker.controller));
  const enregistrer = () => {
    navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).then(
      // Some browsers (and automated ones with workers blocked) resolve without a registration.
      (reg: ServiceWorkerRegistration | undefined) => (reg ? suivre(reg) : changer({ gere: false })),
      () => changer({ gere: false }),
    );
  };
  // A page already served by the worker checks for an update at once. On a first visit
  // the whole site (about 16 MB) is downloaded in the background: it waits until the page
  // is loaded, then for a quiet moment, so that it never competes with the page the learner
  // is opening (measured by `npm run bench:site`: a lesson's blocking time went from about
  // 320 ms to 50 ms on a throttled phone profile).
  const bientot = () => {
    if (navigator.serviceWorker.controller) return enregistrer();
    window.setTimeout(() => {
      if ('requestIdleCallback' in window) window.requestIdleCallback(enregistrer, { timeout: 2000 });
      else enregistrer();
    }, PREMIERE_VISITE_DELAI_MS);
  };
  if (document.readyState === 'complete') bientot();
  else window.addEventListener('load', bientot, { once: true });
}
