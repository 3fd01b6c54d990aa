/**
 * A trainer's Moodle question bank → our typed questions (`npm run import`).
 *
 * The files are parsed by maintained parsers on the command-line side
 * (src/build/import/moodle.ts: gift-pegjs for GIFT, fast-xml-parser for
 * Moodle XML) into `QuestionLue`, a neutral shape; this module maps each one to
 * one of our question kinds, or says why it cannot:
 *   multichoice (one right answer) → choix-unique, (several) → choix-multiples,
 *   truefalse → vrai-faux, matching → association (or ordre, when it is our own
 *   « step → Position n » export), numerical → numerique, shortanswer → texte à
 *   trous with one gap, cloze (multianswer) → texte à trous (SHORTANSWER gaps).
 * Feedback is kept: per answer, general feedback → explication, its last
 * paragraph « Source : … » → source, its list « élément : retour » → the
 * per-item feedback of a matching question. What cannot be kept is listed in
 * `pertes` (partial grades, wildcards, images…). What our content checks require
 * and the bank lacks (explication, source, critère, a feedback…) is found by
 * the same checks as the content tests, run by the command on the result.
 *
 * It also writes the `*.quiz.ts` source of a quiz (`sourceQuiz`). Pure: no file.
 */
import { parseDocument } from 'htmlparser2';
import { blocOf, isCritereId, type BlocId, type CritereId } from '../../referentiel';
import type { Item, Question, QuestionKind, Quiz, Tableau, Trou } from '../quiz/types';
import { ID_PATTERN } from '../quiz/check';
import { CONSIGNE_ORDRE, rang } from './banque';
import { variantesAcceptees } from './formes';

/** One answer of a Moodle question, texts in HTML (or plain text for GIFT's plain format). */
export interface ReponseLue {
  readonly texte: string;
  /** Grade in %, −100 … 100. */
  readonly fraction: number;
  readonly retour: string;
  /** numerical only */
  readonly tolerance?: number;
}

/** A Moodle question as read from a GIFT or Moodle XML file (texts in HTML). */
export interface QuestionLue {
  /** Line of the question in the file (1-based). */
  readonly ligne: number;
  /** Moodle type: multichoice, truefalse, matching, numerical, shortanswer, cloze (others are reported). */
  readonly type: string;
  readonly nom: string;
  readonly idnumber: string | null;
  readonly tags: readonly string[];
  /** Category path below $course$/top, or [] */
  readonly categorie: readonly string[];
  readonly texte: string;
  readonly retourGeneral: string;
  readonly indice?: string;
  readonly reponses?: readonly ReponseLue[];
  /** multichoice: one answer only */
  readonly unique?: boolean;
  /** truefalse */
  readonly vrai?: { readonly reponse: boolean; readonly retourVrai: string; readonly retourFaux: string };
  /** matching: left side (HTML, '' for a distractor), right side (plain text) */
  readonly paires?: readonly { readonly gauche: string; readonly droite: string }[];
  /** shortanswer: case matters */
  readonly casse?: boolean;
  /** numerical: unit named by the bank */
  readonly unite?: string;
}

export interface Conversion {
  readonly lue: QuestionLue;
  /** Null when the question has no equivalent among our kinds (see `raison`). */
  readonly question: Question | null;
  readonly raison?: string;
  /** What was read but cannot be kept (said in the report). */
  readonly pertes: readonly string[];
  /** The quiz of our own export it came from (« quiz/question » id number), if any. */
  readonly quizOrigine: string | null;
}

export interface OptionsImport {
  readonly bloc: BlocId;
  /** Critères given on the command line (used when a question has no critère tag). */
  readonly criteres: readonly CritereId[];
}

// ---------------------------------------------------------------------------
// HTML → texte riche (bold, italic, formulas, paragraphs), with htmlparser2.

interface Noeud {
  readonly type: string;
  readonly name?: string;
  readonly data?: string;
  readonly attribs?: Record<string, string>;
  readonly children?: Noeud[];
}

