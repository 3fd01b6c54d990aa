import { defineCas } from '#auteur';

export default defineCas({
  id: 'la-calandre-de-theo',
  titre: 'La calandre de Théo',
  description:
    'Transformer une tâche de la blanchisserie en situation apprenante : partir du souhait, analyser l’activité, choisir les conditions, mener une phase réflexive et prévoir l’évaluation.',
  bloc: 'B3',
  contexte:
    'Vous êtes moniteur ou monitrice de la blanchisserie de l’ESAT « Les Genêts ». L’atelier traite le linge plat d’un hôtel et d’une maison de retraite ; l’hôtel attend 300 kg de draps et de nappes jeudi. La calandre, grande machine qui sèche et repasse le linge plat, est conduite par Bernard depuis des années. Théo, 31 ans, plie le linge à la sortie de la calandre depuis trois ans.',
  personnages: [
    { nom: 'Théo', role: 'travailleur au pliage, lit avec difficulté, très attentif aux machines' },
    { nom: 'Bernard', role: 'travailleur expérimenté, conducteur de la calandre' },
    { nom: 'Sandrine', role: 'cheffe d’atelier' },
    { nom: 'Amina', role: 'chargée d’insertion professionnelle' },
  ],
  criteres: ['B3.C1.CR1', 'B3.C2.CR1', 'B3.C2.CR2', 'B3.C3.CR3'],
  debut: 'demande',
  noeuds: [
    {
      type: 'situation',
      id: 'demande',
      titre: 'Lundi, 8 h 30',
      texte:
        'En installant son poste, Théo vous dit : « Je voudrais conduire la calandre, comme Bernard. » Le linge de l’hôtel commence à arriver.',
      choix: [
        {
          id: 'explorer',
          texte:
            'Vous lui proposez un moment après la pause pour en parler : ce qui l’attire, ce qu’il sait déjà de la machine, ce qu’il voudrait savoir faire.',
          suivant: 'analyse',
          consequence:
            'Théo explique qu’il regarde Bernard depuis trois ans et qu’il aimerait « faire les réglages ». Il sait déjà reconnaître un drap mal séché. Vous notez ses mots.',
          feedback:
            'Partir du souhait, l’explorer avec la personne et noter ses mots : c’est le point de départ de tout besoin de développement.',
          scores: { 'B3.C1.CR1': 2 },
        },
        {
          id: 'plus-tard',
          texte: 'Vous lui répondez que ce n’est pas le moment, avec la commande de l’hôtel, et qu’on verra plus tard.',
          suivant: 'relance',
          consequence: 'Théo retourne à son pliage sans rien dire. Aucune date n’a été fixée.',
          feedback:
            'La commande est réelle, mais repousser sans date revient à écarter le souhait. Un rendez-vous précis aurait suffi.',
          scores: { 'B3.C1.CR1': 0 },
        },
        {
          id: 'a-cote-bernard',
          texte: 'Vous lui dites de se mettre à côté de Bernard cette semaine : « Tu verras bien comment il fait. »',
          suivant: 'sur-le-tas',
          consequence: 'Théo est content. Il passe à l’entrée de la calandre, à côté de Bernard, en pleine commande.',
          feedback:
            'Le souhait est entendu, mais rien n’est préparé : ni analyse de l’activité, ni moment choisi, ni formateur désigné.',
          scores: { 'B3.C1.CR1': 1, 'B3.C2.CR2': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'relance',
      titre: 'Deux semaines plus tard',
      texte:
        'Théo plie plus lentement et parle peu. Amina vous apprend qu’il a redit son souhait de conduire la calandre pendant la réunion de son projet personnalisé.',
      choix: [
        {
          id: 'reprendre-entretien',
          texte: 'Vous prenez le temps de parler avec Théo, vous reconnaissez avoir laissé sa demande de côté et vous explorez son souhait.',
          suivant: 'analyse',
          consequence:
            'Théo se détend. Il vous dit qu’il croyait que « la calandre, ce n’était pas pour lui ». Vous notez ce qu’il veut apprendre.',
          feedback:
            'Reconnaître le retard et revenir au souhait de la personne rattrape la situation.',
          scores: { 'B3.C1.CR1': 1 },
        },
        {
          id: 'varier-pliage',
          texte: 'Vous lui proposez de plier les serviettes de table au lieu des draps, pour varier un peu.',
          suivant: 'fin-a-revoir',
          consequence: 'Théo accepte sans enthousiasme. Il ne reparle plus de la calandre.',
          feedback:
            'Varier la tâche ne répond pas au souhait exprimé. La personne comprend que sa demande ne compte pas.',
          scores: { 'B3.C1.CR1': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'analyse',
      titre: 'Le lendemain',
      texte:
        'Vous voulez construire avec Théo une vraie situation d’apprentissage à la calandre. Comment préparez-vous le premier essai ?',
      choix: [
        {
          id: 'observer-bernard',
          texte:
            'Vous observez Bernard deux matinées, vous notez les étapes, ses repères et les moments à risque, puis vous lui proposez d’être tuteur de Théo.',
          suivant: 'moment',
          consequence:
            'Vous découvrez que Bernard baisse la température pour les nappes en polyester et vérifie l’humidité du drap au toucher. Les moments à risque sont l’engagement du linge et le bourrage. Bernard accepte d’être tuteur, si on lui libère du temps.',
          feedback:
            'C’est l’analyse de l’activité : le travail réel, avec ses savoirs cachés et ses risques. Elle précède toute adaptation pédagogique, et le tuteur est désigné à l’avance.',
          scores: { 'B3.C2.CR2': 2 },
        },
        {
          id: 'notice',
          texte: 'Vous remettez à Théo la notice du fabricant et la fiche de poste de la calandre pour qu’il les étudie.',
          suivant: 'moment',
          consequence:
            'Théo rend les documents le lendemain : il n’a pas pu les lire. Vous ne savez toujours pas comment Bernard s’y prend vraiment.',
          feedback:
            'La notice décrit le travail prescrit, pas le travail réel. Et elle n’est pas accessible à Théo.',
          scores: { 'B3.C2.CR2': 0 },
        },
        {
          id: 'bernard-direct',
          texte: 'Vous demandez à Bernard de former Théo comme il l’entend : il connaît la machine mieux que vous.',
          suivant: 'sur-le-tas',
          consequence: 'Bernard accepte, mais il n’a ni temps prévu ni idée précise de ce qu’il doit montrer.',
          feedback:
            'Confier la formation à un pair expérimenté peut être une bonne idée, à condition de la préparer : analyse, objectif, temps dégagé.',
          scores: { 'B3.C2.CR2': 1 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'sur-le-tas',
      titre: 'Jeudi, 11 h',
      texte:
        'Théo a passé trois jours à l’entrée de la calandre à passer le linge à Bernard. Bernard vous glisse : « Il regarde, mais il n’ose rien toucher. Et moi, avec la commande, je n’ai pas le temps d’expliquer. »',
      choix: [
        {
          id: 'restructurer',
          texte:
            'Vous prenez une heure avec Bernard pour analyser les étapes et les risques, vous lui libérez du temps de tuteur et vous reprenez le projet avec Théo.',
          suivant: 'moment',
          consequence: 'Bernard est soulagé. Théo vous dit qu’il avait peur de casser la machine.',
          feedback:
            'Vous passez d’un apprentissage sur le tas à une situation construite : analyse de l’activité, formateur désigné et disponible.',
          scores: { 'B3.C2.CR2': 1 },
        },
        {
          id: 'continuer',
          texte: 'Vous encouragez Théo à continuer d’observer : « Ça viendra avec le temps. »',
          suivant: 'fin-a-revoir',
          consequence: 'Trois semaines passent. Théo n’a toujours rien réglé lui-même et commence à dire que « c’est trop dur ».',
          feedback:
            'Regarder faire, sans essai, sans retour et sans accompagnement, a un potentiel d’apprentissage très faible.',
          scores: { 'B3.C2.CR2': 0, 'B3.C2.CR1': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'moment',
      titre: 'Avant les premiers essais',
      texte:
        'Il faut choisir quand et comment Théo fera ses premiers essais. Chaque semaine, le linge de l’hôtel occupe toute la journée du mercredi ; le vendredi matin est plus calme.',
      choix: [
        {
          id: 'hors-commande',
          texte:
            'Vous prévoyez les essais vendredi matin, hors commande, sur du linge réformé, à vitesse réduite et avec un seul type de linge (le coton).',
          suivant: 'essai',
          consequence: 'Sandrine valide : le vendredi matin, la charge est faible. Bernard sera disponible une heure.',
          feedback:
            'Hors cadence, simplifiée, avec une erreur sans conséquence et un accompagnement prévu : vous augmentez le potentiel d’apprentissage de la situation.',
          scores: { 'B3.C2.CR1': 2 },
        },
        {
          id: 'pendant-commande',
          texte: 'Vous le placez à la calandre mercredi, pendant la commande de l’hôtel : c’est là qu’il verra la vraie vie.',
          suivant: 'rush',
          consequence: 'Mercredi, la cadence est forte et Bernard doit gérer en même temps les nappes et les draps.',
          feedback:
            'La situation réelle viendra en fin de parcours. Au début, la pression de la commande rend l’erreur coûteuse et laisse peu de temps pour comprendre.',
          scores: { 'B3.C2.CR1': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'rush',
      titre: 'Mercredi, 10 h',
      texte:
        'Théo engage une nappe en polyester de l’hôtel alors que la température est réglée pour le coton. La nappe ressort marquée. Théo recule : « Je suis nul, je ne toucherai plus à cette machine. »',
      choix: [
        {
          id: 'rassurer-reorganiser',
          texte:
            'Vous arrêtez l’essai, vous lui dites que l’erreur vient du moment mal choisi, pas de lui, et vous reprogrammez les essais vendredi, hors commande, sur du linge réformé.',
          suivant: 'essai',
          consequence: 'Théo hésite, puis accepte de réessayer vendredi. Vous prévenez l’hôtel pour la nappe abîmée.',
          feedback:
            'Vous assumez le choix de la situation et vous en changez les conditions : l’erreur redevient possible sans conséquence.',
          scores: { 'B3.C2.CR1': 1 },
        },
        {
          id: 'retirer',
          texte: 'Vous le remettez au pliage : « La calandre, ce n’est pas pour toi pour l’instant. »',
          suivant: 'fin-a-revoir',
          consequence: 'Théo retourne plier. Il ne parle plus de la calandre.',
          feedback:
            'Vous attribuez à Théo un échec qui vient des conditions de la situation. Son souhait est abandonné.',
          scores: { 'B3.C2.CR1': 0, 'B3.C1.CR1': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'essai',
      titre: 'Vendredi, 9 h',
      texte:
        'Premier essai sur du linge réformé, avec Bernard à côté. Théo engage bien les draps, mais passe à un lot de polycoton sans changer le réglage. Avec son accord, vous avez pris des photos des étapes. L’essai est terminé.',
      choix: [
        {
          id: 'phase-reflexive',
          texte:
            'Un quart d’heure plus tard, en salle de pause, vous lui demandez de raconter l’essai avec les photos : comment il a fait, à quoi il a vu que le drap était sec, ce qui a été difficile.',
          suivant: 'evaluation',
          consequence:
            'En remettant les photos dans l’ordre, Théo s’arrête : « Là, j’ai oublié de regarder l’étiquette. » Il propose de coller une photo du réglage polycoton près du panneau.',
          feedback:
            'C’est une phase réflexive : un temps séparé de l’essai où Théo analyse lui-même l’écart entre l’attendu et le réalisé. Il trouve sa propre solution.',
          scores: { 'B3.C2.CR2': 2 },
        },
        {
          id: 'debrief-rapide',
          texte: 'À la machine, vous lui dites : « C’était bien, mais n’oublie pas le réglage quand tu changes de linge. »',
          suivant: 'evaluation',
          consequence: 'Théo répond « d’accord ». Vous ne savez pas s’il a compris pourquoi le réglage change.',
          feedback:
            'Un retour rapide est utile, mais c’est un débriefing mené par vous. Théo n’a pas analysé lui-même ce qui s’est passé.',
          scores: { 'B3.C2.CR2': 1 },
        },
        {
          id: 'consignes',
          texte: 'Vous relisez avec lui la fiche de consignes de la calandre et vous rappelez toutes les règles.',
          suivant: 'evaluation',
          consequence: 'Théo écoute dix minutes sans poser de question.',
          feedback:
            'Rappeler les consignes n’est pas une phase réflexive : c’est vous qui parlez, et Théo ne revient pas sur sa propre action.',
          scores: { 'B3.C2.CR2': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'evaluation',
      titre: 'Vendredi, 11 h',
      texte:
        'Sandrine vous demande : « Quand est-ce que Théo pourra conduire seul la calandre pour l’hôtel ? » Il faut décider comment vous saurez qu’il a appris.',
      choix: [
        {
          id: 'criteres-prevus',
          texte:
            'Vous fixez avec Théo les critères : choisir le bon réglage pour trois types de linge, vérifier le séchage, arrêter la machine en sécurité ; trois réussites seul, sur deux jours. Il s’évaluera avec des pictogrammes.',
          suivant: 'bilan',
          consequence:
            'Théo colle la grille à côté de la calandre. Sandrine sait ce qui sera vérifié et à quel moment.',
          feedback:
            'Des critères observables, connus de la personne, fixés avant l’évaluation, avec son auto-évaluation : c’est une évaluation spécifique des acquis.',
          scores: { 'B3.C3.CR3': 2, 'B3.C2.CR2': 1 },
        },
        {
          id: 'au-ressenti',
          texte: 'Vous répondez que vous verrez quand il sera prêt : « Ça se sent. »',
          suivant: 'sandrine-presse',
          consequence: 'Sandrine n’est pas convaincue. Théo ne sait pas ce qu’on attend de lui.',
          feedback:
            'Sans critères, l’évaluation dépend de l’humeur de l’observateur, et la personne ne peut pas se situer.',
          scores: { 'B3.C3.CR3': 0 },
        },
        {
          id: 'rendement',
          texte: 'Vous répondez : « Quand il passera autant de kilos par heure que Bernard. »',
          suivant: 'sandrine-presse',
          consequence: 'Théo est loin du rendement de Bernard, qui conduit la machine depuis des années.',
          feedback:
            'Le rendement est un indicateur de production, pas une évaluation des acquis. Il ne dit pas si Théo sait choisir un réglage.',
          scores: { 'B3.C3.CR3': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'sandrine-presse',
      titre: 'Lundi suivant',
      texte:
        'Bernard sera absent deux jours la semaine prochaine. Sandrine propose de mettre Théo seul à la calandre pendant son absence, « puisqu’il a commencé ».',
      choix: [
        {
          id: 'definir-criteres',
          texte:
            'Vous refusez pour l’instant et vous proposez d’écrire tout de suite, avec Théo, les critères qui diront qu’il est prêt.',
          suivant: 'bilan',
          consequence: 'Théo participe à la grille. Sandrine organise l’absence de Bernard autrement.',
          feedback:
            'Vous rattrapez l’absence de critères. L’évaluation aurait dû être prévue dès la conception, mais elle reste possible avant la mise en autonomie.',
          scores: { 'B3.C3.CR3': 1 },
        },
        {
          id: 'accepter-seul',
          texte: 'Vous acceptez : c’est une bonne occasion pour lui de se lancer.',
          suivant: 'fin-a-revoir',
          consequence:
            'Seul, Théo bloque sur un bourrage et arrête la machine en urgence. Personne n’est blessé, mais il refuse d’y retourner.',
          feedback:
            'Mettre une personne seule au poste sans avoir vérifié ses acquis la met en danger et en échec.',
          scores: { 'B3.C3.CR3': 0, 'B3.C2.CR1': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'bilan',
      titre: 'Trois semaines plus tard',
      texte:
        'Théo a réussi ses trois cycles seul sur deux jours. Dans son auto-évaluation, il a colorié en rouge le pictogramme du bourrage : « Ça me fait encore peur. »',
      choix: [
        {
          id: 'demander-suite',
          texte:
            'Vous lui demandez ce qu’il veut travailler maintenant ; vous écrivez avec lui une note pour son projet personnalisé et vous prévoyez une séquence sur le bourrage avec Bernard.',
          suivant: 'fin-optimale',
          consequence:
            'Théo choisit de travailler le bourrage, puis les nappes en polyester. Amina garde la grille et les photos pour une future démarche de reconnaissance de ses acquis.',
          feedback:
            'Vous utilisez l’évaluation pour décider de la suite avec Théo, en tenant compte de ce qu’il exprime. Les traces servent son parcours.',
          scores: { 'B3.C1.CR1': 2, 'B3.C3.CR3': 2 },
        },
        {
          id: 'declarer-pret',
          texte: 'Vous annoncez à Sandrine que Théo est conducteur de calandre dès lundi, à plein temps.',
          suivant: 'fin-acceptable',
          consequence: 'Théo est fier, mais inquiet. Le premier bourrage, il appelle Bernard à chaque fois.',
          feedback:
            'L’objectif est atteint, mais vous ne tenez pas compte de ce que Théo dit de sa peur. Son auto-évaluation était une information à utiliser.',
          scores: { 'B3.C1.CR1': 1, 'B3.C3.CR3': 1 },
        },
      ],
    },
    {
      type: 'fin',
      id: 'fin-optimale',
      titre: 'Théo conduit la calandre et sait dire ce qu’il a appris',
      issues: ['optimale', 'acceptable', 'a-revoir'],
      texte:
        'Le souhait de Théo est devenu un parcours : une situation analysée, préparée hors commande, des phases réflexives où il trouve ses propres repères, une évaluation prévue et partagée. Il progresse à son rythme, et ses traces pourront être reconnues.',
    },
    {
      type: 'fin',
      id: 'fin-acceptable',
      titre: 'Un apprentissage réussi, mais une suite décidée sans Théo',
      issues: ['optimale', 'acceptable', 'a-revoir'],
      texte:
        'Théo sait conduire la calandre, mais la suite a été décidée sans tenir compte de ce qu’il exprimait. Au prochain bilan, partez de son auto-évaluation et demandez-lui ce qu’il veut travailler.',
    },
    {
      type: 'fin',
      id: 'fin-a-revoir',
      titre: 'La calandre reste un rêve',
      issues: ['a-revoir'],
      texte:
        'Le souhait de Théo n’a pas trouvé de situation où apprendre, ou la situation proposée l’a mis en échec. Reprenez la mise en situation : explorez le souhait, analysez l’activité, choisissez un moment hors cadence et prévoyez un temps pour réfléchir.',
    },
  ],
  debrief: {
    'B3.C1.CR1': {
      texte:
        'Partir du souhait de la personne, l’explorer avec elle, noter ses mots, et revenir vers elle pour décider de la suite de son apprentissage.',
      lien: '/cours/bloc-3/besoins-competences#souhaits',
    },
    'B3.C2.CR1': {
      texte:
        'Une situation de travail n’est pas formatrice par nature. Hors cadence, simplifiée, avec une erreur sans conséquence et un accompagnement prévu, elle le devient.',
      lien: '/cours/bloc-3/situations-apprenantes#conditions',
    },
    'B3.C2.CR2': {
      texte:
        'Construire la situation apprenante : analyser l’activité réelle, désigner et préparer un formateur ou un tuteur, organiser une phase réflexive distincte où la personne analyse elle-même son action.',
      lien: '/cours/bloc-3/situations-apprenantes#phases-reflexives',
    },
    'B3.C3.CR3': {
      texte:
        'Décider avant l’évaluation de critères observables, connus de la personne, avec son auto-évaluation ; le rendement n’est pas une mesure des acquis.',
      lien: '/cours/bloc-3/parcours-sequences#evaluation',
    },
  },
});
