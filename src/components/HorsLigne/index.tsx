/**
 * The offline indicator in the navigation bar: « Disponible hors connexion » once
 * this version of the site is kept on the device, « Hors connexion » when the
 * network is gone, and « Mettre à jour » when a new version is ready — applied
 * only when the learner asks, after the learner's answers are written. It stays in
 * the top bar on phones too (it is not a `navbar__item`, which phones move into the
 * ☰ menu; below 1200 px the site's title leaves it room, src/css/custom.css); the
 * menu itself does not repeat it.
 */
import { useSyncExternalStore, type ReactNode } from 'react';
import { horsLigne } from '@site/src/hors-ligne/etat';
import { useJournalSiOuvert } from '../Journal';
import styles from './styles.module.css';

export default function IndicateurHorsLigne({ mobile }: { mobile?: boolean }): ReactNode {
  const etat = useSyncExternalStore(horsLigne.abonner, horsLigne.lire, horsLigne.initial);
  const { stores } = useJournalSiOuvert();
  if (!etat.gere) return null;
  const contenu = etat.miseAJour ? (
    <span role="status" className={styles.indicateur} title="Nouvelle version du site prête">
      <span className="sr-only">Nouvelle version du site prête.</span>{' '}
      <button
        type="button"
        className="button button--sm button--primary"
        onClick={() => void horsLigne.appliquer(async () => await stores?.journal.flush())}
        title="Recharge la page ; vos résultats sont conservés"
      >
        Mettre à jour
      </button>
    </span>
  ) : etat.horsLigne ? (
    <span
      role="status"
      className={`${styles.indicateur} ${styles.horsLigne}`}
      data-hors-ligne="hors-connexion"
      title={etat.pret ? 'Cours et activités disponibles sur cet appareil' : 'Seules les pages déjà ouvertes sont disponibles'}
    >
      Hors connexion<span className="sr-only">{etat.pret ? ' : cours et activités disponibles' : ' : seules les pages déjà ouvertes sont disponibles'}</span>
    </span>
  ) : etat.pret ? (
    <span className={styles.indicateur} data-hors-ligne="pret" title={`${etat.fichiers} fichiers enregistrés sur cet appareil`}>
      <span aria-hidden="true">✓ </span>Disponible hors connexion
    </span>
  ) : null;
  if (!contenu || mobile) return null;
  return <div className={styles.item}>{contenu}</div>;
}
