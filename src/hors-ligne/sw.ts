/**
 * The service worker (compiled by esbuild at the end of the build, with the
 * manifest prepended: see src/plugins/hors-ligne.ts). It serves one consistent
 * version of the site from its cache: every page, script and activity of that
 * version, so lessons, quizzes, case studies and H5P activities work without a
 * network after the first visit. A new version is downloaded in the background
 * (unchanged files are copied from the old cache, not downloaded again) and
 * waits until the learner applies it from the offline indicator: nothing reloads
 * by surprise, and the learner's record (IndexedDB) is never touched.
 *
 * No DOM types here: the few service-worker types used are declared below.
 */
import { A_LA_DEMANDE, cleDeChemin, clesVoisines, type Manifeste } from './manifeste';

interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response> | Response): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: unknown;
  readonly source: { postMessage(message: unknown): void } | null;
}
interface ServiceWorkerScope {
  readonly location: Location;
  skipWaiting(): Promise<void>;
  readonly clients: { claim(): Promise<void> };
  readonly registration: { readonly active: unknown };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}

declare const __MANIFESTE__: Manifeste;
const scope = self as unknown as ServiceWorkerScope;
const { version, base, entrees } = __MANIFESTE__;
const PREFIXE = 'moniteur-atelier-precache-';
const CACHE = `${PREFIXE}${version}`;
const RUNTIME = 'moniteur-atelier-runtime';
const REVISIONS = `${base}__revisions__.json`;
const PAR_LOT = 8;

async function revisionsDe(cache: Cache): Promise<Record<string, string>> {
  const r = await cache.match(REVISIONS);
  return r ? ((await r.json()) as Record<string, string>) : {};
}

async function installer(): Promise<void> {
  const cache = await caches.open(CACHE);
  const anciens = await Promise.all(
    (await caches.keys())
      .filter((k) => k.startsWith(PREFIXE) && k !== CACHE)
      .map(async (k) => {
        const c = await caches.open(k);
        return { cache: c, revisions: await revisionsDe(c) };
      }),
  );
  const deja = await revisionsDe(cache);
  const faites: Record<string, string> = { ...deja };
  const aFaire = entrees.filter((e) => deja[e.url] !== e.revision);
  for (let i = 0; i < aFaire.length; i += PAR_LOT) {
    await Promise.all(
      aFaire.slice(i, i + PAR_LOT).map(async (e) => {
        const ancien = anciens.find((a) => a.revisions[e.url] === e.revision);
        const copie = ancien ? await ancien.cache.match(e.url) : undefined;
        const reponse = copie ?? (await fetch(e.url, { cache: 'no-cache', credentials: 'same-origin' }));
        if (!reponse.ok) throw new Error(`${e.url} : HTTP ${reponse.status}`);
        await cache.put(e.url, reponse);
        faites[e.url] = e.revision;
      }),
    );
  }
  // Written last: its presence means the version is complete.
  await cache.put(REVISIONS, new Response(JSON.stringify(faites), { headers: { 'Content-Type': 'application/json' } }));
}

scope.addEventListener('install', (event) => {
  event.waitUntil(installer());
});

scope.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const k of await caches.keys()) if (k.startsWith(PREFIXE) && k !== CACHE) await caches.delete(k);
      await scope.clients.claim();
    })(),
  );
});

scope.addEventListener('message', (event) => {
  const data = event.data as { type?: string } | null;
  if (data?.type === 'APPLIQUER') void scope.skipWaiting();
  if (data?.type === 'ETAT') {
    event.waitUntil(
      (async () => {
        const complet = (await (await caches.open(CACHE)).match(REVISIONS)) !== undefined;
        event.source?.postMessage({ type: 'ETAT', version, complet, fichiers: entrees.length });
      })(),
    );
  }
});

async function repondre(requete: Request, url: URL): Promise<Response> {
  const cache = await caches.open(CACHE);
  const cle = cleDeChemin(url.pathname, base);
  const trouve = (await cache.match(cle)) ?? (await firstMatch(cache, clesVoisines(cle, base)));
  if (trouve) return trouve;
  const garder = A_LA_DEMANDE.some((re) => re.test(url.pathname.slice(base.length)));
  try {
    const reponse = await fetch(requete);
    if (garder && reponse.ok) await (await caches.open(RUNTIME)).put(cle, reponse.clone());
    return reponse;
  } catch (error) {
    const gardee = await (await caches.open(RUNTIME)).match(cle);
    if (gardee) return gardee;
    if (requete.mode === 'navigate') {
      const page404 = await cache.match(`${base}404`);
      if (page404) return new Response(page404.body, { status: 404, headers: page404.headers });
    }
    throw error;
  }
}

async function firstMatch(cache: Cache, cles: readonly string[]): Promise<Response | undefined> {
  for (const c of cles) {
    const r = await cache.match(c);
    if (r) return r;
  }
  return undefined;
}

scope.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== scope.location.origin || !url.pathname.startsWith(base) || url.pathname === `${base}sw.js`) return;
  event.respondWith(repondre(request, url));
});
