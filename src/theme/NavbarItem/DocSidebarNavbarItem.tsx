/**
 * The navbar item of a docs sidebar (« Cours »), active on every page of the course.
 * Docusaurus's own finds the current lesson in the list of all lessons that the
 * docs plugin puts in every page's main.js (global data); that list is left out
 * of the global data here (src/plugins/docs-allege.ts: it grew with each lesson,
 * ≈ 1 Kio gzip on every page, ten times more with ten times the course), so the
 * item is active when the page belongs to the version that holds the sidebar.
 */
import type { ReactNode } from 'react';
import { useActiveVersion, useLayoutDocsSidebar } from '@docusaurus/plugin-content-docs/client';
import DefaultNavbarItem from '@theme/NavbarItem/DefaultNavbarItem';
import type { Props } from '@theme/NavbarItem/DocSidebarNavbarItem';

export default function DocSidebarNavbarItem({ sidebarId, label, docsPluginId, ...props }: Props): ReactNode {
  const version = useActiveVersion(docsPluginId);
  const lien = useLayoutDocsSidebar(sidebarId, docsPluginId).link;
  if (!lien) throw new Error(`Élément de menu « ${sidebarId} » : la barre latérale n'a aucune page vers laquelle pointer.`);
  return (
    <DefaultNavbarItem
      exact
      {...props}
      isActive={() => version?.sidebars?.[sidebarId] !== undefined}
      label={label ?? lien.label}
      to={lien.path}
    />
  );
}
