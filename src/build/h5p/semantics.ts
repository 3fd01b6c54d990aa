/**
 * semantics.json of our content type H5P.MoniteurAtelier, written as data so that
 * the library's semantics.json and language/fr.json are generated from one
 * source (src/build/h5p/construire.ts). It describes the parameters produced by
 * src/domain/h5p/contenu.ts from our typed activities: H5P has no map type, so
 * every record of the domain (pairs, gaps, scores, debriefs) is a list here.
 */
import type { Field } from '../../domain/h5p/semantique';
import { QUESTION_KINDS, KIND_LABELS } from '../../domain/quiz/types';

export const MACHINE_NAME = 'H5P.MoniteurAtelier';
// 1.1: formulas' MathML stored in base64 (an H5P host's HTML filter kept the tags but dropped every
// attribute); case studies gain facts, path-dependent paragraphs and endings' « issues » (computed bands).
export const VERSION = { majorVersion: 1, minorVersion: 1, patchVersion: 0 } as const;
export const LIBRARY_FOLDER = `${MACHINE_NAME}-${VERSION.majorVersion}.${VERSION.minorVersion}`;
export const LIBRARY_NAME = `${MACHINE_NAME} ${VERSION.majorVersion}.${VERSION.minorVersion}`;

const CRITERE = { pattern: '^B[1-3]\\.C\\d\\.CR\\d$' } as const;
const ID = { pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' } as const;

const texte = (name: string, label: string, extra: Partial<Field> = {}): Field => ({ name, type: 'text', label, ...extra });
const liste = (name: string, label: string, entity: string, field: Field, extra: Partial<Field> = {}): Field => ({
  name,
  type: 'list',
  label,
  entity,
  field,
  ...extra,
});
const groupe = (name: string, label: string, fields: Field[], extra: Partial<Field> = {}): Field => ({ name, type: 'group', label, fields, ...extra });
const criteres = (optional = false): Field =>
  liste('criteres', 'Critères du référentiel', 'critère', texte('critere', 'Critère (ex. B1.C2.CR1)', { regexp: CRITERE }), {
    min: optional ? 0 : 1,
    ...(optional ? { optional: true } : {}),
  });
const formuleTexte = (name: string, label: string, optional = false) =>
  texte(name, label, { widget: 'textarea', ...(optional ? { optional: true } : {}), description: 'Texte simple ; **gras**, _italique_ et $formules$ permis.' });

const question: Field = groupe('question', 'Question', [
  {
    name: 'type',
    type: 'select',
    label: 'Type de question',
    options: QUESTION_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] })),
    default: 'choix-unique',
  },
  texte('id', 'Identifiant', { regexp: ID }),
  formuleTexte('enonce', 'Énoncé'),
  criteres(),
  formuleTexte('explication', 'Explication (principe et source)'),
  texte('source', 'Source (référence juridique ou leçon)'),
  formuleTexte('indice', 'Indice', true),
  groupe(
    'tableau',
    'Tableau de données',
    [
      texte('titre', 'Titre', { optional: true }),
      liste('entetes', 'En-têtes', 'en-tête', texte('entete', 'En-tête')),
      liste('lignes', 'Lignes', 'ligne', groupe('ligne', 'Ligne', [liste('cellules', 'Cellules', 'cellule', texte('cellule', 'Cellule'))])),
    ],
    { optional: true },
  ),
  liste(
    'options',
    'Options (choix unique ou multiples)',
    'option',
    groupe('option', 'Option', [
      texte('id', 'Identifiant', { regexp: ID }),
      formuleTexte('texte', 'Texte'),
      formuleTexte('feedback', 'Retour'),
      { name: 'correct', type: 'boolean', label: 'Bonne réponse', default: false },
    ]),
    { optional: true },
  ),
  { name: 'reponseVrai', type: 'boolean', label: 'L’affirmation est vraie', default: false, optional: true },
  formuleTexte('feedbackVrai', 'Retour si l’on répond « Vrai »', true),
  formuleTexte('feedbackFaux', 'Retour si l’on répond « Faux »', true),
  liste(
    'gauche',
    'Éléments à associer (gauche)',
    'élément',
    groupe('element', 'Élément', [
      texte('id', 'Identifiant', { regexp: ID }),
      formuleTexte('texte', 'Texte'),
      formuleTexte('feedback', 'Retour'),
      texte('partenaire', 'Identifiant de l’élément de droite associé', { regexp: ID }),
    ]),
    { optional: true },
  ),
  liste(
    'droite',
    'Éléments à associer (droite)',
    'élément',
    groupe('element', 'Élément', [texte('id', 'Identifiant', { regexp: ID }), formuleTexte('texte', 'Texte')]),
    { optional: true },
  ),
  liste(
    'etapes',
    'Étapes, dans le bon ordre',
    'étape',
    groupe('etape', 'Étape', [texte('id', 'Identifiant', { regexp: ID }), formuleTexte('texte', 'Texte'), formuleTexte('feedback', 'Retour')]),
    { optional: true },
  ),
  formuleTexte('texte', 'Texte à trous (trous écrits [[nom]])', true),
  liste(
    'trous',
    'Trous',
    'trou',
    groupe('trou', 'Trou', [
      texte('nom', 'Nom du trou', { regexp: ID }),
      liste('acceptees', 'Réponses acceptées', 'réponse', texte('reponse', 'Réponse'), { min: 1 }),
      formuleTexte('feedback', 'Retour'),
      { name: 'casse', type: 'boolean', label: 'Respecter les majuscules', default: false },
      { name: 'accents', type: 'boolean', label: 'Respecter les accents', default: false },
    ]),
    { optional: true },
  ),
  groupe(
    'numerique',
    'Réponse numérique',
    [
      { name: 'valeur', type: 'number', label: 'Valeur', decimals: 6 },
      { name: 'tolerance', type: 'number', label: 'Tolérance', min: 0, decimals: 6 },
      texte('unite', 'Unité', { optional: true }),
      formuleTexte('feedbackJuste', 'Retour si juste'),
      formuleTexte('feedbackFaux', 'Retour si faux'),
      liste(
        'pieges',
        'Erreurs fréquentes',
        'erreur',
        groupe('piege', 'Erreur', [{ name: 'valeur', type: 'number', label: 'Valeur', decimals: 6 }, formuleTexte('feedback', 'Retour')]),
        { optional: true },
      ),
    ],
    { optional: true },
  ),
]);

