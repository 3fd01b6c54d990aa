import { defineCas } from '#auteur';

export default defineCas({
  id: 'le-stage-de-nora',
  titre: 'Le stage de Nora',
  description:
    'Préparer, suivre et conclure un stage choisi par la personne dans une entreprise partenaire, en tenant compte de la production de l’atelier.',
  bloc: 'B3',
  h5p: true,
  contexte:
    'Vous êtes moniteur ou monitrice de l’atelier traiteur de l’ESAT « Le Moulin ». Dans trois semaines, l’atelier prépare un buffet de 400 personnes pour la mairie. L’ESAT travaille depuis deux ans avec un supermarché voisin, qui accueille des travailleurs en stage. Nora, 27 ans, prépare les canapés depuis quatre ans ; elle est l’une des plus habiles de l’équipe.',
  personnages: [
    { nom: 'Nora', role: 'travailleuse de l’atelier traiteur, à l’aise avec les gens, se fatigue vite en station debout' },
    { nom: 'Hélène', role: 'chargée d’insertion professionnelle de l’ESAT' },
    { nom: 'Marc', role: 'responsable du rayon boulangerie du supermarché, tuteur du stage' },
  ],
  criteres: ['B3.C1.CR3', 'B3.C3.CR1', 'B3.C4.CR2', 'B3.C4.CR3'],
  debut: 'souhait',
  noeuds: [
    {
      type: 'situation',
      id: 'souhait',
      titre: 'Lundi, 9 h',
      texte:
        'Nora vous dit : « Je voudrais travailler dans une boulangerie, pour vendre le pain. » Hélène vous apprend qu’une place de stage de deux semaines se libère au rayon boulangerie du supermarché, pendant la semaine du buffet de la mairie. La session suivante aura lieu dans six semaines.',
      choix: [
        {
          id: 'demander-nora',
          texte:
            'Vous demandez à Nora ce qui l’attire dans ce métier, vous lui expliquez franchement la contrainte du buffet et vous lui demandez de choisir la date avec Hélène.',
          suivant: 'objectifs',
          consequence:
            'Nora veut surtout « parler aux clients ». Elle choisit la session suivante, dans six semaines : « Le buffet, je veux le faire aussi. »',
          feedback:
            'Le stage part du choix de la personne. Vous lui donnez les informations utiles et c’est elle qui décide, y compris de l’équilibre avec la production.',
          scores: { 'B3.C4.CR3': 2 },
        },
        {
          id: 'reporter',
          texte: 'Vous décidez de reporter le stage après le buffet, sans en parler à Nora : la commande passe d’abord.',
          suivant: 'nora-decue',
          consequence: 'Hélène prévient Nora que le stage est repoussé « à cause de la production ».',
          feedback:
            'La contrainte est réelle, mais vous décidez à la place de Nora. Elle apprend la décision par quelqu’un d’autre.',
          scores: { 'B3.C4.CR3': 0 },
        },
        {
          id: 'accepter-tel-quel',
          texte: 'Vous dites tout de suite oui à Hélène : le buffet se fera sans Nora.',
          suivant: 'objectifs',
          consequence: 'Le stage est réservé. Personne n’a encore demandé à Nora ce qu’elle attend de ce stage.',
          feedback:
            'Vous faites passer le parcours avant la production, ce qui est défendable. Mais le stage démarre sans avoir exploré ce que Nora veut y trouver.',
          scores: { 'B3.C4.CR3': 1 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'nora-decue',
      titre: 'Mercredi',
      texte:
        'Nora travaille en silence. À la pause, elle vous dit : « De toute façon, on ne me demande jamais mon avis. »',
      choix: [
        {
          id: 'reparler',
          texte:
            'Vous reconnaissez que vous auriez dû lui en parler, vous lui expliquez la contrainte du buffet et vous lui laissez choisir la date avec Hélène.',
          suivant: 'objectifs',
          consequence: 'Nora réfléchit et choisit la session suivante. Elle demande à être prévenue la prochaine fois.',
          feedback:
            'Reconnaître l’erreur et rendre le choix à la personne rattrape la situation.',
          scores: { 'B3.C4.CR3': 1 },
        },
        {
          id: 'maintenir',
          texte: 'Vous lui répondez que c’est comme ça : le buffet est important pour l’ESAT.',
          suivant: 'fin-a-revoir',
          consequence: 'Nora ne reparle plus du stage. Deux mois plus tard, elle n’a toujours pas de date.',
          feedback:
            'La production passe avant le parcours et la parole de Nora n’est pas entendue. Le stage risque de ne jamais avoir lieu.',
          scores: { 'B3.C4.CR3': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'objectifs',
      titre: 'Jeudi, entretien avec Nora et Hélène',
      texte:
        'Vous préparez le stage. Nora explique qu’elle veut vendre et parler aux clients, pas fabriquer le pain. Il faut écrire les objectifs de la période.',
      choix: [
        {
          id: 'objectifs-observables',
          texte:
            'Vous écrivez avec elle trois objectifs : mettre les pains en rayon selon le plan, servir un client (saluer, donner le produit, l’emballer), nettoyer la vitrine selon la fiche. Nora les redit avec ses mots.',
          suivant: 'preparer-tuteur',
          consequence:
            'Nora résume : « Je range, je sers, je nettoie. » Hélène ajoute les objectifs à la convention de stage, signée par Nora, l’ESAT et le supermarché.',
          feedback:
            'Des objectifs observables, écrits avec la personne et partagés avec l’entreprise, guident le tuteur et serviront au bilan.',
          scores: { 'B3.C3.CR1': 2 },
        },
        {
          id: 'objectif-vague',
          texte: 'Vous écrivez un seul objectif : « Découvrir le métier de vendeuse et être autonome. »',
          suivant: 'preparer-tuteur',
          consequence: 'La convention est signée. Personne ne sait vraiment ce que Nora fera au rayon.',
          feedback:
            '« Découvrir » et « être autonome » ne s’observent pas. Le tuteur ne saura pas quoi lui confier, et le bilan sera difficile.',
          scores: { 'B3.C3.CR1': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'preparer-tuteur',
      titre: 'Visite du rayon, une semaine avant le stage',
      texte:
        'Avec Hélène, vous visitez le rayon. Marc, le tuteur, vous prend à part : « Elle a quoi, au juste ? Je dois faire attention à quoi ? » Nora vous avait dit qu’elle ne voulait pas qu’on parle de sa maladie, mais qu’on pouvait dire qu’elle a besoin des consignes une par une et d’une pause le matin.',
      choix: [
        {
          id: 'besoins-convenus',
          texte:
            'Vous expliquez à Marc ce qui aide Nora, comme convenu avec elle : une consigne à la fois, montrer plutôt qu’expliquer, une pause à 10 h 30. Vous lui laissez les objectifs et votre numéro.',
          suivant: 'premier-jour',
          consequence: 'Marc est rassuré : « Ça, je sais faire. » Il prévoit de lui montrer la vitrine le premier matin.',
          feedback:
            'Le tuteur est préparé avec des informations utiles, décidées avec la personne, sans diagnostic. C’est ce qui protège à la fois Nora et le stage.',
          scores: { 'B3.C4.CR3': 2 },
        },
        {
          id: 'donner-diagnostic',
          texte: 'Vous lui donnez le nom de sa maladie : il comprendra mieux ses réactions.',
          suivant: 'reserve',
          consequence: 'Marc paraît inquiet. Il dit qu’il va « voir comment ça se passe » avant de la mettre au comptoir.',
          feedback:
            'Vous transmettez une information de santé contre l’avis de Nora. En plus, un diagnostic ne dit pas au tuteur comment l’accompagner.',
          scores: { 'B3.C4.CR3': 0 },
        },
        {
          id: 'rien-dire',
          texte: 'Vous préférez ne rien dire du tout : « Elle se débrouillera très bien. »',
          suivant: 'consignes-rafale',
          consequence: 'Marc hausse les épaules. Il n’a aucune idée de la façon de transmettre une consigne à Nora.',
          feedback:
            'La discrétion sur la santé est juste, mais Nora vous avait autorisé à parler de ses besoins d’aménagement. Le tuteur n’est pas préparé.',
          scores: { 'B3.C4.CR3': 1 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'consignes-rafale',
      titre: 'Premier jour du stage, 11 h',
      texte:
        'Nora vous appelle depuis la réserve, la voix tremblante : « Marc m’a dit plein de choses d’un coup. Je ne sais plus ce que je dois faire. »',
      choix: [
        {
          id: 'appeler-marc',
          texte:
            'Vous la rassurez, vous lui demandez si vous pouvez parler à Marc de ce qui l’aide, puis vous l’appelez pour convenir d’une consigne à la fois et d’une démonstration.',
          suivant: 'premier-jour',
          consequence: 'Nora est d’accord. Marc reprend avec elle la mise en rayon, étape par étape. L’après-midi se passe mieux.',
          feedback:
            'Vous adaptez l’accompagnement à la façon d’apprendre de Nora, avec son accord, sans reprendre la main sur le stage.',
          scores: { 'B3.C4.CR2': 1, 'B3.C4.CR3': 1 },
        },
        {
          id: 'accroche-toi',
          texte: 'Vous l’encouragez : « Accroche-toi, c’est toujours difficile le premier jour. »',
          suivant: 'fin-a-revoir',
          consequence: 'Le lendemain, Nora ne va pas au supermarché. Elle dit qu’elle ne veut plus faire de stage.',
          feedback:
            'L’encouragement ne règle pas le problème : la façon de transmettre les consignes ne convient pas à Nora, et personne ne l’ajuste.',
          scores: { 'B3.C4.CR2': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'reserve',
      titre: 'Premier jeudi du stage',
      texte:
        'Nora vous appelle : depuis lundi, Marc la laisse à la réserve pour déballer les cartons. Elle n’a servi aucun client. « Je croyais que je devais vendre. »',
      choix: [
        {
          id: 'rencontre-a-trois',
          texte:
            'Vous venez avec Hélène le lendemain. Avec Nora, vous reprenez les objectifs devant Marc et vous lui expliquez ce qui aide Nora, comme elle l’accepte.',
          suivant: 'premier-jour',
          consequence: 'Marc reconnaît qu’il avait peur de mal faire. Nora passe au comptoir dès le lundi suivant.',
          feedback:
            'Vous réparez en revenant aux objectifs et aux besoins d’aménagement, en présence de Nora et avec son accord.',
          scores: { 'B3.C4.CR3': 1 },
        },
        {
          id: 'laisser',
          texte: 'Vous lui répondez que c’est déjà bien d’être en entreprise et qu’il faut faire ses preuves.',
          suivant: 'fin-a-revoir',
          consequence: 'Nora finit le stage à la réserve. Elle en garde l’idée que « la vente, ce n’est pas pour elle ».',
          feedback:
            'Le stage ne correspond plus aux objectifs fixés avec Nora, et le suivi ne le corrige pas.',
          scores: { 'B3.C4.CR3': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'premier-jour',
      titre: 'Après les premières journées au comptoir, 17 h',
      texte:
        'Comme prévu, vous appelez Nora après ses premières journées au comptoir. Elle a aimé servir les clients. Mais elle est épuisée : sept heures debout, et l’après-midi elle a confondu deux sortes de pain.',
      choix: [
        {
          id: 'ajuster-horaires',
          texte:
            'Vous lui demandez ce qui l’aiderait. Elle propose de finir à 15 h. Avec son accord, vous appelez Marc pour adapter les horaires et garder la pause du matin.',
          suivant: 'mi-parcours',
          consequence: 'Marc accepte. Les jours suivants, Nora est plus reposée et ne se trompe plus de pain.',
          feedback:
            'Vous adaptez le rythme à la personne, à partir de ce qu’elle dit, et vous ajustez avec le tuteur.',
          scores: { 'B3.C4.CR2': 2 },
        },
        {
          id: 'tenir',
          texte: 'Vous lui dites que c’est normal au début et que ça va passer.',
          suivant: 'mi-parcours',
          consequence: 'Jeudi, Nora appelle pour dire qu’elle est trop fatiguée pour venir.',
          feedback:
            'La fatigue de Nora est une information sur son rythme. Sans ajustement, le stage la met en difficulté.',
          scores: { 'B3.C4.CR2': 0 },
        },
        {
          id: 'venir-aider',
          texte: 'Vous décidez de passer chaque matin au rayon pour travailler à côté d’elle.',
          suivant: 'mi-parcours',
          consequence: 'Nora se repose sur vous ; Marc s’efface. Au rayon, on vous pose les questions à sa place.',
          feedback:
            'Le moniteur ne reprend pas la main sur le travail de la personne en entreprise. C’est au tuteur d’accompagner au quotidien.',
          scores: { 'B3.C4.CR2': 0, 'B3.C4.CR3': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'mi-parcours',
      titre: 'Visite à mi-parcours',
      texte:
        'Marc est satisfait : « Elle est très polie avec les clients. » Il aimerait qu’elle essaie la caisse, qui n’était pas prévue. Seule avec vous, Nora dit qu’elle a peur de la caisse, mais qu’elle voudrait essayer « une fois ».',
      choix: [
        {
          id: 'essai-accompagne',
          texte:
            'Vous convenez avec Nora et Marc d’un essai court à la caisse, à une heure calme, avec Marc à côté d’elle, noté comme une découverte et non comme un objectif évalué.',
          suivant: 'bilan',
          consequence: 'Nora encaisse trois clients avec Marc. Elle en sort fière : « C’était moins dur que je croyais. »',
          feedback:
            'Vous respectez son envie et sa peur : un essai accompagné, à son rythme, sans pression d’évaluation.',
          scores: { 'B3.C4.CR2': 2, 'B3.C4.CR3': 2 },
        },
        {
          id: 'refuser-caisse',
          texte: 'Vous refusez : la caisse ne figure pas dans les objectifs de la convention.',
          suivant: 'bilan',
          consequence: 'Nora ne dit rien, mais elle semble déçue.',
          feedback:
            'Respecter les objectifs est juste, mais une découverte souhaitée par Nora pouvait s’ajouter sans remettre le stage en cause.',
          scores: { 'B3.C4.CR2': 1, 'B3.C4.CR3': 1 },
        },
        {
          id: 'caisse-samedi',
          texte: 'Vous acceptez que Marc la mette seule à la caisse samedi, le jour le plus chargé.',
          suivant: 'bilan',
          consequence: 'Samedi, la file d’attente s’allonge. Nora se trompe deux fois dans le rendu de monnaie et quitte la caisse en pleurs.',
          feedback:
            'Une première fois seule, au moment le plus chargé, ne tient compte ni de sa peur ni de son rythme.',
          scores: { 'B3.C4.CR2': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'bilan',
      titre: 'Dernier jour du stage',
      texte: 'Le stage se termine. Comment en faites-vous le bilan ?',
      choix: [
        {
          id: 'bilan-a-trois',
          texte:
            'Bilan à trois avec Nora et Marc, à partir des objectifs : Nora s’évalue d’abord, puis Marc donne son avis. Vous écrivez ensuite avec elle une note pour son projet personnalisé, partagée avec l’équipe.',
          suivant: 'fin-optimale',
          consequence:
            'Nora a réussi la mise en rayon et le service ; elle veut un second stage, plus long. L’équipe propose aussi de lui confier la vente à la boutique de l’ESAT.',
          feedback:
            'Un bilan à trois, sur les objectifs de départ, avec l’auto-évaluation de la personne, puis une trace écrite partagée : le stage nourrit le projet.',
          scores: { 'B3.C4.CR3': 2, 'B3.C1.CR3': 2 },
        },
        {
          id: 'fiche-marc',
          texte: 'Vous demandez à Marc de remplir une fiche d’évaluation, que vous classez dans le dossier de Nora.',
          suivant: 'fin-acceptable',
          consequence: 'La fiche de Marc est positive. Nora ne l’a pas vue, et l’équipe ne la lira qu’au prochain projet personnalisé.',
          feedback:
            'L’avis du tuteur est utile, mais il manque celui de Nora, et la trace n’est ni relue avec elle ni partagée.',
          scores: { 'B3.C4.CR3': 1, 'B3.C1.CR3': 0 },
        },
        {
          id: 'appel-rapide',
          texte: 'Vous appelez Marc deux minutes : « Ça s’est bien passé ? » Rien n’est écrit.',
          suivant: 'fin-a-revoir',
          consequence: 'Trois mois plus tard, personne ne se souvient de ce que Nora a appris pendant ce stage.',
          feedback:
            'Sans bilan structuré ni trace, le stage ne peut nourrir ni le projet de Nora ni une future reconnaissance de ses compétences.',
          scores: { 'B3.C4.CR3': 0, 'B3.C1.CR3': 0 },
        },
      ],
    },
    {
      type: 'fin',
      id: 'fin-optimale',
      titre: 'Un stage qui fait avancer le projet de Nora',
      issues: ['optimale', 'acceptable', 'a-revoir'],
      texte:
        'Nora a choisi son stage, ses objectifs étaient clairs, son rythme a été respecté et son tuteur était préparé. Le bilan à trois et la note partagée font de cette période une étape de son parcours, pas une parenthèse.',
    },
    {
      type: 'fin',
      id: 'fin-acceptable',
      titre: 'Un bon stage, un bilan sans Nora',
      issues: ['optimale', 'acceptable', 'a-revoir'],
      texte:
        'Le stage s’est bien passé, mais Nora n’a pas donné son avis et l’équipe n’a pas reçu de trace utile. La prochaine fois, faites le bilan à trois et écrivez la suite avec elle.',
    },
    {
      type: 'fin',
      id: 'fin-a-revoir',
      titre: 'Un stage qui n’a pas servi le parcours',
      issues: ['acceptable', 'a-revoir'],
      texte:
        'Le stage n’a pas eu lieu, s’est mal passé ou n’a laissé aucune trace. Reprenez la mise en situation en partant du choix de Nora, en préparant le tuteur avec elle et en suivant la période de près.',
    },
  ],
  debrief: {
    'B3.C1.CR3': {
      texte:
        'Écrire avec la personne ce que le stage a montré, puis le partager avec l’équipe pour son projet personnalisé.',
      lien: '/cours/bloc-3/besoins-competences#formaliser',
    },
    'B3.C3.CR1': {
      texte:
        'Des objectifs de stage observables (verbe d’action, conditions, critère), écrits avec la personne et partagés avec l’entreprise.',
      lien: '/cours/bloc-3/parcours-sequences#objectifs',
    },
    'B3.C4.CR2': {
      texte:
        'Adapter le rythme, la façon de transmettre les consignes et les essais à la personne, à partir de ce qu’elle dit, en ajustant avec le tuteur.',
      lien: '/cours/bloc-3/animer-sequences#rythme',
    },
    'B3.C4.CR3': {
      texte:
        'Préparer le stage à partir du choix de la personne, préparer le tuteur avec des informations décidées avec elle, suivre la période et en faire le bilan à trois.',
      lien: '/cours/bloc-3/animer-sequences#hors-murs',
    },
  },
});
