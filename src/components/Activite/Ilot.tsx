/**
 * An activity of a lesson (<Quiz>, <CasPratique>, <H5P>) as an « island »: the page's HTML
 * holds the whole activity, rendered at build time, and its code and data are
 * loaded only when the activity comes within a screen of the viewport, gets the
 * focus or is touched (quandProche). A quiz at the end of a long lesson thus
 * costs the page no script (≈ 20 Kio gzip: component, correction, traces, data).
 * An island `surInteraction` (an H5P activity: its HTML is a title and one button,
 * nothing to read or fill before) waits for the focus or a touch only: near the top
 * of a page it costs no script either (≈ 33 Kio gzip on the H5P page, fiche 0046).
 *
 * How (src/plugins/remark-activites.ts writes the props):
 * - on the server, `serveur` and `data` are the component and its data, rendered
 *   as usual;
 * - in the browser they are `null` (the `?serveur` imports are replaced by
 *   src/plugins/serveur-seulement.js), so neither the component nor the data is in
 *   the page's scripts. At hydration the island keeps the server's HTML as it is
 *   (HtmlDuServeur.tsx: React leaves the children alone), then
 *   swaps in the real component when `charger` and `chargerData` resolve;
 * - what the learner did in the meantime with the HTML alone (a box ticked, a
 *   word typed, a button pressed, the focus) is replayed on the real component,
 *   element by element (same id, or same kind and text): its first render is the
 *   same markup;
 * - after a client-side navigation, or with `npm start` (no server rendering),
 *   there is no server HTML: the code is loaded at once, with a short
 *   « Chargement… » line meanwhile.
 * If the code cannot be loaded (network cut before the service worker has the
 * page), the HTML stays and a message says so, with a button to try again.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ComponentType, type ReactNode } from 'react';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { HtmlDuServeur } from './HtmlDuServeur';
import { appuisPrecoces, ECOUTE } from './appuis-precoces';
import { quandProche } from './quand-proche';
import type { Etat } from './rejeu';

type Composant<D> = ComponentType<{ id: string; data?: D }>;

/** The live activity; with the server's HTML, what to replay on it and the function that does it. */
interface Vivant<D> {
  readonly Composant: Composant<D>;
  readonly data: D;
  readonly rejeu: { readonly etat: Etat; readonly rejouer: (racine: Element, etat: Etat) => Promise<void> } | null;
}

export interface IlotProps<D> {
  readonly id: string;
  /** The component, on the server; null in the browser. */
  readonly serveur: Composant<D> | null;
  /** The activity's public data, on the server; null in the browser. */
  readonly data: D | null;
  readonly charger: () => Promise<{ default: Composant<D> }>;
  readonly chargerData: () => Promise<{ default: D }>;
  /** The id of the activity's heading, declared to the build's link check (links from the bloc pages). */
  readonly ancre?: string;
  /** Loaded when the activity gets the focus or is touched, not when it comes near. */
  readonly surInteraction?: boolean;
}

export default function Ilot<D>(props: IlotProps<D>): ReactNode {
  const { serveur: Serveur, id, data, ancre } = props;
  if (Serveur) return <IlotServeur Serveur={Serveur} id={id} data={data} ancre={ancre} />;
  return <IlotNavigateur {...props} />;
}

function IlotServeur<D>({ Serveur, id, data, ancre }: { Serveur: Composant<D>; id: string; data: D | null; ancre: string | undefined }): ReactNode {
  const liens = useBrokenLinks();
  if (ancre) liens.collectAnchor(ancre);
  return (
    <div data-ilot={id}>
      <Serveur id={id} data={data ?? undefined} />
    </div>
  );
}

function IlotNavigateur<D>({ id, charger, chargerData, surInteraction = false }: IlotProps<D>): ReactNode {
  // Hydration of a built page (first render, before useIsBrowser turns true): the server's HTML is there.
  const navigateur = useIsBrowser();
  const [avecHtml] = useState(!navigateur && process.env.NODE_ENV === 'production');
  const [actif, setActif] = useState<Vivant<D> | null>(null);
  const [erreur, setErreur] = useState(false);
  const racine = useRef<HTMLDivElement>(null);
  const clics = useRef<Element[]>([]);

  // The page re-creates its `() => import(…)` props at each render: keep the latest, load once.
  const chargeurs = useRef({ charger, chargerData });
  chargeurs.current = { charger, chargerData };
  const enCours = useRef(false);
  const charge = useCallback(() => {
    if (enCours.current) return;
    enCours.current = true;
    setErreur(false);
    Promise.all([chargeurs.current.charger(), chargeurs.current.chargerData(), avecHtml ? import('./rejeu') : null]).then(
      ([composant, donnees, rejeu]) => {
        const element = racine.current;
        setActif({
          Composant: composant.default,
          data: donnees.default,
          rejeu: rejeu && element ? { etat: rejeu.capturer(element, clics.current), rejouer: rejeu.rejouer } : null,
        });
      },
      () => {
        enCours.current = false;
        setErreur(true);
      },
    );
  }, [avecHtml]);

  // Wait for the activity to come near or be used (server HTML), or load at once (client-side navigation).
  useEffect(() => {
    const element = racine.current;
    if (!avecHtml || !element) {
      charge();
      return undefined;
    }
    // A button of the server's HTML does nothing yet: remember it, to press it again once live.
    const noterClic = (e: Event) => {
      const bouton = (e.target as Element).closest('button');
      if (bouton) clics.current.push(bouton);
    };
    element.addEventListener('click', noterClic);
    const annuler = quandProche(element, charge, !surInteraction);
    // Pressed before the page's scripts ran (appuis-precoces.ts), or focused then (keyboard):
    // the learner has already used the activity, its code comes now.
    const precoces = appuisPrecoces(element);
    clics.current.push(...precoces);
    element.setAttribute(ECOUTE, '');
    if (precoces.length > 0 || element.contains(document.activeElement)) charge();
    return () => {
      annuler();
      element.removeEventListener('click', noterClic);
      element.removeAttribute(ECOUTE);
    };
  }, [avecHtml, charge, surInteraction]);

  // Once live: replay (server HTML), or show the anchor the address points to (client-side navigation).
  // A layout effect: the focus is given back before any key the learner presses meanwhile.
  useLayoutEffect(() => {
    const element = racine.current;
    if (!actif || !element) return;
    if (actif.rejeu) {
      void actif.rejeu.rejouer(element, actif.rejeu.etat);
      return;
    }
    const cible = window.location.hash ? document.getElementById(decodeURIComponent(window.location.hash.slice(1))) : null;
    if (cible && element.contains(cible)) cible.scrollIntoView();
  }, [actif]);

  if (actif) {
    return (
      <div key="actif" ref={racine} data-ilot={id} data-ilot-actif="">
        <actif.Composant id={id} data={actif.data} />
      </div>
    );
  }
  return (
    <>
      {avecHtml ? (
        <HtmlDuServeur key="html" ref={racine} data-ilot={id} />
      ) : (
        <div key="attente" ref={racine} data-ilot={id}>
          {!erreur && <p>Chargement de l'activité…</p>}
        </div>
      )}
      {erreur && (
        <p role="alert" className="alert alert--warning">
          Le code de cette activité n'a pas pu être chargé (connexion coupée ?).{' '}
          <button type="button" className="button button--sm button--secondary" onClick={charge}>
            Réessayer
          </button>
        </p>
      )}
    </>
  );
}
