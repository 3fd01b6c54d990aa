import type { ReactNode } from 'react';
import { PageSuivi } from '@site/src/components/Suivi/commun';
import { Progression } from '@site/src/components/Suivi/Progression';

export default function PageProgression(): ReactNode {
  return (
    <PageSuivi
      titre="Ma progression"
      description="Votre niveau par bloc, compétence et critère du titre de moniteur d'atelier, calculé dans votre navigateur à partir de vos réponses."
      chapo={
        <p>
          Votre niveau est calculé à partir de vos réponses aux quiz, mises en situation et activités interactives. Tout reste dans ce navigateur :
          rien n'est envoyé.
        </p>
      }
    >
      <Progression />
    </PageSuivi>
  );
}
