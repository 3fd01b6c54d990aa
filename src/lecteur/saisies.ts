/**
 * The input views of the plain-DOM player, one per question kind: a mapped table
 * over QuestionKind, so a new kind does not compile until it has its view here
 * (as in src/components/Quiz/vues for the React quiz). Each view builds the input
 * group of a displayed question and reports every change through `set`; the flow
 * (check, retry…) is the quiz session's (src/domain/quiz/session.ts).
 */
import type { InputOf, PublicQuestionOf, QuestionKind } from '../domain/quiz/types';
import { plainText } from '../domain/texte/richText';
import { h, type Texte } from './dom';

export interface ContexteSaisie {
  /** Prefix of the element ids of this question. */
  readonly id: string;
  readonly disabled: boolean;
  readonly texte: Texte;
}

type Saisie<K extends QuestionKind> = (c: ContexteSaisie, q: PublicQuestionOf<K>, value: InputOf<K>, set: (v: InputOf<K>) => void) => HTMLElement;

function groupe(c: ContexteSaisie, role: 'radiogroup' | 'group', children: Node[]): HTMLElement {
  return h('div', { role, 'aria-labelledby': `${c.id}-enonce`, class: 'ma-saisie' }, children);
}

function option(c: ContexteSaisie, type: 'radio' | 'checkbox', name: string, optId: string, label: Node | string, checked: boolean, onChange: () => void): HTMLElement {
  const input = h('input', { type, id: `${c.id}-${optId}`, name, checked, disabled: c.disabled });
  input.addEventListener('change', onChange);
  return h('label', { class: 'ma-option', for: `${c.id}-${optId}` }, [input, h('span', {}, [label])]);
}

const choixUnique: Saisie<'choix-unique'> = (c, q, value, set) =>
  groupe(
    c,
    'radiogroup',
    q.options.map((o) => option(c, 'radio', `${c.id}-choix`, o.id, c.texte.inline(o.texte), value.choix === o.id, () => set({ choix: o.id }))),
  );

const choixMultiples: Saisie<'choix-multiples'> = (c, q, value, set) => {
  let choix: string[] = [...value.choix];
  return groupe(c, 'group', [
    h('p', { class: 'ma-consigne' }, ['Plusieurs réponses peuvent être justes : cochez toutes celles qui le sont.']),
    ...q.options.map((o) =>
      option(c, 'checkbox', `${c.id}-${o.id}`, o.id, c.texte.inline(o.texte), choix.includes(o.id), () => {
        choix = choix.includes(o.id) ? choix.filter((x) => x !== o.id) : [...choix, o.id];
        set({ choix });
      }),
    ),
  ]);
};

const vraiFaux: Saisie<'vrai-faux'> = (c, _q, value, set) => {
  const group = groupe(c, 'radiogroup', [
    option(c, 'radio', `${c.id}-vf`, 'true', 'Vrai', value.valeur === true, () => set({ valeur: true })),
    option(c, 'radio', `${c.id}-vf`, 'false', 'Faux', value.valeur === false, () => set({ valeur: false })),
  ]);
  group.classList.add('ma-ligne');
  return group;
};

const association: Saisie<'association'> = (c, q, value, set) => {
  const paires: Record<string, string | null> = { ...value.paires };
  return groupe(
    c,
    'group',
    q.gauche.map((g) => {
      const select = h('select', { id: `${c.id}-${g.id}`, disabled: c.disabled }, [
        h('option', { value: '' }, ['— Choisir —']),
        ...q.droite.map((d) => h('option', { value: d.id, selected: paires[g.id] === d.id }, [plainText(d.texte)])),
      ]);
      select.addEventListener('change', () => {
        paires[g.id] = select.value || null;
        set({ paires: { ...paires } });
      });
      return h('div', { class: 'ma-paire' }, [h('label', { for: `${c.id}-${g.id}` }, [c.texte.inline(g.texte)]), select]);
    }),
  );
};

