/**
 * Reading a trainer's Moodle question bank (Node side of `npm run import`):
 * GIFT with gift-pegjs, Moodle XML with fast-xml-parser (both maintained
 * parsers from npm), into the neutral `QuestionLue` of
 * src/domain/export/importBanque.ts, each with its line in the file; then the
 * quizzes (one per category), the same checks as the content tests, the report,
 * and — only when nothing is missing — the *.quiz.ts files and their registry.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseGift, type GIFTQuestion, type TextChoice, type TextFormat } from 'gift-pegjs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Activite } from '../../domain/activite';
import { checkActivite } from '../../domain/activite';
import { checkBank } from '../../domain/quiz/check';
import { convertir, problemesCriteres, slugifier, sourceQuiz, type Conversion, type OptionsImport, type QuestionLue, type ReponseLue } from '../../domain/export/importBanque';
import { escapeHtml } from '../../domain/export/texte';
import type { Question, Quiz } from '../../domain/quiz/types';

export const FORMATS_IMPORT = ['gift', 'moodle-xml'] as const;
export type FormatImport = (typeof FORMATS_IMPORT)[number];

export class ErreurImport extends Error {}

/** A category path below the course: « $course$/top/A/B » → [A, B] (« // » is a « / » in a name). */
export function cheminCategorie(valeur: string): string[] {
  return valeur
    .replace(/^\$(course|system|cat\d+|module)\$\/?/, '')
    .replace(/^top\/?/, '')
    .split(/(?<!\/)\/(?!\/)/)
    .map((p) => p.replace(/\/\//g, '/').trim())
    .filter((p) => p !== '');
}

// ---------------------------------------------------------------------------
// Moodle XML.

type Noeud = Record<string, unknown>;
const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  cdataPropName: '__cdata',
  parseTagValue: false,
  trimValues: false,
  isArray: (name) => ['question', 'answer', 'subquestion', 'tag', 'hint', 'unit'].includes(name),
});

/** The text of an element holding <text> (CDATA or not). */
function texteXml(node: unknown): string {
  const t = (node as Noeud | undefined)?.text;
  if (t === undefined || t === null) return '';
  if (typeof t === 'string') return t;
  const c = (t as Noeud).__cdata;
  if (Array.isArray(c)) return c.join('');
  if (typeof c === 'string') return c;
  return String((t as Noeud)['#text'] ?? '');
}

/** A text field in HTML, whatever its format (plain text is escaped, line breaks kept). */
function html(node: unknown): string {
  const brut = texteXml(node);
  const format = String((node as Noeud | undefined)?.['@_format'] ?? 'html');
  return format === 'plain_text' || format === 'markdown' ? escapeHtml(brut).replace(/\r?\n/g, '<br>') : brut;
}

/** Line (1-based) of each <question> start tag, in order, outside comments and CDATA. */
function lignesQuestions(source: string): number[] {
  const out: number[] = [];
  let ligne = 1;
  let i = 0;
  while (i < source.length) {
    if (source.startsWith('<!--', i) || source.startsWith('<![CDATA[', i)) {
      const fin = source.indexOf(source.startsWith('<!--', i) ? '-->' : ']]>', i);
      const j = fin < 0 ? source.length : fin + 3;
      ligne += (source.slice(i, j).match(/\n/g) ?? []).length;
      i = j;
      continue;
    }
    if (source[i] === '\n') ligne += 1;
    else if (source.startsWith('<question', i) && /[\s>]/.test(source[i + 9] ?? '')) out.push(ligne);
    i += 1;
  }
  return out;
}

