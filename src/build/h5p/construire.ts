/**
 * Builds everything H5P the site serves, into `.generated/static/h5p/` (served at
 * /h5p/, next to the committed imports of static/h5p/):
 * - lecteur/                               h5p-standalone's frame script, CSS, fonts, and cadre.html
 *                                           (the same-origin page the player's iframe starts from, so that
 *                                           the offline service worker serves what the frame loads)
 * - libraries/H5P.MoniteurAtelier-1.1/     our content type: library.json, semantics.json,
 *                                          language/fr.json, icon.svg, dist/*.js|css
 * - content/<id>/                          h5p.json + content/content.json of each activity
 *                                          marked `h5p: true`
 * - paquets/<id>.h5p                       the downloadable package (content + our library)
 * Used by the site plugin at start/build time and by `npm run h5p:build`.
 */
import { createRequire } from 'node:module';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8 } from 'fflate';
import { archiveZip } from '../zip';
import katex from 'katex';
import type { Activite } from '../../domain/activite';
import { toParams, type FormuleH5P } from '../../domain/h5p/contenu';
import { parseRichText } from '../../domain/texte/richText';
import { CHEMINS } from '../chemins';
import { empaqueter } from '../empaqueter';
import { LIBRARY_FOLDER, MACHINE_NAME, SEMANTICS, VERSION, languageFile } from './semantics';

const require = createRequire(__filename);

export const H5P_OUT = path.join('.generated', 'static', 'h5p');

export const LIBRARY_JSON = {
  title: "Activité Moniteur d'atelier",
  description: "Quiz (sept types de questions) et mises en situation à embranchements du site d'entraînement au titre de moniteur d'atelier.",
  machineName: MACHINE_NAME,
  ...VERSION,
  runnable: 1,
  license: 'MIT',
  author: "Site d'entraînement « Moniteur d'atelier »",
  embedTypes: ['iframe', 'div'],
  fullscreen: 0,
  coreApi: { majorVersion: 1, minorVersion: 19 },
  preloadedJs: [{ path: 'dist/moniteur-atelier.js' }],
  preloadedCss: [{ path: 'dist/moniteur-atelier.css' }],
} as const;

// A formula's MathML, rendered once per build: the same formulas come back in the H5P packages,
// the SCORM modules and the trainers' exports.
const rendues = new Map<string, string | undefined>();
function mathML(latex: string): string | undefined {
  if (!rendues.has(latex)) {
    const html = katex.renderToString(latex, { output: 'mathml', throwOnError: true, strict: 'ignore' });
    rendues.set(latex, /<math[\s\S]*<\/math>/.exec(html)?.[0]);
  }
  return rendues.get(latex);
}

