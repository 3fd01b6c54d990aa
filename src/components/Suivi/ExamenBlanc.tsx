/**
 * Mock exams per bloc and for the whole title: a fixed number of questions drawn
 * across the critères (questions never answered first), optional time limit,
 * correction at the end only, report per critère saved in the record
 * (activity `examen-blanc-<perimeter>`).
 */
import { useId, useMemo, useState, type ReactNode } from 'react';
import { blocById, type BlocId } from '@site/src/referentiel';
import type { Banque } from '@site/src/domain/suivi/banque';
import type { EnTete, Origine } from '@site/src/domain/suivi/compose';
import { activiteExamen, EXAMENS, questionsVues, tirerExamen, type Perimetre } from '@site/src/domain/suivi/examen';
import { historique } from '@site/src/domain/suivi/historique';
import { AvertissementsStockage, useJournal, uuid } from '../Journal';
import { AvecBanque, dateFr, pourcent, styles } from './commun';
import { QuizCompose } from './QuizCompose';
import { TableauDefilant } from './TableauDefilant';

const PERIMETRES = Object.keys(EXAMENS) as Perimetre[];
export const SEUIL_EXAMEN = 0.7;

function libelle(p: Perimetre): string {
  return p === 'titre' ? 'Titre complet (les trois blocs)' : `Bloc ${blocById(p).numero} — ${blocById(p).intituleCourt}`;
}

interface Examen {
  readonly perimetre: Perimetre;
  readonly minuteur: boolean;
  readonly origines: readonly Origine[];
  readonly seed: string;
}

function Passation({ banque, examen, fin }: { banque: Banque; examen: Examen; fin: () => void }): ReactNode {
  const { perimetre, minuteur, origines } = examen;
  const entete = useMemo<EnTete>(
    () => ({
      id: activiteExamen(perimetre),
      titre: `Examen blanc — ${libelle(perimetre)}`,
      bloc: (perimetre === 'titre' ? 'B1' : perimetre) as BlocId,
      seuil: SEUIL_EXAMEN,
      ...(minuteur ? { duree: EXAMENS[perimetre].duree } : {}),
    }),
    [perimetre, minuteur],
  );
  return (
    <section aria-label="Examen en cours">
      <QuizCompose
        banque={banque}
        entete={entete}
        origines={origines}
        modes={['examen']}
        duree={minuteur ? EXAMENS[perimetre].duree : null}
        niveau={2}
        titre={`Examen blanc — ${libelle(perimetre)} (${origines.length} questions)`}
      />
      <button type="button" className="button button--secondary margin-top--md" onClick={fin}>
        Quitter et revenir au choix de l'examen
      </button>
    </section>
  );
}

function Choix({ banque }: { banque: Banque }): ReactNode {
  const { statements } = useJournal();
  const [perimetre, setPerimetre] = useState<Perimetre>('B1');
  const [minuteur, setMinuteur] = useState(true);
  const [examen, setExamen] = useState<Examen | null>(null);
  const id = useId();
  const passes = useMemo(() => historique(statements).filter((t) => t.origine === 'examen-blanc'), [statements]);

  if (examen) return <Passation banque={banque} examen={examen} fin={() => setExamen(null)} />;
  const preparer = () => {
    const seed = uuid();
    const tirees = tirerExamen(banque, perimetre, seed, questionsVues(statements));
    setExamen({ perimetre, minuteur, seed, origines: tirees.map((q) => ({ activite: q.activite, question: q.question })) });
  };
  return (
    <>
      <form
        className={styles.panneau}
        onSubmit={(e) => {
          e.preventDefault();
          preparer();
        }}
      >
        <fieldset>
          <legend>
            <strong>Quel examen ?</strong>
          </legend>
          {PERIMETRES.map((p) => (
            <label key={p} className={styles.choixLigne}>
              <input type="radio" name={`${id}-perimetre`} value={p} checked={perimetre === p} onChange={() => setPerimetre(p)} /> {libelle(p)} :{' '}
              {EXAMENS[p].questions} questions, {EXAMENS[p].duree} minutes
            </label>
          ))}
        </fieldset>
        <label className={styles.choixLigne}>
          <input type="checkbox" checked={minuteur} onChange={(e) => setMinuteur(e.target.checked)} /> Avec minuteur ({EXAMENS[perimetre].duree} minutes ; à la fin du temps, l'examen est corrigé tel quel)
        </label>
        <button type="submit" className="button button--primary margin-top--sm">
          Préparer l'examen
        </button>
      </form>
      <section aria-labelledby={`${id}-passes`}>
        <h2 id={`${id}-passes`}>Vos examens blancs</h2>
        {passes.length === 0 ? (
          <p>Vous n'avez pas encore passé d'examen blanc.</p>
        ) : (
          <TableauDefilant legende="Examens blancs terminés, du plus récent au plus ancien" legendeVisible>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Examen</th>
                <th scope="col">Résultat</th>
                <th scope="col">Critères sous 50 %</th>
              </tr>
            </thead>
            <tbody>
              {passes.map((t) => {
                const p = t.activite.replace('examen-blanc-', '');
                const perimetreP = (p === 'titre' ? 'titre' : p.toUpperCase()) as Perimetre;
                const faibles = Object.entries(t.parCritere)
                  .filter(([, v]) => (v ?? 0) < 0.5)
                  .map(([k]) => k);
                return (
                  <tr key={t.date}>
                    <td>{dateFr(t.date, true)}</td>
                    <th scope="row">{PERIMETRES.includes(perimetreP) ? libelle(perimetreP) : t.activite}</th>
                    <td>
                      {pourcent(t.max > 0 ? t.points / t.max : 0)} — {t.reussi ? 'réussi' : 'non réussi'}
                    </td>
                    <td>{faibles.length === 0 ? 'aucun' : faibles.join(', ')}</td>
                  </tr>
                );
              })}
            </tbody>
          </TableauDefilant>
        )}
      </section>
    </>
  );
}

export function ExamenBlanc(): ReactNode {
  return (
    <>
      <AvertissementsStockage />
      <AvecBanque>{(banque) => <Choix banque={banque} />}</AvecBanque>
    </>
  );
}
