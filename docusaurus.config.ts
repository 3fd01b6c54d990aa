import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import { themes as prismThemes } from 'prism-react-renderer';
import remarkMath from 'remark-math';
import { siteEnv } from './src/plugins/site-env';
import rehypeKatexMathml from './src/plugins/rehype-katex-mathml';
import rehypeTableaux from './src/plugins/rehype-tableaux';
import activitesPlugin from './src/plugins/plugin-activites';
import formateursPlugin from './src/plugins/plugin-formateurs';
import recherchePlugin from './src/plugins/plugin-recherche';
import themeRecherche from './src/plugins/theme-recherche';
import prismPlugin from './src/plugins/plugin-prism';
import navigationPlugin from './src/plugins/plugin-navigation';
import morceauxPlugin from './src/plugins/plugin-morceaux';
import ilotsPlugin from './src/plugins/plugin-ilots';
import bannierePlugin from './src/plugins/plugin-banniere';
import horsLignePlugin from './src/plugins/hors-ligne';
import { LRS_ORIGINS } from './src/plugins/lrs-origines';
import remarkActivites from './src/plugins/remark-activites';
import remarkReferentiel from './src/plugins/remark-referentiel';
import remarkSommaire from './src/plugins/remark-sommaire';
import remarkTypographie, { parseFrontMatter } from './src/plugins/remark-typographie';
import remarkEncadres from './src/plugins/remark-encadres';
import docsAllege from './src/plugins/docs-allege';
import type { Options as DocsOptions } from '@docusaurus/plugin-content-docs';

// This file runs in Node.js at build time: no browser API here.
const { url, baseUrl, organizationName, projectName } = siteEnv();
const remarkPlugins = [remarkMath, [remarkActivites, { siteDir: __dirname }], remarkReferentiel, [remarkSommaire, { siteDir: __dirname }], remarkEncadres, remarkTypographie] as const;
const rehypePlugins = [rehypeKatexMathml, rehypeTableaux] as const;

