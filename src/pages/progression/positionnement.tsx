import type { ReactNode } from 'react';
import { PageSuivi } from '@site/src/components/Suivi/commun';
import { Positionnement } from '@site/src/components/Suivi/Positionnement';

export default function PagePositionnement(): ReactNode {
  return (
    <PageSuivi
      titre="Mon positionnement"
      description="Situez-vous sur chaque compétence du titre de moniteur d'atelier, en début et en fin de formation, et comparez avec vos résultats."
      chapo={
        <p>
          Pour chaque compétence du titre, dites si vous savez faire, si vous savez faire avec de l'aide, ou pas encore. Faites-le en début
          de formation, puis à la fin : vous verrez le chemin parcouru, à côté du niveau mesuré par vos réponses.
        </p>
      }
    >
      <Positionnement />
    </PageSuivi>
  );
}
