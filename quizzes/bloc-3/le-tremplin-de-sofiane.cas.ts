import { defineCas } from '#auteur';

// Ce qui, sur le chemin de l’apprenant, a fragilisé le parcours : les fins le racontent.
const ECARTS_DU_CHEMIN = [
  { si: ['recherche-repoussee'], texte: 'La recherche d’un autre employeur a d’abord été repoussée à la fin du contrat : c’est Claire qui l’a relancée.' },
  { si: ['projet-impose'], texte: 'Le métier visé a d’abord été choisi pour Sofiane, à partir des offres, avant qu’il dise ce qu’il voulait.' },
  { si: ['conges-poses'], texte: 'Sofiane a pris ses congés pour faire sa mise en situation : son CDD tremplin pouvait être suspendu, sans qu’il y laisse ses vacances.' },
  { si: ['occasion-reportee'], texte: 'La première proposition de Transports Mercier a été perdue : on avait dit à Sofiane d’attendre la fin de son contrat.' },
  { si: ['reconnaissance-revelee'], texte: 'Sa reconnaissance de travailleur handicapé a été annoncée au tuteur sans son accord : c’était à lui d’en décider.' },
  { si: ['tuteur-non-prepare'], texte: 'Julien a accueilli Sofiane sans savoir ce qui l’aide, ni qui appeler : la difficulté du milieu de parcours s’est installée plus vite.' },
  { si: ['recadrage-seul'], texte: 'La difficulté de la première semaine a été traitée par un rappel à l’ordre, sans entendre ce que Sofiane avait à en dire.' },
  { si: ['refus-conseille'], texte: 'Au bilan, on a conseillé à Sofiane de refuser l’offre : il a fallu une semaine de plus pour obtenir un contrat de six mois.' },
  { si: ['cdd-quatre-mois'], texte: 'Sofiane a signé un CDD de quatre mois sur une règle fausse : faute de pouvoir partir sans préavis, son départ de l’entreprise adaptée a dû se négocier.' },
] as const;

