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
          Chaque question manquée dans un quiz entre dans votre paquet : vous pouvez la revoir tout de suite. Tant que vous y répondez juste,
          elle revient de plus en plus tard, après quelques jours puis quelques semaines ; une erreur la fait revenir aussitôt. Quand sa
          prochaine révision serait à plus d'un mois, vous la savez : elle quitte le paquet.
        </p>
      }
    >
      <Revision />
    </PageSuivi>
  );
}
