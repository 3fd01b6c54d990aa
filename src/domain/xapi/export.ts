/**
 * Full xAPI 1.0.3 statements from the learning record. Stored statements are kept
 * minimal (see ../journal/statement.ts): on export, the verb gets its display
 * name in French, the activity its definition (name, description, type, and for a
 * question its interaction type and choices), critères their names, and the
 * context its language and platform.
 *
 * The catalogue of definitions is built from our activities. Its public form
 * (`reponses: false`) holds no answer key: the site serves it to the browser for
 * the LRS forwarding; the trainers' export adds the correct response patterns.
 */
import type { Activite } from '../activite';
import type { Question } from '../quiz/types';
import { INTERACTION_TYPES } from './interactions';
import { assertNever } from '../exhaustif';
import { gapNames } from '../quiz/kinds/texteATrous';
import { plainText } from '../texte/richText';
import { formatNombreExport, variantesAcceptees } from '../export/formes';
import { ACTIVITY_TYPES, iri, NS, VERB_LABELS, VERBS, type VerbKey } from '../journal/iri';
import type { Statement } from '../journal/statement';
import { critereById, isCritereId } from '../../referentiel';

export const XAPI_VERSION = '1.0.3';
export const LANGUE = 'fr-FR';
export const PLATEFORME = "Moniteur d'atelier — site d'entraînement";

type LangMap = Readonly<Record<string, string>>;
export interface Composant {
  readonly id: string;
  readonly description: LangMap;
}
export interface Definition {
  readonly type?: string;
  readonly name?: LangMap;
  readonly description?: LangMap;
  readonly interactionType?: string;
  readonly correctResponsesPattern?: readonly string[];
  readonly choices?: readonly Composant[];
  readonly source?: readonly Composant[];
  readonly target?: readonly Composant[];
  readonly steps?: readonly Composant[];
}
export type Catalogue = Readonly<Record<string, Definition>>;

const fr = (s: string): LangMap => ({ [LANGUE]: plainText(s).replace(/\s*\n+\s*/g, ' ').slice(0, 1000) });
const comp = (id: string, texte: string): Composant => ({ id, description: fr(texte) });

/** Most response patterns listed for a fill-in question (every combination of accepted spellings of its gaps). */
export const MAX_MOTIFS = 1024;

/**
 * The correct responses of a text with gaps: one pattern per combination of the
 * spellings accepted in each gap (accent-free and apostrophe variants included,
 * as our comparison accepts them), case ignored unless every gap says `casse`.
 */
export function motifsTrous(q: Extract<Question, { type: 'texte-a-trous' }>): string[] {
  const trous = gapNames(q.texte).map((n) => q.trous[n]!);
  const casse = trous.length > 0 && trous.every((t) => t.casse === true);
  let combinaisons: string[][] = [[]];
  for (const t of trous) {
    combinaisons = combinaisons.flatMap((c) => variantesAcceptees(t).map((f) => [...c, f])).slice(0, MAX_MOTIFS);
  }
  return combinaisons.map((c) => `{case_matters=${casse}}${c.join('[,]')}`);
}

function interaction(q: Question, reponses: boolean): Definition {
  const base = { type: ACTIVITY_TYPES.interaction, name: fr(q.enonce), interactionType: INTERACTION_TYPES[q.type] };
  const pattern = (p: string | string[]) => (reponses ? { correctResponsesPattern: Array.isArray(p) ? p : [p] } : {});
  switch (q.type) {
    case 'choix-unique':
      return { ...base, choices: q.options.map((o) => comp(o.id, o.texte)), ...pattern(q.reponse) };
    case 'choix-multiples':
      return { ...base, choices: q.options.map((o) => comp(o.id, o.texte)), ...pattern([...q.reponses].sort().join('[,]')) };
    case 'vrai-faux':
      return { ...base, ...pattern(String(q.reponse)) };
    case 'association':
      return {
        ...base,
        source: q.gauche.map((g) => comp(g.id, g.texte)),
        target: q.droite.map((d) => comp(d.id, d.texte)),
        ...pattern(
          Object.entries(q.paires)
            .map(([g, d]) => `${g}[.]${d}`)
            .sort()
            .join('[,]'),
        ),
      };
    case 'ordre':
      return { ...base, choices: q.etapes.map((e) => comp(e.id, e.texte)), ...pattern(q.etapes.map((e) => e.id).join('[,]')) };
    case 'texte-a-trous':
      return { ...base, ...pattern(motifsTrous(q)) };
    case 'numerique':
      return { ...base, ...pattern(`${formatNombreExport(q.reponse.valeur - q.reponse.tolerance)}[:]${formatNombreExport(q.reponse.valeur + q.reponse.tolerance)}`) };
    default:
      return assertNever(q, 'type de question');
  }
}

