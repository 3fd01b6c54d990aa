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
  id: 'animer-collectif',
  titre: 'Animer le collectif de travail',
  description:
    'Quinze questions sur l’entraide et le tutorat entre pairs, les temps d’échange, la gestion des conflits et les droits collectifs des travailleurs d’ESAT.',
  bloc: 'B2',
  questions: [
    choixUnique({
      id: 'lancer-tutorat',
      enonce:
        'À la blanchisserie, Jordan, arrivé depuis une semaine, n’arrive pas à plier les draps-housses. Fatou, très expérimentée, aide déjà tout le monde sans qu’on le lui demande. Pour développer l’entraide dans l’équipe, que faites-vous en premier ?',
      criteres: ['B2.C5.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Vous annoncez au point du matin que Fatou sera la tutrice de Jordan, pour valoriser son aide.',
          feedback: 'La reconnaissance est juste, mais annoncer avant de demander impose un rôle à Fatou : un tutorat non choisi devient vite une charge.',
        },
        {
          id: 'b',
          texte: 'Vous laissez l’entraide se faire d’elle-même, puisque Fatou aide déjà tout le monde.',
          feedback: 'L’entraide spontanée est précieuse, mais sans cadre, Fatou s’épuise et prend du retard sans que ce soit reconnu.',
        },
        {
          id: 'c',
          texte: 'Vous vérifiez que Fatou est volontaire, puis fixez avec elle quoi transmettre et quand.',
          feedback: 'Oui : l’accord de la personne et un cadre clair (objet, durée, moments) sont les bases d’un tutorat entre pairs.',
        },
        {
          id: 'd',
          texte: 'Vous montrez vous-même le pliage à Jordan, pour ne pas alourdir la journée de Fatou.',
          feedback: 'C’est possible, mais vous passez à côté d’une occasion de reconnaître le savoir-faire de Fatou et de développer l’entraide.',
        },
      ],
      reponse: 'c',
      explication:
        'Le tutorat entre pairs développe l’entraide voulue par la Fiche Métier (2024) ; il repose sur l’accord du tuteur et un cadre défini par le moniteur, qui garde la sécurité et l’évaluation.',
      source: 'Fiche Métier CPNE-FP 2024 ; leçon Animer le collectif, § Le tutorat entre pairs',
    }),
    choixMultiples({
      id: 'conditions-tutorat',
      enonce: 'Quelles conditions aident un tutorat entre pairs à bien fonctionner dans un atelier ?',
      criteres: ['B2.C5.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Définir ce que le tuteur transmet et pendant combien de temps',
          feedback: 'Oui : un objet et une durée précis évitent que le tutorat déborde sur tout.',
        },
        {
          id: 'b',
          texte: 'Ajuster l’objectif de production du tuteur pendant le tutorat',
          feedback: 'Oui : transmettre prend du temps ; ne pas en tenir compte pénalise celui qui aide.',
        },
        {
          id: 'c',
          texte: 'Confier au tuteur l’évaluation et les consignes de sécurité du nouveau',
          feedback: 'Non : l’évaluation et la sécurité restent la responsabilité du moniteur.',
        },
        {
          id: 'd',
          texte: 'Faire tourner le rôle de tuteur entre plusieurs personnes au fil du temps',
          feedback: 'Oui : chacun peut un jour transmettre ce qu’il sait, et la charge est partagée.',
        },
      ],
      reponses: ['a', 'b', 'd'],
      explication:
        'Un tutorat entre pairs réussi est choisi, cadré (objet, durée), reconnu dans la charge de travail et partagé. Le moniteur garde la sécurité et l’évaluation.',
      source: 'leçon Animer le collectif, § Le tutorat entre pairs',
    }),
    choixUnique({
      id: 'valoriser-precis',
      enonce:
        'Les piles de linge de Salomé sont impeccables ce matin. Quelle phrase de valorisation est la plus utile pour elle et pour l’équipe ?',
      criteres: ['B2.C5.CR1'],
      options: [
        {
          id: 'a',
          texte: '« Bravo Salomé, vous êtes la plus soigneuse de l’atelier : que chacun s’en inspire ! »',
          feedback: 'Le compliment est sincère, mais il compare Salomé aux autres et ne dit pas ce qui est réussi.',
        },
        {
          id: 'b',
          texte: '« Merci Salomé, c’est vraiment du très bon travail ce matin, continuez comme ça. »',
          feedback: 'C’est encourageant, mais trop vague pour savoir ce qu’il faut refaire.',
        },
        {
          id: 'c',
          texte: '« Piles droites, étiquettes visibles : le client pourra ranger sans rien déplier. »',
          feedback: 'Oui : la valorisation dit précisément ce qui est réussi et pourquoi cela compte pour le client.',
        },
      ],
      reponse: 'c',
      explication:
        'Une valorisation utile est précise et sincère : elle porte sur le geste ou le résultat, et montre à quoi il sert, sans mettre les personnes en compétition. Elle se dit en vouvoyant, comme toute parole adressée à un adulte de l’équipe.',
      source: 'leçon Animer le collectif, § Valoriser le travail',
    }),
    vraiFaux({
      id: 'charge-du-tuteur',
      enonce:
        'Pendant qu’elle accompagne Jordan, il est normal que la production de Fatou baisse : son objectif de la semaine doit être ajusté.',
      criteres: ['B2.C5.CR1'],
      reponse: true,
      feedback: {
        vrai: 'Exact : transmettre prend du temps. Reconnaître ce temps montre que l’entraide compte autant que la quantité produite.',
        faux: 'Si : ne pas ajuster l’objectif reviendrait à pénaliser la personne qui aide, et à décourager l’entraide.',
      },
      explication:
        'Le climat d’entraide se construit aussi par l’organisation : le temps passé à aider un collègue est du travail, qui se prévoit dans les objectifs.',
      source: 'leçon Animer le collectif, § Le tutorat entre pairs',
    }),
    choixUnique({
      id: 'personne-silencieuse',
      enonce:
        'Au point d’équipe du matin, Louis ne dit jamais rien. Un jour, vous le voyez montrer à un collègue une astuce pour gagner du temps au collage. Que faites-vous ?',
      criteres: ['B2.C5.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Au prochain point, vous lui demandez devant tous d’expliquer son astuce.',
          feedback: 'L’intention est bonne, mais le mettre en avant sans l’avoir prévenu risque de le bloquer.',
        },
        {
          id: 'b',
          texte: 'Vous lui proposez en privé de présenter son astuce au point, à sa façon.',
          feedback: 'Oui : vous lui laissez le choix de participer et de la façon de le faire (parler, montrer le geste), et vous valorisez son idée.',
        },
        {
          id: 'c',
          texte: 'Au prochain point, vous présentez vous-même son astuce, pour l’épargner.',
          feedback: 'L’idée circule, mais Louis n’a pas eu l’occasion de s’exprimer ni d’être reconnu comme son auteur.',
        },
      ],
      reponse: 'b',
      explication:
        'Faire parler chacun, c’est proposer plusieurs façons de s’exprimer (oral, démonstration, cartes, petit mot) et laisser la personne choisir, sans la forcer.',
      source: 'leçon Animer le collectif, § Faire parler chacun',
    }),
    choixMultiples({
      id: 'point-equipe-utile',
      enonce: 'Parmi ces pratiques, lesquelles rendent un point d’équipe utile et accessible à tous ?',
      criteres: ['B2.C5.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Un tour de table où chacun doit dire au moins une idée, pour que tous participent',
          feedback: 'Non : obliger à parler met en difficulté ceux qui s’expriment peu à l’oral. Chacun a sa place, avec le droit de dire « je passe ».',
        },
        {
          id: 'b',
          texte: 'Un point de dix minutes chaque matin, à heure fixe, avec une trame stable',
          feedback: 'Oui : court et régulier, il devient un repère que chacun peut préparer.',
        },
        {
          id: 'c',
          texte: 'Une réunion d’une heure par mois, pour traiter tous les sujets en une fois',
          feedback: 'Non : une réunion longue et rare fatigue et ne permet pas de traiter les difficultés au fil de l’eau.',
        },
        {
          id: 'd',
          texte: 'Un point où vous présentez la journée ; les questions attendent la pause',
          feedback: 'Non : c’est une transmission de consignes, pas un temps d’échange.',
        },
        {
          id: 'e',
          texte: 'Un point où les idées sont notées au tableau, à reprendre quand il y aura le temps',
          feedback: 'Non : une idée sans réponse décourage la suivante ; chaque idée reçoit une réponse, même « pas maintenant, parce que… ».',
        },
      ],
      reponses: ['b'],
      explication:
        'Les temps d’échange les plus utiles sont courts, réguliers, suivent une trame stable, donnent la parole à chacun sans l’imposer et répondent à chaque idée.',
      source: 'leçon Animer le collectif, § Des temps d’échange courts et réguliers',
    }),
    vraiFaux({
      id: 'textes-droits-collectifs',
      enonce:
        'En ESAT, le délégué des travailleurs et l’instance mixte ont été créés par le décret n° 2022-1561 ; le droit d’expression directe et collective a été ouvert ensuite, par la loi n° 2023-1196 pour le plein emploi.',
      criteres: ['B2.C5.CR2'],
      reponse: true,
      feedback: {
        vrai: 'Exact : deux textes, deux étapes. Le décret de décembre 2022 crée le délégué et l’instance mixte ; la loi de décembre 2023 rend applicables en ESAT plusieurs droits du code du travail, dont l’expression directe et collective.',
        faux: 'Si : c’est bien dans cet ordre. Le décret n° 2022-1561 n’a pas créé le droit d’expression directe et collective ; il vient de la loi n° 2023-1196.',
      },
      explication:
        'Deux textes à ne pas confondre : le décret n° 2022-1561 (délégué des travailleurs, instance mixte) et la loi n° 2023-1196 (droit syndical, expression directe et collective, droit de grève, droit d’alerte et de retrait, CASF art. L344-2-6).',
      source: 'loi n° 2023-1196 ; CASF art. L344-2-6 ; décret n° 2022-1561',
    }),
    association({
      id: 'situations-et-droits',
      enonce: 'Associez chaque situation vécue dans un ESAT au droit ou au rôle qu’elle met en jeu.',
      criteres: ['B2.C5.CR2'],
      gauche: [
        {
          id: 'g1',
          texte: 'Maria souhaite adhérer à un syndicat',
          feedback: 'C’est le droit syndical, ouvert aux travailleurs d’ESAT par la loi n° 2023-1196.',
        },
        {
          id: 'g2',
          texte: 'L’équipe donne son avis sur l’organisation des postes lors d’un temps prévu par l’établissement',
          feedback: 'C’est le droit d’expression directe et collective : les travailleurs s’expriment eux-mêmes, en groupe, sur leur travail.',
        },
        {
          id: 'g3',
          texte: 'Djamel porte à la direction la réclamation d’un collègue sur ses congés',
          feedback: 'C’est le rôle du délégué des travailleurs, créé par le décret n° 2022-1561.',
        },
        {
          id: 'g4',
          texte: 'Une partie de l’équipe cesse le travail pour soutenir une revendication',
          feedback: 'C’est le droit de grève, applicable en ESAT depuis la loi n° 2023-1196.',
        },
      ],
      droite: [
        { id: 'd1', texte: 'Droit syndical' },
        { id: 'd2', texte: 'Droit d’expression directe et collective' },
        { id: 'd3', texte: 'Délégué des travailleurs' },
        { id: 'd4', texte: 'Droit de grève' },
        { id: 'd5', texte: 'Droit d’alerte et de retrait' },
      ],
      paires: { g1: 'd1', g2: 'd2', g3: 'd3', g4: 'd4' },
      explication:
        'Les droits collectifs des travailleurs d’ESAT se sont rapprochés du droit commun : délégué et instance mixte (décret n° 2022-1561), puis droit syndical, expression directe et collective, grève, alerte et retrait (loi n° 2023-1196).',
      source: 'loi n° 2023-1196 ; CASF art. L344-2-6 ; décret n° 2022-1561',
    }),
    choixUnique({
      id: 'greve-atelier',
      enonce:
        'Jeudi matin, quatre travailleurs sur dix de l’atelier conditionnement font grève. Une commande doit partir le soir. Quelle est la bonne attitude ?',
      criteres: ['B2.C5.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Vous appelez les grévistes pour leur expliquer que la commande du soir risque d’être en retard.',
          feedback: 'Même dit avec douceur, c’est une pression sur l’exercice d’un droit, applicable en ESAT depuis la loi n° 2023-1196.',
        },
        {
          id: 'b',
          texte: 'Vous organisez la production avec les présents et informez votre hiérarchie du retard possible.',
          feedback: 'Oui : vous respectez le droit de grève sans commentaire et laissez la hiérarchie traiter avec le client.',
        },
        {
          id: 'c',
          texte: 'Vous proposez aux présents de se partager le travail des absents, en leur expliquant l’enjeu.',
          feedback: 'Non : faire porter la charge des absents aux présents crée des tensions dans l’équipe ; c’est à la hiérarchie de voir avec le client.',
        },
      ],
      reponse: 'b',
      explication:
        'Le droit de grève s’applique aux travailleurs d’ESAT depuis la loi n° 2023-1196. Le moniteur ne dissuade pas et ne reproche rien ; il adapte la production et informe sa hiérarchie.',
      source: 'loi du 18 décembre 2023 pour le plein emploi (n° 2023-1196) ; leçon Animer le collectif, § Ce que cela change dans l’animation',
    }),
    texteATrous({
      id: 'expression-directe-trous',
      enonce: 'Complétez ce que signifie le droit d’expression directe et collective.',
      criteres: ['B2.C5.CR2'],
      texte:
        '« Directe » veut dire que chaque personne s’exprime elle-même, sans passer par un [[intermediaire]]. « Collective » veut dire que l’expression se fait en [[groupe]], lors de temps organisés. En ESAT, ce droit a été ouvert aux travailleurs par la loi pour le plein emploi de [[annee]].',
      trous: {
        intermediaire: {
          acceptees: ['intermédiaire', 'représentant', 'représentante', 'représentants', 'délégué', 'porte-parole'],
          feedback: 'Sans intermédiaire : ni délégué ni représentant ne parle à la place des travailleurs.',
        },
        groupe: {
          acceptees: ['groupe', 'équipe', 'collectif', 'commun'],
          feedback: 'En groupe : l’équipe s’exprime ensemble sur son travail.',
        },
        annee: {
          acceptees: ['2023'],
          feedback: 'Il s’agit de la loi n° 2023-1196 du 18 décembre 2023.',
        },
      },
      explication:
        'La loi n° 2023-1196 du 18 décembre 2023 (CASF art. L344-2-6) a rendu applicable aux travailleurs d’ESAT le droit d’expression directe et collective du code du travail. Ce droit ne vient pas du décret n° 2022-1561, qui a créé le délégué des travailleurs et l’instance mixte.',
      source: 'loi n° 2023-1196 ; CASF art. L344-2-6',
    }),
    ordre({
      id: 'etapes-conflit',
      enonce:
        'Nathalie et Cédric se disputent violemment à la calandre. Remettez dans l’ordre les étapes de votre intervention.',
      criteres: ['B2.C5.CR3'],
      etapes: [
        {
          id: 'e1',
          texte: 'Apaiser et séparer les personnes, arrêter le poste',
          feedback: 'D’abord la sécurité et le calme : on ne discute pas au milieu d’une dispute.',
        },
        {
          id: 'e2',
          texte: 'Écouter chaque personne séparément, au calme',
          feedback: 'Chacun doit pouvoir dire sa version sans être interrompu par l’autre.',
        },
        {
          id: 'e3',
          texte: 'Revenir aux faits et reformuler ce qui s’est passé',
          feedback: 'Les faits permettent de sortir des accusations.',
        },
        {
          id: 'e4',
          texte: 'Chercher une solution avec les deux personnes',
          feedback: 'Une solution trouvée avec elles a plus de chances de tenir qu’une solution imposée.',
        },
        {
          id: 'e5',
          texte: 'Faire un point avec elles quelques jours plus tard',
          feedback: 'Le suivi vérifie que l’accord tient et montre que vous prenez la situation au sérieux.',
        },
      ],
      explication:
        'Gérer un conflit suit un ordre : apaiser, écouter séparément, revenir aux faits, construire une solution avec les personnes, suivre, puis transmettre par écrit à l’équipe.',
      source: 'leçon Animer le collectif, § Quand le conflit éclate',
    }),
    choixMultiples({
      id: 'prevenir-tensions',
      enonce:
        'À la blanchisserie, les disputes pour la calandre reviennent chaque semaine. Quelles mesures préviennent ces tensions ?',
      criteres: ['B2.C5.CR3'],
      options: [
        {
          id: 'a',
          texte: 'Un tableau de rotation des postes décidé avec l’équipe et affiché',
          feedback: 'Oui : une répartition transparente, décidée ensemble, retire l’une des causes de conflit.',
        },
        {
          id: 'b',
          texte: 'Des règles de vie de l’atelier construites avec les travailleurs',
          feedback: 'Oui : des règles construites ensemble sont mieux comprises et mieux respectées.',
        },
        {
          id: 'c',
          texte: 'Attribuer chaque semaine la calandre à qui la demande le premier',
          feedback: 'Non : la règle paraît simple, mais elle récompense les plus rapides à demander et transforme le lundi en course ; les autres se sentent lésés.',
        },
        {
          id: 'd',
          texte: 'Repérer les signes de fatigue et d’agacement et en parler tôt',
          feedback: 'Oui : observer les signaux faibles permet d’agir avant la dispute.',
        },
      ],
      reponses: ['a', 'b', 'd'],
      explication:
        'Beaucoup de conflits naissent de l’organisation : répartition perçue comme injuste, règles floues, fatigue. Les prévenir, c’est agir sur ces causes avec l’équipe.',
      source: 'leçon Animer le collectif, § Prévenir',
    }),
    choixUnique({
      id: 'premier-geste-dispute',
      enonce:
        'Cédric crie sur Nathalie et jette une pile de draps. Les autres s’arrêtent de travailler. Que faites-vous d’abord ?',
      criteres: ['B2.C5.CR3'],
      options: [
        {
          id: 'a',
          texte: 'D’une voix calme, vous proposez à Cédric de sortir un moment avec vous.',
          feedback: 'Oui : apaiser et séparer d’abord, en baissant vous-même le ton et sans vous interposer physiquement ; l’écoute de chacun viendra au calme.',
        },
        {
          id: 'b',
          texte: 'Vous demandez aux deux, devant l’équipe, qui a commencé, pour être juste.',
          feedback: 'Chercher un responsable en public humilie et fait monter la tension, même avec le souci d’être juste.',
        },
        {
          id: 'c',
          texte: 'Vous laissez passer quelques minutes pour qu’ils se calment d’eux-mêmes.',
          feedback: 'Ne rien faire laisse le groupe sans repère et peut mener à un geste plus grave.',
        },
        {
          id: 'd',
          texte: 'Vous annoncez à Cédric, devant le groupe, qu’il sera sanctionné.',
          feedback: 'Sanctionner à chaud, en public, fait monter la tension ; la suite se décide après l’écoute, selon les procédures de l’établissement.',
        },
      ],
      reponse: 'a',
      explication:
        'Le premier temps d’un conflit est d’apaiser et de mettre en sécurité : baisser le ton, séparer les personnes, arrêter le poste si besoin. L’écoute séparée, le retour aux faits et la recherche de solution viennent ensuite.',
      source: 'leçon Animer le collectif, § Quand le conflit éclate',
    }),
    choixUnique({
      id: 'note-factuelle',
      enonce: 'Après la dispute, vous écrivez une note de transmission pour l’équipe pluriprofessionnelle. Quelle formulation choisissez-vous ?',
      criteres: ['B2.C5.CR3'],
      options: [
        {
          id: 'a',
          texte: '« 8 h 10, calandre : cris, draps jetés, pas de coup. Entretien avec chacun à 8 h 30. »',
          feedback: 'Oui : la note est factuelle, datée, et dit ce qui a été fait.',
        },
        {
          id: 'b',
          texte: '« Cédric a encore été agressif avec Nathalie, comme souvent ; il faudrait en reparler. »',
          feedback: 'Ce sont des jugements (« agressif », « comme souvent ») : ils étiquettent la personne sans dire les faits.',
        },
        {
          id: 'c',
          texte: '« Petit différend à la calandre entre deux travailleurs, réglé sur place, rien à signaler. »',
          feedback: 'Par discrétion, la note ne dit rien : l’équipe ne peut rien en tirer pour accompagner les personnes.',
        },
      ],
      reponse: 'a',
      explication:
        'Une note de transmission décrit des faits observables, datés, et les actions menées ; elle évite les jugements et les étiquettes.',
      source: 'leçon Animer le collectif, § Quand le conflit éclate',
    }),
    vraiFaux({
      id: 'menaces-repetees',
      enonce:
        'Depuis trois semaines, Kévin menace Alix à voix basse presque chaque jour. À chaque fois, vous parvenez à calmer la situation dans l’atelier. Tant que cela suffit, vous n’avez pas à en informer votre hiérarchie ni l’équipe pluriprofessionnelle.',
      criteres: ['B2.C5.CR3'],
      reponse: false,
      feedback: {
        vrai: 'Non : calmer chaque épisode ne règle pas des menaces qui se répètent. Vous protégez Alix et informez la hiérarchie et l’équipe pluriprofessionnelle, selon les procédures de l’établissement.',
        faux: 'Exact : des menaces répétées dépassent l’atelier, même si chaque épisode se calme. Elles se traitent avec la hiérarchie et l’équipe pluriprofessionnelle, en protégeant Alix.',
      },
      explication:
        'Le moniteur gère les tensions du quotidien ; les situations graves ou répétées se traitent selon les procédures de l’établissement, avec la hiérarchie et l’équipe pluriprofessionnelle.',
      source: 'leçon Animer le collectif, § Quand le conflit éclate',
    }),
  ],
});
