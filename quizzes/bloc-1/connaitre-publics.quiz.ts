import { association, choixMultiples, choixUnique, defineQuiz, ordre, texteATrous, vraiFaux } from '#auteur';

export default defineQuiz({
  id: 'connaitre-publics',
  titre: 'Connaître les publics pour adapter l’accompagnement',
  description:
    'Définition légale du handicap, déficience intellectuelle, handicap psychique, TSA, épilepsie, handicaps sensoriels, lésions cérébrales acquises, vieillissement et addictions : observer, adapter, transmettre, sans diagnostic.',
  bloc: 'B1',
  questions: [
    choixUnique({
      id: 'handicap-environnement',
      enonce: 'Selon la définition légale du handicap (CASF, art. L114), où se situe la limitation que subit la personne ?',
      criteres: ['B1.C5.CR4'],
      options: [
        {
          id: 'a',
          texte: 'Dans sa seule déficience, telle que le médecin la constate',
          feedback:
            'Non : la loi part bien d’une altération de fonctions, mais la limitation est subie dans un environnement, pas dans la déficience seule.',
        },
        {
          id: 'b',
          texte: 'Dans son environnement, du fait d’une altération durable',
          feedback:
            'Oui : la limitation d’activité ou la restriction de participation est subie dans l’environnement. L’atelier peut donc la réduire.',
        },
        {
          id: 'c',
          texte: 'Dans le taux d’incapacité fixé par la CDAPH',
          feedback:
            'Non : le taux d’incapacité sert à ouvrir certains droits, il ne définit pas le handicap dans l’article L114.',
        },
        {
          id: 'd',
          texte: 'Dans l’orientation en ESAT décidée par la MDPH',
          feedback: 'Non : l’orientation est une décision administrative ; elle ne dit pas ce qu’est le handicap.',
        },
      ],
      reponse: 'b',
      explication:
        'Depuis la loi n° 2005-102, le handicap est une limitation d’activité ou une restriction de participation subie dans son environnement, due à une altération substantielle et durable de fonctions. Agir sur le poste et les consignes réduit la situation de handicap.',
      source: 'CASF, art. L114 ; loi n° 2005-102 du 11 février 2005, art. 2',
      appuis: ['complements §1 Définition légale du handicap', 'complements §10.3 n°22'],
    }),
    vraiFaux({
      id: 'psychique-dans-la-loi',
      enonce: 'La définition légale du handicap issue de la loi du 11 février 2005 nomme expressément les fonctions psychiques.',
      criteres: ['B1.C5.CR4'],
      reponse: true,
      feedback: {
        vrai: 'Exact : l’article L114 du CASF cite les fonctions physiques, sensorielles, mentales, cognitives et psychiques.',
        faux: 'Si : c’est même l’un des apports de la loi de 2005, qui reconnaît explicitement le handicap psychique.',
      },
      explication:
        'L’article L114 du CASF, issu de la loi n° 2005-102, vise l’altération d’une ou plusieurs fonctions physiques, sensorielles, mentales, cognitives ou psychiques, un polyhandicap ou un trouble de santé invalidant.',
      source: 'CASF, art. L114 ; loi n° 2005-102, art. 2',
      appuis: ['complements §1 Définition légale du handicap'],
    }),
    choixUnique({
      id: 'mathis-etapes',
      enonce:
        'En conditionnement, Mathis, qui a une déficience intellectuelle, mélange l’ordre des cinq étapes du nouveau coffret. Quelle adaptation essayez-vous d’abord avec lui ?',
      criteres: ['B1.C5.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Lui réexpliquer les cinq étapes à la suite, plus lentement',
          feedback:
            'Parler plus lentement ne change pas la difficulté : cinq consignes données d’un coup restent trop à retenir.',
        },
        {
          id: 'b',
          texte: 'Lui confier une autre tâche, plus simple, pour la journée',
          feedback:
            'Changer de tâche évite la difficulté sans lui permettre d’apprendre : la personne progresse, même lentement.',
        },
        {
          id: 'c',
          texte: 'Lui montrer une étape, la lui faire faire, puis la suivante',
          feedback:
            'Oui : une consigne à la fois, montrée puis faite, répétée autant que nécessaire, convient à un apprentissage plus lent.',
        },
        {
          id: 'd',
          texte: 'Le placer à côté d’un collègue qui fera les étapes difficiles',
          feedback:
            'Le binôme peut aider, mais si le collègue fait à sa place, Mathis n’apprend pas les étapes.',
        },
      ],
      reponse: 'c',
      explication:
        'Avec une déficience intellectuelle, les apprentissages sont possibles mais plus lents : découper la tâche, une consigne à la fois, montrer puis faire faire, répéter, avec des supports visuels (Anesm, RBPP ESAT 2013).',
      source: 'Anesm, RBPP « Adaptation de l’accompagnement aux attentes et besoins des travailleurs handicapés en ESAT » (2013)',
      appuis: ['complements §1 Adaptations (déficience intellectuelle)', 'complements §1 Déficience intellectuelle'],
    }),
    choixMultiples({
      id: 'supports-deficience',
      enonce:
        'Quels supports aident une personne avec une déficience intellectuelle à se repérer dans sa journée en blanchisserie ? (deux réponses)',
      criteres: ['B1.C5.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Un agenda visuel de la journée, affiché au poste',
          feedback: 'Oui : l’agenda visuel rend la journée prévisible sans dépendre de la mémoire.',
        },
        {
          id: 'b',
          texte: 'Le règlement de fonctionnement complet, remis en main propre',
          feedback: 'Non : un document long et juridique ne l’aide pas à se repérer au quotidien ; il peut exister en version FALC.',
        },
        {
          id: 'c',
          texte: 'Un code couleur sur les bacs de linge à trier',
          feedback: 'Oui : les codes couleurs et pictogrammes rendent la consigne visible.',
        },
        {
          id: 'd',
          texte: 'Un rappel oral de toutes les consignes au début de la journée',
          feedback: 'Non : un rappel oral de tout, d’un coup, dépasse ce que la personne peut retenir.',
        },
        {
          id: 'e',
          texte: 'Une note de l’équipe sur son diagnostic, rangée au poste',
          feedback: 'Non : une information médicale n’a rien à faire au poste, et elle ne dit pas quoi faire.',
        },
      ],
      reponses: ['a', 'c'],
      explication:
        'Pictogrammes, agenda visuel, codes couleurs et documents FALC sont des adaptations courantes pour les personnes avec une déficience intellectuelle.',
      source: 'Anesm, RBPP ESAT (2013) ; Inclusion Europe, règles FALC',
      appuis: ['complements §1 Adaptations (déficience intellectuelle)'],
    }),
    choixUnique({
      id: 'sophie-silencieuse',
      enonce:
        'Sophie, qui vit avec un trouble bipolaire, est d’habitude rapide et bavarde. Depuis trois jours, elle s’isole et oublie des étapes. Que faites-vous ?',
      criteres: ['B1.C5.CR4'],
      options: [
        {
          id: 'a',
          texte: 'Vous lui demandez discrètement si elle prend bien son traitement',
          feedback:
            'Non : le traitement ne vous regarde pas. La question déborde sur le soin et peut briser la confiance.',
        },
        {
          id: 'b',
          texte: 'Vous attendez la semaine prochaine pour voir si cela passe',
          feedback:
            'Non : le changement par rapport à l’habitude est justement le signe à transmettre ; attendre laisse l’équipe sans information.',
        },
        {
          id: 'c',
          texte: 'Vous appelez son psychiatre pour lui décrire ce que vous observez depuis lundi',
          feedback:
            'Non : ce n’est pas votre circuit. Vous transmettez à l’équipe, qui fait le lien avec les soins selon la procédure.',
        },
        {
          id: 'd',
          texte: 'Vous lui proposez un rythme allégé et transmettez les faits à l’équipe',
          feedback:
            'Oui : vous ajustez le travail avec elle et vous transmettez des faits observés (isolement, oublis, depuis quand), sans diagnostic.',
        },
      ],
      reponse: 'd',
      explication:
        'Handicap psychique : le moniteur ne fait ni diagnostic ni commentaire sur le traitement. Il offre un cadre stable, un rythme ajustable, repère les changements par rapport à l’habitude et les transmet à l’équipe (chef de service, psychologue, infirmier).',
      source: 'Anesm, RBPP sur l’accompagnement des adultes handicapés psychiques (2016)',
      appuis: ['complements §1 Rôle du moniteur (psychique)', 'complements §1 Handicap psychique'],
    }),
    vraiFaux({
      id: 'absences-bipolaires',
      enonce:
        'Pendant une phase dépressive d’un trouble bipolaire, des absences non prévenues traduisent d’abord un manque de motivation pour le travail.',
      criteres: ['B1.C5.CR4'],
      reponse: false,
      feedback: {
        vrai: 'Non : c’est justement l’erreur fréquente. Ces absences relèvent de la maladie, pas d’un manque d’intérêt.',
        faux: 'Exact : le repli et les absences de la phase dépressive sont souvent pris à tort pour un manque de motivation.',
      },
      explication:
        'Les troubles bipolaires alternent phases d’excitation et phases de dépression (repli, absences parfois non prévenues). Stabilisée et suivie, la personne peut travailler ; l’Agefiph met en garde contre la lecture en termes de motivation.',
      source: 'Agefiph, emploi des personnes atteintes de maladie psychique',
      appuis: ['complements §1 Troubles bipolaires'],
    }),
    texteATrous({
      id: 'psychique-mise-en-oeuvre',
      enonce: 'Complétez la description du handicap psychique.',
      criteres: ['B1.C5.CR4'],
      texte:
        'Dans le handicap psychique, l’intelligence est en principe [[preservee]] ; c’est sa mise en œuvre qui est perturbée. Le handicap est souvent invisible, variable et [[imprevisible]], avec des périodes de stabilisation et de [[decompensation]].',
      trous: {
        preservee: {
          acceptees: ['préservée', 'conservée', 'intacte'],
          feedback: 'Les difficultés portent sur l’organisation, la concentration, l’initiative, pas sur l’intelligence elle-même.',
        },
        imprevisible: {
          acceptees: ['imprévisible', 'imprévisibles'],
          feedback: 'Une personne peut aller bien des mois puis traverser une période difficile : d’où l’attention aux changements.',
        },
        decompensation: {
          acceptees: ['décompensation', 'décompensations', 'crise'],
          feedback: 'La décompensation est une aggravation des troubles ; les soins restent indispensables.',
        },
      },
      explication:
        'Le handicap psychique est la conséquence d’une maladie psychique (schizophrénies, troubles bipolaires, dépressions sévères) : l’accompagnement s’articule avec les soins (Anesm, RBPP 2016).',
      source: 'Anesm, RBPP sur l’accompagnement des adultes handicapés psychiques (2016)',
      appuis: ['complements §1 Handicap psychique'],
    }),
    choixUnique({
      id: 'karim-planning',
      enonce:
        'Karim, autiste, travaille au poste de filmage. Demain, une livraison imprévue obligera à le placer au pliage des cartons. Que faites-vous aujourd’hui ?',
      criteres: ['B1.C5.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Vous lui annoncez le changement et le montrez sur son planning visuel',
          feedback:
            'Oui : un changement annoncé à l’avance, rendu visible, réduit l’incertitude ; vous pouvez lui demander ce qui l’aiderait demain.',
        },
        {
          id: 'b',
          texte: 'Vous attendez demain matin pour ne pas l’inquiéter dès ce soir',
          feedback:
            'Non : la bonne intention se retourne ; un changement découvert au dernier moment est ce qui met le plus en difficulté.',
        },
        {
          id: 'c',
          texte: 'Vous gardez Karim au filmage et confiez le pliage à un autre',
          feedback:
            'Pas forcément : le protéger de tout changement l’enferme dans un poste ; un changement préparé est souvent possible.',
        },
        {
          id: 'd',
          texte: 'Vous lui expliquez que ce jour-là, tout le monde devra s’adapter un peu',
          feedback:
            'Non : la règle commune ne tient pas compte de son besoin de prévisibilité ; elle ne prépare pas le changement.',
        },
      ],
      reponse: 'a',
      explication:
        'Pour une personne autiste, les repères sont un planning prévisible, des changements annoncés, des consignes explicites et visuelles, un interlocuteur identifié ; les aménagements se décident avec elle (HAS-Anesm 2018).',
      source: 'HAS-Anesm, RBPP trouble du spectre de l’autisme chez l’adulte (2018)',
      appuis: ['complements §1 Adaptations (TSA)', 'complements §1 Troubles du spectre de l\'autisme'],
    }),
    choixMultiples({
      id: 'surcharge-sensorielle',
      enonce:
        'En menuiserie, Inès, autiste, se bouche les oreilles dès que la raboteuse tourne et fait ensuite beaucoup d’erreurs. Quelles réponses sont adaptées ? (trois réponses)',
      criteres: ['B1.C5.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Lui proposer un casque antibruit et un poste éloigné de la machine',
          feedback: 'Oui : réduire la source sensorielle limite la surcharge.',
        },
        {
          id: 'b',
          texte: 'Convenir avec elle d’un lieu calme où se retirer quand c’est trop',
          feedback: 'Oui : un retrait au calme possible, décidé avec elle, prévient la surcharge.',
        },
        {
          id: 'c',
          texte: 'Lui demander de s’habituer progressivement au bruit de la raboteuse',
          feedback: 'Non : une particularité sensorielle ne se corrige pas par l’habitude forcée ; elle use la personne.',
        },
        {
          id: 'd',
          texte: 'Lui donner une check-list visuelle des étapes de son poste',
          feedback: 'Oui : des consignes visuelles soutiennent la concentration quand l’environnement fatigue.',
        },
        {
          id: 'e',
          texte: 'Noter son comportement comme un refus de la consigne de sécurité',
          feedback: 'Non : se boucher les oreilles est une réaction à la surcharge, pas un refus.',
        },
      ],
      reponses: ['a', 'b', 'd'],
      explication:
        'Bruit, lumière ou toucher peuvent provoquer une surcharge sensorielle (concentration qui baisse, fatigue). Repères : limiter la source, consignes visuelles, retrait au calme possible, aménagements décidés avec la personne.',
      source: 'HAS-Anesm, RBPP autisme adulte (2018) ; ressources spécialisées sur la sensorialité',
      appuis: ['complements §1 Adaptations (TSA)'],
    }),
    ordre({
      id: 'crise-epilepsie-poste',
      enonce:
        'En conditionnement, Nadia fait une crise convulsive près de la filmeuse. Remettez vos gestes dans l’ordre.',
      criteres: ['B1.C5.CR4'],
      etapes: [
        {
          id: 'e1',
          texte: 'Arrêter la filmeuse et éloigner les outils et les objets autour d’elle',
          feedback: 'On sécurise d’abord la zone : c’est l’environnement qui blesse pendant une crise.',
        },
        {
          id: 'e2',
          texte: 'Protéger sa tête avec un vêtement plié et desserrer son col',
          feedback: 'Puis on protège la tête et on libère la respiration, sans entraver les mouvements.',
        },
        {
          id: 'e3',
          texte: 'Regarder l’heure pour connaître la durée de la crise',
          feedback: 'L’heure de début permet de savoir si la crise dépasse 5 minutes et de transmettre.',
        },
        {
          id: 'e4',
          texte: 'Après les convulsions, la mettre en position latérale de sécurité',
          feedback: 'La PLS vient après les convulsions, jamais pendant.',
        },
        {
          id: 'e5',
          texte: 'Rester près d’elle, la rassurer, puis transmettre ce que vous avez noté',
          feedback: 'On reste jusqu’à la fin de la confusion ; l’encadrement est informé de l’heure, de la durée, des circonstances.',
        },
      ],
      explication:
        'Repères concordants : sécuriser la zone, protéger la tête, noter l’heure, ne rien mettre dans la bouche, ne pas entraver ; après les convulsions, PLS et présence jusqu’à la fin de la confusion. Ils ne remplacent ni la formation SST (C. trav., art. R4224-15) ni le protocole individuel.',
      source: 'Repères de premiers secours (dossier compléments §1) ; C. trav., art. R4224-15 (secouriste en atelier)',
      appuis: ['complements §1 Épilepsie : pendant la crise', 'complements §5 Secourisme (SST)'],
    }),
    choixUnique({
      id: 'crise-six-minutes',
      enonce:
        'L’épilepsie de Nadia est connue et son protocole individuel est affiché. Aujourd’hui, sa crise convulsive dure depuis six minutes. Que faites-vous ?',
      criteres: ['B1.C5.CR4'],
      options: [
        {
          id: 'a',
          texte: 'Vous attendez la fin de la crise, puisque l’épilepsie est connue',
          feedback:
            'Non : une épilepsie connue n’autorise pas à attendre au-delà de 5 minutes ; la crise ne suit plus son cours habituel.',
        },
        {
          id: 'b',
          texte: 'Vous lui donnez le médicament prévu, qui est dans son casier',
          feedback:
            'Non : vous ne donnez aucun médicament ni boisson ; seuls les secours ou le protocole médical en décident.',
        },
        {
          id: 'c',
          texte: 'Vous la redressez en position assise pour l’aider à respirer',
          feedback: 'Non : on n’assoit pas et on n’entrave pas une personne en crise ; on protège sa tête.',
        },
        {
          id: 'd',
          texte: 'Vous appelez le 15 et prévenez l’encadrement en restant près d’elle',
          feedback: 'Oui : au-delà de 5 minutes, on appelle les secours, même pour une épilepsie connue.',
        },
      ],
      reponse: 'd',
      explication:
        'On appelle le 15, le 112 ou le 18 notamment si la crise dépasse 5 minutes, si la conscience ne revient pas, en cas de blessure, de crises en série ou de première crise. Sinon, pour une personne connue, on suit le protocole individuel ; en cas de doute, on appelle.',
      source: 'Repères de premiers secours concordants (dossier compléments §1 et §10.3) ; protocole individuel',
      appuis: ['complements §1 Épilepsie : appeler les secours ?', 'complements §10.3 n°29'],
    }),
    vraiFaux({
      id: 'rien-dans-la-bouche',
      enonce:
        'Pendant une crise convulsive, glisser un objet souple entre les dents de la personne l’empêche d’avaler sa langue.',
      criteres: ['B1.C5.CR4'],
      reponse: false,
      feedback: {
        vrai: 'Non : la langue ne s’avale pas, et un objet dans la bouche peut blesser la personne ou la personne qui aide.',
        faux: 'Exact : on ne met rien dans la bouche ; on protège la tête et on note l’heure.',
      },
      explication:
        'Les repères de premiers secours concordent : rien dans la bouche, ni boisson ni médicament, ne pas entraver ni déplacer sauf danger.',
      source: 'Repères de premiers secours concordants (dossier compléments §1)',
      appuis: ['complements §1 Épilepsie : pendant la crise'],
    }),
    vraiFaux({
      id: 'epilepsie-employeur',
      enonce: 'Une personne épileptique n’est pas obligée d’informer son employeur de sa maladie.',
      criteres: ['B1.C5.CR4'],
      reponse: true,
      feedback: {
        vrai: 'Exact : l’information médicale lui appartient ; le médecin du travail, lui, est tenu au secret.',
        faux: 'Si : aucune obligation de ce type n’existe ; un protocole individuel se construit avec son accord.',
      },
      explication:
        'L’aménagement du poste (hauteur, machines, conduite) s’évalue avec le médecin du travail, tenu au secret, et le protocole individuel se partage avec l’accord de la personne.',
      source: 'Secret médical du médecin du travail ; repères sur l’épilepsie au travail (dossier compléments §1)',
      appuis: ['complements §1 Épilepsie : au poste'],
    }),
    association({
      id: 'publics-adaptations',
      enonce: 'Associez chaque situation à l’adaptation qui lui répond le mieux.',
      criteres: ['B1.C5.CR2'],
      gauche: [
        {
          id: 'g1',
          texte: 'Lucie, après un traumatisme crânien, oublie les consignes orales de la veille',
          feedback: 'Les séquelles touchent la mémoire des apprentissages nouveaux : une aide écrite au poste compense.',
        },
        {
          id: 'g2',
          texte: 'Théo, sourd, ne peut pas entendre l’alarme incendie de l’atelier',
          feedback: 'La perception des signaux fait partie de l’analyse du poste pour une personne sourde.',
        },
        {
          id: 'g3',
          texte: 'Gérard, 58 ans, se dit épuisé en fin de semaine depuis quelques mois',
          feedback: 'La fatigabilité liée à l’âge appelle des réponses comme le temps partiel, à discuter avec lui et l’équipe.',
        },
        {
          id: 'g4',
          texte: 'Mathis, déficience intellectuelle, apprend un nouveau coffret',
          feedback: 'Une étape à la fois, montrée puis faite : l’apprentissage est possible, à son rythme.',
        },
      ],
      droite: [
        { id: 'd1', texte: 'Une fiche illustrée au poste et une tâche à la fois' },
        { id: 'd2', texte: 'Un signal lumineux relié à l’alarme' },
        { id: 'd3', texte: 'Étudier avec lui et l’équipe un temps partiel' },
        { id: 'd4', texte: 'Montrer une étape, la faire faire, puis la suivante' },
        { id: 'd5', texte: 'Un rappel oral plus fréquent par le moniteur' },
      ],
      paires: { g1: 'd1', g2: 'd2', g3: 'd3', g4: 'd4' },
      explication:
        'Chaque adaptation répond à une difficulté observée, pas à une étiquette. Le rappel oral plus fréquent ne répond à aucune : il laisse la personne dépendante du moniteur.',
      source: 'Anesm, RBPP ESAT (2013) ; C. trav., art. L4121-2 (adapter le travail à l’homme)',
      appuis: [
        'complements §1 Lésion cérébrale acquise',
        'complements §1 Handicaps sensoriels',
        'complements §1 Vieillissement : réponses',
        'complements §1 Adaptations (déficience intellectuelle)',
      ],
    }),
    choixUnique({
      id: 'lesion-apathie',
      enonce:
        'Depuis son traumatisme crânien, Bruno, en espaces verts, reste souvent sans rien faire s’il n’est pas sollicité. Un collègue dit : « Il est devenu fainéant. » Comment comprenez-vous la situation ?',
      criteres: ['B1.C5.CR4'],
      options: [
        {
          id: 'a',
          texte: 'Comme un manque d’envie, à traiter par un recadrage clair',
          feedback: 'Non : l’apathie après une lésion cérébrale n’est pas de la paresse ; un recadrage ne la fait pas disparaître.',
        },
        {
          id: 'b',
          texte: 'Comme une séquelle possible, à soutenir par des routines',
          feedback:
            'Oui : les difficultés d’initiative et l’apathie sont des séquelles fréquentes et invisibles ; on stimule sans faire à sa place.',
        },
        {
          id: 'c',
          texte: 'Comme le signe qu’il n’est plus capable de travailler',
          feedback: 'Non : avec des aides (routines, aides écrites, pauses), le travail reste possible.',
        },
        {
          id: 'd',
          texte: 'Comme un choix personnel qu’il faut respecter sans intervenir',
          feedback: 'Non : respecter la personne ne veut pas dire la laisser seule face à une séquelle ; stimuler fait partie de l’accompagnement.',
        },
      ],
      reponse: 'b',
      explication:
        'Le traumatisme crânien est la première cause de handicap acquis chez l’adulte en âge de travailler. Séquelles souvent invisibles : lenteur, attention, mémoire, fonctions exécutives, fatigue, irritabilité ou apathie, qui n’est pas de la paresse.',
      source: 'Revue de neuropsychologie (2019) ; ressources spécialisées sur les lésions cérébrales acquises',
      appuis: ['complements §1 Lésion cérébrale acquise'],
    }),
    choixUnique({
      id: 'boissons-admises',
      enonce: 'Quelles boissons alcoolisées le code du travail admet-il sur le lieu de travail (C. trav., art. R4228-20) ?',
      criteres: ['B1.C5.CR4'],
      options: [
        {
          id: 'a',
          texte: 'Aucune, l’alcool est interdit partout au travail',
          feedback:
            'Non : l’interdiction totale n’est pas la règle du code ; elle peut venir du règlement intérieur, si elle est justifiée et proportionnée.',
        },
        {
          id: 'b',
          texte: 'Celles qui titrent moins de 18 degrés',
          feedback: 'Non : le code ne fixe pas de degré ; il donne une liste de boissons.',
        },
        {
          id: 'c',
          texte: 'Le vin, la bière, le cidre et le poiré',
          feedback: 'Oui : ce sont les seules boissons alcoolisées admises, sauf restriction par le règlement intérieur.',
        },
        {
          id: 'd',
          texte: 'Toutes, lors des pots et des fêtes',
          feedback: 'Non : un pot ne fait pas exception à la liste du code du travail.',
        },
      ],
      reponse: 'c',
      explication:
        'Seuls le vin, la bière, le cidre et le poiré sont admis sur le lieu de travail ; le règlement intérieur ou une note de service peut restreindre ou interdire, si c’est justifié et proportionné.',
      source: 'C. trav., art. R4228-20 et L1321-3',
      appuis: ['complements §1 Addictions : cadre'],
    }),
    choixUnique({
      id: 'ivresse-menuiserie',
      enonce:
        'En menuiserie, à 13 h 30, Jean-Marc titube et parle fort près de la scie à ruban ; il sent l’alcool. Que faites-vous d’abord ?',
      criteres: ['B1.C5.CR4'],
      options: [
        {
          id: 'a',
          texte: 'Vous l’écartez de la scie et des machines, puis prévenez votre hiérarchie',
          feedback:
            'Oui : retirer du danger d’abord, puis alerter ; vous ne le laissez ni repartir seul ni conduire, et le 15 si son état inquiète.',
        },
        {
          id: 'b',
          texte: 'Vous lui faites souffler dans l’éthylotest de la trousse de secours',
          feedback:
            'Non : un contrôle n’est possible que s’il est prévu par le règlement, pour des postes à risque ; l’urgence est de l’écarter du danger.',
        },
        {
          id: 'c',
          texte: 'Vous le renvoyez chez lui pour l’après-midi par le bus de 14 h',
          feedback: 'Non : une personne ivre ne repart pas seule ; c’est dangereux pour elle.',
        },
        {
          id: 'd',
          texte: 'Vous le laissez finir sa pièce sous votre surveillance directe',
          feedback: 'Non : la surveillance ne supprime pas le danger de la scie ; il doit quitter le poste.',
        },
      ],
      reponse: 'a',
      explication:
        'Conduite à tenir : retirer la personne du poste et de tout danger, prévenir la hiérarchie, appeler le 15 si l’état inquiète, ne pas la laisser repartir seule ni conduire. Il est interdit de laisser séjourner une personne ivre sur le lieu de travail.',
      source: 'C. trav., art. R4228-21 ; INRS, pratiques addictives',
      appuis: ['complements §1 Addictions : conduite à tenir', 'complements §1 Addictions : cadre'],
    }),
    vraiFaux({
      id: 'ivresse-interdite',
      enonce: 'Le code du travail interdit de laisser entrer ou séjourner sur le lieu de travail une personne en état d’ivresse.',
      criteres: ['B1.C5.CR4'],
      reponse: true,
      feedback: {
        vrai: 'Exact : c’est l’article R4228-21 ; la personne est retirée du poste et ne repart pas seule.',
        faux: 'Si : l’article R4228-21 du code du travail pose cette interdiction.',
      },
      explication:
        'L’article R4228-21 du code du travail interdit de laisser entrer ou séjourner une personne ivre. L’INRS recommande d’inscrire les pratiques addictives au document unique et d’agir collectivement et au cas par cas.',
      source: 'C. trav., art. R4228-21 ; INRS',
      appuis: ['complements §1 Addictions : cadre'],
    }),
  ],
});
