/**
 * A corpus of malformed activities, as an author could write them (in plain
 * JavaScript, or with `as any`, the compiler cannot stop them). Each one must be
 * refused with a French message naming the file, the item and the field, and all
 * problems must come out in one run.
 */
import { checkActivite, type Probleme } from '@site/src/domain/activite';
import { formatProbleme } from '@site/src/build/activites/activites';
import { checkBank } from '@site/src/domain/quiz/check';

type Raw = Record<string, unknown>;

const option = (id: string, texte = `Texte ${id}`, feedback = `Retour ${id}`) => ({ id, texte, feedback });

function question(overrides: Raw = {}): Raw {
  return {
    type: 'choix-unique',
    id: 'q1',
    enonce: 'Que faites-vous en premier ?',
    criteres: ['B1.C1.CR1'],
    options: [option('a'), option('b'), option('c')],
    reponse: 'b',
    explication: 'Parce que.',
    source: 'CASF art. L344-2',
    ...overrides,
  };
}

function quiz(id: string, questions: Raw[], overrides: Raw = {}): Raw {
  return { kind: 'quiz', id, titre: 'Quiz', bloc: 'B1', questions, ...overrides };
}

function cas(id: string, overrides: Raw = {}): Raw {
  return {
    kind: 'cas',
    id,
    titre: 'Cas',
    bloc: 'B1',
    contexte: 'Un atelier.',
    criteres: ['B1.C1.CR1'],
    debut: 'n1',
    noeuds: [
      {
        type: 'situation',
        id: 'n1',
        texte: 'Décision.',
        choix: [
          { id: 'a', texte: 'A', suivant: 'fin', consequence: 'c', feedback: 'f', scores: { 'B1.C1.CR1': 2 } },
          { id: 'b', texte: 'B', suivant: 'fin', consequence: 'c', feedback: 'f', scores: { 'B1.C1.CR1': 0 } },
        ],
      },
      { type: 'fin', id: 'fin', titre: 'Fin', texte: 'Fin.', issues: ['optimale', 'acceptable', 'a-revoir'] },
    ],
    debrief: { 'B1.C1.CR1': { texte: 'Débrief.' } },
    ...overrides,
  };
}

interface Item {
  readonly nom: string;
  readonly activite: Raw;
  readonly question?: string;
  readonly champ: RegExp;
  readonly message: RegExp;
}

const situation = (id: string, choix: Raw[]) => ({ type: 'situation', id, texte: 'Décision.', choix });
const choix = (id: string, suivant: string, scores: Raw = { 'B1.C1.CR1': 1 }, extra: Raw = {}) => ({
  id,
  texte: id,
  suivant,
  consequence: 'c',
  feedback: 'f',
  scores,
  ...extra,
});

