/**
 * Safety checks of an .h5p package (a zip file) before anything is extracted,
 * and checks of its h5p.json and library.json files. Pure: works on bytes.
 *
 * The zip's central directory is read directly (not through an unzip library) so
 * that what the archive *declares* — names, sizes, Unix file types — is checked
 * first: path traversal, absolute paths, symbolic links, too many or too large
 * entries, file types H5P does not allow.
 */

export interface EntreeZip {
  readonly nom: string;
  readonly tailleCompressee: number;
  readonly taille: number;
  /** Unix mode (file type and permissions) when the archive was made on Unix, else 0. */
  readonly mode: number;
  readonly dossier: boolean;
}

export const LIMITES = {
  /** Size of the .h5p file itself. */
  paquet: 100 * 1024 * 1024,
  /** Sum of uncompressed sizes. */
  total: 250 * 1024 * 1024,
  /** One uncompressed file. */
  fichier: 50 * 1024 * 1024,
  entrees: 3000,
  /** Compression ratio beyond which an entry looks like a zip bomb. */
  ratio: 200,
} as const;

/** Extensions H5P accepts in content and in libraries (H5P core's default whitelist). */
export const EXTENSIONS_CONTENU = new Set(
  'json png jpg jpeg gif bmp tif tiff svg eot ttf woff woff2 otf webm mp4 ogg mp3 m4a wav txt pdf rtf doc docx xls xlsx ppt pptx odt ods odp xml csv diff patch md textile vtt webvtt gltf glb'.split(' '),
);
export const EXTENSIONS_BIBLIOTHEQUE = new Set([...EXTENSIONS_CONTENU, 'js', 'css']);

