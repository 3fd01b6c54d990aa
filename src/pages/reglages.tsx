/**
 * /reglages — the learner's settings. Today: optional forwarding of the learning
 * record to an LRS chosen by the training centre (endpoint + write-only key,
 * kept in this browser), with its status. The endpoint must belong to an origin
 * allowed when the site was built (LRS_ORIGINS).
 */
import { useEffect, useState, useSyncExternalStore, type FormEvent, type ReactNode } from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { namespaceFor } from '@site/src/domain/journal/keys';
import type { StatutTransfert, TransfertLrs } from '@site/src/domain/xapi/lrs';
import { transfertLrs } from '@site/src/lib/lrs';

const ETATS: Readonly<Record<StatutTransfert['etat'], string>> = {
  inactif: 'Envoi désactivé : aucune plateforme de suivi n’est réglée.',
  'a-jour': 'À jour : toutes vos réponses enregistrées ont été envoyées.',
  'en-attente': 'Des réponses enregistrées attendent d’être envoyées.',
  envoi: 'Envoi en cours…',
  'hors-ligne': 'Hors ligne : vos réponses seront envoyées au retour de la connexion.',
  'nouvel-essai': 'La plateforme de suivi n’a pas répondu : nouvel essai automatique.',
  refuse: 'La plateforme de suivi refuse la clé : vérifiez-la.',
};

const heure = (iso: string | null) => (iso ? new Date(iso).toLocaleString('fr-FR', { dateStyle: 'short', timeStyle: 'medium' }) : null);

function Statut({ statut }: { statut: StatutTransfert | null }): ReactNode {
  if (!statut) return <p>Lecture des réglages…</p>;
  return (
    <>
      <p>
        <strong>{ETATS[statut.etat]}</strong>
      </p>
      <ul>
        {statut.endpoint ? <li>Plateforme de suivi : {statut.endpoint}</li> : null}
        <li>Réponses en attente d’envoi : {statut.enAttente}</li>
        <li>Réponses envoyées pendant cette visite : {statut.envoyees}</li>
        {statut.misesDeCote > 0 ? <li>Réponses refusées par la plateforme de suivi (gardées dans ce navigateur) : {statut.misesDeCote}</li> : null}
        {statut.dernierEnvoi ? <li>Dernier envoi réussi : {heure(statut.dernierEnvoi)}</li> : null}
        {statut.prochainEssai && statut.etat === 'nouvel-essai' ? <li>Prochain essai : {heure(statut.prochainEssai)}</li> : null}
      </ul>
      {statut.message ? <p>{statut.message}</p> : null}
    </>
  );
}

