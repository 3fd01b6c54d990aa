/**
 * Import of an .h5p package made by a trainer (Lumi, Moodle, h5p.org…), for
 * `npm run h5p:add`. Everything is checked before anything is written:
 * archive safety, h5p.json and library.json files, every dependency (from the
 * package or already installed), the activity id and critères. Then:
 * - libraries go to static/h5p/libraries/<Machine.Name>-<maj>.<min>/, shared by all
 *   contents and de-duplicated by version (an installed library with the same or a
 *   newer patch version is kept);
 * - the content goes to static/h5p/content/<id>/ with its HTML text sanitized;
 * - the original package is kept in static/h5p/paquets/<id>.h5p (for download);
 * - the activity is registered in src/build/h5p/importees.ts with its critères.
 * A refused import writes nothing.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { isCritereId, type CritereId } from '../../referentiel';
import { dossierBibliotheque, resoudre, type Dependance } from '../../domain/h5p/dependances';
import { lireRepertoire, problemesArchive, problemesH5PJson, problemesLibraryJson } from '../../domain/h5p/paquet';
import { CHEMINS } from '../chemins';
import { nettoyerContenu } from '../securite/nettoyer-html';
import { lireJson } from '../../domain/texte/json';

export interface Importee {
  readonly id: string;
  readonly titre: string;
  readonly criteres: readonly CritereId[];
  readonly origine: 'importee';
}

export interface OptionsImport {
  readonly id: string;
  readonly criteres: readonly string[];
  readonly titre?: string;
  /** Ids already used (activities, H5P activities): an import may not take one. */
  readonly idsPris: ReadonlySet<string>;
  /** Already registered imports (src/build/h5p/importees.ts). */
  readonly importees: readonly Importee[];
  /** Extra folders where installed libraries are found (our generated library). */
  readonly autresBibliotheques?: readonly string[];
}

export type ResultatImport =
  | { readonly ok: true; readonly id: string; readonly bibliothequesAjoutees: readonly string[]; readonly bibliothequesGardees: readonly string[]; readonly textesNettoyes: number }
  | { readonly ok: false; readonly problemes: readonly string[] };

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * What the safe JSON reader allows in a package's JSON files (src/domain/texte/json.ts):
 * H5P contents nest deeper than our files (question sets of questions of answers…) and hold
 * whole HTML texts, but a file nested thousands of levels deep, a single text of megabytes or
 * a `__proto__` key at any depth is refused before anything is extracted.
 */
export const LIMITES_JSON_H5P = { taille: 50 * 1024 * 1024, profondeur: 64, texte: 256 * 1024 } as const;

function parseJson(bytes: Uint8Array | undefined, nom: string, problemes: string[]): unknown {
  if (!bytes) return undefined;
  const lu = lireJson(strFromU8(bytes), LIMITES_JSON_H5P);
  if (lu.ok) return lu.valeur;
  problemes.push(/JSON lisible/.test(lu.raison) ? `${nom} n'est pas du JSON lisible` : `${nom} : ${lu.raison}`);
  return undefined;
}

export function registreSource(importees: readonly Importee[]): string {
  const lignes = [...importees]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((i) => `  {\n    id: ${JSON.stringify(i.id)},\n    titre: ${JSON.stringify(i.titre)},\n    criteres: [${i.criteres.map((c) => JSON.stringify(c)).join(', ')}],\n    origine: 'importee',\n  },`);
  return `/**
 * H5P packages imported with \`npm run h5p:add <fichier.h5p> -- --id <id> --criteres …\`.
 * This file is rewritten by that command; each entry names the critères the
 * activity assesses (checked by the compiler).
 */
import type { ActiviteH5P } from './registre';

export const H5P_IMPORTEES: readonly ActiviteH5P[] = [${lignes.length > 0 ? `\n${lignes.join('\n')}\n` : ''}];
`;
}

