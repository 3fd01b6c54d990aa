/** Settings shared by the unit and e2e jest projects. */
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleNameMapper: {
    '^@site/(.*)$': '<rootDir>/$1',
    '^@docusaurus/(Link|Translate|useBaseUrl|BrowserOnly|useIsBrowser|Head|useDocusaurusContext|ExecutionEnvironment)$':
      '<rootDir>/tests/mocks/docusaurus/$1',
    // The Web Worker is started through import.meta.url (not CommonJS): no worker in unit tests.
    '/lecteur-worker$': '<rootDir>/tests/mocks/lecteur-worker.ts',
    '\\.module\\.css$': '<rootDir>/tests/mocks/styleMock.js',
    '\\.css$': '<rootDir>/tests/mocks/styleMock.js',
  },
  // @noble/hashes ships ES modules only: compiled like our sources (the rest of node_modules is CommonJS).
  transformIgnorePatterns: ['/node_modules/(?!@noble/hashes/)'],
  modulePathIgnorePatterns: ['<rootDir>/build/', '<rootDir>/.docusaurus/'],
};
