/**
 * What the search worker does (src/lib/recherche.worker.ts): fetch the index's
 * manifest, then answer each query with the plugin's query variants
 * (smartQueries), our engine (src/domain/recherche/) over the index's files
 * (src/lib/recherche-index.ts), and the plugin's ordering of results.
 */
import { smartQueries } from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/smartQueries';
import { sortSearchResults } from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/sortSearchResults';
import { processTreeStatusOfSearchResults } from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/processTreeStatusOfSearchResults';
import { motsDeRequete } from '../domain/recherche/analyse';
import { chercher, type Resultat } from '../domain/recherche/chercher';
import { VERSION_INDEX, type Manifeste } from '../domain/recherche/index';
import { IndexDistant, json, memo } from './recherche-index';

export type DemandeRecherche =
  | { readonly action: 'preparer'; readonly base: string }
  | { readonly action: 'chercher'; readonly base: string; readonly saisie: string; readonly limite: number };

const index = new Map<string, Promise<IndexDistant>>();

export function ouvrir(base: string): Promise<IndexDistant> {
  return memo(index, base, async () => {
    // Revalidated at each visit: after an update, the manifest names the new index's folder.
    const manifeste = await json<Manifeste>(`${base}recherche/manifeste.json`, { cache: 'no-cache' });
    if (manifeste.version !== VERSION_INDEX) throw new Error(`recherche : index de version ${String(manifeste.version)}, attendu ${VERSION_INDEX}`);
    return new IndexDistant(`${base}recherche/${manifeste.dossier}/`, manifeste);
  });
}

export async function rechercher(base: string, saisie: string, limite: number): Promise<Resultat[]> {
  const mots = motsDeRequete(saisie);
  if (mots.length === 0) return [];
  const idx = await ouvrir(base);
  const resultats = await chercher(smartQueries(mots, []), limite, idx);
  sortSearchResults(resultats);
  processTreeStatusOfSearchResults(resultats);
  idx.prevoirCompletion();
  return resultats;
}

/** A request of the page; a failure (offline, index missing) answers nothing rather than breaking the search box. */
export async function traiter(demande: DemandeRecherche): Promise<Resultat[]> {
  try {
    if (demande.action === 'preparer') {
      await ouvrir(demande.base);
      return [];
    }
    return await rechercher(demande.base, demande.saisie, demande.limite);
  } catch (error) {
    console.warn('Recherche indisponible :', error instanceof Error ? error.message : String(error));
    return [];
  }
}
