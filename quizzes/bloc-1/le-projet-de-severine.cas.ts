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
  drapeaux: {
    'mise-en-garde': 'Vous avez dit à Séverine qu’en partant, elle risquait de perdre sa place à l’ESAT.',
    'erreur-corrigee': 'Vous avez reconnu votre erreur et expliqué le droit au retour.',
    'renvoyee-a-bruno': 'Vous avez renvoyé Séverine vers Bruno sans répondre à sa question sur le retour.',
    'promesse-faite': 'Vous avez promis à Séverine d’obtenir un emploi auprès de M. Girard.',
    'arrangement-annule': 'Une journée arrangée seul avec M. Girard, sans convention, a été annulée.',
    'refus-cache': 'Vous n’avez pas dit à Séverine que M. Girard ne recrutait pas.',
    'observations-datees': 'Vous avez apporté à la réunion des observations datées et son auto-évaluation.',
    'etapes-datees': 'Des étapes datées ont été construites avec Séverine, dont le trajet en bus avec Bruno.',
    'souhait-remplace': 'Vous avez proposé un autre projet que le sien, jugé plus sûr.',
    'accepte-pour-elle': 'Vous avez accepté le contrat de M. Girard au nom de Séverine.',
  },
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
          texte: 'Vous lui demandez ce qui l’attire ici et ce qu’elle imagine du métier, vous notez son envie avec ses mots, et vous en parlerez avec Amel et à sa réunion de projet.',
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
            'Pour lui éviter une déception, vous lui expliquez franchement que le rythme d’un magasin est dur et qu’en partant, elle risquerait de perdre sa place à l’ESAT.',
          suivant: 'doute',
          consequence: 'Séverine baisse les yeux et finit son repas en silence.',
          feedback:
            'Vouloir la protéger est compréhensible, mais décourager d’emblée ferme le souhait. Et l’information est fausse : le droit au retour lui permet de revenir à l’ESAT sans nouvelle décision de la MDPH, tant que son orientation est valable.',
          scores: { 'B1.C7.CR1': 0, 'B1.C7.CR3': 0 },
          pose: ['mise-en-garde'],
          piege: true,
        },
        {
          id: 'promettre-girard',
          texte: 'Vous l’encouragez, valorisez son travail et proposez d’en parler tout de suite à M. Girard, qui l’apprécie : autant saisir l’occasion.',
          suivant: 'promesse',
          consequence: 'Séverine rayonne : « Alors il va m’embaucher ? » Vous allez voir M. Girard à la fin du repas.',
          feedback:
            'L’enthousiasme soutient Séverine, mais promettre un emploi qui dépend d’autres personnes, et court-circuiter l’équipe, l’expose à une déception.',
          scores: { 'B1.C7.CR1': 1, 'B1.C8.CR1': 0 },
          pose: ['promesse-faite'],
        },
      ],
    },
    {
      type: 'situation',
      id: 'doute',
      titre: 'Vendredi, 9 h',
      suppose: ['mise-en-garde'],
      texte: 'Séverine revient vers vous : « C’est vrai que si je pars, je ne pourrai jamais revenir ? Mon frère dit que si. »',
      choix: [
        {
          id: 'rectifier',
          texte: 'Vous reconnaissez vous être trompé, vous lui expliquez le droit au retour en mots simples et vous proposez de voir Amel ensemble.',
          suivant: 'preparer',
          consequence: 'Séverine sourit : « Alors je peux essayer ? » Le rendez-vous avec Amel est pris pour mardi.',
          feedback:
            'Corriger une erreur rétablit la confiance. L’information exacte, donnée simplement, et l’orientation vers la chargée d’insertion relancent le projet.',
          scores: { 'B1.C7.CR3': 1, 'B1.C8.CR1': 1 },
          pose: ['erreur-corrigee'],
        },
        {
          id: 'renvoyer-educateur',
          texte: 'Vous lui répondez que vous n’êtes plus très sûr, et qu’il vaut mieux poser la question à Bruno, son éducateur, qui connaît bien ces règles.',
          suivant: 'preparer',
          consequence: 'Séverine attend dix jours pour voir Bruno, qui lui explique le droit au retour et prévient Amel.',
          feedback:
            'Orienter vers un collègue est utile, mais vous la laissez dix jours dans l’incertitude. Un moniteur connaît les principes des dispositifs de parcours.',
          scores: { 'B1.C7.CR3': 0, 'B1.C8.CR1': 1 },
          pose: ['renvoyee-a-bruno'],
        },
        {
          id: 'maintenir',
          texte: 'Vous maintenez votre conseil : son frère a un vrai contrat, mais leurs situations ne se comparent pas, et vous préférez qu’elle ne prenne pas de risque.',
          suivant: 'fin-souhait-eteint',
          consequence: 'Séverine ne reparle plus de la jardinerie. À la réunion de projet suivante, son souhait n’apparaît nulle part.',
          feedback:
            'C’est une information fausse, maintenue : le droit au retour sécurise justement un essai en milieu ordinaire. Et le souhait n’est ni noté ni transmis.',
          scores: { 'B1.C7.CR3': 0, 'B1.C7.CR1': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'promesse',
      titre: 'Mardi, 13 h 30',
      suppose: ['promesse-faite'],
      texte:
        'M. Girard est aimable : « Je ne recrute pas en ce moment. Mais elle pourrait venir quelques jours découvrir le magasin. » De retour à l’ESAT, Nathalie, la cheffe d’atelier, vous rappelle que les démarches avec les entreprises passent par Amel et la direction.',
      choix: [
        {
          id: 'revenir-honnete',
          texte: 'Vous dites honnêtement à Séverine qu’il n’y a pas d’emploi pour l’instant, et vous lui proposez de préparer avec Amel une période de découverte.',
          suivant: 'preparer',
          consequence: 'Séverine est déçue, puis s’accroche à l’idée de la découverte. Amel reprend le contact avec M. Girard.',
          feedback:
            'Revenir sur une promesse trop rapide, dire la vérité et remettre le projet dans le bon circuit : c’est rattraper l’erreur.',
          scores: { 'B1.C7.CR1': 1, 'B1.C8.CR1': 1 },
        },
        {
          id: 'arranger-seul',
          texte: 'Pour ne pas laisser passer l’occasion, vous convenez avec M. Girard qu’elle passera vendredi avec ses vendeurs ; vous préviendrez Amel la semaine prochaine.',
          suivant: 'preparer',
          consequence:
            'Vendredi, Nathalie découvre l’arrangement : aucune convention n’encadre cette journée. Elle est annulée et Amel reprend le dossier.',
          feedback:
            'Un accord avec une entreprise engage l’établissement. Sans cadre, Séverine n’est pas couverte, et le projet prend du retard.',
          scores: { 'B1.C8.CR1': 0, 'B1.C7.CR3': 0 },
          pose: ['arrangement-annule'],
        },
        {
          id: 'taire-refus',
          texte: 'Pour ne pas la décevoir, vous ne lui parlez pas du refus et transmettez tout à Amel, qui saura mieux que vous comment le lui annoncer.',
          suivant: 'preparer',
          consequence: 'Séverine vous demande chaque jour si M. Girard a répondu. Amel lui explique la situation dix jours plus tard.',
          feedback:
            'Passer par Amel est juste, mais cacher la réponse à Séverine la laisse espérer un emploi qui n’existe pas : c’est vous qui avez promis, c’est à vous de lui dire la vérité.',
          scores: { 'B1.C8.CR1': 1, 'B1.C7.CR1': 0 },
          pose: ['refus-cache'],
        },
      ],
    },
    {
      type: 'situation',
      id: 'preparer',
      titre: 'Deux semaines plus tard, la réunion de projet personnalisé',
      texte: 'Séverine, Amel, Bruno et vous vous réunissez pour revoir son projet personnalisé. Qu’apportez-vous ?',
      choix: [
        {
          id: 'observations-auto',
          texte: 'Vos observations datées de son travail et de ses échanges avec les clients, et l’auto-évaluation qu’elle a remplie avec vous, en images.',
          suivant: 'objectifs',
          consequence:
            'Séverine présente elle-même sa grille. Elle se trouve « moins à l’aise pour parler aux clients » que ce que vos observations montrent. L’échange la rassure.',
          feedback:
            'Vos faits datés et son auto-évaluation, présentée par elle, nourrissent un projet co-construit. L’écart entre les deux regards devient une information utile.',
          scores: { 'B1.C6.CR2': 2, 'B1.C7.CR2': 2 },
          pose: ['observations-datees'],
        },
        {
          id: 'avis-general',
          texte: 'L’avis que vous donnent six ans d’encadrement : elle est soigneuse et appréciée des clients, mais encore trop lente pour le rythme d’un magasin.',
          suivant: 'objectifs',
          consequence: 'Séverine se raidit. Amel demande sur quoi vous fondez « trop lente » ; vous n’avez pas d’exemple daté.',
          feedback:
            'L’expérience compte, mais un avis général, sans faits datés ni participation de Séverine, ne permet ni de construire des objectifs ni de discuter.',
          scores: { 'B1.C6.CR2': 0, 'B1.C7.CR2': 0 },
        },
        {
          id: 'rien-laisser',
          texte:
            'Vous laissez la parole à Séverine et à Amel, qui suit l’insertion : vous ne voulez pas influencer son projet avec votre regard de moniteur.',
          suivant: 'objectifs',
          consequence: 'La réunion manque d’informations sur le travail de Séverine. Amel vous demande d’envoyer vos observations après coup.',
          feedback:
            'Laisser la parole à la personne est juste, mais votre contribution est attendue : vous la voyez travailler tous les jours, et vos observations datées nourrissent son projet.',
          scores: { 'B1.C7.CR2': 0, 'B1.C8.CR1': 1 },
          piege: true,
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
            'Avec elle, vous fixez des étapes datées : le trajet en bus avec Bruno, le conseil aux clients pendant les prestations, puis une mise en situation à la jardinerie.',
          suivant: 'mise-en-situation',
          consequence:
            'Séverine choisit elle-même l’ordre des étapes et demande à commencer par le bus. Amel organisera la mise en situation, avec un bilan à la fin. Le projet personnalisé est mis à jour.',
          feedback:
            'Des étapes courtes, datées, avec un accompagnant pour chacune et un moyen de savoir si elles sont franchies : le souhait devient un parcours réaliste.',
          scores: { 'B1.C7.CR1': 2, 'B1.C7.CR2': 2 },
          pose: ['etapes-datees'],
        },
        {
          id: 'objectif-cdi',
          texte: 'Par respect pour son choix, vous inscrivez son objectif tel qu’elle le formule : « un vrai contrat en jardinerie d’ici trois mois ».',
          suivant: 'mise-en-situation',
          consequence: 'L’objectif plaît à Séverine, mais personne ne sait par où commencer. Amel propose quand même une mise en situation.',
          feedback:
            'Reprendre ses mots respecte le souhait, mais l’objectif n’est ni découpé ni atteignable en l’état : sans étapes, la personne risque l’échec.',
          scores: { 'B1.C7.CR1': 1 },
        },
        {
          id: 'recentrer-esat',
          texte: 'Vous proposez une étape plus sûre : devenir référente de l’équipe espaces verts, puisqu’elle conseille déjà les clients de la jardinerie.',
          suivant: 'mise-en-situation',
          consequence: 'Séverine accepte du bout des lèvres. Bruno rappelle que son souhait est la jardinerie ; l’équipe maintient une mise en situation.',
          feedback:
            'Remplacer son souhait par un projet jugé plus sûr, c’est décider à sa place. Être référente peut être une étape, si elle la choisit.',
          scores: { 'B1.C7.CR1': 0 },
          pose: ['souhait-remplace'],
        },
      ],
    },
    {
      type: 'situation',
      id: 'mise-en-situation',
      titre: 'Trois mois plus tard, après la mise en situation',
      texte:
        'Le tuteur de la jardinerie est satisfait : Séverine conseille bien les clients, mais elle est stressée à la caisse et fatiguée en fin de journée. M. Girard propose un contrat de 20 heures par semaine. Il vous appelle pour avoir votre réponse.',
      variantes: [
        { si: ['etapes-datees'], texte: 'Depuis un mois, elle fait seule le trajet en bus jusqu’à la jardinerie.' },
        { sauf: ['etapes-datees'], texte: 'Bruno l’a conduite chaque matin : elle ne sait toujours pas faire le trajet seule.' },
      ],
      choix: [
        {
          id: 'bilan-avec-elle',
          texte: 'Vous dites à M. Girard que la réponse appartient à Séverine, puis vous organisez avec Amel un bilan où elle parle d’abord de ce qu’elle a vécu.',
          suivant: 'choix',
          consequence: 'Séverine raconte sa fierté et sa fatigue. Elle aime le conseil, beaucoup moins la caisse. Elle veut le poste, mais elle a peur.',
          feedback:
            'Le bilan part du regard de la personne ; les options se présentent ensuite. La décision n’appartient ni au client ni au moniteur.',
          scores: { 'B1.C6.CR2': 2, 'B1.C7.CR3': 2 },
        },
        {
          id: 'accepter-pour-elle',
          texte: 'Vous annoncez à M. Girard que c’est d’accord : Séverine en rêve depuis des mois, et une telle occasion ne se représentera peut-être pas.',
          suivant: 'choix',
          consequence: 'Séverine apprend la nouvelle par M. Girard. Elle est contente, mais se demande pourquoi on ne lui a rien demandé.',
          feedback:
            'Même une bonne nouvelle ne se décide pas à la place de la personne. Son choix, et les dispositifs qui le sécurisent, se préparent avec elle.',
          scores: { 'B1.C7.CR3': 0, 'B1.C6.CR2': 0 },
          pose: ['accepte-pour-elle'],
        },
        {
          id: 'pas-prete',
          texte:
            'Vous demandez à M. Girard d’attendre l’automne : en pleine saison de plantations, l’équipe a besoin d’elle, et la caisse la stresse encore trop.',
          suivant: 'fin-depart-freine',
          consequence: 'M. Girard recrute quelqu’un d’autre. Séverine l’apprend un mois plus tard.',
          feedback:
            'Freiner un départ parce que la personne est indispensable à l’atelier, c’est faire passer la production avant son parcours. Le stress à la caisse est une difficulté à travailler avec elle, pas une raison de décider sans elle.',
          scores: { 'B1.C7.CR1': 0, 'B1.C7.CR3': 0 },
          piege: true,
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
            'Avec Amel et un support facile à lire, vous lui présentez le cumul avec l’ESAT, puis le départ avec une convention d’appui et le droit au retour ; elle a une semaine pour choisir.',
          suivant: 'fin-optimale',
          consequence:
            'Séverine en parle avec son frère et avec Bruno. Elle choisit le cumul : 20 heures à la jardinerie, le reste à l’ESAT. Son projet personnalisé est mis à jour.',
          feedback:
            'Une information complète et accessible, du temps, et le respect de sa décision : Séverine choisit son parcours, sécurisé par les dispositifs issus de la loi n° 2022-217 et du décret n° 2022-1561.',
          scores: { 'B1.C7.CR3': 2, 'B1.C7.CR1': 2, 'B1.C8.CR1': 1 },
        },
        {
          id: 'conseiller-cumul',
          texte: 'Vous la rassurez : avec le cumul, elle garde sa place à l’ESAT, c’est la formule la plus sûre, et vous prévenez Amel que c’est son choix.',
          suivant: 'fin-acceptable',
          consequence: 'Séverine suit votre conseil. Le cumul se passe bien, mais elle dit à Bruno qu’elle aurait aimé « essayer en vrai ».',
          feedback:
            'Le cumul était une bonne option, mais vous l’avez choisie pour elle. Présenter les options et laisser décider aurait respecté son autodétermination.',
          scores: { 'B1.C7.CR3': 1, 'B1.C8.CR1': 1 },
        },
        {
          id: 'nouvelle-demande-mdph',
          texte:
            'Vous lui expliquez honnêtement que, si le contrat s’arrête, il faudra refaire une demande d’orientation à la MDPH pour pouvoir revenir à l’ESAT.',
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
      titre: 'Une décision prise par Séverine',
      issues: ['optimale', 'acceptable', 'a-revoir'],
      texte:
        'Séverine a choisi elle-même sa formule, en connaissant les dispositifs qui la protègent : le cumul, le parcours renforcé avec convention d’appui, le droit au retour.',
      variantes: [
        {
          si: ['observations-datees', 'etapes-datees'],
          sauf: ['mise-en-garde', 'promesse-faite', 'accepte-pour-elle', 'souhait-remplace'],
          texte: 'Son souhait a été exploré, mis à l’épreuve par étapes, et l’équipe a joué son rôle, chacun à sa place.',
        },
        { si: ['erreur-corrigee'], texte: 'Le projet avait pourtant mal commencé : vous lui aviez dit qu’elle risquait sa place, avant de reconnaître votre erreur.' },
        { si: ['renvoyee-a-bruno'], texte: 'Au début, elle a attendu dix jours une réponse sur le droit au retour que vous auriez pu lui donner.' },
        { si: ['promesse-faite'], texte: 'Au départ, vous lui aviez promis un emploi que M. Girard n’avait pas.' },
        { si: ['arrangement-annule'], texte: 'La journée arrangée sans convention, puis annulée, a retardé le projet.' },
        { si: ['refus-cache'], texte: 'Elle n’a appris le refus de M. Girard que dix jours après, par Amel.' },
        { sauf: ['observations-datees'], texte: 'À la réunion de projet, il manquait vos observations datées de son travail.' },
        { si: ['souhait-remplace'], texte: 'Il a fallu que Bruno rappelle son souhait quand vous proposiez un autre projet.' },
        { sauf: ['etapes-datees'], texte: 'Sans étapes, elle ne sait toujours pas faire seule le trajet jusqu’à la jardinerie : ce sera la première chose à travailler.' },
        { si: ['accepte-pour-elle'], texte: 'Mais c’est M. Girard qui lui a appris que vous aviez accepté pour elle.' },
      ],
    },
    {
      type: 'fin',
      id: 'fin-acceptable',
      titre: 'Un cumul choisi pour elle',
      issues: ['optimale', 'acceptable', 'a-revoir'],
      texte:
        'Le parcours de Séverine avance avec le cumul, mais la décision finale a été orientée par vous. La prochaine fois, présentez toutes les options et laissez-lui le temps de choisir.',
      variantes: [
        {
          si: ['observations-datees', 'etapes-datees'],
          sauf: ['mise-en-garde', 'promesse-faite', 'accepte-pour-elle', 'souhait-remplace'],
          texte: 'Jusque-là, le projet avait été construit avec elle : souhait exploré, observations datées, étapes choisies.',
        },
        { si: ['mise-en-garde'], texte: 'C’est la deuxième fois que vous décidez de ce qui est sûr pour elle : au début, vous l’aviez mise en garde contre un départ.' },
        { si: ['promesse-faite'], texte: 'Tout avait commencé par une promesse d’emploi que M. Girard ne pouvait pas tenir.' },
        { si: ['arrangement-annule'], texte: 'Une première journée à la jardinerie, arrangée sans Amel ni convention, avait dû être annulée.' },
        { si: ['refus-cache'], texte: 'Elle avait attendu dix jours qu’Amel lui annonce le refus de M. Girard, que vous lui aviez caché.' },
        { si: ['renvoyee-a-bruno'], texte: 'Sa question sur le droit au retour avait attendu dix jours une réponse.' },
        { sauf: ['observations-datees'], texte: 'La réunion de projet s’était tenue sans vos observations datées.' },
        { si: ['souhait-remplace'], texte: 'Vous lui aviez déjà proposé un autre projet que le sien, plus sûr à vos yeux.' },
        { sauf: ['etapes-datees'], texte: 'Sans étapes, elle ne sait toujours pas faire seule le trajet jusqu’à la jardinerie.' },
        { si: ['accepte-pour-elle'], texte: 'Et c’est vous aussi qui aviez accepté le contrat en son nom.' },
      ],
    },
    {
      type: 'fin',
      id: 'fin-a-revoir',
      titre: 'Une occasion perdue sur une information fausse',
      issues: ['acceptable', 'a-revoir'],
      texte:
        'Séverine a renoncé au poste parce qu’elle croyait devoir repasser par la MDPH pour revenir. Le droit au retour permet de revenir sans nouvelle décision de la MDPH tant que l’orientation est valable : revoyez-le, avec le cumul et le parcours renforcé.',
      variantes: [
        { si: ['observations-datees', 'etapes-datees'], texte: 'Tout le projet avait pourtant été construit avec elle, jusqu’à cette dernière réponse.' },
        { si: ['accepte-pour-elle'], texte: 'Après avoir accepté le contrat pour elle, vous lui avez donné la raison d’y renoncer.' },
        { si: ['mise-en-garde'], texte: 'C’est la deuxième fois que vous lui présentez son retour à l’ESAT comme incertain.' },
      ],
    },
    {
      type: 'fin',
      id: 'fin-depart-freine',
      titre: 'Un départ freiné par l’atelier',
      issues: ['a-revoir'],
      texte:
        'La décision a été prise sans Séverine, au nom de la saison de plantations. Organiser la relève à l’atelier, c’est le travail du moniteur ; freiner un départ parce que la personne est indispensable fait passer la production avant son parcours.',
      variantes: [
        { si: ['observations-datees', 'etapes-datees'], texte: 'Le projet avait pourtant été construit avec elle, étape par étape, jusqu’à ce contrat.' },
      ],
    },
    {
      type: 'fin',
      id: 'fin-souhait-eteint',
      titre: 'Un souhait éteint dès le départ',
      issues: ['a-revoir'],
      suppose: ['mise-en-garde'],
      texte:
        'Séverine ne parle plus de la jardinerie : une information fausse, maintenue, a fermé son souhait avant qu’il soit exploré. Le droit au retour sécurise un essai en milieu ordinaire ; reprenez en accueillant le souhait et en l’orientant vers Amel.',
    },
  ],
  debrief: {
    'B1.C7.CR1': {
      texte: 'Partir du souhait de la personne, l’explorer, puis le traduire avec elle en objectifs précis et en étapes datées.',
      lien: '/cours/bloc-1/projet-et-parcours#objectifs-etapes',
    },
    'B1.C7.CR2': {
      texte:
        'Contribuer au projet personnalisé par des observations datées et des propositions, le mettre en œuvre et le mettre à jour avec la personne.',
      lien: '/cours/bloc-1/projet-et-parcours#projet-personnalise',
    },
    'B1.C7.CR3': {
      texte:
        'Connaître et expliquer les dispositifs : mise en situation, cumul, parcours renforcé avec convention d’appui, droit au retour sans nouvelle décision de la MDPH ; laisser la personne choisir, sans freiner un départ pour les besoins de l’atelier.',
      lien: '/cours/bloc-1/projet-et-parcours#dispositifs',
    },
    'B1.C6.CR2': {
      texte: 'Associer la personne à son évaluation : auto-évaluation accessible, bilan qui part de son regard, écarts discutés.',
      lien: '/cours/bloc-1/evaluer-capacites#associer',
    },
    'B1.C8.CR1': {
      texte:
        'Orienter vers le bon interlocuteur (chargée d’insertion, éducateur, direction) et ne pas engager l’établissement seul auprès d’une entreprise.',
      lien: '/cours/bloc-1/equipe-pluriprofessionnelle#qui-fait-quoi',
    },
  },
});
