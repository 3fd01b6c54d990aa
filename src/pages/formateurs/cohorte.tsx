import type { ReactNode } from 'react';
import { PageSuivi } from '@site/src/components/Suivi/commun';
import Cohorte from '@site/src/components/Formateurs/Cohorte';

export default function PageCohorte(): ReactNode {
  return (
    <PageSuivi
      titre="Suivre une cohorte"
      description="Ouvrir les passeports de progression des stagiaires et voir le niveau du groupe, compétence par compétence, sans rien envoyer."
      chapo={
        <p>
          Le tableau de votre groupe, compétence par compétence, à partir des passeports de progression que vos stagiaires vous ont remis. Tout est
          calculé dans votre navigateur.
        </p>
      }
    >
      <Cohorte />
    </PageSuivi>
  );
}
