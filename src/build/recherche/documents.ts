/**
 * The documents of the search index, cut from the built pages as
 * @easyops-cn/docusaurus-search-local cuts them (titles, headings, descriptions,
 * keywords, sections). Its index and worker are replaced by ours (decision 0049);
 * of its server side we keep its options and which pages to read
 * (processPluginOptions, processDocInfos: ./pages.ts). Its reader (parse5 and
 * cheerio) is replaced by one pass of htmlparser2 and css-select with the same
 * rules (decision 0053): tests/plugins/recherche-documents.test.ts checks that
 * both give the same documents. This module reads only files: the index is
 * built in a worker thread (./en-parallele.ts, decision 0055).
 */
import { readFile } from 'node:fs/promises';
import { parseDocument as analyserHtml, DomUtils } from 'htmlparser2';
import { is, selectAll, selectOne } from 'css-select';
import { TYPE, type DocumentRecherche } from '../../domain/recherche/index';

/** A built page to read, as the plugin lists them. */
export interface PageARecherche {
  readonly filePath: string;
  readonly url: string;
  readonly type: 'docs' | 'blog' | 'page';
}

/** The plugin's options that change how a page is read. */
export interface ReglagesLecture {
  readonly ignoreCssSelectors?: readonly string[];
  readonly forceIgnoreNoIndex?: boolean;
}

interface Section {
  readonly title: string;
  readonly hash: string;
  readonly content: string;
}

interface PageLue {
  readonly pageTitle: string;
  readonly description: string;
  readonly keywords: string;
  readonly sections: readonly Section[];
  readonly breadcrumb: readonly string[];
}

type Racine = ReturnType<typeof analyserHtml>;
type Noeud = Racine['children'][number];
type Element = Extract<Noeud, { name: string; attribs: Record<string, string> }>;

const INTERTITRES = 'h1, h2, h3';
// Tags whose text is set apart by spaces (block-level elements, and table cells), as the plugin does.
const BLOCS = new Set('address article aside blockquote details dialog dd div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section table ul td th'.split(' '));

type Dans = Racine | Noeud | Noeud[];
const premier = (selecteur: string, dans: Dans): Element | null => selectOne<Racine | Noeud, Element>(selecteur, dans);
const tous = (selecteur: string, dans: Dans): Element[] => selectAll<Racine | Noeud, Element>(selecteur, dans);
const estIntertitre = (n: Noeud): boolean => DomUtils.isTag(n) && /^h[123]$/.test(n.name);
const attribut = (element: Element | null, nom: string): string => element?.attribs[nom] ?? '';
const texte = (noeuds: Noeud | readonly Noeud[]): string => DomUtils.textContent(noeuds as Noeud[]);

/** The text of these nodes, blocks apart, spaces condensed (the plugin's getCondensedText). */
function texteCondense(noeuds: readonly Noeud[]): string {
  const lire = (n: Noeud): string => {
    if (n.type === 'text') return n.data;
    if (n.type !== 'tag') return '';
    if (n.name === 'br') return ' ';
    const dedans = n.children.map(lire).join('');
    return BLOCS.has(n.name) ? ` ${dedans} ` : dedans;
  };
  return noeuds.map(lire).join('').trim().replace(/\s+/g, ' ');
}

/** Element siblings after `element`, up to the first heading (excluded). */
function jusquAuTitre(element: Element): Element[] {
  const suite: Element[] = [];
  for (let n = DomUtils.nextElementSibling(element); n && !estIntertitre(n); n = DomUtils.nextElementSibling(n)) suite.push(n);
  return suite;
}

/** What follows the page's title, up to the first heading (the plugin's rule, blog posts included). */
function sousLeTitre($: Racine, h1: Element): Element[] {
  const billet = premier('#__blog-post-container', $);
  if (billet) {
    const premier = billet.children.find(DomUtils.isTag);
    return premier ? [premier, ...jusquAuTitre(premier)] : [];
  }
  const parent = h1.parent;
  const depart = parent && DomUtils.isTag(parent) && parent.name === 'header' ? parent : h1;
  const suivants: Element[] = [];
  for (let n = DomUtils.nextElementSibling(depart); n; n = DomUtils.nextElementSibling(n)) suivants.push(n);
  if (suivants.some(estIntertitre)) return jusquAuTitre(depart);
  const section: Element[] = [];
  for (const suivant of suivants) {
    const titre = premier(INTERTITRES, suivant);
    if (!titre) {
      section.push(suivant);
      continue;
    }
    const avant: Element[] = [];
    for (let n = DomUtils.prevElementSibling(titre); n; n = DomUtils.prevElementSibling(n)) avant.unshift(n);
    section.push(...avant);
    break;
  }
  return section;
}

