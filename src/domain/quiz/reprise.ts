/**
 * An attempt in progress, kept as it goes so that a reload, a closed tab or a
 * browser restart loses nothing: answers, confidence, corrections already shown,
 * hints, the question the learner was on and, in a timed exam, the time left.
 * The learner then chooses « Reprendre » or « Recommencer ».
 *
 * This is not the learning record: the record (journal) receives only what the
 * learner did — a checked answer, a finished attempt. An attempt in progress is
 * a separate small document per activity, deleted when the attempt ends or when
 * the learner starts again; preparing, opening or leaving an attempt writes
 * nothing to the record.
 *
 * Time: the clock of a timed exam runs only while its page is open. The time left
 * is saved; on « Reprendre », the deadline is set again from it.
 *
 * Pure: (de)serialisation, checks and the merge; storage is done by the caller.
 */
import { handlerOf } from './kinds';
import type { Message } from './kinds/handler';
import type { Session } from './session';
import { isJeNeSaisPas, QUESTION_KINDS, type PublicQuiz, type StatutQuestion } from './types';
import { EN_COURS_FORMAT, EN_COURS_VERSION, type EnCours, type Json } from './en-cours';

export { EN_COURS_FORMAT, EN_COURS_VERSION, repondues, type EnCours, type Json } from './en-cours';

/** Is there anything to keep? An exam once started (its questions and its clock), or any answer, confidence, hint or correction. */
export function aGarder(session: Session, demarre: boolean): boolean {
  if (session.resultat) return false;
  if (session.mode === 'examen' && demarre) return true;
  return (
    Object.keys(session.reponses).length > 0 ||
    Object.keys(session.confiances).length > 0 ||
    Object.keys(session.corrections).length > 0 ||
    session.indices.length > 0
  );
}

export interface Figer {
  readonly tentative: string;
  readonly demarre: boolean;
  readonly ecoule: number;
  readonly position: string | null;
  readonly now: number;
  readonly contexte?: Json;
}

/** The attempt as saved. */
export function figer(session: Session, f: Figer): EnCours {
  return {
    format: EN_COURS_FORMAT,
    version: EN_COURS_VERSION,
    quizId: session.quizId,
    mode: session.mode,
    seed: session.seed,
    tentative: f.tentative,
    questionIds: session.questionIds,
    reponses: session.reponses,
    confiances: session.confiances,
    corrections: session.corrections,
    indices: session.indices,
    demarre: f.demarre,
    restant: session.limite === null ? null : Math.max(0, session.limite - f.now),
    ecoule: Math.max(0, Math.round(f.ecoule)),
    position: f.position,
    enregistre: new Date(f.now).toISOString(),
    ...(f.contexte !== undefined ? { contexte: f.contexte } : {}),
  };
}

export type Lecture = { readonly ok: true; readonly enCours: EnCours } | { readonly ok: false; readonly raison: string };

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
const isStr = (v: unknown): v is string => typeof v === 'string';
const isNombre = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const CHAMPS = new Set(['format', 'version', 'quizId', 'mode', 'seed', 'tentative', 'questionIds', 'reponses', 'confiances', 'corrections', 'indices', 'demarre', 'restant', 'ecoule', 'position', 'enregistre', 'contexte']);
const STATUTS: readonly StatutQuestion[] = ['correct', 'partiel', 'incorrect', 'invalide', 'passe'];
const TONS: readonly Message['ton'][] = ['juste', 'faux', 'info'];

function messageValide(m: unknown): boolean {
  return isObj(m) && TONS.includes(m.ton as Message['ton']) && isStr(m.texte) && (m.sujet === undefined || isStr(m.sujet));
}

function correctionProbleme(id: string, c: unknown): string | null {
  if (!isObj(c) || !isObj(c.resultat)) return `correction de « ${id} » illisible`;
  const r = c.resultat;
  if (r.questionId !== id) return `correction de « ${id} » rangée sous une autre question`;
  if (!STATUTS.includes(r.statut as StatutQuestion) || !QUESTION_KINDS.includes(r.type as never)) return `correction de « ${id} » : statut ou type inconnu`;
  if (!isNombre(r.points) || !isNombre(r.max) || r.points > r.max || !isStr(r.reponse)) return `correction de « ${id} » : points illisibles`;
  if (!Array.isArray(r.criteres) || !r.criteres.every(isStr)) return `correction de « ${id} » : critères illisibles`;
  if (r.confiance !== undefined && r.confiance !== 'sur' && r.confiance !== 'pas-sur') return `correction de « ${id} » : confiance inconnue`;
  if (!Array.isArray(c.messages) || !c.messages.every(messageValide)) return `correction de « ${id} » : messages illisibles`;
  if (!isStr(c.explication) || !isStr(c.source) || !isStr(c.solution)) return `correction de « ${id} » : textes manquants`;
  return null;
}

/** Every key of `record` is one of `ids`. */
function clesConnues(record: Record<string, unknown>, ids: ReadonlySet<string>): string | null {
  return Object.keys(record).find((k) => !ids.has(k)) ?? null;
}

/**
 * Reads a saved attempt (structure only: any quiz). Refuses, with the reason in
 * French, what this version of the site did not write or cannot use.
 */
