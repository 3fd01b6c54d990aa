/**
 * The question bank as other platforms see it: which questions, in which
 * category (bloc → compétence), with which tags (critères), and the mapping
 * decisions shared by every format (fractions of a multiple-answer question,
 * accepted spellings of a gap, positions of an ordering question).
 * Pure: no file access.
 */
import type { Activite } from '../activite';
import type { Cas } from '../cas/types';
import type { Question, QuestionChoixMultiples, QuestionKind, QuestionOf, Quiz } from '../quiz/types';
import { blocById, competenceOf, COMPETENCE_IDS, type BlocId, type CritereId } from '../../referentiel';
import { richToHtml, tableauToHtml, type FormuleMode } from './texte';

export { formatNombreExport, variantesAcceptees } from './formes';

export interface QuestionBanque {
  readonly quiz: Quiz;
  readonly question: Question;
  /** Category path below the course's top category: [site, bloc, compétence]. */
  readonly categorie: readonly string[];
  readonly tags: readonly CritereId[];
  /** Question name shown in the platform's bank: « quiz · question ». */
  readonly nom: string;
  /** Stable id number: « quiz/question ». */
  readonly idnumber: string;
}

export interface Banque {
  readonly bloc: BlocId | null;
  readonly questions: readonly QuestionBanque[];
  readonly cas: readonly Cas[];
}

export const CATEGORIE_RACINE = "Moniteur d'atelier";

export function categorieOf(question: Question): string[] {
  const critere = question.criteres[0]!;
  const competence = competenceOf(critere);
  const bloc = blocById(competence.id.split('.')[0] as BlocId);
  return [CATEGORIE_RACINE, `${bloc.id} — ${bloc.intituleCourt}`, `${competence.id} — ${competence.intitule}`];
}

/** The bank of one bloc (or of the whole site), in registry order. */
export function banque(activites: readonly Activite[], bloc: BlocId | null = null): Banque {
  const retenues = activites.filter((a) => bloc === null || a.bloc === bloc);
  const questions: QuestionBanque[] = [];
  for (const a of retenues) {
    if (a.kind !== 'quiz') continue;
    for (const q of a.questions) {
      questions.push({
        quiz: a,
        question: q,
        categorie: categorieOf(q),
        tags: [...q.criteres],
        nom: `${a.id} · ${q.id}`,
        idnumber: `${a.id}/${q.id}`,
      });
    }
  }
  // One category per compétence: questions grouped by compétence, in référentiel order.
  const rank = new Map(COMPETENCE_IDS.map((id, i) => [id, i]));
  const order = (q: QuestionBanque) => rank.get(competenceOf(q.question.criteres[0]!).id) ?? 0;
  const sorted = questions.map((q, i) => ({ q, i })).sort((a, b) => order(a.q) - order(b.q) || a.i - b.i).map((x) => x.q);
  return { bloc, questions: sorted, cas: retenues.filter((a): a is Cas => a.kind === 'cas') };
}

/**
 * Fractions (in %) of a multiple-answer question, matching our rule
 * max(0, (right ticked − wrong ticked) / right): each right option is worth
 * 100/R %, each wrong option −100/R %, and the platform clamps the sum to [0, 100].
 */
export function fractionsChoixMultiples(q: QuestionChoixMultiples): Map<string, number> {
  const r = q.reponses.length;
  return new Map(q.options.map((o) => [o.id, (q.reponses.includes(o.id) ? 100 : -100) / r]));
}

/** A percentage written as Moodle writes its grade options (at most 5 decimals). */
export function formatPourcentage(value: number): string {
  return String(Math.round(value * 100000) / 100000);
}

/** Position labels of an ordering question exported as a matching question. */
export function rang(index: number): string {
  return `Position ${index + 1}`;
}

export const CONSIGNE_ORDRE = 'Associez chaque étape à sa position dans l’ordre (Position 1 = la première).';

/** Statement as HTML: the data table (if any) after the text. */
export function enonceHtml(q: Question, formules: FormuleMode): string {
  return richToHtml(q.enonce, { formules }) + (q.tableau ? tableauToHtml(q.tableau, formules) : '');
}

/**
 * Per-item feedback that the platforms' question type cannot attach to an item
 * (Moodle's matching question, which also carries our ordering questions): it
 * goes into the general feedback. Null: the platform shows it on the item itself.
 */
export const FEEDBACK_PAR_ITEM: { readonly [K in QuestionKind]: ((q: QuestionOf<K>) => [string, string][]) | null } = {
  'choix-unique': null,
  'choix-multiples': null,
  'vrai-faux': null,
  association: (q) => q.gauche.map((g) => [g.texte, g.feedback]),
  ordre: (q) => q.etapes.map((e, i) => [`${i + 1}. ${e.texte}`, e.feedback]),
  'texte-a-trous': null,
  numerique: null,
};

/**
 * General feedback (shown after answering): the explanation, the per-item
 * feedback that a platform's question type cannot attach to an item, the source.
 */
export function feedbackGeneralHtml(q: Question, formules: FormuleMode): string {
  const parts = [richToHtml(q.explication, { formules })];
  const items = (FEEDBACK_PAR_ITEM[q.type] as ((q: Question) => [string, string][]) | null)?.(q) ?? [];
  if (items.length > 0) {
    const li = items.map(([sujet, texte]) => `<li><strong>${richToHtml(sujet, { formules, paragraphes: false })}</strong> : ${richToHtml(texte, { formules, paragraphes: false })}</li>`);
    parts.push(`<ul>${li.join('')}</ul>`);
  }
  parts.push(`<p>Source : ${richToHtml(q.source, { formules, paragraphes: false })}</p>`);
  return parts.join('');
}

/** Why a case study is not in a question bank (said in the exported file and on the page). */
export const CAS_NON_EXPORTES =
  "Les mises en situation à embranchements n'ont pas d'équivalent dans une banque de questions Moodle : elles ne sont pas exportées ici (elles le sont dans les paquets SCORM des modules et dans le paquet H5P de notre type de contenu).";
