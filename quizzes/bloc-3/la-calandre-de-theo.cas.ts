import { defineCas } from '#auteur';

export default defineCas({
  id: 'la-calandre-de-theo',
  titre: 'La calandre de Théo',
  description:
    'Transformer une tâche de la blanchisserie en situation apprenante : partir du souhait, analyser l’activité et ses risques, choisir les conditions, mener une phase réflexive et prévoir l’évaluation.',
  bloc: 'B3',
  contexte:
    'Vous êtes moniteur ou monitrice de la blanchisserie de l’ESAT « Les Genêts ». L’atelier traite le linge plat d’un hôtel et d’une maison de retraite ; l’hôtel attend 300 kg de draps et de nappes jeudi. La calandre, grande machine chauffante qui sèche et repasse le linge plat entre des rouleaux, est conduite par Bernard depuis des années. Théo, 31 ans, plie le linge à la sortie de la calandre depuis trois ans. Les relations avec les clients passent par Sandrine, la cheffe d’atelier.',
  personnages: [
    { nom: 'Théo', role: 'travailleur au pliage, lit avec difficulté, très attentif aux machines' },
    { nom: 'Bernard', role: 'travailleur expérimenté, conducteur de la calandre' },
    { nom: 'Sandrine', role: 'cheffe d’atelier, en lien avec les clients' },
    { nom: 'Amina', role: 'chargée d’insertion professionnelle' },
  ],
  criteres: ['B3.C1.CR1', 'B3.C2.CR1', 'B3.C2.CR2', 'B3.C3.CR3'],
  drapeaux: {
    'souhait-differe': 'La demande de Théo est restée deux semaines sans réponse.',
    'sans-analyse': 'Le travail réel de Bernard n’a pas été observé avant les essais.',
    'analyse-faite': 'Vous avez analysé avec Bernard les étapes, les repères et les moments à risque.',
    'echec-commande': 'Théo a abîmé une nappe de l’hôtel lors d’un essai en pleine commande.',
    frayeur: 'Au premier essai, seul à l’engagement, Théo a failli avoir la main happée.',
    'sans-reflexion': 'Après le premier essai, Théo n’a pas analysé lui-même son action.',
    'criteres-tardifs': 'Les critères de réussite ont été écrits tard, sous la pression de Sandrine.',
  },
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
            'Vous lui fixez un moment après la pause pour en parler : ce qui l’attire, ce qu’il sait déjà de la machine, ce qu’il voudrait savoir faire.',
          suivant: 'analyse',
          consequence:
            'Théo explique qu’il regarde Bernard depuis trois ans et qu’il aimerait « faire les réglages ». Il sait déjà reconnaître un drap mal séché. Vous notez ses mots.',
          feedback:
            'Partir du souhait, l’explorer avec la personne et noter ses mots : c’est le point de départ de tout besoin de développement. Un rendez-vous précis suffit à tenir compte de la commande.',
          scores: { 'B3.C1.CR1': 2 },
        },
        {
          id: 'plus-tard',
          texte:
            'Vous lui répondez que la commande de l’hôtel passe d’abord, et que vous en reparlerez quand elle sera livrée.',
          suivant: 'relance',
          pose: ['souhait-differe'],
          consequence:
            'Théo retourne à son pliage sans rien dire. La commande part jeudi ; la semaine suivante, d’autres urgences arrivent et personne ne reparle de la calandre.',
          feedback:
            'La commande est réelle, mais « quand elle sera livrée » n’est pas un rendez-vous : sans date ni moment fixés, le souhait passe après chaque urgence.',
          scores: { 'B3.C1.CR1': 0 },
        },
        {
          id: 'a-cote-bernard',
          texte:
            'Vous l’encouragez à se mettre dès ce matin à l’entrée de la calandre, à côté de Bernard : en l’aidant pendant la commande, il verra comment Bernard s’y prend et pourra lui poser ses questions.',
          suivant: 'sur-le-tas',
          pose: ['sans-analyse'],
          consequence: 'Théo est ravi. Il passe à l’engagement du linge, à côté de Bernard, en pleine commande.',
          feedback:
            'Le souhait est entendu, mais rien n’est préparé : ni analyse de l’activité et de ses risques, ni moment choisi, ni tuteur disponible. Et l’engagement d’une calandre n’est pas un poste de découverte pour un débutant.',
          scores: { 'B3.C1.CR1': 1, 'B3.C2.CR2': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'relance',
      titre: 'Deux semaines plus tard',
      suppose: ['souhait-differe'],
      texte:
        'Théo plie plus lentement et parle peu. Amina vous apprend qu’il a redit son souhait de conduire la calandre pendant la réunion de son projet personnalisé.',
      choix: [
        {
          id: 'reprendre-entretien',
          texte:
            'Vous allez voir Théo, vous reconnaissez avoir laissé sa demande de côté, et vous fixez avec lui un moment dans la semaine pour parler de ce qu’il veut apprendre.',
          suivant: 'analyse',
          consequence:
            'Théo se détend. Il vous dit qu’il croyait que « la calandre, ce n’était pas pour lui ». Vous notez ce qu’il veut apprendre.',
          feedback: 'Reconnaître le retard et revenir au souhait de la personne rattrape la situation, avec deux semaines perdues.',
          scores: { 'B3.C1.CR1': 1 },
        },
        {
          id: 'varier-pliage',
          texte:
            'Vous lui proposez de passer au pliage des nappes et des serviettes, un travail plus varié, pour qu’il ne s’ennuie plus.',
          suivant: 'fin-a-revoir',
          consequence: 'Théo accepte sans enthousiasme. Il ne reparle plus de la calandre.',
          feedback:
            'Varier la tâche ne répond pas au souhait exprimé : Théo n’a pas dit qu’il s’ennuyait, il a dit ce qu’il voulait apprendre. Il comprend que sa demande ne compte pas.',
          scores: { 'B3.C1.CR1': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'analyse',
      titre: 'Le lendemain',
      texte:
        'Vous voulez construire avec Théo une vraie situation d’apprentissage à la calandre. Comment préparez-vous les premiers essais ?',
      choix: [
        {
          id: 'observer-bernard',
          texte:
            'Vous observez Bernard deux matinées et vous notez ses étapes, ses repères et les moments à risque, puis vous lui proposez d’être le tuteur de Théo.',
          suivant: 'moment',
          pose: ['analyse-faite'],
          consequence:
            'Bernard baisse la température pour les nappes en polyester et vérifie l’humidité du drap au toucher. Deux moments à risque : l’engagement du linge, où une main peut être happée par les rouleaux, et le bourrage. Bernard accepte d’être tuteur si on lui libère du temps.',
          feedback:
            'C’est l’analyse de l’activité : le travail réel, avec ses savoirs cachés et ses dangers. Elle précède toute adaptation pédagogique, et le tuteur est désigné à l’avance.',
          scores: { 'B3.C2.CR2': 2 },
        },
        {
          id: 'notice',
          texte:
            'Vous relisez avec Théo la notice du fabricant et la fiche de poste, page par page, pour qu’il connaisse les réglages et les consignes de sécurité avant de toucher la machine.',
          suivant: 'moment',
          pose: ['sans-analyse'],
          consequence:
            'La lecture prend une heure. Théo suit vos doigts sur les tableaux, mais retient peu. Vous ne savez toujours pas comment Bernard s’y prend vraiment, ni à quoi il reconnaît un drap sec.',
          feedback:
            'La notice décrit le travail prescrit, pas le travail réel : les repères de Bernard et les moments où l’on se met en danger n’y sont pas. L’analyse de l’activité passe par l’observation de celui qui sait faire.',
          scores: { 'B3.C2.CR2': 0 },
        },
        {
          id: 'bernard-direct',
          texte:
            'Vous confiez la formation à Bernard, qui connaît la calandre mieux que personne : il montrera à Théo comme il l’entend, au fil du travail, avec ses mots et ses astuces.',
          suivant: 'sur-le-tas',
          pose: ['sans-analyse'],
          consequence: 'Bernard accepte, mais il n’a ni temps prévu ni idée précise de ce qu’il doit montrer. Théo passe à l’engagement du linge dès l’après-midi.',
          feedback:
            'Confier la formation à un pair expérimenté peut être une bonne idée, à condition de la préparer : analyse de l’activité, objectif, temps dégagé, risques repérés.',
          scores: { 'B3.C2.CR2': 1 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'sur-le-tas',
      titre: 'Jeudi, 11 h',
      suppose: ['sans-analyse'],
      texte:
        'Théo passe le linge à l’entrée de la calandre depuis quelques jours, en pleine commande. Ce matin, une serviette a accroché ; il a avancé la main vers les rouleaux pour la dégager, et Bernard a arrêté la machine en criant. Bernard vous glisse : « Il veut bien faire, mais il ne sait pas où sont les dangers. Et moi, avec la commande, je n’ai pas le temps d’expliquer. »',
      choix: [
        {
          id: 'restructurer',
          texte:
            'Vous retirez Théo de l’engagement jusqu’à la fin de la commande, puis vous prenez une heure avec Bernard pour analyser les étapes et les risques, et vous lui dégagez du temps de tuteur.',
          suivant: 'moment',
          pose: ['analyse-faite'],
          consequence:
            'Bernard est soulagé. Théo vous dit qu’il avait peur de casser la machine. L’analyse fait ressortir deux moments à risque : l’engagement et le bourrage.',
          feedback:
            'Vous supprimez d’abord le danger, puis vous passez d’un apprentissage sur le tas à une situation construite : analyse de l’activité, tuteur désigné et disponible.',
          scores: { 'B3.C2.CR2': 1 },
        },
        {
          id: 'continuer',
          texte:
            'Vous laissez Théo à l’engagement, où il apprend beaucoup en voyant faire : vous lui rappelez de ne jamais approcher les mains des rouleaux et vous demandez à Bernard de garder un œil sur lui.',
          suivant: 'fin-a-revoir',
          consequence:
            'Trois semaines passent. Bernard reprend Théo sans cesse ; Théo n’a toujours rien réglé lui-même et commence à dire que « c’est trop dur ».',
          feedback:
            'Un rappel oral ne supprime pas le danger, et regarder faire en pleine cadence, sans essai ni retour, a un potentiel d’apprentissage très faible.',
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
          texte: 'Vous prévoyez les essais vendredi matin, hors commande, sur du linge réformé, à vitesse réduite et avec un seul type de linge : le coton.',
          suivant: 'securite',
          consequence: 'Sandrine valide : le vendredi matin, la charge est faible. Bernard sera disponible une heure.',
          feedback:
            'Hors cadence, simplifiée, avec une erreur sans conséquence pour le client et un accompagnement prévu : vous augmentez le potentiel d’apprentissage de la situation.',
          scores: { 'B3.C2.CR1': 2 },
        },
        {
          id: 'pendant-commande',
          texte: 'Vous le placez à la calandre mercredi, pendant la commande de l’hôtel : il apprendra au vrai rythme.',
          suivant: 'coup-de-feu',
          consequence: 'Mercredi, la cadence est forte et Bernard doit gérer en même temps les nappes et les draps.',
          feedback:
            'La situation réelle viendra en fin de parcours. Au début, la pression de la commande rend l’erreur coûteuse et laisse peu de temps pour comprendre.',
          scores: { 'B3.C2.CR1': 0 },
        },
        {
          id: 'laisser-choisir',
          texte:
            'Vous laissez Théo choisir le jour de ses premiers essais : c’est son projet, et il sait quand il se sent prêt.',
          suivant: 'coup-de-feu',
          piege: true,
          consequence: 'Théo choisit mercredi, « pour faire comme Bernard, avec le linge de l’hôtel ».',
          feedback:
            'Le projet est celui de Théo, mais les conditions de l’apprentissage relèvent du moniteur : le jour du pic d’activité, l’erreur coûte cher et personne n’a le temps d’expliquer. Vous pouviez lui proposer de choisir entre deux créneaux calmes.',
          scores: { 'B3.C2.CR1': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'coup-de-feu',
      titre: 'Mercredi, 10 h, en plein coup de feu',
      texte:
        'Théo engage une nappe en polyester de l’hôtel alors que la température est réglée pour le coton. La nappe ressort marquée. Théo recule : « Je suis nul, je ne toucherai plus à cette machine. »',
      choix: [
        {
          id: 'rassurer-reorganiser',
          texte:
            'Vous arrêtez l’essai, vous dites à Théo que l’erreur vient du moment choisi, pas de lui, et vous reportez les essais à vendredi matin, hors commande, sur du linge réformé.',
          suivant: 'securite',
          pose: ['echec-commande'],
          consequence:
            'Théo hésite, puis accepte de réessayer vendredi. Vous signalez la nappe abîmée à Sandrine, qui prévient l’hôtel.',
          feedback:
            'Vous assumez le choix de la situation et vous en changez les conditions : l’erreur redevient possible sans conséquence. La nappe passe par la cheffe d’atelier, qui tient la relation avec le client.',
          scores: { 'B3.C2.CR1': 1 },
        },
        {
          id: 'retirer',
          texte:
            'Vous le remettez au pliage jusqu’à la fin de la commande : la calandre attendra qu’il soit plus sûr de lui.',
          suivant: 'fin-a-revoir',
          consequence: 'Théo retourne plier. Personne ne fixe de date pour reprendre ; il ne parle plus de la calandre.',
          feedback:
            'Vous attribuez à Théo un échec qui vient des conditions de la situation. En voulant le protéger, vous abandonnez son souhait au lieu de changer ces conditions.',
          scores: { 'B3.C2.CR1': 0, 'B3.C1.CR1': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'securite',
      titre: 'Vendredi, 8 h 45',
      texte:
        'Le linge réformé est prêt, la calandre chauffe. Bernard est retenu dix minutes au quai de livraison.',
      variantes: [
        {
          sauf: ['echec-commande'],
          texte: 'Théo est déjà devant l’engagement : « Je peux commencer, je la connais par cœur, cette machine. »',
        },
        {
          si: ['echec-commande'],
          texte: 'Théo est venu, mais il se tient à deux mètres de la machine et regarde la porte.',
        },
        {
          si: ['analyse-faite'],
          texte: 'Vos notes d’observation désignent l’engagement du linge et le bourrage comme les deux moments à risque.',
        },
        {
          sauf: ['analyse-faite'],
          texte: 'Vous n’avez pas encore regardé de près comment Bernard s’y prend, ni où il se met en danger.',
        },
      ],
      choix: [
        {
          id: 'attendre-bernard',
          texte:
            'Vous faites attendre Théo : Bernard lui montrera d’abord l’arrêt d’urgence et la barre de sécurité, et Théo refera le geste d’arrêt.',
          suivant: 'essai',
          consequence:
            'Bernard arrive. Théo appuie deux fois sur l’arrêt d’urgence, puis touche la barre de sécurité : la machine s’arrête. « Là, je sais où sont mes mains. » L’essai commence à vitesse réduite.',
          feedback:
            'Une machine dangereuse ne s’essaie pas avant la formation au poste : montrer sur place l’arrêt d’urgence et les protections, faire refaire le geste, et ne jamais laisser un débutant seul à la machine. C’est ce qui rend l’erreur possible sans danger.',
          scores: { 'B3.C2.CR1': 2 },
        },
        {
          id: 'theo-decide',
          texte:
            'Vous demandez à Théo s’il se sent prêt à engager seul les premiers draps réformés, à vitesse réduite : il observe la machine depuis trois ans, et Bernard arrive dans dix minutes.',
          sauf: ['echec-commande'],
          suivant: 'essai',
          pose: ['frayeur'],
          piege: true,
          consequence:
            'Théo dit oui, fier. Au troisième drap, le tissu part de travers ; il avance la main pour le redresser tout près des rouleaux. La barre de sécurité arrête la machine à temps. Théo n’est pas blessé, mais il tremble. Bernard arrive et reprend l’essai avec lui.',
          feedback:
            'Demander son avis à Théo est juste pour son projet, pas pour décider d’un risque. L’engagement d’une calandre est une zone de happement : un débutant n’y travaille pas seul avant d’avoir été formé au poste, arrêt d’urgence montré et refait.',
          scores: { 'B3.C2.CR1': 0 },
        },
        {
          id: 'lancer-avec-vous',
          texte:
            'Vous lancez l’essai sans attendre, à côté de Théo : vous connaissez la calandre et lui expliquerez les réglages.',
          suivant: 'essai',
          consequence:
            'Au deuxième drap, Théo vous demande où se trouve l’arrêt d’urgence : personne ne le lui a montré. Vous arrêtez la machine pour le lui faire repérer, puis Bernard arrive et prend le relais.',
          feedback:
            'Vous ne le laissez pas seul, c’est l’essentiel. Mais la formation au poste commence par l’arrêt d’urgence et les protections, avant le premier drap, et le tuteur prévu était à dix minutes.',
          scores: { 'B3.C2.CR1': 1 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'essai',
      titre: 'Vendredi, 9 h 30',
      texte:
        'Essai sur du linge réformé, à vitesse réduite, Bernard à côté de Théo. Théo engage bien les draps, mais passe à un lot de polycoton sans changer le réglage. Bernard a pris, avec l’accord de Théo, des photos des étapes sur la tablette de l’atelier. L’essai est terminé.',
      variantes: [
        {
          si: ['frayeur'],
          texte: 'Depuis sa frayeur, Théo garde les mains loin des rouleaux, mais il hésite à chaque drap.',
        },
      ],
      choix: [
        {
          id: 'phase-reflexive',
          texte:
            'Un quart d’heure plus tard, au calme, vous lui demandez de raconter l’essai avec les photos : comment il a fait, à quoi il a vu que le drap était sec.',
          suivant: 'evaluation',
          consequence:
            'En remettant les photos dans l’ordre, Théo s’arrête : « Là, j’ai oublié de regarder l’étiquette. » Il propose de coller une photo du réglage polycoton près du panneau.',
          feedback:
            'C’est une phase réflexive : un temps séparé de l’essai où Théo analyse lui-même l’écart entre l’attendu et le réalisé. Il trouve sa propre solution.',
          scores: { 'B3.C2.CR2': 2 },
        },
        {
          id: 'debrief-rapide',
          texte:
            'À la machine, pendant que c’est encore frais, vous le félicitez pour l’engagement des draps et vous lui expliquez pourquoi le polycoton demande un autre réglage que le coton.',
          suivant: 'evaluation',
          pose: ['sans-reflexion'],
          consequence: 'Théo répond « d’accord ». Vous ne savez pas s’il saura reconnaître seul le prochain changement de linge.',
          feedback:
            'Un retour à chaud est utile, mais c’est vous qui analysez et expliquez. Théo n’a pas cherché lui-même ce qui s’est passé : ce n’est pas encore une phase réflexive.',
          scores: { 'B3.C2.CR2': 1 },
        },
        {
          id: 'consignes',
          texte:
            'Vous reprenez avec lui, point par point, la fiche de consignes de la calandre et le tableau des réglages par type de linge, pour qu’il reparte sur de bonnes bases.',
          suivant: 'evaluation',
          pose: ['sans-reflexion'],
          consequence: 'Théo écoute dix minutes sans poser de question, les yeux sur le tableau.',
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
        'Sandrine vous demande : « Quand est-ce que Théo pourra conduire la calandre pour l’hôtel ? » Il faut décider comment vous saurez qu’il a appris.',
      choix: [
        {
          id: 'criteres-prevus',
          texte:
            'Vous fixez avec Théo trois critères : bon réglage pour trois types de linge, séchage vérifié, arrêt en sécurité, réussis trois fois sans aide.',
          suivant: 'bilan',
          consequence:
            'Bernard dessine avec Théo un pictogramme par critère ; Théo colle la grille à côté de la calandre pour s’évaluer. Sandrine sait ce qui sera vérifié et à quel moment.',
          feedback:
            'Des critères observables, connus de la personne, fixés avant l’évaluation, avec son auto-évaluation : c’est une évaluation spécifique des acquis.',
          scores: { 'B3.C3.CR3': 2 },
        },
        {
          id: 'au-ressenti',
          texte:
            'Vous répondez que Bernard et vous allez l’observer chaque jour, et que vous direz à Sandrine quand il sera prêt.',
          suivant: 'sandrine-presse',
          consequence: 'Sandrine n’est pas convaincue. Théo ne sait pas ce qu’on attend de lui.',
          feedback:
            'Observer chaque jour ne suffit pas : sans critères fixés à l’avance, l’évaluation dépend de l’impression de l’observateur, et la personne ne peut pas se situer.',
          scores: { 'B3.C3.CR3': 0 },
        },
        {
          id: 'rendement',
          texte: 'Vous proposez un repère simple à Sandrine : Théo sera prêt quand il tiendra une matinée à la cadence de Bernard, sans linge à reprendre.',
          suivant: 'sandrine-presse',
          consequence: 'Théo est loin de la cadence de Bernard, qui conduit la machine depuis des années. Il se décourage.',
          feedback:
            'La cadence est un indicateur de production, pas une évaluation des acquis : elle ne dit pas si Théo sait choisir un réglage ou arrêter la machine en sécurité.',
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
            'Vous refusez pour l’instant : sans critères, personne ne peut dire s’il est prêt. Vous les écrivez dès aujourd’hui avec Théo et Bernard.',
          suivant: 'bilan',
          pose: ['criteres-tardifs'],
          consequence:
            'Théo participe à la grille ; Bernard dessine un pictogramme par critère pour qu’il s’évalue. Sandrine organise l’absence de Bernard autrement.',
          feedback:
            'Vous rattrapez l’absence de critères. L’évaluation aurait dû être prévue dès la conception, mais elle reste possible avant la mise en autonomie.',
          scores: { 'B3.C3.CR3': 1 },
        },
        {
          id: 'accepter-seul',
          texte:
            'Vous acceptez si un collègue du pliage reste près de l’arrêt d’urgence : deux jours de pratique le feront progresser.',
          suivant: 'fin-a-revoir',
          consequence:
            'Mardi, un drap bourre. Théo tente de le dégager machine en marche ; son collègue appuie sur l’arrêt d’urgence. Personne n’est blessé, mais Théo refuse d’y retourner.',
          feedback:
            'Un collègue non formé près du bouton ne remplace ni la vérification des acquis ni la présence du tuteur. Un bourrage se dégage machine arrêtée, en empêchant toute remise en marche (C. trav., art. R4323-15).',
          scores: { 'B3.C3.CR3': 0, 'B3.C2.CR1': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'bilan',
      titre: 'Trois semaines plus tard',
      texte:
        'Théo a atteint les critères de sa grille, trois fois sans aide, Bernard à proximité. Dans son auto-évaluation, il a colorié en rouge le pictogramme du bourrage : « Ça me fait encore peur. »',
      variantes: [{ si: ['frayeur'], texte: 'Il repense souvent au drap parti de travers le premier vendredi.' }],
      choix: [
        {
          id: 'demander-suite',
          texte:
            'Vous lui demandez ce qu’il veut travailler ensuite ; vous notez sa réponse pour son projet et préparez avec Bernard une séquence sur le bourrage.',
          suivant: 'fin-optimale',
          consequence:
            'Théo choisit de travailler le bourrage, machine arrêtée, puis les nappes en polyester. Amina garde la grille et les photos pour une future démarche de reconnaissance de ses acquis.',
          feedback:
            'Vous utilisez l’évaluation pour décider de la suite avec Théo, en tenant compte de ce qu’il exprime. Les traces servent son parcours.',
          scores: { 'B3.C1.CR1': 2, 'B3.C3.CR3': 2, 'B3.C2.CR2': 2 },
        },
        {
          id: 'declarer-pret',
          texte:
            'Vous annoncez à Sandrine que Théo peut conduire la calandre dès lundi : ses trois réussites sans aide le prouvent, et sa peur du bourrage passera avec la pratique quotidienne.',
          suivant: 'fin-acceptable',
          consequence: 'Théo est fier, mais inquiet. Au premier bourrage, il appelle Bernard ; au deuxième, il quitte le poste.',
          feedback:
            'Les critères sont atteints, mais vous ne tenez pas compte de ce que Théo dit de sa peur : son auto-évaluation était une information à utiliser pour la suite.',
          scores: { 'B3.C1.CR1': 0, 'B3.C3.CR3': 1 },
        },
      ],
    },
    {
      type: 'fin',
      id: 'fin-optimale',
      titre: 'Théo conduit la calandre, et la suite se décide avec lui',
      issues: ['optimale', 'acceptable', 'a-revoir'],
      texte:
        'Théo a réussi ses cycles selon des critères connus de lui, et la prochaine étape, le bourrage, vient de sa propre auto-évaluation. Ses traces pourront servir à la reconnaissance de ses acquis.',
      variantes: [
        { si: ['souhait-differe'], texte: 'Sa demande a pourtant attendu deux semaines : un rendez-vous fixé le premier jour l’aurait évité.' },
        {
          si: ['sans-analyse'],
          sauf: ['analyse-faite'],
          texte: 'Les premiers essais ont été préparés sans observer le travail réel de Bernard, et donc sans connaître ses repères ni les moments où l’on se met en danger.',
        },
        {
          si: ['sans-analyse', 'analyse-faite'],
          texte: 'Théo a d’abord appris sur le tas, à l’engagement en pleine commande, et a approché la main des rouleaux avant que la situation soit analysée et construite.',
        },
        { si: ['echec-commande'], texte: 'Le premier essai, en plein coup de feu, a abîmé une nappe et découragé Théo : les premiers essais se font hors cadence.' },
        {
          si: ['frayeur'],
          texte: 'Théo a failli avoir la main happée au premier essai : un débutant n’est jamais seul à une machine dangereuse avant la formation au poste.',
        },
        { si: ['sans-reflexion'], texte: 'Après le premier essai, c’est vous qui avez analysé à sa place : une phase réflexive lui aurait permis de trouver ses propres repères.' },
        { si: ['criteres-tardifs'], texte: 'Les critères sont venus tard, sous la pression de Sandrine : ils se fixent dès la conception.' },
      ],
    },
    {
      type: 'fin',
      id: 'fin-acceptable',
      titre: 'Théo conduit la calandre, mais sa peur du bourrage reste sans réponse',
      issues: ['acceptable', 'a-revoir'],
      texte:
        'Théo sait conduire la calandre, mais la suite a été décidée sans tenir compte de ce qu’il exprimait, et il quitte le poste au deuxième bourrage. Au prochain bilan, partez de son auto-évaluation et demandez-lui ce qu’il veut travailler.',
      variantes: [
        { si: ['souhait-differe'], texte: 'Sa demande avait déjà attendu deux semaines avant d’être entendue.' },
        { si: ['sans-analyse'], sauf: ['analyse-faite'], texte: 'Les essais ont été préparés sans observer le travail réel de Bernard ni ses moments à risque.' },
        { si: ['sans-analyse', 'analyse-faite'], texte: 'Théo avait d’abord appris sur le tas, à l’engagement en pleine commande, au plus près des rouleaux.' },
        { si: ['echec-commande'], texte: 'Le premier essai, en plein coup de feu, avait abîmé une nappe et découragé Théo.' },
        { si: ['frayeur'], texte: 'Théo avait failli avoir la main happée au premier essai, seul à l’engagement.' },
        { si: ['sans-reflexion'], texte: 'Il n’a jamais analysé lui-même ses essais : ses repères restent les vôtres.' },
        { si: ['criteres-tardifs'], texte: 'Les critères ont été écrits tard, sous la pression de Sandrine.' },
      ],
    },
    {
      type: 'fin',
      id: 'fin-a-revoir',
      titre: 'La calandre reste un rêve',
      issues: ['a-revoir'],
      texte:
        'Le souhait de Théo n’a pas trouvé de situation où apprendre, ou la situation proposée l’a mis en échec ou en danger. Reprenez la mise en situation : explorez le souhait, analysez l’activité et ses risques, choisissez un moment hors cadence, montrez l’arrêt d’urgence avant le premier essai et prévoyez un temps pour réfléchir.',
    },
  ],
  debrief: {
    'B3.C1.CR1': {
      texte:
        'Partir du souhait de la personne, l’explorer avec elle à un moment fixé, noter ses mots, et revenir vers elle pour décider de la suite de son apprentissage.',
      lien: '/cours/bloc-3/besoins-competences#souhaits',
    },
    'B3.C2.CR1': {
      texte:
        'Une situation de travail n’est pas formatrice par nature. Hors cadence, simplifiée, accompagnée, avec une erreur possible sans danger, elle le devient. À une machine dangereuse, cela veut dire : arrêt d’urgence et protections montrés sur place avant le premier essai, geste d’arrêt refait par la personne, jamais seule au début (principes de prévention, C. trav., art. L4121-2).',
      lien: '/cours/bloc-3/situations-apprenantes#conditions',
    },
    'B3.C2.CR2': {
      texte:
        'Construire la situation apprenante : analyser l’activité réelle et ses risques, désigner et préparer un tuteur, organiser une phase réflexive distincte où la personne analyse elle-même son action.',
      lien: '/cours/bloc-3/situations-apprenantes#phases-reflexives',
    },
    'B3.C3.CR3': {
      texte:
        'Décider avant l’évaluation de critères observables, connus de la personne, avec son auto-évaluation ; la cadence n’est pas une mesure des acquis.',
      lien: '/cours/bloc-3/parcours-sequences#evaluation',
    },
  },
});