const BLOCS = new Set(['p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'br', 'tr', 'table', 'pre']);

function noeuds(html: string): Noeud[] {
  return parseDocument(html, { decodeEntities: true }).children as unknown as Noeud[];
}

/** Formulas \( … \), \[ … \] and $$ … $$ become $…$; a lone « $ » of the text would open one: it becomes « ＄ ». */
function formules(texte: string): string {
  const parts: string[] = [];
  const re = /\\\(([\s\S]+?)\\\)|\\\[([\s\S]+?)\\\]|\$\$([\s\S]+?)\$\$/g;
  let last = 0;
  for (const m of texte.matchAll(re)) {
    parts.push(texte.slice(last, m.index).replace(/\$/g, '＄'), `$${(m[1] ?? m[2] ?? m[3]!).trim()}$`);
    last = m.index! + m[0].length;
  }
  parts.push(texte.slice(last).replace(/\$/g, '＄'));
  return parts.join('');
}

/** Inline content of nodes as texte riche (no paragraph breaks). */
function enLigne(liste: readonly Noeud[], pertes: string[]): string {
  let out = '';
  for (const n of liste) {
    if (n.type === 'text') out += n.data ?? '';
    else if (n.type === 'tag' || n.type === 'script' || n.type === 'style') {
      const name = n.name ?? '';
      if (name === 'script' || name === 'style') continue;
      if (name === 'img') {
        pertes.push(`image non reprise${n.attribs?.alt ? ` (« ${n.attribs.alt} »)` : ''}`);
        continue;
      }
      const inner = enLigne(n.children ?? [], pertes);
      if (name === 'strong' || name === 'b') out += inner.trim() ? `**${inner}**` : inner;
      else if (name === 'em' || name === 'i') out += inner.trim() ? `_${inner}_` : inner;
      else if (name === 'br') out += '\n\n';
      else out += inner;
    }
  }
  return out;
}

/** Normalises spaces of a paragraph (keeps the narrow no-break spaces of French typography). */
const espaces = (s: string) => s.replace(/[ \t\r\n]+/g, ' ').trim();

type Bloc = { readonly t: 'p'; readonly v: string } | { readonly t: 'table'; readonly v: Tableau } | { readonly t: 'liste'; readonly v: readonly { sujet: string; texte: string }[] };

/** The blocks of an HTML text: paragraphs, tables, lists. */
function blocs(html: string, pertes: string[]): Bloc[] {
  const out: Bloc[] = [];
  let courant: Noeud[] = [];
  const vider = () => {
    const v = enLigne(courant, pertes)
      .split(/\n\n/)
      .map((p) => formules(espaces(p)))
      .filter((p) => p !== '');
    for (const p of v) out.push({ t: 'p', v: p });
    courant = [];
  };
  const visiter = (liste: readonly Noeud[]) => {
    for (const n of liste) {
      const name = n.type === 'tag' ? (n.name ?? '') : '';
      if (name === 'table') {
        vider();
        out.push({ t: 'table', v: tableau(n, pertes) });
      } else if (name === 'ul' || name === 'ol') {
        vider();
        const items = (n.children ?? []).filter((c) => c.name === 'li').map((li) => {
          const fort = (li.children ?? []).find((c) => c.name === 'strong' || c.name === 'b');
          const tout = formules(espaces(enLigne(li.children ?? [], pertes)));
          if (!fort) return { sujet: '', texte: tout };
          const sujet = formules(espaces(enLigne(fort.children ?? [], pertes)));
          const reste = formules(espaces(enLigne((li.children ?? []).filter((c) => c !== fort), pertes))).replace(/^:\s*/, '');
          return { sujet, texte: reste };
        });
        out.push({ t: 'liste', v: items });
      } else if (name !== '' && BLOCS.has(name)) {
        vider();
        if (name === 'br') continue;
        visiter(n.children ?? []);
        vider();
      } else courant.push(n);
    }
  };
  visiter(noeuds(html));
  vider();
  return out;
}

function tableau(table: Noeud, pertes: string[]): Tableau {
  const cellules = (tr: Noeud) => (tr.children ?? []).filter((c) => c.name === 'th' || c.name === 'td').map((c) => formules(espaces(enLigne(c.children ?? [], pertes))));
  const lignes: string[][] = [];
  let entetes: string[] = [];
  let titre: string | undefined;
  const parcourir = (liste: readonly Noeud[], dansEntete: boolean) => {
    for (const n of liste) {
      if (n.name === 'caption') titre = formules(espaces(enLigne(n.children ?? [], pertes)));
      else if (n.name === 'thead') parcourir(n.children ?? [], true);
      else if (n.name === 'tbody' || n.name === 'tfoot') parcourir(n.children ?? [], false);
      else if (n.name === 'tr') {
        if (dansEntete || (entetes.length === 0 && lignes.length === 0 && (n.children ?? []).every((c) => c.type !== 'tag' || c.name === 'th'))) entetes = cellules(n);
        else lignes.push(cellules(n));
      }
    }
  };
  parcourir(table.children ?? [], false);
  return { ...(titre ? { titre } : {}), entetes, lignes };
}

/** A block as texte riche (a table or a list inside a text becomes paragraphs). */
function texteDeBloc(b: Bloc): string {
  if (b.t === 'p') return b.v;
  if (b.t === 'table') return [b.v.titre, b.v.entetes.join(' | '), ...b.v.lignes.map((l) => l.join(' | '))].filter(Boolean).join('\n\n');
  return b.v.map((i) => (i.sujet ? `${i.sujet} : ${i.texte}` : i.texte)).join('\n\n');
}

/** Texte riche of some blocks. */
const joindre = (liste: readonly Bloc[]) => liste.map(texteDeBloc).filter(Boolean).join('\n\n');

/** Texte riche of an HTML text (paragraphs separated by a blank line; tables and lists as text). */
export function htmlVersTexte(html: string, pertes: string[] = []): string {
  return joindre(blocs(html, pertes));
}

/** A statement from its blocks: paragraphs and, at the end, a data table (our export writes it there). */
function enonceDeBlocs(liste: readonly Bloc[]): { enonce: string; tableau?: Tableau } {
  const dernier = liste.at(-1);
  const table = dernier?.t === 'table' ? dernier.v : undefined;
  return { enonce: joindre(table ? liste.slice(0, -1) : liste), ...(table ? { tableau: table } : {}) };
}

function enonceDe(html: string, pertes: string[]): { enonce: string; tableau?: Tableau; blocs: Bloc[] } {
  const liste = blocs(html, pertes);
  return { ...enonceDeBlocs(liste), blocs: liste };
}

/** General feedback → explication, the items of a list « sujet : retour », the source (last « Source : … »). */
export function retourGeneralDe(html: string, pertes: string[] = []): { explication: string; items: { sujet: string; texte: string }[]; source: string } {
  const liste = blocs(html, pertes);
  let source = '';
  const last = liste.at(-1);
  if (last?.t === 'p' && /^Source\s*:\s*/i.test(last.v)) {
    source = last.v.replace(/^Source\s*:\s*/i, '');
    liste.pop();
  }
  const items = liste.filter((b): b is Extract<Bloc, { t: 'liste' }> => b.t === 'liste').flatMap((b) => [...b.v]);
  const explication = joindre(liste.filter((b) => b.t !== 'liste'));
  return { explication, items, source };
}

// ---------------------------------------------------------------------------
// Cloze (multianswer) gaps: {weight:TYPE:answers}, answers separated by « ~ »,
// each « =text#feedback » or « %n%text#feedback »; « \ » escapes } # ~ / " \.

export interface TrouCloze {
  readonly type: string;
  readonly reponses: readonly ReponseLue[];
}

/** Splits on an unescaped separator, keeping escapes. */
function couper(s: string, sep: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < s.length; i += 1) {
    if (s[i] === '\\' && i + 1 < s.length) {
      cur += s.slice(i, i + 2);
      i += 1;
    } else if (s[i] === sep) {
      out.push(cur);
      cur = '';
    } else cur += s[i];
  }
  out.push(cur);
  return out;
}

const sansEchappement = (s: string) => s.replace(/\\(.)/g, '$1');

/** Where a gap was, in the text of a cloze question (private-use characters, kept by the HTML parser). */
const MARQUE = ['\uE000', '\uE001'] as const;

/** The text of a cloze question with its gaps replaced by markers, and the gaps. */
export function lireCloze(html: string): { texte: string; trous: TrouCloze[] } {
  const trous: TrouCloze[] = [];
  let out = '';
  let i = 0;
  while (i < html.length) {
    const m = /^\{(\d*):([A-Z_]+):/.exec(html.slice(i));
    if (html[i] !== '{' || !m) {
      out += html[i];
      i += 1;
      continue;
    }
    let j = i + m[0].length;
    let corps = '';
    while (j < html.length && html[j] !== '}') {
      if (html[j] === '\\' && j + 1 < html.length) {
        corps += html.slice(j, j + 2);
        j += 2;
      } else {
        corps += html[j];
        j += 1;
      }
    }
    const reponses = couper(corps, '~').map((a) => {
      const [tete = '', retour = ''] = couper(a, '#');
      const poids = /^%(-?[\d.]+)%/.exec(tete);
      const fraction = tete.startsWith('=') ? 100 : poids ? Number(poids[1]) : 0;
      const texte = tete.startsWith('=') ? tete.slice(1) : poids ? tete.slice(poids[0].length) : tete;
      return { texte: sansEchappement(texte), fraction, retour: sansEchappement(retour) };
    });
    out += `${MARQUE[0]}${trous.length}${MARQUE[1]}`;
    trous.push({ type: m[2]!, reponses });
    i = j + 1;
  }
  return { texte: out, trous };
}

// ---------------------------------------------------------------------------
// Mapping.

const lettre = (i: number) => String.fromCharCode(97 + i);

/** The statement given to a text with gaps that came without one. */
export const CONSIGNE_TROUS = 'Complétez la phrase.';

/**
 * Spellings of a gap as we store them: the variants a platform needs and our
 * comparison accepts anyway (without accents, other apostrophe — what
 * `variantesAcceptees` adds on export) are dropped; any other spelling is kept.
 */
export function accepteesDe(reponses: readonly string[]): { acceptees: string[]; accents: boolean } {
  const sans = (s: string) => s.normalize('NFD').replace(/\p{Diacritic}/gu, '').normalize('NFC');
  const propres = reponses.map((r) => r.normalize('NFC').replace(/\s+/g, ' ').trim()).filter((r) => r !== '');
  // Accents matter when a spelling with accents comes without its accent-free variant.
  const apostrophes = (s: string) => s.replace(/’/g, "'");
  const accents = propres.some((r) => sans(r) !== r && !propres.some((x) => apostrophes(x) === apostrophes(sans(r))));
  const acceptees: string[] = [];
  for (const r of propres) {
    if (variantesAcceptees({ acceptees, feedback: '', accents }).includes(r)) continue;
    acceptees.push(r);
  }
  return { acceptees, accents };
}

function idQuestion(lue: QuestionLue, index: number): { id: string; quiz: string | null } {
  const m = lue.idnumber ? /^([a-z0-9]+(?:-[a-z0-9]+)*)\/([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(lue.idnumber) : null;
  if (m) return { quiz: m[1]!, id: m[2]! };
  const slug = slugifier(lue.nom).slice(0, 40).replace(/-+$/, '');
  return { quiz: null, id: slug && ID_PATTERN.test(slug) ? slug : `question-${index + 1}` };
}

/** Lower-case ascii words joined by dashes (ids, file names). */
export function slugifier(texte: string): string {
  return texte
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function criteresDe(lue: QuestionLue, options: OptionsImport): CritereId[] {
  const tags = lue.tags.filter((t): t is CritereId => isCritereId(t));
  if (tags.length > 0) return tags;
  return [...options.criteres];
}

/** Maps one question read from a bank; never throws. */
export function convertir(lue: QuestionLue, index: number, options: OptionsImport): Conversion {
  const pertes: string[] = [];
  const { id, quiz } = idQuestion(lue, index);
  const sans = (raison: string): Conversion => ({ lue, question: null, raison, pertes, quizOrigine: quiz });
  const general = retourGeneralDe(lue.retourGeneral, pertes);
  const texte = (html: string) => htmlVersTexte(html, pertes);
  const enonce = enonceDe(lue.texte, pertes);
  const base = {
    id,
    enonce: enonce.enonce,
    criteres: criteresDe(lue, options),
    explication: general.explication,
    source: general.source,
    ...(lue.indice ? { indice: texte(lue.indice) } : {}),
    ...(enonce.tableau ? { tableau: enonce.tableau } : {}),
  };
  const reponses = lue.reponses ?? [];
  switch (lue.type) {
    case 'multichoice': {
      const options = reponses.map((r, i) => ({ id: lettre(i), texte: texte(r.texte), feedback: texte(r.retour) }));
      const justes = reponses.map((r, i) => ({ r, id: lettre(i) })).filter((x) => x.r.fraction > 0);
      if (justes.length === 0) return sans('aucune réponse n’a une note positive');
      if (lue.unique !== false && justes.length === 1) {
        if (reponses.some((r) => r.fraction > 0 && r.fraction < 100)) pertes.push('note partielle de la seule bonne réponse ramenée à 100 %');
        if (reponses.some((r) => r.fraction < 0)) pertes.push('pénalités des mauvaises réponses non reprises (notre notation : 1 ou 0)');
        return { lue, question: { ...base, type: 'choix-unique', options, reponse: justes[0]!.id }, pertes, quizOrigine: quiz };
      }
      const r = justes.length;
      const attendu = (f: number) => (f > 0 ? 100 / r : -100 / r);
      if (reponses.some((x) => Math.abs(x.fraction - attendu(x.fraction)) > 1e-3)) {
        pertes.push(`notes des réponses remplacées par notre règle (±${Math.round((100 / r) * 1000) / 1000} % par réponse : max(0, (bonnes − mauvaises cochées) / bonnes))`);
      }
      return { lue, question: { ...base, type: 'choix-multiples', options, reponses: justes.map((x) => x.id) }, pertes, quizOrigine: quiz };
    }
    case 'truefalse': {
      if (!lue.vrai) return sans('réponse vrai/faux illisible');
      return { lue, question: { ...base, type: 'vrai-faux', reponse: lue.vrai.reponse, feedback: { vrai: texte(lue.vrai.retourVrai), faux: texte(lue.vrai.retourFaux) } }, pertes, quizOrigine: quiz };
    }
    case 'matching': {
      const paires = lue.paires ?? [];
      const gauches = paires.filter((p) => p.gauche.trim() !== '');
      const derniers = enonce.blocs.at(-1);
      const estOrdre =
        gauches.length === paires.length && gauches.length > 1 && gauches.every((p, i) => p.droite.trim() === rang(i)) && derniers?.t === 'p' && derniers.v === `_${CONSIGNE_ORDRE}_`;
      if (estOrdre) {
        const etapes = gauches.map((p, i) => ({ id: `e${i + 1}`, texte: texte(p.gauche), feedback: general.items[i]?.texte ?? '' }));
        const { tableau: _t, ...sansTableau } = base;
        return { lue, question: { ...sansTableau, ...enonceDeBlocs(enonce.blocs.slice(0, -1)), type: 'ordre', etapes }, pertes, quizOrigine: quiz };
      }
      const droite: Item[] = [];
      const idDroite = (t: string) => {
        const texteDroite = espaces(t);
        let d = droite.find((x) => x.texte === texteDroite);
        if (!d) {
          d = { id: `d${droite.length + 1}`, texte: texteDroite };
          droite.push(d);
        }
        return d.id;
      };
      const gauche = gauches.map((p, i) => ({ id: `g${i + 1}`, texte: texte(p.gauche), feedback: general.items[i]?.texte ?? '', partenaire: idDroite(p.droite) }));
      for (const p of paires) if (p.gauche.trim() === '') idDroite(p.droite);
      if (gauche.length === 0) return sans('aucune paire à associer');
      return {
        lue,
        question: {
          ...base,
          type: 'association',
          gauche: gauche.map(({ partenaire: _p, ...g }) => g),
          droite: droite.map((d) => ({ ...d, texte: formules(d.texte) })),
          paires: Object.fromEntries(gauche.map((g) => [g.id, g.partenaire])),
        },
        pertes,
        quizOrigine: quiz,
      };
    }
    case 'numerical': {
      const justes = reponses.filter((r) => r.fraction === 100 && r.texte.trim() !== '*');
      if (justes.length !== 1) return sans(justes.length === 0 ? 'aucune réponse à 100 %' : 'plusieurs réponses justes : notre type numérique n’en a qu’une (avec une tolérance)');
      const juste = justes[0]!;
      const valeur = Number(juste.texte.replace(',', '.'));
      if (!Number.isFinite(valeur)) return sans(`réponse « ${juste.texte} » : pas un nombre`);
      for (const r of reponses) if (r.fraction > 0 && r.fraction < 100) pertes.push(`réponse ${r.texte} à ${r.fraction} % non reprise (pas de note partielle)`);
      const pieges = reponses
        .filter((r) => r.fraction === 0 && r.texte.trim() !== '*' && Number.isFinite(Number(r.texte.replace(',', '.'))))
        .map((r) => ({ valeur: Number(r.texte.replace(',', '.')), feedback: texte(r.retour) }));
      const autre = reponses.find((r) => r.texte.trim() === '*');
      // Our export says the unit in the statement's last paragraph.
      const derniers = enonce.blocs.at(-1);
      const uniteEnonce = derniers?.t === 'p' ? /^Réponse en (.+) \(nombre seul\)\.$/.exec(derniers.v)?.[1] : undefined;
      const { tableau: _t, ...sansTableau } = base;
      return {
        lue,
        question: {
          ...sansTableau,
          ...enonceDeBlocs(uniteEnonce !== undefined ? enonce.blocs.slice(0, -1) : enonce.blocs),
          type: 'numerique',
          reponse: { valeur, tolerance: juste.tolerance ?? 0, unite: uniteEnonce ?? lue.unite ?? '' },
          ...(pieges.length > 0 ? { pieges } : {}),
          feedback: { juste: texte(juste.retour), faux: autre ? texte(autre.retour) : '' },
        },
        pertes,
        quizOrigine: quiz,
      };
    }
    case 'shortanswer':
    case 'cloze': {
      // The statement is what comes before the first paragraph holding a gap; the text with gaps, the rest.
      let trousLus: { type: string; reponses: readonly ReponseLue[] }[];
      let html: string;
      if (lue.type === 'cloze') {
        const c = lireCloze(lue.texte);
        html = c.texte;
        trousLus = c.trous;
      } else {
        const souligne = /_{3,}/.exec(lue.texte);
        html = souligne ? lue.texte.replace(/_{3,}/, `${MARQUE[0]}0${MARQUE[1]}`) : `${lue.texte}<p>${MARQUE[0]}0${MARQUE[1]}</p>`;
        trousLus = [{ type: lue.casse ? 'SHORTANSWER_C' : 'SHORTANSWER', reponses }];
      }
      const paragraphes = blocs(html, pertes);
      const premier = paragraphes.findIndex((b) => b.t === 'p' && b.v.includes(MARQUE[0]));
      const avant = paragraphes.slice(0, premier);
      const table = avant.at(-1)?.t === 'table' ? (avant.at(-1)!.v as Tableau) : undefined;
      let enonceCloze = joindre(table ? avant.slice(0, -1) : avant);
      if (enonceCloze === '') {
        enonceCloze = CONSIGNE_TROUS;
        pertes.push(`énoncé « ${CONSIGNE_TROUS} » ajouté : la question n’avait que la phrase à compléter`);
      }
      const apres = joindre(paragraphes.slice(premier));
      const trous: Record<string, Trou> = {};
      const noms: string[] = [];
      for (const [i, t] of trousLus.entries()) {
        const nom = trousLus.length === 1 ? 'reponse' : `trou-${i + 1}`;
        noms.push(nom);
        if (!/^(SHORTANSWER|SA|MW)(_C|C)?$/.test(t.type)) return sans(`trou ${i + 1} de type ${t.type} : seuls les trous à réponse courte (SHORTANSWER) ont un équivalent`);
        const casse = /^(SHORTANSWER_C|SAC|MWC)$/.test(t.type);
        const justes = t.reponses.filter((r) => r.fraction === 100);
        for (const r of t.reponses) {
          if (r.fraction > 0 && r.fraction < 100) pertes.push(`trou ${i + 1} : réponse « ${r.texte} » à ${r.fraction} % non reprise (pas de note partielle)`);
          if (r.fraction === 0 && r.texte.trim() !== '*' && r.retour.trim() !== '') pertes.push(`trou ${i + 1} : retour de la mauvaise réponse « ${r.texte} » non repris`);
        }
        if (justes.some((r) => r.texte.includes('*'))) return sans(`trou ${i + 1} : une réponse juste contient le joker « * » (pas d’équivalent)`);
        const { acceptees, accents } = accepteesDe(justes.map((r) => htmlVersTexte(r.texte)));
        trous[nom] = { acceptees, feedback: htmlVersTexte(justes[0]?.retour ?? ''), ...(casse ? { casse: true } : {}), ...(accents ? { accents: true } : {}) };
      }
      const avecTrous = apres.replace(/\uE000(\d+)\uE001/g, (_m, n: string) => `[[${noms[Number(n)]}]]`);
      return {
        lue,
        question: { ...base, enonce: enonceCloze, ...(table ? { tableau: table } : {}), type: 'texte-a-trous', texte: avecTrous, trous },
        pertes,
        quizOrigine: quiz,
      };
    }
    default:
      return sans(`type Moodle « ${lue.type} » sans équivalent (types repris : choix multiple, vrai/faux, appariement, numérique, réponse courte, Cloze)`);
  }
}

/** Checks the critères against the bloc of the import; returns problems in French. */
export function problemesCriteres(q: Question, options: OptionsImport): string[] {
  if (q.criteres.length === 0) return [`aucun critère : ajoutez --critere ${options.bloc}.Cx.CRy, ou une étiquette (tag) du critère à la question`];
  if (q.criteres.length > 2) return [`${q.criteres.length} critères (${q.criteres.join(', ')}) : une question en évalue un ou deux ; donnez-les en étiquettes (tags) à la question`];
  return q.criteres.filter((c) => blocOf(c).id !== options.bloc).map((c) => `le critère ${c} n'est pas du bloc ${options.bloc}`);
}

// ---------------------------------------------------------------------------
// The *.quiz.ts source.

/** A TypeScript string literal in single quotes. */
export function litteral(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\r?\n/g, '\\n')}'`;
}

function valeur(v: unknown, retrait: string): string {
  if (typeof v === 'string') return litteral(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    const court = v.map((x) => valeur(x, retrait)).join(', ');
    if (v.every((x) => typeof x !== 'object') && court.length <= 60) return `[${court}]`;
    const inner = v.map((x) => `${retrait}  ${valeur(x, `${retrait}  `)},`);
    return `[\n${inner.join('\n')}\n${retrait}]`;
  }
  if (typeof v === 'object' && v !== null) {
    const entries = Object.entries(v).filter(([, x]) => x !== undefined);
    if (entries.length === 0) return '{}';
    const cle = (k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : litteral(k));
    return `{\n${entries.map(([k, x]) => `${retrait}  ${cle(k)}: ${valeur(x, `${retrait}  `)},`).join('\n')}\n${retrait}}`;
  }
  return 'undefined';
}

export const AIDES: Readonly<Record<QuestionKind, string>> = {
  'choix-unique': 'choixUnique',
  'choix-multiples': 'choixMultiples',
  'vrai-faux': 'vraiFaux',
  association: 'association',
  ordre: 'ordre',
  'texte-a-trous': 'texteATrous',
  numerique: 'numerique',
};

/** The source of a quiz file, written with the author helpers of `#auteur`. */
export function sourceQuiz(quiz: Quiz, entete: readonly string[]): string {
  const aides = [...new Set(quiz.questions.map((q) => AIDES[q.type])), 'defineQuiz'].sort();
  const questions = quiz.questions.map((q) => {
    const { type: _t, ...reste } = q;
    return `    ${AIDES[q.type]}(${valeur(reste, '    ')}),`;
  });
  const tete = { id: quiz.id, titre: quiz.titre, ...(quiz.description ? { description: quiz.description } : {}), bloc: quiz.bloc };
  const champs = Object.entries(tete).map(([k, v]) => `  ${k}: ${valeur(v, '  ')},`);
  return [
    '/**',
    ...entete.map((l) => ` * ${l}`),
    ' */',
    `import { ${aides.join(', ')} } from '#auteur';`,
    '',
    'export default defineQuiz({',
    ...champs,
    '  questions: [',
    ...questions,
    '  ],',
    '});',
    '',
  ].join('\n');
}
