/** Wraps every page: the learner's journal is available to all activities. */
import type { ReactNode } from 'react';
import { JournalProvider } from '@site/src/components/Journal';

export default function Root({ children }: { children: ReactNode }): ReactNode {
  return <JournalProvider>{children}</JournalProvider>;
}
