#!/usr/bin/env node
/**
 * `npm run audit`: the known vulnerabilities of the packages the site ships
 * (`npm audit --omit=dev --json`). Fails on any high or critical advisory that is
 * not in src/build/securite/audit-exceptions.json, and on any expired or malformed exception.
 *
 * It needs the registry's advisory service. When that service can't be reached
 * (no network, or a registry mirror that does not answer audits), it says so (on
 * GitHub Actions, also as a warning on the run) and stops without failing — unless
 * `--strict`, where an audit that could not run fails. The publication workflow
 * runs it without `--strict`: an outage of the registry's advisory service does not
 * block publishing, a known high or critical advisory does.
 *
 * Options: --strict; --rapport <file> (read a saved `npm audit --json` report
 * instead of asking the registry); --exceptions <file>; --aujourdhui AAAA-MM-JJ.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const EXCEPTIONS = path.join('src', 'build', 'securite', 'audit-exceptions.json');
export const GRAVES = new Set(['high', 'critical']);
/** An exception is reviewed again at least every six months. */
export const DUREE_MAX_JOURS = 183;

const NETWORK_CODES = new Set(['ENOTFOUND', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'ESOCKETTIMEDOUT']);

/**
 * What a `npm audit --json` output says: a report, an unreachable advisory
 * service, or another error.
 * @returns {{ kind: 'rapport', rapport: any } | { kind: 'injoignable', message: string } | { kind: 'erreur', message: string }}
 */
export function lireSortie(stdout) {
  let json;
  try {
    json = JSON.parse(stdout);
  } catch {
    return { kind: 'erreur', message: `sortie de npm audit illisible : ${String(stdout).slice(0, 300)}` };
  }
  if (json && json.auditReportVersion === 2 && json.vulnerabilities && json.metadata) return { kind: 'rapport', rapport: json };
  const message = String(json?.message ?? json?.error?.summary ?? json?.error?.detail ?? JSON.stringify(json)).slice(0, 300);
  const code = json?.code ?? json?.error?.code;
  const status = Number(json?.statusCode);
  if ((Number.isFinite(status) && (status === 405 || status === 404 || status >= 500)) || NETWORK_CODES.has(code) || /audit endpoint/i.test(message)) {
    return { kind: 'injoignable', message };
  }
  return { kind: 'erreur', message };
}

/**
 * The high and critical advisories of a report (one per advisory and package).
 * @returns {{ avis: string, paquet: string, gravite: string, titre: string, url: string }[]}
 */
export function avisGraves(rapport) {
  const out = new Map();
  for (const vulnerability of Object.values(rapport.vulnerabilities ?? {})) {
    for (const via of vulnerability.via ?? []) {
      if (typeof via !== 'object' || via === null || !GRAVES.has(via.severity)) continue;
      const ghsa = /GHSA(-[23456789cfghjmpqrvwx]{4}){3}/.exec(String(via.url ?? ''))?.[0];
      const avis = ghsa ?? `npm-${via.source}`;
      const paquet = String(via.name ?? via.dependency ?? vulnerability.name);
      out.set(`${avis} ${paquet}`, { avis, paquet, gravite: via.severity, titre: String(via.title ?? ''), url: String(via.url ?? '') });
    }
  }
  return [...out.values()].sort((a, b) => `${a.paquet} ${a.avis}`.localeCompare(`${b.paquet} ${b.avis}`));
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const jours = (a, b) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86400000);

/**
 * Checks the exceptions file's entries; each problem is one French line.
 * @returns {string[]}
 */
export function verifierExceptions(exceptions, aujourdhui) {
  const problems = [];
  if (!Array.isArray(exceptions)) return [`${EXCEPTIONS} : attendu { "exceptions": [ … ] }`];
  exceptions.forEach((e, i) => {
    const where = `${EXCEPTIONS} › exceptions[${i}]${e?.avis ? ` (${e.avis})` : ''}`;
    for (const field of ['avis', 'paquet', 'raison', 'revueLe', 'expireLe']) {
      if (typeof e?.[field] !== 'string' || e[field].trim() === '') problems.push(`${where} : champ « ${field} » manquant`);
    }
    if (typeof e?.raison === 'string' && e.raison.trim().length > 0 && e.raison.trim().length < 30) {
      problems.push(`${where} : raison trop courte : dites pourquoi l'avis ne s'applique pas au site`);
    }
    for (const field of ['revueLe', 'expireLe']) {
      if (typeof e?.[field] === 'string' && (!DATE.test(e[field]) || Number.isNaN(Date.parse(e[field])))) problems.push(`${where} : « ${field} » n'est pas une date AAAA-MM-JJ`);
    }
    if (!DATE.test(e?.revueLe ?? '') || !DATE.test(e?.expireLe ?? '')) return;
    if (jours(aujourdhui, e.revueLe) > 0) problems.push(`${where} : relu le ${e.revueLe}, une date future`);
    if (jours(e.revueLe, e.expireLe) > DUREE_MAX_JOURS) problems.push(`${where} : une exception vaut au plus ${DUREE_MAX_JOURS} jours après sa relecture`);
    if (jours(aujourdhui, e.expireLe) < 0) problems.push(`${where} : expirée le ${e.expireLe} : relisez l'avis, puis prolongez ou retirez l'exception`);
  });
  return problems;
}

