/**
 * GIFT export of the question bank (Moodle's text format for questions).
 *
 * Format rules followed (Moodle's GIFT importer):
 * - one question per block, blocks separated by a blank line; `// …` comments
 *   carry the id number and tags (`// [id:…] [tag:…]`);
 * - `$CATEGORY: $course$/top/…` switches category (a « / » inside a name is doubled);
 * - `::name::[html]text{answers}`; `~ = # { } :` and `\` are escaped with `\`,
 *   a line break is written `\n` (texts are one line of HTML here);
 * - multichoice: `=` right / `~` wrong (one answer), or `~%50%` / `~%-50%` weights
 *   (several answers); `#feedback` after each answer; `####` general feedback;
 * - truefalse: `{T#shown if the answer is wrong#shown if it is right}`;
 * - matching: `=left -> right` (an empty left side is a distractor); right sides
 *   are plain text;
 * - numerical: `{#=%100%value:tolerance#… =%0%trap:tolerance#… ~#any other answer}`.
 * GIFT has no question with several gaps (Cloze): a texte à trous with more than one
 * gap is left out and listed in `omises` (the Moodle XML export keeps it).
 */
import { blocById } from '../../referentiel';
import type { Question, QuestionKind, QuestionOf } from '../quiz/types';
import { gapNames, splitGaps } from '../quiz/kinds/texteATrous';
import {
  CAS_NON_EXPORTES,
  CONSIGNE_ORDRE,
  enonceHtml,
  feedbackGeneralHtml,
  formatNombreExport,
  formatPourcentage,
  fractionsChoixMultiples,
  rang,
  variantesAcceptees,
  type Banque,
  type QuestionBanque,
} from './banque';
import { richToHtml, richToHtmlAround, richToPlain } from './texte';

export interface Omission {
  readonly id: string;
  readonly raison: string;
}

export interface ExportTexte {
  readonly contenu: string;
  readonly questions: number;
  readonly omises: readonly Omission[];
}

