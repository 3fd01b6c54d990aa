/**
 * Checks on the built files (no browser): answer keys are not in any page or
 * script, only in the rubric files fetched on submit; links stored in data files
 * (glossary, case debriefs) point to pages and anchors that exist.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ACTIVITES } from '@site/quizzes/index';
import { GLOSSAIRE } from '@site/src/contenu/glossaire';

const build = path.resolve(__dirname, '..', '..', 'build');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    const full = path.join(dir, e);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

const all = files(build);
const pagesAndScripts = all.filter((f) => /\.(html|js)$/.test(f));

/** Texts only the rubric may contain: feedback, explanations, accepted answers, consequences. */
function secrets(): { activite: string; texte: string }[] {
  const out: { activite: string; texte: string }[] = [];
  const push = (activite: string, texte: string) => {
    if (texte.length >= 25) out.push({ activite, texte });
  };
  for (const a of ACTIVITES) {
    if (a.kind === 'quiz') {
      for (const q of a.questions) {
        push(a.id, q.explication);
        if ('options' in q) q.options.forEach((o) => push(a.id, o.feedback));
        if (q.type === 'vrai-faux') [q.feedback.vrai, q.feedback.faux].forEach((t) => push(a.id, t));
        if (q.type === 'association') q.gauche.forEach((g) => push(a.id, g.feedback));
        if (q.type === 'ordre') q.etapes.forEach((e) => push(a.id, e.feedback));
        if (q.type === 'texte-a-trous') Object.values(q.trous).forEach((t) => push(a.id, t.feedback));
        if (q.type === 'numerique') [q.feedback.juste, q.feedback.faux].forEach((t) => push(a.id, t));
      }
    } else {
      for (const n of a.noeuds) {
        if (n.type === 'situation') n.choix.forEach((c) => [c.consequence, c.feedback].forEach((t) => push(a.id, t)));
        else push(a.id, n.texte);
      }
    }
  }
  return out;
}

test('no feedback, explanation or consequence is in any HTML page or script', () => {
  const list = secrets();
  expect(list.length).toBeGreaterThan(50);
  const leaks: string[] = [];
  for (const file of pagesAndScripts) {
    const content = readFileSync(file, 'utf8');
    for (const s of list) {
      const escaped = JSON.stringify(s.texte).slice(1, -1);
      if (content.includes(s.texte) || content.includes(escaped)) leaks.push(`${path.relative(build, file)} contient un texte de correction de « ${s.activite} » : ${s.texte.slice(0, 60)}…`);
    }
  }
  expect(leaks).toEqual([]);
});

test('each activity has exactly one rubric file, and it holds the answer key', () => {
  for (const a of ACTIVITES) {
    const matches = all.filter((f) => new RegExp(`[\\\\/]activites[\\\\/]${a.id}\\.[0-9a-f]{10}\\.json$`).test(f));
    expect([a.id, matches.length]).toEqual([a.id, 1]);
    const rubric = JSON.parse(readFileSync(matches[0]!, 'utf8'));
    expect(rubric.activite.id).toBe(a.id);
  }
});

/** Ids present in a built page. */
function idsOf(route: string): Set<string> | null {
  const base = path.join(build, route.replace(/^\//, ''));
  const file = [`${base}.html`, path.join(base, 'index.html')].find((f) => {
    try {
      return statSync(f).isFile();
    } catch {
      return false;
    }
  });
  if (!file) return null;
  const html = readFileSync(file, 'utf8');
  return new Set([...html.matchAll(/\sid=("([^"]+)"|([^\s>]+))/g)].map((m) => m[2] ?? m[3]!));
}

function checkLink(link: string, where: string, problems: string[]) {
  const [route, anchor] = link.split('#');
  const ids = idsOf(route!);
  if (!ids) problems.push(`${where} : la page ${route} n'existe pas`);
  else if (anchor && !ids.has(decodeURIComponent(anchor))) problems.push(`${where} : l'ancre #${anchor} n'existe pas dans ${route}`);
}

test('links stored in data files point to existing pages and anchors', () => {
  const problems: string[] = [];
  for (const t of GLOSSAIRE) checkLink(t.lecon, `glossaire « ${t.terme} »`, problems);
  for (const a of ACTIVITES) {
    if (a.kind !== 'cas') continue;
    for (const [c, d] of Object.entries(a.debrief)) if (d?.lien) checkLink(d.lien, `cas « ${a.id} », débriefing ${c}`, problems);
  }
  expect(problems).toEqual([]);
});
