/**
 * What a first search downloads, read from a built site (`npm run bench:scale`):
 * a word typed letter by letter in the search box, as on a phone, each letter
 * answered by the same engine as the page's worker (src/domain/recherche/) over
 * the files of build/recherche/, plus the worker's own scripts. The queries are
 * the plugin's main ones (requetesPrincipales); its variants with a typo read the
 * same fragments.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chercher, requetesPrincipales, type Chargeur, type Requete } from '../../domain/recherche/chercher';
import {
  DOSSIER_RECHERCHE,
  FICHIER_MANIFESTE,
  fichierDocument,
  fichierFragment,
  type DocumentRecherche,
  type Fragment,
  type Manifeste,
} from '../../domain/recherche/index';

/** Searches measured; the largest download is the one held to the budget. */
export const SAISIES_MESUREES = ['autodétermination', 'sécurité au travail', 'prévention des risques professionnels'] as const;

/** Results asked for by the search box (searchResultLimits in docusaurus.config.ts). */
const LIMITE = 8;

/** The queries of the search box after each letter typed. */
export function requetesDeFrappe(saisie: string): Requete[][] {
  const sortie: Requete[][] = [];
  for (let n = 1; n <= saisie.length; n++) {
    const requetes = requetesPrincipales(saisie.slice(0, n));
    if (requetes.length > 0) sortie.push(requetes);
  }
  return sortie;
}

/**
 * The worker's script and the chunks it loads. Its runtime names a chunk's file
 * from a map of hashes ({id:"hash",…}) or, when there is one chunk, with the hash
 * written in (e=>"assets/js/"+e+".hash.js"); a chunk loaded (.e("id")) whose file
 * cannot be named stops the measure rather than leaving it out.
 */
export function scriptsDuWorker(build: string): string[] {
  const js = path.join(build, 'assets', 'js');
  const worker = readdirSync(js).filter((f) => /^recherche\.[0-9a-f]+\.js$/.test(f));
  if (worker.length !== 1) throw new Error(`script du worker de recherche (assets/js/recherche.*.js) introuvable ou en double dans ${js}.`);
  const texte = readFileSync(path.join(js, worker[0]!), 'utf8');
  const carte = new Map<string, string>();
  const listee = /\{(\d+:"[0-9a-f]+"(?:,\d+:"[0-9a-f]+")*)\}/.exec(texte);
  for (const m of listee?.[1]!.matchAll(/(\d+):"([0-9a-f]+)"/g) ?? []) carte.set(m[1]!, m[2]!);
  const ecrit = /=>"assets\/js\/"\+\w+\+"\.([0-9a-f]+)\.js"/.exec(texte)?.[1];
  const charges = new Set([...carte.keys(), ...[...texte.matchAll(/\.e\("?(\d+)"?\)/g)].map((m) => m[1]!)]);
  const morceaux = [...charges].map((id) => {
    const hash = carte.get(id) ?? ecrit;
    if (!hash) throw new Error(`le worker de recherche (${worker[0]}) charge le morceau ${id}, dont le fichier n'est pas nommé dans son code : adaptez scriptsDuWorker (src/build/mesures/premiere-recherche.ts).`);
    return `${id}.${hash}.js`;
  });
  return [worker[0]!, ...morceaux].map((f) => path.join(js, f));
}

/** The files a first search reads (worker, manifest, fragments, documents), to be weighed by the caller. */
export async function fichiersDePremiereRecherche(build: string, saisie: string): Promise<string[]> {
  const racine = path.join(build, DOSSIER_RECHERCHE);
  const cheminManifeste = path.join(racine, FICHIER_MANIFESTE);
  if (!existsSync(cheminManifeste)) throw new Error(`index de recherche introuvable : ${cheminManifeste}.`);
  const manifeste = JSON.parse(readFileSync(cheminManifeste, 'utf8')) as Manifeste;
  const lus = new Set<string>([cheminManifeste, ...scriptsDuWorker(build)]);
  const documents = new Map<string, DocumentRecherche>();
  const lire = <T>(relatif: string): T => {
    const f = path.join(racine, manifeste.dossier, relatif);
    lus.add(f);
    return JSON.parse(readFileSync(f, 'utf8')) as T;
  };
  const chargeur: Chargeur = {
    manifeste,
    fragment: async (cle) => lire<Fragment>(fichierFragment(cle)),
    document: async (type, id) => {
      const cle = `${type}-${id}`;
      if (!documents.has(cle)) documents.set(cle, lire<DocumentRecherche>(fichierDocument(type, id)));
      return documents.get(cle)!;
    },
  };
  for (const requetes of requetesDeFrappe(saisie)) await chercher(requetes, LIMITE, chargeur);
  return [...lus];
}
