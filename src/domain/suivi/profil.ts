/**
 * A learner profile's own document, next to its journal: the name shown in the
 * passport, the self-assessment (positionnement) at entry and exit, the
 * assignments received (parcours), the local details of the printable livret and
 * the date of the last passport export.
 *
 * Stored shape (JSON, key `<namespace>/profil/<profile id>`):
 *   { "format": "moniteur-atelier/profil", "version": 1, "nom": "…",
 *     "positionnement": { "entree"?: { "date", "niveaux": { "B1.C1": "sait" | "aide" | "pas-encore" } }, "sortie"?: … },
 *     "parcours": [ <Parcours>, … ], "livret": { "structure"?, "formateur"?, "observations"? },
 *     "derniereExport"?: "<ISO date>", "premiereActivite"?: "<ISO date>" }
 * Migration policy: as for the journal (version bumped on any change of shape).
 */
import { isCompetenceId, type CompetenceId } from '../../referentiel';
import { forbiddenKey } from '../progress/statement';
import { parcoursProblems, type Parcours } from './parcours';

export const PROFIL_FORMAT = 'moniteur-atelier/profil';
export const PROFIL_VERSION = 1;

export type NiveauAuto = 'sait' | 'aide' | 'pas-encore';
export const NIVEAUX_AUTO: readonly NiveauAuto[] = ['sait', 'aide', 'pas-encore'];
export const NIVEAU_AUTO_LABELS: Readonly<Record<NiveauAuto, string>> = {
  sait: 'Je sais faire',
  aide: "Je sais faire avec de l'aide",
  'pas-encore': 'Pas encore',
};

export interface Positionnement {
  readonly date: string;
  readonly niveaux: Readonly<Partial<Record<CompetenceId, NiveauAuto>>>;
}

export interface Livret {
  readonly structure?: string;
  readonly formateur?: string;
  readonly observations?: string;
}

export interface Profil {
  readonly format: typeof PROFIL_FORMAT;
  readonly version: typeof PROFIL_VERSION;
  readonly nom: string;
  readonly positionnement: { readonly entree?: Positionnement; readonly sortie?: Positionnement };
  readonly parcours: readonly Parcours[];
  readonly livret: Livret;
  readonly derniereExport?: string;
}

export function profilVide(nom = ''): Profil {
  return { format: PROFIL_FORMAT, version: PROFIL_VERSION, nom, positionnement: {}, parcours: [], livret: {} };
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2}))?$/;
const isDate = (v: unknown): v is string => typeof v === 'string' && ISO.test(v) && !Number.isNaN(Date.parse(v));
const texteCourt = (v: unknown, max: number) => v === undefined || (typeof v === 'string' && v.length <= max && !/[<>]/.test(v));

function positionnementProblem(v: unknown, nom: string): string | null {
  if (v === undefined) return null;
  if (!isObj(v) || !isDate(v.date) || !isObj(v.niveaux)) return `positionnement « ${nom} » invalide`;
  for (const [k, n] of Object.entries(v.niveaux)) {
    if (!isCompetenceId(k)) return `positionnement « ${nom} » : compétence inconnue « ${k} »`;
    if (!NIVEAUX_AUTO.includes(n as NiveauAuto)) return `positionnement « ${nom} » : niveau inconnu « ${String(n)} »`;
  }
  return null;
}

/** Why a value is not a valid profile document, or null. */
export function profilProblem(value: unknown): string | null {
  if (!isObj(value)) return "le profil n'est pas un objet";
  const forbidden = forbiddenKey(value);
  if (forbidden) return `clé interdite « ${forbidden} » dans le profil`;
  if (value.format !== PROFIL_FORMAT) return "ce n'est pas un profil de ce site";
  if (value.version !== PROFIL_VERSION) {
    return typeof value.version === 'number' && value.version > PROFIL_VERSION
      ? `profil créé par une version plus récente du site (format ${value.version})`
      : 'version du profil invalide';
  }
  if (typeof value.nom !== 'string' || value.nom.length > 80 || /[<>]/.test(value.nom)) return 'nom du profil invalide (80 caractères au plus, sans < ni >)';
  if (!isObj(value.positionnement)) return 'positionnement absent';
  const p = positionnementProblem(value.positionnement.entree, 'entrée') ?? positionnementProblem(value.positionnement.sortie, 'sortie');
  if (p) return p;
  if (!Array.isArray(value.parcours) || value.parcours.length > 200) return 'liste des parcours invalide';
  for (const parcours of value.parcours) {
    const problems = parcoursProblems(parcours);
    if (problems.length > 0) return `parcours invalide : ${problems[0]}`;
  }
  if (!isObj(value.livret)) return 'livret absent';
  if (!texteCourt(value.livret.structure, 120) || !texteCourt(value.livret.formateur, 120) || !texteCourt(value.livret.observations, 4000)) {
    return 'livret : texte trop long ou contenant < ou >';
  }
  if (value.derniereExport !== undefined && !isDate(value.derniereExport)) return "date de dernière exportation invalide";
  return null;
}

export function isProfil(value: unknown): value is Profil {
  return profilProblem(value) === null;
}

/** Merges two profiles of the same learner: the most recent self-assessments, every assignment once. */
export function fusionnerProfils(actuel: Profil, importe: Profil): Profil {
  const plusRecent = (a?: Positionnement, b?: Positionnement) => (!a ? b : !b ? a : a.date >= b.date ? a : b);
  const parcours = [...actuel.parcours];
  for (const p of importe.parcours) if (!parcours.some((x) => x.id === p.id)) parcours.push(p);
  const entree = plusRecent(actuel.positionnement.entree, importe.positionnement.entree);
  const sortie = plusRecent(actuel.positionnement.sortie, importe.positionnement.sortie);
  const derniere = [actuel.derniereExport, importe.derniereExport].filter((d): d is string => Boolean(d)).sort().at(-1);
  return {
    ...actuel,
    nom: actuel.nom || importe.nom,
    positionnement: { ...(entree ? { entree } : {}), ...(sortie ? { sortie } : {}) },
    parcours,
    livret: { ...importe.livret, ...Object.fromEntries(Object.entries(actuel.livret).filter(([, v]) => v)) },
    ...(derniere ? { derniereExport: derniere } : {}),
  };
}
