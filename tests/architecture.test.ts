/**
 * The folder maps of ARCHITECTURE.md (« Arborescence ») and of the README (« Organisation du
 * dépôt ») stay true: every folder they name exists, and every folder of the repository at the
 * mapped depth is named. A failure says which file to update and how.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const racine = path.resolve(__dirname, '..');

/** The folders a map names: the first word of each line of the code block after `titre`, when it ends with `/`. */
function dossiersDeLaCarte(fichier: string, titre: string): string[] {
  const texte = fs.readFileSync(path.join(racine, fichier), 'utf8');
  const debut = texte.indexOf(`\n${titre}\n`);
  if (debut < 0) throw new Error(`${fichier} : le titre « ${titre} » a disparu ; remettez-le au-dessus du plan des dossiers.`);
  const bloc = /```\n([\s\S]*?)```/.exec(texte.slice(debut));
  if (!bloc) throw new Error(`${fichier} : pas de bloc de code sous « ${titre} ».`);
  return (bloc[1] ?? '')
    .split('\n')
    .map((ligne) => /^(\S+\/)\s/.exec(ligne + ' ')?.[1])
    .filter((d): d is string => d !== undefined);
}

/** The repository's tracked folders at depth `profondeur` under `sous` (e.g. `src/domain/`, 1). */
const suivis = execFileSync('git', ['ls-files'], { cwd: racine, encoding: 'utf8' }).split('\n').filter(Boolean);
function dossiersSuivis(sous: string): string[] {
  const noms = new Set<string>();
  for (const f of suivis) {
    if (!f.startsWith(sous)) continue;
    const reste = f.slice(sous.length).split('/');
    if (reste.length > 1) noms.add(`${sous}${reste[0]}/`);
  }
  return [...noms].sort();
}

const CARTES = [
  // ARCHITECTURE.md maps every top-level folder, every folder of src/, and the features of src/domain and src/build.
  { fichier: 'ARCHITECTURE.md', titre: '## Arborescence', niveaux: ['', 'src/', 'src/domain/', 'src/build/'] },
  // The README maps the top level and src/.
  { fichier: 'README.md', titre: '## Organisation du dépôt', niveaux: ['', 'src/'] },
] as const;

describe.each(CARTES)('$fichier, section « $titre »', ({ fichier, titre, niveaux }) => {
  const carte = dossiersDeLaCarte(fichier, titre);
  const nommes = new Set(carte.map((d) => d.replace(/\/.*$/, '/')).concat(carte));

  test('every folder it names exists', () => {
    const absents = carte.filter((d) => !fs.existsSync(path.join(racine, d)));
    if (absents.length > 0) {
      throw new Error(`${fichier} nomme des dossiers qui n'existent plus : ${absents.join(', ')}. Mettez la ligne à jour ou retirez-la.`);
    }
  });

  test.each(niveaux.map((n) => [n || '(racine)', n]))('every folder under %s is on the map', (_libelle, niveau) => {
    const oublies = dossiersSuivis(niveau).filter((d) => !nommes.has(d) && !carte.some((c) => c.startsWith(d)));
    if (oublies.length > 0) {
      throw new Error(`${fichier} ne dit rien de : ${oublies.join(', ')}. Ajoutez une ligne « dossier/  ce qu'il contient » à la section « ${titre} ».`);
    }
  });
});

test('ARCHITECTURE.md stays a map one reads in ten minutes (≤ 10 KB): decisions go to .github/decisions/', () => {
  const taille = fs.statSync(path.join(racine, 'ARCHITECTURE.md')).size;
  if (taille > 10 * 1024) {
    throw new Error(`ARCHITECTURE.md fait ${taille} octets (> 10 240) : déplacez le détail d'une décision dans une fiche de .github/decisions/ et gardez ici une ligne qui y renvoie.`);
  }
});
