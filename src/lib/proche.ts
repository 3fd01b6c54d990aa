/**
 * Calls `action` once, when `element` comes within one screen of the viewport, gets
 * the focus or is touched: what a lesson waits for before loading the code of a quiz
 * at its end (src/components/Activite/Ilot.tsx) or opening the learner's journal
 * (src/components/Journal). Returns the function that cancels the wait. Without
 * IntersectionObserver, `action` runs at once.
 */
export function quandProche(element: Element, action: () => void): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    action();
    return () => undefined;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((e) => e.isIntersecting)) fin();
    },
    { rootMargin: '100% 0px' },
  );
  const evenements = ['focusin', 'pointerdown'] as const;
  const annuler = () => {
    observer.disconnect();
    for (const e of evenements) element.removeEventListener(e, fin);
  };
  function fin() {
    annuler();
    action();
  }
  observer.observe(element);
  for (const e of evenements) element.addEventListener(e, fin);
  return annuler;
}
