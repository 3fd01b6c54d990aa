/**
 * The teaching vocabulary of our lessons, registered once in MDXComponents:
 * <ObjectifsPedagogiques />, <EnBref>, <PiegeAEviter>, <Recapitulatif>,
 * <PourAllerPlusLoin>. Objectives are rendered from the référentiel, never retyped.
 */
import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import { competenceOf, critereById, isCritereId, type CritereId } from '@site/src/referentiel';
import { ReadAloud } from '../Activite/ReadAloud';
import styles from './styles.module.css';

function ListeObjectifs({ criteres }: { criteres: readonly CritereId[] }): ReactNode {
  const byCompetence = new Map<string, CritereId[]>();
  for (const c of criteres) {
    const competence = competenceOf(c).id;
    byCompetence.set(competence, [...(byCompetence.get(competence) ?? []), c]);
  }
  return (
    <aside className={`${styles.encart} ${styles.objectifs}`} aria-labelledby="objectifs-titre">
      <p id="objectifs-titre" className={styles.encartTitre}>
        Objectifs de la leçon
      </p>
      <p>À la fin de cette leçon, vous saurez montrer que vous :</p>
      {[...byCompetence.entries()].map(([competence, ids]) => (
        <div key={competence}>
          <p className={styles.competence}>
            <Link to={`/cours/referentiel#ref-${competence}`}>{competence}</Link> — {competenceOf(ids[0]!).intitule}
          </p>
          <ul>
            {ids.map((id) => (
              <li key={id}>
                {critereById(id).intitule.charAt(0).toLowerCase() + critereById(id).intitule.slice(1)}{' '}
                <Link to={`/cours/referentiel#ref-${id}`} className={styles.code}>
                  ({id})
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </aside>
  );
}

function ObjectifsDuDoc(): ReactNode {
  const { frontMatter } = useDoc();
  const raw = (frontMatter as { criteres?: unknown }).criteres;
  const criteres = Array.isArray(raw) ? raw.filter(isCritereId) : [];
  return <ListeObjectifs criteres={criteres} />;
}

/** Objectives of the lesson: the critères of its front matter, or those given. */
export function ObjectifsPedagogiques({ criteres }: { criteres?: readonly CritereId[] }): ReactNode {
  return criteres ? <ListeObjectifs criteres={criteres} /> : <ObjectifsDuDoc />;
}

function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join(' ');
  if (node && typeof node === 'object' && 'props' in node) return textOf((node as { props: { children?: ReactNode } }).props.children);
  return '';
}

/** FALC summary at the top of a lesson: short sentences, everyday words. */
export function EnBref({ children }: { children: ReactNode }): ReactNode {
  return (
    <aside className={`${styles.encart} ${styles.enBref}`} aria-labelledby="en-bref-titre" lang="fr-FR">
      <div className={styles.encartEntete}>
        <p id="en-bref-titre" className={styles.encartTitre}>
          En bref (facile à lire)
        </p>
        <ReadAloud text={textOf(children)} label="Écouter le résumé" />
      </div>
      <div className={styles.falc}>{children}</div>
    </aside>
  );
}

export function PiegeAEviter({ children, titre = 'Piège à éviter' }: { children: ReactNode; titre?: string }): ReactNode {
  return (
    <aside className={`${styles.encart} ${styles.piege}`} aria-label={titre}>
      <p className={styles.encartTitre}>
        <span aria-hidden="true">⚠ </span>
        {titre}
      </p>
      {children}
    </aside>
  );
}

export function Recapitulatif({ children }: { children: ReactNode }): ReactNode {
  return (
    <aside className={`${styles.encart} ${styles.recap}`} aria-label="Récapitulatif">
      <p className={styles.encartTitre}>Récapitulatif</p>
      {children}
    </aside>
  );
}

export function PourAllerPlusLoin({ children }: { children: ReactNode }): ReactNode {
  return (
    <aside className={`${styles.encart} ${styles.plusLoin}`} aria-label="Pour aller plus loin">
      <p className={styles.encartTitre}>Pour aller plus loin</p>
      {children}
    </aside>
  );
}
