/**
 * Our activities ⇄ the parameters (content.json) of our H5P content type
 * H5P.MoniteurAtelier (semantics in src/build/h5p/semantics.ts).
 *
 * H5P has no map type, so records become lists (pairs, gaps, scores, debriefs);
 * a group with a single field is stored as its bare value (H5P rule). H5P hosts
 * escape plain-text fields as HTML entities (&#039; …): `fromParams` decodes them.
 * `fromParams(toParams(a))` gives back `a` (property-tested); any other content is
 * checked with the same author checks as our quiz files before it is played.
 */
import type { Activite } from '../activite';
import { checkActivite } from '../activite';
import type { Cas, Choix, Noeud, QualiteFin } from '../cas/types';
import { isQuestionKind, type Question, type Quiz, type Tableau } from '../quiz/types';
import { assertNever } from '../exhaustif';
import type { BlocId, CritereId } from '../../referentiel';

export interface FormuleH5P {
  readonly latex: string;
  readonly mathml: string;
}

/**
 * MathML in content.json is base64 of its UTF-8 bytes: an H5P host filters a
 * field of HTML by tag and drops every MathML attribute (xmlns, displaystyle,
 * scriptlevel, encoding…), and escapes a plain-text field; base64 goes through
 * both unchanged. Content written before 1.1 holds the markup itself: still read.
 */
export function mathmlVersParams(mathml: string): string {
  let binaire = '';
  for (const octet of new TextEncoder().encode(mathml)) binaire += String.fromCharCode(octet);
  return btoa(binaire);
}

export function mathmlDeParams(valeur: string): string {
  if (valeur.trimStart().startsWith('<')) return valeur;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(atob(valeur), (c) => c.charCodeAt(0)));
  } catch {
    return '';
  }
}

/** Parameters of H5P.MoniteurAtelier (content.json). Loosely typed: validated on read. */
export type Params = Record<string, unknown>;

const opt = <T>(key: string, value: T | undefined | null): Record<string, T> =>
  value === undefined || value === null || (typeof value === 'string' && value === '') ? {} : { [key]: value };

function tableauToParams(t: Tableau): Params {
  return { ...opt('titre', t.titre), entetes: [...t.entetes], lignes: t.lignes.map((l) => [...l]) };
}

function questionToParams(q: Question): Params {
  const base: Params = {
    type: q.type,
    id: q.id,
    enonce: q.enonce,
    criteres: [...q.criteres],
    explication: q.explication,
    source: q.source,
    ...opt('indice', q.indice),
    ...(q.tableau ? { tableau: tableauToParams(q.tableau) } : {}),
  };
  switch (q.type) {
    case 'choix-unique':
      return { ...base, options: q.options.map((o) => ({ id: o.id, texte: o.texte, feedback: o.feedback, correct: o.id === q.reponse })) };
    case 'choix-multiples':
      return { ...base, options: q.options.map((o) => ({ id: o.id, texte: o.texte, feedback: o.feedback, correct: q.reponses.includes(o.id) })) };
    case 'vrai-faux':
      return { ...base, reponseVrai: q.reponse, feedbackVrai: q.feedback.vrai, feedbackFaux: q.feedback.faux };
    case 'association':
      return {
        ...base,
        gauche: q.gauche.map((g) => ({ id: g.id, texte: g.texte, feedback: g.feedback, partenaire: q.paires[g.id] })),
        droite: q.droite.map((d) => ({ id: d.id, texte: d.texte })),
      };
    case 'ordre':
      return { ...base, etapes: q.etapes.map((e) => ({ id: e.id, texte: e.texte, feedback: e.feedback })) };
    case 'texte-a-trous':
      return {
        ...base,
        texte: q.texte,
        trous: Object.entries(q.trous).map(([nom, t]) => ({ nom, acceptees: [...t.acceptees], feedback: t.feedback, casse: t.casse ?? false, accents: t.accents ?? false })),
      };
    case 'numerique':
      return {
        ...base,
        numerique: {
          valeur: q.reponse.valeur,
          tolerance: q.reponse.tolerance,
          ...opt('unite', q.reponse.unite),
          feedbackJuste: q.feedback.juste,
          feedbackFaux: q.feedback.faux,
          ...(q.pieges && q.pieges.length > 0 ? { pieges: q.pieges.map((p) => ({ valeur: p.valeur, feedback: p.feedback })) } : {}),
        },
      };
    default:
      return assertNever(q, 'type de question');
  }
}

