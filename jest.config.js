// Unit, content and component tests (jsdom per file with a @jest-environment docblock).
// Types are checked by `tsc --noEmit`, not here: @swc/jest only strips them (fast).
const shared = require('./jest.shared.js');

/** @type {import('jest').Config} */
module.exports = {
  ...shared,
  displayName: 'unit',
  testMatch: ['<rootDir>/tests/**/*.test.ts', '<rootDir>/tests/**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/e2e/'],
  // Component tests drive a whole quiz with simulated typing: seconds on a busy 2-core machine.
  testTimeout: 30000,
};
