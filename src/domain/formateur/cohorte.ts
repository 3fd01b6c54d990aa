/**
 * A trainer's cohort table: one row per imported passport, one column per
 * compétence (or critère), computed in the browser from the passports' journals.
 * Also its CSV export (French spreadsheet conventions: « ; » separator, UTF-8 BOM).
 */
import { REFERENTIEL, type BlocId } from '../../referentiel';
import { maitrise, NIVEAU_LABELS, type MaitriseBloc, type Niveau } from '../journal/mastery';
import type { EtatApprenant } from '../apprenant/passeport';
import { historique } from '../journal/historique';
import { etatsActivites, type EtatsActivites } from '../apprenant/avancement';
import type { Parcours } from './parcours';

export interface LigneCohorte {
  readonly id: string;
  readonly nom: string;
  readonly fichier: string;
  readonly traces: number;
  readonly derniereActivite: string | null;
  readonly blocs: readonly MaitriseBloc[];
  readonly tentatives: number;
  /** The state of each activity (last result, under way): what an assignment's table shows. */
  readonly etats: EtatsActivites;
  /** The assignments the learner added (from the profile in the passport). */
  readonly parcours: readonly Parcours[];
}

export function ligneCohorte(etat: EtatApprenant, fichier: string): LigneCohorte {
  const statements = etat.journal.statements;
  return {
    id: etat.journal.learnerId,
    nom: etat.profil.nom || '(sans nom)',
    fichier,
    traces: statements.length,
    derniereActivite: statements.at(-1)?.timestamp ?? null,
    blocs: maitrise(statements),
    tentatives: historique(statements).length,
    etats: etatsActivites(statements),
    parcours: etat.profil.parcours,
  };
}

export interface FiltreCohorte {
  readonly bloc?: BlocId;
  readonly niveau?: Niveau;
  readonly recherche?: string;
}

/** Rows matching the filters; `niveau` keeps learners with at least one compétence of the bloc at that level. */
export function filtrer(lignes: readonly LigneCohorte[], filtre: FiltreCohorte): LigneCohorte[] {
  const recherche = (filtre.recherche ?? '').trim().toLocaleLowerCase('fr-FR');
  return lignes.filter((l) => {
    if (recherche && !l.nom.toLocaleLowerCase('fr-FR').includes(recherche)) return false;
    if (filtre.niveau) {
      const blocs = filtre.bloc ? l.blocs.filter((b) => b.id === filtre.bloc) : l.blocs;
      if (!blocs.some((b) => b.competences.some((c) => c.niveau === filtre.niveau))) return false;
    }
    return true;
  });
}

const cellule = (v: string) => (/[;"\n\r]/.test(v) || /^[=+\-@]/.test(v) ? `"${v.replace(/^([=+\-@])/, "'$1").replace(/"/g, '""')}"` : v);
const pct = (x: number | null) => (x === null ? '' : String(Math.round(x * 100)));

/** CSV of the rows: one line per learner, score (%) and level per compétence. */
export function csvCohorte(lignes: readonly LigneCohorte[], bloc?: BlocId): string {
  const blocs = REFERENTIEL.blocs.filter((b) => !bloc || b.id === bloc);
  const competences = blocs.flatMap((b) => b.competences);
  const header = ['Apprenant', 'Traces', 'Dernière activité', ...competences.flatMap((c) => [`${c.id} score (%)`, `${c.id} niveau`])];
  const rows = lignes.map((l) => {
    const parCompetence = new Map(l.blocs.flatMap((b) => b.competences).map((c) => [c.id, c]));
    return [
      l.nom,
      String(l.traces),
      l.derniereActivite?.slice(0, 10) ?? '',
      ...competences.flatMap((c) => {
        const m = parCompetence.get(c.id);
        return [pct(m?.score ?? null), m ? NIVEAU_LABELS[m.niveau] : ''];
      }),
    ];
  });
  return csv([header, ...rows]);
}

/** A CSV file for a French spreadsheet: « ; » separator, UTF-8 BOM, formulas neutralised. */
export function csv(lignes: readonly (readonly string[])[]): string {
  return `\ufeff${lignes.map((r) => r.map(cellule).join(';')).join('\r\n')}\r\n`;
}
