#!/usr/bin/env node
/**
 * Browser tests: finds (or installs) Debian's Chromium, serves build/ under the
 * sub-path, then runs the jest e2e project against it. Extra arguments go to jest
 * (e.g. `node scripts/run-e2e.mjs tests/e2e/site.e2e.ts`).
 */
import { spawn } from 'node:child_process';
import { CHROMIUM_ARGS, ensureChromium } from './chromium.mjs';
import { startServer } from './serve-build.mjs';

let chromium;
try {
  chromium = ensureChromium();
} catch (error) {
  console.error(String(error.message ?? error));
  process.exit(1);
}
// Under the sub-path the site was built for (a BASE_URL that differs from it stops here, with the command to run).
let server;
try {
  server = await startServer({ dir: 'build' });
} catch (error) {
  console.error(String(error.message ?? error));
  process.exit(1);
}
console.log(`Site construit servi sur ${server.url} ; Chromium : ${chromium}`);
// Async spawn: the server lives in this process and must keep answering.
const child = spawn('npx', ['jest', '-c', 'jest.e2e.config.js', '--runInBand', '--ci', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, E2E_BASE_URL: server.url, CHROMIUM_PATH: chromium, CHROMIUM_ARGS: JSON.stringify(CHROMIUM_ARGS) },
});
const status = await new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
await server.close();
process.exit(status);
