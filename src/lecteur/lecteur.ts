/**
 * Our activity player in plain DOM (no framework): a thin view over the same
 * state machines as the site's React views — a quiz is a session of
 * src/domain/quiz/session.ts (answer, check, « Je ne sais pas », retry, solutions,
 * end and score are written there), a case study walks src/domain/cas/graph.ts;
 * the input views per question kind are in ./saisies.ts. Used by two hosts:
 * - our H5P content type (src/lecteur/h5p/runtime.ts), which turns its
 *   callbacks into H5P xAPI events;
 * - the SCORM module (src/lecteur/scorm/runtime.ts), which reports to the LMS.
 * The host gives the activity, a state to restore, and callbacks (`rappels`):
 * `answered` after each checked question, `decision` after each case choice,
 * `completed` when everything is done, `change` whenever the state changes
 * (to save it), `resize` after each render. Browser only; nothing at import.
 */
import type { FormuleH5P } from '../domain/h5p/contenu';
import { etatVide, lireEtat, type EtatLecteur } from '../domain/etat-lecteur';
import { emptyInput, toPublicQuestion } from '../domain/quiz/kinds';
import { validateReponse, type Correction } from '../domain/quiz/scoring';
import { aVerifier, displayed, pointsObtenus, reduce, restaurer, sauvegardeDe, startSession, type Action, type Session } from '../domain/quiz/session';
import { seededShuffle } from '../domain/quiz/shuffle';
import { choixOfferts, scoreCas, texteDuNoeud, walk } from '../domain/cas/graph';
import { QUALITE_LABELS, type Cas, type Choix } from '../domain/cas/types';
import { isJeNeSaisPas, KIND_LABELS, STATUT_LABELS, type Question, type Quiz, type Reponse } from '../domain/quiz/types';
import type { Activite } from '../domain/activite';
import { critereById, isCritereId } from '../referentiel';
import { h, Texte } from './dom';
import { saisie } from './saisies';

export interface Textes {
  verifier: string;
  reessayer: string;
  jeNeSaisPas: string;
  solution: string;
  commencer: string;
  continuer: string;
  resultat: string;
}

export const TEXTES: Textes = {
  verifier: 'Vérifier',
  reessayer: 'Réessayer',
  jeNeSaisPas: 'Je ne sais pas',
  solution: 'Réponse attendue',
  commencer: 'Commencer la mise en situation',
  continuer: 'Continuer',
  resultat: 'Votre résultat',
};

export type { EtatLecteur };

export type Lecture = { readonly ok: true; readonly activite: Activite; readonly formules: readonly FormuleH5P[] } | { readonly ok: false; readonly problemes: readonly string[] };

export interface Rappels {
  answered?(q: Question, correction: Correction): void;
  decision?(cas: Cas, noeudId: string, choix: Choix): void;
  completed?(): void;
  change?(): void;
  resize?(): void;
}

export interface OptionsLecteur {
  readonly lecture: Lecture;
  /** Prefix of the element ids (unique in the page). */
  readonly uid: string;
  /** Seed of the deterministic shuffle of options. */
  readonly graine: string;
  readonly textes?: Partial<Textes>;
  readonly etat?: unknown;
  readonly rappels?: Rappels;
}

export class Lecteur {
  readonly lecture: Lecture;
  readonly uid: string;
  readonly graine: string;
  readonly textes: Textes;
  readonly texte: Texte;
  readonly rappels: Rappels;
  /** The quiz attempt (src/domain/quiz/session.ts): the whole flow of a quiz; this class only renders it. */
  session: Session;
  /** Where the learner stands in a case study (its flow is src/domain/cas/graph.ts). */
  cas: Pick<EtatLecteur, 'etapes' | 'revele' | 'commence'>;
  container: HTMLElement | null = null;
  root: HTMLElement | null = null;

