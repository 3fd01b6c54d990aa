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
  id: 'besoins-competences',
  titre: 'Identifier les besoins de développement des compétences',
  description:
    'Partir des souhaits de la personne, observer au poste, se comparer à un référentiel métier de droit commun, écrire et partager les besoins repérés.',
  bloc: 'B3',
  questions: [
    choixUnique({
      id: 'point-de-depart',
      enonce:
        'Pendant la pause, sur un chantier d’espaces verts, Yanis vous dit : « Plus tard, je voudrais travailler dans une jardinerie. » Que faites-vous en premier ?',
      criteres: ['B3.C1.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Vous le félicitez pour ce projet et lui proposez un stage de découverte en jardinerie.',
          feedback:
            'Encourager est juste, mais le stage vient trop tôt : vous ne savez pas encore ce qui l’attire ni ce qu’il sait déjà faire. Un stage se prépare à partir de ce que Yanis veut découvrir.',
        },
        {
          id: 'b',
          texte: 'Vous transmettez son souhait au chargé d’insertion, qui suit les projets de sortie.',
          feedback:
            'Le chargé d’insertion sera associé, mais c’est à vous que Yanis a parlé : transmettre avant d’avoir compris son souhait, c’est passer la main sans l’avoir écouté.',
        },
        {
          id: 'c',
          texte: 'Vous convenez avec lui d’un moment pour parler de ce qui l’attire dans ce métier.',
          feedback:
            'Oui : le souhait est le point de départ. Savoir ce qui attire Yanis (les plantes, les clients, la caisse) dira quelles compétences il faudra développer.',
        },
        {
          id: 'd',
          texte: 'Vous notez sa phrase, pour en parler à la révision de son projet personnalisé.',
          feedback:
            'Noter ses mots est utile, mais attendre la révision du projet laisse son souhait sans réponse pendant des mois. Un vrai temps d’échange vient d’abord.',
        },
      ],
      reponse: 'c',
      explication:
        'Identifier un besoin de développement commence par les souhaits de la personne, recueillis dans un vrai temps d’échange. Le projet personnalisé se construit avec elle (loi n° 2002-2 ; ANESM, 2008).',
      source: 'Loi n° 2002-2 du 2 janvier 2002 ; ANESM, recommandation « Les attentes de la personne et le projet personnalisé » (2008)',
    }),
    vraiFaux({
      id: 'souhait-irrealiste',
      enonce:
        'À la blanchisserie, Elsa vous dit : « Moi, plus tard, je veux être infirmière. » Ce métier vous paraît hors de portée pour elle. Le plus juste est de le lui dire dès maintenant, pour lui éviter une déception.',
      criteres: ['B3.C1.CR1'],
      reponse: false,
      feedback: {
        vrai: 'Non : écarter ce souhait sans l’explorer prive Elsa de son projet et l’équipe d’une information utile. On cherche d’abord ce qui l’attire : prendre soin des autres, l’hôpital, la blouse ?',
        faux: 'Exact : on explore le souhait (qu’est-ce qui attire Elsa dans ce métier ?) au lieu de le juger. Chaque réponse ouvre des besoins et des étapes différents.',
      },
      explication:
        'Le moniteur n’a pas à trier les souhaits « réalistes ». Explorer un souhait, même lointain, fait apparaître des étapes accessibles et respecte l’autodétermination de la personne.',
      source: 'Leçon Identifier les besoins, § Accueillir tous les souhaits',
    }),
    choixMultiples({
      id: 'preparer-entretien-souhaits',
      enonce:
        'Vous préparez un entretien avec Maëlle, qui lit peu, pour connaître ce qu’elle aimerait apprendre. Quels gestes vont l’aider à s’exprimer ?',
      criteres: ['B3.C1.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Lui montrer des photos des postes de l’établissement et la laisser choisir',
          feedback: 'Oui : une personne qui lit peu choisit plus facilement entre des images qu’entre des mots.',
        },
        {
          id: 'b',
          texte: 'Lui remettre la liste écrite des formations du plan, à lire à son rythme',
          feedback: 'Non : même sans pression de temps, une liste écrite met en difficulté une personne qui lit peu, et elle ne part pas de ce qu’elle aime.',
        },
        {
          id: 'c',
          texte: 'Noter ses réponses avec ses propres mots, puis les relire avec elle, à voix haute',
          feedback: 'Oui : ses mots gardent le sens de son souhait, et la relecture lui permet de corriger.',
        },
        {
          id: 'd',
          texte: 'Placer l’entretien pendant le coup de feu, pour qu’il reste court et moins intimidant',
          feedback: 'Non : l’intention est bonne, mais un souhait se recueille dans un moment calme, annoncé à l’avance, pas entre deux palettes.',
        },
        {
          id: 'e',
          texte: 'Lui proposer des réponses déjà rédigées, pour lui éviter de chercher ses mots',
          feedback: 'Non : des réponses toutes faites orientent son choix ; elle risque de prendre celle qui semble vous faire plaisir.',
        },
      ],
      reponses: ['a', 'c'],
      explication:
        'Un entretien utile se prépare : moment calme, supports adaptés (photos, pictogrammes, objets), questions ouvertes, réponses notées avec les mots de la personne et relues avec elle.',
      source: 'Leçon Identifier les besoins, § Préparer l’entretien',
    }),
    choixUnique({
      id: 'besoin-atelier-ou-personne',
      enonce:
        'Le responsable d’atelier vous dit : « Il faut que Maëlle apprenne la mise sous film, la grosse commande de juin arrive. » Maëlle n’a jamais parlé de ce poste. Que faites-vous ?',
      criteres: ['B3.C1.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Vous la formez dès lundi : elle y gagnera en polyvalence, ce qui servira son parcours.',
          feedback:
            'Non : la polyvalence peut lui servir, mais vous décidez pour elle. Un besoin de production ne devient son objectif que si elle l’accepte.',
        },
        {
          id: 'b',
          texte: 'Vous présentez le poste à Maëlle et lui demandez si elle veut l’apprendre.',
          feedback:
            'Oui : le besoin de l’atelier peut rejoindre son projet, mais seulement si on le lui a demandé. Sa réponse décide de la suite.',
        },
        {
          id: 'c',
          texte: 'Vous inscrivez ce besoin dans son projet personnalisé, pour l’accompagner dans cet apprentissage.',
          feedback:
            'Non : vous feriez passer un besoin de production pour un besoin de Maëlle, écrit dans son projet sans son avis.',
        },
        {
          id: 'd',
          texte: 'Vous refusez par respect pour son projet : la production n’a pas à guider ses apprentissages.',
          feedback:
            'Trop tranché : les besoins de l’atelier sont légitimes et peuvent rencontrer ceux de la personne. Encore faut-il lui poser la question.',
        },
      ],
      reponse: 'b',
      explication:
        'L’atelier a ses besoins (polyvalence, commandes) et la personne les siens (son projet). Le bloc 3 part de la personne : un besoin de production ne devient un objectif pour elle que si elle l’accepte.',
      source: 'Leçon Identifier les besoins, § Ce qu’est un besoin de développement',
    }),
    choixUnique({
      id: 'refus-progresser',
      enonce:
        'À la blanchisserie, Lucie aime son poste de pliage. Au moment de préparer son projet personnalisé, elle dit qu’elle ne veut rien apprendre de nouveau cette année. Quelle est la réponse la plus juste ?',
      criteres: ['B3.C1.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Vous inscrivez un objectif léger, car un projet personnalisé doit prévoir un apprentissage.',
          feedback:
            'Non : aucune règle n’impose un apprentissage chaque année. Un objectif imposé à une personne qui n’en veut pas n’est pas un besoin de développement, c’est une contrainte.',
        },
        {
          id: 'b',
          texte: 'Vous lui proposez de découvrir un autre poste quelques jours, pour lui donner envie d’apprendre.',
          feedback:
            'Non : l’intention est bienveillante, mais changer son poste alors qu’elle vient de dire non revient à contourner son choix.',
        },
        {
          id: 'c',
          texte: 'Vous notez son choix, lui dites qu’elle pourra en reparler et reposerez la question plus tard.',
          feedback:
            'Oui : ne pas vouloir progresser maintenant est un choix à respecter. Le moniteur en garde la trace et laisse la porte ouverte.',
        },
      ],
      reponse: 'c',
      explication:
        'L’autodétermination comprend aussi le choix de ne pas changer. Le moniteur respecte ce choix, en garde la trace et propose de nouveau plus tard, sans pression. La recommandation de l’ANESM sur les ESAT (2013) demande de partir des attentes des travailleurs.',
      source: 'ANESM, recommandation « Adaptation de l’accompagnement aux attentes et besoins des travailleurs handicapés en ESAT » (2013) ; leçon Identifier les besoins, § Accueillir tous les souhaits',
    }),
    choixUnique({
      id: 'pourquoi-droit-commun',
      enonce:
        'Pourquoi comparer les compétences observées à un référentiel métier de droit commun, et pas seulement à la fiche de poste de l’atelier ?',
      criteres: ['B3.C1.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Pour mesurer le rendement de la personne par rapport à un salarié du milieu ordinaire.',
          feedback: 'Non : la comparaison porte sur les compétences, pas sur le rendement.',
        },
        {
          id: 'b',
          texte: 'Pour préparer la décision de la CDAPH sur son maintien à l’ESAT ou son orientation.',
          feedback:
            'Non : l’orientation relève de la commission des droits et de l’autonomie des personnes handicapées (CDAPH). Le positionnement sert le projet de la personne, pas une décision d’orientation.',
        },
        {
          id: 'c',
          texte: 'Parce que la fiche de poste décrit des tâches de l’atelier, pas des compétences.',
          feedback:
            'Non : une fiche de poste bien faite décrit aussi des compétences, et elle reste utile dans l’atelier. Elle ne suffit pas parce qu’on ne la connaît pas ailleurs.',
        },
        {
          id: 'd',
          texte: 'Pour décrire ses compétences dans des termes que comprennent employeurs et jurys.',
          feedback:
            'Oui : la fiche de poste décrit ce qu’on fait ici ; un référentiel de droit commun rend les compétences lisibles ailleurs et transférables.',
        },
      ],
      reponse: 'd',
      explication:
        'Se positionner sur un référentiel de diplôme ou de titre ouvert à tous donne une langue commune et prépare la reconnaissance des compétences, comme dans la démarche « Différent et compétent ».',
      source: 'Leçon Identifier les besoins, § Comparer avec un référentiel métier de droit commun',
    }),
    choixMultiples({
      id: 'referentiels-rae',
      enonce:
        'La reconnaissance des acquis de l’expérience (RAE) « Différent et compétent » positionne les personnes sur des référentiels métier de droit commun. De quels ministères ces référentiels relèvent-ils ?',
      criteres: ['B3.C1.CR2'],
      options: [
        {
          id: 'a',
          texte: 'L’Éducation nationale (par exemple les CAP)',
          feedback: 'Oui : par exemple les référentiels des certificats d’aptitude professionnelle.',
        },
        {
          id: 'b',
          texte: 'La Santé, par les ARS',
          feedback: 'Non : les agences régionales de santé suivent les ESAT, mais elles ne délivrent ni diplômes ni titres de droit commun.',
        },
        {
          id: 'c',
          texte: 'L’Agriculture, pour les diplômes agricoles comme ceux du paysage',
          feedback: 'Oui : les référentiels des diplômes agricoles sont utilisés, par exemple pour les espaces verts ou le maraîchage.',
        },
        {
          id: 'd',
          texte: 'Le Travail, pour les titres professionnels',
          feedback: 'Oui : les titres professionnels du ministère du Travail font partie des référentiels utilisés.',
        },
        {
          id: 'e',
          texte: 'Aucun : chaque réseau régional rédige son propre référentiel',
          feedback: 'Non : un référentiel écrit par le réseau ne serait pas « de droit commun ». Tout l’intérêt est d’utiliser des référentiels reconnus par tous, rendus accessibles.',
        },
      ],
      reponses: ['a', 'c', 'd'],
      explication:
        'La RAE « Différent et compétent » s’appuie sur des référentiels de l’Éducation nationale, de l’Agriculture et du Travail, rendus accessibles, dans le cadre du décret n° 2009-565 du 20 mai 2009.',
      source: 'Décret n° 2009-565 du 20 mai 2009 ; réseau Différent et compétent',
    }),
    association({
      id: 'classer-comparaison',
      enonce:
        'Vous comparez les observations de Yanis au référentiel du secteur paysager. Associez chaque observation au classement qui convient.',
      criteres: ['B3.C1.CR2'],
      gauche: [
        {
          id: 'g1',
          texte: 'Tond seul une pelouse plane, avec succès aux trois observations, à des dates différentes',
          feedback: 'Réussie seule, à chaque observation : la compétence est acquise.',
        },
        {
          id: 'g2',
          texte: 'Tond un talus, mais hésite sur l’outil et réussit avec un rappel oral',
          feedback: 'Il réussit, mais avec une aide légère : la compétence est en cours.',
        },
        {
          id: 'g3',
          texte: 'Taille de haie : aucun chantier de l’équipe n’en comporte',
          feedback: 'Rien ne permet de l’observer : l’atelier ne propose pas la situation, il faut en trouver une.',
        },
        {
          id: 'g4',
          texte: 'A essayé plusieurs fois, avec votre aide, de lire une étiquette de plante, sans y parvenir',
          feedback: 'La situation a été proposée et n’a pas été réussie, même avec une aide : la compétence n’est pas encore réussie.',
        },
      ],
      droite: [
        { id: 'd1', texte: 'Acquise : réussie seule, à chaque observation' },
        { id: 'd2', texte: 'En cours : réussie avec une aide, ou pas à chaque fois' },
        { id: 'd3', texte: 'Jamais proposée dans l’atelier : trouver une situation' },
        { id: 'd4', texte: 'Pas encore réussie, même avec une aide' },
        { id: 'd5', texte: 'Sans intérêt pour le projet : à retirer de la fiche' },
      ],
      paires: { g1: 'd1', g2: 'd2', g3: 'd3', g4: 'd4' },
      explication:
        'Chaque compétence va dans une seule case, selon ce qui a été observé : acquise (réussie seule, à chaque fois), en cours (réussie avec une aide ou pas à chaque fois), pas encore réussie (même avec une aide), jamais proposée. Ce classement distingue les besoins de la personne des limites de l’atelier.',
      source: 'Leçon Identifier les besoins, § Comment faire la comparaison',
    }),
    vraiFaux({
      id: 'ecart-limite-atelier',
      enonce:
        'Vous positionnez Aïcha, de la blanchisserie, sur un référentiel de l’entretien des textiles. Une des activités retenues n’est jamais pratiquée dans votre atelier : vous n’avez donc jamais vu Aïcha la faire. Sur sa fiche, vous classez cette compétence « pas encore réussie ». Ce classement est juste.',
      criteres: ['B3.C1.CR2'],
      reponse: false,
      feedback: {
        vrai: 'Non : Aïcha n’a jamais eu l’occasion de faire cette activité. Le classement juste est « jamais proposée dans l’atelier » : l’écart révèle une limite de l’atelier, et le besoin est de trouver une situation (autre atelier, partenaire) pour l’apprendre ou la montrer.',
        faux: 'Exact : une compétence jamais observée parce que l’atelier ne la propose pas n’est pas un manque d’Aïcha. On la classe « jamais proposée dans l’atelier » et l’on cherche une situation où l’apprendre ou la montrer.',
      },
      explication:
        'La comparaison au référentiel distingue ce que la personne ne sait pas encore faire de ce que l’atelier ne lui a jamais donné l’occasion de faire.',
      source: 'Leçon Identifier les besoins, § Comment faire la comparaison',
    }),
    ordre({
      id: 'etapes-comparaison',
      enonce: 'Remettez dans l’ordre les étapes de la comparaison avec un référentiel métier de droit commun.',
      criteres: ['B3.C1.CR2'],
      etapes: [
        {
          id: 'e1',
          texte: 'Choisir avec l’équipe le référentiel le plus proche du projet de la personne',
          feedback: 'Le projet de la personne oriente le choix du référentiel.',
        },
        {
          id: 'e2',
          texte: 'Sélectionner les activités du référentiel qui concernent la personne',
          feedback: 'On ne cherche pas à couvrir tout le diplôme, seulement ce qui sert le projet.',
        },
        {
          id: 'e3',
          texte: 'Reformuler chaque compétence avec des mots simples et des images',
          feedback: 'Un référentiel rendu accessible permet à la personne de se positionner elle-même.',
        },
        {
          id: 'e4',
          texte: 'Classer chaque compétence : acquise, en cours, pas encore réussie, jamais proposée',
          feedback: 'Le classement s’appuie sur les observations répétées et l’avis de la personne.',
        },
        {
          id: 'e5',
          texte: 'Écrire les acquis et les besoins sur la fiche, puis la relire avec la personne',
          feedback: 'La comparaison se termine par une trace écrite, relue avec la personne.',
        },
      ],
      explication:
        'Choisir le référentiel, en retenir ce qui sert le projet, le rendre accessible, classer, puis écrire : la comparaison devient un outil partagé avec la personne.',
      source: 'Leçon Identifier les besoins, § Comment faire la comparaison',
    }),
    choixUnique({
      id: 'competences-transferables',
      enonce:
        'La comparaison des observations de Yanis avec le référentiel fait surtout apparaître ce qui lui manque. Que devez-vous aussi écrire sur sa fiche ?',
      criteres: ['B3.C1.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Ses écarts avec les collègues de l’équipe, pour situer son niveau dans le groupe.',
          feedback: 'Non : on compare la personne au référentiel et à son projet, pas à ses collègues.',
        },
        {
          id: 'b',
          texte: 'Les compétences qu’il maîtrise déjà et qui serviront en jardinerie.',
          feedback:
            'Oui : contrôler une machine, respecter une zone de sécurité, accueillir poliment une cliente sont des acquis transférables, à écrire autant que les manques.',
        },
        {
          id: 'c',
          texte: 'Son rendement en mètres carrés par heure, que regardera un employeur.',
          feedback:
            'Non : un employeur regardera peut-être la cadence, mais la fiche porte sur les compétences. Le rendement d’un jour ne dit pas ce que Yanis sait faire.',
        },
      ],
      reponse: 'b',
      explication:
        'Un positionnement honnête montre les acquis transférables autant que les manques : ce sont eux qui rendent un projet crédible et qui pourront être reconnus.',
      source: 'Leçon Identifier les besoins, § Comment faire la comparaison',
    }),
    choixUnique({
      id: 'fiche-relue',
      enonce:
        'Vous avez rédigé la fiche des besoins de développement de Yanis. La réunion de projet a lieu dans une semaine. Que faites-vous maintenant ?',
      criteres: ['B3.C1.CR3'],
      options: [
        {
          id: 'a',
          texte: 'Vous la relisez avec Yanis, dans une version avec photos, et la corrigez avec lui.',
          feedback:
            'Oui : la personne sait ce qui est écrit sur elle, elle peut corriger, et la fiche devient la sienne avant d’être partagée.',
        },
        {
          id: 'b',
          texte: 'Vous l’envoyez à toute l’équipe, pour que chacun la lise avant la réunion.',
          feedback:
            'Le partage avec l’équipe viendra, mais Yanis doit d’abord relire ce qui le concerne.',
        },
        {
          id: 'c',
          texte: 'Vous lui en remettez une copie, à lire chez lui avec sa famille s’il le souhaite.',
          feedback:
            'Non : l’intention est respectueuse, mais une fiche écrite ne se lit pas seule quand on lit peu, et personne ne recueille ses corrections. La relecture se fait avec lui, avec des images.',
        },
      ],
      reponse: 'a',
      explication:
        'Formaliser, c’est écrire, relire avec la personne, puis partager avec l’équipe pluriprofessionnelle pour le projet personnalisé.',
      source: 'Leçon Identifier les besoins, § Formaliser et partager',
    }),
    choixMultiples({
      id: 'partage-equipe',
      enonce:
        'En restauration collective, Samuel veut apprendre la pâtisserie. Pour la réunion de projet personnalisé, quelles informations transmettez-vous à l’équipe ?',
      criteres: ['B3.C1.CR3'],
      options: [
        {
          id: 'a',
          texte: 'Son souhait, écrit avec ses mots et relu avec lui',
          feedback: 'Oui : le souhait est le point de départ du projet.',
        },
        {
          id: 'b',
          texte: 'Le nom de son traitement, pour expliquer sa fatigue',
          feedback: 'Non : une information de santé confiée ne circule pas sans son accord ; ce qui compte pour le projet, c’est ce qui l’aide au poste, pas le nom d’un médicament.',
        },
        {
          id: 'c',
          texte: 'Les compétences que vous avez observées au poste',
          feedback: 'Oui : les acquis observés sont le point de départ de l’apprentissage.',
        },
        {
          id: 'd',
          texte: 'Votre pronostic sur ses chances de réussite',
          feedback: 'Non : un pronostic n’est pas un fait observé, et il risque de fermer son projet avant qu’il ait essayé.',
        },
        {
          id: 'e',
          texte: 'Les priorités d’apprentissage choisies avec lui',
          feedback: 'Oui : elles guideront le parcours et le plan de développement des compétences.',
        },
      ],
      reponses: ['a', 'c', 'e'],
      explication:
        'On partage ce qui est utile au projet : souhait, acquis, besoins, priorités. La personne sait ce qui est transmis, et l’on ne fait pas circuler d’informations de santé sans raison.',
      source: 'Leçon Identifier les besoins, § Formaliser et partager',
    }),
    texteATrous({
      id: 'circuit-fiche-besoins',
      enonce: 'Complétez le parcours de la fiche des besoins de développement.',
      criteres: ['B3.C1.CR3'],
      texte:
        'Les besoins repérés sont écrits, puis relus avec la [[personne]]. Ils sont ensuite partagés avec l’équipe [[equipe]]. Ils sont portés au projet [[projet]] prévu par la loi n° 2002-2 du 2 janvier 2002, et ils alimentent le plan de [[plan]] des compétences de l’établissement.',
      trous: {
        personne: {
          acceptees: ['personne', 'personne accompagnée', 'personne accompagnee'],
          feedback: 'La personne relit d’abord ce qui est écrit sur elle.',
        },
        equipe: {
          acceptees: ['pluriprofessionnelle', 'pluri-professionnelle', 'pluri professionnelle', 'pluriprofessionnel', 'pluridisciplinaire'],
          feedback: 'Le moniteur travaille au sein d’une équipe pluriprofessionnelle.',
        },
        projet: {
          acceptees: ['personnalisé', 'personnalise'],
          feedback: 'Le projet personnalisé est co-construit avec la personne (loi n° 2002-2).',
        },
        plan: {
          acceptees: ['développement', 'developpement'],
          feedback: 'Le plan de développement des compétences rassemble les actions prévues pour les personnes.',
        },
      },
      explication:
        'Un besoin n’existe pour l’équipe que s’il est écrit, validé par la personne et partagé. Il rejoint alors le projet personnalisé et le plan de développement des compétences.',
      source: 'Leçon Identifier les besoins, § Formaliser et partager ; loi n° 2002-2',
    }),
    vraiFaux({
      id: 'moniteur-seul',
      enonce:
        'D’après la Fiche Métier de 2024, le moniteur d’atelier identifie seul les besoins de développement des compétences des personnes qu’il accompagne.',
      criteres: ['B3.C1.CR3'],
      reponse: false,
      feedback: {
        vrai: 'Non : la Fiche Métier dit qu’il « contribue » à cette identification. Il apporte ce qu’il observe au poste à une démarche menée avec la personne et l’équipe.',
        faux: 'Exact : il contribue, avec la personne et l’équipe pluriprofessionnelle. C’est pourquoi ses observations doivent être écrites et partagées.',
      },
      explication:
        'La Fiche Métier (CPNE-FP, 18 janvier 2024) indique que le moniteur contribue à l’identification des besoins de développement des compétences, au sein d’une équipe pluriprofessionnelle.',
      source: 'Fiche Métier CPNE-FP du 18 janvier 2024, bloc 3',
    }),
  ],
});
