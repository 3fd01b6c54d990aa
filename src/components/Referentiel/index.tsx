/**
 * The référentiel rendered from the data (src/referentiel): never retyped.
 * <Referentiel /> shows the three blocs; <CompetencesDuBloc bloc="B1" /> one bloc.
 * Its texts get French typography (narrow no-break spaces), as the pages' text does.
 */
import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import {
  REFERENTIEL,
  SOURCES,
  STATUT_LABELS,
  TRANSVERSALES_LABELS,
  blocById,
  type Bloc,
  type BlocId,
  type Competence,
} from '@site/src/referentiel';
import { espacesFines } from '@site/src/domain/texte/typographie';
import styles from './styles.module.css';

function Statut({ statut }: { statut: 'officiel' | 'derive' }): ReactNode {
  return (
    <span className={statut === 'officiel' ? styles.officiel : styles.derive}>
      {STATUT_LABELS[statut]}
    </span>
  );
}

/** Declares the anchors we render (#ref-B1.C2.CR1…) so that links to them are checked. */
function useAnchors(ids: readonly string[]): void {
  const brokenLinks = useBrokenLinks();
  for (const id of ids) brokenLinks.collectAnchor(`ref-${id}`);
}

function Competence({ competence, headingLevel }: { competence: Competence; headingLevel: 3 | 4 }): ReactNode {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  useAnchors([competence.id, ...competence.criteres.map((c) => c.id)]);
  return (
    <section className={styles.competence} aria-labelledby={`ref-${competence.id}`}>
      <Heading id={`ref-${competence.id}`} className={styles.competenceTitle}>
        <span className={styles.code}>{competence.id}</span> {espacesFines(competence.intitule)}
      </Heading>
      <p className={styles.meta}>
        <Statut statut={competence.statut} /> · Source : {espacesFines(SOURCES[competence.source])}
        {competence.transversales.length > 0 && (
          <>
            {' '}
            · Transversale :{' '}
            {competence.transversales.map((t) => TRANSVERSALES_LABELS[t]).join(', ')}
          </>
        )}
      </p>
      <ol className={styles.criteres} aria-label={`Critères de la compétence ${competence.id}`}>
        {competence.criteres.map((critere) => (
          <li key={critere.id} id={`ref-${critere.id}`}>
            <span className={styles.code}>{critere.id}</span> {espacesFines(critere.intitule)}
          </li>
        ))}
      </ol>
    </section>
  );
}

function blocPath(bloc: Bloc): string {
  return `/cours/bloc-${bloc.numero}`;
}

/**
 * One bloc of the référentiel; `surDemande`: inside a closed « Voir les compétences et
 * les critères » (the bloc's landing page leads with its lessons, the codes are for
 * those who ask).
 */
export function CompetencesDuBloc({ bloc, surDemande = false }: { bloc: BlocId; surDemande?: boolean }): ReactNode {
  const data = blocById(bloc);
  const nbCriteres = data.competences.reduce((n, c) => n + c.criteres.length, 0);
  const contenu = (
    <div className={styles.referentiel}>
      <p>
        <strong>Intitulé officiel :</strong> {espacesFines(data.intitule)}.
      </p>
      <blockquote className={styles.description}>
        {espacesFines(data.description)}
        <footer className={styles.meta}>{espacesFines(SOURCES[data.source])}</footer>
      </blockquote>
      <p>
        Ce bloc compte <strong>{data.competences.length} compétences</strong> et{' '}
        <strong>{nbCriteres} critères observables</strong>.
      </p>
      {data.competences.map((competence) => (
        <Competence key={competence.id} competence={competence} headingLevel={3} />
      ))}
    </div>
  );
  if (!surDemande) return contenu;
  return (
    <details className={styles.surDemande}>
      <summary>
        Voir les {data.competences.length} compétences et les {nbCriteres} critères du bloc {data.numero}
      </summary>
      {contenu}
    </details>
  );
}

export function Referentiel(): ReactNode {
  useAnchors(REFERENTIEL.blocs.map((b) => b.id));
  return (
    <div className={styles.referentiel}>
      {REFERENTIEL.blocs.map((bloc) => (
        <section key={bloc.id} aria-labelledby={`ref-${bloc.id}`} className={styles.bloc}>
          <h2 id={`ref-${bloc.id}`}>
            Bloc {bloc.numero} — {bloc.intitule}
          </h2>
          <p className={styles.meta}>
            <Statut statut={bloc.statut} /> · Source : {espacesFines(SOURCES[bloc.source])} ·{' '}
            <Link to={blocPath(bloc)}>Aller aux cours du bloc {bloc.numero}</Link>
          </p>
          <blockquote className={styles.description}>{espacesFines(bloc.description)}</blockquote>
          {bloc.competences.map((competence) => (
            <Competence key={competence.id} competence={competence} headingLevel={3} />
          ))}
        </section>
      ))}
    </div>
  );
}

/** What a bloc's page imports with `?serveur` (DuBloc.tsx): its référentiel, for the page's HTML. */
export default CompetencesDuBloc;
