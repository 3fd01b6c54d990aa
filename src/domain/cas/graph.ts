/**
 * Case-study graph: checks for authors, paths, scoring of a path, public shape.
 *
 * Graph rules (all reported at once, in French):
 * start node exists; ids unique; no dangling `suivant`; every node reachable
 * from the start; from every reachable node an ending can be reached (no dead
 * end, no cycle without an exit); every choice has a consequence and a feedback;
 * a situation offers at least two choices on every path that reaches it; scores
 * use the critères of the case with notes 0, 1 or 2; every critère of the case is
 * scored by a choice and has a debrief; every fact used is declared in `drapeaux`.
 *
 * Path rules (every path from the start to an ending is enumerated, with the
 * facts set on the way): no choice leads back to a node already on the path; a node's `suppose` facts are set and its `exclut` facts
 * are not, on every path that reaches it (its text never describes an action the
 * learner did not take); every choice is offered on at least one path; the band
 * of each path's score (`bandeDe`: the share of the best path's points) is one of
 * the `issues` its ending declares.
 */
import { isBlocId, type CritereId } from '../../referentiel';
import { checkCriteres, ID_PATTERN, textProblems, type Probleme } from '../quiz/check';
import { bandeDe, QUALITES, QUALITE_LABELS, type Cas, type Choix, type Condition, type Noeud, type NoeudFin, type NoeudSituation, type PublicCas, type QualiteFin } from './types';

type Raw = Record<string, unknown>;
const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

export function decisionCount(cas: Pick<Cas, 'noeuds'>): number {
  return cas.noeuds.filter((n) => n.type === 'situation').length;
}

/** Facts set so far on a path. */
export type Drapeaux = ReadonlySet<string>;

export function conditionRemplie(condition: Condition, drapeaux: Drapeaux): boolean {
  return (condition.si ?? []).every((d) => drapeaux.has(d)) && !(condition.sauf ?? []).some((d) => drapeaux.has(d));
}

/** The choices a situation offers with these facts, in authored order. */
export function choixOfferts(noeud: NoeudSituation, drapeaux: Drapeaux): Choix[] {
  return noeud.choix.filter((c) => conditionRemplie(c, drapeaux));
}

/** The text of a node on a path: its own text, then the variants whose condition holds. */
export function texteDuNoeud(noeud: Noeud, drapeaux: Drapeaux): string {
  const extra = (noeud.variantes ?? []).filter((v) => conditionRemplie(v, drapeaux)).map((v) => v.texte.trim());
  return [noeud.texte.trim(), ...extra].join('\n\n');
}

