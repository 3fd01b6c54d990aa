/**
 * `npm run h5p:add <fichier.h5p> -- --id <id> --criteres B1.C2.CR1,B1.C2.CR2 [--titre "…"]`
 * Imports an H5P package made elsewhere (Lumi, Moodle…) into the site, after
 * checking everything (see src/build/h5p/import.ts). Then insert it in a lesson
 * with <H5P id="<id>" />. A refused import writes nothing.
 */
import path from 'node:path';
import { ACTIVITES } from '../quizzes/index';
import { h5pActivities } from '../src/build/h5p/registre';
import { H5P_IMPORTEES } from '../src/build/h5p/importees';
import { H5P_OUT } from '../src/build/h5p/construire';
import { importerPaquet } from '../src/build/h5p/import';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<number> {
  const fichier = process.argv.slice(2).find((a, i, all) => !a.startsWith('--') && !(i > 0 && all[i - 1]!.startsWith('--')));
  const id = arg('--id');
  const criteres = (arg('--criteres') ?? '').split(',').map((c) => c.trim()).filter(Boolean);
  if (!fichier || !id) {
    console.error('Usage : npm run h5p:add <fichier.h5p> -- --id <identifiant> --criteres B1.C2.CR1,B1.C2.CR2 [--titre "Titre"]');
    return 2;
  }
  const siteDir = path.resolve(__dirname, '..');
  const idsPris = new Set([...ACTIVITES.map((a) => a.id), ...h5pActivities().filter((h) => h.origine !== 'importee' || h.id !== id).map((h) => h.id)]);
  if (H5P_IMPORTEES.some((i) => i.id === id)) idsPris.delete(id);
  const titre = arg('--titre');
  const resultat = await importerPaquet(siteDir, path.resolve(fichier), {
    id,
    criteres,
    ...(titre ? { titre } : {}),
    idsPris,
    importees: H5P_IMPORTEES.map((i) => ({ ...i, origine: 'importee' as const })),
    autresBibliotheques: [path.join(siteDir, H5P_OUT, 'libraries')],
  });
  if (!resultat.ok) {
    console.error(`Import refusé (rien n'a été écrit) :\n${resultat.problemes.map((p) => `  - ${p}`).join('\n')}`);
    return 1;
  }
  console.log(`Activité H5P « ${resultat.id} » importée.`);
  if (resultat.bibliothequesAjoutees.length) console.log(`  Bibliothèques ajoutées : ${resultat.bibliothequesAjoutees.join(', ')}`);
  if (resultat.bibliothequesGardees.length) console.log(`  Bibliothèques déjà présentes (gardées) : ${resultat.bibliothequesGardees.join(', ')}`);
  if (resultat.textesNettoyes) console.log(`  Textes nettoyés (HTML non autorisé retiré) : ${resultat.textesNettoyes}`);
  console.log(`Insérez-la dans une leçon : <H5P id="${resultat.id}" />`);
  return 0;
}

main().then((code) => process.exit(code));
