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
  id: 'plan-developpement',
  titre: 'Contribuer au plan de développement des compétences',
  description:
    'Faire remonter les besoins de formation, informer les travailleurs de leurs droits (congé de formation, CPF) et ajuster le plan avec eux.',
  bloc: 'B3',
  questions: [
    choixUnique({
      id: 'remontee-marc',
      enonce:
        'La cheffe de service vous demande les besoins de formation de l’équipe espaces verts. Marc, 58 ans, vous a dit plusieurs fois qu’il a mal au dos et qu’il aimerait « un travail moins dur ». Que transmettez-vous ?',
      criteres: ['B3.C5.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Ses paroles, vos observations et le lien avec son projet, après en avoir parlé avec lui.',
          feedback:
            'Oui : vous vérifiez avec Marc ce qu’il souhaite, puis vous transmettez ses mots, vos observations et le lien avec son projet. La direction peut alors choisir une action adaptée.',
        },
        {
          id: 'b',
          texte: 'Rien pour Marc cette année, puisqu’il n’a demandé aucune formation précise.',
          feedback:
            'Non : un souhait n’a pas besoin d’être formulé comme une demande de stage pour compter. C’est à vous de l’aider à le traduire en besoin, avec lui.',
        },
        {
          id: 'c',
          texte: 'Une formation gestes et postures, pour qu’il puisse tenir son poste sans douleur.',
          feedback:
            'Cette formation peut être utile, mais vous décidez à sa place et vous visez seulement le maintien au poste, alors que Marc parle d’un changement de travail.',
        },
        {
          id: 'd',
          texte: 'Une demande de changement d’atelier, à faire valider par le médecin du travail.',
          feedback:
            'Vous sautez une étape : Marc n’a pas dit ce qu’il voulait faire. Parlez-en d’abord avec lui, puis avec l’équipe pluriprofessionnelle.',
        },
      ],
      reponse: 'a',
      explication:
        'Le moniteur contribue au plan en faisant remonter les souhaits et les besoins des personnes, reliés à leur projet professionnel. Il les formule avec la personne, en séparant ce qu’elle dit et ce qu’il observe.',
      source: 'Fiche Métier CPNE-FP 2024, bloc 3 ; leçon Plan de développement, § Faire remonter les besoins',
    }),
    association({
      id: 'souhait-besoin-exigence',
      enonce:
        'Dans l’atelier blanchisserie, vous préparez vos remontées pour le plan. Associez chaque phrase de vos notes à ce qu’elle exprime.',
      criteres: ['B3.C5.CR1'],
      gauche: [
        {
          id: 'g1',
          texte: '« Je voudrais apprendre à utiliser la grande calandre. » (Inès)',
          feedback: 'C’est un souhait : la personne dit elle-même ce qu’elle veut apprendre.',
        },
        {
          id: 'g2',
          texte: 'Inès plie vite, mais confond souvent les étiquettes des clients.',
          feedback: 'C’est une observation du moniteur, qui fait apparaître un besoin à discuter avec Inès.',
        },
        {
          id: 'g3',
          texte: 'Le nouveau client impose un tri du linge selon un protocole d’hygiène.',
          feedback: 'C’est une exigence de l’activité : elle vient du client, pas de la personne.',
        },
      ],
      droite: [
        { id: 'd1', texte: 'Un souhait de la personne' },
        { id: 'd2', texte: 'Un besoin observé par le moniteur' },
        { id: 'd3', texte: 'Une exigence du poste ou du client' },
        { id: 'd4', texte: 'Une décision de la direction' },
      ],
      paires: { g1: 'd1', g2: 'd2', g3: 'd3' },
      explication:
        'Distinguer souhait, besoin observé et exigence du poste rend la remontée honnête : la direction sait d’où vient chaque demande, et la personne reste à l’origine de ce qui la concerne. La décision, elle, vient après, au moment de l’arbitrage.',
      source: 'Leçon Plan de développement, § Distinguer souhait, besoin et exigence du poste',
    }),
    choixMultiples({
      id: 'fiche-remontee',
      enonce:
        'Vous rédigez la fiche de remontée de Kevin pour le plan de l’an prochain. Quelles informations y mettez-vous ?',
      criteres: ['B3.C5.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Le diagnostic qui explique ses difficultés',
          feedback:
            'Non : un diagnostic n’a rien à faire dans une fiche de formation. Décrivez ce qui aide ou gêne au travail (« il a besoin de consignes en images »), pas la maladie ou le handicap.',
        },
        {
          id: 'b',
          texte: 'Ce que Kevin dit, avec ses propres mots',
          feedback: 'Oui : la parole de la personne est le point de départ de la demande.',
        },
        {
          id: 'c',
          texte: 'Vos observations au poste, avec leur date',
          feedback: 'Oui : des faits observés éclairent le besoin et aideront à mesurer les progrès.',
        },
        {
          id: 'd',
          texte: 'La formation déjà réservée pour lui',
          feedback:
            'Non : le moniteur propose une action, la direction arbitre et inscrit. Réserver d’avance court-circuite l’arbitrage du plan et engage l’établissement à sa place.',
        },
        {
          id: 'e',
          texte: 'Le lien avec son projet professionnel',
          feedback: 'Oui : le plan tient compte du projet de la personne ; ce lien aide à prioriser.',
        },
        {
          id: 'f',
          texte: 'Où en est son accord sur l’action et sur l’usage de son CPF',
          feedback: 'Oui : une demande sans l’accord de la personne n’est pas encore une demande.',
        },
      ],
      reponses: ['b', 'c', 'e', 'f'],
      explication:
        'Une bonne remontée sépare la parole de la personne et les observations du moniteur, la relie au projet professionnel, propose une action et dit où en est l’accord de la personne. Elle ne contient pas d’informations médicales, et la décision revient à la direction.',
      source: 'Leçon Plan de développement, § Une trace écrite simple et utilisable',
    }),
    ordre({
      id: 'cycle-plan',
      enonce: 'Remettez dans l’ordre la contribution du moniteur au plan de développement des compétences, sur une année.',
      criteres: ['B3.C5.CR1', 'B3.C5.CR3'],
      etapes: [
        {
          id: 'e1',
          texte: 'Recueillir au fil de l’année les souhaits des personnes et ses propres observations',
          feedback: 'Tout part de ce que disent les personnes et de ce que vous voyez au poste, noté avec les dates.',
        },
        {
          id: 'e2',
          texte: 'Formaliser les demandes avec chaque personne et les transmettre à la direction',
          feedback: 'La fiche de remontée est écrite avec la personne, puis transmise dans les délais demandés.',
        },
        {
          id: 'e3',
          texte: 'Organiser l’atelier pendant les départs en formation et préparer chaque personne',
          feedback: 'Une fois le plan arrêté, la production s’organise autour des départs.',
        },
        {
          id: 'e4',
          texte: 'Créer au retour une situation de travail où la personne utilise ce qu’elle a appris',
          feedback: 'Le transfert au poste décide de l’utilité de la formation.',
        },
        {
          id: 'e5',
          texte: 'Faire le bilan avec la personne et proposer des ajustements du plan',
          feedback: 'Le bilan, fait avec la personne, nourrit l’ajustement du plan en cours d’année ou l’an suivant.',
        },
      ],
      explication:
        'Le moniteur participe à l’élaboration, à la mise en œuvre et à l’ajustement du plan (Fiche Métier 2024). La direction arbitre entre l’élaboration et la mise en œuvre ; le moniteur intervient avant, pendant et après.',
      source: 'Fiche Métier CPNE-FP 2024, bloc 3',
    }),
    vraiFaux({
      id: 'plan-afest-interne',
      enonce:
        'Une formation en situation de travail (AFEST), organisée à l’atelier avec un moniteur désigné comme formateur, peut figurer au plan de développement des compétences de l’ESAT, au même titre qu’un stage dans un organisme extérieur.',
      criteres: ['B3.C5.CR1'],
      reponse: true,
      feedback: {
        vrai: 'Exact : le plan peut contenir des stages extérieurs, mais aussi des formations internes, des formations en situation de travail, des actions de soutien et des démarches de reconnaissance comme la RAE ou la VAE.',
        faux: 'Si : depuis la loi n° 2018-771, une action de formation peut être réalisée en situation de travail. Elle a sa place au plan, comme les formations internes, les actions de soutien et les démarches de reconnaissance.',
      },
      explication:
        'La formation en situation de travail est reconnue depuis la loi n° 2018-771 (C. trav. art. L6313-2) ; les actions de soutien des ESAT sont prévues par le CASF (art. L344-2-1) ; la reconnaissance des savoir-faire et la VAE par le décret n° 2009-565.',
      source: 'C. trav. art. L6313-2 ; CASF art. L344-2-1 ; décret n° 2009-565',
    }),
    numerique({
      id: 'cpf-annees-plafond',
      enonce:
        'Jordan vient d’être admis à mi-temps à l’ESAT, dans l’atelier de menuiserie. Il n’utilisera pas son compte personnel de formation (CPF) pendant plusieurs années. Au bout de combien d’années complètes d’admission son compte atteindra-t-il le plafond ?',
      criteres: ['B3.C5.CR2'],
      tableau: {
        entetes: ['Règle du CPF des travailleurs d’ESAT', 'Montant'],
        lignes: [
          ['Alimentation par année d’admission', '800 €'],
          ['Plafond du compte', '8 000 €'],
        ],
      },
      reponse: { valeur: 10, tolerance: 0, unite: 'ans' },
      pieges: [
        {
          valeur: 20,
          feedback:
            'Le mi-temps ne divise pas l’alimentation par deux : 800 € sont versés par année d’admission, à temps plein comme à temps partiel.',
        },
        {
          valeur: 24,
          feedback: '24 était le nombre d’heures acquises par an avant le passage du CPF en euros ; ce n’est plus la règle.',
        },
      ],
      feedback: {
        juste: 'Exact : 8 000 € ÷ 800 € par an = 10 ans, que Jordan soit à mi-temps ou à temps plein.',
        faux: 'Divisez le plafond par le montant versé chaque année ; le mi-temps ne change pas ce montant.',
      },
      explication:
        'Le nombre d’années pour atteindre le plafond est $n = \\dfrac{8\\,000\\ \\text{euros}}{800\\ \\text{euros par an}} = 10$ ans. Le compte cesse ensuite d’augmenter tant qu’il n’est pas utilisé. Le CPF est en euros depuis les décrets du 28 décembre 2018 (avant : 24 heures par an).',
      source: 'C. trav. art. L6323-33 et suivants ; décrets du 28 décembre 2018',
    }),
    numerique({
      id: 'cpf-solde',
      enonce:
        'Océane travaille à temps plein dans l’atelier de conditionnement depuis 5 années complètes. L’an dernier, avec son accord, 1 500 € de son compte personnel de formation ont payé une formation de cariste. Combien d’euros reste-t-il sur son compte aujourd’hui ?',
      criteres: ['B3.C5.CR2'],
      tableau: {
        entetes: ['Donnée', 'Valeur'],
        lignes: [
          ['Années complètes d’admission', '5'],
          ['Alimentation par année', '800 €'],
          ['Somme déjà utilisée', '1 500 €'],
        ],
      },
      reponse: { valeur: 2500, tolerance: 0, unite: '€' },
      pieges: [
        {
          valeur: 4000,
          feedback: 'C’est ce que le compte a reçu en 5 ans : retirez la somme déjà utilisée pour la formation.',
        },
        {
          valeur: 6500,
          feedback: 'Vous êtes parti du plafond (8 000 €) : le compte n’a reçu que 5 × 800 € = 4 000 €, dont il faut retirer la somme utilisée.',
        },
        {
          valeur: 1700,
          feedback:
            'Vous avez peut-être compté une année de moins : utiliser son compte n’arrête pas l’alimentation, qui continue chaque année d’admission.',
        },
      ],
      feedback: {
        juste: 'Exact : 5 × 800 € − 1 500 € = 2 500 €.',
        faux: 'Calculez ce que le compte a reçu en 5 ans, puis retirez ce qui a été dépensé.',
      },
      explication:
        'Le solde est ce qui a été versé moins ce qui a été utilisé : $S = n \\times 800 - D = 5 \\times 800 - 1\\,500 = 2\\,500$ €, où $n$ est le nombre d’années d’admission et $D$ la somme déjà dépensée. Le compte reste plafonné à 8 000 €.',
      source: 'C. trav. art. L6323-33 et suivants',
    }),
    texteATrous({
      id: 'cpf-regles',
      enonce: 'Complétez les règles du compte personnel de formation des travailleurs d’ESAT.',
      criteres: ['B3.C5.CR2'],
      texte:
        'Le compte est alimenté de [[montant]] € par année d’admission, dans la limite d’un plafond de [[plafond]] €. Il ne peut être mobilisé qu’avec l’accord [[accord]] de son titulaire ou de son représentant.',
      trous: {
        montant: {
          acceptees: ['800', 'huit cents', 'huit cent', '800 €'],
          feedback: '800 € par année d’admission, à temps plein comme à temps partiel.',
        },
        plafond: {
          acceptees: ['8000', '8 000', 'huit mille', '8 000 €', '8000 €'],
          feedback: 'Le plafond est de 8 000 €, soit 10 années d’alimentation.',
        },
        accord: {
          acceptees: ['exprès', 'expres', 'express'],
          feedback: 'Un accord exprès : la personne dit clairement oui, pour cette formation-là.',
        },
      },
      explication:
        'Le CPF des travailleurs d’ESAT est alimenté de 800 € par an, plafonné à 8 000 €, et mobilisé seulement avec l’accord exprès du titulaire ou de son représentant (C. trav. art. L6323-33 et suivants).',
      source: 'C. trav. art. L6323-33 et suivants',
    }),
    vraiFaux({
      id: 'conge-formation-remuneration',
      enonce:
        'Pendant un congé de formation, le travailleur d’ESAT continue de percevoir sa rémunération garantie.',
      criteres: ['B3.C5.CR2'],
      reponse: true,
      feedback: {
        vrai: 'Exact : le décret n° 2009-565 prévoit le maintien de la rémunération garantie pendant le congé de formation.',
        faux:
          'Non : la rémunération garantie est maintenue. C’est une information importante à donner, car la peur de perdre de l’argent freine beaucoup de demandes.',
      },
      explication:
        'Le décret n° 2009-565 du 20 mai 2009 demande à l’ESAT de faciliter la formation et prévoit un congé de formation avec maintien de la rémunération garantie.',
      source: 'décret n° 2009-565 du 20 mai 2009',
    }),
    choixUnique({
      id: 'cpf-famille',
      enonce:
        'La sœur de Bastien, travailleur de l’atelier traiteur, vous appelle : elle a vu qu’il a 3 000 € sur son CPF et veut l’inscrire à une formation en informatique. Bastien, lui, ne vous en a jamais parlé. Que faites-vous ?',
      criteres: ['B3.C5.CR2', 'B3.C8.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Vous aidez sa sœur à remplir l’inscription, en accord avec elle : elle connaît bien Bastien.',
          feedback:
            'Non : le CPF ne se mobilise qu’avec l’accord exprès de son titulaire, ou de son représentant s’il en a un. Une sœur n’a pas ce rôle du seul fait du lien familial.',
        },
        {
          id: 'b',
          texte: 'Vous refusez d’en parler, par respect pour Bastien : son CPF est une affaire personnelle.',
          feedback:
            'La discrétion est juste, mais refuser tout échange ferme la porte à un projet peut-être utile. Proposez plutôt que Bastien soit associé à la discussion.',
        },
        {
          id: 'c',
          texte: 'Vous expliquez la règle à sa sœur et proposez d’en parler d’abord avec Bastien, seul à décider.',
          feedback:
            'Oui : la décision appartient à Bastien. Vous lui présentez la proposition avec des mots simples, et vous respectez sa réponse.',
        },
      ],
      reponse: 'c',
      explication:
        'Le compte personnel de formation appartient à la personne : il ne peut être mobilisé qu’avec son accord exprès ou celui de son représentant. Le moniteur informe et aide la personne à décider ; il ne décide pas avec l’entourage à sa place.',
      source: 'C. trav. art. L6323-33 et suivants',
    }),
    choixUnique({
      id: 'informer-droits',
      enonce:
        'En réunion d’atelier, Anaïs dit : « La formation, c’est pas pour moi, je vais perdre mes sous. » Plusieurs collègues approuvent. Comment les informez-vous le mieux ?',
      criteres: ['B3.C5.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Vous expliquez avec un support facile à lire, puis chacun redit avec ses mots.',
          feedback:
            'Oui : un support accessible et une vérification de la compréhension rendent le droit réel. Vous pouvez ajouter que chacun peut regarder son compte avec vous s’il le souhaite.',
        },
        {
          id: 'b',
          texte: 'Vous affichez le décret de 2009 dans la salle de pause.',
          feedback:
            'Le texte juridique est exact mais difficile à lire pour la plupart des personnes : l’information n’est pas accessible.',
        },
        {
          id: 'c',
          texte: 'Vous les rassurez : la formation est obligatoire, elle ne peut donc rien leur coûter.',
          feedback:
            'Rassurer est juste, mais la formation est un droit, pas une obligation : la personne décide de s’en servir ou non.',
        },
      ],
      reponse: 'a',
      explication:
        'Informer les personnes de leurs droits, c’est rendre l’information compréhensible (facile à lire et à comprendre) et vérifier qu’elle a été comprise. Ici, le point clé est que la rémunération garantie est maintenue pendant le congé de formation (décret n° 2009-565).',
      source: 'Décret n° 2009-565 du 20 mai 2009 ; leçon Plan de développement, § Informer les personnes de leurs droits',
    }),
    choixUnique({
      id: 'transfert-rate',
      enonce:
        'Trois mois après une formation à l’hygiène en cuisine, vous constatez que Sacha n’applique toujours pas la marche en avant à la plonge. Il dit qu’il « a tout oublié ». Que proposez-vous pour ajuster le plan ?',
      criteres: ['B3.C5.CR3'],
      options: [
        {
          id: 'a',
          texte: 'Réinscrire Sacha à la même formation en salle, à la prochaine session, pour qu’il révise.',
          feedback:
            'Refaire la même chose a peu de chances de donner un autre résultat : le problème est le transfert au poste, pas la formation elle-même.',
        },
        {
          id: 'b',
          texte: 'Proposer à Sacha un poste hors cuisine, où l’hygiène pèse moins, pour le mettre à l’aise.',
          feedback:
            'Vous tirez une conclusion sur la personne à partir d’un échec de transfert. Parlez-en avec Sacha et essayez d’abord un autre format.',
        },
        {
          id: 'c',
          texte: 'Ajouter des séances courtes au poste de plonge, avec Sacha, puis refaire le point.',
          feedback:
            'Oui : des séances au poste aident à transférer ce qui a été vu en salle. Le point suivant dira si l’ajustement a fonctionné.',
        },
      ],
      reponse: 'c',
      explication:
        'Ajuster le plan, c’est comparer le prévu et le réalisé puis modifier les actions : compléter, changer de format, reporter ou ajouter. Quand le transfert au poste ne s’est pas fait, une formation en situation de travail est souvent plus adaptée.',
      source: 'Leçon Plan de développement, § Ajuster le plan ; C. trav. art. L6313-2',
    }),
    choixMultiples({
      id: 'bilan-notes-utiles',
      enonce:
        'Vous préparez le bilan annuel des formations de votre équipe d’entretien des locaux, pour ajuster le plan. Quelles notes sont utiles à la direction ?',
      criteres: ['B3.C5.CR3'],
      options: [
        {
          id: 'a',
          texte: '« Formation très appréciée de toute l’équipe ; à reconduire à l’identique l’an prochain. »',
          feedback: 'Non : cette appréciation globale ne dit ni ce qui a changé au poste, ni pour qui ; et reconduire à l’identique n’est pas ajuster.',
        },
        {
          id: 'b',
          texte: '« Paul n’a pas aimé le stage ; ne plus l’inscrire à ce type de formation à l’avenir. »',
          feedback: 'Non : son avis compte, mais la note décide à sa place et ne dit pas ce qui l’a gêné (rythme, supports). Demandez-lui ce qui l’aiderait.',
        },
        {
          id: 'c',
          texte: '« Yasmine dose seule les produits depuis le 4 mars ; elle veut apprendre l’autolaveuse. »',
          feedback: 'Oui : un fait daté, et un projet qui évolue, ce qui appelle une nouvelle action.',
        },
        {
          id: 'd',
          texte: '« Léo a reporté sa formation à septembre, à cause de son traitement médical en cours. »',
          feedback: 'Non : le report est un ajustement légitime, mais la raison médicale n’a pas à figurer dans la note. Son choix, daté, suffit.',
        },
        {
          id: 'e',
          texte: '« Naïma semble moins motivée que ses collègues depuis la formation. »',
          feedback: 'Non : c’est une impression, pas un fait observé, et elle compare Naïma aux autres. Décrivez ce que vous avez vu et demandez-lui son avis.',
        },
      ],
      reponses: ['c'],
      explication:
        'Pour ajuster le plan, la direction a besoin de faits observés et datés, de l’avis des personnes et de l’évolution de leurs projets, pas d’une appréciation globale, d’informations médicales ni d’impressions qui comparent les personnes entre elles.',
      source: 'Leçon Plan de développement, § Regarder les résultats',
    }),
    choixUnique({
      id: 'projet-change',
      enonce:
        'Kevin devait suivre en mai une formation à la tonte, prévue au plan. En février, après une mise en situation dans une commune, il vous dit qu’il préfère maintenant apprendre l’entretien des massifs. Que faites-vous ?',
      criteres: ['B3.C5.CR3'],
      options: [
        {
          id: 'a',
          texte: 'Vous maintenez la formation prévue et l’encouragez : le plan est arrêté pour l’année.',
          feedback:
            'Le plan a un cadre, mais il s’ajuste : maintenir une action qui ne correspond plus au projet de la personne gaspille le budget et la motivation.',
        },
        {
          id: 'b',
          texte: 'Vous précisez son nouveau projet avec lui et soumettez l’ajustement à la cheffe de service.',
          feedback:
            'Oui : le projet a évolué, vous le formalisez avec Kevin et vous le faites remonter pour que le plan soit ajusté.',
        },
        {
          id: 'c',
          texte: 'Vous l’inscrivez vous-même à une formation aux massifs, pour respecter son souhait sans attendre.',
          feedback:
            'Vous allez trop vite : l’inscription dépend de la direction, et le choix de Kevin doit être précisé avec lui avant de proposer une action.',
        },
      ],
      reponse: 'b',
      explication:
        'Le moniteur participe à l’ajustement du plan selon les résultats obtenus et les projets des personnes. Il propose l’ajustement ; la direction arbitre.',
      source: 'Fiche Métier CPNE-FP 2024, bloc 3 ; leçon Plan de développement, § Ajuster, et pas seulement reconduire',
    }),
    vraiFaux({
      id: 'indicateurs-ars',
      enonce:
        'Les agences régionales de santé suivent chaque année des indicateurs de parcours des ESAT, comme le nombre de démarches de reconnaissance des compétences ou de sorties vers le milieu ordinaire.',
      criteres: ['B3.C5.CR3'],
      reponse: true,
      feedback: {
        vrai:
          'Exact : depuis le décret n° 2022-1561, les ARS suivent la mise en œuvre du plan de transformation avec des indicateurs annuels, dont des indicateurs de parcours.',
        faux:
          'Si : le décret n° 2022-1561 organise ce suivi annuel. On y trouve par exemple les prestations extérieures, les mises à disposition, les démarches de reconnaissance et les sorties vers le milieu ordinaire.',
      },
      explication:
        'Le décret n° 2022-1561 prévoit un suivi des mesures du plan de transformation par les ARS. Les observations des moniteurs aident l’établissement à comprendre ces chiffres et à ajuster son plan de développement des compétences.',
      source: 'décret n° 2022-1561 du 13 décembre 2022',
    }),
  ],
});
