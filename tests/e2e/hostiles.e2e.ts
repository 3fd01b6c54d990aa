/**
 * The hostile-input corpus (tests/fixtures/hostiles/corpus.ts) through the real
 * pages of the built site, in Chromium: each passport dropped on « Passeport de
 * progression » and all of them on « Suivre une cohorte », each assignment link
 * opened on « Mes parcours », each summary link on the trainer's summary page.
 * Every outcome is the expected one; the storage (every IndexedDB entry and
 * localStorage) is compared byte for byte before and after each refusal; an accepted import is stored whole. The main thread is
 * watched (Chromium trace): no file may make it run a task of 200 ms or more
 * (processor time; the wall-clock time is reported beside it).
 * Then the storage faults: a merge past the limits, a storage that fills up
 * during the import, a full localStorage, an IndexedDB that never answers.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { CORPUS, LEARNER_CORPUS, type CasHostile } from '../fixtures/hostiles/corpus';
import { cheminDe } from '../fixtures/hostiles/fichiers';
import { attendreQue, BASE_PATH, axeViolations, guard, sessionParTest, url } from './helpers';
import { CHOIX_UNIQUE, DEMO_PAGE, questionDe, quiz } from './demo';

jest.setTimeout(600_000);
const session = sessionParTest();
const NS = `moniteur-atelier@${BASE_PATH}`;
const JOURNAL = `${NS}/journal/principal`;
const PROFIL = `${NS}/profil/principal`;
/** The longest main-thread task allowed while a hostile file is read. */
const TACHE_MAX = 200;
const passeports = CORPUS.filter((c) => c.type === 'passeport');
const cas = (fichier: string) => CORPUS.find((c) => c.type === 'passeport' && c.fichier === fichier)!;

/** The longest task of the page's main thread: its wall-clock duration and its thread (processor) time, in ms. */
interface TacheLongue {
  readonly mur: number;
  readonly cpu: number;
}

/**
 * Runs `agir` under a Chromium trace (category « toplevel ») and returns the longest task of the
 * page's main thread (CrRendererMain) meanwhile. Its processor time (`tdur`) is what the page's
 * own code costs; its wall-clock time (`dur`, what the Long Tasks API reports) also counts the time
 * the system gave to other processes: on the shared machine (load ≈ 20 on 2 cores) a 120 ms busy
 * loop measured 21 ms of processor time.
 */
async function mesurerFilPrincipal<T>(page: Page, agir: () => Promise<T>): Promise<{ resultat: T; tache: TacheLongue }> {
  await session.browser.startTracing(page, { categories: ['toplevel'] });
  let resultat: T;
  try {
    resultat = await agir();
  } catch (error) {
    await session.browser.stopTracing();
    throw error;
  }
  const trace = await session.browser.stopTracing();
  type Evenement = { ph: string; name: string; pid: number; tid: number; dur?: number; tdur?: number; args?: { name?: string } };
  const brut = JSON.parse(trace.toString('utf8')) as Evenement[] | { traceEvents: Evenement[] };
  const evenements = Array.isArray(brut) ? brut : brut.traceEvents;
  const principaux = new Set(evenements.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const taches = evenements.filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && principaux.has(`${e.pid}:${e.tid}`));
  // A trace without the page's tasks (an event renamed by a later Chromium) would measure nothing: it stops the test.
  if (taches.length === 0) throw new Error('trace Chromium sans tâche du fil principal de la page : la mesure est impossible');
  return {
    resultat,
    tache: {
      mur: Math.max(0, ...taches.map((e) => (e.dur ?? 0) / 1000)),
      cpu: Math.max(0, ...taches.map((e) => (e.tdur ?? 0) / 1000)),
    },
  };
}
const ms = (t: TacheLongue) => `${String(Math.round(t.cpu)).padStart(4)} ms processeur, ${String(Math.round(t.mur)).padStart(4)} ms au mur`;

