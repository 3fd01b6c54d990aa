import type { ReactNode } from 'react';
import { PageSuivi } from '@site/src/components/Suivi/commun';
import Cohorte from '@site/src/components/Formateurs/Cohorte';
import styles from '@site/src/components/Formateurs/formateurs.module.css';

export default function PageCohorte(): ReactNode {
  return (
    <PageSuivi
      className={`container--fluid ${styles.pleineLargeur}`}
      titre="Suivre une cohorte"
      description="Ouvrir les passeports de progression des stagiaires et voir le niveau du groupe, compétence par compétence, sans rien envoyer."
      chapo={
        <p>
          Le tableau de votre groupe, compétence par compétence ou parcours par parcours (qui a fait quelle activité, avec quel résultat), à
          partir des passeports de progression que vos stagiaires vous ont remis. Tout est calculé dans votre navigateur.
        </p>
      }
    >
      <Cohorte />
    </PageSuivi>
  );
}
