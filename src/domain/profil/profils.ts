/**
 * Several learner profiles on one shared workshop computer: the list (names and
 * ids) and the active one are small settings; each profile's data lives under its
 * own keys (journal/keys.ts), so profiles never see each other's results.
 */
import { PROFIL_PAR_DEFAUT } from '../journal/keys';

export interface EntreeProfil {
  readonly id: string;
  readonly nom: string;
}

export const PROFILS_MAX = 30;

export function listeParDefaut(): EntreeProfil[] {
  return [{ id: PROFIL_PAR_DEFAUT, nom: 'Profil principal' }];
}

/** Reads the stored list; anything unreadable gives the default list (the data keys are untouched). */
export function lireListe(raw: string | null): EntreeProfil[] {
  if (!raw) return listeParDefaut();
  try {
    const value = JSON.parse(raw) as unknown;
    if (!Array.isArray(value)) return listeParDefaut();
    const list = value.filter(
      (p): p is EntreeProfil =>
        typeof p === 'object' && p !== null && typeof p.id === 'string' && /^[a-z0-9-]{1,40}$/.test(p.id) && typeof p.nom === 'string' && p.nom.length <= 80,
    );
    return list.length > 0 ? list.slice(0, PROFILS_MAX) : listeParDefaut();
  } catch {
    return listeParDefaut();
  }
}

export type ChangementProfils = { readonly ok: true; readonly liste: EntreeProfil[]; readonly id: string } | { readonly ok: false; readonly raison: string };

export function ajouterProfil(liste: readonly EntreeProfil[], nom: string, nouvelId: string): ChangementProfils {
  const propre = nom.trim();
  if (propre === '') return { ok: false, raison: 'donnez un nom au profil' };
  if (propre.length > 80 || /[<>]/.test(propre)) return { ok: false, raison: 'nom trop long (80 caractères au plus) ou contenant < ou >' };
  if (liste.length >= PROFILS_MAX) return { ok: false, raison: `${PROFILS_MAX} profils au plus sur un même appareil` };
  if (liste.some((p) => p.nom.toLocaleLowerCase('fr-FR') === propre.toLocaleLowerCase('fr-FR'))) return { ok: false, raison: 'un profil porte déjà ce nom' };
  return { ok: true, liste: [...liste, { id: nouvelId, nom: propre }], id: nouvelId };
}

export function supprimerProfil(liste: readonly EntreeProfil[], id: string): ChangementProfils {
  if (!liste.some((p) => p.id === id)) return { ok: false, raison: 'profil inconnu' };
  const reste = liste.filter((p) => p.id !== id);
  const finale = reste.length > 0 ? reste : listeParDefaut();
  return { ok: true, liste: finale, id: finale[0]!.id };
}
