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
 *     "derniereExport"?: "<ISO date>" }
 * Migration policy: as for the journal (version bumped on any change of shape).
 * Unknown keys are refused, at every level (CLES_PROFIL…): a field added to the
 * profile is added to these lists, with a new version; a file carrying a field this
 * version does not know was made by hand or by a newer site, and is refused (never
 * stored, never silently dropped).
 */
import { isCompetenceId, type CompetenceId } from '../../referentiel';
import { horsFenetre, type Fenetre } from '../journal/codec';
import { migrer, type LectureDocument, type Migration } from '../journal/document';
import { forbiddenKey } from '../journal/statement';
import { parcoursProblems, type Parcours } from '../formateur/parcours';

export const PROFIL_FORMAT = 'moniteur-atelier/profil';
export const PROFIL_VERSION = 1;
/** MIGRATIONS_PROFIL[n] turns a version-n profile into version n + 1 (none yet). */
export const MIGRATIONS_PROFIL: Readonly<Record<number, Migration>> = {};

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

/** The keys each level of a profile may have (see the migration policy above). */
export const CLES_PROFIL: ReadonlySet<string> = new Set(['format', 'version', 'nom', 'positionnement', 'parcours', 'livret', 'derniereExport']);
const CLES_POSITIONNEMENTS: ReadonlySet<string> = new Set(['entree', 'sortie']);
const CLES_POSITIONNEMENT: ReadonlySet<string> = new Set(['date', 'niveaux']);
const CLES_LIVRET: ReadonlySet<string> = new Set(['structure', 'formateur', 'observations']);

/** Limits of a profile (characters, number of assignments). */
export const LIMITES_PROFIL = { nom: 80, structure: 120, formateur: 120, observations: 4000, parcours: 200 } as const;

export function profilVide(nom = ''): Profil {
  return { format: PROFIL_FORMAT, version: PROFIL_VERSION, nom, positionnement: {}, parcours: [], livret: {} };
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2}))?$/;
const isDate = (v: unknown): v is string => typeof v === 'string' && ISO.test(v) && !Number.isNaN(Date.parse(v));
const texteCourt = (v: unknown, max: number) => v === undefined || (typeof v === 'string' && v.length <= max && !/[<>]/.test(v));

const inconnue = (v: Record<string, unknown>, connues: ReadonlySet<string>) => Object.keys(v).find((k) => !connues.has(k));

function positionnementProblem(v: unknown, nom: string, fenetre?: Fenetre): string | null {
  if (v === undefined) return null;
  if (!isObj(v) || !isDate(v.date) || !isObj(v.niveaux)) return `positionnement « ${nom} » invalide`;
  const champ = inconnue(v, CLES_POSITIONNEMENT);
  if (champ !== undefined) return `positionnement « ${nom} » : champ inconnu « ${champ.slice(0, 40)} »`;
  const hors = fenetre ? horsFenetre(v.date, fenetre) : null;
  if (hors) return `positionnement « ${nom} » : ${hors}`;
  for (const [k, n] of Object.entries(v.niveaux)) {
    if (!isCompetenceId(k)) return `positionnement « ${nom} » : compétence inconnue « ${k.slice(0, 40)} »`;
    if (!NIVEAUX_AUTO.includes(n as NiveauAuto)) return `positionnement « ${nom} » : niveau inconnu « ${String(n).slice(0, 40)} »`;
  }
  return null;
}

/**
 * Why a value is not a valid profile document, or null. With a `fenetre` (a file being
 * imported), its dates must fall inside it (codec.ts, fenetreDates).
 */
export function profilProblem(value: unknown, options: { readonly fenetre?: Fenetre } = {}): string | null {
  const lecture = examinerProfil(value, options);
  return lecture.ok ? null : lecture.raison;
}

/** A stored profile (text) read: the profile, or why not — a newer version typed `futur`, never told by its wording. */
export function lireProfil(texte: string): LectureDocument<Profil> {
  let value: unknown;
  try {
    value = JSON.parse(texte);
  } catch {
    return { ok: false, cause: 'illisible', raison: 'texte illisible' };
  }
  return examinerProfil(value);
}

function examinerProfil(value: unknown, options: { readonly fenetre?: Fenetre } = {}): LectureDocument<Profil> {
  const refus = (raison: string) => ({ ok: false, cause: 'illisible', raison }) as const;
  if (!isObj(value)) return refus("le profil n'est pas un objet");
  const forbidden = forbiddenKey(value);
  if (forbidden) return refus(`clé interdite « ${forbidden} » dans le profil`);
  if (value.format !== PROFIL_FORMAT) return refus("ce n'est pas un profil de ce site");
  const versionne = migrer(value, { version: PROFIL_VERSION, migrations: MIGRATIONS_PROFIL });
  if (!versionne.ok) {
    return versionne.cause === 'futur'
      ? { ok: false, cause: 'futur', raison: `profil créé par une version plus récente du site (format ${versionne.version})` }
      : refus('version du profil invalide');
  }
  const probleme = contenuProblem(versionne.document, options);
  return probleme === null ? { ok: true, valeur: versionne.document as unknown as Profil } : refus(probleme);
}

function contenuProblem(value: Record<string, unknown>, options: { readonly fenetre?: Fenetre }): string | null {
  const champ = inconnue(value, CLES_PROFIL);
  if (champ !== undefined) return `champ inconnu « ${champ.slice(0, 40)} » dans le profil`;
  if (typeof value.nom !== 'string' || value.nom.length > LIMITES_PROFIL.nom || /[<>]/.test(value.nom)) return 'nom du profil invalide (80 caractères au plus, sans < ni >)';
  if (!isObj(value.positionnement)) return 'positionnement absent';
  const moment = inconnue(value.positionnement, CLES_POSITIONNEMENTS);
  if (moment !== undefined) return `positionnement : champ inconnu « ${moment.slice(0, 40)} »`;
  const p =
    positionnementProblem(value.positionnement.entree, 'entrée', options.fenetre) ??
    positionnementProblem(value.positionnement.sortie, 'sortie', options.fenetre);
  if (p) return p;
  if (!Array.isArray(value.parcours)) return 'liste des parcours invalide';
  if (value.parcours.length > LIMITES_PROFIL.parcours) {
    return `trop de parcours (${value.parcours.length} ; ${LIMITES_PROFIL.parcours} au plus)`;
  }
  const ids = new Set<string>();
  for (const parcours of value.parcours) {
    const problems = parcoursProblems(parcours, options);
    if (problems.length > 0) return `parcours invalide : ${problems[0]}`;
    const id = (parcours as Parcours).id;
    if (ids.has(id)) return `parcours « ${id} » en double`;
    ids.add(id);
  }
  if (!isObj(value.livret)) return 'livret absent';
  const champLivret = inconnue(value.livret, CLES_LIVRET);
  if (champLivret !== undefined) return `livret : champ inconnu « ${champLivret.slice(0, 40)} »`;
  if (
    !texteCourt(value.livret.structure, LIMITES_PROFIL.structure) ||
    !texteCourt(value.livret.formateur, LIMITES_PROFIL.formateur) ||
    !texteCourt(value.livret.observations, LIMITES_PROFIL.observations)
  ) {
    return 'livret : texte trop long ou contenant < ou >';
  }
  if (value.derniereExport !== undefined) {
    if (!isDate(value.derniereExport)) return 'date de dernière exportation invalide';
    const hors = options.fenetre ? horsFenetre(value.derniereExport, options.fenetre) : null;
    if (hors) return `date de dernière exportation impossible : ${hors}`;
  }
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