  constructor(options: OptionsLecteur) {
    this.lecture = options.lecture;
    this.uid = options.uid;
    this.graine = options.graine;
    this.textes = { ...TEXTES, ...Object.fromEntries(Object.entries(options.textes ?? {}).filter(([, v]) => typeof v === 'string' && v !== '')) };
    this.texte = new Texte(new Map(this.lecture.ok ? this.lecture.formules.map((f) => [f.latex, f.mathml] as const) : []));
    this.rappels = options.rappels ?? {};
    const etat = lireEtat(options.etat);
    this.session = this.nouvelleSession(etat);
    this.cas = { etapes: etat.etapes, revele: etat.revele, commence: etat.commence };
  }

  /** The quiz of this player, if it plays one. */
  quiz(): Quiz | null {
    return this.lecture.ok && this.lecture.activite.kind === 'quiz' ? this.lecture.activite : null;
  }

  nouvelleSession(etat: Pick<EtatLecteur, 'reponses' | 'verifiees'>): Session {
    const quiz = this.quiz();
    const options = { seed: this.graine, tentative: '', now: Date.now() };
    return quiz ? restaurer(quiz, etat, options) : startSession({ id: '', questions: [] }, { ...options, mode: 'entrainement' });
  }

  dispatch(action: Action): void {
    this.session = reduce(this.session, action);
  }

  attach(container: HTMLElement): void {
    container.classList.add('h5p-moniteur-atelier');
    container.setAttribute('lang', 'fr');
    this.container = container;
    this.render();
  }

  render(): void {
    const container = this.container;
    if (!container) return;
    // A named region landmark: inside the player's iframe, everything sits in a landmark.
    const root = h('section', { class: 'ma-activite', 'aria-labelledby': `${this.uid}-titre` });
    container.replaceChildren(root);
    this.root = root;
    if (!this.lecture.ok) {
      root.append(
        h('h2', { class: 'ma-titre', id: `${this.uid}-titre` }, ['Activité']),
        h('div', { role: 'alert', class: 'ma-erreur' }, [
          h('p', {}, ['Cette activité ne peut pas être affichée : son contenu est invalide.']),
          h('ul', {}, this.lecture.problemes.slice(0, 10).map((p: string) => h('li', {}, [p]))),
        ]),
      );
      return;
    }
    const activite = this.lecture.activite;
    root.append(h('h2', { class: 'ma-titre', id: `${this.uid}-titre` }, [activite.titre]));
    if (activite.description) root.append(h('p', {}, [this.texte.inline(activite.description)]));
    if (activite.kind === 'quiz') this.renderQuiz(activite);
    else this.renderCas(activite);
    this.rappels.resize?.();
  }

  // ------------------------------------------------------------------ quiz

  renderQuiz(quiz: Quiz) {
    const list = h('ol', { class: 'ma-questions' });
    const questions = quiz.questions.filter((q) => this.session.questionIds.includes(q.id));
    questions.forEach((q: Question, i: number) => list.append(h('li', {}, [this.renderQuestion(q, i, questions.length)])));
    this.root!.append(list);
    if (this.session.resultat) this.root!.append(this.rapport());
  }

