/**
 * What `npm run bench:scale` reads in a built copy (src/build/mesures/mesure-echelle.ts):
 * the scripts a page's HTML names, the route tree Docusaurus writes in
 * .docusaurus/routes.js, the routes a path renders, and the measures of a small
 * build laid out as Docusaurus 3.10 lays it out. If Docusaurus changes these
 * formats, the benchmark would measure nothing: these tests say where to look.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { lireRoutes, mesurer, PAGES_MESUREES, routesDe, scriptsDePage, type Route } from '@site/src/build/mesures/mesure-echelle';
import { scriptsDuWorker } from '@site/src/build/mesures/premiere-recherche';
import { ecrireIndexRecherche } from '@site/src/build/recherche/ecrire';

describe('scriptsDePage', () => {
  test('script src and script preloads, once each, in page order; inline scripts and other preloads are not JS files', () => {
    const html = `<!doctype html><html><head>
      <link rel="preload" href="/moniteur-atelier/assets/js/runtime~main.1.js" as="script">
      <link rel="Preload" href="/moniteur-atelier/assets/js/main.2.js" as="script">
      <link rel="modulepreload" href="/moniteur-atelier/assets/js/module.3.js" as="script">
      <link rel="preload" href="/moniteur-atelier/assets/css/styles.4.css" as="style">
      <link rel="stylesheet" href="/moniteur-atelier/assets/css/styles.4.css">
      <script>window.reglage = 1;</script>
      </head><body><div id="__docusaurus"></div>
      <script src="/moniteur-atelier/assets/js/runtime~main.1.js" defer></script>
      <script src="/moniteur-atelier/assets/js/main.2.js" defer></script>
      </body></html>`;
    expect(scriptsDePage(html)).toEqual([
      '/moniteur-atelier/assets/js/runtime~main.1.js',
      '/moniteur-atelier/assets/js/main.2.js',
      '/moniteur-atelier/assets/js/module.3.js',
    ]);
  });

  test('a page without scripts references none', () => {
    expect(scriptsDePage('<p>Texte</p>')).toEqual([]);
  });
});

/** .docusaurus/routes.js as Docusaurus 3.10 writes it: one property per line, nested `routes: [`. */
const ROUTES_JS = `import React from 'react';
import ComponentCreator from '@docusaurus/ComponentCreator';

export default [
  {
    path: '/moniteur-atelier/progression',
    component: ComponentCreator('/moniteur-atelier/progression', 'p01'),
    exact: true
  },
  {
    path: '/moniteur-atelier/cours',
    component: ComponentCreator('/moniteur-atelier/cours', '834'),
    routes: [
      {
        path: '/moniteur-atelier/cours',
        component: ComponentCreator('/moniteur-atelier/cours', '98c'),
        routes: [
          {
            path: '/moniteur-atelier/cours/bloc-1',
            component: ComponentCreator('/moniteur-atelier/cours/bloc-1', 'a7a'),
            exact: true,
            sidebar: "cours"
          },
          {
            path: '/moniteur-atelier/cours/introduction/le-metier',
            component: ComponentCreator('/moniteur-atelier/cours/introduction/le-metier', '3e4'),
            exact: true,
            sidebar: "cours"
          }
        ]
      }
    ]
  },
  {
    path: '/moniteur-atelier/',
    component: ComponentCreator('/moniteur-atelier/', 'e5f'),
    exact: true
  },
  {
    path: '*',
    component: ComponentCreator('*'),
  },
];
`;

const resume = (routes: readonly Route[]): unknown => routes.map((r) => ({ cle: r.cle, exact: r.exact, enfants: resume(r.enfants) }));

describe('lireRoutes and routesDe', () => {
  const routes = lireRoutes(ROUTES_JS);

  test('the tree of routes.js: key <path>-<hash>, exact leaves, nested layout routes', () => {
    expect(resume(routes)).toEqual([
      { cle: '/moniteur-atelier/progression-p01', exact: true, enfants: [] },
      {
        cle: '/moniteur-atelier/cours-834',
        exact: false,
        enfants: [
          {
            cle: '/moniteur-atelier/cours-98c',
            exact: false,
            enfants: [
              { cle: '/moniteur-atelier/cours/bloc-1-a7a', exact: true, enfants: [] },
              { cle: '/moniteur-atelier/cours/introduction/le-metier-3e4', exact: true, enfants: [] },
            ],
          },
        ],
      },
      { cle: '/moniteur-atelier/-e5f', exact: true, enfants: [] },
    ]);
  });

  test('a lesson renders its layout routes, outermost first, then its own', () => {
    expect(routesDe(routes, '/moniteur-atelier/cours/introduction/le-metier').map((r) => r.cle)).toEqual([
      '/moniteur-atelier/cours-834',
      '/moniteur-atelier/cours-98c',
      '/moniteur-atelier/cours/introduction/le-metier-3e4',
    ]);
  });

  test('an exact route matches its own path only; a layout route matches below it, at a « / » boundary', () => {
    expect(routesDe(routes, '/moniteur-atelier/').map((r) => r.cle)).toEqual(['/moniteur-atelier/-e5f']);
    expect(routesDe(routes, '/moniteur-atelier/progression/plus')).toEqual([]);
    expect(routesDe(routes, '/moniteur-atelier/coursier')).toEqual([]);
  });
});

