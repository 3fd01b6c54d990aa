/**
 * « Mes parcours »: the assignments a learner received by link. Opening a link
 * (#p=…, or #parcours=… for the first links) shows what it contains, with « Ajouter à mes parcours » or the
 * reason it is refused; the fragment is then removed from the address. Stored
 * assignments live in the active profile's document, each with the status of
 * its items computed from the journal. Pure parts: src/domain/apprenant/mes-parcours.ts.
 */
import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import type { Banque } from '@site/src/domain/formateur/banque';
import { ajouterParcours, avancement, cibleItem, enRetard, parcoursTries, retirerParcours, TYPE_ITEM_LABELS } from '@site/src/domain/apprenant/mes-parcours';
import type { LectureLien } from '@site/src/domain/formateur/lien-parcours';
import { dateLocale, FRAGMENT_PARCOURS, STATUT_ITEM_LABELS, type Parcours } from '@site/src/domain/formateur/parcours';
import { LIMITES_PROFIL } from '@site/src/domain/profil/profil';
import { AvertissementsStockage, ProfilActif, useJournal } from '../Journal';
import { AvecBanque, dateFr, styles as suivi } from './commun';
import { NomStagiaire } from './NomStagiaire';
import styles from '../Formateurs/formateurs.module.css';

const MODE_DETAILS: Readonly<Record<Parcours['mode'], string>> = {
  entrainement: 'Entraînement : toutes vos tentatives comptent.',
  examen: 'Examen : pour les quiz, seules vos tentatives en mode examen comptent.',
};

function Details({ parcours, children }: { parcours: Parcours; children?: ReactNode }): ReactNode {
  return (
    <dl className={styles.details}>
      {parcours.groupe && (
        <>
          <dt>Groupe</dt>
          <dd>{parcours.groupe}</dd>
        </>
      )}
      <dt>Échéance</dt>
      <dd>{parcours.echeance ? dateFr(parcours.echeance) : 'Aucune'}</dd>
      <dt>Mode</dt>
      <dd>{MODE_DETAILS[parcours.mode]}</dd>
      {children}
    </dl>
  );
}

/** The assignment carried by the link just opened. */
function ParcoursRecu({ lecture, banque, onAjout }: { lecture: LectureLien; banque: Banque; onAjout: (p: Parcours) => void }): ReactNode {
  const { document, profils, profil } = useJournal();
  const uid = useId();
  if (!lecture.ok) {
    return (
      <div role="alert" className="alert alert--danger margin-bottom--lg">
        <p className="margin-bottom--sm">
          <strong>Lien refusé :</strong> {lecture.raison}.
        </p>
        <p className="margin-bottom--none">Rien n’a été ajouté. Demandez à votre formatrice ou à votre formateur de vous renvoyer le lien complet.</p>
      </div>
    );
  }
  const p = lecture.parcours;
  const deja = document?.parcours.some((x) => x.id === p.id) ?? false;
  const nomProfil = profils.length > 1 ? profils.find((x) => x.id === profil)?.nom : undefined;
  return (
    <section className={suivi.panneau} aria-labelledby={`${uid}-titre`}>
      <h2 id={`${uid}-titre`}>Parcours reçu : {p.titre}</h2>
      <Details parcours={p}>
        <dt>Contenu</dt>
        <dd>
          {p.items.length} élément{p.items.length > 1 ? 's' : ''}
        </dd>
      </Details>
      <ol className={styles.items}>
        {p.items.map((item) => {
          const cible = cibleItem(item, banque);
          return (
            <li key={`${item.t}:${item.id}`}>
              <span className={styles.type}>{cible ? TYPE_ITEM_LABELS[cible.type] : 'Élément'} :</span> {cible?.titre ?? item.id}
            </li>
          );
        })}
      </ol>
      {deja ? (
        <p>
          <strong>Ce parcours est déjà dans vos parcours</strong>
          {nomProfil ? ` (profil « ${nomProfil} »)` : ''} : vous le retrouvez plus bas.
        </p>
      ) : (
        <>
          {nomProfil && (
            <p>
              Il sera ajouté au profil <strong>« {nomProfil} »</strong>. Si ce n’est pas le vôtre, changez d’abord de profil.
            </p>
          )}
          <button type="button" className="button button--primary" onClick={() => onAjout(p)}>
            Ajouter à mes parcours
          </button>
        </>
      )}
    </section>
  );
}

