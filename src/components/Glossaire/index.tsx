/**
 * <Glossaire /> (docs/ressources/glossaire.mdx): the glossary (src/contenu/glossaire.ts) as an
 * alphabetical list with a filter, and a « Réviser en cartes » mode (Cartes.tsx).
 *
 * The list is in the page's HTML (Liste.tsx, imported with `?serveur`): the page's script
 * carries neither the terms nor their rendering (≈ 19 Kio gz, and the hydration of some
 * 400 elements: fiche 0047). The filter hides and shows the HTML's terms; links of the list
 * keep navigating within the site. Without that HTML (a page reached by a link within the
 * site, or `npm start`) the list is loaded and rendered here. The cards and their terms are
 * loaded when the learner asks for them.
 */
import { useCallback, useEffect, useRef, useState, type ComponentType, type MouseEvent, type ReactNode } from 'react';
import { useHistory } from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import ListeServeur from '@site/src/components/Glossaire/Liste?serveur';
import { normaliseAnswer } from '@site/src/domain/texte/richText';
import { HtmlDuServeur } from '../Activite/HtmlDuServeur';
import styles from './styles.module.css';

type Liste = ComponentType & { readonly nombre: number };
type Cartes = ComponentType<{ onQuitter: () => void }>;
const termes = (n: number) => `${n} terme${n > 1 ? 's' : ''}`;

/** A term's text, normalised once (only when the learner filters). */
function texteDe(terme: HTMLElement, definition: HTMLElement | null, textes: WeakMap<Element, string>): string {
  let texte = textes.get(terme);
  if (texte === undefined) {
    texte = normaliseAnswer(`${terme.textContent ?? ''} ${definition?.textContent ?? ''}`);
    textes.set(terme, texte);
  }
  return texte;
}

/** Shows the terms whose text holds `filtre` (accents and case aside), and their letters; returns how many. */
function filtrer(conteneur: HTMLElement, filtre: string, textes: WeakMap<Element, string>): number {
  const f = normaliseAnswer(filtre);
  let visibles = 0;
  let lettre: HTMLElement | null = null;
  let lettreVisible = false;
  const fermerLettre = () => {
    if (lettre) lettre.hidden = !lettreVisible;
  };
  for (const el of conteneur.children) {
    if (!(el instanceof HTMLElement)) continue;
    if (el.tagName === 'H2') {
      fermerLettre();
      lettre = el;
      lettreVisible = false;
    } else if (el.tagName === 'H3') {
      const definition = el.nextElementSibling instanceof HTMLElement && el.nextElementSibling.tagName === 'P' ? el.nextElementSibling : null;
      const visible = f === '' || texteDe(el, definition, textes).includes(f);
      el.hidden = !visible;
      if (definition) definition.hidden = !visible;
      if (visible) {
        visibles += 1;
        lettreVisible = true;
      }
    }
  }
  fermerLettre();
  return visibles;
}

export default function Glossaire(): ReactNode {
  // Hydration of the built page (first render, before useIsBrowser turns true): the list's HTML is there.
  const navigateur = useIsBrowser();
  const [avecHtml] = useState(!navigateur && process.env.NODE_ENV === 'production');
  const [Liste, setListe] = useState<Liste | null>(null);
  // The count is written with the list: on the server from the data; at hydration, read from the list's
  // HTML (still the server's), so that the first render is the same text.
  const [total, setTotal] = useState<number | null>(() => ListeServeur?.nombre ?? (avecHtml ? document.querySelectorAll('[data-glossaire-liste] h3').length : null));
  const [visibles, setVisibles] = useState<number | null>(null);
  const [filtre, setFiltre] = useState('');
  const [Cartes, setCartes] = useState<Cartes | null>(null);
  const [enCartes, setEnCartes] = useState(false);
  const [erreur, setErreur] = useState<string | null>(null);
  const conteneur = useRef<HTMLDivElement>(null);
  const textes = useRef(new WeakMap<Element, string>());
  const history = useHistory();

  // No HTML for the list: load it.
  useEffect(() => {
    if (avecHtml || ListeServeur) return;
    import('./Liste').then(
      (m) => {
        setListe(() => m.default);
        setTotal(m.default.nombre);
      },
      () => setErreur('La liste des termes n’a pas pu être chargée (connexion coupée ?). Rechargez la page.'),
    );
  }, [avecHtml]);
  // Until the learner types, every term is shown: nothing to go through.
  const filtre0 = useRef(true);
  useEffect(() => {
    if (filtre0.current && filtre === '') return;
    filtre0.current = false;
    if (conteneur.current && total !== null) setVisibles(filtrer(conteneur.current, filtre, textes.current));
  }, [filtre, total, Liste]);
  // The list loaded after the navigation: show the term the address points to (a search result).
  useEffect(() => {
    const cible = Liste && window.location.hash ? document.getElementById(decodeURIComponent(window.location.hash.slice(1))) : null;
    if (cible && conteneur.current?.contains(cible)) cible.scrollIntoView();
  }, [Liste]);

  // A link of the list's HTML (not hydrated) navigates within the site, as the site's links do.
  const naviguer = useCallback(
    (e: MouseEvent<HTMLDivElement>) => {
      const lien = (e.target as Element).closest('a');
      if (!lien || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      if (lien.origin !== window.location.origin || lien.target || lien.hasAttribute('download')) return;
      if (lien.pathname === window.location.pathname && lien.hash) return;
      e.preventDefault();
      history.push(`${lien.pathname}${lien.search}${lien.hash}`);
    },
    [history],
  );

  const ouvrirCartes = () => {
    if (Cartes) {
      setEnCartes(true);
      return;
    }
    import('./Cartes').then(
      (m) => {
        setCartes(() => m.default);
        setEnCartes(true);
      },
      () => setErreur('Les cartes n’ont pas pu être chargées (connexion coupée ?). Réessayez.'),
    );
  };

  const compte = total === null ? null : termes(visibles ?? total);
  return (
    <>
      {!enCartes && (
        <p>
          <button type="button" className="button button--primary" onClick={ouvrirCartes}>
            {total === null ? 'Réviser en cartes' : `Réviser en cartes (${termes(total)})`}
          </button>
        </p>
      )}
      {erreur && (
        <p role="alert" className="alert alert--warning">
          {erreur}
        </p>
      )}
      {enCartes && Cartes && <Cartes onQuitter={() => setEnCartes(false)} />}
      <div hidden={enCartes}>
        <label htmlFor="glossaire-filtre" className={styles.label}>
          Filtrer les termes
        </label>
        <input id="glossaire-filtre" type="search" className={styles.filtre} value={filtre} onChange={(e) => setFiltre(e.target.value)} autoComplete="off" />
        <p aria-live="polite" className={styles.compte}>
          {compte}
        </p>
        {ListeServeur ? (
          <div ref={conteneur} onClick={naviguer} data-glossaire-liste="">
            <ListeServeur />
          </div>
        ) : avecHtml ? (
          <HtmlDuServeur ref={conteneur} onClick={naviguer} data-glossaire-liste="" />
        ) : (
          <div ref={conteneur} onClick={naviguer} data-glossaire-liste="">
            {Liste ? <Liste /> : !erreur && <p>Chargement des termes…</p>}
          </div>
        )}
      </div>
    </>
  );
}
