import type { ReactNode } from 'react';
import { PageSuivi } from '@site/src/components/Suivi/commun';
import { ExamenBlanc } from '@site/src/components/Suivi/ExamenBlanc';

export default function PageExamenBlanc(): ReactNode {
  return (
    <PageSuivi
      titre="Examen blanc"
      description="Un examen blanc par bloc ou sur tout le titre de moniteur d'atelier : questions tirées sur tous les critères, correction à la fin, résultat par critère."
      chapo={
        <p>
          Les questions sont tirées dans tous les quiz du bloc, réparties sur chacun de ses critères, en commençant par celles que vous
          n'avez jamais vues. Vous répondez à tout, puis vous voyez la correction et votre résultat critère par critère. C'est un
          entraînement : il ne reproduit pas les épreuves officielles du titre, dont les modalités sont fixées par le certificateur
          (CPNE-FP).
        </p>
      }
    >
      <ExamenBlanc />
    </PageSuivi>
  );
}
