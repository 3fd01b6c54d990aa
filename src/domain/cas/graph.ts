/**
 * Case-study graph: checks for authors, scoring of a path, public shape.
 *
 * Graph rules (all reported at once, in French):
 * start node exists; ids unique; no dangling `suivant`; every node reachable
 * from the start; from every reachable node an ending can be reached (no dead
 * end, no cycle without an exit); at least one path ends on an « optimale »
 * ending; every choice has a consequence and a feedback; a situation offers at
 * least two choices; scores use the critères of the case with notes 0, 1 or 2;
 * every critère of the case is scored by a choice and has a debrief.
 */
import { isBlocId, type CritereId } from '../../referentiel';
import { checkCriteres, ID_PATTERN, textProblems, type Probleme } from '../quiz/check';
import type { Cas, Choix, Noeud, NoeudFin, NoeudSituation, PublicCas, QualiteFin } from './types';

type Raw = Record<string, unknown>;
const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

export function decisionCount(cas: Pick<Cas, 'noeuds'>): number {
  return cas.noeuds.filter((n) => n.type === 'situation').length;
}

export function toPublicCas(cas: Cas): PublicCas {
  return {
    kind: 'cas',
    id: cas.id,
    titre: cas.titre,
    ...(cas.description ? { description: cas.description } : {}),
    bloc: cas.bloc,
    contexte: cas.contexte,
    ...(cas.personnages ? { personnages: cas.personnages } : {}),
    criteres: cas.criteres,
    decisions: decisionCount(cas),
  };
}

function successors(node: Noeud): string[] {
  return node.type === 'situation' ? node.choix.map((c) => c.suivant) : [];
}

