/**
 * <H5P id="…" /> in MDX: an H5P activity played by h5p-standalone.
 *
 * - Click-to-load facade: a page ships no H5P byte until the learner starts the
 *   activity (the player is a lazily imported chunk; its assets are fetched then).
 * - Before starting the player, every library the content needs is checked; a
 *   missing one is named in French instead of an empty box.
 * - Several players on one page are created one after the other (a queue).
 * - The learner's state is saved by us (no server): on `completed`/`progressed`
 *   xAPI events and when the page is hidden, keyed by activity and content hash;
 *   a state saved for another version of the content is discarded.
 * - xAPI statements are mapped into the learner's journal with the activity's
 *   critères (src/domain/h5p/xapi.ts).
 */
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { critereById, isCritereId, type CritereId } from '@site/src/referentiel';
import { dossierBibliotheque, resoudre } from '@site/src/domain/h5p/dependances';
import { fromH5PStatement } from '@site/src/domain/h5p/xapi';
import { contentUserData, etatKey, serialiserEtat } from '@site/src/domain/h5p/etat';
import { iri } from '@site/src/domain/journal/iri';
import { openBrowserStore } from '@site/src/lib/storage';
import { AvertissementsStockage, ProfilActif, horloge, useJournal } from '../Journal';
import tons from '../Activite/tons.module.css';
import styles from './styles.module.css';

export interface H5PData {
  readonly id: string;
  readonly titre: string;
  readonly criteres: readonly string[];
  readonly hash: string;
}

/** French strings of the H5P player's own interface. */
export const H5P_FR = {
  fullscreen: 'Plein écran',
  disableFullscreen: 'Quitter le plein écran',
  download: 'Télécharger',
  copyrights: "Droits d'utilisation",
  embed: 'Intégrer',
  size: 'Taille',
  showAdvanced: 'Afficher les options avancées',
  hideAdvanced: 'Masquer les options avancées',
  advancedHelp: 'Ajoutez ce script à votre site pour ajuster automatiquement la taille du contenu intégré :',
  copyrightInformation: "Droits d'utilisation",
  close: 'Fermer',
  title: 'Titre',
  author: 'Auteur',
  year: 'Année',
  source: 'Source',
  license: 'Licence',
  thumbnail: 'Vignette',
  noCopyrights: "Aucune information sur les droits d'utilisation de ce contenu.",
  reuse: 'Réutiliser',
  reuseContent: 'Réutiliser le contenu',
  reuseDescription: 'Réutiliser ce contenu.',
  downloadDescription: 'Télécharger ce contenu en fichier H5P.',
  copyrightsDescription: "Voir les droits d'utilisation de ce contenu.",
  embedDescription: "Voir le code d'intégration de ce contenu.",
  h5pDescription: 'Découvrir H5P.',
  contentChanged: 'Ce contenu a changé depuis votre dernière visite.',
  startingOver: 'Vous recommencez depuis le début.',
  by: 'par',
  showMore: 'Voir plus',
  showLess: 'Voir moins',
  subLevel: 'Sous-niveau',
  confirmDialogHeader: "Confirmer l'action",
  confirmDialogBody: 'Confirmez-vous ? Cette action est irréversible.',
  cancelLabel: 'Annuler',
  confirmLabel: 'Confirmer',
  contentType: 'Type de contenu',
  licenseExtras: 'Précisions sur la licence',
  changes: 'Modifications',
  contentCopied: 'Le contenu est copié dans le presse-papiers',
  connectionLost: 'Connexion perdue. Les résultats seront gardés puis envoyés au retour de la connexion.',
  connectionReestablished: 'Connexion rétablie.',
  resubmitScores: 'Envoi des résultats gardés.',
  offlineDialogHeader: 'La connexion au serveur est perdue',
  offlineDialogBody: "Les informations sur votre activité n'ont pas pu être envoyées. Vérifiez votre connexion.",
  offlineDialogRetryMessage: 'Nouvel essai dans :num…',
  offlineDialogRetryButtonLabel: 'Réessayer maintenant',
  offlineSuccessfulSubmit: 'Résultats envoyés.',
} as const;

/** Players are created one after the other (h5p-standalone is not re-entrant). */
let queue: Promise<unknown> = Promise.resolve();
function sequentially<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

type Etat = 'facade' | 'chargement' | 'pret' | 'erreur';

interface H5PInstance {
  contentId?: string;
  getCurrentState?: () => unknown;
}
interface H5PWindow {
  H5P?: {
    instances?: H5PInstance[];
    externalDispatcher?: { on: (e: string, f: (ev: { data: { statement: unknown } }) => void) => void };
    init?: (target?: HTMLElement) => void;
    preventInit?: boolean;
  };
}

async function fetchJson(url: string): Promise<unknown | null> {
  try {
    const response = await fetch(url);
    if (!response.ok) return null;
    return (await response.json()) as unknown;
  } catch {
    return null;
  }
}

export default function H5P({ id, data }: { id: string; data?: H5PData }): ReactNode {
  if (!data || data.id !== id) {
    return (
      <p role="alert" className="alert alert--danger">
        L'activité H5P « {id} » n'a pas pu être affichée : ses données manquent.
      </p>
    );
  }
  return <H5PView data={data} />;
}

