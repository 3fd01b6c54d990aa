/**
 * Stands in for Docusaurus's « Your Docusaurus site did not load properly »
 * banner (its client module `./BaseUrlIssueBanner`, replaced in src/plugins/plugin-banniere.ts):
 * the same check, in French. When the home page's scripts could not run — most
 * often because the site was built for another base URL than the one it is served
 * under — a script written in the page at build time shows what was configured
 * and what to build instead. The banner is built with DOM calls, never from HTML.
 * It is hidden whenever the page's stylesheet loads, and written into the home
 * page only, like Docusaurus's.
 */
import type { ReactNode } from 'react';
import Head from '@docusaurus/Head';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { useLocation } from '@docusaurus/router';
import './styles.css';

/** The text of the inline script (kept short, old browsers included: no arrow functions). */
export function scriptBanniere(baseUrl: string): string {
  const base = JSON.stringify(baseUrl);
  return `document.addEventListener('DOMContentLoaded', function insertBanner() {
  if (typeof window.docusaurus !== 'undefined') return;
  var chemin = window.location.pathname;
  var suggestion = chemin.slice(-1) === '/' ? chemin : chemin + '/';
  var cadre = document.createElement('div');
  cadre.id = '__docusaurus-base-url-issue-banner-container';
  var bandeau = document.createElement('div');
  bandeau.id = '__docusaurus-base-url-issue-banner';
  bandeau.setAttribute('role', 'alert');
  bandeau.style.cssText = 'border: 4px solid #a4262c; background: #fff4dc; color: #1c1e21; margin: 20px; padding: 20px; font-size: 20px;';
  var lignes = [
    'Le site ne s’est pas chargé correctement.',
    'Cause la plus fréquente : il a été construit pour une autre adresse de base (baseUrl) que celle où il est servi.',
    'Adresse de base de cette construction : ' + ${base} + '. Adresse de cette page : ' + suggestion + '.',
    'Construisez le site pour cette adresse : BASE_URL=' + suggestion + ' npm run build, puis servez-le de nouveau.'
  ];
  for (var i = 0; i < lignes.length; i += 1) {
    var p = document.createElement('p');
    p.textContent = lignes[i];
    if (i === 0) p.style.fontWeight = 'bold';
    bandeau.appendChild(p);
  }
  cadre.appendChild(bandeau);
  document.body.prepend(cadre);
});`;
}

export default function BanniereAdresse(): ReactNode {
  const {
    siteConfig: { baseUrl, baseUrlIssueBanner },
  } = useDocusaurusContext();
  const { pathname } = useLocation();
  // Written at build time only (not rendered by React in the browser, so never indexed or hydrated).
  if (!baseUrlIssueBanner || pathname !== baseUrl || ExecutionEnvironment.canUseDOM) return null;
  return (
    <Head>
      <script>{scriptBanniere(baseUrl)}</script>
    </Head>
  );
}
