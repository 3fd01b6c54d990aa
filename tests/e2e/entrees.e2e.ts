/**
 * Ways into the course, in the built site (issue 21): a bloc's page lists its
 * lessons in the order of the menu, with time to read, activities and the
 * learner's state, the référentiel on demand (short on a phone); « Mes parcours »
 * in the menu and on the home page; phone tables that say they scroll and a
 * compact « Ma progression » with readable labels; French typography (narrow
 * no-break spaces) in pages and activities; no English left on screen or for
 * screen readers (navbar, colour toggle, base-URL banner); the trainee's words
 * (no « traces », Leitner, debriefing or bare LRS; critères by their wording, the
 * code in small type; no H5P package or « aussi disponible » for the learner); a
 * glossary search result that lands on its term.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { BASE_PATH, activiteVivante, axeViolations, guard, newContext, url, sessionParTest } from './helpers';
import { blocById } from '@site/src/referentiel';
import { answerAll, DEMO_PAGE, quiz, waitForStoredJournal } from './demo';
import { jouerLeCas } from './cas';
import { ACTIVITES } from '@site/quizzes/index';
import { construireBanque } from '@site/src/build/activites/activites';
import { creerPasseport } from '@site/src/domain/apprenant/passeport';
import { etatRealiste } from '@site/src/build/mesures/passeports';

const session = sessionParTest();
const TELEPHONE = { width: 390, height: 844 };

async function ouvrir(page: Page, chemin: string): Promise<void> {
  await page.goto(url(chemin), { waitUntil: 'networkidle' });
  await page.locator('h1').first().waitFor();
}

/**
 * The text of the page's content (its MDX, the boxes, the bloc's list of lessons, the
 * glossary, the référentiel), without code, formulas and the activities' own interface.
 */
function texteDuContenu(page: Page): Promise<string> {
  return page.evaluate(() => {
    const racine = (document.querySelector('article') ?? document.querySelector('main'))!.cloneNode(true) as HTMLElement;
    racine.querySelectorAll('code, pre, math, script, style, input, textarea, [data-ilot]').forEach((n) => n.remove());
    return racine.textContent ?? '';
  });
}

