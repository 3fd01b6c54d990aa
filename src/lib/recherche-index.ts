/**
 * The cut search index as the worker reads it over the network: for each query,
 * only the fragments of its words and the documents of the results shown
 * (src/domain/recherche/). Once a first answer is given, the whole index is
 * fetched in the background (one file): the service worker keeps it, and the
 * search works offline from then on, as it did when the whole index came at the
 * first search. A file that cannot be fetched (offline) is looked for in that
 * whole index.
 */
import type { Chargeur } from '../domain/recherche/chercher';
import {
  DOSSIER_RECHERCHE,
  FICHIER_COMPLET,
  FICHIER_MANIFESTE,
  VERSION_INDEX,
  fichierDocument,
  fichierFragment,
  type DocumentRecherche,
  type Fragment,
  type IndexComplet,
  type Manifeste,
} from '../domain/recherche/index';

async function json<T>(url: string, init?: RequestInit): Promise<T> {
  const reponse = await fetch(url, init);
  if (!reponse.ok) throw new Error(`${url} : ${reponse.status}`);
  return (await reponse.json()) as T;
}

/** A memo of promises that forgets a failure (the next query tries again). */
function memo<T>(cache: Map<string, Promise<T>>, cle: string, charger: () => Promise<T>): Promise<T> {
  let p = cache.get(cle);
  if (!p) {
    p = charger();
    cache.set(cle, p);
    p.catch(() => cache.delete(cle));
  }
  return p;
}

/** Wait after a first answer before fetching the whole index, so that it never delays the results shown. */
const DELAI_COMPLET_MS = 2000;

/** `dossier`: URL of the index's folder, ending with a slash. */
export class IndexDistant implements Chargeur {
  private readonly fragments = new Map<string, Promise<Fragment>>();
  private readonly documents = new Map<string, Promise<DocumentRecherche>>();
  private complet: Promise<IndexComplet> | undefined;
  private completionPrevue = false;

  constructor(
    private readonly dossier: string,
    readonly manifeste: Manifeste,
  ) {}

  private depuisComplet<T>(lire: (c: IndexComplet) => T | undefined, quoi: string): Promise<T> {
    return this.toutLIndex().then((c) => {
      const v = lire(c);
      if (v === undefined) throw new Error(`recherche : ${quoi} absent de l'index complet`);
      return v;
    });
  }

  fragment(cle: string): Promise<Fragment> {
    return memo(this.fragments, cle, () =>
      json<Fragment>(`${this.dossier}${fichierFragment(cle)}`).catch(() => this.depuisComplet((c) => c.fragments[cle], `fragment ${cle}`)),
    );
  }

  document(type: number, id: number): Promise<DocumentRecherche> {
    return memo(this.documents, `${type}-${id}`, () =>
      json<DocumentRecherche>(`${this.dossier}${fichierDocument(type, id)}`).catch(() =>
        this.depuisComplet((c) => c.documents[type]?.find((d) => d.i === id), `document ${type}-${id}`),
      ),
    );
  }

  /** The whole index (one file); what was already loaded keeps its objects. */
  toutLIndex(): Promise<IndexComplet> {
    if (!this.complet) {
      this.complet = json<IndexComplet>(`${this.dossier}${FICHIER_COMPLET}`).then((c) => {
        for (const [cle, f] of Object.entries(c.fragments)) if (!this.fragments.has(cle)) this.fragments.set(cle, Promise.resolve(f));
        c.documents.forEach((liste, type) => {
          for (const d of liste) if (!this.documents.has(`${type}-${d.i}`)) this.documents.set(`${type}-${d.i}`, Promise.resolve(d));
        });
        return c;
      });
      this.complet.catch(() => (this.complet = undefined));
    }
    return this.complet;
  }

  prevoirCompletion(): void {
    if (this.completionPrevue) return;
    this.completionPrevue = true;
    setTimeout(() => void this.toutLIndex().catch(() => (this.completionPrevue = false)), DELAI_COMPLET_MS);
  }
}

const ouverts = new Map<string, Promise<IndexDistant>>();

/** The index of the site at `base` (its manifest read once, revalidated with the server). */
export function ouvrir(base: string): Promise<IndexDistant> {
  return memo(ouverts, base, async () => {
    const manifeste = await json<Manifeste>(`${base}${DOSSIER_RECHERCHE}/${FICHIER_MANIFESTE}`, { cache: 'no-cache' });
    if (manifeste.version !== VERSION_INDEX) throw new Error(`recherche : index de version ${String(manifeste.version)}, attendu ${VERSION_INDEX}`);
    return new IndexDistant(`${base}${DOSSIER_RECHERCHE}/${manifeste.dossier}/`, manifeste);
  });
}

/** Forget the opened index: the next query reads the manifest again. */
export function oublier(base: string): void {
  ouverts.delete(base);
}
