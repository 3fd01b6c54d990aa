/**
 * Stands in for Docusaurus's viewport prefetch helper in the browser bundle (see
 * plugin-navigation.ts). Docusaurus downloads, with one `<link rel="prefetch">` each, the
 * scripts of every page whose link scrolls into view. Here the service worker
 * already stores the whole site in the background after the first visit
 * (src/hors-ligne/sw.ts), so those downloads only compete with the page for a weak
 * workshop network and cost main-thread time on a cheap phone (measured in
 * ARCHITECTURE.md). Pointing at or focusing a link still preloads its page
 * (Docusaurus's `preload`, untouched).
 */
export default function prefetch() {
  return Promise.resolve();
}