function poser(drapeaux: Drapeaux, choix: Choix): Set<string> {
  const out = new Set(drapeaux);
  for (const d of choix.pose ?? []) out.add(d);
  return out;
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
    decisions: analyse(cas).decisions,
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

  // Declared facts, and every use of a fact.
  const declares = new Set<string>();
  if (raw.drapeaux !== undefined) {
    if (!isObject(raw.drapeaux)) add('drapeaux', 'objet attendu : { "note-ecrite": "Une note factuelle a été écrite", … }');
    else {
      for (const [d, sens] of Object.entries(raw.drapeaux)) {
        if (!ID_PATTERN.test(d)) add(`drapeaux.${d}`, 'identifiant de fait invalide (minuscules, chiffres et tirets)');
        if (typeof sens !== 'string' || sens.trim() === '') add(`drapeaux.${d}`, 'dites en une phrase ce que ce fait signifie dans l’histoire');
        declares.add(d);
      }
    }
  }
  const utilises = new Set<string>();
  const checkFaits = (objet: object, where: string, champs: readonly string[], prefixe = '') => {
    for (const champ of champs) {
      const valeur = (objet as Raw)[champ];
      if (valeur === undefined) continue;
      if (!Array.isArray(valeur) || !valeur.every((d) => typeof d === 'string')) {
        add(`${prefixe}${champ}`, 'liste d’identifiants de faits attendue', where);
        continue;
      }
      for (const d of valeur as string[]) {
        utilises.add(d);
        if (!declares.has(d)) add(`${prefixe}${champ}`, `fait « ${d} » non déclaré dans « drapeaux »`, where);
      }
    }
  };

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
    checkFaits(node, where, ['suppose', 'exclut']);
    if (node.variantes !== undefined) {
      if (!Array.isArray(node.variantes)) add('variantes', 'liste de variantes attendue ([{ si: [...], texte }])', where);
      else {
        node.variantes.forEach((v, i) => {
          if (!isObject(v) || typeof v.texte !== 'string' || v.texte.trim() === '') add(`variantes[${i}].texte`, 'texte de la variante manquant', where);
          else if (v.si === undefined && v.sauf === undefined) add(`variantes[${i}]`, 'une variante sans condition (si / sauf) : écrivez ce texte dans « texte »', where);
          checkFaits(v, where, ['si', 'sauf'], `variantes[${i}].`);
        });
      }
    }
    if (node.type === 'fin') {
      const issues: unknown = (node as { issues?: unknown }).issues;
      if (!Array.isArray(issues) || issues.length === 0 || !issues.every((q) => (QUALITES as unknown[]).includes(q))) {
        add('issues', 'indiquez les issues que raconte cette fin : « optimale », « acceptable » et/ou « a-revoir » (calculées sur les points de tout le chemin)', where);
      }
      if ('qualite' in node) add('qualite', 'la qualité d’une fin ne s’écrit plus : elle est calculée sur tout le chemin ; déclarez « issues »', where);
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
      checkFaits(choix, where, ['pose', 'si', 'sauf'], `${c}.`);
      if (choix.piege !== undefined && choix.piege !== true) add(`${c}.piege`, 'piege vaut true ou est absent', where);
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
  for (const d of declares) if (!utilises.has(d)) add(`drapeaux.${d}`, `le fait « ${d} » n’est posé ni utilisé par aucun choix ni aucun nœud`);
  if (options.minDecisions !== undefined && decisionCount({ noeuds: [...nodes.values()] }) < options.minDecisions) {
    add('noeuds', `au moins ${options.minDecisions} nœuds de décision sont attendus (${decisionCount({ noeuds: [...nodes.values()] })} trouvés)`);
  }
  // Paths are only walked on a sound graph (the messages above say what to fix first).
  if (out.length === 0) out.push(...checkChemins(raw as unknown as Cas));
  return out;
}

/** The path as the learner sees it: « arrivee › observer-approcher › echange › … ». */
function decrire(chemin: Pick<Chemin, 'etapes'>, jusqua?: string): string {
  const pas = chemin.etapes.map((e) => `${e.noeud} › ${e.choix}`);
  return [...pas, ...(jusqua ? [jusqua] : [])].join(' › ');
}

function checkChemins(cas: Cas): Probleme[] {
  const out: Probleme[] = [];
  const add = (champ: string, message: string, question?: string) =>
    out.push({ activite: cas.id, ...(question ? { question } : {}), champ, message });
  const a = analyse(cas);
  if (a.tropDeChemins) {
    add('noeuds', `plus de ${LIMITE_CHEMINS} chemins : simplifiez le graphe (faites se rejoindre les branches)`);
    return out;
  }
  const sens = (d: string) => cas.drapeaux?.[d] ?? d;
  const vus = new Set<string>();
  for (const probleme of a.problemes) {
    const cle = `${probleme.noeud}|${probleme.message}`;
    if (vus.has(cle)) continue;
    vus.add(cle);
    add(probleme.champ, `${probleme.message.replace(/«([a-z0-9-]+)»/g, (_m, d: string) => `« ${sens(d)} »`)} (chemin : ${probleme.chemin})`, probleme.noeud);
  }
  const offerts = new Set([
    ...a.chemins.flatMap((c) => c.etapes.map((e) => `${e.noeud}/${e.choix}`)),
    ...a.problemes.filter((p) => p.champ.startsWith('choix.')).map((p) => `${p.noeud}/${p.champ.slice('choix.'.length)}`),
  ]);
  for (const noeud of cas.noeuds) {
    if (noeud.type !== 'situation') continue;
    for (const choix of noeud.choix) {
      if (!offerts.has(`${noeud.id}/${choix.id}`)) add(`choix.${choix.id}`, 'ce choix n’est proposé sur aucun chemin (ses conditions si / sauf ne sont jamais remplies)', noeud.id);
    }
  }
  for (const chemin of a.chemins) {
    const bande = bandeDe(chemin.taux);
    if (!chemin.fin.issues.includes(bande)) {
      const cle = `${chemin.fin.id}|${bande}`;
      if (vus.has(cle)) continue;
      vus.add(cle);
      add(
        'issues',
        `un chemin obtient ${Math.round(chemin.taux * 100)} % des points (${QUALITE_LABELS[bande]}) mais cette fin ne déclare que ${chemin.fin.issues.map((q) => `« ${q} »`).join(', ')} : ajoutez « ${bande} » à ses issues si l’histoire convient, sinon changez les notes ou la destination d’un choix (chemin : ${decrire(chemin, chemin.fin.id)})`,
        chemin.fin.id,
      );
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// Paths.

/** A path from the start to an ending. */
export interface Chemin {
  readonly etapes: readonly Etape[];
  readonly choix: readonly Choix[];
  readonly fin: NoeudFin;
  readonly drapeaux: Drapeaux;
  readonly points: Readonly<Partial<Record<CritereId, number>>>;
  readonly obtenus: number;
  /** Share of the best path's points. */
  readonly taux: number;
}

export interface AnalyseCas {
  readonly chemins: readonly Chemin[];
  readonly maxParCritere: Readonly<Partial<Record<CritereId, number>>>;
  /** Points of the best path (the denominator of every score of this case). */
  readonly meilleurTotal: number;
  readonly decisions: { readonly min: number; readonly max: number };
  readonly tropDeChemins: boolean;
  /** Facts a node relies on that a path does not give it, and the like. */
  readonly problemes: readonly { readonly noeud: string; readonly champ: string; readonly message: string; readonly chemin: string }[];
}

export const LIMITE_CHEMINS = 20_000;

const ANALYSES = new WeakMap<Cas, AnalyseCas>();

/**
 * Every path from the start to an ending (a node is visited at most once per
 * path), with the facts set on the way. Memoised per case object.
 */
export function analyse(cas: Cas): AnalyseCas {
  const memo = ANALYSES.get(cas);
  if (memo) return memo;
  const nodes = nodeMap(cas);
  const bruts: { etapes: Etape[]; choix: Choix[]; fin: NoeudFin; drapeaux: Drapeaux }[] = [];
  const problemes: { noeud: string; champ: string; message: string; chemin: string }[] = [];
  let tropDeChemins = false;
  const visiter = (id: string, etapes: Etape[], choix: Choix[], drapeaux: Drapeaux, seen: Set<string>) => {
    if (tropDeChemins) return;
    const noeud = nodes.get(id);
    if (!noeud) return;
    const chemin = () => decrire({ etapes }, id);
    for (const d of noeud.suppose ?? []) {
      if (!drapeaux.has(d)) problemes.push({ noeud: id, champ: 'suppose', message: `le texte suppose «${d}», que ce chemin n’a pas posé`, chemin: chemin() });
    }
    for (const d of noeud.exclut ?? []) {
      if (drapeaux.has(d)) problemes.push({ noeud: id, champ: 'exclut', message: `le texte contredit «${d}», posé sur ce chemin`, chemin: chemin() });
    }
    if (noeud.type === 'fin') {
      bruts.push({ etapes, choix, fin: noeud, drapeaux });
      if (bruts.length > LIMITE_CHEMINS) tropDeChemins = true;
      return;
    }
    const offerts = choixOfferts(noeud, drapeaux);
    if (offerts.length < 2) {
      problemes.push({ noeud: id, champ: 'choix', message: `${offerts.length} choix proposé(s) avec les faits de ce chemin : il en faut au moins deux`, chemin: chemin() });
    }
    for (const c of offerts) {
      if (seen.has(c.suivant)) {
        problemes.push({ noeud: id, champ: `choix.${c.id}`, message: `ce choix ramène à « ${c.suivant} », déjà passé sur ce chemin : une mise en situation avance sans retour en arrière`, chemin: chemin() });
        continue;
      }
      seen.add(c.suivant);
      visiter(c.suivant, [...etapes, { noeud: id, choix: c.id }], [...choix, c], poser(drapeaux, c), seen);
      seen.delete(c.suivant);
    }
  };
  visiter(cas.debut, [], [], new Set(), new Set([cas.debut]));

  const pointsDe = (choix: readonly Choix[]) => {
    const points: Partial<Record<CritereId, number>> = {};
    for (const critere of cas.criteres) points[critere] = choix.reduce((n, c) => n + (c.scores[critere] ?? 0), 0);
    return points;
  };
  const avecPoints = bruts.map((b) => ({ ...b, points: pointsDe(b.choix) }));
  const maxParCritere: Partial<Record<CritereId, number>> = {};
  for (const critere of cas.criteres) maxParCritere[critere] = Math.max(0, ...avecPoints.map((c) => c.points[critere] ?? 0));
  const somme = (points: Partial<Record<CritereId, number>>) => cas.criteres.reduce((n, c) => n + (points[c] ?? 0), 0);
  const meilleurTotal = Math.max(0, ...avecPoints.map((c) => somme(c.points)));
  const chemins: Chemin[] = avecPoints.map((c) => {
    const obtenus = somme(c.points);
    return { ...c, obtenus, taux: meilleurTotal === 0 ? 0 : obtenus / meilleurTotal };
  });
  const longueurs = chemins.map((c) => c.etapes.length);
  const result: AnalyseCas = {
    chemins,
    maxParCritere,
    meilleurTotal,
    decisions: { min: longueurs.length ? Math.min(...longueurs) : 0, max: longueurs.length ? Math.max(...longueurs) : 0 },
    tropDeChemins,
    problemes,
  };
  ANALYSES.set(cas, result);
  return result;
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
  /** The band of the path's points, once at an ending (never read from the node). */
  readonly qualite: QualiteFin | null;
  readonly termine: boolean;
  readonly obtenus: number;
  readonly total: number;
  readonly taux: number;
  readonly reussi: boolean;
  readonly parCritere: Readonly<Partial<Record<CritereId, { points: number; max: number }>>>;
}

const NOEUDS = new WeakMap<Cas, Map<string, Noeud>>();

function nodeMap(cas: Cas): Map<string, Noeud> {
  let map = NOEUDS.get(cas);
  if (!map) {
    map = new Map(cas.noeuds.map((n) => [n.id, n]));
    NOEUDS.set(cas, map);
  }
  return map;
}

/** Best achievable score per critère from the start to an ending. */
export function maxParCritere(cas: Cas): Partial<Record<CritereId, number>> {
  return { ...analyse(cas).maxParCritere };
}

export interface Position {
  readonly noeud: Noeud;
  readonly choix: Choix[];
  /** Facts set by the choices taken. */
  readonly drapeaux: Drapeaux;
}

/** Follows a path of choices from the start. Unknown steps, or choices not offered, stop the walk. */
export function walk(cas: Cas, etapes: readonly Etape[]): Position {
  const nodes = nodeMap(cas);
  let current = nodes.get(cas.debut)!;
  let drapeaux: Drapeaux = new Set();
  const taken: Choix[] = [];
  for (const etape of etapes) {
    if (current.type !== 'situation' || etape.noeud !== current.id) break;
    const choix = choixOfferts(current, drapeaux).find((c) => c.id === etape.choix);
    const next = choix ? nodes.get(choix.suivant) : undefined;
    if (!choix || !next) break;
    taken.push(choix);
    drapeaux = poser(drapeaux, choix);
    current = next;
  }
  return { noeud: current, choix: taken, drapeaux };
}

export function scoreCas(cas: Cas, etapes: readonly Etape[]): ResultatCas {
  const { noeud, choix } = walk(cas, etapes);
  const a = analyse(cas);
  const parCritere: Partial<Record<CritereId, { points: number; max: number }>> = {};
  for (const critere of cas.criteres) {
    const got = choix.reduce((n, c) => n + (c.scores[critere] ?? 0), 0);
    const m = a.maxParCritere[critere] ?? 0;
    parCritere[critere] = { points: Math.min(got, m), max: m };
  }
  const obtenus = Math.min(
    a.meilleurTotal,
    Object.values(parCritere).reduce((n, p) => n + (p?.points ?? 0), 0),
  );
  const total = a.meilleurTotal;
  const taux = total === 0 ? 0 : obtenus / total;
  const termine = noeud.type === 'fin';
  const qualite = termine ? bandeDe(taux) : null;
  return {
    casId: cas.id,
    fin: termine ? noeud.id : null,
    qualite,
    termine,
    obtenus,
    total,
    taux,
    reussi: termine && qualite !== 'a-revoir',
    parCritere,
  };
}

export function situationById(cas: Cas, id: string): NoeudSituation | NoeudFin | undefined {
  return nodeMap(cas).get(id);
}
