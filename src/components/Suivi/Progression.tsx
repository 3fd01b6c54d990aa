/**
 * « Ma progression »: mastery per bloc, compétence and critère computed from the
 * learner's record (quizzes, case studies, H5P), the self-assessment beside it,
 * what to do next, and the history of attempts. The rules are in
 * src/domain/journal/mastery.ts and are explained on the page.
 */
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { blocById, competenceById, critereById } from '@site/src/referentiel';
import { FENETRE, maitrise, PREUVES_MIN, SEUIL_ACQUIS, SEUIL_FRAGILE, type MaitriseBloc } from '@site/src/domain/journal/mastery';
import { lienActivite, titreActivite, type Banque } from '@site/src/domain/formateur/banque';
import { historique, type Tentative } from '@site/src/domain/journal/historique';
import { aFaireEnsuite, type Suggestion } from '@site/src/domain/apprenant/prochaines';
import { aDesRatees } from '@site/src/domain/apprenant/ratees';
import type { Statement } from '@site/src/domain/journal/statement';
import { NIVEAU_AUTO_LABELS, type Profil } from '@site/src/domain/profil/profil';
import { AvertissementsStockage, useJournal } from '../Journal';
import { AvecBanque, dateFr, Niveau, pourcent, styles } from './commun';
import { GraphiqueBloc } from './Graphique';
import { Profils } from './Profils';
import { TableauDefilant } from './TableauDefilant';

const ORIGINES: Record<Tentative['origine'], string> = {
  quiz: 'Quiz',
  cas: 'Mise en situation',
  h5p: 'Activité interactive',
  'examen-blanc': 'Examen blanc',
};

function SuggestionItem({ s }: { s: Suggestion }): ReactNode {
  switch (s.type) {
    case 'parcours':
      return (
        <li>
          <strong>Parcours « {s.parcours.titre} »</strong> : {s.restants} élément{s.restants > 1 ? 's' : ''} à réussir
          {s.parcours.echeance && (
            <>
              {' '}
              — échéance le {dateFr(s.parcours.echeance)}
              {s.enRetard && <strong> (dépassée)</strong>}
            </>
          )}
          . <Link to="/parcours">Voir mes parcours</Link>
        </li>
      );
    case 'revision':
      return (
        <li>
          <strong>
            {s.cartes} question{s.cartes > 1 ? 's' : ''} à revoir aujourd'hui
          </strong>{' '}
          (des questions manquées reviennent à intervalles croissants). <Link to="/progression/revision">Réviser maintenant</Link>
        </li>
      );
    case 'critere':
      return (
        <li>
          <strong>{s.intitule}</strong> <span className="ma-code">{s.critere}</span>{' '}
          (<Niveau niveau={s.niveau} />
          {s.score !== null ? `, ${pourcent(s.score)}` : ''}).{' '}
          {s.lecon && (
            <>
              Relire <Link to={s.lecon.route}>{s.lecon.titre}</Link>
            </>
          )}
          {s.lecon && s.activite?.href && ' puis '}
          {s.activite?.href && (
            <>
              {s.lecon ? 's’entraîner avec' : 'S’entraîner avec'} <Link to={s.activite.href}>{s.activite.titre}</Link>
            </>
          )}
          .
        </li>
      );
    case 'positionnement':
      return (
        <li>
          <strong>Faites votre positionnement d'entrée</strong> : dites pour chaque compétence si vous savez déjà faire ; vous comparerez
          ensuite avec vos résultats. <Link to="/progression/positionnement">Me positionner</Link>
        </li>
      );
    case 'sauvegarde':
      return (
        <li>
          <strong>
            Sauvegardez votre travail : {s.jours} jours d'activité depuis votre dernière sauvegarde.
          </strong>{' '}
          Un navigateur peut effacer les données d'un site après quelques jours sans visite (Safari : 7 jours).{' '}
          <Link to="/progression/passeport">Télécharger mon passeport</Link>
        </li>
      );
  }
}

