/**
 * Writes the cut search index (src/domain/recherche/index.ts) into the built
 * site: build/recherche/manifeste.json, and in a folder named after the
 * content's hash, one file per fragment and per document plus the whole index
 * in one file (fetched in the background for offline use). indexerLeSite reads
 * the pages first (./documents.ts); the build runs it in a worker thread
 * (./en-parallele.ts).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  DOSSIER_RECHERCHE,
  FICHIER_COMPLET,
  FICHIER_MANIFESTE,
  VERSION_INDEX,
  construireIndex,
  fichierDocument,
  fichierFragment,
  type DocumentRecherche,
  type IndexComplet,
  type Manifeste,
} from '../../domain/recherche/index';
import { documentsDesPages } from './documents';
import type { PagesARecherche } from './pages';

export interface IndexEcrit {
  readonly manifeste: Manifeste;
  readonly fichiers: number;
}

export function ecrireIndexRecherche(outDir: string, parType: readonly (readonly DocumentRecherche[])[]): IndexEcrit {
  const { fragments, documents } = construireIndex(parType);
  const contenus = new Map<string, string>();
  for (const [cle, f] of fragments) contenus.set(fichierFragment(cle), JSON.stringify(f));
  documents.forEach((liste, type) => {
    for (const d of liste) contenus.set(fichierDocument(type, d.i), JSON.stringify(d));
  });
  const complet: IndexComplet = { fragments: Object.fromEntries(fragments), documents };
  contenus.set(FICHIER_COMPLET, JSON.stringify(complet));
  const empreinte = createHash('sha256');
  for (const [chemin, texte] of [...contenus].sort(([a], [b]) => a.localeCompare(b))) empreinte.update(chemin).update('\0').update(texte).update('\0');
  const dossier = empreinte.digest('hex').slice(0, 12);

  const racine = path.join(outDir, DOSSIER_RECHERCHE);
  rmSync(racine, { recursive: true, force: true });
  const base = path.join(racine, dossier);
  for (const sous of ['f', 'd']) mkdirSync(path.join(base, sous), { recursive: true });
  for (const [chemin, texte] of contenus) writeFileSync(path.join(base, chemin), texte);
  const manifeste: Manifeste = { version: VERSION_INDEX, dossier, fragments: [...fragments.keys()] };
  writeFileSync(path.join(racine, FICHIER_MANIFESTE), JSON.stringify(manifeste));
  return { manifeste, fichiers: contenus.size + 1 };
}

/** What indexing one output folder did, for the build's message. */
export interface IndexDuDossier extends IndexEcrit {
  readonly outDir: string;
  readonly documents: number;
  /** Milliseconds spent reading the pages, then writing the index. */
  readonly lecture: number;
  readonly ecriture: number;
}

/** Reads the built pages of each output folder and writes its index (in a worker thread during the build). */
export async function indexerLeSite({ reglages, versions }: PagesARecherche): Promise<IndexDuDossier[]> {
  const sortie: IndexDuDossier[] = [];
  for (const { outDir, pages } of versions) {
    const debut = performance.now();
    const parType = await documentsDesPages(pages, reglages);
    const milieu = performance.now();
    const ecrit = ecrireIndexRecherche(outDir, parType);
    sortie.push({ ...ecrit, outDir, documents: parType.reduce((n, l) => n + l.length, 0), lecture: milieu - debut, ecriture: performance.now() - milieu });
  }
  return sortie;
}
