import {
  association,
  choixMultiples,
  choixUnique,
  defineQuiz,
  numerique,
  ordre,
  texteATrous,
  vraiFaux,
} from '#auteur';

export default defineQuiz({
  id: 'adapter-postes',
  titre: 'Adapter les postes de travail et répartir les tâches',
  description:
    'Observer l’activité réelle, aménager le poste pour adapter le travail à la personne, répartir les tâches et organiser les rotations avec l’équipe.',
  bloc: 'B2',
  questions: [
    choixUnique({
      id: 'douleur-epaules',
      enonce:
        'Au poste de pliage de la blanchisserie, Maëlle vous dit : « J’ai mal aux épaules le soir, je voudrais changer de poste. » Que faites-vous en premier ?',
      criteres: ['B2.C3.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Vous la placez dès aujourd’hui au tri, comme elle le souhaite, pour respecter son choix.',
          feedback:
            'Sa demande compte, mais sans comprendre ce qui fait mal, le problème reste au poste de pliage pour la personne suivante, et peut la suivre au tri.',
        },
        {
          id: 'b',
          texte: 'Vous commandez une table réglable pour le pliage, la hauteur étant souvent en cause.',
          feedback:
            'Peut-être utile, mais décidé trop tôt : sans observation, vous ne savez pas si la table est en cause.',
        },
        {
          id: 'c',
          texte: 'Vous l’encouragez à faire des pauses plus longues, le temps que la douleur passe.',
          feedback:
            'Des pauses peuvent soulager, mais cette réponse ne cherche pas la cause et laisse la douleur s’installer.',
        },
        {
          id: 'd',
          texte: 'Vous notez avec elle quand la douleur vient, puis observez son poste geste par geste.',
          feedback:
            'Oui : écouter la personne et observer l’activité réelle avec elle permet de trouver ce qu’il faut changer. Si la douleur persiste, le médecin du travail est aussi à solliciter.',
        },
      ],
      reponse: 'd',
      explication:
        'On analyse l’activité réelle d’un poste avant de l’adapter : gestes, postures, moments difficiles, astuces, avec la personne, qui est l’experte de son travail.',
      source: 'Leçon Adapter les postes, § Observer l’activité réelle avant d’adapter',
    }),
    vraiFaux({
      id: 'fiche-de-poste-suffit',
      enonce:
        'Le chef d’atelier vous remet la fiche du poste de pliage, mise à jour le mois dernier et très détaillée. Elle suffit pour choisir l’aménagement qui soulagera les épaules de Maëlle.',
      criteres: ['B2.C3.CR1'],
      reponse: false,
      feedback: {
        vrai: 'Non : même récente et détaillée, la fiche décrit le travail prescrit. Le chariot trop bas, les bras levés, l’astuce du collègue qui tient le drap ne s’y trouvent pas.',
        faux: 'Exact : l’écart entre travail prescrit et activité réelle montre où agir ; il ne se voit qu’en observant Maëlle et en l’écoutant.',
      },
      explication:
        'Le travail prescrit dit ce qu’il faut faire ; l’activité réelle montre comment la personne y arrive. L’ergonomie part de l’analyse du travail réel.',
      source: 'Leçon Adapter les postes, § Travail prescrit et travail réel',
    }),
    choixMultiples({
      id: 'grille-observation',
      enonce: 'Vous préparez une grille pour observer un poste d’assemblage. Que notez-vous ?',
      criteres: ['B2.C3.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Les postures et les gestes répétés',
          feedback: 'Oui : ce sont les premières sources de fatigue et de douleur.',
        },
        {
          id: 'b',
          texte: 'Les astuces que la personne a trouvées',
          feedback: 'Oui : elles montrent une difficulté et souvent une piste de solution.',
        },
        {
          id: 'c',
          texte: 'Le moment de la journée et les signes de fatigue',
          feedback: 'Oui : l’activité change entre le début et la fin de la matinée.',
        },
        {
          id: 'd',
          texte: 'Votre impression sur sa motivation pendant l’observation',
          feedback: 'Non : une impression est un jugement sur la personne, pas un fait sur le travail ; elle n’a pas sa place dans la grille.',
        },
        {
          id: 'e',
          texte: 'Son nombre de pièces comparé à la moyenne de l’équipe',
          feedback: 'Non : l’observation sert à comprendre le poste, pas à classer les personnes.',
        },
      ],
      reponses: ['a', 'b', 'c'],
      explication:
        'Une grille d’observation note des faits sur le travail : opérations, gestes, postures, moments, environnement, ce que dit la personne. Elle ne contient ni diagnostic, ni jugement, ni classement.',
      source: 'Leçon Adapter les postes, § Une grille d’observation',
    }),
    numerique({
      id: 'temps-hors-tache',
      enonce:
        'Vous observez Yanis pendant 60 minutes au poste d’assemblage, avec son accord. Quelle part du temps observé, en pourcentage, passe-t-il à autre chose que l’assemblage ?',
      criteres: ['B2.C3.CR1'],
      tableau: {
        entetes: ['Observation sur 60 minutes', 'Durée'],
        lignes: [
          ['Se lever pour chercher des composants dans l’armoire', '15 min'],
          ['Attendre que le bac suivant soit rempli', '6 min'],
          ['Assembler', '39 min'],
        ],
      },
      reponse: { valeur: 35, tolerance: 0.5, unite: '%' },
      pieges: [
        { valeur: 25, feedback: 'Vous n’avez compté que la recherche des composants. L’attente compte aussi.' },
        { valeur: 10, feedback: 'Vous n’avez compté que l’attente. La recherche des composants compte aussi.' },
        { valeur: 65, feedback: '65 %, c’est la part du temps passé à assembler.' },
      ],
      feedback: {
        juste: 'Exact : 21 minutes sur 60, soit 35 %. Rapprocher les composants et organiser l’approvisionnement sont des pistes évidentes.',
        faux: 'Additionnez les durées qui ne sont pas de l’assemblage, puis divisez par la durée observée.',
      },
      explication:
        'Temps hors assemblage : $15 + 6 = 21$ min. Part : $\\dfrac{21}{60} \\times 100 = 35\\,\\%$. Ce chiffre montre un problème d’organisation du poste (approvisionnement), pas de rapidité de la personne.',
      source: 'Leçon Adapter les postes, § Observer l’activité réelle avant d’adapter',
    }),
    association({
      id: 'sources-observation',
      enonce: 'Associez chaque source d’information à ce qu’elle vous apprend sur un poste.',
      criteres: ['B2.C3.CR1'],
      gauche: [
        {
          id: 'g1',
          texte: 'La fiche de poste',
          feedback: 'Elle décrit le travail prescrit : ce qu’il faut faire et dans quel ordre.',
        },
        {
          id: 'g2',
          texte: 'L’observation en situation',
          feedback: 'Elle montre les gestes, les postures, les déplacements et les durées réels.',
        },
        {
          id: 'g3',
          texte: 'L’échange avec la personne',
          feedback: 'Elle seule peut dire ce qu’elle ressent, ce qui l’aide et ce qu’elle a déjà essayé.',
        },
      ],
      droite: [
        { id: 'd1', texte: 'Le travail prescrit' },
        { id: 'd2', texte: 'Les gestes, postures et durées réels' },
        { id: 'd3', texte: 'Le ressenti, les difficultés et les astuces' },
        { id: 'd4', texte: 'Le classement des travailleurs' },
      ],
      paires: { g1: 'd1', g2: 'd2', g3: 'd3' },
      explication:
        'Analyser l’activité réelle, c’est croiser le prescrit, l’observation et la parole de la personne. Aucune de ces sources ne suffit seule.',
      source: 'Leçon Adapter les postes, § Comment observer',
    }),
    association({
      id: 'difficulte-amenagement',
      enonce: 'Associez chaque difficulté observée à l’aménagement le plus adapté.',
      criteres: ['B2.C3.CR2'],
      gauche: [
        {
          id: 'g1',
          texte: 'Se pencher très bas pour prendre chaque drap dans le chariot',
          feedback: 'Un chariot à fond remontant amène le linge à bonne hauteur.',
        },
        {
          id: 'g2',
          texte: 'Confondre deux références de vis presque identiques',
          feedback: 'Une photo de la pièce sur chaque bac, doublée d’une lettre, supprime la confusion.',
        },
        {
          id: 'g3',
          texte: 'Oublier l’ordre des six étapes d’une recette',
          feedback: 'Une fiche en photos, étape par étape, sert de mémoire au poste.',
        },
        {
          id: 'g4',
          texte: 'Se tromper en comptant au-delà de dix pièces',
          feedback: 'Une plaque de comptage à alvéoles remplace le comptage par un repère visible.',
        },
      ],
      droite: [
        { id: 'd1', texte: 'Chariot à fond remontant' },
        { id: 'd2', texte: 'Photo de la pièce et lettre sur chaque bac' },
        { id: 'd3', texte: 'Fiche recette en photos' },
        { id: 'd4', texte: 'Plaque de comptage à alvéoles' },
        { id: 'd5', texte: 'Rappel oral de la consigne chaque matin' },
      ],
      paires: { g1: 'd1', g2: 'd2', g3: 'd3', g4: 'd4' },
      explication:
        'Chaque aménagement répond à une difficulté précise : hauteur et disposition, aides visuelles, gabarits. Un rappel oral de la consigne ne supprime aucune de ces difficultés : il s’oublie, et il ne change ni la hauteur ni les repères du poste.',
      source: 'Leçon Adapter les postes, § Aménager le poste ; ANESM, RBPP ESAT (2013)',
    }),
    choixUnique({
      id: 'adapter-a-l-homme',
      enonce:
        'Au poste d’étiquetage, les cartons arrivent sur un convoyeur haut : Kevin et Lina, plus petits que leurs collègues, travaillent les bras levés et se plaignent des épaules. Quelle décision applique le principe « adapter le travail à l’homme » ?',
      criteres: ['B2.C3.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Installer une estrade ou un plan réglable, essayé à leur hauteur.',
          feedback: 'Oui : on part des personnes et l’on transforme le poste, en essayant la solution avec elles.',
        },
        {
          id: 'b',
          texte: 'Confier désormais ce poste aux travailleurs les plus grands de l’équipe.',
          feedback: 'C’est l’inverse du principe : on choisit la personne qui convient au poste, qui, lui, reste inadapté.',
        },
        {
          id: 'c',
          texte: 'Leur apprendre les bons gestes pour tenir la posture sans se blesser.',
          feedback: 'Les gestes ont leur place, mais s’habituer à un poste inadapté, c’est encore adapter la personne au poste.',
        },
      ],
      reponse: 'a',
      explication:
        '« Adapter le travail à l’homme » est le 4e des neuf principes généraux de prévention (C. trav., art. L4121-2) : c’est le poste qui change, pas la personne. L’ergonomie, selon la SELF (1970), conçoit outils, postes et organisations à partir de ce que l’on sait de l’humain au travail.',
      source: 'C. trav. art. L4121-2, 4° ; définition de l’ergonomie, SELF (1970)',
    }),
    texteATrous({
      id: 'principes-prevention',
      enonce: 'Complétez deux des neuf principes généraux de prévention du code du travail.',
      criteres: ['B2.C3.CR2', 'B2.C6.CR2'],
      texte:
        'L’employeur doit [[adapter]] le travail à l’[[homme]]. Il donne la priorité à la protection [[collective]] sur la protection individuelle.',
      trous: {
        adapter: { acceptees: ['adapter'], feedback: 'Adapter le travail à l’homme est le 4e principe.' },
        homme: {
          acceptees: ['homme', 'humain', 'être humain', 'personne'],
          feedback: 'Le texte dit « l’homme », au sens de l’être humain.',
        },
        collective: {
          acceptees: ['collective'],
          feedback: 'Un carter ou une aspiration protège toutes les personnes exposées ; une protection individuelle ne vient qu’en complément.',
        },
      },
      explication:
        'Le code du travail (art. L4121-2) pose neuf principes généraux de prévention, dont « adapter le travail à l’homme » et « donner la priorité à la protection collective ». Ils guident l’aménagement des postes.',
      source: 'C. trav. art. L4121-2',
    }),
    choixUnique({
      id: 'code-couleur',
      enonce:
        'Vous voulez signaler les bacs « à reprendre » en rouge et les bacs « conformes » en vert. Un travailleur de l’équipe ne distingue pas ces deux couleurs. Que faites-vous ?',
      criteres: ['B2.C3.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Vous lui confiez un poste de l’équipe sans tri par couleur, où il sera à l’aise.',
          feedback: 'Cela l’exclut d’une partie du travail alors qu’une aide visuelle simple suffit.',
        },
        {
          id: 'b',
          texte: 'Vous choisissez avec lui deux autres couleurs qu’il distingue sans peine.',
          feedback:
            'Cela règle son cas, mais l’information reste portée par la seule couleur : un autre collègue, une lumière faible ou une photocopie en noir et blanc posent le même problème.',
        },
        {
          id: 'c',
          texte: 'Vous doublez chaque couleur d’un pictogramme et d’un mot écrit en gros, sur chaque bac.',
          feedback: 'Oui : une aide visuelle ne repose pas sur la seule couleur ; elle sert toute l’équipe.',
        },
      ],
      reponse: 'c',
      explication:
        'Les pictogrammes et consignes visuelles font partie des adaptations recommandées en ESAT (ANESM, 2013). Une information portée par la seule couleur exclut une partie des personnes.',
      source: 'ANESM, RBPP ESAT (2013) ; leçon Adapter les postes, § Les aides visuelles',
    }),
    vraiFaux({
      id: 'anesm-pictogrammes',
      enonce:
        'La RBPP de l’ANESM sur l’accompagnement des travailleurs en ESAT (2013) cite les pictogrammes, les consignes visuelles et l’alternance de tâches plus ou moins fatigantes parmi les adaptations des conditions de travail.',
      criteres: ['B2.C3.CR2'],
      reponse: true,
      feedback: {
        vrai: 'Exact : elle cite aussi les temps de pause et le marquage des circulations.',
        faux: 'Si : ces exemples figurent dans la recommandation de 2013 sur l’adaptation de l’accompagnement en ESAT.',
      },
      explication:
        'La RBPP « Adaptation de l’accompagnement aux attentes et besoins des travailleurs handicapés en ESAT » (ANESM, 2013) donne des exemples concrets : pictogrammes, consignes visuelles, alternance de tâches, pauses, marquage des circulations.',
      source: 'ANESM, RBPP ESAT (2013)',
    }),
    choixUnique({
      id: 'ea-mesures-appropriees',
      enonce:
        'Dans une entreprise adaptée, un salarié en situation de handicap demande un siège assis-debout pour tenir son poste. Quel est le cadre ?',
      criteres: ['B2.C3.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Aucune obligation : en entreprise adaptée, les postes sont déjà conçus pour le handicap.',
          feedback: 'Non : l’entreprise adaptée est une entreprise du milieu ordinaire ; l’obligation de mesures appropriées s’y applique pleinement.',
        },
        {
          id: 'b',
          texte: 'L’employeur doit prendre les mesures appropriées, sauf si leur charge est disproportionnée.',
          feedback: 'Oui : c’est l’obligation de mesures appropriées du code du travail ; un refus injustifié peut être discriminatoire.',
        },
        {
          id: 'c',
          texte: 'L’employeur attend la décision de la CDAPH, qui fixe les aménagements du poste.',
          feedback: 'Non : la CDAPH reconnaît la qualité de travailleur handicapé et décide des orientations ; l’aménagement du poste relève de l’employeur.',
        },
      ],
      reponse: 'b',
      explication:
        'L’article L5213-6 du code du travail oblige l’employeur à prendre les mesures appropriées pour qu’un travailleur handicapé accède à un emploi, le garde, y progresse ou soit formé, sauf charge disproportionnée.',
      source: 'C. trav. art. L5213-6',
    }),
    choixUnique({
      id: 'critere-repartition',
      enonce: 'Vous répartissez les postes de la semaine en conditionnement. Sur quoi vous appuyez-vous ?',
      criteres: ['B2.C3.CR3'],
      options: [
        {
          id: 'a',
          texte: 'Sur la rapidité de chacun, pour que la commande parte à l’heure.',
          feedback: 'La rapidité seule enferme chacun dans sa place et ignore souhaits et apprentissages.',
        },
        {
          id: 'b',
          texte: 'Sur l’ancienneté, par respect pour ceux qui connaissent l’atelier depuis longtemps.',
          feedback: 'L’ancienneté ne dit rien des capacités du moment, des souhaits ni des projets.',
        },
        {
          id: 'c',
          texte: 'Sur les capacités du moment, les souhaits et les objectifs d’apprentissage.',
          feedback: 'Oui : ce sont les trois informations à croiser pour répartir les tâches.',
        },
        {
          id: 'd',
          texte: 'Sur le handicap de chacun, tel qu’il est décrit dans son dossier.',
          feedback: 'Non : un diagnostic ne dit pas ce que la personne sait faire ou veut apprendre.',
        },
      ],
      reponse: 'c',
      explication:
        'Répartir les tâches, c’est croiser capacités du moment, souhaits et objectifs d’apprentissage du projet personnalisé. La vitesse, l’ancienneté ou un diagnostic ne sont pas des critères.',
      source: 'Leçon Adapter les postes, § Trois informations à croiser',
    }),
    choixMultiples({
      id: 'rotation-pratiques',
      enonce: 'Vous préparez une rotation entre les postes d’une équipe. Quelles pratiques retenez-vous ?',
      criteres: ['B2.C3.CR3'],
      options: [
        {
          id: 'a',
          texte: 'Alterner des tâches plus fatigantes et moins fatigantes',
          feedback: 'Oui : c’est l’un des exemples d’adaptation donnés par l’ANESM (2013).',
        },
        {
          id: 'b',
          texte: 'Faire tourner chacun au même rythme, annoncé en réunion, pour que ce soit équitable',
          feedback:
            'L’équité est une bonne intention, mais une règle identique pour tous met en difficulté les personnes qui ont besoin de repères.',
        },
        {
          id: 'c',
          texte: 'Demander à ceux qui ont besoin de stabilité quelle alternance leur convient',
          feedback: 'Oui : la rotation se construit avec les personnes, pas contre elles.',
        },
        {
          id: 'd',
          texte: 'Laisser chacun à son poste habituel pendant les commandes serrées',
          feedback: 'Non : la rotation s’arrête alors au moment où la fatigue est la plus forte, et les apprentissages attendent toujours.',
        },
        {
          id: 'e',
          texte: 'Garder les postes les plus physiques pour les plus robustes, toute la journée',
          feedback: 'Non : cela concentre l’usure sur quelques personnes au lieu d’alterner les efforts.',
        },
      ],
      reponses: ['a', 'c'],
      explication:
        'La rotation sert à alterner les efforts, éviter la monotonie et apprendre. Elle se construit avec l’équipe et respecte ceux qui préfèrent la stabilité.',
      source: 'ANESM, RBPP ESAT (2013) ; leçon Adapter les postes, § La rotation et l’alternance des tâches',
    }),
    ordre({
      id: 'construire-rotation',
      enonce: 'Remettez dans l’ordre les étapes pour mettre en place une rotation dans l’atelier.',
      criteres: ['B2.C3.CR3'],
      etapes: [
        {
          id: 'e1',
          texte: 'Recenser les postes et ce qu’ils demandent (effort, précision, fatigue)',
          feedback: 'On part de la connaissance des postes.',
        },
        {
          id: 'e2',
          texte: 'Croiser avec les compétences, les souhaits et les objectifs de chacun',
          feedback: 'Le tableau des compétences et les souhaits disent qui peut et veut aller où.',
        },
        {
          id: 'e3',
          texte: 'Proposer un plan de rotation en réunion d’atelier et l’ajuster avec l’équipe',
          feedback: 'Le plan se discute avec les personnes concernées.',
        },
        {
          id: 'e4',
          texte: 'L’essayer, puis en faire le bilan avec l’équipe',
          feedback: 'Comme un aménagement, une rotation s’essaie puis se vérifie.',
        },
      ],
      explication:
        'Connaître les postes, croiser avec les personnes, construire ensemble, essayer puis vérifier : la rotation devient un outil d’organisation et d’apprentissage partagé.',
      source: 'Leçon Adapter les postes, § Répartir les tâches et organiser les rotations',
    }),
    vraiFaux({
      id: 'rotation-obligatoire',
      enonce:
        'Djamila préfère rester à la calandre, où elle se sent en sécurité. Pour que la rotation garde son sens, elle doit suivre le même rythme de rotation que les autres.',
      criteres: ['B2.C3.CR3'],
      reponse: false,
      feedback: {
        vrai: 'Non : la rotation est un moyen. Un besoin de stabilité se discute ; on peut proposer une alternance qu’elle choisit.',
        faux: 'Exact : vous en parlez avec elle et proposez, si elle le souhaite, une alternance légère entre deux tâches connues.',
      },
      explication:
        'Répartir selon les souhaits fait partie de la compétence. La rotation respecte les personnes qui ont besoin de repères ; elle n’est pas une règle appliquée à tous de la même façon.',
      source: 'Leçon Adapter les postes, § La rotation et l’alternance des tâches',
    }),
    choixUnique({
      id: 'caisse-self',
      enonce:
        'Mélanie, en restauration collective, a inscrit dans son projet personnalisé d’apprendre la caisse du self, pour viser un emploi en milieu ordinaire. Le service de midi est très chargé. Comment l’organisez-vous ?',
      criteres: ['B2.C3.CR3'],
      options: [
        {
          id: 'a',
          texte: 'Vous la placez en binôme à la caisse en fin de service, puis vous élargissez peu à peu les créneaux.',
          feedback: 'Oui : en binôme, au moment le plus calme, l’apprentissage démarre tout de suite et progresse pas à pas.',
        },
        {
          id: 'b',
          texte: 'Vous attendez qu’elle se sente prête, pour respecter son rythme, et en reparlez au bilan.',
          feedback: 'Attendre semble respectueux, mais rien ne change d’ici le bilan : son projet reste en suspens.',
        },
        {
          id: 'c',
          texte: 'Vous la placez seule à la caisse au moment du pic, pour qu’elle apprenne plus vite.',
          feedback: 'La mettre seule au moment le plus chargé risque de la mettre en échec et de la décourager.',
        },
      ],
      reponse: 'a',
      explication:
        'La répartition tient compte des objectifs d’apprentissage du projet personnalisé : on choisit le moment et l’appui (binôme) qui rendent l’apprentissage possible sans menacer le service.',
      source: 'Leçon Adapter les postes, § Trois informations à croiser',
    }),
  ],
});
