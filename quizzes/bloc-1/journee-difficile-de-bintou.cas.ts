import { defineCas } from '#auteur';

export default defineCas({
  id: 'journee-difficile-de-bintou',
  titre: 'Une journée difficile pour Bintou',
  description:
    'Repérer un changement, écouter sans s’immiscer, faire le lien avec la santé au travail, adapter le poste avec la personne, répondre au groupe sans trahir, transmettre à l’équipe et faire le point.',
  bloc: 'B1',
  contexte:
    'Vous êtes moniteur ou monitrice de l’atelier blanchisserie de l’ESAT « Les Peupliers ». Mardi, l’équipe traite le linge plat d’une maison de retraite cliente : 180 kg à laver, sécher, repasser à la calandre et plier, livraison prévue à 16 h. Six travailleurs sont présents. Bintou, 41 ans, travaille ici depuis huit ans ; d’habitude rapide et bavarde, elle aime la calandre et blague volontiers avec ses collègues.',
  personnages: [
    { nom: 'Bintou', role: 'travailleuse expérimentée de la blanchisserie' },
    { nom: 'Marc', role: 'travailleur de la blanchisserie, voisin de poste de Bintou' },
    { nom: 'Agnès', role: 'éducatrice référente de Bintou' },
    { nom: 'Paul', role: 'psychologue de l’établissement' },
    { nom: 'Mme Roche', role: 'cheffe de service' },
  ],
  criteres: ['B1.C5.CR1', 'B1.C5.CR2', 'B1.C5.CR3', 'B1.C8.CR2', 'B1.C8.CR3', 'B1.C2.CR3'],
  drapeaux: {
    'echange-fait': 'Bintou vous a parlé, à l’écart, de son dos, de son sommeil et de sa situation à la maison.',
    'deplacee-sans-parler': 'Bintou a été placée au pliage sans qu’on lui demande rien.',
    'abandon-note': 'Vous avez noté dans son dossier qu’elle avait « abandonné son poste ».',
    'vie-privee-questionnee': 'Vous avez interrogé Bintou en détail sur sa vie à la maison.',
    'confidence-minimisee': 'Vous avez répondu à Bintou de laisser ses soucis à la maison.',
    'accident-signale': 'La cheffe de service a été prévenue le jour même d’un possible accident du travail, et une visite au médecin du travail a été proposée.',
    'medecin-traitant': 'Bintou est allée voir son médecin traitant, sans que l’ESAT soit informé du chariot de vendredi.',
    'douleur-tue': 'Personne, à l’ESAT, n’a été informé de la douleur apparue avec le chariot de vendredi.',
    'poste-adapte': 'Une alternance calandre et pliage assis, avec des pauses, a été convenue avec Bintou.',
    'calandre-toute-la-journee': 'Bintou est restée à la calandre jusqu’à 16 h malgré la douleur.',
    'mise-au-repos': 'Bintou a passé la journée en salle de pause, sans qu’on lui demande son avis.',
    'marc-ecoute': 'La plainte de Marc sur ses avant-bras a été entendue.',
    'situation-revelee': 'La situation de Bintou a été expliquée devant le groupe.',
    'note-faits': 'Une note factuelle et datée a été écrite pour Agnès.',
    'note-jugement': 'La note écrite pour Agnès contient des jugements.',
    'partage-explique': 'Bintou sait ce qui a été écrit, qui le lit et pourquoi.',
    'secret-promis': 'Vous avez promis à Bintou que tout resterait entre vous.',
    'rien-ecrit': 'Rien n’a été écrit mardi : vous comptiez en parler à Agnès jeudi.',
  },
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
          texte: 'Vous l’observez encore quelques minutes, puis vous lui proposez de venir vous parler à l’écart, près des étagères.',
          suivant: 'echange',
          consequence: 'Bintou hésite, puis vous suit. Elle a les yeux cernés et reste debout en se tenant le dos.',
          feedback:
            'Un changement par rapport à ses habitudes (silence, lenteur, erreurs, douleur apparente) justifie d’aller vers elle, discrètement, après avoir observé.',
          scores: { 'B1.C5.CR1': 2, 'B1.C5.CR3': 2 },
          pose: ['echange-fait'],
        },
        {
          id: 'rappeler-delai',
          texte: 'Sans viser personne, vous rappelez à toute l’équipe que la maison de retraite attend son linge à 16 h et que chacun doit garder le rythme.',
          suivant: 'tension',
          consequence: 'Plusieurs regards se tournent vers Bintou. Elle pose brusquement son drap et quitte l’atelier.',
          feedback:
            'Un rappel collectif, quand une seule personne est en difficulté, la désigne sans l’aider. Et vous n’avez rien appris de ce qui se passe pour elle.',
          scores: { 'B1.C5.CR1': 0, 'B1.C5.CR3': 0 },
        },
        {
          id: 'deplacer',
          texte: 'Discrètement, sans en faire une affaire devant les autres, vous adaptez son poste : vous la placez au pliage, puisque la calandre semble la faire souffrir.',
          suivant: 'adapter',
          consequence: 'Bintou change de poste sans un mot. Elle plie debout, encore plus fermée.',
          feedback:
            'L’observation est juste et la discrétion aussi, mais décider à sa place la prive de parole : elle ne sait pas pourquoi vous la changez de poste, et vous ne savez pas ce qu’elle a.',
          scores: { 'B1.C5.CR1': 1, 'B1.C5.CR3': 1 },
          pose: ['deplacee-sans-parler'],
        },
      ],
    },
    {
      type: 'situation',
      id: 'tension',
      titre: 'Mardi, 8 h 50',
      texte: 'Bintou est assise dans le vestiaire, les bras croisés. Marc vient vous dire : « Elle a pleuré. » La calandre est arrêtée.',
      choix: [
        {
          id: 'aller-la-voir',
          texte: 'Vous confiez l’atelier au moniteur de la buanderie voisine, allez la voir et vous excusez pour la remarque faite devant le groupe.',
          suivant: 'echange',
          consequence: 'Bintou lève les yeux : « C’est pas contre vous. » Elle accepte de parler.',
          feedback: 'Reconnaître que votre remarque l’a blessée rétablit le lien. Aller vers elle, à l’écart, ouvre enfin l’échange.',
          scores: { 'B1.C5.CR3': 1 },
          pose: ['echange-fait'],
        },
        {
          id: 'envoyer-marc',
          texte: 'Vous demandez à Marc, qui la connaît depuis huit ans, d’aller lui parler et de la ramener quand elle sera calmée ; vous relancez la calandre.',
          suivant: 'adapter',
          consequence: 'Marc revient seul au bout de vingt minutes : « Elle dit que ça ira. » Bintou reprend au pliage à 9 h 30, sans vous adresser la parole.',
          feedback:
            'Un collègue peut soutenir, mais repérer et écouter une difficulté revient au moniteur : Marc n’a pas à porter ce que Bintou vit, et vous ne savez toujours rien.',
          scores: { 'B1.C5.CR3': 0 },
          pose: ['deplacee-sans-parler'],
        },
        {
          id: 'laisser-et-noter',
          texte: 'Vous la laissez se calmer seule, puis vous notez dans son dossier qu’elle a abandonné son poste.',
          suivant: 'transmission',
          consequence:
            'Bintou revient à 10 h et finit la matinée en silence au pliage. Vous n’avez pas échangé avec elle. Le linge sera livré avec vingt minutes de retard.',
          feedback: 'Noter un « abandon de poste » sans avoir compris ce qui se passe transforme un mal-être en faute. La personne reste seule.',
          scores: { 'B1.C5.CR3': 0, 'B1.C8.CR2': 0 },
          pose: ['abandon-note'],
        },
      ],
    },
    {
      type: 'situation',
      id: 'echange',
      titre: 'Le moment d’échange',
      suppose: ['echange-fait'],
      texte:
        'À l’écart, Bintou vous dit : « J’ai mal au dos depuis vendredi soir, depuis que j’ai tiré le chariot de linge mouillé. Je dors mal. Et chez moi, c’est compliqué en ce moment. »',
      choix: [
        {
          id: 'ecouter-proposer',
          texte: 'Vous l’écoutez sans l’interroger sur sa vie à la maison, puis vous lui demandez ce qui l’aiderait aujourd’hui au travail.',
          suivant: 'douleur',
          consequence:
            'Bintou réfléchit : « Le pliage assis, oui. Mais je veux garder un peu la calandre, c’est mon poste. » Elle semble soulagée qu’on lui demande.',
          feedback:
            'Écouter sans juger ni fouiller, puis chercher avec elle ce qui l’aide au travail : la personne garde la main sur ce qui la concerne, et sa vie privée reste la sienne.',
          scores: { 'B1.C5.CR3': 2, 'B1.C2.CR3': 2 },
        },
        {
          id: 'questionner-vie-privee',
          texte:
            'Vous lui demandez avec douceur ce qui se passe chez elle : comprendre ce qui l’empêche de dormir vous aidera à l’accompagner au mieux.',
          suivant: 'douleur',
          consequence: 'Bintou se referme : « C’est mes affaires. » Elle ne dit plus rien, ni de la maison ni de son travail.',
          feedback:
            'L’intention est d’aider, mais sa vie privée lui appartient : vous l’écoutez si elle veut en parler, sans la questionner, et vous agissez sur ce qui dépend de l’atelier. Agnès pourra l’accompagner pour le reste.',
          scores: { 'B1.C5.CR3': 1, 'B1.C2.CR3': 0 },
          pose: ['vie-privee-questionnee'],
          piege: true,
        },
        {
          id: 'problemes-maison',
          texte: 'Vous lui dites gentiment d’essayer de laisser ses soucis à la maison : le travail peut aussi lui changer les idées.',
          suivant: 'douleur',
          consequence: 'Bintou hoche la tête et se tait. Elle ne vous dira rien de plus ce matin.',
          feedback:
            'Minimiser ce qu’elle confie ferme la porte qu’elle venait d’ouvrir. Le sommeil, la douleur et l’inquiétude ne se laissent pas au vestiaire.',
          scores: { 'B1.C5.CR3': 0, 'B1.C2.CR3': 1 },
          pose: ['confidence-minimisee'],
        },
      ],
    },
    {
      type: 'situation',
      id: 'douleur',
      titre: 'Mardi, 9 h 30, le chariot de vendredi',
      suppose: ['echange-fait'],
      texte:
        'Vous repensez à ce que Bintou a dit du chariot de linge mouillé, vendredi en fin de journée : elle n’en a parlé à personne. Elle a mal depuis, et la calandre l’oblige à se pencher.',
      choix: [
        {
          id: 'signaler',
          texte:
            'Vous lui dites que cela peut être un accident du travail : vous prévenez ce matin Mme Roche, qui fera la déclaration, et demandez une visite au médecin du travail.',
          suivant: 'adapter',
          consequence:
            'Bintou ne savait pas que cela comptait. Mme Roche note les faits et lance la déclaration ; le service de santé au travail propose un rendez-vous jeudi.',
          feedback:
            'Une douleur apparue en tirant un chariot peut être un accident du travail : l’établissement doit en être informé au plus vite, car c’est l’ESAT qui le déclare, dans les 48 heures. Le médecin du travail, qui suit aussi les travailleurs d’ESAT, pourra regarder son poste (CSS, art. L441-2 ; C. trav., art. L4111-3).',
          scores: { 'B1.C5.CR3': 2 },
          pose: ['accident-signale'],
        },
        {
          id: 'medecin-soir',
          texte: 'Vous la rassurez et lui proposez de voir son médecin traitant dès ce soir : c’est lui qui dira ce que son dos peut supporter.',
          suivant: 'adapter',
          consequence:
            'Le médecin lui conseille de ménager son dos. L’ESAT n’apprend que la semaine suivante que la douleur date du chariot, et la déclaration d’accident du travail part en retard.',
          feedback:
            'Consulter est utile, mais une douleur apparue au travail concerne l’établissement : c’est l’ESAT qui déclare l’accident du travail, et c’est le médecin du travail, pas le médecin traitant, qui connaît les postes de l’atelier.',
          scores: { 'B1.C5.CR3': 1 },
          pose: ['medecin-traitant'],
        },
        {
          id: 'attendre-voir',
          texte:
            'Vous ne voulez pas l’inquiéter ni faire de ce mal de dos une affaire officielle : vous verrez avec elle jeudi si la douleur est passée, avant d’alerter qui que ce soit à l’ESAT.',
          suivant: 'adapter',
          consequence: 'Bintou est soulagée de ne pas « faire d’histoires ». Personne à l’ESAT ne sait que sa douleur vient du chariot de vendredi.',
          feedback:
            'Ménager la personne ne justifie pas le silence : un accident du travail non signalé ne sera pas déclaré par l’ESAT, et la cause (le chariot de linge mouillé) reste en place pour toute l’équipe.',
          scores: { 'B1.C5.CR3': 0 },
          pose: ['douleur-tue'],
          piege: true,
        },
      ],
    },
    {
      type: 'situation',
      id: 'adapter',
      titre: 'Mardi, 9 h 45',
      texte: 'Il reste 120 kg de linge à traiter avant 16 h. Comment organisez-vous le poste de Bintou pour le reste de la journée ?',
      variantes: [
        { si: ['deplacee-sans-parler'], texte: 'Bintou plie debout, en silence, et se redresse souvent en grimaçant.' },
        { si: ['vie-privee-questionnee'], texte: 'Depuis votre question sur sa vie à la maison, elle évite votre regard.' },
      ],
      choix: [
        {
          id: 'alternance-choisie',
          texte:
            'Avec elle, vous convenez d’alterner calandre et pliage assis, avec une pause par heure, et vous réorganisez les autres postes.',
          suivant: 'collegue',
          consequence: 'Bintou retrouve un peu de rythme. Marc prend une partie de la calandre. À 11 h, la production a rattrapé l’essentiel du retard.',
          feedback:
            'Alternance, pauses, poste réglé, décidés avec elle : l’adaptation répond à la douleur et respecte ce qui compte pour Bintou. C’est l’organisation qui absorbe la différence.',
          scores: { 'B1.C5.CR2': 2, 'B1.C5.CR1': 2 },
          pose: ['poste-adapte'],
        },
        {
          id: 'calandre-delai',
          sauf: ['deplacee-sans-parler'],
          texte:
            'Vous la laissez à la calandre, qu’elle connaît mieux que personne et où elle tient à rester, et vous lui accordez une pause plus longue demain matin.',
          suivant: 'transmission',
          consequence: 'À 14 h, Bintou grimace à chaque drap. Elle termine la journée épuisée, et le linge part à l’heure.',
          feedback: 'Le délai est tenu, mais au prix de sa santé. Une pause promise pour demain ne répond pas à la douleur d’aujourd’hui.',
          scores: { 'B1.C5.CR2': 0, 'B1.C5.CR1': 0 },
          pose: ['calandre-toute-la-journee'],
        },
        {
          id: 'salle-repos',
          texte: 'Vous la rassurez : la santé passe avant le linge. Vous l’installez en salle de pause jusqu’au soir, avec un siège confortable.',
          suivant: 'collegue',
          consequence: 'Bintou passe la journée seule, assise. En partant, elle vous dit : « J’aurais pu faire le pliage, quand même. »',
          feedback:
            'Protéger sa santé est juste, mais sans lui demander son avis. Elle aurait pu travailler à un poste adapté et garder sa place dans l’équipe.',
          scores: { 'B1.C5.CR2': 1, 'B1.C5.CR1': 0 },
          pose: ['mise-au-repos'],
        },
        {
          id: 'laisser-au-pliage',
          si: ['deplacee-sans-parler'],
          texte: 'Vous la laissez au pliage jusqu’au soir : elle y est à l’abri de la calandre, et l’équipe tient le délai sans rien changer d’autre.',
          suivant: 'collegue',
          consequence: 'Bintou plie debout toute la journée. À 15 h, elle se tient le dos plus souvent qu’à 9 h.',
          feedback:
            'Éloigner la personne de la calandre ne suffit pas : le pliage debout lui fait mal aussi. Un poste assis, des pauses, une alternance se décident avec elle, à partir de ce qu’elle ressent.',
          scores: { 'B1.C5.CR2': 1, 'B1.C5.CR1': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'collegue',
      titre: 'Mardi, 11 h 30',
      texte: 'Devant tout le groupe, Marc lance : « Pourquoi Bintou a droit à un régime spécial, et pas nous ? Moi aussi j’ai mal aux bras. »',
      choix: [
        {
          id: 'repondre-sans-reveler',
          texte: 'Vous répondez que chacun peut avoir besoin d’un aménagement à un moment, sans rien dire de Bintou, et proposez à Marc d’en parler à la pause.',
          suivant: 'transmission',
          consequence:
            'Marc grommelle, puis vient vous voir à la pause : ses avant-bras le font souffrir depuis le changement de chariots. Vous notez de regarder son poste.',
          feedback:
            'Vous protégez l’information qui appartient à Bintou et vous prenez au sérieux la plainte de Marc : deux personnes accompagnées au lieu d’une.',
          scores: { 'B1.C8.CR3': 2, 'B1.C5.CR3': 2 },
          pose: ['marc-ecoute'],
        },
        {
          id: 'expliquer-situation',
          texte:
            'Pour que le groupe la respecte et arrête de la juger, vous expliquez calmement que Bintou a mal au dos et traverse une période difficile chez elle.',
          suivant: 'transmission',
          consequence: 'Marc se tait. Bintou, qui a tout entendu, rougit et ne vous adresse plus la parole de la journée.',
          feedback:
            'L’intention est d’apaiser, mais ces informations lui appartenaient : les dévoiler devant le groupe, sans son accord, rompt la confiance.',
          scores: { 'B1.C8.CR3': 0, 'B1.C5.CR3': 1 },
          pose: ['situation-revelee'],
          piege: true,
        },
        {
          id: 'recadrer-marc',
          texte: 'Vous répondez fermement à Marc que la situation d’un collègue ne le regarde pas, et vous relancez la production.',
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
      texte: 'Pendant la pause, vous avez dix minutes pour écrire dans le dossier informatisé de Bintou. Agnès, son éducatrice référente, le lira ce soir.',
      choix: [
        {
          id: 'note-factuelle',
          si: ['echange-fait'],
          texte:
            'Vous écrivez les faits datés, ses mots entre guillemets sur son dos et son sommeil, ce qui a été fait et un point prévu jeudi, rien sur sa vie privée.',
          suivant: 'confidence',
          consequence: 'Votre note tient en huit lignes. Agnès vous répond le soir même qu’elle verra Bintou mercredi.',
          feedback:
            'Factuelle, datée, limitée à ce qui est utile : la note permet à l’équipe d’agir, et Bintou pourrait la lire sans être blessée.',
          scores: { 'B1.C8.CR2': 2, 'B1.C8.CR3': 2 },
          pose: ['note-faits'],
        },
        {
          id: 'note-observee',
          sauf: ['echange-fait'],
          texte: 'Vous écrivez ce que vous avez observé, daté (lenteur, main sur le dos, draps froissés, retrait), sans l’interpréter, et qu’Agnès devrait la rencontrer.',
          suivant: 'bilan',
          consequence: 'Agnès vous répond le soir même : elle verra Bintou mercredi et vous demandera si elle vous a dit quelque chose. Vous ne savez pas.',
          feedback: 'Des faits observés et datés, sans jugement : c’est une transmission utile, même si vous n’avez pas parlé avec Bintou.',
          scores: { 'B1.C8.CR2': 2, 'B1.C8.CR3': 2 },
          pose: ['note-faits'],
        },
        {
          id: 'note-jugement',
          texte: 'Vous écrivez : « Bintou de mauvaise humeur toute la matinée, problèmes à la maison, a ralenti l’atelier. À surveiller. »',
          suivant: 'bilan',
          consequence: 'Agnès vous demande par message ce que vous entendez par « problèmes à la maison ». Vous ne savez pas quoi répondre.',
          feedback:
            'Humeur, problèmes à la maison, reproche sur la production : ce sont des jugements et des suppositions. La note n’aide pas à agir et expose la vie privée de Bintou.',
          scores: { 'B1.C8.CR2': 0, 'B1.C8.CR3': 0 },
          pose: ['note-jugement'],
        },
        {
          id: 'oral-seulement',
          texte:
            'Par discrétion, vous préférez en parler de vive voix à Agnès jeudi, plutôt que d’écrire sur Bintou dans un dossier que d’autres professionnels peuvent lire : sa confiance compte.',
          suivant: 'bilan',
          consequence: 'Le soir, personne dans l’équipe d’accompagnement n’est informé. Mercredi, Bintou ne vient pas, et Agnès l’apprend sans savoir pourquoi.',
          feedback:
            'Le souci de discrétion est juste, mais sans trace écrite l’équipe ne peut pas prendre le relais à temps. Le dossier sert à cela, avec des faits utiles et rien de plus.',
          scores: { 'B1.C8.CR2': 0, 'B1.C8.CR3': 1 },
          pose: ['rien-ecrit'],
          piege: true,
        },
      ],
    },
    {
      type: 'situation',
      id: 'confidence',
      titre: 'Mercredi, 8 h 45',
      suppose: ['echange-fait', 'note-faits'],
      texte: 'Bintou vient vous voir avant de commencer : « Vous n’allez pas raconter à tout le monde ce que je vous ai dit hier ? »',
      choix: [
        {
          id: 'expliquer-partage',
          texte: 'Vous lui expliquez ce que vous avez écrit, que seule Agnès le lira et pourquoi ; si elle le souhaite, elle peut aussi rencontrer Paul, le psychologue.',
          suivant: 'bilan',
          consequence: 'Bintou relit la note avec vous et hoche la tête. Elle dit qu’elle va réfléchir pour Paul, puis prend rendez-vous le vendredi.',
          feedback:
            'La personne sait ce qui est partagé, avec qui et pourquoi. Proposer sans imposer un autre interlocuteur respecte son choix.',
          scores: { 'B1.C8.CR3': 2, 'B1.C5.CR3': 2 },
          pose: ['partage-explique'],
        },
        {
          id: 'promettre-secret',
          texte:
            'Pour la rassurer et garder sa confiance, vous lui promettez que ce qu’elle vous a confié hier restera strictement entre vous deux, par respect pour sa vie privée.',
          suivant: 'bilan',
          consequence: 'Bintou est rassurée, jusqu’à ce qu’Agnès lui parle de votre note. Elle se sent trahie.',
          feedback:
            'Vous ne pouvez pas promettre ce que vous n’avez pas fait : la note existe. Mieux vaut expliquer honnêtement ce qui est partagé, avec qui et pourquoi.',
          scores: { 'B1.C8.CR3': 0 },
          pose: ['secret-promis'],
          piege: true,
        },
        {
          id: 'reunion-equipe',
          texte: 'Vous lui répondez que vous en parlerez au point du matin avec toute l’équipe de l’atelier, pour que chacun fasse attention à son dos.',
          suivant: 'bilan',
          consequence: 'Bintou se ferme : « Alors je ne vous dirai plus rien. »',
          feedback:
            'Tous les collègues n’ont pas besoin de savoir. Partager au-delà de ce qui est nécessaire fait perdre la confiance de la personne.',
          scores: { 'B1.C8.CR3': 0, 'B1.C5.CR3': 1 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'bilan',
      titre: 'Une semaine plus tard',
      texte: 'Une semaine a passé. Vous faites le point sur la situation de Bintou à l’atelier.',
      variantes: [
        { si: ['poste-adapte'], texte: 'Elle alterne toujours calandre et pliage assis, avec ses pauses, et dit avoir moins mal.' },
        { si: ['calandre-toute-la-journee'], texte: 'Elle est restée à la calandre toute la semaine et se tient le dos en fin de journée.' },
        { si: ['mise-au-repos'], texte: 'Depuis mercredi, elle a repris la calandre toute la journée, sans rien demander.' },
        { si: ['deplacee-sans-parler'], sauf: ['poste-adapte', 'mise-au-repos'], texte: 'Elle est revenue d’elle-même à la calandre jeudi.' },
        { si: ['accident-signale'], texte: 'Le médecin du travail l’a reçue jeudi et conseille d’éviter de tirer seule les chariots de linge mouillé.' },
        { si: ['medecin-traitant'], texte: 'Son médecin traitant lui a conseillé de ménager son dos ; l’ESAT n’a appris que lundi que la douleur venait du chariot.' },
      ],
      choix: [
        {
          id: 'point-avec-bintou',
          texte:
            'Vous faites le point avec elle sur ce qui l’aide et ce qu’elle veut changer, vous le notez au dossier et proposez une rotation des postes à l’instance mixte.',
          suivant: 'fin-optimale',
          consequence: 'Bintou dit ce qui la soulage et ce qui lui pèse encore. La rotation, discutée avec les délégués à l’instance mixte, soulage aussi Marc.',
          feedback:
            'Vérifier l’effet avec la personne, garder la trace de ce qui est décidé, puis transformer une difficulté individuelle en mesure collective de bien-être : c’est la boucle complète.',
          scores: { 'B1.C5.CR1': 2, 'B1.C5.CR3': 2, 'B1.C5.CR2': 2, 'B1.C8.CR2': 1 },
        },
        {
          id: 'garder-sans-revoir',
          si: ['poste-adapte'],
          texte: 'Les adaptations marchent et Bintou ne se plaint plus : vous les maintenez telles quelles, sans rouvrir le sujet avec elle.',
          suivant: 'fin-acceptable',
          consequence: 'Rien ne bouge. Un mois plus tard, Bintou demande pourquoi elle n’a plus le droit de faire la calandre toute la matinée.',
          feedback:
            'Une adaptation se vérifie et se révise avec la personne. Maintenue sans discussion, elle finit par devenir une contrainte.',
          scores: { 'B1.C5.CR1': 1, 'B1.C5.CR3': 1, 'B1.C5.CR2': 1 },
        },
        {
          id: 'tout-arreter',
          si: ['poste-adapte'],
          texte: 'Elle semble aller mieux : vous revenez au planning habituel de l’atelier pour ne pas l’enfermer dans un statut de travailleuse fragile.',
          suivant: 'fin-a-revoir',
          consequence: 'Deux jours plus tard, la douleur revient. Bintou n’ose plus rien dire.',
          feedback:
            'L’intention de ne pas l’étiqueter est bonne, mais arrêter sans vérifier avec elle, c’est décider seul de ce qui l’aide. Le point avec la personne aurait évité la rechute.',
          scores: { 'B1.C5.CR1': 0, 'B1.C5.CR3': 0, 'B1.C5.CR2': 0 },
        },
        {
          id: 'attendre-qu-elle-vienne',
          sauf: ['poste-adapte'],
          texte: 'Elle ne s’est plaint de rien depuis mardi : vous lui laissez l’initiative et lui rappelez qu’elle peut venir vous voir si son dos la gêne.',
          suivant: 'fin-a-revoir',
          consequence: 'Bintou hoche la tête. Elle ne viendra pas : elle n’a jamais été de celles qui se plaignent.',
          feedback:
            'Laisser la porte ouverte ne suffit pas quand une personne a du mal à demander : le suivi consiste à revenir vers elle, pas à attendre qu’elle vienne.',
          scores: { 'B1.C5.CR1': 0, 'B1.C5.CR3': 1 },
        },
      ],
    },
    {
      type: 'fin',
      id: 'fin-optimale',
      titre: 'Un point fait avec Bintou',
      issues: ['optimale', 'acceptable', 'a-revoir'],
      texte:
        'Une semaine après, vous avez vérifié avec Bintou ce qui l’aidait, et sa difficulté nourrit une proposition pour tout l’atelier. Revenir vers la personne, c’est ce qui montre que sa parole a compté.',
      variantes: [
        {
          si: ['poste-adapte', 'accident-signale', 'note-faits', 'partage-explique', 'marc-ecoute'],
          sauf: ['vie-privee-questionnee'],
          texte: 'Elle a été écoutée sans être questionnée sur sa vie privée, elle a choisi ses adaptations, son accident a été signalé, et Agnès a été informée par une note factuelle qu’elle connaît.',
        },
        { si: ['douleur-tue'], texte: 'Mais la douleur venue du chariot de vendredi n’a jamais été signalée : l’ESAT ne l’a pas déclarée comme accident du travail, et le chariot est toujours le même.' },
        { si: ['medecin-traitant'], texte: 'La déclaration d’accident du travail est partie avec une semaine de retard, faute d’avoir prévenu l’ESAT le jour même.' },
        { sauf: ['echange-fait'], texte: 'Ce point est aussi la première vraie conversation avec elle : mardi, vous ne lui aviez pas demandé ce qu’elle avait.' },
        { si: ['vie-privee-questionnee'], texte: 'Elle reste sur ses gardes avec vous depuis votre question sur sa vie à la maison.' },
        { si: ['situation-revelee'], texte: 'Elle vous reproche encore d’avoir parlé de sa situation devant le groupe.' },
        { si: ['note-jugement'], texte: 'Agnès, elle, garde dans le dossier une note qui parle de « mauvaise humeur » et de « problèmes à la maison ».' },
        { si: ['abandon-note'], texte: 'Son dossier garde la mention d’un « abandon de poste » qui transforme son mal-être en faute.' },
        { si: ['secret-promis'], texte: 'Depuis qu’elle a appris l’existence de votre note, elle se méfie de ce que vous promettez.' },
        { si: ['calandre-toute-la-journee'], texte: 'Mardi, pourtant, elle avait fini la journée épuisée à la calandre.' },
        { si: ['mise-au-repos'], texte: 'Elle vous rappelle la journée de mardi passée seule en salle de pause : « J’aurais pu plier assise. »' },
        { si: ['rien-ecrit'], texte: 'Mardi soir, Agnès n’a rien su : vous ne lui en avez parlé que jeudi, après l’absence de Bintou.' },
      ],
    },
    {
      type: 'fin',
      id: 'fin-acceptable',
      titre: 'Une aide utile, mais qui ne bouge plus',
      issues: ['optimale', 'acceptable', 'a-revoir'],
      suppose: ['poste-adapte'],
      texte:
        'L’alternance convenue mardi a soulagé Bintou, mais elle n’a pas été revue avec elle et devient peu à peu une règle qu’elle subit. Prévoyez un point à date pour vérifier, avec la personne, ce qui l’aide encore.',
      variantes: [
        { si: ['accident-signale', 'note-faits'], texte: 'Le reste a été fait : accident signalé le jour même, note factuelle transmise à Agnès.' },
        { si: ['douleur-tue'], texte: 'Et personne n’a signalé le chariot de vendredi : l’accident du travail n’a pas été déclaré.' },
        { sauf: ['echange-fait'], texte: 'Vous ne savez toujours pas d’où vient sa douleur : elle ne vous a jamais parlé du chariot de vendredi.' },
        { si: ['medecin-traitant'], texte: 'La déclaration d’accident du travail est partie avec une semaine de retard.' },
        { si: ['situation-revelee'], texte: 'Elle n’a pas oublié que sa situation a été exposée devant le groupe.' },
        { si: ['note-jugement'], texte: 'La note laissée à Agnès, faite de jugements, ne l’aide pas non plus.' },
        { si: ['secret-promis'], texte: 'Elle se méfie de vous depuis la promesse de secret que la note démentait.' },
      ],
    },
    {
      type: 'fin',
      id: 'fin-a-revoir',
      titre: 'Un mal-être qui risque de revenir',
      issues: ['acceptable', 'a-revoir'],
      texte:
        'Une semaine plus tard, personne n’a vérifié avec Bintou ce qui l’aidait. Une adaptation se décide et se révise avec la personne ; sans ce suivi, la douleur et le silence reviennent.',
      variantes: [
        { si: ['douleur-tue'], texte: 'L’accident du chariot n’a jamais été signalé : il n’a pas été déclaré, et le chariot n’a pas changé.' },
        { sauf: ['echange-fait'], texte: 'Personne ne lui a demandé d’où venait son mal de dos : le chariot de linge mouillé de vendredi n’a jamais été signalé.' },
        { si: ['note-jugement'], texte: 'Dans son dossier, la seule trace de mardi parle de « mauvaise humeur ».' },
        { si: ['abandon-note'], texte: 'Dans son dossier, la seule trace de mardi est un « abandon de poste ».' },
        { si: ['situation-revelee'], texte: 'Et l’atelier connaît désormais sa situation, qu’elle n’avait confiée qu’à vous.' },
        { si: ['rien-ecrit'], texte: 'Rien n’a été écrit mardi : l’équipe d’accompagnement n’a appris la situation que jeudi.' },
        { si: ['accident-signale', 'note-faits'], texte: 'Mardi avait pourtant été bien mené : accident signalé, note factuelle transmise.' },
      ],
    },
  ],
  debrief: {
    'B1.C5.CR1': {
      texte: 'Observer le travail réel, puis échanger avec la personne avant d’ajuster ; vérifier l’effet avec elle après quelques jours.',
      lien: '/cours/bloc-1/accompagner-au-quotidien#observer',
    },
    'B1.C5.CR2': {
      texte:
        'Adapter le poste, le rythme, les pauses et l’alternance des tâches aux besoins observés, avec la personne, en laissant l’organisation absorber les différences.',
      lien: '/cours/bloc-1/accompagner-au-quotidien#rythme',
    },
    'B1.C5.CR3': {
      texte:
        'Repérer un changement par rapport aux habitudes, aller vers la personne, écouter, faire le lien avec la santé au travail quand une douleur vient du travail (l’ESAT déclare l’accident du travail ; le médecin du travail suit les travailleurs), proposer des mesures individuelles et collectives de bien-être, revenir vers elle.',
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
    'B1.C2.CR3': {
      texte:
        'Respecter la vie privée de la personne : l’écouter si elle veut parler de ce qui se passe chez elle, sans la questionner pour « comprendre » ; agir sur ce qui dépend de l’atelier.',
      lien: '/cours/bloc-1/relation-ethique#confidentialite',
    },
  },
});