/** A list of facts of the story (identifiers declared in « drapeaux »). */
const faits = (name: string, label: string): Field => liste(name, label, 'fait', texte('fait', 'Fait', { regexp: ID }), { optional: true });

const choix: Field = groupe('choix', 'Choix', [
  texte('id', 'Identifiant', { regexp: ID }),
  formuleTexte('texte', 'Texte'),
  texte('suivant', 'Nœud suivant', { regexp: ID }),
  formuleTexte('consequence', 'Conséquence'),
  formuleTexte('feedback', 'Retour'),
  faits('pose', 'Faits que ce choix rend vrais'),
  faits('si', 'Proposé seulement si ces faits sont vrais'),
  faits('sauf', 'Proposé seulement si ces faits sont faux'),
  { name: 'piege', type: 'boolean', label: 'Choix plausible qui tourne mal', default: false, optional: true },
  liste(
    'scores',
    'Notes par critère',
    'note',
    groupe('note', 'Note', [
      texte('critere', 'Critère', { regexp: CRITERE }),
      {
        name: 'note',
        type: 'select',
        label: 'Note',
        options: [
          { value: '0', label: '0 — à revoir' },
          { value: '1', label: '1 — acceptable' },
          { value: '2', label: '2 — pratique attendue' },
        ],
        default: '1',
      },
    ]),
    { optional: true },
  ),
]);

