// Browser tests (Chromium via playwright-core) against the built site.
// Run through scripts/run-e2e.mjs, which serves build/ and sets E2E_BASE_URL.
const shared = require('./jest.shared.js');

/** @type {import('jest').Config} */
module.exports = {
  ...shared,
  displayName: 'e2e',
  testMatch: ['<rootDir>/tests/e2e/**/*.e2e.ts'],
  // Fails any test during which the browser reported a Content-Security-Policy violation.
  setupFilesAfterEnv: ['<rootDir>/tests/e2e/setup.ts'],
  // Long walks (every page of the sitemap with axe, every key term of every lesson) on a shared 2-core
  // machine; each wait of a test has its own deadline (DELAI, tests/e2e/helpers.ts).
  testTimeout: 600000,
  slowTestThreshold: 30,
};
