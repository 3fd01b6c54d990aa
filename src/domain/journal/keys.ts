/**
 * Storage keys. All GitHub Pages project sites of one account share one origin,
 * so every key starts with a namespace made of the site's base URL: two sites of
 * the same account (or a fork) never read each other's data.
 */
import type { KeyValueStore } from './document';
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

/** The LRS forwarding of this site (src/domain/xapi/lrs.ts): its queue and the trainer's settings. */
export const clesLrs = (namespace: string) => ({ file: `${namespace}/lrs/file`, config: `${namespace}/lrs/config` });

/** Whether a trainer has set up an LRS on this device (its settings are stored); no storage, no LRS. */
export async function lrsRegle(kv: KeyValueStore | null, namespace: string): Promise<boolean> {
  if (!kv) return false;
  return (await kv.get(clesLrs(namespace).config).catch(() => null)) !== null;
}

export function quarantainePrefix(namespace: string): string {
  return `${namespace}/quarantaine/`;
}

export function profilKey(namespace: string, profil: string): string {
  return `${namespace}/profil/${profil}`;
}

export function profilQuarantaine(namespace: string, profil: string): (date: Date) => string {
  return (date: Date) => `${namespace}/quarantaine/${profil}/profil-${date.toISOString()}`;
}

/**
 * An attempt in progress of an activity (src/domain/quiz/reprise.ts), kept apart from the
 * record: one key per activity (the mock exam has one key for all its perimeters).
 */
export function cleEnCours(namespace: string, profil: string, activite: string): string {
  return `${namespace}/en-cours/${profil}/${activite}`;
}

/**
 * The synchronous backups in localStorage of what IndexedDB has not confirmed yet (a page left
 * during a write aborts it): the journal's statements (store.ts) and each attempt in progress.
 */
export const prefixeSecours = (namespace: string, profil: string): string => `${namespace}/secours/${profil}/`;
export const cleSecours = (namespace: string, profil: string): string => `${prefixeSecours(namespace, profil)}journal`;
export const cleSecoursEnCours = (namespace: string, profil: string, activite: string): string => `${prefixeSecours(namespace, profil)}en-cours/${activite}`;

/** Key prefixes of all the data of a profile, for its deletion (journal, profile, H5P states, attempts in progress, quarantine). */
export function prefixesProfil(namespace: string, profil: string): string[] {
  return [
    `${namespace}/journal/${profil}`,
    `${namespace}/profil/${profil}`,
    `${namespace}/h5p/${profil}/`,
    `${namespace}/en-cours/${profil}/`,
    `${namespace}/quarantaine/${profil}/`,
  ];
}
