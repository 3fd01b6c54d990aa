/**
 * Our activity player in plain DOM (no framework): plays a quiz (seven question
 * kinds) or a branching case study with the same scoring code as the site
 * (src/domain). One implementation, used by two hosts:
 * - our H5P content type (h5p/moniteur-atelier/runtime.ts), which turns its
 *   callbacks into H5P xAPI events;
 * - the SCORM module (scorm/runtime.ts), which reports to the LMS.
 * The host gives the activity, a state to restore, and callbacks (`rappels`):
 * `answered` after each checked question, `decision` after each case choice,
 * `completed` when everything is done, `change` whenever the state changes
 * (to save it), `resize` after each render. Browser only; nothing at import.
 */
import type { FormuleH5P } from '../domain/h5p/contenu';
import { emptyInput, handlerOf, toPublicQuestion } from '../domain/quiz/kinds';
import { corriger, scoreQuiz, validateReponse, type Correction } from '../domain/quiz/scoring';
import { displayed } from '../domain/quiz/session';
import { seededShuffle } from '../domain/quiz/shuffle';
import { plainText } from '../domain/texte/richText';
import { choixOfferts, scoreCas, texteDuNoeud, walk, type Etape } from '../domain/cas/graph';
import { QUALITE_LABELS, type Cas, type Choix } from '../domain/cas/types';
import { isJeNeSaisPas, KIND_LABELS, type PublicQuestion, type Question, type Quiz, type Reponse } from '../domain/quiz/types';
import type { Activite } from '../domain/activite';
import { critereById, isCritereId } from '../referentiel';
import { h, Texte } from './dom';

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

/** What the player saves and restores. */
export interface EtatLecteur {
  reponses: Record<string, Reponse>;
  verifiees: string[];
  etapes: Etape[];
  revele: boolean;
  commence: boolean;
}

export const etatVide = (): EtatLecteur => ({ reponses: {}, verifiees: [], etapes: [], revele: false, commence: false });

