/**
 * The French text of `npm run bench:scale` (src/build/mesures/rapport-echelle.ts): the
 * change column, the progress lines and the Markdown table, with and without the
 * real site's column (--sans-original).
 */
import type { Mesures, Taille } from '@site/src/build/mesures/mesure-echelle';
import { PAGES_MESUREES } from '@site/src/build/mesures/mesure-echelle';
import { BUDGETS_ECHELLE, budgetsEchelle, evolution, resumeConstruction, resumeGeneration, tableauBudgets, tableauEchelle, tableauEtapes } from '@site/src/build/mesures/rapport-echelle';
import type { Generation } from '@site/src/build/mesures/site-echelle';
import { etapesDeConstruction } from '@site/src/build/mesures/etapes-construction';

const generation: Generation = {
  leconsReelles: 34,
  leconsSynthetiques: 306,
  activitesReelles: 54,
  activitesSynthetiques: 468,
  sousCategories: 27,
  maxElementsParCategorie: 14,
  octetsMdxSynthetiques: 5_000_000,
};

const taille = (brut: number, gzip: number, fichiers = 1): Taille => ({ fichiers, brut, gzip });
const parPages = (t: Taille) => Object.fromEntries(PAGES_MESUREES.map((p) => [p.cle, { ...t, scripts: [] }]));

function mesures(facteur: number): Mesures {
  return {
    secondes: 60 * facteur,
    pages: 50 * facteur,
    fichiersHtml: 60 * facteur,
    secondesPour100Pages: 120,
    paquetPrincipal: taille(409_600, 102_400),
    indexRecherche: taille(1024 * facteur, 512 * facteur),
    premieresRecherches: [
      { saisie: 'autodétermination', fichiers: 20, brut: 4096, gzip: 2048 },
      { saisie: 'sécurité au travail', fichiers: 30, brut: 8192, gzip: 4096 },
    ],
    jsTotal: taille(2048 * facteur, 1024 * facteur, 40),
    octetsConstruction: 1_048_576 * facteur,
    parPage: parPages(taille(3072, 1024, 2)),
    hydratation: parPages(taille(4096, 2048, 5)),
  };
}

describe('evolution', () => {
  test('signed change in %, one decimal, French format', () => {
    expect(evolution(100, 110)).toBe('+10 %');
    expect(evolution(100, 100)).toBe('+0 %');
    expect(evolution(100, 90)).toBe('-10 %');
    expect(evolution(3, 4)).toBe('+33,3 %');
  });

  test('without a reference (no original build, or zero), no change is given', () => {
    expect(evolution(undefined, 5)).toBe('—');
    expect(evolution(0, 5)).toBe('—');
  });
});

describe('progress lines', () => {
  test('what the generation added', () => {
    expect(resumeGeneration(generation)).toBe(
      '  306 leçons et 468 activités ajoutées, 27 sous-catégories, 14 éléments au plus par catégorie ; activités validées comme à la construction.',
    );
  });

  test('a build: seconds in the French format, pages', () => {
    expect(resumeConstruction({ ...mesures(1), secondes: 83.25 })).toBe('  83,3 s, 50 pages');
  });
});

