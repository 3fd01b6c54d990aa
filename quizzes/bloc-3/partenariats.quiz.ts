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
  id: 'partenariats',
  titre: 'Développer des partenariats au service des parcours',
  description:
    'Identifier des entreprises et des organismes qui peuvent accueillir ou former les personnes, et préparer avec eux l’accueil, le tutorat et le suivi.',
  bloc: 'B3',
  questions: [
    choixUnique({
      id: 'julien-point-depart',
      enonce:
        'Julien, de l’atelier menuiserie, voudrait « voir comment on travaille chez un vrai menuisier, qui fait du sur-mesure ». Par quoi commencez-vous pour lui trouver un lieu d’accueil ?',
      criteres: ['B3.C7.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Vous précisez avec Julien ce qu’il veut voir, puis cherchez avec le chargé d’insertion.',
          feedback:
            'Oui : le projet de la personne oriente la recherche, et l’équipe connaît d’autres contacts et le cadre de l’accueil.',
        },
        {
          id: 'b',
          texte: 'Vous appelez la plus grande menuiserie du département, qui a le plus de chances d’avoir un tuteur.',
          feedback:
            'La taille de l’entreprise ne dit rien de sa pertinence : Julien parle de sur-mesure, et rien ne garantit qu’un tuteur y sera disponible.',
        },
        {
          id: 'c',
          texte: 'Vous attendez que la direction vous propose une entreprise, puisque c’est elle qui signe les conventions.',
          feedback:
            'La direction décide et signe, mais la Fiche Métier attend du moniteur qu’il recherche des partenariats pour le parcours des personnes.',
        },
        {
          id: 'd',
          texte: 'Vous l’encouragez à chercher lui-même un stage sur internet, pour qu’il soit acteur de son projet.',
          feedback:
            'Encourager Julien à agir part d’une bonne idée, mais le laisser seul face à cette recherche risque de le décourager : l’accompagnement fait partie du rôle.',
        },
      ],
      reponse: 'a',
      explication:
        'On cherche un partenaire pour quelqu’un et pour quelque chose. Le moniteur part du projet de la personne et recherche des partenaires avec l’équipe, sous la responsabilité des responsables de l’établissement (Fiche Métier 2024).',
      source: 'Fiche Métier CPNE-FP 2024 ; leçon Partenariats, § Partir du projet de la personne',
    }),
    association({
      id: 'types-partenaires',
      enonce: 'Associez chaque partenaire à ce qu’il peut apporter en priorité au parcours d’une personne.',
      criteres: ['B3.C7.CR1'],
      gauche: [
        {
          id: 'g1',
          texte: 'Un organisme de formation',
          feedback: 'Il apporte une formation, par exemple pour préparer une certification.',
        },
        {
          id: 'g2',
          texte: 'La mairie de la commune',
          feedback: 'Une collectivité peut accueillir en mise en situation ou en cumul d’activités avec l’ESAT.',
        },
        {
          id: 'g3',
          texte: 'Un client de l’atelier espaces verts',
          feedback: 'Un client peut accueillir une équipe sur son site, en prestation hors les murs.',
        },
        {
          id: 'g4',
          texte: 'France Travail ou Cap emploi',
          feedback: 'Le service public de l’emploi accompagne vers l’emploi et peut prescrire des mises en situation.',
        },
      ],
      droite: [
        { id: 'd1', texte: 'Une formation qualifiante' },
        { id: 'd2', texte: 'Une activité en cumul avec l’ESAT, dans le secteur public' },
        { id: 'd3', texte: 'Une prestation d’équipe sur son site' },
        { id: 'd4', texte: 'Un accompagnement vers l’emploi' },
        { id: 'd5', texte: 'Une décision d’orientation en ESAT' },
      ],
      paires: { g1: 'd1', g2: 'd2', g3: 'd3', g4: 'd4' },
      explication:
        'Chaque type de partenaire ouvre un chemin différent. La décision d’orientation en ESAT, elle, n’appartient à aucun partenaire : c’est la CDAPH qui la prend, désormais sur préconisation de France Travail et de ses partenaires (loi n° 2023-1196).',
      source: 'loi n° 2022-217, art. 136 ; loi n° 2023-1196 ; leçon Partenariats, § Connaître les types de partenaires',
    }),
    choixMultiples({
      id: 'choisir-cuisine-aminata',
      enonce:
        'Vous hésitez entre deux cuisines pour accueillir Aminata, qui veut découvrir la restauration scolaire. Quels critères vérifiez-vous avec l’équipe ?',
      criteres: ['B3.C7.CR1'],
      options: [
        {
          id: 'a',
          texte: 'La cuisine qui commande le plus à l’ESAT, un client fidèle',
          feedback:
            'Non : un bon client n’est pas forcément un bon lieu d’apprentissage. La relation commerciale peut aider, mais elle ne suffit pas.',
        },
        {
          id: 'b',
          texte: 'L’activité correspond à ce qu’Aminata veut découvrir',
          feedback: 'Oui : le projet de la personne est le premier critère.',
        },
        {
          id: 'c',
          texte: 'La cuisine la plus proche de l’ESAT, pour passer la voir chaque jour',
          feedback:
            'Non : la proximité aide le suivi, mais une présence quotidienne n’est pas le but ; ce qui compte, c’est le trajet et les horaires d’Aminata, le projet et le tuteur.',
        },
        {
          id: 'd',
          texte: 'Une personne de la cuisine peut être tutrice et en a vraiment le temps',
          feedback: 'Oui : sans tuteur disponible, l’accueil repose sur la chance.',
        },
        {
          id: 'e',
          texte: 'Le chef qui accepte sans poser de questions',
          feedback:
            'Non : des questions sur les besoins, la sécurité ou le suivi sont plutôt le signe d’un partenaire qui prend l’accueil au sérieux.',
        },
      ],
      reponses: ['b', 'd'],
      explication:
        'On choisit un partenaire sur des critères concrets : lien avec le projet, tuteur disponible, accessibilité (transport, horaires, locaux), capacité à adapter un peu le travail, sécurité.',
      source: 'Leçon Partenariats, § Choisir un partenaire',
    }),
    vraiFaux({
      id: 'cumul-collectivite',
      enonce:
        'Aminata voudrait garder son activité à l’ESAT et travailler en plus deux matinées par semaine à la cantine d’un collège, un service de collectivité territoriale. Le cadre légal permet ce cumul, dans la limite de la durée légale du travail.',
      criteres: ['B3.C7.CR1'],
      reponse: true,
      feedback: {
        vrai: 'Exact : le cumul d’une activité en ESAT et d’une activité en milieu ordinaire, privé ou public, est possible depuis la loi n° 2022-217 du 21 février 2022 (dite 3DS) et le décret n° 2022-1561 du 13 décembre 2022.',
        faux:
          'Si : la loi n° 2022-217 (art. 136) et le décret n° 2022-1561 permettent ce cumul, y compris dans une collectivité territoriale. La cantine du collège peut donc devenir un lieu d’accueil pour Aminata.',
      },
      explication:
        'Le cumul ESAT et milieu ordinaire ouvre de nouveaux lieux d’accueil : une mairie, un collège, une entreprise privée peuvent devenir partenaires d’un parcours.',
      source: 'loi n° 2022-217, art. 136 ; décret n° 2022-1561',
    }),
    choixUnique({
      id: 'artisan-rencontre',
      enonce:
        'En livrant des bancs, vous discutez avec un artisan ébéniste qui se dit prêt à « prendre quelqu’un de l’ESAT un de ces jours ». Que faites-vous ?',
      criteres: ['B3.C7.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Vous lui promettez d’envoyer Julien dès lundi, pour saisir l’occasion.',
          feedback:
            'Promettre une date avant que le cadre soit posé et que Julien ait été consulté met tout le monde en difficulté.',
        },
        {
          id: 'b',
          texte: 'Vous fixez avec lui une date d’accueil pour Julien, que la direction n’aura qu’à confirmer.',
          feedback:
            'Non : Julien n’a pas été consulté, et l’accueil se formalise par l’établissement. Vous engagez tout le monde avant que le cadre soit posé.',
        },
        {
          id: 'c',
          texte: 'Vous notez ses coordonnées et en parlez au chargé d’insertion pour préparer la suite.',
          feedback:
            'Oui : vous repérez et vous proposez ; l’établissement formalise. Le contact pourra aussi servir à d’autres personnes.',
        },
      ],
      reponse: 'c',
      explication:
        'Le moniteur recherche des partenariats sous la responsabilité des responsables de l’établissement et agit souvent par l’intermédiaire de l’équipe ou de sa hiérarchie (Fiche Métier 2024).',
      source: 'Fiche Métier CPNE-FP 2024, interlocuteurs externes',
    }),
    vraiFaux({
      id: 'oeth-taux-emploi',
      enonce:
        'Depuis 2020, quand une entreprise achète une prestation à un ESAT, cet achat compte dans son taux d’emploi de travailleurs handicapés.',
      criteres: ['B3.C7.CR1'],
      reponse: false,
      feedback: {
        vrai:
          'C’était le cas avant 2020. Depuis, ces achats permettent seulement de déduire une partie de la contribution de l’entreprise.',
        faux:
          'Exact : depuis 2020, ils ne comptent plus dans le taux d’emploi ; ils réduisent la contribution. La Fiche Métier note que cela a changé la politique de partenariat des entreprises.',
      },
      explication:
        'Depuis la réforme de l’obligation d’emploi (loi n° 2018-771, en vigueur en 2020), les achats auprès d’un ESAT ou d’une EA ouvrent une déduction de la contribution (C. trav. art. D5212-21 et suivants). Pour trouver des partenaires de parcours, il faut donc proposer un projet qui a du sens pour l’entreprise, au-delà de l’obligation.',
      source: 'C. trav. art. D5212-21 et suivants ; décret n° 2019-523',
    }),
    ordre({
      id: 'etapes-accueil',
      enonce: 'Remettez dans l’ordre la préparation et le suivi de l’accueil d’Aminata dans la cuisine d’un collège.',
      criteres: ['B3.C7.CR2'],
      etapes: [
        {
          id: 'e1',
          texte: 'Préciser avec Aminata ce qu’elle veut découvrir et ce qu’elle accepte que l’on dise d’elle',
          feedback: 'La préparation commence avec la personne.',
        },
        {
          id: 'e2',
          texte: 'Visiter la cuisine avec elle et rencontrer la future tutrice',
          feedback: 'La visite préalable évite la plupart des mauvaises surprises.',
        },
        {
          id: 'e3',
          texte: 'Fixer avec la tutrice et Aminata les objectifs, les consignes de sécurité et les dates de suivi',
          feedback: 'Des objectifs observables, écrits avec Aminata, et des dates de suivi posent un cadre clair.',
        },
        {
          id: 'e4',
          texte: 'Accompagner Aminata le premier matin, puis l’appeler le soir',
          feedback: 'Les premières heures comptent beaucoup : une présence puis un appel rassurent.',
        },
        {
          id: 'e5',
          texte: 'Passer à mi-parcours pour écouter Aminata et la tutrice',
          feedback: 'La visite à mi-parcours permet d’ajuster avant qu’une difficulté ne s’installe.',
        },
        {
          id: 'e6',
          texte: 'Faire le bilan à trois et valoriser ce qui a été appris',
          feedback: 'Le bilan réunit la personne, la tutrice et le moniteur, puis débouche sur une suite.',
        },
      ],
      explication:
        'Préparer avec la personne, puis avec le partenaire ; suivre de près au début ; faire le bilan à trois et valoriser : c’est ce qui rend un accueil utile pour la personne et rassurant pour le partenaire.',
      source: 'Leçon Partenariats, § Préparer l’accueil et § Le suivi',
    }),
    choixUnique({
      id: 'tuteur-question',
      enonce:
        'Avant l’arrivée de Julien, Théo, le futur tuteur, vous demande : « Qu’est-ce qu’il a exactement ? Je préfère savoir. » Que lui répondez-vous ?',
      criteres: ['B3.C7.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Vous lui expliquez le diagnostic de Julien, pour qu’il soit bien préparé à l’accueillir.',
          feedback:
            'Ces informations appartiennent à Julien : les partager sans son accord n’est pas acceptable, et elles risquent d’inquiéter le tuteur plus que de l’aider.',
        },
        {
          id: 'b',
          texte: 'Vous lui dites ce qui aide Julien à travailler, tel que Julien lui-même a accepté de le partager.',
          feedback:
            'Oui : « Il apprend mieux quand on lui montre d’abord » est utile au tuteur, et Julien a choisi ce qui est dit.',
        },
        {
          id: 'c',
          texte: 'Vous lui répondez que vous ne pouvez rien dire, par respect du secret professionnel.',
          feedback:
            'La discrétion est juste, mais le tuteur a besoin de repères pour bien accueillir. Préparez avec Julien ce qui peut être partagé.',
        },
      ],
      reponse: 'b',
      explication:
        'On prépare le tuteur en parlant de ce qui aide la personne à travailler, pas de ce qu’elle a. C’est la personne qui décide de ce qui est partagé.',
      source: 'Leçon Partenariats, § Avec la personne d’abord et § Piège à éviter',
    }),
    choixMultiples({
      id: 'contenu-preparation',
      enonce:
        'Vous préparez avec la menuiserie partenaire l’accueil de Julien pour deux semaines. Que fixez-vous avec le partenaire avant son arrivée ?',
      criteres: ['B3.C7.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Le nom du tuteur et ce qu’on attend de lui',
          feedback: 'Oui : Julien doit savoir à qui s’adresser, et le tuteur doit savoir ce qu’on attend de lui.',
        },
        {
          id: 'b',
          texte: 'Les tâches, choisies par le tuteur le jour même',
          feedback:
            'Non : laisser le choix au tuteur le jour même paraît souple, mais sans objectifs fixés à l’avance, on ne saura pas quoi observer ni quoi valoriser au bilan.',
        },
        {
          id: 'c',
          texte: 'Deux ou trois objectifs observables',
          feedback: 'Oui : par exemple « poncer un plateau sans reprise ». Ils serviront au bilan.',
        },
        {
          id: 'd',
          texte: 'Les consignes de sécurité et les équipements de protection',
          feedback: 'Oui : certaines machines peuvent être interdites, d’autres demander des protections.',
        },
        {
          id: 'e',
          texte: 'Une cadence de compagnon dès le 1er jour',
          feedback:
            'Non : c’est un des deux excès à éviter. La cadence se construit ; l’accueil sert d’abord à découvrir et à apprendre.',
        },
        {
          id: 'f',
          texte: 'Qui appelle qui, et les dates de suivi',
          feedback: 'Oui : le tuteur sait qu’il peut vous joindre, et les rendez-vous de suivi sont connus de tous.',
        },
      ],
      reponses: ['a', 'c', 'd', 'f'],
      explication:
        'Préparer l’accueil avec le partenaire, c’est fixer le tuteur, des objectifs observables, les consignes de sécurité, la façon de se joindre et les dates de suivi. Le cadre juridique est formalisé par l’établissement dans une convention.',
      source: 'Leçon Partenariats, § Avec le partenaire',
    }),
    choixUnique({
      id: 'retards-aminata',
      enonce:
        'Troisième jour d’accueil d’Aminata à la cuisine du collège. La tutrice vous appelle : « Elle est arrivée en retard deux fois et ne dit rien. » Que faites-vous en premier ?',
      criteres: ['B3.C7.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Vous passez au collège et demandez d’abord à Aminata comment se passent ses matins.',
          feedback:
            'Oui : en l’écoutant, vous découvrirez peut-être un bus incompatible ou une inquiétude. Vous cherchez ensuite une solution avec elle et la tutrice.',
        },
        {
          id: 'b',
          texte: 'Vous proposez d’arrêter l’accueil, pour ne pas mettre Aminata en échec devant la tutrice.',
          feedback: 'Vous concluez avant de connaître la cause. Un problème pris tôt se règle souvent simplement.',
        },
        {
          id: 'c',
          texte: 'Vous appelez Aminata pour lui rappeler, gentiment mais fermement, l’heure d’arrivée convenue.',
          feedback: 'Le rappel à la règle vient peut-être ensuite, mais vous ne savez pas encore pourquoi elle est en retard.',
        },
      ],
      reponse: 'a',
      explication:
        'Le suivi commence par l’écoute de la personne. Une difficulté signalée par le tuteur a souvent une cause concrète (transport, consigne mal comprise, intimidation) qu’il faut identifier avec elle avant de décider.',
      source: 'Leçon Partenariats, § Le suivi',
    }),
    texteATrous({
      id: 'parcours-renforce',
      enonce:
        'Complétez ce que vous expliquez à l’employeur qui envisage d’embaucher Julien à la sortie de l’ESAT.',
      criteres: ['B3.C7.CR2'],
      texte:
        'Julien et vous pouvez être accompagnés dans le cadre du parcours renforcé en emploi, grâce à une convention d’[[convention]], d’une durée maximale de [[duree]] ans. Si le contrat s’arrête, Julien bénéficie d’un droit au [[droit]] dans son ESAT d’origine (ou dans un ESAT partenaire prévu par la convention), sans nouvelle décision de la MDPH.',
      trous: {
        convention: {
          acceptees: ['appui'],
          feedback: 'La convention d’appui organise l’accompagnement de la personne et de l’employeur.',
        },
        duree: {
          acceptees: ['3', 'trois'],
          feedback: 'La convention d’appui dure au plus 3 ans.',
        },
        droit: {
          acceptees: ['retour'],
          feedback: 'Le droit au retour sécurise le parcours, tant que l’orientation est valable.',
        },
      },
      explication:
        'Le parcours renforcé en emploi et le droit au retour (loi n° 2022-217, art. 136 ; décret n° 2022-1561, précisé par le décret n° 2025-845) rassurent l’employeur partenaire et la personne : l’accompagnement continue après l’embauche.',
      source: 'loi n° 2022-217, art. 136 ; décret n° 2022-1561 ; décret n° 2025-845',
    }),
    choixUnique({
      id: 'fin-accueil',
      enonce:
        'Les deux semaines de Julien à la menuiserie se terminent bien. Théo, le tuteur, est satisfait. Que faites-vous pour clore l’accueil ?',
      criteres: ['B3.C7.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Un appel pour remercier Théo, et l’attestation de stage remise à Julien devant l’atelier.',
          feedback:
            'Non : remercier et remettre une attestation sont justes, mais sans bilan avec Julien et Théo, ce qu’il a appris ne sera ni compris ni utilisé dans son projet.',
        },
        {
          id: 'b',
          texte: 'Une note à l’équipe sur les points à travailler, et un merci écrit à Théo.',
          feedback:
            'Non : une note peut être utile, mais écrite sans Julien et centrée sur les manques, elle passe à côté du bilan et de la valorisation.',
        },
        {
          id: 'c',
          texte: 'Un bilan à trois, la mise à jour de son projet, puis un merci au partenaire.',
          feedback:
            'Oui : le bilan valorise ce que Julien a appris, alimente son projet et fait vivre le partenariat pour les prochains accueils.',
        },
      ],
      reponse: 'c',
      explication:
        'Le suivi d’un accueil se termine par un bilan à trois (personne, tuteur, moniteur), la valorisation de ce qui a été appris et l’entretien de la relation avec le partenaire.',
      source: 'Leçon Partenariats, § Le suivi et § Faire vivre le partenariat',
    }),
  ],
});
