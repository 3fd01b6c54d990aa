// Unit, content and component tests (jsdom per file with a @jest-environment docblock).
// Types are checked by `tsc --noEmit`, not here: @swc/jest only strips them (fast).
const shared = require('./jest.shared.js');

/** @type {import('jest').Config} */
module.exports = {
  ...shared,
  displayName: 'unit',
  testMatch: ['<rootDir>/tests/**/*.test.ts', '<rootDir>/tests/**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/e2e/'],
  // The machine (2 cores) is shared: jsdom + user-event tests can exceed jest's 5 s default under load.
  testTimeout: 20000,
};
