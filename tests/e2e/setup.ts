/**
 * Every browser test fails on a Content-Security-Policy violation, even one that
 * does not use guard() (violations are recorded for each context made by
 * newContext(): see csp.ts).
 */
import { relever } from './csp';

afterEach(() => {
  expect(relever()).toEqual([]);
});
