/**
 * Bringing a passport back: pick or drop a file, see what it contains (or why it
 * is refused), choose « Fusionner » or « Remplacer », read the consequence, then
 * confirm. The file is read and checked in a Web Worker (src/lib/lecteur.ts): no
 * file can freeze the page. The domain (appliquerImport) computes the result,
 * checks every limit on it, writes journal and profile in one commit and reads
 * them back; it writes nothing on refusal. This view writes nothing itself, and
 * whatever happens the buttons come back with the reason.
 */
import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import Link from '@docusaurus/Link';
import type { Banque } from '@site/src/domain/formateur/banque';
import type { appliquerImport, LecturePasseport } from '@site/src/domain/apprenant/passeport';
import { apercuImport, consequenceImport, nombreDeTraces, refusTaille, type ApercuImport, type ModeImport } from '@site/src/domain/journal/sauvegarde';
import { useJournal } from '../Journal';
import { dateFr, styles } from './commun';
import local from './passeport.module.css';

type Lu = Extract<LecturePasseport, { ok: true }>;

type Etape =
  | { readonly etape: 'choix' }
  | { readonly etape: 'lecture'; readonly fichier: string }
  | { readonly etape: 'refus'; readonly fichier: string; readonly raison: string }
  | {
      readonly etape: 'apercu';
      readonly fichier: string;
      readonly lecture: Lu;
      readonly apercu: ApercuImport;
      readonly confirmation: ModeImport | null;
      readonly enCours: boolean;
    }
  | {
      readonly etape: 'fait';
      readonly mode: ModeImport;
      readonly traces: number;
      readonly ajoutees: number;
      /** False: kept for this visit only (the storage notice says why). */
      readonly enregistre: boolean;
      readonly avertissements: readonly string[];
    }
  | { readonly etape: 'echec'; readonly raison: string };

const LIBELLES: Readonly<Record<ModeImport, { choix: string; confirmer: string }>> = {
  fusionner: { choix: 'Fusionner avec mes données', confirmer: 'Confirmer la fusion' },
  remplacer: { choix: 'Remplacer mes données', confirmer: 'Confirmer le remplacement' },
};

/** Durations in the browser's performance timeline (read by the browser tests; nothing is sent). */
function mesurer(nom: string, debut: number): void {
  try {
    performance.measure(nom, { start: debut, end: performance.now() });
  } catch {
    // Older browsers without User Timing Level 3: nothing to measure.
  }
}