/** Every stored entry of the site (IndexedDB, without creating the database; localStorage), as one text. */
function stockage(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const local = Object.keys(localStorage).sort().map((k) => [k, localStorage.getItem(k)]);
        if (typeof indexedDB === 'undefined' || indexedDB === null) {
          resolve(JSON.stringify({ local }));
          return;
        }
        const open = indexedDB.open('moniteur-atelier');
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => (open.error?.name === 'AbortError' ? resolve(JSON.stringify({ local, idb: null })) : reject(open.error));
        open.onsuccess = () => {
          const store = open.result.transaction('kv', 'readonly').objectStore('kv');
          const cles = store.getAllKeys();
          const valeurs = store.getAll();
          valeurs.onsuccess = () => {
            const idb = (cles.result as string[]).map((k, i) => [k, valeurs.result[i]]);
            open.result.close();
            resolve(JSON.stringify({ local, idb }));
          };
          valeurs.onerror = () => reject(valeurs.error);
        };
      }),
  );
}
const lire = async (page: Page, cle: string) => (JSON.parse(await stockage(page)) as { idb: [string, string][] | null }).idb?.find(([k]) => k === cle)?.[1] ?? null;

async function aller(page: Page, chemin: string): Promise<void> {
  await page.goto(url(chemin), { waitUntil: 'networkidle' });
}

/** Answers the demo quiz's first single-choice question rightly (read from the data, not today's wording). */
async function repondreUne(page: Page): Promise<void> {
  await quiz(page).getByLabel(CHOIX_UNIQUE.bonne, { exact: true }).check();
  await quiz(page).locator(questionDe(CHOIX_UNIQUE.id)).getByRole('button', { name: 'Vérifier' }).click();
  await quiz(page).getByText('Bonne réponse').first().waitFor();
}

/** Opens the demo page and answers one question: the device has a record (one trace more). */
async function repondre(page: Page): Promise<void> {
  await aller(page, DEMO_PAGE);
  await repondreUne(page);
}

async function ouvrirPasseport(page: Page): Promise<void> {
  await aller(page, 'progression/passeport');
  await page.getByRole('button', { name: 'Télécharger mon passeport' }).waitFor();
}

const deposer = (page: Page, c: CasHostile) => page.getByLabel('Choisir un fichier de passeport (.json)').setInputFiles(cheminDe(c));

/** Drops a file and waits for its outcome: the refusal's text, or null when the preview is shown; and the longest main-thread task meanwhile. */
async function issue(page: Page, c: CasHostile): Promise<{ refus: string | null; tache: TacheLongue }> {
  const { resultat, tache } = await mesurerFilPrincipal(page, async () => {
    await deposer(page, c);
    const refus = page.getByRole('alert').filter({ hasText: `« ${c.fichier} » n’a pas été importé` });
    const apercu = page.locator('[data-apercu]').filter({ hasText: `Contenu de « ${c.fichier} »` });
    await refus.or(apercu).waitFor({ timeout: 120_000 });
    return (await refus.count()) > 0 ? ((await refus.locator('p').first().textContent()) ?? '').trim() : null;
  });
  return { refus: resultat, tache };
}

const mesures: string[] = [];
afterAll(() => {
  if (mesures.length > 0) console.log(`Plus longue tâche du fil principal pendant la lecture de chaque fichier (trace Chromium) :\n${mesures.join('\n')}`);
});

