/**
 * Storage keys. All GitHub Pages project sites of one account share one origin,
 * so every key starts with a namespace made of the site's base URL: two sites of
 * the same account (or a fork) never read each other's data.
 */
import type { StoreKeys } from './store';

export function namespaceFor(baseUrl: string): string {
  return `moniteur-atelier@${baseUrl}`;
}

export const PROFIL_PAR_DEFAUT = 'principal';

export function storeKeys(namespace: string, profil: string): StoreKeys {
  return {
    journal: `${namespace}/journal/${profil}`,
    revision: `${namespace}/journal/${profil}/revision`,
    quarantaine: (date: Date) => `${namespace}/quarantaine/${profil}/${date.toISOString()}`,
  };
}

export function etatKey(namespace: string, profil: string): string {
  return `${namespace}/etat/${profil}`;
}

export function quarantainePrefix(namespace: string): string {
  return `${namespace}/quarantaine/`;
}