export function lireMoodleXml(source: string): QuestionLue[] {
  const valide = XMLValidator.validate(source);
  if (valide !== true) throw new ErreurImport(`ligne ${valide.err.line} : XML invalide (${valide.err.msg})`);
  const doc = xmlParser.parse(source) as { quiz?: { question?: Noeud[] } };
  const questions = doc.quiz?.question;
  if (!questions) throw new ErreurImport('aucune question : le fichier Moodle XML doit avoir un élément <quiz> avec des <question>');
  const lignes = lignesQuestions(source);
  let categorie: string[] = [];
  const out: QuestionLue[] = [];
  questions.forEach((q, i) => {
    const type = String(q['@_type'] ?? '');
    if (type === 'category') {
      categorie = cheminCategorie(texteXml(q.category));
      return;
    }
    const reponses: ReponseLue[] = ((q.answer as Noeud[] | undefined) ?? []).map((a) => ({
      texte: type === 'numerical' || type === 'truefalse' ? texteXml(a).trim() : html(a),
      fraction: Number(a['@_fraction'] ?? 0),
      retour: html(a.feedback),
      ...(a.tolerance !== undefined ? { tolerance: Number(a.tolerance) } : {}),
    }));
    const vrai = type === 'truefalse' ? reponses.find((r) => r.texte === 'true') : undefined;
    const faux = type === 'truefalse' ? reponses.find((r) => r.texte === 'false') : undefined;
    const unite = ((q.units as Noeud | undefined)?.unit as Noeud[] | undefined)?.find((u) => Number(u.multiplier ?? 1) === 1)?.unit_name;
    out.push({
      ligne: lignes[i] ?? 0,
      type,
      nom: texteXml(q.name),
      idnumber: typeof q.idnumber === 'string' && q.idnumber.trim() !== '' ? q.idnumber.trim() : null,
      tags: (((q.tags as Noeud | undefined)?.tag as Noeud[] | undefined) ?? []).map((t) => texteXml(t).trim()),
      categorie,
      texte: html(q.questiontext),
      retourGeneral: html(q.generalfeedback),
      ...((q.hint as Noeud[] | undefined)?.[0] ? { indice: html((q.hint as Noeud[])[0]) } : {}),
      reponses,
      ...(type === 'multichoice' ? { unique: String(q.single ?? 'true') !== 'false' && String(q.single) !== '0' } : {}),
      ...(vrai && faux ? { vrai: { reponse: vrai.fraction > 0, retourVrai: vrai.retour, retourFaux: faux.retour } } : {}),
      ...(type === 'matching'
        ? { paires: ((q.subquestion as Noeud[] | undefined) ?? []).map((s) => ({ gauche: html(s), droite: texteXml((s.answer as Noeud[] | undefined)?.[0]) })) }
        : {}),
      ...(type === 'shortanswer' ? { casse: String(q.usecase ?? '0') === '1' } : {}),
      ...(typeof unite === 'string' && unite.trim() !== '' ? { unite: unite.trim() } : {}),
    });
  });
  return out;
}

// ---------------------------------------------------------------------------
// GIFT.

/** gift-pegjs keeps its escape placeholders (&&058; …) in some plain texts. */
const sansMarqueurs = (s: string) => s.replace(/&&(\d{3});?/g, (_m, code: string) => (code === '010' ? '\n' : String.fromCharCode(Number(code))));

const htmlGift = (t: TextFormat | null | undefined) => {
  if (!t) return '';
  const texte = sansMarqueurs(t.text);
  return t.format === 'html' || t.format === 'moodle' ? texte : escapeHtml(texte).replace(/\n/g, '<br>');
};

