/**
 * The .zip archives of our packages (H5P activities, SCORM modules, trainers'
 * exports), Node only (decision 0056). Every package of a build repeats the same
 * large files (the H5P library, the SCORM player and its schemas): each distinct
 * file is compressed once per build, then its compressed bytes are reused, which
 * fflate's zipSync cannot do. Compression is Node's zlib (level 9), the CRC is
 * zlib.crc32. The archive is the plain format every reader knows: deflated
 * entries whose sizes stand in the local headers (no data descriptor, no ZIP64),
 * a central directory, names in UTF-8, one fixed date: the same input gives the
 * same bytes.
 */
import { crc32, deflateRawSync } from 'node:zlib';

interface Compresse {
  readonly crc: number;
  readonly taille: number;
  readonly donnees: Uint8Array;
  readonly methode: 0 | 8;
}

/** Compressed forms, by identity of the bytes: a file shared by many packages is the same Uint8Array. */
const dejaCompresses = new WeakMap<Uint8Array, Compresse>();

function compresser(donnees: Uint8Array): Compresse {
  let c = dejaCompresses.get(donnees);
  if (!c) {
    const deflate = deflateRawSync(donnees, { level: 9 });
    // An empty or incompressible file is stored as it is (method 0), as zip tools do.
    c = deflate.length < donnees.length ? { crc: crc32(donnees), taille: donnees.length, donnees: deflate, methode: 8 } : { crc: crc32(donnees), taille: donnees.length, donnees, methode: 0 };
    dejaCompresses.set(donnees, c);
  }
  return c;
}

/** 1 January 2026, 00:00 (UTC), in MS-DOS form: the date of every entry, so that archives are reproducible. */
const HEURE_DOS = 0;
const DATE_DOS = ((2026 - 1980) << 9) | (1 << 5) | 1;
const UTF8 = 1 << 11;
const MAX_32 = 0xffffffff;

/**
 * An archive of these files (path in the archive → bytes), in this order. Pass
 * the same Uint8Array for a file that many archives share: it is compressed once.
 */
export function archiveZip(fichiers: Readonly<Record<string, Uint8Array>>): Uint8Array {
  const entrees = Object.entries(fichiers).map(([nom, donnees]) => ({ nom: Buffer.from(nom, 'utf8'), ascii: /^[\x20-\x7e]*$/.test(nom), ...compresser(donnees) }));
  if (entrees.length > 0xffff) throw new Error(`archive zip : ${entrees.length} fichiers, au-delà des 65 535 du format sans ZIP64.`);
  const locales = entrees.reduce((n, e) => n + 30 + e.nom.length + e.donnees.length, 0);
  const centrale = entrees.reduce((n, e) => n + 46 + e.nom.length, 0);
  if (locales + centrale + 22 > MAX_32) throw new Error('archive zip : plus de 4 Gio, au-delà du format sans ZIP64.');
  const sortie = Buffer.alloc(locales + centrale + 22);
  let o = 0;
  const positions: number[] = [];
  const enTete = (e: (typeof entrees)[number], signature: number, central: boolean) => {
    sortie.writeUInt32LE(signature, o);
    o += 4;
    if (central) {
      sortie.writeUInt16LE(20, o); // made by: version 2.0, MS-DOS attributes
      o += 2;
    }
    sortie.writeUInt16LE(20, o); // needed to extract: 2.0 (deflate)
    sortie.writeUInt16LE(e.ascii ? 0 : UTF8, o + 2);
    sortie.writeUInt16LE(e.methode, o + 4);
    sortie.writeUInt16LE(HEURE_DOS, o + 6);
    sortie.writeUInt16LE(DATE_DOS, o + 8);
    sortie.writeUInt32LE(e.crc, o + 10);
    sortie.writeUInt32LE(e.donnees.length, o + 14);
    sortie.writeUInt32LE(e.taille, o + 18);
    sortie.writeUInt16LE(e.nom.length, o + 22);
    sortie.writeUInt16LE(0, o + 24); // no extra field
    o += 26;
  };
  for (const e of entrees) {
    positions.push(o);
    enTete(e, 0x04034b50, false);
    o += e.nom.copy(sortie, o);
    sortie.set(e.donnees, o);
    o += e.donnees.length;
  }
  const debutCentrale = o;
  entrees.forEach((e, i) => {
    enTete(e, 0x02014b50, true);
    // comment length, disk number, internal and external attributes: all 0; then the local header's offset.
    sortie.fill(0, o, o + 10);
    sortie.writeUInt32LE(positions[i]!, o + 10);
    o += 14;
    o += e.nom.copy(sortie, o);
  });
  sortie.writeUInt32LE(0x06054b50, o);
  sortie.writeUInt16LE(0, o + 4);
  sortie.writeUInt16LE(0, o + 6);
  sortie.writeUInt16LE(entrees.length, o + 8);
  sortie.writeUInt16LE(entrees.length, o + 10);
  sortie.writeUInt32LE(o - debutCentrale, o + 12);
  sortie.writeUInt32LE(debutCentrale, o + 16);
  sortie.writeUInt16LE(0, o + 20);
  return new Uint8Array(sortie.buffer, sortie.byteOffset, sortie.length);
}
