/**
 * Finds Debian's Chromium for the browser tests, installs it when we can (Debian,
 * root), or stops with the exact command to run. Never downloads a browser of its
 * own (no `playwright install`).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const INSTALL_LINE = 'apt-get update && apt-get install -y chromium';

/** Launch flags that work on this kind of machine (closed network, no GPU, root). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function findChromium() {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  const found = spawnSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' });
  const path = found.stdout.trim().split('\n')[0];
  return path && existsSync(path) ? path : null;
}

export function ensureChromium() {
  const existing = findChromium();
  if (existing) return existing;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const isDebian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
  if (isRoot && isDebian) {
    console.log(`Chromium absent : installation avec « ${INSTALL_LINE} »…`);
    execFileSync('sh', ['-c', INSTALL_LINE], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const installed = findChromium();
    if (installed) return installed;
  }
  throw new Error(
    `Chromium est introuvable. Les tests dans le navigateur utilisent le Chromium de Debian.\n` +
      `Installez-le (en root) : ${INSTALL_LINE}\n` +
      `ou indiquez son chemin : CHROMIUM_PATH=/chemin/vers/chromium npm test`,
  );
}
