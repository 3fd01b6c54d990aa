/**
 * Mock exams per bloc and for the whole title: a fixed number of questions drawn
 * across the critères (questions never answered first), optional time limit,
 * correction at the end only, report per critère saved in the record
 * (activity `examen-blanc-<perimeter>`).
 * Only a finished exam goes to the record: preparing, starting or leaving one
 * writes nothing there. An exam once started is kept apart as it goes (answers,
 * question, time left): leaving the page, reloading or closing the browser, the
 * learner comes back to « Reprendre » or « Recommencer ».
 */
import { lazy, Suspense, useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import { blocById, type BlocId } from '@site/src/referentiel';
import type { Banque } from '@site/src/domain/formateur/banque';
import type { EnTete, Origine } from '@site/src/domain/formateur/compose';
import { activiteExamen, CLE_EXAMEN_EN_COURS, EXAMENS, lireExamenPrepare, type ExamenPrepare, type Perimetre } from '@site/src/domain/apprenant/examen';
import type { EnCours, Json } from '@site/src/domain/quiz/en-cours';
import { historique } from '@site/src/domain/journal/historique';
import { AvertissementsStockage, useJournal, uuid } from '../Journal';
import { AvecBanque, dateFr, pourcent, styles } from './commun';
import { PropositionReprise } from '../Quiz/reprise';
import { TableauDefilant } from './TableauDefilant';

const PERIMETRES = Object.keys(EXAMENS) as Perimetre[];
export const SEUIL_EXAMEN = 0.7;

function libelle(p: Perimetre): string {
  return p === 'titre' ? 'Titre complet (les trois blocs)' : `Bloc ${blocById(p).numero} — ${blocById(p).intituleCourt}`;
}

type Examen = ExamenPrepare & { readonly origines: readonly Origine[] };

/** The exam in progress kept on this device, once read: none, or the attempt and its drawn exam. */
type EnCoursExamen = { readonly enCours: EnCours; readonly examen: Examen } | null;

// The quiz player (≈ 9 Kio gz with the quiz's views) is loaded when an exam is prepared or resumed,
// not with the page: choosing an exam and reading past results do not need it.
const QuizCompose = lazy(() => import('./QuizCompose').then((m) => ({ default: m.QuizCompose })));

function Passation({ banque, examen, initiale, fin }: { banque: Banque; examen: Examen; initiale: EnCours | null; fin: () => void }): ReactNode {
  const { perimetre, minuteur, origines } = examen;
  const sauvegarde = useMemo(() => ({ cle: CLE_EXAMEN_EN_COURS, contexte: examen as unknown as Json, initiale }), [examen, initiale]);
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
      <Suspense
        fallback={
          <p role="status" className={styles.chargement}>
            Chargement de l'examen…
          </p>
        }
      >
        <QuizCompose
          banque={banque}
          entete={entete}
          origines={origines}
          modes={['examen']}
          duree={minuteur ? EXAMENS[perimetre].duree : null}
          niveau={2}
          titre={`Examen blanc — ${libelle(perimetre)} (${origines.length} questions)`}
          sauvegarde={sauvegarde}
        />
      </Suspense>
      <p className="margin-top--md">
        Seul un examen terminé compte dans votre progression. Si vous quittez un examen commencé, vos réponses et le temps
        restant sont gardés sur cet appareil : vous pourrez le reprendre.
      </p>
      <button type="button" className="button button--secondary" onClick={fin}>
        Revenir au choix de l'examen
      </button>
    </section>
  );
}

function Choix({ banque }: { banque: Banque }): ReactNode {
  const { statements, ready, enCours: stockage } = useJournal();
  const [perimetre, setPerimetre] = useState<Perimetre>('B1');
  const [minuteur, setMinuteur] = useState(true);
  const [examen, setExamen] = useState<{ examen: Examen; initiale: EnCours | null } | null>(null);
  const [erreurPreparation, setErreurPreparation] = useState(false);
  // The exam in progress on this device: being read, then known.
  const [enCours, setEnCours] = useState<EnCoursExamen | 'lecture'>('lecture');
  const id = useId();
  const passes = useMemo(() => historique(statements).filter((t) => t.origine === 'examen-blanc'), [statements]);

  useEffect(() => {
    if (enCours !== 'lecture' || !ready) return undefined;
    let actif = true;
    stockage
      .lire(CLE_EXAMEN_EN_COURS)
      .then(async (raw) => {
        // The reader of an exam in progress is loaded only when there is one to read.
        if (raw === null) return null;
        const { lireEnCours } = await import('@site/src/domain/quiz/reprise');
        const lu = lireEnCours(raw);
        const prepare = lu.ok ? lireExamenPrepare(lu.enCours.contexte) : null;
        // Unreadable (written by another version of the site): it could not be resumed anyway.
        if (!prepare) void stockage.effacer(CLE_EXAMEN_EN_COURS);
        return lu.ok && prepare ? { enCours: lu.enCours, examen: prepare } : null;
      })
      .then(
        (lu) => actif && setEnCours(lu),
        () => actif && setEnCours(null),
      );
    return () => {
      actif = false;
    };
  }, [enCours, ready, stockage]);

  if (examen) {
    return (
      <Passation
        banque={banque}
        examen={examen.examen}
        initiale={examen.initiale}
        fin={() => {
          setExamen(null);
          setEnCours('lecture');
        }}
      />
    );
  }
  if (enCours === 'lecture') {
    return (
      <p role="status" className={styles.chargement}>
        Chargement de vos données…
      </p>
    );
  }
  if (enCours) {
    const { perimetre: p, minuteur: m } = enCours.examen;
    return (
      <section aria-label="Examen commencé" className={styles.panneau}>
        <h2>Examen blanc commencé : {libelle(p)}</h2>
        <PropositionReprise
          enCours={enCours.enCours}
          idPrefix={`${id}-examen`}
          quoi="cet examen"
          reprendre={() => setExamen({ examen: enCours.examen, initiale: enCours.enCours })}
          recommencer={() => {
            // Abandoned: forgotten on this device, and nothing goes to the record.
            void stockage.effacer(CLE_EXAMEN_EN_COURS);
            setPerimetre(p);
            setMinuteur(m);
            setEnCours(null);
          }}
        />
        <p>« Recommencer » abandonne cet examen sans rien enregistrer dans votre progression ; vous choisissez ensuite un nouvel examen.</p>
      </section>
    );
  }
  // The draw is loaded when the learner prepares an exam (with the quiz player, see QuizCompose).
  const preparer = async () => {
    const { questionsVues, tirerExamen } = await import('@site/src/domain/apprenant/tirage-examen');
    const seed = uuid();
    const tirees = tirerExamen(banque, perimetre, seed, questionsVues(statements));
    setExamen({ examen: { perimetre, minuteur, seed, origines: tirees.map((q) => ({ activite: q.activite, question: q.question })) }, initiale: null });
  };
  return (
    <>
      <form
        className={styles.panneau}
        onSubmit={(e) => {
          e.preventDefault();
          setErreurPreparation(false);
          preparer().catch(() => setErreurPreparation(true));
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
        {erreurPreparation && (
          <p role="alert" className="alert alert--warning margin-top--sm">
            L’examen n’a pas pu être préparé (connexion coupée ?). Réessayez, ou rechargez la page.
          </p>
        )}
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
