import type { ReactNode } from 'react';
import PagePasseport from '@site/src/components/Suivi/Passeport';

export default function Passeport(): ReactNode {
  return <PagePasseport />;
}
