/** The small data table of a question (several values for a calculation…). */
import type { ReactNode } from 'react';
import type { Tableau as TableauData } from '@site/src/domain/quiz/types';
import { RichInline } from './RichText';
import styles from './styles.module.css';

export function Tableau({ tableau }: { tableau: TableauData }): ReactNode {
  return (
    <div className={styles.tableauWrap}>
      <table className={styles.tableau}>
        {tableau.titre && <caption>{tableau.titre}</caption>}
        <thead>
          <tr>
            {tableau.entetes.map((h, i) => (
              <th key={i} scope="col">
                <RichInline text={h} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {tableau.lignes.map((ligne, i) => (
            <tr key={i}>
              {ligne.map((cell, j) =>
                j === 0 ? (
                  <th key={j} scope="row">
                    <RichInline text={cell} />
                  </th>
                ) : (
                  <td key={j}>
                    <RichInline text={cell} />
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
