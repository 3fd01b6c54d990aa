/** The search page of the offline search, given a <main> landmark. */
import type { ReactNode } from 'react';
import OriginalSearchPage from '@theme-original/SearchPage';
import { MainLandmarkContext } from '../Layout';

export default function SearchPage(): ReactNode {
  return (
    <MainLandmarkContext.Provider value={true}>
      <OriginalSearchPage />
    </MainLandmarkContext.Provider>
  );
}
