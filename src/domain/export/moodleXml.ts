/**
 * Moodle XML export of the question bank (Moodle's complete question format).
 *
 * Every kind has a Moodle equivalent here:
 *   choix-unique → multichoice (single), choix-multiples → multichoice (several
 *   answers, fractions ±100/R %), vrai-faux → truefalse, association → matching
 *   (extra right items are distractors), ordre → matching step → position (Moodle
 *   core has no ordering question), texte-a-trous → cloze (one SHORTANSWER per
 *   gap, case-insensitive unless `casse`, accent-free spellings added), numerique
 *   → numerical (tolerance, traps as 0 % answers, `*` for any other answer).
 * Texts are HTML in CDATA sections; names, tags and categories are escaped XML.
 */
import { assertNever } from '../exhaustif';
import { blocById } from '../../referentiel';
import type { Question } from '../quiz/types';
import { splitGaps } from '../quiz/kinds/texteATrous';
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
import type { ExportTexte, Omission } from './gift';
import { escapeHtml, richToHtml, richToHtmlAround, richToPlain } from './texte';

export function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** A CDATA section (a « ]]> » inside is split across two sections). */
export function cdata(value: string): string {
  return `<![CDATA[${value.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

const htmlText = (tag: string, html: string, attrs = '') => `<${tag} format="html"${attrs}><text>${cdata(html)}</text></${tag}>`;
const inline = (source: string) => richToHtml(source, { formules: 'latex', paragraphes: false });
const plainXml = (source: string) => escapeXml(richToPlain(source).replace(/\s*\n+\s*/g, ' '));

/** Escapes the characters Cloze reserves inside an answer or a feedback: } # ~ / " \ (and * in an answer, a wildcard). */
export function clozeEscape(value: string, options: { reponse?: boolean } = {}): string {
  return value.replace(options.reponse ? /[\\}#~/"*]/g : /[\\}#~/"]/g, (c) => `\\${c}`);
}

function feedbackPlain(source: string): string {
  return clozeEscape(escapeHtml(richToPlain(source).replace(/\s*\n+\s*/g, ' ')));
}

function clozeText(q: Extract<Question, { type: 'texte-a-trous' }>): string {
  return splitGaps(q.texte)
    .map((part) => {
      if ('texte' in part) return richToHtmlAround(part.texte, 'latex');
      const trou = q.trous[part.trou]!;
      const type = trou.casse ? 'SHORTANSWER_C' : 'SHORTANSWER';
      const right = variantesAcceptees(trou).map((v) => `=${clozeEscape(escapeHtml(v), { reponse: true })}#${feedbackPlain(trou.feedback)}`);
      const wrong = `%0%*#${feedbackPlain(`Réponse attendue : « ${trou.acceptees[0] ?? ''} ». ${trou.feedback}`)}`;
      return `{1:${type}:${[...right, wrong].join('~')}}`;
    })
    .join('');
}

function common(item: QuestionBanque, questionHtml: string, general: string): string[] {
  return [
    `<name><text>${escapeXml(item.nom)}</text></name>`,
    htmlText('questiontext', questionHtml),
    htmlText('generalfeedback', general),
    '<defaultgrade>1</defaultgrade>',
    '<penalty>0.3333333</penalty>',
    '<hidden>0</hidden>',
    `<idnumber>${escapeXml(item.idnumber)}</idnumber>`,
  ];
}

const tags = (item: QuestionBanque) => `<tags>${item.tags.map((t) => `<tag><text>${escapeXml(t)}</text></tag>`).join('')}</tags>`;
const hints = (q: Question) => (q.indice ? [htmlText('hint', richToHtml(q.indice, { formules: 'latex' }))] : []);
const combined = ['<correctfeedback format="html"><text></text></correctfeedback>', '<partiallycorrectfeedback format="html"><text></text></partiallycorrectfeedback>', '<incorrectfeedback format="html"><text></text></incorrectfeedback>', '<shownumcorrect/>'];

function answer(fraction: string, textXml: string, feedbackHtml: string, extra = '', format = 'html'): string {
  return `<answer fraction="${fraction}" format="${format}"><text>${textXml}</text>${htmlText('feedback', feedbackHtml)}${extra}</answer>`;
}

