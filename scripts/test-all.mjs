#!/usr/bin/env node
/**
 * `npm test`: every check, in order, stopping at the first failure.
 *   1. tsc --noEmit (types, answer keys, typetests)
 *   2. layers and rules: dependency-cruiser (.dependency-cruiser.cjs) then ESLint (eslint.config.mjs)
 *   3. jest (unit, content, components)
 *   4. production build under BASE_URL=/moniteur-atelier/ (sub-path hosting)
 *   5. browser tests in Debian's Chromium against that build
 * Options: --skip-build (reuse an existing build/, for quick local loops only),
 *          --only=<step> (types | regles | unit | build | e2e).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { baseDuSiteConstruit, normaliseBase } from './serve-build.mjs';

const args = process.argv.slice(2);
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const skipBuild = args.includes('--skip-build');
const BASE_URL = process.env.BASE_URL ?? '/moniteur-atelier/';
// The test build allows one LRS origin, under the reserved « .invalid » domain (it never resolves):
// tests/e2e/interop.e2e.ts routes it, inside Chromium, to a real LRS on loopback.
const LRS_ORIGINS = process.env.LRS_ORIGINS ?? 'https://lrs.essai.invalid';

const steps = [
  { name: 'types', label: 'Types (tsc --noEmit)', cmd: ['npx', 'tsc', '--noEmit', '-p', 'tsconfig.json'] },
  {
    name: 'regles',
    label: 'Couches et règles du code (dependency-cruiser, ESLint)',
    cmd: ['npm', 'run', '--silent', 'lint'],
  },
  { name: 'unit', label: 'Tests unitaires et de contenu (jest)', cmd: ['npx', 'jest', '--ci'] },
  {
    name: 'build',
    label: `Construction du site sous ${BASE_URL}`,
    cmd: ['npx', 'docusaurus', 'build', '--out-dir', 'build'],
    env: { BASE_URL, LRS_ORIGINS },
    skip: () => skipBuild && construitPour(BASE_URL),
  },
  { name: 'e2e', label: 'Tests dans Chromium', cmd: ['node', 'scripts/run-e2e.mjs'], env: { BASE_URL } },
];

/** Is build/ a site built for this sub-path? (--skip-build reuses it only then.) */
function construitPour(base) {
  if (!existsSync('build/index.html')) return false;
  const construite = baseDuSiteConstruit(readFileSync('build/index.html', 'utf8'));
  if (construite === normaliseBase(base)) return true;
  console.log(`\nbuild/ a été construit pour ${construite ?? 'un sous-chemin illisible'}, pas pour ${normaliseBase(base)} : il est reconstruit.`);
  return false;
}

const started = Date.now();
for (const step of steps) {
  if (only && step.name !== only) continue;
  if (step.skip?.()) {
    console.log(`\n— ${step.label} : sauté (--skip-build)`);
    continue;
  }
  console.log(`\n=== ${step.label} ===`);
  const t0 = Date.now();
  const result = spawnSync(step.cmd[0], step.cmd.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, ...step.env },
  });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✗ Échec à l'étape « ${step.label} » (${seconds} s).`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${step.label} (${seconds} s)`);
}
console.log(`\nTous les tests sont passés en ${((Date.now() - started) / 1000).toFixed(0)} s.`);
