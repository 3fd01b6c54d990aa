/**
 * Stands in for Docusaurus's nprogress client module in the browser bundle (see
 * plugin-navigation.ts): the same thin bar at the top of the window while a client-side
 * navigation takes more than 200 ms (the next page's scripts on a weak workshop
 * network), without the nprogress library and its stylesheet (≈ 1.6 Kio gzip in
 * every page's main.js). The bar is drawn and animated by CSS
 * (src/css/custom.css, `.navigation-en-cours`), still with reduced motion.
 */
const DELAI = 200;
let barre = null;

function arreter() {
  barre?.remove();
  barre = null;
}

export default {
  onRouteUpdate({ location, previousLocation }) {
    if (!previousLocation || location.pathname === previousLocation.pathname) return undefined;
    const minuteur = window.setTimeout(() => {
      arreter();
      barre = document.createElement('div');
      barre.className = 'navigation-en-cours';
      barre.setAttribute('aria-hidden', 'true');
      document.body.append(barre);
    }, DELAI);
    return () => window.clearTimeout(minuteur);
  },
  onRouteDidUpdate() {
    arreter();
  },
};
