/**
 * Garde-fou des couches (dependency-cruiser), lancé par `npm test` (étape « couches »).
 * La carte des couches est dans ARCHITECTURE.md ; chaque règle dit quoi corriger.
 * @type {import('dependency-cruiser').IConfiguration}
 */
const PUR = '^src/(domain|referentiel)/';
const NAVIGATEUR = '^src/(components|theme|pages|lib|lecteur|hors-ligne|contenu)/';

module.exports = {
  forbidden: [
    {
      name: 'domaine-pur',
      severity: 'error',
      comment:
        'src/domain et src/referentiel sont du TypeScript pur : ni React, ni Docusaurus, ni DOM, ni module Node. ' +
        'Déplacez ce qui touche la page dans src/components ou src/lib, ce qui lit des fichiers dans src/build.',
      from: { path: PUR },
      to: {
        path: ['^node_modules/(react|react-dom|@docusaurus|@theme|@mdx-js)/', '^src/(components|theme|pages|lib|lecteur|hors-ligne|build|plugins)/'],
      },
    },
    {
      name: 'domaine-sans-node',
      severity: 'error',
      comment: 'src/domain et src/referentiel tournent aussi dans le navigateur : aucun module Node (fs, path, crypto…).',
      from: { path: PUR },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'profil-sans-hachage',
      severity: 'error',
      comment:
        'Le profil est chargé par chaque page qui porte une activité : ni lui ni la validation des parcours ' +
        '(formateur/parcours.ts) n’importent à l’exécution ce qui hache en SHA-256 (≈ 4 Kio gz, @noble/hashes : ' +
        'lien-parcours.ts, banque.ts, passeport.ts) ; un import de type seul (import type) reste permis.',
      from: { path: '^src/domain/(profil/|formateur/parcours\\.ts$)' },
      to: {
        path: '^src/domain/(texte/sha256|formateur/(lien-parcours|banque)|apprenant/passeport)\\.ts$',
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'navigateur-sans-node',
      severity: 'error',
      comment: 'Le code du navigateur n’importe ni module Node ni code de construction (src/build).',
      from: { path: NAVIGATEUR },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'navigateur-sans-construction',
      severity: 'error',
      comment: 'Le code du navigateur n’importe pas src/build (code Node de la construction).',
      from: { path: NAVIGATEUR },
      to: { path: '^src/build/' },
    },
    {
      name: 'construction-sans-greffons',
      severity: 'error',
      comment: 'src/build (code de construction) n’importe pas src/plugins : les greffons Docusaurus appellent src/build, pas l’inverse.',
      from: { path: '^src/build/' },
      to: { path: '^src/plugins/' },
    },
    {
      name: 'src-sans-scripts-ni-tests',
      severity: 'error',
      comment: 'Rien dans src/ n’importe scripts/ (commandes) ni tests/ : déplacez le code partagé dans src/build ou src/domain.',
      from: { path: '^src/' },
      to: { path: '^(scripts|tests)/' },
    },
    {
      name: 'scripts-sans-tests',
      severity: 'error',
      comment: 'Les commandes (scripts/) n’importent pas tests/ : le code partagé va dans src/.',
      from: { path: '^scripts/' },
      to: { path: '^tests/' },
    },
    {
      name: 'pas-de-cycle',
      severity: 'error',
      comment: 'Dépendance circulaire : sortez la partie commune dans un module que les deux importent.',
      from: { path: '^(src|scripts)/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'pas-introuvable',
      severity: 'error',
      comment: 'Import qui ne se résout vers aucun fichier.',
      from: { path: '^(src|scripts)/' },
      to: { couldNotResolve: true, pathNot: '^(@theme|@theme-original|@docusaurus|@generated|@site)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(build|\\.docusaurus|\\.generated|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
