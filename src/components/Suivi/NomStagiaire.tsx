/**
 * « Votre nom pour votre formateur »: the name a trainer sees in the cohort table
 * and on the summary, saved in the active profile (the same field as the livret's
 * « Nom et prénom »). Shown where a learner deals with a trainer: « Mes parcours »
 * and the passport export, so that nobody is « (sans nom) » in the cohort.
 */
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { avecValeurs, LIMITES_LIVRET, problemeChamp } from '@site/src/domain/apprenant/livret-champs';
import { useJournal } from '../Journal';
import { styles } from './commun';

export function NomStagiaire(): ReactNode {
  const { document, saveDocument } = useJournal();
  const id = useId();
  const [nom, setNom] = useState(document?.nom ?? '');
  const [message, setMessage] = useState<{ ton: 'ok' | 'erreur'; texte: string } | null>(null);
  const enregistre = document?.nom ?? '';
  // Another profile, or the livret, may have changed the stored name. Adjusted while rendering, not in
  // an effect, which on a slow device would run after the learner began to type and wipe it.
  const [vu, setVu] = useState(enregistre);
  if (enregistre !== vu) {
    setVu(enregistre);
    setNom(enregistre);
  }
  if (!document) return null;

  const enregistrer = async (e: FormEvent) => {
    e.preventDefault();
    const propre = nom.trim();
    const probleme = problemeChamp('nom', propre);
    if (probleme) {
      setMessage({ ton: 'erreur', texte: `Nom non enregistré : ${probleme}.` });
      return;
    }
    try {
      await saveDocument(avecValeurs(document, { nom: propre }));
      setMessage({ ton: 'ok', texte: propre ? `Nom enregistré : votre formateur verra « ${propre} ».` : 'Nom effacé : votre formateur verra « (sans nom) ».' });
    } catch {
      setMessage({ ton: 'erreur', texte: 'Nom non enregistré : le stockage de ce navigateur a refusé l’écriture.' });
    }
  };

  return (
    <form onSubmit={(e) => void enregistrer(e)} className={styles.nomStagiaire} aria-labelledby={`${id}-titre`}>
      <p id={`${id}-titre`} className={styles.nomTitre}>
        {enregistre ? (
          <>
            Votre nom pour votre formatrice ou votre formateur : <strong>{enregistre}</strong>
          </>
        ) : (
          <strong>Indiquez votre nom : sans lui, votre formateur voit « (sans nom) » dans son tableau de suivi.</strong>
        )}
      </p>
      <div className={styles.actions}>
        <label htmlFor={`${id}-nom`}>Nom et prénom (ou pseudonyme convenu avec le formateur)</label>
        <input
          id={`${id}-nom`}
          type="text"
          value={nom}
          maxLength={LIMITES_LIVRET.nom}
          autoComplete="name"
          aria-describedby={message ? `${id}-message` : undefined}
          onChange={(e) => setNom(e.target.value)}
        />
        <button type="submit" className="button button--sm button--primary" disabled={nom.trim() === enregistre}>
          Enregistrer le nom
        </button>
      </div>
      <p id={`${id}-message`} role="status" className={message?.ton === 'erreur' ? styles.erreur : undefined}>
        {message?.texte}
      </p>
    </form>
  );
}