export function lireEnCours(raw: string): Lecture {
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return { ok: false, raison: 'texte illisible' };
  }
  if (!isObj(v) || v.format !== EN_COURS_FORMAT) return { ok: false, raison: 'ce n’est pas une tentative en cours' };
  if (v.version !== EN_COURS_VERSION) return { ok: false, raison: `version ${String(v.version)} inconnue` };
  const inconnu = Object.keys(v).find((k) => !CHAMPS.has(k));
  if (inconnu) return { ok: false, raison: `champ inconnu « ${inconnu} »` };
  if (!isStr(v.quizId) || !isStr(v.seed) || !isStr(v.tentative)) return { ok: false, raison: 'identifiants manquants' };
  if (v.mode !== 'entrainement' && v.mode !== 'examen') return { ok: false, raison: `mode inconnu « ${String(v.mode)} »` };
  if (!Array.isArray(v.questionIds) || v.questionIds.length === 0 || !v.questionIds.every(isStr) || new Set(v.questionIds).size !== v.questionIds.length) {
    return { ok: false, raison: 'liste des questions illisible' };
  }
  const ids = new Set(v.questionIds as string[]);
  for (const champ of ['reponses', 'confiances', 'corrections'] as const) {
    const record = v[champ];
    if (!isObj(record)) return { ok: false, raison: `« ${champ} » illisible` };
    const cle = clesConnues(record, ids);
    if (cle) return { ok: false, raison: `« ${champ} » : question « ${cle} » hors de la tentative` };
  }
  const confiances = v.confiances as Record<string, unknown>;
  if (Object.values(confiances).some((c) => c !== 'sur' && c !== 'pas-sur')) return { ok: false, raison: 'confiance inconnue' };
  for (const [id, c] of Object.entries(v.corrections as Record<string, unknown>)) {
    const probleme = correctionProbleme(id, c);
    if (probleme) return { ok: false, raison: probleme };
  }
  if (Object.values(v.reponses as Record<string, unknown>).some((r) => !isObj(r))) return { ok: false, raison: 'réponse illisible' };
  if (!Array.isArray(v.indices) || !v.indices.every((i) => isStr(i) && ids.has(i))) return { ok: false, raison: 'indices illisibles' };
  if (typeof v.demarre !== 'boolean') return { ok: false, raison: '« demarre » illisible' };
  if (v.restant !== null && !isNombre(v.restant)) return { ok: false, raison: 'temps restant illisible' };
  if (!isNombre(v.ecoule)) return { ok: false, raison: 'durée illisible' };
  if (v.position !== null && !(isStr(v.position) && ids.has(v.position))) return { ok: false, raison: 'position illisible' };
  if (!isStr(v.enregistre) || Number.isNaN(Date.parse(v.enregistre))) return { ok: false, raison: 'date illisible' };
  return { ok: true, enCours: v as unknown as EnCours };
}

/**
 * Can this saved attempt be resumed on this quiz as it is now? Every question must
 * still exist and every answer still fit its question (an author may have changed
 * the quiz since). Null when it can, else the reason.
 */
export function nonRepris(enCours: EnCours, quiz: PublicQuiz): string | null {
  if (enCours.quizId !== quiz.id) return `tentative d’une autre activité (« ${enCours.quizId} »)`;
  const questions = new Map(quiz.questions.map((q) => [q.id, q]));
  const absente = enCours.questionIds.find((id) => !questions.has(id));
  if (absente) return `la question « ${absente} » n’existe plus`;
  for (const [id, reponse] of Object.entries(enCours.reponses)) {
    const question = questions.get(id)!;
    if (!isJeNeSaisPas(reponse) && !handlerOf(question).isInput(reponse)) return `la réponse à « ${id} » ne correspond plus à la question`;
  }
  for (const [id, c] of Object.entries(enCours.corrections)) {
    if (c.resultat.type !== questions.get(id)!.type) return `la question « ${id} » a changé de type`;
  }
  return null;
}

/**
 * The session to go on with. What the learner did meanwhile in a fresh attempt
 * (`courante`: answers given before choosing) is kept, on top of the saved one,
 * for questions of the saved attempt that were not corrected yet.
 */
export function reprendre(enCours: EnCours, now: number, courante?: Session): Session {
  const ouvertes = (id: string) => enCours.questionIds.includes(id) && !enCours.corrections[id];
  const garder = <T>(record: Readonly<Record<string, T>> | undefined) => Object.fromEntries(Object.entries(record ?? {}).filter(([id]) => ouvertes(id)));
  const memeTentative = courante?.quizId === enCours.quizId ? courante : undefined;
  return {
    quizId: enCours.quizId,
    mode: enCours.mode,
    seed: enCours.seed,
    tentative: enCours.tentative,
    questionIds: enCours.questionIds,
    reponses: { ...enCours.reponses, ...garder(memeTentative?.reponses) },
    confiances: { ...enCours.confiances, ...garder(memeTentative?.confiances) },
    corrections: enCours.corrections,
    indices: enCours.indices,
    debut: now - enCours.ecoule,
    limite: enCours.restant === null ? null : now + enCours.restant,
    resultat: null,
  };
}

/**
 * Where to bring the learner back: the first question without an answer after the
 * one they worked on last (then from the start), else that question itself.
 */
export function questionDeReprise(session: Pick<Session, 'questionIds' | 'reponses' | 'corrections'>, position: string | null): string | null {
  const ids = session.questionIds;
  const libre = (id: string) => session.reponses[id] === undefined && session.corrections[id] === undefined;
  const depart = position === null ? 0 : ids.indexOf(position) + 1;
  const ordre = [...ids.slice(depart), ...ids.slice(0, depart)];
  return ordre.find(libre) ?? position ?? ids[0] ?? null;
}

