/**
 * A `div` whose content is the page's HTML rendered at build time, left as it is at hydration:
 * an empty `dangerouslySetInnerHTML` inserts nothing and tells React not to touch the children.
 * Rendered only while hydrating a built page, by the islands (Ilot.tsx) and the glossary's list.
 */
import type { ComponentProps, ReactNode } from 'react';

const VIDE = { __html: '' };

export function HtmlDuServeur(props: Omit<ComponentProps<'div'>, 'children' | 'dangerouslySetInnerHTML'>): ReactNode {
  return <div {...props} dangerouslySetInnerHTML={VIDE} suppressHydrationWarning />;
}
