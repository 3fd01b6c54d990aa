/**
 * The cohort by assignment: learners in rows, the items of a parcours in columns,
 * each cell the learner's status and result on that item (as the learner's
 * « Mes parcours » shows them), with a summary row. Pure parts:
 * src/domain/formateur/cohorte-parcours.ts.
 */
import { memo, useId, type ReactNode } from 'react';
import type { Banque } from '@site/src/domain/formateur/banque';
import type { LigneParcours, SyntheseItem } from '@site/src/domain/formateur/cohorte-parcours';
import { cibleItem, TYPE_ITEM_LABELS } from '@site/src/domain/apprenant/mes-parcours';
import { STATUT_ITEM_LABELS, type ItemParcours } from '@site/src/domain/formateur/parcours';
import styles from './formateurs.module.css';

const nombre = (n: number) => n.toLocaleString('fr-FR');
const FORMAT_DATE = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'short' });

interface Props {
  readonly lignes: readonly LigneParcours[];
  readonly items: readonly ItemParcours[];
  readonly synthese: readonly SyntheseItem[];
  readonly banque: Banque;
  readonly legende: string;
}

const Ligne = memo(function Ligne({ ligne, total }: { ligne: LigneParcours; total: number }): ReactNode {
  return (
    <tr>
      <th scope="row">
        {ligne.ligne.ligne.nom}
        {!ligne.ajoute && <span className={styles.nonAjoute}>parcours non ajouté sur son appareil</span>}
      </th>
      {ligne.cellules.map((c, i) => (
        <td key={i} data-statut={c.statut}>
          <span className={`${styles.statut} ${styles[`statut-${c.statut}`] ?? ''}`}>{STATUT_ITEM_LABELS[c.statut]}</span>
          {c.resultat && (
            <span className={styles.score}>
              {Math.round((c.resultat.max > 0 ? c.resultat.points / c.resultat.max : 0) * 100)} % · {FORMAT_DATE.format(new Date(c.resultat.date))}
            </span>
          )}
        </td>
      ))}
      <td>
        {nombre(ligne.reussis)} sur {nombre(total)}
      </td>
    </tr>
  );
});

export const TableauParcoursVue = memo(function TableauParcoursVue({ lignes, items, synthese, banque, legende }: Props): ReactNode {
  const uid = useId();
  return (
    <div className={styles.defilement} role="region" aria-labelledby={`${uid}-legende`} tabIndex={0}>
      <table className={styles.tableauCohorte} data-tableau="parcours">
        <caption id={`${uid}-legende`}>{legende}</caption>
        <thead>
          <tr>
            <th scope="col">Apprenant</th>
            {items.map((item, i) => {
              const cible = cibleItem(item, banque);
              return (
                <th key={`${item.t}:${item.id}`} scope="col">
                  <span className={styles.enteteId}>
                    {i + 1}. {TYPE_ITEM_LABELS[cible?.type ?? (item.t === 'l' ? 'lecon' : 'quiz')]}
                  </span>{' '}
                  {cible?.titre ?? item.id}
                </th>
              );
            })}
            <th scope="col">Éléments réussis</th>
          </tr>
        </thead>
        <tbody>
          {lignes.length === 0 ? (
            <tr>
              <td colSpan={items.length + 2}>Aucun apprenant ne correspond aux filtres.</td>
            </tr>
          ) : (
            lignes.map((l) => <Ligne key={l.ligne.ligne.id} ligne={l} total={items.length} />)
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Réussi par</th>
            {synthese.map((s, i) => (
              <td key={i}>
                {nombre(s.reussis)} sur {nombre(s.total)}
                <span className={styles.score}>commencé par {nombre(s.commences)}</span>
              </td>
            ))}
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
});