/** Escapes GIFT's special characters (and line breaks) in a text. */
export function giftEscape(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/[~=#{}:]/g, (c) => `\\${c}`)
    .replace(/\r?\n/g, '\\n');
}

const inline = (source: string) => giftEscape(richToHtml(source, { formules: 'latex', paragraphes: false }));
/** Right-hand sides of a matching question are plain text in Moodle. */
const plain = (source: string) => giftEscape(richToPlain(source).replace(/\s*\n+\s*/g, ' ').replace(/->/g, '→'));

export function categoryLine(path: readonly string[]): string {
  return `$CATEGORY: $course$/top/${path.map((p) => p.replace(/\//g, '//').replace(/\s*\n\s*/g, ' ')).join('/')}`;
}

/** What every question block is made of: its head lines, general feedback and id number. */
interface Bloc {
  readonly head: readonly [string, string];
  readonly general: string;
  readonly idnumber: string;
}

/** A question with a list of answers: `head stem{answers ####general}`. */
function liste(q: Question, b: Bloc, answers: readonly string[], apresEnonce = ''): string {
  const stem = giftEscape(enonceHtml(q, 'latex') + apresEnonce);
  return `${b.head.join('\n')}${stem}{${q.type === 'numerique' ? '#' : ''}\n${answers.map((a) => `\t${a}`).join('\n')}\n\t####${b.general}\n}`;
}

/** One GIFT block per question kind (mapped type: a new kind does not compile until it has its export). */
export const BLOCS: { readonly [K in QuestionKind]: (q: QuestionOf<K>, b: Bloc) => string | Omission } = {
  'choix-unique': (q, b) => liste(q, b, q.options.map((o) => `${o.id === q.reponse ? '=' : '~'}${inline(o.texte)}#${inline(o.feedback)}`)),
  'choix-multiples': (q, b) => {
    const fractions = fractionsChoixMultiples(q);
    return liste(q, b, q.options.map((o) => `~%${formatPourcentage(fractions.get(o.id)!)}%${inline(o.texte)}#${inline(o.feedback)}`));
  },
  // First feedback: shown when the learner's answer is wrong; second: when it is right.
  'vrai-faux': (q, b) => liste(q, b, q.reponse ? [`TRUE#${inline(q.feedback.faux)}#${inline(q.feedback.vrai)}`] : [`FALSE#${inline(q.feedback.vrai)}#${inline(q.feedback.faux)}`]),
  association: (q, b) => {
    const used = new Set(Object.values(q.paires));
    return liste(q, b, [
      ...q.gauche.map((g) => `=${inline(g.texte)} -> ${plain(q.droite.find((d) => d.id === q.paires[g.id])!.texte)}`),
      ...q.droite.filter((d) => !used.has(d.id)).map((d) => `= -> ${plain(d.texte)}`),
    ]);
  },
  ordre: (q, b) => liste(q, b, q.etapes.map((e, i) => `=${inline(e.texte)} -> ${rang(i)}`), `<p><em>${CONSIGNE_ORDRE}</em></p>`),
  'texte-a-trous': (q, b) => {
    const names = gapNames(q.texte);
    if (names.length !== 1) {
      return { id: b.idnumber, raison: `texte à trous à ${names.length} trous : GIFT n'a qu'un trou par question (exporté en Cloze dans Moodle XML)` };
    }
    const trou = q.trous[names[0]!]!;
    const gap = `{${variantesAcceptees(trou).map((v) => `=${giftEscape(v)}#${inline(trou.feedback)}`).join(' ')} ####${b.general}}`;
    const text = splitGaps(q.texte).map((p) => ('trou' in p ? gap : giftEscape(richToHtmlAround(p.texte, 'latex')))).join('');
    return `${b.head[0]}\n${b.head[1]}${giftEscape(enonceHtml(q, 'latex'))}<p>${text}</p>`;
  },
  numerique: (q, b) => {
    const tol = formatNombreExport(q.reponse.tolerance);
    const answers = [
      `=%100%${formatNombreExport(q.reponse.valeur)}:${tol}#${inline(q.feedback.juste)}`,
      ...(q.pieges ?? []).map((p) => `=%0%${formatNombreExport(p.valeur)}:${tol}#${inline(p.feedback)}`),
      `~#${inline(q.feedback.faux)}`,
    ];
    return liste(q, b, answers, q.reponse.unite ? `<p>Réponse en ${q.reponse.unite} (nombre seul).</p>` : '');
  },
};

function question(item: QuestionBanque): string | Omission {
  const q = item.question;
  const bloc: Bloc = {
    head: [`// [id:${item.idnumber}]${item.tags.map((t) => ` [tag:${t}]`).join('')}`, `::${giftEscape(item.nom)}::[html]`],
    general: giftEscape(feedbackGeneralHtml(q, 'latex')),
    idnumber: item.idnumber,
  };
  return (BLOCS[q.type] as (q: Question, b: Bloc) => string | Omission)(q, bloc);
}

/** The GIFT file of a bank: categories, questions, and what was left out. */
export function toGift(bank: Banque): ExportTexte {
  const blocks: string[] = [
    `// Banque de questions « Moniteur d'atelier en milieu de travail protégé »${bank.bloc ? ` — ${bank.bloc} ${blocById(bank.bloc).intituleCourt}` : ''}`,
    '// Format GIFT (Moodle) · contenus sous licence CC BY-SA 4.0',
    `// ${CAS_NON_EXPORTES}`,
  ];
  const omises: Omission[] = [];
  let current = '';
  let count = 0;
  for (const item of bank.questions) {
    const result = question(item);
    if (typeof result !== 'string') {
      omises.push(result);
      continue;
    }
    const category = categoryLine(item.categorie);
    if (category !== current) {
      blocks.push(category);
      current = category;
    }
    blocks.push(result);
    count += 1;
  }
  for (const c of bank.cas) omises.push({ id: c.id, raison: 'mise en situation à embranchements (pas de type de question équivalent)' });
  if (omises.length > 0) blocks.splice(3, 0, `// Non exporté ici (${omises.length}) : ${omises.map((o) => o.id).join(', ')}`);
  return { contenu: `${blocks.join('\n\n')}\n`, questions: count, omises };
}
