/**
 * The window of dates of anything received (a trace of a passport, a parcours link,
 * a summary link): not before the site existed, not after tomorrow. Apart from the
 * codec so that a page reading a short link does not load it.
 */

/** Dates a trace may carry (ms since 1970): not before the site existed, not after tomorrow. */
export interface Fenetre {
  readonly debut: number;
  readonly fin: number;
}

/** The year the site was made: no trace of it can be older. */
export const SITE_DEBUT = Date.UTC(2026, 0, 1);

/** The window of dates for a file read at `maintenant`: from SITE_DEBUT to one day after now (clocks drift). */
export function fenetreDates(maintenant: Date): Fenetre {
  return { debut: SITE_DEBUT, fin: maintenant.getTime() + 24 * 3600 * 1000 };
}

/** Why a date is outside the window (French, for the learner), or null. */
export function horsFenetre(date: string, fenetre: Fenetre): string | null {
  const t = Date.parse(date);
  if (t < fenetre.debut) return `date ${date.slice(0, 10)} antérieure à la création du site (2026)`;
  if (t > fenetre.fin) return `date ${date.slice(0, 10)} dans le futur`;
  return null;
}