export async function importerPaquet(siteDir: string, fichier: string, options: OptionsImport): Promise<ResultatImport> {
  const problemes: string[] = [];
  if (!ID.test(options.id)) problemes.push(`identifiant « ${options.id} » invalide (minuscules, chiffres et tirets)`);
  if (options.idsPris.has(options.id)) problemes.push(`l'identifiant « ${options.id} » est déjà utilisé par une autre activité`);
  if (options.criteres.length === 0) problemes.push('indiquez au moins un critère : --criteres B1.C2.CR1,B1.C2.CR2');
  for (const c of options.criteres) if (!isCritereId(c)) problemes.push(`critère inconnu « ${c} » (voir la page « Le référentiel »)`);
  if (!existsSync(fichier)) return { ok: false, problemes: [...problemes, `fichier introuvable : ${fichier}`] };
  const zip = new Uint8Array(readFileSync(fichier));
  let entries;
  try {
    entries = lireRepertoire(zip);
  } catch (error) {
    return { ok: false, problemes: [...problemes, (error as Error).message] };
  }
  problemes.push(...problemesArchive(entries, zip.length));
  if (problemes.length > 0) return { ok: false, problemes };

  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip, { filter: (f) => !f.name.endsWith('/') });
  } catch (error) {
    return { ok: false, problemes: [`archive illisible : ${(error as Error).message}`] };
  }
  const h5pJson = parseJson(files['h5p.json'], 'h5p.json', problemes);
  problemes.push(...problemesH5PJson(h5pJson));
  const content = parseJson(files['content/content.json'], 'content/content.json', problemes);
  if (content !== undefined && (typeof content !== 'object' || content === null || Array.isArray(content))) problemes.push('content/content.json doit être un objet');

  // Libraries of the package: top-level folders other than content/ holding a library.json.
  const dossiers = new Set(Object.keys(files).filter((n) => n.includes('/') && !n.startsWith('content/')).map((n) => n.split('/')[0]!));
  const dansLePaquet = new Map<string, { json: Record<string, unknown>; fichiers: [string, Uint8Array][] }>();
  for (const dossier of dossiers) {
    const json = parseJson(files[`${dossier}/library.json`], `${dossier}/library.json`, problemes);
    if (json === undefined) {
      problemes.push(`« ${dossier}/ » : dossier sans library.json`);
      continue;
    }
    const p = problemesLibraryJson(json, dossier);
    problemes.push(...p);
    if (p.length === 0) {
      const fichiers = Object.entries(files).filter(([n]) => n.startsWith(`${dossier}/`)).map(([n, b]) => [n.slice(dossier.length + 1), b] as [string, Uint8Array]);
      for (const key of ['preloadedJs', 'preloadedCss']) {
        for (const f of ((json as Record<string, unknown>)[key] as { path: string }[] | undefined) ?? []) {
          if (!files[`${dossier}/${f.path}`]) problemes.push(`${dossier}/library.json : fichier « ${f.path} » annoncé mais absent`);
        }
      }
      dansLePaquet.set(dossier, { json: json as Record<string, unknown>, fichiers });
    }
  }
  if (problemes.length > 0) return { ok: false, problemes };

  const installees = [path.join(siteDir, 'static', 'h5p', 'libraries'), ...(options.autresBibliotheques ?? [])];
  const lireInstallee = (d: Dependance): Record<string, unknown> | null => {
    for (const dir of installees) {
      const f = path.join(dir, dossierBibliotheque(d), 'library.json');
      if (existsSync(f)) {
        try {
          return JSON.parse(readFileSync(f, 'utf8')) as Record<string, unknown>;
        } catch {
          return null;
        }
      }
    }
    return null;
  };
  const resolution = await resoudre(h5pJson, async (d) => dansLePaquet.get(dossierBibliotheque(d))?.json ?? lireInstallee(d));
  for (const m of resolution.manquantes) problemes.push(`bibliothèque manquante : « ${m} » (ni dans le paquet, ni dans static/h5p/libraries)`);
  if (problemes.length > 0) return { ok: false, problemes };

  // All checks passed: write, staging first.
  const { valeur: contenuNettoye, modifies } = nettoyerContenu(content);
  const racine = path.join(siteDir, 'static', 'h5p');
  const staging = path.join(racine, `.import-${options.id}-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  const ajoutees: string[] = [];
  const gardees: string[] = [];
  try {
    for (const [dossier, lib] of dansLePaquet) {
      const existing = lireInstallee({ machineName: String(lib.json.machineName), majorVersion: Number(lib.json.majorVersion), minorVersion: Number(lib.json.minorVersion) });
      if (existing && Number(existing.patchVersion) >= Number(lib.json.patchVersion)) {
        gardees.push(dossier);
        continue;
      }
      for (const [rel, bytes] of lib.fichiers) {
        const target = path.join(staging, 'libraries', dossier, rel);
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, bytes);
      }
      ajoutees.push(dossier);
    }
    const contentDir = path.join(staging, 'content', options.id);
    mkdirSync(path.join(contentDir, 'content'), { recursive: true });
    writeFileSync(path.join(contentDir, 'h5p.json'), `${JSON.stringify(h5pJson, null, 2)}\n`);
    writeFileSync(path.join(contentDir, 'content', 'content.json'), JSON.stringify(contenuNettoye));
    for (const [n, b] of Object.entries(files)) {
      if (n.startsWith('content/') && n !== 'content/content.json') {
        const target = path.join(contentDir, n);
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, b);
      }
    }
    mkdirSync(path.join(staging, 'paquets'), { recursive: true });
    writeFileSync(path.join(staging, 'paquets', `${options.id}.h5p`), zip);

    // Move into place.
    for (const dossier of ajoutees) {
      const target = path.join(racine, 'libraries', dossier);
      rmSync(target, { recursive: true, force: true });
      mkdirSync(path.dirname(target), { recursive: true });
      renameSync(path.join(staging, 'libraries', dossier), target);
    }
    const contentTarget = path.join(racine, 'content', options.id);
    rmSync(contentTarget, { recursive: true, force: true });
    mkdirSync(path.dirname(contentTarget), { recursive: true });
    renameSync(contentDir, contentTarget);
    mkdirSync(path.join(racine, 'paquets'), { recursive: true });
    renameSync(path.join(staging, 'paquets', `${options.id}.h5p`), path.join(racine, 'paquets', `${options.id}.h5p`));
    const titre = options.titre ?? String((h5pJson as { title: string }).title);
    const entree: Importee = { id: options.id, titre, criteres: options.criteres as CritereId[], origine: 'importee' };
    writeFileSync(path.join(siteDir, CHEMINS.importeesH5P), registreSource([...options.importees.filter((i) => i.id !== options.id), entree]));
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return { ok: true, id: options.id, bibliothequesAjoutees: ajoutees, bibliothequesGardees: gardees, textesNettoyes: modifies };
}
