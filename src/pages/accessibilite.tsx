import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { PageSuivi } from '@site/src/components/Suivi/commun';

/** The accessibility statement (« déclaration d'accessibilité », as the RGAA asks). */
export default function Accessibilite(): ReactNode {
  const { siteConfig } = useDocusaurusContext();
  const depot = `https://github.com/${siteConfig.organizationName}/${siteConfig.projectName}`;
  return (
    <PageSuivi
      titre="Accessibilité"
      description="Déclaration d'accessibilité du site de préparation au titre de moniteur d'atelier : niveau visé, tests, limites connues, comment signaler un problème."
      chapo={
        <p>
          Des personnes en situation de handicap se forment sur ce site, parfois au métier même qui les accompagne. Nous voulons qu'il
          puisse être utilisé par tous : au clavier, avec un lecteur d'écran, avec un agrandissement de texte, sur un petit téléphone.
        </p>
      }
    >
      <h2>État de conformité</h2>
      <p>
        Le site vise le niveau <strong>AA</strong> des règles d'accessibilité WCAG 2.2, sur lesquelles s'appuie le référentiel général
        d'amélioration de l'accessibilité (RGAA). Il n'a pas encore été audité par un organisme indépendant : il est donc{' '}
        <strong>partiellement conforme</strong> au sens du RGAA, tant que cet audit n'a pas eu lieu.
      </p>
      <h2>Ce que nous vérifions à chaque modification</h2>
      <ul>
        <li>
          Chaque page du site, chaque état des quiz (avant, pendant, après la correction), les mises en situation, les activités H5P et les
          pages de progression et de formateur sont analysés par l'outil axe-core, pour les règles WCAG 2.0, 2.1 et 2.2 des niveaux A et
          AA et les bonnes pratiques. Aucune erreur n'est acceptée : une modification qui en crée une n'est pas publiée.
        </li>
        <li>Chaque type d'activité est parcouru uniquement au clavier dans un vrai navigateur (Chromium).</li>
        <li>Les couleurs du texte et des éléments d'interface respectent les contrastes demandés, en thème clair comme en thème sombre.</li>
        <li>
          Les graphiques de progression ont une description textuelle et les mêmes chiffres sont donnés dans un tableau ; les QR codes sont
          toujours accompagnés du lien qu'ils contiennent.
        </li>
        <li>Les quiz ne demandent jamais de glisser-déposer : associations et remises en ordre se font avec des listes et des boutons.</li>
        <li>Les questions peuvent être lues à voix haute (bouton « Écouter la question », synthèse vocale de votre appareil).</li>
      </ul>
      <h2>Limites connues</h2>
      <ul>
        <li>
          Les activités H5P fonctionnent dans un cadre fourni par le lecteur H5P. Nos propres activités H5P sont construites pour être
          utilisables au clavier et avec un lecteur d'écran ; des contenus H5P importés d'ailleurs peuvent ne pas l'être. Chaque activité
          H5P du site existe aussi en quiz ou en mise en situation directement dans la leçon.
        </li>
        <li>
          Les tests automatiques ne trouvent qu'une partie des problèmes : la clarté des textes ou la pertinence d'une alternative se
          vérifient à la lecture. C'est pourquoi vos signalements comptent.
        </li>
      </ul>
      <h2>Signaler un problème</h2>
      <p>
        Si une page, une question ou une activité vous pose problème, dites-le nous en décrivant ce que vous faisiez, la page concernée et
        votre équipement (téléphone ou ordinateur, navigateur, lecteur d'écran éventuel) : <Link href={`${depot}/issues`}>ouvrir un
        signalement sur le dépôt du projet</Link>. Nous vous répondrons et nous vous proposerons, si besoin, le contenu sous une autre forme.
      </p>
      <p>
        Ce site est un projet libre et indépendant ; si vous passez par un organisme de formation, il peut aussi vous aider à obtenir
        une adaptation.
      </p>
      <h2>Environnement de test</h2>
      <p>Chromium (version de Debian), axe-core 4.14, navigation au clavier ; affichage testé de 320 pixels de large à l'écran d'ordinateur.</p>
    </PageSuivi>
  );
}
