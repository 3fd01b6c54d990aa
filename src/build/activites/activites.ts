/**
 * Build-time side of the activities (Node only):
 * - validates every activity of the registry (quizzes/index.ts) and fails the
 *   build with the file, the item, the field and the reason of each problem;
 * - writes, for each activity, its public shape (embedded in the page that uses
 *   it) and its rubric (fetched by the browser when the learner submits), with
 *   formulas pre-rendered by KaTeX as MathML, so that no KaTeX code, stylesheet or
 *   font is needed in the browser (src/plugins/rehype-katex-mathml.ts), and French
 *   typography (narrow no-break spaces, src/domain/texte/typographie.ts) in its texts.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import katex from 'katex';
import { KATEX_OPTIONS } from '../formules';
import { checkActivite, toPublicActivite, type Activite, type Probleme } from '../../domain/activite';
import { checkCartes } from '../../domain/cartes/check';
import type { JeuDeCartes } from '../../domain/cartes/types';
import { checkBank } from '../../domain/quiz/check';
import { parseRichText } from '../../domain/texte/richText';
import { espacesFines, typographieActivite } from '../../domain/texte/typographie';
import { criteresOfActivite } from '../../domain/activite';
import { revisionDe, type Banque, type BanqueActivite } from '../../domain/formateur/banque';
import { intitulesDesCriteres, isCritereId, type CritereId } from '../../referentiel';
import { minutesDeLecture, readPages } from '../lecons/lecons';
import type { PaquetH5P } from '../../domain/export/fichiers';

export const GENERATED = '.generated';
export const H5P_INDEX_DIR = path.join(GENERATED, 'h5p-index');
export const PUBLIC_DIR = path.join(GENERATED, 'activites');
export const RUBRIC_DIR = path.join(GENERATED, 'static', 'activites');
export const CARTES_DIR = path.join(GENERATED, 'cartes');

/** Where the generated public data of an activity is, for the MDX import. */
export function publicModulePath(siteDir: string, id: string): string {
  return path.join(siteDir, PUBLIC_DIR, `${id}.json`);
}

/** Where the generated data of a set of revision cards is, for the MDX import. */
export function cartesModulePath(siteDir: string, id: string): string {
  return path.join(siteDir, CARTES_DIR, `${id}.json`);
}

/**
 * Writes each set of revision cards (its data is public: nothing to hide) after
 * checking it; a broken set stops the build with file › card › field : reason.
 */
export function generateCartes(siteDir: string, jeux: readonly JeuDeCartes[]): void {
  const dir = path.join(siteDir, CARTES_DIR);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files = activityFiles(siteDir, /^(.+)\.cartes\.ts$/);
  const problems = jeux.flatMap((j) => checkCartes(j)).map((p) => formatProbleme(p, files));
  const ids = jeux.map((j) => j.id);
  for (const id of new Set(ids.filter((id, i) => ids.indexOf(id) !== i))) problems.push(`quizzes/cartes.ts › ${id} : jeu de cartes enregistré deux fois`);
  if (problems.length > 0) throw new Error(`Cartes de révision invalides :\n${problems.join('\n')}`);
  for (const jeu of jeux) writeFileSync(cartesModulePath(siteDir, jeu.id), JSON.stringify(typographieActivite(jeu)));
}

/** The activity files on disk (or, with another pattern, the card files): id → path relative to the site. */
export function activityFiles(siteDir: string, motif: RegExp = /^(.+)\.(quiz|cas)\.ts$/): Map<string, string> {
  const root = path.join(siteDir, 'quizzes');
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else {
        const match = motif.exec(entry);
        if (match) out.set(match[1]!, path.relative(siteDir, full));
      }
    }
  };
  walk(root);
  return out;
}

export function formatProbleme(p: Probleme, files: ReadonlyMap<string, string>): string {
  const file = files.get(p.activite) ?? `quizzes/…/${p.activite}`;
  const item = p.question ? ` › « ${p.question} »` : '';
  return `${file}${item} › ${p.champ} : ${p.message}`;
}

/**
 * Where each activity is registered: the folders' index.ts files (quizzes/<dossier>/index.ts)
 * that import its file and list it, once per listing. Read from their source, so that an
 * activity registered twice is reported with both registries, whatever the mistake (the same
 * file imported by two folders, or listed twice in one).
 */
export function registresDesActivites(siteDir: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (entry === 'index.ts' && dir !== path.join(siteDir, 'quizzes')) {
        const source = readFileSync(full, 'utf8');
        const fichier = path.relative(siteDir, full).split(path.sep).join('/');
        const liste = /=\s*\[([\s\S]*?)\]/.exec(source)?.[1] ?? '';
        for (const m of source.matchAll(/import\s+(\w+)\s+from\s+'[^']*?([^/']+)\.(?:quiz|cas)'/g)) {
          const fois = liste.match(new RegExp(`\\b${m[1]}\\b`, 'g'))?.length ?? 0;
          for (let i = 0; i < fois; i += 1) out.set(m[2]!, [...(out.get(m[2]!) ?? []), fichier]);
        }
      }
    }
  };
  walk(path.join(siteDir, 'quizzes'));
  return out;
}

