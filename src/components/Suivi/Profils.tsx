/**
 * Profiles on a shared workshop computer: choose the active profile, add one,
 * delete one after an explicit confirmation. Each profile has its own record and
 * document (src/domain/journal/keys.ts); nothing is shared between them.
 */
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useJournal } from '../Journal';
import { styles } from './commun';

export function Profils(): ReactNode {
  const { profils, profil, changerProfil, ajouterProfil, supprimerProfil, statements } = useJournal();
  const [choix, setChoix] = useState(profil);
  const [nom, setNom] = useState('');
  const [message, setMessage] = useState<{ ton: 'ok' | 'erreur'; texte: string } | null>(null);
  const [confirmer, setConfirmer] = useState(false);
  const id = useId();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const actif = profils.find((p) => p.id === profil);
  useEffect(() => {
    if (confirmer) confirmRef.current?.focus();
  }, [confirmer]);

  const changer = (e: FormEvent) => {
    e.preventDefault();
    if (choix === profil) return;
    const retenu = changerProfil(choix);
    setConfirmer(false);
    const nomChoisi = profils.find((p) => p.id === choix)?.nom ?? '';
    setMessage(
      retenu
        ? { ton: 'ok', texte: `Profil « ${nomChoisi} » activé.` }
        : { ton: 'erreur', texte: `Profil « ${nomChoisi} » activé pour cette visite seulement : le navigateur n’a pas pu retenir ce choix (stockage plein ou refusé).` },
    );
  };
  const ajouter = (e: FormEvent) => {
    e.preventDefault();
    const r = ajouterProfil(nom);
    if (r.ok) {
      setChoix(r.id);
      setNom('');
      setConfirmer(false);
      setMessage({ ton: 'ok', texte: `Profil « ${nom.trim()} » créé et activé. Ses réponses sont séparées de celles des autres profils.` });
    } else setMessage({ ton: 'erreur', texte: `Profil non créé : ${r.raison}.` });
  };
  const supprimer = async () => {
    const ancien = actif?.nom ?? '';
    const r = await supprimerProfil(profil);
    setConfirmer(false);
    if (r.ok) {
      setChoix(r.id);
      setMessage({ ton: 'ok', texte: `Profil « ${ancien} » supprimé avec toutes ses données.` });
    } else setMessage({ ton: 'erreur', texte: `Suppression impossible : ${r.raison}.` });
  };

  return (
    <section aria-labelledby={`${id}-titre`} className={styles.panneau} id="profils">
      <h2 id={`${id}-titre`}>Profils sur cet ordinateur</h2>
      <p>
        Sur un poste partagé de l'atelier, chaque personne utilise son propre profil : ses réponses, son positionnement et ses
        parcours restent séparés. Profil actif : <strong>{actif?.nom}</strong> ({statements.length} réponse{statements.length > 1 ? 's' : ''} enregistrée{statements.length > 1 ? 's' : ''}).
      </p>
      {profils.length > 1 && (
        <form onSubmit={changer} className={styles.actions}>
          <label htmlFor={`${id}-choix`}>Changer de profil</label>
          <select id={`${id}-choix`} value={choix} onChange={(e) => setChoix(e.target.value)}>
            {profils.map((p) => (
              <option key={p.id} value={p.id}>
                {p.nom}
              </option>
            ))}
          </select>
          <button type="submit" className="button button--sm button--primary" disabled={choix === profil}>
            Utiliser ce profil
          </button>
        </form>
      )}
      <form onSubmit={ajouter} className={styles.actions}>
        <label htmlFor={`${id}-nom`}>Nouveau profil (prénom ou pseudonyme)</label>
        <input id={`${id}-nom`} value={nom} onChange={(e) => setNom(e.target.value)} maxLength={80} autoComplete="off" />
        <button type="submit" className="button button--sm button--secondary">
          Ajouter le profil
        </button>
      </form>
      {profils.length > 1 && !confirmer && (
        <p>
          <button
            type="button"
            className="button button--sm button--secondary"
            onClick={() => {
              setConfirmer(true);
              setMessage(null);
            }}
          >
            Supprimer le profil « {actif?.nom} »…
          </button>
        </p>
      )}
      {confirmer && (
        <div role="group" aria-labelledby={`${id}-confirm`} className="alert alert--danger">
          <p id={`${id}-confirm`}>
            Supprimer le profil « {actif?.nom} » efface définitivement ses {statements.length} réponses enregistrées, son positionnement et ses parcours
            sur cet ordinateur. Pensez à télécharger son passeport avant, si vous voulez les garder.
          </p>
          <div className={styles.actions}>
            <button ref={confirmRef} type="button" className="button button--sm button--danger" onClick={() => void supprimer()}>
              Supprimer définitivement
            </button>
            <button type="button" className="button button--sm button--secondary" onClick={() => setConfirmer(false)}>
              Annuler
            </button>
          </div>
        </div>
      )}
      <div role="status" aria-live="polite">
        {message && <p className={message.ton === 'erreur' ? 'alert alert--danger' : 'alert alert--success'}>{message.texte}</p>}
      </div>
    </section>
  );
}
