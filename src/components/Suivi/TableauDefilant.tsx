/**
 * A data table that scrolls sideways on small screens inside a named, focusable
 * region, so that it can be scrolled with the keyboard (WCAG 2.1.1, axe
 * « scrollable-region-focusable »). Its caption names the table and the region;
 * shown on screen, the same words are written above the region (a caption inside a
 * table wider than the phone was cut off with it), the caption itself being read
 * by screen readers only. When the table is wider than its region, a line says
 * that it scrolls, and shadows mark the hidden side.
 */
import { useEffect, useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import { styles } from './commun';
import local from './tableau.module.css';

interface Props {
  /** What the table shows (names the table and the region). */
  readonly legende: string;
  /** Show it on screen (default: read by screen readers only). */
  readonly legendeVisible?: boolean;
  readonly className?: string;
  /** data-* attributes for the table (used by tests and print styles). */
  readonly donnees?: Readonly<Record<`data-${string}`, string>>;
  readonly children: ReactNode;
}

/** Whether an element's content is wider than the element (kept up to date as it resizes). */
function useDeborde(): [RefObject<HTMLDivElement | null>, boolean] {
  const ref = useRef<HTMLDivElement | null>(null);
  const [deborde, setDeborde] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return undefined;
    const mesurer = () => setDeborde(el.scrollWidth > el.clientWidth + 1);
    const observateur = new ResizeObserver(mesurer);
    observateur.observe(el);
    if (el.firstElementChild) observateur.observe(el.firstElementChild);
    return () => observateur.disconnect();
  }, []);
  return [ref, deborde];
}

export function TableauDefilant({ legende, legendeVisible = false, className, donnees, children }: Props): ReactNode {
  const id = useId();
  const [ref, deborde] = useDeborde();
  return (
    <>
      {/* The same words as the caption, shown whole above the region (read once: from the caption). */}
      {legendeVisible && (
        <p className={local.legende} aria-hidden="true">
          {legende}
        </p>
      )}
      {deborde && (
        <p className={`${local.indice} ${styles.nePasImprimer}`} data-defile="">
          <span aria-hidden="true">↔ </span>Le tableau continue sur le côté : faites-le glisser pour voir toutes les colonnes.
        </p>
      )}
      <div ref={ref} className={local.defilement} role="region" aria-labelledby={id} tabIndex={0}>
        <table className={`${local.table} ${className ?? ''}`} {...donnees}>
          <caption id={id} className={styles.visuallyHidden}>
            {legende}
          </caption>
          {children}
        </table>
      </div>
    </>
  );
}
