/**
 * Around an attempt in progress (src/domain/quiz/reprise.ts): the writer that keeps it
 * in the browser as it goes, and the offer to resume it (« Reprendre » / « Recommencer »).
 */
import { useCallback, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { repondues, type EnCours } from '@site/src/domain/quiz/en-cours';
import type { EnCoursApi } from '../Journal';
import styles from './styles.module.css';

type Operation = { readonly valeur: string } | { readonly effacer: true };

/**
 * Writes the attempt under `cle`, one operation at a time: while one is under way, only
 * the latest value asked for waits (typing an answer asks for a write at each key).
 */
export function useEcrivainEnCours(api: EnCoursApi, cle: string | null): { ecrire(valeur: string): void; effacer(): void } {
  const etat = useRef<{ occupe: boolean; suivante: Operation | null }>({ occupe: false, suivante: null });
  const courant = useRef({ api, cle });
  courant.current = { api, cle };
  const pousser = useCallback((operation: Operation) => {
    // The latest value is kept at once; its write may wait behind the one in progress.
    const { api: maintenant, cle: ici } = courant.current;
    if (ici !== null) maintenant.retenir(ici, 'valeur' in operation ? operation.valeur : null);
    const e = etat.current;
    e.suivante = operation;
    if (e.occupe) return;
    e.occupe = true;
    void (async () => {
      while (e.suivante) {
        const o = e.suivante;
        e.suivante = null;
        const { api: a, cle: c } = courant.current;
        if (c === null) continue;
        try {
          await ('valeur' in o ? a.ecrire(c, o.valeur) : a.effacer(c));
        } catch {
          // A full or refused storage: the attempt goes on in the page (the record's warnings say why).
        }
      }
      e.occupe = false;
    })();
  }, []);
  return useMemo(() => ({ ecrire: (valeur: string) => pousser({ valeur }), effacer: () => pousser({ effacer: true }) }), [pousser]);
}

const minutes = (ms: number) => {
  const s = Math.ceil(ms / 1000);
  return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
};

/** « 3 décembre à 14 h 05 ». */
export function dateHeure(iso: string): string {
  const d = new Date(iso);
  return `${d.toLocaleDateString('fr-FR', { day: 'numeric', month: 'long' })} à ${d.getHours()} h ${String(d.getMinutes()).padStart(2, '0')}`;
}

/** What is saved, in words: « 4 questions répondues sur 10, 31 min 20 s restantes ». */
export function etatEnCours(enCours: EnCours): string {
  const n = repondues(enCours);
  const total = enCours.questionIds.length;
  const reponses = `${n} question${n > 1 ? 's' : ''} répondue${n > 1 ? 's' : ''} sur ${total}`;
  return enCours.restant === null ? reponses : `${reponses}, ${minutes(enCours.restant)} restantes`;
}

export function PropositionReprise({
  enCours,
  idPrefix,
  quoi,
  focus = false,
  reprendre,
  recommencer,
}: {
  enCours: EnCours;
  /** Move the focus to « Reprendre » (it was in the questions this choice replaces). */
  focus?: boolean;
  idPrefix: string;
  /** « ce quiz », « cet examen ». */
  quoi: string;
  reprendre: () => void;
  recommencer: () => void;
}): ReactNode {
  const bouton = useRef<HTMLButtonElement>(null);
  // The questions give way to this choice: the focus, if it was in the activity, comes here
  // (otherwise it stays where the learner is: the page does not jump to the activity).
  useEffect(() => {
    if (focus) bouton.current?.focus();
  }, [focus]);
  return (
    <div className={styles.reprise} role="group" aria-labelledby={`${idPrefix}-reprise`}>
      <p id={`${idPrefix}-reprise`}>
        <strong>Vous aviez commencé {quoi}</strong>, laissé le {dateHeure(enCours.enregistre)} ({enCours.mode === 'examen' ? 'examen' : 'entraînement'}) :{' '}
        {etatEnCours(enCours)}.
      </p>
      <div className={styles.boutons}>
        <button ref={bouton} type="button" className="button button--primary" onClick={reprendre}>
          Reprendre
        </button>
        <button type="button" className="button button--secondary" onClick={recommencer}>
          Recommencer
        </button>
      </div>
    </div>
  );
}