const ordre: Saisie<'ordre'> = (c, q, value, set) => {
  const etapes: string[] = [...value.ordre];
  const annonce = h('p', { class: 'ma-sr', 'aria-live': 'polite' });
  const list = h('ol', { class: 'ma-ordre' });
  const draw = (focus?: string) => {
    list.replaceChildren();
    etapes.forEach((sid, i) => {
      const etape = q.etapes.find((e) => e.id === sid)!;
      const nom = plainText(etape.texte);
      const bouton = (delta: -1 | 1, label: string, fleche: string) =>
        h('button', { type: 'button', class: 'ma-bouton ma-petit', 'aria-label': `${label} « ${nom} »`, disabled: c.disabled || i + delta < 0 || i + delta >= etapes.length, 'data-k': `${sid}:${delta}` }, [fleche]);
      const monter = bouton(-1, 'Monter', '↑');
      const descendre = bouton(1, 'Descendre', '↓');
      const move = (delta: number) => {
        const j = i + delta;
        [etapes[i], etapes[j]] = [etapes[j]!, etapes[i]!];
        set({ ordre: [...etapes] });
        annonce.textContent = `« ${nom} » est maintenant en position ${j + 1} sur ${etapes.length}.`;
        draw(`${sid}:${delta}`);
      };
      monter.addEventListener('click', () => move(-1));
      descendre.addEventListener('click', () => move(1));
      list.append(h('li', {}, [h('span', {}, [c.texte.inline(etape.texte)]), h('span', { class: 'ma-ordre-boutons' }, [monter, descendre])]));
    });
    if (focus) {
      const target = list.querySelector<HTMLButtonElement>(`[data-k="${focus}"]`);
      const other = list.querySelector<HTMLButtonElement>(`[data-k="${focus.replace(/:(-?1)$/, (_m, d: string) => `:${-Number(d)}`)}"]`);
      (target && !target.disabled ? target : other)?.focus();
    }
  };
  draw();
  return groupe(c, 'group', [h('p', { class: 'ma-consigne' }, ['Utilisez les boutons « Monter » (↑) et « Descendre » (↓) pour remettre les étapes dans l’ordre.']), list, annonce]);
};

const texteATrous: Saisie<'texte-a-trous'> = (c, q, value, set) => {
  const trous: Record<string, string> = { ...value.trous };
  const p = h('p', { class: 'ma-trous' });
  let n = 0;
  for (const m of q.morceaux) {
    if ('texte' in m) {
      p.append(c.texte.inline(m.texte));
      continue;
    }
    n += 1;
    const input = h('input', { type: 'text', id: `${c.id}-${m.trou}`, 'aria-label': `Trou ${n}`, autocomplete: 'off', spellcheck: 'false', disabled: c.disabled });
    input.value = trous[m.trou] ?? '';
    input.addEventListener('input', () => {
      trous[m.trou] = input.value;
      set({ trous: { ...trous } });
    });
    p.append(input);
  }
  return groupe(c, 'group', [p]);
};

const numerique: Saisie<'numerique'> = (c, q, value, set) => {
  const input = h('input', { type: 'text', inputmode: 'decimal', id: `${c.id}-valeur`, autocomplete: 'off', disabled: c.disabled, 'aria-describedby': `${c.id}-unite` });
  input.value = value.valeur;
  input.addEventListener('input', () => set({ valeur: input.value }));
  return groupe(c, 'group', [h('div', { class: 'ma-numerique' }, [h('label', { for: `${c.id}-valeur` }, ['Votre réponse']), input, h('span', { id: `${c.id}-unite` }, [q.unite])])]);
};

export const SAISIES: { readonly [K in QuestionKind]: Saisie<K> } = {
  'choix-unique': choixUnique,
  'choix-multiples': choixMultiples,
  'vrai-faux': vraiFaux,
  association,
  ordre,
  'texte-a-trous': texteATrous,
  numerique,
};

/** The input group of a displayed question, with its current input. */
export function saisie<K extends QuestionKind>(c: ContexteSaisie, q: PublicQuestionOf<K>, value: InputOf<K>, set: (v: InputOf<K>) => void): HTMLElement {
  return (SAISIES[q.type as K] as Saisie<K>)(c, q, value, set);
}