describe('mesurer', () => {
  let copie: string;
  afterEach(() => rmSync(copie, { recursive: true, force: true }));

  function ecrire(relatif: string, texte: string): void {
    mkdirSync(path.dirname(path.join(copie, relatif)), { recursive: true });
    writeFileSync(path.join(copie, relatif), texte);
  }

  const PAGE = (scripts: readonly string[]) =>
    `<html><body><div id="__docusaurus"></div>${scripts.map((s) => `<script src="/moniteur-atelier/assets/js/${s}"></script>`).join('')}</body></html>`;

  /** A build of the five measured pages: entry runtime~main + main, one chunk per lesson, one shared by the docs layout. */
  function construireCopie(): void {
    copie = mkdtempSync(path.join(os.tmpdir(), 'mesure-echelle-'));
    ecrire('build/assets/js/runtime~main.aa11.js', 'r'.repeat(100));
    ecrire('build/assets/js/main.bb22.js', 'm'.repeat(1000));
    ecrire('build/assets/js/cours.cc33.js', 'c'.repeat(300));
    ecrire('build/assets/js/metier.dd44.js', 'd'.repeat(50));
    ecrire('build/assets/js/recherche.ee55.js', 'w'.repeat(40) + '{77:"ff66"}');
    ecrire('build/assets/js/77.ff66.js', 'l'.repeat(60));
    ecrireIndexRecherche(path.join(copie, 'build'), [
      [{ i: 1, t: "L'autodétermination", u: '/moniteur-atelier/cours/introduction/le-metier', b: ['Cours'] }],
      [],
      [],
      [],
      [{ i: 2, t: 'Sécurité au travail et autodétermination.', s: 'Sécurité', u: '/moniteur-atelier/cours/introduction/le-metier', h: '#securite', p: 1 }],
    ]);
    for (const p of PAGES_MESUREES) ecrire(`build/${p.route === '' ? 'index.html' : `${p.route}/index.html`}`, PAGE(['runtime~main.aa11.js', 'main.bb22.js']));
    ecrire('build/h5p/embarque.html', '<html><body>iframe H5P</body></html>');
    ecrire('construction.log', '[PERF] Build > fr > Bundling with rspack - 812.5 ms - (Heap)\n[SCORM] modules écrits dans exports/ (1,5 s).\n');
    const feuille = (chemin: string, hash: string, retrait: string) => [
      `${retrait}{`,
      `${retrait}  path: '${chemin}',`,
      `${retrait}  component: ComponentCreator('${chemin}', '${hash}'),`,
      `${retrait}  exact: true`,
      `${retrait}},`,
    ];
    ecrire(
      '.docusaurus/routes.js',
      [
        'export default [',
        ...feuille('/moniteur-atelier/progression', 'p01', '  '),
        '  {',
        "    path: '/moniteur-atelier/cours',",
        "    component: ComponentCreator('/moniteur-atelier/cours', '834'),",
        '    routes: [',
        ...PAGES_MESUREES.filter((p) => p.route.startsWith('cours/')).flatMap((p) => feuille(`/moniteur-atelier/${p.route}`, p.cle, '      ')),
        '    ]',
        '  },',
        ...feuille('/moniteur-atelier/', 'e5f', '  '),
        '];',
      ].join('\n'),
    );
    ecrire(
      '.docusaurus/routesChunkNames.json',
      JSON.stringify({
        '/moniteur-atelier/cours-834': { __comp: 'cours', __props: ['absent'] },
        '/moniteur-atelier/cours/introduction/le-metier-lecon': { __comp: 'metier', content: { data: 'metier' } },
      }),
    );
    ecrire(
      '.docusaurus/client-manifest.json',
      JSON.stringify({
        entrypoints: ['main'],
        origins: { main: ['runtime', 'main'] },
        assets: {
          runtime: { js: [{ file: 'assets/js/runtime~main.aa11.js' }] },
          main: { js: [{ file: 'assets/js/main.bb22.js' }] },
          cours: { js: [{ file: 'assets/js/cours.cc33.js' }] },
          metier: { js: [{ file: 'assets/js/metier.dd44.js' }] },
        },
      }),
    );
  }

  const gz = (octets: number, lettre: string) => gzipSync(lettre.repeat(octets)).length;

  test('pages rendered by Docusaurus, main bundle, search index, first searches, JS cited by the HTML and JS run before interaction', async () => {
    construireCopie();
    const m = await mesurer(copie, 50);
    expect(m.pages).toBe(5);
    expect(m.fichiersHtml).toBe(6);
    expect(m.secondesPour100Pages).toBe(1000);
    expect(m.paquetPrincipal).toEqual({ fichiers: 1, brut: 1000, gzip: gz(1000, 'm') });
    expect(m.indexRecherche.fichiers).toBe(2);
    // Each search reads the manifest, the worker and its chunk; then the fragments of its words
    // (aut; sec, tra) and the documents found (the title, the section).
    expect(m.premieresRecherches.map((r) => [r.saisie, r.fichiers])).toEqual([
      ['autodétermination', 6],
      ['sécurité au travail', 7],
      ['prévention des risques professionnels', 3],
    ]);
    expect(m.jsTotal.brut).toBe(1450 + 51 + 60);
    expect(m.parPage.lecon).toEqual({
      fichiers: 2,
      brut: 1100,
      gzip: gz(100, 'r') + gz(1000, 'm'),
      scripts: ['assets/js/runtime~main.aa11.js', 'assets/js/main.bb22.js'],
    });
    expect(m.hydratation.accueil!.scripts).toEqual(['assets/js/main.bb22.js', 'assets/js/runtime~main.aa11.js']);
    expect(m.hydratation.lecon!.scripts).toEqual([
      'assets/js/cours.cc33.js',
      'assets/js/main.bb22.js',
      'assets/js/metier.dd44.js',
      'assets/js/runtime~main.aa11.js',
    ]);
    expect(m.hydratation['lecon-quiz']!.brut).toBe(1400);
    // The build's steps, from the copy's log.
    expect(m.etapes).toEqual({ assemblage: 0.8125, scorm: 1.5 });
  });

  test('a measured page missing from the build names the files looked for', async () => {
    construireCopie();
    rmSync(path.join(copie, 'build', 'progression'), { recursive: true });
    await expect(mesurer(copie, 50)).rejects.toThrow(`page « /progression » introuvable dans ${path.join(copie, 'build')} (cherché : progression.html, progression/index.html).`);
  });

  test('a path that no route of routes.js matches is named', async () => {
    construireCopie();
    writeFileSync(path.join(copie, '.docusaurus', 'routes.js'), '');
    await expect(mesurer(copie, 50)).rejects.toThrow('aucune route de .docusaurus/routes.js ne correspond à /moniteur-atelier/.');
  });
});