function TableBloc({ bloc, profil }: { bloc: MaitriseBloc; profil: Profil | null }): ReactNode {
  const entree = profil?.positionnement.entree?.niveaux;
  const sortie = profil?.positionnement.sortie?.niveaux;
  return (
    <TableauDefilant legende={`Bloc ${bloc.id.slice(1)} : détail par compétence (mesuré et positionnement)`}>
      <thead>
        <tr>
          <th scope="col">Compétence</th>
          <th scope="col">Niveau mesuré</th>
          <th scope="col">Positionnement d'entrée</th>
          <th scope="col">Positionnement de sortie</th>
        </tr>
      </thead>
      <tbody>
        {bloc.competences.map((c) => (
          <tr key={c.id}>
            <th scope="row">
              {competenceById(c.id).intitule} <span className="ma-code">{c.id}</span>
              <details className={styles.details}>
                <summary>
                  Critères ({Math.round(c.couverture * c.criteres.length)} sur {c.criteres.length} évalués)
                </summary>
                <ul>
                  {c.criteres.map((cr) => (
                    <li key={cr.id}>
                      {critereById(cr.id).intitule}{' '}
                      <Link to={`/cours/referentiel#ref-${cr.id}`} className="ma-code">
                        {cr.id}
                      </Link>{' '}
                      — <Niveau niveau={cr.niveau} />
                      {cr.score !== null && ` ${pourcent(cr.score)}`}, {cr.preuves} réponse{cr.preuves > 1 ? 's' : ''}
                      {cr.derniere && `, la dernière le ${dateFr(cr.derniere)}`}
                    </li>
                  ))}
                </ul>
              </details>
            </th>
            <td>
              <Niveau niveau={c.niveau} /> {pourcent(c.score)}
            </td>
            <td>{entree?.[c.id] ? NIVEAU_AUTO_LABELS[entree[c.id]!] : '—'}</td>
            <td>{sortie?.[c.id] ? NIVEAU_AUTO_LABELS[sortie[c.id]!] : '—'}</td>
          </tr>
        ))}
      </tbody>
    </TableauDefilant>
  );
}

/** Activities listed before « Afficher les N activités ». */
const HISTORIQUE_COURT = 8;