function noeudToParams(n: Noeud): Params {
  const commun = {
    id: n.id,
    texte: n.texte,
    ...(n.variantes && n.variantes.length > 0
      ? { variantes: n.variantes.map((v) => ({ ...(v.si ? { si: [...v.si] } : {}), ...(v.sauf ? { sauf: [...v.sauf] } : {}), texte: v.texte })) }
      : {}),
    ...(n.suppose && n.suppose.length > 0 ? { suppose: [...n.suppose] } : {}),
    ...(n.exclut && n.exclut.length > 0 ? { exclut: [...n.exclut] } : {}),
  };
  if (n.type === 'fin') return { type: 'fin', ...commun, titre: n.titre, issues: [...n.issues] };
  return {
    type: 'situation',
    ...commun,
    ...opt('titre', n.titre),
    choix: n.choix.map((c) => ({
      id: c.id,
      texte: c.texte,
      suivant: c.suivant,
      consequence: c.consequence,
      feedback: c.feedback,
      ...(c.pose && c.pose.length > 0 ? { pose: [...c.pose] } : {}),
      ...(c.si && c.si.length > 0 ? { si: [...c.si] } : {}),
      ...(c.sauf && c.sauf.length > 0 ? { sauf: [...c.sauf] } : {}),
      ...(c.piege ? { piege: true } : {}),
      scores: Object.entries(c.scores).map(([critere, note]) => ({ critere, note: String(note) })),
    })),
  };
}

export function toParams(activite: Activite, formules: readonly FormuleH5P[] = []): Params {
  const base: Params = {
    genre: activite.kind,
    id: activite.id,
    titre: activite.titre,
    ...opt('description', activite.description),
    bloc: activite.bloc,
    seuil: activite.kind === 'quiz' ? Math.round((activite.seuil ?? 0.7) * 100) : 70,
    ...(formules.length > 0 ? { formules: formules.map((f) => ({ latex: f.latex, mathml: mathmlVersParams(f.mathml) })) } : {}),
  };
  if (activite.kind === 'quiz') return { ...base, questions: activite.questions.map(questionToParams) };
  return {
    ...base,
    cas: {
      contexte: activite.contexte,
      ...(activite.personnages && activite.personnages.length > 0 ? { personnages: activite.personnages.map((p) => ({ nom: p.nom, role: p.role })) } : {}),
      ...(activite.drapeaux && Object.keys(activite.drapeaux).length > 0
        ? { drapeaux: Object.entries(activite.drapeaux).map(([id, sens]) => ({ id, sens })) }
        : {}),
      debut: activite.debut,
      noeuds: activite.noeuds.map(noeudToParams),
      debrief: activite.criteres.map((c) => ({ critere: c, texte: activite.debrief[c]?.texte ?? '', ...opt('lien', activite.debrief[c]?.lien) })),
    },
  };
}

// ---------------------------------------------------------------------------
// Reading parameters back.

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the HTML entities H5P hosts put in plain-text fields. */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : match;
    }
    return ENTITIES[code.toLowerCase()] ?? match;
  });
}

type Raw = Record<string, unknown>;
const obj = (v: unknown): Raw => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Raw) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string => (typeof v === 'string' ? decodeEntities(v) : '');
const optStr = (key: string, v: unknown): Record<string, string> => (typeof v === 'string' && v !== '' ? { [key]: decodeEntities(v) } : {});

