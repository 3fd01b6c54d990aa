/**
 * The SCORM module's saved state (`cmi.suspend_data`), within SCORM 1.2's limit
 * of 4,096 characters.
 *
 * Stored shape (JSON, indexes instead of ids, one entry per activity of the
 * module in order):
 *   [1, [ quiz: {"q": [[questionIndex, answer, checked 0|1], …]}
 *         case: {"e": [[nodeIndex, choiceIndex], …], "r": 0|1, "c": 0|1} ]]
 * An answer is a short string (option indexes in base 36, "1"/"0" for true/false,
 * "?" for « Je ne sais pas »), or a list of strings for the gaps of a text.
 *
 * When the state is too long (very long typed answers), what is given up first
 * is what costs least: unchecked drafts, then checked answers typed as free text
 * (from the last), then whole activities (from the last). `complet` says whether
 * anything was given up. decode(encode(s)) gives s back when `complet`.
 */
import type { Activite } from '../activite';
import { etatVide, type EtatLecteur } from '../etat-lecteur';
import { handlerOf } from '../quiz/kinds';
import { isJeNeSaisPas, type InputOf, type Question, type QuestionKind, type QuestionOf, type Reponse } from '../quiz/types';

export const LIMITE_SUSPENSION = 4096;

/** The saved state of each activity of the module, by activity id. */
export type EtatModule = Record<string, EtatLecteur>;

type Compact = string | string[];
type EntreeQuiz = { q: [number, Compact, 0 | 1][] };
type EntreeCas = { e: [number, number][]; r: 0 | 1; c: 0 | 1 };
type Entree = EntreeQuiz | EntreeCas | 0;

const b36 = (n: number) => n.toString(36);
const fromB36 = (c: string) => parseInt(c, 36);

/** How each question kind writes its answer in a few characters, and reads it back. */
interface Codec<K extends QuestionKind> {
  compacter(q: QuestionOf<K>, input: InputOf<K>): Compact;
  /** Null: what was written does not fit this question (any more). */
  decompacter(q: QuestionOf<K>, c: Compact): InputOf<K> | null;
  /** Typed by the learner (free text): given up before the other answers when space runs out. */
  readonly libre: boolean;
}

const idx = (list: readonly { id: string }[], id: string | null | undefined) => {
  const i = list.findIndex((x) => x.id === id);
  return i < 0 ? '-' : b36(i);
};
const at = (list: readonly { id: string }[], ch: string) => (ch === '-' ? null : (list[fromB36(ch)]?.id ?? null));
/** A compact string: the list form belongs to the gaps of a text only. */
const chaine = (c: Compact): string | null => (typeof c === 'string' ? c : null);
const ids = (list: readonly { id: string }[], c: string) => [...c].map((ch) => at(list, ch)).filter((x): x is string => x !== null);

export const CODECS: { readonly [K in QuestionKind]: Codec<K> } = {
  'choix-unique': {
    compacter: (q, input) => (input.choix === null ? '' : idx(q.options, input.choix)),
    decompacter: (q, c) => (chaine(c) === null ? null : { choix: c === '' ? null : at(q.options, c as string) }),
    libre: false,
  },
  'choix-multiples': {
    compacter: (q, input) => input.choix.map((c) => idx(q.options, c)).join(''),
    decompacter: (q, c) => (chaine(c) === null ? null : { choix: ids(q.options, c as string) }),
    libre: false,
  },
  'vrai-faux': {
    compacter: (_q, input) => (input.valeur === null ? '' : input.valeur ? '1' : '0'),
    decompacter: (_q, c) => (chaine(c) === null ? null : { valeur: c === '' ? null : c === '1' }),
    libre: false,
  },
  association: {
    compacter: (q, input) => q.gauche.map((g) => idx(q.droite, input.paires[g.id] ?? null)).join(''),
    decompacter: (q, c) => (chaine(c) === null ? null : { paires: Object.fromEntries(q.gauche.map((g, i) => [g.id, at(q.droite, c[i] ?? '-')])) }),
    libre: false,
  },
  ordre: {
    compacter: (q, input) => input.ordre.map((id) => idx(q.etapes, id)).join(''),
    decompacter: (q, c) => (chaine(c) === null ? null : { ordre: ids(q.etapes, c as string) }),
    libre: false,
  },
  'texte-a-trous': {
    compacter: (q, input) => Object.keys(q.trous).map((k) => input.trous[k] ?? ''),
    decompacter: (q, c) => (Array.isArray(c) ? { trous: Object.fromEntries(Object.keys(q.trous).map((k, i) => [k, typeof c[i] === 'string' ? c[i]! : ''])) } : null),
    libre: true,
  },
  numerique: {
    compacter: (_q, input) => input.valeur,
    decompacter: (_q, c) => (chaine(c) === null ? null : { valeur: c as string }),
    libre: true,
  },
};