describe('tableauEchelle', () => {
  const lignes = (texte: string) => texte.split('\n');

  test('a Markdown table: header, separator, then one row per measure, one per first search, two per measured page', () => {
    const texte = lignes(tableauEchelle(10, generation, mesures(1), mesures(10)));
    expect(texte.slice(0, 2)).toEqual(['| Mesure | Site réel | ×10 | Évolution |', '| --- | --- | --- | --- |']);
    expect(texte).toHaveLength(2 + 9 + 2 + 2 * PAGES_MESUREES.length);
    expect(texte).toContain('| Leçons des blocs | 34 | 340 | +900 % |');
    expect(texte).toContain('| Activités | 54 | 522 | +866,7 % |');
    expect(texte).toContain('| Pages HTML | 50 | 500 | +900 % |');
    expect(texte).toContain('| Paquet principal main.js (brut / gzip) | 400 Kio / 100 Kio | 400 Kio / 100 Kio | +0 % |');
    expect(texte).toContain('| Dossier build/ | 1\u202f024 Kio | 10\u202f240 Kio | +900 % |');
    expect(texte).toContain('| JS cité par le HTML de « Accueil » (brut / gzip, fichiers) | 3 Kio / 1 Kio, 2 | 3 Kio / 1 Kio, 2 | +0 % |');
    expect(texte).toContain("| JS exécuté avant l'interaction, « Ma progression » (brut / gzip, fichiers) | 4 Kio / 2 Kio, 5 | 4 Kio / 2 Kio, 5 | +0 % |");
  });

  test('with --sans-original, the real site column and the change stay empty, except for the content counts', () => {
    const texte = lignes(tableauEchelle(3, generation, null, mesures(3)));
    expect(texte[0]).toBe('| Mesure | Site réel | ×3 | Évolution |');
    expect(texte).toContain('| Leçons des blocs | 34 | 340 | +900 % |');
    expect(texte).toContain('| Construction (s) | — | 180 | — |');
    expect(texte).toContain('| Index de recherche complet, chargé après une première recherche (brut / gzip) | — | 3 Kio / 1,5 Kio | — |');
    expect(texte).toContain('| Première recherche « sécurité au travail » tapée lettre à lettre (brut / gzip, fichiers) | — | 8 Kio / 4 Kio, 30 | — |');
    expect(texte).toContain('| JS cité par le HTML de « Leçon (texte) » (brut / gzip, fichiers) | — | 3 Kio / 1 Kio, 2 | — |');
  });
});

describe('budgetsEchelle', () => {
  const lecon = (m: Mesures, gzip: number): Mesures => ({ ...m, hydratation: { ...m.hydratation, lecon: { ...m.hydratation.lecon!, gzip } } });

  test('growth within 2 Kio, a small first search and a fast build hold; each value in the report', () => {
    const echelle: Mesures = {
      ...mesures(10),
      paquetPrincipal: taille(409_600, 102_400 + 2048),
      premieresRecherches: [{ saisie: 'sécurité', fichiers: 9, brut: 1, gzip: 200 * 1024 }],
      secondesPour100Pages: 20,
    };
    const budgets = budgetsEchelle(10, mesures(1), echelle);
    expect(budgets.map((b) => [b.valeur, b.limite, b.tenu])).toEqual([
      ['+2 Kio (+2\u202f048 o)', '≤ +2 Kio', true],
      ['+0 Kio (+0 o)', '≤ +2 Kio', true],
      ['+0 Kio (+0 o)', '≤ +2 Kio', true],
      ['200 Kio', '≤ 200 Kio', true],
      ['20', '≤ 20', true],
    ]);
    expect(budgets[0]!.mesure).toBe('Croissance de main.js (gzip), site réel → ×10');
    expect(budgets[1]!.mesure).toBe("Croissance du JS avant l'interaction, « Leçon (texte) »");
  });

  test('one byte over any limit is « dépassé »', () => {
    const echelle: Mesures = lecon(
      {
        ...mesures(10),
        paquetPrincipal: taille(409_600, 102_400 + 2049),
        premieresRecherches: [
          { saisie: 'a', fichiers: 9, brut: 1, gzip: 1024 },
          { saisie: 'b', fichiers: 9, brut: 1, gzip: 200 * 1024 + 1 },
        ],
        secondesPour100Pages: 20.05,
      },
      2048 + BUDGETS_ECHELLE.croissanceLecon + 1,
    );
    expect(budgetsEchelle(10, mesures(1), echelle).map((b) => b.tenu)).toEqual([false, false, true, false, false]);
    const texte = tableauBudgets(budgetsEchelle(10, mesures(1), echelle));
    expect(texte).toContain('| Croissance de main.js (gzip), site réel → ×10 | +2 Kio (+2\u202f049 o) | ≤ +2 Kio | **dépassé** |');
    expect(texte.endsWith('1 budget(s) tenu(s) sur 5 mesuré(s).')).toBe(true);
  });

  test('without the real site (--sans-original), growth is not measured, the rest is', () => {
    const budgets = budgetsEchelle(3, null, mesures(3));
    expect(budgets.map((b) => b.tenu)).toEqual([null, null, null, true, false]);
    expect(tableauBudgets(budgets)).toContain('| — | ≤ +2 Kio | non mesuré (sans le site réel) |');
    expect(tableauBudgets(budgets).endsWith('1 budget(s) tenu(s) sur 2 mesuré(s).')).toBe(true);
  });
});

