import { defineCas } from '#auteur';

export default defineCas({
  id: 'rae-de-sabine',
  titre: 'Sabine et la RAE',
  description:
    'Accompagner une travailleuse qui hésite à se présenter à la reconnaissance des acquis de l’expérience : l’informer, la laisser choisir sa modalité, construire son dossier avec elle et valoriser sa réussite.',
  bloc: 'B3',
  h5p: true,
  contexte:
    'Vous êtes moniteur ou monitrice de la blanchisserie de l’ESAT « Le Moulin Vert ». L’atelier traite le linge de deux maisons de retraite et d’un hôtel. La session de RAE « Différent et compétent » de l’automne approche : inscriptions jusqu’au 30 septembre, jury fin novembre. Sabine, 41 ans, travaille à la blanchisserie depuis 9 ans. Elle maîtrise le tri, le lavage, la calandre et le pliage ; elle lit peu et parle peu en groupe.',
  personnages: [
    { nom: 'Sabine', role: 'travailleuse de la blanchisserie depuis 9 ans' },
    { nom: 'Hugo', role: 'chargé d’insertion professionnelle, référent RAE de l’établissement' },
    { nom: 'Nadège', role: 'cheffe d’atelier' },
    { nom: 'Farid', role: 'collègue de Sabine, reconnu par la RAE l’an dernier' },
  ],
  criteres: ['B3.C6.CR1', 'B3.C6.CR2', 'B3.C6.CR3', 'B3.C8.CR1'],
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
          texte:
            'Vous lui demandez ce qui lui fait peur, et vous lui dites qu’il existe plusieurs façons de faire, dont une où l’on montre son travail sans faire de discours.',
          suivant: 'modalites',
          consequence:
            'Sabine explique qu’elle a peur d’écrire et d’être jugée. Elle accepte d’« en savoir plus », sans rien promettre. Vous proposez un rendez-vous avec Hugo la semaine suivante.',
          feedback:
            'Écouter ce qui freine la personne, puis donner une information juste (toutes les modalités ne demandent pas de parler longtemps), ouvre un vrai choix.',
          scores: { 'B3.C8.CR1': 2, 'B3.C6.CR1': 1 },
        },
        {
          id: 'inscrire',
          texte: 'Vous lui dites qu’elle est la meilleure au pliage et que vous l’inscrivez : « Vous verrez, ça ira. »',
          suivant: 'inscrite-sans-choix',
          consequence: 'Vous transmettez son nom à Hugo le jour même. Sabine ne répond rien.',
          feedback:
            'Votre confiance en elle est sincère, mais la RAE est une démarche volontaire : inscrire une personne qui vient de dire non, c’est décider à sa place.',
          scores: { 'B3.C8.CR1': 0 },
        },
        {
          id: 'laisser',
          texte: 'Vous respectez sa réponse et n’en parlez plus.',
          suivant: 'plus-tard',
          consequence: 'Sabine retourne à la calandre. Personne ne reparle de la RAE avec elle.',
          feedback:
            'Respecter un refus est juste, mais ce refus repose sur une idée fausse : elle croit qu’il faut forcément parler devant un jury. Un choix se fait avec une information complète.',
          scores: { 'B3.C8.CR1': 1, 'B3.C6.CR1': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'inscrite-sans-choix',
      titre: 'Mercredi, fin de matinée',
      texte:
        'Hugo vous appelle : il a vu Sabine pour confirmer l’inscription, et elle lui a dit qu’elle « ne sait pas pourquoi elle est inscrite ». Depuis, elle évite votre regard.',
      choix: [
        {
          id: 'revenir',
          texte:
            'Vous allez voir Sabine, vous reconnaissez être allé trop vite et vous proposez de tout reprendre avec Hugo : elle décidera ensuite.',
          suivant: 'modalites',
          consequence: 'Sabine se détend : « Je croyais que j’étais obligée. » Elle accepte le rendez-vous avec Hugo.',
          feedback:
            'Reconnaître son erreur et rendre la décision à la personne restaure la confiance. L’inscription n’a de valeur que si elle est choisie.',
          scores: { 'B3.C8.CR1': 1 },
        },
        {
          id: 'maintenir',
          texte: 'Vous maintenez l’inscription : une fois lancée, elle prendra confiance.',
          suivant: 'abandon',
          consequence: 'L’inscription part au réseau. Sabine ne dit plus rien de la RAE.',
          feedback:
            'Pousser quelqu’un dans une démarche qu’il n’a pas choisie, c’est lui imposer un « devoir d’agir ». Le silence de Sabine n’est pas un accord.',
          scores: { 'B3.C8.CR1': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'abandon',
      titre: 'Mi-octobre',
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
          feedback:
            'Il n’est pas trop tard pour rendre le choix à la personne. Dire qu’elle peut arrêter rend sa réponse libre.',
          scores: { 'B3.C8.CR1': 2 },
        },
        {
          id: 'desinscrire',
          texte: 'Vous demandez à Hugo de la désinscrire : visiblement, elle n’est pas prête.',
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
      texte:
        'Hugo montre une courte vidéo du jury de Farid : on le voit régler la calandre et plier des draps devant le jury, presque sans parler. Sabine se tourne vers vous : « Ah, c’est ça ? On montre juste ? »',
      choix: [
        {
          id: 'expliquer-maintenant',
          texte:
            'Vous saisissez l’occasion : vous lui présentez les trois modalités avec la fiche illustrée, et proposez de voir Hugo demain, avant la fin des inscriptions.',
          suivant: 'modalites',
          consequence: 'Sabine prend la fiche et la montre à sa voisine. Elle accepte le rendez-vous.',
          feedback:
            'La vidéo a levé une idée fausse ; une information claire et accessible permet maintenant un choix éclairé.',
          scores: { 'B3.C6.CR1': 2, 'B3.C8.CR1': 2 },
        },
        {
          id: 'trop-tard',
          texte: 'Vous lui répondez que c’est trop juste pour cette session et qu’on en reparlera une autre fois.',
          suivant: 'fin-a-revoir',
          consequence: 'Sabine hoche la tête. Les inscriptions ferment quatre jours plus tard ; on n’en reparle pas.',
          feedback:
            'Il restait quatre jours : l’intérêt qu’exprime la personne mérite une réponse rapide, ou au moins un rendez-vous pour préparer la session suivante.',
          scores: { 'B3.C6.CR1': 0, 'B3.C8.CR1': 1 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'modalites',
      titre: 'Dans le bureau de Hugo',
      texte:
        'Hugo et vous présentez la démarche à Sabine : positionnement sur un référentiel de droit commun, dossier de preuves, jury. Sabine vous regarde : « Et moi, laquelle je dois faire ? »',
      choix: [
        {
          id: 'elle-choisit',
          texte:
            'Vous lui présentez les trois modalités avec des photos et l’exemple de Farid, puis vous lui demandez ce qu’elle préfère.',
          suivant: 'positionnement',
          consequence:
            'Sabine choisit la modalité interne : « Je montre ce que je fais, à la calandre et au pliage. » Elle signe elle-même sa fiche d’engagement.',
          feedback:
            'Présenter toutes les voies, avec des exemples concrets, puis laisser la personne choisir : c’est exactement le rôle attendu.',
          scores: { 'B3.C6.CR1': 2, 'B3.C8.CR1': 2 },
        },
        {
          id: 'choisir-pour-elle',
          texte: 'Vous lui conseillez la modalité externe : expliquer son travail hors de l’ESAT est plus valorisant.',
          suivant: 'doute',
          consequence: 'Sabine accepte sans rien dire. Hugo note la modalité externe.',
          feedback:
            'Aucune modalité n’est plus valorisante qu’une autre. Choisir à sa place, surtout la modalité qui l’inquiète le plus, la met en difficulté.',
          scores: { 'B3.C6.CR1': 0, 'B3.C8.CR1': 0 },
        },
        {
          id: 'hugo-decide',
          texte: 'Vous laissez Hugo, référent RAE, choisir la modalité la plus adaptée.',
          suivant: 'positionnement',
          consequence: 'Hugo propose la modalité interne. Sabine dit « d’accord », sans avoir vraiment comparé.',
          feedback:
            'Le choix d’Hugo est raisonnable, mais c’est encore un professionnel qui décide. Sabine aurait pu choisir elle-même avec les bonnes informations.',
          scores: { 'B3.C6.CR1': 1, 'B3.C8.CR1': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'doute',
      titre: 'Début octobre, au pliage',
      texte:
        'Sabine plie en silence depuis une heure. Elle finit par dire : « Expliquer devant des gens, dehors, je vais pas y arriver. »',
      choix: [
        {
          id: 'revoir-modalite',
          texte:
            'Vous lui demandez ce qui l’inquiète, lui rappelez qu’elle peut changer de modalité et reprenez les trois avec elle ; elle choisit.',
          suivant: 'positionnement',
          consequence: 'Sabine choisit la modalité interne. Elle sourit pour la première fois de la matinée.',
          feedback: 'Revenir sur une décision prise trop vite et rendre le choix à la personne : l’erreur est réparée.',
          scores: { 'B3.C6.CR1': 1, 'B3.C8.CR1': 2 },
        },
        {
          id: 'rassurer',
          texte: 'Vous la rassurez : « Vous allez y arriver, on répétera autant qu’il faudra. »',
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
      texte:
        'Il faut positionner Sabine sur le référentiel du métier, rendu accessible : pour chaque activité, dire si elle la réalise déjà.',
      choix: [
        {
          id: 'ensemble',
          texte:
            'Vous reprenez le référentiel avec Sabine, activité par activité : elle dit ce qu’elle fait, vous la regardez faire au poste, vous cochez ensemble.',
          suivant: 'preuves',
          consequence:
            'Sabine découvre qu’elle réalise bien plus d’activités qu’elle ne le pensait : « Le tri des taches, je fais ça aussi ! »',
          feedback:
            'Le positionnement fait avec la personne est déjà une prise de conscience de ses compétences, et prépare le dossier.',
          scores: { 'B3.C6.CR2': 2 },
        },
        {
          id: 'seul',
          texte: 'Vous remplissez seul la grille : vous connaissez son travail depuis 9 ans.',
          suivant: 'preuves',
          consequence: 'La grille est juste, mais Sabine ne sait pas ce qu’elle contient. Elle vous dit : « C’est vous qui savez. »',
          feedback:
            'Votre connaissance de son travail est précieuse, mais le positionnement est un moment où la personne découvre ses propres compétences. Fait sans elle, il perd ce sens.',
          scores: { 'B3.C6.CR2': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'preuves',
      titre: 'Mi-octobre, les preuves',
      texte:
        'Il faut rassembler des preuves : photos, documents, observations. Nadège vous propose : « Je peux écrire son dossier ce week-end, ce sera plus propre pour le jury. »',
      choix: [
        {
          id: 'sabine-choisit',
          texte:
            'Vous remerciez Nadège et prêtez la tablette à Sabine : elle choisit ses photos, demande à Farid s’il accepte d’apparaître, et vous dicte ce qu’elle fait.',
          suivant: 'commande',
          consequence:
            'Le dossier est simple et ressemble à Sabine : « Je sépare les draps des maisons de retraite et ceux de l’hôtel, je regarde les étiquettes. » Farid accepte d’être sur une photo.',
          feedback:
            'Le dossier appartient à la personne : elle choisit et raconte, le moniteur organise et écrit sous la dictée. L’accord des collègues photographiés est demandé.',
          scores: { 'B3.C6.CR2': 2 },
        },
        {
          id: 'nadege-ecrit',
          texte: 'Vous acceptez l’offre de Nadège : un dossier bien écrit fera bonne impression.',
          suivant: 'commande',
          consequence: 'Le dossier est élégant. Sabine le feuillette et dit qu’elle ne reconnaît pas « ces mots-là ».',
          feedback: 'Un dossier écrit par un autre ne prépare pas la personne au jury et ne lui appartient plus.',
          scores: { 'B3.C6.CR2': 0 },
        },
        {
          id: 'photos-tout',
          texte: 'Vous photographiez vous-même toute l’équipe au travail pendant une matinée, pour avoir du choix.',
          suivant: 'commande',
          consequence:
            'Vous avez cent photos. Deux collègues se plaignent de ne pas avoir été prévenus, et Sabine ne sait pas lesquelles choisir.',
          feedback:
            'Avoir des photos est utile, mais chaque personne photographiée doit être d’accord, et c’est à Sabine de choisir ce qu’elle montre.',
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
          texte: 'Vous demandez à Sabine ce qu’elle préfère : répéter jeudi comme prévu, ou mercredi tôt le matin.',
          suivant: 'apres-jury',
          consequence:
            'Sabine choisit mercredi matin : « Après, je serai tranquille. » La répétition a lieu ; l’équipe s’organise pour les draps.',
          feedback:
            'Associer la personne à l’organisation de sa préparation concilie la commande et son parcours.',
          scores: { 'B3.C6.CR2': 2, 'B3.C8.CR1': 2 },
        },
        {
          id: 'maintenir-repetition',
          texte:
            'Vous maintenez la répétition et réorganisez la semaine avec Nadège et l’équipe ; au besoin, vous proposerez au client une livraison en deux fois.',
          suivant: 'apres-jury',
          consequence: 'La répétition a lieu jeudi. Le client accepte de recevoir 200 draps vendredi et le reste lundi.',
          feedback:
            'La production s’organise autour du parcours de la personne, pas l’inverse. Vous auriez aussi pu demander à Sabine son avis sur le moment.',
          scores: { 'B3.C6.CR2': 2 },
        },
        {
          id: 'annuler-repetition',
          texte: 'Vous annulez la répétition : la commande passe d’abord, et Sabine connaît son travail.',
          suivant: 'jury-difficile',
          consequence: 'Sabine passe jeudi à la calandre. Le soir, elle part en disant qu’elle a mal dormi la veille.',
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
      texte:
        'Devant les trois membres du jury, Sabine se fige. Elle oublie l’ordre du réglage de la calandre. Un membre du jury vous demande si elle souhaite une pause.',
      choix: [
        {
          id: 'pause-reprendre',
          texte:
            'Vous demandez à Sabine si elle veut une pause, puis lui proposez de s’appuyer sur les photos de son dossier et de montrer les gestes plutôt que de les dire.',
          suivant: 'apres-jury',
          consequence:
            'Après cinq minutes, Sabine reprend en s’appuyant sur ses photos et en mimant ses gestes. Le jury reconnaît la plupart des activités, sauf le réglage de la calandre.',
          feedback:
            'Vous laissez Sabine décider de la pause et vous l’aidez à s’appuyer sur ses propres preuves : elle retrouve ses moyens. Une répétition aurait sans doute évité ce moment.',
          scores: { 'B3.C6.CR2': 1, 'B3.C8.CR1': 2 },
        },
        {
          id: 'repondre-a-sa-place',
          texte: 'Vous expliquez vous-même au jury ce qu’elle sait faire : vous la connaissez bien.',
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
      texte:
        'Le jury a reconnu les compétences de Sabine en blanchisserie. Elle tient le courrier à deux mains et vous le montre.',
      choix: [
        {
          id: 'valoriser-avec-elle',
          texte:
            'Vous lui demandez comment elle veut fêter ça ; avec Hugo, vous proposez d’inscrire la reconnaissance dans son projet et par avenant au contrat, et vous lui demandez si elle aimerait montrer la calandre aux nouveaux.',
          suivant: 'fin-optimale',
          consequence:
            'Sabine veut un goûter avec l’équipe, pas de discours. Elle accepte de devenir tutrice à la calandre et demande ce qu’il faudrait pour travailler un jour dans la blanchisserie d’un hôpital.',
          feedback:
            'Valoriser, c’est faire changer quelque chose, avec la personne : projet personnalisé, avenant au contrat (décret n° 2009-565), nouvelles responsabilités choisies, et une fête à sa façon.',
          scores: { 'B3.C6.CR3': 2, 'B3.C8.CR1': 2 },
        },
        {
          id: 'feliciter',
          texte: 'Vous la félicitez chaleureusement devant l’équipe, puis le courrier rejoint son classeur.',
          suivant: 'fin-acceptable',
          consequence: 'Sabine est contente. Le lundi suivant, son travail et ses responsabilités sont les mêmes qu’avant.',
          feedback:
            'Les félicitations comptent, mais la reconnaissance n’a rien changé dans son parcours : ni projet, ni contrat, ni nouvelles possibilités.',
          scores: { 'B3.C6.CR3': 1 },
        },
        {
          id: 'plus-de-production',
          texte: 'Vous lui confiez désormais la calandre en priorité, avec un objectif de cadence plus élevé.',
          suivant: 'fin-a-revoir',
          consequence: 'Sabine tient le rythme deux semaines, puis demande à retourner au pliage. Elle ne parle plus de sa RAE.',
          feedback:
            'Transformer la reconnaissance en exigence de production abîme ce que la démarche a construit.',
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
        'La reconnaissance de Sabine est inscrite dans son projet et son contrat, elle transmet son savoir-faire, et un nouveau projet apparaît : la blanchisserie d’un hôpital. C’est la finalité inclusive du parcours qui se dessine. Vos notes par critère montrent si, en chemin, la démarche est restée la sienne.',
    },
    {
      type: 'fin',
      id: 'fin-acceptable',
      titre: 'Une réussite qui reste dans un classeur',
      issues: ['optimale', 'acceptable', 'a-revoir'],
      texte:
        'Sabine a obtenu sa reconnaissance, et c’est une vraie fierté. Mais rien n’a changé ensuite. Au prochain entretien de projet, reprenez avec elle ce qu’elle veut faire de cette réussite.',
    },
    {
      type: 'fin',
      id: 'fin-a-revoir',
      titre: 'Une démarche décidée sans Sabine',
      issues: ['optimale', 'acceptable', 'a-revoir'],
      texte:
        'À un moment clé, la décision a été prise sans Sabine, ou sa démarche a été tournée vers la production. Reprenez la mise en situation en demandant plus souvent à Sabine ce qu’elle veut, et en laissant le dossier et la parole devant le jury être les siens.',
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
        'Faire changer quelque chose après la reconnaissance : projet personnalisé, avenant au contrat, nouvelles responsabilités choisies, fête sous la forme que la personne souhaite.',
      lien: '/cours/bloc-3/reconnaissance-certification#valoriser',
    },
    'B3.C8.CR1': {
      texte:
        'La RAE est volontaire : informer complètement, écouter ce qui freine, laisser la personne dire oui, non ou pas maintenant, et revenir vers elle quand une décision a été prise trop vite.',
      lien: '/cours/bloc-3/choix-inclusion-falc#choix-eclaire',
    },
  },
});
