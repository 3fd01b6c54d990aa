/**
 * Composing an assignment (« parcours ») on the trainer side: the tree of what can
 * be assigned (bloc → lessons → activities, from the index of the site), the
 * critères a selection covers, the identifier, and the checks before the link is
 * given (parcoursProblems, plus the due date and the link length), each problem
 * attached to the form field it concerns.
 */
import { competenceOf, REFERENTIEL, type BlocId, type Competence, type Critere, type CritereId } from '../../referentiel';
import type { Banque, BanqueActivite } from './banque';
import { fragmentParcours } from './lien-parcours';
import { LIMITES_PARCOURS, parcoursProblems, type ItemParcours, type Parcours } from './parcours';

export interface ActiviteArbre {
  readonly id: string;
  readonly titre: string;
  readonly kind: BanqueActivite['kind'];
  readonly h5p: boolean;
}

export interface LeconArbre {
  readonly route: string;
  readonly titre: string;
  /** Reading time, in minutes. */
  readonly minutes: number;
  readonly activites: readonly ActiviteArbre[];
}

export interface GroupeArbre {
  /** A bloc id, or `introduction` for the lessons outside the blocs. */
  readonly id: BlocId | 'introduction';
  readonly titre: string;
  readonly lecons: readonly LeconArbre[];
}

export const TYPE_ACTIVITE_LABELS: Readonly<Record<BanqueActivite['kind'], string>> = {
  quiz: 'Quiz',
  cas: 'Mise en situation',
};

/**
 * What a trainer can assign: the introduction lessons first, then each bloc of
 * the référentiel with its lessons in the order of the course (the index lists
 * them in the order of the menu) and, under each lesson, the activities it
 * embeds. An activity embedded by two lessons appears under both (same item).
 */
export function arbreParcours(banque: Banque): GroupeArbre[] {
  const activites = new Map(banque.activites.map((a) => [a.id, a]));
  const lecon = (l: Banque['lecons'][number]): LeconArbre => ({
    route: l.route,
    titre: l.titre,
    minutes: l.minutes,
    activites: l.activites.flatMap((id) => {
      const a = activites.get(id);
      return a ? [{ id: a.id, titre: a.titre, kind: a.kind, h5p: a.h5p }] : [];
    }),
  });
  const groupes: GroupeArbre[] = [];
  const introduction = banque.lecons.filter((l) => l.bloc === null).map(lecon);
  if (introduction.length > 0) groupes.push({ id: 'introduction', titre: 'Introduction', lecons: introduction });
  for (const bloc of REFERENTIEL.blocs) {
    const lecons = banque.lecons.filter((l) => l.bloc === bloc.id).map(lecon);
    if (lecons.length > 0) groupes.push({ id: bloc.id, titre: `Bloc ${bloc.numero} — ${bloc.intituleCourt}`, lecons });
  }
  return groupes;
}

/** A stable key for a selected item: `l:/cours/bloc-1/accueillir`, `a:accueillir`. */
export const cleItem = (item: ItemParcours): string => `${item.t}:${item.id}`;

/** The keys of a group's items: its lessons (« tout le bloc ») or, with `activites`, its activities too. */
export function clesDuGroupe(groupe: GroupeArbre, options: { readonly activites: boolean }): string[] {
  return groupe.lecons.flatMap((l) => [cleItem({ t: 'l', id: l.route }), ...(options.activites ? l.activites.map((a) => cleItem({ t: 'a', id: a.id })) : [])]);
}

/** « Tout le bloc »: every lesson of the group is ticked (`tout`), some of its items are (`partiel`), or none. */
export function etatDuGroupe(groupe: GroupeArbre, selection: ReadonlySet<string>): 'tout' | 'partiel' | 'rien' {
  const lecons = clesDuGroupe(groupe, { activites: false });
  if (lecons.length > 0 && lecons.every((c) => selection.has(c))) return 'tout';
  return clesDuGroupe(groupe, { activites: true }).some((c) => selection.has(c)) ? 'partiel' : 'rien';
}

