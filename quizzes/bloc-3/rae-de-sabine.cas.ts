import { defineCas } from '#auteur';

export default defineCas({
  id: 'rae-de-sabine',
  titre: 'Sabine et la RAE',
  description:
    'Accompagner une travailleuse qui hésite à se présenter à la reconnaissance des acquis de l’expérience : l’informer, la laisser choisir sa modalité, construire son dossier avec elle et valoriser sa réussite.',
  bloc: 'B3',
  h5p: true,
  contexte:
    'Vous êtes moniteur ou monitrice de la blanchisserie de l’ESAT « Le Moulin Vert ». L’atelier traite le linge de deux maisons de retraite et d’un hôtel ; les échanges avec les clients passent par Nadège, la cheffe d’atelier. La session de reconnaissance des acquis de l’expérience (RAE) « Différent et compétent » de l’automne approche : inscriptions jusqu’au 30 septembre, jury fin novembre. Sabine, 41 ans, travaille à la blanchisserie depuis 9 ans. Elle maîtrise le tri, le lavage, la calandre et le pliage ; elle lit peu et parle peu en groupe.',
  personnages: [
    { nom: 'Sabine', role: 'travailleuse de la blanchisserie depuis 9 ans' },
    { nom: 'Hugo', role: 'chargé d’insertion professionnelle, référent RAE de l’établissement' },
    { nom: 'Nadège', role: 'cheffe d’atelier, en lien avec les clients' },
    { nom: 'Farid', role: 'collègue de Sabine, reconnu par la RAE l’an dernier' },
  ],
  criteres: ['B3.C6.CR1', 'B3.C6.CR2', 'B3.C6.CR3', 'B3.C8.CR1'],
  drapeaux: {
    'inscrite-sans-accord': 'Sabine a été inscrite alors qu’elle venait de dire non.',
    'refus-accepte': 'Le refus de Sabine a été accepté sans qu’elle sache qu’on peut montrer son travail sans discours.',
    'modalite-imposee': 'La modalité externe a été choisie pour Sabine.',
    'modalite-revue': 'Sabine a choisi elle-même sa modalité après coup.',
    'hugo-choisit': 'Hugo a choisi la modalité à la place de Sabine.',
    'grille-sans-elle': 'Le positionnement sur le référentiel a été rempli sans Sabine.',
    'dossier-nadege': 'Le dossier de preuves a été écrit par Nadège.',
    'photos-sans-accord': 'Des collègues ont été photographiés sans avoir été prévenus.',
    'sans-repetition': 'La répétition du jury n’a pas eu lieu.',
    'jury-partiel': 'Le jury n’a pas reconnu le réglage de la calandre.',
  },
  debut: 'annonce',
  noeuds: [
    {
      type: 'situation',
      id: 'annonce',
      titre: 'Lundi 9 septembre, pause de 10 h',
      texte:
        'Farid raconte à ses collègues son passage devant le jury de la RAE, l’an dernier. Sabine écoute, puis vous glisse à voix basse : « Moi, c’est pas pour moi. Je sais pas parler devant des gens. »',
      choix: [
        {
          id: 'ecouter',
          texte: 'Vous lui demandez ce qui lui fait peur, et vous lui dites qu’il existe plusieurs façons de faire, dont une où l’on montre son travail sans discours.',
          suivant: 'modalites',
          consequence:
            'Sabine explique qu’elle a peur d’écrire et d’être jugée. Elle accepte d’« en savoir plus », sans rien promettre. Vous proposez un rendez-vous avec Hugo la semaine suivante.',
          feedback:
            'Écouter ce qui freine la personne, puis donner une information juste (toutes les modalités ne demandent pas de parler longtemps), ouvre un vrai choix.',
          scores: { 'B3.C8.CR1': 2 },
        },
        {
          id: 'inscrire',
          texte:
            'Vous lui dites qu’elle est la meilleure au pliage et vous donnez son nom à Hugo pour ne pas rater les inscriptions : elle pourra toujours se retirer ensuite.',
          suivant: 'inscrite-sans-choix',
          pose: ['inscrite-sans-accord'],
          piege: true,
          consequence: 'Vous transmettez son nom à Hugo le jour même. Sabine ne répond rien.',
          feedback:
            'Votre confiance est sincère et la date limite réelle, mais la RAE est une démarche volontaire : inscrire une personne qui vient de dire non, c’est décider à sa place. Pouvoir se retirer ensuite ne remplace pas l’accord.',
          scores: { 'B3.C8.CR1': 0 },
        },
        {
          id: 'laisser',
          texte: 'Vous respectez sa réponse sans insister : la RAE est volontaire, et la pousser devant ses collègues la mettrait mal à l’aise.',
          suivant: 'plus-tard',
          pose: ['refus-accepte'],
          consequence: 'Sabine retourne à la calandre. Personne ne reparle de la RAE avec elle.',
          feedback:
            'Respecter un refus est juste, mais ce refus repose sur une idée fausse : elle croit qu’il faut forcément parler devant un jury. Un choix se fait avec une information complète.',
          scores: { 'B3.C6.CR1': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'inscrite-sans-choix',
      titre: 'Mercredi, fin de matinée',
      suppose: ['inscrite-sans-accord'],
      texte:
        'Hugo vous appelle : il a vu Sabine pour confirmer l’inscription, et elle lui a dit qu’elle « ne sait pas pourquoi elle est inscrite ». Depuis, elle évite votre regard.',
      choix: [
        {
          id: 'revenir',
          texte: 'Vous allez voir Sabine, vous reconnaissez être allé trop vite et vous proposez de tout reprendre avec Hugo : elle décidera ensuite.',
          suivant: 'modalites',
          consequence: 'Sabine se détend : « Je croyais que j’étais obligée. » Elle accepte le rendez-vous avec Hugo.',
          feedback:
            'Reconnaître son erreur et rendre la décision à la personne restaure la confiance. L’inscription n’a de valeur que si elle est choisie.',
          scores: { 'B3.C8.CR1': 1 },
        },
        {
          id: 'maintenir',
          texte: 'Vous maintenez l’inscription : la date limite approche, et une fois lancée, elle prendra confiance avec l’aide de Hugo et l’exemple de Farid.',
          suivant: 'abandon',
          consequence: 'L’inscription part au réseau. Sabine ne dit plus rien de la RAE.',
          feedback: 'Pousser quelqu’un dans une démarche qu’il n’a pas choisie, c’est lui imposer un « devoir d’agir ». Le silence de Sabine n’est pas un accord.',
          scores: { 'B3.C8.CR1': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'abandon',
      titre: 'Mi-octobre',
      suppose: ['inscrite-sans-accord'],
      texte:
        'Sabine a manqué les deux séances de préparation. La seconde fois, elle a dit qu’elle avait mal au ventre. Hugo vous demande ce qu’il faut faire de son inscription.',
      choix: [
        {
          id: 'reprendre-dialogue',
          texte:
            'Vous proposez à Sabine un moment au calme, sans parler d’obligation : vous lui demandez ce qu’elle veut, en lui disant qu’elle peut aussi arrêter.',
          suivant: 'modalites',
          consequence:
            'Sabine dit qu’elle voudrait bien « un papier », mais qu’elle a peur de l’oral. Elle accepte de voir avec Hugo les différentes façons de faire.',
          feedback: 'Il n’est pas trop tard pour rendre le choix à la personne. Dire qu’elle peut arrêter rend sa réponse libre.',
          scores: { 'B3.C8.CR1': 1 },
        },
        {
          id: 'desinscrire',
          texte:
            'Vous demandez à Hugo de la désinscrire pour lui éviter un échec devant le jury : visiblement, elle n’est pas prête cette année, et elle pourra revenir l’an prochain.',
          suivant: 'fin-a-revoir',
          consequence: 'Sabine est désinscrite. Personne ne lui a demandé son avis, ni pour l’inscrire, ni pour la retirer.',
          feedback:
            'Vous tirez une conclusion sur Sabine sans lui parler. Deux décisions ont été prises pour elle, dans un sens puis dans l’autre.',
          scores: { 'B3.C8.CR1': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'plus-tard',
      titre: 'Jeudi 26 septembre, réunion d’atelier',
      suppose: ['refus-accepte'],
      texte:
        'Hugo montre une courte vidéo du jury de Farid : on le voit régler la calandre et plier des draps devant le jury, presque sans parler. Sabine se tourne vers vous : « Ah, c’est ça ? On montre juste ? »',
      choix: [
        {
          id: 'expliquer-maintenant',
          texte:
            'Vous saisissez l’occasion : vous lui présentez les trois modalités avec la fiche illustrée, et lui proposez de voir Hugo demain, avant la fin des inscriptions.',
          suivant: 'modalites',
          consequence: 'Sabine prend la fiche et la montre à sa voisine. Elle accepte le rendez-vous.',
          feedback:
            'La vidéo a levé une idée fausse ; une information claire et accessible permet maintenant un choix éclairé, à quatre jours de la clôture.',
          scores: { 'B3.C6.CR1': 1 },
        },
        {
          id: 'trop-tard',
          texte:
            'Vous lui répondez que les inscriptions ferment dans quatre jours, trop tôt pour bien se préparer, et qu’on en reparlera pour la session suivante, sans précipitation.',
          suivant: 'fin-a-revoir',
          consequence: 'Sabine hoche la tête. Les inscriptions ferment ; personne ne fixe de rendez-vous pour la session suivante.',
          feedback:
            'Il restait quatre jours, et c’est Sabine qui dit si elle se sent prête : son intérêt mérite une réponse rapide, ou au moins un rendez-vous fixé pour la session suivante.',
          scores: { 'B3.C6.CR1': 0, 'B3.C8.CR1': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'modalites',
      titre: 'Dans le bureau de Hugo',
      texte:
        'Hugo présente la démarche à Sabine : positionnement sur un référentiel de droit commun, dossier de preuves, jury. Sabine vous regarde : « Et moi, laquelle je dois faire ? »',
      choix: [
        {
          id: 'elle-choisit',
          texte: 'Vous reprenez avec elle les trois modalités, avec des photos et l’exemple de Farid, puis vous la laissez choisir la sienne.',
          suivant: 'positionnement',
          consequence:
            'Sabine choisit la modalité interne : « Je montre ce que je fais, à la calandre et au pliage. » Elle signe elle-même sa fiche d’engagement.',
          feedback: 'Présenter toutes les voies, avec des exemples concrets, puis laisser la personne choisir : c’est exactement le rôle attendu.',
          scores: { 'B3.C6.CR1': 2, 'B3.C8.CR1': 2 },
        },
        {
          id: 'choisir-pour-elle',
          texte:
            'Vous lui conseillez la modalité externe : expliquer son travail hors de l’ESAT la valorisera davantage.',
          suivant: 'doute',
          pose: ['modalite-imposee'],
          consequence: 'Sabine accepte sans rien dire. Hugo note la modalité externe.',
          feedback:
            'Aucune modalité n’est plus valorisante qu’une autre. Choisir à sa place, surtout la modalité qui l’inquiète le plus, la met en difficulté.',
          scores: { 'B3.C6.CR1': 0, 'B3.C8.CR1': 0 },
        },
        {
          id: 'hugo-decide',
          texte: 'Vous laissez Hugo, référent RAE, lui recommander la modalité la plus adaptée : c’est son métier, et il connaît les jurys.',
          suivant: 'positionnement',
          pose: ['hugo-choisit'],
          consequence: 'Hugo propose la modalité interne. Sabine dit « d’accord », sans avoir vraiment comparé.',
          feedback:
            'Le choix de Hugo est raisonnable, mais c’est encore un professionnel qui décide. Sabine aurait pu choisir elle-même avec les bonnes informations.',
          scores: { 'B3.C6.CR1': 1, 'B3.C8.CR1': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'doute',
      titre: 'Quelques jours plus tard, au pliage',
      suppose: ['modalite-imposee'],
      texte: 'Sabine plie en silence depuis une heure. Elle finit par dire : « Expliquer devant des gens, dehors, je vais pas y arriver. »',
      choix: [
        {
          id: 'revoir-modalite',
          texte: 'Vous lui rappelez qu’elle peut changer de modalité, reprenez les trois avec elle, et la laissez choisir.',
          suivant: 'positionnement',
          pose: ['modalite-revue'],
          consequence: 'Sabine choisit la modalité interne. Elle sourit pour la première fois de la matinée.',
          feedback: 'Revenir sur une décision prise trop vite et rendre le choix à la personne : l’erreur est réparée.',
          scores: { 'B3.C6.CR1': 1, 'B3.C8.CR1': 2 },
        },
        {
          id: 'rassurer',
          texte: 'Vous la rassurez : vous répéterez avec elle autant qu’il faudra, et Farid pourra lui raconter comment il s’y est pris devant le jury.',
          suivant: 'positionnement',
          consequence: 'Sabine ne répond pas. Elle garde la modalité externe, et son inquiétude.',
          feedback:
            'Rassurer part d’une bonne intention, mais vous répondez à sa peur par votre confiance, sans lui redonner le choix de la modalité.',
          scores: { 'B3.C8.CR1': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'positionnement',
      titre: 'Octobre, le positionnement',
      texte: 'Il faut positionner Sabine sur le référentiel du métier, rendu accessible : pour chaque activité, dire si elle la réalise déjà.',
      choix: [
        {
          id: 'ensemble',
          texte: 'Vous reprenez le référentiel avec Sabine, activité par activité : elle dit ce qu’elle fait, vous la regardez faire au poste, vous cochez ensemble.',
          suivant: 'preuves',
          consequence: 'Sabine découvre qu’elle réalise bien plus d’activités qu’elle ne le pensait : « Le tri des taches, je fais ça aussi ! »',
          feedback: 'Le positionnement fait avec la personne est déjà une prise de conscience de ses compétences, et prépare le dossier.',
          scores: { 'B3.C6.CR2': 2 },
        },
        {
          id: 'seul',
          texte: 'Vous remplissez la grille vous-même, à partir de neuf ans d’observation de son travail : Sabine gagne du temps et évite une longue épreuve de lecture.',
          suivant: 'preuves',
          pose: ['grille-sans-elle'],
          consequence: 'La grille est juste, mais Sabine ne sait pas ce qu’elle contient. Elle vous dit : « C’est vous qui savez. »',
          feedback:
            'Votre connaissance de son travail est précieuse, mais le positionnement est un moment où la personne découvre ses propres compétences. Fait sans elle, il perd ce sens.',
          scores: { 'B3.C6.CR2': 0 },
        },
        {
          id: 'avec-farid',
          texte: 'Vous confiez le positionnement à Farid, qui connaît la démarche : il l’accompagnera pour remplir la grille pendant les pauses, en confiance, entre collègues.',
          suivant: 'preuves',
          consequence: 'Farid coche vite, à sa façon : plusieurs activités de Sabine sont notées « comme moi ». Personne ne l’a regardée faire au poste.',
          feedback:
            'L’entraide entre pairs est précieuse, mais le positionnement demande d’observer la personne au poste et de s’appuyer sur le référentiel : c’est votre rôle, pas celui d’un collègue, à la pause.',
          scores: { 'B3.C6.CR2': 1 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'preuves',
      titre: 'Fin octobre, les preuves',
      texte:
        'Il faut rassembler des preuves : photos, documents, observations. Nadège vous propose : « Je peux écrire son dossier ce week-end, ce sera plus propre pour le jury. »',
      choix: [
        {
          id: 'sabine-choisit',
          texte: 'Vous remerciez Nadège et prêtez la tablette à Sabine : elle choisit ses photos, demande à Farid s’il accepte d’y figurer, et vous dicte ce qu’elle fait.',
          suivant: 'commande',
          consequence:
            'Le dossier est simple et ressemble à Sabine : « Je sépare les draps des maisons de retraite et ceux de l’hôtel, je regarde les étiquettes. » Farid accepte d’être sur une photo.',
          feedback:
            'Le dossier appartient à la personne : elle choisit et raconte, le moniteur organise et écrit sous la dictée. L’accord des collègues photographiés est demandé.',
          scores: { 'B3.C6.CR2': 2 },
        },
        {
          id: 'nadege-ecrit',
          texte:
            'Vous acceptez que Nadège mette le dossier en forme ce week-end, à partir des photos de Sabine : un dossier soigné et bien écrit rassurera le jury, et Sabine n’aura pas à écrire.',
          suivant: 'commande',
          pose: ['dossier-nadege'],
          consequence: 'Le dossier est élégant. Sabine le feuillette et dit qu’elle ne reconnaît pas « ces mots-là ».',
          feedback: 'Un dossier écrit par un autre ne prépare pas la personne au jury et ne lui appartient plus : ses mots sont une partie de la preuve.',
          scores: { 'B3.C6.CR2': 0 },
        },
        {
          id: 'photos-tout',
          texte: 'Vous photographiez vous-même toute l’équipe au travail pendant une matinée, pour que Sabine ait le choix de ses images.',
          suivant: 'commande',
          pose: ['photos-sans-accord'],
          consequence: 'Vous avez cent photos. Deux collègues se plaignent de ne pas avoir été prévenus, et Sabine ne sait pas lesquelles choisir.',
          feedback:
            'Avoir des photos est utile, mais chaque personne photographiée doit être d’accord avant (C. civ., art. 9), et c’est à Sabine de choisir ce qu’elle montre.',
          scores: { 'B3.C6.CR2': 1 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'commande',
      titre: 'Mardi, semaine du jury',
      texte:
        'L’hôtel client demande 300 draps de plus pour vendredi. La répétition du jury avec Sabine est prévue jeudi après-midi, la veille du jury.',
      choix: [
        {
          id: 'demander-sabine',
          texte: 'Vous demandez à Sabine si elle préfère répéter jeudi comme prévu ou mercredi tôt le matin ; Nadège organise l’équipe pour les draps.',
          suivant: 'apres-jury',
          consequence: 'Sabine choisit mercredi matin : « Après, je serai tranquille. » La répétition a lieu ; Nadège répartit les draps dans l’équipe.',
          feedback: 'Associer la personne à l’organisation de sa préparation concilie la commande et son parcours, sans lui faire porter la production.',
          scores: { 'B3.C6.CR2': 2, 'B3.C8.CR1': 2 },
        },
        {
          id: 'maintenir-repetition',
          texte:
            'Vous maintenez la répétition de jeudi et vous voyez avec Nadège comment réorganiser la semaine ; c’est elle qui verra avec l’hôtel pour la livraison.',
          suivant: 'apres-jury',
          consequence: 'La répétition a lieu jeudi. Nadège obtient de l’hôtel une livraison de 200 draps vendredi et du reste lundi.',
          feedback:
            'La production s’organise autour du parcours de la personne, et la relation avec le client reste à la cheffe d’atelier. Vous auriez aussi pu demander à Sabine son avis sur le moment.',
          scores: { 'B3.C6.CR2': 2 },
        },
        {
          id: 'sabine-arbitre',
          texte:
            'Vous laissez le choix à Sabine, par respect pour sa démarche : sa répétition de jeudi, ou un coup de main à l’équipe pour les draps, où ses collègues comptent sur elle.',
          suivant: 'jury-difficile',
          pose: ['sans-repetition'],
          piege: true,
          consequence: 'Sabine choisit les draps : « Je ne vais pas les laisser tomber. » Jeudi soir, elle part en disant qu’elle va mal dormir.',
          feedback:
            'Demander son avis semble respectueux, mais vous lui faites porter la commande : entre sa préparation et ses collègues, elle ne choisit pas librement. La production s’organise avec Nadège, pas sur le dos de la personne.',
          scores: { 'B3.C6.CR2': 0, 'B3.C8.CR1': 0 },
        },
        {
          id: 'annuler-repetition',
          texte: 'Vous annulez la répétition : la commande passe d’abord cette semaine, et Sabine connaît son travail mieux que personne.',
          suivant: 'jury-difficile',
          pose: ['sans-repetition'],
          consequence: 'Sabine passe jeudi à la calandre. Le soir, elle part en disant qu’elle va mal dormir.',
          feedback:
            'Connaître son travail ne suffit pas à être à l’aise devant un jury. Supprimer la préparation met la personne en difficulté pour une commande qui pouvait s’organiser autrement.',
          scores: { 'B3.C6.CR2': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'jury-difficile',
      titre: 'Vendredi, le jury',
      suppose: ['sans-repetition'],
      texte:
        'Devant les trois membres du jury, Sabine se fige au moment de présenter le réglage de la calandre : elle n’en retrouve plus l’ordre. Un membre du jury vous demande si elle souhaite une pause.',
      choix: [
        {
          id: 'pause-reprendre',
          texte:
            'Vous demandez à Sabine si elle veut une pause, puis vous lui proposez de s’appuyer sur les photos de son dossier et de montrer les gestes plutôt que de les dire.',
          suivant: 'apres-jury',
          pose: ['jury-partiel'],
          consequence:
            'Après cinq minutes, Sabine reprend en s’appuyant sur ses photos et en mimant ses gestes. Le jury reconnaît la plupart des activités, sauf le réglage de la calandre.',
          feedback:
            'Vous laissez Sabine décider de la pause et vous l’aidez à s’appuyer sur ses propres preuves : elle retrouve ses moyens. Une répétition aurait sans doute évité ce moment.',
          scores: { 'B3.C6.CR2': 1, 'B3.C8.CR1': 2 },
        },
        {
          id: 'repondre-a-sa-place',
          texte: 'Vous expliquez vous-même au jury ce qu’elle sait faire, pour lui laisser le temps de se reprendre : vous la connaissez depuis neuf ans.',
          suivant: 'fin-a-revoir',
          consequence:
            'Le jury vous remercie mais rappelle qu’il doit voir le travail de Sabine. La séance s’arrête ; elle pourra se représenter à une prochaine session.',
          feedback: 'Le jury reconnaît les compétences de la personne, pas celles de son moniteur. Parler à sa place la prive de sa démarche.',
          scores: { 'B3.C6.CR2': 0, 'B3.C8.CR1': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'apres-jury',
      titre: 'Décembre, le retour du jury',
      texte: 'Le jury a reconnu les compétences de Sabine en blanchisserie. Elle tient le courrier à deux mains et vous le montre.',
      variantes: [{ si: ['jury-partiel'], texte: 'Toutes, sauf le réglage de la calandre, qu’elle pourra présenter à une prochaine session.' }],
      choix: [
        {
          id: 'valoriser-avec-elle',
          texte:
            'Vous lui demandez comment elle veut fêter ça ; avec Hugo, vous proposez d’inscrire la reconnaissance dans son projet et par avenant à son contrat.',
          suivant: 'fin-optimale',
          consequence:
            'Sabine veut un goûter avec l’équipe, pas de discours. Dans l’entretien avec Hugo, elle demande à montrer le tri aux nouveaux, et ce qu’il faudrait pour travailler un jour dans la blanchisserie d’un hôpital.',
          feedback:
            'Valoriser, c’est faire changer quelque chose, avec la personne : projet personnalisé, avenant au contrat (décret n° 2009-565), nouvelles responsabilités choisies, et une fête à sa façon.',
          scores: { 'B3.C6.CR3': 2, 'B3.C8.CR1': 2 },
        },
        {
          id: 'feliciter',
          texte:
            'Vous la félicitez chaleureusement devant toute l’équipe, en racontant son parcours depuis septembre, puis vous rangez le courrier dans son classeur, en lieu sûr.',
          suivant: 'fin-acceptable',
          consequence: 'Sabine est contente, un peu gênée. Le lundi suivant, son travail et ses responsabilités sont les mêmes qu’avant.',
          feedback:
            'Les félicitations comptent, mais la reconnaissance n’a rien changé dans son parcours : ni projet, ni contrat, ni nouvelles possibilités, et la fête s’est faite à votre façon.',
          scores: { 'B3.C6.CR3': 1 },
        },
        {
          id: 'plus-de-production',
          texte:
            'Vous lui confiez désormais la calandre en priorité, avec un objectif de cadence plus élevé : c’est la meilleure façon de valoriser sa reconnaissance et de lui montrer votre confiance.',
          suivant: 'fin-cadence',
          consequence: 'Sabine tient le rythme deux semaines, puis demande à retourner au pliage. Elle ne parle plus de sa RAE.',
          feedback: 'Transformer la reconnaissance en exigence de production, sans lui demander ce qu’elle veut, abîme ce que la démarche a construit.',
          scores: { 'B3.C6.CR3': 0, 'B3.C8.CR1': 0 },
        },
      ],
    },
    {
      type: 'fin',
      id: 'fin-optimale',
      titre: 'Une reconnaissance qui ouvre un chemin',
      issues: ['optimale', 'acceptable', 'a-revoir'],
      texte:
        'La reconnaissance de Sabine est inscrite dans son projet et son contrat, elle transmet son savoir-faire, et un nouveau projet apparaît : la blanchisserie d’un hôpital.',
      variantes: [
        { si: ['inscrite-sans-accord'], texte: 'Au départ, pourtant, elle avait été inscrite alors qu’elle venait de dire non.' },
        { si: ['refus-accepte'], texte: 'Au départ, son refus avait été accepté sans qu’elle sache qu’on peut montrer son travail : une vidéo a rattrapé l’information manquante.' },
        { si: ['modalite-imposee'], sauf: ['modalite-revue'], texte: 'Elle a passé le jury dans une modalité choisie pour elle, celle qui l’inquiétait le plus.' },
        { si: ['modalite-revue'], texte: 'Sa modalité, d’abord choisie pour elle, n’est devenue la sienne qu’après coup.' },
        { si: ['hugo-choisit'], texte: 'Sa modalité a été choisie par Hugo, sans qu’elle compare.' },
        { si: ['grille-sans-elle'], texte: 'Son positionnement a été rempli sans elle : elle n’a pas découvert ses compétences à ce moment-là.' },
        { si: ['dossier-nadege'], texte: 'Son dossier a été écrit avec d’autres mots que les siens.' },
        { si: ['photos-sans-accord'], texte: 'Des collègues ont été photographiés sans être prévenus.' },
        { si: ['sans-repetition'], texte: 'Sans répétition, le jury a été une épreuve : elle s’est figée avant de reprendre.' },
      ],
    },
    {
      type: 'fin',
      id: 'fin-acceptable',
      titre: 'Une réussite fêtée, puis rangée dans un classeur',
      issues: ['optimale', 'acceptable', 'a-revoir'],
      texte:
        'Sabine a obtenu sa reconnaissance, et c’est une vraie fierté. Mais rien n’a changé ensuite. Au prochain entretien de projet, reprenez avec elle ce qu’elle veut faire de cette réussite.',
      variantes: [
        { si: ['inscrite-sans-accord'], texte: 'Au départ, elle avait été inscrite alors qu’elle venait de dire non.' },
        { si: ['refus-accepte'], texte: 'Au départ, son refus avait été accepté sans information complète.' },
        { si: ['modalite-imposee'], sauf: ['modalite-revue'], texte: 'Elle a passé le jury dans une modalité choisie pour elle.' },
        { si: ['hugo-choisit'], texte: 'Sa modalité a été choisie par Hugo.' },
        { si: ['grille-sans-elle'], texte: 'Son positionnement a été rempli sans elle.' },
        { si: ['dossier-nadege'], texte: 'Son dossier a été écrit avec d’autres mots que les siens.' },
        { si: ['photos-sans-accord'], texte: 'Des collègues ont été photographiés sans être prévenus.' },
        { si: ['sans-repetition'], texte: 'Sans répétition, le jury a été une épreuve.' },
      ],
    },
    {
      type: 'fin',
      id: 'fin-cadence',
      titre: 'Une reconnaissance changée en cadence',
      issues: ['acceptable', 'a-revoir'],
      texte:
        'Sabine a obtenu sa reconnaissance, puis la calandre à une cadence plus élevée, sans qu’on lui demande ce qu’elle voulait. Elle est retournée au pliage et ne parle plus de sa RAE. Valoriser, c’est faire changer son parcours avec elle : projet, contrat, responsabilités choisies.',
      variantes: [
        { si: ['inscrite-sans-accord'], texte: 'Au départ, déjà, elle avait été inscrite alors qu’elle venait de dire non.' },
        { si: ['modalite-imposee'], sauf: ['modalite-revue'], texte: 'Elle avait passé le jury dans une modalité choisie pour elle.' },
        { si: ['dossier-nadege'], texte: 'Son dossier avait été écrit avec d’autres mots que les siens.' },
        { si: ['sans-repetition'], texte: 'Sans répétition, le jury avait été une épreuve.' },
      ],
    },
    {
      type: 'fin',
      id: 'fin-a-revoir',
      titre: 'Une démarche décidée sans Sabine',
      issues: ['a-revoir'],
      texte:
        'À un moment clé, la décision a été prise sans Sabine, ou la parole lui a été prise devant le jury. Reprenez la mise en situation en demandant plus souvent à Sabine ce qu’elle veut, et en laissant le dossier et la parole devant le jury être les siens.',
    },
  ],
  debrief: {
    'B3.C6.CR1': {
      texte:
        'Présenter les trois modalités de la RAE (montrer, expliquer, transférer après un stage) avec des exemples concrets, puis laisser la personne choisir la sienne. Aucune modalité n’est supérieure aux autres.',
      lien: '/cours/bloc-3/reconnaissance-certification#modalites-rae',
    },
    'B3.C6.CR2': {
      texte:
        'Positionner la personne sur le référentiel avec elle, la laisser choisir ses preuves et les dire avec ses mots, demander l’accord des personnes photographiées, préserver le temps de préparation du jury.',
      lien: '/cours/bloc-3/reconnaissance-certification#dossier-preuves',
    },
    'B3.C6.CR3': {
      texte:
        'Faire changer quelque chose après la reconnaissance : projet personnalisé, avenant au contrat (décret n° 2009-565), nouvelles responsabilités choisies, fête sous la forme que la personne souhaite.',
      lien: '/cours/bloc-3/reconnaissance-certification#valoriser',
    },
    'B3.C8.CR1': {
      texte:
        'La RAE est volontaire : informer complètement, écouter ce qui freine, laisser la personne dire oui, non ou pas maintenant, et revenir vers elle quand une décision a été prise trop vite.',
      lien: '/cours/bloc-3/choix-inclusion-falc#choix-eclaire',
    },
  },
});
