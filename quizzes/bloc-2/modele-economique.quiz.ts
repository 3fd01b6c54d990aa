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
  id: 'modele-economique',
  titre: 'Le modèle économique de l’établissement',
  description:
    'Dix-sept questions sur la double mission de l’ESAT, la rémunération garantie, le FATESAT, l’obligation d’emploi des clients et l’organisation des prestations hors les murs et des mises à disposition.',
  bloc: 'B2',
  questions: [
    choixUnique({
      id: 'question-de-leonie',
      enonce:
        'Léonie, travailleuse de l’atelier conditionnement, vous demande : « Pourquoi on doit tenir les délais ? On n’est pas une entreprise. » Que lui répondez-vous ?',
      criteres: ['B2.C9.CR1'],
      options: [
        {
          id: 'a',
          texte: '« Les clients paient ce travail : cet argent finance une partie de votre rémunération et les machines. »',
          feedback: 'Oui : vous expliquez simplement la double mission, économique et d’accompagnement, et ce que le travail de Léonie rapporte à l’atelier et à elle-même.',
        },
        {
          id: 'b',
          texte: '« Parce que la direction s’y est engagée auprès des clients : c’est la règle de l’atelier. »',
          feedback: 'C’est exact, mais cela renvoie à une règle sans lui donner de sens ; la question de Léonie mérite une vraie réponse.',
        },
        {
          id: 'c',
          texte: '« Vous avez raison, ici les délais comptent moins : l’essentiel, c’est votre accompagnement. »',
          feedback: 'La réponse se veut rassurante, mais elle est inexacte : l’ESAT travaille pour de vrais clients, et la production est aussi le support de l’accompagnement.',
        },
      ],
      reponse: 'a',
      explication:
        'L’ESAT propose des activités à caractère professionnel et un soutien médico-social et éducatif (CASF, art. L344-2) ; la Fiche Métier (2024) parle d’une double mission d’accompagnement socioprofessionnel et d’équilibre économique. La production est un support de l’accompagnement, et elle finance notamment une partie de la rémunération garantie.',
      source: 'CASF art. L344-2 ; Fiche Métier CPNE-FP 2024',
    }),
    texteATrous({
      id: 'remuneration-garantie-trous',
      enonce: 'Complétez les règles de la rémunération garantie d’un travailleur d’ESAT à temps plein.',
      criteres: ['B2.C9.CR1'],
      texte:
        'La rémunération garantie est comprise entre [[minimum]] % et [[maximum]] % du SMIC. L’ESAT en finance au moins [[part]] % du SMIC ; l’État verse une aide au poste d’au plus [[aide]] % du SMIC.',
      trous: {
        minimum: { acceptees: ['55,7', '55.7'], feedback: 'Le plancher est de 55,7 % du SMIC depuis le 1er janvier 2018 (55 % auparavant).' },
        maximum: { acceptees: ['110,7', '110.7'], feedback: 'Le plafond est de 110,7 % du SMIC depuis 2018 (110 % auparavant).' },
        part: { acceptees: ['5', 'cinq'], feedback: 'La part financée par l’ESAT est d’au moins 5 % du SMIC.' },
        aide: { acceptees: ['50,7', '50.7'], feedback: 'L’aide au poste de l’État est d’au plus 50,7 % du SMIC ; 5 + 50,7 = 55,7 %.' },
      },
      explication:
        'Depuis le décret n° 2018-194, la rémunération garantie va de 55,7 % à 110,7 % du SMIC pour un temps plein ; elle associe une part ESAT d’au moins 5 % et une aide au poste d’au plus 50,7 %.',
      source: 'CASF art. R243-5 et R243-6 ; décret n° 2018-194',
    }),
    numerique({
      id: 'aide-au-poste-degressive',
      enonce:
        'Pour un travailleur à temps plein, l’ESAT porte sa part de 20 % à 24 % du SMIC. Au-delà de 20 %, l’aide au poste (50,7 % au maximum) baisse de 0,5 point par point de part ESAT. Quelle est alors la rémunération garantie, en % du SMIC ?',
      criteres: ['B2.C9.CR1'],
      tableau: {
        entetes: ['Élément', 'Valeur'],
        lignes: [
          ['Part ESAT', '24 % du SMIC'],
          ['Aide au poste maximale', '50,7 % du SMIC'],
          ['Baisse de l’aide au-delà de 20 % de part ESAT', '0,5 point par point'],
        ],
      },
      reponse: { valeur: 72.7, tolerance: 0.05, unite: '% du SMIC' },
      pieges: [
        { valeur: 74.7, feedback: 'Vous avez oublié la baisse de l’aide au poste : 4 points au-delà de 20 %, soit 2 points d’aide en moins.' },
        { valeur: 48.7, feedback: 'C’est l’aide au poste seule : ajoutez la part ESAT.' },
        { valeur: 70.7, feedback: 'Vous avez retiré 4 points d’aide : la baisse est de 0,5 point par point, soit 2 points.' },
      ],
      feedback: {
        juste: 'Exact : aide au poste = 50,7 − 2 = 48,7 % ; rémunération = 24 + 48,7 = 72,7 % du SMIC.',
        faux: 'Calculez d’abord la baisse de l’aide (0,5 × 4 points), puis additionnez la part ESAT et l’aide restante.',
      },
      explication:
        'Aide au poste : $A = 50{,}7 - 0{,}5 \\times (24 - 20) = 48{,}7\\,\\%$. Rémunération garantie : $R = 24 + 48{,}7 = 72{,}7\\,\\%$ du SMIC. Quand l’ESAT augmente sa part, la rémunération augmente moins vite que sa part, car l’aide baisse.',
      source: 'CASF art. R243-6 ; décret n° 2018-194',
    }),
    vraiFaux({
      id: 'salaire-ea',
      enonce:
        'Bastien quitte l’ESAT pour un contrat à durée indéterminée dans une entreprise adaptée. Il y percevra, comme à l’ESAT, une rémunération garantie comprise entre 55,7 % et 110,7 % du SMIC.',
      criteres: ['B2.C9.CR1'],
      reponse: false,
      feedback: {
        vrai: 'Non : en entreprise adaptée, Bastien devient salarié, avec un contrat de travail, et perçoit au moins le SMIC. La rémunération garantie est propre à l’ESAT.',
        faux: 'Exact : salarié d’EA, Bastien a un contrat de travail et un salaire d’au moins le SMIC ; c’est l’EA qui reçoit une aide financière par poste.',
      },
      explication:
        'L’EA est une entreprise du milieu ordinaire : contrat de travail de droit commun, salaire au moins égal au SMIC, aide de l’État par poste. L’ESAT verse une rémunération garantie, qui n’est pas un salaire.',
      source: 'C. trav. art. L5213-13 et suivants ; CASF art. R243-5',
    }),
    choixMultiples({
      id: 'fatesat-finance',
      enonce: 'Parmi ces projets, lesquels peuvent être cofinancés par le fonds d’accompagnement de la transformation des ESAT (FATESAT) ?',
      criteres: ['B2.C9.CR1'],
      options: [
        {
          id: 'a',
          texte: 'La création d’une activité de maintenance de vélos, proche d’un métier qui recrute',
          feedback: 'Oui : une nouvelle activité qui développe les compétences et l’employabilité entre dans les projets éligibles.',
        },
        {
          id: 'b',
          texte: 'L’adaptation de l’atelier blanchisserie avec un équipement plus moderne',
          feedback: 'Oui : l’adaptation d’une activité est prévue, avec un plafond de 75 000 €.',
        },
        {
          id: 'c',
          texte: 'Une étude de conseil pour transformer l’atelier conditionnement',
          feedback: 'Oui : le conseil et l’ingénierie sont éligibles, avec un plafond de 20 000 €.',
        },
        {
          id: 'd',
          texte: 'Le comblement du déficit de l’atelier espaces verts',
          feedback: 'Non : le fonds ne sert pas à renflouer un modèle économique en difficulté.',
        },
      ],
      reponses: ['a', 'b', 'c'],
      explication:
        'Le FATESAT (circulaire n° DGCS/SD3/2022/146 ; 15 M€ en 2022) cofinance au plus 50 % de projets d’au moins 10 000 € HT : nouvelle activité ou développement (150 000 €), adaptation (75 000 €), conseil ou ingénierie (20 000 €). Son objectif : les compétences et l’employabilité des travailleurs.',
      source: 'circulaire n° DGCS/SD3/2022/146 du 13 mai 2022',
    }),
    numerique({
      id: 'fatesat-plafond',
      enonce:
        'L’ESAT dépose au FATESAT un projet d’adaptation de son atelier blanchisserie qui coûte 200 000 € HT. Quel montant maximal le fonds peut-il apporter, en euros ?',
      criteres: ['B2.C9.CR1'],
      tableau: {
        entetes: ['Règle du FATESAT', 'Valeur'],
        lignes: [
          ['Taux de cofinancement maximal', '50 % du coût du projet'],
          ['Coût minimal d’un projet', '10 000 € HT'],
          ['Plafond : nouvelle activité ou développement d’une activité existante', '150 000 €'],
          ['Plafond : adaptation d’une activité', '75 000 €'],
          ['Plafond : conseil ou ingénierie', '20 000 €'],
        ],
      },
      reponse: { valeur: 75000, tolerance: 0, unite: '€' },
      pieges: [
        { valeur: 100000, feedback: 'C’est 50 % du projet, mais le plafond de 75 000 € pour une adaptation s’applique.' },
        { valeur: 150000, feedback: 'Ce plafond concerne une nouvelle activité ou le développement d’une activité existante, pas une adaptation.' },
      ],
      feedback: {
        juste: 'Exact : 50 % de 200 000 € font 100 000 €, mais le plafond d’une adaptation est de 75 000 €.',
        faux: 'Repérez la catégorie du projet (une adaptation), calculez 50 % de son coût, puis comparez au plafond de cette catégorie.',
      },
      explication:
        'Le FATESAT finance au plus 50 % du projet, dans la limite du plafond de la catégorie : $\\min(50\\,\\% \\times 200\\,000\\ ;\\ 75\\,000) = \\min(100\\,000\\ ;\\ 75\\,000) = 75\\,000$ euros.',
      source: 'circulaire n° DGCS/SD3/2022/146 du 13 mai 2022',
    }),
    numerique({
      id: 'deduction-oeth',
      enonce:
        'Une entreprise de 250 salariés, dont le taux d’emploi direct est de 2,4 %, a acheté à l’ESAT une prestation de conditionnement. Avec les données du tableau, quel montant peut-elle déduire de sa contribution OETH, en euros ?',
      criteres: ['B2.C9.CR2'],
      tableau: {
        entetes: ['Donnée', 'Montant'],
        lignes: [
          ['Prix facturé hors taxes', '40 000 €'],
          ['dont matières', '9 000 €'],
          ['dont frais de vente', '3 000 €'],
          ['dont sous-traitance et consommations intermédiaires', '0 €'],
          ['Contribution OETH avant déduction', '24 000 €'],
        ],
      },
      reponse: { valeur: 8400, tolerance: 1, unite: '€' },
      pieges: [
        { valeur: 12000, feedback: 'C’est 30 % du prix total, ou le plafond de 50 % de la contribution. La déduction se calcule sur le coût de la main-d’œuvre seulement.' },
        { valeur: 28000, feedback: 'C’est le coût de la main-d’œuvre : il faut en prendre 30 %.' },
      ],
      feedback: {
        juste: 'Exact : coût de la main-d’œuvre 28 000 €, dont 30 % font 8 400 €, sous le plafond de 12 000 €.',
        faux: 'Retirez du prix HT les matières et les frais de vente, prenez 30 % du résultat, puis vérifiez le plafond.',
      },
      explication:
        'Coût de la main-d’œuvre : $MO = 40\\,000 - 9\\,000 - 3\\,000 = 28\\,000$. Déduction : $D = \\min(0{,}30 \\times MO\\ ;\\ 50\\,\\% \\times C) = \\min(8\\,400\\ ;\\ 12\\,000) = 8\\,400$ euros. Le plafond est de 50 % de la contribution car le taux d’emploi est inférieur à 3 %. Règle en vigueur depuis le 1er janvier 2020.',
      source: 'C. trav. art. L5212-2 et D5212-21 et suivants ; décret n° 2019-523',
    }),
    numerique({
      id: 'deduction-oeth-plafond',
      enonce:
        'La même entreprise (taux d’emploi direct de 2,4 %, contribution avant déduction de 24 000 €) confie cette année à l’ESAT une prestation plus importante. Quel montant peut-elle déduire, en euros ?',
      criteres: ['B2.C9.CR2'],
      tableau: {
        entetes: ['Donnée', 'Montant'],
        lignes: [
          ['Prix facturé hors taxes', '120 000 €'],
          ['dont matières', '25 000 €'],
          ['dont sous-traitance', '5 000 €'],
          ['dont consommations intermédiaires', '0 €'],
          ['dont frais de vente', '6 000 €'],
        ],
      },
      reponse: { valeur: 12000, tolerance: 1, unite: '€' },
      pieges: [
        { valeur: 25200, feedback: 'C’est 30 % du coût de la main-d’œuvre, mais la déduction est plafonnée à 50 % de la contribution.' },
        { valeur: 18000, feedback: 'Le plafond de 75 % ne vaut que si le taux d’emploi atteint 3 % ; ici il est de 2,4 %.' },
        { valeur: 36000, feedback: 'C’est 30 % du prix total : la déduction porte sur le coût de la main-d’œuvre, et elle est plafonnée.' },
      ],
      feedback: {
        juste: 'Exact : 30 % de 84 000 € font 25 200 €, mais le plafond est de 50 % de 24 000 €, soit 12 000 €.',
        faux: 'Calculez le coût de la main-d’œuvre, prenez-en 30 %, puis comparez au plafond de 50 % de la contribution.',
      },
      explication:
        '$MO = 120\\,000 - 25\\,000 - 5\\,000 - 6\\,000 = 84\\,000$ ; $0{,}30 \\times 84\\,000 = 25\\,200$ ; plafond $50\\,\\% \\times 24\\,000 = 12\\,000$ ; donc $D = \\min(25\\,200\\ ;\\ 12\\,000) = 12\\,000$ euros. Au-delà du plafond, le client achète pour d’autres raisons que la déduction.',
      source: 'C. trav. art. D5212-21 et suivants ; décret n° 2019-523',
    }),
    vraiFaux({
      id: 'achats-taux-emploi',
      enonce:
        'Depuis 2020, les achats d’une entreprise auprès d’un ESAT comptent dans son taux d’emploi de 6 % de bénéficiaires de l’obligation d’emploi.',
      criteres: ['B2.C9.CR2'],
      reponse: false,
      feedback: {
        vrai: 'Non : c’était la règle avant 2020 (« emploi indirect »). Depuis 2020, ces achats réduisent la contribution, sans compter dans le taux d’emploi.',
        faux: 'Exact : depuis 2020, ils ne comptent plus dans le taux ; ils ouvrent une déduction sur la contribution.',
      },
      explication:
        'Avant 2020, la sous-traitance aux ESAT et EA valait emploi indirect, jusqu’à la moitié de l’obligation. Depuis la réforme issue de la loi n° 2018-771 (en vigueur en 2020), elle ouvre une déduction de 30 % du coût de la main-d’œuvre, plafonnée à 50 % ou 75 % de la contribution.',
      source: 'loi n° 2018-771 ; C. trav. art. L5212-2 et D5212-21 et suivants',
    }),
    texteATrous({
      id: 'oeth-trous',
      enonce: 'Complétez la règle de l’obligation d’emploi des travailleurs handicapés.',
      criteres: ['B2.C9.CR2'],
      texte:
        'Tout employeur d’au moins [[seuil]] salariés doit employer des bénéficiaires de l’obligation d’emploi à hauteur de [[taux]] % de son effectif. Acheter à un ESAT permet de déduire de la contribution [[part]] % du coût de la main-d’œuvre facturé.',
      trous: {
        seuil: { acceptees: ['20', 'vingt'], feedback: 'L’obligation s’applique aux employeurs d’au moins 20 salariés.' },
        taux: { acceptees: ['6', 'six'], feedback: 'Le taux est de 6 %, révisable tous les 5 ans.' },
        part: { acceptees: ['30', 'trente'], feedback: 'La déduction est de 30 % du coût de la main-d’œuvre, dans la limite d’un plafond.' },
      },
      explication:
        'OETH : 6 % de l’effectif pour les employeurs d’au moins 20 salariés (C. trav. art. L5212-2). Depuis 2020, les achats aux ESAT, EA et TIH réduisent la contribution de 30 % du coût de la main-d’œuvre, plafonnée à 50 % ou 75 % de la contribution.',
      source: 'C. trav. art. L5212-2 et D5212-21 et suivants',
    }),
    choixMultiples({
      id: 'cout-main-oeuvre',
      enonce:
        'Pour calculer le coût de la main-d’œuvre qui sert à la déduction OETH, que retire-t-on du prix hors taxes facturé au client ?',
      criteres: ['B2.C9.CR2'],
      options: [
        { id: 'a', texte: 'Le coût des matières', feedback: 'Oui : les matières ne sont pas de la main-d’œuvre.' },
        { id: 'b', texte: 'Les frais de vente', feedback: 'Oui : ils sont retirés du prix.' },
        { id: 'c', texte: 'La sous-traitance et les consommations intermédiaires', feedback: 'Oui : elles sont aussi retirées.' },
        {
          id: 'd',
          texte: 'La rémunération versée aux travailleurs pour ce travail',
          feedback: 'Non : c’est justement la main-d’œuvre que la déduction valorise. On ne la retire pas.',
        },
      ],
      reponses: ['a', 'b', 'c'],
      explication:
        'Coût de la main-d’œuvre = prix HT − matières − sous-traitance − consommations intermédiaires − frais de vente. Une prestation riche en travail ouvre donc plus de déduction qu’une revente de matières.',
      source: 'C. trav. art. D5212-21 et suivants ; décret n° 2019-523',
    }),
    choixUnique({
      id: 'argument-client',
      enonce:
        'Un client de l’atelier conditionnement négocie une baisse de prix : « De toute façon, avec la déduction handicap, je m’y retrouve. » Quel argument est le plus solide pour fidéliser ce client au juste prix ?',
      criteres: ['B2.C9.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Le montant de la déduction OETH que ses achats lui permettent chaque année.',
          feedback: 'La déduction est réelle, mais plafonnée : c’est un argument qui s’épuise vite et ne fidélise pas.',
        },
        {
          id: 'b',
          texte: 'La qualité du travail, les délais tenus et la réactivité de l’atelier.',
          feedback: 'Oui : c’est ce qui fait revenir un client, bien au-delà de la déduction.',
        },
        {
          id: 'c',
          texte: 'La mission sociale de l’ESAT, qui justifie à elle seule un prix plus élevé.',
          feedback: 'La mission sociale compte pour les engagements RSE du client, mais elle ne remplace pas la qualité du service.',
        },
      ],
      reponse: 'b',
      explication:
        'Depuis 2020, la déduction OETH dépend du coût de la main-d’œuvre et elle est plafonnée ; la Fiche Métier note que cette réforme a changé la politique de partenariat des entreprises. Ce qui fidélise, c’est la qualité du travail.',
      source: 'Fiche Métier CPNE-FP 2024 ; C. trav. art. D5212-21 et suivants',
    }),
    choixUnique({
      id: 'samir-mise-a-disposition',
      enonce:
        'Une entreprise de logistique propose d’accueillir Samir six mois, à mi-temps, en mise à disposition. Que faites-vous en premier ?',
      criteres: ['B2.C9.CR3'],
      options: [
        {
          id: 'a',
          texte: 'Vous acceptez pour lui : l’occasion est rare, et l’entreprise ne l’attendra pas.',
          feedback: 'Décider pour Samir ne respecte pas son choix : la mise à disposition se fait avec son accord, et une mise à disposition non voulue a peu de chances de réussir.',
        },
        {
          id: 'b',
          texte: 'Vous présentez la proposition à Samir et recueillez ce qu’il en pense et en attend.',
          feedback: 'Oui : la mise à disposition part du projet de la personne et se fait avec son accord ; c’est elle qui choisit de s’engager.',
        },
        {
          id: 'c',
          texte: 'Vous appelez d’abord sa sœur, qui saura dire si c’est une bonne idée pour lui.',
          feedback: 'Non : Samir est un adulte qui décide pour lui-même ; un proche peut l’aider s’il le souhaite, mais on ne s’adresse pas à lui d’abord.',
        },
        {
          id: 'd',
          texte: 'Vous envoyez à l’entreprise son planning et ses horaires, pour ne pas perdre de temps.',
          feedback: 'L’organisation viendra, mais après l’accord de Samir et la définition du cadre écrit avec l’entreprise.',
        },
      ],
      reponse: 'b',
      explication:
        'Une mise à disposition est une étape du parcours de la personne : elle se fait avec son accord (CASF, art. L344-2-4 et R344-16), se cadre par un contrat écrit avec l’entreprise d’accueil et se suit dans la durée.',
      source: 'CASF art. L344-2-4 et R344-16 ; leçon Modèle économique, § La mise à disposition',
    }),
    ordre({
      id: 'etapes-mise-a-disposition',
      enonce: 'Remettez dans l’ordre les étapes d’une mise à disposition en entreprise.',
      criteres: ['B2.C9.CR3'],
      etapes: [
        { id: 'e1', texte: 'Recueillir le souhait et les attentes de la personne', feedback: 'Tout part du projet de la personne, qui donne son accord.' },
        {
          id: 'e2',
          texte: 'Rencontrer l’entreprise : tâches, horaires, tuteur',
          feedback: 'On vérifie avec l’entreprise que le poste correspond au projet et aux besoins de la personne.',
        },
        {
          id: 'e3',
          texte: 'Signer le contrat écrit de mise à disposition entre l’ESAT et l’entreprise',
          feedback: 'Le contrat fixe l’activité, le lieu, les horaires, la facturation, le soutien de l’ESAT et les adaptations.',
        },
        {
          id: 'e4',
          texte: 'Accompagner les premiers jours sur place',
          feedback: 'La présence du moniteur au démarrage rassure la personne et le tuteur.',
        },
        {
          id: 'e5',
          texte: 'Faire des bilans réguliers avec la personne et le tuteur',
          feedback: 'Le suivi permet d’ajuster et de préparer la suite du parcours.',
        },
      ],
      explication:
        'Une mise à disposition se construit dans l’ordre : projet et accord de la personne, accord avec l’entreprise, contrat écrit (travailleurs concernés, activité, lieu et horaires, base de facturation, soutien médico-social, surveillance médicale, mesures d’adaptation), accompagnement du démarrage, bilans réguliers. Une mise à disposition individuelle dure au plus deux ans sans accord de la CDAPH ; son contrat est transmis à la MDPH dans les 15 jours.',
      source: 'CASF art. L344-2-4, R344-16 à R344-18 ; leçon Modèle économique, § La mise à disposition',
    }),
    choixMultiples({
      id: 'preparer-prestation-site',
      enonce:
        'Votre équipe d’espaces verts va entretenir chaque semaine le site d’une entreprise de logistique. Que préparez-vous avec le client avant le premier passage ?',
      criteres: ['B2.C9.CR3'],
      options: [
        {
          id: 'a',
          texte: 'Une visite du site : accès, circulation des chariots, zones interdites',
          feedback: 'Oui : les risques propres au site se repèrent sur place, avec le client.',
        },
        {
          id: 'b',
          texte: 'La liste de l’équipe avec le handicap de chacun, pour que le client s’adapte',
          feedback: 'Non : le handicap ou le diagnostic d’une personne ne se transmet pas au client ; seules les consignes utiles au travail sont partagées, avec l’accord des personnes.',
        },
        {
          id: 'c',
          texte: 'Un interlocuteur désigné chez le client, joignable pendant l’intervention',
          feedback: 'Oui : en cas de question ou d’imprévu, l’équipe sait à qui s’adresser.',
        },
        {
          id: 'd',
          texte: 'Un accord pour que le client encadre l’équipe les jours où vous êtes absent',
          feedback: 'Non : dans une prestation, l’ESAT garde l’encadrement de son équipe ; une absence se remplace par un autre moniteur.',
        },
      ],
      reponses: ['a', 'c'],
      explication:
        'Une prestation hors les murs se prépare avec le client : visite préalable, risques du site, consignes rendues accessibles, interlocuteur, bilans. L’ESAT garde l’organisation et l’encadrement du travail, et les informations sur la santé des personnes restent confidentielles.',
      source: 'Fiche Métier CPNE-FP 2024 ; leçon Modèle économique, § La prestation hors les murs',
    }),
    association({
      id: 'roles-mise-a-disposition',
      enonce: 'Associez chaque rôle à la personne ou à l’organisation qui le tient dans une mise à disposition.',
      criteres: ['B2.C9.CR3'],
      gauche: [
        {
          id: 'g1',
          texte: 'Choisir de s’engager et dire ce qu’elle vit lors des bilans',
          feedback: 'C’est la personne mise à disposition : elle est actrice de son parcours.',
        },
        {
          id: 'g2',
          texte: 'Désigner un tuteur et organiser le travail sur place',
          feedback: 'C’est l’entreprise d’accueil.',
        },
        {
          id: 'g3',
          texte: 'Préparer le tuteur, suivre et ajuster avec l’équipe pluriprofessionnelle',
          feedback: 'C’est le rôle du moniteur ou de la monitrice d’atelier.',
        },
        {
          id: 'g4',
          texte: 'Rester responsable de l’accompagnement et signer le cadre écrit',
          feedback: 'C’est l’ESAT, auquel la personne reste rattachée.',
        },
      ],
      droite: [
        { id: 'd1', texte: 'La personne accompagnée' },
        { id: 'd2', texte: 'L’entreprise d’accueil' },
        { id: 'd3', texte: 'Le moniteur ou la monitrice' },
        { id: 'd4', texte: 'L’ESAT' },
        { id: 'd5', texte: 'La CDAPH' },
      ],
      paires: { g1: 'd1', g2: 'd2', g3: 'd3', g4: 'd4' },
      explication:
        'Dans une mise à disposition, chacun a sa place : la personne choisit et s’exprime, l’entreprise accueille et encadre sur place, le moniteur prépare et suit, l’ESAT reste responsable de l’accompagnement. La CDAPH décide des orientations, pas des mises à disposition.',
      source: 'Fiche Métier CPNE-FP 2024 ; leçon Modèle économique, § Travailler avec l’entreprise d’accueil',
    }),
    vraiFaux({
      id: 'mad-reste-travailleur-esat',
      enonce:
        'Pendant sa mise à disposition en entreprise, Samir reste travailleur de l’ESAT : l’ESAT continue de l’accompagner, et le contrat de mise à disposition précise ce soutien.',
      criteres: ['B2.C9.CR3'],
      reponse: true,
      feedback: {
        vrai: 'Exact : la personne reste rattachée à l’ESAT, qui poursuit son accompagnement médico-social et professionnel (visites, bilans, ajustements) ; l’entreprise organise le travail sur place.',
        faux: 'Si : l’entreprise d’accueil ne prend pas le relais de l’accompagnement. L’ESAT continue d’accompagner la personne, et le contrat écrit le prévoit.',
      },
      explication:
        'La mise à disposition est une étape du parcours : la personne reste usager de l’ESAT, dont l’accompagnement médico-social et professionnel continue ; le contrat de mise à disposition mentionne ce soutien et les mesures d’adaptation.',
      source: 'CASF art. L344-2-4, R344-16 et R344-17',
    }),
  ],
});
