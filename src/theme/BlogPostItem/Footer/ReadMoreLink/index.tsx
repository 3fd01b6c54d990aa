/**
 * « Lire l'article » link under a blog excerpt. The default one has an aria-label
 * that does not contain its visible text (WCAG 2.5.3, label in name); here the
 * visible text starts the accessible name and the title follows for screen readers.
 */
import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import type { Props } from '@theme/BlogPostItem/Footer/ReadMoreLink';

export default function ReadMoreLink({ blogPostTitle, ...linkProps }: Props): ReactNode {
  return (
    <Link {...linkProps}>
      <b>Lire l'article</b>
      <span className="sr-only"> : {blogPostTitle}</span>
    </Link>
  );
}
