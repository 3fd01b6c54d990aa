/**
 * Passport, trainer summary and livret in the built site, as a learner uses them
 * on two devices: answer a quiz and play a case study, fill and print the livret,
 * download the passport, bring it back in a fresh browser (replace), merge two
 * devices, show the summary to a trainer. Refused files (damaged, foreign,
 * edited, too big) leave the stored record byte for byte as it was. axe finds no
 * violation on the three pages, before and after interactions.
 */
import { cheminDuCas, jouerLeCas } from './cas';
import { CHOIX_UNIQUE, questionDe } from './demo';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { COMPETENCE_IDS, CRITERE_IDS } from '@site/src/referentiel';
import { emptyJournal } from '@site/src/domain/journal/journal';
import { iri } from '@site/src/domain/journal/iri';
import { buildStatement } from '@site/src/domain/journal/statement';
import { creerPasseport } from '@site/src/domain/apprenant/passeport';
import { PASSEPORT_TAILLE_MAX } from '@site/src/domain/apprenant/passeport-taille';
import { profilVide } from '@site/src/domain/profil/profil';
import { sha256Hex } from '@site/src/domain/texte/sha256';
import { BASE_PATH, attendreFocus, attendreFocusTexte, attendreQue, axeViolations, guard, launch, lireStockage, newContext, rapprocher, url, type Guard } from './helpers';
import { quizNeuf, readStored } from './demo';

const DEMO = 'cours/introduction/s-entrainer-sur-le-cadre';
const NAMESPACE = `moniteur-atelier@${BASE_PATH}`;
const JOURNAL_KEY = `${NAMESPACE}/journal/principal`;
const PROFIL_KEY = `${NAMESPACE}/profil/principal`;
const TMP = path.join(__dirname, '..', '..', 'tmp');
const NOM = 'Léa Martin';

let browser: Browser;
/** First device (A) and second device (B) of the same learner. */
let deviceA: BrowserContext;
let deviceB: BrowserContext;
let pageA: Page;
let pageB: Page;
let guardA: Guard;
let guardB: Guard;
/** The passport downloaded from device A. */
let passeportA = '';
let tracesA = 0;