describe('where the build time goes', () => {
  const JOURNAL = [
    '[INFO] [fr] Creating an optimized production build...',
    '\u001b[35m[PERF]\u001b[39m Build > fr > Load site > Load plugins > Load plugins content > Load docs@default - 16.79 seconds! - (Heap 82mb -> 636mb / Total 673mb)',
    '\u001b[35m[PERF]\u001b[39m Build > fr > Load site > Load plugins > Load plugins content - 17.32 seconds! - (Heap 82mb -> 366mb / Total 522mb)',
    '[PERF] Build > fr > Bundling with rspack - 37.08 seconds! - (Heap 381mb -> 174mb / Total 264mb)',
    '[PERF] Build > fr > SSG > Create SSG thread pool - 2 threads - 237.34 ms - (Heap 176mb -> 176mb / Total 265mb)',
    '[PERF] SSG Worker 1 - Task 1 - Rendering 10 pathnames - 202.05 ms - (Heap 49mb -> 56mb / Total 83mb)',
    '[PERF] Build > fr > SSG - 9.76 seconds! - (Heap 174mb -> 179mb / Total 265mb)',
    '[SCORM] modules écrits dans exports/ (4,9 s).',
    "[CSP] politique écrite dans 377 pages ; 2 script(s) en ligne autorisé(s) par empreinte ; connect-src 'self' (1,2 s).",
    '[recherche] 13227 documents, 1362 fragments, 14591 fichiers dans build/recherche/ (pages lues en 2,7 s, index écrit en 4,6 s).',
    '[PERF] Build > fr > postBuild() - 850.5 ms - (Heap 182mb -> 583mb / Total 616mb)',
    '[SUCCESS] Generated static files in "build".',
  ].join('\n');

  test('each step is read from the build log, in seconds (colour codes, ms and French decimals)', () => {
    expect(etapesDeConstruction(JOURNAL)).toEqual({
      contenus: 17.32,
      assemblage: 37.08,
      rendu: 9.76,
      finDeConstruction: 0.8505,
      scorm: 4.9,
      csp: 1.2,
      recherchePages: 2.7,
      rechercheIndex: 4.6,
    });
    expect(etapesDeConstruction('[INFO] nothing timed')).toEqual({});
  });

  test('a table of the steps found, real site and N× side by side', () => {
    const original = { ...mesures(1), etapes: { assemblage: 10, rendu: 2 } };
    const echelle = { ...mesures(10), etapes: { assemblage: 40, rendu: 8, scorm: 5 } };
    const tableau = tableauEtapes(10, original, echelle).split('\n');
    expect(tableau[0]).toBe('| Étape de la construction (s) | Site réel | ×10 | Évolution |');
    expect(tableau.slice(2)).toEqual([
      '| Assemblage rspack (MDX, scripts, styles) | 10 | 40 | +300 % |',
      '| Rendu des pages (SSG) | 2 | 8 | +300 % |',
      '| … dont modules SCORM | — | 5 | — |',
    ]);
    expect(tableauEtapes(10, mesures(1), mesures(10))).toBe('');
  });
});