  renderQuestion(q: Question, index: number, total: number): HTMLElement {
    const id = `${this.uid}-${q.id}`;
    const pub = displayed(toPublicQuestion(q), this.session.seed);
    const correction = this.session.corrections[q.id];
    const reponse: Reponse | undefined = this.session.reponses[q.id];
    const input = reponse && !isJeNeSaisPas(reponse) ? reponse : emptyInput(pub);
    const repondre = (value: Reponse) => this.dispatch({ type: 'repondre', questionId: q.id, reponse: value });
    const fieldset = h('fieldset', { class: 'ma-question' }, [
      h('legend', {}, [
        h('span', { class: 'ma-numero' }, [`Question ${index + 1} sur ${total} · ${KIND_LABELS[q.type]}`]),
        h('span', { class: 'ma-enonce', id: `${id}-enonce` }, [this.texte.inline(q.enonce)]),
      ]),
    ]);
    if (q.tableau) fieldset.append(this.tableau(q.tableau));
    fieldset.append(saisie({ id, disabled: correction !== undefined, texte: this.texte }, pub, input, repondre));
    const live = h('div', { 'aria-live': 'polite', class: 'ma-live' });
    if (correction) {
      live.append(this.correction(correction, `${id}-correction`));
      const reessayer = h('button', { type: 'button', class: 'ma-bouton ma-lien' }, [this.textes.reessayer]);
      reessayer.addEventListener('click', () => {
        this.dispatch({ type: 'reessayer', questionId: q.id });
        this.rappels.change?.();
        this.render();
        this.focusOn(`${id}-enonce`);
      });
      fieldset.append(live, reessayer);
      return fieldset;
    }
    const verifier = h('button', { type: 'button', class: 'ma-bouton ma-principal' }, [this.textes.verifier]);
    const passer = h('button', { type: 'button', class: 'ma-bouton' }, [this.textes.jeNeSaisPas]);
    verifier.addEventListener('click', () => {
      const courante = this.session.reponses[q.id];
      const aCorriger = aVerifier(pub, courante);
      const validation = validateReponse(pub, aCorriger);
      if (!validation.ok) {
        live.replaceChildren(h('p', { class: 'ma-invalide' }, [validation.raison]));
        return;
      }
      if (!courante) repondre(aCorriger);
      this.verifier(q);
    });
    passer.addEventListener('click', () => {
      repondre({ jeNeSaisPas: true });
      this.verifier(q);
    });
    fieldset.append(h('div', { class: 'ma-boutons' }, [passer, verifier]), live);
    return fieldset;
  }

  verifier(q: Question) {
    const quiz = this.quiz();
    if (!quiz) return;
    const dejaFini = this.session.resultat !== null;
    this.dispatch({ type: 'verifier', questionId: q.id, quiz });
    const correction = this.session.corrections[q.id];
    if (!correction) return;
    this.rappels.answered?.(q, correction);
    this.rappels.change?.();
    this.render();
    this.focusOn(`${this.uid}-${q.id}-correction`);
    if (!dejaFini && this.session.resultat) this.rappels.completed?.();
  }

  tableau(t: { titre?: string; entetes: readonly string[]; lignes: readonly (readonly string[])[] }): HTMLElement {
    return h('div', { class: 'ma-tableau' }, [
      h('table', {}, [
        t.titre ? h('caption', {}, [t.titre]) : null,
        h('thead', {}, [h('tr', {}, t.entetes.map((e) => h('th', { scope: 'col' }, [this.texte.inline(e)])))]),
        h(
          'tbody',
          {},
          t.lignes.map((l) => h('tr', {}, l.map((c, j) => (j === 0 ? h('th', { scope: 'row' }, [this.texte.inline(c)]) : h('td', {}, [this.texte.inline(c)]))))),
        ),
      ]),
    ]);
  }

  correction(c: Correction, id: string): HTMLElement {
    const tone = c.resultat.statut === 'correct' ? 'ma-juste' : c.resultat.statut === 'partiel' ? 'ma-partiel' : 'ma-faux';
    return h('div', { class: `ma-correction ${tone}`, id, tabindex: '-1' }, [
      h('p', {}, [h('strong', {}, [STATUT_LABELS[c.resultat.statut]]), ` — ${String(Math.round(c.resultat.points * 100) / 100).replace('.', ',')} / ${c.resultat.max} point`]),
      c.messages.length > 0
        ? h(
            'ul',
            {},
            c.messages.map((m) =>
              h('li', {}, [
                h('span', { 'aria-hidden': 'true' }, [m.ton === 'juste' ? '✓ ' : m.ton === 'faux' ? '✗ ' : 'ℹ ']),
                m.sujet ? h('strong', {}, [this.texte.inline(m.sujet)]) : null,
                m.sujet ? ' : ' : null,
                this.texte.inline(m.texte),
              ]),
            ),
          )
        : null,
      c.resultat.statut !== 'correct' ? h('p', {}, [h('strong', {}, [`${this.textes.solution} : `]), this.texte.inline(c.solution)]) : null,
      h('div', {}, [h('strong', {}, ['Pourquoi : ']), this.texte.block(c.explication)]),
      h('p', { class: 'ma-source' }, [`Source : ${c.source}`]),
    ]);
  }

