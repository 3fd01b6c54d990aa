/**
 * H5P dependency resolution: from an h5p.json (or library.json), follow
 * `preloadedDependencies` recursively and report every library that cannot be
 * found, named « Machine.Name majeur.mineur ». The reader is injected: the file
 * system for `npm run h5p:add`, fetch() for the player in the browser.
 */
export interface Dependance {
  readonly machineName: string;
  readonly majorVersion: number;
  readonly minorVersion: number;
}

export const nomBibliotheque = (d: Dependance) => `${d.machineName} ${d.majorVersion}.${d.minorVersion}`;
export const dossierBibliotheque = (d: Dependance) => `${d.machineName}-${d.majorVersion}.${d.minorVersion}`;

export function dependancesDe(json: unknown): Dependance[] {
  const list = (json as { preloadedDependencies?: unknown })?.preloadedDependencies;
  if (!Array.isArray(list)) return [];
  return list.filter(
    (d): d is Dependance =>
      typeof d === 'object' &&
      d !== null &&
      typeof (d as Dependance).machineName === 'string' &&
      /^[\w.-]+$/.test((d as Dependance).machineName) &&
      Number.isInteger((d as Dependance).majorVersion) &&
      Number.isInteger((d as Dependance).minorVersion),
  );
}

export interface Resolution {
  /** Every library needed, in load order (dependencies first). */
  readonly bibliotheques: readonly Dependance[];
  /** Libraries that could not be read, « Machine.Name 1.2 ». */
  readonly manquantes: readonly string[];
}

/**
 * @param lireBibliotheque returns the parsed library.json of a library folder, or null if absent
 */
export async function resoudre(racine: unknown, lireBibliotheque: (d: Dependance) => Promise<unknown | null>): Promise<Resolution> {
  const ordre: Dependance[] = [];
  const manquantes: string[] = [];
  const vus = new Set<string>();
  const visiter = async (d: Dependance): Promise<void> => {
    const cle = nomBibliotheque(d);
    if (vus.has(cle)) return;
    vus.add(cle);
    const library = await lireBibliotheque(d);
    if (library === null || typeof library !== 'object') {
      manquantes.push(cle);
      return;
    }
    for (const sub of dependancesDe(library)) await visiter(sub);
    ordre.push(d);
  };
  for (const d of dependancesDe(racine)) await visiter(d);
  return { bibliotheques: ordre, manquantes };
}
