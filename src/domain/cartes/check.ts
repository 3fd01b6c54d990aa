/**
 * What a set of revision cards must satisfy before it is published; each problem
 * names the set, the card and what to change (same shape as quiz problems).
 */
import { isCritereId } from '../../referentiel';
import { ID_PATTERN, type Probleme } from '../quiz/check';
import { LIMITES_CARTES, type JeuDeCartes } from './types';

const texte = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

export function checkCartes(raw: unknown): Probleme[] {
  const jeu = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<JeuDeCartes>;
  const activite = typeof jeu.id === 'string' ? jeu.id : '(sans id)';
  const out: Probleme[] = [];
  const add = (champ: string, message: string, question?: string) => out.push({ activite, champ, message, ...(question ? { question } : {}) });
  if (jeu.kind !== 'cartes') add('kind', 'doit valoir « cartes »');
  if (typeof jeu.id !== 'string' || !ID_PATTERN.test(jeu.id)) add('id', 'identifiant en minuscules et tirets, par exemple « publics-reperes »');
  if (!texte(jeu.titre)) add('titre', 'titre manquant');
  else if (jeu.titre.length > LIMITES_CARTES.titre) add('titre', `${jeu.titre.length} caractères : au plus ${LIMITES_CARTES.titre}`);
  const criteres = Array.isArray(jeu.criteres) ? jeu.criteres : [];
  if (criteres.length === 0) add('criteres', 'nommez au moins un critère que ces cartes aident à réviser');
  for (const c of criteres) if (!isCritereId(c)) add('criteres', `critère inconnu « ${String(c)} » : voyez src/referentiel/referentiel.ts`);
  const cartes = Array.isArray(jeu.cartes) ? jeu.cartes : [];
  if (cartes.length < LIMITES_CARTES.cartesMin || cartes.length > LIMITES_CARTES.cartesMax) {
    add('cartes', `${cartes.length} carte(s) : entre ${LIMITES_CARTES.cartesMin} et ${LIMITES_CARTES.cartesMax} par jeu`);
  }
  const vus = new Set<string>();
  cartes.forEach((carte, i) => {
    const ou = typeof carte?.id === 'string' && carte.id !== '' ? carte.id : `carte ${i + 1}`;
    if (typeof carte?.id !== 'string' || !ID_PATTERN.test(carte.id)) add('id', 'identifiant en minuscules et tirets', ou);
    else if (vus.has(carte.id)) add('id', `identifiant « ${carte.id} » déjà utilisé dans ce jeu`, ou);
    else vus.add(carte.id);
    for (const champ of ['recto', 'verso'] as const) {
      const v: unknown = carte?.[champ];
      if (!texte(v)) add(champ, `${champ} manquant`, ou);
      else if (v.length > LIMITES_CARTES[champ]) add(champ, `${v.length} caractères : au plus ${LIMITES_CARTES[champ]} (une carte se lit d'un coup d'œil, sur un téléphone)`, ou);
    }
    if (carte?.source !== undefined && (!texte(carte.source) || carte.source.length > LIMITES_CARTES.source)) {
      add('source', `source vide ou de plus de ${LIMITES_CARTES.source} caractères`, ou);
    }
  });
  return out;
}
