import { association, choixMultiples, choixUnique, defineQuiz, ordre, texteATrous, vraiFaux } from '#auteur';

export default defineQuiz({
  id: 'relation-ethique',
  titre: 'Une relation d’accompagnement éthique',
  description:
    'Écoute active, communication adaptée, bientraitance, repérage et signalement de la maltraitance, dignité, intimité et confidentialité.',
  bloc: 'B1',
  questions: [
    choixUnique({
      id: 'jerome-assemblages',
      enonce:
        'Au pliage, en blanchisserie, Coralie pose une serviette et soupire : « De toute façon, c’est toujours moi qu’on reprend, je fais tout de travers. » Quelle réponse relève de l’écoute active ?',
      criteres: ['B1.C2.CR1'],
      options: [
        {
          id: 'a',
          texte: '« Mais non, vous ne faites pas tout de travers : vos serviettes sont très bien pliées. »',
          feedback:
            'Rassurer tout de suite part d’une bonne intention, mais ferme la discussion : Coralie n’a pas pu dire ce qui la gêne.',
        },
        {
          id: 'b',
          texte: '« Venez, je vous remontre le pliage pas à pas, vous verrez que ça ira beaucoup mieux. »',
          feedback:
            'Proposer une solution avant d’avoir compris le problème : la difficulté est peut-être ailleurs que dans le geste, par exemple dans la façon dont on la reprend.',
        },
        {
          id: 'c',
          texte: '« On en reparle tout à l’heure, d’accord ? Le camion de linge part dans dix minutes. »',
          feedback:
            'Remettre à plus tard peut être nécessaire, mais sans fixer de moment, Coralie comprend que ce qu’elle vit ne compte pas.',
        },
        {
          id: 'd',
          texte: '« Vous avez l’impression qu’on vous reprend souvent. Que se passe-t-il au pliage ? »',
          feedback:
            'Oui : vous reformulez ce que vous avez compris, puis une question ouverte lui permet de dire ce qui se passe et qui la reprend.',
        },
      ],
      reponse: 'd',
      explication:
        'L’écoute active cherche à comprendre avant de répondre, de rassurer ou de proposer une solution : disponibilité, reformulation, questions ouvertes, attention au non-verbal.',
      source: 'Leçon Relation éthique, § L’écoute active',
    }),
    choixMultiples({
      id: 'consigne-montree',
      enonce:
        'Amandine, en conditionnement, comprend mieux quand on lui montre. Quels gestes adaptent votre consigne pour elle ?',
      criteres: ['B1.C2.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Donner une étape à la fois, en la montrant',
          feedback: 'Oui : une étape montrée à la fois, c’est ce qui lui convient le mieux.',
        },
        {
          id: 'b',
          texte: 'Lui demander « Vous avez compris ? » après chaque étape',
          feedback:
            'Non : à cette question, on répond presque toujours oui, par politesse ou pour ne pas paraître en difficulté. Faites plutôt refaire le geste.',
        },
        {
          id: 'c',
          texte: 'Lui demander de refaire le geste devant vous',
          feedback: 'Oui : la voir refaire est la meilleure façon de vérifier qu’elle a compris.',
        },
        {
          id: 'd',
          texte: 'Répéter la même explication orale, plus lentement et plus fort',
          feedback: 'Non : si l’oral ne lui convient pas, le répéter plus fort ne change rien et peut la mettre mal à l’aise.',
        },
        {
          id: 'e',
          texte: 'Expliquer à sa voisine, qui lui répétera à sa façon',
          feedback: 'Non : on s’adresse directement à la personne. Une collègue peut aider, mais ne remplace pas votre consigne.',
        },
      ],
      reponses: ['a', 'c'],
      explication:
        'Adapter sa communication, c’est partir de la façon de comprendre de la personne : montrer, une étape à la fois, supports visuels, vérification par la pratique plutôt que par une question fermée.',
      source: 'Leçon Relation éthique, § Adapter sa communication',
    }),
    vraiFaux({
      id: 'vous-avez-compris',
      enonce: 'Demander « Vous avez compris ? » après une consigne suffit à vérifier que la personne l’a comprise.',
      criteres: ['B1.C2.CR1'],
      reponse: false,
      feedback: {
        vrai: 'À cette question, on répond presque toujours oui, par politesse ou pour ne pas paraître en difficulté. Demandez plutôt de refaire ou de redire.',
        faux: 'Exact : faire refaire le geste ou redire la consigne avec ses mots vérifie bien mieux la compréhension.',
      },
      explication:
        'La vérification de la compréhension passe par la reformulation ou la démonstration par la personne, pas par une question fermée.',
      source: 'Leçon Relation éthique, § Adapter sa communication',
    }),
    choixUnique({
      id: 'client-imprimerie',
      enonce:
        'Un client visite l’atelier d’imprimerie. Devant Kevin, il vous demande : « Il arrive à lire ce qu’il imprime ? » Que faites-vous ?',
      criteres: ['B1.C2.CR1', 'B1.C2.CR3'],
      options: [
        {
          id: 'a',
          texte: 'Vous répondez à la place de Kevin, brièvement, pour lui éviter d’être mis en difficulté.',
          feedback:
            'Répondre pour lui, c’est parler de lui à la troisième personne, devant lui : c’est justement ce qui le met mal à l’aise.',
        },
        {
          id: 'b',
          texte: 'Vous invitez le client à poser la question à Kevin, et vous laissez Kevin répondre.',
          feedback:
            'Oui : Kevin est un adulte présent, il répond pour lui-même. Vous respectez sa dignité et sa parole.',
        },
        {
          id: 'c',
          texte: 'Vous emmenez le client un peu plus loin pour lui répondre discrètement, hors de sa vue.',
          feedback:
            'La discrétion part d’une bonne intention, mais Kevin voit qu’on parle de lui sans lui, et ce n’est pas à vous de le dire.',
        },
      ],
      reponse: 'b',
      explication:
        'S’adresser directement à la personne, et ne pas parler d’elle devant elle à la troisième personne, fait partie de la communication adaptée et du respect de sa dignité.',
      source: 'Leçon Relation éthique, § Adapter sa communication',
    }),
    choixMultiples({
      id: 'situations-maltraitance',
      enonce:
        'Lesquelles de ces situations peuvent relever de la maltraitance au sens de l’article L119-1 du CASF ?',
      criteres: ['B1.C2.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Depuis des mois, le planning ne laisse aucune pause à une travailleuse qui en a besoin',
          feedback: 'Oui : c’est une maltraitance durable et institutionnelle, qui vient de l’organisation.',
        },
        {
          id: 'b',
          texte: 'Un moniteur impose les gants anti-coupure à un travailleur qui proteste',
          feedback: 'Non : c’est une règle de sécurité qui le protège ; elle s’explique, mais elle ne porte pas atteinte à ses droits.',
        },
        {
          id: 'c',
          texte: 'Un collègue appelle un travailleur « le lent », sans intention de le blesser',
          feedback: 'Oui : une parole peut être maltraitante même sans intention de nuire.',
        },
        {
          id: 'd',
          texte: 'Un moniteur refuse qu’un travailleur non formé utilise la scie circulaire',
          feedback: 'Non : c’est une mesure de protection, expliquée à la personne, qui respecte sa sécurité.',
        },
        {
          id: 'e',
          texte: 'Une monitrice refuse un changement de poste demandé, en expliquant pourquoi',
          feedback:
            'Non : une réponse négative, expliquée, est une vraie réponse. C’est l’absence durable de réponse qui pourrait devenir maltraitante.',
        },
      ],
      reponses: ['a', 'c'],
      explication:
        'Depuis la loi n° 2022-140 du 7 février 2022, l’article L119-1 du CASF définit la maltraitance : geste, parole, action ou absence d’action portant atteinte à une personne vulnérable, ponctuelle ou durable, intentionnelle ou non, individuelle, collective ou institutionnelle. Une règle de sécurité ou un refus expliqué n’en sont pas.',
      source: 'CASF, art. L119-1 ; loi n° 2022-140, art. 23',
    }),
    texteATrous({
      id: 'definition-maltraitance',
      enonce: 'Complétez la définition légale de la maltraitance (CASF, art. L119-1).',
      criteres: ['B1.C2.CR2'],
      texte:
        'La maltraitance peut être un geste, une parole, une action ou une [[absence]] d’action. Elle peut être ponctuelle ou [[durable]], intentionnelle ou non. Elle peut être individuelle, collective ou [[institutionnelle]].',
      trous: {
        absence: {
          acceptees: ['absence'],
          feedback: 'Ne pas agir (ne pas répondre à une demande, ne pas apporter une aide) peut aussi être une maltraitance.',
        },
        durable: {
          acceptees: ['durable', 'durables'],
          feedback: 'La loi vise les faits ponctuels comme les faits qui durent.',
        },
        institutionnelle: {
          acceptees: ['institutionnelle'],
          feedback: 'La maltraitance peut venir de l’organisation elle-même, et pas seulement d’une personne.',
        },
      },
      explication:
        'La loi n° 2022-140 du 7 février 2022 (art. 23) a introduit à l’article L119-1 du CASF la première définition légale de la maltraitance, valable pour toutes les personnes vulnérables.',
      source: 'CASF art. L119-1 ; loi n° 2022-140, art. 23',
    }),
    vraiFaux({
      id: 'temoin-protege',
      enonce:
        'Dans un établissement médico-social, le salarié qui relate de bonne foi des mauvais traitements infligés à une personne accueillie est protégé par la loi contre les représailles.',
      criteres: ['B1.C2.CR2'],
      reponse: true,
      feedback: {
        vrai: 'Exact : le CASF (art. L313-24) protège le salarié qui témoigne ou relate de bonne foi des mauvais traitements ; il bénéficie de la protection des lanceurs d’alerte.',
        faux: 'En fait si : la loi protège le salarié qui relate de bonne foi des mauvais traitements (CASF, art. L313-24). La peur d’une sanction ne doit pas empêcher de signaler.',
      },
      explication:
        'Le salarié d’un établissement social ou médico-social qui témoigne ou relate de bonne foi des mauvais traitements infligés à une personne accueillie bénéficie de la protection des lanceurs d’alerte (CASF, art. L313-24). Le code pénal (art. 434-3) impose d’ailleurs à quiconque en a connaissance d’informer les autorités de mauvais traitements infligés à une personne hors d’état de se protéger.',
      source: 'CASF, art. L313-24 ; code pénal, art. 434-3',
    }),
    ordre({
      id: 'confidence-vestiaire',
      enonce:
        'Une travailleuse de l’équipe d’entretien des locaux vous confie qu’un collègue la bouscule dans le vestiaire. Elle n’est pas en danger immédiat. Remettez vos actions dans l’ordre.',
      criteres: ['B1.C2.CR2'],
      etapes: [
        {
          id: 'e1',
          texte: 'L’écouter sans mettre sa parole en doute ni mener d’enquête',
          feedback: 'On commence par écouter : ce n’est pas à vous de vérifier les faits.',
        },
        {
          id: 'e2',
          texte: 'Lui dire que vous allez en parler à qui peut agir, sans promettre le secret',
          feedback: 'Vous ne pouvez pas garder le secret : dites-lui honnêtement ce que vous allez faire et à qui.',
        },
        {
          id: 'e3',
          texte: 'Après l’échange, noter ses mots et les faits datés, sans interprétation',
          feedback: 'La note factuelle, écrite juste après, garde ses mots exacts.',
        },
        {
          id: 'e4',
          texte: 'Informer le jour même votre hiérarchie selon la procédure',
          feedback: 'La transmission se fait vite, par la voie prévue par l’établissement.',
        },
        {
          id: 'e5',
          texte: 'Lui dire ce qui a été fait et rester attentif les jours suivants',
          feedback: 'Revenir vers elle montre que sa parole a compté ; votre vigilance continue.',
        },
      ],
      explication:
        'Écouter, ne pas promettre le secret, noter les faits, transmettre le jour même, revenir vers la personne. Si la personne était en danger immédiat, la protéger passerait avant tout.',
      source: 'Leçon Relation éthique, § Repérer et signaler',
    }),
    choixUnique({
      id: 'mon-grand',
      enonce:
        'Vous remarquez qu’un collègue moniteur appelle « mon grand » et tutoie un travailleur de 50 ans, qui baisse les yeux à chaque fois. Que faites-vous d’abord ?',
      criteres: ['B1.C2.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Vous ne dites rien : entre eux, c’est une marque d’affection que le travailleur accepte.',
          feedback:
            'L’affection n’efface pas l’effet : traiter un adulte comme un enfant, devant les autres, porte atteinte à sa dignité. Le regard baissé est un signal.',
        },
        {
          id: 'b',
          texte: 'Vous le reprenez devant le travailleur, pour montrer que vous le défendez.',
          feedback:
            'Reprendre un collègue en public met le travailleur au centre d’un conflit qu’il n’a pas choisi, et braque votre collègue.',
        },
        {
          id: 'c',
          texte: 'Vous en parlez à votre collègue en privé, à partir de ce que vous avez observé.',
          feedback:
            'Oui : un échange entre collègues, factuel, permet souvent de faire évoluer une habitude. Si elle continue, elle se porte en équipe ou à la hiérarchie.',
        },
      ],
      reponse: 'c',
      explication:
        'La maltraitance ordinaire se loge dans des habitudes de langage. La repérer, c’est en parler d’abord, factuellement, avec le collègue concerné, puis en équipe ou à la hiérarchie si elle persiste.',
      source: 'Leçon Relation éthique, § La maltraitance ordinaire',
    }),
    choixUnique({
      id: 'pas-de-vagues',
      enonce:
        'Vous avez signalé à votre cheffe d’atelier une situation de maltraitance. Elle vous répond de « ne pas faire de vagues ». Que faites-vous ?',
      criteres: ['B1.C2.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Vous vous adressez à la direction, puis si besoin aux autorités prévues par la procédure.',
          feedback:
            'Oui : quand la voie hiérarchique ne réagit pas, vous continuez jusqu’à ce que quelqu’un puisse agir.',
        },
        {
          id: 'b',
          texte: 'Vous en restez là : vous avez transmis, et la cheffe connaît mieux la situation que vous.',
          feedback:
            'Transmettre à une personne qui ne fait rien ne protège pas la personne concernée : votre responsabilité continue.',
        },
        {
          id: 'c',
          texte: 'Vous interrogez discrètement les travailleurs, pour apporter des preuves à la direction.',
          feedback:
            'Mener une enquête n’est pas votre rôle : vous risquez d’exposer la personne et d’influencer les témoignages.',
        },
      ],
      reponse: 'a',
      explication:
        'Le signalement suit la procédure de l’établissement. Si la hiérarchie ne réagit pas ou est en cause, on s’adresse à la direction, puis aux autorités extérieures prévues : le code pénal (art. 434-3) impose à quiconque en a connaissance d’informer les autorités de mauvais traitements infligés à une personne hors d’état de se protéger.',
      source: 'code pénal, art. 434-3 ; leçon Relation éthique, § Ce que vous faites',
    }),
    choixUnique({
      id: 'definition-bientraitance',
      enonce:
        'Selon la recommandation de bonnes pratiques de l’ANESM de 2008, reprise par la HAS, qu’est-ce que la bientraitance ?',
      criteres: ['B1.C2.CR3'],
      options: [
        {
          id: 'a',
          texte: 'L’absence de toute maltraitance constatée dans l’établissement, année après année.',
          feedback:
            'Non : c’est la confusion la plus fréquente. Un atelier sans maltraitance n’est pas forcément bientraitant.',
        },
        {
          id: 'b',
          texte: 'Une attitude personnelle de gentillesse envers les personnes accompagnées.',
          feedback:
            'Non : cela ressemble à la bienveillance. La bientraitance engage toute l’équipe et l’organisation.',
        },
        {
          id: 'c',
          texte: 'Une culture d’équipe qui suppose de questionner en permanence les pratiques.',
          feedback: 'Oui : c’est une démarche positive et collective, qui se travaille.',
        },
        {
          id: 'd',
          texte: 'Un protocole écrit, que chaque professionnel signe et applique dès son embauche.',
          feedback: 'Non : un protocole peut aider, mais la bientraitance est une culture vivante, pas un document.',
        },
      ],
      reponse: 'c',
      explication:
        'L’ANESM (RBPP « La bientraitance : définition et repères pour la mise en œuvre », 2008) décrit la bientraitance comme une culture qui inspire les actions individuelles et les relations collectives, avec un questionnement permanent des pratiques.',
      source: 'ANESM, RBPP bientraitance (2008)',
    }),
    vraiFaux({
      id: 'bienveillance-egale-bientraitance',
      enonce:
        'Élodie, monitrice, est attentive et gentille avec chaque travailleur. Elle en conclut : « Je suis bienveillante, donc mon atelier est bientraitant. » Son raisonnement est juste.',
      criteres: ['B1.C2.CR3'],
      reponse: false,
      feedback: {
        vrai: 'Non : la bienveillance est une attitude personnelle précieuse ; la bientraitance est une culture partagée par l’équipe et l’établissement (ANESM, 2008), qui demande de questionner les pratiques : pauses, répartition des postes, façon de parler des personnes…',
        faux: 'Exact : on peut être bienveillant et appliquer sans le voir une règle d’atelier qui ne respecte pas la personne. La bientraitance demande, en plus, d’interroger ces pratiques.',
      },
      explication:
        'La bienveillance, pratique quotidienne précieuse, n’a pas de définition réglementaire. La bientraitance (ANESM, 2008, reprise par la HAS) est une culture qui engage l’équipe et l’organisation et demande un questionnement permanent des pratiques.',
      source: 'ANESM, RBPP bientraitance (2008) ; leçon Relation éthique, § Bienveillance ou bientraitance ?',
    }),
    association({
      id: 'principes-en-jeu',
      enonce: 'Associez chaque geste professionnel au principe qu’il protège d’abord.',
      criteres: ['B1.C2.CR3'],
      gauche: [
        {
          id: 'g1',
          texte: 'Fermer la porte du vestiaire quand une travailleuse se change',
          feedback: 'Se changer à l’abri des regards relève de l’intimité.',
        },
        {
          id: 'g2',
          texte: 'Ne pas évoquer le traitement d’un travailleur devant l’équipe',
          feedback: 'Les informations de santé appartiennent à la personne : c’est la confidentialité.',
        },
        {
          id: 'g3',
          texte: 'Appeler un adulte par son prénom plutôt que par un surnom',
          feedback: 'Traiter un adulte en adulte, c’est respecter sa dignité.',
        },
        {
          id: 'g4',
          texte: 'Revoir en équipe une règle d’atelier appliquée « depuis toujours »',
          feedback: 'Questionner les habitudes collectives est au cœur de la bientraitance.',
        },
      ],
      droite: [
        { id: 'd1', texte: 'Intimité' },
        { id: 'd2', texte: 'Confidentialité' },
        { id: 'd3', texte: 'Dignité' },
        { id: 'd4', texte: 'Bientraitance' },
        { id: 'd5', texte: 'Sécurité' },
      ],
      paires: { g1: 'd1', g2: 'd2', g3: 'd3', g4: 'd4' },
      explication:
        'Dignité, intimité et confidentialité se jouent dans des gestes concrets ; la bientraitance demande en plus de questionner, ensemble, les habitudes de l’atelier. La sécurité compte aussi, mais aucun de ces quatre gestes ne la protège d’abord.',
      source: 'Leçon Relation éthique, § Dignité, intimité, confidentialité',
    }),
    choixUnique({
      id: 'chef-de-cuisine',
      enonce:
        'Lina part en mise à disposition dans la cuisine d’une entreprise. Le chef de cuisine vous demande : « C’est quoi, son handicap ? » Que faites-vous ?',
      criteres: ['B1.C2.CR3'],
      options: [
        {
          id: 'a',
          texte: 'Vous lui expliquez son diagnostic, pour qu’il comprenne mieux ses réactions en cuisine.',
          feedback:
            'Non : le diagnostic appartient à Lina. Le dévoiler sans nécessité porte atteinte à la confidentialité.',
        },
        {
          id: 'b',
          texte: 'Vous lui dites ce qui aide Lina au travail, comme convenu avec elle, sans diagnostic.',
          feedback:
            'Oui : le chef a besoin de savoir ce qui aide Lina à bien travailler (consignes, pauses), pas de connaître sa santé.',
        },
        {
          id: 'c',
          texte: 'Vous refusez de parler de Lina avec lui, par respect de la confidentialité.',
          feedback:
            'Refuser tout échange la met en difficulté : le chef a besoin de savoir comment bien travailler avec elle.',
        },
      ],
      reponse: 'b',
      explication:
        'En prestation hors les murs ou en mise à disposition, on partage ce qui est nécessaire au travail, avec l’accord de la personne, et jamais un diagnostic.',
      source: 'Leçon Relation éthique, § La confidentialité',
    }),
    choixMultiples({
      id: 'question-bientraitance',
      enonce:
        'Parmi ces questions, lesquelles aident un moniteur à interroger sa pratique au regard de la bientraitance ?',
      criteres: ['B1.C2.CR3'],
      options: [
        {
          id: 'a',
          texte: '« Quelqu’un s’est-il plaint de cette façon de faire ? »',
          feedback: 'Non : l’absence de plainte ne dit pas que la pratique respecte la personne ; beaucoup n’osent pas se plaindre.',
        },
        {
          id: 'b',
          texte: '« Les autres moniteurs font-ils pareil dans leur atelier ? »',
          feedback: 'Non : une habitude partagée peut être une maltraitance ordinaire ; la bientraitance demande justement de la questionner.',
        },
        {
          id: 'c',
          texte: '« Cette habitude sert-elle la personne ou l’organisation ? »',
          feedback: 'Oui : elle aide à repérer une règle d’atelier devenue maltraitance ordinaire.',
        },
        {
          id: 'd',
          texte: '« Cette pratique fait-elle gagner du temps à l’atelier ? »',
          feedback: 'Non : c’est une question d’organisation, utile ailleurs, mais elle ne dit rien du respect de la personne.',
        },
        {
          id: 'e',
          texte: '« Est-ce conforme à la fiche de poste de l’atelier ? »',
          feedback: 'Non : une pratique peut être conforme à la fiche et ne pas respecter la personne.',
        },
      ],
      reponses: ['c'],
      explication:
        'La bientraitance suppose un questionnement permanent des pratiques (ANESM, 2008) : se demander si ce que l’on fait sert la personne, respecte sa parole et la traite comme les autres adultes. L’absence de plainte, l’habitude ou la conformité à une fiche ne suffisent pas.',
      source: 'ANESM, RBPP bientraitance (2008) ; leçon Relation éthique, § Interroger ses pratiques',
    }),
  ],
});
