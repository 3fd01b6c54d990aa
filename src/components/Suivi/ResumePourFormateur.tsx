/**
 * « Résumé pour votre formateur » of the passport page: the learner's level in each
 * compétence as a link and a QR code the trainer scans (src/domain/journal/resume.ts
 * writes the summary after « # »: no server receives it). Loaded when the learner
 * comes near the bottom of the passport page.
 */
import { useMemo, useState, type ReactNode } from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { COMPETENCE_IDS } from '@site/src/referentiel';
import { maitrise } from '@site/src/domain/journal/mastery';
import { resumeDe } from '@site/src/domain/journal/resume';
import { lienResume } from '@site/src/domain/journal/sauvegarde';
import { useJournal } from '../Journal';
import { styles } from './commun';
import { QrCode } from './QrCode';
import local from './passeport.module.css';

export default function ResumePourFormateur(): ReactNode {
  const { statements, document } = useJournal();
  const { siteConfig } = useDocusaurusContext();
  const [jour] = useState(() => new Date());
  const [copie, setCopie] = useState('');
  const nom = document?.nom ?? '';
  const lien = useMemo(() => lienResume(siteConfig.url, siteConfig.baseUrl, resumeDe(nom, jour, maitrise(statements))), [siteConfig.url, siteConfig.baseUrl, nom, jour, statements]);

  const copier = async () => {
    try {
      if (typeof navigator.clipboard?.writeText !== 'function') throw new Error('indisponible');
      await navigator.clipboard.writeText(lien);
      setCopie('Lien copié. Collez-le dans un message à votre formateur.');
    } catch {
      setCopie('La copie automatique n’est pas possible dans ce navigateur : sélectionnez le lien ci-dessus, puis copiez-le.');
    }
  };

  return (
    <section aria-labelledby="resume-formateur" className={styles.panneau}>
      <h2 id="resume-formateur">Résumé pour votre formateur</h2>
      <p>
        Montrez ce QR code à votre formateur ou à votre référent : en le scannant avec son téléphone, il voit votre niveau dans chaque compétence, sans
        que vous ayez à lui envoyer de fichier.
      </p>
      <p>
        <strong>Ce que contient le résumé :</strong> votre nom ({nom ? `« ${nom} »` : 'non renseigné : le résumé sera anonyme'}), la date du jour et,
        pour chacune des {COMPETENCE_IDS.length} compétences, votre niveau et votre score. Rien d’autre : ni vos réponses, ni votre livret, ni votre
        identifiant. Ces informations sont écrites dans le lien lui-même, après le signe « # » : aucun serveur ne les reçoit.
      </p>
      <div className={local.qr}>
        <QrCode texte={lien} label="QR code du résumé de progression pour votre formateur (le même lien est écrit en dessous)" />
      </div>
      <p>Le même résumé sous forme de lien :</p>
      <p className={local.lien}>
        <a href={lien} data-lien-resume="">
          {lien}
        </a>
      </p>
      <div className={styles.actions}>
        <button type="button" className="button button--secondary" onClick={() => void copier()}>
          Copier le lien
        </button>
      </div>
      <p role="status">{copie}</p>
    </section>
  );
}