  rapport(): HTMLElement {
    const r = this.session.resultat!;
    return h('section', { class: 'ma-rapport', 'aria-live': 'polite' }, [
      h('h3', {}, [this.textes.resultat]),
      h('p', {}, [`${String(Math.round(r.obtenus * 100) / 100).replace('.', ',')} / ${r.total} (${Math.round(r.taux * 100)} %) — ${r.reussi ? 'réussi' : 'seuil de réussite non atteint'}.`]),
    ]);
  }

  // ------------------------------------------------------------------ case study

  renderCas(cas: Cas) {
    const root = this.root!;
    root.append(h('div', { class: 'ma-contexte' }, [this.texte.block(cas.contexte)]));
    if (cas.personnages?.length) {
      root.append(h('ul', { class: 'ma-personnages', 'aria-label': 'Personnages' }, cas.personnages.map((p) => h('li', {}, [h('strong', {}, [p.nom]), ` — ${p.role}`]))));
    }
    if (!this.cas.commence) {
      const start = h('button', { type: 'button', class: 'ma-bouton ma-principal' }, [this.textes.commencer]);
      start.addEventListener('click', () => {
        this.cas.commence = true;
        this.rappels.change?.();
        this.render();
        this.focusOn(`${this.uid}-etape`);
      });
      root.append(start);
      return;
    }
    const avant = walk(cas, this.cas.revele ? this.cas.etapes.slice(0, -1) : this.cas.etapes);
    const apres = walk(cas, this.cas.etapes);
    const noeud = avant.noeud;
    if (noeud.type === 'situation' && (this.cas.revele || apres.noeud.type === 'situation')) {
      const numero = this.cas.etapes.length + (this.cas.revele ? 0 : 1);
      const section = h('section', { class: 'ma-noeud' }, [
        h('h3', { id: `${this.uid}-etape`, tabindex: '-1' }, [`Décision ${numero} — ${noeud.titre ?? 'Que faites-vous ?'}`]),
        this.texte.block(texteDuNoeud(noeud, avant.drapeaux)),
      ]);
      if (!this.cas.revele) {
        const list = h('ul', { class: 'ma-choix', 'aria-labelledby': `${this.uid}-etape` });
        // Offered choices, in an order of this attempt: the best one is not always in the same place.
        for (const c of seededShuffle(choixOfferts(noeud, avant.drapeaux), `${this.graine}:${noeud.id}`)) {
          const b = h('button', { type: 'button', class: 'ma-bouton ma-choix-bouton' }, [this.texte.inline(c.texte)]);
          b.addEventListener('click', () => this.choisir(cas, noeud.id, c));
          list.append(h('li', {}, [b]));
        }
        section.append(list);
      } else {
        const c = apres.choix.at(-1)!;
        const notes = Object.values(c.scores);
        const appreciation = notes.length === 0 || notes.every((n) => n === 2) ? ['Choix adapté', 'ma-juste'] : notes.some((n) => n === 0) ? ['Choix à revoir', 'ma-faux'] : ['Choix acceptable', 'ma-partiel'];
        const continuer = h('button', { type: 'button', class: 'ma-bouton ma-principal' }, [this.textes.continuer]);
        continuer.addEventListener('click', () => {
          this.cas.revele = false;
          this.rappels.change?.();
          this.render();
          this.focusOn(`${this.uid}-etape`);
          if (walk(cas, this.cas.etapes).noeud.type === 'fin') this.focusOn(`${this.uid}-fin`);
        });
        section.append(
          h('div', { class: `ma-correction ${appreciation[1]}` }, [
            h('h4', { id: `${this.uid}-choix`, tabindex: '-1' }, ['Votre choix : ', this.texte.inline(c.texte)]),
            h('p', {}, [h('strong', {}, ['Ce qui se passe : ']), this.texte.inline(c.consequence)]),
            h('p', {}, [h('strong', {}, [`${appreciation[0]} : `]), this.texte.inline(c.feedback)]),
            continuer,
          ]),
        );
      }
      this.root!.append(section);
      return;
    }
    // Ending.
    const fin = apres.noeud;
    if (fin.type !== 'fin') return;
    const r = scoreCas(cas, this.cas.etapes);
    this.root!.append(
      h('section', { class: 'ma-fin', 'aria-live': 'polite' }, [
        h('h3', { id: `${this.uid}-fin`, tabindex: '-1' }, [`${QUALITE_LABELS[r.qualite ?? 'a-revoir']} : ${fin.titre}`]),
        this.texte.block(texteDuNoeud(fin, apres.drapeaux)),
        h('p', {}, [`Votre parcours : ${r.obtenus} / ${r.total} points (${Math.round(r.taux * 100)} %). L’issue se calcule sur l’ensemble de vos choix.`]),
        h('h4', {}, ['Retour sur vos choix, point par point']),
        h(
          'ul',
          {},
          cas.criteres.map((critere) => {
            const p = r.parCritere[critere] ?? { points: 0, max: 0 };
            const d = cas.debrief[critere];
            return h('li', {}, [
              h('p', {}, [h('strong', {}, [`${isCritereId(critere) ? critereById(critere).intitule : ''} `, h('span', { class: 'ma-code' }, [critere])]), ` : ${p.points} / ${p.max}`]),
              d ? this.texte.block(d.texte) : null,
            ]);
          }),
        ),
      ]),
    );
  }

