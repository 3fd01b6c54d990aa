import {
  association,
  choixMultiples,
  choixUnique,
  defineQuiz,
  ordre,
  texteATrous,
  vraiFaux,
} from '#auteur';

export default defineQuiz({
  id: 'reconnaissance-certification',
  titre: 'Reconnaissance et certification des compétences',
  description:
    'Présenter la RAE et la VAE, aider la personne à choisir sa voie, accompagner son dossier de preuves et valoriser ses compétences.',
  bloc: 'B3',
  questions: [
    association({
      id: 'modalites-rae',
      enonce:
        'La RAE « Différent et compétent » propose trois modalités. Associez chaque personne à la modalité qui correspond à ce qu’elle veut faire devant le jury.',
      criteres: ['B3.C6.CR1'],
      gauche: [
        {
          id: 'g1',
          texte: 'Dylan est à l’aise dans sa cuisine, moins à l’oral : il veut que le jury le voie travailler à son poste.',
          feedback: 'Modalité interne : « je montre ce que je fais », en situation de travail.',
        },
        {
          id: 'g2',
          texte: 'Karima aime parler de son métier : elle préfère raconter au jury comment elle travaille, avec son dossier.',
          feedback: 'Modalité externe : « j’explique ce que je sais faire », en s’appuyant sur son dossier.',
        },
        {
          id: 'g3',
          texte: 'Tom veut prouver qu’il sait aussi trier le linge dans la blanchisserie d’une clinique.',
          feedback: 'Modalité externe après stage : « je transfère ma compétence ailleurs », après un stage dans une autre structure.',
        },
      ],
      droite: [
        { id: 'd1', texte: 'Modalité interne : « Je montre ce que je fais. »' },
        { id: 'd2', texte: 'Modalité externe : « J’explique ce que je sais faire. »' },
        { id: 'd3', texte: 'Modalité externe après stage : « Je transfère ma compétence ailleurs. »' },
        { id: 'd4', texte: 'Modalité certifiante : « J’obtiens le diplôme complet du métier. »' },
      ],
      paires: { g1: 'd1', g2: 'd2', g3: 'd3' },
      explication:
        'Les trois modalités de la RAE s’adaptent à la façon dont chaque personne peut montrer ou dire ses compétences : montrer (interne), expliquer (externe), transférer après un stage (externe après stage). Aucune n’est supérieure aux autres. La RAE reconnaît des compétences ; pour obtenir tout ou partie d’une certification, la personne peut ensuite viser une VAE ou une formation certifiante.',
      source: 'Différent et compétent Réseau ; décret n° 2009-565',
    }),
    choixUnique({
      id: 'modalite-leila',
      enonce:
        'Leïla travaille en maraîchage depuis huit ans. Elle vous dit : « Je voudrais savoir si je m’en sortirais aussi bien chez un vrai maraîcher du coin. » Quelle modalité de la RAE correspond le mieux à ce qu’elle cherche ?',
      criteres: ['B3.C6.CR1'],
      options: [
        {
          id: 'a',
          texte: 'La modalité externe après un stage dans une exploitation',
          feedback:
            'Oui : « je transfère ma compétence ailleurs ». Le stage lui permettra de tester, et le jury verra qu’elle sait utiliser ses compétences dans un autre lieu.',
        },
        {
          id: 'b',
          texte: 'La modalité interne, dans les serres de l’ESAT',
          feedback:
            'Elle permet de montrer son travail là où elle le fait chaque jour, mais Leïla veut justement vérifier qu’elle sait le faire ailleurs.',
        },
        {
          id: 'c',
          texte: 'La modalité externe, en expliquant son travail au jury',
          feedback:
            'Expliquer son travail est utile, mais ne répond pas à sa question : peut-elle faire pareil dans un autre lieu ?',
        },
      ],
      reponse: 'a',
      explication:
        'Choisir une modalité part de ce que la personne veut prouver. La modalité externe après stage sert à montrer qu’une compétence se transfère dans un autre lieu de travail. C’est ensuite Leïla qui décide, une fois les trois modalités présentées.',
      source: 'Leçon Reconnaissance et certification, § Trois modalités',
    }),
    choixUnique({
      id: 'diplome-leila',
      enonce:
        'Après réflexion, Leïla vous dit : « Je veux un vrai diplôme, pas seulement une attestation. » Elle a huit ans d’expérience en maraîchage. Que lui présentez-vous ?',
      criteres: ['B3.C6.CR1'],
      options: [
        {
          id: 'a',
          texte: 'La RAE seule : les diplômes de droit commun ne sont pas ouverts aux travailleurs d’ESAT',
          feedback:
            'Non : rien n’interdit à un travailleur d’ESAT de viser une certification. Le décret n° 2009-565 demande à l’ESAT de faciliter aussi la VAE.',
        },
        {
          id: 'b',
          texte: 'La VAE, qui peut viser le diplôme entier ou un seul de ses blocs',
          feedback:
            'Oui : la VAE mène à tout ou partie d’une certification. Depuis la réforme de 2022, on peut viser un bloc et être accompagné dès l’inscription par un architecte accompagnateur de parcours.',
        },
        {
          id: 'c',
          texte: 'Une formation interne à l’ESAT, conclue par une attestation de compétences',
          feedback:
            'Une formation interne peut l’aider à progresser, mais une attestation interne n’est pas un diplôme : il faut passer par une certification reconnue.',
        },
      ],
      reponse: 'b',
      explication:
        'Reconnaître et certifier sont deux niveaux. La VAE, réformée par la loi n° 2022-1598, permet d’obtenir tout ou partie d’une certification grâce à l’expérience ; une RAE peut en être la première marche, si la personne le souhaite.',
      source: 'Loi n° 2022-1598 du 21 décembre 2022 ; décret n° 2009-565',
    }),
    vraiFaux({
      id: 'vae-un-an',
      enonce:
        'Depuis la réforme de 2022-2023, une personne doit encore justifier d’au moins un an d’expérience pour s’engager dans une validation des acquis de l’expérience (VAE).',
      criteres: ['B3.C6.CR1'],
      reponse: false,
      feedback: {
        vrai:
          'C’était la règle avant la réforme. Depuis la loi n° 2022-1598, il suffit d’une expérience en rapport avec la certification visée.',
        faux:
          'Exact : la condition d’un an a disparu. Le bénévolat et les périodes de mise en situation comptent aussi dans l’expérience.',
      },
      explication:
        'La loi n° 2022-1598 du 21 décembre 2022 ouvre la VAE à toute personne ayant une expérience en rapport avec la certification, sans durée minimale. Son décret d’application (n° 2023-1275 du 27 décembre 2023) est entré en vigueur le 1er janvier 2024.',
      source: 'loi n° 2022-1598 ; décret n° 2023-1275',
    }),
    choixMultiples({
      id: 'reforme-vae',
      enonce:
        'Vous présentez la VAE réformée à l’équipe de la blanchisserie. Quelles affirmations sont exactes ?',
      criteres: ['B3.C6.CR1'],
      options: [
        {
          id: 'a',
          texte: 'La VAE est réservée aux salariés ; un travailleur d’ESAT passe par la RAE.',
          feedback: 'Non : la RAE est une autre démarche. Le décret n° 2009-565 prévoit que l’ESAT facilite la VAE de ses travailleurs.',
        },
        {
          id: 'b',
          texte: 'Un service public de la VAE existe, avec le groupement France VAE.',
          feedback: 'Oui : la loi de 2022 a créé ce service public, avec le portail vae.gouv.fr.',
        },
        {
          id: 'c',
          texte: 'On peut viser un seul bloc de compétences d’une certification.',
          feedback: 'Oui : c’est une des ouvertures de la réforme, qui rend l’objectif plus accessible.',
        },
        {
          id: 'd',
          texte: 'Il faut encore justifier d’au moins un an d’expérience en lien avec le diplôme.',
          feedback: 'Non : cette durée minimale a été supprimée par la loi n° 2022-1598 ; une expérience en rapport avec la certification suffit.',
        },
        {
          id: 'e',
          texte: 'Les périodes de mise en situation en entreprise peuvent compter dans l’expérience.',
          feedback: 'Oui : comme le bénévolat, elles font partie de l’expérience prise en compte.',
        },
        {
          id: 'f',
          texte: 'Un architecte accompagnateur de parcours peut suivre la personne dès l’inscription.',
          feedback: 'Oui : la réforme pense la VAE comme un parcours, accompagné dès le début.',
        },
      ],
      reponses: ['b', 'c', 'e', 'f'],
      explication:
        'La loi n° 2022-1598 du 21 décembre 2022 a créé le service public de la VAE (France VAE), supprimé la condition d’un an, pris en compte bénévolat et mises en situation, ouvert la VAE par bloc et prévu un architecte accompagnateur de parcours. Son décret d’application, n° 2023-1275 du 27 décembre 2023, est en vigueur depuis le 1er janvier 2024. Le décret n° 2009-565 demande à l’ESAT de faciliter la VAE de ses travailleurs.',
      source: 'Loi n° 2022-1598 ; décret n° 2023-1275 ; décret n° 2009-565',
    }),
    texteATrous({
      id: 'origine-rae',
      enonce: 'Complétez la présentation de la RAE « Différent et compétent ».',
      criteres: ['B3.C6.CR1'],
      texte:
        'La démarche est née en [[region]] en 2001-2002, dans des ESAT. La personne se positionne sur des référentiels métier de droit [[droit]], et présente un dossier de [[dossier]] à un jury.',
      trous: {
        region: {
          acceptees: ['Bretagne'],
          feedback: 'Elle est née en Bretagne, avec l’association régionale des ESAT, avant de devenir un réseau national.',
        },
        droit: {
          acceptees: ['commun'],
          feedback: 'Des référentiels de droit commun (Éducation nationale, Agriculture, Travail), rendus accessibles.',
        },
        dossier: {
          acceptees: ['preuves', 'preuve'],
          feedback: 'Un dossier de preuves : photos, productions, observations, récit de la personne.',
        },
      },
      explication:
        'La RAE « Différent et compétent » est née en Bretagne en 2001-2002 ; elle positionne la personne sur des référentiels de droit commun et s’appuie sur un dossier de preuves présenté à un jury. Son cadre réglementaire est le décret n° 2009-565.',
      source: 'Différent et compétent Réseau ; décret n° 2009-565',
    }),
    association({
      id: 'textes-reconnaissance',
      enonce: 'Associez chaque texte à ce qu’il apporte à la reconnaissance et à la certification des compétences.',
      criteres: ['B3.C6.CR1'],
      gauche: [
        {
          id: 'g1',
          texte: 'Décret n° 2009-565 du 20 mai 2009',
          feedback: 'Il demande à l’ESAT de faciliter formation, reconnaissance des savoir-faire et VAE.',
        },
        {
          id: 'g2',
          texte: 'Loi n° 2022-1598 du 21 décembre 2022',
          feedback: 'Elle réforme la VAE et crée un service public, avec France VAE.',
        },
        {
          id: 'g3',
          texte: 'Décret n° 2023-1275 du 27 décembre 2023',
          feedback: 'C’est le décret d’application de la réforme de la VAE, en vigueur le 1er janvier 2024.',
        },
        {
          id: 'g4',
          texte: 'Circulaire n° DGCS/SD3/2022/139 du 11 mai 2022',
          feedback: 'Elle accompagne le plan de transformation des ESAT et cite le carnet annuel de parcours et de compétences.',
        },
      ],
      droite: [
        { id: 'd1', texte: 'L’ESAT facilite formation, reconnaissance des savoir-faire et VAE' },
        { id: 'd2', texte: 'Réforme de la VAE et création de France VAE' },
        { id: 'd3', texte: 'Application de la réforme de la VAE au 1er janvier 2024' },
        { id: 'd4', texte: 'Carnet annuel de parcours et de compétences' },
        { id: 'd5', texte: 'Création du délégué des travailleurs' },
      ],
      paires: { g1: 'd1', g2: 'd2', g3: 'd3', g4: 'd4' },
      explication:
        'Quatre textes encadrent la reconnaissance et la certification en ESAT. Le délégué des travailleurs, lui, a été créé par le décret n° 2022-1561.',
      source: 'décret n° 2009-565 ; loi n° 2022-1598 ; décret n° 2023-1275 ; circulaire n° DGCS/SD3/2022/139',
    }),
    choixMultiples({
      id: 'preuves-valables',
      enonce:
        'Ahmed prépare sa RAE sur un référentiel de menuiserie. Lesquels de ces éléments peuvent servir de preuves dans son dossier ?',
      criteres: ['B3.C6.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Des photos, prises avec son accord, d’un meuble qu’il a assemblé',
          feedback: 'Oui : la trace d’une production réalisée par la personne est une preuve classique.',
        },
        {
          id: 'b',
          texte: 'Une fiche du métier tirée d’un manuel',
          feedback: 'Non : elle décrit le métier en général, pas ce qu’Ahmed fait réellement.',
        },
        {
          id: 'c',
          texte: 'Un plan de coupe qu’il a rempli lui-même',
          feedback: 'Oui : un document réellement utilisé dans le travail montre une activité du référentiel.',
        },
        {
          id: 'd',
          texte: 'Vos observations datées de son travail à la scie',
          feedback: 'Oui : des observations écrites et datées d’un professionnel appuient le dossier.',
        },
        {
          id: 'e',
          texte: 'Une lettre du moniteur disant qu’il « sait tout faire »',
          feedback: 'Non : un avis général, même sincère, ne montre aucune activité précise du référentiel. Décrivez plutôt ce que vous avez vu, avec les dates.',
        },
        {
          id: 'f',
          texte: 'Le récit, avec ses mots, de ce qu’il vérifie avant de couper',
          feedback: 'Oui : expliquer sa façon de faire est une preuve précieuse, surtout en modalité externe.',
        },
      ],
      reponses: ['a', 'c', 'd', 'f'],
      explication:
        'Une preuve montre qu’une activité du référentiel est réellement réalisée par la personne : production, document utilisé, observation datée, témoignage, récit. Une description générale du métier ou un avis global ne prouvent rien sur la personne.',
      source: 'Leçon Reconnaissance et certification, § Qu’est-ce qu’une preuve ?',
    }),
    ordre({
      id: 'etapes-rae',
      enonce: 'Remettez dans l’ordre les étapes d’une démarche de RAE, telles que les vit la personne.',
      criteres: ['B3.C6.CR2'],
      etapes: [
        {
          id: 'e1',
          texte: 'La personne décide de s’engager, après avoir été informée',
          feedback: 'La démarche est volontaire : tout commence par un choix éclairé.',
        },
        {
          id: 'e2',
          texte: 'Elle se positionne sur le référentiel métier avec son moniteur',
          feedback: 'Elle repère les activités du métier qu’elle réalise déjà.',
        },
        {
          id: 'e3',
          texte: 'Elle choisit sa modalité : montrer, expliquer ou transférer',
          feedback: 'Le choix de la modalité s’appuie sur le positionnement et sur ce qu’elle veut prouver.',
        },
        {
          id: 'e4',
          texte: 'Elle rassemble ses preuves et construit son dossier',
          feedback: 'Photos, documents, observations, récit : le dossier se construit avec ses mots.',
        },
        {
          id: 'e5',
          texte: 'Elle se présente devant le jury',
          feedback: 'Des répétitions courtes l’y préparent.',
        },
        {
          id: 'e6',
          texte: 'Ses compétences reconnues sont inscrites dans son projet et valorisées',
          feedback: 'La reconnaissance change quelque chose : projet personnalisé, avenant au contrat, nouvelles responsabilités si elle le souhaite.',
        },
      ],
      explication:
        'La RAE suit un chemin : engagement volontaire, positionnement sur un référentiel de droit commun, choix de la modalité, dossier de preuves, jury, puis valorisation. Le moniteur accompagne chaque étape sans la faire à la place de la personne.',
      source: 'Différent et compétent Réseau ; décret n° 2009-565',
    }),
    choixUnique({
      id: 'mots-de-dylan',
      enonce:
        'Dans son dossier, Dylan a dicté : « Je range de gauche à droite, je nettoie avec le produit bleu. » Une collègue propose de réécrire : « Il assure le rangement et la désinfection du poste selon le protocole. » Que faites-vous ?',
      criteres: ['B3.C6.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Vous acceptez la réécriture : le jury attend un vocabulaire professionnel précis.',
          feedback:
            'Le jury évalue ce que Dylan sait faire, pas la qualité d’écriture du moniteur. Un texte qu’il ne comprend pas le mettra en difficulté.',
        },
        {
          id: 'b',
          texte: 'Vous remplacez la phrase par une vidéo, qui montrera mieux le rangement.',
          feedback:
            'La vidéo est une bonne preuve, mais le récit de Dylan en est une autre : sa façon d’expliquer son travail compte aussi.',
        },
        {
          id: 'c',
          texte: 'Vous gardez les mots de Dylan et reliez cette phrase à l’activité correspondante du référentiel.',
          feedback:
            'Oui : le dossier doit ressembler à Dylan. Devant le jury, il reconnaîtra ses mots et pourra les expliquer.',
        },
      ],
      reponse: 'c',
      explication:
        'Le dossier de preuves appartient à la personne : le moniteur aide à organiser et à relier chaque preuve au référentiel, mais garde les mots de la personne.',
      source: 'Leçon Reconnaissance et certification, § Construire le dossier avec la personne',
    }),
    choixUnique({
      id: 'photo-collegue',
      enonce:
        'Vous photographiez Inès au poste de pliage pour son dossier de RAE. Sur la photo, on voit aussi Bruno, qui travaille à côté. Que faites-vous avant de mettre la photo dans le dossier ?',
      criteres: ['B3.C6.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Vous vérifiez que Bruno est d’accord, ou refaites la photo sans lui.',
          feedback:
            'Oui : Inès a donné son accord, Bruno doit pouvoir donner le sien ; sinon, une autre photo fait l’affaire.',
        },
        {
          id: 'b',
          texte: 'Rien : la photo reste dans un dossier interne.',
          feedback:
            'Non : le dossier sera vu par un jury extérieur. Toute personne photographiée doit être d’accord, même au second plan.',
        },
        {
          id: 'c',
          texte: 'Vous demandez l’autorisation à la cheffe de service, qui gère le droit à l’image.',
          feedback:
            'La cheffe de service peut être informée, mais l’accord à donner est celui de Bruno, pas celui de la hiérarchie.',
        },
      ],
      reponse: 'a',
      explication:
        'Construire un dossier de preuves, c’est aussi respecter les droits de chacun : on demande l’accord de chaque personne avant de la photographier ou de montrer son image.',
      source: 'Leçon Reconnaissance et certification, § Construire le dossier avec la personne',
    }),
    vraiFaux({
      id: 'moniteur-redige',
      enonce:
        'Pour gagner du temps avant le jury, le moniteur peut rédiger seul le dossier de preuves, à condition que la personne le relise et le signe.',
      criteres: ['B3.C6.CR2'],
      reponse: false,
      feedback: {
        vrai:
          'Non : relire et signer un texte écrit par un autre ne remplace pas la démarche. La personne doit choisir ses preuves et les dire avec ses mots.',
        faux:
          'Exact : le moniteur peut écrire sous la dictée et organiser, mais le dossier se construit avec la personne, qui choisit et raconte.',
      },
      explication:
        'Le dossier de preuves est le support de la prise de conscience de ses compétences par la personne. Le moniteur accompagne, pose des questions, écrit sous la dictée si besoin : il ne fait pas à sa place.',
      source: 'Leçon Reconnaissance et certification, § Piège à éviter',
    }),
    choixUnique({
      id: 'apres-jury',
      enonce:
        'Le jury vient de reconnaître les compétences de Dylan en préparation froide. Il est fier. Quelle suite donnez-vous, en priorité ?',
      criteres: ['B3.C6.CR3'],
      options: [
        {
          id: 'a',
          texte: 'Vous augmentez son objectif de production, puisque sa compétence est reconnue.',
          feedback:
            'Transformer la reconnaissance en pression abîme ce qu’elle a construit. Valoriser, c’est ouvrir des possibilités, pas exiger davantage.',
        },
        {
          id: 'b',
          texte: 'Vous l’inscrivez dans son projet personnalisé et proposez, s’il le veut, qu’il forme un nouvel arrivant.',
          feedback:
            'Oui : la reconnaissance entre dans le projet et peut ouvrir de nouvelles responsabilités, choisies par Dylan.',
        },
        {
          id: 'c',
          texte: 'Vous le félicitez devant l’équipe et rangez l’attestation dans son dossier administratif.',
          feedback:
            'Féliciter est bien, mais si rien ne change ensuite, la reconnaissance reste sans effet sur son parcours.',
        },
      ],
      reponse: 'b',
      explication:
        'Valoriser les compétences, c’est faire en sorte qu’elles changent quelque chose : projet personnalisé, avenant au contrat (décret n° 2009-565), nouvelles responsabilités si la personne le souhaite, présentation aux partenaires avec son accord.',
      source: 'Décret n° 2009-565 ; leçon Reconnaissance et certification, § Valoriser les compétences',
    }),
    vraiFaux({
      id: 'avenant-contrat',
      enonce:
        'Après la RAE réussie de Dylan, la cheffe de service propose d’inscrire sa progression dans son contrat d’accompagnement par le travail, par un avenant. Cette démarche est prévue par le décret n° 2009-565 du 20 mai 2009.',
      criteres: ['B3.C6.CR3'],
      reponse: true,
      feedback: {
        vrai: 'Exact : la progression est inscrite par avenant au contrat, aujourd’hui le contrat d’accompagnement par le travail.',
        faux:
          'Si : le décret prévoit un avenant au contrat. C’est une façon officielle de valoriser ce que la personne a acquis.',
      },
      explication:
        'Le décret n° 2009-565 du 20 mai 2009 inscrit la progression de la personne dans son contrat par un avenant. Ce contrat (ex-contrat de soutien et d’aide par le travail) a reçu le nom de contrat d’accompagnement par le travail par la loi n° 2023-1196 (CASF, art. L311-4), repris dans les textes réglementaires par le décret n° 2025-845.',
      source: 'Décret n° 2009-565 ; loi n° 2023-1196 ; CASF, art. L311-4 ; décret n° 2025-845',
    }),
    choixMultiples({
      id: 'valoriser-aupres-artisan',
      enonce:
        'Ahmed a obtenu sa RAE en menuiserie et va faire un stage chez un artisan. Comment valorisez-vous ses compétences auprès de ce partenaire ?',
      criteres: ['B3.C6.CR3'],
      options: [
        {
          id: 'a',
          texte: 'Vous présentez vous-même son dossier à l’artisan, pour lui éviter le stress de la visite',
          feedback: 'Non : l’intention est de le ménager, mais c’est Ahmed qui peut le mieux parler de ce qu’il sait faire ; le faire à sa place lui retire cette occasion.',
        },
        {
          id: 'b',
          texte: 'Vous expliquez à l’artisan le handicap d’Ahmed, pour qu’il sache à quoi s’attendre',
          feedback:
            'Non : ces informations appartiennent à Ahmed et ne valorisent pas ses compétences. On parle de ce qui l’aide à travailler, avec son accord, pas de sa santé.',
        },
        {
          id: 'c',
          texte: 'Vous l’aidez à présenter lui-même, lors de la visite, les compétences reconnues',
          feedback: 'Oui : c’est Ahmed qui parle de ce qu’il sait faire, avec l’appui de son dossier.',
        },
        {
          id: 'd',
          texte: 'Vous lui conseillez de taire sa RAE, un dispositif que l’artisan ne connaît pas',
          feedback: 'Non : la RAE s’appuie sur des référentiels de droit commun ; expliquée simplement, elle rend ses compétences lisibles par l’artisan. La taire, c’est renoncer à la valoriser.',
        },
        {
          id: 'e',
          texte: 'Vous envoyez à l’artisan tout son dossier de preuves, pour qu’il ait le plus d’éléments',
          feedback: 'Non : le dossier appartient à Ahmed ; c’est lui qui choisit ce qu’il montre, et à qui.',
        },
      ],
      reponses: ['c'],
      explication:
        'Valoriser auprès des partenaires, c’est rendre les compétences visibles par la personne elle-même (présentation, CV), avec son accord et sans informations médicales.',
      source: 'Leçon Reconnaissance et certification, § Valoriser les compétences',
    }),
    choixUnique({
      id: 'pas-de-ceremonie',
      enonce:
        'L’ESAT organise une remise des attestations de RAE avec les familles et des clients. Sabine, reconnue en blanchisserie, vous dit qu’elle ne veut pas monter sur l’estrade. Que faites-vous ?',
      criteres: ['B3.C6.CR3', 'B3.C8.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Vous insistez doucement : c’est une fête pour elle, et elle en sera contente après.',
          feedback:
            'Être mise en avant peut être une épreuve. Insister fait passer votre idée de la fête avant son choix.',
        },
        {
          id: 'b',
          texte: 'Vous retirez son nom de la liste, pour respecter son refus de l’estrade.',
          feedback:
            'Vous respectez son refus de l’estrade, mais vous décidez seul d’effacer sa réussite. Demandez-lui ce qu’elle souhaite.',
        },
        {
          id: 'c',
          texte: 'Vous lui demandez sous quelle forme elle aimerait que sa réussite soit fêtée.',
          feedback:
            'Oui : la valorisation se choisit aussi. Elle préférera peut-être un moment avec son équipe, ou recevoir l’attestation en privé.',
        },
      ],
      reponse: 'c',
      explication:
        'Valoriser les compétences se fait avec l’accord de la personne, et sous la forme qu’elle choisit. La reconnaissance publique n’est qu’une possibilité parmi d’autres.',
      source: 'Leçon Reconnaissance et certification, § Valoriser les compétences',
    }),
  ],
});