describe('scriptsDuWorker', () => {
  let build: string;
  beforeEach(() => {
    build = mkdtempSync(path.join(os.tmpdir(), 'worker-recherche-'));
    mkdirSync(path.join(build, 'assets', 'js'), { recursive: true });
  });
  afterEach(() => rmSync(build, { recursive: true, force: true }));
  const worker = (code: string) => writeFileSync(path.join(build, 'assets', 'js', 'recherche.ee55.js'), code);
  const noms = () => scriptsDuWorker(build).map((f) => path.relative(build, f));

  test('chunks named by a map of hashes, as rspack writes it for several chunks', () => {
    worker('a.u=e=>"assets/js/"+e+"."+{77:"ff66",78:"aa11"}[e]+".js";Promise.all([a.e("77"),a.e("78")])');
    expect(noms()).toEqual(['assets/js/recherche.ee55.js', 'assets/js/77.ff66.js', 'assets/js/78.aa11.js']);
  });

  test('a single chunk whose hash is written in the file name function', () => {
    worker('a.u=e=>"assets/js/"+e+".2bd3fbc0.js",a.miniCssF=e=>""+e+".css";a.e("36841").then(a.bind(a,1))');
    expect(noms()).toEqual(['assets/js/recherche.ee55.js', 'assets/js/36841.2bd3fbc0.js']);
  });

  test('a chunk loaded but not named stops the measure instead of being left out', () => {
    worker('a.u=e=>"assets/js/"+e+"."+{77:"ff66"}[e]+".js";a.e("77");a.e("79")');
    expect(() => scriptsDuWorker(build)).toThrow("charge le morceau 79, dont le fichier n'est pas nommé");
  });
});
