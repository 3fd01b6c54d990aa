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
  ],
  criteres: ['B3.C8.CR1', 'B3.C8.CR2', 'B3.C8.CR3'],
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
          texte:
            'Vous demandez à Théo et à Mireille s’ils veulent écrire la fiche avec vous ce matin, pendant que l’équipe prépare les cartons.',
          suivant: 'mots',
          consequence:
            'Théo accepte tout de suite. Mireille hésite, puis dit oui « si je peux choisir les photos ». Vous vous installez à la table du fond avec un coffret modèle.',
          feedback:
            'Associer des personnes concernées dès l’écriture, en leur demandant leur accord, est le principe même du FALC.',
          scores: { 'B3.C8.CR2': 2, 'B3.C8.CR1': 1 },
        },
        {
          id: 'seul-vite',
          texte: 'Vous écrivez seul la fiche ce soir, sur l’ordinateur, en ajoutant des pictogrammes.',
          suivant: 'mots',
          consequence: 'À 19 h, vous avez une fiche d’une page. Elle vous paraît claire.',
          feedback:
            'Écrire seul est possible si la fiche est ensuite relue et testée avec les personnes concernées. Mais vous jugez seul de sa clarté, alors que vous savez déjà ce qu’il faut faire.',
          scores: { 'B3.C8.CR2': 1 },
        },
        {
          id: 'copie-client',
          texte: 'Vous affichez au poste la fiche technique du client : elle est complète et officielle.',
          suivant: 'affiche-client',
          consequence: 'Les 3 pages sont scotchées au mur, au-dessus de la table de montage.',
          feedback:
            'Une fiche technique exacte n’est pas une fiche utilisable : beaucoup de personnes de l’équipe ne pourront pas la lire.',
          scores: { 'B3.C8.CR2': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'affiche-client',
      titre: 'Mardi, 10 h',
      texte:
        'Mireille et Sonia ont monté 60 coffrets avec les savons dans le mauvais ordre. Théo lit la fiche à voix haute pour tout le monde depuis une heure et commence à fatiguer. Ibrahim s’est approché du mur à 10 cm pour lire.',
      choix: [
        {
          id: 'reprendre-falc',
          texte:
            'Vous arrêtez la ligne quelques minutes, demandez à l’équipe ce qui est difficile, et proposez d’écrire une vraie fiche avec deux volontaires.',
          suivant: 'mots',
          consequence:
            'L’équipe parle : « trop de mots », « trop petit », « on ne voit pas les savons ». Théo et Mireille se proposent. Les 60 coffrets seront repris dans l’après-midi.',
          feedback:
            'Reconnaître que le support ne convient pas et repartir de ce que disent les personnes, c’est rattraper la situation.',
          scores: { 'B3.C8.CR2': 1 },
        },
        {
          id: 'montrer-seulement',
          texte: 'Vous faites une démonstration et demandez à Théo de surveiller ses collègues pendant la commande.',
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
      choix: [
        {
          id: 'mots-simples',
          texte:
            'Vous découpez en étapes courtes qui commencent par un verbe, avec les vrais noms des savons, et vous demandez à Mireille quelles images elle reconnaît.',
          suivant: 'photos',
          consequence:
            'La fiche devient : « Je mets le savon vert à gauche. » Mireille propose de photographier chaque savon posé dans la boîte, « comme ça on voit la place ».',
          feedback:
            'Une idée par phrase, des mots de tous les jours et des images choisies avec les personnes concernées : ce sont les bases du FALC.',
          scores: { 'B3.C8.CR2': 2 },
        },
        {
          id: 'glossaire',
          texte: 'Vous gardez les termes techniques, mais vous ajoutez un lexique en bas de la fiche.',
          suivant: 'photos',
          consequence: 'La fiche fait maintenant une page et demie. Le lexique explique « calage » et « rubanage ».',
          feedback:
            'Un lexique ajoute de la lecture au lieu d’en enlever. En FALC, on remplace le mot difficile par un mot simple, directement dans la phrase.',
          scores: { 'B3.C8.CR2': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'photos',
      titre: 'Les photos',
      texte:
        'Il faut des images pour chaque étape. Mireille propose de prêter ses mains pour les photos. Sonia travaille juste à côté et apparaîtra sur certaines photos.',
      choix: [
        {
          id: 'accord-photos',
          texte:
            'Vous demandez à Mireille et à Sonia si elles acceptent d’être photographiées. Sonia refuse : vous refaites ces photos sans elle.',
          suivant: 'test',
          consequence:
            'Mireille est fière de voir ses mains sur la fiche. Sonia vous remercie de lui avoir demandé. Les photos montrent les vrais savons, dans la vraie boîte.',
          feedback:
            'Demander l’accord de chacun avant une photo, et respecter un refus, fait partie du respect des choix. Les vraies photos rendent la fiche lisible.',
          scores: { 'B3.C8.CR1': 2, 'B3.C8.CR2': 1 },
        },
        {
          id: 'pictos-internet',
          texte: 'Pour aller plus vite, vous utilisez des pictogrammes génériques trouvés sur internet.',
          suivant: 'test',
          consequence: 'La fiche montre une main et une boîte stylisées. On ne distingue pas les 4 savons.',
          feedback:
            'Des dessins génériques ne montrent pas les vrais gestes ni les vrais produits. Ajouter des pictogrammes ne suffit pas à faire du FALC.',
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
          texte:
            'Vous donnez la fiche à Ibrahim, Sonia et Paulette, qui ne l’ont pas écrite, au vrai poste, sans rien expliquer ; vous observez et notez où ils hésitent.',
          suivant: 'resultat-test',
          consequence: 'Le test dure vingt minutes. Vous remplissez une petite grille : qui, quelle étape, ce qui s’est passé.',
          feedback:
            'Tester au poste, avec des personnes qui n’ont pas écrit la fiche et qui lisent différemment : c’est la seule façon de savoir si elle est comprise.',
          scores: { 'B3.C8.CR2': 2 },
        },
        {
          id: 'demander-reunion',
          texte: 'Vous présentez la fiche en réunion d’équipe : « C’est clair pour tout le monde ? »',
          suivant: 'resultat-reunion',
          consequence: 'Tout le monde répond oui. Personne ne pose de question.',
          feedback:
            'Un « oui » collectif en réunion ne prouve pas la compréhension : beaucoup de personnes n’osent pas dire qu’elles n’ont pas compris.',
          scores: { 'B3.C8.CR2': 0 },
        },
        {
          id: 'theo-valide',
          texte: 'Vous demandez à Théo, qui a écrit la fiche avec vous, de la relire une dernière fois.',
          suivant: 'resultat-reunion',
          consequence: 'Théo la trouve parfaite. Il la connaît par cœur.',
          feedback:
            'La relecture par un coauteur est utile, mais Théo sait déjà ce qu’il faut faire. Le test doit se faire avec des personnes qui découvrent la fiche.',
          scores: { 'B3.C8.CR2': 1 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'resultat-test',
      titre: 'Ce que montre le test',
      texte:
        'Paulette a tout réussi. Ibrahim a tenu la fiche à 10 cm de ses yeux. Sonia a inversé les étapes 2 et 3, puis vous a dit : « Sur la photo 2, le ruban est déjà mis. Et moi, je préfère qu’on me montre une fois. »',
      choix: [
        {
          id: 'corriger-avec-eux',
          texte:
            'Vous demandez à Ibrahim et Sonia ce qui les aiderait, agrandissez texte et photos, refaites la photo 2, faites une démonstration à Sonia, puis testez à nouveau.',
          suivant: 'theo-projet',
          consequence:
            'La fiche passe en A4 avec de grandes photos. Au second essai, Sonia et Ibrahim réussissent. Sonia garde la fiche près d’elle « au cas où ».',
          feedback:
            'Les difficultés révèlent les défauts de la fiche ; les personnes disent elles-mêmes ce qui les aide. Fiche et démonstration se complètent.',
          scores: { 'B3.C8.CR2': 2, 'B3.C8.CR1': 2 },
        },
        {
          id: 'conclure-personnes',
          texte: 'Vous concluez que Sonia et Ibrahim ne sont pas faits pour travailler avec une fiche et les mettez au montage des cartons.',
          suivant: 'fin-a-revoir',
          consequence:
            'La fiche reste telle quelle. Sonia et Ibrahim passent la commande à plier des cartons, loin des coffrets. Sonia dit le soir qu’elle « n’est bonne à rien ».',
          feedback:
            'Le test évalue la fiche, pas les personnes. En les écartant, vous gardez une fiche mal comprise et vous privez deux personnes d’un apprentissage.',
          scores: { 'B3.C8.CR2': 0, 'B3.C8.CR1': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'resultat-reunion',
      titre: 'Deux heures plus tard',
      texte:
        'En deux heures, 80 coffrets sont partis sans notice. Ibrahim vous dit à voix basse : « La fiche, j’arrive pas à lire, c’est trop petit. »',
      choix: [
        {
          id: 'tester-maintenant',
          texte:
            'Vous remerciez Ibrahim, puis faites tester la fiche au poste par trois personnes qui ne l’ont pas écrite, et la corrigez avec elles.',
          suivant: 'theo-projet',
          consequence:
            'Le test montre que l’étape de la notice était cachée dans une phrase trop longue et que le texte était trop petit. Après correction, les erreurs cessent.',
          feedback: 'Le test arrive tard, mais il arrive : la fiche est enfin vérifiée avec les personnes concernées.',
          scores: { 'B3.C8.CR2': 1 },
        },
        {
          id: 'rappel-oral',
          texte: 'Vous rappelez à toute l’équipe, à voix haute : « N’oubliez pas la notice ! » et gardez la fiche.',
          suivant: 'fin-a-revoir',
          consequence:
            'Les oublis diminuent dans l’heure qui suit, puis reviennent l’après-midi. Ibrahim ne regarde plus la fiche. La commande part avec 150 coffrets repris à la main.',
          feedback:
            'Un rappel oral corrige un symptôme, pas la cause. La fiche reste illisible pour une partie de l’équipe.',
          scores: { 'B3.C8.CR2': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'theo-projet',
      titre: 'Jeudi, fin de journée',
      texte:
        'En rangeant, Théo vous dit : « Expliquer comment on fait les coffrets, j’ai bien aimé. Est-ce que ça pourrait servir pour mon projet de travailler dans l’entrepôt d’un client ? »',
      choix: [
        {
          id: 'relier-projet',
          texte:
            'Vous lui demandez ce qu’il a aimé, nommez avec lui ce qu’il a appris (lire et expliquer une procédure, vérifier la qualité) et proposez d’en parler avec le chargé d’insertion pour son projet.',
          suivant: 'diffusion',
          consequence:
            'Théo repart avec une phrase notée pour son prochain entretien : « Je sais lire une fiche de poste et l’expliquer à des collègues. » Un rendez-vous est pris la semaine suivante.',
          feedback:
            'Nommer ce qui se transfère et le relier au projet de la personne donne son sens à l’apprentissage : c’est la finalité inclusive au quotidien.',
          scores: { 'B3.C8.CR3': 2, 'B3.C8.CR1': 1 },
        },
        {
          id: 'apres-commande',
          texte: 'Vous lui répondez qu’on verra après la commande, qui est la priorité de la semaine.',
          suivant: 'diffusion',
          consequence: 'Théo n’insiste pas. La semaine suivante, personne ne lui en reparle.',
          feedback:
            'La commande est réelle, mais reporter sans date une question de projet, c’est laisser la production devenir la finalité.',
          scores: { 'B3.C8.CR3': 0 },
        },
        {
          id: 'stage-direct',
          texte: 'Vous appelez vous-même le client pour lui demander de prendre Théo en stage dans son entrepôt.',
          suivant: 'diffusion',
          consequence:
            'Le client est surpris et demande à en parler avec la direction. Théo apprend la démarche par un collègue et se sent dépassé.',
          feedback:
            'Vous reliez bien l’apprentissage à un projet inclusif, mais vous décidez et agissez sans Théo et sans l’équipe.',
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
            'Vous la datez, lui donnez un numéro de version, prévoyez de la revoir avec ses utilisateurs si le client recommande, et proposez à l’équipe d’écrire les prochaines fiches de la même façon.',
          suivant: 'fin-optimale',
          consequence:
            'Mireille et Théo acceptent d’être relecteurs des prochaines fiches. Une collègue d’un autre atelier vous demande comment vous avez fait.',
          feedback:
            'Une fiche datée, versionnée et revue avec ses utilisateurs reste juste dans le temps. Partager la méthode installe une pratique d’équipe.',
          scores: { 'B3.C8.CR2': 2, 'B3.C8.CR3': 1 },
        },
        {
          id: 'classer',
          texte: 'Vous la plastifiez et la rangez avec le bon de commande, pour la prochaine fois.',
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
      titre: 'Une fiche comprise par tous, et qui sert au-delà de l’atelier',
      issues: ['optimale', 'acceptable', 'a-revoir'],
      texte:
        'La fiche a été testée et corrigée avec les personnes concernées ; elle est comprise par toute l’équipe. Théo a découvert une compétence qu’il veut utiliser ailleurs. La commande est devenue une occasion d’apprendre et de se projeter.',
    },
    {
      type: 'fin',
      id: 'fin-acceptable',
      titre: 'Une fiche utile, une méthode qui reste à partager',
      issues: ['optimale', 'acceptable', 'a-revoir'],
      texte:
        'La commande est livrée et la fiche existe. Mais tout n’a pas été vérifié avec les personnes concernées, ou la méthode reste dans votre tiroir. Pour la prochaine fiche, testez-la au poste et associez des relecteurs de l’équipe.',
    },
    {
      type: 'fin',
      id: 'fin-a-revoir',
      titre: 'Une partie de l’équipe reste sans information comprise',
      issues: ['a-revoir'],
      texte:
        'La commande est peut-être livrée, mais des travailleurs sont restés sans support qu’ils comprennent, ou ont été écartés au lieu que la fiche soit corrigée. Reprenez la mise en situation : une erreur de lecture est une information sur la fiche, pas sur la personne, et seul un test au poste avec les personnes concernées permet de le savoir.',
    },
  ],
  debrief: {
    'B3.C8.CR1': {
      texte:
        'Demander l’accord de chacun (pour écrire, pour être photographié, pour un nouveau rôle), respecter un refus, et laisser la personne dire ce qui l’aide.',
      lien: '/cours/bloc-3/choix-inclusion-falc#choix-eclaire',
    },
    'B3.C8.CR2': {
      texte:
        'Écrire la fiche avec des personnes concernées, avec des phrases courtes et de vraies photos, puis la tester au poste avec des personnes qui ne l’ont pas écrite, la corriger et la versionner.',
      lien: '/cours/bloc-3/choix-inclusion-falc#tester',
    },
    'B3.C8.CR3': {
      texte:
        'Nommer avec la personne ce qui se transfère hors de l’atelier et le relier à son projet, avec l’équipe, sans décider à sa place.',
      lien: '/cours/bloc-3/choix-inclusion-falc#finalite-inclusive',
    },
  },
});
