/**
 * Loads a TypeScript module of the site (the activity registries, quizzes/*.ts
 * and the domain code they import) from Node, at build time: jiti resolves and
 * evaluates the modules, esbuild turns each file into CommonJS. jiti's own step
 * (Babel) took 12 s of the ×10 build's 27 s of content loading; esbuild does the
 * same files in well under a second (decision 0054). Types are not checked here:
 * `tsc --noEmit` does it in `npm test`.
 */
import createJiti from 'jiti';
import { transformSync } from 'esbuild';

/** jiti's transform step: one file, TypeScript or modern JavaScript, to CommonJS for Node 20. */
export function versCommonJs({ source, filename, ts }: { source: string; filename?: string; ts?: boolean }): { code: string } {
  const estTs = ts === true || /\.[cm]?tsx?$/.test(filename ?? '');
  try {
    const { code } = transformSync(source, {
      loader: estTs ? (filename?.endsWith('x') ? 'tsx' : 'ts') : 'js',
      format: 'cjs',
      target: 'node20',
      sourcefile: filename,
      logLevel: 'silent',
    });
    return { code };
  } catch (erreur) {
    const texte = (erreur as { errors?: { text: string; location?: { file: string; line: number; column: number } | null }[] }).errors
      ?.map((e) => (e.location ? `${e.location.file}:${e.location.line}:${e.location.column} : ${e.text}` : e.text))
      .join('\n');
    throw new Error(`Impossible de lire ${filename ?? 'un module'} : ${texte ?? (erreur as Error).message}`, { cause: erreur });
  }
}

/**
 * A fresh loader (each call sees edited files: `npm start`); `cache`: folder
 * where the transformed files are kept between loads, keyed by their content.
 */
export function chargeurTs(depuis: string, cache: string | false): (module: string) => unknown {
  return createJiti(depuis, { interopDefault: true, requireCache: false, cache, transform: versCommonJs });
}
