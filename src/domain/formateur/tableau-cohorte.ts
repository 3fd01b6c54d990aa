/**
 * The trainer's cohort table, built from passport files in the browser: each file
 * is read and checked once (./lecture-cohorte.ts), each accepted passport becomes one
 * row (ligneCohorte) indexed by compétence and critère, so that changing the
 * filters or the columns never reads a file again. One row per learner: a later
 * file of the same learner replaces the earlier one, and the trainer is told.
 */
import { blocById, competenceById, type BlocId, type CompetenceId, type CritereId } from '../../referentiel';
import type { Niveau } from '../journal/niveau';
import { filtrer, type FiltreCohorte, type LigneCohorte } from './cohorte';

export interface Cellule {
  readonly niveau: Niveau;
  readonly score: number | null;
}

export interface LigneIndexee {
  readonly ligne: LigneCohorte;
  /** Level and score of every compétence and critère of the référentiel. */
  readonly cellules: ReadonlyMap<string, Cellule>;
}

export interface Refus {
  readonly fichier: string;
  readonly raison: string;
}

export interface Remplacement {
  readonly nom: string;
  readonly ancien: string;
  readonly nouveau: string;
}

export interface TableauCohorte {
  /** In order of first import. */
  readonly lignes: readonly LigneIndexee[];
  readonly refus: readonly Refus[];
  readonly remplacements: readonly Remplacement[];
  /** Files read so far (accepted or not). */
  readonly fichiers: number;
  /** Accepted passports made from another version of the site's content. */
  readonly autreVersion: number;
}

export const TABLEAU_VIDE: TableauCohorte = { lignes: [], refus: [], remplacements: [], fichiers: 0, autreVersion: 0 };

/** A file's text, or why it could not be read (too large, unreadable). */
export type FichierLu = { readonly nom: string; readonly texte: string } | { readonly nom: string; readonly refus: string };

export function indexerLigne(ligne: LigneCohorte): LigneIndexee {
  const cellules = new Map<string, Cellule>();
  for (const bloc of ligne.blocs) {
    for (const c of bloc.competences) {
      cellules.set(c.id, { niveau: c.niveau, score: c.score });
      for (const cr of c.criteres) cellules.set(cr.id, { niveau: cr.niveau, score: cr.score });
    }
  }
  return { ligne, cellules };
}

/** Files a trainer may open at once (a cohort is a few dozen learners). */
export const COHORTE_FICHIERS_MAX = 200;

/** One file read for the table: its row, or why it is refused. */
export type FichierCohorte =
  | { readonly nom: string; readonly ligne: LigneIndexee; readonly autreVersion: boolean }
  | { readonly nom: string; readonly refus: string };

/** Adds files already read to the table: one row per learner (a later file replaces the earlier one). */
export function ajouterFichiers(tableau: TableauCohorte, fichiers: readonly FichierCohorte[]): TableauCohorte {
  const lignes = [...tableau.lignes];
  const position = new Map(lignes.map((l, i) => [l.ligne.id, i]));
  const refus = [...tableau.refus];
  const remplacements = [...tableau.remplacements];
  let autreVersion = tableau.autreVersion;
  for (const fichier of fichiers) {
    if ('refus' in fichier) {
      refus.push({ fichier: fichier.nom, raison: fichier.refus });
      continue;
    }
    if (fichier.autreVersion) autreVersion += 1;
    const ligne = fichier.ligne;
    const i = position.get(ligne.ligne.id);
    if (i === undefined) {
      position.set(ligne.ligne.id, lignes.length);
      lignes.push(ligne);
    } else {
      remplacements.push({ nom: ligne.ligne.nom, ancien: lignes[i]!.ligne.fichier, nouveau: fichier.nom });
      lignes[i] = ligne;
    }
  }
  return { lignes, refus, remplacements, fichiers: tableau.fichiers + fichiers.length, autreVersion };
}

const collation = new Intl.Collator('fr-FR', { sensitivity: 'base', numeric: true });

/** The rows that match the filters (cohorte.ts: bloc, niveau, name), by name in French alphabetical order. */
export function filtrerTableau(lignes: readonly LigneIndexee[], filtre: FiltreCohorte): LigneIndexee[] {
  const gardees = new Set(filtrer(lignes.map((l) => l.ligne), filtre));
  return lignes.filter((l) => gardees.has(l.ligne)).sort((a, b) => collation.compare(a.ligne.nom, b.ligne.nom));
}

export interface Colonne {
  readonly id: CompetenceId | CritereId;
  readonly intitule: string;
}

/** The columns: the compétences of a bloc, or the critères of one of its compétences. */
export function colonnesCohorte(bloc: BlocId, competence?: CompetenceId): Colonne[] {
  if (competence) return competenceById(competence).criteres.map((c) => ({ id: c.id, intitule: c.intitule }));
  return blocById(bloc).competences.map((c) => ({ id: c.id, intitule: c.intitule }));
}

const CELLULE_VIDE: Cellule = { niveau: 'non-evalue', score: null };

export function cellule(ligne: LigneIndexee, colonne: string): Cellule {
  return ligne.cellules.get(colonne) ?? CELLULE_VIDE;
}

export interface SyntheseColonne {
  readonly id: string;
  readonly acquis: number;
  readonly evalues: number;
  readonly total: number;
}

/** Per column: how many of the rows have it « acquis », how many have evidence at all. */
export function syntheseCohorte(lignes: readonly LigneIndexee[], colonnes: readonly Colonne[]): SyntheseColonne[] {
  return colonnes.map((c) => {
    let acquis = 0;
    let evalues = 0;
    for (const l of lignes) {
      const { niveau } = cellule(l, c.id);
      if (niveau === 'acquis') acquis += 1;
      if (niveau !== 'non-evalue') evalues += 1;
    }
    return { id: c.id, acquis, evalues, total: lignes.length };
  });
}
