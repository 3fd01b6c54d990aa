/**
 * ordre: an ordered list with « Monter » / « Descendre » buttons on each step
 * (no drag-only interaction); each move is announced to screen readers.
 */
import { useRef, useState, type ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import { plainText } from '@site/src/domain/texte/richText';
import { RichInline } from '../../Activite/RichText';
import type { VueProps } from './types';
import styles from '../styles.module.css';

export function OrdreVue({ question, value, onChange, disabled, idPrefix }: VueProps<'ordre'>): ReactNode {
  const [annonce, setAnnonce] = useState('');
  const buttons = useRef(new Map<string, HTMLButtonElement | null>());
  const texte = (id: string) => plainText(question.etapes.find((e) => e.id === id)?.texte ?? id);
  const move = (index: number, delta: -1 | 1) => {
    const target = index + delta;
    if (target < 0 || target >= value.ordre.length) return;
    const ordre = [...value.ordre];
    const [item] = ordre.splice(index, 1);
    ordre.splice(target, 0, item!);
    onChange({ ordre });
    setAnnonce(
      translate(
        { id: 'quiz.ordre.annonce', message: '« {etape} » est maintenant en position {position} sur {total}.' },
        { etape: texte(item!), position: target + 1, total: ordre.length },
      ),
    );
    // Keep the focus on the same button of the moved step, or its other button at the ends.
    requestAnimationFrame(() => {
      const same = buttons.current.get(`${item}:${delta}`);
      const other = buttons.current.get(`${item}:${-delta}`);
      (same && !same.disabled ? same : other)?.focus();
    });
  };
  return (
    <div role="group" aria-labelledby={`${idPrefix}-enonce`}>
      <p className={styles.consigne}>
        {translate({ id: 'quiz.ordre.consigne', message: 'Utilisez les boutons « Monter » et « Descendre » pour remettre les étapes dans l’ordre.' })}
      </p>
      <ol className={styles.ordre}>
        {value.ordre.map((id, index) => (
          <li key={id} className={styles.etape}>
            <span className={styles.etapeTexte}>
              <RichInline text={question.etapes.find((e) => e.id === id)?.texte ?? id} />
            </span>
            <span className={styles.etapeBoutons}>
              <button
                type="button"
                className="button button--sm button--secondary"
                ref={(el) => {
                  buttons.current.set(`${id}:-1`, el);
                }}
                disabled={disabled || index === 0}
                onClick={() => move(index, -1)}
                aria-label={translate({ id: 'quiz.ordre.monter', message: 'Monter « {etape} »' }, { etape: texte(id) })}
              >
                ↑ <span className={styles.boutonTexte}>{translate({ id: 'quiz.ordre.monterCourt', message: 'Monter' })}</span>
              </button>
              <button
                type="button"
                className="button button--sm button--secondary"
                ref={(el) => {
                  buttons.current.set(`${id}:1`, el);
                }}
                disabled={disabled || index === value.ordre.length - 1}
                onClick={() => move(index, 1)}
                aria-label={translate({ id: 'quiz.ordre.descendre', message: 'Descendre « {etape} »' }, { etape: texte(id) })}
              >
                ↓ <span className={styles.boutonTexte}>{translate({ id: 'quiz.ordre.descendreCourt', message: 'Descendre' })}</span>
              </button>
            </span>
          </li>
        ))}
      </ol>
      <p className="sr-only" aria-live="polite">
        {annonce}
      </p>
    </div>
  );
}
