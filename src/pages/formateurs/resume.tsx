import type { ReactNode } from 'react';
import PageResumeFormateur from '@site/src/components/Suivi/ResumeFormateur';

export default function Resume(): ReactNode {
  return <PageResumeFormateur />;
}
