/**
 * The docs plugin of Docusaurus, with one thing less in every lesson's scripts:
 * the version data that each page of the course loads (the sidebar and a map of
 * all the lessons) carries every lesson's description, used only by the
 * category cards of `<DocCardList>`, which this site does not use (≈ 8 Ko of text,
 * ≈ 3 Kio gzip, in every lesson). The descriptions stay in each page's own
 * metadata (`<meta name="description">`, search engines, the lesson header).
 * If a page ever uses `<DocCardList>`, remove this wrapper (docusaurus.config.ts).
 *
 * Nor does every page's main.js carry the list of all lessons (path, id, sidebar)
 * that the plugin puts in the global data: Docusaurus reads it only for navbar
 * items of type `doc` (not used here) and to mark « Cours » active, which our
 * src/theme/NavbarItem/DocSidebarNavbarItem.tsx does from the version's path
 * (≈ 1 Kio gzip on every page, growing with each lesson).
 *
 * It also guards our lean lesson layout (src/theme/DocItem/Layout): the build
 * fails, naming the page, if a lesson needs a part that layout leaves out (tags,
 * « modifier cette page », date de mise à jour, page non listée, bannière ou badge
 * de version).
 */
import type { LoadContext, Plugin, PluginModule, RouteConfig } from '@docusaurus/types';
import docsPlugin, { validateOptions } from '@docusaurus/plugin-content-docs';
import type { PluginOptions } from '@docusaurus/plugin-content-docs';

interface DocProp {
  readonly description?: string;
}

/** The version props of a route without the lessons' descriptions (other props untouched). */
export function sansDescriptions(route: RouteConfig): RouteConfig {
  const props = route.props as { version?: { docs?: Record<string, DocProp> } } | undefined;
  const docs = props?.version?.docs;
  const allege = docs
    ? {
        ...route,
        props: {
          ...props,
          version: { ...props.version, docs: Object.fromEntries(Object.entries(docs).map(([id, { description: _d, ...reste }]) => [id, reste])) },
        },
      }
    : route;
  return allege.routes ? { ...allege, routes: allege.routes.map(sansDescriptions) } : allege;
}

interface DonneesGlobales {
  readonly versions?: readonly { readonly docs?: readonly unknown[] }[];
}

/** The docs plugin's global data without the list of lessons of each version (other fields untouched). */
export function sansListeDesLecons(data: unknown): unknown {
  const d = data as DonneesGlobales | null;
  if (!d || !Array.isArray(d.versions)) return data;
  return { ...d, versions: d.versions.map((v) => ({ ...v, docs: [] })) };
}

interface DocVerifie {
  readonly source: string;
  readonly tags: readonly unknown[];
  readonly unlisted: boolean;
  readonly editUrl?: string | null;
  readonly lastUpdatedAt?: number | null;
  readonly lastUpdatedBy?: string | null;
}

interface VersionVerifiee {
  readonly versionName: string;
  readonly banner: unknown;
  readonly badge: boolean;
  readonly docs: readonly DocVerifie[];
}

/**
 * What our lesson layout would not show, one line per page and reason (empty: all
 * fine). Each reason says what to do.
 */
export function horsMiseEnPage(versions: readonly VersionVerifiee[]): string[] {
  const problemes: string[] = [];
  for (const version of versions) {
    if (version.banner || version.badge) {
      problemes.push(`version « ${version.versionName} » : bannière ou badge de version, que la mise en page des leçons n'affiche pas (src/theme/DocItem/Layout).`);
    }
    for (const doc of version.docs) {
      const page = doc.source.replace(/^@site\//, '');
      if (doc.tags.length > 0) problemes.push(`${page} : « tags » dans l'en-tête ; la mise en page des leçons n'affiche pas d'étiquettes. Retirez-les, ou ajoutez-les à src/theme/DocItem/Layout.`);
      if (doc.unlisted) problemes.push(`${page} : « unlisted: true » ; une page non listée n'aurait pas son bandeau d'avertissement. Retirez-le, ou ajoutez ce bandeau à src/theme/DocItem/Layout.`);
      if (doc.editUrl) problemes.push(`${page} : lien « Modifier cette page » (editUrl, custom_edit_url) ; la mise en page des leçons ne l'affiche pas.`);
      if (doc.lastUpdatedAt || doc.lastUpdatedBy) problemes.push(`${page} : date ou auteur de mise à jour (showLastUpdateTime, last_update) ; la mise en page des leçons ne les affiche pas.`);
    }
  }
  return problemes;
}

async function docsAllege(context: LoadContext, options: PluginOptions): Promise<Plugin<unknown>> {
  const plugin = (await docsPlugin(context, options)) as Plugin<unknown>;
  const contentLoaded = plugin.contentLoaded?.bind(plugin);
  return {
    ...plugin,
    async contentLoaded(args) {
      const { loadedVersions } = args.content as { loadedVersions: readonly VersionVerifiee[] };
      const problemes = horsMiseEnPage(loadedVersions);
      if (problemes.length > 0) throw new Error(`Cours : ${problemes.length} élément(s) que la page ne montrerait pas :\n- ${problemes.join('\n- ')}`);
      await contentLoaded?.({
        ...args,
        actions: {
          ...args.actions,
          addRoute: (route) => args.actions.addRoute(sansDescriptions(route)),
          setGlobalData: (data) => args.actions.setGlobalData(sansListeDesLecons(data)),
        },
      });
    },
  };
}

/** Docusaurus validates (and fills in) the options with the docs plugin's own rules. */
export default Object.assign(docsAllege, { validateOptions: validateOptions as unknown as PluginModule['validateOptions'] }) as PluginModule;