const codecOf = (q: Question) => CODECS[q.type] as unknown as Codec<QuestionKind>;

function compacter(q: Question, r: Reponse): Compact | null {
  if (isJeNeSaisPas(r)) return '?';
  return handlerOf(q).isInput(r) ? codecOf(q).compacter(q, r as InputOf<QuestionKind>) : null;
}

function decompacter(q: Question, c: Compact): Reponse | null {
  if (c === '?') return { jeNeSaisPas: true };
  return codecOf(q).decompacter(q, c) as Reponse | null;
}

function entree(a: Activite, etat: EtatLecteur | undefined): Entree {
  if (!etat) return 0;
  if (a.kind === 'quiz') {
    const q: [number, Compact, 0 | 1][] = [];
    a.questions.forEach((question, i) => {
      const r = etat.reponses[question.id];
      const checked = etat.verifiees.includes(question.id);
      if (r === undefined) return;
      const c = compacter(question, r);
      if (c !== null) q.push([i, c, checked ? 1 : 0]);
    });
    return q.length === 0 ? 0 : { q };
  }
  const e: [number, number][] = [];
  for (const step of etat.etapes) {
    const ni = a.noeuds.findIndex((n) => n.id === step.noeud);
    const node = a.noeuds[ni];
    const ci = node && node.type === 'situation' ? node.choix.findIndex((c) => c.id === step.choix) : -1;
    if (ni < 0 || ci < 0) break;
    e.push([ni, ci]);
  }
  if (e.length === 0 && !etat.commence) return 0;
  return { e, r: etat.revele ? 1 : 0, c: etat.commence ? 1 : 0 };
}

const FREE_TEXT = (a: Activite, i: number) => {
  const q = a.kind === 'quiz' ? a.questions[i] : undefined;
  return q !== undefined && codecOf(q).libre;
};

/** The suspend_data text of a module's state, at most `limite` characters. */
export function encoderSuspension(activites: readonly Activite[], etats: EtatModule, limite = LIMITE_SUSPENSION): { texte: string; complet: boolean } {
  const entrees: Entree[] = activites.map((a) => entree(a, etats[a.id]));
  const text = () => JSON.stringify([1, entrees]);
  if (text().length <= limite) return { texte: text(), complet: true };
  // 1. Drafts (answers not checked yet).
  entrees.forEach((e, i) => {
    if (e !== 0 && 'q' in e) entrees[i] = e.q.some((x) => x[2] === 1) ? { q: e.q.filter((x) => x[2] === 1) } : 0;
  });
  // 2. Checked free-text answers, from the last.
  for (let i = entrees.length - 1; i >= 0 && text().length > limite; i -= 1) {
    const e = entrees[i]!;
    if (e === 0 || !('q' in e)) continue;
    for (let j = e.q.length - 1; j >= 0 && text().length > limite; j -= 1) {
      if (FREE_TEXT(activites[i]!, e.q[j]![0])) e.q.splice(j, 1);
    }
  }
  // 3. Whole activities, from the last.
  for (let i = entrees.length - 1; i >= 0 && text().length > limite; i -= 1) entrees[i] = 0;
  return { texte: text(), complet: false };
}

/** The module's state from a suspend_data text (anything unreadable is ignored). */
export function decoderSuspension(activites: readonly Activite[], texte: string): EtatModule {
  let parsed: unknown;
  try {
    parsed = JSON.parse(texte);
  } catch {
    return {};
  }
  if (!Array.isArray(parsed) || parsed[0] !== 1 || !Array.isArray(parsed[1])) return {};
  const out: EtatModule = {};
  (parsed[1] as unknown[]).forEach((e, i) => {
    const a = activites[i];
    if (!a || typeof e !== 'object' || e === null) return;
    const etat = etatVide();
    if (a.kind === 'quiz' && Array.isArray((e as EntreeQuiz).q)) {
      for (const item of (e as EntreeQuiz).q) {
        if (!Array.isArray(item)) continue;
        const q = a.questions[item[0]];
        if (!q || (typeof item[1] !== 'string' && !Array.isArray(item[1]))) continue;
        const r = decompacter(q, item[1]);
        if (!r) continue;
        etat.reponses[q.id] = r;
        if (item[2] === 1) etat.verifiees.push(q.id);
      }
    } else if (a.kind === 'cas' && Array.isArray((e as EntreeCas).e)) {
      for (const step of (e as EntreeCas).e) {
        const node = Array.isArray(step) ? a.noeuds[step[0]] : undefined;
        const choix = node && node.type === 'situation' ? node.choix[step[1]] : undefined;
        if (!node || !choix) break;
        etat.etapes.push({ noeud: node.id, choix: choix.id });
      }
      etat.revele = (e as EntreeCas).r === 1;
      etat.commence = (e as EntreeCas).c === 1 || etat.etapes.length > 0;
    } else return;
    out[a.id] = etat;
  });
  return out;
}
