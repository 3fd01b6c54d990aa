/**
 * Helpers that authors use in quizzes/**\/*.quiz.ts. They return the value they
 * receive, but their signatures make the compiler check the answer key:
 * - a `reponse` / `reponses` that is not the id of an option does not compile;
 * - an `association` must pair every left id with a right id that exists;
 * - a `texte-a-trous` must give accepted answers for exactly the [[gaps]] of its text;
 * - every critère id must exist in the référentiel.
 * See tests/quiz.typetest.ts for the proofs.
 */
import type { BlocId, CritereId } from '../../referentiel';
import type {
  Item,
  PiegeNumerique,
  QuestionAssociation,
  QuestionChoixMultiples,
  QuestionChoixUnique,
  QuestionNumerique,
  QuestionOrdre,
  QuestionTexteATrous,
  QuestionVraiFaux,
  Question,
  Quiz,
  Tableau,
  Trou,
} from './types';

interface Commun {
  readonly id: string;
  readonly enonce: string;
  readonly criteres: readonly [CritereId, ...CritereId[]];
  readonly explication: string;
  readonly source: string;
  readonly appuis?: readonly string[];
  readonly indice?: string;
  readonly tableau?: Tableau;
}

interface OptionDe<O extends string> {
  readonly id: O;
  readonly texte: string;
  readonly feedback: string;
}

/** Names of the [[gaps]] of a text, as a union of string literals. */
export type Trous<T extends string> = T extends `${string}[[${infer G}]]${infer Rest}` ? G | Trous<Rest> : never;

export function choixUnique<const O extends string>(
  q: Commun & { readonly options: readonly OptionDe<O>[]; readonly reponse: NoInfer<O> },
): QuestionChoixUnique {
  return { type: 'choix-unique', ...q };
}

export function choixMultiples<const O extends string>(
  q: Commun & {
    readonly options: readonly OptionDe<O>[];
    readonly reponses: readonly [NoInfer<O>, ...NoInfer<O>[]];
  },
): QuestionChoixMultiples {
  return { type: 'choix-multiples', ...q };
}

export function vraiFaux(
  q: Commun & { readonly reponse: boolean; readonly feedback: { readonly vrai: string; readonly faux: string } },
): QuestionVraiFaux {
  return { type: 'vrai-faux', ...q };
}

export function association<const G extends string, const D extends string>(
  q: Commun & {
    readonly gauche: readonly (Item & { readonly id: G; readonly feedback: string })[];
    readonly droite: readonly (Item & { readonly id: D })[];
    readonly paires: { readonly [K in NoInfer<G>]: NoInfer<D> };
  },
): QuestionAssociation {
  return { type: 'association', ...q };
}

export function ordre(
  q: Commun & { readonly etapes: readonly (Item & { readonly feedback: string })[] },
): QuestionOrdre {
  return { type: 'ordre', ...q };
}

export function texteATrous<const T extends string>(
  q: Commun & { readonly texte: T; readonly trous: { readonly [K in Trous<NoInfer<T>>]: Trou } },
): QuestionTexteATrous {
  return { type: 'texte-a-trous', ...q };
}

export function numerique(
  q: Commun & {
    readonly reponse: { readonly valeur: number; readonly tolerance: number; readonly unite: string };
    readonly pieges?: readonly PiegeNumerique[];
    readonly feedback: { readonly juste: string; readonly faux: string };
  },
): QuestionNumerique {
  return { type: 'numerique', ...q };
}

export function defineQuiz(quiz: {
  readonly id: string;
  readonly titre: string;
  readonly description?: string;
  readonly bloc: BlocId;
  readonly seuil?: number;
  readonly tirage?: number;
  readonly duree?: number;
  readonly h5p?: boolean;
  readonly questions: readonly [Question, ...Question[]];
}): Quiz {
  return { kind: 'quiz', ...quiz };
}
