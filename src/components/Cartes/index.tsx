/**
 * <Cartes id="…" /> in MDX: a set of revision cards (src/domain/cartes). One card at
 * a time: the question, « Retourner la carte », the answer, then the learner says
 * whether they knew it; the cards « à revoir » come back in the next round. What the
 * learner says of themselves is not recorded: it is revision, not a measure.
 * The logic is in src/domain/cartes/revision.ts; this view renders it.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { JeuDeCartes } from '@site/src/domain/cartes/types';
import { carteCourante, debuterRevision, repondre, retourner, revoir, tourTermine, type EtatRevision } from '@site/src/domain/cartes/revision';
import { RichInline } from '../Activite/RichText';
import styles from './styles.module.css';

export default function Cartes({ id, data }: { id: string; data?: JeuDeCartes }): ReactNode {
  if (!data || data.kind !== 'cartes' || data.id !== id) {
    return (
      <p role="alert" className="alert alert--danger">
        Les cartes « {id} » n'ont pas pu être affichées : leurs données manquent. Vérifiez qu'elles figurent dans quizzes/cartes.ts.
      </p>
    );
  }
  return <CartesView jeu={data} />;
}

const pluriel = (n: number, mot: string) => `${n} ${mot}${n > 1 ? 's' : ''}`;

function CartesView({ jeu }: { jeu: JeuDeCartes }): ReactNode {
  // The first round's order is the same on the server and in the browser (hydration).
  const [partie, setPartie] = useState(0);
  const graine = `${jeu.id}:${partie}`;
  const [etat, setEtat] = useState<EtatRevision>(() => debuterRevision(jeu, graine));
  const focus = useRef<HTMLElement | null>(null);
  const [aFocaliser, setAFocaliser] = useState(false);
  useEffect(() => {
    if (aFocaliser) focus.current?.focus();
    setAFocaliser(false);
  }, [aFocaliser, etat]);
  const titreId = `${jeu.id}-titre`;
  const carte = carteCourante(jeu, etat);
  const total = etat.pile.length;

  const agir = (suivant: EtatRevision) => {
    setEtat(suivant);
    setAFocaliser(true);
  };

  return (
    <section className={styles.cartes} aria-labelledby={titreId} data-cartes={jeu.id}>
      <h3 id={titreId}>{`Cartes de révision\u202f: ${jeu.titre}`}</h3>
      {jeu.consigne && <p className={styles.consigne}>{jeu.consigne}</p>}
      {carte ? (
        <div className={styles.carte}>
          <p className={styles.position}>
            {`${etat.tour > 1 ? `Tour ${etat.tour} (cartes à revoir) · ` : ''}Carte ${etat.position + 1} sur ${total}`}
          </p>
          <p className={styles.recto} id={`${jeu.id}-recto`}>
            <span className={styles.etiquette}>Question</span>
            <RichInline text={carte.recto} />
          </p>
          {etat.retournee ? (
            <div className={styles.verso}>
              <p tabIndex={-1} ref={(el) => { focus.current = el; }}>
                <span className={styles.etiquette}>Réponse</span>
                <RichInline text={carte.verso} />
              </p>
              {carte.source && <p className={styles.source}>{`Source\u202f: ${carte.source}`}</p>}
              <p className={styles.question} id={`${jeu.id}-auto`}>Le saviez-vous&#8239;?</p>
              <div className={styles.boutons} role="group" aria-labelledby={`${jeu.id}-auto`}>
                <button type="button" className="button button--primary" onClick={() => agir(repondre(etat, true))}>
                  Je savais
                </button>
                <button type="button" className="button button--secondary" onClick={() => agir(repondre(etat, false))}>
                  À revoir
                </button>
              </div>
            </div>
          ) : (
            <div className={styles.boutons}>
              <button
                type="button"
                className="button button--primary"
                aria-describedby={`${jeu.id}-recto`}
                ref={(el) => { if (!etat.retournee) focus.current = el; }}
                onClick={() => agir(retourner(etat))}
              >
                Retourner la carte
              </button>
            </div>
          )}
        </div>
      ) : (
        tourTermine(etat) && (
          <div className={styles.bilan}>
            <p tabIndex={-1} ref={(el) => { focus.current = el; }} className={styles.resultat}>
              {etat.aRevoir.length === 0
                ? `Tour ${etat.tour} terminé\u202f: vous saviez les ${pluriel(total, 'carte')}.`
                : `Tour ${etat.tour} terminé\u202f: vous saviez ${etat.sues.length} carte${etat.sues.length > 1 ? 's' : ''} sur ${total}, ${pluriel(etat.aRevoir.length, 'carte')} à revoir.`}
            </p>
            <div className={styles.boutons}>
              {etat.aRevoir.length > 0 && (
                <button type="button" className="button button--primary" onClick={() => agir(revoir(etat, graine) ?? etat)}>
                  Revoir les {pluriel(etat.aRevoir.length, 'carte')}
                </button>
              )}
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  const suivante = partie + 1;
                  setPartie(suivante);
                  agir(debuterRevision(jeu, `${jeu.id}:${suivante}`));
                }}
              >
                Reprendre tout le jeu
              </button>
            </div>
          </div>
        )
      )}
      <p className={styles.note}>Ces cartes servent à réviser&#8239;: ce que vous répondez n'est pas enregistré et ne compte pas dans votre progression.</p>
    </section>
  );
}