test('a bloc page: its lessons in the order of the menu, time to read, activities, the référentiel on demand', async () => {
  const page = await session.context.newPage();
  const g = guard(page);
  await ouvrir(page, 'cours/bloc-1');
  const sommaire = page.locator('[data-sommaire-bloc]');
  await sommaire.waitFor();
  const lecons = await sommaire.locator('[data-lecon] h3 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  // The menu of the course on the same page, bloc 1 open.
  const menu = await page
    .locator(`nav.menu a.menu__link[href^="${BASE_PATH}cours/bloc-1/"]`)
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  expect(lecons.length).toBeGreaterThanOrEqual(8);
  expect(lecons).toEqual(menu);
  for (const li of await sommaire.locator('[data-lecon]').all()) {
    expect(await li.locator('p').first().textContent()).toMatch(/^\d+ (min|h \d{2}) de lecture/);
    const route = await li.getAttribute('data-lecon');
    for (const href of await li.locator('ul a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname + (a as HTMLAnchorElement).hash))) {
      expect(href).toMatch(new RegExp(`^${BASE_PATH}${route!.slice(1)}#(h5p-)?[a-z0-9-]+-titre$`));
    }
  }
  // Codes of the référentiel: on demand, closed.
  const details = page.locator('details').filter({ hasText: new RegExp(`Voir les ${blocById('B1').competences.length} compétences et les \\d+ critères du bloc 1`) });
  expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
  expect(await page.locator('[id="ref-B1.C1"]').isVisible()).toBe(false);
  expect(await axeViolations(page, '/cours/bloc-1')).toEqual([]);
  await details.locator('summary').click();
  await page.locator('[id="ref-B1.C1"]').waitFor();
  expect(await axeViolations(page, '/cours/bloc-1 (référentiel ouvert)')).toEqual([]);

  // An activity of the list leads to its heading in the lesson.
  await details.locator('summary').click();
  const lien = sommaire.locator('[data-lecon="/cours/bloc-1/autodetermination"] ul a').first();
  const ancre = (await lien.evaluate((a) => (a as HTMLAnchorElement).hash)).slice(1);
  await lien.click();
  await page.waitForURL((u) => u.hash === `#${ancre}`);
  await page.locator(`[id="${ancre}"]`).waitFor();
  expect(g.report()).toBe('');
});

test('a bloc’s référentiel is in its HTML, not in its scripts; reached within the site, it is loaded', async () => {
  const page = await session.context.newPage();
  const g = guard(page);
  const scripts: Promise<string>[] = [];
  page.on('response', (r) => {
    if (r.url().endsWith('.js')) scripts.push(r.text().catch(() => ''));
  });
  await ouvrir(page, 'cours/bloc-2');
  await page.locator('[data-sommaire-bloc]').waitFor();
  const intitule = (id: 'B1.C1.CR1' | 'B2.C1.CR1') => blocById(id.startsWith('B1') ? 'B1' : 'B2').competences[0]!.criteres[0]!.intitule;
  // A part of a critère's wording without accents (the bundles escape them).
  const extrait = (id: 'B1.C1.CR1' | 'B2.C1.CR1') => /[A-Za-z][A-Za-z ]{14,}[A-Za-z]/.exec(intitule(id))![0];
  expect(await page.locator('[id="ref-B2.C1.CR1"]').textContent()).toContain(extrait('B2.C1.CR1'));
  const charges = await Promise.all(scripts);
  expect(charges.length).toBeGreaterThan(3);
  expect(charges.filter((js) => js.includes(extrait('B2.C1.CR1')) || js.includes(extrait('B1.C1.CR1')))).toEqual([]);
  // Hydrated: the details still open and close (the HTML is the browser's own element).
  await page.locator('[data-referentiel-bloc] summary').click();
  await page.locator('[id="ref-B2.C1.CR1"]').waitFor();

  // Within the site (no HTML for the page): the référentiel is loaded and rendered.
  await page.locator(`nav.menu a.menu__link[href="${BASE_PATH}cours/bloc-1"]`).first().click();
  await page.waitForURL((u) => u.pathname === `${BASE_PATH}cours/bloc-1`);
  await page.locator('[data-referentiel-bloc] summary').filter({ hasText: /du bloc 1$/ }).click();
  await page.locator('[id="ref-B1.C1.CR1"]').filter({ hasText: extrait('B1.C1.CR1') }).waitFor();
  expect(await axeViolations(page, '/cours/bloc-1 (par un lien du site)')).toEqual([]);
  expect(g.report()).toBe('');
});

test('the bloc page shows where the learner stands: lesson under way, activity begun, where to go on', async () => {
  const page = await session.context.newPage();
  const g = guard(page);
  await ouvrir(page, 'cours/bloc-1');
  const lecon = page.locator('[data-lecon="/cours/bloc-1/autodetermination"]');
  await lecon.locator('[data-etat-lecon="a-faire"]').waitFor();
  expect(await lecon.locator('[data-etat-lecon]').textContent()).toBe('Pas commencée');
  await page.getByText(/^Commencez par la première leçon\s: Accueillir/).waitFor();

  // One question answered in the lesson's quiz (training mode: checked at once).
  await ouvrir(page, 'cours/bloc-1/autodetermination');
  const quiz = page.locator('[data-quiz="autodetermination"]');
  // The quiz is live (its code loaded as it came near): what is done now is recorded.
  await activiteVivante(page, 'autodetermination');
  await quiz.locator('fieldset input[type="radio"]').first().check();
  await quiz.getByRole('button', { name: 'Vérifier' }).first().click();
  await waitForStoredJournal(page, (verbs) => verbs.includes('answered'));

  await ouvrir(page, 'cours/bloc-1');
  await lecon.locator('[data-etat-lecon="en-cours"]').waitFor();
  expect(await lecon.locator('[data-etat-lecon]').textContent()).toBe('En cours');
  expect(await lecon.locator('[data-etat="commence"]').first().textContent()).toBe('Commencé');
  const continuer = page.getByText(/^Vous avez fait les activités de 0 leçon sur \d+\. Continuer\s:/);
  await continuer.waitFor();
  expect(await continuer.getByRole('link').getAttribute('href')).toBe(`${BASE_PATH}cours/bloc-1/autodetermination`);
  expect(await page.locator('[data-lecon="/cours/bloc-1/accueillir"] [data-etat-lecon]').textContent()).toBe('Pas commencée');
  expect(await axeViolations(page, '/cours/bloc-1 (avec avancement)')).toEqual([]);
  expect(g.report()).toBe('');
});

test('on a phone: the bloc page is short, « Mes parcours » is in the menu and on the home page', async () => {
  const context = await newContext(session.browser, { viewport: TELEPHONE });
  try {
    const page = await context.newPage();
    await ouvrir(page, 'cours/bloc-2');
    await page.locator('[data-sommaire-bloc]').waitFor();
    const { hauteur, largeur } = await page.evaluate(() => ({ hauteur: document.documentElement.scrollHeight, largeur: document.documentElement.scrollWidth }));
    console.log(`/cours/bloc-2 sur un téléphone (390 × 844) : ${hauteur} px de haut`);
    // Before: about 6,300 px of critère codes; now the lessons, then the référentiel on demand.
    expect(hauteur).toBeLessThan(5200);
    expect(largeur).toBeLessThanOrEqual(TELEPHONE.width);

    await ouvrir(page, '');
    expect(await page.locator('main a[href$="/parcours"]').first().textContent()).toBe('Mes parcours');
    expect(await page.locator('main a[href$="/progression"]').first().textContent()).toBe('Ma progression');
    await page.locator('button.navbar__toggle').click();
    const menu = page.locator('.navbar-sidebar');
    await menu.getByRole('link', { name: 'Mes parcours' }).click();
    await page.waitForURL((u) => u.pathname === `${BASE_PATH}parcours`);
  } finally {
    await context.close();
  }
});

test('on a phone, « Ma progression » is compact: readable chart labels, detail on demand, tables that say they scroll', async () => {
  const context = await newContext(session.browser, { viewport: TELEPHONE });
  try {
    const page = await context.newPage();
    const g = guard(page);
    await ouvrir(page, 'progression');
    await page.getByText('Chargement de vos données…').waitFor({ state: 'detached' });
    const hauteur = await page.evaluate(() => document.documentElement.scrollHeight);
    console.log(`/progression sur un téléphone (390 × 844), sans résultat : ${hauteur} px de haut`);
    expect(hauteur).toBeLessThan(8000);
    // Chart labels at the size of the text (the SVG chart shrank them to 8 px).
    const tailles = await page.locator('[data-graphique] li > span').evaluateAll((spans) => spans.map((s) => parseFloat(getComputedStyle(s).fontSize)).filter((t) => t > 0));
    expect(Math.min(...tailles)).toBeGreaterThanOrEqual(12);
    // The detail of a bloc opens on demand, and its table says it scrolls.
    const detail = page.locator('section[data-bloc="B1"] details').first();
    expect(await detail.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await detail.locator('summary').first().click();
    const region = detail.locator('[role="region"]');
    await region.waitFor();
    const { deborde } = await region.evaluate((r) => ({ deborde: r.scrollWidth > r.clientWidth }));
    if (deborde) await detail.locator('[data-defile]').waitFor();
    // The name of the table is above it, whole (a caption inside a wide table was cut off).
    expect(await region.getAttribute('aria-labelledby')).toBeTruthy();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(TELEPHONE.width);
    expect(await axeViolations(page, '/progression (téléphone, détail ouvert)')).toEqual([]);
    expect(g.report()).toBe('');
  } finally {
    await context.close();
  }
});

test('on a phone, « Ma progression » of a learner after weeks of practice stays short, the detail on demand', async () => {
  const context = await newContext(session.browser, { viewport: TELEPHONE });
  try {
    const page = await context.newPage();
    const g = guard(page);
    // 400 answers on the site's quizzes, training and exams (src/build/mesures/passeports.ts), brought in by the passport.
    const banque = construireBanque(path.resolve(__dirname, '..', '..'), ACTIVITES, new Map());
    const texte = creerPasseport(etatRealiste({ nom: 'Samia', graine: 21, traces: 400 }), { now: new Date(), revisionContenu: banque.revision });
    await ouvrir(page, 'progression/passeport');
    await page.getByLabel('Choisir un fichier de passeport (.json)').setInputFiles({ name: 'passeport-samia.json', mimeType: 'application/json', buffer: Buffer.from(texte) });
    const apercu = page.locator('[data-apercu]');
    await apercu.getByRole('button', { name: 'Remplacer mes données' }).click();
    await apercu.getByRole('button', { name: 'Confirmer le remplacement' }).click();
    await page.locator('[data-import-reussi]').waitFor();
    await ouvrir(page, 'progression');
    await page.locator('section[aria-labelledby="historique"] tbody tr').first().waitFor();
    const { hauteur, largeur } = await page.evaluate(() => ({ hauteur: document.documentElement.scrollHeight, largeur: document.documentElement.scrollWidth }));
    console.log(`/progression sur un téléphone (390 × 844), 400 réponses enregistrées : ${hauteur} px de haut`);
    // Before: about 21,000 px; the detail of each bloc (critères, rules) opens on demand.
    expect(hauteur).toBeLessThan(9000);
    expect(largeur).toBeLessThanOrEqual(TELEPHONE.width);
    expect(await page.locator('section[aria-labelledby="historique"] tbody tr').count()).toBeLessThanOrEqual(8);
    expect(await page.locator('section[data-bloc] details[open]').count()).toBe(0);
    expect(await axeViolations(page, '/progression (téléphone, 400 réponses)')).toEqual([]);
    expect(g.report()).toBe('');
  } finally {
    await context.close();
  }
});

test('on a phone, the result of a quiz fits: the points stay on one line in their column, the result stays on the screen', async () => {
  const context = await newContext(session.browser, { viewport: TELEPHONE });
  try {
    const page = await context.newPage();
    const g = guard(page);
    await ouvrir(page, DEMO_PAGE);
    const q = quiz(page);
    await activiteVivante(page, 'cadre-esat-ea');
    await q.getByRole('button', { name: /^Examen/ }).click();
    await q.getByRole('button', { name: "Commencer l'examen" }).click();
    await answerAll(page, false);
    await q.getByRole('button', { name: 'Terminer et voir la correction' }).click();
    const rapport = q.locator('section[id$="-rapport-section"]');
    await rapport.getByText('Votre résultat').waitFor();
    const mesure = await rapport.evaluate((section) => {
      const boite = section.getBoundingClientRect();
      const cellules = [...section.querySelectorAll('table td:last-child, table th:last-child')];
      /** Lines a cell's text takes (distinct tops of its boxes). */
      const lignes = (el: Element) => {
        const r = document.createRange();
        r.selectNodeContents(el);
        return new Set([...r.getClientRects()].map((x) => Math.round(x.top))).size;
      };
      return {
        depasse: cellules.filter((c) => c.getBoundingClientRect().right > boite.right + 0.5).length,
        points: cellules.length,
        surPlusieursLignes: cellules.filter((c) => lignes(c) > 1).length,
        rapportPlusLarge: section.scrollWidth > section.clientWidth,
        horsEcran: boite.right > window.innerWidth,
      };
    });
    expect(mesure.points).toBeGreaterThan(1);
    expect(mesure).toEqual({ depasse: 0, points: mesure.points, surPlusieursLignes: 0, rapportPlusLarge: false, horsEcran: false });
    expect(g.report()).toBe('');
  } finally {
    await context.close();
  }
});

test('French typography: narrow no-break spaces before « : ; ! ? » in lessons and activities, never an ordinary one', async () => {
  const page = await session.context.newPage();
  const problemes: string[] = [];
  for (const chemin of ['cours/bloc-1/accueillir', 'cours/bloc-2/indicateurs-production', 'cours/introduction/s-entrainer-sur-le-cadre', 'cours/ressources/glossaire', 'cours/bloc-1']) {
    await ouvrir(page, chemin);
    const texte = await texteDuContenu(page);
    expect([chemin, texte.includes('\u202f:')]).toEqual([chemin, true]);
    for (const m of texte.matchAll(/.{0,25}[ \u00a0][:;!?»].{0,10}/g)) problemes.push(`${chemin} : « ${m[0]} »`);
    for (const m of texte.matchAll(/.{0,10}«[ \u00a0].{0,25}/g)) problemes.push(`${chemin} : « ${m[0]} »`);
  }
  // In an activity's data too: the questions of a quiz, as the page shows them.
  await ouvrir(page, 'cours/introduction/s-entrainer-sur-le-cadre');
  const quiz = page.locator('[data-quiz="cadre-esat-ea"]');
  await activiteVivante(page, 'cadre-esat-ea');
  await quiz.getByRole('button', { name: 'Vérifier' }).first().waitFor();
  const enonces = (await quiz.locator('legend').allTextContents()).join('\n');
  expect(enonces).toMatch(/\u202f\?/);
  for (const m of enonces.matchAll(/.{0,25}[ \u00a0][:;!?»].{0,10}/g)) problemes.push(`quiz cadre-esat-ea : « ${m[0]} »`);
  expect(problemes).toEqual([]);
  await page.close();
});

test('no English on screen or for screen readers: navigation, colour toggle, search page', async () => {
  const page = await session.context.newPage();
  const g = guard(page);
  await ouvrir(page, '');
  expect(await page.locator('nav.navbar').getAttribute('aria-label')).toBe('Menu principal');
  const bouton = page.locator('.navbar button[title]').filter({ has: page.locator('svg') }).first();
  for (let i = 0; i < 3; i += 1) {
    const nom = `${await bouton.getAttribute('aria-label')} ${await bouton.getAttribute('title')}`;
    expect(nom).toMatch(/^Changer de thème/);
    expect(nom).not.toMatch(/system|mode|dark|light/i);
    await bouton.click();
  }
  const anglais = /\b(system mode|Main|opens in new tab|Docs sidebar|Toggle|Search the documentation|Your Docusaurus site|search index)\b/;
  for (const chemin of ['', 'cours/bloc-1/accueillir', 'search?q=atelier', 'progression', 'formateurs/parcours']) {
    await ouvrir(page, chemin);
    const textes = await page.evaluate(() =>
      [document.body.innerText, ...[...document.querySelectorAll('[aria-label], [title], [placeholder]')].map((e) => `${e.getAttribute('aria-label') ?? ''} ${e.getAttribute('title') ?? ''} ${e.getAttribute('placeholder') ?? ''}`)].join('\n'),
    );
    expect([chemin, anglais.exec(textes)?.[0] ?? null]).toEqual([chemin, null]);
  }
  expect(g.report()).toBe('');
  await page.close();
});

test('a site built for another base URL says so in French', async () => {
  // The home page served under another path: its scripts and styles (under the build's base) are not found.
  const accueil = readFileSync(path.resolve(__dirname, '..', '..', 'build', 'index.html'));
  const serveur = createServer((req, res) => {
    if (req.url === '/ailleurs/') res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(accueil);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => serveur.listen(0, '127.0.0.1', resolve));
  const { port } = serveur.address() as AddressInfo;
  const context = await session.browser.newContext({ locale: 'fr-FR', serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/ailleurs/`, { waitUntil: 'load' });
    const bandeau = page.locator('#__docusaurus-base-url-issue-banner');
    await bandeau.waitFor();
    const texte = await bandeau.innerText();
    expect(texte).toMatch(/^Le site ne s’est pas chargé correctement\./);
    expect(texte).toContain(`Adresse de base de cette construction : ${BASE_PATH}.`);
    expect(texte).toContain('BASE_URL=/ailleurs/ npm run build');
    expect(texte).not.toMatch(/Docusaurus|did not load/);
  } finally {
    await context.close();
    await new Promise((resolve) => serveur.close(resolve));
  }
});

test('a glossary term found by the search leads to the term itself', async () => {
  const page = await session.context.newPage();
  const g = guard(page);
  await page.goto(url('search?q=CDAPH'), { waitUntil: 'networkidle' });
  const resultats = page.locator('article[class*="searchResultItem"] h2 a');
  await resultats.first().waitFor({ timeout: 20_000 });
  const liens = await resultats.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname + (a as HTMLAnchorElement).hash));
  const glossaire = liens.filter((l) => l.startsWith(`${BASE_PATH}cours/ressources/glossaire`));
  expect(glossaire[0]).toBe(`${BASE_PATH}cours/ressources/glossaire#cdaph`);
  // Lessons that speak of the CDAPH are found too: the test follows the glossary's result.
  await page.locator('article[class*="searchResultItem"] h2 a[href$="glossaire#cdaph"]').first().click();
  await page.waitForURL((u) => u.hash === '#cdaph');
  const terme = page.locator('h3[id="cdaph"]');
  await terme.waitFor();
  await page.waitForFunction(() => {
    const h = document.getElementById('cdaph');
    if (!h) return false;
    const r = h.getBoundingClientRect();
    return r.top >= 0 && r.top < window.innerHeight / 2;
  });
  expect(g.report()).toBe('');
  await page.close();
});

/**
 * What the learner reads, without what is between parentheses (an acronym explained,
 * « plateforme de suivi (LRS) », may stay there).
 */
const HORS_PARENTHESES = /\([^)]*\)/g;
const JARGON = /\b([Tt]races?|Leitner|[Dd]ébriefing|LRS)\b/;

test('the trainee’s words: no « traces », Leitner, debriefing or bare LRS; critères by their wording, the code in small type', async () => {
  const page = await session.context.newPage();
  const g = guard(page);
  for (const chemin of ['', 'progression', 'progression/passeport', 'progression/revision', 'parcours', 'reglages', 'cours/bloc-1/accueillir']) {
    await ouvrir(page, chemin);
    await page.waitForFunction(() => !document.body.innerText.includes('Chargement de vos données…'));
    // Lessons may speak of « traces » in their own sense (written records at work): there, only the site's interface counts.
    const texte = await page.evaluate((lecon) => {
      const racine = lecon ? [...document.querySelectorAll('main [data-ilot], main [data-activite-h5p]')] : [document.querySelector('main')!];
      return racine.map((r) => (r as HTMLElement).innerText).join('\n');
    }, chemin.startsWith('cours/'));
    expect([chemin, JARGON.exec(texte.replace(HORS_PARENTHESES, ''))?.[0] ?? null]).toEqual([chemin, null]);
  }

  // A quiz and a case study say what they work on in words; the codes stay, smaller, for trainers.
  await ouvrir(page, DEMO_PAGE);
  for (const [id, activite] of [['cadre-esat-ea', quiz(page)], ['premiers-jours-de-karim', page.locator('[data-cas="premiers-jours-de-karim"]')]] as const) {
    // Measured on the live activity: its styles come with its code.
    await activiteVivante(page, id);
    await activite.scrollIntoViewIfNeeded();
    const meta = activite.locator('p').filter({ hasText: /^Ce que vous travaillez\s?: / });
    await meta.waitFor();
    const { mots, codes } = await meta.evaluate((p) => {
      const taille = parseFloat(getComputedStyle(p).fontSize);
      const liens = [...p.querySelectorAll('.ma-code')];
      const sansCodes = p.cloneNode(true) as HTMLElement;
      sansCodes.querySelectorAll('.ma-code').forEach((c) => c.remove());
      return {
        mots: sansCodes.textContent!.replace(/^Ce que vous travaillez\s?:/, '').split(';').map((t) => t.trim()),
        codes: liens.map((c) => ({ code: c.textContent, plusPetit: parseFloat(getComputedStyle(c).fontSize) < taille })),
      };
    });
    expect(codes.length).toBeGreaterThan(0);
    for (const c of codes) expect(c).toEqual({ code: expect.stringMatching(/^B\d\.C\d+\.CR\d+$/), plusPetit: true });
    expect(mots).toHaveLength(codes.length);
    for (const m of mots) expect(m.length).toBeGreaterThan(15);
  }
  expect(await axeViolations(page, 'quiz et mise en situation : ce que vous travaillez')).toEqual([]);

  // The result of a quiz: what is assessed, in words, and the points (no column of codes).
  const q = quiz(page);
  await page.locator('[data-ilot="cadre-esat-ea"][data-ilot-actif]').waitFor();
  await q.getByRole('button', { name: /^Examen/ }).click();
  await q.getByRole('button', { name: "Commencer l'examen" }).click();
  await answerAll(page, false);
  await q.getByRole('button', { name: 'Terminer et voir la correction' }).click();
  const tableau = q.locator('table[class*="tableCriteres"]');
  await tableau.waitFor();
  expect(await tableau.locator('thead th').allTextContents()).toEqual(['Ce qui est évalué', 'Points']);
  expect(await tableau.locator('tbody th').first().textContent()).toMatch(/^\D{15,} B\d\.C\d+\.CR\d+$/);

  // The end of a case study: « Retour sur vos choix, point par point », each critère by its wording.
  const { cas, chemin: meilleur } = await jouerLeCas(page, 'premiers-jours-de-karim', 'optimale');
  await cas.getByText('Retour sur vos choix, point par point').waitFor();
  const fin = await cas.locator('ul[class*="debrief"] > li strong').allTextContents();
  expect(fin).toHaveLength(meilleur.debrief);
  for (const t of fin) expect(t).toMatch(/^\D{15,} B\d\.C\d+\.CR\d+$/);
  expect(JARGON.exec((await cas.innerText()).replace(HORS_PARENTHESES, ''))).toBeNull();
  expect(g.report()).toBe('');
  await page.close();
});

test('H5P: no package to download and no « aussi disponible » on a lesson; the packages are on the trainers’ page', () => {
  const build = path.resolve(__dirname, '..', '..', 'build');
  const lecons = (readdirSync(path.join(build, 'cours'), { recursive: true }) as string[]).filter((f) => f.endsWith('.html'));
  expect(lecons.length).toBeGreaterThan(30);
  const problemes: string[] = [];
  for (const f of lecons) {
    const html = readFileSync(path.join(build, 'cours', f), 'utf8');
    if (/aussi disponible/i.test(html)) problemes.push(`cours/${f} : « aussi disponible »`);
    if (/href="?[^"\s>]*\.h5p["\s>]/.test(html)) problemes.push(`cours/${f} : lien vers un paquet .h5p`);
  }
  expect(problemes).toEqual([]);
  const ressources = readFileSync(path.join(build, 'formateurs', 'ressources.html'), 'utf8');
  expect(ressources).toMatch(/href="?[^"\s>]*\/h5p\/paquets\/[a-z0-9-]+\.h5p["\s>]/);
});
