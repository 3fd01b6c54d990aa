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
  id: 'indicateurs-production',
  titre: 'Conduire la production et suivre ses indicateurs',
  description:
    'Fixer les objectifs du jour, calculer cadence, taux de rebut, respect des délais et TRS, et utiliser ces chiffres pour améliorer l’organisation sans pression sur les personnes.',
  bloc: 'B2',
  questions: [
    numerique({
      id: 'objectif-journalier',
      enonce:
        'Il reste 5 400 étuis à préparer et 5 jours de travail avant la livraison. Une demi-journée de ces 5 jours est réservée à une formation collective. Quel objectif fixez-vous par jour complet de production, en étuis ?',
      criteres: ['B2.C4.CR1'],
      tableau: {
        entetes: ['Donnée', 'Valeur'],
        lignes: [
          ['Étuis restant à préparer', '5 400'],
          ['Jours de travail avant la livraison', '5'],
          ['Formation collective', 'une demi-journée'],
        ],
      },
      reponse: { valeur: 1200, tolerance: 0, unite: 'étuis' },
      pieges: [
        { valeur: 1080, feedback: 'Vous avez divisé par 5 jours. La demi-journée de formation n’est pas un temps de production.' },
        { valeur: 1350, feedback: 'Vous avez retiré un jour entier. La formation n’occupe qu’une demi-journée : il reste 4,5 jours.' },
      ],
      feedback: {
        juste: 'Exact : 5 400 étuis sur 4,5 jours de production, soit 1 200 étuis par jour complet.',
        faux: 'Comptez d’abord les jours de production réels, formation retirée, puis divisez la quantité restante.',
      },
      explication:
        'Jours de production : $5 - 0{,}5 = 4{,}5$. Objectif : $\\dfrac{5\\,400}{4{,}5} = 1\\,200$ étuis par jour complet. La formation reste au planning : c’est l’objectif qui s’adapte.',
      source: 'Leçon Conduire la production et suivre ses indicateurs, § Calculer l’objectif',
    }),
    choixUnique({
      id: 'annoncer-objectif',
      enonce: 'Jeudi, 8 h 30, l’objectif du jour est de 1 728 étuis. Comment le présentez-vous à l’équipe ?',
      criteres: ['B2.C4.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Vous le traduisez en 72 cartons, dites pour quel client, et l’équipe coche au tableau.',
          feedback: 'Oui : 72 cartons, dont 36 ce matin, c’est un objectif dans l’unité que l’équipe voit, avec son sens et un suivi partagé.',
        },
        {
          id: 'b',
          texte: 'Vous donnez à chacun sa part de l’objectif, affichée à son poste, pour que tout soit clair.',
          feedback: 'Un quota individuel affiché met la pression et compare les personnes ; l’objectif du jour est collectif.',
        },
        {
          id: 'c',
          texte: 'Vous gardez le chiffre pour vous afin de ne pas stresser l’équipe, et suivez l’avancement.',
          feedback: 'Taire l’objectif prive l’équipe du sens de son travail et de la possibilité de s’organiser.',
        },
        {
          id: 'd',
          texte: 'Vous écrivez « 1 728 étuis » au tableau et expliquez que chacun fera de son mieux.',
          feedback: 'Le chiffre est juste mais abstrait : sans unité concrète ni raison, il parle peu à l’équipe.',
        },
      ],
      reponse: 'a',
      explication:
        'Un objectif journalier se dit dans l’unité que l’équipe manipule (cartons, palettes, repas), avec sa raison (client, délai) et l’organisation du jour. Il reste collectif et se suit sur un support visible.',
      source: 'Leçon Conduire la production et suivre ses indicateurs, § L’expliquer à l’équipe',
    }),
    vraiFaux({
      id: 'responsable-objectifs-du-jour',
      enonce:
        'Selon la Fiche Métier de 2024, le moniteur d’atelier est lui-même responsable de l’atteinte des objectifs journaliers de production, dans le respect des règles de sécurité, alors qu’il contribue seulement à l’étude de faisabilité des commandes.',
      criteres: ['B2.C4.CR1'],
      reponse: true,
      feedback: {
        vrai: 'Exact : la Fiche Métier distingue ce dont le moniteur est responsable (les objectifs journaliers, sécurité comprise) et ce à quoi il contribue (faisabilité des commandes, politique qualité).',
        faux: 'Si : l’atteinte des objectifs journaliers relève bien du moniteur, dans le respect des règles de sécurité ; c’est l’étude de faisabilité à laquelle il contribue seulement, la hiérarchie décidant.',
      },
      explication:
        'La Fiche Métier (CPNE-FP, 18 janvier 2024) distingue ce dont le moniteur est responsable (l’atteinte des objectifs journaliers de production, dans le respect des règles de sécurité) et ce à quoi il contribue (étude de faisabilité des commandes, politique qualité). La sécurité fait partie de l’objectif.',
      source: 'Fiche Métier CPNE-FP, 18 janvier 2024 (responsabilité et autonomie, domaine de la production)',
    }),
    choixMultiples({
      id: 'objectif-du-jour-tenable',
      enonce: 'Quelles caractéristiques font un bon objectif journalier pour une équipe d’atelier ?',
      criteres: ['B2.C4.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Il est fixé un peu au-dessus de la moyenne, pour tirer l’équipe vers le haut',
          feedback: 'Non : un objectif qu’on manque chaque jour décourage et pousse à accélérer au détriment de la sécurité ; il doit être tenable dans les conditions habituelles.',
        },
        {
          id: 'b',
          texte: 'Il est découpé en parts individuelles, pour que chacun connaisse la sienne',
          feedback: 'Non : l’objectif est collectif ; des parts individuelles comparent les personnes et créent de la pression.',
        },
        {
          id: 'c',
          texte: 'Il est exprimé dans l’unité que l’équipe manipule : cartons, palettes, repas',
          feedback: 'Oui : une unité concrète rend l’objectif compréhensible par tous.',
        },
        {
          id: 'd',
          texte: 'Il reste le même toute la journée, même après une panne, pour garder le cap',
          feedback: 'Non : après un aléa, on ajuste l’objectif de l’après-midi plutôt que de demander de « rattraper ».',
        },
        {
          id: 'e',
          texte: 'Il reprend la meilleure journée du mois, preuve que l’équipe en est capable',
          feedback: 'Non : un record n’est pas une référence ; il a souvent bénéficié de conditions exceptionnelles.',
        },
      ],
      reponses: ['c'],
      explication:
        'Un bon objectif journalier est concret (dans l’unité que l’équipe voit), justifié par le planning et le délai du client, collectif, tenable et ajustable après un aléa. Il sert à organiser la journée, pas à comparer les personnes.',
      source: 'Leçon Conduire la production et suivre ses indicateurs, § Fixer et expliquer les objectifs du jour',
    }),
    numerique({
      id: 'trs-produit',
      enonce:
        'Sur la scelleuse de l’atelier, vous avez mesuré une disponibilité de 90 %, une performance de 80 % et une qualité de 95 %. Quel est le TRS, en pourcentage ?',
      criteres: ['B2.C4.CR2'],
      tableau: {
        entetes: ['Taux', 'Valeur mesurée'],
        lignes: [
          ['Disponibilité opérationnelle', '90 %'],
          ['Performance', '80 %'],
          ['Qualité', '95 %'],
        ],
      },
      reponse: { valeur: 68.4, tolerance: 0.5, unite: '%' },
      pieges: [
        { valeur: 88.3, feedback: 'Vous avez fait la moyenne des trois taux. Le TRS est leur produit.' },
        { valeur: 72, feedback: 'Vous avez oublié le taux de qualité : 0,90 × 0,80 = 0,72, puis × 0,95.' },
      ],
      feedback: {
        juste: 'Exact : 0,90 × 0,80 × 0,95 = 0,684, soit 68,4 %.',
        faux: 'Multipliez les trois taux, écrits en décimales, puis exprimez le résultat en pourcentage.',
      },
      explication:
        'Selon la norme NF E60-182 (2002) : $\\text{TRS} = D \\times P \\times Q = 0{,}90 \\times 0{,}80 \\times 0{,}95 = 0{,}684$, soit 68,4 %. Un produit de trois taux est toujours inférieur au plus petit des trois.',
      source: 'AFNOR, norme NF E60-182 (2002) ; leçon Indicateurs, § Calculer le TRS de deux façons',
    }),
    numerique({
      id: 'trs-temps',
      enonce:
        'Calculez le TRS de la sertisseuse de l’atelier de câblage pour la journée décrite dans le tableau, en pourcentage arrondi au dixième.',
      criteres: ['B2.C4.CR2'],
      tableau: {
        entetes: ['Donnée', 'Valeur'],
        lignes: [
          ['Temps d’ouverture', '450 min'],
          ['Arrêts planifiés (pause, réunion d’expression, nettoyage prévu)', '90 min'],
          ['Panne', '18 min'],
          ['Réglage pour changement de série', '30 min'],
          ['Temps de cycle théorique', '0,5 min par pièce'],
          ['Pièces produites', '540'],
          ['Pièces bonnes', '522'],
        ],
      },
      reponse: { valeur: 72.5, tolerance: 0.2, unite: '%' },
      pieges: [
        { valeur: 58, feedback: 'Vous avez divisé par le temps d’ouverture : c’est le TRG. Le TRS se rapporte au temps requis.' },
        { valeur: 75, feedback: 'Vous avez utilisé toutes les pièces produites. Le temps utile ne compte que les pièces bonnes.' },
        { valeur: 83.7, feedback: 'Vous avez divisé par le temps de fonctionnement. Le TRS se rapporte au temps requis, avant pannes et réglages.' },
      ],
      feedback: {
        juste: 'Exact : 261 min de temps utile pour 360 min de temps requis, soit 72,5 %.',
        faux: 'Calculez le temps requis (ouverture moins arrêts planifiés), puis le temps utile (pièces bonnes × temps de cycle), et faites le rapport.',
      },
      explication:
        'Temps requis : $450 - 90 = 360$ min. Temps utile : $522 \\times 0{,}5 = 261$ min. $\\text{TRS} = \\dfrac{261}{360} = 0{,}725$, soit 72,5 %. Vérification : $D = \\dfrac{312}{360}$, $P = \\dfrac{270}{312}$, $Q = \\dfrac{522}{540}$, dont le produit vaut aussi 0,725.',
      source: 'AFNOR, norme NF E60-182 (2002) ; leçon Indicateurs, § Décomposer le temps',
    }),
    numerique({
      id: 'disponibilite',
      enonce:
        'La filmeuse avait 400 minutes de temps requis. Elle a connu 30 minutes de panne et 50 minutes de changement de format. Quelle est sa disponibilité opérationnelle, en pourcentage ?',
      criteres: ['B2.C4.CR2'],
      tableau: {
        entetes: ['Donnée', 'Valeur'],
        lignes: [
          ['Temps requis', '400 min'],
          ['Panne', '30 min'],
          ['Changement de format', '50 min'],
        ],
      },
      reponse: { valeur: 80, tolerance: 0.5, unite: '%' },
      pieges: [
        { valeur: 92.5, feedback: 'Vous n’avez retiré que la panne. Le changement de format, même prévu au planning, est un arrêt de la machine pendant le temps requis : il réduit aussi la disponibilité.' },
        { valeur: 87.5, feedback: 'Vous n’avez retiré que le changement de format. La panne compte aussi.' },
        { valeur: 20, feedback: '20 %, c’est la part du temps perdu en arrêts, pas la disponibilité.' },
      ],
      feedback: {
        juste: 'Exact : 320 minutes de fonctionnement sur 400 minutes requises, soit 80 %.',
        faux: 'Retirez du temps requis les arrêts de la machine (panne et changement de format), puis divisez le temps de fonctionnement par le temps requis.',
      },
      explication:
        'Temps de fonctionnement : $400 - 30 - 50 = 320$ min. Disponibilité : $D = \\dfrac{320}{400} = 0{,}80$, soit 80 %. Seuls les arrêts planifiés (pauses, réunions, soutien) sont retirés avant le temps requis ; pannes et changements de format pèsent sur la disponibilité. Préparer le changement de format à l’avance est souvent la première piste.',
      source: 'AFNOR, norme NF E60-182 (2002) ; leçon Indicateurs, § Calculer le TRS de deux façons',
    }),
    numerique({
      id: 'cadence-sachets',
      enonce:
        'Ce matin, l’équipe a rempli 1 530 sachets entre 8 h 45 et 12 h 15, avec une pause de 15 minutes. Quelle est la cadence, en sachets par heure, arrondie à l’unité ?',
      criteres: ['B2.C4.CR2'],
      tableau: {
        entetes: ['Donnée', 'Valeur'],
        lignes: [
          ['Début', '8 h 45'],
          ['Fin', '12 h 15'],
          ['Pause', '15 min'],
          ['Sachets remplis', '1 530'],
        ],
      },
      reponse: { valeur: 471, tolerance: 1, unite: 'sachets par heure' },
      pieges: [
        { valeur: 437, feedback: 'Vous avez divisé par 3,5 h sans retirer la pause de 15 minutes.' },
        { valeur: 485.7, feedback: 'Vous avez écrit 3 h 15 comme 3,15 h. Quinze minutes valent 0,25 h : 3 h 15 = 3,25 h.' },
      ],
      feedback: {
        juste: 'Exact : 1 530 sachets en 3,25 heures, soit environ 471 sachets par heure.',
        faux: 'Calculez le temps de production (durée moins la pause), convertissez-le en heures décimales, puis divisez la quantité par ce temps.',
      },
      explication:
        'Durée : 3 h 30 moins 15 min, soit 3 h 15, c’est-à-dire $3{,}25$ h. Cadence : $\\dfrac{1\\,530}{3{,}25} \\approx 470{,}8$, soit environ 471 sachets par heure.',
      source: 'Leçon Conduire la production et suivre ses indicateurs, § La cadence',
    }),
    numerique({
      id: 'taux-rebut',
      enonce:
        'Cette semaine, l’atelier d’imprimerie a produit 3 200 cartes, dont 96 ont été rebutées au contrôle. Quel est le taux de rebut, en pourcentage ?',
      criteres: ['B2.C4.CR2'],
      reponse: { valeur: 3, tolerance: 0.05, unite: '%' },
      pieges: [
        { valeur: 3.09, feedback: 'Vous avez divisé par les cartes bonnes (3 104). Le taux de rebut se rapporte aux cartes produites.' },
        { valeur: 97, feedback: '97 %, c’est la part des cartes bonnes, pas le taux de rebut.' },
      ],
      feedback: {
        juste: 'Exact : 96 cartes sur 3 200 produites, soit 3 %.',
        faux: 'Divisez le nombre de cartes rebutées par le nombre de cartes produites, puis multipliez par 100.',
      },
      explication:
        '$\\text{Taux de rebut} = \\dfrac{96}{3\\,200} \\times 100 = 3\\,\\%$. On divise toujours par les pièces produites, bonnes et mauvaises ensemble.',
      source: 'Leçon Conduire la production et suivre ses indicateurs, § Le taux de rebut',
    }),
    numerique({
      id: 'respect-delais',
      enonce:
        'Sur le trimestre, l’équipe d’espaces verts a réalisé 25 interventions planifiées chez des clients ; 22 ont eu lieu à la date convenue. Quel est le taux de respect des délais, en pourcentage ?',
      criteres: ['B2.C4.CR2'],
      reponse: { valeur: 88, tolerance: 0.5, unite: '%' },
      pieges: [
        { valeur: 12, feedback: '12 %, c’est la part des interventions en retard. Le taux de respect compte celles à la date convenue.' },
        { valeur: 3, feedback: '3, c’est le nombre d’interventions en retard, pas un pourcentage.' },
      ],
      feedback: {
        juste: 'Exact : 22 sur 25, soit 88 %. Reste à comprendre les trois retards : une même cause ?',
        faux: 'Divisez le nombre d’interventions à la date convenue par le nombre total, puis multipliez par 100.',
      },
      explication:
        '$\\text{Respect des délais} = \\dfrac{22}{25} \\times 100 = 88\\,\\%$. L’indicateur devient utile quand on cherche la cause des retards (météo, matériel, étude de faisabilité trop optimiste).',
      source: 'Leçon Conduire la production et suivre ses indicateurs, § Le respect des délais',
    }),
    numerique({
      id: 'taux-performance',
      enonce:
        'Une presse de l’atelier de sous-traitance a une cadence théorique de 6 pièces par minute. Elle a fonctionné 300 minutes et produit 1 620 pièces. Quel est son taux de performance, en pourcentage ?',
      criteres: ['B2.C4.CR2'],
      tableau: {
        entetes: ['Donnée', 'Valeur'],
        lignes: [
          ['Cadence théorique', '6 pièces par minute'],
          ['Temps de fonctionnement', '300 min'],
          ['Pièces produites', '1 620'],
        ],
      },
      reponse: { valeur: 90, tolerance: 0.5, unite: '%' },
      pieges: [
        { valeur: 111.1, feedback: 'Vous avez inversé le rapport. La performance compare ce qui a été produit à ce qui aurait pu l’être.' },
        { valeur: 1800, feedback: '1 800 pièces, c’est ce que la presse aurait pu produire. Comparez-le aux 1 620 pièces réelles.' },
      ],
      feedback: {
        juste: 'Exact : 1 620 pièces sur 1 800 possibles, soit 90 %.',
        faux: 'Calculez la production théorique (cadence × temps de fonctionnement), puis divisez la production réelle par ce chiffre.',
      },
      explication:
        'Production théorique : $6 \\times 300 = 1\\,800$ pièces. Performance : $P = \\dfrac{1\\,620}{1\\,800} = 0{,}90$, soit 90 %. Les écarts de performance viennent des micro-arrêts et des ralentissements.',
      source: 'AFNOR, norme NF E60-182 (2002) ; leçon Indicateurs, § Calculer le TRS de deux façons',
    }),
    numerique({
      id: 'trg-filmeuse',
      enonce:
        'Pour la filmeuse, vous disposez des temps du tableau. Quel est le TRG (taux de rendement global), en pourcentage arrondi au dixième ?',
      criteres: ['B2.C4.CR2'],
      tableau: {
        entetes: ['Temps', 'Valeur'],
        lignes: [
          ['Temps total', '1 440 min'],
          ['Temps d’ouverture', '450 min'],
          ['Temps requis', '400 min'],
          ['Temps utile', '306 min'],
        ],
      },
      reponse: { valeur: 68, tolerance: 0.1, unite: '%' },
      pieges: [
        { valeur: 76.5, feedback: '76,5 %, c’est le TRS (temps utile / temps requis). Le TRG se rapporte au temps d’ouverture.' },
        { valeur: 21.3, feedback: 'Environ 21,3 %, c’est le TRE (temps utile / temps total).' },
        { valeur: 88.9, feedback: 'Vous avez divisé le temps requis par le temps d’ouverture. Le TRG part du temps utile.' },
      ],
      feedback: {
        juste: 'Exact : 306 / 450 = 0,68, soit 68,0 %.',
        faux: 'Le TRG rapporte le temps utile au temps d’ouverture.',
      },
      explication:
        'TRG = temps utile / temps d’ouverture : $\\text{TRG} = \\dfrac{306}{450} = 0{,}68 = 68{,}0\\,\\%$. Pour comparer : $\\text{TRS} = \\dfrac{306}{400} = 76{,}5\\,\\%$. Le TRG est plus bas que le TRS parce qu’il compte aussi les arrêts planifiés, dont les temps d’accompagnement.',
      source: 'AFNOR, norme NF E60-182 (2002) ; leçon Indicateurs, § Deux variantes : TRG et TRE',
    }),
    association({
      id: 'pertes-et-taux',
      enonce: 'Associez chaque événement au taux du TRS qu’il fait baisser.',
      criteres: ['B2.C4.CR2'],
      gauche: [
        {
          id: 'g1',
          texte: 'La scelleuse tombe en panne 20 minutes',
          feedback: 'Une panne est un arrêt non planifié : elle réduit la disponibilité.',
        },
        {
          id: 'g2',
          texte: 'La machine tourne plus lentement que sa cadence théorique',
          feedback: 'Un ralentissement ou des micro-arrêts réduisent la performance.',
        },
        {
          id: 'g3',
          texte: '40 sachets mal scellés sont rebutés',
          feedback: 'Les pièces mauvaises réduisent la qualité.',
        },
        {
          id: 'g4',
          texte: 'Une séance de soutien prévue au planning occupe l’équipe une heure',
          feedback: 'Un arrêt planifié est retiré avant le temps requis : il ne fait baisser aucun des trois taux.',
        },
      ],
      droite: [
        { id: 'd1', texte: 'Disponibilité' },
        { id: 'd2', texte: 'Performance' },
        { id: 'd3', texte: 'Qualité' },
        { id: 'd4', texte: 'Aucun des trois : c’est un arrêt planifié' },
      ],
      paires: { g1: 'd1', g2: 'd2', g3: 'd3', g4: 'd4' },
      explication:
        'Le TRS est le produit de la disponibilité (pannes, réglages), de la performance (ralentissements, micro-arrêts) et de la qualité (non-qualité). Les arrêts planifiés, dont les temps d’accompagnement, sont hors du temps requis.',
      source: 'AFNOR, norme NF E60-182 (2002) ; leçon Indicateurs, § Décomposer le temps',
    }),
    choixUnique({
      id: 'lire-trs',
      enonce:
        'Le TRS de la filmeuse est de 75 %, avec une disponibilité de 87,5 %, une performance de 90 % et une qualité de 95 %. Où cherchez-vous d’abord une amélioration ?',
      criteres: ['B2.C4.CR2', 'B2.C4.CR3'],
      options: [
        {
          id: 'a',
          texte: 'Du côté des ralentissements et des micro-arrêts, qui pèsent sur la performance.',
          feedback: 'La performance compte, mais elle est à 90 % : la perte est plus grande du côté de la disponibilité.',
        },
        {
          id: 'b',
          texte: 'Du côté des pièces rebutées au contrôle, qui pèsent sur le taux de qualité.',
          feedback: 'La qualité est déjà à 95 % : ce n’est pas la perte principale.',
        },
        {
          id: 'c',
          texte: 'Du côté de l’équipe, en revoyant avec chacun son geste et sa vitesse au poste.',
          feedback: 'Non : le TRS mesure un équipement et son organisation. Il ne mesure pas la valeur des personnes.',
        },
        {
          id: 'd',
          texte: 'Du côté des pannes et des réglages, qui pèsent sur la disponibilité.',
          feedback: 'Oui : c’est le taux le plus bas, donc la perte la plus importante. Les actions portent sur la machine et l’organisation.',
        },
      ],
      reponse: 'd',
      explication:
        'La décomposition $D \\times P \\times Q$ montre où sont les pertes. On agit d’abord sur le taux le plus bas, par des actions sur la machine et l’organisation : préparer les changements de format, planifier l’entretien.',
      source: 'AFNOR, norme NF E60-182 (2002) ; leçon Indicateurs, § Lire le TRS de la filmeuse',
    }),
    texteATrous({
      id: 'definition-trs',
      enonce: 'Complétez la définition du TRS.',
      criteres: ['B2.C4.CR2'],
      texte:
        'Le TRS est défini par la norme NF E60-182 (2002). Il est égal au temps [[utile]] divisé par le temps [[requis]], ou au produit de la disponibilité, de la [[performance]] et de la [[qualite]].',
      trous: {
        utile: { acceptees: ['utile'], feedback: 'Le temps utile est le temps passé à produire des pièces bonnes à la cadence théorique.' },
        requis: { acceptees: ['requis'], feedback: 'Le temps requis est le temps d’ouverture moins les arrêts planifiés.' },
        performance: { acceptees: ['performance'], feedback: 'La performance compare la cadence réelle à la cadence théorique.' },
        qualite: { acceptees: ['qualité', 'qualite'], feedback: 'La qualité est la part des pièces bonnes.' },
      },
      explication:
        'Deux écritures équivalentes : $\\text{TRS} = \\dfrac{\\text{temps utile}}{\\text{temps requis}} = D \\times P \\times Q$ (NF E60-182, 2002).',
      source: 'AFNOR, norme NF E60-182 (2002)',
    }),
    choixMultiples({
      id: 'indicateurs-parcours-ars',
      enonce:
        'Votre directrice prépare le bilan demandé par l’agence régionale de santé (ARS) sur la transformation de l’ESAT. Elle vous demande les données de votre atelier qui entrent dans les indicateurs de parcours suivis par l’ARS. Lesquelles lui transmettez-vous ?',
      criteres: ['B2.C9.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Le nombre de travailleurs en prestation extérieure ou en mise à disposition',
          feedback: 'Oui : ce nombre mesure l’ouverture de l’ESAT vers l’extérieur.',
        },
        {
          id: 'b',
          texte: 'Le chiffre d’affaires de l’atelier et son évolution sur l’année',
          feedback: 'Non : c’est un indicateur économique de l’établissement, pas un indicateur de parcours des personnes.',
        },
        {
          id: 'c',
          texte: 'Les sorties de travailleurs vers le milieu ordinaire',
          feedback: 'Oui : c’est un indicateur central de parcours.',
        },
        {
          id: 'd',
          texte: 'Le TRS de la filmeuse, votre poste goulot',
          feedback: 'Non : le TRS est un indicateur interne de production, pas un indicateur de parcours.',
        },
        {
          id: 'e',
          texte: 'Le taux d’absence de l’équipe, mois par mois',
          feedback: 'Non : ce chiffre sert à l’organisation de l’atelier ; il ne dit rien des parcours vers l’extérieur.',
        },
      ],
      reponses: ['a', 'c'],
      explication:
        'Les indicateurs de parcours suivis par les ARS portent notamment sur les prestations extérieures et mises à disposition, les démarches de reconnaissance des acquis, les sorties vers le milieu ordinaire et le droit au retour exercé. Ils rappellent que l’activité d’un ESAT se mesure aussi aux parcours des personnes, pas seulement à sa production.',
      source: 'circulaire n° DGCS/SD3/2022/139 du 11 mai 2022 (suivi du plan de transformation par les ARS) ; décret n° 2022-1561',
    }),
    choixUnique({
      id: 'rebut-collage',
      enonce:
        'Au poste de collage, le taux de rebut est passé de 1 % à 4 % cette semaine. Que faites-vous ?',
      criteres: ['B2.C4.CR3'],
      options: [
        {
          id: 'a',
          texte: 'Vous rappelez à l’équipe l’importance du collage et demandez à chacun plus d’attention.',
          feedback: 'Un rappel général ne cherche pas la cause ; si elle est matérielle, rien ne changera.',
        },
        {
          id: 'b',
          texte: 'Vous montrez le chiffre à l’équipe et cherchez avec elle ce qui a changé au poste.',
          feedback: 'Oui : l’indicateur signale un problème d’organisation (colle, outil, consigne) ; l’équipe en connaît souvent la cause.',
        },
        {
          id: 'c',
          texte: 'Vous comptez les rebuts de chacun, sans les afficher, pour savoir qui accompagner.',
          feedback: 'L’intention est d’aider, mais compter par personne suppose que le problème vient des personnes et détourne de la vraie cause.',
        },
        {
          id: 'd',
          texte: 'Vous confiez le collage à la personne la plus précise, le temps que le taux baisse.',
          feedback: 'Rien ne dit que le problème vient des personnes : vous déplaceriez quelqu’un au lieu de régler la cause.',
        },
      ],
      reponse: 'b',
      explication:
        'Un indicateur décrit l’organisation, pas la valeur des personnes. On le lit avec l’équipe, on cherche la cause dans le travail (matière, méthode, outil, poste, environnement), puis on décide d’une action et on vérifie son effet.',
      source: 'Leçon Conduire la production et suivre ses indicateurs, § Utiliser les indicateurs sans mettre la pression',
    }),
    vraiFaux({
      id: 'cadence-nominative',
      enonce:
        'Pour encourager l’équipe, un collègue propose d’afficher chaque vendredi la cadence de chaque travailleur avec son prénom, en félicitant les plus fortes progressions plutôt que les plus rapides. Cet affichage respecte la règle d’un usage des indicateurs sans pression sur les personnes.',
      criteres: ['B2.C4.CR3'],
      reponse: false,
      feedback: {
        vrai: 'Non : même en valorisant les progrès, un affichage nominatif compare les personnes, expose celles qui progressent peu et pousse à accélérer au détriment de la sécurité et de la qualité.',
        faux: 'Exact : l’intention est bonne, mais l’affichage reste nominatif. On affiche des résultats d’équipe, lus ensemble, et l’on valorise les progrès collectifs.',
      },
      explication:
        'Les indicateurs servent l’organisation et les personnes, pas l’inverse. La production est un support de l’accompagnement (Fiche Métier CPNE-FP, 2024) : un classement nominatif va contre cette finalité.',
      source: 'Fiche Métier CPNE-FP, 2024 ; leçon Indicateurs, § Des règles simples',
    }),
    choixMultiples({
      id: 'usages-sans-pression',
      enonce: 'Lesquels de ces usages des indicateurs améliorent l’organisation sans mettre la pression sur les personnes ?',
      criteres: ['B2.C4.CR3'],
      options: [
        {
          id: 'a',
          texte: 'Afficher chaque vendredi la progression de chacun, pour encourager les efforts',
          feedback: 'Non : même en valorisant les progrès, un affichage nominatif compare les personnes et expose celles qui progressent peu.',
        },
        {
          id: 'b',
          texte: 'Fixer à chaque travailleur une cadence personnelle, revue lors de son bilan',
          feedback: 'Non : la cadence devient une évaluation de la personne ; le projet personnalisé porte sur ses attentes et son parcours.',
        },
        {
          id: 'c',
          texte: 'Rappeler sa cadence à une personne qui ralentit, pour l’aider à se situer',
          feedback: 'Non : un ralentissement a souvent une cause (fatigue, douleur, poste) qu’un chiffre rappelé ne fait qu’aggraver ; on cherche la cause avec elle.',
        },
        {
          id: 'd',
          texte: 'Chercher les causes d’une baisse dans la machine, la matière, la méthode ou le poste',
          feedback: 'Oui : c’est là que se trouvent les leviers d’amélioration.',
        },
        {
          id: 'e',
          texte: 'Comparer chaque semaine les résultats de deux équipes, pour créer de l’émulation',
          feedback: 'Non : on compare l’atelier à lui-même dans le temps ; mettre les équipes en compétition déplace la pression sur les personnes.',
        },
      ],
      reponses: ['d'],
      explication:
        'Un indicateur bien utilisé est partagé, lu avec l’équipe, relié à des causes et à des actions. Il ne sert ni à classer, ni à fixer des quotas individuels, ni à sanctionner.',
      source: 'Leçon Conduire la production et suivre ses indicateurs, § Des règles simples',
    }),
    ordre({
      id: 'boucle-amelioration',
      enonce: 'Remettez dans l’ordre l’usage d’un indicateur pour améliorer l’organisation.',
      criteres: ['B2.C4.CR3'],
      etapes: [
        {
          id: 'e1',
          texte: 'Mesurer l’indicateur, toujours de la même façon',
          feedback: 'Sans mesure régulière et comparable, pas de lecture possible.',
        },
        {
          id: 'e2',
          texte: 'Le comparer à l’objectif et aux semaines précédentes',
          feedback: 'La comparaison montre un écart ou une évolution.',
        },
        {
          id: 'e3',
          texte: 'Chercher les causes de l’écart avec l’équipe',
          feedback: 'Les personnes qui font le travail connaissent souvent la cause.',
        },
        {
          id: 'e4',
          texte: 'Décider ensemble d’une action sur l’organisation',
          feedback: 'L’action porte sur la cause trouvée : outil, méthode, matière, poste.',
        },
        {
          id: 'e5',
          texte: 'Vérifier l’effet de l’action la semaine suivante',
          feedback: 'On vérifie que l’action a marché, puis on la garde ou on la corrige.',
        },
      ],
      explication:
        'Mesurer, comparer, chercher les causes, agir, vérifier : c’est la logique de l’amélioration continue, appliquée avec l’équipe. L’indicateur reste un outil au service de l’organisation.',
      source: 'Leçon Conduire la production et suivre ses indicateurs, § Utiliser les indicateurs sans mettre la pression',
    }),
  ],
});