function lireDocumentation($: Racine): PageLue {
  const h1 = premier('article h1', $);
  const pageTitle = h1 ? texte(h1) : '';
  const breadcrumb: string[] = [];
  const actif = premier('.navbar__link--active', $);
  if (actif) breadcrumb.push(texte(actif).trim());
  const menu = premier('.main-wrapper .menu', $);
  if (menu) for (const lien of tous('.menu__list-item-collapsible .menu__link--active', menu)) breadcrumb.push(texte(lien).trim());
  const sections = tous(INTERTITRES, tous('article', $)).map((h) => ({
    title: texte(h.children.filter((n) => !(DomUtils.isTag(n) && is<Racine | Noeud, Element>(n, 'a.hash-link')))).trim(),
    hash: attribut(premier('a.hash-link', h), 'href'),
    content: texteCondense(h === h1 ? sousLeTitre($, h) : jusquAuTitre(h)),
  }));
  return {
    pageTitle,
    description: attribut(premier("meta[name='description']", $), 'content'),
    keywords: attribut(premier("meta[name='keywords']", $), 'content').replace(/,/g, ', '),
    sections,
    breadcrumb,
  };
}

function lirePageSimple($: Racine): PageLue {
  for (const lien of tous('a[aria-hidden=true]', $)) DomUtils.removeElement(lien);
  const titre = premier('h1', $) ?? premier('title', $);
  const pageTitle = titre ? texte(titre) : '';
  const main = premier('main', $);
  return {
    pageTitle,
    description: attribut(premier("meta[name='description']", $), 'content'),
    keywords: attribut(premier("meta[name='keywords']", $), 'content'),
    sections: [{ title: pageTitle, hash: '', content: main ? texteCondense([main]) : '' }],
    breadcrumb: [],
  };
}

/**
 * One page cut into the plugin's sections, or null when the page asks not to be
 * indexed. Before cutting, as the plugin does: copy buttons of code blocks, the
 * elements of `ignoreCssSelectors` and the « Version: » badges of docs go.
 */
export function lirePage(html: string, type: PageARecherche['type'], reglages: ReglagesLecture): PageLue | null {
  const $ = analyserHtml(html);
  if (!reglages.forceIgnoreNoIndex && attribut(premier('meta[name="robots"]', $), 'content').includes('noindex')) return null;
  const retirer = (selecteur: string, garder: (e: Element) => boolean = () => false) => {
    for (const e of tous(selecteur, $)) if (!garder(e)) DomUtils.removeElement(e);
  };
  retirer('div[class^="mdxCodeBlock_"] button');
  for (const selecteur of reglages.ignoreCssSelectors ?? []) retirer(selecteur);
  if (type === 'docs') retirer('span.badge', (e) => !texte(e).startsWith('Version:'));
  return type === 'page' ? lirePageSimple($) : lireDocumentation($);
}

/** A heading's link as an anchor of `url` (`#x`); false when it points elsewhere. */
function ancre(hash: string, url: string): string | false {
  if (!hash || hash.startsWith('#') || !hash.includes('#')) return hash;
  return hash.startsWith(url) && hash[url.length] === '#' ? hash.slice(url.length) : false;
}

/**
 * The documents of these pages, one list per kind (indexed by TYPE), numbered in
 * the order of the pages: what the plugin's scanDocuments gives, read faster.
 */
export async function documentsDesPages(pages: readonly PageARecherche[], reglages: ReglagesLecture): Promise<DocumentRecherche[][]> {
  const lues = await Promise.all(pages.map(async (p) => lirePage(await readFile(p.filePath, 'utf8'), p.type, reglages)));
  const parType: DocumentRecherche[][] = [[], [], [], [], []];
  let suivant = 0;
  lues.forEach((lue, n) => {
    if (!lue) return;
    const u = pages[n]!.url;
    const { pageTitle, description, keywords, sections, breadcrumb } = lue;
    const p = ++suivant;
    parType[TYPE.titre]!.push({ i: p, t: pageTitle, u, b: [...breadcrumb] });
    if (description) parType[TYPE.description]!.push({ i: p, t: description, s: pageTitle, u, p });
    if (keywords) parType[TYPE.motsCles]!.push({ i: p, t: keywords, s: pageTitle, u, p });
    for (const section of sections) {
      const h = ancre(section.hash, u);
      if (h === false) continue;
      if (section.title !== pageTitle) parType[TYPE.intertitre]!.push({ i: ++suivant, t: section.title, u, h, p });
      if (section.content) parType[TYPE.contenu]!.push({ i: ++suivant, t: section.content, s: section.title || pageTitle, u, h, p });
    }
  });
  return parType;
}
