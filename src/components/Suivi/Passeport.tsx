/**
 * /progression/passeport: download the progress passport (the whole record of
 * the active profile, in one file), bring one back (merge or replace, after a
 * spelled-out confirmation), ask the browser for durable storage, and show the
 * QR code of the summary for the trainer. All the rules are in
 * src/domain/apprenant/passeport.ts and src/domain/journal/sauvegarde.ts; nothing leaves the browser.
 */
import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import type { Banque } from '@site/src/domain/formateur/banque';
import { jourLocal, nombreDeTraces, rappelSauvegarde, taille } from '@site/src/domain/journal/sauvegarde';
import { quandProche } from '../Activite/quand-proche';
import { AvertissementsStockage, ProfilActif, useJournal } from '../Journal';
import { AvecBanque, PageSuivi, dateFr, nomDeFichier, styles, telecharger } from './commun';
import { ImportPasseport } from './ImportPasseport';
import { NomStagiaire } from './NomStagiaire';
import local from './passeport.module.css';

type Message = { readonly type: 'ok' | 'erreur'; readonly texte: string } | null;

function Sauvegarder({ banque }: { banque: Banque }): ReactNode {
  const { stores, document, statements, saveDocument } = useJournal();
  const [message, setMessage] = useState<Message>(null);
  if (!stores || !document) return null;
  const rappel = rappelSauvegarde(statements, document.derniereExport);

  const exporter = async () => {
    // The passport's writer (and its hashing) is loaded at the first download only.
    const module = await import('@site/src/domain/apprenant/passeport').catch((error: Error) => error);
    if (module instanceof Error) {
      setMessage({ type: 'erreur', texte: `Le passeport n’a pas pu être créé (${module.message}). Vos données ne sont pas modifiées.` });
      return;
    }
    const { creerPasseport, refusExport } = module;
    const now = new Date();
    // The stores' current values (not this render's), in case another tab just wrote.
    const profil = stores.profil.profil;
    // Never an empty passport while the stored progress could not be read.
    const refus = refusExport({ lu: stores.journal.lu, statements: stores.journal.statements });
    if (refus) {
      setMessage({ type: 'erreur', texte: `Le passeport n’a pas été créé : ${refus}.` });
      return;
    }
    try {
      const texte = creerPasseport({ journal: stores.journal.journal, profil }, { now, revisionContenu: banque.revision });
      const fichier = `${nomDeFichier('passeport', profil.nom || 'apprenant', jourLocal(now))}.json`;
      telecharger(fichier, texte, 'application/json');
      await saveDocument({ ...profil, derniereExport: now.toISOString() });
      const partiel = stores.journal.lu ? '' : ' Il ne contient que les réponses de cette visite : votre progression enregistrée n’a pas pu être lue.';
      setMessage({
        type: 'ok',
        texte: `Passeport téléchargé : « ${fichier} » (${taille(new Blob([texte]).size)}, ${nombreDeTraces(stores.journal.journal.statements.length)}). Rangez-le en lieu sûr : clé USB, messagerie ou espace de stockage personnel.${partiel}`,
      });
    } catch (error) {
      setMessage({ type: 'erreur', texte: `Le passeport n’a pas pu être créé (${(error as Error).message}). Vos données ne sont pas modifiées.` });
    }
  };

  return (
    <section aria-labelledby="sauvegarder" className={styles.panneau}>
      <h2 id="sauvegarder">Sauvegarder ma progression</h2>
      <p>
        Le passeport est un fichier qui contient toute votre progression : vos réponses, votre positionnement et votre livret de suivi. Téléchargez-le
        régulièrement. Il vous permet de reprendre votre travail sur un autre appareil, ou de le retrouver si ce navigateur l’efface.
      </p>
      <NomStagiaire />
      <dl className={local.fiche}>
        <dt>Contenu</dt>
        <dd>{nombreDeTraces(statements.length)} (réponses et activités terminées)</dd>
        <dt>Dernière sauvegarde</dt>
        <dd data-derniere-export>{document.derniereExport ? `le ${dateFr(document.derniereExport, true)}` : 'jamais'}</dd>
      </dl>
      {rappel && (
        <p role="status" className="alert alert--warning">
          {rappel.message}
        </p>
      )}
      <div className={styles.actions}>
        <button type="button" className="button button--primary" onClick={() => void exporter()}>
          Télécharger mon passeport
        </button>
      </div>
      <div role="status">{message?.type === 'ok' && <p className="alert alert--success">{message.texte}</p>}</div>
      {message?.type === 'erreur' && (
        <p role="alert" className="alert alert--danger">
          {message.texte}
        </p>
      )}
      <StockageDurable />
    </section>
  );
}

type EtatStockage = 'verification' | 'indisponible' | 'durable' | 'ordinaire';

