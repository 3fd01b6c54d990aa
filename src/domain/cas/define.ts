/**
 * `defineCas` checks, at compile time, that every `suivant` and the `debut` name
 * an existing node, that scores only use the critères of the case, and that the
 * debrief covers every critère of the case. See tests/cas.typetest.ts.
 */
import type { BlocId, CritereId } from '../../referentiel';
import type { Cas, DebriefCritere, Note, Personnage, QualiteFin } from './types';

interface ChoixDe<N extends string, C extends CritereId> {
  readonly id: string;
  readonly texte: string;
  readonly suivant: N;
  readonly consequence: string;
  readonly feedback: string;
  readonly scores: { readonly [K in C]?: Note };
}

type NoeudDe<N extends string, C extends CritereId> =
  | {
      readonly type: 'situation';
      readonly id: N;
      readonly titre?: string;
      readonly texte: string;
      readonly choix: readonly [ChoixDe<NoInfer<N>, C>, ...ChoixDe<NoInfer<N>, C>[]];
    }
  | { readonly type: 'fin'; readonly id: N; readonly titre: string; readonly texte: string; readonly qualite: QualiteFin };

export function defineCas<const N extends string, const C extends CritereId>(cas: {
  readonly id: string;
  readonly titre: string;
  readonly description?: string;
  readonly bloc: BlocId;
  readonly contexte: string;
  readonly personnages?: readonly Personnage[];
  readonly criteres: readonly [C, ...C[]];
  readonly debut: NoInfer<N>;
  readonly noeuds: readonly NoeudDe<N, NoInfer<C>>[];
  readonly debrief: { readonly [K in NoInfer<C>]: DebriefCritere };
  readonly h5p?: boolean;
}): Cas {
  return { kind: 'cas', ...cas } as Cas;
}
