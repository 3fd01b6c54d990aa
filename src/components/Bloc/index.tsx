/**
 * <LeconsDuBloc /> — the entry point of a bloc (docs/bloc-N/index.mdx): its lessons
 * in the order of the course, each with its time to read and its activities, and
 * the learner's state on each (not started, under way, done, with the result).
 * The list is written into the page at build time (src/plugins/remark-sommaire.ts);
 * the states are read from the learner's record once the page is shown. Imported
 * by the bloc pages only: lessons do not ship it. Its sentences put a narrow no-break
 * space (U+202F) before « : » and %, as the build does in the pages' text.
 */
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import type { SommaireLecon } from '@site/src/domain/formateur/banque';
import { ETAT_LECON_LABELS, etatLecon, etatsActivites, statutActivite, type EtatsActivites } from '@site/src/domain/apprenant/avancement';
import { duree } from '@site/src/domain/texte/duree';
import { useJournal } from '../Journal';
import styles from './styles.module.css';

const TYPES = { quiz: 'Quiz', cas: 'Mise en situation' } as const;
const pourcent = (points: number, max: number) => `${Math.round((max > 0 ? points / max : 0) * 100)} %`;

function EtatActivite({ id, etats }: { id: string; etats: EtatsActivites | null }): ReactNode {
  if (!etats) return <span className={styles.etat} />;
  const etat = etats.get(id);
  const resultat = etat?.derniere ?? null;
  const statut = statutActivite(etat, resultat);
  const texte =
    statut === 'reussi' ? `Réussi, ${pourcent(resultat!.points, resultat!.max)}`
    : statut === 'termine' ? `Fait, ${pourcent(resultat!.points, resultat!.max)} : à refaire`
    : statut === 'commence' ? 'Commencé'
    : 'Pas commencé';
  return (
    <span className={`${styles.etat} ${styles[`etat-${statut}`] ?? ''}`} data-etat={statut}>
      {texte}
    </span>
  );
}

/** Where to go on: the first lesson under way, else the first not done. */
function Continuer({ lecons, etats }: { lecons: readonly SommaireLecon[]; etats: EtatsActivites | null }): ReactNode {
  const premiere = lecons[0]!;
  if (!etats) {
    return (
      <p className={styles.continuer}>
        Commencez par la première leçon : <Link to={premiere.route}>{premiere.titre}</Link>.
      </p>
    );
  }
  const parLecon = lecons.map((l) => etatLecon(l.activites.map((a) => a.id), etats));
  const terminees = parLecon.filter((e) => e === 'terminee').length;
  const suivante = lecons[parLecon.indexOf('en-cours')] ?? lecons[parLecon.indexOf('a-faire')];
  return (
    <p className={styles.continuer}>
      {terminees === 0 && !parLecon.includes('en-cours') ? (
        <>
          Commencez par la première leçon : <Link to={premiere.route}>{premiere.titre}</Link>.
        </>
      ) : (
        <>
          Vous avez fait les activités de {terminees} leçon{terminees > 1 ? 's' : ''} sur {lecons.length}.{' '}
          {suivante ? (
            <>
              Continuer : <Link to={suivante.route}>{suivante.titre}</Link>.
            </>
          ) : (
            'Tout le bloc est fait : revoyez ce qui est à refaire, ou passez l’examen blanc du bloc.'
          )}
        </>
      )}
    </p>
  );
}

export function LeconsDuBloc({ lecons }: { lecons: readonly SommaireLecon[] }): ReactNode {
  const { ready, statements } = useJournal();
  // The first render is the server's (no learner data): states come after hydration, even when the
  // journal is already loaded by an earlier page (else React reports a hydration mismatch).
  const [hydrate, setHydrate] = useState(false);
  useEffect(() => setHydrate(true), []);
  const etats = useMemo(() => (hydrate && ready ? etatsActivites(statements) : null), [hydrate, ready, statements]);
  const total = lecons.reduce((n, l) => n + l.minutes, 0);
  return (
    <div className={styles.sommaire} data-sommaire-bloc>
      <p>
        {lecons.length} leçons, environ {duree(total)} de lecture, chacune avec ses activités pour vous entraîner. Votre avancement est gardé
        sur cet appareil.
      </p>
      <Continuer lecons={lecons} etats={etats} />
      <ol className={styles.lecons}>
        {lecons.map((l, i) => {
          const etat = etats ? etatLecon(l.activites.map((a) => a.id), etats) : null;
          return (
            <li key={l.route} className={styles.lecon} data-lecon={l.route}>
              <h3 className={styles.titre}>
                <Link to={l.route}>
                  <span className={styles.numero}>{i + 1}.</span> {l.titre}
                </Link>
              </h3>
              <p className={styles.meta}>
                <span>{duree(l.minutes)} de lecture</span>
                <span className={`${styles.etat} ${etat ? (styles[`lecon-${etat}`] ?? '') : ''}`} data-etat-lecon={etat ?? undefined}>
                  {etat ? ETAT_LECON_LABELS[etat] : ''}
                </span>
              </p>
              {l.activites.length > 0 && (
                <ul className={styles.activites} aria-label={`Activités de la leçon « ${l.titre} »`}>
                  {l.activites.map((a) => (
                    <li key={a.id}>
                      <span className={styles.type}>{TYPES[a.kind]} :</span> <Link to={`${l.route}#${a.ancre}`}>{a.titre}</Link>{' '}
                      <EtatActivite id={a.id} etats={etats} />
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