function u16(b: Uint8Array, o: number): number {
  return b[o]! | (b[o + 1]! << 8);
}
function u32(b: Uint8Array, o: number): number {
  return (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;
}

/** Reads the central directory of a zip file. Throws a French Error if it is not a readable zip. */
export function lireRepertoire(zip: Uint8Array): EntreeZip[] {
  // End of central directory record: signature 0x06054b50, within the last 64 kB + 22 bytes.
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i -= 1) {
    if (u32(zip, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error("ce fichier n'est pas une archive zip lisible (le paquet .h5p est peut-être tronqué)");
  const count = u16(zip, eocd + 10);
  const size = u32(zip, eocd + 12);
  const offset = u32(zip, eocd + 16);
  if (offset + size > zip.length) throw new Error('archive zip tronquée : le répertoire central dépasse la fin du fichier');
  const entries: EntreeZip[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: false });
  let p = offset;
  for (let n = 0; n < count; n += 1) {
    if (u32(zip, p) !== 0x02014b50) throw new Error('archive zip abîmée : entrée du répertoire central illisible');
    const versionMadeBy = u16(zip, p + 4);
    const compressed = u32(zip, p + 20);
    const uncompressed = u32(zip, p + 24);
    const nameLength = u16(zip, p + 28);
    const extraLength = u16(zip, p + 30);
    const commentLength = u16(zip, p + 32);
    const external = u32(zip, p + 38);
    const nom = decoder.decode(zip.subarray(p + 46, p + 46 + nameLength));
    const unix = versionMadeBy >> 8 === 3;
    entries.push({
      nom,
      tailleCompressee: compressed,
      taille: uncompressed,
      mode: unix ? external >>> 16 : 0,
      dossier: nom.endsWith('/'),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

const extension = (nom: string) => (/\.([A-Za-z0-9]+)$/.exec(nom)?.[1] ?? '').toLowerCase();

/** Every reason to refuse the archive, in French, before extracting anything. */
export function problemesArchive(entries: readonly EntreeZip[], tailleFichier: number): string[] {
  const out: string[] = [];
  if (tailleFichier > LIMITES.paquet) out.push(`paquet trop volumineux (${Math.round(tailleFichier / 1048576)} Mo, maximum ${LIMITES.paquet / 1048576} Mo)`);
  if (entries.length > LIMITES.entrees) out.push(`trop de fichiers dans l'archive (${entries.length}, maximum ${LIMITES.entrees})`);
  let total = 0;
  const noms = new Set<string>();
  for (const e of entries) {
    total += e.taille;
    const n = e.nom;
    if (n.includes('\\')) out.push(`« ${n} » : barre oblique inverse interdite dans un chemin`);
    if (n.startsWith('/') || /^[A-Za-z]:/.test(n)) out.push(`« ${n} » : chemin absolu interdit`);
    if (n.split('/').some((part) => part === '..')) out.push(`« ${n} » : chemin qui sort de l'archive (« .. ») interdit`);
    // eslint-disable-next-line no-control-regex -- a file name with a control character is exactly what this refuses
    if (/[\u0000-\u001f]/.test(n)) out.push(`« ${n} » : caractère de contrôle dans le nom`);
    const type = e.mode & 0o170000;
    if (type === 0o120000) out.push(`« ${n} » : lien symbolique interdit`);
    else if (type !== 0 && type !== 0o100000 && type !== 0o040000) out.push(`« ${n} » : type de fichier spécial interdit`);
    if (noms.has(n)) out.push(`« ${n} » : fichier en double dans l'archive`);
    noms.add(n);
    if (e.dossier) continue;
    if (e.taille > LIMITES.fichier) out.push(`« ${n} » : fichier trop volumineux (${Math.round(e.taille / 1048576)} Mo)`);
    if (e.tailleCompressee > 0 && e.taille / e.tailleCompressee > LIMITES.ratio && e.taille > 1024 * 1024) {
      out.push(`« ${n} » : taux de compression anormal (archive piégée ?)`);
    }
    const racine = n.split('/')[0]!;
    const estBibliotheque = n.includes('/') && racine !== 'content';
    const ext = extension(n);
    if (n === 'h5p.json') continue;
    const permises = estBibliotheque ? EXTENSIONS_BIBLIOTHEQUE : EXTENSIONS_CONTENU;
    if (!permises.has(ext)) out.push(`« ${n} » : extension « .${ext || '(aucune)'} » non autorisée par H5P`);
  }
  if (total > LIMITES.total) out.push(`contenu décompressé trop volumineux (${Math.round(total / 1048576)} Mo, maximum ${LIMITES.total / 1048576} Mo)`);
  if (!entries.some((e) => e.nom === 'h5p.json')) out.push('h5p.json absent à la racine du paquet');
  if (!entries.some((e) => e.nom === 'content/content.json')) out.push('content/content.json absent du paquet');
  return [...new Set(out)];
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const MACHINE = /^[\w-]+(\.[\w-]+)*$/;

function problemesDependances(value: unknown, where: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return [`${where} : preloadedDependencies doit être une liste`];
  return value.flatMap((d, i) =>
    isObj(d) && typeof d.machineName === 'string' && MACHINE.test(d.machineName) && Number.isInteger(d.majorVersion) && Number.isInteger(d.minorVersion)
      ? []
      : [`${where} : dépendance n° ${i + 1} invalide (machineName, majorVersion, minorVersion)`],
  );
}

/** Problems of an h5p.json file. */
export function problemesH5PJson(json: unknown): string[] {
  if (!isObj(json)) return ["h5p.json n'est pas un objet JSON"];
  const out: string[] = [];
  if (typeof json.title !== 'string' || json.title.trim() === '') out.push('h5p.json : titre (title) manquant');
  if (typeof json.mainLibrary !== 'string' || !MACHINE.test(json.mainLibrary)) out.push('h5p.json : bibliothèque principale (mainLibrary) manquante');
  if (typeof json.language !== 'string') out.push('h5p.json : langue (language) manquante');
  if (!Array.isArray(json.preloadedDependencies) || json.preloadedDependencies.length === 0) out.push('h5p.json : preloadedDependencies manquant');
  out.push(...problemesDependances(json.preloadedDependencies, 'h5p.json'));
  if (Array.isArray(json.preloadedDependencies) && typeof json.mainLibrary === 'string') {
    if (!json.preloadedDependencies.some((d) => isObj(d) && d.machineName === json.mainLibrary)) {
      out.push(`h5p.json : la bibliothèque principale « ${json.mainLibrary} » n'est pas dans preloadedDependencies`);
    }
  }
  if (json.embedTypes !== undefined && (!Array.isArray(json.embedTypes) || !json.embedTypes.every((t) => t === 'iframe' || t === 'div'))) {
    out.push('h5p.json : embedTypes doit contenir « iframe » et/ou « div »');
  }
  return out;
}

/** Problems of a library.json, found in folder `dossier` of the package. */
export function problemesLibraryJson(json: unknown, dossier: string): string[] {
  if (!isObj(json)) return [`${dossier}/library.json n'est pas un objet JSON`];
  const out: string[] = [];
  const where = `${dossier}/library.json`;
  if (typeof json.machineName !== 'string' || !MACHINE.test(json.machineName)) out.push(`${where} : machineName invalide`);
  for (const k of ['majorVersion', 'minorVersion', 'patchVersion']) if (!Number.isInteger(json[k])) out.push(`${where} : ${k} manquant`);
  if (typeof json.title !== 'string') out.push(`${where} : titre manquant`);
  if (typeof json.machineName === 'string' && Number.isInteger(json.majorVersion) && Number.isInteger(json.minorVersion)) {
    const attendu = `${json.machineName}-${String(json.majorVersion)}.${String(json.minorVersion)}`;
    if (attendu !== dossier) out.push(`${where} : le dossier devrait s'appeler « ${attendu} »`);
  }
  out.push(...problemesDependances(json.preloadedDependencies, where));
  for (const key of ['preloadedJs', 'preloadedCss']) {
    const list = json[key];
    if (list !== undefined && (!Array.isArray(list) || !list.every((f) => isObj(f) && typeof f.path === 'string' && !f.path.includes('..')))) {
      out.push(`${where} : ${key} invalide`);
    }
  }
  return out;
}