/**
 * Ticks or unticks a whole group. Ticking selects each lesson (a lesson asks for all
 * its activities, so the activities of the group are not added one by one and
 * those already ticked are removed: the link stays short); unticking removes all.
 */
export function basculerGroupe(groupe: GroupeArbre, selection: ReadonlySet<string>): Set<string> {
  const suivante = new Set(selection);
  for (const c of clesDuGroupe(groupe, { activites: true })) suivante.delete(c);
  if (etatDuGroupe(groupe, selection) !== 'tout') for (const c of clesDuGroupe(groupe, { activites: false })) suivante.add(c);
  return suivante;
}

/** The selected items in the order of the tree (each once), whatever the order of the clicks. */
export function itemsSelectionnes(arbre: readonly GroupeArbre[], selection: ReadonlySet<string>): ItemParcours[] {
  const out: ItemParcours[] = [];
  const vus = new Set<string>();
  const ajouter = (item: ItemParcours) => {
    const cle = cleItem(item);
    if (!selection.has(cle) || vus.has(cle)) return;
    vus.add(cle);
    out.push(item);
  };
  for (const groupe of arbre) {
    for (const lecon of groupe.lecons) {
      ajouter({ t: 'l', id: lecon.route });
      for (const a of lecon.activites) ajouter({ t: 'a', id: a.id });
    }
  }
  return out;
}

const ORDRE_CRITERES = new Map<string, number>(REFERENTIEL.blocs.flatMap((b) => b.competences.flatMap((c) => c.criteres)).map((c, i) => [c.id, i]));

/** The critères the items work on (a lesson: those it teaches and those of its activities), in référentiel order. */
export function criteresCouverts(items: readonly ItemParcours[], banque: Banque): CritereId[] {
  const activites = new Map(banque.activites.map((a) => [a.id, a]));
  const lecons = new Map(banque.lecons.map((l) => [l.route, l]));
  const out = new Set<CritereId>();
  for (const item of items) {
    if (item.t === 'a') {
      for (const c of activites.get(item.id)?.criteres ?? []) out.add(c);
    } else {
      const lecon = lecons.get(item.id);
      if (!lecon) continue;
      for (const c of lecon.criteres) out.add(c);
      for (const id of lecon.activites) for (const c of activites.get(id)?.criteres ?? []) out.add(c);
    }
  }
  return [...out].sort((a, b) => (ORDRE_CRITERES.get(a) ?? 0) - (ORDRE_CRITERES.get(b) ?? 0));
}

