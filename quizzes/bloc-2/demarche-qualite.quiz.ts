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
  id: 'demarche-qualite',
  titre: 'La démarche qualité dans l’atelier',
  description:
    'Seize questions sur les exigences du client, l’autocontrôle, la traçabilité, le traitement d’une non-conformité avec l’équipe, les outils de recherche de causes et le cycle PDCA.',
  bloc: 'B2',
  questions: [
    choixUnique({
      id: 'avant-lancement',
      enonce:
        'L’atelier imprimerie reçoit une commande de 500 menus pour un restaurant. Avant de lancer l’impression, que vérifiez-vous en priorité ?',
      criteres: ['B2.C7.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Que vous avez toutes les exigences du client, traduites en critères de contrôle.',
          feedback: 'Oui : bon à tirer, papier, quantité, emballage… la qualité se définit par les exigences du client, traduites en critères simples pour l’équipe.',
        },
        {
          id: 'b',
          texte: 'Que la machine garde les réglages de la dernière commande de menus, qui était conforme.',
          feedback: 'Chaque client a ses exigences : les réglages d’une autre commande ne garantissent pas la conformité de celle-ci.',
        },
        {
          id: 'c',
          texte: 'Que l’équipe prévue est au complet pour tenir le délai de livraison annoncé.',
          feedback: 'Le délai compte, mais sans les exigences du client, l’équipe risque de produire vite un produit non conforme.',
        },
      ],
      reponse: 'a',
      explication:
        'Une production conforme commence par le recueil de toutes les exigences du client (commande, cahier des charges, échantillon de référence, tolérances, délais) et leur traduction en critères de contrôle.',
      source: 'Fiche Métier CPNE-FP 2024 ; ISO 9001:2015',
    }),
    choixMultiples({
      id: 'fiche-autocontrole',
      enonce:
        'Vous préparez une fiche d’autocontrôle pour Pauline, qui lit peu, au poste de mise en coffret. Que doit-elle contenir ?',
      criteres: ['B2.C7.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Des photos du coffret conforme et du coffret non conforme',
          feedback: 'Oui : l’image du « bon » et du « pas bon » permet de comparer sans lire.',
        },
        {
          id: 'b',
          texte: 'Une fréquence simple, par exemple tous les 20 coffrets',
          feedback: 'Oui : une fréquence claire rend le contrôle régulier et facile à tenir.',
        },
        {
          id: 'c',
          texte: 'Ce qu’il faut faire quand un point n’est pas bon',
          feedback: 'Oui : savoir quoi faire (bac rouge, appeler le moniteur) est aussi important que repérer le défaut.',
        },
        {
          id: 'd',
          texte: 'Le cahier des charges du client, agrafé au dos de la fiche',
          feedback: 'Non : ce document est utile au moniteur, mais illisible au poste. On en extrait quelques critères visuels.',
        },
      ],
      reponses: ['a', 'b', 'c'],
      explication:
        'Un autocontrôle n’est possible que si l’outil est adapté à la personne : critères visuels, fréquence simple, conduite à tenir en cas d’écart.',
      source: 'leçon Démarche qualité, § Contrôler et s’autocontrôler',
    }),
    vraiFaux({
      id: 'tracabilite-coupable',
      enonce: 'La traçabilité sert d’abord à identifier la personne responsable d’un défaut.',
      criteres: ['B2.C7.CR1'],
      reponse: false,
      feedback: {
        vrai: 'Non : elle sert à retrouver les lots concernés et à comprendre la cause, pas à désigner un coupable.',
        faux: 'Exact : la traçabilité limite le problème (quels lots trier) et aide à comprendre ce qui s’est passé.',
      },
      explication:
        'La traçabilité retrouve l’histoire d’un produit (date, poste, matières, contrôles). Elle permet de limiter un rappel aux lots concernés et d’analyser la cause.',
      source: 'leçon Démarche qualité, § La traçabilité',
    }),
    choixUnique({
      id: 'limiter-le-tri',
      enonce:
        'Le client signale des coffrets sans notice et vous demande de trier son stock. Qu’est-ce qui vous permet de ne trier que les coffrets concernés ?',
      criteres: ['B2.C7.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Le souvenir de l’équipe sur les jours où le poste a connu des difficultés.',
          feedback: 'La mémoire de l’équipe aide à comprendre, mais elle ne suffit pas à délimiter les lots avec certitude.',
        },
        {
          id: 'b',
          texte: 'Le planning de présence des travailleurs pendant la semaine concernée.',
          feedback: 'Le planning dit qui était là, pas quels produits sont concernés : ce n’est pas un outil de traçabilité produit.',
        },
        {
          id: 'c',
          texte: 'Les fiches de lot et d’autocontrôle, avec dates, postes et numéros de lot.',
          feedback: 'Oui : grâce à la traçabilité, vous savez quels lots sont concernés et lesquels ne le sont pas.',
        },
      ],
      reponse: 'c',
      explication:
        'La traçabilité repose sur des traces écrites (fiche de lot, numéro de lot, fiches d’autocontrôle) qui relient chaque produit à sa date, son poste et ses contrôles.',
      source: 'leçon Démarche qualité, § La traçabilité',
    }),
    association({
      id: 'documents-qualite',
      enonce: 'Associez chaque document à ce qu’il apporte à la qualité.',
      criteres: ['B2.C7.CR1'],
      gauche: [
        {
          id: 'g1',
          texte: 'Cahier des charges du client',
          feedback: 'Il décrit les exigences du client : ce qu’il faut produire et avec quelles caractéristiques.',
        },
        {
          id: 'g2',
          texte: 'Échantillon de référence validé',
          feedback: 'C’est le modèle concret auquel on compare chaque pièce.',
        },
        {
          id: 'g3',
          texte: 'Fiche de lot',
          feedback: 'Elle suit la série : dates, poste, matières, contrôles. C’est la base de la traçabilité.',
        },
        {
          id: 'g4',
          texte: 'Fiche d’autocontrôle au poste',
          feedback: 'Elle permet à la personne de vérifier elle-même son travail, à une fréquence donnée.',
        },
      ],
      droite: [
        { id: 'd1', texte: 'Décrire les exigences du client' },
        { id: 'd2', texte: 'Comparer chaque pièce à un modèle concret' },
        { id: 'd3', texte: 'Retrouver l’histoire d’une série' },
        { id: 'd4', texte: 'Vérifier son propre travail au poste' },
        { id: 'd5', texte: 'Calculer le prix de la commande' },
      ],
      paires: { g1: 'd1', g2: 'd2', g3: 'd3', g4: 'd4' },
      explication:
        'Exigences (cahier des charges, échantillon), contrôle (autocontrôle) et traçabilité (fiche de lot) forment le socle de la qualité dans un atelier.',
      source: 'leçon Démarche qualité, § La qualité, c’est d’abord l’exigence du client',
    }),
    ordre({
      id: 'etapes-non-conformite',
      enonce: 'Remettez dans l’ordre les étapes du traitement d’une non-conformité découverte chez le client.',
      criteres: ['B2.C7.CR2'],
      etapes: [
        {
          id: 'e1',
          texte: 'Isoler les produits concernés',
          feedback: 'D’abord empêcher que d’autres produits défectueux partent ou soient utilisés.',
        },
        {
          id: 'e2',
          texte: 'Informer la hiérarchie et le client avec des faits',
          feedback: 'Combien, quels lots, quel défaut : l’information factuelle permet de décider de la suite.',
        },
        {
          id: 'e3',
          texte: 'Corriger les produits : tri, reprise ou remplacement',
          feedback: 'On traite le produit défectueux pour répondre au client.',
        },
        {
          id: 'e4',
          texte: 'Rechercher les causes avec l’équipe',
          feedback: 'Les personnes qui font le travail connaissent les détails qui expliquent le défaut.',
        },
        {
          id: 'e5',
          texte: 'Agir sur les causes et vérifier que l’action fonctionne',
          feedback: 'C’est ce qui empêche le défaut de revenir.',
        },
      ],
      explication:
        'Une non-conformité se traite en deux temps : réagir sur le produit (isoler, informer, corriger), puis agir sur les causes (analyse avec l’équipe, action, vérification).',
      source: 'leçon Démarche qualité, § Traiter une non-conformité avec l’équipe',
    }),
    choixUnique({
      id: 'reaction-reclamation',
      enonce:
        'Lundi 8 h, le client signale 140 coffrets non conformes sur 2 000. Inès était au poste d’étiquetage ce jour-là. Quelle est votre première réaction ?',
      criteres: ['B2.C7.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Vous prenez Inès à part pour l’écouter sur ce qui s’est passé à son poste ce jour-là.',
          feedback: 'L’écoute est bienveillante, mais commencer par une personne la désigne avant toute analyse ; la cause peut être ailleurs.',
        },
        {
          id: 'b',
          texte: 'Vous isolez le stock restant et réunissez les faits : lots, dates, fiches de lot.',
          feedback: 'Oui : isoler et établir les faits d’abord permet ensuite une analyse sereine avec toute l’équipe.',
        },
        {
          id: 'c',
          texte: 'Vous retriez vous-même tout le stock ce soir, pour rassurer le client au plus vite.',
          feedback: 'Le tri peut être nécessaire, mais le faire seul, sans faits ni équipe, ne traite pas la cause.',
        },
      ],
      reponse: 'b',
      explication:
        'Traiter une non-conformité commence par isoler et établir les faits ; on cherche ensuite, avec l’équipe, ce qui a rendu l’erreur possible, pas qui l’a commise.',
      source: 'leçon Démarche qualité, § Traiter une non-conformité avec l’équipe',
    }),
    texteATrous({
      id: 'cinq-m',
      enonce: 'Complétez les familles de causes du diagramme d’Ishikawa, souvent appelées les 5 M.',
      criteres: ['B2.C7.CR2'],
      texte:
        'Main-d’œuvre, [[m2]] (la machine, l’outil), [[m3]] (l’ordre des gestes, la fiche de poste), [[m4]] (la lumière, le bruit, la place) et [[m5]] (les notices, les étiquettes, les coffrets).',
      trous: {
        m2: {
          acceptees: ['matériel', 'matériels', 'machine', 'machines', 'moyens'],
          feedback: 'Matériel (ou machine) : l’équipement et les outils.',
        },
        m3: {
          acceptees: ['méthode', 'méthodes'],
          feedback: 'Méthode : la façon de faire, les modes opératoires.',
        },
        m4: {
          acceptees: ['milieu', 'environnement'],
          feedback: 'Milieu : l’environnement de travail.',
        },
        m5: {
          acceptees: ['matière', 'matières', 'matière première', 'matières premières'],
          feedback: 'Matière : les composants et fournitures utilisés.',
        },
      },
      explication:
        'Le diagramme d’Ishikawa range les causes possibles par familles (main-d’œuvre, matériel, méthode, milieu, matière) pour chercher partout, pas seulement du côté des personnes.',
      source: 'leçon Démarche qualité, § Le diagramme d’Ishikawa',
    }),
    choixUnique({
      id: 'cinq-pourquoi-continuer',
      enonce:
        'Pendant l’analyse des 5 pourquoi, l’équipe arrive à : « Parce qu’Inès n’a pas vu que la pile de notices était vide. » Que faites-vous ?',
      criteres: ['B2.C7.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Vous demandez : « Pourquoi n’était-ce pas visible ? » et continuez.',
          feedback: 'Oui : on poursuit jusqu’à une cause d’organisation sur laquelle on peut agir (ici, le bac placé derrière la personne).',
        },
        {
          id: 'b',
          texte: 'Vous arrêtez là et proposez à Inès une formation courte au poste.',
          feedback: 'La formation part d’une bonne intention, mais vous vous arrêtez sur une personne : la cause qui a rendu l’erreur possible reste en place pour tous.',
        },
        {
          id: 'c',
          texte: 'Vous notez « erreur humaine » sur le tableau et passez au défaut suivant.',
          feedback: 'Se résigner ferme toute amélioration : il existe presque toujours un moyen de rendre l’erreur visible ou impossible.',
        },
      ],
      reponse: 'a',
      explication:
        'La méthode des 5 pourquoi remonte de cause en cause jusqu’à une cause sur laquelle on peut agir ; s’arrêter sur une personne laisse la cause réelle en place.',
      source: 'leçon Démarche qualité, § Les 5 pourquoi',
    }),
    association({
      id: 'outils-qualite',
      enonce: 'Associez chaque outil de la démarche qualité à son usage principal.',
      criteres: ['B2.C7.CR2'],
      gauche: [
        {
          id: 'g1',
          texte: 'QQOQCCP',
          feedback: 'Qui, quoi, où, quand, comment, combien, pourquoi : sept questions pour décrire précisément le problème.',
        },
        {
          id: 'g2',
          texte: '5 pourquoi',
          feedback: 'On remonte de cause en cause jusqu’à une cause sur laquelle on peut agir.',
        },
        {
          id: 'g3',
          texte: 'Diagramme d’Ishikawa',
          feedback: 'Les causes possibles sont rangées par familles (les 5 M) pour ne rien oublier.',
        },
        {
          id: 'g4',
          texte: 'Diagramme de Pareto',
          feedback: 'Les défauts sont classés par fréquence pour traiter d’abord ceux qui pèsent le plus.',
        },
      ],
      droite: [
        { id: 'd1', texte: 'Décrire précisément le problème' },
        { id: 'd2', texte: 'Remonter jusqu’à une cause profonde' },
        { id: 'd3', texte: 'Ranger les causes possibles par familles' },
        { id: 'd4', texte: 'Classer les défauts pour choisir les priorités' },
        { id: 'd5', texte: 'Planifier les tâches dans le temps' },
      ],
      paires: { g1: 'd1', g2: 'd2', g3: 'd3', g4: 'd4' },
      explication:
        'Décrire (QQOQCCP), chercher les causes (5 pourquoi, Ishikawa), choisir les priorités (Pareto) : ces outils s’utilisent avec l’équipe, sur un tableau, avec des mots et des images.',
      source: 'leçon Démarche qualité, § Les outils pour chercher les causes',
    }),
    choixMultiples({
      id: 'associer-equipe-causes',
      enonce: 'Vous animez avec l’équipe la recherche des causes des coffrets non conformes. Quels gestes sont adaptés ?',
      criteres: ['B2.C7.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Poser les coffrets défectueux sur la table pour que chacun voie le défaut',
          feedback: 'Oui : partir de l’objet concret aide tout le monde à comprendre de quoi on parle.',
        },
        {
          id: 'b',
          texte: 'Dessiner les familles de causes avec un pictogramme pour chacune',
          feedback: 'Oui : un support visuel permet à ceux qui lisent peu de participer.',
        },
        {
          id: 'c',
          texte: 'Inviter Inès à raconter d’abord sa journée, puisqu’elle était au poste',
          feedback: 'Non : même avec douceur, commencer par Inès la désigne devant tous et transforme l’analyse en recherche de coupable.',
        },
        {
          id: 'd',
          texte: 'Noter les idées de chacun et dire lesquelles seront essayées',
          feedback: 'Oui : une idée notée et suivie montre que la parole de l’équipe compte.',
        },
      ],
      reponses: ['a', 'b', 'd'],
      explication:
        'Traiter une non-conformité avec l’équipe, c’est partir des faits, rendre l’analyse accessible à tous et retenir les propositions des travailleurs, sans chercher de coupable.',
      source: 'leçon Démarche qualité, § Associer les travailleurs à la qualité',
    }),
    numerique({
      id: 'pareto-deux-causes',
      enonce:
        'Voici les défauts relevés sur les 140 coffrets non conformes. Quelle part du total, en %, représentent les deux défauts les plus fréquents ? Arrondissez au dixième.',
      criteres: ['B2.C7.CR2'],
      tableau: {
        entetes: ['Défaut', 'Nombre de coffrets'],
        lignes: [
          ['Notice manquante', '90'],
          ['Étiquette de lot erronée', '40'],
          ['Savon abîmé', '10'],
        ],
      },
      reponse: { valeur: 92.9, tolerance: 0.15, unite: '%' },
      pieges: [
        { valeur: 64.3, feedback: 'C’est la part de la notice manquante seule : ajoutez l’étiquette erronée.' },
        { valeur: 130, feedback: 'C’est le nombre de coffrets : divisez-le par le total de 140 pour obtenir un pourcentage.' },
      ],
      feedback: {
        juste: 'Exact : (90 + 40) / 140 ≈ 92,9 %. Traiter ces deux défauts règle l’essentiel du problème.',
        faux: 'Additionnez les deux défauts les plus fréquents, divisez par le total, puis multipliez par 100.',
      },
      explication:
        'Le diagramme de Pareto classe les défauts par fréquence : $\\frac{90 + 40}{140} \\times 100 \\approx 92{,}9\\,\\%$. Deux causes sur trois expliquent presque tout : c’est par elles qu’on commence.',
      source: 'leçon Démarche qualité, § Le diagramme de Pareto',
    }),
    ordre({
      id: 'pdca-coffrets',
      enonce: 'Remettez dans l’ordre du cycle PDCA les étapes de l’amélioration menée sur les coffrets.',
      criteres: ['B2.C7.CR3'],
      etapes: [
        {
          id: 'e1',
          texte: 'Choisir avec l’équipe le gabarit proposé par Sofiane et prévoir un essai',
          feedback: 'Planifier : objectif, causes, action choisie, qui fait quoi et quand.',
        },
        {
          id: 'e2',
          texte: 'Faire l’essai sur 200 coffrets',
          feedback: 'Faire : mettre en œuvre, d’abord à petite échelle.',
        },
        {
          id: 'e3',
          texte: 'Compter les défauts et comparer à l’objectif',
          feedback: 'Vérifier : mesurer et comparer au résultat attendu.',
        },
        {
          id: 'e4',
          texte: 'Inscrire le gabarit dans la fiche de poste et former l’équipe',
          feedback: 'Agir : standardiser ce qui marche, puis relancer un nouveau tour.',
        },
      ],
      explication:
        'Le cycle PDCA (ISO 9001:2015) enchaîne planifier, faire, vérifier, agir ; l’étape « agir » standardise ce qui fonctionne ou corrige, puis un nouveau tour commence.',
      source: 'ISO 9001:2015 ; leçon Démarche qualité, § Améliorer avec la roue PDCA',
    }),
    choixUnique({
      id: 'resultat-essai',
      enonce:
        'L’essai sur 200 coffrets donne zéro notice manquante, mais encore 2 étiquettes de lot erronées. Que faites-vous à l’étape « agir » ?',
      criteres: ['B2.C7.CR3'],
      options: [
        {
          id: 'a',
          texte: 'Vous déclarez le problème réglé : le défaut le plus fréquent a disparu.',
          feedback: 'Le progrès est réel, mais un défaut reste : s’arrêter là laisse passer des étiquettes erronées chez le client.',
        },
        {
          id: 'b',
          texte: 'Vous retirez le gabarit, puisque le résultat n’est pas encore parfait.',
          feedback: 'Le gabarit a fonctionné pour les notices : l’abandonner ferait revenir le défaut principal.',
        },
        {
          id: 'c',
          texte: 'Vous écrivez le gabarit dans la fiche de poste et relancez un tour sur les étiquettes.',
          feedback: 'Oui : on standardise ce qui marche et on relance un tour du cycle sur ce qui reste.',
        },
      ],
      reponse: 'c',
      explication:
        'À l’étape « agir », on standardise les actions efficaces et on corrige ou relance pour les écarts restants : c’est l’amélioration continue du PDCA.',
      source: 'ISO 9001:2015 ; leçon Démarche qualité, § Améliorer avec la roue PDCA',
    }),
    vraiFaux({
      id: 'agir-standardiser',
      enonce:
        'Dans le cycle PDCA, l’étape « agir » sert aussi quand la vérification montre que l’objectif est atteint : on inscrit alors ce qui a marché dans la fiche de poste et l’on forme l’équipe.',
      criteres: ['B2.C7.CR3'],
      reponse: true,
      feedback: {
        vrai: 'Exact : « agir », c’est corriger ce qui n’a pas marché, mais aussi standardiser ce qui a marché ; sinon le gain se perd au premier changement. Puis un nouveau tour repart du niveau atteint.',
        faux: 'Si : même quand l’objectif est atteint, « agir » consiste à standardiser (fiche de poste, formation de l’équipe), puis à relancer un nouveau tour.',
      },
      explication:
        'Le PDCA est au cœur de l’amélioration continue de l’ISO 9001:2015. L’étape « agir » (ou ajuster) corrige, standardise et relance : après elle, un nouveau cycle commence.',
      source: 'ISO 9001:2015 ; leçon Démarche qualité, § Améliorer avec la roue PDCA',
    }),
    choixUnique({
      id: 'idee-sofiane',
      enonce:
        'Sofiane, qui parle peu en groupe, vous montre le dessin d’un gabarit qui rendrait visible l’absence de notice. Que faites-vous ?',
      criteres: ['B2.C7.CR3'],
      options: [
        {
          id: 'a',
          texte: 'Vous le remerciez et proposez d’en reparler au calme, une fois la commande livrée.',
          feedback: 'Remettre à plus tard une idée utile la fait souvent oublier, et décourage Sofiane, même remercié.',
        },
        {
          id: 'b',
          texte: 'Vous fabriquez le gabarit avec lui et l’essayez d’abord sur une petite série.',
          feedback: 'Oui : l’idée entre dans le cycle PDCA (planifier, faire à petite échelle, vérifier) et Sofiane en est l’acteur.',
        },
        {
          id: 'c',
          texte: 'Vous adoptez tout de suite le gabarit pour toute la commande de 3 000 coffrets.',
          feedback: 'Sans essai, vous ne savez pas s’il fonctionne ni s’il ralentit le poste : on vérifie d’abord à petite échelle.',
        },
      ],
      reponse: 'b',
      explication:
        'Une proposition d’amélioration se planifie, s’essaie à petite échelle, se vérifie, puis se généralise : c’est la logique PDCA, qui associe celui qui l’a proposée.',
      source: 'ISO 9001:2015 ; leçon Démarche qualité, § Améliorer avec la roue PDCA',
    }),
  ],
});
