/**
 * The course menu shown in the phone navbar (swizzled from theme-classic's
 * DocSidebar/Mobile, same markup and behaviour) for one reason: performance on a
 * phone. theme-common's `NavbarSecondaryMenuFiller` memoizes its props by sorting
 * their keys with `localeCompare`, and the first `localeCompare` of a page loads the
 * ICU collation tables: 30 to 55 ms with the CPU slowed down ×4, inside the long
 * task that follows hydration on every page of the course. Its props are therefore
 * handed over as a single key (nothing to sort), memoized on the menu's own props.
 * The menu's items are rendered when the panel first opens, not with the page.
 */
import { memo, useMemo, useState, type ReactNode } from 'react';
import clsx from 'clsx';
import { NavbarSecondaryMenuFiller, ThemeClassNames } from '@docusaurus/theme-common';
import { useNavbarMobileSidebar } from '@docusaurus/theme-common/internal';
import DocSidebarItems from '@theme/DocSidebarItems';
import type { Props } from '@theme/DocSidebar/Mobile';

function MenuDesCours({ menu }: { menu: Props }): ReactNode {
  const mobileSidebar = useNavbarMobileSidebar();
  // The panel is in the page, closed, from the start: its items (a link each, with its
  // observer) are rendered the first time it opens, then kept (no flash while it closes).
  const [ouvert, setOuvert] = useState(mobileSidebar.shown);
  if (mobileSidebar.shown && !ouvert) setOuvert(true);
  return (
    <ul className={clsx(ThemeClassNames.docs.docSidebarMenu, 'menu__list')}>
      {ouvert && (
        <DocSidebarItems
          items={menu.sidebar}
          activePath={menu.path}
          // The panel closes when the item leads to a page (a link, or a category with its own page).
          onItemClick={(item) => {
            if (item.type === 'link' || (item.type === 'category' && item.href)) mobileSidebar.toggle();
          }}
          level={1}
        />
      )}
    </ul>
  );
}

function DocSidebarMobile(props: Props): ReactNode {
  const unique = useMemo(() => ({ menu: props }), [props]);
  return <NavbarSecondaryMenuFiller component={MenuDesCours} props={unique} />;
}

export default memo(DocSidebarMobile);
