/**
 * The trainer's journey in the built site: compose an assignment (keyboard and
 * clicks), get its link and QR code; a learner (another browser) opens the link,
 * adds it, does two activities and sees the statuses change; malformed links are
 * refused; the trainer opens 32 files in the cohort table (30 passports, 3 of
 * them later files of the same learners, 2 malformed), filters, prints and
 * downloads the CSV. axe finds no violation in any of these states.
 *
 * The passports are made with the domain functions (creerPasseport): the
 * passport export page is built in another part of the site.
 */
import { jouerLeCas } from './cas';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { ACTIVITES } from '@site/quizzes/index';
import { construireBanque } from '@site/src/build/activites/activites';
import { encoderParcours, fragmentParcours } from '@site/src/domain/formateur/lien-parcours';
import { dateLocale, type Parcours } from '@site/src/domain/formateur/parcours';
import { creerPasseport } from '@site/src/domain/apprenant/passeport';
import { colonnesCohorte, filtrerTableau, TABLEAU_VIDE } from '@site/src/domain/formateur/tableau-cohorte';
import { importerFichiers } from '@site/src/domain/formateur/lecture-cohorte';
import { blocDuGroupe } from '@site/src/domain/formateur/cohorte-parcours';
import { etatRealiste, passeportsCohorte } from '@site/src/build/mesures/passeports';
import { attendreFocus, attendreQue, axeViolations, guard, launch, newContext, url, type Guard } from './helpers';
import { answerAll, quiz } from './demo';

// A long journey on a shared machine.
jest.setTimeout(240_000);

const banque = construireBanque(path.resolve(__dirname, '..', '..'), ACTIVITES, new Map());
const DANS_UN_MOIS = dateLocale(new Date(Date.now() + 30 * 86_400_000));

let browser: Browser;
const contexts: BrowserContext[] = [];
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  for (const c of contexts.splice(0)) await c.close();
});

async function ouvrir(chemin: string): Promise<{ page: Page; g: Guard }> {
  const context = await newContext(browser);
  contexts.push(context);
  const page = await context.newPage();
  const g = guard(page);
  await page.goto(url(chemin), { waitUntil: 'networkidle' });
  return { page, g };
}

/**
 * Goes to a page once the current one is quiet: a navigation that starts while
 * Docusaurus prefetches the chunks of visible links aborts those requests.
 */
async function aller(page: Page, cible: string) {
  await page.waitForLoadState('networkidle');
  await page.goto(cible, { waitUntil: 'networkidle' });
}

const activeText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');
/** The learners' names in the cohort table (each row header: the name, then the last activity in small type). */
const nomsAffiches = (table: Locator) => table.locator('tbody th[scope="row"]').evaluateAll((ths) => ths.map((th) => th.firstChild?.textContent ?? ''));

/** Answers the demo quiz right (demo.ts) and checks every question. */
async function reussirLeQuiz(page: Page) {
  const q = quiz(page);
  await answerAll(page, true);
  for (;;) {
    // While the answer key loads, every « Vérifier » reads « Chargement de la correction… ».
    await q.getByRole('button', { name: /^Chargement de la correction/ }).first().waitFor({ state: 'detached' });
    const button = q.getByRole('button', { name: 'Vérifier' }).first();
    if ((await button.count()) === 0) break;
    await button.click();
  }
  await q.getByText('Votre résultat').waitFor();
  expect(await q.locator('[class*="rapport"]').textContent()).toMatch(/— quiz réussi/);
}

/** Plays the case study along its best path (as in activites.e2e.ts). */
async function reussirLeCas(page: Page) {
  await jouerLeCas(page, 'premiers-jours-de-karim', 'optimale');
}

