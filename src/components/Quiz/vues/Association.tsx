/** association: one native <select> per left item (keyboard and screen-reader friendly, no drag). */
import type { ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import { plainText } from '@site/src/domain/texte/richText';
import { RichInline } from '../../Activite/RichText';
import type { VueProps } from './types';
import styles from '../styles.module.css';

export function AssociationVue({ question, value, onChange, disabled, idPrefix }: VueProps<'association'>): ReactNode {
  return (
    <div role="group" aria-labelledby={`${idPrefix}-enonce`} className={styles.association}>
      {question.gauche.map((item) => (
        <div key={item.id} className={styles.paire}>
          <label htmlFor={`${idPrefix}-${item.id}`} className={styles.paireLabel}>
            <RichInline text={item.texte} />
          </label>
          <select
            id={`${idPrefix}-${item.id}`}
            className={styles.select}
            value={value.paires[item.id] ?? ''}
            disabled={disabled}
            onChange={(e) => onChange({ paires: { ...value.paires, [item.id]: e.target.value || null } })}
          >
            <option value="">{translate({ id: 'quiz.association.choisir', message: '— Choisir —' })}</option>
            {question.droite.map((d) => (
              <option key={d.id} value={d.id}>
                {plainText(d.texte)}
              </option>
            ))}
          </select>
        </div>
      ))}
    </div>
  );
}
