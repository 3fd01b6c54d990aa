/**
 * The page layout, unchanged, except that a page can ask for its content to be
 * wrapped in <main> (the search page of the search plugin has none, which fails
 * the "landmark-one-main" accessibility rule).
 */
import { createContext, useContext, type ReactNode } from 'react';
import OriginalLayout from '@theme-original/Layout';
import type { Props } from '@theme/Layout';

export const MainLandmarkContext = createContext(false);

export default function Layout(props: Props): ReactNode {
  const wrap = useContext(MainLandmarkContext);
  if (!wrap) return <OriginalLayout {...props} />;
  return (
    <OriginalLayout {...props}>
      <main>{props.children}</main>
    </OriginalLayout>
  );
}
