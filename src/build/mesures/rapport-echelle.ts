/**
 * The French text of the scale benchmark (`npm run bench:scale`, scripts/bench-scale.ts):
 * progress lines and the table comparing the real site with its N× copy (figures
 * in the French format, sizes in Kio, change in %). Pure: no file, no process.
 */
import type { Mesures, Taille } from './mesure-echelle';
import { PAGES_MESUREES } from './mesure-echelle';
import type { Generation } from './site-echelle';
import { ETAPES_CONSTRUCTION } from './etapes-construction';

const nombre = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
const kio = (octets: number) => `${nombre.format(octets / 1024)} Kio`;
const tailleTexte = (t: Taille | undefined) => (t ? `${kio(t.brut)} / ${kio(t.gzip)}` : '—');

/** Relative change from `avant` to `apres`, signed, in % (« — » without a reference). */
export function evolution(avant: number | undefined, apres: number): string {
  if (avant === undefined || avant === 0) return '—';
  const ecart = ((apres - avant) / avant) * 100;
  return `${ecart >= 0 ? '+' : ''}${nombre.format(ecart)} %`;
}

/** What genererContenu added, on one line. */
export function resumeGeneration(generation: Generation): string {
  return (
    `  ${generation.leconsSynthetiques} leçons et ${generation.activitesSynthetiques} activités ajoutées, ` +
    `${generation.sousCategories} sous-catégories, ${generation.maxElementsParCategorie} éléments au plus par catégorie ; ` +
    'activités validées comme à la construction.'
  );
}

/** A built copy, on one line: build time and pages. */
export const resumeConstruction = (mesures: Mesures): string => `  ${nombre.format(mesures.secondes)} s, ${mesures.pages} pages`;

/** The Markdown table: real site (« — » with --sans-original), N× copy, change. */
export function tableauEchelle(facteur: number, generation: Generation, original: Mesures | null, echelle: Mesures): string {
  const o = original ?? undefined;
  const lignes: string[][] = [
    [
      'Leçons des blocs',
      String(generation.leconsReelles),
      String(generation.leconsReelles + generation.leconsSynthetiques),
      evolution(generation.leconsReelles, generation.leconsReelles + generation.leconsSynthetiques),
    ],
    [
      'Activités',
      String(generation.activitesReelles),
      String(generation.activitesReelles + generation.activitesSynthetiques),
      evolution(generation.activitesReelles, generation.activitesReelles + generation.activitesSynthetiques),
    ],
    ['Pages HTML', o ? String(o.pages) : '—', String(echelle.pages), evolution(o?.pages, echelle.pages)],
    ['Construction (s)', o ? nombre.format(o.secondes) : '—', nombre.format(echelle.secondes), evolution(o?.secondes, echelle.secondes)],
    [
      'Secondes pour 100 pages',
      o ? nombre.format(o.secondesPour100Pages) : '—',
      nombre.format(echelle.secondesPour100Pages),
      evolution(o?.secondesPour100Pages, echelle.secondesPour100Pages),
    ],
    ['Paquet principal main.js (brut / gzip)', tailleTexte(o?.paquetPrincipal), tailleTexte(echelle.paquetPrincipal), evolution(o?.paquetPrincipal.gzip, echelle.paquetPrincipal.gzip)],
    ['Index de recherche complet, chargé après une première recherche (brut / gzip)', tailleTexte(o?.indexRecherche), tailleTexte(echelle.indexRecherche), evolution(o?.indexRecherche.gzip, echelle.indexRecherche.gzip)],
    ...echelle.premieresRecherches.map((r) => {
      const avant = o?.premieresRecherches.find((x) => x.saisie === r.saisie);
      return [
        `Première recherche « ${r.saisie} » tapée lettre à lettre (brut / gzip, fichiers)`,
        avant ? `${tailleTexte(avant)}, ${avant.fichiers}` : '—',
        `${tailleTexte(r)}, ${r.fichiers}`,
        evolution(avant?.gzip, r.gzip),
      ];
    }),
    ['Tout le JS de assets/js (brut / gzip)', tailleTexte(o?.jsTotal), tailleTexte(echelle.jsTotal), evolution(o?.jsTotal.gzip, echelle.jsTotal.gzip)],
    ['Dossier build/', o ? kio(o.octetsConstruction) : '—', kio(echelle.octetsConstruction), evolution(o?.octetsConstruction, echelle.octetsConstruction)],
    ...PAGES_MESUREES.map((p) => {
      const avant = o?.parPage[p.cle];
      const apres = echelle.parPage[p.cle]!;
      return [
        `JS cité par le HTML de « ${p.titre} » (brut / gzip, fichiers)`,
        avant ? `${tailleTexte(avant)}, ${avant.fichiers}` : '—',
        `${tailleTexte(apres)}, ${apres.fichiers}`,
        evolution(avant?.gzip, apres.gzip),
      ];
    }),
    ...PAGES_MESUREES.map((p) => {
      const avant = o?.hydratation[p.cle];
      const apres = echelle.hydratation[p.cle]!;
      return [
        `JS exécuté avant l'interaction, « ${p.titre} » (brut / gzip, fichiers)`,
        avant ? `${tailleTexte(avant)}, ${avant.fichiers}` : '—',
        `${tailleTexte(apres)}, ${apres.fichiers}`,
        evolution(avant?.gzip, apres.gzip),
      ];
    }),
  ];
  const entete = ['Mesure', 'Site réel', `×${facteur}`, 'Évolution'];
  return [entete, entete.map(() => '---'), ...lignes].map((l) => `| ${l.join(' | ')} |`).join('\n');
}

