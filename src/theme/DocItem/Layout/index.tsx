/**
 * The layout of a lesson, without the parts this site never shows: version banner
 * and badge (one version of the course), draft/unlisted banner, tags, « Modifier
 * cette page » and last-update row. Docusaurus's own layout imports them in every
 * lesson's scripts even when they render nothing (≈ 3 Kio gzip). The docs plugin
 * wrapper (src/plugins/docs-allege.ts) fails the build if a page ever needs one of
 * them, so that nothing an author writes silently disappears.
 */
import type { ReactNode } from 'react';
import clsx from 'clsx';
import { useWindowSize } from '@docusaurus/theme-common';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import DocItemPaginator from '@theme/DocItem/Paginator';
import DocItemTOCMobile from '@theme/DocItem/TOC/Mobile';
import DocItemTOCDesktop from '@theme/DocItem/TOC/Desktop';
import DocItemContent from '@theme/DocItem/Content';
import DocBreadcrumbs from '@theme/DocBreadcrumbs';
import type { Props } from '@theme/DocItem/Layout';
import styles from './styles.module.css';

export default function DocItemLayout({ children }: Props): ReactNode {
  const { frontMatter, toc } = useDoc();
  const windowSize = useWindowSize();
  const cache = frontMatter.hide_table_of_contents === true;
  const sommaire = !cache && toc.length > 0;
  const aCote = sommaire && (windowSize === 'desktop' || windowSize === 'ssr');
  return (
    <div className="row">
      <div className={clsx('col', !cache && styles.colonne)}>
        <div className={styles.conteneur}>
          <article>
            <DocBreadcrumbs />
            {sommaire && <DocItemTOCMobile />}
            <DocItemContent>{children}</DocItemContent>
          </article>
          <DocItemPaginator />
        </div>
      </div>
      {aCote && (
        <div className="col col--3">
          <DocItemTOCDesktop />
        </div>
      )}
    </div>
  );
}
