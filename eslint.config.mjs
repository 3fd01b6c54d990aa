// ESLint : TypeScript (typescript-eslint) et hooks React (react-hooks), lancé par `npm test`
// (étape « règles »). Toute règle coupée ici ou dans le code dit pourquoi, à côté ; une directive
// `eslint-disable` devenue inutile est une erreur.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['build/**', '.docusaurus/**', '.generated/**', 'node_modules/**', 'tmp/**', 'storage/**', 'static/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Les textes français portent des espaces fines insécables (typographie) : seules les espaces
      // insolites dans le code lui-même sont des erreurs.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipJSXText: true, skipComments: true, skipRegExps: true }],
      // `_x` nomme ce qu'on écarte exprès (reste d'une déstructuration, argument imposé par une signature).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Fichiers CommonJS (configurations de jest, serveur LRS de test) : `require` est leur syntaxe.
    files: ['**/*.cjs', '*.js', 'jest.*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Les tests rechargent des modules neufs dans `jest.isolateModules` et lisent des modules CommonJS
    // (axe-core, le chargeur de la recherche) : `require` y est voulu.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // Règles écrites pour le compilateur React, que le site n'utilise pas :
      // - set-state-in-effect : le premier rendu doit être celui du HTML du serveur (sinon erreur
      //   d'hydratation 418) ; l'état lu dans le stockage du navigateur arrive donc par un effet, exprès.
      'react-hooks/set-state-in-effect': 'off',
      // - refs : le motif « dernière valeur dans une ref » (`ref.current = props` pendant le rendu) garde
      //   des rappels stables sans relancer les effets ; sans compilateur, il est sûr.
      'react-hooks/refs': 'off',
      // - immutability : signale un compteur local incrémenté dans un `map` du rendu (numéros des trous),
      //   qui ne survit pas au rendu.
      'react-hooks/immutability': 'off',
    },
  },
);