/** All problems of one case study (raw data: whatever the compiler let through). */
export function checkCas(raw: unknown, options: { minDecisions?: number } = {}): Probleme[] {
  const activite = isObject(raw) && typeof raw.id === 'string' ? raw.id : '(sans identifiant)';
  const out: Probleme[] = [];
  const add = (champ: string, message: string, question?: string) =>
    out.push({ activite, ...(question ? { question } : {}), champ, message });
  if (!isObject(raw)) {
    add('cas', 'le fichier doit exporter une mise en situation (defineCas({...}))');
    return out;
  }
  if (raw.kind !== 'cas') add('kind', 'utilisez defineCas({...}) pour déclarer une mise en situation');
  if (typeof raw.id !== 'string' || !ID_PATTERN.test(raw.id)) add('id', 'identifiant manquant ou invalide (minuscules, chiffres et tirets)');
  if (typeof raw.titre !== 'string' || raw.titre.trim() === '') add('titre', 'titre manquant');
  if (typeof raw.contexte !== 'string' || raw.contexte.trim() === '') add('contexte', 'contexte manquant (atelier, moment, contraintes)');
  if (!isBlocId(raw.bloc)) add('bloc', `bloc inconnu « ${String(raw.bloc)} » (B1, B2 ou B3)`);
  for (const p of checkCriteres(raw.criteres, raw.bloc)) add(p.champ, p.message);
  for (const p of textProblems({ titre: raw.titre, description: raw.description, contexte: raw.contexte, personnages: raw.personnages })) {
    add(p.champ, p.message);
  }
  const criteres = new Set(Array.isArray(raw.criteres) ? (raw.criteres as string[]) : []);

  if (!Array.isArray(raw.noeuds) || raw.noeuds.length === 0) {
    add('noeuds', 'la mise en situation doit contenir des nœuds');
    return out;
  }
  const nodes = new Map<string, Noeud>();
  raw.noeuds.forEach((n, i) => {
    if (!isObject(n) || typeof n.id !== 'string' || !ID_PATTERN.test(n.id)) {
      add(`noeuds[${i}].id`, 'nœud sans identifiant valide');
      return;
    }
    if (nodes.has(n.id)) add(`noeuds[${i}].id`, `nœud « ${n.id} » en double`, n.id);
    nodes.set(n.id, n as unknown as Noeud);
  });

  const scored = new Set<string>();
  for (const node of nodes.values()) {
    const where = node.id;
    for (const p of textProblems(node)) add(p.champ, p.message, where);
    if (typeof node.texte !== 'string' || node.texte.trim() === '') add('texte', 'texte du nœud manquant', where);
    if (node.type === 'fin') {
      if (!(['optimale', 'acceptable', 'a-revoir'] as unknown[]).includes(node.qualite)) {
        add('qualite', 'qualité de fin inconnue (optimale, acceptable ou a-revoir)', where);
      }
      if (typeof node.titre !== 'string' || node.titre.trim() === '') add('titre', 'titre de fin manquant', where);
      continue;
    }
    if (node.type !== 'situation') {
      add('type', `type de nœud inconnu « ${String((node as { type: unknown }).type)} » (situation ou fin)`, where);
      continue;
    }
    if (!Array.isArray(node.choix) || node.choix.length < 2) {
      add('choix', 'une situation propose au moins deux choix (sinon ce n’est pas une décision)', where);
      if (!Array.isArray(node.choix)) continue;
    }
    const choiceIds = new Set<string>();
    node.choix.forEach((choix: Choix, i) => {
      const c = `choix[${i}]`;
      if (typeof choix.id !== 'string' || !ID_PATTERN.test(choix.id)) add(`${c}.id`, 'identifiant de choix invalide', where);
      else if (choiceIds.has(choix.id)) add(`${c}.id`, `choix « ${choix.id} » en double`, where);
      else choiceIds.add(choix.id);
      if (typeof choix.texte !== 'string' || choix.texte.trim() === '') add(`${c}.texte`, 'texte du choix manquant', where);
      if (typeof choix.suivant !== 'string' || !nodes.has(choix.suivant)) {
        add(`${c}.suivant`, `mène à un nœud inexistant « ${String(choix.suivant)} »`, where);
      }
      if (typeof choix.consequence !== 'string' || choix.consequence.trim() === '') {
        add(`${c}.consequence`, 'conséquence manquante : que se passe-t-il ensuite ?', where);
      }
      if (typeof choix.feedback !== 'string' || choix.feedback.trim() === '') {
        add(`${c}.feedback`, 'retour (feedback) manquant : pourquoi ce choix est-il adapté ou non ?', where);
      }
      if (!isObject(choix.scores)) {
        add(`${c}.scores`, 'scores manquants (objet { "B1.C2.CR1": 0 | 1 | 2 })', where);
        return;
      }
      for (const [critere, note] of Object.entries(choix.scores)) {
        if (!criteres.has(critere)) add(`${c}.scores.${critere}`, `le critère ${critere} n'est pas un critère de ce cas`, where);
        if (note !== 0 && note !== 1 && note !== 2) add(`${c}.scores.${critere}`, 'note attendue : 0, 1 ou 2', where);
        else scored.add(critere);
      }
    });
  }

  const debut = raw.debut;
  if (typeof debut !== 'string' || !nodes.has(debut)) {
    add('debut', `le nœud de départ « ${String(debut)} » n'existe pas`);
    return out;
  }

  // Reachability from the start.
  const reachable = new Set<string>();
  const stack = [debut];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (reachable.has(id) || !nodes.has(id)) continue;
    reachable.add(id);
    stack.push(...successors(nodes.get(id)!));
  }
  for (const id of nodes.keys()) if (!reachable.has(id)) add('noeuds', `le nœud « ${id} » est inaccessible depuis le départ`, id);

  // Nodes from which an ending can be reached (reverse search from endings).
  const predecessors = new Map<string, string[]>();
  for (const node of nodes.values()) {
    for (const next of successors(node)) predecessors.set(next, [...(predecessors.get(next) ?? []), node.id]);
  }
  const canEnd = new Set<string>();
  const queue = [...nodes.values()].filter((n) => n.type === 'fin').map((n) => n.id);
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (canEnd.has(id)) continue;
    canEnd.add(id);
    queue.push(...(predecessors.get(id) ?? []));
  }
  for (const id of reachable) {
    if (!canEnd.has(id)) {
      add('noeuds', `depuis « ${id} », aucune fin n'est atteignable (impasse ou boucle sans sortie)`, id);
    }
  }

  const bestEnding = [...reachable].some((id) => nodes.get(id)?.type === 'fin' && (nodes.get(id) as NoeudFin).qualite === 'optimale');
  if (!bestEnding) add('noeuds', 'aucun chemin ne mène à une fin « optimale » : il faut au moins un meilleur chemin');

  for (const critere of criteres) {
    if (!scored.has(critere)) add('criteres', `le critère ${critere} n'est noté par aucun choix`);
    const debrief = isObject(raw.debrief) ? raw.debrief[critere] : undefined;
    if (!isObject(debrief) || typeof debrief.texte !== 'string' || debrief.texte.trim() === '') {
      add(`debrief.${critere}`, `débriefing manquant pour le critère ${critere}`);
    } else if (debrief.lien !== undefined && (typeof debrief.lien !== 'string' || !debrief.lien.startsWith('/'))) {
      add(`debrief.${critere}.lien`, 'le lien du débriefing est un chemin du site commençant par « / »');
    }
  }
  if (isObject(raw.debrief)) {
    for (const key of Object.keys(raw.debrief)) {
      if (!criteres.has(key)) add(`debrief.${key}`, `débriefing d'un critère qui n'est pas dans ce cas`);
    }
    for (const p of textProblems(raw.debrief, 'debrief')) add(p.champ, p.message);
  }
  if (options.minDecisions !== undefined && decisionCount({ noeuds: [...nodes.values()] }) < options.minDecisions) {
    add('noeuds', `au moins ${options.minDecisions} nœuds de décision sont attendus (${decisionCount({ noeuds: [...nodes.values()] })} trouvés)`);
  }
  return out;
}

