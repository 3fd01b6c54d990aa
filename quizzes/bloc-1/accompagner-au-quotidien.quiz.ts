import { association, choixMultiples, choixUnique, defineQuiz, ordre, texteATrous, vraiFaux } from '#auteur';

export default defineQuiz({
  id: 'accompagner-au-quotidien',
  titre: 'Accompagner au quotidien dans la production et les apprentissages',
  description:
    'Observer et échanger avant d’ajuster, adapter consignes, postes et rythme, repérer la fatigue et le mal-être : quinze situations d’atelier.',
  bloc: 'B1',
  questions: [
    // ---------------------------------------------------------------- B1.C5.CR1
    choixUnique({
      id: 'notice-a-l-envers',
      enonce:
        'Atelier conditionnement, jeudi 9 h. Depuis le changement de modèle de coffret, Hugo pose la notice à l’envers une fois sur trois. Que faites-vous en premier ?',
      criteres: ['B1.C5.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Vous lui réexpliquez la consigne, plus lentement, en lui montrant le bon sens de la notice.',
          feedback:
            'Réexpliquer suppose qu’Hugo n’a pas compris la consigne. Sans l’avoir observé, vous ne savez pas d’où vient l’erreur : ici, une notice qui se ressemble des deux côtés.',
        },
        {
          id: 'b',
          texte: 'Vous reprenez vous-même ses coffrets ce matin, pour tenir le délai de lundi.',
          feedback:
            'Faire à la place règle le délai du jour mais pas la difficulté : demain, l’erreur reviendra, et Hugo n’aura rien appris.',
        },
        {
          id: 'c',
          texte: 'Vous le remettez sur l’ancien modèle, qu’il réussit bien, pour qu’il garde confiance.',
          feedback:
            'Changer de poste peut être une solution plus tard, mais décidé d’emblée et sans lui, cela évite la difficulté au lieu de la comprendre.',
        },
        {
          id: 'd',
          texte: 'Vous l’observez quelques minutes à son poste, puis lui demandez comment il s’y prend.',
          feedback:
            'Oui : observer le travail réel puis échanger avec Hugo permet de trouver la vraie cause (ici, une notice qui se ressemble des deux côtés).',
        },
      ],
      reponse: 'd',
      explication:
        'Le moniteur ajuste son accompagnement à partir de ses observations en situation de travail et des échanges avec la personne (Fiche Métier CPNE-FP 2024). L’observation dit où et quand ; l’échange dit pourquoi.',
      source: 'Fiche Métier CPNE-FP 2024 ; leçon Accompagner au quotidien, § Observer',
    }),
    choixMultiples({
      id: 'observations-pliage',
      enonce:
        'Vous observez Amandine au pliage en blanchisserie pour ajuster son poste. Parmi ces notes, lesquelles sont des observations utiles ?',
      criteres: ['B1.C5.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Les erreurs de pliage des draps apparaissent après 10 h 30, pas en début de séance.',
          feedback: 'Oui : le moment où la difficulté apparaît oriente vers la fatigue ou le rythme.',
        },
        {
          id: 'b',
          texte: 'Elle n’a pas envie de travailler ce matin : elle est moins motivée que d’habitude.',
          feedback: 'Non : c’est une interprétation. Elle ne décrit rien de vérifiable et ne dit pas quoi changer.',
        },
        {
          id: 'c',
          texte: 'Elle se penche pour atteindre les draps au fond du chariot.',
          feedback: 'Oui : c’est un geste observé, qui peut conduire à ajuster la hauteur du chariot.',
        },
        {
          id: 'd',
          texte: 'Elle se fatigue vite, comme souvent les travailleuses qui ont passé 50 ans.',
          feedback:
            'Non : c’est une idée toute faite sur un groupe, pas une observation d’Amandine. Notez quand et à quel geste la fatigue apparaît.',
        },
        {
          id: 'e',
          texte: 'Ses erreurs au pliage des draps s’expliquent par son handicap.',
          feedback:
            'Non : rattacher une difficulté au handicap ferme l’observation. Cherchez ce qui, dans la situation, la rend difficile.',
        },
      ],
      reponses: ['a', 'c'],
      explication:
        'Une observation utile décrit le travail réel : quand, où, avec quel geste, dans quel environnement, et aussi ce qui réussit. Une interprétation, un stéréotype ou une explication par le handicap ne permettent pas d’agir.',
      source: 'Leçon Accompagner au quotidien, § Regarder le travail réel',
    }),
    vraiFaux({
      id: 'abandonner-ajustement',
      enonce:
        'Au montage, Inès a essayé pendant une semaine un tabouret haut que vous aviez choisi ensemble. Vous constatez tous les deux qu’il ne l’aide pas. Abandonner cet ajustement fait partie de la démarche.',
      criteres: ['B1.C5.CR1'],
      reponse: true,
      feedback: {
        vrai: 'Exact : un ajustement est une hypothèse. On vérifie son effet avec la personne, puis on le garde, on le modifie ou on l’abandonne, et on le note pour l’équipe.',
        faux: 'En fait si : garder par principe un ajustement qui n’aide pas n’apporte rien à Inès. Vérifier avec elle, puis garder, modifier ou abandonner, c’est la démarche.',
      },
      explication:
        'Le moniteur ajuste son accompagnement à partir de ses observations et des échanges avec la personne (Fiche Métier CPNE-FP 2024). Ajuster est une boucle : observer, échanger, essayer, vérifier avec la personne, puis garder, modifier ou abandonner, et le noter.',
      source: 'Fiche Métier CPNE-FP 2024 ; leçon Accompagner au quotidien, § Ajuster, puis vérifier',
    }),
    ordre({
      id: 'boucle-ajustement',
      enonce: 'Remettez dans l’ordre la démarche d’ajustement de l’accompagnement au poste de travail.',
      criteres: ['B1.C5.CR1'],
      etapes: [
        {
          id: 'e1',
          texte: 'Observer la personne en situation de travail',
          feedback: 'On commence par regarder le travail réel : quand, où, comment.',
        },
        {
          id: 'e2',
          texte: 'Échanger avec elle sur ce qu’elle vit et ce qui l’aiderait',
          feedback: 'L’échange complète l’observation et fait émerger ses propres idées.',
        },
        {
          id: 'e3',
          texte: 'Essayer un ajustement choisi avec elle',
          feedback: 'L’ajustement est une hypothèse à tester, choisie avec la personne.',
        },
        {
          id: 'e4',
          texte: 'Vérifier l’effet avec elle après quelques jours',
          feedback: 'On vérifie si l’ajustement aide vraiment, du point de vue de la personne aussi.',
        },
        {
          id: 'e5',
          texte: 'Garder, modifier ou abandonner l’ajustement, et le noter pour l’équipe',
          feedback: 'La trace écrite permet aux collègues de poursuivre ce qui marche.',
        },
      ],
      explication:
        'Ajuster est une boucle : observer, échanger, essayer, vérifier, décider et noter. Sauter l’échange ou la vérification conduit à des adaptations qui ne servent pas la personne.',
      source: 'Leçon Accompagner au quotidien, § Ajuster, puis vérifier',
    }),
    choixUnique({
      id: 'refus-taille-haie',
      enonce:
        'Équipe espaces verts. Depuis deux semaines, Lucie refuse de prendre le taille-haie électrique, alors qu’elle l’utilisait sans difficulté. Quelle est la réponse la plus adaptée ?',
      criteres: ['B1.C5.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Vous lui rappelez que la taille est à son planning, pour ne pas créer de passe-droit.',
          feedback:
            'Le planning ne dit rien de la raison du refus. Insister sans comprendre risque un conflit, voire un accident si un vrai problème existe.',
        },
        {
          id: 'b',
          texte: 'Vous lui retirez la taille du planning, pour respecter son refus sans la forcer.',
          feedback:
            'Retirer la tâche évite le conflit, mais vous ne savez toujours pas ce qui se passe, et Lucie perd une compétence qu’elle maîtrisait.',
        },
        {
          id: 'c',
          texte: 'Vous lui demandez, à l’écart, ce qui a changé, et l’observez avec l’outil.',
          feedback:
            'Oui : un changement de comportement appelle d’abord une question et une observation. Le poids, une douleur, une peur après un incident… la cause guide la réponse.',
        },
        {
          id: 'd',
          texte: 'Vous notez « refuse le taille-haie » dans son dossier, pour informer l’équipe.',
          feedback:
            'Noter un refus sans le comprendre enferme Lucie dans une étiquette. La trace utile viendra après l’échange, avec les faits.',
        },
      ],
      reponse: 'c',
      explication:
        'Un changement par rapport à l’habitude est une information : le moniteur observe et échange avant d’ajuster. Un refus a presque toujours une raison que la personne peut dire si on lui en donne l’occasion.',
      source: 'Leçon Accompagner au quotidien, § Observer avant d’agir',
    }),
    // ---------------------------------------------------------------- B1.C5.CR2
    association({
      id: 'besoins-adaptations',
      enonce: 'Associez chaque situation observée au poste à l’adaptation qui y répond le mieux.',
      criteres: ['B1.C5.CR2'],
      gauche: [
        {
          id: 'g1',
          texte: 'Dans le bruit de la blanchisserie, Paul n’entend pas bien les consignes données à la volée.',
          feedback:
            'Se placer face à lui, montrer le geste et s’appuyer sur un support visuel compense une audition réduite dans le bruit.',
        },
        {
          id: 'g2',
          texte: 'Au montage, Inès se fatigue vite en station debout et a peu de force dans les bras.',
          feedback: 'Un poste assis-debout réglable et des charges réduites adaptent le poste à ses capacités physiques.',
        },
        {
          id: 'g3',
          texte: 'En cuisine, Romain perd le fil quand une tâche compte plusieurs étapes.',
          feedback: 'Une fiche en photos, une étape par ligne, lui permet de suivre l’ordre sans tout retenir.',
        },
        {
          id: 'g4',
          texte: 'Au conditionnement, Chloé devient très tendue quand l’organisation change sans prévenir.',
          feedback: 'Annoncer les changements à l’avance et prévoir un lieu calme rendent l’atelier plus prévisible.',
        },
      ],
      droite: [
        { id: 'd1', texte: 'Consigne donnée face à lui, avec démonstration et support visuel' },
        { id: 'd2', texte: 'Poste assis-debout réglable et charges réduites' },
        { id: 'd3', texte: 'Fiche de consigne en photos, une étape par ligne' },
        { id: 'd4', texte: 'Changements annoncés à l’avance et lieu calme pour souffler' },
        { id: 'd5', texte: 'Binôme avec un collègue rapide, qui lui donne le rythme' },
      ],
      paires: { g1: 'd1', g2: 'd2', g3: 'd3', g4: 'd4' },
      explication:
        'L’adaptation part de ce que l’on observe au poste, pas d’un diagnostic. Un binôme avec un collègue rapide ne répond à aucune de ces quatre situations : il impose un rythme au lieu d’adapter le poste ou la consigne.',
      source: 'ANESM, RBPP ESAT (2013) ; leçon Accompagner au quotidien, § Quatre familles de besoins',
    }),
    choixMultiples({
      id: 'recommandations-anesm',
      enonce:
        'Parmi ces adaptations, lesquelles la recommandation de l’ANESM de 2013 sur l’accompagnement en ESAT cite-t-elle comme utiles ?',
      criteres: ['B1.C5.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Des pictogrammes et des consignes visuelles',
          feedback: 'Oui : ils rendent les consignes accessibles sans passer par la lecture.',
        },
        {
          id: 'b',
          texte: 'L’alternance de tâches plus ou moins fatigantes',
          feedback: 'Oui : alterner limite la fatigue physique et soutient l’attention.',
        },
        {
          id: 'c',
          texte: 'Une cadence identique pour tous, par souci d’équité',
          feedback: 'Non : l’équité consiste à adapter à chacun, pas à imposer le même rythme à tous.',
        },
        {
          id: 'd',
          texte: 'Des temps de pause',
          feedback: 'Oui : des pauses adaptées font partie des adaptations recommandées.',
        },
        {
          id: 'e',
          texte: 'Le marquage des circulations',
          feedback: 'Oui : il aide chacun à se repérer et à circuler en sécurité.',
        },
        {
          id: 'f',
          texte: 'Des tâches variées réservées aux travailleurs les plus rapides',
          feedback: 'Non : réserver la variété aux plus rapides prive les autres d’occasions d’apprendre.',
        },
      ],
      reponses: ['a', 'b', 'd', 'e'],
      explication:
        'La RBPP de l’ANESM (2013) « Adaptation de l’accompagnement aux attentes et besoins des travailleurs handicapés en ESAT » cite pictogrammes, consignes visuelles, alternance de tâches plus ou moins fatigantes, temps de pause et marquage des circulations.',
      source: 'ANESM, RBPP « Adaptation de l’accompagnement aux attentes et besoins des travailleurs handicapés en ESAT » (2013)',
    }),
    texteATrous({
      id: 'adapter-le-travail',
      enonce: 'Complétez ces deux principes qui guident l’adaptation des postes en ESAT.',
      criteres: ['B1.C5.CR2'],
      texte:
        'Parmi les neuf principes généraux de prévention, le code du travail demande d’adapter le [[travail]] à l’homme. En ESAT, l’ANESM recommande des consignes [[visuelles]] et l’[[alternance]] de tâches plus ou moins fatigantes.',
      trous: {
        travail: {
          acceptees: ['travail'],
          feedback: 'C’est le travail qui s’adapte à la personne, et non l’inverse (C. trav. art. L4121-2).',
        },
        visuelles: {
          acceptees: ['visuelles', 'visuelle', 'imagées', 'illustrées'],
          feedback: 'Des consignes visuelles (pictogrammes, photos) rendent l’information accessible sans lecture.',
        },
        alternance: {
          acceptees: ['alternance', 'rotation'],
          feedback: 'L’alternance de tâches plus ou moins fatigantes limite la fatigue.',
        },
      },
      explication:
        '« Adapter le travail à l’homme » est l’un des neuf principes généraux de prévention (C. trav. art. L4121-2). La RBPP ANESM de 2013 sur les ESAT le décline : consignes visuelles, pictogrammes, alternance des tâches, pauses.',
      source: 'C. trav. art. L4121-2 ; ANESM, RBPP ESAT (2013)',
    }),
    choixUnique({
      id: 'consigne-falc',
      enonce:
        'Vous préparez la fiche de consigne du poste de remplissage des coffrets. Quelle formulation respecte le mieux les règles du facile à lire et à comprendre ?',
      criteres: ['B1.C5.CR2'],
      options: [
        {
          id: 'a',
          texte: '« Je prends 1 coffret. Je mets 3 savons. Je ferme le coffret. » avec une photo par geste',
          feedback: 'Oui : une idée par phrase, des mots courants, des chiffres, une image par geste.',
        },
        {
          id: 'b',
          texte: '« Il convient de procéder au remplissage du coffret après vérification de la référence. » avec un schéma',
          feedback: 'Même avec un schéma, la phrase est longue, abstraite et impersonnelle : c’est l’inverse du facile à lire.',
        },
        {
          id: 'c',
          texte: '« Ne pas oublier de ne pas fermer le coffret avant d’avoir mis les savons. »',
          feedback: 'La double négation rend la consigne très difficile à comprendre.',
        },
        {
          id: 'd',
          texte: '« Remplir les coffrets selon la procédure habituelle de l’atelier, sans dépasser la cadence. »',
          feedback: 'Cette consigne suppose que la personne connaît déjà la procédure : elle n’apprend rien à qui débute.',
        },
      ],
      reponse: 'a',
      explication:
        'Les règles européennes du facile à lire et à comprendre (Inclusion Europe, 2009) demandent des phrases courtes, une idée par phrase, des mots de tous les jours, des nombres en chiffres et des images. La fiche se teste avec les travailleurs.',
      source: 'Inclusion Europe, règles FALC (2009) ; ANESM, RBPP ESAT (2013)',
    }),
    vraiFaux({
      id: 'diagnostic-avant-adaptation',
      enonce:
        'Nassim arrive à l’atelier espaces verts. Son dossier ne mentionne pas son diagnostic médical. Tant que vous ne le connaissez pas, vous ne pouvez pas adapter son poste.',
      criteres: ['B1.C5.CR2'],
      reponse: false,
      feedback: {
        vrai: 'Non : le diagnostic dit peu de chose sur ce que Nassim peut faire à un poste donné, et deux personnes avec le même diagnostic ont des besoins différents. Si une précaution compte pour sa sécurité, l’équipe vous la transmet sans vous livrer le diagnostic.',
        faux: 'Exact : vous partez de ce que la tâche demande et de ce qui aide Nassim, ce que l’observation au poste et l’échange avec lui vous apprennent.',
      },
      explication:
        'La loi n° 2005-102 définit le handicap comme une limitation d’activité ou une restriction de participation subie dans son environnement : il se manifeste dans une situation. L’adaptation part donc de la situation de travail, observée et discutée avec la personne, pas d’une étiquette médicale.',
      source: 'Loi n° 2005-102, art. 2 ; CASF art. L114 ; leçon Accompagner au quotidien, § Partir de la situation, pas du diagnostic',
    }),
    // ---------------------------------------------------------------- B1.C5.CR3
    choixMultiples({
      id: 'signes-mal-etre',
      enonce:
        'Lesquels de ces éléments doivent attirer votre attention comme des signes possibles de fatigue ou de mal-être ?',
      criteres: ['B1.C5.CR3'],
      options: [
        {
          id: 'a',
          texte: 'Sami, d’habitude très régulier, fait depuis trois jours des erreurs qu’il ne faisait plus.',
          feedback: 'Oui : un changement par rapport à l’habitude de la personne est le premier signe à repérer.',
        },
        {
          id: 'b',
          texte: 'Nora, d’habitude bavarde, travaille en silence et mange seule depuis lundi.',
          feedback: 'Oui : le retrait, chez une personne d’habitude sociable, mérite que vous alliez vers elle.',
        },
        {
          id: 'c',
          texte: 'Marc a toujours préféré travailler seul, au calme, depuis son arrivée il y a deux ans.',
          feedback: 'Non : c’est sa façon habituelle de travailler, pas un changement. Rien n’indique un mal-être.',
        },
        {
          id: 'd',
          texte: 'Jade répète « je suis nulle, à quoi bon » en rangeant son poste.',
          feedback: 'Oui : ces paroles de dévalorisation se prennent au sérieux et appellent une écoute.',
        },
        {
          id: 'e',
          texte: 'Théo a un handicap psychique connu de l’équipe et un suivi régulier à l’hôpital.',
          feedback: 'Non : un handicap n’est pas un signe de mal-être. Ce qui compte, ce sont les changements observés.',
        },
      ],
      reponses: ['a', 'b', 'd'],
      explication:
        'Le repère principal est un changement par rapport à ce qui est habituel pour la personne, dans le travail, le corps, la relation, la présence ou les paroles. Une caractéristique stable ou un handicap ne sont pas des signes.',
      source: 'Leçon Accompagner au quotidien, § Les signes qui doivent vous alerter',
    }),
    choixUnique({
      id: 'malaise-en-cuisine',
      enonce:
        'Cuisine de l’ESAT, 11 h 15, en plein service. Nadia est pâle, se tient au plan de travail et dit avoir la tête qui tourne. Que faites-vous d’abord ?',
      criteres: ['B1.C5.CR3'],
      options: [
        {
          id: 'a',
          texte: 'Vous lui proposez de finir les dix dernières assiettes, puis d’aller se reposer.',
          feedback: 'Non : un malaise en cuisine, près des sources de chaleur et des couteaux, passe avant le service.',
        },
        {
          id: 'b',
          texte: 'Vous l’asseyez à l’écart de la chaleur et suivez la procédure d’urgence.',
          feedback:
            'Oui : mettre la personne en sécurité et suivre la procédure de l’établissement vient en premier ; le service s’organise ensuite.',
        },
        {
          id: 'c',
          texte: 'Vous la faites raccompagner au bus pour qu’elle rentre se reposer chez elle.',
          feedback: 'Non : la laisser partir alors qu’elle a un malaise la met en danger, et personne n’a évalué son état.',
        },
        {
          id: 'd',
          texte: 'Vous prévenez d’abord son éducateur référent, qui connaît bien sa situation.',
          feedback: 'La transmission viendra, mais après la mise en sécurité : l’urgence est sa santé.',
        },
      ],
      reponse: 'b',
      explication:
        'Face à un malaise ou un danger, le moniteur met d’abord la personne en sécurité et applique la procédure d’urgence de l’établissement ; il transmet ensuite les faits à l’équipe.',
      source: 'Leçon Accompagner au quotidien, § Que faire quand vous repérez un signe',
    }),
    choixUnique({
      id: 'mesure-bien-etre-collective',
      enonce:
        'Au conditionnement, plusieurs travailleurs se plaignent du dos après les longues séances de mise en carton. Quelle proposition favorise le mieux leur bien-être ?',
      criteres: ['B1.C5.CR3'],
      options: [
        {
          id: 'a',
          texte: 'Accélérer la cadence pour finir la commande plus tôt et libérer l’après-midi.',
          feedback: 'Accélérer augmente la contrainte physique : la douleur risque de s’aggraver.',
        },
        {
          id: 'b',
          texte: 'Leur rappeler les bons gestes de port de charge lors d’un court temps de formation.',
          feedback:
            'Les bons gestes aident, mais ils laissent intacte l’organisation qui cause la douleur : c’est le travail qu’il faut d’abord adapter.',
        },
        {
          id: 'c',
          texte: 'Leur conseiller des étirements à faire chez eux, le soir, pour soulager le dos.',
          feedback:
            'Les étirements peuvent aider, mais renvoyer la solution à chacun, hors du travail, laisse intacte l’organisation du poste qui cause la douleur.',
        },
        {
          id: 'd',
          texte: 'Construire avec eux une rotation des postes et des pauses, à proposer au chef d’atelier.',
          feedback:
            'Oui : une mesure collective, construite avec les personnes et portée au bon niveau, répond à la plainte. Elle peut aussi être discutée en instance mixte.',
        },
      ],
      reponse: 'd',
      explication:
        'La Fiche Métier confie au moniteur la proposition de mesures favorisant le bien-être. Adapter le travail à l’homme est un principe général de prévention (C. trav. art. L4121-2) ; pour une difficulté collective, la rotation, les pauses et l’alternance des tâches sont recommandées (ANESM 2013) ; l’instance mixte (décret n° 2022-1561) traite la qualité de vie au travail.',
      source: 'C. trav., art. L4121-2 ; Fiche Métier CPNE-FP 2024 ; ANESM, RBPP ESAT (2013)',
    }),
    vraiFaux({
      id: 'signe-isole',
      enonce:
        'Lison, d’habitude bavarde, a travaillé en silence toute la matinée. Ce seul signe suffit pour conclure qu’elle va mal et pour demander au psychologue de la recevoir.',
      criteres: ['B1.C5.CR3'],
      reponse: false,
      feedback: {
        vrai: 'Non : un signe isolé ne prouve rien. Il justifie d’être attentif et d’aller vers Lison pour lui demander comment elle va, pas de conclure à sa place.',
        faux: 'Exact : un signe isolé appelle votre attention et une question à Lison. C’est l’accumulation ou la durée des signes, et ce qu’elle vous dit, qui orientent la suite.',
      },
      explication:
        'Le repère est un changement par rapport aux habitudes de la personne. Un signe isolé ne suffit pas à conclure : le moniteur observe, va vers la personne, l’écoute, puis transmet les faits si la situation le justifie.',
      source: 'Leçon Accompagner au quotidien, § Les signes qui doivent vous alerter',
    }),
    choixUnique({
      id: 'confidence-jules',
      enonce:
        'Menuiserie, 16 h. En rangeant, Jules vous dit à voix basse : « De toute façon, je sers à rien. J’en ai marre de tout. Mais ne le dites à personne. » Quelle réponse est la plus juste ?',
      criteres: ['B1.C5.CR3'],
      options: [
        {
          id: 'a',
          texte: 'Vous le rassurez : « Vous êtes un très bon menuisier », et lui proposez une pause.',
          feedback:
            'Rassurer part d’une bonne intention, mais cela minimise ce qu’il dit et clôt la discussion trop vite.',
        },
        {
          id: 'b',
          texte: 'Vous l’écoutez et lui dites que vous allez en parler au psychologue aujourd’hui.',
          feedback:
            'Oui : ces paroles se prennent au sérieux. Vous ne promettez pas le secret, vous expliquez à qui vous parlerez et pourquoi, et vous lui proposez d’être présent s’il le veut.',
        },
        {
          id: 'c',
          texte: 'Vous lui promettez le secret, pour qu’il garde confiance et continue de vous parler.',
          feedback:
            'Garder pour vous des paroles de désespoir laisse Jules seul et vous aussi. Le secret ne couvre pas un risque pour la personne.',
        },
        {
          id: 'd',
          texte: 'Vous notez ses paroles dans son dossier pour la réunion d’équipe de jeudi.',
          feedback:
            'La trace écrite est utile, mais attendre la réunion est trop tard : ces paroles appellent une réponse rapide et une parole à Jules.',
        },
      ],
      reponse: 'b',
      explication:
        'Des paroles de désespoir se prennent toujours au sérieux : écouter, ne pas promettre le secret, prévenir sans attendre le professionnel désigné par l’établissement, en disant à la personne ce que l’on va faire.',
      source: 'Leçon Accompagner au quotidien, § Que faire quand vous repérez un signe',
    }),
  ],
});
