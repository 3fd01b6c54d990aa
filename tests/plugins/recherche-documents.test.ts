/**
 * The search documents we read from the built pages (htmlparser2 and css-select,
 * decision 0053) are the ones the search plugin's own reader (parse5, cheerio) finds: same pages kept,
 * same titles, headings, sections and anchors, same numbering. The pages below
 * have what Docusaurus writes (navbar and sidebar state, header, hash links, code
 * block buttons, a version badge, entities, optional end tags left out) and what
 * the plugin treats apart (noindex, plain pages, blog posts, a link elsewhere).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { documentsDesPages, lirePage, type PageARecherche } from '@site/src/build/recherche/documents';
import type { DocumentRecherche } from '@site/src/domain/recherche/index';

const greffon = path.join(path.dirname(require.resolve('@easyops-cn/docusaurus-search-local/package.json')), 'dist/server/server/utils');
const { scanDocuments } = require(path.join(greffon, 'scanDocuments.js')) as {
  scanDocuments: (pages: readonly PageARecherche[], config: object) => Promise<DocumentRecherche[][]>;
};

const tete = (titre: string, extra = '') =>
  `<!doctype html><html lang=fr><head><meta charset=UTF-8><title>${titre} | Moniteur d&#39;atelier</title>${extra}</head><body>`;
const navbar = `<nav class="navbar"><div class=navbar__items><a class="navbar__item navbar__link navbar__link--active" href=/m/cours>Cours</a><a class="navbar__item navbar__link" href=/m/progression>Ma progression</a></div></nav>`;
const menu = `<div class=main-wrapper><aside><nav class=menu><ul class=menu__list><li class="menu__list-item"><div class=menu__list-item-collapsible><a class="menu__link menu__link--sublist menu__link--active" href=/m/cours/bloc-1>Bloc 1</a></div><ul class=menu__list><li class=menu__list-item><a class="menu__link menu__link--active" aria-current=page href=/m/cours/bloc-1/accueillir>Accueillir</a></ul></ul></nav></aside>`;

const PAGES: Record<string, { type: PageARecherche['type']; url: string; html: string }> = {
  lecon: {
    type: 'docs',
    url: '/m/cours/bloc-1/accueillir',
    html:
      tete('Accueillir', `<meta name=description content="L&#39;accueil d&#x27;une personne : premiers jours, tutorat."><meta name=keywords content="accueil,tutorat,ESAT">`) +
      navbar +
      menu +
      `<main><div class=row><article><nav aria-label="Fil d'Ariane"><ul><li><a href=/m/>Accueil</a><li>Bloc 1</ul></nav><span class="badge badge--secondary">Version: 1</span>` +
      `<div class="theme-doc-markdown markdown"><header><h1>Accueillir une personne</h1></header><p>Le premier jour compte&nbsp;: on présente l&rsquo;atelier, les règles <strong>et</strong> les gestes.<br>Puis le tuteur prend le relais.<p>Un second paragraphe sans balise de fin.` +
      `<h2 id=avant-l-arrivee>Avant l’arrivée<a href=#avant-l-arrivee class=hash-link aria-label="Lien direct" title="Lien direct">​</a></h2><ul><li>Le poste prêt<li>Le livret d’accueil &amp; le planning</ul>` +
      `<div class="mdxCodeBlock_x1 language-text"><pre><code>étape 1</code></pre><button type=button aria-label="Copier">Copier</button></div>` +
      `<h3 id=le-tuteur>Le tuteur<a href=#le-tuteur class=hash-link>​</a></h3><table><thead><tr><th>Rôle<th>Qui</thead><tbody><tr><td>Tuteur<td>Un pair</tbody></table>` +
      `<h2 id=ailleurs>Vu ailleurs<a href=/autre/page#ailleurs class=hash-link>​</a></h2><p>Ce passage pointe vers une autre page.` +
      `<h2 id=chemin>Même page<a href=/m/cours/bloc-1/accueillir#chemin class=hash-link>​</a></h2><p>Lien complet vers cette page.</div></article></div></main></div></body></html>`,
  },
  sansTitreDeSection: {
    type: 'docs',
    url: '/m/cours/introduction/le-metier',
    html:
      tete('Le métier') +
      navbar +
      `<div class=main-wrapper><main><article><div class=markdown><h1>Le métier</h1><div class=encadre><p>Texte d’un encadré<h2 id=dedans>Titre dans l’encadré<a href=#dedans class=hash-link>​</a></h2><p>suite</div></div></article></main></div></body></html>`,
  },
  cachee: {
    type: 'docs',
    url: '/m/brouillon',
    html: tete('Brouillon', '<meta name=robots content="noindex, nofollow">') + `<article><h1>Brouillon</h1><p>Rien à trouver.</article></body></html>`,
  },
  page: {
    type: 'page',
    url: '/m/progression',
    html: tete('Ma progression', '<meta name=description content="Votre avancement">') + navbar + `<main><h1>Ma progression<a aria-hidden=true href=#x>#</a></h1><p>Vos résultats restent sur cet appareil.<p>Exportez-les en passeport.</main></body></html>`,
  },
  billet: {
    type: 'blog',
    url: '/m/actualites/nouveau',
    html:
      tete('Nouveau') +
      `<main><article><header><h1>Nouveautés de décembre</h1></header><div id=__blog-post-container class=markdown><p>Deux nouvelles leçons.<h2 id=lecons>Les leçons<a href=#lecons class=hash-link>​</a></h2><p>Hygiène alimentaire.</div></article></main></body></html>`,
  },
};

let dossier: string;
let pages: PageARecherche[];

beforeAll(() => {
  dossier = mkdtempSync(path.join(tmpdir(), 'recherche-documents-'));
  pages = Object.entries(PAGES).map(([nom, p]) => {
    const filePath = path.join(dossier, `${nom}.html`);
    writeFileSync(filePath, p.html);
    return { filePath, url: p.url, type: p.type };
  });
});
afterAll(() => rmSync(dossier, { recursive: true, force: true }));

/** The plugin numbers documents from a counter kept between calls: compare from 1. */
function depuisUn(parType: DocumentRecherche[][]): DocumentRecherche[][] {
  const premier = parType[0]![0]!.i;
  return parType.map((l) => l.map((d) => ({ ...d, i: d.i - premier + 1, ...(d.p === undefined ? {} : { p: d.p - premier + 1 }) })));
}

