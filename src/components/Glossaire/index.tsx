/**
 * <Glossaire /> (imported by docs/ressources/glossaire.mdx only, so that other
 * pages do not ship the glossary data): the glossary from src/contenu/glossaire.ts — an alphabetical
 * list with a filter, and a « Réviser en cartes » mode (flashcards): term first,
 * definition on demand, « À revoir » cards come back at the end of the round.
 */
import { useMemo, useRef, useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import { GLOSSAIRE, type Terme } from '@site/src/contenu/glossaire';
import { normaliseAnswer } from '@site/src/domain/texte/richText';
import { seededShuffle } from '@site/src/domain/quiz/shuffle';
import { alphabetique } from '@site/src/domain/texte/alphabetique';
import styles from './styles.module.css';

const lettre = (t: Terme) => normaliseAnswer(t.terme).charAt(0).toUpperCase();
const ORDRE = alphabetique(GLOSSAIRE, (t) => t.terme);

function Liste(): ReactNode {
  const brokenLinks = useBrokenLinks();
  for (const t of GLOSSAIRE) brokenLinks.collectAnchor(t.id);
  const [filtre, setFiltre] = useState('');
  const termes = useMemo(() => {
    const f = normaliseAnswer(filtre);
    return f ? ORDRE.filter((t) => normaliseAnswer(`${t.terme} ${t.developpe ?? ''} ${t.definition}`).includes(f)) : ORDRE;
  }, [filtre]);
  const groupes = new Map<string, Terme[]>();
  for (const t of termes) groupes.set(lettre(t), [...(groupes.get(lettre(t)) ?? []), t]);
  return (
    <div>
      <label htmlFor="glossaire-filtre" className={styles.label}>
        Filtrer les termes
      </label>
      <input
        id="glossaire-filtre"
        type="search"
        className={styles.filtre}
        value={filtre}
        onChange={(e) => setFiltre(e.target.value)}
        autoComplete="off"
      />
      <p aria-live="polite" className={styles.compte}>
        {termes.length} terme{termes.length > 1 ? 's' : ''}
      </p>
      {[...groupes.entries()].map(([l, list]) => (
        <section key={l} aria-labelledby={`glossaire-lettre-${l}`}>
          <h2 id={`glossaire-lettre-${l}`} className={styles.lettre}>
            {l}
          </h2>
          <dl className={styles.liste}>
            {list.map((t) => (
              <div key={t.id} id={t.id} className={styles.terme}>
                <dt>
                  <strong>{t.terme}</strong>
                  {t.developpe && <span className={styles.developpe}> — {t.developpe}</span>}
                </dt>
                <dd>
                  {t.definition}
                  {t.source && <span className={styles.source}> ({t.source})</span>}
                  {t.lecon && (
                    <>
                      {' '}
                      <Link to={t.lecon} className={styles.lien}>
                        Voir dans le cours<span className="sr-only"> : {t.terme}</span>
                      </Link>
                    </>
                  )}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}

function Cartes({ onQuitter }: { onQuitter: () => void }): ReactNode {
  const [pile, setPile] = useState<Terme[]>(() => seededShuffle(GLOSSAIRE, String(Date.now())));
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
        <p>Bravo : toutes les cartes sont acquises pour cette série.</p>
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

export default function Glossaire(): ReactNode {
  const [cartes, setCartes] = useState(false);
  return (
    <div className={styles.glossaire}>
      {!cartes && (
        <p>
          <button type="button" className="button button--primary" onClick={() => setCartes(true)}>
            Réviser en cartes ({GLOSSAIRE.length} termes)
          </button>
        </p>
      )}
      {cartes ? <Cartes onQuitter={() => setCartes(false)} /> : <Liste />}
    </div>
  );
}