function H5PView({ data }: { data: H5PData }): ReactNode {
  const journal = useJournal();
  const base = useBaseUrl('/h5p/');
  const container = useRef<HTMLDivElement | null>(null);
  const [etat, setEtat] = useState<Etat>('facade');
  const [erreur, setErreur] = useState<string | null>(null);
  const journalRef = useRef(journal);
  journalRef.current = journal;
  const criteres = data.criteres.filter(isCritereId) as CritereId[];
  const stateKey = etatKey(journal.namespace, journal.profil, data.id);

  const instance = useCallback((): H5PInstance | undefined => {
    const iframe = container.current?.querySelector('iframe');
    const win = (iframe?.contentWindow ?? window) as unknown as H5PWindow;
    return win.H5P?.instances?.[0];
  }, []);

  const saveState = useCallback(async () => {
    const current = instance()?.getCurrentState?.();
    if (current === undefined) return;
    const kv = await openBrowserStore();
    try {
      await kv?.set(stateKey, serialiserEtat(data.hash, current));
    } catch {
      // A full storage keeps the activity working; the journal shows the warning.
    }
  }, [instance, stateKey, data.hash]);

  useEffect(() => {
    if (etat !== 'pret') return undefined;
    const onHide = () => {
      if (document.visibilityState === 'hidden') void saveState();
    };
    document.addEventListener('visibilitychange', onHide);
    return () => document.removeEventListener('visibilitychange', onHide);
  }, [etat, saveState]);

  const lancer = async () => {
    setEtat('chargement');
    setErreur(null);
    const contentPath = `${base}content/${data.id}`;
    const librariesPath = `${base}libraries`;
    try {
      const manifest = await fetchJson(`${contentPath}/h5p.json`);
      if (!manifest) throw new Error("le contenu de l'activité est introuvable");
      const resolution = await resoudre(manifest, (d) => fetchJson(`${librariesPath}/${dossierBibliotheque(d)}/library.json`));
      if (resolution.manquantes.length > 0) {
        throw new Error(
          `bibliothèque H5P introuvable : ${resolution.manquantes.map((m) => `« ${m} »`).join(', ')}. Importez le paquet avec ses bibliothèques (npm run h5p:add).`,
        );
      }
      const kv = await openBrowserStore();
      const saved = kv ? await kv.get(stateKey).catch(() => null) : null;
      const userData = contentUserData(saved, data.hash);
      // A state saved for another version of the content is stale: forget it.
      if (saved && !userData) await kv?.delete(stateKey).catch(() => undefined);
      await sequentially(async () => {
        const { H5P: Player } = await import('h5p-standalone');
        if (!container.current) return;
        container.current.replaceChildren();
        await new Player(container.current, {
          id: `ma-${data.id}`,
          h5pJsonPath: contentPath,
          librariesPath,
          frameJs: `${base}lecteur/frame.bundle.js`,
          frameCss: `${base}lecteur/styles/h5p.css`,
          frame: true,
          fullScreen: true,
          copyright: false,
          export: false,
          embed: false,
          icon: false,
          translations: H5P_FR,
          xAPIObjectIRI: iri.h5p(data.id),
          // H5P core hands a saved state to the content only when saveFreq is set; without a
          // `user`, it never sends it to a server: the state stays in the page, and we save it.
          saveFreq: 15,
          ...(userData ? { contentUserData: userData } : {}),
          // H5P core is started below, once the frame holds a page of the site.
          preventH5PInit: false,
        } as ConstructorParameters<typeof Player>[1]);
        const iframe = container.current?.querySelector('iframe');
        if (iframe) {
          // The player's iframe has no accessible name: give it the activity's title.
          iframe.setAttribute('title', `Activité H5P : ${data.titre}`);
          // Start from a page of the site rather than about:blank: the offline service
          // worker then serves everything the activity loads (see src/build/h5p/construire.ts).
          await new Promise<void>((resolve) => {
            iframe.addEventListener('load', () => resolve(), { once: true });
            iframe.src = `${base}lecteur/cadre.html`;
          });
        }
        const h5p = (window as unknown as H5PWindow).H5P;
        h5p?.init?.(container.current ?? undefined);
        if (h5p) h5p.preventInit = false;
        const dispatcher = (window as unknown as H5PWindow).H5P?.externalDispatcher;
        dispatcher?.on('xAPI', (event) => {
          const statement = event.data.statement as { verb?: { id?: string }; object?: { id?: string } };
          const { acteur } = journalRef.current;
          if (acteur) {
            const mapped = fromH5PStatement(statement, { activite: data.id, criteres }, acteur, horloge);
            if (mapped) journalRef.current.record([mapped]);
          }
          const verb = statement.verb?.id ?? '';
          if (/\/(completed|progressed|answered)$/.test(verb)) void saveState();
        });
      });
      setEtat('pret');
    } catch (error) {
      setEtat('erreur');
      setErreur(String((error as Error)?.message ?? error));
    }
  };

  return (
    <section className={styles.h5p} aria-labelledby={`h5p-${data.id}-titre`} data-activite-h5p={data.id}>
      <h3 id={`h5p-${data.id}-titre`}>Activité interactive : {data.titre}</h3>
      <p className={styles.meta}>
        Ce que vous travaillez :{' '}
        {criteres.map((c, i) => (
          <span key={c}>
            {i > 0 && ' ; '}
            {critereById(c).intitule}{' '}
            <Link to={`/cours/referentiel#ref-${c}`} className={`ma-code ${tons.critere}`}>
              {c}
            </Link>
          </span>
        ))}
      </p>
      <ProfilActif />
      <AvertissementsStockage />
      {etat !== 'pret' && (
        <div className={styles.facade}>
          <p>
            Cette activité interactive se charge quand vous la lancez ; vos réponses comptent dans votre progression.
          </p>
          <button type="button" className="button button--primary" onClick={() => void lancer()} disabled={etat === 'chargement'}>
            {etat === 'chargement' ? 'Chargement de l’activité…' : 'Lancer l’activité interactive'}
          </button>
        </div>
      )}
      {erreur && (
        <p role="alert" className="alert alert--danger">
          L'activité H5P n'a pas pu être chargée : {erreur}
        </p>
      )}
      <div ref={container} className={styles.lecteur} />
    </section>
  );
}
