/** The table of contents of a page, as a navigation landmark (blog pages put it outside <main>). */
import type { ReactNode } from 'react';
import OriginalTOC from '@theme-original/TOC';
import type { Props } from '@theme/TOC';

export default function TOC(props: Props): ReactNode {
  return (
    <nav aria-label="Sommaire de la page">
      <OriginalTOC {...props} />
    </nav>
  );
}