function useTransfert(): { transfert: TransfertLrs | null; statut: StatutTransfert | null } {
  const { siteConfig } = useDocusaurusContext();
  const origines = (siteConfig.customFields?.lrsOrigins as string[] | undefined) ?? [];
  const [transfert, setTransfert] = useState<TransfertLrs | null>(null);
  useEffect(() => {
    let cancelled = false;
    void transfertLrs({ namespace: namespaceFor(siteConfig.baseUrl), baseUrl: siteConfig.baseUrl, origines }).then((t) => {
      if (!cancelled) setTransfert(t);
    });
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [siteConfig.baseUrl]);
  const statut = useSyncExternalStore(
    (l) => (transfert ? transfert.subscribe(l) : () => undefined),
    () => transfert?.statut ?? null,
    () => null,
  );
  return { transfert, statut };
}

export default function Reglages(): ReactNode {
  const { siteConfig } = useDocusaurusContext();
  const origines = (siteConfig.customFields?.lrsOrigins as string[] | undefined) ?? [];
  const { transfert, statut } = useTransfert();
  const [endpoint, setEndpoint] = useState('');
  const [cle, setCle] = useState('');
  const [erreur, setErreur] = useState<string | null>(null);
  const [info, setInfo] = useState<string | null>(null);

  const enregistrer = async (event: FormEvent) => {
    event.preventDefault();
    setErreur(null);
    setInfo(null);
    if (!transfert) return;
    const r = await transfert.configurer({ endpoint, cle });
    if (!r.ok) {
      setErreur(r.raison);
      return;
    }
    setCle('');
    setInfo('Réglages enregistrés. La clé est gardée dans ce navigateur et ne sera plus affichée.');
  };

  const effacer = async () => {
    setErreur(null);
    await transfert?.configurer(null);
    setEndpoint('');
    setCle('');
    setInfo('Envoi arrêté : l’adresse, la clé et la file d’attente ont été effacées de ce navigateur. Votre journal est intact.');
  };

  return (
    <Layout title="Réglages" description="Réglages du site : envoi facultatif d'une copie de vos résultats à la plateforme de suivi (LRS) de votre organisme de formation.">
      <main className="container margin-vert--lg">
        <Heading as="h1">Réglages</Heading>
        <section aria-labelledby="lrs-titre">
          <Heading as="h2" id="lrs-titre">
            Envoyer une copie de mes résultats à mon organisme de formation (facultatif)
          </Heading>
          <p>
            Par défaut, vos résultats restent dans ce navigateur. Si votre organisme de formation a une plateforme de suivi des
            apprentissages (un « LRS », format xAPI), vous pouvez lui envoyer une copie de chaque réponse et de chaque activité terminée :
            un identifiant anonyme (jamais votre nom), l’activité, la réponse, le score et les critères du référentiel.
          </p>
          <div className="alert alert--warning margin-bottom--md" role="note" aria-label="Attention à la clé">
            <p className="margin-bottom--sm">
              <strong>Attention :</strong> une clé gardée dans un navigateur n’est pas secrète. Toute personne qui utilise cet
              ordinateur, ou qui ouvre les outils de développement du navigateur, peut la lire.
            </p>
            <p className="margin-bottom--none">
              Utilisez seulement une clé <strong>d’écriture seule</strong> (elle ne permet pas de lire les résultats des autres), propre à
              vous, que votre organisme peut révoquer. N’enregistrez pas de clé sur un ordinateur partagé.
            </p>
          </div>
          {origines.length === 0 ? (
            <p className="alert alert--info">
              Pour ce site, aucune plateforme de suivi n’est autorisée. Une formatrice ou un formateur doit déclarer son adresse dans la variable
              LRS_ORIGINS au moment de construire le site, puis le republier.
            </p>
          ) : (
            <p>Plateformes de suivi autorisées pour ce site : {origines.join(', ')}.</p>
          )}
          <form onSubmit={(e) => void enregistrer(e)} noValidate>
            <div className="margin-bottom--sm">
              <label htmlFor="lrs-endpoint">Adresse de la plateforme de suivi (LRS, point d’accès xAPI)</label>
              <br />
              <input
                id="lrs-endpoint"
                type="url"
                inputMode="url"
                autoComplete="url"
                size={48}
                placeholder="https://lrs.mon-centre.fr/xapi/"
                aria-describedby="lrs-endpoint-aide"
                value={endpoint}
                onChange={(e) => setEndpoint(e.target.value)}
              />
              <br />
              <small id="lrs-endpoint-aide">Donnée par votre organisme ; elle se termine souvent par /xapi/ ou /data/xAPI/.</small>
            </div>
            <div className="margin-bottom--sm">
              <label htmlFor="lrs-cle">Clé d’écriture (identifiant:secret)</label>
              <br />
              <input id="lrs-cle" type="password" autoComplete="off" size={48} aria-describedby="lrs-cle-aide" value={cle} onChange={(e) => setCle(e.target.value)} />
              <br />
              <small id="lrs-cle-aide">
                {statut?.configure ? 'Une clé est enregistrée. Elle n’est jamais réaffichée : saisissez-la de nouveau pour la remplacer.' : 'Elle n’est jamais réaffichée après l’enregistrement.'}
              </small>
            </div>
            <button type="submit" className="button button--primary margin-right--sm" disabled={!transfert}>
              Enregistrer
            </button>
            <button type="button" className="button button--secondary margin-right--sm" disabled={!statut?.configure} onClick={() => void transfert?.envoyer()}>
              Envoyer maintenant
            </button>
            <button type="button" className="button button--danger" disabled={!statut?.configure} onClick={() => void effacer()}>
              Arrêter l’envoi et effacer la clé
            </button>
          </form>
          <div role="alert" className="margin-top--md">
            {erreur ? <p className="alert alert--danger">{erreur}</p> : null}
          </div>
          {info ? <p className="alert alert--success margin-top--md">{info}</p> : null}
          <Heading as="h3" id="lrs-etat">
            État de l’envoi
          </Heading>
          <div role="status" aria-live="polite" aria-labelledby="lrs-etat">
            <Statut statut={statut} />
          </div>
        </section>
      </main>
    </Layout>
  );
}
