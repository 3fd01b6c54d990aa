import type { ReactNode } from 'react';
import { PageSuivi } from '@site/src/components/Suivi/commun';
import ComposerParcours from '@site/src/components/Formateurs/ComposerParcours';

export default function PageComposerParcours(): ReactNode {
  return (
    <PageSuivi
      titre="Composer un parcours"
      description="Choisir des leçons et des activités pour un groupe, puis envoyer le parcours par un lien ou un QR code."
      chapo={
        <p>
          Choisissez des leçons et des activités, puis envoyez le lien obtenu à vos stagiaires. Tout le parcours est écrit dans le lien : rien n’est
          enregistré sur un serveur.
        </p>
      }
    >
      <ComposerParcours />
    </PageSuivi>
  );
}
