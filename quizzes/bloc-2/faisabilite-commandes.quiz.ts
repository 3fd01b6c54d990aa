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
  id: 'faisabilite-commandes',
  titre: 'Étudier la faisabilité d’une commande',
  description:
    'Lire une demande de client, calculer la charge et la capacité réelle, repérer les adaptations et rendre un avis chiffré à la hiérarchie.',
  bloc: 'B2',
  questions: [
    choixUnique({
      id: 'clarifier-demande',
      enonce:
        'La chargée d’affaires vous transfère un courriel d’un client : « 5 000 coffrets conformes à l’échantillon, livraison fin du mois. » Aucun échantillon n’est joint. Le chef d’atelier attend votre avis. Que faites-vous en premier ?',
      criteres: ['B2.C1.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Vous calculez la charge avec la quantité et la date, quitte à corriger quand l’échantillon arrivera.',
          feedback:
            'Trop tôt : sans savoir ce que contient un coffret ni quels contrôles sont demandés, vous ne connaissez pas le temps unitaire. Le calcul serait à refaire, et un premier chiffre faux circule déjà.',
        },
        {
          id: 'b',
          texte: 'Vous lancez une série d’essai sur un coffret très proche d’une ancienne commande, pour gagner deux jours.',
          feedback:
            'L’essai est la bonne méthode, mais pas sur ce produit-là : vous mesureriez le temps d’un autre coffret que celui que le client attend.',
        },
        {
          id: 'c',
          texte: 'Vous faites demander par la chargée d’affaires l’échantillon, les contrôles attendus et la date des composants.',
          feedback:
            'Oui : sans exigences de qualité ni contraintes techniques, aucun calcul n’est fiable. Le bon canal vers le client est la chargée d’affaires ou la hiérarchie.',
        },
        {
          id: 'd',
          texte: 'Vous appelez l’acheteur du client pour lui demander l’échantillon, puisqu’il connaît son besoin mieux que personne.',
          feedback:
            'L’intention est bonne, mais le contact avec le client passe par la chargée d’affaires : en l’appelant vous-même, vous risquez des engagements sur le délai ou le prix qui ne sont pas les vôtres.',
        },
      ],
      reponse: 'c',
      explication:
        'Analyser une demande, c’est réunir les quantités, les délais, les exigences de qualité et les contraintes techniques avant tout calcul. L’échantillon de référence évite les malentendus sur le mot « conforme » ; il se demande par le circuit commercial de l’établissement.',
      source: 'Leçon Étudier la faisabilité d’une commande, § Clarifier avant de calculer',
    }),
    choixMultiples({
      id: 'elements-demande',
      enonce:
        'Un client demande 12 000 sachets de visserie. Quelles informations devez-vous réunir pour analyser sa demande ?',
      criteres: ['B2.C1.CR1'],
      options: [
        {
          id: 'a',
          texte: 'La possibilité de livrer en plusieurs lots',
          feedback: 'Oui : le fractionnement des quantités change tout le calcul des délais.',
        },
        {
          id: 'b',
          texte: 'Les tolérances et les contrôles demandés par le client',
          feedback: 'Oui : ce sont les exigences de qualité ; elles ajoutent des opérations et du temps.',
        },
        {
          id: 'c',
          texte: 'Qui fournit les composants, et à quelle date',
          feedback: 'Oui : c’est une contrainte technique ; des composants livrés tard raccourcissent le délai réel.',
        },
        {
          id: 'd',
          texte: 'Le prix que le client est prêt à payer pour le lot',
          feedback:
            'Non : le prix se discute entre le service commercial et le client. L’avis du moniteur porte sur la faisabilité technique : quantités, délais, qualité, contraintes.',
        },
        {
          id: 'e',
          texte: 'Le temps unitaire relevé sur la dernière commande de sachets',
          feedback:
            'Non : ce temps porte sur un autre produit et ne fait pas partie de la demande du client. Le temps unitaire de cette commande se mesure ensuite, par une série d’essai.',
        },
      ],
      reponses: ['a', 'b', 'c'],
      explication:
        'Une demande s’analyse avec cinq questions : quoi, combien (quantités, lots), pour quand (délais), quelle qualité (tolérances, contrôles), quelles contraintes techniques (composants, machines, hygiène, accès au site). La charge se calcule après, avec un temps mesuré sur ce produit.',
      source: 'Leçon Étudier la faisabilité d’une commande, § Lire la demande du client',
    }),
    association({
      id: 'rubriques-demande',
      enonce:
        'Voici quatre extraits du cahier des charges d’un équipementier. Associez chacun à la rubrique de la grille d’analyse qui lui correspond.',
      criteres: ['B2.C1.CR1'],
      gauche: [
        {
          id: 'g1',
          texte: '12 000 sachets, en deux lots de 6 000',
          feedback: 'Les lots et leur taille relèvent des quantités.',
        },
        {
          id: 'g2',
          texte: 'Premier lot le 14, second lot le 28, réception le matin',
          feedback: 'Les dates et les jours de réception relèvent des délais.',
        },
        {
          id: 'g3',
          texte: 'Poids de chaque sachet contrôlé à plus ou moins 1 gramme',
          feedback: 'Une tolérance et un contrôle relèvent des exigences de qualité.',
        },
        {
          id: 'g4',
          texte: 'Étiquettes fournies par le client, à poser avec son applicateur prêté',
          feedback: 'Le matériel et les fournitures relèvent des contraintes techniques.',
        },
      ],
      droite: [
        { id: 'd1', texte: 'Quantités' },
        { id: 'd2', texte: 'Délais' },
        { id: 'd3', texte: 'Exigences de qualité' },
        { id: 'd4', texte: 'Contraintes techniques' },
        { id: 'd5', texte: 'Prix de vente' },
      ],
      paires: { g1: 'd1', g2: 'd2', g3: 'd3', g4: 'd4' },
      explication:
        'La grille d’analyse range chaque information dans une rubrique : quantités, délais, exigences de qualité, contraintes techniques. Le prix relève du service commercial, pas de l’avis technique du moniteur.',
      source: 'Leçon Étudier la faisabilité d’une commande, § Lire la demande du client',
    }),
    vraiFaux({
      id: 'quantite-date-suffisent',
      enonce:
        'Le client a précisé la quantité (12 000 sachets) et la date de livraison. Avec le temps unitaire d’une commande de sachets semblable, vous avez ce qu’il faut pour rendre un avis de faisabilité.',
      criteres: ['B2.C1.CR1'],
      reponse: false,
      feedback: {
        vrai: 'Non : il manque les exigences de qualité (tolérances, contrôles) et les contraintes techniques (composants, machines). Un temps pris sur une autre commande ne les remplace pas.',
        faux: 'Exact : il faut aussi les exigences de qualité et les contraintes techniques, puis un temps unitaire mesuré sur ce produit.',
      },
      explication:
        'Quantités, délais, exigences de qualité et contraintes techniques forment ensemble la base de l’analyse. Un temps unitaire emprunté à une commande « semblable » ignore les contrôles et les composants de celle-ci.',
      source: 'Leçon Étudier la faisabilité d’une commande, § Lire la demande du client',
    }),
    texteATrous({
      id: 'role-faisabilite',
      enonce: 'Complétez cette description du rôle du moniteur dans l’étude des commandes.',
      criteres: ['B2.C1.CR2'],
      texte:
        'Le moniteur d’atelier [[role]] à l’étude de faisabilité des commandes des clients. Il compare la [[charge]] de travail à la [[capacite]] disponible et signale les écarts à sa [[hierarchie]], qui décide.',
      trous: {
        role: {
          acceptees: ['contribue', 'participe', 'concourt', 'collabore'],
          feedback: 'Le moniteur contribue : il apporte un avis technique, la décision ne lui appartient pas.',
        },
        charge: { acceptees: ['charge'], feedback: 'La charge est le travail demandé par la commande, en heures.' },
        capacite: {
          acceptees: ['capacité', 'capacite'],
          feedback: 'La capacité est le temps réellement disponible pour la commande.',
        },
        hierarchie: {
          acceptees: ['hiérarchie', 'hierarchie', 'chef d’atelier', "chef d'atelier", 'direction'],
          feedback: 'Le signalement va à la hiérarchie (chef d’atelier, responsable de production), qui décide et négocie.',
        },
      },
      explication:
        'La Fiche Métier (CPNE-FP, 2024) indique que le moniteur contribue à l’étude de faisabilité des commandes : la décision revient à la hiérarchie. Concrètement, il compare charge et capacité et transmet un avis chiffré.',
      source: 'Fiche Métier CPNE-FP, 18 janvier 2024 (responsabilité dans le domaine de la production)',
    }),
    numerique({
      id: 'taux-de-charge-etuis',
      enonce:
        'Un client demande 9 600 étuis. Avec les données du tableau, quel est le taux de charge de cette commande sur la capacité encore disponible ? Donnez un pourcentage arrondi au dixième.',
      criteres: ['B2.C1.CR2'],
      tableau: {
        entetes: ['Donnée', 'Valeur'],
        lignes: [
          ['Temps unitaire mesuré par la série d’essai', '0,75 min par étui'],
          ['Préparation des postes et contrôle final', '8 h'],
          ['Capacité de l’équipe sur la période', '200 h'],
          ['Heures déjà engagées sur une autre commande', '90 h'],
        ],
      },
      reponse: { valeur: 116.4, tolerance: 0.5, unite: '%' },
      pieges: [
        { valeur: 64, feedback: 'Vous avez divisé par toute la capacité (200 h). Retirez d’abord les 90 h déjà engagées.' },
        { valeur: 109.1, feedback: 'Vous avez oublié les 8 h de préparation et de contrôle : elles font partie de la charge.' },
        { valeur: 85.9, feedback: 'Vous avez divisé la capacité par la charge. Le taux de charge est charge / capacité.' },
      ],
      feedback: {
        juste: 'Exact : 128 h de charge pour 110 h disponibles, soit environ 116 %. Il manque 18 h : il faut chercher des adaptations.',
        faux: 'Calculez la charge en heures (quantité × temps unitaire, plus les opérations annexes), puis divisez-la par la capacité encore libre.',
      },
      explication:
        'Charge : $9\\,600 \\times 0{,}75 = 7\\,200$ min, soit $7\\,200 / 60 = 120$ h, plus 8 h d’opérations annexes : 128 h. Capacité disponible : $200 - 90 = 110$ h. Taux de charge : $\\dfrac{128}{110} \\times 100 \\approx 116{,}4\\,\\%$.',
      source: 'Leçon Étudier la faisabilité d’une commande, § Comparer la charge à la capacité',
    }),
    numerique({
      id: 'capacite-reelle',
      enonce:
        'Quelle est la capacité réelle de l’équipe, en heures, pour la semaine décrite dans le tableau ?',
      criteres: ['B2.C1.CR2'],
      tableau: {
        entetes: ['Donnée', 'Valeur'],
        lignes: [
          ['Travailleurs à temps plein', '8, à 5 h de production par jour'],
          ['Travailleurs à mi-temps', '3, à 2,5 h de production par jour'],
          ['Jours de production dans la semaine', '4 (un jour férié)'],
          ['Formation collective jeudi', '4 travailleurs à temps plein absents toute la journée'],
        ],
      },
      reponse: { valeur: 170, tolerance: 0, unite: 'h' },
      pieges: [
        { valeur: 190, feedback: 'Vous avez oublié la formation de jeudi : 4 personnes × 5 h ne sont pas disponibles.' },
        { valeur: 220, feedback: 'Vous avez compté les mi-temps comme des temps plein et oublié la formation.' },
        { valeur: 200, feedback: 'Vous avez compté les mi-temps comme des temps plein : 3 × 2,5 h par jour, pas 3 × 5 h.' },
      ],
      feedback: {
        juste: 'Exact : 190 h sur la semaine, moins 20 h de formation, soit 170 h.',
        faux: 'Calculez les heures par jour (temps plein et mi-temps), multipliez par le nombre de jours, puis retirez la formation.',
      },
      explication:
        'Par jour : $8 \\times 5 + 3 \\times 2{,}5 = 47{,}5$ h. Sur les quatre jours ouvrés : $47{,}5 \\times 4 = 190$ h. Formation : $4 \\times 5 = 20$ h. Capacité réelle : $190 - 20 = 170$ h. Une formation n’est pas une variable d’ajustement : elle se retire de la capacité.',
      source: 'Leçon Étudier la faisabilité d’une commande, § Estimer la capacité réelle',
    }),
    numerique({
      id: 'jours-necessaires',
      enonce:
        'Une commande représente 150 h de travail. L’atelier peut y consacrer 24 h par jour sans toucher aux autres engagements. Combien de jours de production faut-il prévoir, en jours entiers (un jour entamé compte pour un jour entier) ?',
      criteres: ['B2.C1.CR2'],
      reponse: { valeur: 7, tolerance: 0, unite: 'jours' },
      pieges: [
        { valeur: 6, feedback: 'En 6 jours, l’atelier fait 144 h : il reste 6 h de travail. Un 7e jour est nécessaire.' },
        { valeur: 6.25, feedback: 'Le calcul est juste, mais le planning se fait en jours entiers : 6,25 jours demandent 7 jours.' },
      ],
      feedback: {
        juste: 'Exact : 6,25 jours arrondis au jour supérieur, soit 7 jours de production.',
        faux: 'Divisez la charge par la capacité quotidienne, puis arrondissez au jour entier supérieur.',
      },
      explication:
        'Durée : $\\dfrac{150}{24} = 6{,}25$. Le planning se fait en jours entiers : on arrondit au jour supérieur, soit sept jours de production. Si le client attend la livraison plus tôt, l’écart se signale à la hiérarchie.',
      source: 'Leçon Étudier la faisabilité d’une commande, § Comparer la charge à la capacité',
    }),
    choixUnique({
      id: 'taux-97',
      enonce:
        'Votre calcul donne un taux de charge de 97 % pour une commande à livrer dans huit jours. Que dites-vous au chef d’atelier ?',
      criteres: ['B2.C1.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Elle est faisable : le taux reste sous 100 %, vous le confirmez vite pour rassurer le client.',
          feedback:
            'Sur le papier oui, mais avec 3 % de marge, la moindre panne ou absence fera glisser la livraison. Ce risque doit être dit à la hiérarchie.',
        },
        {
          id: 'b',
          texte: 'Elle n’est pas faisable : vous conseillez de refuser, car un retard nuirait à l’image de l’atelier.',
          feedback:
            'Trop rapide : 97 % reste réalisable. Refuser sans chercher d’aménagement prive l’atelier d’un travail possible ; c’est à la hiérarchie de décider.',
        },
        {
          id: 'c',
          texte: 'Elle est faisable si vous reportez à la semaine suivante les activités de soutien prévues.',
          feedback:
            'Non : les activités de soutien font partie de la mission de l’ESAT, elles ne sont pas une réserve de temps. Les déplacer fait payer la commande aux personnes.',
        },
        {
          id: 'd',
          texte: 'Elle est faisable sans marge : vous signalez le risque d’aléa et une solution de repli.',
          feedback:
            'Oui : un avis chiffré qui signale le risque permet à la hiérarchie de décider, par exemple de négocier une livraison en deux lots.',
        },
      ],
      reponse: 'd',
      explication:
        'Une charge presque égale à la capacité : la commande tient sur le papier, sans marge pour une panne ou une absence. Le moniteur le signale, chiffres à l’appui, avec une solution de repli ; la hiérarchie décide.',
      source: 'Leçon Étudier la faisabilité d’une commande, § Comparer la charge à la capacité et § Signaler les écarts',
    }),
    vraiFaux({
      id: 'temps-mesure-dans-l-atelier',
      enonce:
        'Le client fournit un temps de 0,3 minute par pièce, mesuré dans son usine. Pour calculer la charge, le temps à retenir est celui que vous mesurez dans votre atelier, par une série d’essai avec l’équipe.',
      criteres: ['B2.C1.CR2'],
      reponse: true,
      feedback: {
        vrai: 'Exact : le temps du client a été mesuré avec d’autres postes, d’autres outils et d’autres personnes. Seule une série d’essai dans votre atelier dit le temps de votre équipe.',
        faux: 'Si : reprendre le temps du client sous-estime souvent la charge et met l’équipe sous pression. Le temps unitaire se mesure chez vous, sur ce produit.',
      },
      explication:
        'Le temps unitaire fiable est celui mesuré dans l’atelier, par une série d’essai avec des travailleurs volontaires. Le temps du client sert tout au plus de repère.',
      source: 'Leçon Étudier la faisabilité d’une commande, § Mesurer le temps unitaire avec l’équipe',
    }),
    choixUnique({
      id: 'composants-en-retard',
      enonce:
        'La commande est lancée depuis deux jours. Le fournisseur annonce que la moitié des composants arrivera avec trois jours de retard. Que faites-vous en premier ?',
      criteres: ['B2.C1.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Vous prévenez aussitôt le chef d’atelier, avec l’effet chiffré sur la date de livraison.',
          feedback:
            'Oui : signaler tôt et avec des chiffres permet à la hiérarchie d’informer le client et de négocier, par exemple une livraison partielle.',
        },
        {
          id: 'b',
          texte: 'Vous attendez la livraison pour mesurer le retard réel, puis vous en parlez au chef d’atelier.',
          feedback:
            'Attendre réduit les possibilités de négocier avec le client. Un écart se signale dès qu’il est connu, même estimé.',
        },
        {
          id: 'c',
          texte: 'Vous proposez à l’équipe, qui se dit volontaire, de rester plus tard la semaine suivante.',
          feedback:
            'Non : le temps et la santé des personnes ne sont pas la variable d’ajustement d’un retard de fournisseur, même avec des volontaires ; et la décision revient à la hiérarchie.',
        },
      ],
      reponse: 'a',
      explication:
        'L’étude de faisabilité continue pendant la production : tout nouvel écart entre charge et capacité se signale tôt, chiffré, à la hiérarchie, qui négocie avec le client.',
      source: 'Leçon Étudier la faisabilité d’une commande, § Signaler les écarts et rendre un avis',
    }),
    choixMultiples({
      id: 'leviers-charge-110',
      enonce:
        'Votre taux de charge est de 110 %. Lesquelles de ces adaptations pouvez-vous proposer pour rendre la commande réalisable par l’équipe, sans la faire payer aux personnes ?',
      criteres: ['B2.C1.CR3'],
      options: [
        {
          id: 'a',
          texte: 'Une plaque de comptage qui réduit le temps de remplissage',
          feedback: 'Oui : un gabarit réduit le temps unitaire et rend le geste plus sûr, sans demander d’aller plus vite.',
        },
        {
          id: 'b',
          texte: 'Une livraison en deux lots, que vous négociez vous-même avec l’acheteur',
          feedback:
            'L’idée des deux lots est bonne, mais la négociation avec le client revient à la hiérarchie ou au service commercial : vous la proposez, vous ne la négociez pas.',
        },
        {
          id: 'c',
          texte: 'Un renfort volontaire d’un autre atelier sur une tâche simple',
          feedback: 'Oui : à condition que les personnes soient volontaires et que la tâche leur soit expliquée.',
        },
        {
          id: 'd',
          texte: 'Le retour à l’atelier, deux semaines, d’un travailleur mis à disposition',
          feedback:
            'Non : une mise à disposition fait partie du parcours de la personne et d’un engagement pris avec une entreprise. La suspendre pour une commande sacrifie son projet.',
        },
        {
          id: 'e',
          texte: 'Le report au mois suivant de la formation collective prévue',
          feedback:
            'Non : une formation fait partie du parcours des personnes ; elle se retire de la capacité, elle ne sert pas de réserve de temps.',
        },
      ],
      reponses: ['a', 'c'],
      explication:
        'Une bonne adaptation rend la commande réalisable et le travail accessible à l’équipe : gabarits, renfort volontaire, et, par la hiérarchie, un fractionnement négocié avec le client. Les activités de soutien, les formations et les mises à disposition ne sont pas des réserves de temps.',
      source: 'Leçon Étudier la faisabilité d’une commande, § Repérer les adaptations ; ANESM, RBPP ESAT (2013)',
    }),
    choixUnique({
      id: 'compter-vingt-cinq',
      enonce:
        'Le client demande 25 vis par sachet. Plusieurs travailleurs de l’équipe comptent sans erreur jusqu’à 10, rarement au-delà. Quelle adaptation proposez-vous ?',
      criteres: ['B2.C1.CR3'],
      options: [
        {
          id: 'a',
          texte: 'Les bons compteurs remplissent les sachets ; les autres les ferment et les étiquettent.',
          feedback:
            'Cela marche sur le moment, mais exclut une partie de l’équipe du remplissage et fragilise la capacité. Une adaptation rend la tâche accessible à tous.',
        },
        {
          id: 'b',
          texte: 'Une plaque à 25 alvéoles, faite avec l’équipe : on la remplit, puis on la vide dans le sachet.',
          feedback:
            'Oui : le gabarit remplace le comptage par un repère visible. Toute l’équipe peut remplir sans erreur.',
        },
        {
          id: 'c',
          texte: 'Vous demandez au client s’il accepterait des sachets de 10 vis, plus simples à compter.',
          feedback:
            'Le besoin du client est de 25 vis : modifier le produit n’est pas une adaptation de l’atelier, et ce n’est pas à vous de le négocier.',
        },
        {
          id: 'd',
          texte: 'Vous recomptez chaque sachet avant la fermeture, pour que personne ne soit écarté du poste.',
          feedback:
            'L’intention est inclusive, mais vous deviendriez le goulot de la production et l’équipe ne gagnerait aucune autonomie.',
        },
      ],
      reponse: 'b',
      explication:
        'Un gabarit de comptage rend l’opération réalisable par toute l’équipe accompagnée, avec une qualité régulière. C’est une adaptation qui sert à la fois la commande et l’autonomie des personnes.',
      source: 'Leçon Étudier la faisabilité d’une commande, § Repérer les adaptations',
    }),
    numerique({
      id: 'gain-gabarit',
      enonce:
        'Grâce à un gabarit proposé par l’équipe, le temps unitaire passe de 0,8 minute à 0,6 minute par pièce. La commande compte 6 000 pièces. Combien d’heures de charge le gabarit fait-il gagner ?',
      criteres: ['B2.C1.CR3'],
      tableau: {
        entetes: ['Donnée', 'Valeur'],
        lignes: [
          ['Temps unitaire sans gabarit', '0,8 min par pièce'],
          ['Temps unitaire avec gabarit', '0,6 min par pièce'],
          ['Quantité commandée', '6 000 pièces'],
        ],
      },
      reponse: { valeur: 20, tolerance: 0, unite: 'h' },
      pieges: [
        { valeur: 1200, feedback: 'C’est le gain en minutes. Divisez par 60 pour l’exprimer en heures.' },
        { valeur: 80, feedback: 'C’est la charge avant le gabarit (6 000 × 0,8 min = 80 h), pas le gain.' },
        { valeur: 60, feedback: 'C’est la charge après le gabarit (6 000 × 0,6 min = 60 h), pas le gain.' },
      ],
      feedback: {
        juste: 'Exact : 0,2 minute gagnée sur 6 000 pièces, soit 1 200 minutes, c’est-à-dire 20 heures.',
        faux: 'Calculez le gain par pièce, multipliez par la quantité, puis convertissez les minutes en heures.',
      },
      explication:
        'Gain par pièce : $0{,}8 - 0{,}6 = 0{,}2$ min. Gain total : $6\\,000 \\times 0{,}2 = 1\\,200$ min, soit $1\\,200 / 60 = 20$ h. Un gabarit réduit la charge sans demander d’aller plus vite.',
      source: 'Leçon Étudier la faisabilité d’une commande, § Repérer les adaptations',
    }),
    vraiFaux({
      id: 'supprimer-soutien',
      enonce:
        'Pour un client important, remplacer pendant deux semaines les activités de soutien prévues par de la production est une adaptation acceptable si elle rend la commande faisable.',
      criteres: ['B2.C1.CR3'],
      reponse: false,
      feedback: {
        vrai: 'Non : les activités de soutien font partie de la mission de l’ESAT. Les remplacer par de la production fait porter la commande par les personnes.',
        faux: 'Exact : on cherche d’autres leviers (délai, lots, gabarits, renfort volontaire) ou l’on signale que la commande n’est pas faisable en l’état.',
      },
      explication:
        'L’ESAT propose à la fois un travail et un soutien médico-social et éducatif (CASF, art. L344-2 ; actions de soutien : art. L344-2-1). Une adaptation acceptable modifie l’organisation, pas l’accompagnement.',
      source: 'CASF art. L344-2 et L344-2-1 ; leçon Étudier la faisabilité d’une commande, § Repérer les adaptations',
    }),
    ordre({
      id: 'etapes-etude',
      enonce: 'Remettez dans l’ordre les étapes d’une étude de faisabilité.',
      criteres: ['B2.C1.CR2', 'B2.C1.CR3'],
      etapes: [
        {
          id: 'e1',
          texte: 'Lire la demande et clarifier les exigences avec la chargée d’affaires',
          feedback: 'On commence par comprendre exactement ce qui est demandé.',
        },
        {
          id: 'e2',
          texte: 'Mesurer le temps unitaire par une série d’essai avec l’équipe',
          feedback: 'Le temps unitaire se mesure une fois l’échantillon connu.',
        },
        {
          id: 'e3',
          texte: 'Calculer la charge et la comparer à la capacité disponible',
          feedback: 'Le taux de charge s’obtient à partir du temps mesuré et de la capacité réelle.',
        },
        {
          id: 'e4',
          texte: 'Identifier les adaptations qui comblent l’écart',
          feedback: 'Les adaptations se cherchent quand on connaît l’écart à combler.',
        },
        {
          id: 'e5',
          texte: 'Rendre un avis écrit et chiffré à la hiérarchie',
          feedback: 'L’avis final rassemble les chiffres et les propositions ; la hiérarchie décide.',
        },
      ],
      explication:
        'Comprendre, mesurer, comparer, adapter, puis signaler : chaque étape utilise le résultat de la précédente. L’avis écrit permet à la hiérarchie de décider et de négocier.',
      source: 'Leçon Étudier la faisabilité d’une commande',
    }),
  ],
});
