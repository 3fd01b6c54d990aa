/**
 * Runtime of our H5P content type H5P.MoniteurAtelier (bundled by esbuild into
 * the library's dist/moniteur-atelier.js). It plays our quizzes (seven question
 * kinds) and branching case studies inside any H5P host — this site's player,
 * Moodle, WordPress, Lumi — with the same scoring code as the site
 * (src/domain): one implementation.
 *
 * H5P question contract: attach, getScore, getMaxScore, getAnswerGiven,
 * getCurrentState (restored from extras.previousState), resetTask, showSolutions;
 * xAPI `answered` per checked question or case decision, `completed` at the end,
 * with result.score and success, through H5P's own event API.
 *
 * Plain DOM (no framework): small, and independent of the host page.
 */
import { fromParams, type FormuleH5P } from '../../src/domain/h5p/contenu';
import { MATHML_ATTRIBUTES, MATHML_TAGS } from '../../src/domain/h5p/mathml';
import { emptyInput, handlerOf } from '../../src/domain/quiz/kinds';
import { corriger, scoreQuiz, validateReponse, type Correction } from '../../src/domain/quiz/scoring';
import { displayed } from '../../src/domain/quiz/session';
import { parseRichText, plainText } from '../../src/domain/texte/richText';
import { scoreCas, walk, type Etape } from '../../src/domain/cas/graph';
import { QUALITE_LABELS, type Cas, type Choix } from '../../src/domain/cas/types';
import { toPublicQuestion } from '../../src/domain/quiz/kinds';
import { isJeNeSaisPas, KIND_LABELS, type PublicQuestion, type Question, type Quiz, type Reponse } from '../../src/domain/quiz/types';
import { EXT } from '../../src/domain/progress/iri';
import { critereById, isCritereId } from '../../src/referentiel';

/* eslint-disable @typescript-eslint/no-explicit-any */
type H5PGlobal = any;
declare const H5P: H5PGlobal;

interface Textes {
  verifier: string;
  reessayer: string;
  jeNeSaisPas: string;
  solution: string;
  commencer: string;
  continuer: string;
  resultat: string;
}

const TEXTES: Textes = {
  verifier: 'Vérifier',
  reessayer: 'Réessayer',
  jeNeSaisPas: 'Je ne sais pas',
  solution: 'Réponse attendue',
  commencer: 'Commencer la mise en situation',
  continuer: 'Continuer',
  resultat: 'Votre résultat',
};

interface State {
  reponses: Record<string, Reponse>;
  verifiees: string[];
  etapes: Etape[];
  revele: boolean;
  commence: boolean;
}

const INTERACTION: Record<string, string> = {
  'choix-unique': 'choice',
  'choix-multiples': 'choice',
  'vrai-faux': 'true-false',
  association: 'matching',
  ordre: 'sequencing',
  'texte-a-trous': 'fill-in',
  numerique: 'numeric',
};

let counter = 0;

/** Small DOM builder. */
function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean | undefined> = {},
  children: (Node | string | null | undefined | false)[] = [],
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (k === 'class') el.className = String(v);
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

/** Rebuilds MathML from an allow-list of tags and attributes (never trusts the markup). */
function mathml(markup: string): Node | null {
  const doc = new DOMParser().parseFromString(markup, 'application/xml');
  const root = doc.documentElement;
  if (!root || root.localName !== 'math' || doc.getElementsByTagName('parsererror').length > 0) return null;
  const NS = 'http://www.w3.org/1998/Math/MathML';
  const tags = new Set<string>(MATHML_TAGS);
  const attributes = new Set<string>(MATHML_ATTRIBUTES);
  const copy = (node: Node): Node | null => {
    if (node.nodeType === Node.TEXT_NODE) return document.createTextNode(node.textContent ?? '');
    if (node.nodeType !== Node.ELEMENT_NODE) return null;
    const el = node as Element;
    if (!tags.has(el.localName)) return null;
    const out = document.createElementNS(NS, el.localName);
    for (const attr of Array.from(el.attributes)) {
      if (attributes.has(attr.name) && !/^\s*javascript:/i.test(attr.value)) out.setAttribute(attr.name, attr.value);
    }
    for (const child of Array.from(el.childNodes)) {
      const c = copy(child);
      if (c) out.appendChild(c);
    }
    return out;
  };
  return copy(root);
}

