import type { ReactNode } from 'react';
import { PageSuivi } from '@site/src/components/Suivi/commun';
import EspaceFormateur from '@site/src/components/Formateurs/EspaceFormateur';

export default function PageEspaceFormateur(): ReactNode {
  return (
    <PageSuivi
      titre="Espace formateur"
      description="Composer des parcours, suivre la progression d'une cohorte à partir des passeports des stagiaires, sans serveur ni compte."
      chapo={
        <p>
          Composez des parcours pour votre groupe et suivez la progression de vos stagiaires, sans serveur ni compte : tout se passe dans votre
          navigateur, et chaque stagiaire garde la main sur ses résultats.
        </p>
      }
    >
      <EspaceFormateur />
    </PageSuivi>
  );
}
