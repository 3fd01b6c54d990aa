import {
  choixMultiples,
  choixUnique,
  defineQuiz,
  ordre,
  texteATrous,
  vraiFaux,
} from '#auteur';

export default defineQuiz({
  id: 'animer-sequences',
  titre: 'Animer des séquences d’apprentissage, dans l’atelier et au-dehors',
  description:
    'Démontrer, faire essayer, corriger, faire reformuler ; adapter le rythme à chaque personne ; préparer, suivre et faire le bilan d’un stage en entreprise partenaire.',
  bloc: 'B3',
  questions: [
    ordre({
      id: 'etapes-sequence-poste',
      enonce: 'Remettez dans l’ordre les étapes d’une séquence d’apprentissage au poste de travail.',
      criteres: ['B3.C4.CR1'],
      etapes: [
        {
          id: 'e1',
          texte: 'Préparer le poste, le matériel, le moment et le relais pour le groupe',
          feedback: 'Une séquence se prépare : ni pendant un coup de feu, ni sans relais pour les autres.',
        },
        {
          id: 'e2',
          texte: 'Présenter ce qu’on va apprendre, pourquoi, et le résultat attendu',
          feedback: 'La personne sait où elle va, avec un modèle sous les yeux.',
        },
        {
          id: 'e3',
          texte: 'Démontrer le geste lentement, en nommant les points clés',
          feedback: 'La démonstration vient avant l’essai : la personne voit le geste juste.',
        },
        {
          id: 'e4',
          texte: 'Faire essayer la personne pendant que le moniteur observe',
          feedback: 'C’est la personne qui a l’outil en main.',
        },
        {
          id: 'e5',
          texte: 'Corriger un point à la fois, en commençant par ce qui est réussi',
          feedback: 'La correction suit l’essai et porte sur un seul point.',
        },
        {
          id: 'e6',
          texte: 'Faire reformuler ou montrer ce qui a été retenu',
          feedback: 'La reformulation vérifie la compréhension.',
        },
        {
          id: 'e7',
          texte: 'Consolider par la répétition, puis espacer la présence du moniteur',
          feedback: 'La consolidation installe l’acquis et mène vers l’autonomie.',
        },
      ],
      explication:
        'Préparer, présenter, démontrer, faire essayer, corriger, faire reformuler, consolider : la Fiche Métier rend le moniteur responsable de la mise en œuvre des séquences d’apprentissage sur le lieu de production.',
      source: 'Leçon Animer les séquences, § Une séquence au poste, pas à pas',
    }),
    choixUnique({
      id: 'clement-clou',
      enonce:
        'À la menuiserie, Clément fait son premier essai d’assemblage de caisse. Il tord un clou, sans aucun danger. Que faites-vous ?',
      criteres: ['B3.C4.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Vous reprenez le marteau et terminez la caisse devant lui, en lui expliquant bien chacun des gestes.',
          feedback:
            'Non : expliquer est utile, mais faire à sa place lui retire l’occasion d’apprendre et lui dit qu’il n’en est pas capable.',
        },
        {
          id: 'b',
          texte: 'Vous arrêtez l’essai et lui détaillez les erreurs repérées, pour qu’il ne les répète pas.',
          feedback:
            'Non : une liste d’erreurs décourage et ne dit pas quoi changer en premier. Sans danger, on laisse souvent finir.',
        },
        {
          id: 'c',
          texte: 'Vous lui proposez de passer au ponçage, plus simple, pour qu’il reprenne confiance.',
          feedback:
            'Non : une erreur au premier essai est normale. Changer de tâche interrompt l’apprentissage et lui laisse penser qu’il a échoué.',
        },
        {
          id: 'd',
          texte: 'Vous le laissez finir, relevez ce qui est réussi, remontrez la tenue du clou et rendez l’outil.',
          feedback:
            'Oui : il voit le résultat, entend ce qui va bien, reçoit une seule correction et garde l’outil en main.',
        },
      ],
      reponse: 'd',
      explication:
        'Sans danger, l’erreur devient une information : on laisse finir, on commence par ce qui est réussi, on corrige un point en remontrant le geste, puis on rend l’outil.',
      source: 'Leçon Animer les séquences, § Faire essayer et corriger',
    }),
    choixUnique({
      id: 'verifier-comprehension',
      enonce:
        'Vous venez de montrer à Clément comment poser le fond de la caisse. Comment vérifiez-vous qu’il a compris ?',
      criteres: ['B3.C4.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Vous lui demandez s’il a bien compris et s’il a des questions.',
          feedback: 'Non : « Vous avez compris ? » appelle presque toujours un « oui », même quand ce n’est pas le cas.',
        },
        {
          id: 'b',
          texte: 'Vous lui demandez de montrer à Lucie comment il pose le fond, étape par étape.',
          feedback: 'Oui : montrer ou expliquer à un collègue oblige à reformuler ce qu’on a retenu.',
        },
        {
          id: 'c',
          texte: 'Vous relisez avec lui la fiche de consignes du poste, puis il la signe.',
          feedback: 'Non : relire ensemble est utile, mais une signature ne prouve pas la compréhension, surtout si la fiche est difficile à lire.',
        },
      ],
      reponse: 'b',
      explication:
        'La reformulation (orale, gestuelle, ou en remettant des photos dans l’ordre) vérifie la compréhension bien mieux qu’une question fermée.',
      source: 'Leçon Animer les séquences, § Faire reformuler',
    }),
    vraiFaux({
      id: 'a-cote-meme-sens',
      enonce:
        'À la menuiserie, vous montrez à Clément comment tenir la scie à dos. Vous vous placez à côté de lui, tourné dans le même sens que lui, plutôt qu’en face. Ce placement facilite la lecture du geste.',
      criteres: ['B3.C4.CR1'],
      reponse: true,
      feedback: {
        vrai: 'Exact : à côté de la personne, dans le même sens, le geste se lit sans inversion. En face, sa droite est votre gauche et elle doit retourner le geste dans sa tête.',
        faux: 'Si : en face, la droite du moniteur est la gauche de la personne et le geste s’inverse. À côté, dans le même sens, elle voit le geste tel qu’elle devra le faire.',
      },
      explication:
        'Une bonne démonstration est lente, découpée, faite à côté de la personne et dans le même sens, avec les points clés nommés.',
      source: 'Leçon Animer les séquences, § Démontrer',
    }),
    choixUnique({
      id: 'danger-essai',
      enonce:
        'Pendant son essai à la scie à ruban, Adèle approche les doigts de la lame au lieu d’utiliser le poussoir. Que faites-vous ?',
      criteres: ['B3.C4.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Vous la laissez finir cette coupe, puis reprenez avec elle le geste avec le poussoir.',
          feedback:
            'Non : laisser finir vaut pour une erreur sans danger. Ici, la coupe en cours peut la blesser : on arrête d’abord.',
        },
        {
          id: 'b',
          texte: 'Vous lui rappelez d’utiliser le poussoir, sans l’interrompre pour ne pas la déstabiliser.',
          feedback:
            'Non : une consigne lancée pendant la coupe détourne son attention alors que ses doigts sont près de la lame. Le risque impose d’arrêter.',
        },
        {
          id: 'c',
          texte: 'Vous faites arrêter la coupe tout de suite, puis remontrez le geste avec le poussoir.',
          feedback:
            'Oui : en cas de danger, on n’attend pas. On arrête, calmement, on remontre le geste sûr, puis on rend la main.',
        },
      ],
      reponse: 'c',
      explication:
        'Deux cas à distinguer pendant l’essai : un risque pour la sécurité se corrige tout de suite ; une erreur sans danger peut être laissée pour devenir une information.',
      source: 'Leçon Animer les séquences, § Faire essayer et corriger',
    }),
    choixMultiples({
      id: 'demonstration-efficace',
      enonce: 'Vous préparez la démonstration de l’assemblage d’une caisse. Quelles pratiques rendent cette démonstration efficace ?',
      criteres: ['B3.C4.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Faire le geste entier une fois, puis le refaire étape par étape',
          feedback: 'Oui : la personne voit d’abord le but, puis le détail.',
        },
        {
          id: 'b',
          texte: 'Montrer à la cadence réelle, pour le rythme',
          feedback: 'Non : un geste rapide ne se lit pas. La cadence vient plus tard ; d’abord le geste juste, lentement.',
        },
        {
          id: 'c',
          texte: 'Se placer en face, pour qu’elle voie vos mains',
          feedback: 'Non : en face, le geste s’inverse. On se place à côté d’elle, dans le même sens.',
        },
        {
          id: 'd',
          texte: 'Nommer les points clés en les faisant',
          feedback: 'Oui : « je tiens le clou près de la tête » dit ce qui fait réussir.',
        },
        {
          id: 'e',
          texte: 'Donner les consignes de sécurité en liste au début, avant le premier geste',
          feedback: 'Non : une liste au début s’oublie. Les repères de sécurité se montrent au moment où ils servent.',
        },
      ],
      reponses: ['a', 'd'],
      explication:
        'Une démonstration utile est lente, découpée, faite à côté de la personne, centrée sur un objectif, et nomme les points clés et les repères de sécurité au moment où ils servent.',
      source: 'Leçon Animer les séquences, § Démontrer',
    }),
    choixUnique({
      id: 'farid-essai-dabord',
      enonce:
        'À la blanchisserie, Farid vous dit qu’il apprend mieux en essayant d’abord seul, puis en vous montrant. Il s’agit du pliage des housses, une tâche sans danger. Que faites-vous ?',
      criteres: ['B3.C4.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Vous acceptez pour cette tâche et convenez avec lui du moment où vous viendrez voir.',
          feedback:
            'Oui : vous adaptez l’animation à sa façon d’apprendre, sur une tâche sans danger, avec un moment d’observation prévu.',
        },
        {
          id: 'b',
          texte: 'Vous lui expliquez que la démonstration passe avant l’essai, pour tout le monde et pour toute tâche.',
          feedback:
            'Non : l’ordre habituel est un repère, pas une règle rigide. Sur une tâche sans danger, on peut l’adapter à la personne.',
        },
        {
          id: 'c',
          texte: 'Vous le laissez seul, à son rythme, et passerez le voir s’il vous appelle.',
          feedback:
            'Non : son choix n’est pas un apprentissage sans accompagnement. Il faut convenir d’un moment pour observer et échanger.',
        },
      ],
      reponse: 'a',
      explication:
        'Le meilleur réglage de l’animation vient souvent de la personne elle-même. On l’écoute, on adapte, et l’on garde un accompagnement prévu.',
      source: 'Leçon Animer les séquences, § Adapter l’animation à chaque personne',
    }),
    choixMultiples({
      id: 'ajuster-fatigue',
      enonce:
        'Léa se fatigue vite et perd le fil après une vingtaine de minutes d’apprentissage. Comment adaptez-vous l’animation ?',
      criteres: ['B3.C4.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Des séances courtes, répétées sur plusieurs jours',
          feedback: 'Oui : plusieurs séances courtes valent mieux qu’une longue.',
        },
        {
          id: 'b',
          texte: 'Une seule séance longue, pour ne pas couper ce qu’elle a commencé',
          feedback: 'Non : au-delà de ce que Léa peut tenir, elle n’apprend plus et se décourage, même si la séance n’est pas coupée.',
        },
        {
          id: 'c',
          texte: 'Des pauses prévues et annoncées à l’avance',
          feedback: 'Oui : des pauses annoncées respectent sa fatigabilité.',
        },
        {
          id: 'd',
          texte: 'Lui montrer les résultats des collègues',
          feedback: 'Non : on compare la personne à l’objectif et à elle-même, pas aux autres.',
        },
        {
          id: 'e',
          texte: 'Une consigne à la fois, avec le temps de répondre',
          feedback: 'Oui : limiter la quantité d’informations réduit la fatigue.',
        },
      ],
      reponses: ['a', 'c', 'e'],
      explication:
        'Durée, moment, quantité d’informations, canal et répétition s’ajustent à chaque personne, sans jamais la comparer à ses collègues.',
      source: 'Leçon Animer les séquences, § Adapter l’animation à chaque personne',
    }),
    vraiFaux({
      id: 'comparer-collegues',
      enonce:
        'Léa doute d’elle. Pour l’encourager, vous lui montrez que Samia, arrivée en même temps qu’elle, plie déjà vingt housses à l’heure. Comparer ses résultats à ceux d’une collègue est une bonne façon de la motiver.',
      criteres: ['B3.C4.CR2'],
      reponse: false,
      feedback: {
        vrai: 'Non : la comparaison à une collègue plus rapide risque de la décourager davantage. On compare Léa à l’objectif et à elle-même la semaine précédente.',
        faux: 'Exact : on mesure les progrès de Léa par rapport à l’objectif et à ses propres résultats, pas par rapport à Samia.',
      },
      explication:
        'Adapter l’animation au rythme de chacun, c’est regarder les progrès de la personne, pas son rang dans l’équipe.',
      source: 'Leçon Animer les séquences, § Adapter l’animation à chaque personne',
    }),
    choixUnique({
      id: 'relais-groupe',
      enonce:
        'Mardi, vous devez animer une séquence d’une demi-heure avec Clément. Six autres travailleurs continuent la commande de caisses. Comment vous organisez-vous ?',
      criteres: ['B3.C4.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Vous arrêtez la production pendant la demi-heure, pour vous consacrer pleinement à Clément.',
          feedback:
            'Non : arrêter tout le monde met la commande en retard et laisse six personnes sans activité ni repère.',
        },
        {
          id: 'b',
          texte: 'Vous prévoyez un relais à l’avance : un tuteur, un collègue moniteur ou des tâches connues.',
          feedback:
            'Oui : chacun garde un repère, et la séquence n’est pas interrompue toutes les deux minutes.',
        },
        {
          id: 'c',
          texte: 'Vous faites la séquence par petits bouts, en restant disponible pour les questions des autres.',
          feedback:
            'Non : rester disponible part d’une bonne intention, mais une séquence sans cesse interrompue ne permet ni démonstration suivie ni essai observé.',
        },
      ],
      reponse: 'b',
      explication:
        'L’animation tient compte du groupe : un relais organisé à l’avance permet de former une personne sans laisser les autres sans repère.',
      source: 'Leçon Animer les séquences, § Adapter l’animation à chaque personne',
    }),
    choixUnique({
      id: 'demander-ce-qui-aide',
      enonce:
        'Inès arrive dans votre atelier et va apprendre un nouveau poste. Vous ne savez pas encore comment elle apprend le mieux. Quelle est la démarche la plus fiable ?',
      criteres: ['B3.C4.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Vous lisez son dossier et adaptez la séquence aux conseils donnés pour son handicap.',
          feedback:
            'Non : un diagnostic ne dit pas comment une personne apprend. Deux personnes avec le même diagnostic ont des besoins différents.',
        },
        {
          id: 'b',
          texte: 'Vous reprenez la méthode adaptée qui a marché avec la dernière personne formée ici.',
          feedback:
            'Non : ce qui a réussi avec une personne ne vaut pas forcément pour une autre.',
        },
        {
          id: 'c',
          texte: 'Vous lui demandez ce qui l’aide quand elle apprend, puis ajustez après les premiers essais.',
          feedback:
            'Oui : la personne sait souvent ce qui l’aide ; les premiers essais permettent ensuite d’affiner.',
        },
      ],
      reponse: 'c',
      explication:
        'Les pistes générales aident, mais la meilleure source d’information sur la façon d’apprendre reste la personne elle-même.',
      source: 'Leçon Animer les séquences, § Adapter l’animation à chaque personne',
    }),
    choixMultiples({
      id: 'preparer-stage-nora',
      enonce:
        'Nora souhaite faire un stage au rayon boulangerie d’un supermarché partenaire. Que faites-vous pour préparer ce stage ?',
      criteres: ['B3.C4.CR3'],
      options: [
        {
          id: 'a',
          texte: 'Écrire avec Nora des objectifs observables et les partager avec l’entreprise',
          feedback: 'Oui : des objectifs clairs orientent le tuteur et serviront au bilan.',
        },
        {
          id: 'b',
          texte: 'Visiter le poste avec le chargé d’insertion avant le début du stage',
          feedback: 'Oui : la visite permet de repérer les tâches, les risques et les aménagements utiles.',
        },
        {
          id: 'c',
          texte: 'Remettre au tuteur le dossier médical de Nora, pour qu’il adapte son poste',
          feedback: 'Non : l’intention est d’adapter, mais on parle des besoins d’aménagement convenus avec Nora, pas de son dossier médical.',
        },
        {
          id: 'd',
          texte: 'Faire avec Nora le trajet une première fois, si elle le souhaite',
          feedback: 'Oui : un trajet essayé à l’avance enlève une source d’inquiétude.',
        },
        {
          id: 'e',
          texte: 'Préparer avec elle une fiche avec le nom du tuteur et les numéros à appeler',
          feedback: 'Oui : en cas de souci, Nora sait à qui s’adresser, dans l’entreprise et à l’ESAT.',
        },
      ],
      reponses: ['a', 'b', 'd', 'e'],
      explication:
        'Un stage se prépare à partir du choix de la personne : objectifs observables, entreprise choisie avec l’équipe, visite du poste, convention, tuteur préparé, trajet et contacts utiles.',
      source: 'Leçon Animer les séquences, § Préparer',
    }),
    choixUnique({
      id: 'info-handicap',
      enonce:
        'Avant le stage, le tuteur de la boulangerie vous demande : « Elle a quoi, exactement ? » La veille, vous avez préparé cette rencontre avec Nora. Que répondez-vous au tuteur ?',
      criteres: ['B3.C4.CR3'],
      options: [
        {
          id: 'a',
          texte: 'Vous lui dites ce qui aide Nora au travail, comme convenu avec elle, sans diagnostic.',
          feedback:
            'Oui : le tuteur a besoin de savoir comment l’aider (consignes une à une, pauses), pas de connaître un diagnostic. C’est Nora qui a décidé, la veille, de ce qui serait dit.',
        },
        {
          id: 'b',
          texte: 'Vous lui donnez le nom de sa maladie, pour qu’il puisse adapter son accueil en confiance.',
          feedback:
            'Non : une information de santé ne se transmet pas sans l’accord de la personne, et un diagnostic ne dit pas comment l’accompagner.',
        },
        {
          id: 'c',
          texte: 'Vous refusez d’en parler par respect du secret, et l’invitez à poser la question à Nora.',
          feedback:
            'Non : la discrétion est juste, mais Nora a déjà choisi ce qui peut être dit ; renvoyer le tuteur vers elle la met en difficulté dès le premier jour.',
        },
      ],
      reponse: 'a',
      explication:
        'Ce qu’on dit de la situation de handicap se décide avec la personne, avant l’accueil ; on parle des besoins d’aménagement et de la façon de transmettre une consigne, pas d’un diagnostic. Une information de santé ne se transmet pas sans son accord.',
      source: 'Leçon Animer les séquences, § Préparer',
    }),
    vraiFaux({
      id: 'mise-a-disposition-mdph',
      enonce:
        'Avec son accord, Cédric, de l’équipe espaces verts, va être mis à disposition seul, pendant un an, du service des espaces verts d’une commune. Le contrat de mise à disposition doit être transmis à la MDPH dans les 15 jours.',
      criteres: ['B3.C4.CR3'],
      reponse: true,
      feedback: {
        vrai: 'Exact : une mise à disposition individuelle fait l’objet d’un contrat écrit, transmis à la maison départementale des personnes handicapées (MDPH) dans les 15 jours. Cédric reste travailleur de l’ESAT, qui continue de l’accompagner.',
        faux: 'Si : le contrat d’une mise à disposition individuelle est transmis à la maison départementale des personnes handicapées (MDPH) dans les 15 jours. Elle dure 2 ans au plus ; au-delà, le directeur demande l’accord de la CDAPH.',
      },
      explication:
        'La mise à disposition d’un travailleur d’ESAT se fait avec son accord et par un contrat écrit (activité, lieu, horaires, facturation, soutien médico-social, surveillance médicale, adaptations). Individuelle, elle dure 2 ans au plus ; le contrat est transmis à la MDPH dans les 15 jours ; au-delà de 2 ans, le directeur demande l’accord de la CDAPH.',
      source: 'CASF, art. L344-2-4, R344-16 à R344-18 ; leçon Animer les séquences, § Le cadre de chaque dispositif',
    }),
    choixUnique({
      id: 'suivi-stage',
      enonce: 'Le stage de Nora dure deux semaines. Quel suivi prévoyez-vous ?',
      criteres: ['B3.C4.CR3'],
      options: [
        {
          id: 'a',
          texte: 'Un bilan final avec le tuteur, sans appel avant, pour laisser Nora prendre toute sa place dans l’équipe.',
          feedback:
            'Non : laisser de la place est une bonne intention, mais une difficulté découverte au bilan n’a pas pu être réglée pendant le stage.',
        },
        {
          id: 'b',
          texte: 'Un appel le premier jour, une visite à mi-parcours, des échanges avec le tuteur et avec Nora seule.',
          feedback:
            'Oui : un suivi prévu dès le départ permet de repérer tôt une difficulté et d’ajuster avec le tuteur.',
        },
        {
          id: 'c',
          texte: 'Une présence chaque matin à côté de Nora, pour l’accompagner dans ses tâches.',
          feedback:
            'Non : le moniteur ne reprend pas la main sur le travail de la personne dans l’entreprise ; le tuteur accompagne au quotidien.',
        },
      ],
      reponse: 'b',
      explication:
        'Le suivi d’un stage se prévoit dès la préparation : premier jour, mi-parcours, échanges séparés avec le tuteur et avec la personne.',
      source: 'Leçon Animer les séquences, § Suivre',
    }),
    vraiFaux({
      id: 'stage-echec',
      enonce:
        'Au bilan de ses deux semaines au rayon boulangerie, Nora dit qu’elle ne veut plus travailler en boulangerie : les débuts à 6 h la fatiguent trop. Le tuteur était pourtant content de son travail. Puisqu’il ne confirme pas son projet, ce stage est un échec de l’accompagnement.',
      criteres: ['B3.C4.CR3'],
      reponse: false,
      feedback: {
        vrai: 'Non : Nora a découvert, en vrai, ce que ce métier demande et ce qu’elle veut. C’est une information précieuse : elle peut ajuster son projet en connaissance de cause.',
        faux: 'Exact : un stage qui infirme un projet apprend autant qu’un stage qui le confirme. Le bilan transforme ce constat en information utile pour la suite du projet de Nora.',
      },
      explication:
        'Une période hors les murs sert à découvrir, confirmer ou ajuster un projet. Son bilan, fait à trois, nourrit le projet personnalisé, quelle que soit l’issue.',
      source: 'Leçon Animer les séquences, § Faire le bilan',
    }),
    texteATrous({
      id: 'bilan-a-trois',
      enonce: 'Complétez la description du bilan d’un stage.',
      criteres: ['B3.C4.CR3'],
      texte:
        'Le bilan ne se fait pas sans la personne : il la réunit avec son [[nombre]] dans l’entreprise et avec le moniteur ou le chargé d’insertion. Il reprend les [[objectifs]] fixés au départ et l’[[autoevaluation]] de la personne. Il se termine par une trace écrite versée au projet [[projet]].',
      trous: {
        nombre: {
          acceptees: ['tuteur', 'tutrice', 'maître de stage', 'maitre de stage'],
          feedback: 'Le tuteur ou la tutrice a suivi la personne au quotidien : son regard complète celui de la personne et celui du moniteur. Le bilan se fait donc à trois.',
        },
        objectifs: {
          acceptees: ['objectifs', 'objectif'],
          feedback: 'Le bilan s’appuie sur les objectifs écrits avant le stage.',
        },
        autoevaluation: {
          acceptees: ['auto-évaluation', 'autoévaluation', 'auto-evaluation', 'autoevaluation', 'auto évaluation', 'auto evaluation'],
          feedback: 'La personne donne son propre avis sur ce qu’elle a réussi et vécu.',
        },
        projet: {
          acceptees: ['personnalisé', 'personnalise'],
          feedback: 'La trace du bilan rejoint le projet personnalisé.',
        },
      },
      explication:
        'Le bilan d’un stage reprend les objectifs de départ, croise l’avis du tuteur et l’auto-évaluation de la personne, puis laisse une trace partagée avec l’équipe.',
      source: 'Leçon Animer les séquences, § Faire le bilan',
    }),
  ],
});