class Texte {
  constructor(private readonly formules: ReadonlyMap<string, string>) {}
  inline(source: string): DocumentFragment {
    const frag = document.createDocumentFragment();
    parseRichText(source).forEach((p, i) => {
      if (i > 0) frag.append(h('br'));
      for (const s of p) {
        if (s.t === 'gras') frag.append(h('strong', {}, [s.v]));
        else if (s.t === 'italique') frag.append(h('em', {}, [s.v]));
        else if (s.t === 'formule') {
          const markup = this.formules.get(s.v);
          const node = markup ? mathml(markup) : null;
          frag.append(node ?? h('code', {}, [s.v]));
        } else frag.append(s.v);
      }
    });
    return frag;
  }
  block(source: string): DocumentFragment {
    const frag = document.createDocumentFragment();
    for (const paragraph of source.split(/\n\s*\n/)) frag.append(h('p', {}, [this.inline(paragraph)]));
    return frag;
  }
}

const empty = (): State => ({ reponses: {}, verifiees: [], etapes: [], revele: false, commence: false });

function MoniteurAtelier(this: any, params: unknown, contentId: string, extras: any = {}) {
  H5P.EventDispatcher.call(this);
  this.contentId = contentId;
  this.extras = extras;
  this.uid = `ma-${contentId}-${(counter += 1)}`;
  const lecture = fromParams(params);
  this.lecture = lecture;
  const l10n = ((params as Record<string, unknown>)?.l10n ?? {}) as Partial<Textes>;
  this.textes = { ...TEXTES, ...Object.fromEntries(Object.entries(l10n).filter(([, v]) => typeof v === 'string' && v !== '')) };
  this.texte = new Texte(new Map(lecture.ok ? lecture.formules.map((f: FormuleH5P) => [f.latex, f.mathml] as const) : []));
  this.state = empty();
  const previous = extras?.previousState;
  if (previous && typeof previous === 'object') {
    this.state = {
      reponses: typeof previous.reponses === 'object' && previous.reponses ? previous.reponses : {},
      verifiees: Array.isArray(previous.verifiees) ? previous.verifiees.filter((x: unknown) => typeof x === 'string') : [],
      etapes: Array.isArray(previous.etapes) ? previous.etapes : [],
      revele: previous.revele === true,
      commence: previous.commence === true,
    };
  }
}

MoniteurAtelier.prototype = Object.create(H5P.EventDispatcher.prototype);
MoniteurAtelier.prototype.constructor = MoniteurAtelier;