function questionXml(item: QuestionBanque): string {
  const q = item.question;
  const general = feedbackGeneralHtml(q, 'latex');
  const stem = enonceHtml(q, 'latex');
  let type: string;
  let body: string[];
  switch (q.type) {
    case 'choix-unique':
    case 'choix-multiples': {
      type = 'multichoice';
      const fractions = q.type === 'choix-multiples' ? fractionsChoixMultiples(q) : new Map(q.options.map((o) => [o.id, o.id === q.reponse ? 100 : 0]));
      body = [
        ...common(item, stem, general),
        `<single>${q.type === 'choix-unique'}</single>`,
        '<shuffleanswers>true</shuffleanswers>',
        '<answernumbering>abc</answernumbering>',
        '<showstandardinstruction>1</showstandardinstruction>',
        ...combined,
        ...q.options.map((o) => answer(formatPourcentage(fractions.get(o.id)!), cdata(inline(o.texte)), inline(o.feedback))),
      ];
      break;
    }
    case 'vrai-faux':
      type = 'truefalse';
      body = [
        ...common(item, stem, general),
        answer(q.reponse ? '100' : '0', 'true', inline(q.feedback.vrai), '', 'moodle_auto_format'),
        answer(q.reponse ? '0' : '100', 'false', inline(q.feedback.faux), '', 'moodle_auto_format'),
      ];
      break;
    case 'association':
    case 'ordre': {
      type = 'matching';
      const pairs: [string, string][] =
        q.type === 'association'
          ? [
              ...q.gauche.map((g): [string, string] => [inline(g.texte), plainXml(q.droite.find((d) => d.id === q.paires[g.id])!.texte)]),
              ...q.droite.filter((d) => !Object.values(q.paires).includes(d.id)).map((d): [string, string] => ['', plainXml(d.texte)]),
            ]
          : q.etapes.map((e, i): [string, string] => [inline(e.texte), escapeXml(rang(i))]);
      body = [
        ...common(item, q.type === 'ordre' ? `${stem}<p><em>${CONSIGNE_ORDRE}</em></p>` : stem, general),
        '<shuffleanswers>true</shuffleanswers>',
        ...combined,
        ...pairs.map(([left, right]) => `<subquestion format="html"><text>${left === '' ? '' : cdata(left)}</text><answer><text>${right}</text></answer></subquestion>`),
      ];
      break;
    }
    case 'texte-a-trous':
      type = 'cloze';
      body = [...common(item, `${stem}<p>${clozeText(q)}</p>`, general)];
      break;
    case 'numerique': {
      type = 'numerical';
      const tol = `<tolerance>${formatNombreExport(q.reponse.tolerance)}</tolerance>`;
      body = [
        ...common(item, q.reponse.unite ? `${stem}<p>Réponse en ${escapeHtml(q.reponse.unite)} (nombre seul).</p>` : stem, general),
        answer('100', formatNombreExport(q.reponse.valeur), inline(q.feedback.juste), tol, 'moodle_auto_format'),
        ...(q.pieges ?? []).map((p) => answer('0', formatNombreExport(p.valeur), inline(p.feedback), tol, 'moodle_auto_format')),
        answer('0', '*', inline(q.feedback.faux), '<tolerance>0</tolerance>', 'moodle_auto_format'),
        '<unitgradingtype>0</unitgradingtype>',
        '<unitpenalty>0.1000000</unitpenalty>',
        '<showunits>3</showunits>',
        '<unitsleft>0</unitsleft>',
      ];
      break;
    }
    default:
      return assertNever(q, 'type de question');
  }
  return [`<question type="${type}">`, ...body, ...hints(q), tags(item), '</question>'].map((l, i, all) => (i === 0 || i === all.length - 1 ? `  ${l}` : `    ${l}`)).join('\n');
}

function category(path: readonly string[], info: string): string {
  return [
    '  <question type="category">',
    `    <category><text>${escapeXml(`$course$/top/${path.map((p) => p.replace(/\//g, '//')).join('/')}`)}</text></category>`,
    `    <info format="html"><text>${cdata(info)}</text></info>`,
    '  </question>',
  ].join('\n');
}

/** The Moodle XML file of a bank. */
export function toMoodleXml(bank: Banque): ExportTexte {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<!-- Banque de questions « Moniteur d'atelier en milieu de travail protégé »${bank.bloc ? ` — ${escapeXml(bank.bloc)} ${escapeXml(blocById(bank.bloc).intituleCourt)}` : ''}. Contenus sous licence CC BY-SA 4.0. -->`,
    `<!-- ${escapeXml(CAS_NON_EXPORTES)} -->`,
    '<quiz>',
  ];
  const omises: Omission[] = bank.cas.map((c) => ({ id: c.id, raison: 'mise en situation à embranchements (pas de type de question équivalent)' }));
  let current = '';
  for (const item of bank.questions) {
    const key = item.categorie.join('/');
    if (key !== current) {
      current = key;
      out.push(category(item.categorie, escapeHtml(item.categorie.at(-1)!)));
    }
    out.push(questionXml(item));
  }
  out.push('</quiz>');
  return { contenu: `${out.join('\n')}\n`, questions: bank.questions.length, omises };
}
