/**
 * Writes the exports for trainers (Node only): GIFT and Moodle XML banks per bloc,
 * official H5P packages per quiz, SCORM packages per module, xAPI activity
 * definitions per bloc. Used by `npm run export` and by the site build (the
 * « Pour les formateurs » page offers the same files).
 *
 * Nothing is ever half written: every file of a format is written into a
 * temporary folder next to the target, which then replaces `<out>/<format>/` in
 * one rename; on any error the temporary folder is removed.
 */
import { assertNever } from '../../domain/exhaustif';
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8 } from 'fflate';
import { archiveZip } from '../zip';
import type { Activite } from '../../domain/activite';
import { banque } from '../../domain/export/banque';
import { toGift } from '../../domain/export/gift';
import { toMoodleXml } from '../../domain/export/moodleXml';
import { OFFICIELS, paquetOfficiel, type Langue, type Langues, type Officiel } from '../../domain/export/h5pOfficiel';
import { DIALOGCARDS, paquetCartes } from '../../domain/export/h5pCartes';
import type { JeuDeCartes } from '../../domain/cartes/types';
import { catalogueXapi } from '../../domain/xapi/export';
import type { Quiz } from '../../domain/quiz/types';
import { BLOC_IDS, blocById, isBlocId, type BlocId } from '../../referentiel';
import { bundleScorm, pageConstruite, paquetScorm, planModules, type PlanModule } from '../scorm/construire';
import type { Page } from '../lecons/lecons';
import { CHEMINS } from '../chemins';
import type { FichierExport, Format } from '../../domain/export/fichiers';

/** Folder of each format under the output folder. */
export const DOSSIERS: Readonly<Record<Format, string>> = {
  gift: 'gift',
  'moodle-xml': 'moodle-xml',
  'h5p-official': 'h5p-officiel',
  scorm: 'scorm',
  xapi: 'xapi',
};

export class ErreurExport extends Error {}

/** The blocs asked for, checked: an unknown bloc or a bloc without activity is an error. */
export function blocsDemandes(bloc: string | null, activites: readonly Activite[]): BlocId[] {
  if (bloc === null) return BLOC_IDS.filter((b) => activites.some((a) => a.bloc === b));
  if (!isBlocId(bloc)) throw new ErreurExport(`Bloc inconnu : « ${bloc} ». Blocs du référentiel : ${BLOC_IDS.join(', ')}.`);
  if (!activites.some((a) => a.bloc === bloc)) throw new ErreurExport(`Le bloc ${bloc} ne contient aucune activité : rien à exporter.`);
  return [bloc];
}

export function languesOfficielles(siteDir: string): Langues {
  const dir = path.join(siteDir, CHEMINS.officielsH5P);
  const read = (lib: string, file: string) => JSON.parse(readFileSync(path.join(dir, lib, file), 'utf8'));
  return Object.fromEntries(
    (Object.keys(OFFICIELS) as Officiel[]).map((n) => [n, { semantics: read(n, 'semantics.json'), fr: read(n, 'language/fr.json') }]),
  ) as Langues;
}

/** semantics.json and language/fr.json of H5P.Dialogcards (src/build/h5p/officiels/). */
export function langueDialogcards(siteDir: string): Langue {
  const dir = path.join(siteDir, CHEMINS.officielsH5P, DIALOGCARDS.machineName);
  const read = (file: string) => JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
  return { semantics: read('semantics.json'), fr: read('language/fr.json') };
}

interface Contexte {
  readonly siteDir: string;
  readonly activites: readonly Activite[];
  /** Revision cards, exported as H5P.Dialogcards with the h5p-official format. */
  readonly cartes?: readonly JeuDeCartes[];
  readonly pages: readonly Page[];
  /** Built site (for SCORM: the lesson text comes from the built page). */
  readonly buildDir: string;
}

type Ecrire = (chemin: string, data: Uint8Array | string) => number;

const slug = (b: BlocId) => `moniteur-atelier-${b}`;