const config = {
  title: "Moniteur d'atelier",
  tagline:
    "S'entraîner pour le titre « Moniteur d'atelier en milieu de travail protégé » (RNCP 39099) : cours, quiz, mises en situation",
  favicon: 'img/favicon.svg',

  url,
  baseUrl,
  organizationName,
  projectName,
  trailingSlash: false,

  future: {
    v4: true,
    faster: true,
  },

  // GitHub Pages project sites of one account share one origin: namespace the
  // keys Docusaurus itself stores (theme, sidebar state…). Our own learner data
  // is namespaced too (src/domain/journal/keys.ts).
  storage: {
    type: 'localStorage',
    namespace: true,
  },

  // LRS origins this build may send statements to (LRS_ORIGINS, empty by default):
  // the settings page refuses any other endpoint; the CSP's connect-src will use the same list.
  customFields: {
    lrsOrigins: [...LRS_ORIGINS],
  },

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  markdown: {
    // French typography in titles and descriptions (the text of the pages: remarkTypographie).
    parseFrontMatter,
    hooks: {
      onBrokenMarkdownLinks: 'throw',
    },
  },

  i18n: {
    defaultLocale: 'fr',
    locales: ['fr'],
    localeConfigs: {
      fr: { label: 'Français', htmlLang: 'fr-FR' },
    },
  },

  // Generated at start/build time by src/plugins/plugin-activites and plugin-formateurs (KaTeX CSS and fonts,
  // answer keys fetched on submit). Never edited by hand, never committed.
  staticDirectories: ['static', '.generated/static'],

  presets: [
    [
      'classic',
      {
        // The docs plugin is added below, wrapped (src/plugins/docs-allege.ts).
        docs: false,
        blog: {
          path: 'blog',
          routeBasePath: 'actualites',
          blogTitle: 'Actualités',
          blogDescription:
            "Réformes du travail protégé et nouveautés du site d'entraînement au titre de moniteur d'atelier",
          blogSidebarTitle: 'Articles récents',
          // The default archive page skips a heading level (h1 → h3).
          archiveBasePath: null,
          showReadingTime: true,
          remarkPlugins: [...remarkPlugins],
          rehypePlugins: [...rehypePlugins],
          feedOptions: { type: ['rss', 'atom'], xslt: false, title: "Actualités — Moniteur d'atelier" },
          onInlineTags: 'throw',
          onInlineAuthors: 'throw',
          onUntruncatedBlogPosts: 'throw',
        },
        pages: {
          remarkPlugins: [...remarkPlugins],
          rehypePlugins: [...rehypePlugins],
        },
        theme: {
          customCss: './src/css/custom.css',
        },
        sitemap: {
          lastmod: null,
          changefreq: null,
          priority: null,
        },
      } satisfies Preset.Options,
    ],
  ],

  // Our plugins, one per job (src/plugins/plugin-*.ts): activities and H5P, trainers' downloads,
  // search in French, Prism deferred, lighter navigation, chunks, islands, base URL banner in French.
  // horsLignePlugin also writes the Content-Security-Policy into every built page (build only, not `npm start`).
  plugins: [
    [
      docsAllege,
      {
        path: 'docs',
        routeBasePath: 'cours',
        sidebarPath: './sidebars.ts',
        remarkPlugins: [...remarkPlugins],
        rehypePlugins: [...rehypePlugins],
        showLastUpdateTime: false,
        breadcrumbs: true,
      } satisfies Partial<DocsOptions>,
    ],
    activitesPlugin,
    formateursPlugin,
    recherchePlugin,
    prismPlugin,
    navigationPlugin,
    morceauxPlugin,
    ilotsPlugin,
    bannierePlugin,
    horsLignePlugin,
  ],

  themes: [
    [
      themeRecherche,
      {
        hashed: true,
        language: ['fr'],
        indexDocs: true,
        indexBlog: true,
        indexPages: false,
        docsRouteBasePath: 'cours',
        blogRouteBasePath: 'actualites',
        highlightSearchTermsOnTargetPage: false,
        searchResultLimits: 8,
        explicitSearchResultPath: true,
        ignoreCssSelectors: ['.katex', '.search-ignore'],
        searchBarShortcutHint: false,
      },
    ],
  ],

  themeConfig: {
    metadata: [
      { name: 'description', content: "Se préparer au titre de moniteur d'atelier en ESAT et en entreprise adaptée." },
    ],
    colorMode: {
      defaultMode: 'light',
      respectPrefersColorScheme: true,
    },
    docs: {
      sidebar: {
        hideable: false,
        autoCollapseCategories: true,
      },
    },
    navbar: {
      title: "Moniteur d'atelier",
      logo: {
        alt: '',
        src: 'img/logo.svg',
        width: 32,
        height: 32,
      },
      items: [
        { type: 'docSidebar', sidebarId: 'cours', position: 'left', label: 'Cours' },
        { to: '/cours/referentiel', label: 'Le référentiel', position: 'left' },
        { to: '/actualites', label: 'Actualités', position: 'left' },
        { to: '/progression', label: 'Ma progression', position: 'right' },
        { to: '/parcours', label: 'Mes parcours', position: 'right' },
        { to: '/formateurs', label: 'Espace formateur', position: 'right' },
        { type: 'custom-horsLigne', position: 'right' },
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Se former',
          items: [
            { label: 'Le métier', to: '/cours/introduction/le-metier' },
            { label: 'Le référentiel', to: '/cours/referentiel' },
            { label: 'Bloc 1', to: '/cours/bloc-1' },
            { label: 'Bloc 2', to: '/cours/bloc-2' },
            { label: 'Bloc 3', to: '/cours/bloc-3' },
            { label: 'Ma progression', to: '/progression' },
            { label: 'Mes parcours', to: '/parcours' },
          ],
        },
        {
          title: 'Le site',
          items: [
            { label: 'Actualités', to: '/actualites' },
            { label: 'Ressources pour les formateurs', to: '/formateurs/ressources' },
            { label: 'Réglages', to: '/reglages' },
            { label: 'Licences et sources', to: '/licences' },
            { label: 'Accessibilité : partiellement conforme', to: '/accessibilite' },
          ],
        },
      ],
      copyright:
        "Site d'entraînement libre et indépendant. Il ne remplace pas la certification officielle délivrée par la CPNE-FP. Vos résultats restent dans votre navigateur : rien n'est envoyé, sauf à la plateforme de suivi de votre organisme (LRS), si vous le choisissez dans les réglages.",
    },
    prism: {
      theme: prismThemes.github,
      darkTheme: prismThemes.dracula,
    },
  } satisfies Preset.ThemeConfig,
} satisfies Config;

export default config;
