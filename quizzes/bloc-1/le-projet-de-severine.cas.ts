import { defineCas } from '#auteur';

export default defineCas({
  id: 'le-projet-de-severine',
  titre: 'Le projet de Séverine',
  description:
    'Une travailleuse veut tenter un emploi en entreprise : accueillir le souhait, préparer la réunion de projet, construire des étapes, faire le bilan d’une mise en situation et sécuriser son choix.',
  bloc: 'B1',
  h5p: true,
  contexte:
    'Vous êtes moniteur ou monitrice de l’équipe espaces verts de l’ESAT « Le Moulin ». Trois jours par semaine, l’équipe entretient les massifs d’une jardinerie cliente, dans le cadre d’une prestation hors les murs. Séverine, 34 ans, travaille dans l’équipe depuis six ans : elle taille, désherbe et plante avec soin, et les clients de la jardinerie lui posent souvent des questions sur les plantes. Elle vient au travail avec le minibus de l’ESAT.',
  personnages: [
    { nom: 'Séverine', role: 'travailleuse de l’équipe espaces verts' },
    { nom: 'Amel', role: 'chargée d’insertion professionnelle de l’ESAT' },
    { nom: 'Bruno', role: 'éducateur référent de Séverine' },
    { nom: 'M. Girard', role: 'responsable de la jardinerie cliente' },
    { nom: 'Nathalie', role: 'cheffe d’atelier' },
  ],
  criteres: ['B1.C7.CR1', 'B1.C7.CR2', 'B1.C7.CR3', 'B1.C6.CR2', 'B1.C8.CR1'],
  debut: 'souhait',
  noeuds: [
    {
      type: 'situation',
      id: 'souhait',
      titre: 'Mardi, 12 h, pause déjeuner à la jardinerie',
      texte:
        'Séverine regarde les vendeurs de la jardinerie et vous dit : « Moi, j’aimerais travailler dans une vraie entreprise. Ici, par exemple. Comme mon frère, qui a un vrai contrat. »',
      choix: [
        {
          id: 'explorer-noter',
          texte:
            'Vous lui demandez ce qui l’attire ici et ce qu’elle imagine du travail, vous notez son souhait avec ses mots, et vous lui proposez d’en parler avec Amel et à sa prochaine réunion de projet.',
          suivant: 'preparer',
          consequence:
            'Séverine parle du contact avec les clients, des plantes, et « d’avoir une fiche de paie comme tout le monde ». Elle est d’accord pour qu’Amel soit prévenue.',
          feedback:
            'Explorer le souhait, le noter avec ses mots et l’orienter vers la chargée d’insertion et le projet personnalisé : c’est le bon départ.',
          scores: { 'B1.C7.CR1': 2, 'B1.C8.CR1': 2 },
        },
        {
          id: 'mettre-en-garde',
          texte:
            'Vous la mettez en garde : le milieu ordinaire est dur, et si elle part, elle risque de perdre sa place à l’ESAT.',
          suivant: 'doute',
          consequence: 'Séverine baisse les yeux et finit son repas en silence.',
          feedback:
            'Décourager d’emblée ferme le souhait. Et l’information est fausse : le droit au retour permet de revenir à l’ESAT sans nouvelle décision de la MDPH.',
          scores: { 'B1.C7.CR1': 0, 'B1.C7.CR3': 0 },
        },
        {
          id: 'promettre-girard',
          texte: 'Enthousiaste, vous lui promettez d’en parler tout de suite à M. Girard pour qu’il l’embauche.',
          suivant: 'promesse',
          consequence: 'Séverine rayonne. Vous allez voir M. Girard à la fin du repas.',
          feedback:
            'L’enthousiasme soutient Séverine, mais promettre un emploi qui dépend d’autres personnes, et court-circuiter l’équipe, l’expose à une déception.',
          scores: { 'B1.C7.CR1': 1, 'B1.C8.CR1': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'doute',
      titre: 'Vendredi, 9 h',
      texte:
        'Séverine revient vers vous : « C’est vrai que si je pars, je ne pourrai jamais revenir ? Mon frère dit que si. »',
      choix: [
        {
          id: 'rectifier',
          texte:
            'Vous reconnaissez vous être trompé, vous lui expliquez simplement le droit au retour et vous proposez de voir Amel ensemble pour qu’elle lui explique les dispositifs.',
          suivant: 'preparer',
          consequence: 'Séverine sourit : « Alors je peux essayer ? » Le rendez-vous avec Amel est pris pour mardi.',
          feedback:
            'Corriger une erreur rétablit la confiance. L’information exacte, donnée simplement, et l’orientation vers la chargée d’insertion relancent le projet.',
          scores: { 'B1.C7.CR3': 2, 'B1.C8.CR1': 2 },
        },
        {
          id: 'renvoyer-educateur',
          texte: 'Vous lui répondez que vous ne savez pas trop, et qu’elle demande à Bruno, son éducateur.',
          suivant: 'preparer',
          consequence: 'Séverine attend dix jours pour voir Bruno, qui lui explique le droit au retour et prévient Amel.',
          feedback:
            'Orienter vers un collègue est utile, mais vous laissez Séverine dans l’incertitude. Un moniteur doit connaître les principes des dispositifs de parcours.',
          scores: { 'B1.C7.CR3': 1, 'B1.C8.CR1': 1 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'promesse',
      titre: 'Mardi, 13 h 30',
      texte:
        'M. Girard est aimable : « Je ne recrute pas en ce moment. Mais elle pourrait venir quelques jours découvrir le magasin. » De retour à l’ESAT, Nathalie, la cheffe d’atelier, vous rappelle que les démarches avec les entreprises passent par Amel et la direction.',
      choix: [
        {
          id: 'revenir-honnete',
          texte:
            'Vous expliquez honnêtement à Séverine qu’il n’y a pas d’emploi pour l’instant, et vous lui proposez de préparer avec Amel une période de découverte.',
          suivant: 'preparer',
          consequence: 'Séverine est déçue, puis s’accroche à l’idée de la découverte. Amel reprend le contact avec M. Girard.',
          feedback:
            'Revenir sur une promesse trop rapide, dire la vérité et remettre le projet dans le bon circuit : c’est rattraper l’erreur.',
          scores: { 'B1.C7.CR1': 1, 'B1.C8.CR1': 2 },
        },
        {
          id: 'arranger-seul',
          texte: 'Vous convenez directement avec M. Girard qu’elle travaillera avec ses vendeurs vendredi, sans passer par Amel.',
          suivant: 'preparer',
          consequence:
            'Vendredi, Nathalie découvre l’arrangement : aucune convention n’encadre cette journée. Elle est annulée et Amel reprend le dossier.',
          feedback:
            'Un accord avec une entreprise engage l’établissement. Sans cadre, Séverine n’est pas couverte, et le projet prend du retard.',
          scores: { 'B1.C8.CR1': 0, 'B1.C7.CR3': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'preparer',
      titre: 'Deux semaines plus tard, la réunion de projet personnalisé',
      texte:
        'Séverine, Amel, Bruno et vous vous réunissez pour revoir son projet personnalisé. Qu’apportez-vous ?',
      choix: [
        {
          id: 'observations-auto',
          texte:
            'Les observations datées de ses compétences en espaces verts et au contact des clients, et l’auto-évaluation qu’elle a remplie avec vous, avec des photos de ses chantiers.',
          suivant: 'objectifs',
          consequence:
            'Séverine présente elle-même sa grille. Elle se trouve « moins à l’aise pour parler aux clients » que ce que vos observations montrent. L’échange la rassure.',
          feedback:
            'Vos faits datés et son auto-évaluation, présentée par elle, nourrissent un projet co-construit. L’écart entre les deux regards devient une information utile.',
          scores: { 'B1.C6.CR2': 2, 'B1.C7.CR2': 2 },
        },
        {
          id: 'avis-general',
          texte: 'Votre avis général : elle travaille bien, mais elle n’est pas prête pour une entreprise.',
          suivant: 'objectifs',
          consequence: 'Séverine se raidit. Amel demande sur quoi vous fondez ce jugement ; vous n’avez pas d’exemple précis.',
          feedback:
            'Un avis général, sans faits ni participation de Séverine, ne permet ni de construire des objectifs ni de discuter.',
          scores: { 'B1.C6.CR2': 0, 'B1.C7.CR2': 0 },
        },
        {
          id: 'rien-laisser',
          texte: 'Rien de particulier : c’est Amel qui s’occupe de l’insertion, et l’atelier a une grosse commande.',
          suivant: 'objectifs',
          consequence: 'La réunion manque d’informations sur le travail de Séverine. Amel vous demande d’envoyer vos observations après coup.',
          feedback:
            'Vous voyez Séverine travailler tous les jours : votre contribution au projet est attendue, quelle que soit la charge de l’atelier.',
          scores: { 'B1.C7.CR2': 0, 'B1.C8.CR1': 1 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'objectifs',
      titre: 'La réunion, suite',
      texte:
        'Séverine voudrait devenir vendeuse en jardinerie. Elle ne prend jamais les transports en commun seule et n’a jamais tenu une caisse. Comment construisez-vous la suite ?',
      choix: [
        {
          id: 'etapes-datees',
          texte:
            'Avec elle, vous proposez des étapes datées : apprendre le trajet en bus avec Bruno, conseiller les clients lors des prestations, puis une période de mise en situation de deux semaines à la jardinerie organisée par Amel, avec un bilan à la fin.',
          suivant: 'mise-en-situation',
          consequence:
            'Séverine choisit elle-même l’ordre des étapes et demande à commencer par le bus. Le projet personnalisé est mis à jour avec ces objectifs.',
          feedback:
            'Des étapes courtes, datées, avec un accompagnant pour chacune et un moyen de savoir si elles sont franchies : le souhait devient un parcours réaliste.',
          scores: { 'B1.C7.CR1': 2, 'B1.C7.CR2': 2 },
        },
        {
          id: 'objectif-cdi',
          texte: 'Vous inscrivez un seul objectif : « Signer un contrat à durée indéterminée en jardinerie d’ici trois mois. »',
          suivant: 'mise-en-situation',
          consequence:
            'L’objectif plaît à Séverine, mais personne ne sait par où commencer. Amel propose quand même une mise en situation.',
          feedback:
            'L’objectif respecte le souhait, mais il n’est ni découpé ni atteignable en l’état : sans étapes, la personne risque l’échec.',
          scores: { 'B1.C7.CR1': 1 },
        },
        {
          id: 'recentrer-esat',
          texte: 'Vous proposez plutôt qu’elle devienne référente de l’équipe espaces verts, ce qui serait plus sûr pour elle.',
          suivant: 'mise-en-situation',
          consequence:
            'Séverine accepte du bout des lèvres. Bruno rappelle que son souhait est la jardinerie ; l’équipe maintient une mise en situation.',
          feedback:
            'Remplacer son souhait par un projet jugé plus sûr, c’est décider à sa place. Être référente peut être une étape, si elle la choisit.',
          scores: { 'B1.C7.CR1': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'mise-en-situation',
      titre: 'Trois mois plus tard, après la mise en situation',
      texte:
        'Le tuteur de la jardinerie est satisfait : Séverine conseille bien les clients, mais elle est stressée à la caisse et fatiguée en fin de journée. M. Girard propose un contrat de 20 heures par semaine. Il vous appelle pour avoir votre réponse.',
      choix: [
        {
          id: 'bilan-avec-elle',
          texte:
            'Vous dites à M. Girard que la réponse appartient à Séverine, puis vous organisez avec Amel un bilan où elle dit d’abord ce qu’elle a vécu, avant de parler des options possibles.',
          suivant: 'choix',
          consequence:
            'Séverine raconte sa fierté et sa fatigue. Elle aime le conseil, beaucoup moins la caisse. Elle veut le poste, mais elle a peur.',
          feedback:
            'Le bilan part du regard de la personne ; les options se présentent ensuite. La décision n’appartient ni au client ni au moniteur.',
          scores: { 'B1.C6.CR2': 2, 'B1.C7.CR3': 2 },
        },
        {
          id: 'accepter-pour-elle',
          texte: 'Vous acceptez au nom de Séverine : une telle occasion ne se refuse pas.',
          suivant: 'choix',
          consequence: 'Séverine apprend la nouvelle par M. Girard. Elle est contente, mais se demande pourquoi on ne lui a rien demandé.',
          feedback:
            'Même une bonne nouvelle ne se décide pas à la place de la personne. Son choix, et les dispositifs qui le sécurisent, se préparent avec elle.',
          scores: { 'B1.C7.CR3': 0, 'B1.C6.CR2': 0 },
        },
        {
          id: 'pas-prete',
          texte: 'Vous concluez qu’elle n’est pas prête, à cause du stress à la caisse, et vous déclinez la proposition.',
          suivant: 'fin-a-revoir',
          consequence: 'M. Girard recrute quelqu’un d’autre. Séverine l’apprend un mois plus tard.',
          feedback:
            'Le stress à la caisse est une difficulté à travailler, pas une raison de fermer la porte, et surtout pas sans elle.',
          scores: { 'B1.C7.CR1': 0, 'B1.C7.CR3': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'choix',
      titre: 'La décision',
      texte: 'Séverine vous demande : « Et si ça ne marche pas, à la jardinerie ? Qu’est-ce qui se passe pour moi ? »',
      choix: [
        {
          id: 'informer-laisser-choisir',
          texte:
            'Avec un support facile à lire, vous lui présentez deux possibilités : cumuler ce contrat avec des jours à l’ESAT, ou partir avec une convention d’appui de 3 ans au plus, avec le droit de revenir sans nouvelle décision de la MDPH. Vous lui laissez une semaine pour choisir.',
          suivant: 'fin-optimale',
          consequence:
            'Séverine en parle avec son frère et avec Bruno. Elle choisit le cumul : 20 heures à la jardinerie, le reste à l’ESAT. Son projet personnalisé est mis à jour.',
          feedback:
            'Une information complète et accessible, du temps, et le respect de sa décision : Séverine choisit son parcours, sécurisé par les dispositifs de 2022.',
          scores: { 'B1.C7.CR3': 2, 'B1.C7.CR1': 2 },
        },
        {
          id: 'conseiller-cumul',
          texte: 'Vous lui conseillez fermement le cumul, plus prudent, et vous prévenez Amel qu’elle a choisi cette formule.',
          suivant: 'fin-acceptable',
          consequence:
            'Séverine suit votre conseil. Le cumul se passe bien, mais elle dit à Bruno qu’elle aurait aimé « essayer en vrai ».',
          feedback:
            'Le cumul était une bonne option, mais vous l’avez choisie pour elle. Présenter les options et laisser décider aurait respecté son autodétermination.',
          scores: { 'B1.C7.CR3': 1 },
        },
        {
          id: 'nouvelle-demande-mdph',
          texte: 'Vous lui expliquez que, si cela échoue, il faudra refaire un dossier à la MDPH pour revenir.',
          suivant: 'fin-a-revoir',
          consequence: 'Inquiète, Séverine renonce au poste.',
          feedback:
            'C’est inexact : le droit au retour permet de revenir sans nouvelle décision de la MDPH tant que l’orientation est valable. Une information fausse a coûté une occasion.',
          scores: { 'B1.C7.CR3': 0 },
        },
      ],
    },
    {
      type: 'fin',
      id: 'fin-optimale',
      titre: 'Un parcours choisi et sécurisé',
      issues: ['optimale', 'acceptable', 'a-revoir'],
      texte:
        'Séverine a exprimé un souhait, l’a exploré, l’a mis à l’épreuve par étapes et a décidé elle-même, en connaissant les dispositifs qui la protègent. L’équipe a joué son rôle, chacun à sa place.',
    },
    {
      type: 'fin',
      id: 'fin-acceptable',
      titre: 'Un bon parcours, décidé un peu pour elle',
      issues: ['optimale', 'acceptable', 'a-revoir'],
      texte:
        'Le parcours de Séverine avance, mais la décision finale a été orientée par vous. La prochaine fois, présentez toutes les options et laissez-lui le temps de choisir.',
    },
    {
      type: 'fin',
      id: 'fin-a-revoir',
      titre: 'Une occasion perdue',
      issues: ['optimale', 'acceptable', 'a-revoir'],
      texte:
        'Le projet de Séverine s’est arrêté sur une décision prise sans elle ou sur une information inexacte. Revoyez le droit au retour, le cumul et le parcours renforcé, et reprenez en laissant Séverine décider.',
    },
  ],
  debrief: {
    'B1.C7.CR1': {
      texte:
        'Partir du souhait de la personne, l’explorer, puis le traduire avec elle en objectifs précis et en étapes datées.',
      lien: '/cours/bloc-1/projet-et-parcours#objectifs-etapes',
    },
    'B1.C7.CR2': {
      texte:
        'Contribuer au projet personnalisé par des observations datées et des propositions, le mettre en œuvre et le mettre à jour avec la personne.',
      lien: '/cours/bloc-1/projet-et-parcours#projet-personnalise',
    },
    'B1.C7.CR3': {
      texte:
        'Connaître et expliquer les dispositifs : mise en situation, cumul, parcours renforcé avec convention d’appui, droit au retour sans nouvelle décision de la MDPH ; laisser la personne choisir.',
      lien: '/cours/bloc-1/projet-et-parcours#dispositifs',
    },
    'B1.C6.CR2': {
      texte:
        'Associer la personne à son évaluation : auto-évaluation accessible, bilan qui part de son regard, écarts discutés.',
      lien: '/cours/bloc-1/evaluer-capacites#associer',
    },
    'B1.C8.CR1': {
      texte:
        'Orienter vers le bon interlocuteur (chargée d’insertion, éducateur, direction) et ne pas engager l’établissement seul auprès d’une entreprise.',
      lien: '/cours/bloc-1/equipe-pluriprofessionnelle#qui-fait-quoi',
    },
  },
});
