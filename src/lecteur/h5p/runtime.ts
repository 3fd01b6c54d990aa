/**
 * Runtime of our H5P content type H5P.MoniteurAtelier (bundled by esbuild into
 * the library's dist/moniteur-atelier.js). It plays our quizzes (seven question
 * kinds) and branching case studies inside any H5P host — this site's player,
 * Moodle, WordPress, Lumi — with the same scoring code as the site
 * (src/domain): one implementation. The player itself is the plain-DOM player
 * shared with the SCORM module (src/lecteur/lecteur.ts); this file wraps it in
 * the H5P contract.
 *
 * H5P question contract: attach, getScore, getMaxScore, getAnswerGiven,
 * getCurrentState (restored from extras.previousState), resetTask, showSolutions;
 * xAPI `answered` per checked question or case decision, `completed` at the end,
 * with result.score and success, through H5P's own event API.
 */
import { fromParams } from '../../domain/h5p/contenu';
import type { Correction } from '../../domain/quiz/scoring';
import { plainText } from '../../domain/texte/richText';
import type { Cas, Choix } from '../../domain/cas/types';
import type { Question } from '../../domain/quiz/types';
import { EXT } from '../../domain/journal/iri';
import { INTERACTION_TYPES } from '../../domain/xapi/interactions';
import { Lecteur, type Textes } from '../lecteur';

/* eslint-disable @typescript-eslint/no-explicit-any */
type H5PGlobal = any;
declare const H5P: H5PGlobal;

let counter = 0;

function MoniteurAtelier(this: any, params: unknown, contentId: string, extras: any = {}) {
  H5P.EventDispatcher.call(this);
  this.contentId = contentId;
  this.extras = extras;
  const l10n = ((params as Record<string, unknown>)?.l10n ?? {}) as Partial<Textes>;
  this.lecteur = new Lecteur({
    lecture: fromParams(params),
    uid: `ma-${contentId}-${(counter += 1)}`,
    graine: `h5p:${contentId}`,
    textes: l10n,
    etat: extras?.previousState,
    rappels: {
      answered: (q: Question, c: Correction) => this.emitAnswered(q, c),
      decision: (cas: Cas, noeudId: string, choix: Choix) => this.emitDecision(cas, noeudId, choix),
      completed: () => this.emitCompleted(),
      resize: () => this.trigger('resize'),
    },
  });
}

MoniteurAtelier.prototype = Object.create(H5P.EventDispatcher.prototype);
MoniteurAtelier.prototype.constructor = MoniteurAtelier;

Object.assign(MoniteurAtelier.prototype, {
  attach(this: any, $container: any) {
    const container: HTMLElement = $container?.get ? $container.get(0) : $container;
    this.lecteur.attach(container);
  },

  // ------------------------------------------------------------------ contract

  getScore(this: any): number {
    return this.lecteur.getScore();
  },

  getMaxScore(this: any): number {
    return this.lecteur.getMaxScore();
  },

  getAnswerGiven(this: any): boolean {
    return this.lecteur.getAnswerGiven();
  },

  getCurrentState(this: any) {
    return this.lecteur.getCurrentState();
  },

  resetTask(this: any) {
    this.lecteur.resetTask();
  },

  showSolutions(this: any) {
    this.lecteur.showSolutions();
  },

  getTitle(this: any): string {
    return this.lecteur.getTitle();
  },

  // ------------------------------------------------------------------ xAPI

  emit(this: any, verb: string, build: (statement: any) => void) {
    const event = this.createXAPIEventTemplate(verb);
    build(event.data.statement);
    this.trigger(event);
  },

  emitAnswered(this: any, q: Question, c: Correction) {
    this.emit('answered', (s: any) => {
      s.object.definition = {
        ...(s.object.definition ?? {}),
        name: { 'fr-FR': plainText(q.enonce).slice(0, 200) },
        interactionType: INTERACTION_TYPES[q.type],
        type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
        extensions: { ...(s.object.definition?.extensions ?? {}), [EXT.question]: q.id },
      };
      s.result = {
        score: { min: 0, max: c.resultat.max, raw: c.resultat.points, scaled: c.resultat.max > 0 ? c.resultat.points / c.resultat.max : 0 },
        success: c.resultat.statut === 'correct',
        completion: true,
        response: c.resultat.reponse,
      };
      s.context = { ...(s.context ?? {}), extensions: { ...(s.context?.extensions ?? {}), [EXT.criteres]: [...q.criteres] } };
    });
  },

  emitDecision(this: any, cas: Cas, noeudId: string, choix: Choix) {
    const criteres = Object.keys(choix.scores);
    const notes = criteres.map((k) => (choix.scores as Record<string, number>)[k] ?? 0);
    const max = 2 * Math.max(1, criteres.length);
    const raw = notes.reduce((n, x) => n + x, 0);
    this.emit('answered', (s: any) => {
      s.object.definition = {
        ...(s.object.definition ?? {}),
        name: { 'fr-FR': `${cas.titre} — ${noeudId}` },
        interactionType: 'choice',
        type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
        extensions: { ...(s.object.definition?.extensions ?? {}), [EXT.noeud]: noeudId },
      };
      s.result = {
        score: { min: 0, max, raw, scaled: raw / max },
        response: choix.id,
        extensions: { [EXT.scoresParCritere]: Object.fromEntries(criteres.map((k, i) => [k, notes[i]! / 2])) },
      };
      s.context = { ...(s.context ?? {}), extensions: { ...(s.context?.extensions ?? {}), [EXT.criteres]: criteres } };
    });
  },

  emitCompleted(this: any) {
    const lecteur: Lecteur = this.lecteur;
    const score = lecteur.getScore();
    const max = lecteur.getMaxScore();
    const success = lecteur.reussi();
    const criteres = lecteur.criteres();
    this.emit('completed', (s: any) => {
      s.result = { score: { min: 0, max, raw: score, scaled: max > 0 ? score / max : 0 }, success, completion: true };
      s.context = { ...(s.context ?? {}), extensions: { ...(s.context?.extensions ?? {}), [EXT.criteres]: criteres } };
    });
  },
});

H5P.MoniteurAtelier = MoniteurAtelier;
