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
          texte:
            'Vous allez vers Maëlys, vous l’invitez à l’écart et vous lui demandez ce qui se passe, en lui laissant le temps de répondre ou de montrer.',
          suivant: 'ecoute',
          consequence:
            'Près de la porte, Maëlys dit : « Toilettes. Pas le droit. » Vous lui répondez qu’elle peut y aller tout de suite. Elle part presque en courant.',
          feedback:
            'S’arrêter, se mettre à l’écart, laisser la personne s’exprimer à sa manière : l’écoute commence là, même quand la production presse.',
          scores: { 'B1.C2.CR1': 2, 'B1.C2.CR3': 1 },
        },
        {
          id: 'appliquer-regle',
          texte: 'Vous faites confiance à l’organisation en place : la pause est à 10 h, vous demandez à Maëlys de patienter.',
          suivant: 'incident',
          consequence: 'Maëlys retourne à la calandre sans un mot. Elle se tient très raide.',
          feedback:
            'Appliquer une règle sans regarder ce qu’elle produit sur la personne revient à refuser un besoin fondamental. La loi parle de maltraitance même quand elle n’est pas intentionnelle.',
          scores: { 'B1.C2.CR2': 0, 'B1.C2.CR3': 0 },
        },
        {
          id: 'laisser-aller',
          texte: 'Vous faites signe à Maëlys d’y aller, sans commentaire, et vous relancez la production.',
          suivant: 'pause-10h',
          consequence: 'Maëlys part vite. La production reprend ; personne ne reparle de la règle.',
          feedback:
            'Le besoin est respecté, c’est l’essentiel dans l’immédiat. Mais ni la règle ni les rires n’ont été interrogés, et vous ne savez pas ce que Maëlys vit depuis des semaines.',
          scores: { 'B1.C2.CR1': 1, 'B1.C2.CR3': 1 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'ecoute',
      titre: 'À l’écart, avec Maëlys',
      texte:
        'Maëlys revient et reste près de vous. Avec quelques mots et des gestes, elle explique que Rodolphe « crie » quand quelqu’un quitte son poste avant la pause, et que Fabrice l’appelle « la mouillée » depuis un accident la semaine dernière. Elle ajoute : « Dis rien, hein. »',
      choix: [
        {
          id: 'transmettre-honnete',
          texte:
            'Vous la remerciez, vous lui dites que vous ne pouvez pas garder cela pour vous et que vous en parlerez à la cheffe d’atelier, puis vous lui demandez ce qu’elle voudrait voir changer.',
          suivant: 'rodolphe',
          consequence:
            'Maëlys hésite, puis répond : « Plus la mouillée. Et toilettes quand j’ai besoin. » Vous notez ses mots. Elle retourne à la calandre, plus calme.',
          feedback:
            'Ne pas promettre le secret, dire honnêtement ce que vous allez faire et demander à la personne ce qu’elle souhaite : vous la protégez sans décider de tout à sa place.',
          scores: { 'B1.C2.CR1': 2, 'B1.C2.CR2': 2 },
        },
        {
          id: 'promettre-secret',
          texte: 'Pour garder sa confiance, vous lui promettez de ne rien dire à personne.',
          suivant: 'secret',
          consequence: 'Maëlys sourit, soulagée. Vous décidez de surveiller Fabrice discrètement.',
          feedback:
            'Promettre le secret semble protéger la relation, mais cela vous empêche d’agir : face à une maltraitance possible, vous devez transmettre.',
          scores: { 'B1.C2.CR1': 1, 'B1.C2.CR2': 0 },
        },
        {
          id: 'recadrer-public',
          texte: 'Vous retournez dans l’atelier et vous reprenez Fabrice devant toute l’équipe.',
          suivant: 'tension',
          consequence: 'Fabrice proteste : « Je rigolais ! » Tout le monde se tourne vers Maëlys, qui devient écarlate.',
          feedback:
            'Réagir est juste, mais en public : Maëlys, qui vous avait demandé la discrétion, se retrouve au centre du conflit.',
          scores: { 'B1.C2.CR2': 1, 'B1.C2.CR3': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'incident',
      titre: 'Mardi, 9 h 20',
      texte:
        'Maëlys n’a pas pu attendre. Elle est trempée, immobile près de la calandre. Fabrice éclate de rire : « La mouillée a encore frappé ! » Deux collègues rient aussi ; d’autres détournent les yeux.',
      choix: [
        {
          id: 'discretion',
          texte:
            'D’une phrase calme, vous faites cesser les rires, vous accompagnez Maëlys au vestiaire avec des vêtements de rechange, puis vous lui demandez à l’écart ce qui se passe.',
          suivant: 'rodolphe',
          consequence:
            'Au vestiaire, Maëlys pleure, puis explique : Rodolphe crie quand on quitte son poste, et « la mouillée », c’est depuis la semaine dernière. Vous notez ses mots.',
          feedback:
            'Protéger d’abord sa dignité, à l’écart, puis l’écouter : vous rattrapez une partie de la situation, même si l’accident aurait pu être évité.',
          scores: { 'B1.C2.CR1': 2, 'B1.C2.CR2': 1, 'B1.C2.CR3': 2 },
        },
        {
          id: 'vite-changer',
          texte:
            'Vous demandez à Maëlys d’aller se changer vite et à Fabrice de nettoyer : le client attend son linge à 14 h.',
          suivant: 'fin-journee',
          consequence: 'Maëlys part seule au vestiaire. Fabrice nettoie en maugréant. La production reprend.',
          feedback:
            'Le problème matériel est réglé, pas l’humiliation : Maëlys reste seule, les moqueries n’ont pas été arrêtées et personne ne lui a demandé ce qu’elle vit.',
          scores: { 'B1.C2.CR1': 0, 'B1.C2.CR3': 0 },
        },
        {
          id: 'sermon',
          texte: 'Vous arrêtez l’atelier et faites la leçon à toute l’équipe sur le respect, en prenant Maëlys en exemple.',
          suivant: 'tension',
          consequence: 'L’équipe se tait. Maëlys, toujours trempée, est au centre de tous les regards.',
          feedback:
            'Arrêter les moqueries est nécessaire, mais pas en faisant de Maëlys un exemple devant tous : sa dignité passe d’abord par la discrétion.',
          scores: { 'B1.C2.CR2': 1, 'B1.C2.CR3': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'pause-10h',
      titre: 'Mardi, 10 h, la pause',
      texte:
        'En salle de pause, Fabrice lance à Maëlys : « Alors, la mouillée, tu as trouvé les toilettes ? » Rires. Maëlys pose son café et sort.',
      choix: [
        {
          id: 'aller-vers',
          texte:
            'Vous dites calmement à Fabrice que ce surnom s’arrête ici, puis vous rejoignez Maëlys pour lui demander comment elle va et ce qui se passe.',
          suivant: 'ecoute',
          consequence: 'Fabrice hausse les épaules. Dehors, Maëlys accepte de vous parler.',
          feedback:
            'Vous faites cesser la moquerie sans en faire une scène, puis vous allez vers la personne pour l’écouter.',
          scores: { 'B1.C2.CR1': 2, 'B1.C2.CR2': 2 },
        },
        {
          id: 'humour',
          texte: 'Vous laissez passer : c’est de l’humour entre collègues, et Maëlys n’a rien dit.',
          suivant: 'fin-journee',
          consequence: 'La pause se termine. Maëlys revient en retard, les yeux rouges.',
          feedback:
            'Une parole répétée qui blesse peut être une maltraitance, même « pour rire ». Le silence de Maëlys n’est pas un accord.',
          scores: { 'B1.C2.CR2': 0, 'B1.C2.CR3': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'secret',
      titre: 'Mardi, 11 h 30',
      texte:
        'Maëlys revient vers vous en larmes : Fabrice a recommencé, et Rodolphe, de passage dans l’atelier, lui a crié dessus parce qu’elle quittait son poste. Vous avez promis de ne rien dire.',
      choix: [
        {
          id: 'revenir-promesse',
          texte:
            'Vous lui dites que vous vous êtes trompé en promettant : pour la protéger, vous devez en parler à la cheffe d’atelier. Vous lui expliquez ce que vous direz et lui demandez ce qu’elle souhaite.',
          suivant: 'cheffe',
          consequence: 'Maëlys est inquiète, puis accepte : « Tu dis que je veux plus ça. » Vous notez ses mots.',
          feedback:
            'Revenir sur une promesse qu’on n’aurait pas dû faire, en l’expliquant, vaut mieux que la tenir : la personne reste informée et associée.',
          scores: { 'B1.C2.CR1': 2, 'B1.C2.CR2': 1 },
        },
        {
          id: 'tenir-promesse',
          texte: 'Vous tenez parole et gérez vous-même : vous changez Maëlys de poste pour l’éloigner de Fabrice.',
          suivant: 'fin-journee',
          consequence: 'Maëlys se retrouve seule au pliage, loin de son poste habituel. Fabrice continue avec d’autres.',
          feedback:
            'Déplacer la personne qui subit revient à la sanctionner, et rien n’est transmis : l’établissement ne peut pas agir sur ce qu’il ignore.',
          scores: { 'B1.C2.CR2': 0, 'B1.C2.CR3': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'tension',
      titre: 'Mardi, un peu plus tard',
      texte:
        'L’atelier est tendu. Fabrice boude, l’équipe chuchote, Maëlys ne lève plus la tête de son poste. Les sacs de linge prennent du retard.',
      choix: [
        {
          id: 'reparer',
          texte:
            'Vous allez voir Maëlys à l’écart pour lui demander comment elle va et ce qu’elle souhaite, puis vous reprenez avec Fabrice, seul à seul.',
          suivant: 'rodolphe',
          consequence:
            'Maëlys dit qu’elle veut que « ça s’arrête », les moqueries et la règle des toilettes. Seul avec vous, Fabrice dit qu’il ne pensait pas la blesser.',
          feedback:
            'Vous réparez l’exposition publique : la personne est écoutée en privé, le collègue est repris en privé.',
          scores: { 'B1.C2.CR1': 2, 'B1.C2.CR3': 1 },
        },
        {
          id: 'passer-a-autre-chose',
          texte: 'Vous relancez la production : l’incident est clos, inutile d’en rajouter.',
          suivant: 'fin-journee',
          consequence: 'Le linge part à 14 h. Personne ne reparle de rien.',
          feedback:
            'Considérer l’incident clos sans avoir écouté Maëlys laisse intactes la règle des toilettes et les moqueries.',
          scores: { 'B1.C2.CR1': 0, 'B1.C2.CR2': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'rodolphe',
      titre: 'Mardi, 12 h 30',
      texte:
        'À la machine à café, Rodolphe vous interpelle : « Il paraît que tu laisses tout le monde aller aux toilettes ? Cette règle, c’est moi qui l’ai mise : sinon ils y vont tout le temps. Et Fabrice, c’est pour rire. »',
      choix: [
        {
          id: 'parler-faits',
          texte:
            'Vous lui racontez ce que vous avez vu et entendu ce matin, l’effet sur Maëlys, et vous lui proposez d’en parler ensemble à la cheffe d’atelier.',
          suivant: 'cheffe',
          consequence:
            'Rodolphe se braque, puis dit : « Je n’avais pas vu les choses comme ça. Mais je ne veux pas passer pour un maltraitant. » Il accepte de venir.',
          feedback:
            'Partir des faits plutôt que des jugements ouvre la discussion avec un collègue et porte la question là où elle doit être traitée.',
          scores: { 'B1.C2.CR2': 2, 'B1.C2.CR3': 2 },
        },
        {
          id: 'ne-pas-contredire',
          texte: 'Vous ne voulez pas vous fâcher avec un collègue plus ancien : vous acquiescez et laissez la règle en place.',
          suivant: 'fin-journee',
          consequence: 'Rodolphe repart satisfait. La règle reste affichée au-dessus de la pointeuse.',
          feedback:
            'Se taire face à une pratique qui porte atteinte aux besoins des personnes, c’est la laisser durer. L’ancienneté d’une règle ne la rend pas juste.',
          scores: { 'B1.C2.CR2': 0, 'B1.C2.CR3': 0 },
        },
        {
          id: 'supprimer-seul',
          texte: 'Vous lui répondez que, dans votre atelier, la règle est supprimée, et vous en restez là.',
          suivant: 'cheffe',
          consequence:
            'Vexé, Rodolphe maintient la règle au repassage. En fin de journée, la cheffe d’atelier vous convoque : elle a entendu parler d’un conflit.',
          feedback:
            'Supprimer la règle protège votre équipe, mais seul et en conflit : la pratique continue ailleurs et l’établissement n’a pas été informé.',
          scores: { 'B1.C2.CR2': 1, 'B1.C2.CR3': 1 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'fin-journee',
      titre: 'Mardi, 15 h 30',
      texte:
        'Le linge est parti à l’heure. En rangeant, vous trouvez Maëlys assise au vestiaire, en pleurs. Elle dit : « Je veux plus venir. »',
      choix: [
        {
          id: 'ecouter-transmettre',
          texte:
            'Vous vous asseyez, vous l’écoutez, vous notez ses mots et les faits de la journée, et vous informez la cheffe d’atelier avant de partir.',
          suivant: 'cheffe',
          consequence:
            'Maëlys parle de la règle, des cris, du surnom. Elle accepte que vous en parliez. Vous voyez la cheffe d’atelier à 16 h.',
          feedback: 'Tard, mais juste : vous écoutez, vous gardez une trace factuelle et vous transmettez le jour même.',
          scores: { 'B1.C2.CR1': 2, 'B1.C2.CR2': 1 },
        },
        {
          id: 'rassurer',
          texte: 'Vous la rassurez : demain ira mieux, il faut juste s’habituer à l’ambiance de l’atelier.',
          suivant: 'fin-a-revoir',
          consequence: 'Maëlys rentre chez elle. Le lendemain, elle est absente.',
          feedback:
            'Rassurer sans écouter ni transmettre laisse la personne seule face à ce qu’elle subit : c’est une absence d’action.',
          scores: { 'B1.C2.CR1': 0, 'B1.C2.CR2': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'cheffe',
      titre: 'Mardi, 16 h, bureau de la cheffe d’atelier',
      texte: 'Aminata, la cheffe d’atelier, vous reçoit : « Raconte-moi. »',
      choix: [
        {
          id: 'note-factuelle',
          texte:
            'Vous lui remettez une note factuelle (heures, faits, mots de Maëlys, règle des toilettes, surnom), vous dites ce que Maëlys souhaite et proposez de revoir la règle en équipe.',
          suivant: 'reunion',
          consequence:
            'Aminata lit, pose des questions, inscrit les pauses à l’ordre du jour de la réunion de vendredi et prévoit de recevoir Maëlys et Fabrice séparément.',
          feedback:
            'Une transmission factuelle, le jour même, avec la parole de la personne : l’établissement peut analyser et agir.',
          scores: { 'B1.C2.CR1': 1, 'B1.C2.CR2': 2 },
        },
        {
          id: 'qualifier',
          texte: 'Vous lui dites que Rodolphe est maltraitant et qu’il faut le sanctionner.',
          suivant: 'reunion',
          consequence:
            'Aminata vous demande des faits précis ; vous en donnez quelques-uns de mémoire. Elle inscrit quand même le sujet à la réunion de vendredi.',
          feedback:
            'Qualifier et réclamer une sanction n’est pas votre rôle : votre transmission est plus utile quand elle rapporte des faits datés, avec les mots de la personne.',
          scores: { 'B1.C2.CR2': 1 },
        },
        {
          id: 'vague',
          texte: 'Vous évoquez « une ambiance un peu lourde », sans citer de faits ni de noms, pour ne fâcher personne.',
          suivant: 'fin-a-revoir',
          consequence: 'Aminata vous remercie et vous conseille de « garder un œil ». Rien ne change.',
          feedback:
            'Une transmission vague ne permet pas d’agir : la situation de Maëlys n’est pas portée à la connaissance de l’établissement.',
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
            'Questionner une habitude collective en associant les personnes concernées : c’est la bientraitance en pratique.',
          scores: { 'B1.C2.CR1': 1, 'B1.C2.CR3': 2 },
        },
        {
          id: 'nouvelle-regle',
          texte: 'Vous proposez d’afficher une nouvelle règle, « toilettes libres », et de passer au point suivant.',
          suivant: 'fin-acceptable',
          consequence:
            'La règle change, mais sans discussion : Rodolphe reste persuadé qu’on lui a donné tort, et personne n’a demandé l’avis des travailleurs.',
          feedback:
            'Le changement est réel, mais il manque le questionnement partagé qui évite que d’autres habitudes du même type s’installent.',
          scores: { 'B1.C2.CR3': 1 },
        },
        {
          id: 'se-taire',
          texte: 'Vous vous taisez pour préserver l’ambiance de l’équipe.',
          suivant: 'fin-a-revoir',
          consequence: 'La règle est maintenue « pour l’instant ».',
          feedback:
            'Ne rien dire en réunion laisse la pratique en place : la bientraitance suppose d’oser questionner les habitudes.',
          scores: { 'B1.C2.CR3': 0 },
        },
      ],
    },
    {
      type: 'fin',
      id: 'fin-optimale',
      titre: 'Une habitude questionnée, une personne entendue',
      issues: ['optimale', 'acceptable', 'a-revoir'],
      texte:
        'Maëlys a été écoutée et protégée, ses mots ont été transmis, et l’équipe a revu une règle qui portait atteinte aux besoins des personnes. La bientraitance n’est pas l’absence de problème : c’est cette capacité à voir, dire et changer, avec les personnes concernées.',
    },
    {
      type: 'fin',
      id: 'fin-acceptable',
      titre: 'Le problème est réglé, la réflexion reste à faire',
      issues: ['optimale', 'acceptable', 'a-revoir'],
      texte:
        'La règle des toilettes a disparu et la situation de Maëlys a été transmise. Mais le changement s’est fait sans réflexion partagée ni avis des travailleurs : d’autres habitudes du même type peuvent persister. Reprenez la réunion en posant la question « à qui sert cette règle ? ».',
    },
    {
      type: 'fin',
      id: 'fin-a-revoir',
      titre: 'Une situation qui continue',
      issues: ['optimale', 'acceptable', 'a-revoir'],
      texte:
        'La règle et le surnom sont toujours là, et l’établissement n’a pas les faits pour agir. Une maltraitance peut être ordinaire, collective et non intentionnelle : elle dure tant que personne ne la nomme. Reprenez la mise en situation en écoutant Maëlys et en transmettant des faits le jour même.',
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
        'Une règle qui empêche d’aller aux toilettes et un surnom moqueur peuvent constituer une maltraitance ordinaire et collective, même sans intention. Ne pas promettre le secret, noter les faits et transmettre le jour même.',
      lien: '/cours/bloc-1/relation-ethique#signaler',
    },
    'B1.C2.CR3': {
      texte:
        'Protéger la dignité et l’intimité (accident géré à l’écart, moqueries arrêtées sans mise en scène) et questionner en équipe les habitudes de l’atelier.',
      lien: '/cours/bloc-1/relation-ethique#dignite',
    },
  },
});