/** A saved state, read defensively (it comes from storage or from an LMS). */
export function lireEtat(previous: unknown): EtatLecteur {
  if (!previous || typeof previous !== 'object') return etatVide();
  const p = previous as Record<string, unknown>;
  return {
    reponses: typeof p.reponses === 'object' && p.reponses ? (p.reponses as Record<string, Reponse>) : {},
    verifiees: Array.isArray(p.verifiees) ? p.verifiees.filter((x: unknown): x is string => typeof x === 'string') : [],
    etapes: Array.isArray(p.etapes) ? (p.etapes as Etape[]) : [],
    revele: p.revele === true,
    commence: p.commence === true,
  };
}

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
  state: EtatLecteur;
  container: HTMLElement | null = null;
  root: HTMLElement | null = null;

  constructor(options: OptionsLecteur) {
    this.lecture = options.lecture;
    this.uid = options.uid;
    this.graine = options.graine;
    this.textes = { ...TEXTES, ...Object.fromEntries(Object.entries(options.textes ?? {}).filter(([, v]) => typeof v === 'string' && v !== '')) };
    this.texte = new Texte(new Map(this.lecture.ok ? this.lecture.formules.map((f) => [f.latex, f.mathml] as const) : []));
    this.rappels = options.rappels ?? {};
    this.state = lireEtat(options.etat);
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
    quiz.questions.forEach((q: Question, i: number) => list.append(h('li', {}, [this.renderQuestion(q, i, quiz.questions.length)])));
    this.root!.append(list);
    if (this.quizTermine()) this.root!.append(this.rapport(quiz));
  }

  quizTermine(): boolean {
    if (!this.lecture.ok) return false;
    const quiz = this.lecture.activite as Quiz;
    return quiz.questions.every((q) => this.state.verifiees.includes(q.id));
  }

  renderQuestion(q: Question, index: number, total: number): HTMLElement {
    const id = `${this.uid}-${q.id}`;
    const pub = displayed(toPublicQuestion(q), this.graine);
    const verifiee = this.state.verifiees.includes(q.id);
    const reponse: Reponse | undefined = this.state.reponses[q.id];
    const input = reponse && !isJeNeSaisPas(reponse) ? reponse : emptyInput(pub);
    const set = (value: Reponse) => {
      this.state.reponses[q.id] = value;
    };
    const fieldset = h('fieldset', { class: 'ma-question' }, [
      h('legend', {}, [
        h('span', { class: 'ma-numero' }, [`Question ${index + 1} sur ${total} · ${KIND_LABELS[q.type]}`]),
        h('span', { class: 'ma-enonce', id: `${id}-enonce` }, [this.texte.inline(q.enonce)]),
      ]),
    ]);
    if (q.tableau) fieldset.append(this.tableau(q.tableau));
    fieldset.append(this.saisie(pub, input as never, set, verifiee, id));
    const live = h('div', { 'aria-live': 'polite', class: 'ma-live' });
    if (!verifiee) {
      const verifier = h('button', { type: 'button', class: 'ma-bouton ma-principal' }, [this.textes.verifier]);
      const passer = h('button', { type: 'button', class: 'ma-bouton' }, [this.textes.jeNeSaisPas]);
      verifier.addEventListener('click', () => {
        const current = this.state.reponses[q.id] ?? (q.type === 'ordre' ? input : undefined);
        if (q.type === 'ordre' && !this.state.reponses[q.id]) this.state.reponses[q.id] = input;
        const validation = validateReponse(pub, current ?? input);
        if (!validation.ok) {
          live.replaceChildren(h('p', { class: 'ma-invalide' }, [validation.raison]));
          return;
        }
        this.verifier(q);
      });
      passer.addEventListener('click', () => {
        this.state.reponses[q.id] = { jeNeSaisPas: true };
        this.verifier(q);
      });
      fieldset.append(h('div', { class: 'ma-boutons' }, [passer, verifier]));
    } else {
      live.append(this.correction(corriger(q, reponse), `${id}-correction`));
      const reessayer = h('button', { type: 'button', class: 'ma-bouton ma-lien' }, [this.textes.reessayer]);
      reessayer.addEventListener('click', () => {
        this.state.verifiees = this.state.verifiees.filter((x: string) => x !== q.id);
        delete this.state.reponses[q.id];
        this.rappels.change?.();
        this.render();
        this.focusOn(`${id}-enonce`);
      });
      fieldset.append(live, reessayer);
      return fieldset;
    }
    fieldset.append(live);
    return fieldset;
  }

  verifier(q: Question) {
    const wasDone = this.quizTermine();
    this.state.verifiees = [...this.state.verifiees.filter((x: string) => x !== q.id), q.id];
    const correction = corriger(q, this.state.reponses[q.id]);
    this.rappels.answered?.(q, correction);
    this.rappels.change?.();
    this.render();
    this.focusOn(`${this.uid}-${q.id}-correction`);
    if (!wasDone && this.quizTermine()) this.rappels.completed?.();
  }

  saisie(q: PublicQuestion, value: any, set: (v: Reponse) => void, disabled: boolean, id: string): HTMLElement {
    const group = h('div', { role: q.type === 'choix-unique' || q.type === 'vrai-faux' ? 'radiogroup' : 'group', 'aria-labelledby': `${id}-enonce`, class: 'ma-saisie' });
    const option = (type: 'radio' | 'checkbox', name: string, optId: string, label: Node | string, checked: boolean, onChange: () => void) => {
      const input = h('input', { type, id: `${id}-${optId}`, name, checked, disabled });
      input.addEventListener('change', onChange);
      return h('label', { class: 'ma-option', for: `${id}-${optId}` }, [input, h('span', {}, [label])]);
    };
    switch (q.type) {
      case 'choix-unique':
        for (const o of q.options) group.append(option('radio', `${id}-choix`, o.id, this.texte.inline(o.texte), value.choix === o.id, () => set({ choix: o.id })));
        break;
      case 'choix-multiples': {
        group.append(h('p', { class: 'ma-consigne' }, ['Plusieurs réponses peuvent être justes : cochez toutes celles qui le sont.']));
        let choix: string[] = [...value.choix];
        for (const o of q.options) {
          group.append(
            option('checkbox', `${id}-${o.id}`, o.id, this.texte.inline(o.texte), choix.includes(o.id), () => {
              choix = choix.includes(o.id) ? choix.filter((c) => c !== o.id) : [...choix, o.id];
              set({ choix });
            }),
          );
        }
        break;
      }
      case 'vrai-faux':
        group.classList.add('ma-ligne');
        group.append(option('radio', `${id}-vf`, 'true', 'Vrai', value.valeur === true, () => set({ valeur: true })));
        group.append(option('radio', `${id}-vf`, 'false', 'Faux', value.valeur === false, () => set({ valeur: false })));
        break;
      case 'association': {
        const paires: Record<string, string | null> = { ...value.paires };
        for (const g of q.gauche) {
          const select = h('select', { id: `${id}-${g.id}`, disabled }, [
            h('option', { value: '' }, ['— Choisir —']),
            ...q.droite.map((d) => h('option', { value: d.id, selected: paires[g.id] === d.id }, [plainText(d.texte)])),
          ]);
          select.addEventListener('change', () => {
            paires[g.id] = select.value || null;
            set({ paires: { ...paires } });
          });
          group.append(h('div', { class: 'ma-paire' }, [h('label', { for: `${id}-${g.id}` }, [this.texte.inline(g.texte)]), select]));
        }
        break;
      }
      case 'ordre': {
        const ordre: string[] = [...value.ordre];
        const annonce = h('p', { class: 'ma-sr', 'aria-live': 'polite' });
        const list = h('ol', { class: 'ma-ordre' });
        const draw = (focus?: string) => {
          list.replaceChildren();
          ordre.forEach((sid, i) => {
            const etape = q.etapes.find((e) => e.id === sid)!;
            const nom = plainText(etape.texte);
            const monter = h('button', { type: 'button', class: 'ma-bouton ma-petit', 'aria-label': `Monter « ${nom} »`, disabled: disabled || i === 0, 'data-k': `${sid}:-1` }, ['↑']);
            const descendre = h(
              'button',
              { type: 'button', class: 'ma-bouton ma-petit', 'aria-label': `Descendre « ${nom} »`, disabled: disabled || i === ordre.length - 1, 'data-k': `${sid}:1` },
              ['↓'],
            );
            const move = (delta: number) => {
              const j = i + delta;
              [ordre[i], ordre[j]] = [ordre[j]!, ordre[i]!];
              set({ ordre: [...ordre] });
              annonce.textContent = `« ${nom} » est maintenant en position ${j + 1} sur ${ordre.length}.`;
              draw(`${sid}:${delta}`);
            };
            monter.addEventListener('click', () => move(-1));
            descendre.addEventListener('click', () => move(1));
            list.append(h('li', {}, [h('span', {}, [this.texte.inline(etape.texte)]), h('span', { class: 'ma-ordre-boutons' }, [monter, descendre])]));
          });
          if (focus) {
            const target = list.querySelector<HTMLButtonElement>(`[data-k="${focus}"]`);
            const other = list.querySelector<HTMLButtonElement>(`[data-k="${focus.replace(/:(-?1)$/, (_m, d) => `:${-Number(d)}`)}"]`);
            (target && !target.disabled ? target : other)?.focus();
          }
        };
        draw();
        group.append(h('p', { class: 'ma-consigne' }, ['Utilisez les boutons « Monter » (↑) et « Descendre » (↓) pour remettre les étapes dans l’ordre.']), list, annonce);
        break;
      }
      case 'texte-a-trous': {
        const trous: Record<string, string> = { ...value.trous };
        const p = h('p', { class: 'ma-trous' });
        let n = 0;
        for (const m of q.morceaux) {
          if ('texte' in m) {
            p.append(this.texte.inline(m.texte));
            continue;
          }
          n += 1;
          const input = h('input', { type: 'text', id: `${id}-${m.trou}`, 'aria-label': `Trou ${n}`, autocomplete: 'off', spellcheck: 'false', disabled });
          input.value = trous[m.trou] ?? '';
          input.addEventListener('input', () => {
            trous[m.trou] = input.value;
            set({ trous: { ...trous } });
          });
          p.append(input);
        }
        group.append(p);
        break;
      }
      case 'numerique': {
        const input = h('input', { type: 'text', inputmode: 'decimal', id: `${id}-valeur`, autocomplete: 'off', disabled, 'aria-describedby': `${id}-unite` });
        input.value = value.valeur;
        input.addEventListener('input', () => set({ valeur: input.value }));
        group.append(h('div', { class: 'ma-numerique' }, [h('label', { for: `${id}-valeur` }, ['Votre réponse']), input, h('span', { id: `${id}-unite` }, [q.unite])]));
        break;
      }
      default:
        break;
    }
    return group;
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
    const labels: Record<string, string> = {
      correct: 'Bonne réponse',
      partiel: 'Réponse en partie juste',
      incorrect: 'Réponse incorrecte',
      passe: 'Question passée (« Je ne sais pas »)',
      invalide: 'Pas de réponse',
    };
    const tone = c.resultat.statut === 'correct' ? 'ma-juste' : c.resultat.statut === 'partiel' ? 'ma-partiel' : 'ma-faux';
    return h('div', { class: `ma-correction ${tone}`, id, tabindex: '-1' }, [
      h('p', {}, [h('strong', {}, [labels[c.resultat.statut] ?? '']), ` — ${String(Math.round(c.resultat.points * 100) / 100).replace('.', ',')} / ${c.resultat.max} point`]),
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

  rapport(quiz: Quiz): HTMLElement {
    const r = scoreQuiz(quiz, this.state.reponses);
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
    if (!this.state.commence) {
      const start = h('button', { type: 'button', class: 'ma-bouton ma-principal' }, [this.textes.commencer]);
      start.addEventListener('click', () => {
        this.state.commence = true;
        this.rappels.change?.();
        this.render();
        this.focusOn(`${this.uid}-etape`);
      });
      root.append(start);
      return;
    }
    const avant = walk(cas, this.state.revele ? this.state.etapes.slice(0, -1) : this.state.etapes);
    const apres = walk(cas, this.state.etapes);
    const noeud = avant.noeud;
    if (noeud.type === 'situation' && (this.state.revele || apres.noeud.type === 'situation')) {
      const numero = this.state.etapes.length + (this.state.revele ? 0 : 1);
      const section = h('section', { class: 'ma-noeud' }, [
        h('h3', { id: `${this.uid}-etape`, tabindex: '-1' }, [`Décision ${numero} — ${noeud.titre ?? 'Que faites-vous ?'}`]),
        this.texte.block(texteDuNoeud(noeud, avant.drapeaux)),
      ]);
      if (!this.state.revele) {
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
          this.state.revele = false;
          this.rappels.change?.();
          this.render();
          this.focusOn(`${this.uid}-etape`);
          if (walk(cas, this.state.etapes).noeud.type === 'fin') this.focusOn(`${this.uid}-fin`);
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
    const r = scoreCas(cas, this.state.etapes);
    this.root!.append(
      h('section', { class: 'ma-fin', 'aria-live': 'polite' }, [
        h('h3', { id: `${this.uid}-fin`, tabindex: '-1' }, [`${QUALITE_LABELS[r.qualite ?? 'a-revoir']} : ${fin.titre}`]),
        this.texte.block(texteDuNoeud(fin, apres.drapeaux)),
        h('p', {}, [`Votre parcours : ${r.obtenus} / ${r.total} points (${Math.round(r.taux * 100)} %). L’issue se calcule sur l’ensemble de vos choix.`]),
        h('h4', {}, ['Débriefing par critère']),
        h(
          'ul',
          {},
          cas.criteres.map((critere) => {
            const p = r.parCritere[critere] ?? { points: 0, max: 0 };
            const d = cas.debrief[critere];
            return h('li', {}, [
              h('p', {}, [h('strong', {}, [`${critere} — ${isCritereId(critere) ? critereById(critere).intitule : ''}`]), ` : ${p.points} / ${p.max}`]),
              d ? this.texte.block(d.texte) : null,
            ]);
          }),
        ),
      ]),
    );
  }

  choisir(cas: Cas, noeudId: string, choix: Choix) {
    this.state.etapes = [...this.state.etapes, { noeud: noeudId, choix: choix.id }];
    this.state.revele = true;
    this.rappels.decision?.(cas, noeudId, choix);
    this.rappels.change?.();
    this.render();
    this.focusOn(`${this.uid}-choix`);
    if (walk(cas, this.state.etapes).noeud.type === 'fin') this.rappels.completed?.();
  }

  // ------------------------------------------------------------------ results

  getScore(): number {
    if (!this.lecture.ok) return 0;
    const a = this.lecture.activite;
    if (a.kind === 'quiz') return scoreQuiz(a, this.state.reponses, { questionIds: this.state.verifiees }).obtenus;
    return scoreCas(a, this.state.etapes).obtenus;
  }

  getMaxScore(): number {
    if (!this.lecture.ok) return 0;
    const a = this.lecture.activite;
    if (a.kind === 'quiz') return a.questions.length;
    return Math.max(1, scoreCas(a, []).total);
  }

  getAnswerGiven(): boolean {
    return this.state.verifiees.length > 0 || this.state.etapes.length > 0;
  }

  /** Every question checked, or the case study at one of its endings. */
  termine(): boolean {
    if (!this.lecture.ok) return false;
    const a = this.lecture.activite;
    if (a.kind === 'quiz') return this.quizTermine();
    return walk(a, this.state.etapes).noeud.type === 'fin';
  }

  /** Passed (quiz threshold, or case study success), once finished. */
  reussi(): boolean {
    if (!this.lecture.ok) return false;
    const a = this.lecture.activite;
    return a.kind === 'quiz' ? scoreQuiz(a, this.state.reponses).reussi : scoreCas(a, this.state.etapes).reussi;
  }

  criteres(): string[] {
    if (!this.lecture.ok) return [];
    const a = this.lecture.activite;
    return a.kind === 'quiz' ? [...new Set(a.questions.flatMap((q) => q.criteres))] : [...a.criteres];
  }

  getCurrentState(): EtatLecteur {
    return JSON.parse(JSON.stringify(this.state)) as EtatLecteur;
  }

  resetTask(): void {
    this.state = etatVide();
    this.rappels.change?.();
    this.render();
  }

  showSolutions(): void {
    if (!this.lecture.ok || this.lecture.activite.kind !== 'quiz') return;
    for (const q of this.lecture.activite.questions) {
      this.state.reponses[q.id] = handlerOf(q).solution(q as never) as Reponse;
      if (!this.state.verifiees.includes(q.id)) this.state.verifiees.push(q.id);
    }
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
