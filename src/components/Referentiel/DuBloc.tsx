/**
 * <CompetencesDuBloc bloc="B1" surDemande /> as the bloc pages use it: the référentiel of
 * the bloc (closed « Voir les compétences… » details, some 150 elements) is in the page's
 * HTML only (`?serveur`, as the glossary's list and the activities): the page's script
 * carries neither the référentiel's texts nor their hydration. Reached by a link within
 * the site (no HTML for it) or under `npm start`, it is loaded and rendered here.
 */
import { useEffect, useState, type ComponentProps, type ComponentType, type ReactNode } from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import BlocServeur from '@site/src/components/Referentiel?serveur';
import { HtmlDuServeur } from '../Activite/HtmlDuServeur';

type Props = ComponentProps<typeof import('./index').CompetencesDuBloc>;

export function CompetencesDuBloc(props: Props): ReactNode {
  // Hydration of the built page (first render, before useIsBrowser turns true): its HTML is there.
  const navigateur = useIsBrowser();
  const [avecHtml] = useState(!navigateur && process.env.NODE_ENV === 'production');
  const [Bloc, setBloc] = useState<ComponentType<Props> | null>(null);
  const [erreur, setErreur] = useState(false);
  useEffect(() => {
    if (avecHtml || BlocServeur) return;
    import('./index').then(
      (m) => setBloc(() => m.CompetencesDuBloc),
      () => setErreur(true),
    );
  }, [avecHtml]);
  const Rendu = BlocServeur ?? Bloc;
  if (!Rendu && avecHtml) return <HtmlDuServeur data-referentiel-bloc="" />;
  return (
    <div data-referentiel-bloc="">
      {Rendu ? <Rendu {...props} /> : erreur ? <p role="alert">Le référentiel du bloc n’a pas pu être chargé (connexion coupée ?). Rechargez la page.</p> : null}
    </div>
  );
}