beforeAll(async () => {
  browser = await launch();
  deviceA = await newContext(browser);
  deviceB = await newContext(browser);
  pageA = await deviceA.newPage();
  pageB = await deviceB.newPage();
  guardA = guard(pageA);
  guardB = guard(pageB);
  mkdirSync(TMP, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  // A failed print check must not leave device A on paper for the next tests.
  await pageA.emulateMedia({ media: 'screen' });
  expect(guardA.report()).toBe('');
  expect(guardB.report()).toBe('');
});

/** Goes to a page of the site (requests of the page left that Chromium cancels are not failures: see guard()). */
async function aller(page: Page, chemin: string): Promise<void> {
  if (chemin === '') await page.reload({ waitUntil: 'networkidle' });
  else await page.goto(url(chemin), { waitUntil: 'networkidle' });
}

async function journal(page: Page): Promise<{ learnerId: string; entrees: { i: string; v: string }[] }> {
  const raw = await readStored(page, JOURNAL_KEY);
  if (!raw) throw new Error('aucun journal enregistré');
  return JSON.parse(raw);
}

/** Number of traces stored (0 without a record). */
async function traces(page: Page): Promise<number> {
  const raw = await readStored(page, JOURNAL_KEY);
  return raw ? (JSON.parse(raw).entrees as unknown[]).length : 0;
}

/** Waits until the record stored in IndexedDB holds `n` traces (writes are asynchronous). */
async function stockees(page: Page, n: number): Promise<void> {
  await attendreQue(`${n} traces enregistrées`, async () => (await traces(page)) >= n);
  expect(await traces(page)).toBe(n);
}

/** Answers the first question of the demo quiz and checks it: one more trace, stored. */
async function repondre(page: Page): Promise<void> {
  await aller(page, DEMO);
  // Answered before on this device: the quiz offers to resume that attempt; start again.
  await quizNeuf(page);
  const avant = await traces(page);
  const quiz = page.locator('[data-quiz="cadre-esat-ea"]');
  await quiz.getByLabel(CHOIX_UNIQUE.bonne, { exact: true }).first().check();
  await quiz.locator(questionDe(CHOIX_UNIQUE.id)).getByRole('button', { name: 'Vérifier' }).click();
  await quiz.getByText('Bonne réponse').first().waitFor();
  await stockees(page, avant + 1);
}

/** Plays the Karim case study along a mixed path (ending « acceptable »). */
async function jouerCas(page: Page): Promise<void> {
  const avant = await traces(page);
  const { chemin: mitige } = await jouerLeCas(page, 'premiers-jours-de-karim', 'acceptable');
  // Every decision and the completed attempt.
  await stockees(page, avant + mitige.decisions + 1);
}

async function ouvrirPasseport(page: Page): Promise<void> {
  await aller(page, 'progression/passeport');
  await page.getByRole('button', { name: 'Télécharger mon passeport' }).waitFor();
}

async function telechargerPasseport(page: Page): Promise<{ nom: string; texte: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger mon passeport' }).click()]);
  const fichier = await download.path();
  return { nom: download.suggestedFilename(), texte: readFileSync(fichier, 'utf8') };
}

/**
 * Drops a file by its path (written in tmp/): a buffer handed to Playwright crosses to the browser
 * in base64, and 20 MB of it took more than 30 s on the loaded shared machine.
 */
async function deposer(page: Page, nom: string, texte: string | Buffer): Promise<void> {
  const dossier = path.join(TMP, 'passeports-deposes');
  mkdirSync(dossier, { recursive: true });
  const fichier = path.join(dossier, nom);
  writeFileSync(fichier, texte);
  await page.getByLabel('Choisir un fichier de passeport (.json)').setInputFiles(fichier);
}

test('device A: a quiz answer and a case study are recorded', async () => {
  await repondre(pageA);
  await jouerCas(pageA);
});

test('device A: the livret is filled, saved, computed from the record and printed without the site chrome', async () => {
  await aller(pageA, 'progression/livret');
  const livret = pageA.locator('main');
  await livret.getByLabel('Nom et prénom').waitFor();
  expect(await axeViolations(pageA, 'livret vide')).toEqual([]);

  // A forbidden sign is explained and nothing is saved.
  await livret.getByLabel(/^Structure/).fill('ESAT <Les Tilleuls>');
  await livret.getByLabel(/^Structure/).press('Tab');
  await livret.getByText('Structure (ESAT, entreprise adaptée, organisme de formation) : les signes < et > ne sont pas acceptés.').waitFor();
  await livret.locator('#livret-identite-statut', { hasText: 'Non enregistré : corrigez le champ signalé.' }).waitFor();
  expect(await livret.getByLabel(/^Structure/).getAttribute('aria-invalid')).toBe('true');
  expect(await axeViolations(pageA, 'livret, champ en erreur')).toEqual([]);

  await livret.getByLabel('Nom et prénom').fill(NOM);
  await livret.getByLabel(/^Structure/).fill('ESAT Les Tilleuls');
  await livret.getByLabel('Formateur ou référent').fill('Marc Durand');
  await livret.getByLabel('Formateur ou référent').press('Tab');
  await livret.locator('#livret-identite-statut', { hasText: /^Enregistré\.$/ }).waitFor();
  await livret.getByRole('textbox', { name: 'Observations' }).fill('Accueil à retravailler : associer la personne au bilan.\nObjectif : points courts chaque semaine.');
  await livret.getByRole('textbox', { name: 'Observations' }).press('Tab');
  await livret.locator('#livret-observations-statut', { hasText: /^Enregistré\.$/ }).waitFor();
  const profil = JSON.parse((await readStored(pageA, PROFIL_KEY))!);
  expect(profil.nom).toBe(NOM);
  expect(profil.livret).toEqual({
    structure: 'ESAT Les Tilleuls',
    formateur: 'Marc Durand',
    observations: 'Accueil à retravailler : associer la personne au bilan.\nObjectif : points courts chaque semaine.',
  });

  // Content computed from the record.
  await aller(pageA, '');
  await livret.getByLabel('Nom et prénom').waitFor();
  expect(await livret.getByLabel('Nom et prénom').inputValue()).toBe(NOM);
  const b1c1 = livret.locator('tr[data-competence="B1.C1"]');
  expect(await b1c1.locator('td').nth(2).textContent()).not.toBe('Non évalué');
  expect(await b1c1.locator('td').nth(5).textContent()).toBe(new Date().toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' }));
  expect(await livret.locator('tr[data-competence]').count()).toBe(COMPETENCE_IDS.length);
  const cas = livret.locator('[data-cas="premiers-jours-de-karim"]');
  const mitige = cheminDuCas('premiers-jours-de-karim', 'acceptable');
  await cas.getByText(`${mitige.qualite} — ${mitige.fin}`).waitFor();
  const criteres = await cas.locator('ul > li p:first-child').allTextContents();
  expect(criteres.map((t) => t.split(' — ')[0])).toEqual(mitige.aRetravailler);
  await livret.getByText(/révision du contenu du site : [0-9a-f]{12}/).waitFor();
  expect(await axeViolations(pageA, 'livret rempli')).toEqual([]);

  // On paper: no navbar, footer or buttons; the values of the fields instead of the fields.
  await pageA.emulateMedia({ media: 'print' });
  expect(await pageA.locator('nav.navbar').isVisible()).toBe(false);
  expect(await pageA.locator('footer.footer').isVisible()).toBe(false);
  expect(await pageA.getByRole('button', { name: 'Imprimer ou enregistrer en PDF' }).isVisible()).toBe(false);
  expect(await livret.locator('button:visible').count()).toBe(0);
  expect(await livret.locator('input:visible, textarea:visible').count()).toBe(0);
  for (const [champ, valeur] of [
    ['nom', NOM],
    ['structure', 'ESAT Les Tilleuls'],
    ['formateur', 'Marc Durand'],
  ]) {
    const imprime = livret.locator(`[data-imprime="${champ}"]`);
    expect(await imprime.isVisible()).toBe(true);
    expect(await imprime.textContent()).toBe(valeur);
  }
  expect(await livret.locator('[data-imprime="observations"]').isVisible()).toBe(true);
  expect(await livret.getByText('Signature du formateur ou référent').isVisible()).toBe(true);
  const rowBreak = await livret.locator('tr[data-competence="B1.C1"]').evaluate((tr) => getComputedStyle(tr).breakInside);
  expect(rowBreak).toBe('avoid');
  await pageA.screenshot({ path: path.join(TMP, 'livret-print.png'), fullPage: true });
  const pdf = await pageA.pdf({ preferCSSPageSize: true, printBackground: false });
  writeFileSync(path.join(TMP, 'livret.pdf'), pdf);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  const mediaBox = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
  console.log(`Livret imprimé : ${pages} pages A4 (${mediaBox?.[1]} × ${mediaBox?.[2]} pt), ${pdf.length} octets`);
  expect(Math.round(Number(mediaBox?.[1]))).toBe(595);
  expect(Math.round(Number(mediaBox?.[2]))).toBe(842);
  await pageA.emulateMedia({ media: 'screen' });
});

test('device A: the passport is downloaded with its checksum, and the export date is kept', async () => {
  await ouvrirPasseport(pageA);
  expect(await pageA.locator('[data-derniere-export]').textContent()).toBe('jamais');
  await pageA.locator('[data-stockage]:not([data-stockage="verification"])').waitFor();
  const durable = pageA.getByRole('button', { name: 'Demander un stockage durable' });
  if ((await pageA.getAttribute('[data-stockage]', 'data-stockage')) === 'ordinaire') {
    await durable.click();
    await pageA.getByRole('status').filter({ hasText: /^(Demande acceptée|Le navigateur a refusé pour le moment)/ }).waitFor();
    console.log(`Stockage durable demandé dans Chromium : ${await pageA.getAttribute('[data-stockage]', 'data-stockage')}`);
  }
  expect(await axeViolations(pageA, 'passeport')).toEqual([]);

  const { nom, texte } = await telechargerPasseport(pageA);
  const aujourdhui = new Date();
  const jour = `${aujourdhui.getFullYear()}-${String(aujourdhui.getMonth() + 1).padStart(2, '0')}-${String(aujourdhui.getDate()).padStart(2, '0')}`;
  expect(nom).toBe(`passeport-lea-martin-${jour}.json`);
  const doc = JSON.parse(texte);
  expect(Object.keys(doc)).toEqual(['format', 'version', 'cree', 'revisionContenu', 'apprenant', 'journal', 'profil', 'somme']);
  expect(doc.format).toBe('moniteur-atelier/passeport');
  expect(doc.version).toBe(1);
  expect(doc.somme).toBe(sha256Hex(JSON.stringify([doc.cree, doc.revisionContenu, doc.apprenant, doc.journal, doc.profil])));
  const stocke = await journal(pageA);
  expect(doc.apprenant).toEqual({ learnerId: stocke.learnerId, nom: NOM });
  expect(doc.journal.entrees).toEqual(stocke.entrees);
  expect(doc.profil.livret.structure).toBe('ESAT Les Tilleuls');
  passeportA = texte;
  tracesA = stocke.entrees.length;
  console.log(`Passeport de ${tracesA} traces : ${Buffer.byteLength(texte)} octets`);

  await pageA.getByText(/^Passeport téléchargé : « passeport-lea-martin-/).waitFor();
  expect(await pageA.locator('[data-derniere-export]').textContent()).toMatch(/^le \d{1,2}(er)? \S+ \d{4} à \d{2}:\d{2}$/);
  const profil = JSON.parse((await readStored(pageA, PROFIL_KEY))!);
  expect(Date.now() - Date.parse(profil.derniereExport)).toBeLessThan(60_000);
  // The export date travels in the next passports, not in this one (it is saved after).
  expect(doc.profil.derniereExport).toBeUndefined();
  expect(await axeViolations(pageA, 'passeport téléchargé')).toEqual([]);
});

test('device B: damaged, foreign, edited and oversized files are refused and the record stays byte for byte the same', async () => {
  await repondre(pageB);
  await ouvrirPasseport(pageB);
  const avant = await readStored(pageB, JOURNAL_KEY);
  const profilAvant = await readStored(pageB, PROFIL_KEY);
  expect(avant).not.toBeNull();

  const modifie = JSON.parse(passeportA);
  modifie.profil.nom = 'Quelqu’un d’autre';
  modifie.apprenant.nom = 'Quelqu’un d’autre';
  const refus: [string, string | Buffer, RegExp][] = [
    ['tronque.json', passeportA.slice(0, passeportA.length / 2), /^Fichier refusé : le fichier est tronqué ou abîmé : ce n'est pas du JSON lisible\.$/],
    ['etranger.json', JSON.stringify({ type: 'FeatureCollection', features: [] }), /^Fichier refusé : ce fichier n'est pas un passeport de progression de ce site\.$/],
    ['modifie.json', JSON.stringify(modifie), /^Fichier refusé : somme de contrôle incorrecte : le fichier a été modifié ou abîmé depuis son export\.$/],
    ['vide.json', '', /^Fichier refusé : le fichier est vide\.$/],
    ['enorme.json', Buffer.alloc(PASSEPORT_TAILLE_MAX + 1, 32), /^Fichier refusé : fichier trop volumineux \(20 Mo ; 20 Mo au plus\)/],
  ];
  for (const [nom, contenu, message] of refus) {
    await deposer(pageB, nom, contenu);
    const alerte = pageB.getByRole('alert').filter({ hasText: `« ${nom} » n’a pas été importé` });
    await alerte.waitFor();
    expect((await alerte.locator('p').first().textContent())?.trim()).toMatch(message);
    expect(await pageB.locator('[data-apercu]').count()).toBe(0);
    expect(await readStored(pageB, JOURNAL_KEY)).toBe(avant);
    expect(await readStored(pageB, PROFIL_KEY)).toBe(profilAvant);
  }
  expect(await axeViolations(pageB, 'passeport, fichier refusé')).toEqual([]);

  // Another learner's passport cannot be merged; cancelling writes nothing either.
  await deposer(pageB, 'passeport-lea.json', passeportA);
  const apercu = pageB.locator('[data-apercu]');
  await apercu.waitFor();
  expect(await apercu.locator('dd').allTextContents()).toEqual([NOM, `${tracesA} réponses enregistrées`, expect.stringMatching(/^\d{1,2}(er)? \S+ \d{4} à \d{2}:\d{2}$/)]);
  await apercu.getByRole('button', { name: 'Fusionner avec mes données' }).click();
  const confirmation = apercu.locator('[data-confirmation]');
  await confirmation.getByText(/^La fusion est impossible : ce passeport a été créé par un autre apprenant/).waitFor();
  expect(await confirmation.getByRole('button', { name: 'Confirmer la fusion' }).count()).toBe(0);
  await confirmation.getByRole('button', { name: 'Annuler' }).click();
  await attendreFocusTexte(pageB, /^Fusionner avec mes données$/);
  expect(await readStored(pageB, JOURNAL_KEY)).toBe(avant);
  expect(await readStored(pageB, PROFIL_KEY)).toBe(profilAvant);
});

test('device B: replacing its data with the passport, after the confirmation, brings the whole progression', async () => {
  const apercu = pageB.locator('[data-apercu]');
  await apercu.getByRole('button', { name: 'Remplacer mes données' }).click();
  const confirmation = apercu.locator('[data-confirmation="remplacer"]');
  await confirmation.getByText(`Votre réponse enregistrée actuelle sera remplacée par les ${tracesA} réponses enregistrées du fichier.`, { exact: false }).waitFor();
  await attendreFocusTexte(pageB, /^Votre réponse enregistrée actuelle sera remplacée/);
  expect(await axeViolations(pageB, 'passeport, confirmation du remplacement')).toEqual([]);
  const debut = Date.now();
  await confirmation.getByRole('button', { name: 'Confirmer le remplacement' }).click();
  const succes = pageB.locator('[data-import-reussi]');
  await succes.waitFor();
  console.log(`Import (remplacement) de ${tracesA} traces : ${Date.now() - debut} ms`);
  expect(await succes.textContent()).toContain(`Passeport importé : vos données ont été remplacées. Ce navigateur garde maintenant ${tracesA} réponses enregistrées.`);
  await attendreFocus(succes, 'le message de l’import réussi');
  expect(await axeViolations(pageB, 'passeport importé')).toEqual([]);

  const a = await journal(pageA);
  const b = await journal(pageB);
  expect(b.learnerId).toBe(a.learnerId);
  expect(b.entrees).toEqual(a.entrees);
  expect(JSON.parse((await readStored(pageB, PROFIL_KEY))!).nom).toBe(NOM);

  // The progression is there after a reload, in the livret.
  await aller(pageB, 'progression/livret');
  await pageB.getByLabel('Nom et prénom').waitFor();
  expect(await pageB.getByLabel('Nom et prénom').inputValue()).toBe(NOM);
  expect(await pageB.getByLabel('Formateur ou référent').inputValue()).toBe('Marc Durand');
  const mitigeB = cheminDuCas('premiers-jours-de-karim', 'acceptable');
  await pageB.locator('[data-cas="premiers-jours-de-karim"]').getByText(`${mitigeB.qualite} — ${mitigeB.fin}`).waitFor();
  await aller(pageA, 'progression/livret');
  const niveauA = await pageA.locator('tr[data-competence="B1.C1"]').textContent();
  expect(await pageB.locator('tr[data-competence="B1.C1"]').textContent()).toBe(niveauA);
});

test('merge: a trace made on device B is added to device A after the confirmation (file dropped on the zone)', async () => {
  await repondre(pageB);
  await ouvrirPasseport(pageB);
  const { texte: passeportB } = await telechargerPasseport(pageB);
  await repondre(pageA);
  await ouvrirPasseport(pageA);
  const avant = await readStored(pageA, JOURNAL_KEY);
  const n = JSON.parse(avant!).entrees.length as number;
  expect(n).toBe(tracesA + 1);

  const transfert = await pageA.evaluateHandle((texte) => {
    const dt = new DataTransfer();
    dt.items.add(new File([texte], 'passeport-appareil-b.json', { type: 'application/json' }));
    return dt;
  }, passeportB);
  await pageA.locator('[class*="zoneDepot"]').dispatchEvent('drop', { dataTransfer: transfert });
  const apercu = pageA.locator('[data-apercu]');
  await apercu.waitFor();
  await apercu.getByRole('button', { name: 'Fusionner avec mes données' }).click();
  const consequence = `1 réponse enregistrée du fichier, absente de ce navigateur, sera ajoutée à vos ${n} réponses enregistrées actuelles (${n + 1} réponses enregistrées au total).`;
  await apercu.getByText(consequence, { exact: false }).waitFor();
  await apercu.getByRole('button', { name: 'Annuler' }).click();
  expect(await apercu.locator('[data-confirmation]').count()).toBe(0);
  expect(await readStored(pageA, JOURNAL_KEY)).toBe(avant);

  await apercu.getByRole('button', { name: 'Fusionner avec mes données' }).click();
  await apercu.getByRole('button', { name: 'Confirmer la fusion' }).click();
  const succes = pageA.locator('[data-import-reussi]');
  await succes.waitFor();
  expect(await succes.textContent()).toContain(`Passeport fusionné avec vos données. 1 réponse enregistrée ajoutée. Ce navigateur garde maintenant ${n + 1} réponses enregistrées.`);
  const apres = await journal(pageA);
  const b = await journal(pageB);
  expect(apres.entrees).toHaveLength(n + 1);
  expect(new Set(apres.entrees.map((e) => e.i))).toEqual(new Set([...JSON.parse(avant!).entrees.map((e: { i: string }) => e.i), ...b.entrees.map((e) => e.i)]));
  expect(await axeViolations(pageA, 'passeport fusionné')).toEqual([]);
});

test('on a phone, the summary for the trainer (QR code) is loaded when the learner comes near it, not with the page', async () => {
  const telephone = await newContext(browser, { viewport: { width: 390, height: 844 } });
  const page = await telephone.newPage();
  const g = guard(page);
  await page.goto(url('progression/passeport'), { waitUntil: 'networkidle' });
  await page.getByRole('button', { name: 'Télécharger mon passeport' }).waitFor();
  // The heading is there from the start; the QR code and its link are not.
  await page.getByRole('heading', { name: 'Résumé pour votre formateur' }).waitFor({ state: 'attached' });
  expect(await page.locator('svg[data-qr], [data-lien-resume]').count()).toBe(0);
  await rapprocher(page, '#resume-formateur');
  await page.locator('svg[data-qr]').waitFor();
  expect(await page.locator('[data-lien-resume]').getAttribute('href')).toMatch(/\/formateurs\/resume#r=1\./);
  expect(g.report()).toBe('');
  await telephone.close();
});

test('the QR code carries the printed link; the trainer page shows the table from it and stores nothing', async () => {
  await ouvrirPasseport(pageA);
  await rapprocher(pageA, '#resume-formateur');
  const lien = (await pageA.locator('[data-lien-resume]').textContent())!;
  expect(lien).toMatch(/^https?:\/\/[^/]+\/moniteur-atelier\/formateurs\/resume#r=1\./);
  const svg = pageA.locator('svg[data-qr]');
  await svg.waitFor();
  expect(await svg.getAttribute('data-qr')).toBe(lien);
  expect(await svg.getAttribute('aria-label')).toMatch(/^QR code du résumé de progression/);
  expect(await pageA.locator('[data-lien-resume]').getAttribute('href')).toBe(lien);
  await pageA.getByRole('button', { name: 'Copier le lien' }).click();
  await pageA.getByText(/^(Lien copié\.|La copie automatique n’est pas possible)/).waitFor();
  expect(await axeViolations(pageA, 'passeport, résumé')).toEqual([]);

  const trainer = await newContext(browser);
  const page = await trainer.newPage();
  const g = guard(page);
  await aller(page, 'formateurs/resume');
  await page.getByRole('heading', { name: 'Comment obtenir le résumé d’un apprenant ?' }).waitFor();
  expect(await axeViolations(page, 'résumé sans lien')).toEqual([]);

  await aller(page, `formateurs/resume${new URL(lien).hash}`);
  await page.getByRole('heading', { name: `Résumé de ${NOM}` }).waitFor();
  expect(await page.locator('tr[data-competence]').count()).toBe(COMPETENCE_IDS.length);
  const ligne = page.locator('tr[data-competence="B1.C1"]');
  const livretB1C1 = pageA.locator('tr[data-competence="B1.C1"]');
  await aller(pageA, 'progression/livret');
  await livretB1C1.waitFor();
  expect(await ligne.locator('td').nth(0).textContent()).toBe(await livretB1C1.locator('td').nth(2).textContent());
  expect(await ligne.locator('td').nth(1).textContent()).toBe(await livretB1C1.locator('td').nth(3).textContent());
  expect(await page.locator('tr[data-competence="B3.C1"] td').allTextContents()).toEqual(['Non évalué', '—']);
  expect(await axeViolations(page, 'résumé lu')).toEqual([]);

  await aller(page, 'formateurs/resume#r=1.abc');
  await page.getByRole('alert').filter({ hasText: 'Résumé illisible : résumé incomplet ou abîmé' }).waitFor();
  expect(await axeViolations(page, 'résumé illisible')).toEqual([]);
  // Nothing was stored by reading summaries (the site's record is opened on every page, but stays empty).
  const cles = await lireStockage(page, { prefixe: '' });
  expect(cles).toEqual([]);
  expect(g.report()).toBe('');
  await trainer.close();
});

test('measure: a passport of 20,000 traces (a year of practice) is read and imported in a fresh browser', async () => {
  const learner = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
  const statements = Array.from({ length: 20_000 }, (_, i) =>
    buildStatement(
      { learnerId: learner, homePage: 'https://exemple.github.io/moniteur-atelier/' },
      { now: () => new Date(Date.UTC(2026, 0, 1) + i * 600_000), uuid: () => `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}` },
      'answered',
      { id: iri.question('cadre-esat-ea', `q${i % 10}`), type: 'interaction' },
      { points: i % 3 === 0 ? 0 : 1, max: 1, success: i % 3 !== 0, response: 'a' },
      { criteres: [CRITERE_IDS[i % CRITERE_IDS.length]!], origine: 'quiz', mode: 'entrainement', tentative: `00000000-0000-4000-9000-${Math.floor(i / 10).toString(16).padStart(12, '0')}` },
    ),
  );
  const texte = creerPasseport(
    { journal: { ...emptyJournal(learner, 'https://exemple.github.io/moniteur-atelier/'), statements }, profil: profilVide('Année complète') },
    { now: new Date(), revisionContenu: '000000000000' },
  );
  const context = await newContext(browser);
  const page = await context.newPage();
  const g = guard(page);
  await ouvrirPasseport(page);
  let debut = Date.now();
  await deposer(page, 'annee.json', texte);
  await page.locator('[data-apercu]').waitFor();
  const lecture = Date.now() - debut;
  await page.getByText('Ce passeport vient d’une autre version du contenu du site', { exact: false }).waitFor();
  await page.getByRole('button', { name: 'Remplacer mes données' }).click();
  debut = Date.now();
  await page.getByRole('button', { name: 'Confirmer le remplacement' }).click();
  await page.locator('[data-import-reussi]').waitFor();
  const ecriture = Date.now() - debut;
  expect(await page.locator('[data-import-reussi]').textContent()).toMatch(/Ce navigateur garde maintenant 20\s000 réponses enregistrées\./);
  // 139 days of practice and never exported: the learner is reminded to save.
  await page.getByRole('status').filter({ hasText: /^Vous avez travaillé 139 jours et vous n’avez encore jamais sauvegardé votre progression\./ }).waitFor();
  expect(await axeViolations(page, 'passeport, rappel de sauvegarde')).toEqual([]);
  expect((await journal(page)).entrees).toHaveLength(20_000);
  const mesures = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('measure').map((m) => [m.name, Math.round(m.duration)])));
  console.log(
    `Passeport de 20 000 traces : ${(Buffer.byteLength(texte) / 1048576).toFixed(2)} Mo ; dans le navigateur, lecture et vérification ${mesures['passeport-lecture']} ms, ` +
      `remplacement et enregistrement ${mesures['passeport-import']} ms (vus par le test, transfert du fichier compris : ${lecture} ms et ${ecriture} ms)`,
  );
  expect(g.report()).toBe('');
  await context.close();
});