/** All problems of the registry, each as one readable line. */
export function registryProblems(siteDir: string, activites: readonly Activite[]): string[] {
  const files = activityFiles(siteDir);
  const registres = registresDesActivites(siteDir);
  const problems = [
    ...activites.flatMap((a) => checkActivite(a)),
    ...checkBank(
      activites.map((a) => ({ id: a.id, questions: a.kind === 'quiz' ? a.questions.map((q) => ({ id: q.id, enonce: q.enonce, ...('texte' in q ? { texte: q.texte } : {}) })) : [] })),
      (id) => registres.get(id) ?? [],
    ),
  ];
  const lines = problems.map((p) => formatProbleme(p, files));
  for (const a of activites) {
    const file = files.get(a.id);
    if (!file) lines.push(`quizzes/index.ts › ${a.id} : aucun fichier quizzes/…/${a.id}.quiz.ts ou .cas.ts ne porte ce nom`);
  }
  return lines;
}

/** Pre-renders every $formula$ found in the strings of a value. */
export function renderFormulas(value: unknown, problems: string[], where: string): Record<string, string> {
  const out: Record<string, string> = {};
  const visit = (v: unknown) => {
    if (typeof v === 'string') {
      if (!v.includes('$')) return;
      for (const paragraph of parseRichText(v)) {
        for (const segment of paragraph) {
          if (segment.t !== 'formule' || Object.prototype.hasOwnProperty.call(out, segment.v)) continue;
          try {
            // KATEX_OPTIONS has trust: false (KaTeX's default, kept explicit): no \href, \url,
            // \htmlClass… — this HTML is injected as is by src/components/Activite/RichText.tsx.
            out[segment.v] = katex.renderToString(segment.v, { ...KATEX_OPTIONS, throwOnError: true, strict: 'ignore' });
          } catch (error) {
            problems.push(`${where} : formule KaTeX invalide « ${segment.v} » (${(error as Error).message})`);
          }
        }
      }
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (typeof v === 'object' && v !== null) Object.values(v).forEach(visit);
  };
  visit(value);
  return out;
}

export interface PublicFile {
  readonly activite: ReturnType<typeof toPublicActivite>;
  readonly formules: Record<string, string>;
  /** Path of the rubric, relative to the site's base URL. */
  readonly rubrique: string;
  /** Path of a static copy of this public file (for pages that assemble activities at run time). */
  readonly publicStatique: string;
  /** Intitulé of each critère the activity assesses: the page names them without loading the référentiel. */
  readonly criteres: Readonly<Record<string, string>>;
}

export interface RubricFile {
  readonly activite: Activite;
  readonly formules: Record<string, string>;
}

/**
 * Validates and writes the generated files. Throws one Error listing every
 * problem when the registry is invalid: the build stops there.
 */
export function generateActivities(siteDir: string, activites: readonly Activite[]): Map<string, PublicFile> {
  const written = writeActivities(siteDir, activites);
  const banque = construireBanque(siteDir, activites, written);
  writeFileSync(path.join(siteDir, RUBRIC_DIR, 'index.json'), JSON.stringify(banque));
  return written;
}

/**
 * The index of activities and lessons (src/domain/formateur/banque.ts), served at
 * /activites/index.json for the progress, assignment and mock-exam pages, and
 * read by the bloc pages at build time. Lessons come in the order of the course.
 */
export function construireBanque(siteDir: string, activites: readonly Activite[], fichiers: ReadonlyMap<string, PublicFile>): Banque {
  const pages = readPages(siteDir);
  const criteres = (list: readonly unknown[]) => list.filter((c): c is CritereId => isCritereId(c));
  const liste: BanqueActivite[] = activites.map((a) => {
    const f = fichiers.get(a.id);
    return {
      id: a.id,
      kind: a.kind,
      bloc: a.bloc,
      titre: a.titre,
      criteres: criteresOfActivite(a),
      public: f?.publicStatique ?? '',
      rubrique: f?.rubrique ?? '',
      h5p: a.h5p === true,
      questions: a.kind === 'quiz' ? a.questions.map((q) => ({ id: q.id, type: q.type, criteres: q.criteres })) : [],
      lecons: pages.filter((p) => p.activites.some((x) => x.id === a.id)).map((p) => p.route),
    };
  });
  return {
    revision: revisionDe(liste),
    activites: liste,
    lecons: pages
      .filter((p) => p.estLecon || p.activites.length > 0)
      .map((p) => ({
        route: p.route,
        titre: p.titre,
        minutes: minutesDeLecture(p.texte),
        bloc: (p.bloc as BanqueActivite['bloc'] | null) ?? null,
        criteres: criteres(p.criteres),
        activites: p.activites.map((x) => x.id),
        ...(p.activites.some((x) => x.composant === 'H5P') ? { h5p: p.activites.filter((x) => x.composant === 'H5P').map((x) => x.id) } : {}),
      })),
  };
}

function writeActivities(siteDir: string, activites: readonly Activite[]): Map<string, PublicFile> {
  const problems = registryProblems(siteDir, activites);
  const files = activityFiles(siteDir);
  const written = new Map<string, PublicFile>();
  const outputs: [string, string][] = [];
  for (const activite of activites) {
    const where = files.get(activite.id) ?? activite.id;
    // French typography (narrow no-break spaces) in what the learner reads; formulas untouched.
    const publicShape = typographieActivite(toPublicActivite(activite));
    const ecrite = typographieActivite(activite);
    const publicFormulas = renderFormulas(publicShape, problems, where);
    const rubricFormulas = renderFormulas(ecrite, problems, where);
    const rubric: RubricFile = { activite: ecrite, formules: rubricFormulas };
    const rubricText = JSON.stringify(rubric);
    const hash = createHash('sha256').update(rubricText).digest('hex').slice(0, 10);
    const rubricName = `${activite.id}.${hash}.json`;
    const publicText = JSON.stringify({ activite: publicShape, formules: publicFormulas });
    const publicName = `${activite.id}.${createHash('sha256').update(publicText).digest('hex').slice(0, 10)}.json`;
    const pub: PublicFile = {
      activite: publicShape,
      formules: publicFormulas,
      rubrique: `activites/${rubricName}`,
      publicStatique: `activites/publiques/${publicName}`,
      criteres: Object.fromEntries(Object.entries(intitulesDesCriteres(criteresOfActivite(activite))).map(([id, intitule]) => [id, espacesFines(intitule)])),
    };
    written.set(activite.id, pub);
    outputs.push([path.join(siteDir, PUBLIC_DIR, `${activite.id}.json`), JSON.stringify(pub)]);
    outputs.push([path.join(siteDir, RUBRIC_DIR, rubricName), rubricText]);
    outputs.push([path.join(siteDir, RUBRIC_DIR, 'publiques', publicName), publicText]);
  }
  if (problems.length > 0) {
    throw new Error(
      `Activités invalides : ${problems.length} problème(s) à corriger avant de publier.\n` +
        problems.map((p) => `  - ${p}`).join('\n'),
    );
  }
  rmSync(path.join(siteDir, PUBLIC_DIR), { recursive: true, force: true });
  rmSync(path.join(siteDir, RUBRIC_DIR), { recursive: true, force: true });
  mkdirSync(path.join(siteDir, PUBLIC_DIR), { recursive: true });
  mkdirSync(path.join(siteDir, RUBRIC_DIR, 'publiques'), { recursive: true });
  for (const [file, content] of outputs) writeFileSync(file, content);
  return written;
}

/** What a page needs to show an H5P activity before it is loaded (no answers here). */
export interface H5PIndexFile {
  readonly id: string;
  readonly titre: string;
  readonly criteres: readonly string[];
  /** Hash of content.json: saved learner states of another version are discarded. */
  readonly hash: string;
}

/** A downloadable .h5p package of one of our activities (listed on the trainers' page, not under the activity). */

export function h5pIndexPath(siteDir: string, id: string): string {
  return path.join(siteDir, H5P_INDEX_DIR, `${id}.json`);
}

/**
 * Writes the index file of every H5P activity and returns the downloadable packages,
 * by title; throws if an activity has no content.
 */
export function writeH5PIndex(siteDir: string, entries: readonly { id: string; titre: string; criteres: readonly string[] }[]): PaquetH5P[] {
  const dir = path.join(siteDir, H5P_INDEX_DIR);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const problems: string[] = [];
  const paquets: PaquetH5P[] = [];
  for (const entry of entries) {
    const candidates = [path.join(siteDir, GENERATED, 'static', 'h5p'), path.join(siteDir, 'static', 'h5p')];
    const base = candidates.find((c) => existsSync(path.join(c, 'content', entry.id, 'content', 'content.json')));
    if (!base) {
      problems.push(`H5P « ${entry.id} » : aucun contenu (content/${entry.id}/content/content.json) dans static/h5p ni dans la construction`);
      continue;
    }
    const content = readFileSync(path.join(base, 'content', entry.id, 'content', 'content.json'));
    const paquet = path.join(base, 'paquets', `${entry.id}.h5p`);
    if (existsSync(paquet)) paquets.push({ id: entry.id, titre: entry.titre, chemin: `h5p/paquets/${entry.id}.h5p`, octets: statSync(paquet).size });
    const file: H5PIndexFile = {
      id: entry.id,
      titre: entry.titre,
      criteres: entry.criteres,
      hash: createHash('sha256').update(content).digest('hex').slice(0, 16),
    };
    writeFileSync(h5pIndexPath(siteDir, entry.id), JSON.stringify(file));
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return paquets.sort((a, b) => a.titre.localeCompare(b.titre, 'fr'));
}