function tableauFrom(v: unknown): Tableau | undefined {
  const t = obj(v);
  if (!Array.isArray(t.entetes)) return undefined;
  return {
    ...optStr('titre', t.titre),
    entetes: arr(t.entetes).map(str),
    lignes: arr(t.lignes).map((l) => (Array.isArray(l) ? l : arr(obj(l).cellules)).map(str)),
  };
}

function questionFrom(v: unknown): Question {
  const q = obj(v);
  const base = {
    id: str(q.id),
    enonce: str(q.enonce),
    criteres: arr(q.criteres).map(str) as CritereId[],
    explication: str(q.explication),
    source: str(q.source),
    ...optStr('indice', q.indice),
    ...(tableauFrom(q.tableau) ? { tableau: tableauFrom(q.tableau)! } : {}),
  };
  const options = arr(q.options).map(obj);
  const kind = q.type;
  // An unknown kind is kept as it is: checkQuiz names it to the author.
  if (!isQuestionKind(kind)) return { ...base, type: str(kind) } as unknown as Question;
  switch (kind) {
    case 'choix-unique':
      return {
        ...base,
        type: 'choix-unique',
        options: options.map((o) => ({ id: str(o.id), texte: str(o.texte), feedback: str(o.feedback) })),
        reponse: str(options.find((o) => o.correct === true)?.id),
      };
    case 'choix-multiples':
      return {
        ...base,
        type: 'choix-multiples',
        options: options.map((o) => ({ id: str(o.id), texte: str(o.texte), feedback: str(o.feedback) })),
        reponses: options.filter((o) => o.correct === true).map((o) => str(o.id)),
      };
    case 'vrai-faux':
      return { ...base, type: 'vrai-faux', reponse: q.reponseVrai === true, feedback: { vrai: str(q.feedbackVrai), faux: str(q.feedbackFaux) } };
    case 'association': {
      const gauche = arr(q.gauche).map(obj);
      return {
        ...base,
        type: 'association',
        gauche: gauche.map((g) => ({ id: str(g.id), texte: str(g.texte), feedback: str(g.feedback) })),
        droite: arr(q.droite).map(obj).map((d) => ({ id: str(d.id), texte: str(d.texte) })),
        paires: Object.fromEntries(gauche.map((g) => [str(g.id), str(g.partenaire)])),
      };
    }
    case 'ordre':
      return { ...base, type: 'ordre', etapes: arr(q.etapes).map(obj).map((e) => ({ id: str(e.id), texte: str(e.texte), feedback: str(e.feedback) })) };
    case 'texte-a-trous':
      return {
        ...base,
        type: 'texte-a-trous',
        texte: str(q.texte),
        trous: Object.fromEntries(
          arr(q.trous)
            .map(obj)
            .map((t) => [
              str(t.nom),
              { acceptees: arr(t.acceptees).map(str), feedback: str(t.feedback), ...(t.casse === true ? { casse: true } : {}), ...(t.accents === true ? { accents: true } : {}) },
            ]),
        ),
      };
    case 'numerique': {
      const n = obj(q.numerique);
      const pieges = arr(n.pieges).map(obj).map((p) => ({ valeur: Number(p.valeur), feedback: str(p.feedback) }));
      return {
        ...base,
        type: 'numerique',
        reponse: { valeur: Number(n.valeur), tolerance: Number(n.tolerance), unite: str(n.unite) },
        ...(pieges.length > 0 ? { pieges } : {}),
        feedback: { juste: str(n.feedbackJuste), faux: str(n.feedbackFaux) },
      };
    }
    default:
      return assertNever(kind, 'type de question');
  }
}

/** A list of fact ids, or nothing when the list is absent or empty. */
function faitsFrom(name: 'pose' | 'si' | 'sauf' | 'suppose' | 'exclut', v: unknown): Record<string, string[]> {
  const list = arr(v).map(str);
  return list.length > 0 ? { [name]: list } : {};
}

