/**
 * The learner's side of assignments: where each item leads (the lesson, or the
 * activity inside its lesson), the progress of an assignment from the journal,
 * and adding or removing an assignment in the profile document (by id, so that
 * opening the same link twice changes nothing).
 */
import type { Statement } from '../journal/statement';
import { placeActivite, type Banque, type BanqueActivite } from '../formateur/banque';
import type { Profil } from '../profil/profil';
import { etatsActivites } from './avancement';
import { statutItemDepuis, type ItemParcours, type Parcours, type StatutItem } from '../formateur/parcours';

export type TypeItem = 'lecon' | BanqueActivite['kind'];

export const TYPE_ITEM_LABELS: Readonly<Record<TypeItem, string>> = {
  lecon: 'Leçon',
  quiz: 'Quiz',
  cas: 'Mise en situation',
};

export interface CibleItem {
  readonly type: TypeItem;
  readonly titre: string;
  /** Route without base URL, with the anchor of the activity's heading when there is one. */
  readonly href: string;
  /** For an activity: the title of the lesson that holds it. */
  readonly lecon?: string;
}

/** Where an item of an assignment leads; null when the site no longer has it. */
export function cibleItem(item: ItemParcours, banque: Banque): CibleItem | null {
  const lecons = new Map(banque.lecons.map((l) => [l.route, l]));
  if (item.t === 'l') {
    const lecon = lecons.get(item.id);
    return lecon ? { type: 'lecon', titre: lecon.titre, href: lecon.route } : null;
  }
  const activite = banque.activites.find((a) => a.id === item.id);
  if (!activite) return null;
  const place = placeActivite(banque, activite);
  if (!place) return null;
  return { type: activite.kind, titre: activite.titre, href: `${place.lecon.route}#${place.ancre}`, lecon: place.lecon.titre };
}

export interface ItemSuivi {
  readonly item: ItemParcours;
  readonly statut: StatutItem;
  readonly cible: CibleItem | null;
}

export interface Avancement {
  readonly items: readonly ItemSuivi[];
  readonly reussis: number;
  readonly total: number;
}

/** The status of every item and how many are passed. */
export function avancement(parcours: Parcours, banque: Banque, statements: readonly Statement[]): Avancement {
  const etats = etatsActivites(statements);
  const items = parcours.items.map((item) => ({ item, statut: statutItemDepuis(item, parcours, banque, etats), cible: cibleItem(item, banque) }));
  return { items, reussis: items.filter((i) => i.statut === 'reussi').length, total: items.length };
}

/** Past its due date (AAAA-MM-JJ compared with today's local date) and not finished. */
export function enRetard(parcours: Parcours, aujourdhui: string, a: Pick<Avancement, 'reussis' | 'total'>): boolean {
  return parcours.echeance !== undefined && parcours.echeance < aujourdhui && a.reussis < a.total;
}

/** Adds an assignment once: the same id is never stored twice. */
export function ajouterParcours(profil: Profil, parcours: Parcours): { readonly profil: Profil; readonly deja: boolean } {
  if (profil.parcours.some((p) => p.id === parcours.id)) return { profil, deja: true };
  return { profil: { ...profil, parcours: [...profil.parcours, parcours] }, deja: false };
}

export function retirerParcours(profil: Profil, id: string): Profil {
  return { ...profil, parcours: profil.parcours.filter((p) => p.id !== id) };
}

/** Stored assignments, the nearest due date first, those without one last (then by creation). */
export function parcoursTries(liste: readonly Parcours[]): Parcours[] {
  return [...liste].sort((a, b) => {
    if (a.echeance !== b.echeance) {
      if (!a.echeance) return 1;
      if (!b.echeance) return -1;
      return a.echeance < b.echeance ? -1 : 1;
    }
    return a.cree < b.cree ? 1 : a.cree > b.cree ? -1 : 0;
  });
}
