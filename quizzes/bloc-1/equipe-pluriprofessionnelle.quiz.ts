import { association, choixMultiples, choixUnique, defineQuiz, ordre, texteATrous, vraiFaux } from '#auteur';

export default defineQuiz({
  id: 'equipe-pluriprofessionnelle',
  titre: 'Coopérer dans l’équipe pluriprofessionnelle',
  description:
    'Le bon interlocuteur, des transmissions factuelles, le partage d’informations et le secret professionnel, les outils numériques : dix-huit questions.',
  bloc: 'B1',
  questions: [
    // ---------------------------------------------------------------- B1.C8.CR1
    association({
      id: 'bon-interlocuteur',
      enonce: 'Associez chaque situation au professionnel à solliciter en priorité (repères généraux, à adapter à l’organisation de votre établissement).',
      criteres: ['B1.C8.CR1'],
      gauche: [
        {
          id: 'g1',
          texte: 'Yanis voudrait découvrir le travail dans une jardinerie.',
          feedback: 'Les stages, mises en situation et liens avec les entreprises relèvent du chargé d’insertion professionnelle.',
        },
        {
          id: 'g2',
          texte: 'Un client demande un devis pour une nouvelle prestation de nettoyage.',
          feedback: 'Les devis et la relation commerciale relèvent des services supports, ici le service commercial.',
        },
        {
          id: 'g3',
          texte: 'Sophie n’arrive plus à venir à l’heure depuis qu’elle a dû changer de logement.',
          feedback: 'Les questions de vie hors du travail (logement, transports) relèvent de l’accompagnement social et éducatif.',
        },
        {
          id: 'g4',
          texte: 'Une commande urgente oblige à réorganiser les postes de deux ateliers.',
          feedback: 'L’organisation de la production et ses priorités relèvent du chef d’atelier ou du responsable de production.',
        },
      ],
      droite: [
        { id: 'd1', texte: 'Chargé d’insertion professionnelle' },
        { id: 'd2', texte: 'Service commercial' },
        { id: 'd3', texte: 'Éducateur ou éducatrice' },
        { id: 'd4', texte: 'Chef d’atelier ou responsable de production' },
        { id: 'd5', texte: 'Le client lui-même' },
      ],
      paires: { g1: 'd1', g2: 'd2', g3: 'd3', g4: 'd4' },
      explication:
        'La Fiche Métier situe le moniteur parmi les équipes techniques, les services supports (commerciaux, comptabilité) et les services d’accompagnement (éducateurs, psychologues, chargés d’insertion), sous la responsabilité d’un chef d’atelier ou d’un responsable de production.',
      source: 'Fiche Métier CPNE-FP 2024 (interlocuteurs internes)',
    }),
    choixUnique({
      id: 'client-change-prix',
      enonce:
        'Lors d’une prestation d’entretien des locaux, le responsable du site client vous demande d’avancer la prochaine intervention et de baisser le prix « puisque vous êtes là ». Que faites-vous ?',
      criteres: ['B1.C8.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Vous acceptez d’avancer la date et promettez un geste sur le prix, pour garder ce client.',
          feedback: 'Le prix et le calendrier engagent l’établissement : ce n’est pas au moniteur d’en décider seul sur place.',
        },
        {
          id: 'b',
          texte: 'Vous notez sa demande, lui dites qui lui répondra et la transmettez à votre chef d’atelier.',
          feedback:
            'Oui : vous restez courtois, vous ne vous engagez pas à la place de l’établissement et vous orientez vers le bon interlocuteur.',
        },
        {
          id: 'c',
          texte: 'Vous lui répondez que les prix ne vous regardent pas et reprenez la prestation.',
          feedback: 'Vous ne vous engagez pas, c’est juste, mais la demande reste sans suite : le client n’a pas de réponse et l’établissement n’est pas informé.',
        },
        {
          id: 'd',
          texte: 'Vous accordez une petite remise, que vous signalerez ensuite à votre chef d’atelier.',
          feedback: 'Prévenir après coup ne change rien : la remise engage déjà l’établissement, et ce n’est pas à vous de la décider.',
        },
      ],
      reponse: 'b',
      explication:
        'Avec l’extérieur, le moniteur est le plus souvent en lien par l’intermédiaire de l’équipe pluriprofessionnelle ou de sa hiérarchie (Fiche Métier). Ce qui engage l’établissement (prix, calendrier) se décide par la hiérarchie et les services concernés : le moniteur accueille la demande et la transmet au bon interlocuteur.',
      source: 'Fiche Métier CPNE-FP 2024 (relations externes) ; leçon Équipe pluriprofessionnelle, § Les interlocuteurs du moniteur',
    }),
    vraiFaux({
      id: 'partenariats-seul',
      enonce:
        'Pendant un chantier hors les murs, le gérant d’une jardinerie vous propose d’accueillir chaque année des travailleurs en stage. Rechercher des partenariats fait partie de votre rôle : vous pouvez donc conclure vous-même cet accord au nom de l’ESAT.',
      criteres: ['B1.C8.CR1'],
      reponse: false,
      feedback: {
        vrai: 'Non : vous recherchez des partenariats, mais sous la responsabilité des responsables de l’établissement, qui seuls l’engagent. Vous transmettez la proposition à votre hiérarchie et au chargé d’insertion.',
        faux: 'Exact : vous accueillez la proposition, vous la transmettez, et c’est la direction qui décide de s’engager.',
      },
      explication:
        'La Fiche Métier précise que le moniteur « recherche des partenariats pour le parcours des personnes sous la responsabilité des responsables pour l’établissement ». Ce qui engage l’établissement, comme un partenariat durable, relève de la direction.',
      source: 'Fiche Métier CPNE-FP 2024 (responsabilité et autonomie) ; leçon Équipe pluriprofessionnelle, § Votre place et vos responsabilités',
    }),
    choixMultiples({
      id: 'responsabilites-moniteur',
      enonce: 'D’après la Fiche Métier, lesquelles de ces responsabilités reviennent au moniteur d’atelier ?',
      criteres: ['B1.C8.CR1'],
      options: [
        {
          id: 'a',
          texte: 'La relation quotidienne avec les personnes accompagnées',
          feedback: 'Oui : la Fiche Métier le dit responsable de cette relation quotidienne.',
        },
        {
          id: 'b',
          texte: 'L’atteinte des objectifs journaliers de production, dans le respect des règles de sécurité',
          feedback: 'Oui : c’est sa responsabilité dans le domaine de la production.',
        },
        {
          id: 'c',
          texte: 'La décision d’orientation d’une personne vers l’ESAT',
          feedback: 'Non : l’orientation est décidée par la CDAPH, au sein de la MDPH.',
        },
        {
          id: 'd',
          texte: 'L’organisation des séquences d’apprentissage sur le lieu de production',
          feedback: 'Oui : la Fiche Métier l’en rend responsable.',
        },
        {
          id: 'e',
          texte: 'Le diagnostic du handicap d’une personne',
          feedback: 'Non : poser un diagnostic n’est pas le rôle du moniteur ; il part de la situation de travail.',
        },
      ],
      reponses: ['a', 'b', 'd'],
      explication:
        'La Fiche Métier rend le moniteur responsable de la relation quotidienne, des objectifs journaliers de production dans le respect de la sécurité, et des séquences d’apprentissage sur le lieu de production. L’orientation relève de la CDAPH.',
      source: 'Fiche Métier CPNE-FP 2024 (responsabilité et autonomie) ; CASF art. L344-2',
    }),
    choixUnique({
      id: 'reunion-synthese',
      enonce:
        'En réunion d’équipe, l’éducatrice dit que Kevin est « en échec à l’atelier ». Vos observations datées montrent des progrès nets sur deux tâches de menuiserie. Que faites-vous ?',
      criteres: ['B1.C8.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Vous ne dites rien : le suivi de Kevin relève de l’éducatrice, pas de vous.',
          feedback: 'Votre regard sur le travail est unique dans l’équipe : le taire prive l’équipe d’une information utile.',
        },
        {
          id: 'b',
          texte: 'Vous la contredisez devant tous : c’est vous qui voyez Kevin travailler chaque jour.',
          feedback: 'Disqualifier une collègue nuit à la coopération. Son regard porte sur d’autres aspects de la vie de Kevin.',
        },
        {
          id: 'c',
          texte: 'Vous présentez vos observations datées et demandez sur quoi elle fonde son constat.',
          feedback:
            'Oui : vous apportez votre regard spécifique, appuyé sur des faits, et vous cherchez à comprendre le sien. Les deux se complètent.',
        },
      ],
      reponse: 'c',
      explication:
        'Dans l’équipe pluriprofessionnelle, chacun apporte son regard. Celui du moniteur porte sur le travail quotidien ; présenté sous forme d’observations datées, il complète celui des autres professionnels, sans le remplacer.',
      source: 'Fiche Métier CPNE-FP 2024 ; leçon Équipe pluriprofessionnelle, § Votre place et vos responsabilités',
    }),
    // ---------------------------------------------------------------- B1.C8.CR2
    choixMultiples({
      id: 'phrases-transmission',
      enonce: 'Lesquelles de ces phrases ont leur place dans une note de transmission sur Paul ?',
      criteres: ['B1.C8.CR2'],
      options: [
        {
          id: 'a',
          texte: '10 h 20 : Paul a quitté son poste deux fois, environ 5 minutes chaque fois.',
          feedback: 'Oui : un fait observé, daté et précis.',
        },
        {
          id: 'b',
          texte: 'Paul a dit : « J’ai mal à la tête depuis ce matin. »',
          feedback: 'Oui : ses paroles, entre guillemets, sans interprétation.',
        },
        {
          id: 'c',
          texte: 'Paul est encore dans un mauvais jour, comme d’habitude.',
          feedback: 'Non : « encore » et « comme d’habitude » enferment Paul dans une étiquette et ne décrivent rien.',
        },
        {
          id: 'd',
          texte: 'Paul fait exprès de ralentir pour ne pas travailler.',
          feedback: 'Non : c’est une intention prêtée à Paul, présentée comme un fait. Personne ne peut le vérifier.',
        },
        {
          id: 'e',
          texte: 'Proposition : faire le point avec lui demain à 9 h.',
          feedback: 'Oui : une proposition pour la suite rend la transmission utile.',
        },
      ],
      reponses: ['a', 'b', 'e'],
      explication:
        'Une transmission sépare les faits observés, les paroles de la personne, une éventuelle hypothèse présentée comme telle, ce qui a été fait et ce qui est proposé. Jugements et intentions prêtées n’y ont pas leur place.',
      source: 'Leçon Équipe pluriprofessionnelle, § Des faits, pas des étiquettes',
    }),
    choixUnique({
      id: 'meilleure-note',
      enonce: 'Vendredi, en restauration collective, Léna a jeté son tablier et quitté la cuisine. Quelle note de transmission est la plus utile ?',
      criteres: ['B1.C8.CR2'],
      options: [
        {
          id: 'a',
          texte: '« Léna a fait une crise de colère, comme souvent. Elle est ingérable en période de rush. »',
          feedback: 'Ce sont des jugements : aucun fait, aucune parole, rien sur ce qui a été fait ni sur la suite.',
        },
        {
          id: 'b',
          texte: '« Léna est partie. À surveiller. »',
          feedback: 'Trop bref : on ne sait ni quand, ni pourquoi, ni ce qui a été fait, ni quoi surveiller.',
        },
        {
          id: 'c',
          texte: '« 11 h 40 : Léna a jeté son tablier et dit "Je n’y arrive plus, c’est trop rapide". Je l’ai rejointe ; elle a repris à 12 h au poste desserts, qu’elle a choisi. Point prévu lundi avec elle. »',
          feedback: 'Oui : heure, geste, paroles entre guillemets, action menée avec elle, suite prévue.',
        },
        {
          id: 'd',
          texte: '« Léna a des problèmes personnels en ce moment, à mon avis, c’est pour ça qu’elle craque. »',
          feedback: 'C’est une interprétation sur sa vie privée, présentée comme une explication : elle n’aide pas à agir et peut blesser.',
        },
      ],
      reponse: 'c',
      explication:
        'Une transmission utile est factuelle, datée, cite les paroles de la personne, dit ce qui a été fait et ce qui est prévu. Elle s’écrit comme si la personne allait la lire.',
      source: 'Leçon Équipe pluriprofessionnelle, § Exemple : deux versions d’une même note',
    }),
    ordre({
      id: 'structure-transmission',
      enonce:
        'Vous rédigez la note de transmission d’un incident survenu ce matin à l’atelier menuiserie. Remettez ses éléments dans l’ordre.',
      criteres: ['B1.C8.CR2'],
      etapes: [
        {
          id: 'e1',
          texte: 'Date, heure, lieu et nom de l’auteur',
          feedback: 'Le cadre permet au lecteur de situer la note et de savoir à qui poser une question.',
        },
        {
          id: 'e2',
          texte: 'Les faits observés et les paroles de la personne, entre guillemets',
          feedback: 'Ce que vous avez vu et entendu, précisément, avec ses mots.',
        },
        {
          id: 'e3',
          texte: 'Ce que vous avez fait sur le moment',
          feedback: 'La réponse apportée sur le moment.',
        },
        {
          id: 'e4',
          texte: 'Ce qui s’est passé ensuite',
          feedback: 'L’effet de votre réponse aide l’équipe à juger de ce qui marche.',
        },
        {
          id: 'e5',
          texte: 'Ce que vous proposez pour la suite',
          feedback: 'La proposition rend la note utile à l’équipe.',
        },
      ],
      explication:
        'Une transmission pose d’abord le cadre, suit ensuite le fil des événements (faits et paroles, votre réponse, ce qui s’est passé ensuite) et se termine par une proposition. Une interprétation éventuelle se présente comme une hypothèse. La personne sait que la note existe et qui la lira.',
      source: 'Leçon Équipe pluriprofessionnelle, § Exemple : deux versions d’une même note',
    }),
    vraiFaux({
      id: 'agressive-plus-court',
      enonce:
        'En fin de journée, pressé, vous écrivez dans le dossier de Lina : « Lina a été agressive avec Paul au poste d’emballage. » Cette note suffit : elle est brève, datée par le logiciel et dit l’essentiel.',
      criteres: ['B1.C8.CR2'],
      reponse: false,
      feedback: {
        vrai: 'Non : « agressive » est une interprétation. Le lecteur ne sait ni ce que Lina a fait ou dit, ni ce qui s’est passé avant, ni ce que vous avez fait ; et le mot lui colle une étiquette.',
        faux: 'Exact : décrivez les gestes et les paroles (« a crié », « a jeté le rouleau d’adhésif »), l’heure, ce que vous avez fait et ce que vous proposez. C’est plus utile et plus respectueux.',
      },
      explication:
        'La brièveté ne doit pas sacrifier les faits. Une transmission décrit ce qui a été vu et entendu, ce qui a été fait et ce qui est proposé ; les qualificatifs (« agressive », « insupportable ») sont des jugements qui n’aident pas à agir et que la personne pourrait lire.',
      source: 'Leçon Équipe pluriprofessionnelle, § Des faits, pas des étiquettes',
    }),
    texteATrous({
      id: 'regles-transmission',
      enonce:
        'Un collègue a écrit dans le dossier : « Lina, insupportable, a encore piqué une crise. » Il vous demande comment mieux faire. Complétez vos conseils.',
      criteres: ['B1.C8.CR2'],
      texte:
        'Au lieu d’écrire « insupportable », décrivez les [[faits]] : ce que vous avez vu, à quelle heure, où. Citez les [[paroles]] de Lina entre guillemets. Si vous pensez que le bruit l’a gênée, présentez-le comme une [[hypothese]], pas comme une certitude. Et écrivez comme si Lina allait [[lire]] votre note.',
      trous: {
        faits: {
          acceptees: ['faits', 'fait', 'faits observés', 'faits observes', 'observations'],
          feedback: 'Des faits observés, datés, pas des jugements.',
        },
        paroles: {
          acceptees: ['paroles', 'mots', 'propos', 'mots exacts'],
          feedback: 'Ses mots exacts, sans reformulation.',
        },
        hypothese: {
          acceptees: ['hypothèse', 'hypothese', 'supposition', 'piste'],
          feedback: 'Une interprétation se présente comme une hypothèse, pas comme un fait.',
        },
        lire: {
          acceptees: ['lire', 'relire'],
          feedback: 'Ce repère aide à choisir des mots respectueux : la personne peut avoir accès à ce qui est écrit sur elle.',
        },
      },
      explication:
        'Factuelle, utile, respectueuse : une transmission sépare faits, paroles et hypothèses, bannit les jugements (« insupportable ») et les mots qui enferment (« encore »), et s’écrit comme si la personne la lisait.',
      source: 'Leçon Équipe pluriprofessionnelle, § Des faits, pas des étiquettes',
    }),
    // ---------------------------------------------------------------- B1.C8.CR3
    choixUnique({
      id: 'client-curieux',
      enonce:
        'Chez un client où votre équipe fait l’entretien des locaux, la responsable vous demande : « Qu’est-ce qu’il a, exactement, Julien ? Il est malade ? » Que répondez-vous ?',
      criteres: ['B1.C8.CR3'],
      options: [
        {
          id: 'a',
          texte: 'Vous expliquez son handicap, pour qu’elle comprenne mieux son comportement.',
          feedback: 'Les informations de santé de Julien lui appartiennent : les partager avec un client est une atteinte à sa vie privée.',
        },
        {
          id: 'b',
          texte: 'Vous lui conseillez de poser la question à Julien directement.',
          feedback: 'Cela met Julien en difficulté face à une question intrusive, au lieu de le protéger.',
        },
        {
          id: 'c',
          texte: 'Vous répondez sur le travail : Julien comprend mieux quand on lui montre le geste, et vous restez son interlocuteur.',
          feedback:
            'Oui : vous donnez une information utile au travail, sans rien dire de sa santé. Vérifiez avec Julien qu’il est d’accord pour qu’on dise cela.',
        },
        {
          id: 'd',
          texte: 'Vous refusez de parler de votre équipe avec le client.',
          feedback: 'Un refus total complique la relation : le client a besoin de savoir comment travailler avec l’équipe, pas de connaître sa santé.',
        },
      ],
      reponse: 'c',
      explication:
        'Avec l’extérieur, rien de personnel ne se partage sans l’accord de la personne. On répond sur le travail (ce qui aide), jamais sur la santé ou le diagnostic.',
      source: 'Leçon Équipe pluriprofessionnelle, § Avec l’extérieur',
    }),
    choixMultiples({
      id: 'conditions-partage',
      enonce:
        'Sarah, travailleuse de l’atelier, vous a confié qu’elle traverse une séparation difficile qui la fatigue. Vous pensez en parler dans l’équipe. Quelles conditions ce partage doit-il remplir ?',
      criteres: ['B1.C8.CR3'],
      options: [
        {
          id: 'a',
          texte: 'L’information est nécessaire à son accompagnement.',
          feedback: 'Oui : on partage ce qui sert l’accompagnement, pas ce qui est simplement intéressant.',
        },
        {
          id: 'b',
          texte: 'Elle est partagée avec les professionnels qui participent à cet accompagnement.',
          feedback: 'Oui : pas avec toute l’équipe par principe, mais avec ceux qui en ont besoin.',
        },
        {
          id: 'c',
          texte: 'Sarah sait ce qui est partagé, avec qui et pourquoi.',
          feedback: 'Oui : l’informer respecte son droit sur les informations qui la concernent.',
        },
        {
          id: 'd',
          texte: 'Tous les collègues de l’atelier sont informés, par souci de transparence.',
          feedback: 'Non : la transparence ne justifie pas de partager plus que nécessaire.',
        },
        {
          id: 'e',
          texte: 'On en parle de préférence dans un moment informel, au self ou dans le couloir.',
          feedback: 'Non : ces lieux exposent l’information à des personnes qui n’ont pas à la connaître.',
        },
      ],
      reponses: ['a', 'b', 'c'],
      explication:
        'Le partage entre professionnels est nécessaire mais encadré : information nécessaire, limitée à ce qui est utile, partagée avec les professionnels qui accompagnent, et connue de la personne. Les règles précises figurent dans la loi et dans les procédures de l’établissement.',
      source: 'Leçon Équipe pluriprofessionnelle, § Partager l’information sans trahir la personne',
    }),
    vraiFaux({
      id: 'secret-et-violences',
      enonce:
        'Une travailleuse vous confie qu’elle subit des violences et vous demande de ne rien dire. Le secret professionnel vous oblige à garder cette information pour vous.',
      criteres: ['B1.C8.CR3'],
      reponse: false,
      feedback: {
        vrai: 'Non : le secret protège la personne, il ne peut pas servir à la laisser en danger. Vous lui dites que vous devez en parler, à qui et pourquoi, et vous suivez la procédure de l’établissement.',
        faux: 'Exact : vous ne promettez pas le silence. Vous l’informez que vous devez en parler, à qui et pourquoi, et vous suivez la procédure de l’établissement.',
      },
      explication:
        'Le secret professionnel protège la personne ; il ne peut pas servir à la laisser en danger. Face à des violences, le moniteur écoute sans enquêter, ne promet pas le silence, dit à la personne ce qu’il va faire et transmet selon la procédure de signalement de l’établissement. La maltraitance est définie au CASF, art. L119-1.',
      source: 'Leçon Équipe pluriprofessionnelle, § Les limites du secret ; leçon Relation éthique, § Ce que vous faites ; CASF art. L119-1',
    }),
    choixUnique({
      id: 'collegue-curieux',
      enonce:
        'Au déjeuner, un collègue moniteur d’un autre atelier vous demande pourquoi Sabrina a été absente toute la semaine. Vous savez qu’elle a été hospitalisée. Que répondez-vous ?',
      criteres: ['B1.C8.CR3'],
      options: [
        {
          id: 'a',
          texte: 'Vous lui dites qu’elle a été hospitalisée, puisqu’il fait partie de l’équipe.',
          feedback: 'Faire partie de l’établissement ne suffit pas : il n’accompagne pas Sabrina et n’a pas besoin de cette information.',
        },
        {
          id: 'b',
          texte: 'Vous lui dites qu’elle était absente et lui demandez s’il en a besoin pour organiser son travail.',
          feedback:
            'Oui : vous partez de son besoin professionnel. S’il doit ajuster un planning, les dates d’absence suffisent.',
        },
        {
          id: 'c',
          texte: 'Vous évoquez vos hypothèses sur ce qui a pu se passer.',
          feedback: 'Des suppositions sur la santé d’une personne, au self, cumulent deux problèmes : le lieu et des propos non vérifiés.',
        },
      ],
      reponse: 'b',
      explication:
        'Avant de partager, trois questions : à qui, pourquoi, quoi exactement. Un collègue qui n’accompagne pas la personne n’a besoin, au plus, que de l’information utile à son propre travail.',
      source: 'Leçon Équipe pluriprofessionnelle, § Le principe',
    }),
    // ---------------------------------------------------------------- B1.C8.CR4
    choixMultiples({
      id: 'bonnes-pratiques-numeriques',
      enonce: 'Quelles pratiques relèvent d’un usage rigoureux des outils numériques de l’établissement ?',
      criteres: ['B1.C8.CR4'],
      options: [
        {
          id: 'a',
          texte: 'Verrouiller sa session dès que l’on quitte l’écran.',
          feedback: 'Oui : une session ouverte donne accès aux dossiers à n’importe qui.',
        },
        {
          id: 'b',
          texte: 'Utiliser uniquement ses propres identifiants.',
          feedback: 'Oui : chaque écrit doit pouvoir être attribué à son auteur.',
        },
        {
          id: 'c',
          texte: 'Écrire dans le dossier de la personne le jour même.',
          feedback: 'Oui : une note écrite le jour même est plus exacte et disponible pour la relève.',
        },
        {
          id: 'd',
          texte: 'Envoyer aux collègues, depuis son téléphone personnel, des photos des travailleurs à leur poste.',
          feedback: 'Non : les photos de personnes ne circulent pas par un téléphone personnel ; elles se prennent avec accord et selon les règles.',
        },
        {
          id: 'e',
          texte: 'Mettre le nom de la personne et son problème de santé dans l’objet d’un message.',
          feedback: 'Non : l’objet d’un message est visible partout ; il reste neutre.',
        },
      ],
      reponses: ['a', 'b', 'c'],
      explication:
        'Identifiants personnels, session verrouillée, dossier tenu à jour le jour même, messages à l’objet neutre, pas de téléphone personnel pour des photos ou des informations sur les personnes.',
      source: 'Fiche Métier CPNE-FP 2024 ; leçon Équipe pluriprofessionnelle, § Utiliser les outils numériques avec rigueur',
    }),
    choixUnique({
      id: 'conflit-planning',
      enonce:
        'En consultant le planning partagé, vous voyez que Sonia est inscrite jeudi sur une prestation hors les murs, le jour de sa réunion de projet personnalisé. Que faites-vous ?',
      criteres: ['B1.C8.CR4'],
      options: [
        {
          id: 'a',
          texte: 'Vous attendez jeudi matin pour voir ce qui est prioritaire.',
          feedback: 'Découvrir le conflit le jour même met Sonia et l’équipe en difficulté : l’un des deux rendez-vous sera manqué.',
        },
        {
          id: 'b',
          texte: 'Vous la retirez vous-même de la réunion de projet, la prestation étant déjà vendue.',
          feedback: 'Sa réunion de projet la concerne au premier chef : elle ne se supprime pas pour une prestation.',
        },
        {
          id: 'c',
          texte: 'Vous signalez le conflit à la personne qui gère le planning, puis vous prévenez Sonia du changement.',
          feedback: 'Oui : le planning est corrigé par qui en a la charge, et Sonia est informée.',
        },
      ],
      reponse: 'c',
      explication:
        'Le planning est un outil commun : on le vérifie, on signale les conflits à temps à la personne qui le gère, et on informe la personne concernée, dans une forme qu’elle peut lire.',
      source: 'Leçon Équipe pluriprofessionnelle, § Utiliser les outils numériques avec rigueur',
    }),
    vraiFaux({
      id: 'message-et-dossier',
      enonce:
        'Quand une information concerne l’accompagnement d’une personne, un message envoyé par la messagerie interne ne remplace pas l’écrit dans son dossier.',
      criteres: ['B1.C8.CR4'],
      reponse: true,
      feedback: {
        vrai: 'Exact : la messagerie sert à prévenir et organiser ; la trace de l’accompagnement se trouve dans le dossier de la personne.',
        faux: 'Si : un message se perd dans une boîte et n’est lu que par ses destinataires. Ce qui concerne l’accompagnement s’écrit au dossier.',
      },
      explication:
        'Chaque outil a son usage : la messagerie pour prévenir, le planning pour organiser, le dossier de la personne pour garder la trace de l’accompagnement et la partager avec les professionnels concernés.',
      source: 'Leçon Équipe pluriprofessionnelle, § Utiliser les outils numériques avec rigueur',
    }),
    choixUnique({
      id: 'erreur-dossier',
      enonce:
        'Vous vous rendez compte que, hier, vous avez écrit une transmission dans le dossier informatisé de la mauvaise personne. Que faites-vous ?',
      criteres: ['B1.C8.CR4'],
      options: [
        {
          id: 'a',
          texte: 'Vous effacez la note discrètement et la réécrivez au bon endroit.',
          feedback: 'Effacer sans trace empêche de savoir qui a lu quoi et ce qui a été corrigé.',
        },
        {
          id: 'b',
          texte: 'Vous laissez la note : corriger attirerait l’attention sur l’erreur.',
          feedback: 'Laisser une information dans le mauvais dossier est une atteinte à la confidentialité et une source d’erreurs.',
        },
        {
          id: 'c',
          texte: 'Vous corrigez selon la procédure de l’outil, de façon visible, et prévenez votre responsable.',
          feedback: 'Oui : une correction tracée et signalée protège les deux personnes concernées et la fiabilité du dossier.',
        },
        {
          id: 'd',
          texte: 'Vous demandez à un collègue de corriger avec ses identifiants, pour aller plus vite.',
          feedback: 'Les identifiants sont personnels : la correction doit être faite et signée par l’auteur de la note.',
        },
      ],
      reponse: 'c',
      explication:
        'Dans le dossier de la personne, une erreur se corrige de façon visible, selon la procédure de l’outil, par son auteur, et se signale. On ne supprime pas sans trace.',
      source: 'Leçon Équipe pluriprofessionnelle, § Utiliser les outils numériques avec rigueur',
    }),
  ],
});