/** Where the build's time goes (s), step by step, for the real site and the N× copy (steps found in their logs). */
export function tableauEtapes(facteur: number, original: Mesures | null, echelle: Mesures): string {
  const lignes = ETAPES_CONSTRUCTION.filter(({ cle }) => original?.etapes?.[cle] !== undefined || echelle.etapes?.[cle] !== undefined).map(({ cle, titre }) => {
    const avant = original?.etapes?.[cle];
    const apres = echelle.etapes?.[cle];
    return [titre, avant === undefined ? '—' : nombre.format(avant), apres === undefined ? '—' : nombre.format(apres), apres === undefined ? '—' : evolution(avant, apres)];
  });
  if (lignes.length === 0) return '';
  const entete = ['Étape de la construction (s)', 'Site réel', `×${facteur}`, 'Évolution'];
  return [entete, entete.map(() => '---'), ...lignes].map((l) => `| ${l.join(' | ')} |`).join('\n');
}

/**
 * The growth budgets of issue 22: what every page pays must not grow with the content, the
 * first search must stay small, and the build must stay fast. Limits in bytes (gzip) and seconds.
 */
export const BUDGETS_ECHELLE = {
  /** Growth of `main.js` (every page loads it) between the real site and the N× copy. */
  croissancePaquetPrincipal: 2 * 1024,
  /** Growth of the JS a lesson runs before it is interactive. */
  croissanceLecon: 2 * 1024,
  /** What the first search downloads in the N× copy (the largest of SAISIES_MESUREES, typed letter by letter). */
  premiereRecherche: 200 * 1024,
  /** Build time per 100 pages of the N× copy. */
  secondesPour100Pages: 20,
} as const;

/** The lessons whose JS before interaction is held to `croissanceLecon`. */
const LECONS = ['lecon', 'lecon-quiz'] as const;

export interface Budget {
  readonly mesure: string;
  readonly valeur: string;
  readonly limite: string;
  /** null: not measurable in this run (no real site built, --sans-original). */
  readonly tenu: boolean | null;
}

const octets = new Intl.NumberFormat('fr-FR');
const signe = (n: number) => (n >= 0 ? '+' : '');
const croissance = (avant: number | undefined, apres: number, limite: number, mesure: string): Budget => ({
  mesure,
  valeur: avant === undefined ? '—' : `${signe(apres - avant)}${kio(apres - avant)} (${signe(apres - avant)}${octets.format(apres - avant)} o)`,
  limite: `≤ +${kio(limite)}`,
  tenu: avant === undefined ? null : apres - avant <= limite,
});

/** Each budget with its value in this run and whether it holds. */
export function budgetsEchelle(facteur: number, original: Mesures | null, echelle: Mesures): Budget[] {
  const o = original ?? undefined;
  return [
    croissance(o?.paquetPrincipal.gzip, echelle.paquetPrincipal.gzip, BUDGETS_ECHELLE.croissancePaquetPrincipal, `Croissance de main.js (gzip), site réel → ×${facteur}`),
    ...LECONS.map((cle) => {
      const page = PAGES_MESUREES.find((p) => p.cle === cle)!;
      return croissance(o?.hydratation[cle]?.gzip, echelle.hydratation[cle]!.gzip, BUDGETS_ECHELLE.croissanceLecon, `Croissance du JS avant l'interaction, « ${page.titre} »`);
    }),
    (() => {
      const pire = Math.max(...echelle.premieresRecherches.map((r) => r.gzip));
      return {
        mesure: `Téléchargé à la première recherche (la plus lourde des recherches mesurées, gzip), ×${facteur}`,
        valeur: kio(pire),
        limite: `≤ ${kio(BUDGETS_ECHELLE.premiereRecherche)}`,
        tenu: pire <= BUDGETS_ECHELLE.premiereRecherche,
      };
    })(),
    {
      mesure: `Construction, secondes pour 100 pages, ×${facteur}`,
      valeur: nombre.format(echelle.secondesPour100Pages),
      limite: `≤ ${BUDGETS_ECHELLE.secondesPour100Pages}`,
      tenu: echelle.secondesPour100Pages <= BUDGETS_ECHELLE.secondesPour100Pages,
    },
  ];
}

/** The budgets as a Markdown table, then one line: how many hold. */
export function tableauBudgets(budgets: readonly Budget[]): string {
  const verdict = (b: Budget) => (b.tenu === null ? 'non mesuré (sans le site réel)' : b.tenu ? 'tenu' : '**dépassé**');
  const lignes = [['Budget', 'Mesure', 'Limite', 'Verdict'], ['---', '---', '---', '---'], ...budgets.map((b) => [b.mesure, b.valeur, b.limite, verdict(b)])];
  const mesures = budgets.filter((b) => b.tenu !== null);
  const tenus = mesures.filter((b) => b.tenu).length;
  return `${lignes.map((l) => `| ${l.join(' | ')} |`).join('\n')}\n\n${tenus} budget(s) tenu(s) sur ${mesures.length} mesuré(s).`;
}
