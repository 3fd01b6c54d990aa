/** texte-a-trous (inline text fields) and numerique (a number with its unit). */
import type { ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import { RichInline } from '../../Activite/RichText';
import type { VueProps } from './types';
import styles from '../styles.module.css';

export function TexteATrousVue({ question, value, onChange, disabled, idPrefix }: VueProps<'texte-a-trous'>): ReactNode {
  let numero = 0;
  return (
    <div role="group" aria-labelledby={`${idPrefix}-enonce`}>
      <p className={styles.trous}>
        {question.morceaux.map((m, i) => {
          if ('texte' in m) return <RichInline key={i} text={m.texte} />;
          numero += 1;
          return (
            <input
              key={m.trou}
              type="text"
              id={`${idPrefix}-${m.trou}`}
              className={styles.trou}
              aria-label={translate({ id: 'quiz.trou', message: 'Trou {numero}' }, { numero })}
              autoComplete="off"
              autoCapitalize="off"
              spellCheck={false}
              value={value.trous[m.trou] ?? ''}
              disabled={disabled}
              onChange={(e) => onChange({ trous: { ...value.trous, [m.trou]: e.target.value } })}
            />
          );
        })}
      </p>
    </div>
  );
}

export function NumeriqueVue({ question, value, onChange, disabled, idPrefix }: VueProps<'numerique'>): ReactNode {
  return (
    <div className={styles.numerique}>
      <label htmlFor={`${idPrefix}-valeur`}>{translate({ id: 'quiz.numerique.label', message: 'Votre réponse' })}</label>
      <input
        type="text"
        inputMode="decimal"
        id={`${idPrefix}-valeur`}
        className={styles.nombre}
        autoComplete="off"
        value={value.valeur}
        disabled={disabled}
        aria-describedby={`${idPrefix}-unite`}
        onChange={(e) => onChange({ valeur: e.target.value })}
      />
      <span id={`${idPrefix}-unite`}>{question.unite}</span>
    </div>
  );
}
