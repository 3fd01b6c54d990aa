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
  id: 'situations-apprenantes',
  titre: 'Construire des situations de travail apprenantes',
  description:
    'Repérer le potentiel d’apprentissage des situations de l’atelier, l’augmenter, et construire une action de formation en situation de travail (AFEST) conforme au décret n° 2018-1341.',
  bloc: 'B3',
  h5p: true,
  questions: [
    choixUnique({
      id: 'remi-plie',
      enonce:
        'À la blanchisserie, Rémi plie des draps depuis deux ans, vite et bien. Il n’a jamais appris à régler la calandre. Que pouvez-vous dire de sa situation de travail ?',
      criteres: ['B3.C2.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Il continue d’apprendre chaque jour, puisqu’il gagne encore en vitesse et en régularité.',
          feedback:
            'Non : gagner un peu en vitesse n’est pas apprendre quelque chose de nouveau. Sans problème à résoudre ni retour, la situation ne fait plus progresser.',
        },
        {
          id: 'b',
          texte: 'Le réglage de la calandre est sans doute hors de sa portée, vu son parcours.',
          feedback:
            'Non : Rémi n’a jamais eu l’occasion d’apprendre. L’écart vient de la situation proposée, pas de la personne.',
        },
        {
          id: 'c',
          texte: 'Seule une formation extérieure sur la calandre pourra maintenant le faire progresser.',
          feedback:
            'Non : l’atelier peut devenir formateur si l’on agit sur ses conditions. Une formation extérieure n’est pas la seule voie.',
        },
        {
          id: 'd',
          texte: 'Elle ne lui apprend plus grand-chose : elle n’exige ni décision ni réglage nouveau.',
          feedback:
            'Oui : la répétition d’une tâche entièrement prescrite n’apprend plus grand-chose. Le moniteur peut créer une situation plus riche.',
        },
      ],
      reponse: 'd',
      explication:
        'Selon la didactique professionnelle, une situation de travail n’est pas formatrice par nature : elle a un potentiel d’apprentissage qu’on peut identifier et augmenter en agissant sur ses conditions.',
      source: 'Leçon Situations apprenantes, § Toute situation n’est pas formatrice',
    }),
    choixMultiples({
      id: 'facteurs-potentiel',
      enonce:
        'Parmi ces caractéristiques d’une situation de travail, lesquelles augmentent son potentiel d’apprentissage ?',
      criteres: ['B3.C2.CR1'],
      options: [
        {
          id: 'a',
          texte: 'La personne doit faire un choix ou un réglage',
          feedback: 'Oui : un problème à résoudre oblige à comprendre, pas seulement à répéter.',
        },
        {
          id: 'b',
          texte: 'La personne voit le résultat et peut le comparer au modèle',
          feedback: 'Oui : sans retour sur son action, on ne sait pas ce qu’il faut corriger.',
        },
        {
          id: 'c',
          texte: 'L’erreur est possible sans danger ni conséquence pour le client',
          feedback: 'Oui : on apprend en essayant, donc en se trompant parfois.',
        },
        {
          id: 'd',
          texte: 'Un accompagnement est prévu au moment de l’essai',
          feedback: 'Oui : quelqu’un qui explique, questionne et montre les repères rend la situation formatrice.',
        },
        {
          id: 'e',
          texte: 'La cadence est celle de la plus grosse commande du mois',
          feedback: 'Non : la pression de la cadence laisse peu de temps pour comprendre et rend l’erreur coûteuse.',
        },
        {
          id: 'f',
          texte: 'Le mode opératoire fixe à l’avance chaque geste et chaque réglage',
          feedback: 'Non : une tâche où tout est prescrit ne laisse rien à essayer ni à ajuster.',
        },
      ],
      reponses: ['a', 'b', 'c', 'd'],
      explication:
        'Choix à faire, marge de manœuvre, résultat visible, temps, accompagnement, erreur sans danger : ce sont les conditions qui rendent une situation apprenante. Cadence imposée et tâche totalement prescrite les réduisent.',
      source: 'Leçon Situations apprenantes, § Toute situation n’est pas formatrice',
    }),
    choixUnique({
      id: 'situation-la-plus-riche',
      enonce:
        'À l’atelier de conditionnement, Bintou veut progresser en contrôle de la qualité. Quelle situation a le plus fort potentiel d’apprentissage pour elle ?',
      criteres: ['B3.C2.CR1'],
      options: [
        {
          id: 'a',
          texte: 'L’empilage sur palette des cartons contrôlés, en suivant le plan de palettisation.',
          feedback: 'Non : suivre un plan demande de l’attention, mais le contrôle est déjà fait ; la tâche n’offre ni choix ni retour sur la qualité.',
        },
        {
          id: 'b',
          texte: 'Le changement de référence sur la ligne, avec la vérification du premier article de la série.',
          feedback:
            'Oui : elle doit lire le bon de commande, comparer et décider si l’on peut lancer la série. C’est un moment riche en décisions.',
        },
        {
          id: 'c',
          texte: 'Le pliage des cartons vides, une tâche qu’elle connaît bien et où elle est en confiance.',
          feedback: 'Non : être en confiance compte, mais la tâche est répétitive et ne met pas en jeu le contrôle de la qualité.',
        },
      ],
      reponse: 'b',
      explication:
        'Les moments de changement (démarrage, changement de référence, contrôle, imprévu) sont souvent les plus riches, parce qu’ils demandent de décider et montrent le résultat.',
      source: 'Leçon Situations apprenantes, § Repérer les situations qui ont un potentiel',
    }),
    vraiFaux({
      id: 'agir-sur-conditions',
      enonce:
        'À l’atelier de conditionnement, vous placez le premier changement de référence de Bintou un lundi matin, sur une série test, plutôt que pendant la grosse commande du jeudi. Vous augmentez ainsi le potentiel d’apprentissage de cette même tâche.',
      criteres: ['B3.C2.CR1'],
      reponse: true,
      feedback: {
        vrai: 'Exact : la tâche est la même, mais le moment calme et la série test rendent l’erreur possible sans conséquence et laissent le temps de comprendre.',
        faux: 'Si : le potentiel d’une situation dépend aussi de ses conditions (moment, cadence, accompagnement, erreur sans conséquence), sur lesquelles le moniteur peut agir.',
      },
      explication:
        'La didactique professionnelle montre que le potentiel d’apprentissage d’une situation n’est pas figé : on peut l’identifier et l’augmenter en agissant sur ses conditions.',
      source: 'Leçon Situations apprenantes, § Augmenter le potentiel d’une situation',
    }),
    association({
      id: 'ateliers-situations',
      enonce:
        'Associez chaque situation à fort potentiel à ce qu’elle permet d’apprendre.',
      criteres: ['B3.C2.CR1'],
      gauche: [
        {
          id: 'g1',
          texte: 'Restauration collective : la mise en place avant le service',
          feedback: 'La mise en place oblige à organiser son poste et à contrôler les températures avant l’arrivée des convives.',
        },
        {
          id: 'g2',
          texte: 'Espaces verts : l’arrivée sur un nouveau chantier',
          feedback: 'Un terrain inconnu demande de repérer les dangers et de choisir l’outil adapté.',
        },
        {
          id: 'g3',
          texte: 'Blanchisserie : le tri du linge à l’arrivée',
          feedback: 'Le tri demande de lire les étiquettes d’entretien et de choisir un programme.',
        },
        {
          id: 'g4',
          texte: 'Menuiserie : la première pièce d’une série',
          feedback: 'La première pièce se mesure et se compare à la cote avant de lancer la série.',
        },
      ],
      droite: [
        { id: 'd1', texte: 'Organiser son poste et contrôler les températures' },
        { id: 'd2', texte: 'Repérer les dangers et choisir l’outil selon le terrain' },
        { id: 'd3', texte: 'Lire une étiquette d’entretien et choisir un programme' },
        { id: 'd4', texte: 'Mesurer, comparer à la cote et ajuster la machine' },
        { id: 'd5', texte: 'Tenir la cadence de la commande en cours' },
      ],
      paires: { g1: 'd1', g2: 'd2', g3: 'd3', g4: 'd4' },
      explication:
        'Chaque atelier contient des situations riches, souvent aux moments de démarrage ou de changement. Les repérer, c’est se demander ce qu’elles obligent à décider et à comprendre.',
      source: 'Leçon Situations apprenantes, § Repérer les situations qui ont un potentiel',
    }),
    choixMultiples({
      id: 'reperer-situations',
      enonce:
        'Vous faites l’inventaire des situations de votre atelier pour choisir celles à travailler avec les personnes. Quelles questions vous aident à repérer une situation qui a un potentiel d’apprentissage ?',
      criteres: ['B3.C2.CR1'],
      options: [
        {
          id: 'a',
          texte: 'La situation met-elle en jeu des décisions, des réglages ou des choix ?',
          feedback: 'Oui : c’est ce qui distingue une situation riche d’une simple répétition.',
        },
        {
          id: 'b',
          texte: 'Est-ce la prestation la plus demandée par nos clients cette année ?',
          feedback: 'Non : ce critère concerne le carnet de commandes, pas le potentiel d’apprentissage.',
        },
        {
          id: 'c',
          texte: 'Est-elle assez rare pour rester nouvelle ?',
          feedback: 'Non : c’est l’inverse. Une situation qui revient souvent permet de s’exercer ; une situation rare laisse peu d’occasions d’apprendre.',
        },
        {
          id: 'd',
          texte: 'Peut-on la vivre en sécurité, au besoin en la simplifiant ?',
          feedback: 'Oui : l’erreur doit rester possible sans danger.',
        },
        {
          id: 'e',
          texte: 'La personne peut-elle la réussir sans aide dès le premier essai ?',
          feedback: 'Non : une situation déjà réussie sans aide n’apprend plus grand-chose ; le potentiel est dans ce qui reste à découvrir, avec un accompagnement.',
        },
      ],
      reponses: ['a', 'd'],
      explication:
        'Décisions, lien avec le projet, fréquence, sécurité : ces questions permettent de repérer les situations qui valent la peine d’être transformées en situations apprenantes.',
      source: 'Leçon Situations apprenantes, § Repérer les situations qui ont un potentiel',
    }),
    ordre({
      id: 'construire-afest-bintou',
      enonce:
        'Bintou veut apprendre à conduire la filmeuse. Remettez dans l’ordre la construction de cette situation apprenante.',
      criteres: ['B3.C2.CR2'],
      etapes: [
        {
          id: 'e1',
          texte: 'Recueillir le souhait de Bintou : conduire seule la filmeuse',
          feedback: 'Tout part de son souhait : « Je veux faire marcher la machine toute seule. » L’objectif se précise ensuite avec elle.',
        },
        {
          id: 'e2',
          texte: 'Observer les travailleurs expérimentés à la filmeuse et repérer les moments à risque',
          feedback: 'C’est l’analyse de l’activité : le travail réel, ses difficultés et ses astuces.',
        },
        {
          id: 'e3',
          texte: 'Prévoir les essais le lundi matin sur des coffrets vides, et désigner la monitrice comme formatrice',
          feedback: 'On adapte la situation à des fins pédagogiques (moment calme, erreur sans conséquence) et l’on désigne le formateur avant le début de l’action.',
        },
        {
          id: 'e4',
          texte: 'Faire le premier essai accompagné par la monitrice',
          feedback: 'La mise en situation a lieu avec la formatrice désignée à l’avance.',
        },
        {
          id: 'e5',
          texte: 'Revenir au calme sur l’essai, avec les photos des étapes',
          feedback: 'La phase réflexive est distincte de la mise en situation.',
        },
        {
          id: 'e6',
          texte: 'Vérifier que Bintou réussit seule trois cycles avec un arrêt sécurisé',
          feedback: 'L’évaluation spécifique des acquis porte sur l’objectif fixé au départ.',
        },
      ],
      explication:
        'Souhait, analyse de l’activité, adaptation et désignation du formateur, mise en situation accompagnée, phase réflexive distincte, évaluation des acquis : on retrouve les quatre conditions de l’article D6313-3-2 du code du travail (décret n° 2018-1341).',
      source: 'Décret n° 2018-1341, C. trav. art. D6313-3-2 ; leçon Situations apprenantes, § Exemple',
    }),
    choixUnique({
      id: 'phase-reflexive-definition',
      enonce:
        'Théo vient de faire son premier essai à la calandre. Lequel de ces échanges est une phase réflexive au sens de l’AFEST ?',
      criteres: ['B3.C2.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Au poste, sans arrêter la machine, vous lui dites ce qui était réussi et ce qu’il doit accélérer.',
          feedback:
            'Non : c’est un retour rapide pendant le travail. Il n’y a ni temps séparé ni analyse par Théo.',
        },
        {
          id: 'b',
          texte: 'En fin de journée, au calme, vous relisez avec lui la fiche de consignes et lui rappelez les règles.',
          feedback:
            'Non : le moment est bien choisi, mais c’est une transmission de consignes. Utile, ce n’est pas une réflexion de Théo sur son action.',
        },
        {
          id: 'c',
          texte: 'Un quart d’heure après, au calme, il raconte comment il a fait et à quoi il a vu que le linge était sec.',
          feedback:
            'Oui : le temps est séparé de la mise en situation, et c’est Théo qui analyse ce qu’il a fait, ce qui était attendu et ce qu’il a appris.',
        },
      ],
      reponse: 'c',
      explication:
        'Une phase réflexive est distincte de la mise en situation ; elle sert à analyser les écarts entre attendus, réalisations et acquis. Ce n’est ni un simple débriefing ni une transmission de consignes.',
      source: 'Décret n° 2018-1341 ; C. trav. art. D6313-3-2',
    }),
    vraiFaux({
      id: 'debriefing-suffit',
      enonce:
        'Après l’essai de Nadir à la calandre, vous prenez dix minutes au calme, hors production. Vous lui dites ce qui était réussi et ce qu’il devra corriger la prochaine fois. Ce temps constitue une phase réflexive au sens de l’AFEST.',
      criteres: ['B3.C2.CR2'],
      reponse: false,
      feedback: {
        vrai: 'Non : le temps est bien séparé du travail, mais c’est vous qui parlez. C’est un débriefing suivi de consignes ; dans une phase réflexive, c’est Nadir qui analyse ce qu’il a fait, ce qui était attendu et ce qu’il a appris.',
        faux: 'Exact : séparer le temps ne suffit pas. Un avis et des consignes donnés par le moniteur ne sont pas une réflexion de Nadir ; des questions ouvertes lui feraient expliciter ses apprentissages.',
      },
      explication:
        'Le décret n° 2018-1341 (C. trav. art. D6313-3-2) exige des phases réflexives distinctes des mises en situation, pour observer et analyser les écarts entre attendus, réalisations et acquis.',
      source: 'Décret n° 2018-1341 ; C. trav. art. D6313-3-2',
    }),
    choixMultiples({
      id: 'conditions-decret',
      enonce:
        'Selon l’article D6313-3-2 du code du travail (décret n° 2018-1341 du 28 décembre 2018), que comprend la mise en œuvre d’une action de formation en situation de travail ?',
      criteres: ['B3.C2.CR2'],
      options: [
        {
          id: 'a',
          texte: 'L’analyse de l’activité de travail, pour l’adapter si besoin à des fins pédagogiques',
          feedback: 'Oui : c’est la première condition fixée par le décret.',
        },
        {
          id: 'b',
          texte: 'Une durée minimale de formation fixée par le décret',
          feedback: 'Non : le décret ne fixe pas de durée. Il fixe des conditions de mise en œuvre : analyse de l’activité, formateur désigné, phases réflexives, évaluations.',
        },
        {
          id: 'c',
          texte: 'La désignation préalable d’un formateur',
          feedback: 'Oui : le formateur, interne ou externe, est désigné avant l’action et peut exercer une fonction tutorale.',
        },
        {
          id: 'd',
          texte: 'Des phases réflexives distinctes des mises en situation de travail',
          feedback: 'Oui : c’est le cœur de l’AFEST.',
        },
        {
          id: 'e',
          texte: 'Des évaluations spécifiques des acquis',
          feedback: 'Oui : elles jalonnent ou concluent l’action.',
        },
      ],
      reponses: ['a', 'c', 'd', 'e'],
      explication:
        'Les quatre conditions de l’AFEST : analyse de l’activité, formateur désigné au préalable, phases réflexives distinctes, évaluations spécifiques des acquis (C. trav. art. D6313-3-2, issu du décret n° 2018-1341).',
      source: 'Décret n° 2018-1341 du 28 décembre 2018 ; C. trav. art. D6313-3-2',
    }),
    texteATrous({
      id: 'definition-action-formation',
      enonce: 'Complétez la définition de l’action de formation issue de la loi n° 2018-771 du 5 septembre 2018.',
      criteres: ['B3.C2.CR2'],
      texte:
        'L’action de formation se définit comme un parcours [[pedagogique]] permettant d’atteindre un objectif [[professionnel]]. Elle peut être réalisée en [[situation]] de travail.',
      trous: {
        pedagogique: {
          acceptees: ['pédagogique', 'pedagogique'],
          feedback: 'L’action de formation est un parcours pédagogique.',
        },
        professionnel: {
          acceptees: ['professionnel'],
          feedback: 'Le parcours vise un objectif professionnel.',
        },
        situation: {
          acceptees: ['situation'],
          feedback: 'La loi reconnaît la formation réalisée en situation de travail : c’est l’AFEST.',
        },
      },
      explication:
        'Le code du travail (art. L6313-2, dans sa rédaction issue de la loi n° 2018-771) définit l’action de formation comme un parcours pédagogique vers un objectif professionnel, qui peut être réalisé en situation de travail.',
      source: 'Loi n° 2018-771 ; C. trav. art. L6313-2',
    }),
    choixUnique({
      id: 'evaluation-specifique',
      enonce:
        'L’objectif de Bintou est de lancer un cycle de filmage, de vérifier le film et d’arrêter la machine en sécurité. Laquelle de ces évaluations est une évaluation spécifique de ses acquis ?',
      criteres: ['B3.C2.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Le nombre de coffrets filmés par l’atelier pendant toute la semaine de formation.',
          feedback: 'Non : c’est un indicateur de production collective, pas une mesure de ce que Bintou a appris.',
        },
        {
          id: 'b',
          texte: 'Trois cycles réussis seule, avec l’arrêt d’urgence montré et expliqué par elle.',
          feedback: 'Oui : l’évaluation porte directement sur l’objectif fixé, avec des critères connus de Bintou.',
        },
        {
          id: 'c',
          texte: 'L’avis du client sur la qualité du filmage à la réception de la commande.',
          feedback: 'Non : le client juge la commande, produite par toute l’équipe, pas les acquis de Bintou.',
        },
        {
          id: 'd',
          texte: 'Les heures passées par Bintou à la filmeuse, notées chaque jour au cahier.',
          feedback: 'Non : le temps de présence ne dit pas ce qui est acquis.',
        },
      ],
      reponse: 'b',
      explication:
        'Les évaluations spécifiques des acquis portent sur l’objectif de la formation, pas sur le rendement. Elles se préparent dès le départ (C. trav. art. D6313-3-2).',
      source: 'C. trav. art. D6313-3-2 ; leçon Situations apprenantes, § Évaluer les acquis',
    }),
    choixUnique({
      id: 'analyse-activite',
      enonce:
        'Théo veut apprendre à conduire la calandre. Par quoi commence la construction de son AFEST, une fois son souhait recueilli ?',
      criteres: ['B3.C2.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Observer les personnes expérimentées au travail et noter leurs difficultés et astuces.',
          feedback:
            'Oui : l’analyse de l’activité réelle (difficultés, astuces, moments à risque) permet ensuite d’adapter la situation à des fins pédagogiques.',
        },
        {
          id: 'b',
          texte: 'Le placer à la calandre pendant la grosse commande, pour voir ce qu’il sait déjà faire.',
          feedback:
            'Non : sous la pression de la commande, l’erreur devient coûteuse, et un débutant à la calandre risque de se faire happer la main. On analyse et on prépare d’abord.',
        },
        {
          id: 'c',
          texte: 'Lire avec lui la notice du fabricant, pour qu’il connaisse le réglage avant son premier essai.',
          feedback:
            'Non : lire ensemble part d’une bonne intention, mais la notice décrit le travail prescrit, pas le travail réel, ses difficultés et ses astuces.',
        },
      ],
      reponse: 'a',
      explication:
        'L’analyse de l’activité de travail est la première condition de l’AFEST : elle compare le travail réel au travail prescrit et fait apparaître ce qu’il faut adapter.',
      source: 'Décret n° 2018-1341 ; C. trav. art. D6313-3-2',
    }),
    vraiFaux({
      id: 'reflexivite-peu-oral',
      enonce:
        'Avec une personne qui s’exprime peu à l’oral, la phase réflexive peut s’appuyer sur des photos des étapes de l’essai et sur le geste refait lentement.',
      criteres: ['B3.C2.CR2'],
      reponse: true,
      feedback: {
        vrai: 'Exact : photos (prises avec son accord), pictogrammes, geste refait lentement permettent à la personne d’analyser son action sans passer uniquement par la parole.',
        faux: 'Si : la phase réflexive n’exige pas un long discours. Des supports visuels et le geste permettent à la personne d’expliquer ce qu’elle a fait.',
      },
      explication:
        'La phase réflexive s’adapte à la façon de s’exprimer de la personne. L’important est qu’elle revienne elle-même sur son action, quel que soit le support.',
      source: 'Leçon Situations apprenantes, § Prévoir des phases réflexives distinctes',
    }),
  ],
});