/** Critères grouped by compétence, for display. */
export function parCompetence(criteres: readonly CritereId[]): { competence: Competence; criteres: Critere[] }[] {
  const out: { competence: Competence; criteres: Critere[] }[] = [];
  for (const id of criteres) {
    const competence = competenceOf(id);
    let groupe = out.find((g) => g.competence.id === competence.id);
    if (!groupe) {
      groupe = { competence, criteres: [] };
      out.push(groupe);
    }
    const critere = competence.criteres.find((c) => c.id === id);
    if (critere) groupe.criteres.push(critere);
  }
  return out;
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** An assignment identifier: 8 characters [a-z0-9] drawn from `random` (values in [0, 1)). */
export function idParcours(random: () => number): string {
  let id = '';
  for (let i = 0; i < 8; i += 1) id += ALPHABET[Math.min(ALPHABET.length - 1, Math.floor(random() * ALPHABET.length))];
  return id;
}

export type ChampParcours = 'titre' | 'groupe' | 'echeance' | 'mode' | 'items';

/** The fields in the order of the form. */
export const ORDRE_CHAMPS: readonly ChampParcours[] = ['titre', 'groupe', 'echeance', 'mode', 'items'];

export interface Probleme {
  /** The field to correct, or null when the problem concerns the whole assignment. */
  readonly champ: ChampParcours | null;
  /** A French sentence (capital letter, final full stop). */
  readonly message: string;
}

/** The field a message of parcoursProblems() is about. */
export function champDuProbleme(message: string): ChampParcours | null {
  if (/^titre/.test(message)) return 'titre';
  if (/groupe/.test(message)) return 'groupe';
  if (/échéance/.test(message)) return 'echeance';
  if (/^mode/.test(message)) return 'mode';
  if (/élément/.test(message)) return 'items';
  return null;
}

export const phrase = (texte: string): string => {
  const t = texte.trim();
  return `${t.charAt(0).toLocaleUpperCase('fr-FR')}${t.slice(1)}${/[.!?…]$/.test(t) ? '' : '.'}`;
};

/** A message that says exactly what to change, when the field tells more than parcoursProblems() can. */
function messagePrecis(champ: ChampParcours | null, parcours: Parcours): string | null {
  const texte = (nom: string, valeur: string, max: number) => {
    if (valeur === '') return null;
    if (/[<>]/.test(valeur)) return `${nom} ne peut pas contenir les signes < ou >.`;
    if (valeur.length > max) return `${nom} est trop long (${valeur.length} caractères, ${max} au plus).`;
    return null;
  };
  if (champ === 'titre') return parcours.titre === '' ? 'Donnez un titre au parcours.' : texte('Le titre', parcours.titre, LIMITES_PARCOURS.titre);
  if (champ === 'groupe') return texte('Le nom du groupe', parcours.groupe ?? '', LIMITES_PARCOURS.groupe);
  if (champ === 'items' && parcours.items.length === 0) return 'Cochez au moins une leçon ou une activité.';
  return null;
}

export interface FormulaireParcours {
  readonly titre: string;
  readonly groupe: string;
  /** AAAA-MM-JJ, or empty. */
  readonly echeance: string;
  readonly mode: Parcours['mode'];
}

export type Composition = { readonly ok: true; readonly parcours: Parcours; readonly fragment: string } | { readonly ok: false; readonly problemes: readonly Probleme[] };

/**
 * Builds the assignment from the form and the selected items, then checks it as
 * a learner's browser will (parcoursProblems), plus what only the trainer can fix:
 * a due date already past, a link too long to be accepted.
 */
export function composerParcours(
  formulaire: FormulaireParcours,
  items: readonly ItemParcours[],
  options: { readonly aujourdhui: string; readonly random: () => number; readonly banque: Banque },
): Composition {
  const titre = formulaire.titre.trim();
  const groupe = formulaire.groupe.trim();
  const parcours: Parcours = {
    v: 1,
    id: idParcours(options.random),
    titre,
    ...(groupe ? { groupe } : {}),
    ...(formulaire.echeance ? { echeance: formulaire.echeance } : {}),
    mode: formulaire.mode,
    cree: options.aujourdhui,
    items: [...items],
  };
  const problemes: Probleme[] = parcoursProblems(parcours).map((m) => {
    const champ = champDuProbleme(m);
    return { champ, message: messagePrecis(champ, parcours) ?? phrase(m) };
  });
  if (parcours.echeance && !problemes.some((p) => p.champ === 'echeance') && parcours.echeance < options.aujourdhui) {
    problemes.push({ champ: 'echeance', message: "La date d'échéance est déjà passée : choisissez aujourd'hui ou une date à venir." });
  }
  if (problemes.length > 0) {
    // In the order of the form, for the error summary.
    const rang = (p: Probleme) => (p.champ === null ? ORDRE_CHAMPS.length : ORDRE_CHAMPS.indexOf(p.champ));
    return { ok: false, problemes: problemes.sort((a, b) => rang(a) - rang(b)) };
  }
  const fragment = fragmentParcours(parcours, options.banque);
  if (fragment.length > LIMITES_PARCOURS.lien) {
    return {
      ok: false,
      problemes: [{ champ: 'items', message: `Le lien serait trop long (${fragment.length} caractères, ${LIMITES_PARCOURS.lien} au plus) : retirez des éléments ou raccourcissez le titre.` }],
    };
  }
  return { ok: true, parcours, fragment };
}

/** The link a learner opens: `<site><base>parcours#p=<fragment>`. */
export function lienParcours(siteUrl: string, baseUrl: string, fragment: string): string {
  return `${siteUrl.replace(/\/+$/, '')}${baseUrl}parcours#p=${fragment}`;
}
