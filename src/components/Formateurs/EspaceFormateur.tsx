/**
 * The trainers' hub: what they can do without any server or account, where each
 * tool is, and the privacy rules in plain words.
 */
import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { styles as suivi } from '../Suivi/commun';
import styles from './formateurs.module.css';

interface Outil {
  readonly id: string;
  readonly titre: string;
  readonly texte: string;
  readonly action: string;
  readonly route: string;
}

const OUTILS: readonly Outil[] = [
  {
    id: 'composer',
    titre: 'Composer un parcours',
    texte:
      'Choisissez des leçons et des activités, une échéance et un mode (entraînement ou examen). Vous obtenez un lien et un QR code à transmettre au groupe : le parcours tient entièrement dans le lien.',
    action: 'Composer un parcours',
    route: '/formateurs/parcours',
  },
  {
    id: 'cohorte',
    titre: 'Suivre une cohorte',
    texte:
      'Ouvrez d’un coup les passeports de progression que vos stagiaires vous ont remis et voyez, compétence par compétence et critère par critère, où en est chacun. Export CSV et impression.',
    action: 'Suivre une cohorte',
    route: '/formateurs/cohorte',
  },
  {
    id: 'resume',
    titre: 'Lire un résumé scanné',
    texte: 'Un stagiaire vous montre le QR code de son résumé de progression : scannez-le pour lire ses résultats, sans fichier à échanger.',
    action: 'Lire un résumé',
    route: '/formateurs/resume',
  },
  {
    id: 'ressources',
    titre: 'Ressources pour votre LMS',
    texte: 'Récupérez les activités du site pour les intégrer à la plateforme de formation (LMS) de votre organisme.',
    action: 'Voir les ressources',
    route: '/formateurs/ressources',
  },
];

function LienOutil({ outil }: { outil: Outil }): ReactNode {
  return (
    <Link className={`button button--primary ${styles.carteLien}`} to={outil.route}>
      {outil.action}
    </Link>
  );
}

export default function EspaceFormateur(): ReactNode {
  return (
    <>
      <section aria-labelledby="outils">
        <h2 id="outils">Vos outils</h2>
        <ul className={suivi.grille}>
          {OUTILS.map((outil) => (
            <li key={outil.id} className={`${suivi.carte} ${styles.carte}`}>
              <h3>{outil.titre}</h3>
              <p>{outil.texte}</p>
              <LienOutil outil={outil} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="etapes">
        <h2 id="etapes">Comment ça marche, en trois étapes</h2>
        <ol>
          <li>
            <strong>Vous composez un parcours</strong> et vous envoyez son lien (par messagerie, sur la plateforme du centre) ou vous affichez son QR code
            en salle.
          </li>
          <li>
            <strong>Chaque stagiaire ouvre le lien</strong> et ajoute le parcours à « Mes parcours ». Il y voit ce qui est à faire, ce qui est réussi et
            l’échéance.
          </li>
          <li>
            <strong>Quand vous le demandez, chaque stagiaire exporte son passeport de progression</strong> (un fichier) et vous le remet. Vous ouvrez
            tous les passeports ensemble dans « Suivre une cohorte ».
          </li>
        </ol>
      </section>

      <section aria-labelledby="donnees" className={suivi.panneau}>
        <h2 id="donnees">Vos données et celles de vos stagiaires</h2>
        <ul>
          <li>
            <strong>Pas de compte, pas de serveur.</strong> Le site ne reçoit et ne garde aucune donnée : il n’y a rien à créer, rien à résilier.
          </li>
          <li>
            <strong>Les résultats d’un stagiaire restent dans son navigateur</strong>, sur son appareil. Vous ne pouvez pas les voir à distance.
          </li>
          <li>
            <strong>C’est le stagiaire qui vous envoie son passeport</strong>, lui-même, par le moyen de son choix (clé USB, messagerie, plateforme du
            centre). Il sait ce qu’il transmet.
          </li>
          <li>
            <strong>Les passeports que vous ouvrez sont lus dans votre navigateur</strong> : ils ne sont ni envoyés, ni enregistrés. Quand vous
            fermez la page, le tableau disparaît. Si vous exportez le tableau en CSV, rangez ce fichier selon les règles de protection des données
            personnelles (RGPD) de votre organisme.
          </li>
          <li>
            <strong>Un lien de parcours ne contient que</strong> son titre, le groupe, l’échéance, le mode et la liste des leçons et activités. N’y
            écrivez pas de nom de stagiaire.
          </li>
        </ul>
      </section>
    </>
  );
}
