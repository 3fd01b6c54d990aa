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
import { oublier, ouvrir } from './recherche-index';

export type DemandeRecherche =
  | { readonly action: 'preparer'; readonly base: string }
  | { readonly action: 'chercher'; readonly base: string; readonly saisie: string; readonly limite: number };

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

/**
 * A request of the page; a failure (offline, index missing) answers nothing rather than
 * breaking the search box, and the next query reads the manifest again (the site may
 * have been updated while the page stayed open, its old index folder gone).
 */
export async function traiter(demande: DemandeRecherche): Promise<Resultat[]> {
  try {
    if (demande.action === 'preparer') {
      await ouvrir(demande.base);
      return [];
    }
    return await rechercher(demande.base, demande.saisie, demande.limite);
  } catch (error) {
    oublier(demande.base);
    console.warn('Recherche indisponible :', error instanceof Error ? error.message : String(error));
    return [];
  }
}
