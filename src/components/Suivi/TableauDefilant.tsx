/**
 * A data table that scrolls sideways on small screens inside a named, focusable
 * region, so that it can be scrolled with the keyboard (WCAG 2.1.1, axe
 * « scrollable-region-focusable »). The caption names the table and the region.
 */
import { useId, type ReactNode } from 'react';
import { styles } from './commun';
import local from './tableau.module.css';

interface Props {
  /** What the table shows (its caption, which also names the scrolling region). */
  readonly legende: string;
  /** Show the caption on screen (default: read by screen readers only). */
  readonly legendeVisible?: boolean;
  readonly className?: string;
  /** data-* attributes for the table (used by tests and print styles). */
  readonly donnees?: Readonly<Record<`data-${string}`, string>>;
  readonly children: ReactNode;
}

export function TableauDefilant({ legende, legendeVisible = false, className, donnees, children }: Props): ReactNode {
  const id = useId();
  return (
    <div className={local.defilement} role="region" aria-labelledby={id} tabIndex={0}>
      <table className={`${local.table} ${className ?? ''}`} {...donnees}>
        <caption id={id} className={legendeVisible ? undefined : styles.visuallyHidden}>
          {legende}
        </caption>
        {children}
      </table>
    </div>
  );
}