/** Line (1-based) of each GIFT item (question or category), in order: items are separated by blank lines. */
function lignesGift(source: string): number[] {
  const out: number[] = [];
  const lignes = source.split(/\r?\n/);
  let debut = -1;
  let contenu = false;
  lignes.forEach((l, i) => {
    if (l.trim() === '') {
      if (debut >= 0 && contenu) out.push(debut + 1);
      debut = -1;
      contenu = false;
      return;
    }
    if (debut < 0) debut = i;
    if (!/^\s*\/\//.test(l)) contenu = true;
  });
  if (debut >= 0 && contenu) out.push(debut + 1);
  return out;
}

export function lireGift(source: string): QuestionLue[] {
  let items: GIFTQuestion[];
  try {
    items = parseGift(source);
  } catch (error) {
    const e = error as { location?: { start?: { line?: number } }; message?: string };
    throw new ErreurImport(`ligne ${e.location?.start?.line ?? '?'} : GIFT illisible (${e.message ?? String(error)})`);
  }
  const lignes = lignesGift(source);
  let categorie: string[] = [];
  const out: QuestionLue[] = [];
  items.forEach((g, i) => {
    if (g.type === 'Category') {
      categorie = cheminCategorie(g.title);
      return;
    }
    if (g.type === 'Description' || g.type === 'Essay') {
      out.push({ ligne: lignes[i] ?? 0, type: g.type === 'Essay' ? 'essay' : 'description', nom: g.title ?? '', idnumber: g.id ?? null, tags: g.tags ?? [], categorie, texte: htmlGift(g.stem), retourGeneral: '' });
      return;
    }
    const commun = {
      ligne: lignes[i] ?? 0,
      nom: g.title ?? '',
      idnumber: g.id ?? null,
      tags: g.tags ?? [],
      categorie,
      texte: htmlGift(g.stem),
      retourGeneral: htmlGift(g.globalFeedback),
    };
    const choix = (c: TextChoice): ReponseLue => ({ texte: htmlGift(c.text), fraction: c.weight ?? (c.isCorrect ? 100 : 0), retour: htmlGift(c.feedback) });
    switch (g.type) {
      case 'MC':
        out.push({ ...commun, type: 'multichoice', unique: g.choices.every((c) => c.weight === null), reponses: g.choices.map(choix) });
        break;
      case 'Short':
        out.push({ ...commun, type: 'shortanswer', casse: false, reponses: g.choices.map(choix) });
        break;
      case 'TF':
        // gift-pegjs gives the two feedbacks in file order: shown if wrong, then shown if right.
        out.push({
          ...commun,
          type: 'truefalse',
          vrai: g.isTrue
            ? { reponse: true, retourVrai: htmlGift(g.falseFeedback), retourFaux: htmlGift(g.trueFeedback) }
            : { reponse: false, retourVrai: htmlGift(g.trueFeedback), retourFaux: htmlGift(g.falseFeedback) },
        });
        break;
      case 'Matching':
        out.push({ ...commun, type: 'matching', paires: g.matchPairs.map((p) => ({ gauche: htmlGift(p.subquestion), droite: sansMarqueurs(p.subanswer) })) });
        break;
      case 'Numerical': {
        const choices = Array.isArray(g.choices) ? g.choices : [{ isCorrect: true, weight: 100, text: g.choices, feedback: null }];
        out.push({
          ...commun,
          type: 'numerical',
          reponses: choices.map((c) => {
            const t = c.text as { type?: string; number?: number; range?: number; numberHigh?: number; numberLow?: number; text?: string };
            const fraction = c.weight ?? (c.isCorrect ? 100 : 0);
            const retour = htmlGift(c.feedback);
            if (t.type === 'range') return { texte: String(t.number), tolerance: t.range ?? 0, fraction, retour };
            if (t.type === 'high-low') return { texte: String(((t.numberHigh ?? 0) + (t.numberLow ?? 0)) / 2), tolerance: ((t.numberHigh ?? 0) - (t.numberLow ?? 0)) / 2, fraction, retour };
            if (t.type === 'simple') return { texte: String(t.number), tolerance: 0, fraction, retour };
            return { texte: '*', tolerance: 0, fraction: c.isCorrect ? fraction : 0, retour };
          }),
        });
        break;
      }
      default:
        break;
    }
  });
  return out;
}

// ---------------------------------------------------------------------------
// Quizzes, checks, report, files.

export interface OptionsCommande extends OptionsImport {
  readonly format: FormatImport;
  readonly fichier: string;
  /** Folder of quizzes/ holding an index.ts (default quizzes/bloc-N). */
  readonly out: string;
}

export interface ResultatImport {
  readonly quizzes: readonly Quiz[];
  readonly conversions: readonly Conversion[];
  /** What the trainer must add or fix (nothing is written while there is any). */
  readonly aCompleter: readonly string[];
  readonly rapport: string;
  readonly ecrits: readonly string[];
}

/** What to add, in words the trainer knows from Moodle, for each field our checks require. */
function conseil(champ: string, lue: QuestionLue): string {
  if (champ === 'explication') return ' — écrivez-la dans le « Feedback général » de la question (GIFT : après ####)';
  if (champ === 'source') return ' — terminez le « Feedback général » par un paragraphe « Source : … » (texte de loi, décret, leçon)';
  if (champ === 'criteres') return ' — ajoutez --critere, ou une étiquette (tag) du critère à la question';
  if (/^gauche\[\d+\]\.feedback$/.test(champ) || /^etapes\[\d+\]\.feedback$/.test(champ)) {
    return ' — ajoutez au « Feedback général » une liste à puces, une puce par élément, dans l’ordre : « <strong>élément</strong> : pourquoi »';
  }
  if (/^options\[(\d+)\]\.feedback$/.test(champ)) return ` — ajoutez un feedback à la réponse ${Number(/\[(\d+)\]/.exec(champ)![1]) + 1}`;
  if (/^feedback\.(vrai|faux)$/.test(champ)) return ` — ajoutez le feedback de la réponse « ${champ.endsWith('vrai') ? 'Vrai' : 'Faux'} »`;
  if (champ === 'feedback.faux' && lue.type === 'numerical') return ' — ajoutez une réponse « * » à 0 % avec son feedback';
  return '';
}

const camel = (id: string) => id.replace(/-([a-z0-9])/g, (_m, c: string) => c.toUpperCase());

/** Adds an import and a list entry to a folder's index.ts (the registry of quizzes/). */
export function enregistrer(index: string, id: string): string {
  const imports = [...index.matchAll(/^import .*;$/gm)];
  const liste = /(export const [A-Z0-9_]+: readonly Activite\[\] = \[\n)([\s\S]*?)(\];)/.exec(index);
  if (imports.length === 0 || !liste) throw new ErreurImport('index.ts du dossier --out : liste « export const …: readonly Activite[] = [ … ]; » introuvable');
  const last = imports.at(-1)!;
  const apresImport = last.index! + last[0].length;
  const avec = `${index.slice(0, apresImport)}\nimport ${camel(id)} from './${id}.quiz';${index.slice(apresImport)}`;
  return avec.replace(/(export const [A-Z0-9_]+: readonly Activite\[\] = \[\n[\s\S]*?)(\];)/, (_m, corps: string, fin: string) => `${corps}  ${camel(id)},\n${fin}`);
}

/** Imports a bank: reads, maps, checks; writes the quiz files only when nothing is missing. */
export function importerBanque(options: OptionsCommande, ctx: { siteDir: string; activites: readonly Activite[]; ecrire: boolean }): ResultatImport {
  if (!existsSync(options.fichier)) throw new ErreurImport(`fichier introuvable : « ${options.fichier} »`);
  const source = readFileSync(options.fichier, 'utf8').replace(/^\uFEFF/, '');
  const lues = options.format === 'gift' ? lireGift(source) : lireMoodleXml(source);
  if (lues.length === 0) throw new ErreurImport('aucune question dans le fichier');
  const nomFichier = path.basename(options.fichier);
  const conversions = lues.map((l, i) => convertir(l, i, options));
  const ou = (c: Conversion) => `${nomFichier}:${c.lue.ligne} › « ${c.lue.nom || c.question?.id || '?'} »`;

  // One quiz per category (the file name when the bank has none).
  const groupes = new Map<string, Conversion[]>();
  for (const c of conversions) {
    if (!c.question) continue;
    const cle = c.lue.categorie.join('/') || path.parse(nomFichier).name;
    groupes.set(cle, [...(groupes.get(cle) ?? []), c]);
  }
  const quizzes: Quiz[] = [];
  const aCompleter: string[] = [];
  const existants = new Set(ctx.activites.map((a) => a.id));
  for (const [cle, liste] of groupes) {
    const titre = cle.split('/').at(-1)!;
    const id = slugifier(titre).slice(0, 60).replace(/-+$/, '') || 'banque-importee';
    const ids = new Set<string>();
    const questions = liste.map((c) => {
      let qid = c.question!.id;
      for (let n = 2; ids.has(qid); n += 1) qid = `${c.question!.id}-${n}`;
      ids.add(qid);
      return { ...c.question!, id: qid } as Question;
    });
    if (existants.has(id)) aCompleter.push(`catégorie « ${titre} » : une activité « ${id} » existe déjà dans quizzes/ — renommez la catégorie dans la banque`);
    const quiz: Quiz = { kind: 'quiz', id, titre, bloc: options.bloc, questions };
    quizzes.push(quiz);
    const parQuestion = new Map(questions.map((q, i) => [q.id, liste[i]!]));
    for (const p of checkActivite(quiz)) {
      const c = p.question ? parQuestion.get(p.question) : undefined;
      aCompleter.push(`${c ? ou(c) : `catégorie « ${titre} »`} › ${p.champ} : ${p.message}${c ? conseil(p.champ, c.lue) : ''}`);
    }
    questions.forEach((q, i) => {
      for (const m of problemesCriteres(q, options)) aCompleter.push(`${ou(liste[i]!)} › criteres : ${m}`);
    });
  }
  const banque = [...ctx.activites, ...quizzes].map((a) => ({ id: a.id, questions: a.kind === 'quiz' ? a.questions.map((q) => ({ id: q.id, enonce: q.enonce, ...('texte' in q ? { texte: q.texte } : {}) })) : [] }));
  for (const p of checkBank(banque)) {
    if (!quizzes.some((q) => q.id === p.activite)) continue;
    aCompleter.push(`${p.activite}${p.question ? ` › « ${p.question} »` : ''} › ${p.champ} : ${p.message}`);
  }
  const sans = new Set(aCompleter);
  const section = (titre: string, lignes: readonly string[], aucun: string) => (lignes.length === 0 ? [`${titre} : ${aucun}.`] : [`${titre} :`, ...lignes.map((l) => `  ${l}`)]);
  const rapport = [
    `Import de « ${nomFichier} » (${options.format}) : ${lues.length} question(s) lue(s), ${conversions.filter((c) => c.question).length} reprise(s), ${quizzes.length} quiz (un par catégorie).`,
    '',
    ...section('Non reprises (pas d’équivalent)', conversions.filter((c) => !c.question).map((c) => `${ou(c)} : ${c.raison}`), 'aucune'),
    '',
    ...section('Reprises avec des pertes', conversions.flatMap((c) => c.pertes.map((p) => `${ou(c)} : ${p}`)), 'aucune'),
    '',
    ...section('À compléter dans la banque avant l’import (rien n’est écrit tant qu’il en reste)', [...sans], 'aucun'),
    '',
  ].join('\n');

  const ecrits: string[] = [];
  if (ctx.ecrire && sans.size === 0) {
    const index = path.join(options.out, 'index.ts');
    if (!existsSync(index)) throw new ErreurImport(`le dossier --out « ${options.out} » doit être un dossier de quizzes/ qui a son index.ts (par exemple quizzes/bloc-2)`);
    let registre = readFileSync(index, 'utf8');
    for (const quiz of quizzes) {
      const fichier = path.join(options.out, `${quiz.id}.quiz.ts`);
      if (existsSync(fichier)) throw new ErreurImport(`« ${fichier} » existe déjà : rien n’est écrit`);
      registre = enregistrer(registre, quiz.id);
    }
    mkdirSync(options.out, { recursive: true });
    for (const quiz of quizzes) {
      const fichier = path.join(options.out, `${quiz.id}.quiz.ts`);
      writeFileSync(fichier, sourceQuiz(quiz, [`Importé de la banque Moodle « ${nomFichier} » (${options.format}) par npm run import.`, 'Relisez les textes, puis insérez le quiz dans une leçon : <Quiz id="…" />.']));
      ecrits.push(fichier);
    }
    writeFileSync(index, registre);
    ecrits.push(index);
  }
  return { quizzes, conversions, aCompleter: [...sans], rapport, ecrits };
}