const ETAT_STOCKAGE: Readonly<Record<EtatStockage, string>> = {
  verification: 'vérification…',
  indisponible: 'ce navigateur ne permet pas de demander un stockage durable.',
  durable: 'stockage durable accordé : le navigateur ne doit pas effacer vos données de lui-même.',
  ordinaire: 'stockage ordinaire : le navigateur peut effacer vos données, par exemple s’il manque de place.',
};

function StockageDurable(): ReactNode {
  const [etat, setEtat] = useState<EtatStockage>('verification');
  const [reponse, setReponse] = useState('');
  useEffect(() => {
    let actif = true;
    const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
    if (!storage || typeof storage.persisted !== 'function' || typeof storage.persist !== 'function') {
      setEtat('indisponible');
      return;
    }
    storage.persisted().then(
      (oui) => actif && setEtat(oui ? 'durable' : 'ordinaire'),
      () => actif && setEtat('indisponible'),
    );
    return () => {
      actif = false;
    };
  }, []);

  const demander = async () => {
    try {
      const accorde = await navigator.storage.persist();
      setEtat(accorde ? 'durable' : 'ordinaire');
      setReponse(
        accorde
          ? 'Demande acceptée : le navigateur garde vos données tant que vous ne les effacez pas vous-même. Continuez à télécharger votre passeport pour changer d’appareil.'
          : 'Le navigateur a refusé pour le moment. Il décide seul : il accepte plus facilement pour un site souvent visité, mis en favori ou ajouté à l’écran d’accueil. Continuez à télécharger votre passeport régulièrement.',
      );
    } catch {
      setReponse('La demande n’a pas abouti. Continuez à télécharger votre passeport régulièrement.');
    }
  };

  return (
    <>
      <h3>Pourquoi sauvegarder ?</h3>
      <p>
        Vos données restent dans ce navigateur, sur cet appareil : rien n’est envoyé à un serveur. Elles disparaissent si vous effacez les données de
        navigation, et parfois sans action de votre part : Safari (sur iPhone, iPad et Mac) peut effacer les données d’un site après 7 jours sans visite,
        et tout navigateur peut en effacer quand l’appareil manque de place.
      </p>
      <p>
        Vous pouvez demander au navigateur un stockage durable : il s’engage alors à ne pas effacer vos données de lui-même. Cela ne remplace pas le
        passeport, seule sauvegarde qui vous suit d’un appareil à l’autre.
      </p>
      <p data-stockage={etat}>
        <strong>État actuel :</strong> {ETAT_STOCKAGE[etat]}
      </p>
      {etat === 'ordinaire' && (
        <div className={styles.actions}>
          <button type="button" className="button button--secondary" onClick={() => void demander()}>
            Demander un stockage durable
          </button>
        </div>
      )}
      <p role="status">{reponse}</p>
    </>
  );
}

/** The summary's component (QR code, mastery of each compétence), loaded when its section comes near the screen. */
const ResumePourFormateur = lazy(() =>
  import('./ResumePourFormateur').catch(() => ({
    default: () => (
      <p role="alert" className="alert alert--warning">
        Le résumé n’a pas pu être chargé (connexion coupée ?) : rechargez la page pour le voir.
      </p>
    ),
  })),
);

/**
 * « Résumé pour votre formateur », at the bottom of the page: its heading is there from
 * the start; its code (QR code generator, mastery, référentiel) comes when the learner
 * gets near it, not with the page.
 */
function ResumeQuandProche(): ReactNode {
  const zone = useRef<HTMLDivElement>(null);
  const [proche, setProche] = useState(false);
  useEffect(() => {
    const element = zone.current;
    return element ? quandProche(element, () => setProche(true), true) : undefined;
  }, []);
  const entete = (
    <section aria-labelledby="resume-formateur" className={styles.panneau}>
      <h2 id="resume-formateur">Résumé pour votre formateur</h2>
      <p>Un QR code et un lien que votre formateur ouvre pour voir votre niveau dans chaque compétence.</p>
    </section>
  );
  return (
    <div ref={zone}>
      {proche ? (
        <Suspense fallback={entete}>
          <ResumePourFormateur />
        </Suspense>
      ) : (
        entete
      )}
    </div>
  );
}

export default function PagePasseport(): ReactNode {
  return (
    <PageSuivi
      titre="Passeport de progression"
      description="Sauvegarder votre progression dans un fichier, la reprendre sur un autre appareil, et montrer votre résumé à votre formateur par un QR code."
      chapo={
        <p>
          Votre progression est enregistrée dans ce navigateur seulement. Le passeport vous permet de la sauvegarder, de la reprendre ailleurs et de la
          montrer à votre formateur.
        </p>
      }
    >
      <ProfilActif />
      <AvertissementsStockage />
      <AvecBanque>
        {(banque) => (
          <>
            <Sauvegarder banque={banque} />
            <ImportPasseport banque={banque} />
            <ResumeQuandProche />
          </>
        )}
      </AvecBanque>
    </PageSuivi>
  );
}
