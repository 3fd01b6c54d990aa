/**
 * Mastery of one bloc's compétences as a horizontal bar chart, in plain SVG (no
 * chart library: a few hundred bytes instead of tens of kilobytes). The image has
 * a text alternative summarising it, and the page shows the same figures in a
 * table right below, so nothing is given by the chart alone.
 */
import type { ReactNode } from 'react';
import { competenceById } from '@site/src/referentiel';
import { NIVEAU_LABELS, type MaitriseBloc } from '@site/src/domain/progress/mastery';
import styles from './graphique.module.css';

const LIGNE = 30;
const MARGE_GAUCHE = 70;
const LARGEUR_BARRES = 440;
const MARGE_DROITE = 130;
const HAUT = 24;

export function resumeGraphique(bloc: MaitriseBloc): string {
  const evaluees = bloc.competences.filter((c) => c.score !== null);
  if (evaluees.length === 0) return `Aucune compétence du bloc n'a encore été évaluée.`;
  const parts = bloc.competences.map((c) => `${c.id} : ${c.score === null ? 'non évaluée' : `${Math.round(c.score * 100)} %, ${NIVEAU_LABELS[c.niveau].toLowerCase()}`}`);
  return `Score par compétence. ${parts.join(' ; ')}.`;
}

export function GraphiqueBloc({ bloc, titreId }: { bloc: MaitriseBloc; titreId: string }): ReactNode {
  const hauteur = HAUT + bloc.competences.length * LIGNE + 8;
  const largeur = MARGE_GAUCHE + LARGEUR_BARRES + MARGE_DROITE;
  const descId = `${titreId}-graphique-desc`;
  return (
    <figure className={styles.figure}>
      <svg
        role="img"
        aria-labelledby={`${titreId}-graphique ${descId}`}
        viewBox={`0 0 ${largeur} ${hauteur}`}
        className={styles.svg}
        data-graphique={bloc.id}
      >
        <title id={`${titreId}-graphique`}>{`Maîtrise des compétences du bloc ${bloc.id.slice(1)}`}</title>
        <desc id={descId}>{resumeGraphique(bloc)}</desc>
        {[0, 0.5, 0.8, 1].map((x) => (
          <g key={x} aria-hidden="true">
            <line x1={MARGE_GAUCHE + x * LARGEUR_BARRES} x2={MARGE_GAUCHE + x * LARGEUR_BARRES} y1={HAUT - 6} y2={hauteur - 4} className={x === 0.8 ? styles.seuil : styles.grille} />
            <text x={MARGE_GAUCHE + x * LARGEUR_BARRES} y={HAUT - 10} textAnchor="middle" className={styles.echelle}>
              {x === 0.8 ? 'acquis 80 %' : `${x * 100} %`}
            </text>
          </g>
        ))}
        {bloc.competences.map((c, i) => {
          const y = HAUT + i * LIGNE;
          const w = c.score === null ? 0 : Math.max(2, c.score * LARGEUR_BARRES);
          return (
            <g key={c.id} aria-hidden="true">
              <text x={MARGE_GAUCHE - 8} y={y + LIGNE / 2 + 5} textAnchor="end" className={styles.etiquette}>
                <title>{competenceById(c.id).intitule}</title>
                {c.id.split('.')[1]}
              </text>
              {c.score !== null && <rect x={MARGE_GAUCHE} y={y + 5} width={w} height={LIGNE - 10} rx={3} className={styles[`barre-${c.niveau}`]} />}
              <text x={MARGE_GAUCHE + (c.score === null ? 0 : w) + 6} y={y + LIGNE / 2 + 5} className={styles.valeur}>
                {c.score === null ? 'non évaluée' : `${Math.round(c.score * 100)} % · ${NIVEAU_LABELS[c.niveau].toLowerCase()}`}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