test(`passport page: each of the ${passeports.length} passports of the corpus gives its outcome, storage unchanged byte for byte after each refusal, main thread never blocked ${TACHE_MAX} ms`, async () => {
  const page = await session.context.newPage();
  const g = guard(page);
  await repondre(page);
  await ouvrirPasseport(page);
  await attendreQue('le journal de la réponse écrit', async () => (await lire(page, JOURNAL)) !== null);
  const avant = await stockage(page);
  const bloquants: string[] = [];
  for (const c of passeports) {
    const { refus, tache } = await issue(page, c);
    mesures.push(`  passeport ${c.fichier.padEnd(32)} ${ms(tache)}  ${refus === null ? 'accepté (aperçu)' : 'refusé'}`);
    if (tache.cpu >= TACHE_MAX) bloquants.push(`${c.fichier} : ${ms(tache)}`);
    if ('refus' in c.attendu) {
      expect([c.fichier, refus]).toEqual([c.fichier, expect.stringMatching(/^Fichier refusé : /)]);
      expect([c.fichier, refus]).toEqual([c.fichier, expect.stringMatching(c.attendu.refus)]);
    } else {
      expect([c.fichier, refus]).toEqual([c.fichier, null]);
      if (c.attendu.traces !== undefined) {
        await page.locator('[data-apercu] dd').nth(1).filter({ hasText: new RegExp(`^${c.attendu.traces === 1 ? '1 réponse enregistrée' : `${new Intl.NumberFormat('fr-FR').format(c.attendu.traces).replace(/\s/g, '\\s')} réponses enregistrées`}$`) }).waitFor();
      }
      if (c.attendu.avertissement) await page.getByText(c.attendu.avertissement).waitFor();
    }
    expect([c.fichier, await stockage(page)]).toEqual([c.fichier, avant]);
  }
  expect(bloquants).toEqual([]);
  expect(await axeViolations(page, 'passeport, fichiers hostiles')).toEqual([]);

  // An accepted file, confirmed: stored whole (journal and profile read back), reported only then.
  await deposer(page, cas('valide.json'));
  await page.getByRole('button', { name: 'Remplacer mes données' }).click();
  await page.getByRole('button', { name: 'Confirmer le remplacement' }).click();
  await page.locator('[data-import-reussi]').filter({ hasText: 'Ce navigateur garde maintenant 12 réponses enregistrées.' }).waitFor();
  const journal = JSON.parse((await lire(page, JOURNAL))!) as { learnerId: string; entrees: unknown[] };
  expect([journal.learnerId, journal.entrees.length]).toEqual([LEARNER_CORPUS, 12]);
  expect(JSON.parse((await lire(page, PROFIL))!).nom).toBe('Camille Essai');
  expect(g.report()).toBe('');
});

test('cohort page: all the corpus passports at once; each refused file named with its reason, nothing stored, main thread never blocked', async () => {
  const page = await session.context.newPage();
  const g = guard(page);
  await aller(page, 'formateurs/cohorte');
  const input = page.getByLabel(/Choisir des passeports de progression/);
  await input.waitFor();
  const avant = await stockage(page);
  const refuses = passeports.filter((c) => 'refus' in c.attendu);
  const acceptes = passeports.length - refuses.length;
  const { tache } = await mesurerFilPrincipal(page, async () => {
    await input.setInputFiles(passeports.map(cheminDe));
    await page
      .getByRole('status')
      .filter({ hasText: `Import terminé : ${passeports.length} fichiers lus, ${acceptes} acceptés, ${refuses.length} refusés.` })
      .waitFor({ timeout: 300_000 });
  });
  mesures.push(`  cohorte, ${passeports.length} fichiers d’un coup (≈ ${Math.round(passeports.reduce((n, c) => n + readFileSync(cheminDe(c)).length, 0) / 1048576)} Mo) ${ms(tache)}`);
  expect(tache.cpu).toBeLessThan(TACHE_MAX);
  const lignes = await page.getByRole('heading', { name: `Fichiers refusés (${refuses.length})` }).locator('xpath=following-sibling::ul[1]/li').allTextContents();
  for (const c of refuses) {
    const ligne = lignes.find((l) => l.startsWith(`${c.fichier} : `));
    expect([c.fichier, ligne]).toEqual([c.fichier, expect.stringMatching('refus' in c.attendu ? c.attendu.refus : /$^/)]);
  }
  // Every accepted passport is the same learner: one row, the later files replacing the earlier.
  expect(await page.getByRole('table').locator('tbody th[scope="row"]').count()).toBe(1);
  // No « Dernière activité » in year 2999: that file is refused.
  expect(await page.getByRole('table').textContent()).not.toMatch(/2999/);
  expect(await stockage(page)).toBe(avant);
  expect(await axeViolations(page, 'cohorte, fichiers hostiles')).toEqual([]);
  expect(g.report()).toBe('');
});

