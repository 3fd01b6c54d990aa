/**
 * Test harness for the LRS forwarding: a real LRS process on loopback
 * (lrs-local.cjs), and in front of it a small proxy that checks every request
 * with the xAPI validator (xapi-validation), records the ids it carried, can
 * answer 503 or 401 on demand, and adds CORS headers for the browser tests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import validate from 'xapi-validation';

export interface Requete {
  readonly ids: string[];
  readonly status: number;
  readonly problemes: string[];
  readonly auth: string | null;
}

export interface Harnais {
  /** Base of the proxy's xAPI endpoint, e.g. http://127.0.0.1:1234/xapi/ */
  readonly endpoint: string;
  readonly origin: string;
  readonly requetes: Requete[];
  /** Answer 503 to the next n POSTs (with Retry-After when given). */
  echouer(n: number, retryAfter?: number): void;
  /** Ids stored by the real LRS, with how many times each appears. */
  stockees(): Promise<Map<string, number>>;
  fermer(): Promise<void>;
}

const CLE = 'formatrice:secret';

export async function demarrer(): Promise<Harnais> {
  const child: ChildProcess = spawn(process.execPath, [path.join(__dirname, 'lrs-local.cjs')], { stdio: ['ignore', 'pipe', 'pipe'] });
  const lrsPort = await new Promise<number>((resolve, reject) => {
    let out = '';
    // The process says its port when it listens; the deadline only stops one that never does
    // (at a load of 30 on two cores, starting it took more than 30 s).
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`le LRS local ne démarre pas après 120 s : ${out}`));
    }, 120_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /PORT=(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => reject(new Error(`le LRS local s'est arrêté (${code}) : ${out}`)));
  });
  const lrs = `http://127.0.0.1:${lrsPort}/xAPI`;
  const requetes: Requete[] = [];
  let echecs = 0;
  let retryAfter: number | null = null;
  const cors = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': 'authorization, content-type, x-experience-api-version', 'Access-Control-Allow-Methods': 'POST, GET, OPTIONS' };
  const server = http.createServer((req, res) => {
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors).end();
      return;
    }
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString()));
    req.on('end', async () => {
      const auth = req.headers.authorization ?? null;
      let ids: string[] = [];
      let problemes: string[];
      try {
        const parsed = JSON.parse(body) as unknown;
        const list = Array.isArray(parsed) ? parsed : [parsed];
        ids = list.map((s) => String((s as { id?: unknown }).id));
        problemes = list.flatMap((s) => validate(s).map((w: { path: string[]; name: string }) => `${w.path.join('.')} (${w.name})`));
        if (req.headers['x-experience-api-version'] !== '1.0.3') problemes.push('en-tête X-Experience-API-Version absent');
      } catch {
        problemes = ['corps illisible'];
      }
      let status: number;
      let text = '';
      if (auth !== `Basic ${Buffer.from(CLE).toString('base64')}`) status = 401;
      else if (echecs > 0) {
        echecs -= 1;
        status = 503;
      } else {
        const r = await fetch(`${lrs}/statements`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3', Authorization: auth }, body });
        status = r.status;
        text = await r.text();
      }
      requetes.push({ ids, status, problemes, auth });
      res.writeHead(status, { ...cors, 'Content-Type': 'application/json', ...(status === 503 && retryAfter !== null ? { 'Retry-After': String(retryAfter) } : {}) }).end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as { port: number }).port;
  return {
    endpoint: `http://127.0.0.1:${port}/xapi/`,
    origin: `http://127.0.0.1:${port}`,
    requetes,
    echouer(n, after) {
      echecs = n;
      retryAfter = after ?? null;
    },
    async stockees() {
      const r = await fetch(`${lrs}/statements?limit=1000`, { headers: { 'X-Experience-API-Version': '1.0.3', Authorization: `Basic ${Buffer.from(CLE).toString('base64')}` } });
      const data = (await r.json()) as { statements: { id: string }[] };
      const count = new Map<string, number>();
      for (const s of data.statements) count.set(s.id, (count.get(s.id) ?? 0) + 1);
      return count;
    },
    async fermer() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      child.kill('SIGTERM');
    },
  };
}

export const CLE_TEST = CLE;