/**
 * Definitions of every activity, question and case node, by IRI. The same activity
 * played in H5P (`…/h5p/<id>/…`) shares the definition of `…/activites/<id>/…`
 * (see `definitionOf`); critères are defined from the référentiel.
 */
export function catalogueXapi(activites: readonly Activite[], options: { reponses: boolean }): Catalogue {
  const out: Record<string, Definition> = {};
  for (const a of activites) {
    if (a.kind === 'quiz') {
      out[iri.activite(a.id)] = { type: ACTIVITY_TYPES.assessment, name: fr(a.titre), ...(a.description ? { description: fr(a.description) } : {}) };
      for (const q of a.questions) out[iri.question(a.id, q.id)] = interaction(q, options.reponses);
    } else {
      out[iri.activite(a.id)] = { type: ACTIVITY_TYPES.simulation, name: fr(a.titre), description: fr(a.contexte) };
      for (const n of a.noeuds) {
        if (n.type !== 'situation') continue;
        const d: Definition = {
          type: ACTIVITY_TYPES.interaction,
          name: fr(`${a.titre} — ${n.titre ?? n.id}`),
          description: fr(n.texte),
          interactionType: 'choice',
          choices: n.choix.map((c) => comp(c.id, c.texte)),
        };
        out[iri.noeud(a.id, n.id)] = d;
      }
    }
  }
  return out;
}

/** The definition of a critère's IRI (an objective of the référentiel). */
function definitionCritere(id: string): Definition | null {
  const m = /referentiel\/(.+)$/.exec(id);
  if (!m || !id.startsWith(NS) || !isCritereId(m[1])) return null;
  return { type: ACTIVITY_TYPES.objective, name: { [LANGUE]: `${m[1]} — ${critereById(m[1]).intitule}` } };
}

/** The definition of an IRI: ours, or that of the same activity played in H5P. */
export function definitionOf(id: string, catalogue: Catalogue): Definition | undefined {
  return catalogue[id] ?? (id.startsWith(`${NS}h5p/`) ? catalogue[`${NS}activites/${id.slice(`${NS}h5p/`.length)}`] : undefined);
}

const VERB_BY_IRI = new Map<string, VerbKey>(Object.entries(VERBS).map(([k, v]) => [v, k as VerbKey]));

/** One stored statement as a full xAPI 1.0.3 statement. */
export function fullStatement(s: Statement, catalogue: Catalogue): Record<string, unknown> {
  const verb = VERB_BY_IRI.get(s.verb.id);
  const known = definitionOf(s.object.id, catalogue);
  const definition = { ...(known ?? {}), ...(s.object.definition?.type ? { type: s.object.definition.type } : {}) };
  if (!definition.name) (definition as { name?: LangMap }).name = { [LANGUE]: decodeURIComponent(s.object.id.split('/').slice(-1)[0] ?? s.object.id) };
  const activity = (id: string) => {
    const def = definitionOf(id, catalogue) ?? definitionCritere(id);
    return { objectType: 'Activity', id, ...(def ? { definition: def } : {}) };
  };
  const ca = s.context?.contextActivities;
  const contextActivities: Record<string, unknown> = {};
  if (ca?.parent?.length) contextActivities.parent = ca.parent.map((p) => activity(p.id));
  if (ca?.grouping?.length) contextActivities.grouping = ca.grouping.map((g) => activity(g.id));
  return {
    id: s.id,
    timestamp: s.timestamp,
    actor: { objectType: 'Agent', account: { homePage: s.actor.account.homePage, name: s.actor.account.name } },
    verb: { id: s.verb.id, display: { [LANGUE]: verb ? VERB_LABELS[verb] : s.verb.id } },
    object: { objectType: 'Activity', id: s.object.id, definition },
    ...(s.result ? { result: s.result } : {}),
    context: {
      ...(Object.keys(contextActivities).length > 0 ? { contextActivities } : {}),
      language: LANGUE,
      platform: PLATEFORME,
      ...(s.context?.extensions ? { extensions: s.context.extensions } : {}),
    },
  };
}

export function fullStatements(list: readonly Statement[], catalogue: Catalogue): Record<string, unknown>[] {
  return list.map((s) => fullStatement(s, catalogue));
}