export default defineCas({
  id: 'le-tremplin-de-sofiane',
  titre: 'Le tremplin de Sofiane',
  description:
    'En entreprise adaptée, accompagner un salarié en CDD tremplin vers un employeur ordinaire : partir de son projet, organiser la mise en situation, préparer le tuteur, traverser une difficulté, conclure avec les bonnes règles.',
  bloc: 'B3',
  h5p: true,
  contexte:
    'Vous êtes moniteur ou monitrice de l’atelier conditionnement des « Ateliers du Bocage », une entreprise adaptée de 42 salariés. Sofiane, 34 ans, y est en CDD tremplin depuis sept mois : contrat de 12 mois, 28 heures par semaine. Il est précis, apprécié de l’équipe, et il a dit à l’embauche qu’il voulait « un jour, travailler ailleurs ». Claire est chargée de l’accompagnement socioprofessionnel ; Karima, responsable de production.',
  personnages: [
    { nom: 'Sofiane', role: 'salarié en CDD tremplin, reconnu travailleur handicapé ; retient mieux ce qu’on lui montre que les longues listes écrites' },
    { nom: 'Claire', role: 'chargée d’accompagnement socioprofessionnel de l’entreprise adaptée' },
    { nom: 'Karima', role: 'responsable de production de l’entreprise adaptée' },
    { nom: 'Julien', role: 'chef d’équipe chez Transports Mercier, entreprise de logistique de 120 salariés, tuteur de Sofiane' },
  ],
  criteres: ['B3.C7.CR2', 'B3.C7.CR3', 'B3.C7.CR4'],
  drapeaux: {
    'projet-precise': 'Sofiane a dit lui-même ce qu’il vise : la préparation de commandes, en horaires de journée.',
    'projet-impose': 'Le métier de la logistique a été proposé à Sofiane à partir des offres, avant qu’il dise ce qu’il voulait.',
    'contrat-suspendu': 'La suspension du CDD tremplin pendant la mise en situation a été organisée avec la direction.',
    'conges-poses': 'Sofiane a posé deux semaines de congés pour faire sa mise en situation.',
    'occasion-reportee': 'On a conseillé à Sofiane d’attendre la fin de son contrat ; la première proposition a été perdue.',
    'tuteur-prepare': 'Julien sait ce qui aide Sofiane (convenu avec lui), qui appeler, et un point est prévu chaque jeudi.',
    'reconnaissance-revelee': 'La reconnaissance de travailleur handicapé de Sofiane a été annoncée au tuteur sans son accord.',
    'tuteur-non-prepare': 'Julien a accueilli Sofiane sans information sur ce qui l’aide.',
    'difficulte-comprise': 'La difficulté de la première semaine a été reprise à trois, et le poste ajusté.',
    'recadrage-seul': 'La difficulté a été traitée par un rappel à l’ordre au téléphone, sans entendre Sofiane.',
    'recherche-repoussee': 'La recherche d’un autre employeur a été repoussée à la fin du contrat.',
    'refus-conseille': 'Au bilan, vous avez conseillé à Sofiane de refuser l’offre de Transports Mercier.',
    'aide-confondue': 'L’aide par poste de l’entreprise adaptée a été présentée à l’employeur comme transférable.',
    'attestation-envoyee': 'L’attestation de RQTH de Sofiane a été envoyée à l’employeur sans son accord.',
    'cdd-quatre-mois': 'Sofiane a accepté un CDD de quatre mois en croyant pouvoir quitter son CDD tremplin sans préavis.',
  },
  debut: 'envie-de-partir',
  noeuds: [
    {
      type: 'situation',
      id: 'envie-de-partir',
      titre: 'Lundi, 16 h, fin de poste',
      texte:
        'Sofiane range son poste et vous dit : « Il me reste cinq mois. Je voudrais partir dans une vraie boîte, mais je ne sais pas laquelle. » Claire vous a dit le matin même que Transports Mercier, un client de l’entreprise, cherche des préparateurs de commandes.',
      choix: [
        {
          id: 'explorer-projet',
          texte:
            'Vous lui demandez ce qu’il aime dans son travail actuel et ce qu’il veut éviter, puis vous prenez rendez-vous avec Claire.',
          suivant: 'proposition',
          pose: ['projet-precise'],
          consequence:
            'Sofiane aime « quand tout est rangé et compté », déteste le bruit des machines et veut des horaires de journée. Avec Claire, il cite de lui-même la préparation de commandes.',
          feedback:
            'Le parcours part du projet du salarié. En l’aidant à dire ce qu’il veut, vous lui laissez le choix, et la piste qui sort est la sienne.',
          scores: { 'B3.C7.CR4': 2 },
        },
        {
          id: 'offres-logistique',
          piege: true,
          texte:
            'Pour qu’il ne perde pas de temps, vous regardez avec lui trois offres de préparateur de commandes chez Transports Mercier et l’encouragez à postuler : ses gestes au scanner sont exactement ce que cherchent ces employeurs.',
          suivant: 'proposition',
          pose: ['projet-impose'],
          consequence:
            'Sofiane dit « pourquoi pas » et vous remercie. Claire transmet sa candidature. Personne ne lui a demandé ce qu’il attendait d’un nouveau travail.',
          feedback:
            'Valoriser ses gestes est juste, et la piste est réaliste. Mais vous choisissez le métier à sa place, à partir des offres : s’il s’y engage sans l’avoir voulu, le premier obstacle risque de l’arrêter.',
          scores: { 'B3.C7.CR4': 0 },
        },
        {
          id: 'attendre-fin',
          texte:
            'Vous le rassurez : il a le temps, et il vaut mieux consolider ses compétences à l’atelier avant de chercher, le dernier mois suffira.',
          suivant: 'proposition',
          pose: ['recherche-repoussee'],
          consequence:
            'Sofiane acquiesce, un peu déçu. La semaine suivante, c’est Claire qui reprend la question avec lui ; il parle de préparation de commandes.',
          feedback:
            'Le CDD tremplin a une durée limitée et sert justement à préparer le départ : chaque mois compte. Repousser la recherche à la fin du contrat réduit ses chances.',
          scores: { 'B3.C7.CR4': 1 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'proposition',
      titre: 'Trois semaines plus tard, mardi',
      texte:
        'Transports Mercier propose à Sofiane une mise en situation de deux semaines au service préparation de commandes, à partir de lundi prochain. Sofiane vient vous voir, inquiet : « Si j’y vais, je perds ma place ici ? Et je ne veux pas laisser l’équipe en pleine commande. »',
      variantes: [
        { si: ['projet-precise'], texte: 'C’est le poste qu’il a lui-même décrit à Claire.' },
        { si: ['projet-impose'], texte: 'Il ajoute, hésitant : « C’est bien ce que vous pensiez pour moi, la logistique ? »' },
      ],
      choix: [
        {
          id: 'expliquer-suspension',
          texte:
            'Vous lui expliquez que son contrat peut être suspendu pendant la mise en situation et qu’il retrouve son poste ensuite ; vous prévenez Karima et Claire, qui l’organisent.',
          suivant: 'visite-tuteur',
          pose: ['contrat-suspendu'],
          consequence:
            'Sofiane souffle. Karima répartit ses tâches sur l’équipe pour deux semaines ; Claire prépare le cadre écrit avec Transports Mercier.',
          feedback:
            'Le CDD tremplin peut être suspendu pour une mise en situation ou une période d’essai chez un autre employeur (loi n° 2023-1196). Vous rassurez avec la règle, et la direction organise.',
          scores: { 'B3.C7.CR3': 2, 'B3.C7.CR4': 1 },
        },
        {
          id: 'poser-conges',
          piege: true,
          texte:
            'Pour le rassurer, et par respect pour l’équipe en pleine commande, vous lui conseillez de poser deux semaines de congés : rien ne change pour son contrat et il revient comme prévu.',
          suivant: 'visite-tuteur',
          pose: ['conges-poses'],
          consequence:
            'Sofiane pose ses congés, soulagé. En juin, il comprend qu’il n’aura plus de vacances cet été. Claire, surprise, rappelle que la suspension du contrat était prévue pour ce cas.',
          feedback:
            'Vous cherchez à le protéger, mais la règle existe : le CDD tremplin se suspend pour une mise en situation. Sofiane perd ses congés pour rien, et la direction n’a pas organisé la période.',
          scores: { 'B3.C7.CR3': 0 },
        },
        {
          id: 'refuser-attendre',
          texte:
            'Vous lui conseillez d’attendre la fin de son contrat : partir deux semaines en pleine commande pourrait lui être reproché par l’entreprise adaptée.',
          suivant: 'occasion-manquee',
          pose: ['occasion-reportee'],
          consequence: 'Sofiane décline la proposition. Julien, chez Transports Mercier, retient un autre candidat.',
          feedback:
            'Le contrat tremplin est fait pour ces essais : il peut être suspendu. En le retenant, vous faites passer la commande avant son parcours.',
          scores: { 'B3.C7.CR3': 0, 'B3.C7.CR4': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'occasion-manquee',
      titre: 'Deux semaines plus tard',
      suppose: ['occasion-reportee'],
      texte:
        'Sofiane travaille en silence. Claire vous apprend que Transports Mercier ouvre une seconde session dans un mois, et vous rappelle que le CDD tremplin peut être suspendu pour ce type de période.',
      choix: [
        {
          id: 'reconnaitre-reprendre',
          texte:
            'Vous reconnaissez devant Sofiane que vous vous êtes trompé de règle, vous lui expliquez la suspension et lui demandez s’il veut se présenter à la seconde session.',
          suivant: 'visite-tuteur',
          pose: ['contrat-suspendu'],
          consequence: 'Sofiane accepte. Karima organise la suspension et la répartition de ses tâches.',
          feedback: 'Reconnaître l’erreur et rendre le choix au salarié rattrape la situation, avec un mois de perdu.',
          scores: { 'B3.C7.CR3': 1 },
        },
        {
          id: 'laisser-filer',
          texte:
            'Vous laissez Claire, qui l’accompagne, gérer la suite avec lui, par respect de son rôle : le vôtre est de tenir l’atelier jusqu’à la fin du contrat.',
          suivant: 'fin-a-revoir',
          consequence: 'Sofiane ne se présente pas. Son contrat arrive à son terme sans nouvelle mise en situation.',
          feedback:
            'Le parcours vers l’emploi ordinaire se construit aussi à l’atelier. En vous retirant, vous laissez le salarié seul avec une occasion manquée.',
          scores: { 'B3.C7.CR4': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'visite-tuteur',
      titre: 'Vendredi, visite chez Transports Mercier',
      texte:
        'Avec Claire, vous visitez le service. Julien, le tuteur, vous prend à part : « Il a quoi, au juste ? Je dois faire attention à quoi ? » La veille, Sofiane vous a dit : « Vous pouvez dire que j’apprends mieux quand on me montre, et que les longues listes à l’écran, ça m’embrouille. Le reste, c’est à moi. »',
      choix: [
        {
          id: 'besoins-convenus',
          texte:
            'Vous dites à Julien ce qui aide Sofiane, comme convenu avec lui : montrer, une liste courte. Vous laissez votre numéro et fixez un point le jeudi.',
          suivant: 'difficulte',
          pose: ['tuteur-prepare'],
          consequence: 'Julien note : « Montrer, liste courte. » Il prévoit de lui faire faire sa première tournée à ses côtés lundi.',
          feedback:
            'Le tuteur reçoit des informations utiles au poste, décidées avec le salarié, et un rythme de suivi. C’est ce qui rend possible un ajustement rapide si une difficulté apparaît.',
          scores: { 'B3.C7.CR2': 2 },
        },
        {
          id: 'annoncer-rqth',
          texte:
            'Vous expliquez à Julien que Sofiane est reconnu travailleur handicapé et qu’il compte pour l’obligation d’emploi : il sera plus patient avec lui, et l’entreprise y gagne.',
          suivant: 'difficulte',
          pose: ['reconnaissance-revelee'],
          consequence: 'Julien hoche la tête. Lundi, il présente Sofiane à l’équipe comme « le gars de l’entreprise adaptée ».',
          feedback:
            'L’argument de l’obligation d’emploi est réel, mais c’est à Sofiane de décider s’il parle de sa reconnaissance. Il vous avait dit quoi partager : ce qui l’aide au poste.',
          scores: { 'B3.C7.CR2': 0 },
        },
        {
          id: 'rien-dire',
          texte:
            'Vous préférez ne rien dire de plus, pour qu’il soit jugé comme tout candidat : « Il est précis, il se débrouillera très bien. »',
          suivant: 'difficulte',
          pose: ['tuteur-non-prepare'],
          consequence: 'Julien hausse les épaules. Il n’a aucune idée de la façon dont Sofiane apprend le mieux.',
          feedback:
            'La discrétion est juste, mais Sofiane vous avait autorisé à parler de ce qui l’aide. Le tuteur n’est pas préparé et aucun point n’est prévu.',
          scores: { 'B3.C7.CR2': 1 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'difficulte',
      titre: 'Jeudi de la première semaine, 11 h',
      texte:
        'Julien vous appelle : « Il est lent sur les listes, il s’est trompé deux fois d’allée, et mardi il est parti vingt minutes avant la fin sans prévenir. Franchement, je ne sais pas si on continue. »',
      variantes: [
        { si: ['tuteur-prepare'], texte: 'C’est le point du jeudi que vous aviez fixé ensemble : il vous appelle plutôt que d’attendre la fin de la période.' },
        { si: ['reconnaissance-revelee'], texte: 'Il ajoute : « Je suis patient, hein, vu sa situation. Mais là… »' },
        { si: ['projet-impose'], texte: 'Il ajoute : « Et il m’a dit qu’il ne savait pas trop si la logistique, c’était pour lui. »' },
      ],
      choix: [
        {
          id: 'point-a-trois',
          texte:
            'Vous proposez de passer l’après-midi même pour un point à trois : Julien dit les faits, Sofiane donne sa version, et vous cherchez ensemble quoi ajuster.',
          suivant: 'bilan',
          pose: ['difficulte-comprise'],
          consequence:
            'Sofiane explique que la liste défile sur quarante lignes et qu’il est parti pour ne pas rater le seul bus du soir. Julien découpe la liste par allée ; Claire voit avec lui un covoiturage.',
          feedback:
            'Vous entendez le tuteur et le salarié, sur des faits. Les causes réelles apparaissent et se traitent : c’est le suivi qui sauve une mise en situation.',
          scores: { 'B3.C7.CR2': 2, 'B3.C7.CR4': 1 },
        },
        {
          id: 'arreter-proteger',
          piege: true,
          texte:
            'Pour préserver la relation avec un employeur qui recrute et éviter à Sofiane un échec qui ébranlerait sa confiance, vous proposez à Julien d’arrêter la période dès ce soir et de la reprendre plus tard.',
          suivant: 'fin-a-revoir',
          consequence:
            'Julien accepte, soulagé. Sofiane apprend le soir même que sa mise en situation est terminée. « Personne ne m’a demandé ce qui n’allait pas. » Il n’y aura pas de seconde période.',
          feedback:
            'Vous voulez protéger le partenariat et le salarié, mais vous décidez à sa place, sans chercher la cause. Deux oublis et un départ anticipé se comprennent et s’ajustent ; ils ne justifient pas d’arrêter.',
          scores: { 'B3.C7.CR2': 0, 'B3.C7.CR4': 0 },
        },
        {
          id: 'recadrer-telephone',
          texte:
            'Vous appelez Sofiane à la pause : il doit accélérer sur les listes et ne plus partir en avance, sinon l’employeur ne le gardera pas.',
          suivant: 'bilan',
          pose: ['recadrage-seul'],
          consequence:
            'Sofiane promet. Il reste jusqu’à l’heure et rentre à pied, une heure de marche. Il se trompe encore d’allée deux fois, de plus en plus tendu.',
          feedback:
            'Le rappel porte sur les symptômes, pas sur les causes, et il se fait sans le tuteur. Sofiane porte seul la difficulté.',
          scores: { 'B3.C7.CR2': 0, 'B3.C7.CR4': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'bilan',
      titre: 'Vendredi de la seconde semaine, bilan à trois',
      texte:
        'Julien fait le bilan : « Il est fiable et ponctuel. On pourrait le prendre en CDD de quatre mois à la rentrée. » Sofiane hésite : « Quatre mois, et après ? Et ici, je peux partir comme ça ? »',
      variantes: [
        { si: ['difficulte-comprise'], texte: 'Depuis la liste découpée par allée, Sofiane ne s’est plus trompé.' },
        { si: ['recadrage-seul'], texte: 'Julien ajoute : « Il s’est encore trompé d’allée en début de semaine, il était tendu, mais il a fini par trouver ses repères. »' },
      ],
      choix: [
        {
          id: 'regle-six-mois',
          texte:
            'Vous rappelez qu’il ne peut quitter son CDD tremplin sans préavis que pour un CDI ou un CDD d’au moins six mois, et demandez à Julien si c’est envisageable. Sofiane décidera.',
          suivant: 'aides',
          consequence:
            'Julien en parle à sa direction : un CDD de six mois, puis un CDI si tout va bien. Sofiane demande un jour pour réfléchir, puis accepte.',
          feedback:
            'Vous donnez la règle exacte (loi n° 2023-1196 ; décrets de 2024) au salarié et à l’employeur, et la décision reste à Sofiane.',
          scores: { 'B3.C7.CR3': 2, 'B3.C7.CR4': 1 },
        },
        {
          id: 'accepter-vite',
          texte:
            'Vous l’encouragez à dire oui tout de suite et le rassurez : un pied dans l’entreprise vaut mieux que tout, et un salarié en CDD tremplin embauché ailleurs peut toujours partir sans préavis.',
          suivant: 'aides',
          pose: ['cdd-quatre-mois'],
          consequence:
            'Sofiane accepte le CDD de quatre mois. Karima vous rappelle ensuite que la sortie sans préavis suppose un CDI ou un CDD d’au moins six mois : il faut négocier son départ.',
          feedback:
            'La sortie sans préavis vaut pour une embauche en CDI ou en CDD d’au moins six mois. Un contrat de quatre mois ne la permet pas, et Sofiane s’engage sur une information fausse.',
          scores: { 'B3.C7.CR3': 0 },
        },
        {
          id: 'garder-tremplin',
          texte:
            'Vous lui conseillez de refuser et de finir son CDD tremplin, plus sûr qu’un contrat de quatre mois, puis de chercher un CDI après.',
          suivant: 'aides',
          pose: ['refus-conseille'],
          consequence:
            'Sofiane hésite. Julien, déçu, garde son nom « pour plus tard ». Claire reprend la discussion avec Sofiane et Transports Mercier la semaine suivante ; un CDD de six mois finit par être proposé.',
          feedback:
            'Vous décidez pour lui, et vous oubliez la règle qui aurait permis de négocier un contrat d’au moins six mois tout de suite.',
          scores: { 'B3.C7.CR3': 0, 'B3.C7.CR4': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'aides',
      titre: 'Le lundi suivant',
      texte:
        'La responsable des ressources humaines de Transports Mercier vous appelle : « Y a-t-il des aides si nous embauchons Sofiane ? Et est-ce qu’il compte pour notre taux d’emploi de travailleurs handicapés ? »',
      choix: [
        {
          id: 'orienter-sofiane-decide',
          texte:
            'Vous l’orientez vers Cap emploi et l’Agefiph pour les aides, et lui dites que sa reconnaissance, c’est Sofiane qui choisit de la déclarer.',
          suivant: 'fin-favorable',
          consequence:
            'Vous en parlez à Sofiane, qui décide de la transmettre lui-même à l’embauche. Cap emploi monte le dossier d’aide avec l’entreprise.',
          feedback:
            'Les aides ouvertes par la RQTH passent par les partenaires de l’emploi ; la reconnaissance reste une information que le salarié choisit de partager.',
          scores: { 'B3.C7.CR4': 2 },
        },
        {
          id: 'aide-au-poste-suit',
          texte:
            'Vous lui expliquez que l’aide au poste de l’entreprise adaptée peut le suivre pendant un an chez eux, puis vous la mettez en lien avec Karima.',
          suivant: 'fin-a-retravailler',
          pose: ['aide-confondue'],
          consequence:
            'Karima doit rappeler la responsable pour corriger : l’aide par poste de l’EA est attachée aux postes de l’EA, dans son CPOM.',
          feedback:
            'L’aide financière par poste est versée à l’entreprise adaptée, dans son CPOM. Chez un employeur ordinaire, les aides passent par l’Agefiph et les partenaires de l’emploi.',
          scores: { 'B3.C7.CR3': 0, 'B3.C7.CR4': 1 },
        },
        {
          id: 'envoyer-attestation',
          piege: true,
          texte:
            'Pour ne pas retarder l’embauche et lui épargner une démarche de plus, vous envoyez vous-même à la responsable une copie de l’attestation de RQTH de Sofiane, rangée dans son dossier.',
          suivant: 'fin-a-retravailler',
          pose: ['attestation-envoyee'],
          consequence:
            'L’entreprise reçoit le document. Sofiane l’apprend par la responsable, à la signature : « Je comptais le dire moi-même. »',
          feedback:
            'Le but est de l’aider, mais vous transmettez un document personnel sans son accord. C’était à Sofiane de le faire, ou de vous y autoriser.',
          scores: { 'B3.C7.CR4': 0 },
        },
      ],
    },
    {
      type: 'fin',
      id: 'fin-favorable',
      titre: 'Un tremplin qui a servi',
      issues: ['optimale', 'acceptable', 'a-revoir'],
      texte:
        'Sofiane signe chez Transports Mercier. Son départ est une réussite de l’atelier : accompagner vers l’emploi ordinaire, c’est la mission de l’entreprise adaptée.',
      variantes: [
        {
          sauf: [
            'recherche-repoussee',
            'projet-impose',
            'conges-poses',
            'occasion-reportee',
            'reconnaissance-revelee',
            'tuteur-non-prepare',
            'recadrage-seul',
            'refus-conseille',
            'cdd-quatre-mois',
          ],
          texte: 'Projet venu de lui, contrat suspendu pour l’essai, tuteur préparé, difficulté reprise à trois : à chaque étape, Sofiane a choisi et la règle a été la bonne.',
        },
        ...ECARTS_DU_CHEMIN,
      ],
    },
    {
      type: 'fin',
      id: 'fin-a-retravailler',
      titre: 'Une embauche, des erreurs à ne pas refaire',
      issues: ['optimale', 'acceptable', 'a-revoir'],
      texte:
        'Sofiane est embauché chez Transports Mercier, mais la dernière étape laisse une trace.',
      variantes: [
        {
          si: ['aide-confondue'],
          texte: 'L’aide par poste a été présentée comme transférable : elle appartient à l’entreprise adaptée, dans son CPOM. Chez un employeur ordinaire, les aides passent par Cap emploi et l’Agefiph.',
        },
        {
          si: ['attestation-envoyee'],
          texte: 'Son attestation de reconnaissance est partie sans son accord : Sofiane voulait le dire lui-même. La confiance se reconstruit en le lui reconnaissant.',
        },
        ...ECARTS_DU_CHEMIN,
      ],
    },
    {
      type: 'fin',
      id: 'fin-a-revoir',
      titre: 'Un tremplin qui n’a pas servi',
      issues: ['acceptable', 'a-revoir'],
      texte:
        'Le contrat de Sofiane avance vers son terme sans passage vers un autre employeur. Le CDD tremplin est fait pour ces essais : reprenez la mise en situation en partant de ce qu’il veut, avec la règle de la suspension et un tuteur préparé.',
      variantes: [...ECARTS_DU_CHEMIN],
    },
  ],
  debrief: {
    'B3.C7.CR2': {
      texte:
        'Le tuteur de l’employeur se prépare avec ce qui aide le salarié au poste, convenu avec lui, un contact et un rythme de points. Une difficulté se reprend à trois, sur des faits, avant de décider quoi que ce soit.',
      lien: '/cours/bloc-3/metier-entreprise-adaptee#eatt',
    },
    'B3.C7.CR3': {
      texte:
        'Le CDD tremplin (4 à 24 mois, au moins 20 h par semaine) peut être suspendu pour une mise en situation ou une période d’essai, et rompu sans préavis pour un CDI ou un CDD d’au moins 6 mois. L’aide par poste appartient à l’entreprise adaptée, dans son CPOM.',
      lien: '/cours/bloc-3/metier-entreprise-adaptee#cdd-tremplin',
    },
    'B3.C7.CR4': {
      texte:
        'Le passage vers un employeur ordinaire part du projet du salarié et s’appuie sur les partenaires de l’emploi (France Travail, Cap emploi, Agefiph). La reconnaissance de handicap reste une information que le salarié choisit de partager.',
      lien: '/cours/bloc-3/metier-entreprise-adaptee#partenaires',
    },
  },
});
