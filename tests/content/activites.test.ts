/**
 * Content checks of every activity, with messages for authors: which file, which
 * question, which field, what to fix. All problems are listed in one run.
 */
import path from 'node:path';
import { ACTIVITES } from '@site/quizzes/index';
import { activityFiles, registryProblems } from '@site/src/build/activites/activites';
import { isCritereId } from '@site/src/referentiel';

const siteDir = path.resolve(__dirname, '..', '..');

test('the registry lists exactly the activity files on disk, and each id is its file name', () => {
  const onDisk = activityFiles(siteDir);
  const registered = new Set(ACTIVITES.map((a) => a.id));
  const missing = [...onDisk.entries()].filter(([id]) => !registered.has(id)).map(([, f]) => `${f} n'est pas importé dans quizzes/index.ts`);
  const orphans = [...registered].filter((id) => !onDisk.has(id)).map((id) => `quizzes/index.ts cite « ${id} », mais aucun fichier ${id}.quiz.ts ou ${id}.cas.ts n'existe`);
  expect([...missing, ...orphans]).toEqual([]);
  for (const activite of ACTIVITES) {
    const file = onDisk.get(activite.id)!;
    expect(`${file} : ${activite.kind}`).toBe(`${file} : ${file.endsWith('.cas.ts') ? 'cas' : 'quiz'}`);
  }
});

test('every activity passes the author checks (ids, answer keys, feedback, sources, graph)', () => {
  expect(registryProblems(siteDir, ACTIVITES)).toEqual([]);
});

test('every critère cited exists in the référentiel', () => {
  const unknown = ACTIVITES.flatMap((a) =>
    (a.kind === 'quiz' ? a.questions.flatMap((q) => q.criteres) : a.criteres).filter((c) => !isCritereId(c)).map((c) => `${a.id} : ${c}`),
  );
  expect(unknown).toEqual([]);
});

test('every question has an explanation and a source; every option a feedback', () => {
  const problems: string[] = [];
  for (const a of ACTIVITES) {
    if (a.kind !== 'quiz') continue;
    for (const q of a.questions) {
      if (!q.explication.trim()) problems.push(`${a.id}/${q.id} : explication vide`);
      if (!q.source.trim()) problems.push(`${a.id}/${q.id} : source vide`);
      if ('options' in q) for (const o of q.options) if (!o.feedback.trim()) problems.push(`${a.id}/${q.id}/${o.id} : feedback vide`);
    }
  }
  expect(problems).toEqual([]);
});
