/**
 * Replays on the live component of an island (Ilot.tsx) what the learner did with
 * the server's HTML before the code arrived: boxes ticked, words typed or chosen,
 * buttons pressed, the focus. Loaded with the component, only on pages that had
 * the server's HTML.
 */
const CHAMPS = 'input, select, textarea';
const FOCUSABLES = 'a[href], button, input, select, textarea, [tabindex]';

/**
 * The elements of `racine` matching `selecteur`, each under a key that is the same
 * in the server's HTML and in the live component: its id, or its kind, name and text
 * with a rank among its look-alikes (the live component may add elements, such as
 * « Écouter » buttons, so positions alone would not match).
 */
function parCle(racine: Element, selecteur: string): Map<string, HTMLElement> {
  const elements = new Map<string, HTMLElement>();
  for (const el of racine.querySelectorAll<HTMLElement>(selecteur)) {
    const base = el.id ? `#${el.id}` : `${el.tagName}|${el.getAttribute('type') ?? ''}|${el.getAttribute('name') ?? ''}|${el.textContent?.trim() ?? ''}`;
    let cle = base;
    for (let rang = 1; elements.has(cle); rang += 1) cle = `${base}|${rang}`;
    elements.set(cle, el);
  }
  return elements;
}

function cleDe(elements: Map<string, HTMLElement>, cible: Element | null): string | null {
  for (const [cle, el] of elements) if (el === cible) return cle;
  return null;
}

export interface Etat {
  readonly champs: readonly { readonly cle: string; readonly coche: boolean; readonly valeur: string }[];
  readonly clics: readonly string[];
  readonly focus: string | null;
}

type Champ = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** What was done on `racine`; `clics` is the island's list of pressed buttons, still growing until the swap. */
export function capturer(racine: Element, clics: readonly Element[]): Etat {
  const champs = [...parCle(racine, CHAMPS)].map(([cle, el]) => {
    const champ = el as Champ;
    return { cle, coche: champ instanceof HTMLInputElement && champ.checked, valeur: champ.value };
  });
  const boutons = parCle(racine, 'button');
  return {
    champs,
    // Read when replayed: a button pressed after the code arrived, before the swap, counts too.
    get clics() {
      return clics.map((b) => cleDe(boutons, b)).filter((cle): cle is string => cle !== null);
    },
    focus: cleDe(parCle(racine, FOCUSABLES), document.activeElement),
  };
}

const apresRendu = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Replays on the live component what was done on the server's HTML; one step per task, so that each reaches React. */
export async function rejouer(racine: Element, etat: Etat): Promise<void> {
  const champs = parCle(racine, CHAMPS);
  for (const avant of etat.champs) {
    const champ = champs.get(avant.cle) as Champ | undefined;
    if (!champ || champ.disabled) continue;
    if (champ instanceof HTMLInputElement && (champ.type === 'radio' || champ.type === 'checkbox')) {
      if (champ.checked === avant.coche) continue;
      champ.click();
    } else {
      if (champ.value === avant.valeur) continue;
      // The prototype's setter, so that React sees a change (as when typing).
      Object.getOwnPropertyDescriptor(Object.getPrototypeOf(champ), 'value')?.set?.call(champ, avant.valeur);
      champ.dispatchEvent(new Event(champ instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
    }
    await apresRendu();
  }
  for (const cle of etat.clics) {
    parCle(racine, 'button').get(cle)?.click();
    await apresRendu();
  }
  if (etat.focus) parCle(racine, FOCUSABLES).get(etat.focus)?.focus();
}