Object.assign(MoniteurAtelier.prototype, {
  attach(this: any, $container: any) {
    const container: HTMLElement = $container?.get ? $container.get(0) : $container;
    container.classList.add('h5p-moniteur-atelier');
    container.setAttribute('lang', 'fr');
    this.container = container;
    this.render();
  },

  render(this: any) {
    const container: HTMLElement = this.container;
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
    this.trigger('resize');
  },

  // ------------------------------------------------------------------ quiz

  renderQuiz(this: any, quiz: Quiz) {
    const list = h('ol', { class: 'ma-questions' });
    quiz.questions.forEach((q: Question, i: number) => list.append(h('li', {}, [this.renderQuestion(q, i, quiz.questions.length)])));
    this.root.append(list);
    if (this.quizTermine()) this.root.append(this.rapport(quiz));
  },

  quizTermine(this: any): boolean {
    const quiz = this.lecture.activite as Quiz;
    return quiz.questions.every((q) => this.state.verifiees.includes(q.id));
  },

  renderQuestion(this: any, q: Question, index: number, total: number): HTMLElement {
    const id = `${this.uid}-${q.id}`;
    const pub = displayed(toPublicQuestion(q), `h5p:${this.contentId}`);
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
        this.render();
        this.focusOn(`${id}-enonce`);
      });
      fieldset.append(live, reessayer);
      return fieldset;
    }
    fieldset.append(live);
    return fieldset;
  },

  verifier(this: any, q: Question) {
    const wasDone = this.quizTermine();
    this.state.verifiees = [...this.state.verifiees.filter((x: string) => x !== q.id), q.id];
    const correction = corriger(q, this.state.reponses[q.id]);
    this.emitAnswered(q, correction);
    this.render();
    this.focusOn(`${this.uid}-${q.id}-correction`);
    if (!wasDone && this.quizTermine()) this.emitCompleted();
  },

  saisie(this: any, q: PublicQuestion, value: any, set: (v: Reponse) => void, disabled: boolean, id: string): HTMLElement {
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
  },

  tableau(this: any, t: { titre?: string; entetes: readonly string[]; lignes: readonly (readonly string[])[] }): HTMLElement {
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
  },

  correction(this: any, c: Correction, id: string): HTMLElement {
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
  },

  rapport(this: any, quiz: Quiz): HTMLElement {
    const r = scoreQuiz(quiz, this.state.reponses);
    return h('section', { class: 'ma-rapport', 'aria-live': 'polite' }, [
      h('h3', {}, [this.textes.resultat]),
      h('p', {}, [`${String(Math.round(r.obtenus * 100) / 100).replace('.', ',')} / ${r.total} (${Math.round(r.taux * 100)} %) — ${r.reussi ? 'réussi' : 'seuil de réussite non atteint'}.`]),
    ]);
  },

  // ------------------------------------------------------------------ case study

  renderCas(this: any, cas: Cas) {
    const root: HTMLElement = this.root;
    root.append(h('div', { class: 'ma-contexte' }, [this.texte.block(cas.contexte)]));
    if (cas.personnages?.length) {
      root.append(h('ul', { class: 'ma-personnages', 'aria-label': 'Personnages' }, cas.personnages.map((p) => h('li', {}, [h('strong', {}, [p.nom]), ` — ${p.role}`]))));
    }
    if (!this.state.commence) {
      const start = h('button', { type: 'button', class: 'ma-bouton ma-principal' }, [this.textes.commencer]);
      start.addEventListener('click', () => {
        this.state.commence = true;
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
        this.texte.block(noeud.texte),
      ]);
      if (!this.state.revele) {
        const list = h('ul', { class: 'ma-choix', 'aria-labelledby': `${this.uid}-etape` });
        for (const c of noeud.choix) {
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
      this.root.append(section);
      return;
    }
    // Ending.
    const fin = apres.noeud;
    if (fin.type !== 'fin') return;
    const r = scoreCas(cas, this.state.etapes);
    this.root.append(
      h('section', { class: 'ma-fin', 'aria-live': 'polite' }, [
        h('h3', { id: `${this.uid}-fin`, tabindex: '-1' }, [`${QUALITE_LABELS[fin.qualite]} : ${fin.titre}`]),
        this.texte.block(fin.texte),
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
  },

  choisir(this: any, cas: Cas, noeudId: string, choix: Choix) {
    this.state.etapes = [...this.state.etapes, { noeud: noeudId, choix: choix.id }];
    this.state.revele = true;
    this.emitDecision(cas, noeudId, choix);
    this.render();
    this.focusOn(`${this.uid}-choix`);
    if (walk(cas, this.state.etapes).noeud.type === 'fin') this.emitCompleted();
  },

  // ------------------------------------------------------------------ contract

  getScore(this: any): number {
    if (!this.lecture.ok) return 0;
    const a = this.lecture.activite;
    if (a.kind === 'quiz') return scoreQuiz(a, this.state.reponses, { questionIds: this.state.verifiees }).obtenus;
    return scoreCas(a, this.state.etapes).obtenus;
  },

  getMaxScore(this: any): number {
    if (!this.lecture.ok) return 0;
    const a = this.lecture.activite;
    if (a.kind === 'quiz') return a.questions.length;
    return Math.max(1, scoreCas(a, []).total);
  },

  getAnswerGiven(this: any): boolean {
    return this.state.verifiees.length > 0 || this.state.etapes.length > 0;
  },

  getCurrentState(this: any): State {
    return JSON.parse(JSON.stringify(this.state));
  },

  resetTask(this: any) {
    this.state = empty();
    this.render();
  },

  showSolutions(this: any) {
    if (!this.lecture.ok || this.lecture.activite.kind !== 'quiz') return;
    for (const q of this.lecture.activite.questions as Question[]) {
      this.state.reponses[q.id] = handlerOf(q).solution(q as never) as Reponse;
      if (!this.state.verifiees.includes(q.id)) this.state.verifiees.push(q.id);
    }
    this.render();
  },

  getTitle(this: any): string {
    return this.lecture.ok ? this.lecture.activite.titre : 'Activité';
  },

  focusOn(this: any, id: string) {
    const el = this.root?.querySelector(`[id="${id}"]`) as HTMLElement | null;
    el?.focus();
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
        interactionType: INTERACTION[q.type],
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
    const a = this.lecture.activite;
    const score = this.getScore();
    const max = this.getMaxScore();
    const success = a.kind === 'quiz' ? scoreQuiz(a, this.state.reponses).reussi : scoreCas(a, this.state.etapes).reussi;
    const criteres = a.kind === 'quiz' ? [...new Set((a.questions as Question[]).flatMap((q) => q.criteres))] : [...a.criteres];
    this.emit('completed', (s: any) => {
      s.result = { score: { min: 0, max, raw: score, scaled: max > 0 ? score / max : 0 }, success, completion: true };
      s.context = { ...(s.context ?? {}), extensions: { ...(s.context?.extensions ?? {}), [EXT.criteres]: criteres } };
    });
  },
});

H5P.MoniteurAtelier = MoniteurAtelier;
