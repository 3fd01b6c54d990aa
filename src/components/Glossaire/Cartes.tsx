/**
 * « Réviser en cartes » (flashcards): term first, definition on demand, « À revoir » cards come
 * back at the end of the round. Loaded when the learner asks for it (index.tsx), with the terms.
 */
import { useRef, useState, type ReactNode } from 'react';
import type { Terme } from '@site/src/contenu/glossaire';
import { seededShuffle } from '@site/src/domain/quiz/shuffle';
import { ORDRE } from './ordre';
import styles from './styles.module.css';

export default function Cartes({ onQuitter }: { onQuitter: () => void }): ReactNode {
  const [pile, setPile] = useState<Terme[]>(() => seededShuffle(ORDRE, String(Date.now())));
  const [retournee, setRetournee] = useState(false);
  const [sues, setSues] = useState(0);
  const [annonce, setAnnonce] = useState('');
  const carte = pile[0];
  const titre = useRef<HTMLParagraphElement | null>(null);
  const suivante = (su: boolean) => {
    if (!carte) return;
    const reste = pile.slice(1);
    setPile(su ? reste : [...reste, carte]);
    if (su) setSues((n) => n + 1);
    setRetournee(false);
    setAnnonce(su ? 'Carte acquise.' : 'Carte remise en fin de paquet.');
    requestAnimationFrame(() => titre.current?.focus());
  };
  return (
    <section className={styles.cartes} aria-labelledby="cartes-titre">
      <h2 id="cartes-titre">Réviser en cartes</h2>
      <p className={styles.compte}>
        {sues} carte{sues > 1 ? 's' : ''} acquise{sues > 1 ? 's' : ''} · {pile.length} à revoir
      </p>
      {carte ? (
        <div className={styles.carte}>
          <p ref={titre} tabIndex={-1} className={styles.carteTerme}>
            {carte.terme}
          </p>
          {retournee ? (
            <div aria-live="polite">
              {carte.developpe && <p className={styles.developpe}>{carte.developpe}</p>}
              <p>{carte.definition}</p>
              <div className={styles.boutons}>
                <button type="button" className="button button--secondary" onClick={() => suivante(false)}>
                  À revoir
                </button>
                <button type="button" className="button button--primary" onClick={() => suivante(true)}>
                  Je savais
                </button>
              </div>
            </div>
          ) : (
            <button type="button" className="button button--primary" onClick={() => setRetournee(true)}>
              Afficher la définition
            </button>
          )}
        </div>
      ) : (
        <p>Bravo : toutes les cartes sont acquises pour cette série.</p>
      )}
      <p className="sr-only" aria-live="polite">
        {annonce}
      </p>
      <button type="button" className="button button--link" onClick={onQuitter}>
        Revenir à la liste
      </button>
    </section>
  );
}