export function ImportPasseport({ banque }: { banque: Banque }): ReactNode {
  const { stores } = useJournal();
  const [etape, setEtape] = useState<Etape>({ etape: 'choix' });
  const [survol, setSurvol] = useState(false);
  const input = useRef<HTMLInputElement | null>(null);
  const consequence = useRef<HTMLParagraphElement | null>(null);
  const resultat = useRef<HTMLDivElement | null>(null);
  const boutons = useRef<Partial<Record<ModeImport, HTMLButtonElement | null>>>({});
  const retourFocus = useRef<ModeImport | null>(null);

  const confirmation = etape.etape === 'apercu' ? etape.confirmation : null;
  useEffect(() => {
    if (confirmation) consequence.current?.focus();
    else if (retourFocus.current) {
      boutons.current[retourFocus.current]?.focus();
      retourFocus.current = null;
    }
  }, [confirmation]);
  useEffect(() => {
    if (etape.etape === 'fait' || etape.etape === 'echec') resultat.current?.focus();
  }, [etape.etape]);

  if (!stores) return null;

  const lireFichier = async (fichiers: FileList | null) => {
    const file = fichiers?.[0];
    if (!file) return;
    if (fichiers.length > 1) {
      setEtape({ etape: 'refus', fichier: file.name, raison: 'déposez un seul fichier à la fois' });
      return;
    }
    const trop = refusTaille(file.size);
    if (trop) {
      setEtape({ etape: 'refus', fichier: file.name, raison: trop });
      return;
    }
    setEtape({ etape: 'lecture', fichier: file.name });
    const debut = performance.now();
    // The file reader (worker, passport rules) is loaded with the first file only.
    const lecture: LecturePasseport = await import('@site/src/lib/lecteur').then(
      ({ lirePasseportFichier }) => lirePasseportFichier(file, banque.revision),
      (error: Error) => ({ ok: false, raison: `le lecteur de fichiers n’a pas pu être chargé (${error.message})` }),
    );
    mesurer('passeport-lecture', debut);
    if (!lecture.ok) {
      setEtape({ etape: 'refus', fichier: file.name, raison: lecture.raison });
      return;
    }
    setEtape({
      etape: 'apercu',
      fichier: file.name,
      lecture,
      apercu: apercuImport(stores.journal.journal, lecture.etat),
      confirmation: null,
      enCours: false,
    });
  };

  const choisir = (mode: ModeImport | null) => {
    if (etape.etape !== 'apercu') return;
    if (mode === null) retourFocus.current = etape.confirmation;
    // Counts are taken again: another tab may have added traces meanwhile.
    setEtape({ ...etape, confirmation: mode, apercu: apercuImport(stores.journal.journal, etape.lecture.etat) });
  };

  const confirmer = async (mode: ModeImport) => {
    if (etape.etape !== 'apercu') return;
    setEtape({ ...etape, enCours: true });
    const debut = performance.now();
    let r: Awaited<ReturnType<typeof appliquerImport>>;
    try {
      // The passport's rules (and their hashing) are loaded at the first import only.
      const { appliquerImport } = await import('@site/src/domain/apprenant/passeport');
      r = await appliquerImport(stores, etape.lecture, mode);
    } catch (error) {
      // Never stuck on « Import en cours… »: the reason is shown, the buttons come back.
      r = { ok: false, raison: `erreur inattendue (${(error as Error).message})` };
    }
    mesurer('passeport-import', debut);
    if (input.current) input.current.value = '';
    setEtape(
      r.ok
        ? { etape: 'fait', mode, traces: r.traces, ajoutees: r.ajoutees, enregistre: r.enregistre, avertissements: r.avertissements }
        : { etape: 'echec', raison: r.raison },
    );
  };

  const recommencer = () => {
    if (input.current) input.current.value = '';
    setEtape({ etape: 'choix' });
    input.current?.focus();
  };

  return (
    <section aria-labelledby="reprendre" className={styles.panneau}>
      <h2 id="reprendre">Reprendre une progression</h2>
      <p>
        Ouvrez un passeport téléchargé sur ce site, par exemple pour reprendre sur cet appareil le travail fait sur un autre. Le fichier est lu dans
        votre navigateur : il n’est envoyé nulle part. Rien n’est modifié avant votre confirmation.
      </p>
      <div
        className={`${styles.zoneDepot} ${survol ? styles.zoneDepotActive : ''} ${local.zone}`}
        onDragOver={(e) => {
          e.preventDefault();
          setSurvol(true);
        }}
        onDragLeave={() => setSurvol(false)}
        onDrop={(e) => {
          e.preventDefault();
          setSurvol(false);
          void lireFichier(e.dataTransfer.files);
        }}
      >
        <label htmlFor="fichier-passeport">Choisir un fichier de passeport (.json)</label>
        <p id="fichier-passeport-aide" className={styles.aide}>
          Ou faites glisser le fichier dans ce cadre.
        </p>
        <input
          ref={input}
          id="fichier-passeport"
          type="file"
          accept=".json,application/json"
          aria-describedby="fichier-passeport-aide"
          onChange={(e) => void lireFichier(e.currentTarget.files)}
        />
      </div>

      <div role="status">
        {etape.etape === 'lecture' && <p>Lecture de « {etape.fichier} »…</p>}
        {etape.etape === 'apercu' && <p>Fichier lu : passeport de {nombreDeTraces(etape.lecture.traces)}. Vérifiez son contenu ci-dessous.</p>}
      </div>

      {etape.etape === 'refus' && (
        <div role="alert" className="alert alert--danger" data-refus="">
          <p>
            <strong>Fichier refusé :</strong> {etape.raison}.
          </p>
          <p className="margin-bottom--none">« {etape.fichier} » n’a pas été importé. Vos données n’ont pas été modifiées.</p>
        </div>
      )}

      {etape.etape === 'apercu' && (
        <Apercu
          etape={etape}
          consequenceRef={consequence}
          boutons={boutons.current}
          onChoisir={choisir}
          onConfirmer={(m) => void confirmer(m)}
          onAbandonner={recommencer}
        />
      )}

      {etape.etape === 'fait' && (
        <div ref={resultat} tabIndex={-1} className={`alert alert--success ${local.resultat}`} data-import-reussi="">
          <p>
            <strong>{etape.mode === 'remplacer' ? 'Passeport importé : vos données ont été remplacées.' : 'Passeport fusionné avec vos données.'}</strong>{' '}
            {etape.mode === 'fusionner' && `${etape.ajoutees === 0 ? 'Aucune réponse enregistrée ajoutée' : `${nombreDeTraces(etape.ajoutees)} ajoutée${etape.ajoutees > 1 ? 's' : ''}`}. `}
            Ce navigateur garde maintenant {nombreDeTraces(etape.traces)}.
          </p>
          {!etape.enregistre && (
            <p data-import-memoire="">
              <strong>Pour cette visite seulement :</strong> ce navigateur ne peut pas enregistrer vos données (voir l’avertissement en haut de la
              page). Téléchargez votre passeport avant de fermer la page.
            </p>
          )}
          {etape.avertissements.map((a) => (
            <p key={a}>{a}</p>
          ))}
          <p className="margin-bottom--none">
            Consultez votre <Link to="/progression/livret">livret de suivi</Link>.
          </p>
        </div>
      )}
      {etape.etape === 'echec' && (
        <div ref={resultat} tabIndex={-1} role="alert" className={`alert alert--danger ${local.resultat}`} data-refus="">
          <p>
            <strong>Import refusé :</strong> {etape.raison}. Vos données n’ont pas été modifiées.
          </p>
          <button type="button" className="button button--secondary" onClick={recommencer}>
            Choisir un autre fichier
          </button>
        </div>
      )}
    </section>
  );
}

