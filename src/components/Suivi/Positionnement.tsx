/**
 * Self-assessment (« positionnement ») per compétence, at entry and at exit of the
 * training, saved in the profile document and shown beside the measured level.
 */
import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { competenceById, REFERENTIEL, type CompetenceId } from '@site/src/referentiel';
import { maitrise } from '@site/src/domain/journal/mastery';
import { NIVEAU_AUTO_LABELS, NIVEAUX_AUTO, type NiveauAuto, type Profil } from '@site/src/domain/profil/profil';
import { COMPETENCES_A_POSITIONNER, momentParDefaut, positionnementFait, refusPositionnement, type Moment } from '@site/src/domain/apprenant/positionnement';
import { AvertissementsStockage, useJournal } from '../Journal';
import { dateFr, Niveau, styles, ZoneDonnees } from './commun';
import { TableauDefilant } from './TableauDefilant';

const MOMENTS: Record<Moment, string> = { entree: "d'entrée (début de formation)", sortie: 'de sortie (fin de formation)' };

function Formulaire({ document, moment }: { document: Profil; moment: Moment }): ReactNode {
  const { saveDocument } = useJournal();
  const existant = document.positionnement[moment];
  const [niveaux, setNiveaux] = useState<Partial<Record<CompetenceId, NiveauAuto>>>(existant?.niveaux ?? {});
  const [statut, setStatut] = useState<string | null>(null);
  const [refus, setRefus] = useState<string | null>(null);
  // Starts again from what is saved when the moment changes or another save arrives (another tab), not
  // when the profile is merely reloaded (a storage that answered late), nor when this form's own save
  // comes back. Adjusted while rendering, not in an effect: on a slow device an effect runs late, after
  // the learner has begun to choose, and would wipe the choice (seen under load).
  const cle = `${moment}|${existant?.date ?? ''}`;
  const [cleVue, setCleVue] = useState(cle);
  const [cleSauvee, setCleSauvee] = useState<string | null>(null);
  if (cle !== cleVue) {
    setCleVue(cle);
    if (cle !== cleSauvee) {
      setNiveaux(existant?.niveaux ?? {});
      setStatut(null);
      setRefus(null);
    }
  }
  const total = COMPETENCES_A_POSITIONNER;
  const faits = Object.keys(niveaux).length;
  const enregistrer = async (e: FormEvent) => {
    e.preventDefault();
    const pourquoi = refusPositionnement(niveaux);
    setRefus(pourquoi);
    if (pourquoi) {
      setStatut(null);
      return;
    }
    const date = new Date().toISOString();
    setCleSauvee(`${moment}|${date}`);
    await saveDocument({ ...document, positionnement: { ...document.positionnement, [moment]: { date, niveaux } } });
    setStatut(`Positionnement ${MOMENTS[moment]} enregistré le ${dateFr(date, true)} (${faits} compétence${faits > 1 ? 's' : ''} sur ${total}).`);
  };
  return (
    <form onSubmit={(e) => void enregistrer(e)} aria-describedby="positionnement-aide">
      <p id="positionnement-aide" className={styles.aide}>
        Répondez honnêtement : ce positionnement sert à vous situer, il n'est pas noté. Vous pouvez laisser une compétence sans réponse.
        {positionnementFait(existant) && ` Dernier enregistrement : ${dateFr(existant.date, true)}.`}
      </p>
      {REFERENTIEL.blocs.map((bloc) => (
        <fieldset key={bloc.id} className={styles.panneau}>
          <legend>
            <strong>
              Bloc {bloc.numero} — {bloc.intituleCourt}
            </strong>
          </legend>
          {bloc.competences.map((c) => (
            <fieldset key={c.id} className={styles.competenceAuto}>
              <legend>
                <span className={styles.code}>{c.id}</span> {c.intitule}
              </legend>
              <div className={styles.actions}>
                {NIVEAUX_AUTO.map((n) => (
                  <label key={n} className={styles.radio}>
                    <input
                      type="radio"
                      name={`${moment}-${c.id}`}
                      value={n}
                      checked={niveaux[c.id] === n}
                      onChange={() => {
                        setNiveaux((x) => ({ ...x, [c.id]: n }));
                        setRefus(null);
                      }}
                    />{' '}
                    {NIVEAU_AUTO_LABELS[n]}
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
        </fieldset>
      ))}
      <div className={styles.actions}>
        <button type="submit" className="button button--primary">
          Enregistrer mon positionnement {moment === 'entree' ? "d'entrée" : 'de sortie'}
        </button>
        <span>
          {faits} compétence{faits > 1 ? 's' : ''} sur {total} renseignée{faits > 1 ? 's' : ''}
        </span>
      </div>
      <div role="status" aria-live="polite">
        {statut && <p className="alert alert--success">{statut}</p>}
        {refus && <p className="alert alert--warning">{refus}</p>}
      </div>
    </form>
  );
}

function Comparaison({ document }: { document: Profil }): ReactNode {
  const { statements } = useJournal();
  const blocs = useMemo(() => maitrise(statements), [statements]);
  const entree = positionnementFait(document.positionnement.entree) ? document.positionnement.entree : undefined;
  const sortie = positionnementFait(document.positionnement.sortie) ? document.positionnement.sortie : undefined;
  if (!entree && !sortie) return null;
  return (
    <section aria-labelledby="comparaison">
      <h2 id="comparaison">Votre positionnement à côté de vos résultats</h2>
      <TableauDefilant legende="Positionnement d'entrée et de sortie, et niveau mesuré par vos réponses, par compétence" legendeVisible>
        <thead>
          <tr>
            <th scope="col">Compétence</th>
            <th scope="col">Entrée{entree ? ` (${dateFr(entree.date)})` : ''}</th>
            <th scope="col">Sortie{sortie ? ` (${dateFr(sortie.date)})` : ''}</th>
            <th scope="col">Mesuré</th>
          </tr>
        </thead>
        <tbody>
          {blocs.flatMap((b) =>
            b.competences.map((c) => (
              <tr key={c.id}>
                <th scope="row">
                  <span className={styles.code}>{c.id}</span> {competenceById(c.id).intitule}
                </th>
                <td>{entree?.niveaux[c.id] ? NIVEAU_AUTO_LABELS[entree.niveaux[c.id]!] : '—'}</td>
                <td>{sortie?.niveaux[c.id] ? NIVEAU_AUTO_LABELS[sortie.niveaux[c.id]!] : '—'}</td>
                <td>
                  <Niveau niveau={c.niveau} />
                </td>
              </tr>
            )),
          )}
        </tbody>
      </TableauDefilant>
    </section>
  );
}

export function Positionnement(): ReactNode {
  const { document, ready } = useJournal();
  // The moment to show, chosen from the profile when it first arrives (while rendering: an effect
  // would switch the form late on a slow device, under a learner already choosing), then by the learner.
  const [choisi, setMoment] = useState<Moment | null>(null);
  if (choisi === null && ready && document) setMoment(momentParDefaut(document.positionnement));
  const moment = choisi ?? 'entree';
  if (!ready || !document || choisi === null) {
    return (
      <ZoneDonnees>
        <p role="status" className={styles.chargement}>
          Chargement de vos données…
        </p>
      </ZoneDonnees>
    );
  }
  return (
    <ZoneDonnees>
      <AvertissementsStockage />
      <fieldset className={styles.actions}>
        <legend>Quel positionnement ?</legend>
        {(Object.keys(MOMENTS) as Moment[]).map((m) => (
          <label key={m} className={styles.radio}>
            <input type="radio" name="moment" value={m} checked={moment === m} onChange={() => setMoment(m)} /> Positionnement {MOMENTS[m]}
          </label>
        ))}
      </fieldset>
      <Formulaire document={document} moment={moment} />
      <Comparaison document={document} />
      <p>
        <Link to="/progression">Retour à ma progression</Link>
      </p>
    </ZoneDonnees>
  );
}