// ---------------------------------------------------------------------------
// Scoring a path.

export interface Etape {
  readonly noeud: string;
  readonly choix: string;
}

export interface ResultatCas {
  readonly casId: string;
  readonly fin: string | null;
  readonly qualite: QualiteFin | null;
  readonly termine: boolean;
  readonly obtenus: number;
  readonly total: number;
  readonly taux: number;
  readonly reussi: boolean;
  readonly parCritere: Readonly<Partial<Record<CritereId, { points: number; max: number }>>>;
}

function nodeMap(cas: Cas): Map<string, Noeud> {
  return new Map(cas.noeuds.map((n) => [n.id, n]));
}

/**
 * Best achievable score per critère from the start to an ending, over simple
 * paths (graphs are small: a few dozen nodes).
 */
export function maxParCritere(cas: Cas): Partial<Record<CritereId, number>> {
  const nodes = nodeMap(cas);
  const best: Partial<Record<CritereId, number>> = {};
  for (const critere of cas.criteres) {
    const visit = (id: string, seen: Set<string>): number => {
      const node = nodes.get(id);
      if (!node || node.type === 'fin') return 0;
      let max = Number.NEGATIVE_INFINITY;
      for (const choix of node.choix) {
        if (seen.has(choix.suivant)) continue;
        seen.add(choix.suivant);
        const rest = visit(choix.suivant, seen);
        seen.delete(choix.suivant);
        if (rest > Number.NEGATIVE_INFINITY) max = Math.max(max, (choix.scores[critere] ?? 0) + rest);
      }
      return max;
    };
    best[critere] = Math.max(0, visit(cas.debut, new Set([cas.debut])));
  }
  return best;
}

/** Follows a path of choices from the start. Unknown steps stop the walk. */
export function walk(cas: Cas, etapes: readonly Etape[]): { noeud: Noeud; choix: Choix[] } {
  const nodes = nodeMap(cas);
  let current = nodes.get(cas.debut)!;
  const taken: Choix[] = [];
  for (const etape of etapes) {
    if (current.type !== 'situation' || etape.noeud !== current.id) break;
    const choix = current.choix.find((c) => c.id === etape.choix);
    const next = choix ? nodes.get(choix.suivant) : undefined;
    if (!choix || !next) break;
    taken.push(choix);
    current = next;
  }
  return { noeud: current, choix: taken };
}

export function scoreCas(cas: Cas, etapes: readonly Etape[]): ResultatCas {
  const { noeud, choix } = walk(cas, etapes);
  const max = maxParCritere(cas);
  const parCritere: Partial<Record<CritereId, { points: number; max: number }>> = {};
  for (const critere of cas.criteres) {
    const got = choix.reduce((n, c) => n + (c.scores[critere] ?? 0), 0);
    const m = max[critere] ?? 0;
    parCritere[critere] = { points: Math.min(got, m), max: m };
  }
  const obtenus = Object.values(parCritere).reduce((n, p) => n + (p?.points ?? 0), 0);
  const total = Object.values(parCritere).reduce((n, p) => n + (p?.max ?? 0), 0);
  const termine = noeud.type === 'fin';
  const qualite = termine ? (noeud as NoeudFin).qualite : null;
  return {
    casId: cas.id,
    fin: termine ? noeud.id : null,
    qualite,
    termine,
    obtenus,
    total,
    taux: total === 0 ? 0 : obtenus / total,
    reussi: termine && qualite !== 'a-revoir',
    parCritere,
  };
}

export function situationById(cas: Cas, id: string): NoeudSituation | NoeudFin | undefined {
  return cas.noeuds.find((n) => n.id === id);
}