function noeudFrom(v: unknown): Noeud {
  const n = obj(v);
  const variantes = arr(n.variantes)
    .map(obj)
    .map((x) => ({ ...faitsFrom('si', x.si), ...faitsFrom('sauf', x.sauf), texte: str(x.texte) }));
  const commun = {
    id: str(n.id),
    texte: str(n.texte),
    ...(variantes.length > 0 ? { variantes } : {}),
    ...faitsFrom('suppose', n.suppose),
    ...faitsFrom('exclut', n.exclut),
  };
  if (n.type === 'fin') {
    // Contents saved with version 1.0 carry one « qualite » instead of « issues ».
    const issues = arr(n.issues).map(str);
    return { type: 'fin', ...commun, titre: str(n.titre), issues: (issues.length > 0 ? issues : [str(n.qualite)]) as QualiteFin[] };
  }
  return {
    type: 'situation',
    ...commun,
    ...optStr('titre', n.titre),
    choix: arr(n.choix)
      .map(obj)
      .map(
        (c): Choix => ({
          id: str(c.id),
          texte: str(c.texte),
          suivant: str(c.suivant),
          consequence: str(c.consequence),
          feedback: str(c.feedback),
          ...faitsFrom('pose', c.pose),
          ...faitsFrom('si', c.si),
          ...faitsFrom('sauf', c.sauf),
          ...(c.piege === true ? { piege: true as const } : {}),
          scores: Object.fromEntries(arr(c.scores).map(obj).map((s) => [str(s.critere), Number(s.note)])),
        }),
      ),
  };
}

export type LectureParams =
  | { readonly ok: true; readonly activite: Activite; readonly formules: readonly FormuleH5P[] }
  | { readonly ok: false; readonly problemes: readonly string[] };

/** Reads and checks parameters; never throws. */
export function fromParams(params: unknown): LectureParams {
  const p = obj(params);
  const formules = arr(p.formules)
    .map(obj)
    .map((f) => ({ latex: str(f.latex), mathml: typeof f.mathml === 'string' ? mathmlDeParams(f.mathml) : '' }));
  const seuil = typeof p.seuil === 'number' ? p.seuil / 100 : 0.7;
  let activite: Activite;
  if (p.genre === 'cas') {
    const c = obj(p.cas);
    const debrief = arr(c.debrief).map(obj);
    activite = {
      kind: 'cas',
      id: str(p.id),
      titre: str(p.titre),
      ...optStr('description', p.description),
      bloc: str(p.bloc) as BlocId,
      contexte: str(c.contexte),
      ...(Array.isArray(c.personnages) ? { personnages: arr(c.personnages).map(obj).map((x) => ({ nom: str(x.nom), role: str(x.role) })) } : {}),
      criteres: debrief.map((d) => str(d.critere)) as CritereId[],
      ...(Array.isArray(c.drapeaux) && c.drapeaux.length > 0
        ? { drapeaux: Object.fromEntries(arr(c.drapeaux).map(obj).map((d) => [str(d.id), str(d.sens)])) }
        : {}),
      debut: str(c.debut),
      noeuds: arr(c.noeuds).map(noeudFrom),
      debrief: Object.fromEntries(debrief.map((d) => [str(d.critere), { texte: str(d.texte), ...optStr('lien', d.lien) }])),
    } satisfies Cas;
  } else {
    activite = {
      kind: 'quiz',
      id: str(p.id),
      titre: str(p.titre),
      ...optStr('description', p.description),
      bloc: str(p.bloc) as BlocId,
      ...(Math.abs(seuil - 0.7) > 1e-9 ? { seuil } : {}),
      questions: arr(p.questions).map(questionFrom),
    } satisfies Quiz;
  }
  const problemes = checkActivite(activite).map((x) => `${x.question ? `« ${x.question} » › ` : ''}${x.champ} : ${x.message}`);
  return problemes.length > 0 ? { ok: false, problemes } : { ok: true, activite, formules };
}
