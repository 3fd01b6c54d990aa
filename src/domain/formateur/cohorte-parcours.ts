/**
 * The trainer's cohort, read by assignment: for a parcours found in the passports,
 * who finished which item and with what result (the passports carry the learners'
 * records and the assignments they added), and the bloc the group is working on,
 * which the table opens on. Everything comes from the rows indexed at import
 * (tableau-cohorte.ts): nothing here reads a file again.
 */
import { isBlocId, type BlocId } from '../../referentiel';
import type { ResultatActivite } from '../apprenant/avancement';
import type { Banque } from './banque';
import { csv } from './cohorte';
import { cibleItem } from '../apprenant/mes-parcours';
import { resultatSelonMode, STATUT_ITEM_LABELS, statutItemDepuis, type ItemParcours, type Parcours, type StatutItem } from './parcours';
import type { LigneIndexee } from './tableau-cohorte';

export interface ParcoursDeCohorte {
  readonly parcours: Parcours;
  /** How many learners of the table added it. */
  readonly apprenants: number;
}

/** The assignments the passports carry, each once (by id), the most recently created first. */
export function parcoursDeLaCohorte(lignes: readonly LigneIndexee[]): ParcoursDeCohorte[] {
  const parId = new Map<string, { parcours: Parcours; apprenants: number }>();
  for (const l of lignes) {
    for (const p of l.ligne.parcours) {
      const deja = parId.get(p.id);
      if (deja) deja.apprenants += 1;
      else parId.set(p.id, { parcours: p, apprenants: 1 });
    }
  }
  return [...parId.values()].sort((a, b) => (a.parcours.cree < b.parcours.cree ? 1 : a.parcours.cree > b.parcours.cree ? -1 : a.parcours.titre.localeCompare(b.parcours.titre, 'fr')));
}

/** The bloc of an item of an assignment (its lesson's or its activity's), null for the introduction. */
export function blocDeItem(item: ItemParcours, banque: Banque): BlocId | null {
  if (item.t === 'l') return banque.lecons.find((l) => l.route === item.id)?.bloc ?? null;
  return banque.activites.find((a) => a.id === item.id)?.bloc ?? null;
}

/** The items of an assignment shown as columns: all, or those of one bloc. */
export function itemsAffiches(parcours: Parcours, banque: Banque, bloc: BlocId | null): ItemParcours[] {
  return bloc ? parcours.items.filter((i) => blocDeItem(i, banque) === bloc) : [...parcours.items];
}

export interface CelluleParcours {
  readonly statut: StatutItem;
  /** The result that counts for an activity (mode of the assignment); null for a lesson or when not finished. */
  readonly resultat: ResultatActivite | null;
}

export interface LigneParcours {
  readonly ligne: LigneIndexee;
  /** The learner added this assignment on their device. */
  readonly ajoute: boolean;
  readonly cellules: readonly CelluleParcours[];
  readonly reussis: number;
}

/** One row per learner: the status and result of each item, as the learner's « Mes parcours » shows them. */
export function lignesParcours(lignes: readonly LigneIndexee[], parcours: Parcours, items: readonly ItemParcours[], banque: Banque): LigneParcours[] {
  const kinds = new Map(banque.activites.map((a) => [a.id, a.kind]));
  return lignes.map((l) => {
    const { etats } = l.ligne;
    const cellules = items.map((item) => ({
      statut: statutItemDepuis(item, parcours, banque, etats),
      resultat: item.t === 'a' ? resultatSelonMode(etats.get(item.id), kinds.get(item.id), parcours.mode) : null,
    }));
    return { ligne: l, ajoute: l.ligne.parcours.some((p) => p.id === parcours.id), cellules, reussis: cellules.filter((c) => c.statut === 'reussi').length };
  });
}

export interface SyntheseItem {
  readonly reussis: number;
  /** Finished (passed or not) or under way. */
  readonly commences: number;
  readonly total: number;
}

/** Per item: how many learners passed it, how many started or finished it. */
export function syntheseParcours(lignes: readonly LigneParcours[], nbItems: number): SyntheseItem[] {
  return Array.from({ length: nbItems }, (_, i) => {
    let reussis = 0;
    let commences = 0;
    for (const l of lignes) {
      const statut = l.cellules[i]!.statut;
      if (statut === 'reussi') reussis += 1;
      if (statut !== 'a-faire') commences += 1;
    }
    return { reussis, commences, total: lignes.length };
  });
}

/** Days of activity before the most recent one that count to tell the bloc the group is working on. */
export const FENETRE_JOURS = 30;

/**
 * The bloc the group is working on: the bloc of the activities most finished by the
 * learners in the last FENETRE_JOURS days before the most recent one (a mock exam of a
 * bloc counts for that bloc); null when nobody finished anything.
 */
export function blocDuGroupe(lignes: readonly LigneIndexee[], banque: Banque): BlocId | null {
  const blocs = new Map(banque.activites.map((a) => [a.id, a.bloc]));
  const blocDe = (id: string): BlocId | null => {
    const examen = /^examen-blanc-(B\d+)$/.exec(id)?.[1];
    if (examen) return isBlocId(examen) ? examen : null;
    return blocs.get(id) ?? null;
  };
  const faites: { bloc: BlocId; date: number }[] = [];
  for (const l of lignes) {
    for (const [id, etat] of l.ligne.etats) {
      const bloc = blocDe(id);
      if (bloc && etat.derniere) faites.push({ bloc, date: Date.parse(etat.derniere.date) });
    }
  }
  if (faites.length === 0) return null;
  const depuis = Math.max(...faites.map((f) => f.date)) - FENETRE_JOURS * 86_400_000;
  const compte = new Map<BlocId, number>();
  for (const f of faites) if (f.date >= depuis) compte.set(f.bloc, (compte.get(f.bloc) ?? 0) + 1);
  return [...compte.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}

const pourcent = (r: ResultatActivite | null) => (r ? String(Math.round((r.max > 0 ? r.points / r.max : 0) * 100)) : '');

/** CSV of an assignment's table: per learner, whether they added it, then status and score (%) of each item. */
export function csvParcours(lignes: readonly LigneParcours[], items: readonly ItemParcours[], banque: Banque): string {
  const titres = items.map((item, i) => `${i + 1}. ${cibleItem(item, banque)?.titre ?? item.id}`);
  const header = ['Apprenant', 'Parcours ajouté', 'Éléments réussis', ...titres.flatMap((t) => [`${t} : statut`, `${t} : score (%)`])];
  const rows = lignes.map((l) => [
    l.ligne.ligne.nom,
    l.ajoute ? 'oui' : 'non',
    `${l.reussis} sur ${items.length}`,
    ...l.cellules.flatMap((c) => [STATUT_ITEM_LABELS[c.statut], pourcent(c.resultat)]),
  ]);
  return csv([header, ...rows]);
}