function Historique({ tentatives, banque }: { tentatives: readonly Tentative[]; banque: Banque }): ReactNode {
  const [tout, setTout] = useState(false);
  if (tentatives.length === 0) return <p>Aucune activité terminée pour l'instant.</p>;
  const visibles = tout ? tentatives : tentatives.slice(0, HISTORIQUE_COURT);
  return (
    <>
      <TableauDefilant legende={`Activités terminées, de la plus récente à la plus ancienne (${tentatives.length} au total)`} legendeVisible>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Activité</th>
            <th scope="col">Type</th>
            <th scope="col">Mode</th>
            <th scope="col">Résultat</th>
          </tr>
        </thead>
        <tbody>
          {visibles.map((t, i) => {
            const lien = lienActivite(banque, t.activite);
            const titre = titreActivite(banque, t.activite);
            return (
              <tr key={`${t.date}-${t.activite}-${i}`}>
                <td>{dateFr(t.date, true)}</td>
                <th scope="row">{lien ? <Link to={lien}>{titre}</Link> : titre}</th>
                <td>{ORIGINES[t.origine]}</td>
                <td>{t.mode === 'examen' ? 'Examen' : t.mode === 'entrainement' ? 'Entraînement' : '—'}</td>
                <td>
                  {pourcent(t.max > 0 ? t.points / t.max : 0)} — {t.reussi ? 'réussi' : 'non réussi'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </TableauDefilant>
      {tentatives.length > HISTORIQUE_COURT && (
        <button type="button" className="button button--sm button--secondary" onClick={() => setTout((x) => !x)} aria-expanded={tout}>
          {tout ? `Afficher les ${HISTORIQUE_COURT} dernières seulement` : `Afficher les ${tentatives.length} activités`}
        </button>
      )}
    </>
  );
}

/**
 * Questions of the error-review deck due now. The deck's scheduler (ts-fsrs, ≈ 6 KiB gz)
 * is loaded only when the record holds a missed question: a learner without one has
 * nothing to review, and the page does not download it.
 */
function useCartesAReviser(statements: readonly Statement[]): number {
  const ratees = useMemo(() => aDesRatees(statements), [statements]);
  const [compte, setCompte] = useState(0);
  useEffect(() => {
    if (!ratees) return undefined;
    let actif = true;
    void import('@site/src/domain/apprenant/revision').then(({ aReviser }) => {
      if (actif) setCompte(aReviser(statements, new Date()).length);
    });
    return () => {
      actif = false;
    };
  }, [ratees, statements]);
  return ratees ? compte : 0;
}

function Tableau({ banque }: { banque: Banque }): ReactNode {
  const { statements, document } = useJournal();
  const blocs = useMemo(() => maitrise(statements), [statements]);
  const tentatives = useMemo(() => historique(statements), [statements]);
  const cartesAReviser = useCartesAReviser(statements);
  const suggestions = useMemo(
    () => aFaireEnsuite({ blocs, banque, statements, profil: document, now: new Date(), cartesAReviser }),
    [blocs, banque, statements, document, cartesAReviser],
  );
  return (
    <>
      <section aria-labelledby="a-faire" className={styles.panneau}>
        <h2 id="a-faire">À faire ensuite</h2>
        <ul className={styles.suggestions}>
          {suggestions.map((s, i) => (
            <SuggestionItem key={i} s={s} />
          ))}
        </ul>
      </section>
      <nav aria-label="Outils de progression" className={styles.actions}>
        <Link className="button button--secondary" to="/progression/revision">
          Révision des erreurs
        </Link>
        <Link className="button button--secondary" to="/progression/examen-blanc">
          Examen blanc
        </Link>
        <Link className="button button--secondary" to="/progression/positionnement">
          Positionnement
        </Link>
        <Link className="button button--secondary" to="/parcours">
          Mes parcours
        </Link>
        <Link className="button button--secondary" to="/progression/passeport">
          Passeport (sauvegarde)
        </Link>
        <Link className="button button--secondary" to="/progression/livret">
          Livret de suivi
        </Link>
      </nav>
      {blocs.map((bloc) => {
        const info = blocById(bloc.id);
        const titreId = `bloc-${info.numero}`;
        return (
          <section key={bloc.id} aria-labelledby={titreId} data-bloc={bloc.id}>
            <h2 id={titreId}>
              Bloc {info.numero} — {info.intituleCourt}
            </h2>
            <p>
              Niveau du bloc : <Niveau niveau={bloc.niveau} /> · score moyen {pourcent(bloc.score)} · {Math.round(bloc.couverture * 100)} % des critères
              évalués. <Link to={`/cours/bloc-${info.numero}`}>Cours du bloc {info.numero}</Link>
            </p>
            <GraphiqueBloc bloc={bloc} titreId={titreId} />
            <details className={styles.detailBloc}>
              <summary>Détail du bloc {info.numero} : critères de chaque compétence et positionnement</summary>
              <TableBloc bloc={bloc} profil={document} />
            </details>
          </section>
        );
      })}
      <section aria-labelledby="historique">
        <h2 id="historique">Historique</h2>
        <Historique tentatives={tentatives} banque={banque} />
      </section>
      <section aria-labelledby="calcul">
        <h2 id="calcul">Comment le niveau est calculé</h2>
        <details className={styles.detailBloc}>
          <summary>Lire les règles : score, « acquis », « en cours », « à travailler »</summary>
          <ul>
            <li>
              Chaque réponse corrigée (quiz, décision d'une mise en situation, activité interactive) compte pour les critères qu'elle évalue. Le
              score d'un critère est la moyenne de ses {FENETRE} dernières réponses : vos progrès récents comptent plus que vos débuts.
            </li>
            <li>
              Un critère est <strong>acquis</strong> avec au moins {PREUVES_MIN} réponses et un score d'au moins {Math.round(SEUIL_ACQUIS * 100)} % ;{' '}
              <strong>à travailler</strong> sous {Math.round(SEUIL_FRAGILE * 100)} % ; <strong>en cours</strong> entre les deux.
            </li>
            <li>
              Une compétence est acquise quand tous ses critères le sont. Ce tableau vous aide à vous préparer : il ne remplace pas l'évaluation
              officielle du titre.
            </li>
          </ul>
        </details>
      </section>
    </>
  );
}

export function Progression(): ReactNode {
  return (
    <>
      <AvertissementsStockage />
      <AvecBanque>{(banque) => <Tableau banque={banque} />}</AvecBanque>
      <Profils />
    </>
  );
}
