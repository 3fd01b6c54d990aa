import { association, choixMultiples, choixUnique, defineQuiz, ordre, texteATrous, vraiFaux } from '#auteur';

export default defineQuiz({
  id: 'accueillir',
  titre: 'Accueillir une personne dans l’atelier',
  description:
    'Préparer une arrivée avec l’équipe, présenter l’atelier et les droits avec des supports accessibles, doser les premiers jours et faire le point pendant la période d’essai.',
  bloc: 'B1',
  h5p: true,
  questions: [
    choixUnique({
      id: 'dossier-du-vendredi',
      enonce:
        'Vendredi, la cheffe d’atelier vous annonce que Yanis rejoint lundi l’équipe espaces verts. Le dossier transmis contient la notification d’orientation et une note du chargé d’insertion. Que faites-vous en premier ?',
      criteres: ['B1.C1.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Vous demandez son diagnostic à la psychologue, pour savoir comment lui parler lundi.',
          feedback:
            'Le diagnostic n’est pas ce dont vous avez besoin, et il appartient à Yanis. Ce qui vous aide, c’est de savoir comment il comprend une consigne et ce qu’il attend de l’atelier.',
        },
        {
          id: 'b',
          texte: 'Vous attendez lundi pour demander à Yanis lui-même ce dont il a besoin à son poste.',
          feedback:
            'Lui demander est indispensable, mais lundi matin il sera trop tard pour préparer ses équipements, son binôme et son poste. Faites les deux : préparer avant, ajuster avec lui.',
        },
        {
          id: 'c',
          texte: 'Vous lui réservez un poste au dépôt sans ouvrir le dossier, pour n’avoir aucun a priori.',
          feedback:
            'Éviter les a priori ne veut pas dire ignorer les informations utiles. Un poste choisi sans rien savoir de Yanis est choisi pour la production, pas pour lui.',
        },
        {
          id: 'd',
          texte: 'Vous lisez le dossier, puis faites le point avec le chargé d’insertion.',
          feedback:
            'Oui : partir des informations transmises (souhaits, façon de comprendre, aménagements) et les compléter avec l’équipe permet de préparer le poste, le binôme et les supports avant lundi.',
        },
      ],
      reponse: 'd',
      explication:
        'Préparer l’arrivée, c’est lire ce qui a été transmis (décision d’orientation, projet, besoins d’aménagement) et en parler avec l’équipe pluriprofessionnelle, puis ajuster avec la personne dès son arrivée.',
      source: 'Leçon Accueillir, § Préparer l’arrivée avec l’équipe',
    }),
    choixUnique({
      id: 'qui-oriente',
      enonce: 'Qui décide de l’orientation d’une personne vers un ESAT ?',
      criteres: ['B1.C1.CR1'],
      options: [
        {
          id: 'a',
          texte: 'La CDAPH, au sein de la MDPH, sur préconisation de France Travail.',
          feedback:
            'Oui : la commission des droits et de l’autonomie décide ; depuis la loi plein emploi de 2023, elle s’appuie sur la préconisation de France Travail et de ses partenaires.',
        },
        {
          id: 'b',
          texte: 'La direction de l’ESAT, après un stage de découverte dans l’atelier.',
          feedback:
            'Non : la direction admet la personne une fois l’orientation décidée, mais ne décide pas de l’orientation elle-même.',
        },
        {
          id: 'c',
          texte: 'France Travail, qui décide seul depuis la loi pour le plein emploi de 2023.',
          feedback:
            'Non : depuis 2023, France Travail et ses partenaires préconisent ; la décision reste celle de la CDAPH.',
        },
        {
          id: 'd',
          texte: 'Le médecin traitant de la personne, au vu de son certificat médical.',
          feedback:
            'Non : un certificat médical fait partie du dossier déposé à la MDPH, mais la décision d’orientation appartient à la CDAPH.',
        },
      ],
      reponse: 'a',
      explication:
        'L’orientation en ESAT est décidée par la CDAPH (MDPH). Depuis la loi n° 2023-1196 du 18 décembre 2023, elle intervient sur préconisation de France Travail et de ses partenaires, en privilégiant le milieu ordinaire.',
      source: 'C. trav., art. L5213-20 ; CASF, art. L344-2 ; loi n° 2023-1196',
    }),
    vraiFaux({
      id: 'orientation-vaut-rqth',
      enonce:
        'La décision de la CDAPH qui oriente une personne vers un ESAT vaut reconnaissance de la qualité de travailleur handicapé (RQTH).',
      criteres: ['B1.C1.CR1'],
      reponse: true,
      feedback: {
        vrai: 'Exact : l’orientation en ESAT vaut RQTH, sans démarche séparée.',
        faux: 'En fait si : l’orientation en ESAT décidée par la CDAPH vaut reconnaissance de la qualité de travailleur handicapé.',
      },
      explication:
        'L’orientation en ESAT, décidée par la CDAPH au sein de la MDPH, vaut RQTH. C’est utile à savoir pour la suite du parcours, par exemple vers le milieu ordinaire.',
      source: 'C. trav., art. L5213-2 ; leçon Accueillir, § D’où vient la personne',
    }),
    choixMultiples({
      id: 'infos-utiles-arrivee',
      enonce:
        'Pour préparer l’arrivée de Mélissa à l’atelier blanchisserie, quelles informations vous sont utiles et légitimes à connaître ?',
      criteres: ['B1.C1.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Ses besoins d’aménagement de poste, comme la hauteur du plan de pliage',
          feedback: 'Oui : un plan de pliage à la bonne hauteur ou des pauses prévues se préparent avant son arrivée.',
        },
        {
          id: 'b',
          texte: 'Le détail de son diagnostic, pour savoir comment réagir en cas de crise',
          feedback:
            'Non : vous n’en avez pas besoin pour l’accompagner au travail. Si une conduite à tenir compte pour sa sécurité, l’équipe vous la transmet, avec son accord, sans le diagnostic.',
        },
        {
          id: 'c',
          texte: 'La façon dont elle comprend le mieux une consigne',
          feedback: 'Oui : cela vous permet de préparer le bon support (photos, démonstration, phrases courtes).',
        },
        {
          id: 'd',
          texte: 'Le montant de ses ressources, pour proposer un temps plein ou un temps partiel',
          feedback:
            'Non : ses ressources relèvent de sa vie privée, et le temps de travail se décide avec elle et l’équipe à partir de son projet, pas de son budget.',
        },
        {
          id: 'e',
          texte: 'Les raisons de sa mesure de curatelle, pour savoir qui décide pour elle',
          feedback:
            'Non : les raisons de la mesure ne vous regardent pas, et la curatelle ne décide pas à sa place de ce qui concerne sa personne : c’est à Mélissa que vous parlez.',
        },
      ],
      reponses: ['a', 'c'],
      explication:
        'Le moniteur a besoin de ce qui lui permet d’accueillir et d’accompagner au travail : souhaits, façon de comprendre, aménagements. Diagnostic, ressources ou mesure de protection relèvent de la vie privée et de la confidentialité (CASF, art. L311-3).',
      source: 'CASF, art. L311-3 ; leçon Accueillir, § Ce qu’il est utile de savoir',
    }),
    choixUnique({
      id: 'plan-de-travail-en-retard',
      enonce:
        'Clara arrive lundi en restauration collective. L’équipe vous apprend qu’elle a besoin d’un plan de travail réglable en hauteur, qui ne sera livré que dans 3 semaines. Que faites-vous ?',
      criteres: ['B1.C1.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Vous l’installez au poste habituel et lui demandez de signaler la moindre douleur.',
          feedback:
            'Attendre la douleur, c’est réagir trop tard : le besoin d’aménagement est connu, il se prépare avant.',
        },
        {
          id: 'b',
          texte: 'Vous prévoyez avec l’équipe un poste provisoire et expliquez le délai à Clara.',
          feedback:
            'Oui : l’arrivée est préparée avec ce qui existe, et Clara sait pourquoi l’organisation est provisoire. Vous ajusterez avec elle.',
        },
        {
          id: 'c',
          texte: 'Vous demandez que son arrivée soit repoussée jusqu’à la livraison du plan de travail.',
          feedback:
            'Repousser l’arrivée retarde son parcours pour un problème matériel qu’une organisation provisoire peut résoudre.',
        },
      ],
      reponse: 'b',
      explication:
        'Un besoin d’aménagement connu se prépare avant l’arrivée. Quand le matériel manque, on organise une solution provisoire et on l’explique à la personne.',
      source: 'Leçon Accueillir, § Préparer le poste, l’équipe et les lieux',
    }),
    choixUnique({
      id: 'annoncer-a-l-equipe',
      enonce: 'Avant l’arrivée de Lucie dans l’atelier de conditionnement, que dites-vous aux travailleurs de l’équipe ?',
      criteres: ['B1.C1.CR1', 'B1.C2.CR3'],
      options: [
        {
          id: 'a',
          texte: 'Son prénom et la nature de son handicap, pour que chacun sache comment réagir.',
          feedback:
            'Non : la nature du handicap appartient à Lucie. La dévoiler à l’équipe porte atteinte à la confidentialité.',
        },
        {
          id: 'b',
          texte: 'Rien : c’est à Lucie de décider ce qu’elle dit d’elle, le jour de son arrivée.',
          feedback:
            'Elle reste libre de parler d’elle, mais laisser l’équipe sans aucune information rend l’accueil plus difficile : personne n’est prêt à faire binôme ni à lui faire de la place.',
        },
        {
          id: 'c',
          texte: 'Son prénom, son jour d’arrivée, son premier poste et le nom de son binôme.',
          feedback:
            'Oui : l’équipe peut l’accueillir, et Lucie reste libre de partager ce qu’elle veut sur elle-même.',
        },
      ],
      reponse: 'c',
      explication:
        'Préparer l’équipe, c’est donner ce qui permet d’accueillir (prénom, date, poste, binôme), sans rien dire de la santé ni de l’histoire de la personne.',
      source: 'Leçon Accueillir, § Préparer le poste ; leçon Relation éthique, § Dignité, intimité, confidentialité',
    }),
    choixUnique({
      id: 'livret-sans-lecture',
      enonce:
        'Sofiane, qui commence aujourd’hui, ne lit pas. Vous devez lui présenter le livret d’accueil de l’établissement. Quelle façon de faire est la plus adaptée ?',
      criteres: ['B1.C1.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Le lui lire en entier à voix haute, puis lui faire signer l’accusé de réception.',
          feedback:
            'Une lecture d’une traite ne laisse pas le temps de comprendre, et la signature ne prouve pas que l’information est passée.',
        },
        {
          id: 'b',
          texte: 'Le confier à sa famille, qui le lui expliquera à la maison, à son rythme.',
          feedback:
            'Sofiane est un adulte : l’information lui est due directement. Sa famille peut aider s’il le souhaite, mais ne remplace pas votre présentation.',
        },
        {
          id: 'c',
          texte: 'Le parcourir avec lui par morceaux, en images, puis lui faire redire l’essentiel.',
          feedback:
            'Oui : le support est adapté, l’information est dosée, et vous vérifiez qu’elle est comprise.',
        },
        {
          id: 'd',
          texte: 'Le lui remettre et lui proposer de revenir vers vous quand il aura des questions.',
          feedback:
            'Une personne qui ne lit pas ne peut pas savoir quelles questions poser sur un texte qu’elle ne peut pas lire.',
        },
      ],
      reponse: 'c',
      explication:
        'Le livret d’accueil, prévu par la loi n° 2002-2, doit informer vraiment la personne. Le moniteur adapte le support, dose l’information et vérifie la compréhension en faisant reformuler.',
      source: 'loi du 2 janvier 2002 (n° 2002-2) ; leçon Accueillir, § Le livret d’accueil et les documents',
    }),
    association({
      id: 'supports-accueil',
      enonce: 'Associez chaque besoin d’une personne qui arrive au support d’accueil le plus adapté.',
      criteres: ['B1.C1.CR2'],
      gauche: [
        {
          id: 'g1',
          texte: 'Savoir qui est qui dans l’atelier',
          feedback: 'Un trombinoscope avec photos, prénoms et rôles aide à retenir les visages et à savoir à qui s’adresser.',
        },
        {
          id: 'g2',
          texte: 'Retenir les consignes de sécurité d’une machine',
          feedback: 'Des pictogrammes au poste et une démonstration : la consigne se voit là où elle s’applique.',
        },
        {
          id: 'g3',
          texte: 'Se repérer dans les lieux (vestiaire, pause, sorties de secours)',
          feedback: 'Une visite commentée sur place vaut mieux qu’un plan, surtout pour une personne qui lit difficilement.',
        },
        {
          id: 'g4',
          texte: 'Comprendre ses droits dans l’établissement',
          feedback: 'Le livret d’accueil en facile à lire, repris à l’oral par petits morceaux, rend les droits compréhensibles.',
        },
      ],
      droite: [
        { id: 'd1', texte: 'Un trombinoscope avec photos, prénoms et rôles' },
        { id: 'd2', texte: 'Des pictogrammes au poste et une démonstration' },
        { id: 'd3', texte: 'Une visite commentée des lieux' },
        { id: 'd4', texte: 'Le livret d’accueil en facile à lire, repris à l’oral' },
        { id: 'd5', texte: 'L’organigramme complet de l’association gestionnaire' },
      ],
      paires: { g1: 'd1', g2: 'd2', g3: 'd3', g4: 'd4' },
      explication:
        'Un support accessible est un support que cette personne comprend : il montre, il se situe là où l’information sert, et on vérifie ce qui a été retenu. L’organigramme complet n’aide pas un premier jour.',
      source: 'Leçon Accueillir, § Quatre choses à présenter',
    }),
    texteATrous({
      id: 'documents-accueil',
      enonce: 'Complétez ce que vous présentez à une personne qui arrive en ESAT.',
      criteres: ['B1.C1.CR2'],
      texte:
        'Depuis la loi n° 2002-2, la personne reçoit un [[livret]] d’accueil. Elle signe un contrat d’[[accompagnement]] par le travail, ex-contrat de soutien et d’aide par le travail. Pour une réclamation, elle peut s’adresser au [[delegue]] des travailleurs, élu par ses pairs.',
      trous: {
        livret: {
          acceptees: ['livret'],
          feedback: 'Le livret d’accueil fait partie des outils de la loi n° 2002-2 remis à chaque personne accueillie.',
        },
        accompagnement: {
          acceptees: ['accompagnement'],
          feedback:
            'Ce nom vient de la loi n° 2023-1196 du 18 décembre 2023 (CASF, art. L311-4) ; le décret n° 2025-845 du 25 août 2025 l’a repris dans les textes réglementaires.',
        },
        delegue: {
          acceptees: ['délégué', 'déléguée', 'delegue'],
          feedback: 'Le délégué des travailleurs, créé par le décret n° 2022-1561, porte les réclamations individuelles auprès de la direction.',
        },
      },
      explication:
        'Présenter les droits, c’est présenter les documents (livret d’accueil, contrat d’accompagnement par le travail) et les personnes vers qui se tourner, comme le délégué des travailleurs.',
      source: 'CASF, art. L311-4 ; loi n° 2002-2 ; loi n° 2023-1196 ; décrets n° 2022-1561 et n° 2025-845',
    }),
    vraiFaux({
      id: 'signature-vaut-information',
      enonce:
        'Quand la personne a signé le livret d’accueil et le règlement de fonctionnement, on peut considérer qu’elle a été informée de ses droits.',
      criteres: ['B1.C1.CR2'],
      reponse: false,
      feedback: {
        vrai: 'Une signature prouve qu’un document a été remis, pas qu’il a été compris. Une personne peut signer par politesse ou par peur de montrer une difficulté.',
        faux: 'Exact : l’information est réussie quand la personne peut redire avec ses mots ce qu’elle a compris.',
      },
      explication:
        'Informer, c’est s’assurer que l’information arrive : supports adaptés, information dosée, reformulation par la personne, retour sur les points importants pendant la première semaine.',
      source: 'Leçon Accueillir, § Le livret d’accueil et les documents',
    }),
    choixUnique({
      id: 'a-qui-m-adresser',
      enonce:
        'Premier jour en menuiserie. Malik vous demande : « Si j’ai un problème, je vais voir qui ? » Quelle réponse l’aide le plus ?',
      criteres: ['B1.C1.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Vous lui montrez en photos qui voir selon le problème et lui laissez la fiche.',
          feedback:
            'Oui : il connaît plusieurs interlocuteurs (vous, la cheffe d’atelier, le délégué des travailleurs, la personne qui suit son projet) et garde un support.',
        },
        {
          id: 'b',
          texte: 'Vous lui dites de passer par vous pour tout, pour que ce soit simple et rassurant.',
          feedback:
            'Tout faire passer par vous le rend dépendant d’une seule personne et l’empêche d’utiliser les autres appuis, comme le délégué des travailleurs.',
        },
        {
          id: 'c',
          texte: 'Vous lui montrez l’organigramme affiché à l’entrée, avec le nom de chacun.',
          feedback:
            'Un organigramme dit qui dirige, pas vers qui aller quand on a un problème, et il est rarement accessible.',
        },
      ],
      reponse: 'a',
      explication:
        'Présenter les interlocuteurs fait partie de l’accueil : la personne doit savoir à qui s’adresser selon la situation, avec un support qu’elle peut garder.',
      source: 'Leçon Accueillir, § Quatre choses à présenter',
    }),
    choixUnique({
      id: 'absence-pendant-essai',
      enonce:
        'Elsa a été admise le 3 mars. Elle est absente deux semaines pour maladie en avril. Que devient sa période d’essai ?',
      criteres: ['B1.C1.CR3'],
      options: [
        {
          id: 'a',
          texte: 'Elle dure 6 mois, comme avant, et l’absence est comprise dans ce délai.',
          feedback: 'Non : 6 mois, c’était la règle avant le décret n° 2025-844 du 25 août 2025.',
        },
        {
          id: 'b',
          texte: 'Elle dure 3 mois, sans prolongation : l’absence réduit son essai.',
          feedback: 'Non : la prolongation de la durée d’une absence est prévue, pour que l’essai garde son sens.',
        },
        {
          id: 'c',
          texte: 'Elle s’interrompt, et une nouvelle orientation devient nécessaire.',
          feedback: 'Non : une absence pour maladie ne remet pas en cause l’orientation.',
        },
        {
          id: 'd',
          texte: 'Elle dure 3 mois et peut être prolongée de la durée de son absence.',
          feedback:
            'Oui : depuis le décret n° 2025-844, la période d’essai dure 3 mois et peut être prolongée de la durée d’une absence.',
        },
      ],
      reponse: 'd',
      explication:
        'La période d’essai en ESAT est de 3 mois depuis le décret n° 2025-844 (elle était de 6 mois). Elle peut être prolongée de la durée d’une absence (CASF art. R243-2).',
      source: 'CASF, art. R243-2 ; décret n° 2025-844',
    }),
    ordre({
      id: 'deroule-point-regulier',
      enonce: 'Remettez dans l’ordre le déroulé d’un point régulier avec une personne pendant sa période d’essai.',
      criteres: ['B1.C1.CR3'],
      etapes: [
        {
          id: 'e1',
          texte: 'Demander à la personne comment elle vit ses journées',
          feedback: 'On commence par sa parole : ce qu’elle dit oriente la suite du point.',
        },
        {
          id: 'e2',
          texte: 'Lui faire part de vos observations, avec des faits',
          feedback: 'Vos observations viennent ensuite, sous forme de faits, pour compléter ce qu’elle a dit.',
        },
        {
          id: 'e3',
          texte: 'Décider ensemble d’un ajustement',
          feedback: 'L’ajustement (horaires, tâches, pauses) se décide avec elle.',
        },
        {
          id: 'e4',
          texte: 'Fixer avec elle la date du prochain point',
          feedback: 'La personne sait quand on refera le point : c’est ce qui rend les points réguliers.',
        },
        {
          id: 'e5',
          texte: 'Après le point, rédiger une note factuelle pour l’équipe',
          feedback: 'La trace écrite, rédigée une fois l’échange terminé, évite les malentendus et informe l’équipe.',
        },
      ],
      explication:
        'Un point utile part de la parole de la personne, puis croise avec des faits, aboutit à une décision commune et fixe le rendez-vous suivant ; une note factuelle informe ensuite l’équipe.',
      source: 'Leçon Accueillir, § Faire des points réguliers',
    }),
    choixUnique({
      id: 'fatigue-troisieme-jour',
      enonce:
        'Troisième jour en conditionnement. Vers 15 h, Manon ralentit nettement et se tient le dos. La commande doit partir demain. Que faites-vous ?',
      criteres: ['B1.C1.CR3'],
      options: [
        {
          id: 'a',
          texte: 'Vous l’encouragez à tenir jusqu’à 17 h pour ne pas retarder la commande de demain.',
          feedback:
            'Faire passer la commande avant la personne, en période d’essai, fragilise son accueil et peut la blesser.',
        },
        {
          id: 'b',
          texte: 'Vous notez son ralentissement dans la grille, pour en parler au bilan de fin d’essai.',
          feedback:
            'Noter est utile, mais attendre le bilan laisse Manon seule avec sa douleur, et ne change rien à ses journées d’ici là.',
        },
        {
          id: 'c',
          texte: 'Vous lui proposez une pause et réorganisez l’équipe pour finir la commande.',
          feedback:
            'Oui : la fatigue des premiers jours est prévisible. Vous l’absorbez par l’organisation de l’équipe, pas par la surcharge de Manon, et vous convenez avec elle d’un ajustement pour la suite.',
        },
      ],
      reponse: 'c',
      explication:
        'Les premiers jours se dosent avec la personne (temps, tâches, pauses). Quand une commande presse, c’est l’organisation de l’équipe qui absorbe l’urgence.',
      source: 'Leçon Accueillir, § Des premiers jours progressifs',
    }),
    choixMultiples({
      id: 'points-utiles-essai',
      enonce:
        'Sofiane a rejoint l’atelier blanchisserie il y a deux semaines ; sa période d’essai a commencé. Vous préparez les points réguliers avec lui. Quels gestes rendent ces points utiles ?',
      criteres: ['B1.C1.CR3'],
      options: [
        {
          id: 'a',
          texte: 'Commencer par lui demander comment il vit son arrivée',
          feedback: 'Oui : sa parole est la première information du point.',
        },
        {
          id: 'b',
          texte: 'Choisir avec lui un support qui l’aide à parler, comme des photos',
          feedback: 'Oui : un support adapté à sa façon de communiquer l’aide à dire ce qu’il ressent.',
        },
        {
          id: 'c',
          texte: 'Faire le point à la pause, devant l’équipe, pour que chacun l’encourage',
          feedback:
            'Non : l’intention est bonne, mais un point personnel se fait à l’écart. Devant l’équipe, Sofiane ne dira pas ce qui est difficile.',
        },
        {
          id: 'd',
          texte: 'Noter des faits observés plutôt que des jugements',
          feedback: 'Oui : « a demandé une pause à 11 h » permet d’agir ; « peu motivé » ne le permet pas.',
        },
        {
          id: 'e',
          texte: 'Fixer avec lui, à la fin, la date du point suivant',
          feedback: 'Oui : Sofiane sait quand on refera le point ; c’est ce qui rend les points réguliers.',
        },
      ],
      reponses: ['a', 'b', 'd', 'e'],
      explication:
        'Des points courts et fréquents, à l’écart, qui partent de la parole de la personne, avec un support adapté, une trace factuelle et une date pour le suivant, permettent d’ajuster l’accueil pendant la période d’essai, qui dure 3 mois depuis le décret n° 2025-844 (6 mois auparavant).',
      source: 'CASF, art. R243-2 (décret n° 2025-844) ; leçon Accueillir, § Faire des points réguliers',
    }),
    choixUnique({
      id: 'note-la-plus-utile',
      enonce: 'Après la première semaine de Yanis en espaces verts, laquelle de ces notes est la plus utile à l’équipe ?',
      criteres: ['B1.C1.CR3'],
      options: [
        {
          id: 'a',
          texte: '« Yanis est lent et peu motivé. Il a traîné toute la semaine sur les chantiers, à surveiller. »',
          feedback: 'Ce sont des jugements : ils ne disent ni ce qui s’est passé, ni quoi ajuster.',
        },
        {
          id: 'b',
          texte: '« Mardi 11 h : demande à changer de tâche ; dit que le souffleur le gêne. Veut apprendre la taille. »',
          feedback: 'Oui : des faits datés, ses propres mots, son souhait. L’équipe peut agir à partir de cette note.',
        },
        {
          id: 'c',
          texte: '« Semble avoir du mal à s’intégrer dans l’équipe. Voir avec la psychologue la semaine prochaine. »',
          feedback:
            'Une impression sans fait observé ne permet pas d’agir, et renvoie la question ailleurs sans l’avoir posée à Yanis.',
        },
        {
          id: 'd',
          texte: '« Bonne première semaine dans l’ensemble ; Yanis a l’air content. Rien de particulier à signaler. »',
          feedback:
            'Le ton est bienveillant, mais une première semaine est riche d’informations : « rien à signaler » fait perdre ce qui aurait permis d’ajuster.',
        },
      ],
      reponse: 'b',
      explication:
        'Une note d’observation utile décrit des faits datés, rapporte les mots de la personne et ce qui a été convenu avec elle. Les jugements n’aident pas à ajuster l’accompagnement.',
      source: 'Leçon Accueillir, § Une trace écrite factuelle',
    }),
  ],
});
