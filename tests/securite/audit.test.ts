/**
 * `npm run audit` (scripts/audit.mjs), run on saved `npm audit --json` reports:
 * high and critical advisories fail unless a reviewed, dated exception covers
 * them; expired or malformed exceptions fail; an unreachable advisory service is
 * skipped with a message, except with --strict.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'audit-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const GHSA = 'GHSA-xxxx-4444-pppp';
const advisory = (severity: string, name = 'paquet-vulnerable', id = GHSA, source = 1100001) => ({
  source,
  name,
  dependency: name,
  title: 'Déni de service par expression régulière',
  url: `https://github.com/advisories/${id}`,
  severity,
  range: '<1.2.3',
});

function report(vulnerabilities: Record<string, unknown>, counts: Partial<Record<'low' | 'moderate' | 'high' | 'critical', number>> = {}) {
  return {
    auditReportVersion: 2,
    vulnerabilities,
    metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0, ...counts }, dependencies: { prod: 400 } },
  };
}

const HIGH = report(
  {
    'paquet-vulnerable': { name: 'paquet-vulnerable', severity: 'high', isDirect: false, via: [advisory('high')], effects: ['parent'], range: '<1.2.3', fixAvailable: true },
    parent: { name: 'parent', severity: 'high', isDirect: true, via: ['paquet-vulnerable'], effects: [], range: '*', fixAvailable: true },
  },
  { high: 2 },
);

function run(
  sortie: unknown,
  exceptions: unknown[] = [],
  options: { strict?: boolean; aujourdhui?: string; github?: boolean } = {},
): { status: number | null; out: string } {
  const rapport = path.join(dir, 'rapport.json');
  const fichier = path.join(dir, 'exceptions.json');
  writeFileSync(rapport, typeof sortie === 'string' ? sortie : JSON.stringify(sortie));
  writeFileSync(fichier, JSON.stringify({ exceptions }));
  const args = ['scripts/audit.mjs', '--rapport', rapport, '--exceptions', fichier, '--aujourdhui', options.aujourdhui ?? '2026-11-28'];
  if (options.strict) args.push('--strict');
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: { ...process.env, AUDIT_STRICT: '', GITHUB_ACTIONS: options.github ? 'true' : '' } });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

const exception = (over: Record<string, unknown> = {}) => ({
  avis: GHSA,
  paquet: 'paquet-vulnerable',
  raison: "le site ne passe jamais de texte de l'apprenant à cette fonction (construction seulement)",
  revueLe: '2026-11-01',
  expireLe: '2027-03-01',
  ...over,
});

test('no advisory: passes', () => {
  const r = run(report({}));
  expect(r.status).toBe(0);
  expect(r.out).toContain('0 avis haut ou critique');
});

test('moderate and low advisories do not fail', () => {
  const r = run(report({ x: { name: 'x', severity: 'moderate', via: [advisory('moderate', 'x')] } }, { moderate: 1 }));
  expect(r.status).toBe(0);
});

test('a high advisory fails, named once with its package (not once per dependent)', () => {
  const r = run(HIGH);
  expect(r.status).toBe(1);
  expect(r.out.split('\n').filter((l) => l.startsWith('✗ GHSA'))).toHaveLength(1);
  expect(r.out).toContain(`✗ ${GHSA} (high) dans paquet-vulnerable : Déni de service`);
  expect(r.out).toContain('ajoutez une exception relue et datée dans src/build/securite/audit-exceptions.json');
});

test('a critical advisory without GHSA id is named by its npm id', () => {
  const r = run(report({ y: { name: 'y', severity: 'critical', via: [{ ...advisory('critical', 'y'), url: '' }] } }, { critical: 1 }));
  expect(r.status).toBe(1);
  expect(r.out).toContain('npm-1100001 (critical) dans y');
});

test('a reviewed, dated exception covers its advisory and package only', () => {
  const ok = run(HIGH, [exception()]);
  expect(ok.status).toBe(0);
  expect(ok.out).toContain(`exception relue le 2026-11-01 (jusqu'au 2027-03-01) : ${GHSA} paquet-vulnerable`);
  expect(run(HIGH, [exception({ paquet: 'autre' })]).status).toBe(1);
});

test.each([
  [{ expireLe: '2026-11-27' }, "expirée le 2026-11-27 : relisez l'avis"],
  [{ revueLe: '2026-12-01' }, 'une date future'],
  [{ expireLe: '2027-09-01' }, 'au plus 183 jours'],
  [{ raison: 'sans objet' }, 'raison trop courte'],
  [{ raison: undefined }, 'champ « raison » manquant'],
  [{ expireLe: '01/03/2027' }, "n'est pas une date AAAA-MM-JJ"],
])('a bad exception fails: %p', (over, message) => {
  const r = run(HIGH, [exception(over)]);
  expect(r.status).toBe(1);
  expect(r.out).toContain(message);
});

test('an exception whose advisory is gone is pointed out, without failing', () => {
  const r = run(report({}), [exception()]);
  expect(r.status).toBe(0);
  expect(r.out).toContain('exception sans objet');
});

// What this workplace's registry mirror answers (it only serves GET and HEAD).
const UNREACHABLE = {
  message: '405 Method Not Allowed - POST https://registre.invalid/-/npm/v1/security/advisories/bulk',
  statusCode: 405,
  body: '',
  error: { summary: '', detail: '' },
};

test('an unreachable advisory service is skipped with a clear message, but fails with --strict', () => {
  const skipped = run(UNREACHABLE);
  expect(skipped.status).toBe(0);
  expect(skipped.out).toContain("Audit des dépendances sauté : le service d'avis de sécurité du registre npm est injoignable (405 Method Not Allowed");
  expect(skipped.out).not.toContain('::warning');
  // On GitHub Actions, the skip is also a warning on the run (published without this audit).
  expect(run(UNREACHABLE, [], { github: true }).out).toContain('::warning title=Audit des dépendances sauté::');
  expect(run({ error: { code: 'ENOTFOUND', summary: 'getaddrinfo ENOTFOUND registre.invalid' } }).status).toBe(0);
  const strict = run(UNREACHABLE, [], { strict: true });
  expect(strict.status).toBe(1);
  expect(strict.out).toContain("L'audit des dépendances n'a pas pu se faire");
});

test('an expired exception fails even when the audit cannot run', () => {
  const r = run(UNREACHABLE, [exception({ expireLe: '2026-11-01', revueLe: '2026-10-01' })]);
  expect(r.status).toBe(1);
  expect(r.out).toContain('expirée le 2026-11-01');
});

test('another npm error fails', () => {
  const r = run({ error: { code: 'ENOLOCK', summary: 'This command requires an existing lockfile.' } });
  expect(r.status).toBe(1);
  expect(r.out).toContain('This command requires an existing lockfile.');
  expect(run('pas du JSON').status).toBe(1);
});

test('the committed exceptions file is well-formed', () => {
  const file = JSON.parse(readFileSync(path.join(root, 'src', 'build', 'securite', 'audit-exceptions.json'), 'utf8')) as { exceptions: { revueLe: string }[] };
  expect(Array.isArray(file.exceptions)).toBe(true);
  for (const e of file.exceptions) {
    // Format only: expiry is checked by `npm run audit` itself (.ci/run, publication).
    const r = run(report({}), [e], { aujourdhui: e.revueLe });
    expect(r.out).not.toContain('✗');
  }
});
