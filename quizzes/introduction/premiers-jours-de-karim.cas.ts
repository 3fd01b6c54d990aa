import { defineCas } from '#auteur';

export default defineCas({
  id: 'premiers-jours-de-karim',
  titre: 'Les premiers jours de Karim',
  description: 'Préparer une arrivée, présenter l’atelier, doser la première semaine et entendre un souhait.',
  bloc: 'B1',
  contexte:
    'Vous êtes moniteur ou monitrice de l’atelier conditionnement de l’ESAT « Les Tilleuls ». L’équipe prépare des kits de visserie pour un client industriel : 3 000 kits à livrer jeudi. Karim, 24 ans, orienté en ESAT par la CDAPH, arrive lundi pour sa période d’essai de 3 mois.',
  personnages: [
    { nom: 'Karim', role: 'nouveau travailleur' },
    { nom: 'Sylvie', role: 'cheffe d’atelier' },
    { nom: 'Mehdi', role: 'chargé d’insertion professionnelle' },
    { nom: 'Odile', role: 'travailleuse expérimentée de l’atelier' },
  ],
  criteres: ['B1.C1.CR1', 'B1.C1.CR2', 'B1.C1.CR3', 'B1.C3.CR1'],
  drapeaux: {
    'besoins-connus': 'Avant lundi, vous savez par Mehdi que Karim lit difficilement, a besoin de pauses régulières et aime la cuisine.',
    'reglement-non-compris': 'Karim a signé le règlement de fonctionnement sans avoir pu le comprendre.',
    'accueil-saute': 'Lundi matin, Karim a commencé au poste sans visite ni présentation de l’atelier.',
    'accueil-repris': 'Après son erreur de 11 h, la visite et la présentation de l’atelier ont été faites.',
    'presentation-partielle': 'Karim a été présenté à l’équipe et installé près d’Odile, sans visite des lieux ni présentation des règles.',
    recadre: 'Après son erreur, Karim a été rappelé à l’ordre sur sa période d’essai.',
    'essai-accompagne': 'Karim a essayé l’emballage et le tri, accompagné, puis choisi son organisation.',
    'emballage-seul': 'Karim a été installé seul à l’emballage, sans démonstration.',
    'tri-impose': 'Karim est resté au tri, sans date pour essayer l’emballage.',
    'rythme-ajuste': 'Des horaires progressifs ont été convenus avec Karim pour la semaine.',
    'rythme-force': 'Mardi, Karim a dû tenir la cadence malgré sa fatigue.',
    'pause-imposee': 'Mardi, Karim a été envoyé en salle de pause sans que rien ne change pour la suite.',
    'souhait-transmis': 'Le souhait de cuisine est noté avec les mots de Karim et transmis à Mehdi.',
    'promesse-cuisine': 'Vous avez annoncé à Karim un essai en cuisine dès lundi.',
    'souhait-reporte': 'Le souhait de cuisine a été renvoyé à la réunion de projet, sans être noté.',
  },
  debut: 'vendredi',
  noeuds: [
    {
      type: 'situation',
      id: 'vendredi',
      titre: 'Vendredi, 16 h',
      texte:
        'Sylvie vous annonce l’arrivée de Karim lundi à 8 h 30. Le dossier transmis par l’équipe d’accompagnement est sur votre bureau. La commande de jeudi occupe toute l’équipe.',
      choix: [
        {
          id: 'preparer',
          texte: 'Vous lisez le dossier, puis vous appelez Mehdi pour savoir de quels aménagements Karim a besoin et ce qu’il attend de l’atelier.',
          suivant: 'accueil',
          consequence:
            'Mehdi vous apprend que Karim lit difficilement, qu’il aime la cuisine et qu’il a besoin de pauses régulières. Vous sortez le livret d’accueil illustré et prévenez Odile, qui accepte de faire la visite avec vous lundi.',
          feedback:
            'Préparer l’arrivée avec l’équipe, à partir des informations transmises, évite les mises en échec des premières heures : vous savez comment Karim comprend, ce qui le fatigue et ce qui l’intéresse, et le livret illustré est prêt.',
          scores: { 'B1.C1.CR1': 2, 'B1.C1.CR2': 1 },
          pose: ['besoins-connus'],
        },
        {
          id: 'poste-simple',
          texte: 'Vous installez un poste de tri au calme, au fond de l’atelier, avec une fiche en pictogrammes, pour qu’il démarre loin de la commande.',
          suivant: 'lundi-imprevu',
          consequence: 'Lundi, le poste est prêt et rangé. Mais vous ne savez rien de Karim : ni comment il comprend une consigne, ni ce qu’il attend de l’atelier.',
          feedback:
            'Un poste prêt et calme est utile. Mais il a été choisi avant de savoir qui arrive : préparer, c’est d’abord lire ce qui a été transmis et en parler avec l’équipe.',
          scores: { 'B1.C1.CR1': 1 },
        },
        {
          id: 'attendre',
          texte: 'Vous laissez le dossier fermé jusqu’à lundi : vous voulez découvrir Karim au travail, sans le juger d’après ce que d’autres ont écrit sur lui avant de le connaître.',
          suivant: 'lundi-imprevu',
          consequence: 'Vous ne préparez rien de particulier. Lundi, vous accueillez Karim sans savoir comment il comprend ni ce qui l’aide.',
          feedback:
            'L’intention est respectable, mais le dossier ne sert pas à étiqueter : il dit comment la personne communique, ce dont elle a besoin et ce qu’elle souhaite. L’ignorer, c’est risquer de la mettre en échec dès la première heure.',
          scores: { 'B1.C1.CR1': 0 },
          piege: true,
        },
      ],
    },
    {
      type: 'situation',
      id: 'lundi-imprevu',
      titre: 'Lundi, 8 h 40',
      texte:
        'Karim arrive. Vous lui tendez le règlement de fonctionnement et sa fiche de poste. Il les regarde longtemps, puis les pose : « Je lirai plus tard. » Vous comprenez qu’il lit avec difficulté.',
      choix: [
        {
          id: 'oral-pictos',
          texte: 'Vous reprenez les deux documents avec lui, à l’oral, avec les pictogrammes du livret d’accueil, et vous lui faites redire l’essentiel.',
          suivant: 'accueil',
          consequence: 'Karim se détend et pose des questions sur les pauses. Vous notez de prévenir l’équipe qu’il comprend mieux avec des images.',
          feedback: 'Adapter le support à la façon de comprendre de la personne, puis vérifier ce qu’elle a retenu, rattrape une partie du manque de préparation.',
          scores: { 'B1.C1.CR2': 1 },
        },
        {
          id: 'lire-a-voix-haute',
          texte: 'Vous lui lisez le règlement à voix haute, article par article et en entier, puis vous lui faites signer l’accusé de réception.',
          suivant: 'accueil',
          consequence: 'La lecture dure vingt-cinq minutes. Karim signe. Quand vous lui demandez ce qu’il a retenu, il parle seulement de l’heure de la pause.',
          feedback:
            'Lire à voix haute aide un peu, mais tout d’un bloc et sans vérifier la compréhension, l’information ne passe pas. Mieux vaut l’essentiel, avec des images, et le lui faire redire.',
          scores: { 'B1.C1.CR2': 0 },
          pose: ['reglement-non-compris'],
        },
        {
          id: 'signer-demain',
          texte:
            'Vous lui proposez de les emporter pour les lire au calme chez lui, avec un proche s’il le souhaite, et de vous les rapporter signés demain matin.',
          suivant: 'accueil',
          consequence: 'Karim accepte, soulagé de ne pas avoir à lire devant vous. Le lendemain, il rapporte les documents signés : c’est son frère qui les a lus.',
          feedback:
            'Laisser du temps et l’aide d’un proche semble respectueux, mais c’est à l’établissement de rendre l’information accessible : une signature sur un texte que la personne n’a pas pu lire ne l’informe ni de ses droits ni des règles.',
          scores: { 'B1.C1.CR2': 0 },
          pose: ['reglement-non-compris'],
          piege: true,
        },
      ],
    },
    {
      type: 'situation',
      id: 'accueil',
      titre: 'Lundi matin, la découverte de l’atelier',
      texte: 'La production a commencé. Comment présentez-vous l’atelier à Karim ?',
      variantes: [{ si: ['besoins-connus'], texte: 'Odile, prévenue vendredi, vous attend. Le livret illustré est prêt sur votre bureau.' }],
      choix: [
        {
          id: 'visite',
          texte:
            'Vous faites le tour avec lui et Odile : les collègues, les postes, les consignes de sécurité en pictogrammes, les toilettes et le lieu de pause.',
          suivant: 'premier-poste',
          consequence: 'La visite prend vingt minutes. Karim retient le prénom d’Odile et demande à voir la cuisine de l’ESAT.',
          feedback:
            'Présenter les lieux, les personnes, les règles et les droits avec des supports accessibles permet à la personne de se repérer et de savoir à qui s’adresser.',
          scores: { 'B1.C1.CR2': 2 },
        },
        {
          id: 'equipe-odile',
          texte: 'Vous le présentez à l’équipe au point du matin, puis vous l’installez près d’Odile, qui lui montrera les consignes en travaillant.',
          suivant: 'premier-poste',
          consequence:
            'Odile lui montre les gestes du tri. À midi, Karim ne sait ni où sont les toilettes, ni à qui s’adresser en cas de problème, ni ce que dit le règlement sur les pauses.',
          feedback:
            'Le compagnonnage d’une collègue expérimentée aide, mais il ne remplace pas la présentation des lieux, des règles, des droits et des interlocuteurs, qui revient au moniteur.',
          scores: { 'B1.C1.CR2': 1 },
          pose: ['presentation-partielle'],
        },
        {
          id: 'direct-poste',
          texte: 'La commande presse : vous l’installez tout de suite au tri des vis, et vous lui ferez visiter l’atelier cet après-midi, au calme.',
          suivant: 'erreur-coup-de-feu',
          consequence: 'Karim commence à trier des vis sans savoir à quoi elles servent ni à qui demander de l’aide.',
          feedback:
            'Reporter l’accueil pour gagner du temps pendant un coup de feu en fait souvent perdre : la personne n’a ni repères, ni consignes de sécurité, ni interlocuteur.',
          scores: { 'B1.C1.CR2': 0 },
          pose: ['accueil-saute'],
        },
      ],
    },
    {
      type: 'situation',
      id: 'erreur-coup-de-feu',
      titre: 'Lundi, 11 h',
      suppose: ['accueil-saute'],
      texte:
        'En plein coup de feu, Karim a mélangé deux références de vis dans trente kits. Il reste assis, les bras croisés, et ne répond plus quand Odile lui parle.',
      choix: [
        {
          id: 'reprendre',
          texte: 'Vous arrêtez son poste, vous vous asseyez avec lui, puis vous faites la visite et la présentation que vous aviez reportées.',
          suivant: 'premier-poste',
          consequence: 'Karim explique qu’il n’osait pas demander. Après la visite, Odile l’aide à reprendre les trente kits.',
          feedback: 'L’erreur vient de l’organisation, pas de Karim : le reconnaître et reprendre l’accueil restaure la confiance.',
          scores: { 'B1.C1.CR2': 1 },
          pose: ['accueil-repris'],
        },
        {
          id: 'recadrer',
          texte: 'Vous lui expliquez calmement que ces kits partent jeudi chez un client et que la période d’essai sert aussi à vérifier la qualité de son travail.',
          suivant: 'mardi-fatigue',
          consequence: 'Karim reprend le tri sans un mot. Il ne pose plus aucune question de la journée, et personne ne lui a encore présenté l’atelier.',
          feedback:
            'La période d’essai sert à vérifier, avec la personne, que l’accompagnement lui convient, pas à faire pression sur elle. Et l’erreur vient d’une organisation : il a commencé sans repères.',
          scores: { 'B1.C1.CR3': 0 },
          pose: ['recadre'],
        },
        {
          id: 'refaire-kits',
          texte: 'Vous refaites vous-même les trente kits pour qu’il ne reste pas sur un échec, et vous le mettez au tri d’une seule référence jusqu’à midi.',
          suivant: 'premier-poste',
          consequence: 'Karim trie une seule référence, soulagé. Dans le coup de feu, la visite prévue pour l’après-midi passe à la trappe : il ne sait toujours pas où est la salle de pause ni à qui s’adresser.',
          feedback:
            'Simplifier la tâche l’aide à se remettre au travail, mais vous réparez à sa place et l’accueil n’est toujours pas fait : il reste sans repères dans l’atelier.',
          scores: { 'B1.C1.CR2': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'premier-poste',
      titre: 'Lundi, après la pause',
      texte: 'Vous aviez prévu le tri des vis pour commencer. Karim montre la table d’emballage : « Je voudrais faire ça, là-bas. »',
      choix: [
        {
          id: 'essayer-les-deux',
          texte: 'Vous lui demandez ce qui l’attire là-bas, puis vous proposez une heure d’emballage avec Odile et une heure de tri, pour qu’il choisisse ensuite.',
          suivant: 'mardi-fatigue',
          consequence: 'Karim aime l’emballage mais trouve le rythme rapide. Il choisit le tri le matin et l’emballage l’après-midi, pour la semaine.',
          feedback:
            'Demander, faire essayer avec un appui, puis laisser la personne choisir : c’est une occasion concrète d’autodétermination, compatible avec la commande et avec des premiers jours progressifs.',
          scores: { 'B1.C3.CR1': 2, 'B1.C1.CR3': 2 },
          pose: ['essai-accompagne'],
        },
        {
          id: 'imposer-tri',
          texte: 'Vous lui expliquez que chacun commence par le tri pour apprendre les références, et que l’emballage viendra quand il les connaîtra.',
          suivant: 'mardi-fatigue',
          consequence: 'Karim retourne au tri. Il regarde souvent vers la table d’emballage et ne sait pas quand son tour viendra.',
          feedback:
            'Une progression peut se justifier, mais vous ne lui avez pas demandé ce qui l’attire ni fixé avec lui un moment pour essayer : sa demande reste sans réponse.',
          scores: { 'B1.C3.CR1': 0, 'B1.C1.CR3': 1 },
          pose: ['tri-impose'],
        },
        {
          id: 'ceder',
          texte:
            'Vous l’installez tout de suite à l’emballage, puisque c’est son choix : respecter ce qu’il demande dès le premier jour compte plus que votre planning.',
          suivant: 'mardi-fatigue',
          consequence: 'Sans démonstration ni repère de cadence, Karim emballe des kits incomplets. En fin de journée, il dit qu’il « n’y arrive pas ».',
          feedback:
            'Respecter un choix ne veut pas dire laisser la personne sans soutien : l’autodétermination se construit avec des essais accompagnés, et un premier échec vécu seul décourage.',
          scores: { 'B1.C3.CR1': 1, 'B1.C1.CR3': 0 },
          pose: ['emballage-seul'],
          piege: true,
        },
      ],
    },
    {
      type: 'situation',
      id: 'mardi-fatigue',
      titre: 'Mardi, 15 h',
      texte:
        'Karim ralentit nettement et se frotte les yeux. La commande n’est qu’à moitié prête. Odile vous glisse : « Il faudrait qu’il tienne le rythme, comme nous. »',
      variantes: [
        { si: ['besoins-connus'], texte: 'Mehdi vous avait prévenu : Karim a besoin de pauses régulières.' },
        { si: ['recadre'], texte: 'Depuis votre remarque d’hier, il ne vous pose plus aucune question.' },
        { si: ['emballage-seul'], texte: 'Il a repris l’emballage ce matin, seul, et recompte chaque kit deux fois.' },
      ],
      choix: [
        {
          id: 'pause-ajuster',
          texte: 'Vous proposez une pause à Karim, convenez avec lui d’horaires progressifs pour la semaine et réorganisez la fin de la commande avec l’équipe.',
          suivant: 'souhait-cuisine',
          consequence: 'Karim reprend après dix minutes. Avec deux collègues déplacés à l’emballage, la commande reste tenable pour jeudi.',
          feedback:
            'Des premiers jours progressifs, discutés avec la personne, et une organisation qui absorbe l’imprévu : c’est le rôle du moniteur pendant la période d’essai.',
          scores: { 'B1.C1.CR3': 2 },
          pose: ['rythme-ajuste'],
        },
        {
          id: 'tenir',
          texte: 'Vous l’encouragez : il ne reste qu’une heure et demie, vous voyez bien les efforts qu’il fait, et toute l’équipe compte sur lui pour finir la commande.',
          suivant: 'souhait-cuisine',
          consequence: 'Karim finit la journée épuisé. Mercredi matin, il arrive en retard et semble inquiet.',
          feedback:
            'Encourager n’est pas doser : au deuxième jour, la fatigue est un signal à écouter. Les premiers jours se construisent progressivement avec la personne, et c’est l’organisation qui absorbe le retard.',
          scores: { 'B1.C1.CR3': 0 },
          pose: ['rythme-force'],
          piege: true,
        },
        {
          id: 'salle-de-pause',
          texte: 'Vous l’envoyez se reposer en salle de pause jusqu’à 16 h 30 ; Odile finira ses kits et il reprendra demain au rythme de l’équipe.',
          suivant: 'souhait-cuisine',
          consequence: 'Karim y va sans rien dire. Le lendemain, il vous demande s’il a « fait une faute ».',
          feedback:
            'Protéger sa santé est juste, mais la décision est prise sans lui et rien ne change pour la suite : des horaires progressifs, convenus avec lui, répondent à la fatigue sans la transformer en sanction.',
          scores: { 'B1.C1.CR3': 1 },
          pose: ['pause-imposee'],
        },
      ],
    },
    {
      type: 'situation',
      id: 'souhait-cuisine',
      titre: 'Jeudi, après la livraison',
      texte: 'La commande est partie. En rangeant, Karim vous dit : « Moi, ce que je veux vraiment, c’est travailler en cuisine. »',
      variantes: [{ si: ['besoins-connus'], texte: 'Mehdi vous l’avait dit vendredi : Karim aime cuisiner.' }],
      choix: [
        {
          id: 'ecouter-transmettre',
          texte: 'Vous lui demandez ce qu’il aime en cuisine, vous notez sa demande avec ses mots et vous lui dites que vous en parlerez à Mehdi avant mercredi.',
          suivant: 'point-semaine',
          consequence: 'Karim raconte qu’il cuisinait pour sa famille. Il repart rassuré : sa demande compte, et il sait quand il en saura plus.',
          feedback:
            'Recueillir le souhait avec les mots de la personne, le transmettre au bon interlocuteur et dire quand elle aura une réponse : c’est la base du recueil des attentes.',
          scores: { 'B1.C3.CR1': 2 },
          pose: ['souhait-transmis'],
        },
        {
          id: 'promettre',
          texte: 'Vous lui annoncez qu’il fera un essai en cuisine dès lundi : la cheffe de cuisine manque de bras et vous la connaissez bien.',
          suivant: 'point-semaine',
          consequence: 'Karim rayonne. Mais la cuisine n’a pas de place à proposer, et un changement d’atelier se discute dans son projet, avec Mehdi.',
          feedback:
            'Le souhait est entendu, mais promettre ce qui dépend d’autres personnes (équipe, place disponible, projet) expose Karim à une déception. Engagez-vous sur ce que vous faites vous-même.',
          scores: { 'B1.C3.CR1': 1 },
          pose: ['promesse-cuisine'],
        },
        {
          id: 'recentrer',
          texte: 'Vous lui répondez que sa période d’essai se joue au conditionnement et qu’il pourra en parler à la prochaine réunion de son projet personnalisé, avec Mehdi.',
          suivant: 'point-semaine',
          consequence: 'Karim hoche la tête. La réunion de projet est dans plusieurs mois ; d’ici là, personne ne connaît sa demande.',
          feedback:
            'Renvoyer à plus tard un souhait exprimé aujourd’hui, sans le noter ni le transmettre, revient à l’écarter. La réunion de projet se prépare justement avec ce que la personne dit au quotidien.',
          scores: { 'B1.C3.CR1': 0 },
          pose: ['souhait-reporte'],
        },
      ],
    },
    {
      type: 'situation',
      id: 'point-semaine',
      titre: 'Vendredi, fin de la première semaine',
      texte: 'La première semaine se termine. Comment en faites-vous le point ?',
      choix: [
        {
          id: 'point-avec-karim',
          texte: 'Vous prenez quinze minutes avec Karim : ce qui lui a plu, ce qui a été difficile, avec des images pour s’évaluer ; puis vous notez les faits pour l’équipe.',
          suivant: 'fin-favorable',
          consequence: 'Karim choisit une image pour chaque journée et commente chacune. Vous prévoyez un nouveau point dans quinze jours.',
          feedback:
            'Un point court avec la personne, avec des supports adaptés, puis une trace factuelle pour l’équipe : c’est ce qui rend la période d’essai utile.',
          scores: { 'B1.C1.CR3': 2, 'B1.C3.CR1': 2 },
        },
        {
          id: 'note-seul',
          texte: 'Vous rédigez pour Mehdi une note d’observation datée, à partir de vos relevés de la semaine, afin de préparer le bilan de sa période d’essai.',
          suivant: 'fin-acceptable',
          consequence: 'La note est précise et datée. Mais Karim ignore ce qui a été écrit sur lui et n’a rien pu en dire.',
          feedback: 'La trace écrite est utile, mais la personne est associée au bilan qui la concerne : c’est avec elle que l’on vérifie que l’accompagnement lui convient.',
          scores: { 'B1.C1.CR3': 1 },
        },
        {
          id: 'attendre-fin-essai',
          texte: 'Vous ne faites pas de point chaque semaine, pour ne pas lui mettre de pression : vous ferez avec lui un bilan complet à la fin de l’essai.',
          suivant: 'fin-a-revoir',
          consequence: 'Pendant trois mois, personne ne sait vraiment comment Karim vit son arrivée.',
          feedback: 'Attendre trois mois, c’est laisser passer les ajustements qui font un accueil réussi : des points courts et réguliers ne sont pas une surveillance.',
          scores: { 'B1.C1.CR3': 0 },
        },
      ],
    },
    {
      type: 'fin',
      id: 'fin-favorable',
      titre: 'Un premier bilan fait avec Karim',
      issues: ['optimale', 'acceptable', 'a-revoir'],
      texte:
        'Karim a dit lui-même ce qui l’avait aidé et ce qui avait été difficile, et l’équipe dispose de vos faits notés. Ce point court, répété pendant les trois mois d’essai, sert à vérifier avec lui que l’accompagnement lui convient.',
      variantes: [
        {
          si: ['besoins-connus', 'essai-accompagne', 'rythme-ajuste', 'souhait-transmis'],
          sauf: ['accueil-saute', 'presentation-partielle', 'reglement-non-compris'],
          texte:
            'Ses besoins étaient connus avant son arrivée, il a choisi son poste après l’avoir essayé, son rythme a été dosé avec lui et son souhait de cuisine est entré dans son projet : cet accueil lui donne envie de rester.',
        },
        { sauf: ['besoins-connus'], texte: 'Il parle de ses pauses : vous apprenez seulement maintenant qu’il en a besoin régulièrement, alors que son dossier le disait.' },
        { si: ['accueil-saute'], sauf: ['accueil-repris'], texte: 'Il vous dit qu’il ne sait toujours pas à qui s’adresser quand il a un problème : l’atelier ne lui a jamais été présenté.' },
        { si: ['accueil-repris'], texte: 'Il revient sur lundi matin : « Au début, je ne savais pas à qui demander. » L’accueil reporté lui a coûté une matinée.' },
        { si: ['presentation-partielle'], texte: 'Il dit qu’Odile lui a bien montré les gestes, mais qu’il a cherché les toilettes et la salle de pause toute la matinée de lundi.' },
        { si: ['recadre'], texte: 'Il avoue qu’après votre remarque sur la période d’essai, il n’osait plus poser de questions.' },
        { si: ['reglement-non-compris'], texte: 'En parlant des pauses, vous découvrez qu’il ne sait pas ce que dit le règlement qu’il a signé.' },
        { si: ['tri-impose'], texte: 'Il demande quand il pourra essayer l’emballage : personne ne le lui a dit.' },
        { si: ['emballage-seul'], texte: 'Pour lundi après-midi, il choisit le visage triste : ses kits étaient incomplets et personne ne lui avait montré.' },
        { si: ['rythme-force'], texte: 'Pour mardi, il choisit le visage fatigué et parle de son retard de mercredi : la première semaine n’a pas été dosée.' },
        { si: ['pause-imposee'], texte: 'Il vous demande s’il a « fait une faute » mardi, quand vous l’avez envoyé en salle de pause.' },
        { si: ['promesse-cuisine'], texte: 'Il vous demande à quelle heure il commence en cuisine lundi. Il faudra lui dire que cela ne dépendait pas de vous, et en parler avec Mehdi.' },
        { si: ['souhait-reporte'], texte: 'Il ne parle plus de la cuisine : son souhait n’est noté nulle part.' },
      ],
    },
    {
      type: 'fin',
      id: 'fin-acceptable',
      titre: 'Un bilan écrit, sans Karim',
      issues: ['optimale', 'acceptable', 'a-revoir'],
      texte:
        'Votre note donne à Mehdi et à l’équipe des observations datées. Mais Karim n’a pas été associé au bilan de sa propre semaine : il ne sait pas ce qui a été écrit et n’a pas pu dire ce qu’il a vécu. Au prochain point, commencez par lui.',
      variantes: [
        {
          si: ['besoins-connus', 'essai-accompagne', 'rythme-ajuste', 'souhait-transmis'],
          sauf: ['accueil-saute', 'presentation-partielle', 'reglement-non-compris'],
          texte: 'Tout le reste de la semaine a été construit avec lui : il ne manque que sa voix dans ce bilan.',
        },
        { sauf: ['besoins-connus'], texte: 'Vous y découvrez, en relisant son dossier pour l’écrire, qu’il avait besoin de pauses régulières.' },
        { si: ['presentation-partielle'], texte: 'Vous y écrivez qu’il « a mis du temps à trouver ses repères », sans savoir que personne ne lui avait montré les lieux.' },
        { si: ['recadre'], texte: 'Vous y notez qu’il « pose peu de questions », sans lien avec votre remarque de lundi.' },
        { si: ['emballage-seul'], texte: 'Vous y notez ses kits incomplets de lundi, sans dire qu’il était seul, sans démonstration.' },
        { si: ['tri-impose'], texte: 'Rien n’y dit qu’il attend toujours d’essayer l’emballage.' },
        { si: ['rythme-ajuste'], texte: 'Vous y notez les horaires progressifs convenus avec lui mardi, et l’effet des pauses.' },
        { si: ['rythme-force'], texte: 'Vous y notez son retard de mercredi, sans savoir ce qu’il en dit lui-même.' },
        { si: ['accueil-saute'], sauf: ['accueil-repris'], texte: 'Rien n’y dit que l’atelier ne lui a jamais été présenté.' },
        { si: ['reglement-non-compris'], texte: 'Rien n’y dit non plus qu’il a signé un règlement qu’il n’a pas compris.' },
        { si: ['souhait-transmis'], texte: 'Son souhait de cuisine, noté avec ses mots, y figure.' },
        { si: ['souhait-reporte'], texte: 'Son souhait de cuisine n’y figure pas.' },
        { si: ['promesse-cuisine'], texte: 'Lundi, il attendra l’essai en cuisine que vous lui avez annoncé, et qui ne dépend pas de vous.' },
      ],
    },
    {
      type: 'fin',
      id: 'fin-a-revoir',
      titre: 'Pas de point avant la fin de l’essai',
      issues: ['acceptable', 'a-revoir'],
      texte:
        'Sans point régulier, ce que Karim vit à l’atelier ne se voit qu’à la fin de l’essai, quand il est trop tard pour ajuster. Reprenez en prévoyant des points courts et fréquents, avec lui.',
      variantes: [
        { si: ['rythme-ajuste', 'souhait-transmis'], texte: 'Le début de semaine était pourtant bien engagé : un rythme dosé avec lui, un souhait transmis à Mehdi.' },
        { sauf: ['besoins-connus'], texte: 'Son besoin de pauses régulières, écrit dans son dossier, n’a toujours pas été lu.' },
        { si: ['accueil-saute'], sauf: ['accueil-repris'], texte: 'Personne ne saura non plus que l’atelier ne lui a jamais été présenté.' },
        { si: ['presentation-partielle'], texte: 'Personne ne saura non plus qu’il a cherché les toilettes toute sa première matinée.' },
        { si: ['recadre'], texte: 'Depuis le rappel à l’ordre de lundi, il n’ose plus poser de questions, et rien ne permettra de le voir.' },
        { si: ['reglement-non-compris'], texte: 'Le règlement qu’il a signé sans le comprendre restera lettre morte pour lui.' },
        { si: ['emballage-seul'], texte: 'Son découragement du premier après-midi, seul à l’emballage, passera inaperçu.' },
        { si: ['tri-impose'], texte: 'Il attendra sans date de pouvoir essayer l’emballage.' },
        { si: ['rythme-force'], texte: 'Sa fatigue de mardi et son retard de mercredi restent sans suite.' },
        { si: ['pause-imposee'], texte: 'Personne ne lui a expliqué pourquoi il a été envoyé en salle de pause mardi.' },
        { si: ['promesse-cuisine'], texte: 'Et lundi, l’essai en cuisine annoncé n’aura pas lieu : personne n’en a parlé avec Mehdi.' },
        { si: ['souhait-reporte'], texte: 'Son souhait de cuisine attend une réunion lointaine.' },
      ],
    },
  ],
  debrief: {
    'B1.C1.CR1': {
      texte:
        'Préparer l’arrivée, c’est lire ce qui a été transmis et en parler avec l’équipe (chargé d’insertion, éducateurs) pour connaître besoins d’aménagement et souhaits.',
      lien: '/cours/introduction/esat-et-entreprises-adaptees#admission',
    },
    'B1.C1.CR2': {
      texte:
        'Présenter l’atelier, les personnes, les règles et les droits avec des supports que la personne peut comprendre (livret illustré, visite, pictogrammes), puis vérifier ce qu’elle a retenu.',
      lien: '/cours/introduction/esat-et-entreprises-adaptees#contrat',
    },
    'B1.C1.CR3': {
      texte:
        'Doser les premiers jours (horaires, pauses, tâches) avec la personne et faire des points courts et réguliers pendant la période d’essai de 3 mois.',
      lien: '/cours/introduction/esat-et-entreprises-adaptees#contrat',
    },
    'B1.C3.CR1': {
      texte:
        'Recueillir les souhaits avec les mots de la personne, les transmettre au bon interlocuteur et revenir vers elle avec une réponse.',
      lien: '/cours/introduction/le-metier#posture',
    },
  },
});
