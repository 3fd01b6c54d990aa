#!/usr/bin/env node
/**
 * A small static server for the built site, as GitHub Pages serves it: the build
 * folder is mounted under the sub-path it was built for (read from the built home
 * page: `npm run build` gives `/`, `npm test` gives `/moniteur-atelier/`), "/x"
 * resolves to "x.html" then "x/index.html", unknown paths get 404.html with status
 * 404. Optional gzip and GitHub Pages' cache lifetime (`Cache-Control:
 * max-age=600`), for the Lighthouse benchmark; otherwise `no-cache`.
 *
 * Used by the browser tests and the benchmarks; usable by hand:
 *   node scripts/serve-build.mjs [--port 4173] [--gzip] [--max-age 600] [--dir build]
 * Programmatic: `const server = await startServer({ port: 0 })`. A sub-path asked for
 * (`baseUrl`, or BASE_URL) that is not the build's stops with the command to run.
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.h5p': 'application/zip',
  '.zip': 'application/zip',
  '.gift': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.xml', '.svg', '.txt', '.webmanifest']);

export function normaliseBase(base) {
  return `/${String(base).replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

/**
 * The sub-path a site was built for, read from its home page (the address of
 * Docusaurus's runtime script, `<base>assets/js/runtime~main.<hash>.js`), or null.
 */
export function baseDuSiteConstruit(html) {
  const m = /<script\b[^>]*\ssrc=["']?(?:https?:\/\/[^/"'\s>]+)?(\/[^"'\s>]*?)assets\/js\/runtime~main\.[\w-]+\.js/.exec(html);
  return m ? normaliseBase(m[1]) : null;
}

/** The sub-path to serve `root` under: the build's; a different one asked for is an error that says what to run. */
export function baseAServir(root, demandee) {
  const html = readFileSync(path.join(root, 'index.html'), 'utf8');
  const construite = baseDuSiteConstruit(html);
  if (!construite) {
    throw new Error(
      `Impossible de lire le sous-chemin du site construit dans ${path.join(root, 'index.html')} (script runtime~main introuvable). Reconstruisez-le : « npm run build » (ou « BASE_URL=/moniteur-atelier/ npm run build »).`,
    );
  }
  if (demandee !== undefined && demandee !== null && demandee !== '' && normaliseBase(demandee) !== construite) {
    throw new Error(
      `Le site de ${root} a été construit pour ${construite}, pas pour ${normaliseBase(demandee)}. Reconstruisez-le : « BASE_URL=${normaliseBase(demandee)} npm run build », ou servez-le sans BASE_URL (sous ${construite}).`,
    );
  }
  return construite;
}

function resolveFile(root, urlPath) {
  const clean = path.normalize(decodeURIComponent(urlPath)).replace(/^([/\\])+/, '');
  const candidate = path.join(root, clean);
  if (!candidate.startsWith(root)) return null;
  const tries = [candidate, `${candidate}.html`, path.join(candidate, 'index.html')];
  for (const file of tries) {
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}

/**
 * @param {{ port?: number, dir?: string, baseUrl?: string, gzip?: boolean, maxAge?: number, host?: string }} options
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void>, requests: string[] }>}
 */
export async function startServer(options = {}) {
  const root = path.resolve(options.dir ?? 'build');
  const gzip = Boolean(options.gzip);
  const cacheControl = options.maxAge ? `max-age=${Math.round(options.maxAge)}` : 'no-cache';
  const host = options.host ?? '127.0.0.1';
  if (!existsSync(path.join(root, 'index.html'))) {
    throw new Error(`Aucun site construit dans ${root} : lancez d'abord « npm run build ».`);
  }
  const baseUrl = baseAServir(root, options.baseUrl ?? process.env.BASE_URL);
  const requests = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push(url.pathname);
    if (baseUrl !== '/' && url.pathname === baseUrl.slice(0, -1)) {
      res.writeHead(301, { Location: baseUrl });
      res.end();
      return;
    }
    let file = null;
    let status = 200;
    if (url.pathname.startsWith(baseUrl)) {
      file = resolveFile(root, url.pathname.slice(baseUrl.length - 1));
    }
    if (!file) {
      status = 404;
      file = path.join(root, '404.html');
    }
    const ext = path.extname(file);
    const headers = {
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Cache-Control': cacheControl,
    };
    const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (gzip && acceptsGzip && COMPRESSIBLE.has(ext)) {
      const body = gzipSync(await readFile(file), { level: 9 });
      res.writeHead(status, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': body.length, Vary: 'Accept-Encoding' });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    res.writeHead(status, { ...headers, 'Content-Length': statSync(file).size });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(options.port ?? 0, host, resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://${host}:${port}${baseUrl}`,
    port,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const args = process.argv.slice(2);
  const get = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : fallback;
  };
  try {
    const server = await startServer({
      port: Number(get('--port', '4173')),
      dir: get('--dir', 'build'),
      gzip: args.includes('--gzip'),
      maxAge: Number(get('--max-age', '0')),
    });
    console.log(`Site servi sur ${server.url} (Ctrl+C pour arrêter)`);
  } catch (error) {
    console.error(String(error?.message ?? error));
    process.exit(1);
  }
}