test('assignment links: each link of the corpus gives its outcome on « Mes parcours », storage unchanged after a refusal', async () => {
  const page = await session.context.newPage();
  const g = guard(page);
  await aller(page, 'parcours');
  await page.getByRole('heading', { name: /^Vos parcours/ }).waitFor();
  for (const c of CORPUS.filter((x) => x.type === 'lien')) {
    const avant = await stockage(page);
    // A fresh load for each link: the previous outcome is not mistaken for this one.
    await page.goto('about:blank');
    await page.goto(url(`parcours#${readFileSync(cheminDe(c), 'utf8')}`));
    const refus = page.getByRole('alert').filter({ hasText: 'Lien refusé' });
    const recu = page.getByRole('heading', { name: /^Parcours reçu : / });
    await refus.or(recu).waitFor();
    if ('refus' in c.attendu) {
      expect([c.fichier, await refus.textContent()]).toEqual([c.fichier, expect.stringMatching(c.attendu.refus)]);
      expect([c.fichier, await stockage(page)]).toEqual([c.fichier, avant]);
    } else {
      expect([c.fichier, await recu.count()]).toEqual([c.fichier, 1]);
    }
  }
  expect(await axeViolations(page, 'parcours, lien refusé')).toEqual([]);
  expect(g.report()).toBe('');
});

test('summary links: each summary link of the corpus gives its outcome on the trainer’s summary page, nothing stored', async () => {
  const page = await session.context.newPage();
  const g = guard(page);
  await aller(page, 'formateurs/resume');
  await page.getByRole('heading', { name: 'Comment obtenir le résumé d’un apprenant ?' }).waitFor();
  const avant = await stockage(page);
  for (const c of CORPUS.filter((x) => x.type === 'resume')) {
    // A fresh load for each link: the previous outcome is not mistaken for this one.
    await page.goto('about:blank');
    await page.goto(url(`formateurs/resume#${readFileSync(cheminDe(c), 'utf8')}`));
    const refus = page.getByRole('alert').filter({ hasText: /^Résumé illisible : / });
    const lu = page.locator('h2#resume-apprenant');
    await refus.or(lu).waitFor();
    if ('refus' in c.attendu) {
      expect([c.fichier, await refus.textContent()]).toEqual([c.fichier, expect.stringMatching(c.attendu.refus)]);
    } else {
      expect([c.fichier, await lu.textContent()]).toEqual([c.fichier, 'Résumé de Camille Essai']);
    }
    expect([c.fichier, await stockage(page)]).toEqual([c.fichier, avant]);
  }
  // No « Établi le 31 décembre 2999 »: that link is refused.
  expect(await page.getByText(/2999/).count()).toBe(0);
  expect(await axeViolations(page, 'résumé, liens hostiles')).toEqual([]);
  expect(g.report()).toBe('');
});

