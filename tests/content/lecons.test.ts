/**
 * Pages of docs/: front matter lists the compétences and critères taught (valid
 * ids, critères inside the listed compétences, inside the page's bloc); embedded
 * activities exist; glossary entries point to real pages.
 */
import path from 'node:path';
import { ACTIVITES } from '@site/quizzes/index';
import { competenceOf, isCompetenceId, isCritereId, blocOf } from '@site/src/referentiel';
import { GLOSSAIRE } from '@site/src/contenu/glossaire';
import { h5pActivities } from '@site/src/build/h5p/registre';
import { readPages } from '@site/src/build/lecons/lecons';

const siteDir = path.resolve(__dirname, '..', '..');
const pages = readPages(siteDir);

test('every page declares competences and criteres with known ids, coherent with each other', () => {
  const problems: string[] = [];
  for (const page of pages) {
    const fm = page.frontMatter;
    if (!Array.isArray(fm.competences)) problems.push(`${page.fichier} : « competences: [...] » manquant dans l'en-tête`);
    if (!Array.isArray(fm.criteres)) problems.push(`${page.fichier} : « criteres: [...] » manquant dans l'en-tête`);
    if (typeof fm.description !== 'string' || fm.description.length < 50) problems.push(`${page.fichier} : description (≥ 50 caractères) manquante dans l'en-tête`);
    for (const c of page.competences) if (!isCompetenceId(c)) problems.push(`${page.fichier} : compétence inconnue « ${String(c)} »`);
    for (const c of page.criteres) {
      if (!isCritereId(c)) {
        problems.push(`${page.fichier} : critère inconnu « ${String(c)} »`);
        continue;
      }
      if (!page.competences.includes(competenceOf(c).id)) {
        problems.push(`${page.fichier} : le critère ${c} appartient à ${competenceOf(c).id}, absente de « competences »`);
      }
      if (page.estLecon && page.bloc && blocOf(c).id !== page.bloc) {
        problems.push(`${page.fichier} : le critère ${c} n'est pas du bloc ${page.bloc}`);
      }
    }
    if (page.estLecon && page.criteres.length === 0) problems.push(`${page.fichier} : une leçon enseigne au moins un critère`);
  }
  expect(problems).toEqual([]);
});

test('every embedded activity exists, with the right component', () => {
  const byId = new Map(ACTIVITES.map((a) => [a.id, a]));
  const h5p = new Set(h5pActivities().map((a) => a.id));
  const problems: string[] = [];
  for (const page of pages) {
    for (const { composant, id, ligne } of page.activites) {
      if (composant === 'H5P') {
        if (!h5p.has(id)) problems.push(`${page.fichier}:${ligne} : <H5P id="${id}"> : aucune activité H5P (marquez l'activité h5p: true, ou importez le paquet)`);
        continue;
      }
      const a = byId.get(id);
      if (!a) problems.push(`${page.fichier}:${ligne} : <${composant} id="${id}"> : activité inconnue`);
      else if ((a.kind === 'quiz') !== (composant === 'Quiz')) problems.push(`${page.fichier}:${ligne} : « ${id} » n'est pas un ${composant}`);
    }
  }
  expect(problems).toEqual([]);
});

test('glossary entries are unique and point to a page of the site', () => {
  const routes = new Set(pages.map((p) => p.route));
  const ids = new Set<string>();
  const problems: string[] = [];
  for (const t of GLOSSAIRE) {
    if (ids.has(t.id)) problems.push(`glossaire : id « ${t.id} » en double`);
    ids.add(t.id);
    if (!t.lecon) continue;
    const route = t.lecon.split('#')[0]!;
    if (!routes.has(route)) problems.push(`glossaire « ${t.terme} » : page inconnue ${route}`);
    else {
      // The page the entry sends to uses the term (or its spelled-out form): a reader finds it there.
      const page = pages.find((p) => p.route === route)!;
      // Accents, case, apostrophes and plurals aside.
      const sans = (x: string) =>
        x
          .normalize('NFD')
          .replace(/\p{M}/gu, '')
          .toLowerCase()
          .replace(/[’‘]/g, "'")
          .replace(/([a-z]{3,})[sx]\b/g, '$1');
      // A double entry (« PMSMP et MISPE ») is found by either of its parts.
      const cherche = [t.terme, ...t.terme.split(/ et | ; /), t.developpe].filter((x): x is string => Boolean(x)).map(sans);
      if (!cherche.some((x) => sans(page.texte).includes(x))) {
        problems.push(`glossaire « ${t.terme} » : la page ${route} (${page.fichier}) ne cite ni « ${t.terme} »${t.developpe ? ` ni « ${t.developpe} »` : ''} ; choisissez une page qui l’emploie`);
      }
    }
  }
  expect(problems).toEqual([]);
});
