/**
 * Pieces shared by the progress and trainer pages: the page frame, level
 * badges, French dates, file downloads, the loading state of the activity index.
 */
import type { ReactNode } from 'react';
import Layout from '@theme/Layout';
import { NIVEAU_LABELS, type Niveau } from '@site/src/domain/journal/niveau';
import type { Banque } from '@site/src/domain/formateur/banque';
import { useJournal } from '../Journal';
import { useBanque } from './donnees';
import styles from './suivi.module.css';

export { styles };

interface PageProps {
  readonly titre: string;
  readonly description: string;
  readonly children: ReactNode;
  /** Short introduction under the title. */
  readonly chapo?: ReactNode;
  readonly className?: string;
}

/** A progress or trainer page: layout, main landmark, h1. */
export function PageSuivi({ titre, description, chapo, children, className }: PageProps): ReactNode {
  return (
    <Layout title={titre} description={description}>
      <main className={`container margin-vert--lg ${styles.page} ${className ?? ''}`}>
        <h1>{titre}</h1>
        {chapo && <div className={styles.chapo}>{chapo}</div>}
        {children}
      </main>
    </Layout>
  );
}

/**
 * Renders children once the activity index and the learner's record are loaded.
 * `journal={false}` (trainer pages): the index only — the learner's record is then
 * neither waited for nor opened (its storage engine is not even downloaded).
 */
export function AvecBanque({ children, journal = true }: { children: (banque: Banque) => ReactNode; journal?: boolean }): ReactNode {
  return journal ? <AvecJournal>{children}</AvecJournal> : <ZoneBanque pret>{children}</ZoneBanque>;
}

function AvecJournal({ children }: { children: (banque: Banque) => ReactNode }): ReactNode {
  const { ready } = useJournal();
  return <ZoneBanque pret={ready}>{children}</ZoneBanque>;
}

function ZoneBanque({ children, pret }: { children: (banque: Banque) => ReactNode; pret: boolean }): ReactNode {
  const etat = useBanque();
  if (etat.etat === 'erreur') {
    return (
      <p role="alert" className="alert alert--danger">
        {etat.message}
      </p>
    );
  }
  return (
    <ZoneDonnees>
      {etat.etat === 'chargement' || !pret ? (
        <p className={styles.chargement} role="status">
          Chargement de vos données…
        </p>
      ) : (
        children(etat.banque)
      )}
    </ZoneDonnees>
  );
}

/**
 * Where a page shows the learner's data. The data is read in the browser, after the page
 * is shown: the area keeps at least the height of the screen meanwhile, so that nothing
 * below it (the footer) is pushed down when it arrives (layout shift measured by
 * `npm run bench:site`: « Ma progression » 0,49 → 0, positionnement 0,485 → 0).
 */
export function ZoneDonnees({ children }: { children: ReactNode }): ReactNode {
  return <div className={styles.zoneDonnees}>{children}</div>;
}

export function Niveau({ niveau }: { niveau: Niveau }): ReactNode {
  return <span className={`${styles.niveau} ${styles[`niveau-${niveau}`] ?? ''}`}>{NIVEAU_LABELS[niveau]}</span>;
}

export const pourcent = (x: number | null): string => (x === null ? '—' : `${Math.round(x * 100)} %`);

export function dateFr(iso: string | null | undefined, avecHeure = false): string {
  if (!iso) return '—';
  const d = new Date(iso.length === 10 ? `${iso}T12:00:00` : iso);
  if (Number.isNaN(d.getTime())) return '—';
  return avecHeure
    ? d.toLocaleString('fr-FR', { dateStyle: 'long', timeStyle: 'short' })
    : d.toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' });
}

/** Offers a file to download (nothing leaves the browser). */
export function telecharger(nom: string, contenu: string, type: string): void {
  const url = URL.createObjectURL(new Blob([contenu], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = nom;
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name made of plain letters: « passeport-lea-martin-2026-11-28.json ». */
export function nomDeFichier(...parts: string[]): string {
  return parts
    .join('-')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