  choisir(cas: Cas, noeudId: string, choix: Choix) {
    this.cas.etapes = [...this.cas.etapes, { noeud: noeudId, choix: choix.id }];
    this.cas.revele = true;
    this.rappels.decision?.(cas, noeudId, choix);
    this.rappels.change?.();
    this.render();
    this.focusOn(`${this.uid}-choix`);
    if (walk(cas, this.cas.etapes).noeud.type === 'fin') this.rappels.completed?.();
  }

  // ------------------------------------------------------------------ results

  getScore(): number {
    if (!this.lecture.ok) return 0;
    const a = this.lecture.activite;
    if (a.kind === 'quiz') return pointsObtenus(this.session);
    return scoreCas(a, this.cas.etapes).obtenus;
  }

  getMaxScore(): number {
    if (!this.lecture.ok) return 0;
    const a = this.lecture.activite;
    if (a.kind === 'quiz') return this.session.questionIds.length;
    return Math.max(1, scoreCas(a, []).total);
  }

  getAnswerGiven(): boolean {
    return Object.keys(this.session.corrections).length > 0 || this.cas.etapes.length > 0;
  }

  /** Every question checked, or the case study at one of its endings. */
  termine(): boolean {
    if (!this.lecture.ok) return false;
    const a = this.lecture.activite;
    if (a.kind === 'quiz') return this.session.resultat !== null;
    return walk(a, this.cas.etapes).noeud.type === 'fin';
  }

  /** Passed (quiz threshold, or case study success), once finished. */
  reussi(): boolean {
    if (!this.lecture.ok) return false;
    const a = this.lecture.activite;
    return a.kind === 'quiz' ? (this.session.resultat?.reussi ?? false) : scoreCas(a, this.cas.etapes).reussi;
  }

  criteres(): string[] {
    if (!this.lecture.ok) return [];
    const a = this.lecture.activite;
    return a.kind === 'quiz' ? [...new Set(a.questions.flatMap((q) => q.criteres))] : [...a.criteres];
  }

  /** The saved state, in the shape saved since the player exists (src/domain/etat-lecteur.ts). */
  getCurrentState(): EtatLecteur {
    return JSON.parse(JSON.stringify({ ...sauvegardeDe(this.session), ...this.cas })) as EtatLecteur;
  }

  resetTask(): void {
    const vide = etatVide();
    this.session = this.nouvelleSession(vide);
    this.cas = { etapes: vide.etapes, revele: vide.revele, commence: vide.commence };
    this.rappels.change?.();
    this.render();
  }

  showSolutions(): void {
    const quiz = this.quiz();
    if (!quiz) return;
    this.dispatch({ type: 'reveler', quiz });
    this.render();
  }

  getTitle(): string {
    return this.lecture.ok ? this.lecture.activite.titre : 'Activité';
  }

  focusOn(id: string): void {
    const el = this.root?.querySelector(`[id="${id}"]`) as HTMLElement | null;
    el?.focus();
  }
}