test('150 parcours replaced, then a merge bringing 100 others: refused with the reason, nothing half-written, the page stays usable', async () => {
  const page = await session.context.newPage();
  const g = guard(page);
  await ouvrirPasseport(page);
  await deposer(page, cas('parcours-150.json'));
  await page.getByRole('button', { name: 'Remplacer mes données' }).click();
  await page.getByRole('button', { name: 'Confirmer le remplacement' }).click();
  await page.locator('[data-import-reussi]').waitFor();
  const avant = await stockage(page);
  expect(JSON.parse((await lire(page, PROFIL))!).parcours).toHaveLength(150);
  await deposer(page, cas('parcours-100-autres.json'));
  await page.getByRole('button', { name: 'Fusionner avec mes données' }).click();
  await page.getByRole('button', { name: 'Confirmer la fusion' }).click();
  const echec = page.getByRole('alert').filter({ hasText: 'Import refusé' });
  await echec.waitFor();
  expect(await echec.locator('p').textContent()).toMatch(
    /^Import refusé : la fusion donnerait 250 parcours, 200 au plus : retirez des parcours terminés dans « Mes parcours », ou choisissez « Remplacer mes données », puis réessayez\. Vos données n’ont pas été modifiées\.$/,
  );
  expect(await stockage(page)).toBe(avant);
  // Usable: another file can be chosen at once.
  await echec.getByRole('button', { name: 'Choisir un autre fichier' }).click();
  expect(await page.getByLabel('Choisir un fichier de passeport (.json)').isEnabled()).toBe(true);
  expect(await axeViolations(page, 'passeport, fusion refusée')).toEqual([]);
  expect(g.report()).toBe('');
});

/** IndexedDB unavailable: the site falls back to localStorage. */
async function sansIndexedDb(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true }));
}

/** Fills localStorage (another site of the origin) until only `marge` characters are left, or none. */
function remplir(page: Page, marge: number): Promise<void> {
  return page.evaluate((m) => {
    let morceau = 1 << 22;
    let i = 0;
    while (morceau >= 1) {
      try {
        localStorage.setItem(`autre-site/${i}`, 'x'.repeat(morceau));
        i += 1;
      } catch {
        morceau = Math.floor(morceau / 2);
      }
    }
    // Room given back for the margin.
    for (let j = 0; j < i && m > 0; j += 1) {
      const v = localStorage.getItem(`autre-site/${j}`)!;
      if (v.length >= m) {
        localStorage.setItem(`autre-site/${j}`, v.slice(m));
        return;
      }
    }
  }, marge);
}

test('IndexedDB unavailable, localStorage nearly full: a 4,002-trace passport is refused (« plein »), localStorage byte for byte as it was', async () => {
  await sansIndexedDb(session.context);
  const page = await session.context.newPage();
  const g = guard(page);
  await repondre(page);
  await ouvrirPasseport(page);
  await remplir(page, 200_000);
  const avant = await stockage(page);
  await deposer(page, cas('traces-4002.json'));
  await page.getByRole('button', { name: 'Remplacer mes données' }).click();
  await page.getByRole('button', { name: 'Confirmer le remplacement' }).click();
  const echec = page.getByRole('alert').filter({ hasText: 'Import refusé' });
  await echec.waitFor();
  expect(await echec.locator('p').textContent()).toMatch(/^Import refusé : l'espace de stockage du navigateur est plein : libérez de la place/);
  expect(await page.locator('[data-import-reussi]').count()).toBe(0);
  expect(await stockage(page)).toBe(avant);
  expect(g.report()).toBe('');
});

test('a full localStorage still shows and exports the stored progress (same learner, every trace), with the real cause', async () => {
  await sansIndexedDb(session.context);
  const page = await session.context.newPage();
  const g = guard(page);
  await repondre(page);
  await ouvrirPasseport(page);
  const stocke = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), JOURNAL))!) as { learnerId: string; entrees: unknown[] };
  await remplir(page, 0);
  await ouvrirPasseport(page);
  await page.getByRole('alert').filter({ hasText: /^L'espace de stockage du navigateur est plein : votre progression enregistrée est affichée/ }).waitFor();
  expect(await page.getByText('Navigation privée').count()).toBe(0);
  const [telechargement] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger mon passeport' }).click()]);
  const exporte = JSON.parse(readFileSync((await telechargement.path())!, 'utf8')) as { apprenant: { learnerId: string }; journal: { entrees: unknown[] } };
  expect(exporte.apprenant.learnerId).toBe(stocke.learnerId);
  expect(exporte.journal.entrees).toEqual(stocke.entrees);
  expect(exporte.journal.entrees.length).toBeGreaterThan(0);
  expect(g.report()).toBe('');
});

