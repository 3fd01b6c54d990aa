/**
 * /formateurs/resume: the summary a learner shows with the QR code of their
 * passport page. The summary is in the address itself (after #r=, never sent to
 * a server); this page reads it after mounting and stores nothing.
 */
import { useEffect, useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { lireResume, type LectureResume } from '@site/src/domain/journal/resume';
import { tableauResume } from '@site/src/domain/journal/tableau-resume';
import { Niveau, PageSuivi, dateFr, pourcent, styles } from './commun';
import { TableauDefilant } from './TableauDefilant';

type Etat = { readonly etat: 'lecture' } | { readonly etat: 'sans-resume' } | ({ readonly etat: 'lu' } & LectureResume);

function lire(hash: string): Etat {
  if (!hash.startsWith('#r=')) return { etat: 'sans-resume' };
  return { etat: 'lu', ...lireResume(hash) };
}

function Explication(): ReactNode {
  return (
    <section aria-labelledby="obtenir-resume">
      <h2 id="obtenir-resume">Comment obtenir le résumé d’un apprenant ?</h2>
      <ol>
        <li>
          L’apprenant ouvre la page <Link to="/progression/passeport">Passeport de progression</Link> sur son téléphone ou son ordinateur, à la section
          « Résumé pour votre formateur ».
        </li>
        <li>Scannez son QR code avec l’appareil photo de votre téléphone, ou ouvrez le lien qu’il vous transmet.</li>
        <li>Cette page affiche alors son nom, la date et son niveau pour chaque compétence du référentiel.</li>
      </ol>
      <p>
        Le résumé est contenu dans le lien lui-même : il n’est envoyé à aucun serveur et rien n’est enregistré sur cet appareil. Pour le détail des
        réponses, demandez à l’apprenant son passeport (fichier) ou son livret de suivi imprimé.
      </p>
    </section>
  );
}

function Tableaux({ lecture }: { lecture: Extract<LectureResume, { ok: true }> }): ReactNode {
  const { resume } = lecture;
  const blocs = tableauResume(resume);
  const toutes = blocs.flatMap((b) => b.lignes);
  const acquises = toutes.filter((l) => l.niveau === 'acquis').length;
  const evaluees = toutes.filter((l) => l.niveau !== 'non-evalue').length;
  return (
    <>
      <section aria-labelledby="resume-apprenant" className={styles.panneau}>
        <h2 id="resume-apprenant">{resume.nom ? `Résumé de ${resume.nom}` : 'Résumé d’un apprenant (nom non renseigné)'}</h2>
        <p>
          Établi le <strong>{dateFr(resume.date)}</strong> par le site, à partir des réponses de l’apprenant aux quiz et aux mises en situation.
        </p>
        <p>
          {evaluees} compétence{evaluees > 1 ? 's' : ''} évaluée{evaluees > 1 ? 's' : ''} sur {toutes.length}, dont {acquises} acquise
          {acquises > 1 ? 's' : ''}.
        </p>
        <p className={styles.aide}>
          Le score d’une compétence est la moyenne de ses critères évalués ; un critère est « Acquis » à partir de 3 réponses et 80 % de réussite sur
          ses 10 dernières réponses.
        </p>
      </section>
      {blocs.map((bloc) => (
        <section key={bloc.id} aria-labelledby={`resume-${bloc.id}`}>
          <h2 id={`resume-${bloc.id}`}>
            Bloc {bloc.numero} — {bloc.intitule}
          </h2>
          <TableauDefilant legende={`Niveau par compétence du bloc ${bloc.numero}`} donnees={{ 'data-bloc': bloc.id }}>
            <thead>
              <tr>
                <th scope="col">Compétence</th>
                <th scope="col">Niveau</th>
                <th scope="col">Score</th>
              </tr>
            </thead>
            <tbody>
              {bloc.lignes.map((l) => (
                <tr key={l.id} data-competence={l.id}>
                  <th scope="row">
                    {l.id} — {l.intitule}
                  </th>
                  <td>
                    <Niveau niveau={l.niveau} />
                  </td>
                  <td>{pourcent(l.score)}</td>
                </tr>
              ))}
            </tbody>
          </TableauDefilant>
        </section>
      ))}
    </>
  );
}

export default function PageResumeFormateur(): ReactNode {
  const [etat, setEtat] = useState<Etat>({ etat: 'lecture' });
  useEffect(() => {
    const maj = () => setEtat(lire(window.location.hash));
    maj();
    window.addEventListener('hashchange', maj);
    return () => window.removeEventListener('hashchange', maj);
  }, []);
  return (
    <PageSuivi
      titre="Résumé de progression d’un apprenant"
      description="Lire le résumé de progression qu’un apprenant vous montre avec le QR code de son passeport : niveau par compétence, sans aucune donnée enregistrée."
      chapo={<p>Cette page affiche le résumé qu’un apprenant vous transmet par son QR code. Elle n’enregistre rien.</p>}
    >
      {etat.etat === 'lecture' && (
        <p role="status" className={styles.chargement}>
          Lecture du lien…
        </p>
      )}
      {etat.etat === 'lu' && !etat.ok && (
        <>
          <p role="alert" className="alert alert--danger">
            Résumé illisible : {etat.raison}. Demandez à l’apprenant de vous montrer à nouveau son QR code, ou de vous envoyer le lien affiché sous le code.
          </p>
          <Explication />
        </>
      )}
      {etat.etat === 'lu' && etat.ok && <Tableaux lecture={etat} />}
      {etat.etat === 'sans-resume' && <Explication />}
    </PageSuivi>
  );
}
