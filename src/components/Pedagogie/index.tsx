/**
 * The teaching vocabulary of our lessons, registered once in MDXComponents:
 * <ObjectifsPedagogiques />, <EnBref>, <PiegeAEviter>, <Recapitulatif>,
 * <PourAllerPlusLoin>. Objectives come from the référentiel (at build time), never retyped.
 */
import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import type { Objectif } from '@site/src/referentiel/lookup';
import { ReadAloud } from '../Activite/ReadAloud';
import styles from './styles.module.css';

/**
 * Objectives of the lesson: the critères of its front matter, with their
 * intitulés, written into the page at build time by src/plugins/remark-referentiel.ts
 * (authors write `<ObjectifsPedagogiques />`, the page does not load the référentiel).
 */
export function ObjectifsPedagogiques({ objectifs }: { objectifs: readonly Objectif[] }): ReactNode {
  return (
    <aside className={`${styles.encart} ${styles.objectifs}`} aria-labelledby="objectifs-titre">
      <p id="objectifs-titre" className={styles.encartTitre}>
        Objectifs de la leçon
      </p>
      <p>À la fin de cette leçon, vous saurez montrer que vous :</p>
      {objectifs.map(({ competence, intitule, criteres }) => (
        <div key={competence}>
          <p className={styles.competence}>
            <Link to={`/cours/referentiel#ref-${competence}`}>{competence}</Link> — {intitule}
          </p>
          <ul>
            {criteres.map((c) => (
              <li key={c.id}>
                {c.intitule.charAt(0).toLowerCase() + c.intitule.slice(1)}{' '}
                <Link to={`/cours/referentiel#ref-${c.id}`} className={styles.code}>
                  ({c.id})
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </aside>
  );
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