/**
 * The verdict on a report, given the exceptions.
 * @returns {{ ok: boolean, lignes: string[] }}
 */
export function juger(rapport, exceptions, aujourdhui) {
  const lignes = [];
  const problems = verifierExceptions(exceptions, aujourdhui);
  const graves = avisGraves(rapport);
  const list = Array.isArray(exceptions) ? exceptions : [];
  const excepte = (a) => list.find((e) => e?.avis === a.avis && e?.paquet === a.paquet);
  for (const a of graves) {
    const e = excepte(a);
    if (e) lignes.push(`  exception relue le ${e.revueLe} (jusqu'au ${e.expireLe}) : ${a.avis} ${a.paquet} (${a.gravite}) — ${e.raison}`);
    else problems.push(`${a.avis} (${a.gravite}) dans ${a.paquet} : ${a.titre} ${a.url}`.trim());
  }
  for (const e of list) {
    if (!graves.some((a) => a.avis === e?.avis && a.paquet === e?.paquet)) lignes.push(`  exception sans objet (l'avis n'est plus signalé) : ${e?.avis} ${e?.paquet} — vous pouvez la retirer`);
  }
  const m = rapport.metadata?.vulnerabilities ?? {};
  lignes.unshift(
    `Audit des dépendances livrées (npm audit --omit=dev) : ${m.critical ?? 0} critique(s), ${m.high ?? 0} haute(s), ${m.moderate ?? 0} moyenne(s), ${m.low ?? 0} basse(s) ; ` +
      `${graves.length} avis haut ou critique, dont ${graves.filter(excepte).length} en exception relue.`,
  );
  return { ok: problems.length === 0, lignes: [...lignes, ...problems.map((p) => `✗ ${p}`)] };
}

function option(args, name) {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function main(args) {
  const strict = args.includes('--strict') || process.env.AUDIT_STRICT === '1';
  const aujourdhui = option(args, '--aujourdhui') ?? new Date().toISOString().slice(0, 10);
  const fichierExceptions = option(args, '--exceptions') ?? EXCEPTIONS;
  const saved = option(args, '--rapport');

  let exceptions = [];
  if (existsSync(fichierExceptions)) {
    try {
      exceptions = JSON.parse(readFileSync(fichierExceptions, 'utf8')).exceptions;
    } catch (error) {
      console.error(`✗ ${fichierExceptions} illisible : ${error.message}`);
      return 1;
    }
  }

  let stdout;
  if (saved) stdout = readFileSync(saved, 'utf8');
  else {
    const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 120000, maxBuffer: 64 * 1024 * 1024 });
    stdout = run.error ? JSON.stringify({ code: run.error.code === 'ETIMEDOUT' ? 'ETIMEDOUT' : run.error.code, message: String(run.error.message) }) : run.stdout;
  }
  const sortie = lireSortie(stdout);
  if (sortie.kind !== 'rapport') {
    // Expired or malformed exceptions fail even when the audit can't run.
    const problems = verifierExceptions(exceptions, aujourdhui);
    for (const p of problems) console.error(`✗ ${p}`);
    if (sortie.kind === 'injoignable' && !strict) {
      const message =
        `Audit des dépendances sauté : le service d'avis de sécurité du registre npm est injoignable (${sortie.message}). ` +
        `Relancez « npm run audit » quand le registre répond (« -- --strict » fait échouer dans ce cas).`;
      console.log(message);
      // On GitHub Actions (tests before publishing), a warning on the run: the site was published without this audit.
      if (process.env.GITHUB_ACTIONS === 'true') console.log(`::warning title=Audit des dépendances sauté::${message}`);
      return problems.length > 0 ? 1 : 0;
    }
    console.error(`✗ L'audit des dépendances n'a pas pu se faire : ${sortie.message}`);
    return 1;
  }
  const { ok, lignes } = juger(sortie.rapport, exceptions, aujourdhui);
  for (const l of lignes) (l.startsWith('✗') ? console.error : console.log)(l);
  if (!ok) {
    console.error(
      `\nAudit en échec. Mettez à jour le paquet (npm update / overrides), ou, si l'avis ne concerne pas le site, ajoutez une exception relue et datée dans ${EXCEPTIONS}.`,
    );
    return 1;
  }
  console.log('✓ Audit des dépendances : aucun avis haut ou critique hors exceptions relues.');
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  process.exitCode = main(process.argv.slice(2));
}
