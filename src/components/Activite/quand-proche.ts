/**
 * Waiting for the learner to come to a part of the page: what loads an activity
 * island (Ilot.tsx) or a section at the bottom of a page only when it is used or
 * comes near the screen.
 */

/**
 * Calls `action` once, when `element` gets the focus or is touched, or (`proche`) comes
 * within one screen of the viewport; returns what cancels the wait. Without
 * IntersectionObserver, a `proche` wait ends at once.
 */
export function quandProche(element: Element, action: () => void, proche: boolean): () => void {
  if (proche && typeof IntersectionObserver === 'undefined') {
    action();
    return () => undefined;
  }
  // `click`: Enter or Space on a button that had the focus before the island listened.
  const evenements = ['focusin', 'pointerdown', 'click'] as const;
  const observer = proche ? new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && fin(), { rootMargin: '100% 0px' }) : null;
  const annuler = () => {
    observer?.disconnect();
    for (const e of evenements) element.removeEventListener(e, fin);
  };
  function fin() {
    annuler();
    action();
  }
  observer?.observe(element);
  for (const e of evenements) element.addEventListener(e, fin);
  return annuler;
}
