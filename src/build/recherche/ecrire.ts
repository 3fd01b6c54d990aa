/**
 * Writes the cut search index (src/domain/recherche/index.ts) into the built
 * site: build/recherche/manifeste.json, and in a folder named after the
 * content's hash, one file per fragment and per document plus the whole index
 * in one file (fetched in the background for offline use).
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
