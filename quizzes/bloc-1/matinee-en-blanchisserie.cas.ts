import { defineCas } from '#auteur';

export default defineCas({
  id: 'matinee-en-blanchisserie',
  titre: 'Une matinée en blanchisserie',
  description:
    'Une règle d’atelier, un surnom, une travailleuse qui parle peu : repérer une maltraitance ordinaire, écouter, protéger la dignité et transmettre.',
  bloc: 'B1',
  contexte:
    'Vous êtes moniteur ou monitrice dans l’atelier blanchisserie d’un ESAT. Cette semaine, vous reprenez l’atelier de Rodolphe, qui l’a encadré pendant quinze ans et vient de passer à l’atelier repassage voisin. L’équipe de huit travailleurs lave et plie le linge d’une maison de retraite cliente : 40 sacs doivent partir à 14 h.',
  personnages: [
    { nom: 'Maëlys', role: 'travailleuse de 29 ans, s’exprime avec peu de mots et des gestes' },
    { nom: 'Fabrice', role: 'travailleur, blagueur, très apprécié de l’équipe' },
    { nom: 'Rodolphe', role: 'moniteur, quinze ans dans l’atelier, désormais au repassage' },
    { nom: 'Aminata', role: 'cheffe d’atelier' },
  ],
  criteres: ['B1.C2.CR1', 'B1.C2.CR2', 'B1.C2.CR3'],
  drapeaux: {
    'besoin-respecte': 'À 8 h 10, Maëlys a pu aller aux toilettes dès qu’elle l’a demandé.',
    accident: 'Maëlys n’a pas pu attendre la pause et a eu un accident devant l’équipe.',
    'moquerie-laissee': 'À la pause de 10 h, la moquerie de Fabrice n’a pas été arrêtée.',
    'secret-promis': 'Vous avez promis à Maëlys de ne rien dire.',
    'secret-leve': 'Vous êtes revenu sur votre promesse de secret, en expliquant pourquoi à Maëlys.',
    'maelys-exposee': 'La situation de Maëlys a été traitée devant toute l’équipe.',
    'souhait-recueilli': 'Maëlys a pu dire ce qu’elle voulait voir changer.',
    'maelys-deplacee': 'Maëlys a été changée de poste pour l’éloigner de Fabrice.',
    'rodolphe-associe': 'Vous avez parlé des faits à Rodolphe et lui avez proposé d’en parler ensemble à la cheffe d’atelier.',
    'conflit-rodolphe': 'Vous avez supprimé la règle seul, en conflit avec Rodolphe.',
    'note-transmise': 'Une note factuelle a été remise à la cheffe d’atelier le jour même.',
    'faits-qualifies': 'Vous avez qualifié les faits et réclamé une sanction, sans note écrite.',
  },
  debut: 'arrivee',
  noeuds: [
    {
      type: 'situation',
      id: 'arrivee',
      titre: 'Mardi, 8 h 10',
      texte:
        'Vous prenez votre poste. À la calandre, Maëlys se dandine d’un pied sur l’autre, grimace et vous montre la porte des toilettes. Fabrice lance : « Pas avant 10 h, c’est la règle de Rodolphe ! » Plusieurs rient. Les premiers sacs sont déjà en retard.',
      choix: [
        {
          id: 'ecouter',
          texte: 'Vous allez vers Maëlys, vous l’invitez à l’écart et vous lui demandez ce qui se passe, en lui laissant le temps de répondre ou de montrer.',
          suivant: 'ecoute',
          consequence: 'Près de la porte, Maëlys dit : « Toilettes. Pas le droit. » Vous lui répondez qu’elle peut y aller tout de suite. Elle part presque en courant.',
          feedback:
            'S’arrêter, se mettre à l’écart, laisser la personne s’exprimer à sa manière : l’écoute commence là, même quand la production presse.',
          scores: { 'B1.C2.CR1': 2, 'B1.C2.CR3': 1 },
          pose: ['besoin-respecte'],
        },
        {
          id: 'appliquer-regle',
          texte:
            'Vous ne voulez pas défaire dès votre premier jour l’organisation que Rodolphe a mise en place : vous demandez à Maëlys de patienter jusqu’à la pause de 10 h.',
          suivant: 'incident',
          consequence: 'Maëlys retourne à la calandre sans un mot. Elle se tient très raide.',
          feedback:
            'Respecter le travail d’un collègue ne va pas jusqu’à refuser un besoin fondamental. La maltraitance peut être une règle collective, appliquée sans intention de nuire (CASF, art. L119-1).',
          scores: { 'B1.C2.CR2': 0, 'B1.C2.CR3': 0 },
          pose: ['accident'],
          piege: true,
        },
        {
          id: 'laisser-aller',
          texte: 'Vous faites signe à Maëlys d’y aller, sans commentaire, et vous relancez la production avec l’équipe.',
          suivant: 'pause-10h',
          consequence: 'Maëlys part vite. La production reprend ; personne ne reparle de la règle.',
          feedback:
            'Le besoin est respecté, c’est l’essentiel dans l’immédiat. Mais ni la règle ni les rires n’ont été interrogés, et vous ne savez pas ce que Maëlys vit depuis des semaines.',
          scores: { 'B1.C2.CR1': 1 },
          pose: ['besoin-respecte'],
        },
      ],
    },
    {
      type: 'situation',
      id: 'ecoute',
      titre: 'À l’écart, avec Maëlys',
      texte:
        'À l’écart, avec quelques mots et des gestes, Maëlys explique que Rodolphe « crie » quand quelqu’un quitte son poste avant la pause, et que Fabrice l’appelle « la mouillée » depuis un accident la semaine dernière. Elle ajoute : « Rien dire, hein. »',
      choix: [
        {
          id: 'transmettre-honnete',
          texte: 'Vous la remerciez, lui dites que vous ne pouvez pas garder cela pour vous et que la cheffe d’atelier saura, puis lui demandez ce qu’elle voudrait voir changer.',
          suivant: 'rodolphe',
          consequence:
            'Maëlys hésite, puis répond : « Plus la mouillée. Et toilettes quand j’ai besoin. » Vous notez ses mots. Elle retourne à la calandre, plus calme.',
          feedback:
            'Ne pas promettre le secret, dire honnêtement ce que vous allez faire et demander à la personne ce qu’elle souhaite : vous la protégez sans décider de tout à sa place.',
          scores: { 'B1.C2.CR1': 2, 'B1.C2.CR2': 2 },
          pose: ['souhait-recueilli'],
        },
        {
          id: 'promettre-secret',
          texte: 'Pour qu’elle continue à se confier, vous lui promettez de garder cela pour vous et de régler discrètement le problème avec Fabrice, sans alerter personne d’autre.',
          suivant: 'secret',
          consequence: 'Maëlys sourit, soulagée. Vous décidez de surveiller Fabrice de près.',
          feedback:
            'Promettre le secret semble protéger la relation, mais cela vous empêche d’agir : face à une maltraitance possible, vous devez transmettre.',
          scores: { 'B1.C2.CR1': 1, 'B1.C2.CR2': 0 },
          pose: ['secret-promis'],
        },
        {
          id: 'recadrer-public',
          texte: 'Pour que chacun entende que ce surnom est interdit, vous reprenez Fabrice fermement devant toute l’équipe, dès votre retour dans l’atelier.',
          suivant: 'tension',
          consequence: 'Fabrice proteste : « Je rigolais ! » Tout le monde se tourne vers Maëlys, qui devient écarlate.',
          feedback:
            'Réagir est juste, mais en public : Maëlys, qui vous avait demandé la discrétion, se retrouve au centre du conflit.',
          scores: { 'B1.C2.CR2': 1, 'B1.C2.CR3': 0 },
          pose: ['maelys-exposee'],
        },
      ],
    },
    {
      type: 'situation',
      id: 'incident',
      titre: 'Mardi, 9 h 20',
      suppose: ['accident'],
      texte:
        'Maëlys n’a pas pu attendre. Elle est trempée, immobile près de la calandre. Fabrice éclate de rire : « La mouillée a encore frappé ! » Deux collègues rient aussi ; d’autres détournent les yeux.',
      choix: [
        {
          id: 'discretion',
          texte:
            'D’une phrase calme, vous faites cesser les rires, vous accompagnez Maëlys au vestiaire avec des vêtements propres, puis vous lui demandez à l’écart ce qui se passe.',
          suivant: 'rodolphe',
          consequence:
            'Au vestiaire, Maëlys pleure, puis explique : Rodolphe crie quand on quitte son poste, et « la mouillée », c’est depuis la semaine dernière. Vous notez ses mots.',
          feedback:
            'Protéger d’abord sa dignité, à l’écart, puis l’écouter : vous rattrapez une partie de la situation, même si l’accident aurait pu être évité.',
          scores: { 'B1.C2.CR1': 2, 'B1.C2.CR2': 1, 'B1.C2.CR3': 2 },
        },
        {
          id: 'vite-changer',
          texte: 'Vous demandez à Maëlys d’aller se changer vite et à Fabrice de nettoyer : le client attend son linge à 14 h.',
          suivant: 'fin-journee',
          consequence: 'Maëlys part seule au vestiaire. Fabrice nettoie en maugréant. La production reprend.',
          feedback:
            'Le problème matériel est réglé, pas l’humiliation : Maëlys reste seule, les moqueries n’ont pas été arrêtées et personne ne lui a demandé ce qu’elle vit.',
          scores: { 'B1.C2.CR1': 0, 'B1.C2.CR3': 0 },
        },
        {
          id: 'sermon',
          texte: 'Vous arrêtez l’atelier et rappelez à tous, avec bienveillance mais fermement, que se moquer d’un accident est inacceptable : la dignité de Maëlys se respecte.',
          suivant: 'tension',
          consequence: 'L’équipe se tait. Maëlys, toujours trempée, est au centre de tous les regards.',
          feedback:
            'Arrêter les moqueries est nécessaire, mais pas en faisant de Maëlys le sujet d’un discours devant tous : sa dignité passe d’abord par la discrétion.',
          scores: { 'B1.C2.CR2': 1, 'B1.C2.CR3': 0 },
          pose: ['maelys-exposee'],
        },
      ],
    },
    {
      type: 'situation',
      id: 'pause-10h',
      titre: 'Mardi, 10 h, la pause',
      texte: 'En salle de pause, Fabrice lance à Maëlys : « Alors, la mouillée, tu as trouvé les toilettes ? » Rires. Maëlys pose son café et sort.',
      choix: [
        {
          id: 'aller-vers',
          texte: 'Vous dites calmement à Fabrice que ce surnom s’arrête ici, puis vous rejoignez Maëlys dehors pour lui demander ce qui se passe.',
          suivant: 'ecoute',
          consequence: 'Fabrice hausse les épaules. Dehors, Maëlys accepte de vous parler.',
          feedback: 'Vous faites cesser la moquerie sans en faire une scène, puis vous allez vers la personne pour l’écouter.',
          scores: { 'B1.C2.CR3': 1 },
        },
        {
          id: 'humour',
          texte: 'Vous ne relevez pas devant tout le monde, pour ne pas mettre Maëlys encore plus en avant ; vous en parlerez à Fabrice plus tard, seul à seul.',
          suivant: 'fin-journee',
          consequence: 'La pause se termine. Maëlys revient en retard, les yeux rouges. Le reste de la journée file sans que vous trouviez le moment de parler à Fabrice.',
          feedback:
            'Éviter d’exposer Maëlys est juste, mais une moquerie répétée qui blesse peut être une maltraitance : elle s’arrête sur le moment, d’une phrase calme, et Maëlys ne doit pas rester seule.',
          scores: { 'B1.C2.CR2': 0, 'B1.C2.CR3': 0 },
          pose: ['moquerie-laissee'],
        },
      ],
    },
    {
      type: 'situation',
      id: 'secret',
      titre: 'Mardi, 11 h 30',
      suppose: ['secret-promis'],
      texte:
        'Maëlys revient vers vous en larmes : Fabrice a recommencé, et Rodolphe, de passage dans l’atelier, lui a crié dessus parce qu’elle quittait son poste. Vous avez promis de ne rien dire.',
      choix: [
        {
          id: 'revenir-promesse',
          texte:
            'Vous lui dites que vous vous êtes trompé : pour la protéger, la cheffe d’atelier doit savoir. Vous lui expliquez ce que vous direz et lui demandez ce qu’elle souhaite.',
          suivant: 'cheffe',
          consequence: 'Maëlys est inquiète, puis accepte : « Vous dites que je veux plus ça. » Vous notez ses mots.',
          feedback:
            'Revenir sur une promesse qu’on n’aurait pas dû faire, en l’expliquant, vaut mieux que la tenir : la personne reste informée et associée.',
          scores: { 'B1.C2.CR1': 2, 'B1.C2.CR2': 1 },
          pose: ['secret-leve', 'souhait-recueilli'],
        },
        {
          id: 'tenir-promesse',
          texte: 'Vous tenez parole et réglez le problème vous-même : pour l’éloigner de Fabrice sans rien dire à personne, vous installez Maëlys au pliage, à l’autre bout de l’atelier, dès cet après-midi.',
          suivant: 'fin-journee',
          consequence: 'Maëlys se retrouve seule au pliage, loin de son poste habituel. Fabrice continue avec d’autres.',
          feedback:
            'Déplacer la personne qui subit revient à la sanctionner, et rien n’est transmis : l’établissement ne peut pas agir sur ce qu’il ignore.',
          scores: { 'B1.C2.CR2': 0, 'B1.C2.CR3': 0 },
          pose: ['maelys-deplacee'],
        },
      ],
    },
    {
      type: 'situation',
      id: 'tension',
      titre: 'Mardi, un peu plus tard',
      suppose: ['maelys-exposee'],
      texte: 'L’atelier est tendu. Fabrice boude, l’équipe chuchote, Maëlys ne lève plus la tête de son poste. Les sacs de linge prennent du retard.',
      variantes: [{ si: ['accident'], texte: 'Maëlys s’est changée seule au vestiaire avant de revenir à la calandre.' }],
      choix: [
        {
          id: 'reparer',
          texte: 'Vous allez voir Maëlys à l’écart pour lui demander comment elle va et ce qu’elle souhaite, puis vous reprenez avec Fabrice, seul à seul.',
          suivant: 'rodolphe',
          consequence:
            'Maëlys dit qu’elle veut que « ça s’arrête », les moqueries et la règle des toilettes. Seul avec vous, Fabrice dit qu’il ne pensait pas la blesser.',
          feedback: 'Vous réparez l’exposition publique : la personne est écoutée en privé, le collègue est repris en privé.',
          scores: { 'B1.C2.CR1': 1, 'B1.C2.CR3': 1 },
          pose: ['souhait-recueilli'],
        },
        {
          id: 'passer-a-autre-chose',
          texte: 'Vous relancez la production sans revenir sur l’incident : le remettre sur la table ce matin, devant tous, exposerait Maëlys une fois de plus.',
          suivant: 'fin-journee',
          consequence: 'Le linge part à 14 h. Personne ne reparle de rien.',
          feedback:
            'Ne pas l’exposer davantage est juste, mais considérer l’incident clos sans avoir écouté Maëlys laisse intactes la règle des toilettes et les moqueries.',
          scores: { 'B1.C2.CR1': 0, 'B1.C2.CR2': 0 },
          piege: true,
        },
      ],
    },
    {
      type: 'situation',
      id: 'rodolphe',
      titre: 'Mardi, 12 h 30',
      texte:
        'En salle de pause, Rodolphe vous interpelle : « Il paraît qu’il y a eu des histoires ce matin avec Maëlys ? Cette règle, c’est moi qui l’ai mise : sinon ils y vont tout le temps. Et Fabrice, c’est pour rire. »',
      choix: [
        {
          id: 'parler-faits',
          texte: 'Vous lui racontez ce que vous avez vu et entendu ce matin et l’effet sur Maëlys, puis vous lui proposez d’en parler ensemble à la cheffe d’atelier.',
          suivant: 'cheffe',
          consequence:
            'Rodolphe se braque, puis dit : « Je n’avais pas vu les choses comme ça. Mais je ne veux pas passer pour un maltraitant. » Il accepte de venir.',
          feedback:
            'Partir des faits plutôt que des jugements ouvre la discussion avec un collègue et porte la question là où elle doit être traitée.',
          scores: { 'B1.C2.CR2': 2, 'B1.C2.CR3': 2 },
          pose: ['rodolphe-associe'],
        },
        {
          id: 'ne-pas-contredire',
          texte:
            'Par respect pour un collègue qui connaît l’équipe depuis quinze ans, et pour garder sa confiance, vous ne le contredisez pas : vous en reparlerez à froid, dans un vrai dialogue.',
          suivant: 'fin-journee',
          consequence: 'Rodolphe repart satisfait. La règle reste affichée au-dessus de la pointeuse.',
          feedback:
            'Ménager un collègue face à une pratique qui porte atteinte aux besoins des personnes, c’est la laisser durer. L’ancienneté d’une règle ne la rend pas juste.',
          scores: { 'B1.C2.CR2': 0, 'B1.C2.CR3': 0 },
          piege: true,
        },
        {
          id: 'supprimer-seul',
          texte: 'Vous lui répondez que c’est désormais vous qui encadrez l’atelier : la règle est supprimée, et chacun ira aux toilettes quand il en a besoin.',
          suivant: 'cheffe',
          consequence:
            'Vexé, Rodolphe maintient la règle au repassage. En fin de journée, la cheffe d’atelier vous convoque : elle a entendu parler d’un conflit.',
          feedback:
            'Supprimer la règle protège votre équipe, mais seul et en conflit : la pratique continue ailleurs et l’établissement n’a pas été informé.',
          scores: { 'B1.C2.CR2': 1, 'B1.C2.CR3': 1 },
          pose: ['conflit-rodolphe'],
        },
      ],
    },
    {
      type: 'situation',
      id: 'fin-journee',
      titre: 'Mardi, 15 h 30',
      texte: 'Le linge est parti à l’heure. En rangeant, vous trouvez Maëlys assise au vestiaire, en pleurs. Elle dit : « Je veux plus venir. »',
      choix: [
        {
          id: 'ecouter-transmettre',
          texte: 'Vous vous asseyez, vous l’écoutez, vous notez ses mots et les faits de la journée, et vous informez la cheffe d’atelier avant de partir.',
          suivant: 'cheffe',
          consequence: 'Maëlys parle de la règle, des cris, du surnom. Elle accepte que vous en parliez. Vous voyez la cheffe d’atelier à 16 h.',
          feedback: 'Tard, mais juste : vous écoutez, vous gardez une trace factuelle et vous transmettez le jour même.',
          scores: { 'B1.C2.CR1': 2, 'B1.C2.CR2': 1 },
        },
        {
          id: 'rassurer',
          texte: 'Vous la rassurez avec douceur et bienveillance : la journée a été dure, vous veillerez sur elle demain, et l’équipe finira par l’accepter comme elle est.',
          suivant: 'fin-a-revoir',
          consequence: 'Maëlys rentre chez elle. Le lendemain, elle est absente.',
          feedback:
            'Rassurer sans écouter ni transmettre laisse la personne seule face à ce qu’elle subit : c’est une absence d’action, que la loi compte aussi parmi les formes de maltraitance.',
          scores: { 'B1.C2.CR1': 0, 'B1.C2.CR2': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'cheffe',
      titre: 'Mardi, 16 h, bureau de la cheffe d’atelier',
      texte: 'Aminata, la cheffe d’atelier, vous reçoit : « Raconte-moi. »',
      variantes: [{ si: ['rodolphe-associe'], texte: 'Rodolphe est venu avec vous, comme convenu à midi.' }],
      choix: [
        {
          id: 'note-factuelle',
          texte: 'Vous lui remettez une note factuelle (heures, faits, mots de Maëlys, règle des toilettes, surnom) et proposez de revoir la règle en équipe.',
          suivant: 'reunion',
          consequence:
            'Aminata lit, pose des questions, inscrit les pauses à l’ordre du jour de la réunion de vendredi et prévoit de recevoir Maëlys et Fabrice séparément.',
          feedback: 'Une transmission factuelle, le jour même, avec la parole de la personne : l’établissement peut analyser et agir.',
          scores: { 'B1.C2.CR1': 1, 'B1.C2.CR2': 2 },
          pose: ['note-transmise'],
        },
        {
          id: 'qualifier',
          texte: 'Vous lui dites clairement que Rodolphe et Fabrice ont des conduites maltraitantes et qu’une sanction s’impose, pour protéger Maëlys.',
          suivant: 'reunion',
          consequence:
            'Aminata vous demande des faits précis ; vous en donnez quelques-uns de mémoire. Elle inscrit quand même le sujet à la réunion de vendredi.',
          feedback:
            'Qualifier et réclamer une sanction n’est pas votre rôle : votre transmission est plus utile quand elle rapporte des faits datés, avec les mots de la personne.',
          scores: { 'B1.C2.CR2': 1 },
          pose: ['faits-qualifies'],
        },
        {
          id: 'vague',
          sauf: ['rodolphe-associe'],
          texte:
            'Vous évoquez une ambiance tendue dans l’atelier, sans citer de noms : nouveau dans l’équipe, vous ne voulez pas accuser des collègues avant d’être sûr.',
          suivant: 'fin-a-revoir',
          consequence: 'Aminata vous remercie et vous conseille de « garder un œil ». Rien ne change.',
          feedback:
            'La prudence est compréhensible, mais vous n’avez pas à être sûr pour transmettre : vous rapportez des faits, c’est à l’établissement d’analyser. Une transmission vague ne permet pas d’agir.',
          scores: { 'B1.C2.CR2': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'reunion',
      titre: 'Vendredi, réunion d’équipe',
      texte:
        'Le point « pauses toilettes » est à l’ordre du jour. Rodolphe dit : « On a toujours fait comme ça, et ça tourne. » Aminata se tourne vers vous.',
      choix: [
        {
          id: 'questionner',
          texte:
            'Vous proposez de regarder ce que la règle produit pour les personnes, pas seulement pour l’organisation, et de demander l’avis des travailleurs, par exemple par leur délégué.',
          suivant: 'fin-optimale',
          consequence:
            'La discussion s’ouvre. L’équipe supprime la règle, organise autrement les relais aux postes et prévoit d’en reparler avec les travailleurs au prochain temps d’expression.',
          feedback:
            'Questionner une habitude collective, la nommer quand elle porte atteinte aux besoins des personnes, et associer les personnes concernées : c’est la bientraitance en pratique.',
          scores: { 'B1.C2.CR1': 1, 'B1.C2.CR3': 2, 'B1.C2.CR2': 1 },
        },
        {
          id: 'nouvelle-regle',
          texte: 'Vous proposez de remplacer la règle par une affiche claire et tout de suite applicable : « Toilettes quand vous en avez besoin. »',
          suivant: 'fin-acceptable',
          consequence:
            'La règle change, mais sans discussion : Rodolphe reste persuadé qu’on lui a donné tort, et personne n’a demandé l’avis des travailleurs.',
          feedback:
            'Le changement est réel, mais il manque le questionnement partagé qui évite que d’autres habitudes du même type s’installent.',
          scores: { 'B1.C2.CR3': 1 },
        },
        {
          id: 'se-taire',
          texte: 'Vous laissez Aminata et Rodolphe en débattre : nouveau dans l’atelier, vous ne voulez pas juger un collègue devant toute l’équipe.',
          suivant: 'fin-regle-maintenue',
          consequence: 'La règle est maintenue « pour l’instant ».',
          feedback:
            'Ne rien dire en réunion laisse la pratique en place : la bientraitance suppose d’oser questionner les habitudes, en parlant des faits et non des personnes.',
          scores: { 'B1.C2.CR3': 0 },
        },
      ],
    },
    {
      type: 'fin',
      id: 'fin-optimale',
      titre: 'Une habitude questionnée en équipe',
      issues: ['optimale', 'acceptable', 'a-revoir'],
      texte:
        'La règle des toilettes a été questionnée en équipe, à partir de ce qu’elle produit pour les personnes, et les travailleurs seront consultés. La bientraitance n’est pas l’absence de problème : c’est cette capacité à voir, dire et changer, avec les personnes concernées.',
      variantes: [
        {
          si: ['besoin-respecte', 'souhait-recueilli', 'note-transmise', 'rodolphe-associe'],
          sauf: ['secret-promis', 'maelys-exposee'],
          texte: 'Maëlys a été écoutée et protégée dès le matin, ses mots ont été transmis le jour même, et Rodolphe a été associé plutôt qu’accusé.',
        },
        { si: ['accident'], texte: 'Pour Maëlys, pourtant, la matinée reste celle d’un accident devant l’équipe, qu’une réponse dès 8 h 10 aurait évité.' },
        { si: ['maelys-exposee'], texte: 'Elle se souvient aussi d’avoir été au centre de tous les regards quand son cas a été traité devant l’équipe.' },
        { si: ['secret-leve'], texte: 'Elle vous a pardonné la promesse de secret que vous n’auriez pas dû faire.' },
        { si: ['maelys-deplacee'], texte: 'Elle a été éloignée de son poste pour la protéger, comme si c’était elle le problème : il faudra lui rendre sa place.' },
        { si: ['moquerie-laissee'], texte: 'À la pause de 10 h, la moquerie de Fabrice est passée sans réponse.' },
        { si: ['conflit-rodolphe'], texte: 'Le conflit avec Rodolphe pèse encore : au repassage, sa règle a duré jusqu’à la réunion.' },
        { si: ['faits-qualifies'], texte: 'Sans note écrite, Aminata a dû reconstituer les faits que vous aviez qualifiés de maltraitance.' },
      ],
    },
    {
      type: 'fin',
      id: 'fin-acceptable',
      titre: 'Le problème est réglé, la réflexion reste à faire',
      issues: ['optimale', 'acceptable', 'a-revoir'],
      texte:
        'La règle des toilettes a disparu. Mais le changement s’est fait sans réflexion partagée ni avis des travailleurs : d’autres habitudes du même type peuvent persister. Reprenez la réunion en posant la question « à qui sert cette règle ? ».',
      variantes: [
        {
          si: ['besoin-respecte', 'souhait-recueilli', 'note-transmise'],
          sauf: ['secret-promis', 'maelys-exposee'],
          texte: 'Pour Maëlys, la journée de mardi a été bien menée : écoutée à l’écart, ses mots transmis le jour même.',
        },
        { si: ['accident'], texte: 'Pour Maëlys, la matinée reste celle d’un accident devant l’équipe.' },
        { si: ['maelys-exposee'], texte: 'Et son cas a été traité devant toute l’équipe.' },
        { si: ['maelys-deplacee'], texte: 'Et elle travaille toujours loin de son poste habituel.' },
        { si: ['conflit-rodolphe'], texte: 'Rodolphe, lui, reste fâché, et rien ne dit qu’il a changé sa pratique au repassage.' },
      ],
    },
    {
      type: 'fin',
      id: 'fin-regle-maintenue',
      titre: 'Une règle maintenue « pour l’instant »',
      issues: ['acceptable', 'a-revoir'],
      texte:
        'Aminata connaît la situation, mais en réunion personne n’a dit ce que la règle produit pour les personnes : elle reste affichée au-dessus de la pointeuse. Une maltraitance peut être ordinaire, collective et non intentionnelle ; elle dure tant que personne ne la nomme.',
      variantes: [
        { si: ['accident'], texte: 'Mardi, Maëlys a pourtant eu un accident devant l’équipe à cause de cette règle.' },
        { si: ['maelys-exposee'], texte: 'Maëlys, dont le cas a été traité devant toute l’équipe mardi, voit que rien n’a changé.' },
        { si: ['faits-qualifies'], texte: 'Les accusations portées sans note écrite ont aussi raidi Rodolphe.' },
        { si: ['note-transmise', 'souhait-recueilli'], texte: 'Vous aviez pourtant transmis le jour même les mots de Maëlys : « Toilettes quand j’ai besoin. »' },
        { si: ['rodolphe-associe'], texte: 'Rodolphe, qui avait accepté d’en parler mardi, s’est senti conforté par votre silence.' },
      ],
    },
    {
      type: 'fin',
      id: 'fin-a-revoir',
      titre: 'Une situation qui continue',
      issues: ['a-revoir'],
      texte:
        'La règle et le surnom sont toujours là, et l’établissement n’a pas les faits pour agir. Une maltraitance peut être ordinaire, collective et non intentionnelle : elle dure tant que personne ne la nomme. Reprenez la mise en situation en écoutant Maëlys et en transmettant des faits le jour même.',
      variantes: [
        { si: ['accident'], texte: 'Pour Maëlys, l’accident de mardi devant l’équipe reste sans suite.' },
        { si: ['maelys-deplacee'], texte: 'Maëlys travaille désormais seule, loin de son poste, pendant que Fabrice continue.' },
      ],
    },
  ],
  debrief: {
    'B1.C2.CR1': {
      texte:
        'Écouter Maëlys, c’était s’arrêter, se mettre à l’écart, lui laisser le temps de s’exprimer avec ses mots et ses gestes, et lui demander ce qu’elle souhaitait.',
      lien: '/cours/bloc-1/relation-ethique#ecoute-active',
    },
    'B1.C2.CR2': {
      texte:
        'Une règle qui empêche d’aller aux toilettes et un surnom moqueur peuvent constituer une maltraitance ordinaire et collective, même sans intention (CASF, art. L119-1). Ne pas promettre le secret, noter les faits et transmettre le jour même.',
      lien: '/cours/bloc-1/relation-ethique#signaler',
    },
    'B1.C2.CR3': {
      texte:
        'Protéger la dignité et l’intimité (accident géré à l’écart, moqueries arrêtées sans mise en scène) et questionner en équipe les habitudes de l’atelier.',
      lien: '/cours/bloc-1/relation-ethique#dignite',
    },
  },
});
