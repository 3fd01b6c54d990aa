/**
 * The points of the two research dossiers (quizzes/dossiers/*.md) that a question
 * may rely on, with their confidence mark, and the check of a question's `appuis`.
 *
 * Rule of the dossiers: a closed question rests only on a point read in a source
 * (« [Vu] », « [Vu – SS] », « [Vu – presse] »…); never on an [Inféré] or
 * [Non trouvé] point, nor on a figure the dossier lists as disputed (complements §10.2).
 *
 * An appui is written `<dossier> §<section> <point>`:
 * - `complements §6 Allergènes` — the row of a table whose first cell is « Allergènes »;
 * - `complements §10.1 n°5` — the row numbered 5 of a numbered table (# column);
 * - `referentiel §5 n°3` — item 3 of a numbered list.
 * Pure: the caller reads the files.
 */

export type NomDossier = 'referentiel' | 'complements';

export interface PointDossier {
  readonly dossier: NomDossier;
  /** « 1 », « 2.10 », « 10.1 »: the number of the nearest heading above the point. */
  readonly section: string;
  /** First cell of the row (bold removed), or « n°N » for a numbered row or list item. */
  readonly cle: string;
  /** The confidence as written (« [Vu] », « [Vu – SS] ; chiffres récents [Non trouvé] »…). */
  readonly confiance: string;
}

/** Sections whose points must never become a closed question. */
const SECTIONS_INTERDITES: Readonly<Record<NomDossier, readonly string[]>> = {
  referentiel: [],
  complements: ['10.2'],
};

function normaliser(s: string): string {
  return s
    .replace(/\*\*/g, '')
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function cellules(ligne: string): string[] {
  return ligne
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => c.trim());
}

/** Every point of a dossier that carries a confidence mark. */
export function lirePointsDossier(dossier: NomDossier, texte: string): PointDossier[] {
  const points: PointDossier[] = [];
  let section = '';
  let entetes: string[] | null = null;
  let colonneConfiance = -1;
  for (const ligne of texte.split(/\r?\n/)) {
    const titre = /^#{2,4}\s+(\d+(?:\.\d+)?)\.?\s/.exec(ligne);
    if (titre?.[1]) {
      section = titre[1];
      entetes = null;
      continue;
    }
    if (ligne.trim().startsWith('|')) {
      const c = cellules(ligne);
      if (!entetes) {
        entetes = c;
        colonneConfiance = c.findIndex((e) => /^confiance$/i.test(e));
        continue;
      }
      if (c.every((x) => /^:?-+:?$/.test(x))) continue;
      if (colonneConfiance < 0 || !section) continue;
      const premiere = c[0] ?? '';
      const cle = entetes[0] === '#' ? `n°${premiere}` : premiere.replace(/\*\*/g, '').trim();
      points.push({ dossier, section, cle, confiance: c[colonneConfiance] ?? '' });
      continue;
    }
    entetes = null;
    const [, numero, corps] = /^(\d+)\.\s+(.*)$/.exec(ligne) ?? [];
    if (numero && corps && section) {
      const marque = /\[(?:Vu|Inféré|Non trouvé)[^\]]*\]/.exec(corps);
      if (marque) points.push({ dossier, section, cle: `n°${numero}`, confiance: corps.slice(marque.index) });
    }
  }
  return points;
}

export type IndexDossiers = ReadonlyMap<string, PointDossier>;

function cleIndex(dossier: string, section: string, cle: string): string {
  return `${dossier} §${section} ${normaliser(cle)}`;
}

export function indexerDossiers(points: readonly PointDossier[]): IndexDossiers {
  return new Map(points.map((p) => [cleIndex(p.dossier, p.section, p.cle), p]));
}

const FORME_APPUI = /^(referentiel|complements) §(\d+(?:\.\d+)?) (.+)$/;

/** Why this appui cannot carry a closed question, or null when it can. */
export function verifierAppui(appui: string, index: IndexDossiers): string | null {
  const [, dossier, section, cle] = FORME_APPUI.exec(appui.trim()) ?? [];
  if (!dossier || !section || !cle) {
    return `« ${appui} » n’a pas la forme « complements §6 Allergènes » ou « referentiel §2.10 Taux d’emploi » (dossier, §section, première cellule de la ligne)`;
  }
  const point = index.get(cleIndex(dossier, section, cle));
  if (!point) {
    return `« ${appui} » : aucune ligne « ${cle} » dans la section ${section} du dossier ${dossier} (quizzes/dossiers/dossier-${dossier}.md) ; recopiez la première cellule de la ligne`;
  }
  if (SECTIONS_INTERDITES[point.dossier].includes(point.section)) {
    return `« ${appui} » est un chiffre discuté ou non vérifiable (§${point.section}) : il ne peut pas fonder une question fermée`;
  }
  if (!/\[Vu\b/.test(point.confiance)) {
    return `« ${appui} » est marqué ${point.confiance || 'sans confiance'} : une question fermée ne repose que sur un point [Vu]`;
  }
  return null;
}
