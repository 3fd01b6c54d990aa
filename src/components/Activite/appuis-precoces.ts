/**
 * Buttons of an island pressed before the page's scripts have run. On a slow phone
 * the server's HTML is on screen seconds before hydration; until then no listener of
 * ours exists, and a tap on « Lancer l'activité interactive » or « Vérifier » would be
 * lost (the learner taps, nothing happens). A few lines in the head of every page
 * (SCRIPT_APPUIS, written by src/plugins/plugin-ilots.ts, allowed by its hash in the
 * security policy) note such presses in a list; each island takes its own when it
 * starts listening (Ilot.tsx), loads its code at once and replays them (rejeu.ts).
 * Once an island listens (ECOUTE), the inline script ignores it: the list stops there.
 */

/** The global list the inline script fills. */
export const FILE_APPUIS = '__appuisIlots';
/** Set on an island's element once its own listeners are in place. */
export const ECOUTE = 'data-ilot-ecoute';

/** The inline script of the head: buttons pressed in an island that does not listen yet. */
export const SCRIPT_APPUIS =
  `(function(){var f=window.${FILE_APPUIS}=[];document.addEventListener("click",function(e){` +
  `var t=e.target,b=t&&t.closest&&t.closest("[data-ilot] button");` +
  `if(b&&!b.closest("[${ECOUTE}],[data-ilot-actif]"))f.push(b)},true)})();`;

/** Takes out of the list (and returns) the buttons pressed inside `racine`, oldest first. */
export function appuisPrecoces(racine: Element): Element[] {
  const fenetre = window as unknown as Record<string, unknown>;
  const file = fenetre[FILE_APPUIS];
  if (!Array.isArray(file)) return [];
  const miens = file.filter((b): b is Element => racine.contains(b as Node));
  if (miens.length > 0) fenetre[FILE_APPUIS] = file.filter((b) => !miens.includes(b as Element));
  return miens;
}
