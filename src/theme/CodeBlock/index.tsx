/**
 * Code blocks, loaded only by the pages that show one. The original block and the
 * Prism highlighter (≈ 30 KiB compressed) are a separate chunk
 * (src/components/CodeBlock/Highlighted.tsx) instead of being in the bundle every
 * page loads: the lessons have no code. Server rendering waits for the chunk, so
 * the HTML is unchanged; during a client-side navigation the code shows as plain
 * text for the moment the chunk takes to arrive.
 */
import { lazy, Suspense, type ReactNode } from 'react';
import type { Props } from '@theme/CodeBlock';

const HighlightedCodeBlock = lazy(() => import('@site/src/components/CodeBlock/Highlighted'));

export default function CodeBlock(props: Props): ReactNode {
  return (
    <Suspense
      fallback={
        <pre className={props.className}>
          <code>{props.children}</code>
        </pre>
      }
    >
      <HighlightedCodeBlock {...props} />
    </Suspense>
  );
}