const CORPUS: Item[] = [
  { nom: 'type inconnu', activite: quiz('m01', [question({ type: 'qcm' })]), question: 'q1', champ: /^type$/, message: /type inconnu « qcm »/ },
  {
    nom: 'identifiant d’option en double',
    activite: quiz('m02', [question({ options: [option('a'), option('a', 'Autre')] , reponse: 'a'})]),
    question: 'q1',
    champ: /options\[1\]\.id/,
    message: /en double/,
  },
  { nom: 'réponse hors des options', activite: quiz('m03', [question({ reponse: 'z' })]), question: 'q1', champ: /^reponse$/, message: /n'est l'identifiant d'aucune option/ },
  { nom: 'choix unique sans réponse', activite: quiz('m04', [question({ reponse: undefined })]), question: 'q1', champ: /^reponse$/, message: /aucune option/ },
  {
    nom: 'choix unique avec deux réponses',
    activite: quiz('m05', [question({ reponse: ['a', 'b'] })]),
    question: 'q1',
    champ: /^reponse$/,
    message: /aucune option/,
  },
  { nom: 'énoncé vide', activite: quiz('m06', [question({ enonce: '  ' })]), question: 'q1', champ: /^enonce$/, message: /énoncé manquant/ },
  { nom: 'explication absente', activite: quiz('m07', [question({ explication: undefined })]), question: 'q1', champ: /^explication$/, message: /explication manquante/ },
  { nom: 'source absente', activite: quiz('m08', [question({ source: '' })]), question: 'q1', champ: /^source$/, message: /source/ },
  { nom: 'critère inconnu', activite: quiz('m09', [question({ criteres: ['B1.C1.CR9'] })]), question: 'q1', champ: /criteres\[0\]/, message: /critère inconnu « B1\.C1\.CR9 »/ },
  { nom: 'aucun critère', activite: quiz('m10', [question({ criteres: [] })]), question: 'q1', champ: /^criteres$/, message: /au moins un critère/ },
  { nom: 'critère d’un autre bloc', activite: quiz('m11', [question({ criteres: ['B2.C1.CR1'] })]), question: 'q1', champ: /criteres\[0\]/, message: /appartient au bloc B2/ },
  { nom: 'balise <script> dans un texte', activite: quiz('m12', [question({ enonce: 'Voir <script>alert(1)</script>' })]), question: 'q1', champ: /^enonce$/, message: /balise HTML/ },
  {
    nom: 'lien javascript: dans un retour',
    activite: quiz('m13', [question({ options: [option('a'), option('b', 'B', 'cliquez javascript:alert(1)'), option('c')] })]),
    question: 'q1',
    champ: /options\[1\]\.feedback/,
    message: /javascript:/,
  },
  { nom: 'option sans retour', activite: quiz('m14', [question({ options: [option('a'), option('b', 'B', ''), option('c')] })]), question: 'q1', champ: /options\[1\]\.feedback/, message: /feedback/ },
  {
    nom: 'distracteur identique à la réponse',
    activite: quiz('m15', [question({ options: [option('a', 'Même texte'), option('b', 'Même texte'), option('c')] })]),
    question: 'q1',
    champ: /options\[1\]\.texte/,
    message: /même texte que options\[0\]/,
  },
  {
    nom: 'identifiant d’option qui trahit la réponse',
    activite: quiz('m16', [question({ options: [option('a'), option('bonne'), option('c')], reponse: 'bonne' })]),
    question: 'q1',
    champ: /options\[1\]\.id/,
    message: /trahit la réponse/,
  },
  {
    nom: 'choix multiples sans distracteur',
    activite: quiz('m17', [question({ type: 'choix-multiples', reponse: undefined, reponses: ['a', 'b', 'c'] })]),
    question: 'q1',
    champ: /^reponses$/,
    message: /ajoutez au moins un distracteur/,
  },
  {
    nom: 'ordre avec une étape en double',
    activite: quiz('m18', [
      question({
        type: 'ordre',
        options: undefined,
        reponse: undefined,
        etapes: [
          { id: 'e1', texte: 'Un', feedback: 'f' },
          { id: 'e1', texte: 'Deux', feedback: 'f' },
          { id: 'e3', texte: 'Trois', feedback: 'f' },
          { id: 'e4', texte: 'Quatre', feedback: 'f' },
        ],
      }),
    ]),
    question: 'q1',
    champ: /etapes\[1\]\.id/,
    message: /en double/,
  },
  {
    nom: 'tolérance négative',
    activite: quiz('m19', [
      question({
        type: 'numerique',
        options: undefined,
        reponse: { valeur: 12, tolerance: -1, unite: 'h' },
        feedback: { juste: 'j', faux: 'f' },
        explication: 'Calcul : $6 \\times 2 = 12$.',
      }),
    ]),
    question: 'q1',
    champ: /reponse\.tolerance/,
    message: /positif ou nul/,
  },
  {
    nom: 'numérique sans formule dans l’explication',
    activite: quiz('m20', [
      question({ type: 'numerique', options: undefined, reponse: { valeur: 12, tolerance: 0, unite: 'h' }, feedback: { juste: 'j', faux: 'f' } }),
    ]),
    question: 'q1',
    champ: /^explication$/,
    message: /formule/,
  },
  {
    nom: 'trou sans réponse acceptée',
    activite: quiz('m21', [
      question({ type: 'texte-a-trous', options: undefined, reponse: undefined, texte: 'Le DUERP est gardé [[ans]] ans.', trous: { ans: { acceptees: [], feedback: 'f' } } }),
    ]),
    question: 'q1',
    champ: /trous\.ans\.acceptees/,
    message: /au moins une réponse acceptée/,
  },
  {
    nom: 'trou du texte non défini',
    activite: quiz('m22', [question({ type: 'texte-a-trous', options: undefined, reponse: undefined, texte: 'Il faut [[x]] et [[y]].', trous: { x: { acceptees: ['a'], feedback: 'f' } } })]),
    question: 'q1',
    champ: /trous\.y/,
    message: /n'a pas de réponses acceptées/,
  },
  {
    nom: 'association avec une paire vers un élément inconnu',
    activite: quiz('m23', [
      question({
        type: 'association',
        options: undefined,
        reponse: undefined,
        gauche: [
          { id: 'g1', texte: 'G1', feedback: 'f' },
          { id: 'g2', texte: 'G2', feedback: 'f' },
        ],
        droite: [
          { id: 'd1', texte: 'D1' },
          { id: 'd2', texte: 'D2' },
        ],
        paires: { g1: 'd1', g2: 'd9' },
      }),
    ]),
    question: 'q1',
    champ: /paires\.g2/,
    message: /n'est pas un élément de droite/,
  },
  { nom: 'identifiants de questions en double', activite: quiz('m24', [question(), question({ enonce: 'Autre énoncé ?' })]), question: 'q1', champ: /^id$/, message: /en double dans ce quiz/ },
  { nom: 'quiz sans question', activite: quiz('m25', []), champ: /^questions$/, message: /au moins une question/ },
  { nom: 'bloc inconnu', activite: quiz('m26', [question()], { bloc: 'B4' }), champ: /^bloc$/, message: /bloc inconnu « B4 »/ },
  { nom: 'seuil hors limites', activite: quiz('m27', [question()], { seuil: 70 }), champ: /^seuil$/, message: /entre 0 et 1/ },
  { nom: 'tirage plus grand que le quiz', activite: quiz('m28', [question()], { tirage: 5 }), champ: /^tirage$/, message: /entre 1 et 1/ },
  { nom: 'formule non fermée', activite: quiz('m29', [question({ explication: 'Le TRS vaut $D \\times P.' })]), question: 'q1', champ: /^explication$/, message: /formule non fermée/ },
  { nom: 'départ inexistant', activite: cas('m30', { debut: 'n0' }), champ: /^debut$/, message: /« n0 » n'existe pas/ },
  {
    nom: 'nœud inaccessible',
    activite: cas('m31', {
      noeuds: [...(cas('x').noeuds as Raw[]), situation('orphelin', [choix('a', 'fin'), choix('b', 'fin')])],
    }),
    question: 'orphelin',
    champ: /^noeuds$/,
    message: /inaccessible/,
  },
  {
    nom: 'impasse (situation sans issue)',
    activite: cas('m32', {
      noeuds: [situation('n1', [choix('a', 'fin', { 'B1.C1.CR1': 2 }), choix('b', 'impasse')]), situation('impasse', [choix('c', 'impasse'), choix('d', 'impasse')]), { type: 'fin', id: 'fin', titre: 'Fin', texte: 'Fin.', issues: ['optimale', 'acceptable', 'a-revoir'] }],
    }),
    question: 'impasse',
    champ: /^noeuds$/,
    message: /aucune fin n'est atteignable/,
  },
  {
    nom: 'boucle sans sortie',
    activite: cas('m33', {
      noeuds: [
        situation('n1', [choix('a', 'fin', { 'B1.C1.CR1': 2 }), choix('b', 'boucle1')]),
        situation('boucle1', [choix('c', 'boucle2'), choix('d', 'boucle2')]),
        situation('boucle2', [choix('e', 'boucle1'), choix('f', 'boucle1')]),
        { type: 'fin', id: 'fin', titre: 'Fin', texte: 'Fin.', issues: ['optimale', 'acceptable', 'a-revoir'] },
      ],
    }),
    question: 'boucle1',
    champ: /^noeuds$/,
    message: /boucle sans sortie/,
  },
  {
    nom: 'choix vers un nœud inexistant',
    activite: cas('m34', { noeuds: [situation('n1', [choix('a', 'fin', { 'B1.C1.CR1': 2 }), choix('b', 'ailleurs')]), { type: 'fin', id: 'fin', titre: 'Fin', texte: 'Fin.', issues: ['optimale', 'acceptable', 'a-revoir'] }] }),
    question: 'n1',
    champ: /choix\[1\]\.suivant/,
    message: /nœud inexistant « ailleurs »/,
  },
  {
    nom: 'une fin qui ne raconte pas l’issue calculée sur le chemin',
    activite: cas('m35', { noeuds: [situation('n1', [choix('a', 'fin', { 'B1.C1.CR1': 2 }), choix('b', 'fin', { 'B1.C1.CR1': 0 })]), { type: 'fin', id: 'fin', titre: 'Fin', texte: 'Fin.', issues: ['optimale'] }] }),
    question: 'fin',
    champ: /^issues$/,
    message: /un chemin obtient 0 % des points \(Issue à retravailler\) mais cette fin ne déclare que « optimale »/,
  },
  {
    nom: 'choix sans retour',
    activite: cas('m36', { noeuds: [situation('n1', [choix('a', 'fin', { 'B1.C1.CR1': 2 }, { feedback: '' }), choix('b', 'fin')]), { type: 'fin', id: 'fin', titre: 'Fin', texte: 'Fin.', issues: ['optimale', 'acceptable', 'a-revoir'] }] }),
    question: 'n1',
    champ: /choix\[0\]\.feedback/,
    message: /retour \(feedback\) manquant/,
  },
  {
    nom: 'note hors barème',
    activite: cas('m37', { noeuds: [situation('n1', [choix('a', 'fin', { 'B1.C1.CR1': 5 }), choix('b', 'fin')]), { type: 'fin', id: 'fin', titre: 'Fin', texte: 'Fin.', issues: ['optimale', 'acceptable', 'a-revoir'] }] }),
    question: 'n1',
    champ: /choix\[0\]\.scores\.B1\.C1\.CR1/,
    message: /0, 1 ou 2/,
  },
  { nom: 'débriefing manquant', activite: cas('m38', { debrief: {} }), champ: /debrief\.B1\.C1\.CR1/, message: /débriefing manquant/ },
  {
    nom: 'situation avec un seul choix',
    activite: cas('m39', { noeuds: [situation('n1', [choix('a', 'fin', { 'B1.C1.CR1': 2 })]), { type: 'fin', id: 'fin', titre: 'Fin', texte: 'Fin.', issues: ['optimale', 'acceptable', 'a-revoir'] }] }),
    question: 'n1',
    champ: /^choix$/,
    message: /au moins deux choix/,
  },
  {
    nom: 'critère du cas jamais noté',
    activite: cas('m40', { criteres: ['B1.C1.CR1', 'B1.C1.CR2'], debrief: { 'B1.C1.CR1': { texte: 'a' }, 'B1.C1.CR2': { texte: 'b' } } }),
    champ: /^criteres$/,
    message: /B1\.C1\.CR2 n'est noté par aucun choix/,
  },
];

const fileOf = (id: string, kind: unknown) => `quizzes/essais/${id}.${kind === 'cas' ? 'cas' : 'quiz'}.ts`;
const files = new Map(CORPUS.map((i) => [String(i.activite.id), fileOf(String(i.activite.id), i.activite.kind)]));

test('the corpus holds at least 30 malformed items', () => {
  expect(CORPUS.length).toBeGreaterThanOrEqual(30);
});

describe.each(CORPUS.map((item) => [item.nom, item] as const))('%s', (_nom, item) => {
  test('is refused with a French message naming the file, the item and the field', () => {
    const problems: Probleme[] = checkActivite(item.activite);
    const match = problems.find(
      (p) => item.champ.test(p.champ) && item.message.test(p.message) && (item.question === undefined || p.question === item.question),
    );
    if (!match) {
      throw new Error(`Problème attendu non trouvé (${item.champ} / ${item.message}). Reçu :\n${problems.map((p) => formatProbleme(p, files)).join('\n')}`);
    }
    const line = formatProbleme(match, files);
    expect(line.startsWith(files.get(String(item.activite.id))!)).toBe(true);
    if (item.question) expect(line).toContain(`« ${item.question} »`);
    expect(line).toContain(match.champ);
  });
});

test('all problems of all files come out in one run', () => {
  const all = CORPUS.flatMap((i) => checkActivite(i.activite));
  const activitiesWithProblems = new Set(all.map((p) => p.activite));
  expect(activitiesWithProblems.size).toBe(CORPUS.length);
});

test('duplicate statements across the bank are reported', () => {
  const problems = checkBank([
    { id: 'a', questions: [{ id: 'q1', enonce: 'Même question ?' }] },
    { id: 'b', questions: [{ id: 'q9', enonce: '  même   QUESTION ? ' }] },
  ]);
  expect(problems).toEqual([{ activite: 'b', question: 'q9', champ: 'enonce', message: 'même énoncé que a/q1' }]);
});

test('a valid base passes (the corpus items fail for their own reason)', () => {
  expect(checkActivite(quiz('valide', [question()]))).toEqual([]);
  expect(checkActivite(cas('valide'))).toEqual([]);
});