test('hub: the trainer tools and the privacy rules, without accessibility violation', async () => {
  const { page, g } = await ouvrir('formateurs');
  await page.getByRole('heading', { level: 1, name: 'Espace formateur' }).waitFor();
  for (const [nom, chemin] of [
    ['Composer un parcours', 'formateurs/parcours'],
    ['Suivre une cohorte', 'formateurs/cohorte'],
    ['Lire un résumé', 'formateurs/resume'],
    ['Voir les ressources', 'formateurs/ressources'],
  ] as const) {
    expect(new URL(await page.getByRole('link', { name: nom, exact: true }).getAttribute('href') ?? '', url('')).pathname).toBe(new URL(url(chemin)).pathname);
  }
  await page.getByText(/C’est le stagiaire qui vous envoie son passeport/).waitFor();
  expect(await axeViolations(page, '/formateurs')).toEqual([]);
  expect(g.report()).toBe('');
});

test('a trainer composes an assignment; a learner adds it, does two activities and sees the statuses', async () => {
  // --- Trainer ---------------------------------------------------------------
  const { page: formateur, g: gf } = await ouvrir('formateurs/parcours');
  await formateur.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const lecon = formateur.getByLabel('Leçon : Accueillir une personne dans l\'atelier');
  await lecon.waitFor();
  expect(await axeViolations(formateur, '/formateurs/parcours (vide)')).toEqual([]);

  // Nothing filled in: the error summary gets the focus and names each problem.
  await formateur.getByRole('button', { name: 'Générer le lien' }).click();
  const resume = formateur.getByRole('heading', { name: /Le lien n’a pas été créé : 2 points à corriger/ });
  await resume.waitFor();
  await attendreQue('focus sur le résumé des erreurs', async () =>
    /2 points à corriger/.test(await formateur.evaluate(() => document.activeElement?.querySelector('h2')?.textContent ?? '')),
  );
  await formateur.getByRole('link', { name: 'Donnez un titre au parcours.' }).waitFor();
  await formateur.getByRole('link', { name: 'Cochez au moins une leçon ou une activité.' }).waitFor();
  expect(await formateur.getByLabel('Titre (obligatoire)').getAttribute('aria-invalid')).toBe('true');
  // A link of the summary puts the focus in its field.
  await formateur.getByRole('link', { name: 'Donnez un titre au parcours.' }).click();
  await attendreFocus(formateur.getByLabel('Titre (obligatoire)'), 'le champ du titre');
  expect(await axeViolations(formateur, '/formateurs/parcours (erreurs)')).toEqual([]);

  await formateur.getByLabel('Titre (obligatoire)').fill('Semaine 1 — le cadre et l’accueil');
  await formateur.getByLabel('Groupe (facultatif)').fill('Promo 2026');
  await formateur.getByLabel('Échéance (facultatif)').fill(DANS_UN_MOIS);
  await formateur.getByLabel('Entraînement').check();
  // Keyboard: Space ticks the lesson, Tab goes to its quiz (not ticked here).
  await lecon.focus();
  await formateur.keyboard.press('Space');
  expect(await lecon.isChecked()).toBe(true);
  await formateur.keyboard.press('Tab');
  expect(await formateur.evaluate(() => (document.activeElement as HTMLInputElement).labels?.[0]?.textContent)).toMatch(/^Quiz :.*Accueillir/);
  // Clicks: the quiz and the case study of the training page.
  await formateur.getByLabel(/^Quiz : Le cadre des ESAT et des entreprises adaptées/).first().check();
  await formateur.getByLabel('Mise en situation : Les premiers jours de Karim').check();
  // The same activity, shown under two lessons, is one item.
  expect(await formateur.getByLabel(/^Quiz : Le cadre des ESAT/).nth(1).isChecked()).toBe(true);
  await formateur.getByRole('status').filter({ hasText: '3 éléments choisis sur 40 au plus.' }).waitFor();
  await formateur.getByText(/^B1\.C1\.CR1 — /).first().waitFor();

  await formateur.getByRole('button', { name: 'Générer le lien' }).click();
  const titreResultat = formateur.getByRole('heading', { name: 'Le lien du parcours « Semaine 1 — le cadre et l’accueil »' });
  await titreResultat.waitFor();
  expect(await activeText(formateur)).toBe('Le lien du parcours « Semaine 1 — le cadre et l’accueil »');
  const lien = await formateur.getByLabel('Lien à envoyer').inputValue();
  expect(lien).toMatch(/\/moniteur-atelier\/parcours#p=2~[A-Za-z0-9_~-]+$/);
  const qr = formateur.locator('svg[data-qr]');
  await qr.waitFor();
  expect(await qr.getAttribute('data-qr')).toBe(lien);
  expect(await qr.getAttribute('aria-label')).toBe('QR code du lien du parcours « Semaine 1 — le cadre et l’accueil »');
  const fragment = lien.slice(lien.indexOf('#'));
  expect(await formateur.getByRole('link', { name: /Ouvrir le lien/ }).getAttribute('href')).toBe(`${new URL(url('parcours')).pathname}${fragment}`);
  await formateur.getByText(new RegExp(`Longueur du parcours dans le lien : ${fragment.length - '#p='.length} caractères sur 4\\s000 au plus`)).waitFor();
  await formateur.getByRole('button', { name: 'Copier le lien' }).click();
  await formateur.getByRole('status').filter({ hasText: /Lien copié|le lien est sélectionné/ }).waitFor();
  expect(await axeViolations(formateur, '/formateurs/parcours (lien généré)')).toEqual([]);
  expect(gf.report()).toBe('');

  // --- Learner, in another browser -------------------------------------------
  const { page: stagiaire, g: gs } = await ouvrir('parcours');
  await stagiaire.getByText('Vous n’avez encore aucun parcours.').waitFor();
  expect(await axeViolations(stagiaire, '/parcours (vide)')).toEqual([]);
  await aller(stagiaire, `${url('parcours')}${fragment}`);
  await stagiaire.getByRole('heading', { name: 'Parcours reçu : Semaine 1 — le cadre et l’accueil' }).waitFor();
  expect(new URL(stagiaire.url()).hash).toBe('');
  await stagiaire.getByText('Promo 2026').waitFor();
  expect(await axeViolations(stagiaire, '/parcours (parcours reçu)')).toEqual([]);
  await stagiaire.getByRole('button', { name: 'Ajouter à mes parcours' }).click();
  await stagiaire.getByRole('status').filter({ hasText: 'Parcours « Semaine 1 — le cadre et l’accueil » ajouté à vos parcours.' }).waitFor();
  const carte = stagiaire.getByRole('article', { name: 'Semaine 1 — le cadre et l’accueil' });
  await carte.getByText('0 réussi sur 3').waitFor();
  expect(await carte.getByText('Statut : À faire').count()).toBe(3);
  expect(await axeViolations(stagiaire, '/parcours (un parcours)')).toEqual([]);

  // Opening the same link again adds nothing.
  await aller(stagiaire, `${url('parcours')}${fragment}`);
  await stagiaire.getByText('Ce parcours est déjà dans vos parcours').waitFor();
  expect(await stagiaire.getByRole('article').count()).toBe(1);

  // The quiz item leads to the quiz inside its lesson.
  await carte.getByRole('link', { name: 'Le cadre des ESAT et des entreprises adaptées' }).click();
  await stagiaire.waitForURL(/\/cours\/introduction\/s-entrainer-sur-le-cadre#cadre-esat-ea-titre$/);
  await stagiaire.locator('[data-quiz="cadre-esat-ea"]').waitFor();
  await reussirLeQuiz(stagiaire);
  await reussirLeCas(stagiaire);

  await aller(stagiaire, url('parcours'));
  await carte.getByText('2 réussis sur 3').waitFor();
  const statuts = await carte.locator('ol > li').allTextContents();
  // Items in the order of the tree: the introduction first, then the blocs.
  expect(statuts).toEqual([
    expect.stringMatching(/^Quiz : Le cadre des ESAT.*\(dans la leçon « S'entraîner : le cadre ESAT et EA en questions »\) Statut : Réussi$/),
    expect.stringMatching(/^Mise en situation : Les premiers jours de Karim.*Statut : Réussi$/),
    expect.stringMatching(/^Leçon : Accueillir une personne dans l'atelier Statut : À faire$/),
  ]);
  expect(await axeViolations(stagiaire, '/parcours (statuts à jour)')).toEqual([]);

  // An overdue assignment says so in words.
  const passe: Parcours = { v: 1, id: 'retard01', titre: 'Révisions du bloc 2', mode: 'examen', echeance: dateLocale(new Date(Date.now() - 3 * 86_400_000)), cree: '2026-01-05', items: [{ t: 'a', id: 'sante-securite' }] };
  await aller(stagiaire, `${url('parcours')}#parcours=${encoderParcours(passe)}`);
  await stagiaire.getByRole('button', { name: 'Ajouter à mes parcours' }).click();
  const enRetard = stagiaire.getByRole('article', { name: 'Révisions du bloc 2' });
  await enRetard.getByText(/en retard : l’échéance est dépassée/).waitFor();
  await enRetard.getByText(/seules vos tentatives en mode examen comptent/).waitFor();

  // Removing asks first, then keeps the other assignment.
  await enRetard.getByRole('button', { name: /Retirer ce parcours/ }).click();
  await enRetard.getByRole('button', { name: 'Annuler' }).click();
  await enRetard.getByRole('button', { name: /Retirer ce parcours/ }).click();
  expect(await activeText(stagiaire)).toMatch(/^Retirer « Révisions du bloc 2 » de vos parcours \?/);
  await enRetard.getByRole('button', { name: 'Oui, retirer ce parcours' }).click();
  await stagiaire.getByRole('status').filter({ hasText: 'Parcours « Révisions du bloc 2 » retiré de vos parcours.' }).waitFor();
  expect(await stagiaire.getByRole('article').count()).toBe(1);
  expect(gs.report()).toBe('');
});

test('malformed assignment links are refused with the reason, and nothing is added', async () => {
  const { page, g } = await ouvrir('parcours');
  await page.getByText('Vous n’avez encore aucun parcours.').waitFor();
  const bon: Parcours = { v: 1, id: 'abcdefgh', titre: 'Essai', mode: 'entrainement', cree: '2026-11-28', items: [{ t: 'a', id: 'cadre-esat-ea' }] };
  const cas: [string, RegExp][] = [
    ['#parcours=abc$def', /Lien refusé : le lien contient des caractères inattendus/],
    [`#parcours=${encoderParcours(bon).slice(0, 40)}`, /Lien refusé : le lien (est incomplet ou abîmé|est abîmé)/],
    [`#parcours=${encoderParcours({ ...bon, items: [{ t: 'a', id: 'activite-disparue' }] })}`, /Lien refusé : élément\(s\) inconnu\(s\) sur ce site : activite-disparue/],
  ];
  for (const [fragment, message] of cas) {
    await aller(page, `${url('parcours')}${fragment}`);
    const alerte = page.getByRole('alert').filter({ hasText: message });
    await alerte.waitFor();
    expect(new URL(page.url()).hash).toBe('');
  }
  expect(await axeViolations(page, '/parcours (lien refusé)')).toEqual([]);
  expect(await page.getByRole('button', { name: 'Ajouter à mes parcours' }).count()).toBe(0);
  await page.getByText('Vous n’avez encore aucun parcours.').waitFor();
  expect(g.report()).toBe('');
});

test('cohort: 32 files (3 later files of the same learners, 2 malformed), filters, print and CSV', async () => {
  const dossier = mkdtempSync(path.join(tmpdir(), 'cohorte-'));
  try {
    const cohorte = passeportsCohorte(27, { revisionContenu: banque.revision, traces: 200 });
    const fichiers: { nom: string; texte: string }[] = cohorte.map((p, i) => ({ nom: `passeport-${String(i + 1).padStart(2, '0')}.json`, texte: p.texte }));
    // Three learners hand in a newer passport: same learner id, more practice.
    for (const i of [2, 5, 9]) {
      const etat = etatRealiste({ nom: cohorte[i]!.nom, graine: 1000 + i, traces: 260 });
      fichiers.push({ nom: `passeport-${String(i + 1).padStart(2, '0')}-decembre.json`, texte: creerPasseport(etat, { now: new Date('2026-12-01T09:00:00Z'), revisionContenu: banque.revision }) });
    }
    fichiers.push({ nom: 'coupe.json', texte: cohorte[0]!.texte.slice(0, 1000) }, { nom: 'journal.json', texte: '{"format":"moniteur-atelier/journal","version":1}' });
    const chemins = fichiers.map((f) => {
      const chemin = path.join(dossier, f.nom);
      writeFileSync(chemin, f.texte);
      return chemin;
    });
    expect(chemins).toHaveLength(32);

    const { page, g } = await ouvrir('formateurs/cohorte');
    const input = page.getByLabel(/Choisir des passeports de progression/);
    await input.waitFor();
    await page.getByText(/rien n’est envoyé, rien n’est enregistré/).waitFor();
    expect(await axeViolations(page, '/formateurs/cohorte (vide)')).toEqual([]);

    await input.setInputFiles(chemins);
    await page
      .getByRole('status')
      .filter({ hasText: 'Import terminé : 32 fichiers lus, 30 acceptés, 2 refusés. 3 fichiers remplacent un passeport précédent du même apprenant. Le tableau compte 27 apprenants.' })
      .waitFor();
    const table = page.getByRole('table');
    expect(await table.locator('tbody th[scope="row"]').count()).toBe(27);
    // The table opens on the bloc the group works on.
    const attenduAvant = importerFichiers(TABLEAU_VIDE, fichiers, { revisionContenu: banque.revision });
    const blocGroupe = blocDuGroupe(attenduAvant.lignes, banque)!;
    expect(await table.locator('caption').textContent()).toMatch(new RegExp(`^Bloc ${blocGroupe.slice(1)} — .* : niveau et score par compétence \\(27 apprenants affichés\\)$`));
    const refus = page.getByRole('heading', { name: 'Fichiers refusés (2)' }).locator('xpath=following-sibling::ul[1]');
    expect(await refus.locator('li').allTextContents()).toEqual([
      expect.stringMatching(/^coupe\.json : le fichier est tronqué ou abîmé/),
      expect.stringMatching(/^journal\.json : ce fichier est un journal brut, pas un passeport/),
    ]);
    await page.getByText(`${cohorte[5]!.nom} : « passeport-06-decembre.json » remplace « passeport-06.json ».`).waitFor();
    expect(await axeViolations(page, '/formateurs/cohorte (rempli)')).toEqual([]);

    // Filters, computed the same way as the page does.
    const attendu = importerFichiers(TABLEAU_VIDE, fichiers, { revisionContenu: banque.revision });
    await page.getByLabel('Bloc', { exact: true }).selectOption('B2');
    await page.getByLabel('Niveau (au moins une compétence du bloc)').selectOption('en-cours');
    const enCours = filtrerTableau(attendu.lignes, { bloc: 'B2', niveau: 'en-cours' });
    expect(enCours.length).toBeGreaterThan(0);
    await table.locator('caption').filter({ hasText: `(${enCours.length} apprenant${enCours.length > 1 ? 's affichés' : ' affiché'}${enCours.length < 27 ? ' sur 27' : ''})` }).waitFor();
    expect(await nomsAffiches(table)).toEqual(enCours.map((l) => l.ligne.nom));
    await page.getByLabel('Colonnes', { exact: true }).selectOption('B2.C1');
    expect(await table.locator('thead th[scope="col"]').count()).toBe(1 + colonnesCohorte('B2', 'B2.C1').length);
    expect(await axeViolations(page, '/formateurs/cohorte (filtré, critères)')).toEqual([]);

    // CSV of the rows shown.
    const [telechargement] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter en CSV' }).click()]);
    expect(telechargement.suggestedFilename()).toMatch(/^cohorte-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await telechargement.path())!, 'utf8');
    const lignesCsv = csv.replace(/^\ufeff/, '').trim().split('\r\n');
    expect(csv.startsWith('\ufeffApprenant;Traces;Dernière activité;B2.C1 score (%);B2.C1 niveau;')).toBe(true);
    expect(lignesCsv).toHaveLength(enCours.length + 1);

    // Search by name.
    await page.getByLabel('Niveau (au moins une compétence du bloc)').selectOption('');
    await page.getByLabel('Rechercher un nom').fill(cohorte[9]!.nom);
    await table.locator('caption').filter({ hasText: '(1 apprenant affiché sur 27)' }).waitFor();
    expect(await nomsAffiches(table)).toEqual([cohorte[9]!.nom]);

    // Print: the table only, without the site's chrome or the import panel.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.navbar').isVisible()).toBe(false);
    expect(await page.locator('footer').isVisible()).toBe(false);
    expect(await page.getByRole('heading', { name: 'Importer des passeports' }).isVisible()).toBe(false);
    expect(await table.isVisible()).toBe(true);
    // Landscape A4 (a named page of the stylesheet: 842 × 595 pt).
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    const mediaBox = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf);
    expect(mediaBox && [Math.round(Number(mediaBox[1])), Math.round(Number(mediaBox[2]))]).toEqual([842, 595]);
    await page.emulateMedia({ media: 'screen' });
    expect(g.report()).toBe('');
  } finally {
    rmSync(dossier, { recursive: true, force: true });
  }
});

test('composer: lessons in course order, « tout le bloc », a short link whose QR code fills a projector', async () => {
  const context = await newContext(browser, { viewport: { width: 1366, height: 768 } });
  contexts.push(context);
  const page = await context.newPage();
  const g = guard(page);
  await page.goto(url('formateurs/parcours'), { waitUntil: 'networkidle' });
  const bloc2 = page.getByRole('group', { name: /^Bloc 2 — / });
  await bloc2.waitFor();
  // Lessons of bloc 2 in the order of the course (the menu), not of the file names.
  const lecons = await bloc2.locator('> ul > li > div label').allTextContents();
  const ordre = banque.lecons.filter((l) => l.bloc === 'B2').map((l) => l.titre);
  expect(lecons.map((t) => t.replace(/^Leçon : /, '').replace(/ \(\d+ min\)$| \(\d+ h \d{2}\)$/, ''))).toEqual(ordre);
  expect(ordre[0]).toMatch(/faisabilité/i);

  await page.getByLabel('Titre (obligatoire)').fill('Bloc 2 en entier');
  await bloc2.getByLabel('Tout le bloc').check();
  await page.getByRole('status').filter({ hasText: `${ordre.length} éléments choisis sur 40 au plus.` }).waitFor();
  expect(await bloc2.getByLabel(/^Leçon : /).evaluateAll((cs) => cs.every((c) => (c as HTMLInputElement).checked))).toBe(true);
  // One activity of bloc 1 as well: its « Tout le bloc » is partly ticked.
  const bloc1 = page.getByRole('group', { name: /^Bloc 1 — / });
  await bloc1.getByLabel(/^Quiz : /).first().check();
  expect(await bloc1.getByLabel('Tout le bloc').evaluate((c) => (c as HTMLInputElement).indeterminate)).toBe(true);
  expect(await axeViolations(page, '/formateurs/parcours (tout le bloc)')).toEqual([]);

  await page.getByRole('button', { name: 'Générer le lien' }).click();
  await page.getByRole('heading', { name: 'Le lien du parcours « Bloc 2 en entier »' }).waitFor();
  const lien = await page.getByLabel('Lien à envoyer').inputValue();
  console.log(`Lien d'un parcours de ${ordre.length + 1} éléments : ${lien.length} caractères`);
  // The first links carried about 800 characters for such a parcours.
  expect(lien.length).toBeLessThan(260);
  const qr = page.locator('svg[data-qr]').first();
  await qr.waitFor();
  const modules = Number((await qr.getAttribute('viewBox'))!.split(' ')[2]);
  expect(modules).toBeLessThanOrEqual(65);

  // Full screen for a projector: the code fills the height, each module several pixels wide.
  await page.getByRole('button', { name: 'Afficher le QR code en grand (projecteur)' }).click();
  const dialogue = page.getByRole('dialog', { name: /Parcours « Bloc 2 en entier » : scannez ce code/ });
  await dialogue.waitFor();
  const grand = dialogue.locator('svg[data-qr]');
  await grand.waitFor();
  expect(await grand.getAttribute('data-qr')).toBe(lien);
  const boite = (await grand.boundingBox())!;
  console.log(`QR code projeté : ${Math.round(boite.width)} px pour ${modules} modules (${(boite.width / modules).toFixed(1)} px par module), écran 1366 × 768`);
  expect(boite.width).toBeGreaterThanOrEqual(600);
  expect(boite.y + boite.height).toBeLessThanOrEqual(768);
  expect(boite.width / modules).toBeGreaterThanOrEqual(9);
  expect(await axeViolations(page, '/formateurs/parcours (QR code en grand)')).toEqual([]);
  await page.keyboard.press('Escape');
  await dialogue.waitFor({ state: 'hidden' });
  expect(await activeText(page)).toBe('Afficher le QR code en grand (projecteur)');
  expect(g.report()).toBe('');
});

test('a learner names herself in « Mes parcours » and hands in her passport: the trainer sees, for the assignment, who did what and with what result', async () => {
  const parcours: Parcours = {
    v: 1,
    id: 'cohorte1',
    titre: 'Le cadre et l’accueil',
    groupe: 'Promo 2026',
    echeance: DANS_UN_MOIS,
    mode: 'entrainement',
    cree: dateLocale(new Date()),
    items: [{ t: 'a', id: 'cadre-esat-ea' }, { t: 'a', id: 'premiers-jours-de-karim' }, { t: 'l', id: '/cours/bloc-2/demarche-qualite' }],
  };
  // --- Learner: the compact link, her name, one activity, her passport ---------
  const { page: stagiaire, g: gs } = await ouvrir('parcours');
  await stagiaire.getByText('Vous n’avez encore aucun parcours.').waitFor();
  await aller(stagiaire, `${url('parcours')}#p=${fragmentParcours(parcours, banque)}`);
  await stagiaire.getByRole('button', { name: 'Ajouter à mes parcours' }).click();
  await stagiaire.getByRole('status').filter({ hasText: 'Parcours « Le cadre et l’accueil » ajouté à vos parcours.' }).waitFor();
  await stagiaire.getByText(/Indiquez votre nom : sans lui, votre formateur voit « \(sans nom\) »/).waitFor();
  expect(await axeViolations(stagiaire, '/parcours (nom à indiquer)')).toEqual([]);
  await stagiaire.getByLabel('Nom et prénom (ou pseudonyme convenu avec le formateur)').fill('Inès Moreau');
  await stagiaire.getByRole('button', { name: 'Enregistrer le nom' }).click();
  await stagiaire.getByRole('status').filter({ hasText: 'Nom enregistré : votre formateur verra « Inès Moreau ».' }).waitFor();
  await stagiaire.getByText('Votre nom pour votre formatrice ou votre formateur :').waitFor();
  await stagiaire.getByRole('article', { name: 'Le cadre et l’accueil' }).getByRole('link', { name: 'Le cadre des ESAT et des entreprises adaptées' }).click();
  await stagiaire.locator('[data-quiz="cadre-esat-ea"]').waitFor();
  await reussirLeQuiz(stagiaire);
  await aller(stagiaire, url('progression/passeport'));
  // The same name on the passport page, where it can be changed too.
  expect(await stagiaire.getByLabel('Nom et prénom (ou pseudonyme convenu avec le formateur)').inputValue()).toBe('Inès Moreau');
  const [telechargement] = await Promise.all([stagiaire.waitForEvent('download'), stagiaire.getByRole('button', { name: 'Télécharger mon passeport' }).click()]);
  expect(telechargement.suggestedFilename()).toMatch(/^passeport-ines-moreau-\d{4}-\d{2}-\d{2}\.json$/);
  const passeportStagiaire = (await telechargement.path())!;
  expect(gs.report()).toBe('');

  // Four other learners of the group, with the same assignment added.
  const dossier = mkdtempSync(path.join(tmpdir(), 'cohorte-parcours-'));
  try {
    const chemins = [passeportStagiaire];
    for (let i = 0; i < 4; i += 1) {
      const etat = etatRealiste({ nom: `Apprenant ${i + 1}`, graine: 77 + i, traces: 120 });
      const avecParcours = { ...etat, profil: { ...etat.profil, parcours: i < 3 ? [parcours] : [] } };
      const chemin = path.join(dossier, `autre-${i + 1}.json`);
      writeFileSync(chemin, creerPasseport(avecParcours, { now: new Date(), revisionContenu: banque.revision }));
      chemins.push(chemin);
    }

    // --- Trainer, on a 1366 px screen ---------------------------------------------
    const context = await newContext(browser, { viewport: { width: 1366, height: 768 } });
    contexts.push(context);
    const page = await context.newPage();
    const g = guard(page);
    await page.goto(url('formateurs/cohorte'), { waitUntil: 'networkidle' });
    await page.getByLabel(/Choisir des passeports de progression/).setInputFiles(chemins);
    await page.getByRole('status').filter({ hasText: /^Import terminé : 5 fichiers lus, 5 acceptés, 0 refusé\./ }).waitFor();
    const table = page.getByRole('table');
    expect(await nomsAffiches(table)).toContain('Inès Moreau');
    expect(await table.locator('tbody').textContent()).not.toContain('(sans nom)');
    /** Columns hidden sideways: in the page, and in the table's scrolling region. */
    const sansDefilement = () =>
      page.evaluate(() => ({
        page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        tableau: Math.max(...[...document.querySelectorAll('[role="region"]')].map((r) => r.scrollWidth - r.clientWidth)),
      }));
    // Bloc 2 has the most compétences (9): no sideways scrolling at 1366 px.
    await page.getByLabel('Bloc', { exact: true }).selectOption('B2');
    expect(await sansDefilement()).toEqual({ page: 0, tableau: 0 });

    // The assignment, as the passports carry it.
    await page.getByLabel('Afficher').selectOption({ label: 'Le parcours « Le cadre et l’accueil » (Promo 2026), ajouté par 4 apprenants' });
    await page.getByLabel('Bloc', { exact: true }).selectOption('tous');
    const caption = table.locator('caption');
    await caption.filter({ hasText: /^Parcours « Le cadre et l’accueil », Promo 2026, mode entraînement : statut et résultat de chaque élément \(5 apprenants affichés\)$/ }).waitFor();
    expect(await table.locator('thead th[scope="col"]').allTextContents()).toEqual([
      'Apprenant',
      '1. Quiz Le cadre des ESAT et des entreprises adaptées',
      '2. Mise en situation Les premiers jours de Karim',
      expect.stringMatching(/^3\. Leçon /),
      'Éléments réussis',
    ]);
    const ines = table.locator('tbody tr').filter({ has: page.locator('th', { hasText: 'Inès Moreau' }) });
    expect(await ines.locator('td').allTextContents()).toEqual([expect.stringMatching(/^Réussi\d+ % · \d+ \S+$/), 'À faire', 'À faire', '1 sur 3']);
    const sansParcours = table.locator('tbody tr').filter({ has: page.getByText('parcours non ajouté sur son appareil') });
    expect(await sansParcours.count()).toBe(1);
    expect(await table.locator('tfoot td').first().textContent()).toMatch(/^\d+ sur 5commencé par \d+$/);
    expect(await sansDefilement()).toEqual({ page: 0, tableau: 0 });
    expect(await axeViolations(page, '/formateurs/cohorte (parcours)')).toEqual([]);

    // Filtered by bloc: the items of bloc 2 only.
    await page.getByLabel('Bloc', { exact: true }).selectOption('B2');
    expect(await table.locator('thead th[scope="col"]').count()).toBe(3);

    // CSV of the assignment's table, and printing it.
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter en CSV' }).click()]);
    expect(csv.suggestedFilename()).toMatch(/^parcours-\d{4}-\d{2}-\d{2}\.csv$/);
    const lignes = readFileSync((await csv.path())!, 'utf8').replace(/^\ufeff/, '').trim().split('\r\n');
    expect(lignes).toHaveLength(6);
    expect(lignes.find((l) => l.startsWith('Inès Moreau;'))).toMatch(/^Inès Moreau;oui;0 sur 1;À faire;$/);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('heading', { name: 'Importer des passeports' }).isVisible()).toBe(false);
    expect(await table.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(g.report()).toBe('');
  } finally {
    rmSync(dossier, { recursive: true, force: true });
  }
});
