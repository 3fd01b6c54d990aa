import { association, choixMultiples, choixUnique, defineQuiz, ordre, texteATrous, vraiFaux } from '#auteur';

export default defineQuiz({
  id: 'autodetermination',
  titre: 'Soutenir l’autodétermination et le pouvoir d’agir',
  description:
    'Recueillir les attentes avec des moyens adaptés, créer des occasions de choisir et de se réguler, aider à lever un obstacle sans décider à la place de la personne.',
  bloc: 'B1',
  questions: [
    choixUnique({
      id: 'oceane-poste-ete',
      enonce:
        'Océane s’exprime peu à l’oral. Vous voulez savoir sur quel poste de l’atelier maraîchage elle aimerait travailler cet été. Quelle démarche est la plus adaptée ?',
      criteres: ['B1.C3.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Demander à sa famille, qui la connaît bien, quelles activités elle aime à la maison.',
          feedback:
            'Sa famille peut apporter un éclairage si Océane le souhaite, mais ne remplace pas sa propre parole : c’est à elle qu’on demande d’abord.',
        },
        {
          id: 'b',
          texte: 'Lui poser la question en réunion d’équipe, pour qu’elle s’exprime avec ses collègues.',
          feedback:
            'Devant le groupe, une personne qui parle peu s’exprime encore moins. Le recueil des attentes se fait dans un cadre où elle est à l’aise.',
        },
        {
          id: 'c',
          texte: 'Lui faire désigner des postes en photos, les lui faire essayer, puis la laisser choisir.',
          feedback:
            'Oui : des images qu’elle peut désigner et un essai concret lui permettent de choisir en connaissance de cause, avec ses propres moyens.',
        },
        {
          id: 'd',
          texte: 'L’observer une semaine à chaque poste, puis l’affecter là où elle réussit le mieux.',
          feedback:
            'L’observation est utile, mais décider à partir de ce qu’elle réussit, sans lui demander, c’est choisir à sa place.',
        },
      ],
      reponse: 'c',
      explication:
        'Recueillir un choix suppose de poser la question sous une forme que la personne peut saisir : images, choix concrets, essais, temps. La décision lui revient.',
      source: 'Leçon Autodétermination, § Recueillir les attentes',
    }),
    choixMultiples({
      id: 'moyens-recueil',
      enonce:
        'Jonathan, en menuiserie, s’exprime surtout par gestes et par quelques mots. Vous voulez recueillir ce qu’il attend de l’année qui vient. Quels moyens vous y aident ?',
      criteres: ['B1.C3.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Des photos, des pictogrammes ou des objets à désigner',
          feedback: 'Oui : Jonathan peut montrer son choix sans passer par des phrases.',
        },
        {
          id: 'b',
          texte: 'Du temps, en acceptant les silences et en revenant le lendemain',
          feedback: 'Oui : beaucoup de personnes ont besoin de temps pour élaborer une réponse.',
        },
        {
          id: 'c',
          texte: 'L’observation de ses réactions, vérifiée ensuite avec lui',
          feedback: 'Oui : ce qu’il montre est une piste, à lui soumettre pour vérifier.',
        },
        {
          id: 'd',
          texte: 'Des questions qui suggèrent la réponse : « Vous êtes bien ici, n’est-ce pas ? »',
          feedback: 'Non : une question qui contient sa réponse recueille votre avis, pas le sien.',
        },
        {
          id: 'e',
          texte: 'L’avis de l’équipe, qui le connaît bien, à la place du sien',
          feedback: 'Non : l’avis de l’équipe peut compléter ce que la personne exprime, pas le remplacer.',
        },
      ],
      reponses: ['a', 'b', 'c'],
      explication:
        'Les moyens du recueil s’adaptent à la façon de communiquer de la personne : supports visuels, choix concrets, essais, temps, observation vérifiée avec elle. On évite les questions orientées et les réponses « à sa place ».',
      source: 'Leçon Autodétermination, § Avec des moyens adaptés ; ANESM, RBPP projet personnalisé (2008)',
    }),
    choixUnique({
      id: 'travailler-dans-les-avions',
      enonce:
        'Pendant un entretien, Samuel vous dit : « Moi, je veux travailler dans les avions. » Que faites-vous ?',
      criteres: ['B1.C3.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Vous lui expliquez avec douceur que ce métier demande des diplômes qu’il n’a pas.',
          feedback:
            'L’honnêteté part d’une bonne intention, mais écarter le souhait sans l’explorer ferme la discussion : vous décidez à sa place de ce qui est réaliste, sans savoir ce qui l’attire.',
        },
        {
          id: 'b',
          texte: 'Vous notez « projet irréaliste » dans son dossier, pour que l’équipe en soit informée.',
          feedback:
            'C’est un jugement, pas un recueil : l’équipe perd l’information utile, c’est-à-dire ce qui attire Samuel.',
        },
        {
          id: 'c',
          texte: 'Vous passez à autre chose pour ne pas lui donner de faux espoirs sur ce métier.',
          feedback:
            'Éviter le sujet apprend à Samuel que sa parole ne compte pas. On peut écouter un souhait sans rien promettre.',
        },
        {
          id: 'd',
          texte: 'Vous lui demandez ce qui l’attire dans ce métier et notez ses mots pour l’équipe.',
          feedback:
            'Oui : derrière un souhait se cachent des goûts concrets (les machines, le voyage, l’uniforme) qui ouvrent des pistes réelles.',
        },
      ],
      reponse: 'd',
      explication:
        'Un souhait se recueille avec les mots de la personne, puis s’explore : ce qui l’attire donne des pistes pour son projet. Écouter n’est pas promettre.',
      source: 'Leçon Autodétermination, § Noter avec les mots de la personne',
    }),
    vraiFaux({
      id: 'souhait-impossible',
      enonce:
        'Clément, à l’atelier entretien des locaux, vous dit qu’il voudrait « conduire des camions ». L’atelier ne peut rien lui proposer de tel. Mieux vaut ne pas noter ce souhait, pour ne pas lui donner de faux espoirs.',
      criteres: ['B1.C3.CR1'],
      reponse: false,
      feedback: {
        vrai: 'Non : ne pas noter un souhait, c’est perdre une information utile pour son projet. Ce qui attire Clément (la route, les machines, l’autonomie ?) peut ouvrir des pistes concrètes. On peut noter sans promettre.',
        faux: 'Exact : vous notez le souhait avec ses mots, vous lui dites ce que vous allez en faire, et vous expliquez honnêtement ce qui est possible maintenant.',
      },
      explication:
        'Recueillir une attente engage à y répondre : noter le souhait avec les mots de la personne, dire à qui on le transmet, quand on reviendra vers elle, et expliquer un refus éventuel. Un souhait non noté apprend à la personne que sa parole ne compte pas.',
      source: 'Leçon Autodétermination, § Noter avec les mots de la personne ; § Répondre, même quand c’est non',
    }),
    choixUnique({
      id: 'refus-plonge',
      enonce:
        'En restauration collective, Nadia refuse depuis trois jours d’aller au poste de plonge, alors que tout le monde y passe à tour de rôle. Que faites-vous ?',
      criteres: ['B1.C3.CR1', 'B1.C3.CR3'],
      options: [
        {
          id: 'a',
          texte: 'Vous lui rappelez que la rotation est la même pour tous, par équité envers l’équipe.',
          feedback:
            'La règle peut exister, mais la rappeler sans chercher ce qui se passe laisse l’obstacle en place et le conflit grandir.',
        },
        {
          id: 'b',
          texte: 'Vous la dispensez de plonge cette semaine, pour respecter son refus sans conflit.',
          feedback:
            'Décider seul, même pour l’arranger, c’est choisir à sa place, sans savoir ce qui la gêne ni ce qu’elle souhaite.',
        },
        {
          id: 'c',
          texte: 'Vous prenez un moment avec elle pour comprendre ce qui la gêne à la plonge.',
          feedback:
            'Oui : un refus est une information. L’obstacle qu’elle nomme (bruit, chaleur, peur de se couper) est peut-être facile à lever, avec elle.',
        },
      ],
      reponse: 'c',
      explication:
        'Avant de rappeler une règle, on cherche avec la personne ce qui la bloque. Le pouvoir d’agir commence par un obstacle nommé par la personne elle-même.',
      source: 'Leçon Autodétermination, § Ce qui change dans les gestes du moniteur',
    }),
    vraiFaux({
      id: 'demander-aide-autodetermine',
      enonce:
        'Julie, en conditionnement, ne maîtrise pas encore le nouveau gabarit. Elle vient vous demander de lui remontrer le réglage. Selon le modèle de Wehmeyer, cette demande peut être un comportement autodéterminé.',
      criteres: ['B1.C3.CR2'],
      reponse: true,
      feedback: {
        vrai: 'Exact : l’autodétermination n’est pas « faire tout seul ». Julie sait ce qui lui manque et décide de le demander : c’est un choix autodéterminé.',
        faux: 'En fait si : demander de l’aide, c’est connaître ses besoins et agir pour y répondre. Se débrouiller seule avec un réglage mal compris n’aurait pas été plus autodéterminé.',
      },
      explication:
        'Pour Wehmeyer, l’autodétermination consiste à être l’acteur principal de sa vie, pas à tout faire seul : demander un soutien peut en être l’expression. Le moniteur accueille ces demandes comme une occasion d’apprendre, pas comme un manque d’autonomie.',
      source: 'Wehmeyer (1996, 1999) ; leçon Autodétermination, § Une définition',
    }),
    association({
      id: 'quatre-caracteristiques',
      enonce:
        'Associez chaque caractéristique du comportement autodéterminé (modèle de Wehmeyer) à la situation d’atelier qui l’illustre.',
      criteres: ['B1.C3.CR2'],
      gauche: [
        {
          id: 'g1',
          texte: 'Autonomie',
          feedback: 'Agir selon ses préférences et ses intérêts : Mehdi organise son travail comme il le préfère.',
        },
        {
          id: 'g2',
          texte: 'Autorégulation',
          feedback: 'Observer ce qu’on fait et s’ajuster : Julie vérifie son comptage et ralentit quand elle se trompe.',
        },
        {
          id: 'g3',
          texte: 'Empowerment psychologique',
          feedback: 'Croire qu’on peut agir et que ses actions ont un effet : Sami est sûr qu’en s’entraînant il saura utiliser la trancheuse.',
        },
        {
          id: 'g4',
          texte: 'Autoréalisation',
          feedback: 'Se connaître, ses forces et ses limites : Nora sait à quel poste elle est le plus à l’aise et pourquoi.',
        },
      ],
      droite: [
        { id: 'd1', texte: 'En menuiserie, Mehdi décide de poncer toutes ses pièces avant de les percer, comme il le préfère' },
        { id: 'd2', texte: 'Julie recompte ses sachets toutes les dix pièces et ralentit quand elle trouve une erreur' },
        { id: 'd3', texte: 'Sami est sûr qu’avec de l’entraînement il saura utiliser la trancheuse de la cuisine' },
        { id: 'd4', texte: 'Nora explique qu’elle est plus à l’aise au pliage qu’à la calandre, parce que la chaleur la fatigue' },
        { id: 'd5', texte: 'Paul refuse toute aide et fait tout seul, même quand il se trompe' },
      ],
      paires: { g1: 'd1', g2: 'd2', g3: 'd3', g4: 'd4' },
      explication:
        'Wehmeyer décrit quatre caractéristiques du comportement autodéterminé : autonomie (agir selon ses préférences), autorégulation (s’observer et s’ajuster), empowerment psychologique (croire en l’effet de ses actions) et autoréalisation (se connaître). Refuser toute aide n’en fait pas partie : l’autodétermination n’est pas « faire tout seul ».',
      source: 'Wehmeyer (1996, 1999) ; leçon Autodétermination, § Quatre caractéristiques',
    }),
    choixUnique({
      id: 'repartition-lundi',
      enonce:
        'Chaque lundi matin, en conditionnement, vous affectez vous-même chacun à un poste. Quelle évolution crée le plus d’occasions de choisir ?',
      criteres: ['B1.C3.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Afficher les postes du jour, laisser chacun se positionner, puis ajuster ensemble.',
          feedback:
            'Oui : chacun choisit, et les manques se règlent collectivement. Vous gardez la responsabilité de la commande.',
        },
        {
          id: 'b',
          texte: 'Tirer les postes au sort chaque lundi, pour que ce soit juste pour tout le monde.',
          feedback: 'Le hasard est égalitaire, mais personne ne choisit : il ne crée aucune occasion de décider.',
        },
        {
          id: 'c',
          texte: 'Laisser les plus anciens choisir leur poste, puis affecter vous-même les autres.',
          feedback: 'Seuls quelques-uns choisissent : les autres restent dans la même situation qu’avant.',
        },
        {
          id: 'd',
          texte: 'Garder votre répartition, mais expliquer à chacun pourquoi il est à ce poste.',
          feedback: 'Expliquer est un progrès, mais la décision reste la vôtre : la personne n’a pas l’occasion de choisir.',
        },
      ],
      reponse: 'a',
      explication:
        'L’autodétermination dépend des occasions de choisir que l’environnement offre. Afficher les postes et laisser chacun se positionner en crée une chaque semaine, sans renoncer aux engagements de production.',
      source: 'Leçon Autodétermination, § Des occasions de choisir au quotidien',
    }),
    choixUnique({
      id: 'erreurs-etiquetage',
      enonce:
        'Lucas fait régulièrement des erreurs d’étiquetage sur les cartons. Quel geste soutient son autorégulation ?',
      criteres: ['B1.C3.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Recontrôler vous-même ses cartons, en lui expliquant chaque erreur trouvée.',
          feedback:
            'La qualité est assurée et l’intention est pédagogique, mais c’est vous qui contrôlez à sa place : Lucas ne progresse pas dans le contrôle de son travail.',
        },
        {
          id: 'b',
          texte: 'Construire avec lui une fiche d’autocontrôle avec la photo d’une étiquette conforme.',
          feedback:
            'Oui : Lucas observe son propre travail, le compare à un repère et corrige lui-même. C’est exactement l’autorégulation.',
        },
        {
          id: 'c',
          texte: 'Lui proposer un poste où il se trompe moins, le temps qu’il reprenne confiance en lui.',
          feedback:
            'Le déplacer règle le problème pour l’atelier, pas pour Lucas, et ne lui apprend pas à repérer lui-même ses erreurs.',
        },
      ],
      reponse: 'b',
      explication:
        'L’autorégulation consiste à se fixer un objectif, observer ce qu’on fait et s’ajuster. Une fiche d’autocontrôle donne à la personne un repère pour le faire seule.',
      source: 'Wehmeyer (1996, 1999) ; leçon Autodétermination, § Des occasions de choisir au quotidien',
    }),
    choixMultiples({
      id: 'occasions-de-decider',
      enonce: 'Quelles pratiques créent, dans l’atelier de menuiserie, de vraies occasions de décider ?',
      criteres: ['B1.C3.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Expliquer à chacun, le lundi, pourquoi vous l’avez mis à son poste',
          feedback: 'Non : expliquer une décision est utile, mais la décision reste la vôtre.',
        },
        {
          id: 'b',
          texte: 'Faire voter l’équipe sur l’organisation que vous avez déjà arrêtée',
          feedback: 'Non : un vote dont le résultat est décidé d’avance n’est pas un choix ; l’équipe le sent vite.',
        },
        {
          id: 'c',
          texte: 'Laisser l’équipe proposer l’organisation d’une petite série, puis la tester',
          feedback: 'Oui : l’équipe décide de son organisation, l’essaie et l’ajuste, dans le cadre de la commande.',
        },
        {
          id: 'd',
          texte: 'Demander aux plus anciens de choisir les outils pour toute l’équipe',
          feedback: 'Non : quelques-uns décident pour les autres ; la plupart n’ont toujours pas l’occasion de choisir.',
        },
        {
          id: 'e',
          texte: 'Laisser un travailleur non formé régler seul la scie à ruban, s’il le souhaite',
          feedback: 'Non : la sécurité n’est pas négociable. Il peut en revanche choisir de demander la formation.',
        },
      ],
      reponses: ['c'],
      explication:
        'Les occasions de choisir se créent dans le travail quotidien (organisation, outils, vie de l’atelier), à l’intérieur d’un cadre de sécurité que l’on explique. Un choix réservé à quelques-uns, décidé d’avance ou seulement expliqué n’en est pas un.',
      source: 'Leçon Autodétermination, § Des occasions de choisir au quotidien',
    }),
    vraiFaux({
      id: 'choix-moins-efficace',
      enonce:
        'Laisser une personne faire un choix qui vous paraît moins efficace pour la production peut faire partie de votre rôle de moniteur.',
      criteres: ['B1.C3.CR2'],
      reponse: true,
      feedback: {
        vrai: 'Exact : tant que la sécurité et les engagements envers le client sont tenus, la personne peut organiser son travail autrement que vous.',
        faux: 'En fait si : soutenir l’autodétermination, c’est accepter que la personne décide, même si vous auriez fait autrement, dans un cadre sûr.',
      },
      explication:
        'Ce qui compte, c’est de tenir les engagements de production et la sécurité, pas que chacun fasse comme le moniteur l’aurait fait. Le droit d’essayer, et de se tromper, fait grandir l’autodétermination.',
      source: 'Leçon Autodétermination, § Ce qui change dans les gestes du moniteur',
    }),
    texteATrous({
      id: 'definition-pouvoir-agir',
      enonce:
        'Leïla, à l’atelier maraîchage, voudrait tenir le stand de vente au marché, mais elle a peur de se tromper en rendant la monnaie. Complétez la note de sa monitrice, qui suit l’approche du pouvoir d’agir de Yann Le Bossé.',
      criteres: ['B1.C3.CR3'],
      texte:
        'Tenir le stand est le souhait de Leïla : l’objectif vient de la [[personne]], pas de moi. Sa peur de se tromper en rendant la monnaie est l’[[obstacle]] concret à lever. Je ne lui donne pas le pouvoir d’agir : je crée les [[conditions]] qui lui permettent d’essayer, par exemple une fiche avec les photos des pièces et un premier marché en binôme.',
      trous: {
        personne: {
          acceptees: ['personne', 'travailleuse', 'personne accompagnée', 'personne accompagnee'],
          feedback: 'C’est la personne qui définit ce qui compte pour elle, pas l’accompagnant : sinon le pouvoir d’agir devient un « devoir d’agir ».',
        },
        conditions: {
          acceptees: ['conditions', 'condition'],
          feedback: 'Le rôle de l’accompagnant est de créer des conditions, pas de prescrire une action ni de la faire à la place.',
        },
        obstacle: {
          acceptees: ['obstacle', 'obstacles', 'frein', 'blocage'],
          feedback: 'On part d’un obstacle concret, qui peut tenir à la personne ou à son environnement.',
        },
      },
      explication:
        'Pour Yann Le Bossé (université Laval), le développement du pouvoir d’agir est le processus par lequel une personne gagne une possibilité concrète d’agir sur ce qui compte pour elle. L’accompagnant ne « donne » pas ce pouvoir : il crée les conditions pour lever un obstacle concret, sans prescrire, donc sans transformer ce pouvoir en « devoir d’agir ».',
      source: 'Le Bossé (1998, 2012) ; leçon Autodétermination, § L’approche de Yann Le Bossé',
    }),
    choixUnique({
      id: 'bilal-bus',
      enonce:
        'Bilal, de l’équipe espaces verts, voudrait venir seul en bus plutôt qu’avec le transport de l’établissement. Il a peur de rater la correspondance. Que faites-vous ?',
      criteres: ['B1.C3.CR3'],
      options: [
        {
          id: 'a',
          texte: 'Vous lui déconseillez ce projet : rater une correspondance le mettrait en difficulté.',
          feedback:
            'Le protéger de tout risque, c’est décider à sa place. Son inquiétude est un obstacle à travailler, pas une raison de renoncer.',
        },
        {
          id: 'b',
          texte: 'Vous cherchez avec lui ce qui l’aiderait (trajet d’essai, horaires en images) et il décide.',
          feedback:
            'Oui : vous aidez à lever l’obstacle qu’il a nommé, et la décision d’essayer reste la sienne.',
        },
        {
          id: 'c',
          texte: 'Vous préparez tout son trajet avec l’équipe et fixez vous-même la date de son premier voyage seul.',
          feedback:
            'Vous faites à sa place : le projet devient le vôtre, et Bilal n’a plus de prise sur ce qui le concerne.',
        },
        {
          id: 'd',
          texte: 'Vous proposez à sa famille de l’accompagner en bus, pour qu’il soit rassuré.',
          feedback:
            'L’intention est bienveillante, mais vous décidez avec sa famille, sans lui, de la solution à son problème.',
        },
      ],
      reponse: 'b',
      explication:
        'Soutenir le pouvoir d’agir, c’est aider la personne à agir sur un obstacle qui compte pour elle, en mobilisant ses ressources et celles de l’environnement, sans décider à sa place.',
      source: 'Le Bossé (2012) ; leçon Autodétermination, § Un exemple pas à pas',
    }),
    vraiFaux({
      id: 'fixer-objectifs',
      enonce:
        'Soutenir le pouvoir d’agir d’une personne, c’est lui fixer des objectifs d’autonomie et l’encourager à les atteindre.',
      criteres: ['B1.C3.CR3'],
      reponse: false,
      feedback: {
        vrai: 'Non : fixer les objectifs à sa place transforme le pouvoir d’agir en « devoir d’agir ». C’est la personne qui définit ce qui compte pour elle.',
        faux: 'Exact : l’accompagnant aide la personne à formuler ses propres objectifs et à lever les obstacles qu’elle rencontre.',
      },
      explication:
        'Pour Le Bossé, le pouvoir d’agir porte sur ce qui compte pour la personne. Prescrire des objectifs, même bien intentionnés, le transforme en injonction.',
      source: 'Le Bossé (1998, 2012)',
    }),
    ordre({
      id: 'etapes-pouvoir-agir',
      enonce:
        'Karim, en blanchisserie, vous dit qu’il « n’en peut plus » d’arriver une heure avant l’ouverture à cause des horaires du transport. Remettez dans l’ordre la démarche pour l’aider à agir sur cette situation.',
      criteres: ['B1.C3.CR3'],
      etapes: [
        {
          id: 'e1',
          texte: 'Clarifier avec lui ce qui lui pose problème, avec ses mots',
          feedback: 'On part de la façon dont Karim voit la situation, pas de celle de l’équipe.',
        },
        {
          id: 'e2',
          texte: 'À partir de ce problème, définir avec lui le changement qu’il souhaite',
          feedback: 'C’est lui qui dit ce qu’il veut voir changer.',
        },
        {
          id: 'e3',
          texte: 'Repérer ensemble les obstacles concrets et les ressources disponibles',
          feedback: 'Obstacles et ressources se trouvent chez la personne et dans son environnement (horaires, transport, règles).',
        },
        {
          id: 'e4',
          texte: 'Choisir avec lui une première action à sa portée',
          feedback: 'Une première action réaliste, qu’il choisit, rend le changement possible.',
        },
        {
          id: 'e5',
          texte: 'Faire le point ensemble sur ce qui a changé',
          feedback: 'Le bilan partagé permet de décider de la suite.',
        },
      ],
      explication:
        'Pour soutenir le pouvoir d’agir, on part du problème tel que la personne le définit, puis du changement qu’elle souhaite, avant de chercher obstacles, ressources et actions ; le bilan se fait avec elle. À aucun moment le moniteur ne décide à sa place.',
      source: 'Leçon Autodétermination, § Un exemple pas à pas (démarche inspirée de Le Bossé)',
    }),
  ],
});
