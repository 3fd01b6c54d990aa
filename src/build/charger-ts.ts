/**
 * Loads a TypeScript module of the site (the activity registries, quizzes/*.ts
 * and the domain code they import) from Node, at build time: jiti resolves and
 * evaluates the modules, esbuild turns each file into CommonJS. jiti's own step
 * (Babel) took 12 s of the ×10 build's 27 s of content loading (decision 0054).
 * The files of the folders named `avance` are transformed in one esbuild call,
 * at the first file jiti asks for, instead of one call per file. Types are not
 * checked here: `tsc --noEmit` does it in `npm test`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import createJiti from 'jiti';
import { buildSync, transformSync, type Loader } from 'esbuild';

const REGLAGES = { format: 'cjs', target: 'node20', logLevel: 'silent', tsconfigRaw: '{}' } as const;

function chargeur(filename: string | undefined, ts: boolean | undefined): Loader {
  if (ts === true || /\.[cm]?tsx?$/.test(filename ?? '')) return filename?.endsWith('x') ? 'tsx' : 'ts';
  return 'js';
}

/** jiti's transform step: one file, TypeScript or modern JavaScript, to CommonJS for Node 20. */
export function versCommonJs({ source, filename, ts }: { source: string; filename?: string; ts?: boolean }): { code: string } {
  try {
    return { code: transformSync(source, { ...REGLAGES, loader: chargeur(filename, ts), sourcefile: filename }).code };
  } catch (erreur) {
    const texte = (erreur as { errors?: { text: string; location?: { file: string; line: number; column: number } | null }[] }).errors
      ?.map((e) => (e.location ? `${e.location.file}:${e.location.line}:${e.location.column} : ${e.text}` : e.text))
      .join('\n');
    throw new Error(`Impossible de lire ${filename ?? 'un module'} : ${texte ?? (erreur as Error).message}`, { cause: erreur });
  }
}

function fichiersTs(dossier: string): string[] {
  let entrees;
  try {
    entrees = readdirSync(dossier, { withFileTypes: true });
  } catch {
    return [];
  }
  return entrees.flatMap((e) => {
    const chemin = path.join(dossier, e.name);
    if (e.isDirectory()) return e.name.startsWith('.') || e.name === 'node_modules' ? [] : fichiersTs(chemin);
    return /\.[cm]?ts$/.test(e.name) && !e.name.endsWith('.d.ts') ? [chemin] : [];
  });
}

/**
 * The CommonJS of every TypeScript file of these folders, by file, with the text
 * it was made from. A file that does not parse makes the whole call fail: then
 * nothing is ready ahead, and the file's own transform names the error.
 */
export function transformerDAvance(dossiers: readonly string[]): Map<string, { source: string; code: string }> {
  const fichiers = dossiers.flatMap(fichiersTs);
  const prets = new Map<string, { source: string; code: string }>();
  if (fichiers.length === 0) return prets;
  const sources = new Map(fichiers.map((f) => [f, readFileSync(f, 'utf8')]));
  const sortie = path.join(path.parse(fichiers[0]!).root, '__charger-ts__');
  let resultat;
  try {
    resultat = buildSync({ ...REGLAGES, entryPoints: fichiers, outbase: path.parse(fichiers[0]!).root, outdir: sortie, bundle: false, write: false });
  } catch {
    return prets;
  }
  const parChemin = new Map(resultat.outputFiles.map((o) => [o.path, o.text]));
  for (const f of fichiers) {
    const code = parChemin.get(path.join(sortie, path.relative(path.parse(f).root, f)).replace(/\.([cm]?)ts$/, '.$1js'));
    if (code !== undefined) prets.set(f, { source: sources.get(f)!, code });
  }
  return prets;
}

/**
 * Transforms done ahead, by list of folders, kept for the process: a file edited
 * since (`npm start`) no longer matches its text and is transformed alone.
 */
const DEJA_PRETS = new Map<string, Map<string, { source: string; code: string }>>();

/**
 * A fresh loader (each call sees edited files: `npm start`); `cache`: folder
 * where the transformed files are kept between loads, keyed by their content;
 * `avance`: folders whose files are transformed together, once per process, when
 * the first file needs transforming (a warm cache needs none).
 */
export function chargeurTs(depuis: string, cache: string | false, avance: readonly string[] = []): (module: string) => unknown {
  const cle = avance.join('\0');
  return createJiti(depuis, {
    interopDefault: true,
    requireCache: false,
    cache,
    transform(options) {
      if (options.filename && avance.length > 0) {
        let prets = DEJA_PRETS.get(cle);
        if (!prets) DEJA_PRETS.set(cle, (prets = transformerDAvance(avance)));
        const pret = prets.get(options.filename);
        if (pret && pret.source === options.source) return { code: pret.code };
      }
      return versCommonJs(options);
    },
  });
}
