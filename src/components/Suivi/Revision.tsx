/**
 * The error-review deck: questions missed (anywhere on the site) are due at once, then
 * come back at growing intervals while they are answered right (FSRS schedule, derived
 * from the record in src/domain/apprenant/revision.ts). A session takes the cards due
 * today; answers are recorded against the original questions, so the deck moves.
 */
import { lazy, Suspense, useMemo, useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { paquet, cartesJouables, parActivite, parEcheance, TRANCHES_JOURS } from '@site/src/domain/apprenant/revision';
import type { Banque } from '@site/src/domain/formateur/banque';
import type { EnTete, Origine } from '@site/src/domain/formateur/compose';
import { AvertissementsStockage, useJournal, uuid } from '../Journal';
import { AvecBanque, dateFr, styles } from './commun';
import { TableauDefilant } from './TableauDefilant';

export const CARTES_PAR_SEANCE = 15;

// The quiz player comes when a session starts, as for the mock exam (decision 0048): reading the
// deck does not need it.
const QuizCompose = lazy(() => import('./QuizCompose').then((m) => ({ default: m.QuizCompose })));

function Seance({ banque, origines, seed, fin }: { banque: Banque; origines: readonly Origine[]; seed: string; fin: () => void }): ReactNode {
  const entete = useMemo<EnTete>(() => ({ id: `revision-${seed.slice(0, 8)}`, titre: 'Révision', bloc: 'B1', seuil: 0.7 }), [seed]);
  return (
    <div>
      <Suspense
        fallback={
          <p role="status" className={styles.chargement}>
            Chargement de la séance…
          </p>
        }
      >
        <QuizCompose
          banque={banque}
          entete={entete}
          origines={origines}
          modes={['entrainement']}
          enregistrerFin={false}
          sauvegarde={null}
          niveau={2}
          titre={`Séance de révision : ${origines.length} question${origines.length > 1 ? 's' : ''}`}
        />
      </Suspense>
      <button type="button" className="button button--secondary margin-top--md" onClick={fin}>
        Terminer la séance
      </button>
    </div>
  );
}

function Paquet({ banque }: { banque: Banque }): ReactNode {
  const { statements } = useJournal();
  const [seance, setSeance] = useState<{ seed: string; origines: Origine[] } | null>(null);
  const now = new Date();
  // One replay of the journal per change (about 0.1 ms per answer on a slow machine).
  const tout = useMemo(() => cartesJouables(paquet(statements), banque), [statements, banque]);
  const dues = tout.filter((c) => Date.parse(c.echeance) <= now.getTime());
  const titres = new Map(banque.activites.map((a) => [a.id, a.titre]));

  if (seance) return <Seance banque={banque} origines={seance.origines} seed={seance.seed} fin={() => setSeance(null)} />;
  const prochaine = tout.find((c) => Date.parse(c.echeance) > now.getTime());
  return (
    <>
      <section aria-labelledby="aujourdhui" className={styles.panneau}>
        <h2 id="aujourdhui">Aujourd'hui</h2>
        {dues.length > 0 ? (
          <>
            <p>
              <strong>
                {dues.length} question{dues.length > 1 ? 's' : ''} à revoir
              </strong>
              {dues.length > CARTES_PAR_SEANCE ? ` : une séance en reprend ${CARTES_PAR_SEANCE}, les plus anciennes d'abord.` : '.'}
            </p>
            <button
              type="button"
              className="button button--primary"
              onClick={() => setSeance({ seed: uuid(), origines: dues.slice(0, CARTES_PAR_SEANCE).map((c) => ({ activite: c.activite, question: c.question })) })}
            >
              Commencer la révision
            </button>
          </>
        ) : (
          <p>
            Rien à revoir aujourd'hui.
            {prochaine ? ` Prochaine révision le ${dateFr(prochaine.echeance)}.` : ' Les questions que vous manquerez dans les quiz viendront ici.'}
          </p>
        )}
      </section>
      <section aria-labelledby="paquet">
        <h2 id="paquet">Votre paquet de révision</h2>
        {tout.length === 0 ? (
          <p>
            Votre paquet est vide. Répondez aux quiz des <Link to="/cours/bloc-1">leçons</Link> : chaque question manquée y entre
            automatiquement.
          </p>
        ) : (
          <>
            <TableauDefilant legende="Questions du paquet par date de révision (chaque bonne réponse espace la suivante)" legendeVisible>
              <thead>
                <tr>
                  <th scope="col">Revient</th>
                  <th scope="col">Questions</th>
                </tr>
              </thead>
              <tbody>
                {parEcheance(tout, now).map((nombre, i) => (
                  <tr key={TRANCHES_JOURS[i]}>
                    <th scope="row">{i === 0 ? "Aujourd'hui" : `D'ici ${TRANCHES_JOURS[i]} jours`}</th>
                    <td>{nombre}</td>
                  </tr>
                ))}
              </tbody>
            </TableauDefilant>
            <TableauDefilant legende="Questions du paquet par activité" legendeVisible>
              <thead>
                <tr>
                  <th scope="col">Activité</th>
                  <th scope="col">Questions</th>
                  <th scope="col">Prochaine révision</th>
                </tr>
              </thead>
              <tbody>
                {parActivite(tout).map(([activite, cartes]) => (
                  <tr key={activite}>
                    <th scope="row">{titres.get(activite) ?? activite}</th>
                    <td>{cartes.length}</td>
                    <td>{dateFr(cartes[0]!.echeance)}</td>
                  </tr>
                ))}
              </tbody>
            </TableauDefilant>
          </>
        )}
      </section>
    </>
  );
}

export function Revision(): ReactNode {
  return (
    <>
      <AvertissementsStockage />
      <AvecBanque>{(banque) => <Paquet banque={banque} />}</AvecBanque>
    </>
  );
}
