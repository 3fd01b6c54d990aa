/**
 * Content-only .h5p packages for the OFFICIAL H5P content types, for hosts that
 * already have them (Moodle's H5P, WordPress, Lumi): one H5P.QuestionSet per quiz,
 * whose questions are H5P.MultiChoice (choix-unique, choix-multiples),
 * H5P.TrueFalse (vrai-faux), H5P.Blanks (texte-a-trous) and H5P.DragText
 * (association). No library is inside the package: h5p.json names the exact
 * versions copied in h5p/officiels/ (a test compares them).
 *
 * Left out, with their reason (no honest official equivalent in these types):
 * ordre (no ordering type among QuestionSet's sub-contents), numerique (Blanks
 * compares spellings, not numbers with a tolerance), case studies (branching).
 *
 * The user-interface texts are the French defaults of each library's own
 * language/fr.json (passed in by the caller: this module reads no file), except
 * where that file is still in English or breaks a placeholder: TEXTES_FR says
 * those. Every text key of each library's semantics is written into the package,
 * so that no host falls back on the library's English default.
 *
 * What the parsers of H5P.DragText and H5P.Blanks read as syntax inside our
 * texts is rewritten (see `dragTextZone`, `hors`, `reponsesBlanks`).
 */
import { assertNever } from '../exhaustif';
import type { Question, Quiz, Trou } from '../quiz/types';
import { splitGaps } from '../quiz/kinds/texteATrous';
import type { Field } from '../h5p/semantique';
import { enonceHtml, variantesAcceptees } from './banque';
import { escapeHtml, richToHtml, richToHtmlAround, richToPlain } from './texte';

export const OFFICIELS = {
  'H5P.QuestionSet': { majorVersion: 1, minorVersion: 21 },
  'H5P.MultiChoice': { majorVersion: 1, minorVersion: 16 },
  'H5P.TrueFalse': { majorVersion: 1, minorVersion: 8 },
  'H5P.Blanks': { majorVersion: 1, minorVersion: 14 },
  'H5P.DragText': { majorVersion: 1, minorVersion: 10 },
} as const;
export type Officiel = keyof typeof OFFICIELS;

export const libraryString = (name: Officiel) => `${name} ${OFFICIELS[name].majorVersion}.${OFFICIELS[name].minorVersion}`;

export interface Langue {
  readonly semantics: readonly Field[];
  /** The library's language/fr.json (`{ semantics: [...] }`). */
  readonly fr: { readonly semantics?: readonly unknown[] };
}
export type Langues = Readonly<Record<Officiel, Langue>>;