interface ApercuProps {
  readonly etape: Extract<Etape, { etape: 'apercu' }>;
  readonly consequenceRef: RefObject<HTMLParagraphElement | null>;
  readonly boutons: Partial<Record<ModeImport, HTMLButtonElement | null>>;
  onChoisir(mode: ModeImport | null): void;
  onConfirmer(mode: ModeImport): void;
  onAbandonner(): void;
}

function Apercu({ etape, consequenceRef, boutons, onChoisir, onConfirmer, onAbandonner }: ApercuProps): ReactNode {
  const { lecture, apercu, confirmation, enCours } = etape;
  const possible = confirmation !== 'fusionner' || apercu.memeApprenant;
  return (
    <div data-apercu="">
      <h3>Contenu de « {etape.fichier} »</h3>
      <dl className={local.fiche}>
        <dt>Apprenant</dt>
        <dd>{lecture.etat.profil.nom || 'nom non renseigné'}</dd>
        <dt>Traces</dt>
        <dd>{nombreDeTraces(lecture.traces)}</dd>
        <dt>Créé le</dt>
        <dd>{dateFr(lecture.cree, true)}</dd>
      </dl>
      {lecture.avertissements.map((a) => (
        <p key={a} className="alert alert--info">
          {a}
        </p>
      ))}
      <p>Ce navigateur contient actuellement {nombreDeTraces(apercu.actuelles)}. Que voulez-vous faire ?</p>
      <div className={styles.actions}>
        {(['fusionner', 'remplacer'] as const).map((mode) => (
          <button
            key={mode}
            ref={(el) => {
              boutons[mode] = el;
            }}
            type="button"
            className="button button--secondary"
            aria-expanded={confirmation === mode}
            aria-controls="confirmation-import"
            disabled={enCours}
            onClick={() => onChoisir(mode)}
          >
            {LIBELLES[mode].choix}
          </button>
        ))}
        <button type="button" className="button button--link" disabled={enCours} onClick={onAbandonner}>
          Choisir un autre fichier
        </button>
      </div>
      <div id="confirmation-import">
        {confirmation && (
          <div className={local.confirmation} data-confirmation={confirmation}>
            <p ref={consequenceRef} tabIndex={-1}>
              {consequenceImport(confirmation, apercu)}
            </p>
            <div className={styles.actions}>
              {possible && (
                <button
                  type="button"
                  className="button button--primary"
                  disabled={enCours} onClick={() => onConfirmer(confirmation)}>
                  {enCours ? 'Import en cours…' : LIBELLES[confirmation].confirmer}
                </button>
              )}
              <button type="button" className="button button--secondary" disabled={enCours} onClick={() => onChoisir(null)}>
                Annuler
              </button>
            </div>
          </div>
        )}
      </div>
    </div>
  );
}
