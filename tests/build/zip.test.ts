/**
 * Our .zip writer (src/build/zip.ts, decision 0056): another reader (fflate)
 * gets back every file as it was; the archive is the plain format (sizes and CRC
 * in the headers, no data descriptor); the same input gives the same bytes; a
 * file shared by many archives is compressed once.
 */
import zlib, { crc32 } from 'node:zlib';
import { strToU8, unzipSync } from 'fflate';
import { archiveZip } from '@site/src/build/zip';

const texte = strToU8('Le moniteur d’atelier accompagne les travailleurs. '.repeat(200));
const binaire = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251);

test('every file comes back as it was, in order, whatever its name or content', () => {
  const fichiers = { 'h5p.json': strToU8('{"title":"Sécurité"}\n'), 'content/content.json': texte, 'bibliothèque/é.bin': binaire, 'vide.txt': new Uint8Array(0) };
  const relu = unzipSync(archiveZip(fichiers));
  expect(Object.keys(relu)).toEqual(Object.keys(fichiers));
  for (const [nom, donnees] of Object.entries(fichiers)) expect(Buffer.from(relu[nom]!).equals(Buffer.from(donnees))).toBe(true);
});

test('headers hold the sizes and CRC, without data descriptor; names in UTF-8 are marked so', () => {
  const zip = Buffer.from(archiveZip({ 'a.txt': texte, 'é.bin': binaire }));
  const local = (o: number) => ({ signature: zip.readUInt32LE(o), drapeaux: zip.readUInt16LE(o + 6), methode: zip.readUInt16LE(o + 8), crc: zip.readUInt32LE(o + 14), compresse: zip.readUInt32LE(o + 18), taille: zip.readUInt32LE(o + 22), nom: zip.readUInt16LE(o + 26) });
  const a = local(0);
  expect(a).toMatchObject({ signature: 0x04034b50, drapeaux: 0, methode: 8, crc: crc32(texte), taille: texte.length });
  expect(a.compresse).toBeLessThan(texte.length / 10);
  const b = local(30 + a.nom + a.compresse);
  expect(b).toMatchObject({ signature: 0x04034b50, drapeaux: 1 << 11, crc: crc32(binaire), taille: binaire.length });
  // End of central directory: two entries, the directory right after the last file.
  const fin = zip.length - 22;
  expect(zip.readUInt32LE(fin)).toBe(0x06054b50);
  expect(zip.readUInt16LE(fin + 10)).toBe(2);
  expect(zip.readUInt32LE(fin + 16)).toBe(30 + a.nom + a.compresse + 30 + b.nom + b.compresse);
});

test('the same files give the same bytes', () => {
  const un = archiveZip({ 'index.html': strToU8('<p>module</p>'), 'lecteur.js': binaire });
  const deux = archiveZip({ 'index.html': strToU8('<p>module</p>'), 'lecteur.js': Uint8Array.from(binaire) });
  expect(Buffer.from(un).equals(Buffer.from(deux))).toBe(true);
});

test('a file shared by many archives is compressed once', () => {
  const deflate = jest.spyOn(zlib, 'deflateRawSync');
  const partage = strToU8('var lecteur = 1;\n'.repeat(2000));
  const archives = Array.from({ length: 5 }, (_, i) => archiveZip({ 'index.html': strToU8(`module ${i}`), 'lecteur.js': partage }));
  expect(deflate).toHaveBeenCalledTimes(5 + 1);
  for (const zip of archives) expect(new TextDecoder().decode(unzipSync(zip)['lecteur.js'])).toBe('var lecteur = 1;\n'.repeat(2000));
  deflate.mockRestore();
});
