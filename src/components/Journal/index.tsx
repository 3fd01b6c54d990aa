/**
 * The learner's data for React: the journal (learning record) and the profile
 * document of the active profile, opened once per visit after the page is in the
 * browser (never at import time, never during the build), and only on a page that
 * needs them: `useJournal()` (activities, dashboards) asks for them, while a page
 * of text only loads neither the storage engine nor the LRS code
 * (`useJournalSiOuvert()` reads without asking). Several profiles can live on one
 * shared computer; switching profile reopens the stores.
 * Activities call `record()`; dashboards read `statements` and `document`.
 */
import { createContext, startTransition, useCallback, useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Link from '@docusaurus/Link';
import { cleEnCours, cleSecours, cleSecoursEnCours, lrsRegle, namespaceFor, prefixeSecours, prefixesProfil, profilKey, profilQuarantaine, storeKeys } from '@site/src/domain/journal/keys';
import type { Acteur, Horloge, Statement } from '@site/src/domain/journal/statement';
import type { Avertissement, KeyValueStore, Stockage } from '@site/src/domain/journal/document';
import type { JournalStore } from '@site/src/domain/journal/store';
import { EnCoursStore } from '@site/src/domain/journal/en-cours';
import type { Profil } from '@site/src/domain/profil/profil';
import type { ProfilStore } from '@site/src/domain/profil/profil-store';
import { ajouterProfil, lireListe, supprimerProfil, type ChangementProfils, type EntreeProfil } from '@site/src/domain/profil/profils';
import { settings } from '@site/src/lib/settings';

export function uuid(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const horloge: Horloge = { now: () => new Date(), uuid };

/**
 * Attempts in progress of the active profile (src/domain/quiz/reprise.ts), one text per
 * activity, in the browser's storage beside the record but never in it. Operations run
 * in the order they were asked; without storage, they live in memory for the visit.
 */
export interface EnCoursApi {
  lire(activite: string): Promise<string | null>;
  /**
   * Keeps the latest value at once (null: deleted) in a synchronous backup, until storage has it
   * (`ecrire`, `effacer`): a page left while IndexedDB writes loses nothing. Call it when the
   * value changes, even if its write waits behind others.
   */
  retenir(activite: string, valeur: string | null): void;
  ecrire(activite: string, valeur: string): Promise<void>;
  effacer(activite: string): Promise<void>;
}

export interface JournalApi {
  readonly ready: boolean;
  readonly statements: readonly Statement[];
  readonly warnings: readonly Avertissement[];
  readonly persistent: boolean;
  readonly acteur: Acteur | null;
  readonly namespace: string;
  /** Active profile id. */
  readonly profil: string;
  readonly profils: readonly EntreeProfil[];
  /** The active profile's document (name, self-assessment, assignments, livret). */
  readonly document: Profil | null;
  readonly stores: { readonly journal: JournalStore; readonly profil: ProfilStore } | null;
  readonly enCours: EnCoursApi;
  /** Opens the stores (once); `useJournal()` calls it. */
  ouvrir(): void;
  record(statements: readonly Statement[]): void;
  /** Saves the profile document: `memoire` when it is kept for this visit only (a warning says why). */
  saveDocument(profil: Profil): Promise<'enregistre' | 'memoire'>;
  /** Activates a profile; false when the browser could not remember the choice (this visit only). */
  changerProfil(id: string): boolean;
  ajouterProfil(nom: string): ChangementProfils;
  supprimerProfil(id: string): Promise<ChangementProfils>;
}

const EMPTY: readonly Statement[] = [];
const NO_WARNINGS: readonly Avertissement[] = [];

const JournalContext = createContext<JournalApi | null>(null);

const RAISON_LISTE = 'le navigateur n’a pas pu enregistrer la liste des profils (stockage plein ou refusé) : rien n’a été changé';

export const profilsKey = (namespace: string) => `${namespace}/profils`;
export const activeProfileKey = (namespace: string) => `${namespace}/profil-actif`;

export function JournalProvider({ children }: { children: ReactNode }): ReactNode {
  const { siteConfig } = useDocusaurusContext();
  const namespace = namespaceFor(siteConfig.baseUrl);
  const [profils, setProfils] = useState<EntreeProfil[]>(() => lireListe(null));
  const [profil, setProfil] = useState<string>(() => profils[0]!.id);
  const [stores, setStores] = useState<{ journal: JournalStore; profil: ProfilStore } | null>(null);
  const [demande, setDemande] = useState(false);
  // Transitions: these updates follow hydration (effects of the pages' components). As urgent
  // updates, React would render them at once, in the long task that ends the page load;
  // as transitions, their rendering is split into short tasks (measured in ARCHITECTURE.md).
  const ouvrir = useCallback(() => startTransition(() => setDemande(true)), []);
  const pending = useRef<Statement[]>([]);
  // One connection to the browser's storage for the visit, opened (with the engine) at first need.
  const stockage = useRef<Promise<Stockage & { readonly tardif?: Promise<KeyValueStore | null> }> | null>(null);
  const ouvrirStockage = useCallback(() => (stockage.current ??= import('./moteur').then((m) => m.ouvrirStockage())), []);
  // A storage that answered after the delay (src/lib/storage.ts): the stores are opened again on it,
  // and the answers this visit kept in memory meanwhile are written there.
  const [tardif, setTardif] = useState(0);
  const enMemoire = useRef<JournalStore | null>(null);
  const cleOuverte = useRef<string | null>(null);
  // Optional LRS forwarding (src/lib/lrs.ts): its code is loaded only when this build allows an
  // LRS and a trainer has set one up on this device.
  const originesLrs = ((siteConfig.customFields?.lrsOrigins as string[] | undefined) ?? []).join(' ');
  const lrs = useMemo(
    () => ({ namespace, baseUrl: siteConfig.baseUrl, origines: originesLrs === '' ? [] : originesLrs.split(' ') }),
    [namespace, siteConfig.baseUrl, originesLrs],
  );
  const siLrsRegle = useCallback(
    (agir: (module: typeof import('@site/src/lib/lrs')) => void) => {
      if (lrs.origines.length === 0) return;
      void ouvrirStockage().then(async ({ kv }) => {
        if (await lrsRegle(kv, lrs.namespace)) agir(await import('@site/src/lib/lrs'));
      });
    },
    [lrs, ouvrirStockage],
  );

  // Profiles list and active profile: small synchronous settings, read after mounting.
  useEffect(() => {
    const liste = lireListe(settings.get(profilsKey(namespace)));
    const actif = settings.get(activeProfileKey(namespace));
    startTransition(() => {
      setProfils(liste);
      setProfil(liste.some((p) => p.id === actif) ? actif! : liste[0]!.id);
    });
  }, [namespace]);

  useEffect(() => {
    if (!demande) return undefined;
    let cancelled = false;
    // Another learner's data leaves the screen at once; the same learner's stays until the stores are
    // open again (a storage that answered late, an LRS set up): the page does not flash « Chargement »
    // and a form being filled is not reset.
    const cle = `${namespace}\u0000${profil}`;
    if (cleOuverte.current !== cle) setStores(null);
    void (async () => {
      const [{ JournalStore, ProfilStore, secoursLocal }, lu] = await Promise.all([import('./moteur'), ouvrirStockage()]);
      const { kv, etat } = lu;
      const nom = profils.find((p) => p.id === profil)?.nom ?? '';
      const [journal, document] = await Promise.all([
        JournalStore.open(kv, { keys: storeKeys(namespace, profil), now: () => new Date(), newLearnerId: uuid, homePage: `${siteConfig.url}${siteConfig.baseUrl}`, etat, secours: secoursLocal(kv, cleSecours(namespace, profil)) }),
        ProfilStore.open(kv, { cle: profilKey(namespace, profil), quarantaine: profilQuarantaine(namespace, profil), now: () => new Date(), nomParDefaut: nom === 'Profil principal' ? '' : nom }),
      ]);
      if (cancelled) return;
      const avant = enMemoire.current;
      enMemoire.current = null;
      if (avant && kv) pending.current.unshift(...avant.statements);
      if (pending.current.length > 0) {
        void journal.append(pending.current);
        pending.current = [];
      }
      if (!kv && lu.tardif) {
        void lu.tardif.then((tard) => {
          if (!tard || cancelled) return;
          stockage.current = Promise.resolve({ kv: tard, etat: 'ok' });
          enMemoire.current = journal;
          startTransition(() => setTardif((n) => n + 1));
        });
      }
      cleOuverte.current = cle;
      setStores({ journal, profil: document });
      // Sends what was queued during a previous visit.
      siLrsRegle((m) => void m.transfertLrs(lrs));
    })();
    return () => {
      cancelled = true;
    };
    // The profiles list only matters for a new profile's default name.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [demande, namespace, profil, siteConfig.url, siteConfig.baseUrl, lrs, ouvrirStockage, siLrsRegle, tardif]);

  const subscribe = useCallback(
    (listener: () => void) => {
      if (!stores) return () => undefined;
      const a = stores.journal.subscribe(listener);
      const b = stores.profil.subscribe(listener);
      return () => {
        a();
        b();
      };
    },
    [stores],
  );
  const statements = useSyncExternalStore(subscribe, () => stores?.journal.statements ?? EMPTY, () => EMPTY);
  const journalWarnings = useSyncExternalStore(subscribe, () => stores?.journal.warnings ?? NO_WARNINGS, () => NO_WARNINGS);
  const profilWarnings = useSyncExternalStore(subscribe, () => stores?.profil.warnings ?? NO_WARNINGS, () => NO_WARNINGS);
  const document = useSyncExternalStore(subscribe, () => stores?.profil.profil ?? null, () => null);
  const warnings = useMemo(() => [...journalWarnings, ...profilWarnings.filter((w) => !journalWarnings.some((j) => j.code === w.code))], [journalWarnings, profilWarnings]);

  // Attempts in progress (src/domain/journal/en-cours.ts): one store for the visit, keyed by profile.
  const magasinEnCours = useRef<EnCoursStore | null>(null);
  magasinEnCours.current ??= new EnCoursStore(async () => (await ouvrirStockage()).kv, settings);
  const enCours = useMemo<EnCoursApi>(() => {
    const magasin = magasinEnCours.current!;
    const cles = (activite: string) => ({ cle: cleEnCours(namespace, profil, activite), secours: cleSecoursEnCours(namespace, profil, activite) });
    return {
      lire: (activite) => magasin.lire(cles(activite)),
      retenir: (activite, valeur) => magasin.retenir(cles(activite), valeur),
      ecrire: (activite, valeur) => magasin.ecrire(cles(activite), valeur),
      effacer: (activite) => magasin.effacer(cles(activite)),
    };
  }, [namespace, profil]);

  const changerProfil = useCallback(
    (id: string) => {
      const retenu = settings.retenir(activeProfileKey(namespace), id);
      setProfil(id);
      return retenu;
    },
    [namespace],
  );

  const api = useMemo<JournalApi>(
    () => ({
      ready: stores !== null,
      statements,
      warnings,
      persistent: stores?.journal.persistent ?? false,
      acteur: stores ? { learnerId: stores.journal.journal.learnerId, homePage: stores.journal.journal.homePage } : null,
      namespace,
      profil,
      profils,
      document,
      stores,
      enCours,
      ouvrir,
      record: (list) => {
        if (stores) void stores.journal.append(list);
        else {
          pending.current.push(...list);
          setDemande(true);
        }
        siLrsRegle((m) => m.transmettreAuLrs(lrs, list));
      },
      saveDocument: async (p) => (stores ? stores.profil.save(p) : 'memoire'),
      changerProfil,
      ajouterProfil: (nom) => {
        const result = ajouterProfil(profils, nom, `p-${uuid().slice(0, 8)}`);
        if (!result.ok) return result;
        // The list is written and read back before the profile exists: a full storage creates nothing.
        if (!settings.retenir(profilsKey(namespace), JSON.stringify(result.liste))) return { ok: false, raison: RAISON_LISTE };
        setProfils(result.liste);
        changerProfil(result.id);
        return result;
      },
      supprimerProfil: async (id) => {
        const result = supprimerProfil(profils, id);
        if (!result.ok) return result;
        const avant = settings.get(profilsKey(namespace));
        if (!settings.retenir(profilsKey(namespace), JSON.stringify(result.liste))) return { ok: false, raison: RAISON_LISTE };
        const { kv } = await ouvrirStockage();
        if (kv) {
          // All the profile's data in one commit: deleted entirely, or not at all (the list is then put back).
          try {
            const cles = (await Promise.all(prefixesProfil(namespace, id).map((prefix) => kv.keys(prefix)))).flat();
            await kv.commit({ delete: cles });
            settings.effacerPrefixe(prefixeSecours(namespace, id));
          } catch {
            if (avant === null || !settings.retenir(profilsKey(namespace), avant)) settings.set(profilsKey(namespace), JSON.stringify(profils));
            return { ok: false, raison: 'le navigateur a refusé d’effacer ses données : rien n’a été supprimé' };
          }
        }
        setProfils(result.liste);
        changerProfil(result.id);
        return result;
      },
    }),
    [stores, statements, warnings, namespace, profil, profils, document, enCours, changerProfil, lrs, ouvrir, ouvrirStockage, siLrsRegle],
  );
  return <JournalContext.Provider value={api}>{children}</JournalContext.Provider>;
}

/** The journal, without opening it: for what only uses it if a page has opened it. */
export function useJournalSiOuvert(): JournalApi {
  const api = useContext(JournalContext);
  if (!api) throw new Error('useJournal() doit être utilisé sous <JournalProvider> (src/theme/Root.tsx).');
  return api;
}

/**
 * The journal of the active profile, opened when the first component that needs it
 * is shown. An activity at the end of a lesson is mounted only when the learner gets
 * near it (src/components/Activite/Ilot.tsx): the page does not load the journal's
 * engine and storage before that (≈ 6 Kio gzip and an IndexedDB opening).
 */
export function useJournal(): JournalApi {
  const api = useJournalSiOuvert();
  const { ouvrir } = api;
  useEffect(ouvrir, [ouvrir]);
  return api;
}

/**
 * The storage warnings, shown where learners answer (quizzes, case studies, progress).
 * It does not open the journal: the activity around it does (warnings come from opening it).
 */
export function AvertissementsStockage(): ReactNode {
  const { warnings } = useJournalSiOuvert();
  if (warnings.length === 0) return null;
  return (
    <div role="alert" className="alert alert--warning margin-bottom--md">
      {warnings.map((w) => (
        <p key={w.code} className="margin-bottom--none">
          {w.message}
        </p>
      ))}
    </div>
  );
}

/** Shown where learners answer when several profiles share this computer: whose record gets the answers. */
export function ProfilActif(): ReactNode {
  // The profiles are small settings, read without opening the journal.
  const { profils, profil } = useJournalSiOuvert();
  if (profils.length < 2) return null;
  const nom = profils.find((p) => p.id === profil)?.nom ?? '';
  return (
    <p className="margin-bottom--sm" data-profil-actif={profil}>
      Vos réponses sont enregistrées dans le profil <strong>{nom}</strong> — <Link to="/progression#profils">changer de profil</Link>
    </p>
  );
}
