import type { ReactNode } from 'react';
import { PageSuivi } from '@site/src/components/Suivi/commun';
import { Revision } from '@site/src/components/Suivi/Revision';

export default function PageRevision(): ReactNode {
  return (
    <PageSuivi
      titre="Révision des erreurs"
      description="Les questions que vous avez manquées reviennent à intervalles croissants jusqu'à ce qu'elles soient bien sues."
      chapo={
        <p>
          Chaque question manquée dans un quiz entre dans votre paquet. Elle revient le lendemain, puis après 3, 7, 14 et 30 jours tant que
          vous y répondez juste ; une erreur la renvoie au début. Plus vous la savez, plus elle revient tard.
        </p>
      }
    >
      <Revision />
    </PageSuivi>
  );
}