test('the same documents as the plugin’s own reader, kind by kind', async () => {
  const reglages = { ignoreCssSelectors: [] };
  const nous = await documentsDesPages(pages, reglages);
  const greffonDocs = depuisUn(await scanDocuments(pages, reglages));
  expect(nous).toEqual(greffonDocs);
  // What the pages hold is really there (the comparison is not between two empty lists).
  expect(nous[0]!.map((d) => d.t)).toEqual(['Accueillir une personne', 'Le métier', 'Ma progression', 'Nouveautés de décembre']);
  expect(nous[0]![0]!.b).toEqual(['Cours', 'Bloc 1']);
  expect(nous[1]!.map((d) => [d.t, d.h])).toEqual([
    ['Avant l’arrivée', '#avant-l-arrivee'],
    ['Le tuteur', '#le-tuteur'],
    ['Même page', '#chemin'],
    ['Titre dans l’encadré', '#dedans'],
    ['Les leçons', '#lecons'],
  ]);
  const sections = nous[4]!.map((d) => d.t).join(' | ');
  expect(sections).toContain('Le premier jour compte : on présente l’atelier, les règles et les gestes. Puis le tuteur prend le relais.');
  expect(sections).toContain('Le poste prêt Le livret d’accueil & le planning étape 1');
  expect(sections).not.toMatch(/Copier|Version: 1|Rien à trouver|pointe vers une autre page/);
});

test('a page marked noindex is left out, unless the plugin is told to read it', () => {
  expect(lirePage(PAGES.cachee!.html, 'docs', {})).toBeNull();
  expect(lirePage(PAGES.cachee!.html, 'docs', { forceIgnoreNoIndex: true })?.pageTitle).toBe('Brouillon');
});

test('the elements of ignoreCssSelectors are not read', () => {
  const lue = lirePage(PAGES.lecon!.html, 'docs', { ignoreCssSelectors: ['table'] });
  expect(lue?.sections.map((s) => s.content).join(' ')).not.toContain('Un pair');
});
