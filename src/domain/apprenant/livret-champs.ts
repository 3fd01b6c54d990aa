/**
 * The fields of the livret typed by the learner (name, structure, trainer,
 * observations): their limits, labels, values and checks. Apart from livret.ts
 * (which reads the référentiel and the record to build the livret) so that a form
 * with the learner's name, on any page, loads only these few rules.
 */
import type { Profil } from '../profil/profil';

/** Maximum lengths, as checked by the profile document (profil.ts). */
export const LIMITES_LIVRET = { nom: 80, structure: 120, formateur: 120, observations: 4000 } as const;
export type ChampLivret = keyof typeof LIMITES_LIVRET;
export type ValeursLivret = Readonly<Record<ChampLivret, string>>;

export const LIBELLES_LIVRET: Readonly<Record<ChampLivret, string>> = {
  nom: 'Nom et prénom',
  structure: 'Structure (ESAT, entreprise adaptée, organisme de formation)',
  formateur: 'Formateur ou référent',
  observations: 'Observations',
};

/** The values of the fields stored in a profile. */
export function valeursLivret(profil: Profil): ValeursLivret {
  return {
    nom: profil.nom,
    structure: profil.livret.structure ?? '',
    formateur: profil.livret.formateur ?? '',
    observations: profil.livret.observations ?? '',
  };
}

/** Why a field's value cannot be saved, in French, or null. */
export function problemeChamp(champ: ChampLivret, valeur: string): string | null {
  const max = LIMITES_LIVRET[champ];
  if (valeur.length > max) return `${max} caractères au plus (${valeur.length} actuellement)`;
  if (/[<>]/.test(valeur)) return 'les signes < et > ne sont pas acceptés';
  return null;
}

/**
 * The profile with the given fields changed, the others kept (several forms of
 * the page save their own fields). An empty livret field is removed.
 */
export function avecValeurs(profil: Profil, valeurs: Partial<ValeursLivret>): Profil {
  const livret: { -readonly [K in keyof Profil['livret']]: Profil['livret'][K] } = { ...profil.livret };
  for (const champ of ['structure', 'formateur', 'observations'] as const) {
    const valeur = valeurs[champ];
    if (valeur === undefined) continue;
    if (valeur === '') delete livret[champ];
    else livret[champ] = valeur;
  }
  return { ...profil, nom: valeurs.nom ?? profil.nom, livret };
}
