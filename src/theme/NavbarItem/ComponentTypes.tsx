/**
 * Navbar item types: the Docusaurus ones this site's navbar uses (docusaurus.config.ts,
 * `themeConfig.navbar.items`), plus the offline indicator (`custom-horsLigne`). Listed
 * one by one rather than spreading theme-classic's table: that table imports every
 * type (dropdowns, language and version menus…) into the script every page loads,
 * ≈ 2 Kio compressed of code this single-language, single-version site never runs.
 * To use another type (`dropdown`, `html`…), import it here from `@theme/NavbarItem/…`;
 * until then Docusaurus stops with « No NavbarItem component found for type "…" ».
 * Not `doc` (a link to one lesson): it looks the lesson up in the list of all lessons,
 * which src/plugins/docs-allege.ts leaves out of the pages; use a plain link (`to`).
 */
import DefaultNavbarItem from '@theme/NavbarItem/DefaultNavbarItem';
import DocSidebarNavbarItem from '@theme/NavbarItem/DocSidebarNavbarItem';
import SearchNavbarItem from '@theme/NavbarItem/SearchNavbarItem';
import IndicateurHorsLigne from '@site/src/components/HorsLigne';

export default {
  default: DefaultNavbarItem,
  docSidebar: DocSidebarNavbarItem,
  search: SearchNavbarItem,
  'custom-horsLigne': IndicateurHorsLigne,
};
