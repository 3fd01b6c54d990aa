/**
 * SCORM 1.2 packages, one per module (Node only). A module is a lesson and the
 * activities it embeds (quizzes, case studies, H5P activities of ours). The
 * package holds imsmanifest.xml, index.html (the lesson's text taken from the
 * built page, then the activities), lecteur.js (src/lecteur/scorm/runtime.ts and the shared
 * player, bundled), styles.css and the schema files the manifest names. Nothing is loaded from elsewhere.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8 } from 'fflate';
import { archiveZip } from '../zip';
import type { Activite } from '../../domain/activite';
import { FICHIERS_SCHEMAS, manifesteScorm } from '../../domain/scorm/manifeste';
import { escapeHtml } from '../../domain/export/texte';
import type { BlocId } from '../../referentiel';
import { CHEMINS } from '../chemins';
import { empaqueter } from '../empaqueter';
import { formulesMathML } from '../h5p/construire';
import type { Page } from '../lecons/lecons';
import { extraireLecon } from '../lecons/lecon-html';

export interface PlanModule {
  /** « bloc-1-accueillir ». */
  readonly id: string;
  /** File name without extension: « accueillir ». */
  readonly nom: string;
  readonly bloc: BlocId;
  readonly titre: string;
  /** Site route without base URL (« /cours/bloc-1/accueillir »). */
  readonly route: string;
  readonly activites: readonly Activite[];
}

/** Every lesson that embeds at least one of our activities. */
export function planModules(pages: readonly Page[], activites: readonly Activite[], bloc: BlocId | null = null): PlanModule[] {
  const byId = new Map(activites.map((a) => [a.id, a]));
  return pages
    .filter((p) => p.estLecon && p.bloc !== null && (bloc === null || p.bloc === bloc))
    .map((p) => {
      const ids = [...new Set(p.activites.map((x) => x.id))].filter((id) => byId.has(id));
      return {
        id: p.route.replace(/^\/cours\//, '').replace(/\//g, '-'),
        nom: p.route.split('/').at(-1)!,
        bloc: p.bloc as BlocId,
        titre: p.titre,
        route: p.route,
        activites: ids.map((id) => byId.get(id)!),
      };
    })
    .filter((m) => m.activites.length > 0);
}

export interface BundleScorm {
  readonly js: Uint8Array;
  readonly css: Uint8Array;
  /** The schema files named by the manifest (src/build/scorm/schemas/), by file name. */
  readonly schemas: Readonly<Record<string, Uint8Array>>;
}

export function bundleScorm(siteDir: string): BundleScorm {
  const css = `${readFileSync(path.join(siteDir, CHEMINS.stylesScorm), 'utf8')}\n${readFileSync(path.join(siteDir, CHEMINS.stylesH5P), 'utf8')}`;
  const schemas = Object.fromEntries(FICHIERS_SCHEMAS.map((f) => [f, new Uint8Array(readFileSync(path.join(siteDir, CHEMINS.schemasScorm, f)))]));
  return { js: empaqueter(siteDir, CHEMINS.runtimeScorm), css: strToU8(css), schemas };
}

/** The built page of a route (build/<route>.html or build/<route>/index.html). */
export function pageConstruite(buildDir: string, route: string): string {
  const base = path.join(buildDir, route.replace(/^\/+/, ''));
  for (const file of [`${base}.html`, path.join(base, 'index.html')]) {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      // try the other layout
    }
  }
  throw new Error(`page construite introuvable pour ${route} (dans ${buildDir})`);
}

export const SEUIL_MODULE = 70;

/** index.html of a module. */
export function indexHtml(plan: PlanModule, pageHtml: string): string {
  const lecon = extraireLecon(pageHtml);
  const titres = new Map(plan.activites.map((a) => [a.id, a.titre]));
  const texte = lecon.html.replace(/<span data-activite="([^"]*)"><\/span>/g, (_m, id: string) => escapeHtml(titres.get(id) ?? id));
  const formules = [...new Map(plan.activites.flatMap(formulesMathML).map((f) => [f.latex, f])).values()];
  const donnees = { id: plan.id, titre: plan.titre, seuil: SEUIL_MODULE, activites: plan.activites, formules };
  const json = JSON.stringify(donnees).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return [
    '<!doctype html>',
    '<html lang="fr-FR">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(plan.titre)} — Moniteur d'atelier</title>`,
    '<link rel="stylesheet" href="styles.css">',
    '</head>',
    '<body>',
    `<header class="bandeau" role="banner"><p lang="fr-FR" style="margin:0">Moniteur d'atelier en milieu de travail protégé — module de formation</p></header>`,
    `<main id="contenu" aria-label="Module : ${escapeHtml(plan.titre)}">`,
    `<article class="lecon">${texte}</article>`,
    '<section aria-labelledby="activites-titre">',
    '<h2 id="activites-titre">Activités du module</h2>',
    '<p id="etat-plateforme" class="etat-plateforme" role="status"></p>',
    ...plan.activites.map((a, i) => `<div id="activite-${i}" class="activite" data-activite-module="${escapeHtml(a.id)}"></div>`),
    '</section>',
    '</main>',
    `<footer class="pied" role="contentinfo"><p>Contenus sous licence CC BY-SA 4.0 — site d'entraînement libre « Moniteur d'atelier ». Ce module ne délivre aucune certification.</p></footer>`,
    `<script type="application/json" id="module-donnees">${json}</script>`,
    '<script src="lecteur.js"></script>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The .zip of a module. */
export function paquetScorm(plan: PlanModule, pageHtml: string, bundle: BundleScorm): Uint8Array {
  const files: Record<string, Uint8Array> = {
    'index.html': strToU8(indexHtml(plan, pageHtml)),
    'lecteur.js': bundle.js,
    'styles.css': bundle.css,
  };
  files['imsmanifest.xml'] = strToU8(manifesteScorm({ id: plan.id, titre: plan.titre, fichiers: Object.keys(files), seuil: SEUIL_MODULE }));
  Object.assign(files, bundle.schemas);
  return archiveZip(files);
}
