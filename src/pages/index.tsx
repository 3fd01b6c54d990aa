import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import { REFERENTIEL } from '@site/src/referentiel';
import styles from './index.module.css';

function Blocs(): ReactNode {
  return (
    <ul className={styles.blocs}>
      {REFERENTIEL.blocs.map((bloc) => {
        const nbCriteres = bloc.competences.reduce((n, c) => n + c.criteres.length, 0);
        return (
          <li key={bloc.id} className={styles.bloc}>
            <Heading as="h3" className={styles.blocTitle}>
              <Link to={`/cours/bloc-${bloc.numero}`}>
                Bloc {bloc.numero} — {bloc.intituleCourt}
              </Link>
            </Heading>
            <p>{bloc.intitule}.</p>
            <p className={styles.blocMeta}>
              {bloc.competences.length} compétences · {nbCriteres} critères
            </p>
          </li>
        );
      })}
    </ul>
  );
}

export default function Home(): ReactNode {
  return (
    <Layout
      title="Se préparer au titre de moniteur d'atelier"
      description="Site libre et gratuit pour se préparer au titre « Moniteur d'atelier en milieu de travail protégé » (RNCP 39099) : cours, quiz corrigés, mises en situation, suivi de progression."
    >
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1" className={styles.heroTitle}>
            Se préparer au titre de moniteur d'atelier en milieu de travail protégé
          </Heading>
          <p className={styles.heroLead}>
            Des cours, des quiz corrigés et des mises en situation pour les professionnels d'ESAT et
            d'entreprise adaptée qui préparent le titre de niveau 4 (RNCP 39099), et pour les
            formateurs qui les accompagnent.
          </p>
          <div className={styles.heroActions}>
            <Link className="button button--primary button--lg" to="/cours/introduction/le-metier">
              Commencer par le métier
            </Link>
            <Link className="button button--secondary button--lg" to="/cours/referentiel">
              Voir le référentiel
            </Link>
          </div>
        </div>
      </header>
      <main className="container margin-vert--lg">
        <section aria-labelledby="pour-qui">
          <Heading as="h2" id="pour-qui">
            Pour qui ?
          </Heading>
          <ul className={styles.publics}>
            <li>
              <strong>Vous préparez le titre</strong>, souvent en poste en ESAT ou en entreprise
              adaptée : travaillez les trois blocs à votre rythme, sur téléphone ou sur l'ordinateur
              de l'atelier.
            </li>
            <li>
              <strong>Vous êtes formatrice ou formateur</strong> : appuyez-vous sur le référentiel,
              les cours et les questions corrigées avec votre groupe, et composez des parcours ou
              suivez votre cohorte dans l'<Link to="/formateurs">espace formateur</Link>.
            </li>
            <li>
              <strong>Vous êtes moniteur ou monitrice en poste</strong> : retrouvez les repères
              juridiques, la sécurité, la qualité et l'accompagnement au quotidien.
            </li>
          </ul>
        </section>
        <section aria-labelledby="suivi">
          <Heading as="h2" id="suivi">
            Votre travail
          </Heading>
          <ul className={styles.publics}>
            <li>
              <Link to="/parcours">
                <strong>Mes parcours</strong>
              </Link>{' '}
              : les leçons et les activités que votre formatrice ou votre formateur vous a demandées, avec ce qui est fait et ce qui
              reste à faire.
            </li>
            <li>
              <Link to="/progression">
                <strong>Ma progression</strong>
              </Link>{' '}
              : où vous en êtes dans chaque bloc, ce que vous pouvez faire ensuite, la révision de vos erreurs et l'examen blanc.
            </li>
          </ul>
        </section>
        <section aria-labelledby="promesses">
          <Heading as="h2" id="promesses">
            Gratuit, sans compte, sans traceur
          </Heading>
          <p>
            Le site est libre et gratuit. Il ne demande aucune inscription. Rien n'est envoyé à un
            serveur : vos réponses et votre progression restent dans votre navigateur, sur votre
            appareil. Les contenus citent leurs sources juridiques, et le référentiel indique
            clairement ce qui est officiel et ce qui est notre formulation.
          </p>
        </section>
        <section aria-labelledby="blocs">
          <Heading as="h2" id="blocs">
            Les trois blocs du titre
          </Heading>
          <Blocs />
        </section>
      </main>
    </Layout>
  );
}
