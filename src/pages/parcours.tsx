import type { ReactNode } from 'react';
import { PageSuivi } from '@site/src/components/Suivi/commun';
import MesParcours from '@site/src/components/Suivi/MesParcours';

export default function PageMesParcours(): ReactNode {
  return (
    <PageSuivi
      titre="Mes parcours"
      description="Les parcours envoyés par votre formatrice ou votre formateur : ce qui est à faire, ce qui est réussi, l'échéance."
      chapo={<p>Les leçons et les activités que votre formatrice ou votre formateur vous a demandées, avec ce qui est déjà réussi.</p>}
    >
      <MesParcours />
    </PageSuivi>
  );
}
