/**
 * `node scripts/serve-build.mjs` serves a built site under the sub-path it was built
 * for (read from its home page), and refuses another one with the command to run.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'site-construit-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A built site in miniature: the home page as Docusaurus writes it (minified, attributes unquoted). */
function construire(base: string): void {
  writeFileSync(path.join(dir, 'index.html'), `<!doctype html><html lang=fr-FR><head><script src=${base}assets/js/runtime~main.ce49abbb.js defer></script></head><body><h1>Accueil</h1></body></html>`);
  writeFileSync(path.join(dir, '404.html'), '<h1>Page introuvable</h1>');
  mkdirSync(path.join(dir, 'cours'));
  writeFileSync(path.join(dir, 'cours', 'lecon.html'), '<h1>Leçon</h1>');
}

function servir(env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['scripts/serve-build.mjs', '--port', '0', '--dir', dir], { cwd: root, encoding: 'utf8', timeout: 10_000, env: { ...process.env, BASE_URL: '', ...env } });
}

test('serves the site under the sub-path of its build, whatever it is', async () => {
  construire('/mon-depot/');
  const child = spawn(process.execPath, ['scripts/serve-build.mjs', '--port', '0', '--dir', dir], { cwd: root, env: { ...process.env, BASE_URL: '' } });
  try {
    const adresse = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        const m = /Site servi sur (\S+)/.exec(chunk.toString());
        if (m) resolve(m[1]!);
      });
      child.once('exit', (code) => reject(new Error(`serveur arrêté (code ${code})`)));
    });
    expect(adresse).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/mon-depot\/$/);
    expect((await fetch(adresse)).status).toBe(200);
    expect(await (await fetch(`${adresse}cours/lecon`)).text()).toContain('Leçon');
    expect((await fetch(adresse.replace('/mon-depot/', '/moniteur-atelier/'))).status).toBe(404);
  } finally {
    child.kill();
  }
});

test('a BASE_URL that is not the build’s is refused, with the command to run', () => {
  construire('/');
  const r = servir({ BASE_URL: '/moniteur-atelier/' });
  expect(r.status).toBe(1);
  expect(r.stderr).toContain('construit pour /, pas pour /moniteur-atelier/');
  expect(r.stderr).toContain('BASE_URL=/moniteur-atelier/ npm run build');
});

test('no build, or a home page it cannot read: says what to run', () => {
  const vide = servir();
  expect(vide.status).toBe(1);
  expect(vide.stderr).toContain('lancez d\'abord « npm run build »');
  writeFileSync(path.join(dir, 'index.html'), '<h1>pas Docusaurus</h1>');
  const illisible = servir();
  expect(illisible.status).toBe(1);
  expect(illisible.stderr).toMatch(/Impossible de lire le sous-chemin.*npm run build/);
});