export interface PaquetOfficiel {
  readonly quizId: string;
  readonly h5pJson: Record<string, unknown>;
  readonly content: Record<string, unknown>;
  readonly questions: number;
  readonly omises: readonly { readonly id: string; readonly raison: string }[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Default parameters of a semantics tree, with the French defaults of fr.json
 * where they exist (lists and sub-contents are left empty).
 */
export function defaults(fields: readonly Field[], fr: readonly unknown[] = []): Obj {
  const out: Obj = {};
  fields.forEach((f, i) => {
    const t = isObj(fr[i]) ? (fr[i] as Obj) : {};
    if (f.type === 'group' && f.fields) {
      const inner = defaults(f.fields, Array.isArray(t.fields) ? t.fields : []);
      // A group of one field is stored as the bare value (H5P rule).
      if (f.fields.length === 1) {
        const only = inner[f.fields[0]!.name];
        if (only !== undefined) out[f.name] = only;
      } else if (Object.keys(inner).length > 0) out[f.name] = inner;
    } else if (f.type !== 'list' && f.type !== 'library') {
      const value = t.default !== undefined && typeof t.default === typeof f.default ? t.default : f.default;
      if (value !== undefined) out[f.name] = value;
    }
  });
  return out;
}

/**
 * French texts for the keys whose language/fr.json is still English or drops a
 * placeholder of the English text (path in the library's semantics). Reviewed
 * against the running libraries: QuestionSet 1.21 reads `texts.next` /
 * `texts.previous` for its navigation buttons, `endGame.message` and
 * `endGame.amountCorrect` on its results page.
 */
export const TEXTES_FR: Readonly<Partial<Record<Officiel, Readonly<Record<string, string>>>>> = {
  'H5P.QuestionSet': {
    'texts.previous': 'Question précédente',
    'texts.next': 'Question suivante',
    'texts.questionSetInstruction': 'Choisissez la question à afficher',
    'endGame.message': 'Résultats',
    'endGame.amountCorrect': '@finals réponses justes sur @totals',
    'endGame.scoreHeader': 'Votre score',
  },
  'H5P.MultiChoice': { 'UI.scoreBarLabel': 'Vous avez obtenu :num points sur :total' },
  'H5P.TrueFalse': { 'l10n.scoreBarLabel': 'Vous avez obtenu :num points sur :total' },
  'H5P.Blanks': { scoreBarLabel: 'Vous avez obtenu :num points sur :total' },
  'H5P.DragText': {
    scoreBarLabel: 'Vous avez obtenu :num points sur :total',
    a11yCheck: 'Vérifier les réponses. Chaque réponse sera marquée juste, fausse ou sans réponse.',
  },
};

/** Text keys whose French is the same word as the English default (checked by the tests). */
export const IDENTIQUES_EN_FRANCAIS: Readonly<Partial<Record<Officiel, readonly string[]>>> = {
  'H5P.QuestionSet': ['texts.questionLabel', 'texts.navigationLabel'],
};

/** Sets `value` at a dotted path of an object (groups created as needed). */
function setPath(target: Obj, dotted: string, value: string): Obj {
  const [head, ...rest] = dotted.split('.');
  const inner = isObj(target[head!]) ? (target[head!] as Obj) : {};
  return { ...target, [head!]: rest.length === 0 ? value : setPath(inner, rest.join('.'), value) };
}

/** Deep merge (objects only; arrays and scalars of `b` win). */
function merge(a: Obj, b: Obj): Obj {
  const out: Obj = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = isObj(v) && isObj(out[k]) ? merge(out[k] as Obj, v) : v;
  return out;
}

/** A stable UUID-shaped id from a text (subContentId must be a UUID). */
export function stableUuid(seed: string): string {
  const hex: string[] = [];
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let round = 0; hex.join('').length < 32; round += 1) {
    for (let i = 0; i < seed.length; i += 1) {
      h1 = Math.imul(h1 ^ seed.charCodeAt(i), 16777619) >>> 0;
      h2 = Math.imul(h2 ^ (seed.charCodeAt(i) + round), 2246822519) >>> 0;
    }
    hex.push(h1.toString(16).padStart(8, '0'), h2.toString(16).padStart(8, '0'));
  }
  const s = hex.join('').slice(0, 32).split('');
  s[12] = '4';
  s[16] = '89ab'[parseInt(s[16]!, 16) % 4]!;
  const x = s.join('');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

const html = (s: string) => richToHtml(s, { formules: 'texte' });
const inline = (s: string) => richToHtml(s, { formules: 'texte', paragraphes: false });
const plain = (s: string) => richToPlain(s).replace(/\s*\n+\s*/g, ' ');
const explication = (q: Question) => `${plain(q.explication)} Source : ${plain(q.source)}`;

/**
 * Our texts inside the syntax of H5P.DragText and H5P.Blanks. Both parsers cut
 * the text at each « * » (a drop zone or a blank runs from one « * » to the
 * next); inside a zone, DragText reads « : » as the start of a tip, « \+ » and
 * « \- » as the start of the feedback if right / if wrong, and Blanks reads « / »
 * between accepted answers and « : » before a tip. Neither has an escape, so
 * what they would read as syntax is written with a sign that looks the same:
 * « * » → « ∗ » everywhere; inside a zone « \ » → « ⧵ », « / » → « ∕ », a French
 * « : » (after a space) → « — », any other « : » → « ∶ ». Accepted answers of a
 * blank are not rewritten (the learner types them): a spelling holding « * »,
 * « / » or « : » is left out (`reponsesBlanks`).
 */
export const REECRITURES = {
  asterisque: ['*', '\u2217'],
  antislash: ['\\', '\u29f5'],
  barreOblique: ['/', '\u2215'],
  deuxPointsFrancais: [' :', ' \u2014'],
  deuxPoints: [':', '\u2236'],
} as const;

/** A text outside any zone: only « * » would open one. */
export function hors(texte: string): string {
  return texte.replace(/\*/g, REECRITURES.asterisque[1]);
}

/** A text inside a zone: nothing in it may read as DragText or Blanks syntax. */
export function dedans(texte: string): string {
  return hors(texte)
    .replace(/\\/g, REECRITURES.antislash[1])
    .replace(/\//g, REECRITURES.barreOblique[1])
    .replace(/[\s\u00a0\u202f]+:/g, REECRITURES.deuxPointsFrancais[1])
    .replace(/:/g, REECRITURES.deuxPoints[1]);
}

/** One DragText drop zone: `*answer\+if right\-if wrong*` (no tip). */
export function dragTextZone(zone: { texte: string; juste?: string; faux?: string }): string {
  const fb = (marque: string, texte?: string) => (texte && texte.trim() !== '' ? `\\${marque}${dedans(texte)}` : '');
  return `*${dedans(zone.texte)}${fb('+', zone.juste)}${fb('-', zone.faux)}*`;
}

/** The accepted spellings of a gap that H5P Blanks can hold (none with « * », « / » or « : »). */
export function reponsesBlanks(trou: Trou): string[] {
  return variantesAcceptees(trou).filter((v) => !/[*/:]/.test(v));
}

type Sous = { library: Officiel; params: Obj } | { raison: string };

function sousContenu(q: Question): Sous {
  const overallFeedback = [{ from: 0, to: 100, feedback: explication(q) }];
  switch (q.type) {
    case 'choix-unique':
    case 'choix-multiples':
      return {
        library: 'H5P.MultiChoice',
        params: {
          question: enonceHtml(q, 'texte'),
          answers: q.options.map((o) => ({
            text: inline(o.texte),
            correct: q.type === 'choix-unique' ? o.id === q.reponse : q.reponses.includes(o.id),
            tipsAndFeedback: { chosenFeedback: inline(o.feedback) },
          })),
          overallFeedback,
          behaviour: { type: q.type === 'choix-unique' ? 'single' : 'multi', singlePoint: false, randomAnswers: true, passPercentage: 100 },
        },
      };
    case 'vrai-faux':
      return {
        library: 'H5P.TrueFalse',
        params: {
          question: enonceHtml(q, 'texte'),
          correct: q.reponse ? 'true' : 'false',
          behaviour: {
            feedbackOnCorrect: plain(q.reponse ? q.feedback.vrai : q.feedback.faux).slice(0, 2048),
            feedbackOnWrong: plain(q.reponse ? q.feedback.faux : q.feedback.vrai).slice(0, 2048),
          },
        },
      };
    case 'texte-a-trous': {
      const parts = splitGaps(q.texte);
      let vide: string | null = null;
      const text = parts
        .map((p) => {
          if ('texte' in p) return hors(richToHtmlAround(p.texte, 'texte'));
          const reponses = reponsesBlanks(q.trous[p.trou]!);
          if (reponses.length === 0) vide = p.trou;
          return `*${reponses.map(escapeHtml).join('/')}*`;
        })
        .join('');
      if (vide) return { raison: `chaque réponse acceptée du trou « ${vide} » contient « * », « / » ou « : », réservés par H5P Blanks (réponses et indice)` };
      return {
        library: 'H5P.Blanks',
        params: {
          text: enonceHtml(q, 'texte'),
          questions: [`<p>${text}</p>`],
          overallFeedback,
          behaviour: { caseSensitive: Object.values(q.trous).some((t) => t.casse === true), acceptSpellingErrors: false },
        },
      };
    }
    case 'association': {
      const right = (id: string) => plain(q.droite.find((d) => d.id === id)!.texte);
      const lines = q.gauche.map((g) => {
        const fb = plain(g.feedback);
        const juste = right(q.paires[g.id]!);
        return `${hors(plain(g.texte))} → ${dragTextZone({ texte: juste, juste: fb, faux: `À associer à « ${juste} ». ${fb}` })}`;
      });
      const used = new Set(Object.values(q.paires));
      const distractors = q.droite.filter((d) => !used.has(d.id)).map((d) => dragTextZone({ texte: plain(d.texte) }));
      return {
        library: 'H5P.DragText',
        params: {
          taskDescription: `${enonceHtml(q, 'texte')}<p>Glissez chaque élément à côté de ce qui lui correspond.</p>`,
          textField: lines.join('\n'),
          ...(distractors.length > 0 ? { distractors: distractors.join(' ') } : {}),
          overallFeedback,
        },
      };
    }
    case 'ordre':
      return { raison: 'remise en ordre : aucun type officiel de H5P.QuestionSet ne remet des étapes en ordre' };
    case 'numerique':
      return { raison: 'réponse numérique avec tolérance : H5P Blanks compare des mots, pas des nombres' };
    default:
      return assertNever(q, 'type de question');
  }
}

const CONTENT_TYPE: Readonly<Record<Officiel, string>> = {
  'H5P.QuestionSet': 'Question Set',
  'H5P.MultiChoice': 'Multiple Choice',
  'H5P.TrueFalse': 'True/False Question',
  'H5P.Blanks': 'Fill in the Blanks',
  'H5P.DragText': 'Drag the Words',
};

/** Every default of a library, in French: fr.json, then TEXTES_FR. */
export function defaultsFr(name: Officiel, langues: Langues): Obj {
  const l = langues[name];
  return Object.entries(TEXTES_FR[name] ?? {}).reduce((acc, [chemin, texte]) => setPath(acc, chemin, texte), defaults(l.semantics, l.fr.semantics ?? []));
}

function withDefaults(name: Officiel, params: Obj, langues: Langues): Obj {
  return merge(defaultsFr(name, langues), params);
}

/** The official QuestionSet package of one quiz, or null when no question has an official equivalent. */
export function paquetOfficiel(quiz: Quiz, langues: Langues): PaquetOfficiel | null {
  const omises: { id: string; raison: string }[] = [];
  const questions: Obj[] = [];
  const used = new Set<Officiel>(['H5P.QuestionSet']);
  for (const q of quiz.questions) {
    const sous = sousContenu(q);
    if ('raison' in sous) {
      omises.push({ id: `${quiz.id}/${q.id}`, raison: sous.raison });
      continue;
    }
    used.add(sous.library);
    questions.push({
      library: libraryString(sous.library),
      params: withDefaults(sous.library, sous.params, langues),
      subContentId: stableUuid(`${quiz.id}/${q.id}`),
      metadata: { contentType: CONTENT_TYPE[sous.library], license: 'CC BY-SA', licenseVersion: '4.0', title: `${quiz.titre} — ${q.id}` },
    });
  }
  if (questions.length === 0) return null;
  const content = withDefaults(
    'H5P.QuestionSet',
    {
      introPage: { showIntroPage: true, title: escapeHtml(quiz.titre), introduction: quiz.description ? html(quiz.description) : `<p>${questions.length} questions.</p>` },
      progressType: 'textual',
      passPercentage: Math.round((quiz.seuil ?? 0.7) * 100),
      questions,
      randomQuestions: false,
      disableBackwardsNavigation: false,
    },
    langues,
  );
  const h5pJson = {
    title: quiz.titre,
    language: 'fr',
    defaultLanguage: 'fr',
    mainLibrary: 'H5P.QuestionSet',
    embedTypes: ['iframe'],
    license: 'CC BY-SA',
    licenseVersion: '4.0',
    authors: [{ name: "Site d'entraînement « Moniteur d'atelier »", role: 'Author' }],
    preloadedDependencies: [...used].map((name) => ({ machineName: name, ...OFFICIELS[name] })),
  };
  return { quizId: quiz.id, h5pJson, content, questions: questions.length, omises };
}
