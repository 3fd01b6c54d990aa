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
  drapeaux: {
    'date-imposee': 'La date du stage a d’abord été décidée sans Nora.',
    'objectif-vague': 'Les objectifs du stage sont restés vagues.',
    'diagnostic-dit': 'Le nom de la maladie de Nora a été donné au tuteur contre son avis.',
    'tuteur-non-prepare': 'Le tuteur n’a pas été préparé avant le premier jour.',
    'fatigue-ignoree': 'La fatigue de Nora n’a pas donné lieu à un ajustement.',
    'moniteur-au-rayon': 'Vous êtes venu travailler chaque matin à côté de Nora au rayon.',
    'caisse-seule': 'Nora s’est retrouvée seule à la caisse un samedi et l’a quittée en pleurs.',
    'sans-trace': 'Le bilan du stage n’a laissé aucune trace écrite.',
  },
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
          texte: 'Vous demandez à Nora ce qui l’attire dans ce métier, vous lui exposez la contrainte du buffet et vous la laissez choisir la date avec Hélène.',
          suivant: 'objectifs',
          consequence:
            'Nora veut surtout « parler aux clients ». Elle choisit la session suivante, dans six semaines : « Le buffet, je veux le faire aussi. »',
          feedback:
            'Le stage part du choix de la personne. Vous lui donnez les informations utiles et c’est elle qui décide, y compris de l’équilibre avec la production.',
          scores: { 'B3.C4.CR3': 2 },
        },
        {
          id: 'reporter',
          texte: 'Vous demandez à Hélène de réserver la session suivante : le buffet a besoin de Nora, et six semaines d’attente ne changent rien.',
          suivant: 'nora-decue',
          pose: ['date-imposee'],
          consequence: 'Hélène prévient Nora que le stage est repoussé « à cause de la production ».',
          feedback:
            'La contrainte est réelle et la nouvelle date raisonnable, mais vous décidez à la place de Nora : elle apprend la décision par quelqu’un d’autre.',
          scores: { 'B3.C4.CR3': 0 },
        },
        {
          id: 'accepter-tel-quel',
          texte:
            'Vous dites tout de suite oui à Hélène pour la place libre : le parcours de Nora passe avant le buffet, et l’équipe s’organisera sans elle pendant deux semaines.',
          suivant: 'objectifs',
          pose: ['date-imposee'],
          consequence: 'Le stage est réservé pour la semaine du buffet. Personne n’a encore demandé à Nora ce qu’elle attend de ce stage.',
          feedback:
            'Faire passer le parcours avant la production est défendable. Mais la date est choisie sans Nora, et le stage démarre sans avoir exploré ce qu’elle veut y trouver.',
          scores: { 'B3.C4.CR3': 1 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'nora-decue',
      titre: 'Mercredi',
      suppose: ['date-imposee'],
      texte: 'Nora travaille en silence. À la pause, elle vous dit : « De toute façon, on ne me demande jamais mon avis. »',
      choix: [
        {
          id: 'reparler',
          texte: 'Vous reconnaissez que vous auriez dû lui en parler, vous lui exposez la contrainte du buffet et vous la laissez choisir la date avec Hélène.',
          suivant: 'objectifs',
          consequence: 'Nora réfléchit et choisit la session suivante. Elle demande à être prévenue la prochaine fois.',
          feedback: 'Reconnaître l’erreur et rendre le choix à la personne rattrape la situation.',
          scores: { 'B3.C4.CR3': 1 },
        },
        {
          id: 'maintenir',
          texte: 'Vous lui expliquez que le buffet compte pour toute l’équipe, que personne ne lui retire son stage et qu’il aura lieu de toute façon, dans six semaines.',
          suivant: 'fin-a-revoir',
          consequence: 'Nora ne reparle plus du stage. Six semaines plus tard, elle dit à Hélène qu’elle n’a plus envie d’y aller.',
          feedback:
            'L’explication est vraie, mais elle répond à côté : Nora dit qu’on ne lui demande pas son avis, et vous maintenez une décision prise sans elle.',
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
            'Vous écrivez avec elle trois objectifs : ranger les pains en rayon selon le plan, servir un client du bonjour à l’emballage, nettoyer la vitrine selon la fiche.',
          suivant: 'preparer-tuteur',
          consequence:
            'Nora résume : « Je range, je sers, je nettoie. » Hélène ajoute les objectifs à la convention de stage, signée par Nora, l’ESAT et le supermarché.',
          feedback:
            'Des objectifs observables, écrits avec la personne et partagés avec l’entreprise, guident le tuteur et serviront au bilan.',
          scores: { 'B3.C3.CR1': 2 },
        },
        {
          id: 'objectif-vague',
          texte: 'Vous notez avec elle un objectif large, « découvrir la vente et gagner en autonomie », que Marc pourra adapter au rayon.',
          suivant: 'preparer-tuteur',
          pose: ['objectif-vague'],
          consequence: 'La convention est signée. Personne ne sait vraiment ce que Nora fera au rayon.',
          feedback:
            '« Découvrir » et « gagner en autonomie » ne s’observent pas. Le tuteur ne saura pas quoi lui confier, et le bilan ne pourra pas dire ce qui est acquis.',
          scores: { 'B3.C3.CR1': 0 },
        },
        {
          id: 'objectifs-marc',
          texte: 'Vous laissez Marc fixer les objectifs à la visite du rayon : c’est lui qui connaît les tâches et ce qu’il peut confier.',
          suivant: 'preparer-tuteur',
          consequence: 'Marc envoie trois tâches précises à Hélène. Nora les découvre le jour de la signature.',
          feedback:
            'Les tâches de Marc sont observables, mais les objectifs ne sont pas écrits avec Nora : elle ne s’y reconnaît pas et ne pourra pas s’évaluer dessus.',
          scores: { 'B3.C3.CR1': 1 },
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
          texte: 'Vous dites à Marc ce qui aide Nora, comme convenu avec elle : une consigne à la fois, montrer plutôt que décrire, une pause à 10 h 30.',
          suivant: 'premier-jour',
          consequence: 'Marc est rassuré : « Ça, je sais faire. » Il prévoit de lui montrer la vitrine le premier matin.',
          feedback:
            'Le tuteur est préparé avec des informations utiles, décidées avec la personne, sans diagnostic. C’est ce qui protège à la fois Nora et le stage.',
          scores: { 'B3.C4.CR3': 2 },
        },
        {
          id: 'donner-diagnostic',
          texte:
            'Vous lui donnez le nom de sa maladie en lui demandant de rester discret : il sera son tuteur pendant deux semaines, et il comprendra mieux ses réactions.',
          suivant: 'reserve',
          pose: ['diagnostic-dit'],
          piege: true,
          consequence: 'Marc paraît inquiet. Il dit qu’il va « voir comment ça se passe » avant de la mettre au comptoir.',
          feedback:
            'Marc ne fait pas partie de l’équipe qui accompagne Nora : hors de cette équipe, une information de santé ne se partage qu’avec l’accord de la personne (CSP, art. L1110-4), et Nora l’a refusé. Un diagnostic ne dit d’ailleurs pas au tuteur comment transmettre une consigne.',
          scores: { 'B3.C4.CR3': 0 },
        },
        {
          id: 'rien-dire',
          texte: 'Vous préférez ne rien lui dire de Nora : elle veut être traitée comme les autres, et il se fera son idée en la voyant travailler.',
          suivant: 'consignes-rafale',
          pose: ['tuteur-non-prepare'],
          consequence: 'Marc hausse les épaules. Il n’a aucune idée de la façon de transmettre une consigne à Nora.',
          feedback:
            'La discrétion sur la santé est juste, mais Nora vous avait autorisé à parler de ses besoins d’aménagement : sans eux, le tuteur n’est pas préparé.',
          scores: { 'B3.C4.CR3': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'consignes-rafale',
      titre: 'Premier jour du stage, 11 h',
      suppose: ['tuteur-non-prepare'],
      texte:
        'Nora vous appelle depuis la réserve, la voix tremblante : « Marc m’a dit plein de choses d’un coup. Je ne sais plus ce que je dois faire. »',
      choix: [
        {
          id: 'appeler-marc',
          texte:
            'Vous lui demandez si vous pouvez dire à Marc ce qui l’aide ; avec son accord, vous l’appelez pour convenir d’une consigne à la fois, montrée avant d’être faite.',
          suivant: 'premier-jour',
          consequence: 'Nora est d’accord. Marc reprend avec elle la mise en rayon, étape par étape. L’après-midi se passe mieux.',
          feedback:
            'Vous adaptez l’accompagnement à la façon d’apprendre de Nora, avec son accord, sans reprendre la main sur le stage. Le tuteur aurait pu être préparé avant.',
          scores: { 'B3.C4.CR2': 1 },
        },
        {
          id: 'accroche-toi',
          texte: 'Vous la rassurez : « Accrochez-vous, le premier jour est dur pour tout le monde. Demain, vous connaîtrez le rayon. »',
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
      suppose: ['diagnostic-dit'],
      texte:
        'Nora vous appelle : depuis lundi, Marc la laisse à la réserve pour déballer les cartons. Elle n’a servi aucun client. « Je croyais que je devais vendre. »',
      choix: [
        {
          id: 'rencontre-a-trois',
          texte: 'Vous venez avec Hélène le lendemain et, avec Nora, vous reprenez les objectifs devant Marc et lui dites ce qui l’aide, comme elle l’accepte.',
          suivant: 'premier-jour',
          consequence: 'Marc reconnaît qu’il avait peur de mal faire. Nora passe au comptoir dès le lundi suivant.',
          feedback:
            'Vous réparez en revenant aux objectifs et aux besoins d’aménagement, en présence de Nora et avec son accord. Le nom de sa maladie, lui, ne peut plus être repris.',
          scores: { 'B3.C4.CR3': 1 },
        },
        {
          id: 'laisser',
          texte:
            'Vous lui expliquez que la réserve fait aussi partie du métier, que Marc veut la connaître avant de lui confier des clients, et qu’elle passera sûrement au comptoir la semaine prochaine.',
          suivant: 'fin-a-revoir',
          consequence: 'Nora finit le stage à la réserve. Elle en garde l’idée que « la vente, ce n’est pas pour elle ».',
          feedback:
            'Le stage ne correspond plus aux objectifs fixés avec Nora, et le suivi ne le corrige pas : « sûrement » n’est pas un engagement du tuteur.',
          scores: { 'B3.C4.CR3': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'premier-jour',
      titre: 'Après les premières journées au comptoir, 17 h',
      texte:
        'Nora vous appelle après ses premières journées au comptoir. Elle a aimé servir les clients. Mais elle est épuisée : sept heures debout, et l’après-midi elle a confondu deux sortes de pain.',
      choix: [
        {
          id: 'ajuster-horaires',
          texte: 'Vous lui demandez ce qui l’aiderait ; elle propose de finir à 15 h. Vous en parlez à Marc et à Hélène, qui modifie les horaires de la convention.',
          suivant: 'mi-parcours',
          consequence: 'Marc accepte. Les jours suivants, Nora est plus reposée et ne se trompe plus de pain.',
          feedback:
            'Vous adaptez le rythme à la personne, à partir de ce qu’elle dit, et vous ajustez avec le tuteur ; les horaires écrits dans la convention suivent.',
          scores: { 'B3.C4.CR2': 2 },
        },
        {
          id: 'tenir',
          texte: 'Vous lui dites que cette fatigue est normale quand on change de rythme et de métier, et qu’elle passera d’ici la fin de la semaine.',
          suivant: 'mi-parcours',
          pose: ['fatigue-ignoree'],
          consequence: 'Jeudi, Nora appelle pour dire qu’elle est trop fatiguée pour venir.',
          feedback:
            'La fatigue de Nora, qui se fatigue vite debout, est une information sur son rythme. Sans ajustement, le stage la met en difficulté.',
          scores: { 'B3.C4.CR2': 0 },
        },
        {
          id: 'venir-aider',
          texte:
            'Vous lui proposez de passer chaque matin au rayon pour l’accompagner à son rythme, à côté d’elle au comptoir, le temps qu’elle prenne ses repères avec les clients.',
          suivant: 'mi-parcours',
          pose: ['moniteur-au-rayon'],
          piege: true,
          consequence: 'Nora se repose sur vous ; Marc s’efface. Au rayon, c’est à vous qu’on pose les questions à sa place.',
          feedback:
            'L’intention est bienveillante, mais le moniteur ne reprend pas la main sur le travail de la personne en entreprise : c’est au tuteur d’accompagner au quotidien, et à vous d’ajuster le cadre avec lui.',
          scores: { 'B3.C4.CR2': 0, 'B3.C4.CR3': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'mi-parcours',
      titre: 'Visite à mi-parcours',
      texte:
        'Marc aimerait qu’elle essaie la caisse, qui n’était pas prévue. Seule avec vous, Nora dit qu’elle a peur de la caisse, mais qu’elle voudrait essayer « une fois ».',
      variantes: [
        { sauf: ['fatigue-ignoree', 'moniteur-au-rayon'], texte: 'Marc est satisfait : « Elle est très polie avec les clients. »' },
        { si: ['fatigue-ignoree'], texte: 'Nora a manqué une journée, épuisée ; Marc a raccourci ses après-midi de lui-même, sans en parler à personne.' },
        { si: ['moniteur-au-rayon'], texte: 'Marc s’adresse à vous plus qu’à Nora : c’est vous qu’il a vu au comptoir chaque matin.' },
      ],
      choix: [
        {
          id: 'essai-accompagne',
          texte: 'Vous convenez avec Nora et Marc d’un essai court à la caisse, à une heure calme, Marc à côté d’elle, noté comme une découverte.',
          suivant: 'bilan',
          consequence: 'Nora encaisse trois clients avec Marc. Elle en sort fière : « C’était moins dur que je croyais. »',
          feedback: 'Vous respectez son envie et sa peur : un essai accompagné, à son rythme, sans pression d’évaluation.',
          scores: { 'B3.C4.CR2': 2, 'B3.C4.CR3': 2 },
        },
        {
          id: 'refuser-caisse',
          texte:
            'Vous refusez : la caisse ne figure pas dans les objectifs de la convention, et un essai raté pourrait la décourager à une semaine du bilan.',
          suivant: 'bilan',
          consequence: 'Nora ne dit rien, mais elle semble déçue.',
          feedback:
            'Tenir les objectifs est juste, mais une découverte souhaitée par Nora pouvait s’ajouter, accompagnée, sans remettre le stage en cause.',
          scores: { 'B3.C4.CR2': 1, 'B3.C4.CR3': 1 },
        },
        {
          id: 'caisse-samedi',
          texte:
            'Vous acceptez que Marc la mette à la caisse samedi : c’est le jour où elle verra le plus de clients, et il sera dans le magasin s’il y a le moindre souci.',
          suivant: 'bilan',
          pose: ['caisse-seule'],
          consequence: 'Samedi, la file d’attente s’allonge. Nora se trompe deux fois dans le rendu de monnaie et quitte la caisse en pleurs.',
          feedback:
            'Une première fois seule, au moment le plus chargé, ne tient compte ni de sa peur ni de son rythme : « dans le magasin » n’est pas « à côté d’elle ».',
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
            'Bilan à trois sur les objectifs : Nora s’évalue d’abord, puis Marc. Vous écrivez ensuite avec elle une note pour son projet, partagée avec l’équipe.',
          suivant: 'fin-optimale',
          consequence:
            'Nora dit ce qu’elle a réussi et ce qui a été difficile ; Marc complète. Elle veut un second stage, plus long. L’équipe propose aussi de lui confier la vente à la boutique de l’ESAT.',
          feedback:
            'Un bilan à trois, sur les objectifs de départ, avec l’auto-évaluation de la personne, puis une trace écrite partagée : le stage nourrit le projet.',
          scores: { 'B3.C4.CR3': 2, 'B3.C1.CR3': 2 },
        },
        {
          id: 'fiche-marc',
          texte:
            'Vous demandez à Marc de remplir la grille d’évaluation de l’ESAT, plus objective qu’un entretien, et la versez au dossier de Nora.',
          suivant: 'fin-acceptable',
          consequence: 'La grille de Marc est positive. Nora ne l’a pas vue, et l’équipe ne la lira qu’au prochain projet personnalisé.',
          feedback:
            'L’avis écrit du tuteur est utile, mais il manque celui de Nora, et la trace n’est ni relue avec elle ni partagée.',
          scores: { 'B3.C4.CR3': 1, 'B3.C1.CR3': 0 },
        },
        {
          id: 'appel-rapide',
          texte: 'Vous appelez Marc pour avoir son avis à chaud, puis vous félicitez Nora devant l’équipe : tout s’est bien passé.',
          suivant: 'fin-acceptable',
          pose: ['sans-trace'],
          consequence: 'Marc est content de Nora. Trois mois plus tard, personne ne se souvient de ce qu’elle a appris pendant ce stage.',
          feedback:
            'Les félicitations comptent, mais sans bilan avec Nora ni trace écrite, le stage ne peut nourrir ni son projet ni une future reconnaissance de ses compétences.',
          scores: { 'B3.C4.CR3': 0, 'B3.C1.CR3': 0 },
        },
      ],
    },
    {
      type: 'fin',
      id: 'fin-optimale',
      titre: 'Un bilan à trois, et une suite écrite avec Nora',
      issues: ['optimale', 'acceptable', 'a-revoir'],
      texte:
        'Nora s’est évaluée devant son tuteur, et la note écrite avec elle fait de ce stage une étape de son projet personnalisé, pas une parenthèse.',
      variantes: [
        { si: ['date-imposee'], texte: 'La date du stage avait d’abord été décidée sans elle.' },
        { si: ['objectif-vague'], texte: 'Sans objectifs observables au départ, le bilan a eu du mal à dire ce qui était acquis.' },
        { si: ['diagnostic-dit'], texte: 'Le nom de sa maladie a été donné au tuteur contre son avis, et Nora a passé sa première semaine à la réserve.' },
        { si: ['tuteur-non-prepare'], texte: 'Le premier jour, le tuteur, qui n’était pas préparé, l’a perdue dans un flot de consignes.' },
        { si: ['fatigue-ignoree'], texte: 'Sa fatigue n’a pas été prise en compte à temps : elle a manqué une journée.' },
        { si: ['moniteur-au-rayon'], texte: 'En venant au comptoir chaque matin, vous avez pris la place du tuteur.' },
        { si: ['caisse-seule'], texte: 'Le samedi à la caisse, seule, l’a mise en échec sur ce qu’elle redoutait.' },
      ],
    },
    {
      type: 'fin',
      id: 'fin-acceptable',
      titre: 'Un stage terminé, un bilan fait sans Nora',
      issues: ['optimale', 'acceptable', 'a-revoir'],
      texte:
        'Nora n’a pas dit ce qu’elle retirait de son stage, et la suite n’a pas été écrite avec elle. La prochaine fois, faites le bilan à trois, à partir des objectifs, et écrivez la suite avec elle.',
      variantes: [
        { sauf: ['sans-trace'], texte: 'La grille du tuteur dort dans son dossier.' },
        { si: ['sans-trace'], texte: 'Rien n’est écrit : dans trois mois, personne ne saura ce qu’elle a appris.' },
        { si: ['date-imposee'], texte: 'La date du stage avait d’abord été décidée sans elle.' },
        { si: ['objectif-vague'], texte: 'Les objectifs vagues du départ n’aidaient pas à dire ce qui était acquis.' },
        { si: ['diagnostic-dit'], texte: 'Le nom de sa maladie a été donné au tuteur contre son avis, et Nora a passé sa première semaine à la réserve.' },
        { si: ['tuteur-non-prepare'], texte: 'Le premier jour, le tuteur, qui n’était pas préparé, l’a perdue dans un flot de consignes.' },
        { si: ['fatigue-ignoree'], texte: 'Sa fatigue n’a pas été prise en compte à temps.' },
        { si: ['moniteur-au-rayon'], texte: 'En venant au comptoir chaque matin, vous avez pris la place du tuteur.' },
        { si: ['caisse-seule'], texte: 'Le samedi à la caisse, seule, l’a mise en échec sur ce qu’elle redoutait.' },
      ],
    },
    {
      type: 'fin',
      id: 'fin-a-revoir',
      titre: 'Un stage qui n’a pas servi le parcours',
      issues: ['a-revoir'],
      texte:
        'Le stage n’a pas eu lieu, s’est arrêté dès le premier jour ou s’est déroulé loin de ses objectifs, et Nora en repart découragée. Reprenez la mise en situation en partant du choix de Nora, en préparant le tuteur avec elle et en ajustant tôt ce qui la met en difficulté.',
    },
  ],
  debrief: {
    'B3.C1.CR3': {
      texte: 'Écrire avec la personne ce que le stage a montré, puis le partager avec l’équipe pour son projet personnalisé.',
      lien: '/cours/bloc-3/besoins-competences#formaliser',
    },
    'B3.C3.CR1': {
      texte: 'Des objectifs de stage observables (verbe d’action, conditions, critère), écrits avec la personne et partagés avec l’entreprise.',
      lien: '/cours/bloc-3/parcours-sequences#objectifs',
    },
    'B3.C4.CR2': {
      texte:
        'Adapter le rythme, la façon de transmettre les consignes et les essais à la personne, à partir de ce qu’elle dit, en ajustant avec le tuteur, sans prendre sa place.',
      lien: '/cours/bloc-3/animer-sequences#rythme',
    },
    'B3.C4.CR3': {
      texte:
        'Préparer le stage à partir du choix de la personne, préparer le tuteur avec des informations décidées avec elle (ses besoins, pas son diagnostic), suivre la période et en faire le bilan à trois.',
      lien: '/cours/bloc-3/animer-sequences#hors-murs',
    },
  },
});
