import { defineCas } from '#auteur';

export default defineCas({
  id: 'fiche-falc-en-equipe',
  titre: 'Une fiche FALC pour les coffrets',
  description:
    'Écrire avec l’équipe une fiche de consigne facile à lire et à comprendre, la tester avec les personnes concernées, et relier ce travail au projet d’un travailleur.',
  bloc: 'B3',
  contexte:
    'Vous êtes moniteur ou monitrice de l’atelier conditionnement de l’ESAT « Les Ateliers du Canal ». Un nouveau client, une savonnerie artisanale, commande 3 000 coffrets-cadeaux à livrer dans 10 jours. Chaque coffret contient 4 savons placés dans un ordre précis, une notice pliée et un ruban. Le client a envoyé une fiche technique de 3 pages. Votre équipe de 9 travailleurs a des façons de lire très différentes.',
  personnages: [
    { nom: 'Théo', role: 'travailleur, lit bien, aime expliquer' },
    { nom: 'Mireille', role: 'travailleuse, ne lit pas, reconnaît très bien les photos' },
    { nom: 'Ibrahim', role: 'travailleur, voit mal les petits caractères' },
    { nom: 'Sonia', role: 'travailleuse arrivée il y a un mois, inquiète quand elle se trompe' },
    { nom: 'Paulette', role: 'travailleuse expérimentée de l’atelier' },
    { nom: 'Claire', role: 'chargée d’insertion professionnelle' },
  ],
  criteres: ['B3.C8.CR1', 'B3.C8.CR2', 'B3.C8.CR3'],
  drapeaux: {
    'fiche-client': 'La fiche technique du client a d’abord été affichée telle quelle au poste.',
    'theo-coauteur': 'Théo a écrit la fiche avec vous.',
    lexique: 'Les termes techniques ont été gardés, avec un lexique en bas de la fiche.',
    pictos: 'La fiche est illustrée de pictogrammes génériques, pas de photos de l’atelier.',
    'test-tardif': 'La fiche n’a été testée au poste qu’après des coffrets partis sans notice.',
    'non-corrigee': 'Les défauts révélés par le test n’ont pas été corrigés dans la fiche.',
    'projet-reporte': 'La question de Théo sur son projet a été remise à plus tard.',
    'stage-sans-theo': 'Vous avez demandé un stage pour Théo au client sans lui en parler.',
  },
  debut: 'qui-ecrit',
  noeuds: [
    {
      type: 'situation',
      id: 'qui-ecrit',
      titre: 'Lundi, 8 h 15',
      texte:
        'La production des coffrets commence demain. La fiche technique du client est précise, mais remplie de références et de termes comme « calage » ou « plan de colisage ». Il faut une consigne utilisable par toute l’équipe.',
      choix: [
        {
          id: 'co-ecrire',
          texte: 'Vous demandez à Théo et à Mireille s’ils veulent écrire la fiche avec vous ce matin, pendant que l’équipe prépare les cartons.',
          suivant: 'mots',
          pose: ['theo-coauteur'],
          consequence:
            'Théo accepte tout de suite. Mireille hésite, puis dit oui « si je peux choisir les photos ». Vous vous installez à la table du fond avec un coffret modèle.',
          feedback:
            'Associer des personnes concernées dès l’écriture, en leur demandant leur accord, est le principe même du facile à lire et à comprendre (FALC).',
          scores: { 'B3.C8.CR2': 2, 'B3.C8.CR1': 2 },
        },
        {
          id: 'seul-vite',
          texte:
            'Vous rédigez seul ce soir, au calme, une fiche adaptée à partir de la fiche technique : ainsi, personne n’est retiré de la production demain.',
          suivant: 'mots',
          consequence: 'À 19 h, vous avez une fiche d’une page. Elle vous paraît claire.',
          feedback:
            'Écrire seul est possible si la fiche est ensuite testée avec les personnes concernées. Mais vous jugez seul de sa clarté, alors que vous savez déjà ce qu’il faut faire.',
          scores: { 'B3.C8.CR2': 1 },
        },
        {
          id: 'copie-client',
          texte:
            'Vous affichez au poste la fiche du client, agrandie : c’est la référence, et elle évite toute erreur de recopie.',
          suivant: 'affiche-client',
          pose: ['fiche-client'],
          consequence: 'Les 3 pages agrandies sont scotchées au mur, au-dessus de la table de montage.',
          feedback:
            'Une fiche technique exacte n’est pas une fiche utilisable : agrandie ou non, une partie de l’équipe ne pourra pas la lire.',
          scores: { 'B3.C8.CR2': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'affiche-client',
      titre: 'Mardi, 10 h',
      suppose: ['fiche-client'],
      texte:
        'Mireille et Sonia ont monté 60 coffrets avec les savons dans le mauvais ordre. Théo lit la fiche à voix haute pour tout le monde depuis une heure et commence à fatiguer. Ibrahim s’est approché du mur à 10 cm pour lire.',
      choix: [
        {
          id: 'reprendre-falc',
          texte:
            'Vous arrêtez la ligne quelques minutes, vous demandez à l’équipe ce qui est difficile, et vous cherchez deux volontaires pour écrire une autre fiche.',
          suivant: 'mots',
          pose: ['theo-coauteur'],
          consequence:
            'L’équipe parle : « trop de mots », « trop petit », « on ne voit pas les savons ». Théo et Mireille se proposent. Les 60 coffrets seront repris dans l’après-midi.',
          feedback:
            'Reconnaître que le support ne convient pas et repartir de ce que disent les personnes, c’est rattraper la situation.',
          scores: { 'B3.C8.CR2': 1 },
        },
        {
          id: 'montrer-seulement',
          texte:
            'Vous faites une démonstration à toute l’équipe, puis vous confiez à Théo, qui lit bien et aime expliquer, le contrôle des coffrets jusqu’à la livraison.',
          suivant: 'fin-a-revoir',
          consequence:
            'Les erreurs diminuent. Théo passe la semaine à contrôler les autres, sans qu’on lui ait demandé s’il le voulait ; Ibrahim et Sonia n’ont toujours aucun support qu’ils peuvent lire. La commande part à l’heure.',
          feedback:
            'La démonstration aide, mais vous confiez un rôle à Théo sans son accord et vous ne réglez pas le problème de l’information.',
          scores: { 'B3.C8.CR2': 0, 'B3.C8.CR1': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'mots',
      titre: 'Le premier jet',
      texte:
        'Le premier jet dit : « Disposer les 4 références dans le calage selon le plan, insérer la notice pliée, puis procéder au rubanage. »',
      variantes: [{ si: ['theo-coauteur'], texte: 'Théo l’a recopié presque mot pour mot de la fiche du client : « C’est ce qui est écrit. »' }],
      choix: [
        {
          id: 'mots-simples',
          texte: 'Vous découpez en étapes courtes qui commencent par un verbe, avec les vrais noms des savons, et vous demandez à Mireille quelles images elle reconnaît.',
          suivant: 'photos',
          consequence:
            'La fiche devient : « Je mets le savon vert à gauche. » Mireille propose de photographier chaque savon posé dans la boîte, « comme ça on voit la place ».',
          feedback:
            'Une idée par phrase, des mots de tous les jours et des images choisies avec les personnes concernées : ce sont les bases du FALC.',
          scores: { 'B3.C8.CR2': 2 },
        },
        {
          id: 'glossaire',
          texte:
            'Vous gardez les termes du client, qui sont aussi ceux des bons de commande, et vous ajoutez en bas de la fiche un lexique illustré qui explique chacun d’eux.',
          suivant: 'photos',
          pose: ['lexique'],
          consequence: 'La fiche fait maintenant une page et demie. Le lexique explique « calage » et « rubanage ».',
          feedback:
            'Un lexique ajoute de la lecture au lieu d’en enlever. En FALC, on remplace le mot difficile par un mot simple, directement dans la phrase.',
          scores: { 'B3.C8.CR2': 0 },
        },
        {
          id: 'theo-reformule',
          texte: 'Vous demandez à Théo, le meilleur lecteur de l’équipe, de réécrire la phrase avec ses mots, et vous gardez sa version.',
          suivant: 'photos',
          consequence: 'Théo écrit : « Mettre les savons dans l’ordre du plan, puis la notice, puis le ruban. » C’est plus court, mais « l’ordre du plan » reste à deviner.',
          feedback:
            'Faire reformuler par une personne concernée est une bonne idée, mais Théo lit bien : sa version n’est pas vérifiée avec ceux qui lisent peu ou pas, comme Mireille.',
          scores: { 'B3.C8.CR2': 1 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'photos',
      titre: 'Les images',
      texte:
        'Il faut une image pour chaque étape. Mireille propose de prêter ses mains pour les photos. Sonia travaille juste à côté et apparaîtra sur certaines photos.',
      choix: [
        {
          id: 'accord-photos',
          texte: 'Vous demandez à Mireille et à Sonia si elles acceptent d’être photographiées, en leur disant à quoi serviront les photos : la fiche de l’atelier.',
          suivant: 'test',
          consequence:
            'Mireille accepte, fière de voir ses mains sur la fiche. Sonia refuse : vous refaites ces photos sans elle, et elle vous remercie de lui avoir demandé. Les photos montrent les vrais savons, dans la vraie boîte.',
          feedback:
            'Le droit à l’image demande un consentement donné pour un usage précis (C. civ., art. 9) ; un refus se respecte. Les vraies photos rendent la fiche lisible.',
          scores: { 'B3.C8.CR1': 2, 'B3.C8.CR2': 2 },
        },
        {
          id: 'pictos-internet',
          texte:
            'Vous prenez des pictogrammes dans une banque d’images libres de droits : aucune question de droit à l’image ne se pose, et la fiche sera prête dès midi.',
          suivant: 'test',
          pose: ['pictos'],
          consequence: 'La fiche montre une main et une boîte stylisées. On ne distingue pas les 4 savons.',
          feedback:
            'Des dessins génériques ne montrent ni les vrais gestes ni les vrais produits, et éviter la question du consentement n’est pas y répondre : Mireille proposait ses mains.',
          scores: { 'B3.C8.CR2': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'test',
      titre: 'Avant de mettre la fiche au poste',
      texte: 'La fiche est imprimée. La production doit avancer vite. Comment vérifiez-vous qu’elle est comprise ?',
      choix: [
        {
          id: 'tester-vraiment',
          texte: 'Vous donnez la fiche à Ibrahim, Sonia et Paulette, qui ne l’ont pas écrite, au vrai poste et sans aide, et vous notez où ils hésitent.',
          suivant: 'resultat-test',
          consequence: 'Le test dure vingt minutes. Vous remplissez une petite grille : qui, quelle étape, ce qui s’est passé.',
          feedback:
            'Tester au poste, avec des personnes qui n’ont pas écrit la fiche et qui lisent différemment : c’est la seule façon de savoir si elle est comprise.',
          scores: { 'B3.C8.CR2': 2 },
        },
        {
          id: 'demander-reunion',
          texte:
            'Vous la présentez en réunion d’équipe, étape par étape, et demandez à chacun ce qui n’est pas clair.',
          suivant: 'resultat-reunion',
          consequence: 'Tout le monde répond que c’est clair. Personne ne pose de question.',
          feedback:
            'Un « oui » collectif en réunion ne prouve pas la compréhension : beaucoup de personnes n’osent pas dire qu’elles n’ont pas compris, et lire au poste n’est pas écouter en salle.',
          scores: { 'B3.C8.CR2': 0 },
        },
        {
          id: 'theo-valide',
          texte: 'Vous demandez à Théo, qui lit le mieux de l’équipe, de relire la fiche une dernière fois au poste.',
          suivant: 'resultat-reunion',
          consequence: 'Théo la trouve claire : il lit sans difficulté et connaît déjà le montage.',
          feedback:
            'Une relecture est utile, mais un bon lecteur qui connaît déjà le montage ne dit rien de ce que comprendront Mireille ou Ibrahim : le test se fait avec des personnes qui découvrent la fiche.',
          scores: { 'B3.C8.CR2': 1 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'resultat-test',
      titre: 'Ce que montre le test',
      texte: 'Paulette a tout réussi. Ibrahim a tenu la fiche à 10 cm de ses yeux. Sonia a inversé les étapes 2 et 3.',
      variantes: [
        { sauf: ['pictos'], texte: 'Elle vous montre la photo 2 : « Là, le ruban est déjà mis. Et moi, je préfère qu’on me montre une fois. »' },
        { si: ['pictos'], texte: 'Elle vous montre le dessin 2 : « On ne voit pas quel savon va où. Et moi, je préfère qu’on me montre une fois. »' },
      ],
      choix: [
        {
          id: 'corriger-avec-eux',
          texte:
            'Vous demandez à Ibrahim et Sonia ce qui les aiderait, vous agrandissez le texte et les images, refaites l’image 2, montrez le geste à Sonia, puis testez à nouveau.',
          suivant: 'theo-projet',
          consequence:
            'La fiche passe en A4 avec de grandes images. Au second essai, Sonia et Ibrahim réussissent. Sonia garde la fiche près d’elle « au cas où ».',
          feedback:
            'Les difficultés révèlent les défauts de la fiche ; les personnes disent elles-mêmes ce qui les aide. Fiche et démonstration se complètent.',
          scores: { 'B3.C8.CR2': 2, 'B3.C8.CR1': 2 },
        },
        {
          id: 'conclure-personnes',
          texte:
            'Vous gardez la fiche, qui a suffi à Paulette, et vous placez Sonia et Ibrahim au montage des cartons, un poste sans lecture où ils seront plus à l’aise.',
          suivant: 'fin-a-revoir',
          consequence:
            'Sonia et Ibrahim passent la commande à plier des cartons, loin des coffrets. Le soir, Sonia dit qu’elle « n’est bonne à rien ».',
          feedback:
            'Le test évalue la fiche, pas les personnes. En les écartant, vous gardez une fiche mal comprise et vous privez deux personnes d’un apprentissage.',
          scores: { 'B3.C8.CR2': 0, 'B3.C8.CR1': 0 },
        },
        {
          id: 'binome-paulette',
          texte:
            'Vous respectez la préférence de Sonia : Paulette lui montrera le montage et travaillera en binôme avec elle toute la semaine, et Ibrahim gardera près de lui une copie agrandie.',
          suivant: 'theo-projet',
          pose: ['non-corrigee'],
          piege: true,
          consequence:
            'Sonia est soulagée, Ibrahim lit sa copie. Mais jeudi, deux renforts venus d’un autre atelier inversent à leur tour les étapes 2 et 3 : l’image 2 n’a pas changé. 40 coffrets sont repris.',
          feedback:
            'L’attention à Sonia est réelle, mais le test a montré un défaut de la fiche, pas seulement un besoin de Sonia. Tant que l’image 2 n’est pas corrigée et la fiche retestée, chaque nouveau lecteur refera l’erreur.',
          scores: { 'B3.C8.CR2': 0, 'B3.C8.CR1': 1 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'resultat-reunion',
      titre: 'Deux heures plus tard',
      texte:
        'En deux heures, 80 coffrets sont partis sans notice. Ibrahim vous dit à voix basse : « La fiche, je n’arrive pas à la lire, c’est trop petit. »',
      choix: [
        {
          id: 'tester-maintenant',
          texte: 'Vous remerciez Ibrahim, puis vous faites tester la fiche au poste par trois personnes qui ne l’ont pas écrite, et vous la corrigez avec elles.',
          suivant: 'theo-projet',
          pose: ['test-tardif'],
          consequence:
            'Le test montre que l’étape de la notice était cachée dans une phrase trop longue et que le texte était trop petit. Après correction, les erreurs cessent.',
          feedback: 'Le test arrive tard, mais il arrive : la fiche est enfin vérifiée avec les personnes concernées.',
          scores: { 'B3.C8.CR2': 1 },
        },
        {
          id: 'rappel-oral',
          texte:
            'Vous rappelez à toute l’équipe de ne pas oublier la notice, vous imprimez pour Ibrahim une fiche en gros caractères, et la production reprend aussitôt.',
          suivant: 'fin-a-revoir',
          consequence:
            'Les oublis diminuent dans l’heure, puis reviennent l’après-midi : l’étape de la notice reste cachée dans une phrase trop longue. La commande part avec 150 coffrets repris à la main.',
          feedback:
            'Un rappel oral et un agrandissement corrigent des symptômes. Sans test au poste, personne ne sait pourquoi la notice est oubliée.',
          scores: { 'B3.C8.CR2': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'theo-projet',
      titre: 'Jeudi, fin de journée',
      texte:
        'En rangeant, Théo vous dit : « Expliquer aux autres comment on fait, j’aime bien. Est-ce que ça pourrait servir pour mon projet de travailler dans l’entrepôt d’un client ? »',
      variantes: [{ si: ['theo-coauteur'], texte: 'Cette semaine, il a écrit la fiche avec vous et l’a montrée à deux collègues.' }],
      choix: [
        {
          id: 'relier-projet',
          texte: 'Vous l’interrogez sur ce qu’il a aimé, nommez avec lui ce qu’il sait faire, et lui suggérez d’en parler à Claire, la chargée d’insertion.',
          suivant: 'diffusion',
          consequence:
            'Théo repart avec une phrase notée pour son prochain rendez-vous : « Je sais lire une fiche de poste et l’expliquer à des collègues. » Claire le reçoit la semaine suivante.',
          feedback:
            'Nommer ce qui se transfère et le relier au projet de la personne, avec l’équipe, donne son sens à l’apprentissage : c’est la finalité inclusive au quotidien.',
          scores: { 'B3.C8.CR3': 2, 'B3.C8.CR1': 2 },
        },
        {
          id: 'apres-commande',
          texte: 'Vous l’encouragez, c’est une très bonne idée, et vous lui proposez d’en reparler après la livraison, une fois la commande passée.',
          suivant: 'diffusion',
          pose: ['projet-reporte'],
          consequence: 'Théo n’insiste pas. Après la livraison, personne ne lui en reparle.',
          feedback:
            'L’encouragement est sincère, mais renvoyer une question de projet à « après la commande », sans rendez-vous ni relais vers la chargée d’insertion, c’est laisser la production passer avant le parcours.',
          scores: { 'B3.C8.CR3': 0 },
        },
        {
          id: 'stage-direct',
          texte:
            'Vous appelez dès demain le client, que vous connaissez bien, pour lui demander s’il prendrait Théo en stage dans son entrepôt : l’occasion est trop belle.',
          suivant: 'diffusion',
          pose: ['stage-sans-theo'],
          consequence:
            'Le client est surpris et demande à en parler avec la direction. Théo apprend la démarche par un collègue et se sent dépassé.',
          feedback:
            'Vous reliez bien l’apprentissage à un projet inclusif, mais vous décidez sans Théo, et un stage se prépare avec lui et la chargée d’insertion, pas par un appel du moniteur au client.',
          scores: { 'B3.C8.CR3': 1, 'B3.C8.CR1': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'diffusion',
      titre: 'Vendredi, après la livraison',
      texte: 'La commande est livrée à l’heure. Que devient la fiche ?',
      choix: [
        {
          id: 'versionner-partager',
          texte:
            'Vous la datez et la numérotez, prévoyez de la revoir avec ses utilisateurs, et proposez à l’équipe d’écrire ainsi les prochaines fiches.',
          suivant: 'fin-optimale',
          consequence:
            'Mireille et Théo acceptent d’être relecteurs des prochaines fiches. Une collègue d’un autre atelier vous demande comment vous avez fait.',
          feedback:
            'Une fiche datée, versionnée et revue avec ses utilisateurs reste juste dans le temps. Partager la méthode installe une pratique d’équipe.',
          scores: { 'B3.C8.CR2': 2 },
        },
        {
          id: 'classer',
          texte: 'Vous plastifiez cette fiche adaptée et la rangez avec le bon de commande, prête pour la prochaine commande.',
          suivant: 'fin-acceptable',
          consequence: 'La fiche est bien rangée. Personne d’autre ne sait comment elle a été faite.',
          feedback:
            'Garder la fiche est utile, mais sans date ni version ni méthode partagée, le travail d’écriture et de test ne profitera pas aux prochaines commandes.',
          scores: { 'B3.C8.CR2': 1 },
        },
      ],
    },
    {
      type: 'fin',
      id: 'fin-optimale',
      titre: 'Une fiche testée au poste, et une méthode que l’équipe reprend',
      issues: ['optimale', 'acceptable', 'a-revoir'],
      texte:
        'La fiche a été testée au poste avec des personnes qui ne l’avaient pas écrite ; elle est datée, versionnée, et Mireille et Théo relisent les prochaines.',
      variantes: [
        { sauf: ['non-corrigee'], texte: 'Corrigée après le test, elle est comprise par toute l’équipe.' },
        { si: ['non-corrigee'], texte: 'Mais les défauts montrés par le test n’ont pas été corrigés : des renforts ont refait l’erreur, et la version rangée la contient encore.' },
        { si: ['fiche-client'], texte: 'Le premier jour, la fiche technique affichée telle quelle a coûté 60 coffrets à reprendre.' },
        { si: ['lexique'], texte: 'Le lexique en bas de page ajoute de la lecture : remplacez les mots difficiles dans la phrase elle-même.' },
        { si: ['pictos'], texte: 'Les pictogrammes génériques ne montrent pas les vrais savons : des photos de l’atelier, prises avec l’accord des personnes, seraient plus lisibles.' },
        { si: ['test-tardif'], texte: 'Le test est venu après 80 coffrets partis sans notice : il se fait avant de mettre la fiche au poste.' },
        { sauf: ['projet-reporte', 'stage-sans-theo'], texte: 'Théo a découvert une compétence qu’il veut utiliser ailleurs, et il en parle avec la chargée d’insertion.' },
        { si: ['projet-reporte'], texte: 'La question de Théo sur son projet attend toujours une réponse.' },
        { si: ['stage-sans-theo'], texte: 'Le stage demandé au client sans Théo l’a mis devant le fait accompli.' },
      ],
    },
    {
      type: 'fin',
      id: 'fin-acceptable',
      titre: 'Une fiche testée au poste, rangée avec le bon de commande',
      issues: ['optimale', 'acceptable', 'a-revoir'],
      texte:
        'La commande est livrée et la fiche existe, mais ni datée ni versionnée, et la méthode reste dans votre tiroir. Pour la prochaine fiche, associez des relecteurs de l’équipe et partagez la façon de faire.',
      variantes: [
        { si: ['non-corrigee'], texte: 'Les défauts montrés par le test n’ont pas été corrigés : la fiche rangée les contient encore.' },
        { si: ['fiche-client'], texte: 'Le premier jour, la fiche technique affichée telle quelle a coûté 60 coffrets à reprendre.' },
        { si: ['lexique'], texte: 'Le lexique en bas de page ajoute de la lecture au lieu d’en enlever.' },
        { si: ['pictos'], texte: 'Les pictogrammes génériques ne montrent pas les vrais savons.' },
        { si: ['test-tardif'], texte: 'Le test est venu après 80 coffrets partis sans notice.' },
        { sauf: ['projet-reporte', 'stage-sans-theo'], texte: 'Théo, lui, a relié ce qu’il sait faire à son projet, avec la chargée d’insertion.' },
        { si: ['projet-reporte'], texte: 'La question de Théo sur son projet attend toujours une réponse.' },
        { si: ['stage-sans-theo'], texte: 'Le stage demandé au client sans Théo l’a mis devant le fait accompli.' },
      ],
    },
    {
      type: 'fin',
      id: 'fin-a-revoir',
      titre: 'Une partie de l’équipe reste sans consigne qu’elle comprend',
      issues: ['a-revoir'],
      texte:
        'La commande part, mais des travailleurs sont restés sans support qu’ils comprennent, ou ont été écartés au lieu que la fiche soit corrigée. Reprenez la mise en situation : une erreur de lecture est une information sur la fiche, pas sur la personne, et seul un test au poste avec les personnes concernées permet de le savoir.',
    },
  ],
  debrief: {
    'B3.C8.CR1': {
      texte:
        'Demander l’accord de chacun (pour écrire, pour être photographié, pour un nouveau rôle, pour une démarche vers un employeur), respecter un refus, et laisser la personne dire ce qui l’aide.',
      lien: '/cours/bloc-3/choix-inclusion-falc#choix-eclaire',
    },
    'B3.C8.CR2': {
      texte:
        'Écrire la fiche avec des personnes concernées, avec des phrases courtes et de vraies photos, puis la tester au poste avec des personnes qui ne l’ont pas écrite, la corriger, la retester et la versionner.',
      lien: '/cours/bloc-3/choix-inclusion-falc#tester',
    },
    'B3.C8.CR3': {
      texte:
        'Nommer avec la personne ce qui se transfère hors de l’atelier et le relier à son projet, avec l’équipe et la chargée d’insertion, sans décider à sa place.',
      lien: '/cours/bloc-3/choix-inclusion-falc#finalite-inclusive',
    },
  },
});
