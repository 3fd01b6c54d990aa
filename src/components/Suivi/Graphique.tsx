/**
 * Mastery of one bloc's compétences as horizontal bars, in HTML and CSS (no chart
 * library, no SVG text that shrinks with the screen): each bar is under the name
 * of its compétence, written at the size of the page's text, with its score and
 * level in words, so it reads the same on a phone. The bars themselves are
 * decoration (hidden from screen readers): the list says everything in text.
 */
import type { ReactNode } from 'react';
import { competenceById } from '@site/src/referentiel';
import { NIVEAU_LABELS, SEUIL_ACQUIS, type MaitriseBloc } from '@site/src/domain/journal/mastery';
import styles from './graphique.module.css';

export function valeurCompetence(c: MaitriseBloc['competences'][number]): string {
  return c.score === null ? 'non évaluée' : `${Math.round(c.score * 100)} %, ${NIVEAU_LABELS[c.niveau].toLowerCase()}`;
}

export function GraphiqueBloc({ bloc, titreId }: { bloc: MaitriseBloc; titreId: string }): ReactNode {
  return (
    <figure className={styles.figure}>
      <figcaption id={`${titreId}-graphique`} className={styles.legende}>
        Score par compétence (le trait marque {Math.round(SEUIL_ACQUIS * 100)} %, le seuil « acquis »)
      </figcaption>
      <ul className={styles.liste} aria-labelledby={`${titreId}-graphique`} data-graphique={bloc.id}>
        {bloc.competences.map((c) => (
          <li key={c.id} className={styles.ligne}>
            <span className={styles.nom}>
              {competenceById(c.id).intitule} <span className="ma-code">{c.id}</span>
            </span>
            <span className={styles.piste} aria-hidden="true">
              {c.score !== null && <span className={`${styles.barre} ${styles[`barre-${c.niveau}`] ?? ''}`} style={{ width: `${Math.max(1, c.score * 100)}%` }} />}
              <span className={styles.seuil} style={{ left: `${SEUIL_ACQUIS * 100}%` }} />
            </span>
            <span className={styles.valeur}>{valeurCompetence(c)}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
