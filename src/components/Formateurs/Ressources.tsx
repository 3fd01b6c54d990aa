/**
 * /formateurs/ressources — « Pour les formateurs » : the site's activities as files
 * for the tools training centres already use (Moodle, an H5P host, an LMS that
 * reads SCORM, an LRS), generated at build time, per bloc and per module, with how
 * to import them and what each format keeps or loses. A route of our site plugin,
 * which passes the list of downloads as the `exports` prop (loaded by this page
 * only, where global data would be in every page's script).
 */
import type { ReactNode } from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { BLOC_IDS, blocById, type BlocId } from '@site/src/referentiel';
import type { FichierExport, Format } from '@site/src/domain/export/fichiers';
import type { PaquetH5P } from '@site/src/domain/export/fichiers';
import { OFFICIELS, libraryString, type Officiel } from '@site/src/domain/export/h5pOfficiel';
import { DIALOGCARDS } from '@site/src/domain/export/h5pCartes';

const taille = (octets: number) => (octets >= 1024 * 1024 ? `${(octets / 1024 / 1024).toFixed(1).replace('.', ',')} Mo` : `${Math.max(1, Math.round(octets / 1024))} Ko`);

function Telechargements({ fichiers, format, base, niveau = 'h3' }: { fichiers: readonly FichierExport[]; format: Format; base: string; niveau?: 'h3' | 'h4' }): ReactNode {
  const liste = fichiers.filter((f) => f.format === format);
  if (liste.length === 0) return <p>Aucun fichier pour ce format.</p>;
  const parBloc = BLOC_IDS.map((b) => [b, liste.filter((f) => f.bloc === b)] as const).filter(([, l]) => l.length > 0);
  const dossier = liste[0]!.chemin.split('/')[0];
  return (
    <>
      <p>
        <a href={`${base}${dossier}/LISEZMOI.txt`}>Liste des fichiers de ce format et de ce qui n’y est pas exporté (LISEZMOI)</a>
      </p>
      {parBloc.map(([bloc, l]: readonly [BlocId, FichierExport[]]) => (
        <div key={bloc}>
          <Heading as={niveau} id={`${format}-${bloc}`}>
            Bloc {blocById(bloc).numero} — {blocById(bloc).intituleCourt}
          </Heading>
          <ul>
            {l.map((f) => (
              <li key={f.chemin}>
                <a href={`${base}${f.chemin}`} download>
                  {f.titre}
                </a>{' '}
                <small>
                  ({f.chemin.split('/').pop()}
                  {f.octets > 0 ? `, ${taille(f.octets)}` : ''}
                  {f.questions !== undefined ? `, ${f.questions} questions` : ''}
                  {f.cartes !== undefined ? `, ${f.cartes} cartes de révision` : ''}
                  {f.omises && f.omises.length > 0 ? `, ${f.omises.length} élément(s) non exporté(s), listés dans le fichier LISEZMOI` : ''})
                </small>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}

/** Our activities as .h5p packages, played by our own content type (bundled in each package). */
function PaquetsDuSite({ paquets }: { paquets: readonly PaquetH5P[] }): ReactNode {
  const base = useBaseUrl('/');
  if (paquets.length === 0) return <p>Aucun paquet pour l’instant.</p>;
  return (
    <ul>
      {paquets.map((p) => (
        <li key={p.id}>
          <a href={`${base}${p.chemin}`} download={`${p.id}.h5p`}>
            {p.titre}
          </a>{' '}
          <small>
            ({p.id}.h5p, {taille(p.octets)})
          </small>
        </li>
      ))}
    </ul>
  );
}

interface Props {
  readonly exports: readonly FichierExport[];
  readonly paquetsH5P: readonly PaquetH5P[];
}

export default function Ressources({ exports: fichiers, paquetsH5P }: Props): ReactNode {
  const base = useBaseUrl('/exports/');
  const versions = (Object.keys(OFFICIELS) as Officiel[]).map(libraryString).join(', ');
  return (
    <Layout
      title="Pour les formateurs : exporter les activités"
      description="Les quiz et mises en situation du site pour Moodle (GIFT, Moodle XML), H5P (Moodle, WordPress, Lumi), une plateforme SCORM 1.2 ou un LRS xAPI, par bloc et par module."
    >
      <main className="container margin-vert--lg">
        <Heading as="h1">Pour les formateurs : reprendre les activités dans vos outils</Heading>
        <p>
          Les questions, quiz et mises en situation du site sont vérifiés un par un (réponse attendue, retour pour chaque choix, source,
          critère du référentiel). Vous pouvez les reprendre sans rien retaper dans la plateforme de votre centre de formation. Les
          fichiers sont produits à chaque publication du site ; les contenus sont sous licence{' '}
          <Link to="/licences">CC BY-SA 4.0</Link> (citez le site, partagez vos adaptations sous la même licence).
        </p>
        <p>
          La même chose existe en ligne de commande dans le dépôt : <code>npm run export -- --format gift --bloc B1</code> (formats :
          gift, moodle-xml, h5p-official, scorm, xapi).
        </p>
        <nav aria-label="Formats proposés">
          <ul>
            <li><a href="#moodle">Banques de questions Moodle (GIFT et Moodle XML)</a></li>
            <li><a href="#h5p">Paquets H5P (types de contenu officiels, et activités du site)</a></li>
            <li><a href="#scorm">Modules SCORM 1.2</a></li>
            <li><a href="#xapi">Traces xAPI et LRS</a></li>
            <li><a href="#comparaison">Ce que chaque format garde ou perd</a></li>
            <li><a href="#importer">Ajouter au site votre propre banque Moodle</a></li>
          </ul>
        </nav>

        <section aria-labelledby="moodle">
          <Heading as="h2" id="moodle">Banques de questions Moodle</Heading>
          <p>
            Une banque par bloc. Les questions sont rangées dans une catégorie par compétence (« Moniteur d’atelier › B1 › B1.C3 ») et
            portent une étiquette par critère (B1.C3.CR2) : vous pouvez tirer au sort des questions d’un critère dans un test Moodle.
          </p>
          <p>
            <strong>Importer dans Moodle :</strong> dans votre cours, ouvrez la <em>Banque de questions</em>, puis <em>Importer</em> ;
            choisissez le format <em>Moodle XML</em> (conseillé) ou <em>GIFT</em>, déposez le fichier, puis <em>Importer</em>. Les
            formules s’affichent avec le filtre MathJax de Moodle (activé par défaut).
          </p>
          <ul>
            <li>Choix unique et choix multiples : chaque bonne réponse vaut 100/R % (R bonnes réponses), chaque mauvaise −100/R % ; Moodle ramène le total entre 0 et 100 %. C’est notre règle (bonnes cochées − mauvaises cochées) / bonnes, arrondie comme Moodle écrit ses pourcentages (33,33333 %).</li>
            <li>Vrai ou faux, association (avec les intrus), réponse numérique (tolérance, erreurs fréquentes avec leur retour) : équivalents Moodle directs. Dans l’association, les retours par élément sont regroupés dans le retour général (Moodle n’a pas de retour par paire).</li>
            <li>
              Remise en ordre : Moodle n’a pas, dans sa version de base, de question « ordre ». Chaque étape est donc une question
              d’association « étape → Position 1, 2, 3… ». Moodle compte les étapes bien placées, alors que le site compte la plus longue
              suite bien ordonnée : une étape décalée coûte plus cher dans Moodle.
            </li>
            <li>Texte à trous : question Cloze (réponses intégrées), un trou = une sous-question réponse courte ; les orthographes sans accent sont ajoutées car Moodle compare les accents. Dans Moodle, une question Cloze vaut par défaut un point par trou : réglez la note à 1 dans le test pour garder le poids du site. GIFT ne connaît qu’un trou par question : ces questions ne sont que dans le fichier Moodle XML.</li>
          </ul>
          <p>
            <strong>Mises en situation :</strong> elles ne sont pas dans les banques. Une banque Moodle contient des questions
            indépendantes ; une mise en situation est une histoire à embranchements, où chaque choix mène à la suite. Elles sont dans
            les modules SCORM ci-dessous, et dans les <a href="#h5p-site">paquets H5P des activités du site</a>.
          </p>
          <Heading as="h3" id="moodle-xml">Moodle XML (toutes les questions)</Heading>
          <Telechargements fichiers={fichiers} format="moodle-xml" base={base} niveau="h4" />
          <Heading as="h3" id="gift">GIFT (format texte)</Heading>
          <Telechargements fichiers={fichiers} format="gift" base={base} niveau="h4" />
        </section>

        <section aria-labelledby="h5p">
          <Heading as="h2" id="h5p">Paquets H5P (types de contenu officiels)</Heading>
          <p>
            Un paquet par quiz : un <em>Question Set</em> (série de questions) fait de <em>Multiple Choice</em>, <em>True/False</em>,
            <em> Fill in the Blanks</em> et <em>Drag the Words</em> ; un paquet <em>Dialog Cards</em> (cartes de révision, {DIALOGCARDS.machineName}{' '}
            {DIALOGCARDS.majorVersion}.{DIALOGCARDS.minorVersion}) par jeu de cartes, en mode répétition : les cartes « à revoir »
            reviennent au tour suivant. Ces paquets ne contiennent que le contenu : votre plateforme doit
            déjà avoir ces bibliothèques ({versions}, ou plus récentes). C’est le cas de Moodle (banque de contenus), de WordPress avec
            l’extension H5P et de Lumi, après installation depuis le H5P Hub.
          </p>
          <ul>
            <li><strong>Moodle :</strong> Banque de contenus › Déposer, ou activité « H5P » › déposer le fichier .h5p.</li>
            <li><strong>WordPress :</strong> H5P Content › Add New › Upload, puis le fichier .h5p.</li>
            <li><strong>Lumi :</strong> Fichier › Ouvrir, puis le fichier .h5p.</li>
          </ul>
          <p>
            Gardé : énoncés, réponses, retour pour chaque choix, explication et source (retour général), seuil de réussite. Perdu : la
            remise en ordre et la réponse numérique avec tolérance, qui n’ont pas d’équivalent honnête parmi ces types (elles sont listées
            dans le fichier LISEZMOI), les retours par trou du texte à trous, la mise en forme des formules (écrites en texte). Une
            question à plusieurs bonnes réponses vaut un point par bonne réponse dans H5P.
          </p>
          <p>
            Dans <em>Drag the Words</em> et <em>Fill in the Blanks</em>, certains signes ont un sens pour H5P : l’astérisque délimite un
            élément, les deux-points annoncent un indice, la barre oblique sépare deux réponses. Dans les textes exportés, ils sont
            remplacés par des signes de même aspect (« ∗ », « ∕ », « ∶ ») et les deux-points d’une phrase par un tiret (« — ») ; une
            orthographe acceptée qui en contient est laissée de côté. Les textes de l’interface (boutons, résultats, lecteurs
            d’écran) sont tous en français.
          </p>
          <Telechargements fichiers={fichiers} format="h5p-official" base={base} />
          <Heading as="h3" id="h5p-site">
            Les activités du site telles quelles (notre type de contenu H5P)
          </Heading>
          <p>
            Les activités que les leçons proposent en « activité interactive », avec leur mise en page, leurs retours et, pour les mises en
            situation, leurs embranchements. Chaque paquet contient aussi la bibliothèque qui les joue : rien à installer depuis le H5P Hub,
            mais l’hôte doit accepter les bibliothèques envoyées avec le contenu (Lumi, Moodle avec le droit de mettre à jour les
            bibliothèques, WordPress).
          </p>
          <PaquetsDuSite paquets={paquetsH5P} />
        </section>

        <section aria-labelledby="scorm">
          <Heading as="h2" id="scorm">Modules SCORM 1.2</Heading>
          <p>
            Un module par leçon : le texte de la leçon, puis ses quiz et sa mise en situation, jouables sans connexion au site. Le
            module transmet à la plateforme le statut (incomplet, réussi, échoué ; seuil 70 %), le score sur 100, et l’avancement pour
            reprendre plus tard. Ouvert hors d’une plateforme, il fonctionne aussi et le dit.
          </p>
          <ul>
            <li><strong>Moodle :</strong> Ajouter une activité › Paquetage SCORM, puis déposer le fichier .zip.</li>
            <li><strong>Autres plateformes :</strong> tout LMS qui lit SCORM 1.2 (importez le .zip tel quel).</li>
          </ul>
          <p>
            Le module contient les corrigés (il corrige sans serveur) : il est destiné à votre plateforme, pas à être publié à part. Les
            liens vers les autres pages du site y deviennent du texte simple.
          </p>
          <Telechargements fichiers={fichiers} format="scorm" base={base} />
        </section>

        <section aria-labelledby="xapi">
          <Heading as="h2" id="xapi">Traces xAPI et LRS</Heading>
          <p>
            Le site enregistre chaque réponse sous forme de trace xAPI 1.0.3, dans le navigateur de l’apprenant. Si votre organisme a
            un LRS, chaque apprenant peut y envoyer une copie de ses traces depuis la page <Link to="/reglages">Réglages</Link>, avec une
            clé d’écriture seule que vous lui donnez. Pour des raisons de sécurité, le site n’accepte que les LRS déclarés lors de sa
            construction : indiquez l’origine de votre LRS dans la variable <code>LRS_ORIGINS</code> (par exemple
            <code> LRS_ORIGINS=https://lrs.mon-centre.fr</code>) avant de construire le site.
          </p>
          <p>Les définitions des activités (noms, types d’interaction, réponses attendues) aident à lire ces traces dans le LRS :</p>
          <Telechargements fichiers={fichiers} format="xapi" base={base} />
        </section>

        <section aria-labelledby="comparaison">
          <Heading as="h2" id="comparaison">Ce que chaque format garde ou perd</Heading>
          <div className="table-responsive">
            <table>
              <caption>Comparaison des formats d’export</caption>
              <thead>
                <tr>
                  <th scope="col">Format</th>
                  <th scope="col">Types de questions</th>
                  <th scope="col">Mises en situation</th>
                  <th scope="col">Retours et explications</th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">Moodle XML</th>
                  <td>les 7 (ordre en association, trous en Cloze)</td>
                  <td>non</td>
                  <td>par choix, par trou, général ; par élément regroupés dans le général</td>
                </tr>
                <tr>
                  <th scope="row">GIFT</th>
                  <td>6 (pas les textes à plusieurs trous)</td>
                  <td>non</td>
                  <td>par choix, général</td>
                </tr>
                <tr>
                  <th scope="row">H5P officiel</th>
                  <td>5 (pas l’ordre ni le numérique)</td>
                  <td>non</td>
                  <td>par choix, général</td>
                </tr>
                <tr>
                  <th scope="row">SCORM 1.2</th>
                  <td>les 7, à l’identique du site</td>
                  <td>oui</td>
                  <td>tous</td>
                </tr>
              </tbody>
            </table>
          </div>
        </section>

        <section aria-labelledby="importer">
          <Heading as="h2" id="importer">Ajouter au site votre propre banque Moodle</Heading>
          <p>
            Vous avez déjà des questions dans Moodle ? Exportez-les depuis la banque de questions de votre cours (format{' '}
            <em>Moodle XML</em> ou <em>GIFT</em>), puis, dans une copie du dépôt du site, lancez :
          </p>
          <pre>
            <code>npm run import -- --format moodle-xml ma-banque.xml --bloc B2 --critere B2.C3.CR1,B2.C3.CR2</code>
          </pre>
          <p>
            La commande écrit un fichier de quiz par catégorie de la banque (dans <code>quizzes/bloc-2/</code>, ou le dossier donné
            par <code>--out</code>) et l’inscrit au registre des activités. Les choix multiples, vrai ou faux, appariements,
            réponses numériques, réponses courtes et questions Cloze (trous à réponse courte) sont repris avec leurs retours. Les
            autres types (composition, glisser-déposer sur image…) sont listés dans un rapport, avec leur numéro de ligne dans le
            fichier, comme ce qui n’a pas pu être gardé (note partielle, joker « * », image).
          </p>
          <p>Pour qu’une question soit reprise, la banque doit dire, comme les quiz du site :</p>
          <ul>
            <li>le <strong>critère</strong> du référentiel évalué : une étiquette (tag) de la question, comme <code>B2.C3.CR1</code>, ou l’option <code>--critere</code> (un ou deux critères) ;</li>
            <li>l’<strong>explication</strong> : le « Feedback général » de la question ;</li>
            <li>la <strong>source</strong> : un dernier paragraphe du feedback général qui commence par « Source : » (texte de loi, décret, leçon) ;</li>
            <li>un <strong>retour pour chaque réponse</strong> ; pour un appariement, une liste à puces dans le feedback général, une puce par élément dans l’ordre : « <strong>élément</strong> : pourquoi ».</li>
          </ul>
          <p>
            S’il manque quelque chose, la commande n’écrit aucun fichier et dit, question par question (fichier, ligne, champ), ce
            qu’il faut ajouter dans la banque. Lancez ensuite <code>npm test</code>, puis insérez le quiz dans une leçon avec{' '}
            <code>&lt;Quiz id="…" /&gt;</code>. Le détail est dans le fichier <code>CONTRIBUTING.md</code> du dépôt.
          </p>
        </section>
      </main>
    </Layout>
  );
}
