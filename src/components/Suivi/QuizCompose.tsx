/**
 * A quiz assembled at run time from questions of several activities (mock exam,
 * review session): loads the public files of the activities concerned, then the
 * rubrics when the learner asks for the correction. Answers are recorded against
 * the original questions (QuizView `compose`).
 */
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type { Banque } from '@site/src/domain/formateur/banque';
import { composerCorrige, composerPublic, type EnTete, type Origine } from '@site/src/domain/formateur/compose';
import { intitulesDesCriteres } from '@site/src/referentiel';
import { QuizView, type QuizData, type QuizViewProps } from '../Quiz';
import type { RubricFile } from '../Activite/rubric';
import { chargerCorriges, chargerPublics } from './donnees';

type Props = Omit<QuizViewProps, 'data' | 'chargerCorrige' | 'compose'> & {
  readonly banque: Banque;
  readonly entete: EnTete;
  readonly origines: readonly Origine[];
};

const listeManquantes = (m: readonly Origine[]) => m.slice(0, 5).map((o) => `${o.activite}/${o.question}`).join(', ');

export function QuizCompose({ banque, entete, origines, ...vue }: Props): ReactNode {
  const base = useBaseUrl('/');
  const activites = useMemo(() => {
    const ids = new Set(origines.map((o) => o.activite));
    return banque.activites.filter((a) => ids.has(a.id) && a.kind === 'quiz');
  }, [banque, origines]);
  const [etat, setEtat] = useState<{ data: QuizData } | { erreur: string } | null>(null);

  useEffect(() => {
    let actif = true;
    setEtat(null);
    chargerPublics(base, activites).then(
      (sources) => {
        if (!actif) return;
        const publics = new Map([...sources].map(([id, s]) => [id, s.public]));
        const r = composerPublic(entete, origines, publics);
        if (!r.ok) {
          setEtat({ erreur: `Des questions n'existent plus sur le site (${listeManquantes(r.manquantes)}). Rechargez la page.` });
          return;
        }
        const formules = Object.assign({}, ...[...sources.values()].map((s) => s.formules)) as Record<string, string>;
        const criteres = intitulesDesCriteres(r.quiz.questions.flatMap((q) => q.criteres));
        setEtat({ data: { activite: r.quiz, formules, criteres, rubrique: '' } });
      },
      (error: unknown) => actif && setEtat({ erreur: `Les questions n'ont pas pu être chargées (${(error as Error).message}). Vérifiez votre connexion puis réessayez.` }),
    );
    return () => {
      actif = false;
    };
  }, [base, activites, entete, origines]);

  const chargerCorrige = useCallback(async (): Promise<RubricFile> => {
    const { quizzes, formules } = await chargerCorriges(base, activites);
    const r = composerCorrige(entete, origines, quizzes);
    if (!r.ok) throw new Error(`La correction de certaines questions manque (${listeManquantes(r.manquantes)}). Rechargez la page.`);
    return { activite: r.quiz, formules };
  }, [base, activites, entete, origines]);

  if (etat === null) {
    return (
      <p role="status" aria-live="polite">
        Préparation des questions…
      </p>
    );
  }
  if ('erreur' in etat) {
    return (
      <p role="alert" className="alert alert--danger">
        {etat.erreur}
      </p>
    );
  }
  // Formulas are pre-rendered as MathML at build time: nothing to load for them.
  return <QuizView {...vue} data={etat.data} chargerCorrige={chargerCorrige} compose />;
}
