/**
 * A critère of the référentiel named in an activity: its id (in small type, for
 * trainers; its intitulé on pointing), linked to the référentiel page, with its intitulé. The intitulés come with the activity's data
 * (written at build time by src/build/activites/activites.ts, `criteres`), so that a page
 * with a quiz or a case study does not load the whole référentiel to name a few
 * critères (≈ 6 Kio gzip).
 */
import { createContext, Fragment, useContext, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import type { CritereId } from '@site/src/referentiel/ids';
import tons from './tons.module.css';

export const IntitulesContext = createContext<Readonly<Record<string, string>>>({});

export function useIntitule(id: CritereId): string {
  return useContext(IntitulesContext)[id] ?? '';
}

export function CritereLien({ id }: { id: CritereId }): ReactNode {
  const intitule = useIntitule(id);
  return (
    <Link to={`/cours/referentiel#ref-${id}`} title={intitule || undefined} className={`ma-code ${tons.critere}`}>
      {id}
    </Link>
  );
}

/** The intitulé alone (debriefs, result tables). */
export function Intitule({ id }: { id: CritereId }): ReactNode {
  return <>{useIntitule(id)}</>;
}

/** A critère in the learner's words: its intitulé, then its code in small type (for trainers). */
export function CritereNomme({ id }: { id: CritereId }): ReactNode {
  return (
    <>
      {useIntitule(id)} <CritereLien id={id} />
    </>
  );
}

/** What an activity works on (the heading of a quiz or a case): each critère by its intitulé, its code in small type. */
export function CeQueVousTravaillez({ ids, className }: { ids: readonly CritereId[]; className?: string }): ReactNode {
  return (
    <p className={className}>
      Ce que vous travaillez :{' '}
      {ids.map((id, i) => (
        <Fragment key={id}>
          {i > 0 && ' ; '}
          <CritereNomme id={id} />
        </Fragment>
      ))}
    </p>
  );
}
