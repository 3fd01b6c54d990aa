import { defineCas } from '#auteur';

export default defineCas({
  id: 'journee-difficile-de-bintou',
  titre: 'Une journée difficile pour Bintou',
  description:
    'Repérer un changement, écouter, adapter le poste avec la personne, répondre au groupe sans trahir, transmettre à l’équipe et faire le point.',
  bloc: 'B1',
  contexte:
    'Vous êtes moniteur ou monitrice de l’atelier blanchisserie de l’ESAT « Les Peupliers ». Mardi, l’équipe traite le linge plat d’une maison de retraite cliente : 180 kg à laver, sécher, repasser à la calandre et plier, livraison prévue à 16 h. Six travailleurs sont présents. Bintou, 41 ans, travaille ici depuis huit ans ; d’habitude rapide et bavarde, elle aime la calandre et blague volontiers avec ses collègues.',
  personnages: [
    { nom: 'Bintou', role: 'travailleuse expérimentée de la blanchisserie' },
    { nom: 'Marc', role: 'travailleur de la blanchisserie, voisin de poste de Bintou' },
    { nom: 'Agnès', role: 'éducatrice référente de Bintou' },
    { nom: 'Paul', role: 'psychologue de l’établissement' },
  ],
  criteres: ['B1.C5.CR1', 'B1.C5.CR2', 'B1.C5.CR3', 'B1.C8.CR2', 'B1.C8.CR3'],
  debut: 'arrivee',
  noeuds: [
    {
      type: 'situation',
      id: 'arrivee',
      titre: 'Mardi, 8 h 30',
      texte:
        'Bintou arrive sans dire bonjour. À la calandre, elle engage les draps lentement, s’arrête pour se tenir le bas du dos, et répond à peine quand Marc lui parle. Deux draps ressortent froissés, ce qui ne lui arrive jamais.',
      choix: [
        {
          id: 'observer-approcher',
          texte:
            'Vous l’observez encore quelques minutes, puis vous lui proposez de venir vous parler à l’écart, près des étagères.',
          suivant: 'echange',
          consequence: 'Bintou hésite, puis vous suit. Elle a les yeux cernés et reste debout en se tenant le dos.',
          feedback:
            'Un changement par rapport à ses habitudes (silence, lenteur, erreurs, douleur apparente) justifie d’aller vers elle, discrètement, après avoir observé.',
          scores: { 'B1.C5.CR1': 2, 'B1.C5.CR3': 2 },
        },
        {
          id: 'rappeler-delai',
          texte: 'Vous rappelez à voix haute à toute l’équipe que la maison de retraite attend son linge à 16 h.',
          suivant: 'tension',
          consequence: 'Plusieurs regards se tournent vers Bintou. Elle pose brusquement son drap et quitte l’atelier.',
          feedback:
            'Un rappel collectif, quand une seule personne est en difficulté, la désigne sans l’aider. Vous n’avez rien appris sur ce qui se passe.',
          scores: { 'B1.C5.CR1': 0, 'B1.C5.CR3': 0 },
        },
        {
          id: 'deplacer',
          texte: 'Sans rien lui demander, vous la placez au pliage, en pensant que la calandre la fatigue.',
          suivant: 'adapter',
          consequence: 'Bintou change de poste sans un mot. Elle semble encore plus fermée.',
          feedback:
            'L’intention est bonne et l’observation juste, mais décider à sa place la prive de parole. Elle ne sait pas pourquoi vous la changez de poste.',
          scores: { 'B1.C5.CR1': 1, 'B1.C5.CR2': 1 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'tension',
      titre: 'Mardi, 8 h 50',
      texte:
        'Bintou est assise dans le vestiaire, les bras croisés. Marc vient vous dire : « Elle a pleuré. » La calandre est arrêtée.',
      choix: [
        {
          id: 'aller-la-voir',
          texte:
            'Vous confiez la surveillance de l’atelier à votre collègue de la buanderie voisine, vous allez la voir et vous vous excusez pour la remarque devant le groupe.',
          suivant: 'echange',
          consequence: 'Bintou lève les yeux : « C’est pas contre toi. » Elle accepte de parler.',
          feedback:
            'Reconnaître que votre remarque l’a blessée rétablit le lien. Aller vers elle, à l’écart, ouvre enfin l’échange.',
          scores: { 'B1.C5.CR1': 1, 'B1.C5.CR3': 1 },
        },
        {
          id: 'laisser-et-noter',
          texte: 'Vous la laissez se calmer seule et vous notez dans son dossier qu’elle a abandonné son poste.',
          suivant: 'transmission',
          consequence:
            'Bintou revient à 10 h et finit la matinée en silence au pliage. Vous n’avez pas échangé avec elle. Le linge sera livré avec vingt minutes de retard.',
          feedback:
            'Noter un « abandon de poste » sans avoir compris ce qui se passe transforme un mal-être en faute. La personne reste seule.',
          scores: { 'B1.C5.CR3': 0, 'B1.C8.CR2': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'echange',
      titre: 'Le moment d’échange',
      texte:
        'À l’écart, Bintou vous dit : « J’ai mal au dos depuis dimanche. Je dors mal. Et chez moi, c’est compliqué en ce moment. »',
      choix: [
        {
          id: 'ecouter-proposer',
          texte:
            'Vous l’écoutez, puis vous lui demandez ce qui l’aiderait aujourd’hui au travail, en lui proposant plusieurs possibilités : une pause, le pliage assis, une alternance avec le tri.',
          suivant: 'adapter',
          consequence:
            'Bintou réfléchit : « Le pliage assis, oui. Mais je veux garder un peu la calandre, c’est mon poste. » Elle semble soulagée qu’on lui demande.',
          feedback:
            'Écouter sans juger, puis proposer des choix concrets au travail : la personne garde la main sur ce qui la concerne, et vous apprenez ce qui compte pour elle.',
          scores: { 'B1.C5.CR1': 2, 'B1.C5.CR3': 2 },
        },
        {
          id: 'questionner-vie-privee',
          texte: 'Vous lui demandez en détail ce qui se passe chez elle, pour comprendre.',
          suivant: 'adapter',
          consequence:
            'Bintou se referme : « C’est mes affaires. » Elle retourne à son poste sans qu’on ait parlé de son travail.',
          feedback:
            'Sa vie privée lui appartient. Votre rôle est de l’écouter si elle le souhaite et d’agir sur ce qui dépend de l’atelier ; l’éducatrice pourra l’accompagner sur le reste.',
          scores: { 'B1.C5.CR3': 1, 'B1.C8.CR3': 0 },
        },
        {
          id: 'problemes-maison',
          texte: 'Vous lui dites gentiment qu’il faut essayer de laisser ses soucis à la maison.',
          suivant: 'transmission',
          consequence:
            'Bintou hoche la tête et reprend la calandre. La matinée est pénible : trois draps à repasser de nouveau, et elle part déjeuner seule.',
          feedback:
            'Minimiser ce qu’elle confie ferme la porte qu’elle venait d’ouvrir. La douleur et la fatigue restent sans réponse à l’atelier.',
          scores: { 'B1.C5.CR3': 0, 'B1.C5.CR2': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'adapter',
      titre: 'Mardi, 9 h 45',
      texte:
        'Il reste 120 kg de linge à traiter avant 16 h. Comment organisez-vous le poste de Bintou pour le reste de la journée ?',
      choix: [
        {
          id: 'alternance-choisie',
          texte:
            'Vous convenez avec elle d’alterner une demi-heure de calandre et une heure de pliage assis, avec une pause toutes les heures ; vous réglez la hauteur de la table de pliage et réorganisez les autres postes.',
          suivant: 'collegue',
          consequence:
            'Bintou retrouve un peu de rythme. Marc prend une partie de la calandre. À 11 h, la production a rattrapé l’essentiel du retard.',
          feedback:
            'Alternance, pauses, poste réglé : l’adaptation répond à la douleur et respecte ce qui compte pour Bintou. C’est l’organisation qui absorbe la différence.',
          scores: { 'B1.C5.CR2': 2, 'B1.C5.CR3': 2 },
        },
        {
          id: 'calandre-delai',
          texte: 'Vous la laissez à la calandre jusqu’à 16 h et lui promettez une pause plus longue demain.',
          suivant: 'transmission',
          consequence:
            'À 14 h, Bintou grimace à chaque drap. Elle termine la journée épuisée, et le linge part à l’heure.',
          feedback:
            'Le délai est tenu, mais au prix de sa santé. Une pause promise pour demain ne répond pas à la douleur d’aujourd’hui.',
          scores: { 'B1.C5.CR2': 0, 'B1.C5.CR3': 0 },
        },
        {
          id: 'salle-repos',
          texte: 'Vous l’envoyez se reposer en salle de pause jusqu’au soir, sans autre discussion.',
          suivant: 'collegue',
          consequence:
            'Bintou passe la journée seule, assise. Elle vous dit en partant : « J’aurais pu faire le pliage, quand même. »',
          feedback:
            'Protéger sa santé est juste, mais sans lui demander son avis. Elle aurait pu travailler à un poste adapté et garder sa place dans l’équipe.',
          scores: { 'B1.C5.CR2': 1, 'B1.C5.CR3': 1 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'collegue',
      titre: 'Mardi, 11 h 30',
      texte:
        'Devant tout le groupe, Marc lance : « Pourquoi Bintou a droit à un régime spécial, et pas nous ? Moi aussi j’ai mal aux bras. »',
      choix: [
        {
          id: 'repondre-sans-reveler',
          texte:
            'Vous répondez que chacun peut avoir besoin d’un aménagement à un moment, sans rien dire de la situation de Bintou, et vous proposez à Marc d’en parler avec lui à la pause.',
          suivant: 'transmission',
          consequence:
            'Marc grommelle, puis vient vous voir à la pause : ses avant-bras le font souffrir depuis le changement de chariots. Vous notez de regarder son poste.',
          feedback:
            'Vous protégez l’information qui appartient à Bintou et vous prenez au sérieux la plainte de Marc : deux personnes accompagnées au lieu d’une.',
          scores: { 'B1.C8.CR3': 2, 'B1.C5.CR3': 2 },
        },
        {
          id: 'expliquer-situation',
          texte: 'Pour calmer le jeu, vous expliquez que Bintou a mal au dos et des problèmes à la maison.',
          suivant: 'transmission',
          consequence:
            'Marc se tait. Bintou, qui a tout entendu, rougit et ne vous adresse plus la parole de la journée.',
          feedback:
            'Ces informations lui appartenaient. Les dévoiler devant le groupe, même pour apaiser, rompt la confiance.',
          scores: { 'B1.C8.CR3': 0 },
        },
        {
          id: 'recadrer-marc',
          texte: 'Vous répondez sèchement à Marc que cela ne le regarde pas.',
          suivant: 'transmission',
          consequence: 'Le silence tombe sur l’atelier. Marc ne dira plus rien de ses bras.',
          feedback:
            'Vous avez protégé Bintou, mais la plainte de Marc est passée à la trappe. Un signe de douleur chez un autre travailleur mérite aussi une réponse.',
          scores: { 'B1.C8.CR3': 1, 'B1.C5.CR3': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'transmission',
      titre: 'Mardi, 14 h',
      texte:
        'Pendant la pause, vous avez dix minutes pour écrire dans le dossier informatisé de Bintou. Agnès, son éducatrice référente, le lira ce soir.',
      choix: [
        {
          id: 'note-factuelle',
          texte:
            'Vous écrivez les faits datés (lenteur, main sur le dos, draps froissés), ses paroles entre guillemets sur son dos et son sommeil, l’adaptation choisie avec elle et une proposition de point jeudi, sans détailler sa vie privée.',
          suivant: 'confidence',
          consequence:
            'Votre note tient en huit lignes. Agnès vous répond le soir même qu’elle verra Bintou mercredi.',
          feedback:
            'Factuelle, datée, respectueuse, limitée à ce qui est utile : la note permet à l’équipe d’agir, et Bintou pourrait la lire sans être blessée.',
          scores: { 'B1.C8.CR2': 2, 'B1.C8.CR3': 2 },
        },
        {
          id: 'note-jugement',
          texte: 'Vous écrivez : « Bintou de mauvaise humeur toute la matinée, problèmes familiaux, a ralenti l’atelier. »',
          suivant: 'confidence',
          consequence:
            'Agnès vous demande par message ce que vous entendez par « problèmes familiaux ». Vous ne savez pas quoi répondre.',
          feedback:
            'Humeur, problèmes familiaux, reproche sur la production : ce sont des jugements et des suppositions. La note n’aide pas à agir et expose la vie privée de Bintou.',
          scores: { 'B1.C8.CR2': 0, 'B1.C8.CR3': 0 },
        },
        {
          id: 'oral-seulement',
          texte: 'Vous n’écrivez rien ; vous en parlerez à l’occasion à un collègue à la machine à café.',
          suivant: 'bilan',
          consequence:
            'Le soir, personne dans l’équipe d’accompagnement n’est informé. Mercredi, Bintou ne vient pas.',
          feedback:
            'Sans trace écrite, l’équipe ne peut pas prendre le relais. Et la machine à café n’est pas un lieu pour parler d’une personne.',
          scores: { 'B1.C8.CR2': 0, 'B1.C8.CR3': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'confidence',
      titre: 'Mercredi, 8 h 45',
      texte:
        'Bintou vient vous voir avant de commencer : « Tu ne vas pas raconter à tout le monde ce que je t’ai dit hier ? »',
      choix: [
        {
          id: 'expliquer-partage',
          texte:
            'Vous lui expliquez ce que vous avez écrit, que seule Agnès le lira, et pourquoi ; vous lui proposez aussi de rencontrer Paul, le psychologue, si elle le souhaite, et de l’accompagner jusqu’à son bureau.',
          suivant: 'bilan',
          consequence:
            'Bintou relit la note avec vous, hoche la tête. Elle dit qu’elle va réfléchir pour Paul, puis prend rendez-vous le vendredi.',
          feedback:
            'La personne sait ce qui est partagé, avec qui et pourquoi. Proposer sans imposer un autre interlocuteur respecte son choix.',
          scores: { 'B1.C8.CR3': 2, 'B1.C5.CR3': 2 },
        },
        {
          id: 'promettre-secret',
          texte: 'Vous lui promettez que tout restera entre vous.',
          suivant: 'bilan',
          consequence: 'Bintou est rassurée, jusqu’à ce qu’Agnès lui parle de votre note. Elle se sent trahie.',
          feedback:
            'Vous ne pouvez pas promettre ce que vous n’avez pas fait : la note existe. Mieux vaut expliquer honnêtement ce qui est partagé et pourquoi.',
          scores: { 'B1.C8.CR3': 0 },
        },
        {
          id: 'reunion-equipe',
          texte: 'Vous lui répondez que vous en parlerez au point du matin avec toute l’équipe, pour que chacun fasse attention.',
          suivant: 'bilan',
          consequence: 'Bintou se ferme : « Alors je ne te dirai plus rien. »',
          feedback:
            'Tous les professionnels n’ont pas besoin de savoir. Partager au-delà de ce qui est nécessaire fait perdre la confiance de la personne.',
          scores: { 'B1.C8.CR3': 0, 'B1.C5.CR3': 1 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'bilan',
      titre: 'Une semaine plus tard',
      texte:
        'Bintou va mieux. Elle alterne toujours calandre et pliage. Que faites-vous des adaptations mises en place ?',
      choix: [
        {
          id: 'point-avec-bintou',
          texte:
            'Vous faites le point avec elle : ce qui l’aide, ce qu’elle veut garder ou arrêter. Vous proposez aussi au chef d’atelier une rotation calandre et pliage pour toute l’équipe, à discuter en instance mixte.',
          suivant: 'fin-optimale',
          consequence:
            'Bintou garde la pause de 10 h et reprend la calandre le matin. La rotation, discutée avec les délégués, soulage aussi Marc.',
          feedback:
            'Vérifier l’effet avec la personne, puis transformer une difficulté individuelle en mesure collective de bien-être : c’est la boucle complète.',
          scores: { 'B1.C5.CR1': 2, 'B1.C5.CR3': 2 },
        },
        {
          id: 'garder-sans-revoir',
          texte: 'Vous maintenez les adaptations telles quelles, sans en reparler : elles marchent.',
          suivant: 'fin-acceptable',
          consequence: 'Rien ne bouge. Un mois plus tard, Bintou demande pourquoi elle n’a plus le droit de faire la calandre toute la matinée.',
          feedback:
            'Une adaptation se vérifie et se révise avec la personne. Maintenue sans discussion, elle finit par devenir une contrainte.',
          scores: { 'B1.C5.CR1': 1, 'B1.C5.CR2': 1 },
        },
        {
          id: 'tout-arreter',
          texte: 'Vous supprimez toutes les adaptations : elle semble aller mieux, le retour à la normale s’impose.',
          suivant: 'fin-a-revoir',
          consequence: 'Deux jours plus tard, la douleur revient. Bintou n’ose plus rien dire.',
          feedback:
            'Arrêter sans vérifier avec elle, c’est décider seul de ce qui l’aide. Le point avec la personne aurait évité la rechute.',
          scores: { 'B1.C5.CR1': 0, 'B1.C5.CR3': 0 },
        },
      ],
    },
    {
      type: 'fin',
      id: 'fin-optimale',
      titre: 'Une difficulté entendue, un atelier qui s’ajuste',
      issues: ['optimale', 'acceptable', 'a-revoir'],
      texte:
        'Bintou a été écoutée, elle a choisi ses adaptations, l’équipe a été informée par une note factuelle et sa vie privée a été respectée. Sa difficulté a même permis d’améliorer le travail de tout l’atelier.',
    },
    {
      type: 'fin',
      id: 'fin-acceptable',
      titre: 'Une aide utile, mais qui ne bouge plus',
      issues: ['optimale', 'acceptable', 'a-revoir'],
      texte:
        'Les adaptations ont soulagé Bintou, mais elles n’ont pas été revues avec elle. Prévoyez un point à date pour vérifier, avec la personne, ce qui l’aide encore.',
    },
    {
      type: 'fin',
      id: 'fin-a-revoir',
      titre: 'Un mal-être qui risque de revenir',
      issues: ['optimale', 'acceptable', 'a-revoir'],
      texte:
        'La journée a été tenue, mais la personne n’a pas été associée aux décisions qui la concernent, et la transmission ou le suivi ont manqué. Reprenez le cas en allant vers Bintou, en lui proposant des choix et en écrivant des faits.',
    },
  ],
  debrief: {
    'B1.C5.CR1': {
      texte:
        'Observer le travail réel, puis échanger avec la personne avant d’ajuster ; vérifier l’effet avec elle après quelques jours.',
      lien: '/cours/bloc-1/accompagner-au-quotidien#observer',
    },
    'B1.C5.CR2': {
      texte:
        'Adapter le poste, le rythme, les pauses et l’alternance des tâches aux besoins observés, avec la personne, en laissant l’organisation absorber les différences.',
      lien: '/cours/bloc-1/accompagner-au-quotidien#rythme',
    },
    'B1.C5.CR3': {
      texte:
        'Repérer un changement par rapport aux habitudes, aller vers la personne, écouter, proposer des mesures individuelles et collectives de bien-être, revenir vers elle.',
      lien: '/cours/bloc-1/accompagner-au-quotidien#fatigue-mal-etre',
    },
    'B1.C8.CR2': {
      texte:
        'Écrire des faits datés, les paroles de la personne entre guillemets, ce qui a été fait et ce qui est proposé, comme si elle allait lire la note.',
      lien: '/cours/bloc-1/equipe-pluriprofessionnelle#transmissions',
    },
    'B1.C8.CR3': {
      texte:
        'Partager seulement l’information nécessaire, avec les professionnels concernés, en informant la personne ; ne rien dévoiler devant le groupe.',
      lien: '/cours/bloc-1/equipe-pluriprofessionnelle#secret-professionnel',
    },
  },
});
