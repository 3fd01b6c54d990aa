import type { ReactNode } from 'react';
import PageLivret from '@site/src/components/Suivi/Livret';

export default function Livret(): ReactNode {
  return <PageLivret />;
}
