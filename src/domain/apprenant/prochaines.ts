/**
 * « À faire ensuite »: what the progress page suggests, most useful first —
 * assignments due soon, questions due for review, the weakest critères with the
 * lesson and the activity that work on them, the entry self-assessment, a backup.
 * Pure: everything comes from the record, the profile document and the index.
 */
import { critereById, type CritereId } from '../../referentiel';
import { criteresATravailler, type MaitriseBloc, type Niveau } from '../journal/mastery';
import type { Statement } from '../journal/statement';
import { activitePour, leconPour, lienActivite, type Banque } from '../formateur/banque';
import { joursActifs } from '../journal/historique';
import { etatsActivites } from './avancement';
import { statutItemDepuis, type Parcours } from '../formateur/parcours';
import { positionnementFait } from './positionnement';
import type { Profil } from '../profil/profil';

export const JOURS_AVANT_RAPPEL = 5;

export type Suggestion =
  | { readonly type: 'parcours'; readonly parcours: Parcours; readonly restants: number; readonly enRetard: boolean }
  | { readonly type: 'revision'; readonly cartes: number }
  | {
      readonly type: 'critere';
      readonly critere: CritereId;
      readonly intitule: string;
      readonly niveau: Niveau;
      readonly score: number | null;
      readonly lecon: { readonly route: string; readonly titre: string } | null;
      /** `href`: the lesson that plays it, at its heading (null if none). */
      readonly activite: { readonly id: string; readonly titre: string; readonly href: string | null } | null;
    }
  | { readonly type: 'positionnement' }
  | { readonly type: 'sauvegarde'; readonly jours: number };

export interface ContexteSuggestions {
  readonly blocs: readonly MaitriseBloc[];
  readonly banque: Banque;
  readonly statements: readonly Statement[];
  readonly profil: Profil | null;
  readonly now: Date;
  /**
   * Questions of the error-review deck due now (revision.ts `aReviser`), counted by the
   * caller: the deck's scheduler is loaded only when a question was missed.
   */
  readonly cartesAReviser: number;
  /** How many critères to suggest (3 by default). */
  readonly criteres?: number;
}

export function aFaireEnsuite(ctx: ContexteSuggestions): Suggestion[] {
  const out: Suggestion[] = [];
  const today = ctx.now.toISOString().slice(0, 10);
  const etats = etatsActivites(ctx.statements);
  const parcours = [...(ctx.profil?.parcours ?? [])]
    .map((p) => ({ p, restants: p.items.filter((i) => statutItemDepuis(i, p, ctx.banque, etats) !== 'reussi').length }))
    .filter((x) => x.restants > 0)
    .sort((a, b) => (a.p.echeance ?? '9999').localeCompare(b.p.echeance ?? '9999'));
  for (const { p, restants } of parcours.slice(0, 2)) {
    out.push({ type: 'parcours', parcours: p, restants, enRetard: Boolean(p.echeance && p.echeance < today) });
  }
  if (ctx.cartesAReviser > 0) out.push({ type: 'revision', cartes: ctx.cartesAReviser });
  for (const c of criteresATravailler(ctx.blocs).slice(0, ctx.criteres ?? 3)) {
    const lecon = leconPour(ctx.banque, c.id);
    const activite = activitePour(ctx.banque, c.id, lecon);
    out.push({
      type: 'critere',
      critere: c.id,
      intitule: critereById(c.id).intitule,
      niveau: c.niveau,
      score: c.score,
      lecon: lecon ? { route: lecon.route, titre: lecon.titre } : null,
      activite: activite ? { id: activite.id, titre: activite.titre, href: lienActivite(ctx.banque, activite.id) } : null,
    });
  }
  if (!positionnementFait(ctx.profil?.positionnement.entree)) out.push({ type: 'positionnement' });
  const jours = joursActifs(ctx.statements, ctx.profil?.derniereExport);
  if (jours >= JOURS_AVANT_RAPPEL) out.push({ type: 'sauvegarde', jours });
  return out;
}
