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
  id: 'choix-inclusion-falc',
  titre: 'Choix des personnes, FALC et finalité inclusive',
  description:
    'Recueillir un choix éclairé, écrire et tester une information facile à lire et à comprendre, relier les apprentissages à l’inclusion.',
  bloc: 'B3',
  h5p: true,
  questions: [
    choixUnique({
      id: 'patrice-a-signe',
      enonce:
        'Patrice a signé son inscription à une formation à l’hygiène « parce que la monitrice a dit de signer ». Il ne sait pas dire ce qu’il va y apprendre. Que faites-vous ?',
      criteres: ['B3.C8.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Vous reprenez l’information avec lui, en FALC, puis il décide : oui, non ou pas maintenant.',
          feedback:
            'Oui : vous lui donnez les moyens de comprendre, puis vous lui rendez la décision, y compris celle de dire non ou d’attendre.',
        },
        {
          id: 'b',
          texte: 'Vous classez l’inscription : il a signé, son accord est donc acquis.',
          feedback:
            'Non : une signature obtenue sans compréhension n’est pas un choix éclairé. Patrice n’a pas été informé dans une forme qu’il comprend.',
        },
        {
          id: 'c',
          texte: 'Vous lui expliquez que cette formation est bonne pour lui et qu’il doit y aller.',
          feedback:
            'Non : vous l’informez un peu, mais vous décidez encore pour lui. C’est un « devoir d’agir », pas un choix.',
        },
      ],
      reponse: 'a',
      explication:
        'Un choix éclairé suppose une information comprise, une décision libre et la possibilité de changer d’avis. Une signature ne prouve pas tout cela.',
      source: 'Fiche Métier CPNE-FP 2024, bloc 3 ; leçon Choix, inclusion et FALC, § Recueillir un choix éclairé',
    }),
    vraiFaux({
      id: 'aide-decision',
      enonce:
        'Chloé hésite à partir deux jours en formation. Elle demande à sa sœur de l’aider à peser le pour et le contre, puis donne elle-même sa réponse à la monitrice. En demandant cette aide, Chloé agit de façon autodéterminée.',
      criteres: ['B3.C8.CR1'],
      reponse: true,
      feedback: {
        vrai: 'Exact : l’autodétermination n’est pas « tout faire seul ». Chloé choisit de demander conseil à une personne de confiance, puis décide : elle reste l’actrice principale de son choix.',
        faux:
          'Non : l’autodétermination n’est pas « tout faire seul ». Demander conseil à une personne de confiance est un acte autodéterminé, tant que la décision reste la sienne, comme ici.',
      },
      explication:
        'Selon le modèle de Wehmeyer, l’autodétermination consiste à être l’acteur principal de sa vie, sans influence extérieure excessive. Ce n’est ni faire tout seul, ni faire ce qu’on veut.',
      source: 'Wehmeyer, modèle fonctionnel de l’autodétermination ; leçon Choix, inclusion et FALC, § Le choix appartient à la personne',
    }),
    choixMultiples({
      id: 'conditions-choix',
      enonce:
        'Clara hésite à s’inscrire à une démarche de RAE. Quelles conditions doivent être réunies pour que sa décision soit un choix éclairé ?',
      criteres: ['B3.C8.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Sa famille, qui la connaît bien, a donné son accord avant elle',
          feedback:
            'Non : la famille peut être consultée si Clara le souhaite, mais la démarche est volontaire et lui appartient.',
        },
        {
          id: 'b',
          texte: 'Elle a reçu l’information dans une forme qu’elle comprend',
          feedback: 'Oui : sans information comprise, il n’y a pas de choix éclairé.',
        },
        {
          id: 'c',
          texte: 'Elle peut refuser sans crainte d’une conséquence sur son travail',
          feedback: 'Oui : une décision prise sous la crainte n’est pas libre.',
        },
        {
          id: 'd',
          texte: 'On lui a promis un poste plus intéressant si elle accepte',
          feedback: 'Non : une promesse conditionnée au « oui » est une pression, même bienveillante.',
        },
        {
          id: 'e',
          texte: 'Elle a le temps de réfléchir et peut dire « pas maintenant »',
          feedback: 'Oui : une réponse immédiate est rarement un vrai choix ; reporter est légitime.',
        },
      ],
      reponses: ['b', 'c', 'e'],
      explication:
        'Un choix éclairé réunit trois conditions : une information comprise, une décision libre (sans pression ni crainte), et la possibilité de revenir sur sa décision ou de la reporter.',
      source: 'Leçon Choix, inclusion et FALC, § Recueillir un choix éclairé',
    }),
    choixUnique({
      id: 'representant',
      enonce:
        'Nicolas, qui bénéficie d’une mesure de protection, veut utiliser son CPF pour une formation de cariste. Son représentant doit être associé. Que faites-vous ?',
      criteres: ['B3.C8.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Vous appelez directement le représentant, puisque c’est lui qui prend ce type de décision.',
          feedback:
            'Le représentant est associé, mais Nicolas est le premier concerné : il doit savoir que vous appelez et pouvoir porter sa demande.',
        },
        {
          id: 'b',
          texte: 'Vous l’inscrivez sans attendre : c’est son compte, et le choix de se former lui appartient.',
          feedback:
            'Le CPF est mobilisé avec l’accord exprès du titulaire ou de son représentant : quand une mesure de protection le prévoit, on ne peut pas ignorer le représentant.',
        },
        {
          id: 'c',
          texte: 'Vous notez son projet avec ses mots, puis vous le présentez au représentant avec lui.',
          feedback:
            'Oui : Nicolas est informé et consulté en premier ; sa demande est portée avec ses mots, et le représentant joue son rôle.',
        },
      ],
      reponse: 'c',
      explication:
        'Le CPF d’un travailleur d’ESAT se mobilise avec l’accord exprès de son titulaire ou de son représentant. Même quand un représentant intervient, la personne reste la première informée et consultée.',
      source: 'C. trav. art. L6323-33 et suivants',
    }),
    choixUnique({
      id: 'choix-sans-mots',
      enonce:
        'Gaëlle s’exprime peu avec des mots. Deux ateliers lui proposent une formation courte : espaces verts ou blanchisserie. Comment recueillez-vous son choix ?',
      criteres: ['B3.C8.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Vous choisissez pour elle l’atelier où elle vous semble le plus calme et le plus à l’aise.',
          feedback:
            'Votre observation est utile, mais elle ne remplace pas l’expression de Gaëlle : donnez-lui les moyens de choisir.',
        },
        {
          id: 'b',
          texte: 'Vous lui montrez des photos, lui faites essayer les deux et observez ses réactions.',
          feedback:
            'Oui : des supports concrets et un essai permettent à Gaëlle de montrer son choix autrement qu’avec des mots. L’équipe qui connaît sa façon de communiquer peut vous aider.',
        },
        {
          id: 'c',
          texte: 'Vous lui reposez la question plusieurs fois, jusqu’à obtenir une réponse claire.',
          feedback:
            'Insister avec des mots ne l’aide pas à s’exprimer, et peut produire une réponse pour faire plaisir.',
        },
      ],
      reponse: 'b',
      explication:
        'Respecter l’expression des personnes, c’est aussi adapter la façon de la recueillir : images, objets, essais, observation, appui de l’équipe qui connaît leur mode de communication.',
      source: 'Fiche Métier CPNE-FP 2024 ; leçon Choix, inclusion et FALC, § Recueillir un choix éclairé',
    }),
    vraiFaux({
      id: 'falc-norme-en',
      enonce:
        'Une collègue prépare la présentation de l’atelier de rédaction en facile à lire et à comprendre (FALC) de votre ESAT pour un client. Elle écrit : « Nos documents sont conformes à la norme européenne EN du FALC. » Cette phrase est exacte.',
      criteres: ['B3.C8.CR2'],
      reponse: false,
      feedback: {
        vrai:
          'Non : le FALC repose sur des règles européennes publiées par Inclusion Europe (projet Pathways, 2009), pas sur une norme EN. Mieux vaut écrire que les documents suivent ces règles et sont relus par des personnes concernées.',
        faux:
          'Exact : ce sont des règles européennes d’Inclusion Europe, pas une norme EN. La norme ISO 24495-1 (2023) existe, mais elle porte sur le langage clair, une notion voisine.',
      },
      explication:
        'Le FALC vient des règles européennes d’Inclusion Europe (« L’information pour tous », projet Pathways, 2009), portées en France par l’Unapei et Nous Aussi. Ne le confondez pas avec le langage clair (ISO 24495-1:2023).',
      source: 'Inclusion Europe, projet Pathways (2009) ; ISO 24495-1:2023',
    }),
    texteATrous({
      id: 'origine-falc',
      enonce: 'Complétez l’origine des règles du FALC.',
      criteres: ['B3.C8.CR2'],
      texte:
        'Les règles européennes du FALC viennent du projet [[projet]], conduit par l’association Inclusion [[association]] en 2009. En France, elles sont portées par l’[[unapei]] et l’association Nous Aussi.',
      trous: {
        projet: {
          acceptees: ['Pathways', 'Pathway'],
          feedback: 'Le projet européen Pathways a produit les règles « L’information pour tous ».',
        },
        association: {
          acceptees: ['Europe'],
          feedback: 'C’est l’association Inclusion Europe qui a conduit le projet Pathways et publié les règles européennes.',
        },
        unapei: {
          acceptees: ['Unapei', 'UNAPEI'],
          feedback: 'L’Unapei porte aussi une marque « Qualité FALC » qui labellise des ateliers, souvent en ESAT.',
        },
      },
      explication:
        'Le FALC est issu du projet européen Pathways d’Inclusion Europe (2009). Son principe clé : les personnes concernées participent à l’écriture ou à la relecture.',
      source: 'Inclusion Europe, projet Pathways (2009)',
    }),
    ordre({
      id: 'ecrire-tester-fiche',
      enonce: 'Remettez dans l’ordre les étapes pour produire une fiche de consigne FALC au poste de conditionnement.',
      criteres: ['B3.C8.CR2'],
      etapes: [
        {
          id: 'e1',
          texte: 'Observer la tâche telle que les travailleurs la font réellement',
          feedback: 'On part du travail réel, pas de la fiche technique du client.',
        },
        {
          id: 'e2',
          texte: 'Découper la tâche en étapes, avec deux travailleurs du poste',
          feedback: 'Les personnes concernées participent à l’écriture dès le découpage.',
        },
        {
          id: 'e3',
          texte: 'Photographier chaque étape, avec l’accord des personnes photographiées',
          feedback: 'Une photo par étape, avec les vrais produits et les vrais gestes : il faut donc que les étapes soient fixées.',
        },
        {
          id: 'e4',
          texte: 'Faire tester la fiche au poste par des travailleurs qui ne l’ont pas écrite',
          feedback: 'Le test, sans explication, montre où la fiche n’est pas comprise.',
        },
        {
          id: 'e5',
          texte: 'Corriger la fiche, la dater et lui donner un numéro de version',
          feedback: 'Les corrections viennent du test ; la date et la version permettent de la mettre à jour.',
        },
      ],
      explication:
        'Une fiche FALC s’écrit à partir du travail réel, avec les personnes concernées, puis se teste au poste avec d’autres utilisateurs avant d’être corrigée et versionnée.',
      source: 'Leçon Choix, inclusion et FALC, § Écrire une fiche de consigne FALC et § Tester la fiche',
    }),
    choixMultiples({
      id: 'phrases-falc',
      enonce: 'Quelles phrases de fiche de consigne respectent les règles du FALC ?',
      criteres: ['B3.C8.CR2'],
      options: [
        {
          id: 'a',
          texte: '« Je mets 4 savons dans la boîte. »',
          feedback: 'Oui : une action, un verbe simple, un nombre en chiffres.',
        },
        {
          id: 'b',
          texte: '« Caler les réf. selon le plan. »',
          feedback: 'Non : la phrase est courte, mais « réf. » est une abréviation et « caler selon le plan » un jargon de métier : le lecteur doit deviner.',
        },
        {
          id: 'c',
          texte: '« Je ferme la boîte. J’appuie sur les 2 côtés. Je pose la boîte sur le chariot. »',
          feedback: 'Oui : deux phrases courtes, une idée chacune, à la voix active.',
        },
        {
          id: 'd',
          texte: '« Une fois les boîtes remplies et contrôlées, et avant de filmer la palette, étiqueter. »',
          feedback: 'Non : phrase longue, plusieurs idées, ordre des actions difficile à suivre.',
        },
        {
          id: 'e',
          texte: '« Les boîtes sont rangées par l’équipe dans le carton. »',
          feedback: 'Non : voix passive. Préférez « Je range les boîtes dans le carton ».',
        },
      ],
      reponses: ['a', 'c'],
      explication:
        'Phrases courtes, une idée par phrase, mots de tous les jours, voix active, nombres en chiffres : ce sont des règles de base du FALC, à vérifier ensuite avec les personnes concernées.',
      source: 'Inclusion Europe, « L’information pour tous » (2009)',
    }),
    association({
      id: 'regles-falc',
      enonce: 'Associez chaque règle du FALC à la correction qu’elle inspire.',
      criteres: ['B3.C8.CR2'],
      gauche: [
        {
          id: 'g1',
          texte: 'Une seule idée par phrase',
          feedback: 'On coupe une phrase qui contient plusieurs actions.',
        },
        {
          id: 'g2',
          texte: 'Pas de sigle sans explication',
          feedback: '« DLC » devient « la date limite de consommation ».',
        },
        {
          id: 'g3',
          texte: 'Les nombres en chiffres',
          feedback: '« quatre coins » devient « 4 coins ».',
        },
        {
          id: 'g4',
          texte: 'La voix active',
          feedback: '« Les bacs sont lavés » devient « L’équipe lave les bacs ».',
        },
      ],
      droite: [
        { id: 'd1', texte: '« Je pose le couvercle. J’appuie. » au lieu d’une seule longue phrase' },
        { id: 'd2', texte: '« DLC » remplacé par « date limite de consommation »' },
        { id: 'd3', texte: '« quatre » remplacé par « 4 »' },
        { id: 'd4', texte: '« L’équipe lave les bacs » au lieu de « Les bacs sont lavés »' },
        { id: 'd5', texte: '« Le poste est une ruche » pour donner une image' },
      ],
      paires: { g1: 'd1', g2: 'd2', g3: 'd3', g4: 'd4' },
      explication:
        'Les règles du FALC se traduisent par des corrections concrètes. Une métaphore comme « le poste est une ruche » est au contraire à éviter : elle demande d’interpréter.',
      source: 'Inclusion Europe, « L’information pour tous » (2009)',
    }),
    choixUnique({
      id: 'resultat-test',
      enonce:
        'Pendant le test de votre fiche de conditionnement, Sonia inverse les étapes 2 et 3. Elle vous dit ensuite : « Sur la photo 2, le ruban est déjà mis. » Que faites-vous ?',
      criteres: ['B3.C8.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Vous réexpliquez l’ordre à Sonia et gardez la fiche, que les autres ont comprise.',
          feedback:
            'Le test évalue la fiche, pas Sonia. Si vous ne corrigez pas la photo, d’autres personnes feront la même erreur.',
        },
        {
          id: 'b',
          texte: 'Vous notez que Sonia a besoin d’un poste sans fiche écrite, plus adapté pour elle.',
          feedback:
            'Vous tirez une conclusion sur la personne alors que le problème vient d’une image ambiguë.',
        },
        {
          id: 'c',
          texte: 'Vous refaites la photo 2 avec Sonia, puis vous testez à nouveau cette étape de la fiche.',
          feedback:
            'Oui : l’erreur de Sonia révèle un défaut de la fiche. Elle vous a même dit pourquoi : sa remarque guide la correction.',
        },
      ],
      reponse: 'c',
      explication:
        'Tester une fiche avec les personnes concernées sert à trouver ce qui gêne la compréhension. Une erreur est une information sur la fiche : on corrige, puis on teste à nouveau.',
      source: 'Leçon Choix, inclusion et FALC, § Tester la fiche avec les personnes concernées',
    }),
    choixUnique({
      id: 'nommer-transfert',
      enonce:
        'Kevin, de l’équipe espaces verts, sait maintenant lire seul son planning de chantiers. Il aimerait un jour travailler pour la commune. Quel geste relie le mieux cet apprentissage à la finalité inclusive de son parcours ?',
      criteres: ['B3.C8.CR3'],
      options: [
        {
          id: 'a',
          texte: 'Vous nommez avec lui ce qu’il pourra en faire ailleurs et le notez dans son projet.',
          feedback:
            'Oui : lire un planning sert aussi dans une équipe communale, pour un horaire de bus ou un rendez-vous. Le dire et l’écrire avec lui donne du sens à l’apprentissage.',
        },
        {
          id: 'b',
          texte: 'Vous le félicitez et lui confiez le planning de toute l’équipe, pour le valoriser.',
          feedback:
            'Une responsabilité peut être valorisante, mais vous ne reliez pas son apprentissage à son projet ni à sa vie en dehors de l’atelier.',
        },
        {
          id: 'c',
          texte: 'Vous lui dites que c’est utile pour l’atelier et pour la qualité de la production du mois.',
          feedback:
            'C’est vrai, mais cela enferme l’apprentissage dans l’atelier. La finalité est plus large que la production.',
        },
      ],
      reponse: 'a',
      explication:
        'La production et le travail en ESAT sont en appui d’une finalité plus globale, l’inclusion (Fiche Métier 2024). Nommer ce qui se transfère et le relier au projet de la personne rend cette finalité visible.',
      source: 'Fiche Métier CPNE-FP 2024, axes d’évolution du métier',
    }),
    vraiFaux({
      id: 'inclusion-sortie',
      enonce:
        'Jonas travaille à la blanchisserie et ne souhaite pas travailler ailleurs. Avec lui, vous fixez deux objectifs pour l’année : venir seul en bus à l’ESAT, et présenter son métier à des collégiens en visite. Même sans projet de sortie vers le milieu ordinaire, ces objectifs servent la finalité inclusive de son parcours.',
      criteres: ['B3.C8.CR3'],
      reponse: true,
      feedback: {
        vrai:
          'Exact : l’inclusion a plusieurs visages. Se déplacer seul relève de l’autonomie, parler de son métier à d’autres relève de la vie sociale ; le milieu ordinaire reste ouvert à Jonas s’il le souhaite un jour.',
        faux:
          'Non : la finalité inclusive ne se réduit pas à la sortie vers le milieu ordinaire. Elle passe aussi par l’autonomie et l’implication dans la vie sociale, et imposer la sortie à Jonas irait contre son choix.',
      },
      explication:
        'Le CASF prévoit parmi les actions de soutien des ESAT des actions éducatives d’autonomie et d’implication dans la vie sociale (art. L344-2-1). Une enquête Andicat de 2019 indiquait que 5 % des travailleurs souhaitaient aller en milieu ordinaire : le moniteur ne ferme pas cette porte, sans l’imposer.',
      source: 'CASF art. L344-2-1 ; enquête Andicat (mai 2019) citée par le rapport IGAS-IGF de 2019',
    }),
    choixMultiples({
      id: 'apprentissages-inclusifs',
      enonce:
        'Parmi ces apprentissages proposés dans un ESAT, lesquels contribuent directement à la finalité inclusive des parcours ?',
      criteres: ['B3.C8.CR3'],
      options: [
        {
          id: 'a',
          texte: 'Apprendre seul le trajet en bus jusqu’au lieu d’un stage',
          feedback: 'Oui : c’est de l’autonomie, utile bien au-delà du stage.',
        },
        {
          id: 'b',
          texte: 'Apprendre un second poste de l’atelier, pour remplacer les absents',
          feedback: 'Non : la polyvalence est utile à l’atelier et peut plaire à la personne, mais elle répond d’abord à un besoin de production.',
        },
        {
          id: 'c',
          texte: 'Présenter son travail à des visiteurs lors d’une porte ouverte',
          feedback: 'Oui : parler de son travail à des inconnus nourrit la vie sociale et prépare un entretien.',
        },
        {
          id: 'd',
          texte: 'Rester au même poste pour ne pas perturber la production',
          feedback: 'Non : c’est la production qui guide ce choix, pas le parcours de la personne.',
        },
        {
          id: 'e',
          texte: 'Travailler une journée par semaine dans la cuisine d’un collège, en cumul avec l’ESAT',
          feedback: 'Oui : c’est une expérience du milieu ordinaire, sécurisée par le maintien en ESAT.',
        },
      ],
      reponses: ['a', 'c', 'e'],
      explication:
        'La finalité inclusive se joue sur trois plans : le milieu ordinaire pour qui le souhaite (mise en situation, cumul d’activités), l’autonomie et la vie sociale.',
      source: 'Fiche Métier CPNE-FP 2024 ; CASF art. L344-2-1 ; loi n° 2022-217, art. 136',
    }),
    choixUnique({
      id: 'louise-reste',
      enonce:
        'Lors de son bilan, Louise vous dit : « Je ne veux pas aller travailler ailleurs. Ici, j’ai mes amis, j’aime mon travail. » Que faites-vous ?',
      criteres: ['B3.C8.CR3', 'B3.C8.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Vous lui expliquez gentiment que la réforme des ESAT demande à chacun d’aller vers l’entreprise.',
          feedback:
            'C’est inexact : la réforme ouvre des parcours, elle ne les impose pas. Insister transformerait un droit en obligation.',
        },
        {
          id: 'b',
          texte: 'Vous en prenez acte et cherchez avec elle ce qu’elle veut apprendre ici.',
          feedback:
            'Oui : son choix est respecté, et l’inclusion continue autrement : autonomie, vie sociale, nouvelles compétences. La porte reste ouverte si son projet change.',
        },
        {
          id: 'c',
          texte: 'Vous notez qu’elle n’a pas de projet de sortie et cessez de lui proposer des formations.',
          feedback:
            'Ne pas vouloir partir est un projet. Elle peut avoir d’autres envies d’apprendre, qu’il faut continuer à lui demander.',
        },
      ],
      reponse: 'b',
      explication:
        'Respecter les choix vaut dans les deux sens : ne pas imposer la sortie vers le milieu ordinaire, et ne pas la fermer à ceux qui la veulent. La finalité inclusive passe aussi par l’autonomie et la vie sociale.',
      source: 'Fiche Métier CPNE-FP 2024 ; leçon Choix, inclusion et FALC, § Ce que veut dire finalité inclusive',
    }),
  ],
});