/** Every $formula$ of an activity, rendered to MathML (no KaTeX needed where it is played). */
export function formulesMathML(activite: Activite): FormuleH5P[] {
  const out = new Map<string, string>();
  const visit = (v: unknown) => {
    if (typeof v === 'string') {
      if (!v.includes('$')) return;
      for (const p of parseRichText(v)) {
        for (const s of p) {
          if (s.t !== 'formule' || out.has(s.v)) continue;
          const math = mathML(s.v);
          if (math) out.set(s.v, math);
        }
      }
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') Object.values(v).forEach(visit);
  };
  visit(activite);
  return [...out.entries()].map(([latex, mathml]) => ({ latex, mathml }));
}

export function h5pJson(activite: Activite): Record<string, unknown> {
  return {
    title: activite.titre,
    language: 'fr',
    defaultLanguage: 'fr',
    mainLibrary: MACHINE_NAME,
    embedTypes: ['iframe'],
    license: 'CC BY-SA',
    licenseVersion: '4.0',
    authors: [{ name: "Site d'entraînement « Moniteur d'atelier »", role: 'Author' }],
    preloadedDependencies: [{ machineName: MACHINE_NAME, majorVersion: VERSION.majorVersion, minorVersion: VERSION.minorVersion }],
  };
}

const ICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="#155e6b"/><path d="M14 44V22l9 12 9-12v22" fill="none" stroke="#fff" stroke-width="5" stroke-linecap="round" stroke-linejoin="round"/><path d="M38 44l7-22 7 22M41 37h8" fill="none" stroke="#ffd166" stroke-width="5" stroke-linecap="round" stroke-linejoin="round"/></svg>\n`;

/** Our library's files: relative path → content. */
export function libraryFiles(siteDir: string): Map<string, Uint8Array> {
  const js = empaqueter(siteDir, CHEMINS.runtimeH5P);
  const css = readFileSync(path.join(siteDir, CHEMINS.stylesH5P));
  return new Map<string, Uint8Array>([
    ['library.json', strToU8(`${JSON.stringify(LIBRARY_JSON, null, 2)}\n`)],
    ['semantics.json', strToU8(`${JSON.stringify(SEMANTICS, null, 2)}\n`)],
    ['language/fr.json', strToU8(`${JSON.stringify(languageFile(SEMANTICS), null, 2)}\n`)],
    ['icon.svg', strToU8(ICON)],
    ['dist/moniteur-atelier.js', js],
    ['dist/moniteur-atelier.css', new Uint8Array(css)],
  ]);
}

function write(file: string, data: Uint8Array | string) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, data);
}

function copyPlayer(out: string) {
  const dist = path.join(path.dirname(require.resolve('h5p-standalone/package.json')), 'dist');
  const target = path.join(out, 'lecteur');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      const rel = path.relative(dist, full);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(js|css|woff2|svg|txt)$/.test(entry) && !/main\.bundle/.test(entry)) cpSync(full, path.join(target, rel));
    }
  };
  walk(dist);
  write(path.join(target, 'cadre.html'), CADRE);
}

/**
 * The empty page the H5P iframe loads before H5P core writes the activity into it
 * (src/components/H5P). An about:blank frame would escape the service worker
 * (Chromium does not let it inherit the page's), and the activity would not work
 * offline; this document, served from the site, is controlled like the pages.
 */
export const CADRE = '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Activité interactive</title></head><body></body></html>\n';

export interface H5PBuildResult {
  readonly paquets: readonly string[];
  readonly library: string;
}

/** The two content files of an activity: h5p.json and content/content.json. */
function contenuH5P(activite: Activite): { manifest: string; content: string } {
  return {
    manifest: `${JSON.stringify(h5pJson(activite), null, 2)}\n`,
    content: JSON.stringify(toParams(activite, formulesMathML(activite))),
  };
}

/** The downloadable .h5p package of one activity (content + our library), byte-for-byte reproducible. */
export function paquetH5P(activite: Activite, library: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const { manifest, content } = contenuH5P(activite);
  const files: Record<string, Uint8Array> = { 'h5p.json': strToU8(manifest), 'content/content.json': strToU8(content) };
  for (const [rel, data] of library) files[`${LIBRARY_FOLDER}/${rel}`] = data;
  return archiveZip(files);
}

/** Builds the player, our library, and the content and package of each H5P activity. */
export function buildH5P(siteDir: string, activites: readonly Activite[]): H5PBuildResult {
  const out = path.join(siteDir, H5P_OUT);
  rmSync(out, { recursive: true, force: true });
  copyPlayer(out);
  const library = libraryFiles(siteDir);
  for (const [rel, data] of library) write(path.join(out, 'libraries', LIBRARY_FOLDER, rel), data);
  const paquets: string[] = [];
  for (const activite of activites.filter((a) => a.h5p === true)) {
    const { manifest, content } = contenuH5P(activite);
    write(path.join(out, 'content', activite.id, 'h5p.json'), manifest);
    write(path.join(out, 'content', activite.id, 'content', 'content.json'), content);
    const file = path.join(out, 'paquets', `${activite.id}.h5p`);
    write(file, paquetH5P(activite, library));
    paquets.push(file);
  }
  return { paquets, library: path.join(out, 'libraries', LIBRARY_FOLDER) };
}

export function h5pOutputExists(siteDir: string): boolean {
  return existsSync(path.join(siteDir, H5P_OUT, 'libraries', LIBRARY_FOLDER, 'library.json'));
}
