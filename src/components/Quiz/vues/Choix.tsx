/** choix-unique (radios), choix-multiples (checkboxes), vrai-faux (two radios). */
import type { ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import { RichInline } from '../../Activite/RichText';
import type { VueProps } from './types';
import styles from '../styles.module.css';

export function ChoixUniqueVue({ question, value, onChange, disabled, idPrefix }: VueProps<'choix-unique'>): ReactNode {
  return (
    <div className={styles.options} role="radiogroup" aria-labelledby={`${idPrefix}-enonce`}>
      {question.options.map((option) => (
        <label key={option.id} className={styles.option} htmlFor={`${idPrefix}-${option.id}`}>
          <input
            type="radio"
            id={`${idPrefix}-${option.id}`}
            name={`${idPrefix}-choix`}
            value={option.id}
            checked={value.choix === option.id}
            disabled={disabled}
            onChange={() => onChange({ choix: option.id })}
          />
          <span>
            <RichInline text={option.texte} />
          </span>
        </label>
      ))}
    </div>
  );
}

export function ChoixMultiplesVue({ question, value, onChange, disabled, idPrefix }: VueProps<'choix-multiples'>): ReactNode {
  const toggle = (id: string) =>
    onChange({ choix: value.choix.includes(id) ? value.choix.filter((c) => c !== id) : [...value.choix, id] });
  return (
    <div className={styles.options} role="group" aria-labelledby={`${idPrefix}-enonce`}>
      <p className={styles.consigne}>
        {translate({ id: 'quiz.multiples.consigne', message: 'Plusieurs réponses peuvent être justes : cochez toutes celles qui le sont.' })}
      </p>
      {question.options.map((option) => (
        <label key={option.id} className={styles.option} htmlFor={`${idPrefix}-${option.id}`}>
          <input
            type="checkbox"
            id={`${idPrefix}-${option.id}`}
            value={option.id}
            checked={value.choix.includes(option.id)}
            disabled={disabled}
            onChange={() => toggle(option.id)}
          />
          <span>
            <RichInline text={option.texte} />
          </span>
        </label>
      ))}
    </div>
  );
}

export function VraiFauxVue({ value, onChange, disabled, idPrefix }: VueProps<'vrai-faux'>): ReactNode {
  const choices: [boolean, string][] = [
    [true, translate({ id: 'quiz.vrai', message: 'Vrai' })],
    [false, translate({ id: 'quiz.faux', message: 'Faux' })],
  ];
  return (
    <div className={`${styles.options} ${styles.optionsLigne}`} role="radiogroup" aria-labelledby={`${idPrefix}-enonce`}>
      {choices.map(([v, label]) => (
        <label key={label} className={styles.option} htmlFor={`${idPrefix}-${String(v)}`}>
          <input
            type="radio"
            id={`${idPrefix}-${String(v)}`}
            name={`${idPrefix}-vf`}
            checked={value.valeur === v}
            disabled={disabled}
            onChange={() => onChange({ valeur: v })}
          />
          <span>{label}</span>
        </label>
      ))}
    </div>
  );
}