function UnParcours({ parcours, banque, onRetirer }: { parcours: Parcours; banque: Banque; onRetirer: (p: Parcours) => void }): ReactNode {
  const { statements } = useJournal();
  const uid = useId();
  const [confirmer, setConfirmer] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  const boutonRetirer = useRef<HTMLButtonElement>(null);
  const a = avancement(parcours, banque, statements);
  const retard = enRetard(parcours, dateLocale(new Date()), a);
  useEffect(() => {
    if (confirmer) question.current?.focus();
  }, [confirmer]);
  return (
    <article className={styles.parcours} aria-labelledby={`${uid}-titre`}>
      <h3 id={`${uid}-titre`}>{parcours.titre}</h3>
      <Details parcours={parcours}>
        <dt>Avancement</dt>
        <dd className={styles.avancement}>
          {a.reussis} réussi{a.reussis > 1 ? 's' : ''} sur {a.total}
          <progress value={a.reussis} max={a.total} aria-label={`Avancement du parcours « ${parcours.titre} »`} />
          {retard && <strong className={styles.retard}> — en retard : l’échéance est dépassée</strong>}
          {a.total > 0 && a.reussis === a.total && <strong> — parcours terminé, bravo !</strong>}
        </dd>
      </Details>
      <ol className={styles.items}>
        {a.items.map(({ item, statut, cible }) => (
          <li key={`${item.t}:${item.id}`}>
            {cible ? (
              <>
                <span className={styles.type}>{TYPE_ITEM_LABELS[cible.type]} :</span> <Link to={cible.href}>{cible.titre}</Link>
                {cible.lecon && <span className={styles.aide}> (dans la leçon « {cible.lecon} »)</span>}
              </>
            ) : (
              <span>« {item.id} » n’existe plus sur le site.</span>
            )}{' '}
            <span className={`${styles.statut} ${styles[`statut-${statut}`] ?? ''}`}>Statut : {STATUT_ITEM_LABELS[statut]}</span>
          </li>
        ))}
      </ol>
      {confirmer ? (
        <div className={styles.confirmation} role="group" aria-labelledby={`${uid}-question`}>
          <p id={`${uid}-question`} ref={question} tabIndex={-1}>
            Retirer « {parcours.titre} » de vos parcours ? Vos réponses et vos résultats restent enregistrés.
          </p>
          <div className={suivi.actions}>
            <button type="button" className="button button--danger" onClick={() => onRetirer(parcours)}>
              Oui, retirer ce parcours
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setConfirmer(false);
                window.requestAnimationFrame(() => boutonRetirer.current?.focus());
              }}
            >
              Annuler
            </button>
          </div>
        </div>
      ) : (
        <button type="button" ref={boutonRetirer} className="button button--outline button--secondary" onClick={() => setConfirmer(true)}>
          Retirer ce parcours<span className={suivi.visuallyHidden}> « {parcours.titre} »</span>
        </button>
      )}
    </article>
  );
}

function Contenu({ banque }: { banque: Banque }): ReactNode {
  const { document, saveDocument, profils, profil } = useJournal();
  const [lecture, setLecture] = useState<LectureLien | null>(null);
  const [message, setMessage] = useState('');
  const titreListe = useRef<HTMLHeadingElement>(null);
  const uid = useId();

  const lireFragment = useCallback(() => {
    const hash = window.location.hash;
    if (!FRAGMENT_PARCOURS.test(hash) || !hash.startsWith('#')) return;
    // The reader of links (and its hashing) is loaded only when the address carries one.
    void import('@site/src/domain/formateur/lien-parcours').then(({ lireLien }) => {
      setLecture(lireLien(hash, banque));
      setMessage('');
      // The assignment is read: the address no longer needs to carry it (unless another link came meanwhile).
      if (window.location.hash === hash) window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}`);
    });
  }, [banque]);

  useEffect(() => {
    lireFragment();
    window.addEventListener('hashchange', lireFragment);
    return () => window.removeEventListener('hashchange', lireFragment);
  }, [lireFragment]);

  if (!document) return null;
  const nomProfil = profils.length > 1 ? profils.find((x) => x.id === profil)?.nom : undefined;
  const dansProfil = nomProfil ? ` (profil « ${nomProfil} »)` : '';

  const ajouter = async (p: Parcours) => {
    const r = ajouterParcours(document, p);
    if (!r.deja && r.profil.parcours.length > LIMITES_PROFIL.parcours) {
      setLecture({ ok: false, raison: `vous avez déjà ${LIMITES_PROFIL.parcours} parcours, le plus possible : retirez un parcours terminé, puis rouvrez le lien` });
      return;
    }
    const enregistrement = r.deja ? 'enregistre' : await saveDocument(r.profil);
    setLecture(null);
    const memoire = enregistrement === 'memoire' ? ' pour cette visite seulement : ce navigateur ne peut pas l’enregistrer (voir l’avertissement)' : '';
    setMessage(r.deja ? `Le parcours « ${p.titre} » était déjà dans vos parcours${dansProfil}.` : `Parcours « ${p.titre} » ajouté à vos parcours${dansProfil}${memoire}.`);
    window.requestAnimationFrame(() => titreListe.current?.focus());
  };
  const retirer = async (p: Parcours) => {
    await saveDocument(retirerParcours(document, p.id));
    setMessage(`Parcours « ${p.titre} » retiré de vos parcours.`);
    window.requestAnimationFrame(() => titreListe.current?.focus());
  };

  const liste = parcoursTries(document.parcours);
  return (
    <>
      <AvertissementsStockage />
      <ProfilActif />
      {lecture && <ParcoursRecu lecture={lecture} banque={banque} onAjout={(p) => void ajouter(p)} />}
      <NomStagiaire />
      <p role="status" className={message ? 'alert alert--success' : undefined}>
        {message}
      </p>
      <section aria-labelledby={`${uid}-liste`}>
        <h2 id={`${uid}-liste`} ref={titreListe} tabIndex={-1}>
          Vos parcours{liste.length > 0 ? ` (${liste.length})` : ''}
        </h2>
        {liste.length === 0 ? (
          <>
            <p>Vous n’avez encore aucun parcours.</p>
            <p>
              Un parcours, c’est une liste de leçons et d’activités que votre formatrice ou votre formateur vous demande de faire, parfois avant une
              date. Pour en recevoir un, ouvrez sur cet appareil le lien qu’on vous a envoyé (ou scannez son QR code avec l’appareil photo), puis
              choisissez « Ajouter à mes parcours ». Le parcours reste ensuite ici, sur cet appareil, avec l’avancement de chaque activité.
            </p>
          </>
        ) : (
          liste.map((p) => <UnParcours key={p.id} parcours={p} banque={banque} onRetirer={(x) => void retirer(x)} />)
        )}
      </section>
    </>
  );
}

export default function MesParcours(): ReactNode {
  return <AvecBanque>{(banque) => <Contenu banque={banque} />}</AvecBanque>;
}
