/**
 * `defineCas` checks, at compile time, that every `suivant` and the `debut` name
 * an existing node, that scores only use the critères of the case, that the
 * debrief covers every critère of the case, and that every fact named by a
 * choice (`pose`, `si`, `sauf`) or a node (`suppose`, `exclut`, `variantes`) is
 * declared in `drapeaux`. See tests/cas.typetest.ts. What the compiler cannot
 * see (paths, bands, reachability) is checked by `checkCas` (graph.ts).
 */
import type { BlocId, CritereId } from '../../referentiel';
import type { Cas, DebriefCritere, Note, Personnage, QualiteFin } from './types';

interface ConditionDe<F extends string> {
  readonly si?: readonly F[];
  readonly sauf?: readonly F[];
}

interface ChoixDe<N extends string, C extends CritereId, F extends string> extends ConditionDe<F> {
  readonly id: string;
  readonly texte: string;
  readonly suivant: N;
  readonly consequence: string;
  readonly feedback: string;
  readonly scores: { readonly [K in C]?: Note };
  readonly pose?: readonly F[];
  readonly piege?: true;
}

interface NoeudBaseDe<N extends string, F extends string> {
  readonly id: N;
  readonly texte: string;
  readonly variantes?: readonly (ConditionDe<F> & { readonly texte: string })[];
  readonly suppose?: readonly F[];
  readonly exclut?: readonly F[];
}

type NoeudDe<N extends string, C extends CritereId, F extends string> =
  | (NoeudBaseDe<N, F> & {
      readonly type: 'situation';
      readonly titre?: string;
      readonly choix: readonly [ChoixDe<NoInfer<N>, C, F>, ...ChoixDe<NoInfer<N>, C, F>[]];
    })
  | (NoeudBaseDe<N, F> & { readonly type: 'fin'; readonly titre: string; readonly issues: readonly [QualiteFin, ...QualiteFin[]] });

export function defineCas<const N extends string, const C extends CritereId, const F extends string = never>(cas: {
  readonly id: string;
  readonly titre: string;
  readonly description?: string;
  readonly bloc: BlocId;
  readonly contexte: string;
  readonly personnages?: readonly Personnage[];
  readonly criteres: readonly [C, ...C[]];
  readonly drapeaux?: { readonly [K in F]: string };
  readonly debut: NoInfer<N>;
  readonly noeuds: readonly NoeudDe<N, NoInfer<C>, NoInfer<F>>[];
  readonly debrief: { readonly [K in NoInfer<C>]: DebriefCritere };
  readonly h5p?: boolean;
}): Cas {
  return { kind: 'cas', ...cas } as Cas;
}