test('indexedDB.open that never answers: « ne répond pas » after the delay, the page works, no empty passport', async () => {
  await session.context.addInitScript(() => {
    const muet = () => ({}) as IDBOpenDBRequest;
    Object.defineProperty(window, 'indexedDB', { value: { open: muet, deleteDatabase: muet, databases: async () => [] }, configurable: true });
  });
  const page = await session.context.newPage();
  const g = guard(page);
  await aller(page, 'progression/passeport');
  await page.getByRole('alert').filter({ hasText: /^Le stockage du navigateur ne répond pas/ }).waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Télécharger mon passeport' }).click();
  await page.getByRole('alert').filter({ hasText: /^Le passeport n’a pas été créé : votre progression enregistrée n’a pas pu être lue/ }).waitFor();
  expect(await axeViolations(page, 'passeport, stockage muet')).toEqual([]);
  expect(g.report()).toBe('');
});

/** The site's first opening of IndexedDB answers 10 s late (a slow or loaded device); the others at once. */
async function ouvertureTardive(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const vrai = indexedDB.open.bind(indexedDB);
    let premier = true;
    indexedDB.open = (...args: Parameters<IDBFactory['open']>) => {
      const req = vrai(...args);
      if (!premier) return req;
      premier = false;
      const lent: Record<string, ((e: Event) => void) | null> = { onsuccess: null, onerror: null, onupgradeneeded: null, onblocked: null };
      req.onupgradeneeded = (e) => lent.onupgradeneeded?.(e);
      req.onblocked = (e) => lent.onblocked?.(e);
      req.onerror = (e) => lent.onerror?.(e);
      req.onsuccess = (e) => setTimeout(() => lent.onsuccess?.(e), 10_000);
      Object.defineProperty(lent, 'result', { get: () => req.result });
      Object.defineProperty(lent, 'error', { get: () => req.error });
      return lent as unknown as IDBOpenDBRequest;
    };
  });
}

test('indexedDB.open that answers late: « ne répond pas » meanwhile, then this visit’s answers are written there', async () => {
  await ouvertureTardive(session.context);
  const page = await session.context.newPage();
  const g = guard(page);
  await repondre(page);
  const avis = page.getByRole('alert').filter({ hasText: /^Le stockage du navigateur ne répond pas/ });
  await avis.first().waitFor();
  // It answers: the notice goes, the answer given meanwhile is stored.
  await avis.first().waitFor({ state: 'detached', timeout: 30_000 });
  await page.waitForFunction(
    (cle) =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open('moniteur-atelier');
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains("kv")) {
            db.close();
            return resolve(false);
          }
          const req = db.transaction('kv', 'readonly').objectStore('kv').get(cle);
          req.onsuccess = () => {
            db.close();
            resolve(typeof req.result === 'string' && (JSON.parse(req.result) as { entrees: unknown[] }).entrees.length === 1);
          };
        };
      }),
    JOURNAL,
    { timeout: 30_000, polling: 250 },
  );
  expect(g.report()).toBe('');
});

test('a storage that answers late does not reset the self-assessment being filled', async () => {
  // Seen under load: the page opened the stores again when IndexedDB answered, and the form
  // came back empty (the choice made meanwhile was lost, « Enregistrer » then refused).
  await ouvertureTardive(session.context);
  const page = await session.context.newPage();
  const g = guard(page);
  await aller(page, 'progression/positionnement');
  const avis = page.getByRole('alert').filter({ hasText: /^Le stockage du navigateur ne répond pas/ });
  await avis.first().waitFor();
  const premier = page.locator('input[type=radio][name^="entree-"]').first();
  await premier.check();
  await avis.first().waitFor({ state: 'detached', timeout: 30_000 });
  expect(await premier.isChecked()).toBe(true);
  await page.getByRole('button', { name: /^Enregistrer mon positionnement d'entrée/ }).click();
  await page.getByRole('status').filter({ hasText: /enregistré le .*\(1 compétence sur/ }).waitFor();
  expect(g.report()).toBe('');
});
