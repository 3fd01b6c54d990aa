// In the browser build, what a page imports with `?serveur` (src/plugins/plugin-ilots.ts):
// an activity's component and data, rendered into the HTML at build time and loaded
// later by the island (src/components/Activite/Ilot.tsx). Nothing is shipped with the page.
export default null;