function generer(format: Format, blocs: readonly BlocId[], ctx: Contexte, ecrire: Ecrire): FichierExport[] {
  const out: FichierExport[] = [];
  for (const bloc of blocs) {
    const intitule = `${bloc} — ${blocById(bloc).intituleCourt}`;
    switch (format) {
      case 'gift':
      case 'moodle-xml': {
        const bank = banque(ctx.activites, bloc);
        const result = format === 'gift' ? toGift(bank) : toMoodleXml(bank);
        const chemin = `${DOSSIERS[format]}/${slug(bloc)}${format === 'gift' ? '.gift.txt' : '.xml'}`;
        out.push({ format, bloc, chemin, titre: intitule, octets: ecrire(chemin, result.contenu), questions: result.questions, omises: result.omises });
        break;
      }
      case 'h5p-official': {
        const langues = languesOfficielles(ctx.siteDir);
        for (const a of ctx.activites) {
          if (a.kind !== 'quiz' || a.bloc !== bloc) continue;
          const paquet = paquetOfficiel(a as Quiz, langues);
          if (!paquet) continue;
          const zip = archiveZip(
            { 'h5p.json': strToU8(`${JSON.stringify(paquet.h5pJson, null, 2)}\n`), 'content/content.json': strToU8(JSON.stringify(paquet.content)) },
          );
          const chemin = `${DOSSIERS[format]}/${bloc}/${a.id}.h5p`;
          out.push({ format, bloc, chemin, titre: a.titre, octets: ecrire(chemin, zip), questions: paquet.questions, omises: paquet.omises });
        }
        const jeux = (ctx.cartes ?? []).filter((j) => j.bloc === bloc);
        const langue = jeux.length > 0 ? langueDialogcards(ctx.siteDir) : null;
        for (const jeu of jeux) {
          const paquet = paquetCartes(jeu, langue!);
          const zip = archiveZip(
            { 'h5p.json': strToU8(`${JSON.stringify(paquet.h5pJson, null, 2)}\n`), 'content/content.json': strToU8(JSON.stringify(paquet.content)) },
          );
          const chemin = `${DOSSIERS[format]}/${bloc}/${jeu.id}.h5p`;
          out.push({ format, bloc, chemin, titre: jeu.titre, octets: ecrire(chemin, zip), cartes: paquet.cartes });
        }
        break;
      }
      case 'scorm': {
        const plans = planModules(ctx.pages, ctx.activites, bloc);
        if (plans.length === 0) break;
        const bundle = bundleScorm(ctx.siteDir);
        for (const plan of plans) {
          const zip = paquetScorm(plan, pageConstruite(ctx.buildDir, plan.route), bundle);
          const chemin = `${DOSSIERS[format]}/${bloc}/${plan.nom}.zip`;
          out.push({ format, bloc, chemin, titre: plan.titre, octets: ecrire(chemin, zip) });
        }
        break;
      }
      case 'xapi': {
        const activites = ctx.activites.filter((a) => a.bloc === bloc);
        const chemin = `${DOSSIERS[format]}/${slug(bloc)}.activites.json`;
        const contenu = { format: 'moniteur-atelier/xapi-activites', version: 1, xapi: '1.0.3', bloc, activites: catalogueXapi(activites, { reponses: true }) };
        out.push({ format, bloc, chemin, titre: intitule, octets: ecrire(chemin, `${JSON.stringify(contenu)}\n`) });
        break;
      }
      default:
        assertNever(format);
    }
  }
  return out;
}

/** The SCORM modules the export would write (known before the site is built). */
export function modulesPrevus(pages: readonly Page[], activites: readonly Activite[]): PlanModule[] {
  return planModules(pages, activites);
}

function lisezMoi(format: Format, fichiers: readonly FichierExport[]): string {
  const lignes = [`Exports « ${format} » — site d'entraînement « Moniteur d'atelier en milieu de travail protégé »`, 'Contenus sous licence CC BY-SA 4.0.', ''];
  for (const f of fichiers) {
    lignes.push(`${f.chemin} — ${f.titre} (${f.octets} octets${f.questions !== undefined ? `, ${f.questions} questions` : ''})`);
    for (const o of f.omises ?? []) lignes.push(`    non exporté : ${o.id} — ${o.raison}`);
  }
  return `${lignes.join('\n')}\n`;
}

export interface OptionsExport {
  readonly format: Format;
  readonly bloc: string | null;
  readonly out: string;
}

/**
 * Writes one format into `<out>/<dossier>/`, replacing what was there, atomically.
 * Throws ErreurExport (French message) on bad input or when nothing can be written.
 */
export function exporter(options: OptionsExport, ctx: Contexte): FichierExport[] {
  const blocs = blocsDemandes(options.bloc, ctx.activites);
  if (options.format === 'scorm' && !existsSync(path.join(ctx.buildDir, 'index.html'))) {
    throw new ErreurExport(
      `Le format scorm prend le texte des leçons dans le site construit, introuvable dans « ${ctx.buildDir} ». Construisez d'abord le site : npm run build.`,
    );
  }
  const out = path.resolve(options.out);
  try {
    if (existsSync(out) && !statSync(out).isDirectory()) throw new Error("ce n'est pas un dossier");
    mkdirSync(out, { recursive: true });
    accessSync(out, constants.W_OK);
  } catch (error) {
    throw new ErreurExport(`Impossible d'écrire dans le dossier « ${options.out} » : ${(error as Error).message}. Choisissez un autre dossier avec --out.`);
  }
  let tmp: string;
  try {
    tmp = mkdtempSync(path.join(out, `.export-${DOSSIERS[options.format]}-`));
  } catch (error) {
    throw new ErreurExport(`Impossible d'écrire dans le dossier « ${options.out} » : ${(error as Error).message}. Choisissez un autre dossier avec --out.`);
  }
  const target = path.join(out, DOSSIERS[options.format]);
  const old = `${target}.ancien-${process.pid}`;
  try {
    const prefix = `${DOSSIERS[options.format]}/`;
    const ecrire: Ecrire = (chemin, data) => {
      const file = path.join(tmp, chemin.slice(prefix.length));
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, data);
      return typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
    };
    const fichiers = generer(options.format, blocs, ctx, ecrire);
    writeFileSync(path.join(tmp, 'LISEZMOI.txt'), lisezMoi(options.format, fichiers));
    writeFileSync(path.join(tmp, 'manifeste.json'), `${JSON.stringify(fichiers, null, 2)}\n`);
    if (existsSync(target)) renameSync(target, old);
    renameSync(tmp, target);
    rmSync(old, { recursive: true, force: true });
    return fichiers;
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    if (!existsSync(target) && existsSync(old)) renameSync(old, target);
    if (error instanceof ErreurExport) throw error;
    throw new ErreurExport(`L'export « ${options.format} » a échoué, rien n'a été écrit : ${(error as Error).message}`);
  }
}
