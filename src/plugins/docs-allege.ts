/**
 * The docs plugin of Docusaurus, with one thing less in every lesson's scripts:
 * the version data that each page of the course loads (the sidebar and a map of
 * all the lessons) carries every lesson's description, used only by the
 * category cards of `<DocCardList>`, which this site does not use (≈ 8 Ko of text,
 * ≈ 3 Kio gzip, in every lesson). The descriptions stay in each page's own
 * metadata (`<meta name="description">`, search engines, the lesson header).
 * If a page ever uses `<DocCardList>`, remove this wrapper (docusaurus.config.ts).
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

async function docsAllege(context: LoadContext, options: PluginOptions): Promise<Plugin<unknown>> {
  const plugin = (await docsPlugin(context, options)) as Plugin<unknown>;
  const contentLoaded = plugin.contentLoaded?.bind(plugin);
  return {
    ...plugin,
    async contentLoaded(args) {
      await contentLoaded?.({ ...args, actions: { ...args.actions, addRoute: (route) => args.actions.addRoute(sansDescriptions(route)) } });
    },
  };
}

/** Docusaurus validates (and fills in) the options with the docs plugin's own rules. */
export default Object.assign(docsAllege, { validateOptions: validateOptions as unknown as PluginModule['validateOptions'] }) as PluginModule;
