/**
 * The error-review deck: questions missed (anywhere on the site) are due at once, then
 * come back after 1, 3, 7, 14 then 30 days while they are answered right (Leitner boxes, derived
 * from the record in src/domain/suivi/leitner.ts). A session takes the cards due
 * today; answers are recorded against the original questions, so the deck moves.
 */
import { useMemo, useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { paquet, aReviser, cartesJouables, INTERVALLES_JOURS, parActivite } from '@site/src/domain/suivi/leitner';
import type { Banque } from '@site/src/domain/formateur/banque';
import type { EnTete, Origine } from '@site/src/domain/formateur/compose';
import { AvertissementsStockage, useJournal, uuid } from '../Journal';
import { AvecBanque, dateFr, styles } from './commun';
import { QuizCompose } from './QuizCompose';
import { TableauDefilant } from './TableauDefilant';

export const CARTES_PAR_SEANCE = 15;

function Seance({ banque, origines, seed, fin }: { banque: Banque; origines: readonly Origine[]; seed: string; fin: () => void }): ReactNode {
  const entete = useMemo<EnTete>(() => ({ id: `revision-${seed.slice(0, 8)}`, titre: 'Révision', bloc: 'B1', seuil: 0.7 }), [seed]);
  return (
    <div>
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
  const tout = useMemo(() => cartesJouables(paquet(statements), banque), [statements, banque]);
  const dues = useMemo(() => cartesJouables(aReviser(statements, new Date()), banque), [statements, banque]);
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
      <section aria-labelledby="boites">
        <h2 id="boites">Votre paquet de révision</h2>
        {tout.length === 0 ? (
          <p>
            Votre paquet est vide. Répondez aux quiz des <Link to="/cours/bloc-1">leçons</Link> : chaque question manquée y entre
            automatiquement.
          </p>
        ) : (
          <>
            <TableauDefilant legende="Questions du paquet par boîte (une bonne réponse fait passer à la boîte suivante)" legendeVisible>
              <thead>
                <tr>
                  <th scope="col">Boîte</th>
                  <th scope="col">Revient après</th>
                  <th scope="col">Questions</th>
                </tr>
              </thead>
              <tbody>
                {INTERVALLES_JOURS.map((jours, i) => (
                  <tr key={jours}>
                    <th scope="row">Boîte {i + 1}</th>
                    <td>{jours === 0 ? 'tout de suite' : `${jours} jour${jours > 1 ? 's' : ''}`}</td>
                    <td>{tout.filter((c) => c.boite === i + 1).length}</td>
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