const cas: Field = groupe(
  'cas',
  'Mise en situation',
  [
    formuleTexte('contexte', 'Contexte'),
    liste('personnages', 'Personnages', 'personnage', groupe('personnage', 'Personnage', [texte('nom', 'Nom'), texte('role', 'Rôle')]), {
      optional: true,
    }),
    liste(
      'drapeaux',
      'Faits retenus par l’histoire',
      'fait',
      groupe('fait', 'Fait', [texte('id', 'Identifiant', { regexp: ID }), texte('sens', 'Ce que ce fait signifie')]),
      { optional: true },
    ),
    texte('debut', 'Nœud de départ', { regexp: ID }),
    liste(
      'noeuds',
      'Nœuds',
      'nœud',
      groupe('noeud', 'Nœud', [
        {
          name: 'type',
          type: 'select',
          label: 'Type de nœud',
          options: [
            { value: 'situation', label: 'Situation (décision)' },
            { value: 'fin', label: 'Fin' },
          ],
          default: 'situation',
        },
        texte('id', 'Identifiant', { regexp: ID }),
        texte('titre', 'Titre', { optional: true }),
        formuleTexte('texte', 'Texte'),
        liste(
          'variantes',
          'Paragraphes selon le chemin',
          'variante',
          groupe('variante', 'Variante', [faits('si', 'Si ces faits sont vrais'), faits('sauf', 'Si ces faits sont faux'), formuleTexte('texte', 'Texte')]),
          { optional: true },
        ),
        faits('suppose', 'Faits que le texte suppose'),
        faits('exclut', 'Faits que le texte contredit'),
        liste(
          'issues',
          'Issues que raconte cette fin (calculées sur les points du chemin)',
          'issue',
          {
            name: 'issue',
            type: 'select',
            label: 'Issue',
            options: [
              { value: 'optimale', label: 'Favorable' },
              { value: 'acceptable', label: 'Acceptable' },
              { value: 'a-revoir', label: 'À retravailler' },
            ],
            default: 'optimale',
          },
          { optional: true },
        ),
        liste('choix', 'Choix', 'choix', choix, { optional: true }),
      ]),
      { min: 2 },
    ),
    liste(
      'debrief',
      'Débriefing par critère',
      'débriefing',
      groupe('debriefCritere', 'Débriefing', [texte('critere', 'Critère', { regexp: CRITERE }), formuleTexte('texte', 'Texte'), texte('lien', 'Lien vers le cours', { optional: true })]),
    ),
  ],
  { optional: true },
);

const l10n: Field = groupe(
  'l10n',
  'Textes de l’interface',
  [
    texte('verifier', 'Bouton « Vérifier »', { default: 'Vérifier' }),
    texte('reessayer', 'Bouton « Réessayer »', { default: 'Réessayer' }),
    texte('jeNeSaisPas', 'Bouton « Je ne sais pas »', { default: 'Je ne sais pas' }),
    texte('solution', 'Titre de la solution', { default: 'Réponse attendue' }),
    texte('commencer', 'Bouton « Commencer »', { default: 'Commencer la mise en situation' }),
    texte('continuer', 'Bouton « Continuer »', { default: 'Continuer' }),
    texte('resultat', 'Titre du résultat', { default: 'Votre résultat' }),
  ],
  { common: true, optional: true },
);

export const SEMANTICS: readonly Field[] = [
  {
    name: 'genre',
    type: 'select',
    label: 'Genre d’activité',
    options: [
      { value: 'quiz', label: 'Quiz' },
      { value: 'cas', label: 'Mise en situation' },
    ],
    default: 'quiz',
  },
  texte('id', 'Identifiant de l’activité', { regexp: ID }),
  texte('titre', 'Titre', { importance: 'high' }),
  formuleTexte('description', 'Description', true),
  {
    name: 'bloc',
    type: 'select',
    label: 'Bloc du titre',
    options: [
      { value: 'B1', label: 'Bloc 1' },
      { value: 'B2', label: 'Bloc 2' },
      { value: 'B3', label: 'Bloc 3' },
    ],
    default: 'B1',
  },
  { name: 'seuil', type: 'number', label: 'Seuil de réussite (%)', min: 1, max: 100, default: 70 },
  liste('questions', 'Questions', 'question', question, { optional: true }),
  cas,
  liste(
    'formules',
    'Formules pré-rendues (MathML)',
    'formule',
    groupe('formule', 'Formule', [
      texte('latex', 'Formule LaTeX'),
      // Plain text, not an HTML field: a host filters HTML fields by tag and keeps no
      // MathML attribute (xmlns, display, displaystyle, scriptlevel, encoding…).
      texte('mathml', 'MathML (encodé en base64)', {
        regexp: { pattern: '^[A-Za-z0-9+/]*={0,2}$' },
        description: 'Le MathML de la formule, encodé en base64 pour que l’hôte H5P le garde tel quel. Écrit par la construction du site.',
      }),
    ]),
    { optional: true },
  ),
  l10n,
];

/** language/fr.json mirrors the semantics tree with its (French) labels and defaults. */
export function languageFile(fields: readonly Field[]): { semantics: unknown[] } {
  const translate = (f: Field): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    if (f.label) out.label = f.label;
    if (f.description) out.description = f.description;
    if (f.type === 'text' && typeof f.default === 'string') out.default = f.default;
    if (f.type === 'select' && f.options) out.options = f.options.map((o) => ({ label: typeof o === 'string' ? o : o.label }));
    if (f.type === 'group' && f.fields) out.fields = f.fields.map(translate);
    if (f.type === 'list' && f.field) {
      if (f.entity) out.entity = f.entity;
      out.field = translate(f.field);
    }
    return out;
  };
  return { semantics: fields.map(translate) };
}
