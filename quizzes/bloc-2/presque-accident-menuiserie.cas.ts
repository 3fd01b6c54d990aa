import { defineCas } from '#auteur';

export default defineCas({
  id: 'presque-accident-menuiserie',
  titre: 'Un presque-accident à la scie',
  description:
    'Accueillir une nouvelle travailleuse en sécurité, réagir à un presque-accident et à un refus de travailler, choisir des mesures de prévention, préparer la reprise.',
  bloc: 'B2',
  contexte:
    'Vous êtes moniteur ou monitrice de l’atelier menuiserie d’un ESAT. L’équipe de huit travailleurs et travailleuses fabrique 60 jardinières en bois pour une commune, à livrer vendredi à 14 h. Nous sommes mardi matin. Awa commence aujourd’hui sa période d’essai.',
  personnages: [
    { nom: 'Awa', role: 'nouvelle travailleuse, retient mieux ce qu’elle voit et ce qu’elle fait que ce qu’elle lit' },
    { nom: 'Yanis', role: 'travailleur expérimenté, habitué de la scie à format' },
    { nom: 'Théo', role: 'travailleur, apprend la découpe depuis deux mois' },
    { nom: 'Mireille', role: 'cheffe d’atelier' },
    { nom: 'Bastien', role: 'délégué des travailleurs, membre de l’instance mixte' },
  ],
  criteres: ['B2.C6.CR1', 'B2.C6.CR2', 'B2.C6.CR3', 'B2.C6.CR4'],
  debut: 'accueil-awa',
  noeuds: [
    {
      type: 'situation',
      id: 'accueil-awa',
      titre: 'Mardi, 8 h 15',
      texte:
        'Awa arrive. Mireille vous dit en passant : « Mets-la au ponçage des plateaux, elle sera vite utile, on est justes pour vendredi. » Le poste de ponçage a une aspiration qu’il faut mettre en marche à chaque fois.',
      choix: [
        {
          id: 'visite-demo',
          texte:
            'Vous prenez une demi-heure : tour des repères d’urgence avec Awa, puis démonstration au poste avec la fiche photo. Elle fait la séquence devant vous, aspiration comprise.',
          suivant: 'scie',
          consequence:
            'Awa demande si le bruit de l’aspiration est normal ; vous lui faites essayer un casque antibruit à sa taille. À 8 h 50, elle ponce son premier plateau, aspiration en marche.',
          feedback:
            'Montrer sur place, faire faire et vérifier : c’est une information sécurité adaptée à sa façon de comprendre. La demi-heure investie évite bien des reprises.',
          scores: { 'B2.C6.CR3': 2 },
        },
        {
          id: 'livret',
          texte: 'Vous lui remettez le livret sécurité de l’atelier à lire et à signer, puis vous l’installez au ponçage.',
          suivant: 'awa-poncage',
          consequence: 'Awa signe rapidement le livret sans le lire et commence à poncer.',
          feedback:
            'Une signature prouve qu’un document a été remis, pas qu’il a été compris. Pour Awa, un texte écrit n’est pas le bon support.',
          scores: { 'B2.C6.CR3': 0 },
        },
        {
          id: 'observer',
          texte: 'Vous lui demandez d’observer Théo toute la matinée ; vous lui expliquerez les consignes après la pause.',
          suivant: 'scie',
          consequence:
            'Awa regarde attentivement. Elle voit aussi Théo poncer une minute sans aspiration « pour aller plus vite » et le retient.',
          feedback:
            'Observer un collègue est utile, mais on imite aussi ses raccourcis. Sans démonstration ni vérification, l’information sécurité reste incomplète.',
          scores: { 'B2.C6.CR3': 1 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'awa-poncage',
      titre: 'Mardi, 9 h 30',
      texte:
        'Un nuage de poussière entoure le poste d’Awa : l’aspiration est éteinte, ses lunettes sont posées sur l’établi. Quand vous approchez, elle dit : « Le papier, je l’ai signé. »',
      choix: [
        {
          id: 'aspiration-reprendre',
          texte:
            'Vous arrêtez la ponceuse, mettez l’aspiration en marche avec elle, puis reprenez la consigne avec la fiche photo. Awa refait la séquence devant vous.',
          suivant: 'scie',
          consequence: 'La poussière retombe. Awa montre fièrement l’interrupteur de l’aspiration à sa voisine.',
          feedback:
            'Vous traitez le risque à la source (l’aspiration) avant tout équipement individuel, et vous rattrapez l’accueil en faisant faire.',
          scores: { 'B2.C6.CR2': 2, 'B2.C6.CR3': 1 },
        },
        {
          id: 'masque',
          texte: 'Vous lui donnez un masque à poussière et lui demandez de remettre ses lunettes. La commande presse.',
          suivant: 'scie',
          consequence:
            'Awa continue, aspiration éteinte. La poussière gagne les postes voisins. Vers 10 h, gênée, elle retire le masque.',
          feedback:
            'Le masque ne protège qu’Awa, et seulement si elle le porte. L’aspiration, protection collective, doit passer en premier.',
          scores: { 'B2.C6.CR2': 0, 'B2.C6.CR3': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'scie',
      titre: 'Mardi, 10 h 30',
      texte:
        'Un claquement : à la scie à format, une planche a été projetée vers l’arrière et a frôlé Yanis. Personne n’est blessé. Yanis coupe la machine, pâle : « Je n’y retourne pas, elle est dangereuse. » Il reste 40 jardinières à découper.',
      choix: [
        {
          id: 'securiser-ecouter',
          texte:
            'Vous laissez la machine arrêtée, posez une étiquette « Ne pas utiliser », écoutez Yanis raconter ce qu’il a vu, puis prévenez Mireille.',
          suivant: 'analyse',
          consequence:
            'Yanis explique que la planche était voilée et que le couteau derrière la lame « bougeait ». Mireille appelle le technicien, qui passera demain matin.',
          feedback:
            'Vous mettez en sécurité, vous prenez l’alerte au sérieux et vous la transmettez, sans demander à Yanis de reprendre tant que le danger persiste.',
          scores: { 'B2.C6.CR4': 2 },
        },
        {
          id: 'resserrer-reprendre',
          texte: 'Vous resserrez vous-même le couteau diviseur et demandez à Yanis de reprendre : « C’est réglé, on a une livraison. »',
          suivant: 'pression',
          consequence: 'Yanis reprend sans un mot, les épaules crispées. Il jette des regards inquiets vers la lame.',
          feedback:
            'La cause n’a pas été vérifiée par une personne compétente, et Yanis reprend sous la pression de la commande : son alerte n’a pas été respectée.',
          scores: { 'B2.C6.CR4': 0 },
        },
        {
          id: 'remplacer-theo',
          texte: 'Vous installez Yanis au ponçage et demandez à Théo de continuer les découpes à la scie.',
          suivant: 'pression',
          consequence: 'Théo, moins expérimenté, s’installe à la scie. Yanis le regarde faire, inquiet.',
          feedback:
            'Vous respectez le retrait de Yanis, mais le danger signalé reste en place : vous exposez simplement une autre personne, moins expérimentée.',
          scores: { 'B2.C6.CR4': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'pression',
      titre: 'Mardi, 11 h 15',
      texte:
        'À la scie, une deuxième planche tressaute au passage de la lame. Bastien, délégué des travailleurs, vient vous voir : « Yanis dit que la scie est dangereuse. Il a le droit de se retirer, non ? »',
      choix: [
        {
          id: 'reconnaitre',
          texte:
            'Vous lui donnez raison. Vous arrêtez la scie, l’étiquetez, prévenez Mireille et proposez à Bastien de porter l’incident à l’instance mixte.',
          suivant: 'analyse',
          consequence: 'Bastien rassure Yanis. Mireille fait venir le technicien le lendemain matin. Vous avez perdu une heure, mais la machine est arrêtée.',
          feedback:
            'Vous corrigez la trajectoire : le droit d’alerte et de retrait s’applique en ESAT, et l’instance mixte est le lieu pour traiter la sécurité.',
          scores: { 'B2.C6.CR4': 1 },
        },
        {
          id: 'minimiser',
          texte: 'Vous répondez que ce droit ne concerne pas l’ESAT et que cette scie tourne depuis dix ans sans accident.',
          suivant: 'fin-a-revoir',
          consequence: 'Bastien repart sans rien dire. La scie continue de tourner jusqu’à vendredi.',
          feedback:
            'C’est inexact : depuis la loi n° 2023-1196, le droit d’alerte et de retrait s’applique aux travailleurs d’ESAT. Et l’absence d’accident passé ne prouve pas l’absence de danger.',
          scores: { 'B2.C6.CR4': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'analyse',
      titre: 'Mardi, 14 h',
      texte:
        'La scie est arrêtée jusqu’au passage du technicien. Vous avez une demi-heure avant de relancer les découpes à la main. Comment traitez-vous ce presque-accident ?',
      choix: [
        {
          id: 'analyse-equipe',
          texte:
            'Devant la machine, Yanis et Théo racontent ; vous notez les faits sur la fiche de signalement et cherchez ensemble les causes. Vous demandez qu’elle soit versée au document unique.',
          suivant: 'mesures',
          consequence:
            'Trois causes apparaissent : couteau desserré après le dernier réglage, planches voilées non triées, poussoir rangé loin de la machine. Yanis propose de trier les planches à la livraison.',
          feedback:
            'Le presque-accident devient une information pour l’évaluation des risques. Les personnes concernées apportent les causes réelles et des idées de solution.',
          scores: { 'B2.C6.CR1': 2 },
        },
        {
          id: 'fiche-seul',
          texte: 'Vous remplissez seul la fiche de signalement et la déposez sur le bureau de Mireille.',
          suivant: 'mesures',
          consequence: 'La fiche mentionne le couteau desserré. Elle ne dit rien des planches voilées, que seul Yanis avait remarquées.',
          feedback:
            'Signaler est juste, mais sans les personnes présentes, une partie des causes vous échappe.',
          scores: { 'B2.C6.CR1': 1 },
        },
        {
          id: 'pas-de-fiche',
          texte: 'Personne n’est blessé : vous ne faites pas de fiche, le technicien réglera la machine demain.',
          suivant: 'mesures',
          consequence: 'Le document unique reste inchangé. Dans un mois, personne ne se souviendra de ce qui s’est passé.',
          feedback:
            'Un presque-accident est un signal précieux : sans trace, l’évaluation des risques ne progresse pas et le même événement peut se reproduire.',
          scores: { 'B2.C6.CR1': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'mesures',
      titre: 'Mercredi, 9 h',
      texte:
        'Le technicien a remplacé le couteau diviseur. Mireille vous demande quelles mesures inscrire au plan d’actions pour la scie. Vous savez que les planches voilées et le poussoir mal placé ont joué un rôle.',
      choix: [
        {
          id: 'mesures-principes',
          texte:
            'Vous proposez : contrôle du couteau après chaque réglage, poussoir fixé à la machine, tri des planches voilées avant la découpe, scie réservée aux personnes formées.',
          suivant: 'reprise',
          consequence: 'Mireille valide. Yanis et Théo fabriquent un support pour que le poussoir reste sur la machine.',
          feedback:
            'Ces mesures combattent le risque à la source et protègent collectivement, avant toute consigne ou tout équipement individuel.',
          scores: { 'B2.C6.CR1': 2, 'B2.C6.CR2': 2 },
        },
        {
          id: 'gants',
          texte: 'Vous proposez d’équiper de gants anti-coupure toutes les personnes qui passent à la scie.',
          suivant: 'reprise-fragile',
          consequence: 'Les gants sont commandés. Théo remarque qu’ils accrochent le bois près de la lame.',
          feedback:
            'Un équipement individuel ne remplace pas une protection collective. Près d’un outil qui tourne, un gant peut même être entraîné.',
          scores: { 'B2.C6.CR2': 0 },
        },
        {
          id: 'affiche',
          texte: 'Vous proposez une affiche « Soyez vigilants à la scie » au-dessus de la machine.',
          suivant: 'reprise-fragile',
          consequence: 'L’affiche est posée. Les planches voilées arrivent toujours en vrac à la scie.',
          feedback:
            'Une consigne est le dernier des neuf principes de prévention : elle ne corrige aucune des causes trouvées.',
          scores: { 'B2.C6.CR1': 1, 'B2.C6.CR2': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'reprise',
      titre: 'Jeudi, 8 h',
      texte:
        'La scie est réparée. Il reste 20 jardinières à découper pour vendredi. Yanis s’approche de la machine, puis s’arrête : « Je ne suis pas sûr. »',
      choix: [
        {
          id: 'demander-yanis',
          texte: 'Vous lui montrez ce qui a été changé et lui demandez ce dont il a besoin pour reprendre.',
          suivant: 'fin-optimale',
          consequence:
            'Yanis propose de faire trois coupes avec vous à ses côtés. Après la troisième, il dit : « C’est bon, je continue. » Les découpes sont finies à midi.',
          feedback:
            'Vous associez Yanis à sa reprise et le laissez décider du moment : c’est ce qui rend le droit de retrait réel, et la confiance durable.',
          scores: { 'B2.C6.CR4': 2 },
        },
        {
          id: 'imposer',
          texte: 'Vous lui rappelez que la machine est réparée et que la livraison dépend de lui.',
          suivant: 'fin-acceptable',
          consequence: 'Yanis reprend, tendu. Il fait ses coupes très lentement et ne dit plus rien de la journée.',
          feedback:
            'La machine est sûre, mais la pression de la commande pèse sur une personne qui vient d’avoir peur. Sa confiance reste à reconstruire.',
          scores: { 'B2.C6.CR4': 0 },
        },
        {
          id: 'retirer',
          texte: 'Pour lui éviter toute inquiétude, vous confiez définitivement la scie à Théo.',
          suivant: 'fin-acceptable',
          consequence: 'Théo termine les découpes. Yanis, qui aimait ce poste, se sent mis à l’écart.',
          feedback:
            'Vous décidez à la place de Yanis. Protéger n’est pas retirer une compétence : il fallait lui demander ce qu’il souhaitait.',
          scores: { 'B2.C6.CR4': 1 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'reprise-fragile',
      titre: 'Jeudi, 8 h',
      texte:
        'Le couteau est neuf, mais les planches voilées arrivent toujours en vrac et le poussoir traîne sur l’établi. Il reste 20 jardinières à découper. Yanis s’approche de la scie, puis s’arrête : « Rien n’a vraiment changé. »',
      choix: [
        {
          id: 'revoir-mesures',
          texte: 'Vous lui demandez ce qu’il faudrait changer. Avec lui, vous triez les planches et fixez le poussoir avant de reprendre.',
          suivant: 'fin-acceptable',
          consequence:
            'Yanis trie les planches avec Théo et installe le poussoir. Il reprend à 9 h 30. Les découpes sont finies en fin d’après-midi.',
          feedback:
            'Vous écoutez l’alerte de Yanis et rattrapez les mesures qui manquaient. Il aurait été plus simple de les prévoir dès le plan d’actions.',
          scores: { 'B2.C6.CR2': 1, 'B2.C6.CR4': 2 },
        },
        {
          id: 'rassurer',
          texte: 'Vous lui assurez que le couteau neuf suffit et lui demandez de reprendre tout de suite.',
          suivant: 'fin-a-revoir',
          consequence: 'Yanis reprend à contrecœur. À 10 h, une planche voilée se coince contre la lame ; il coupe la machine juste à temps.',
          feedback:
            'Les causes relevées n’ont pas été traitées et l’alerte de Yanis est écartée : le risque est toujours là.',
          scores: { 'B2.C6.CR4': 0 },
        },
      ],
    },
    {
      type: 'fin',
      id: 'fin-optimale',
      titre: 'Une alerte qui protège tout le monde',
      issues: ['optimale', 'acceptable', 'a-revoir'],
      texte:
        'Les jardinières partent vendredi. La scie est plus sûre pour toute l’équipe, et Yanis a retrouvé son poste à son rythme. L’alerte d’un travailleur a amélioré l’atelier : c’est exactement ce que le droit d’alerte et de retrait doit permettre.',
    },
    {
      type: 'fin',
      id: 'fin-acceptable',
      titre: 'Une machine sûre, une confiance à reconstruire',
      issues: ['optimale', 'acceptable', 'a-revoir'],
      texte:
        'La commande est livrée et la machine est réparée. Mais la reprise s’est faite sans Yanis. Au prochain point d’équipe, revenez sur l’événement avec lui et demandez-lui ce qu’il souhaite pour la suite.',
    },
    {
      type: 'fin',
      id: 'fin-a-revoir',
      titre: 'Un danger laissé en place',
      issues: ['acceptable', 'a-revoir'],
      texte:
        'La scie a tourné avec un danger connu, et l’alerte de Yanis a été écartée. Depuis la loi n° 2023-1196, le droit d’alerte et de retrait s’applique en ESAT. Reprenez la mise en situation : arrêtez la machine dès l’alerte et traitez les causes avant de relancer.',
    },
  ],
  debrief: {
    'B2.C6.CR1': {
      texte:
        'Un presque-accident s’analyse avec les personnes présentes, puis nourrit le document unique et le plan d’actions. Les mesures se choisissent dans l’ordre des neuf principes généraux de prévention.',
      lien: '/cours/bloc-2/sante-securite#faire-vivre',
    },
    'B2.C6.CR2': {
      texte:
        'Protection collective d’abord (aspiration, poussoir, tri des planches), équipement individuel ensuite, et seulement en complément.',
      lien: '/cours/bloc-2/sante-securite#protection-collective',
    },
    'B2.C6.CR3': {
      texte:
        'L’accueil sécurité se fait sur place, avec des supports que la personne comprend, en faisant faire et en vérifiant. Une signature ne prouve pas la compréhension.',
      lien: '/cours/bloc-2/sante-securite#accueil-securite',
    },
    'B2.C6.CR4': {
      texte:
        'Face à un danger signalé : mettre en sécurité, transmettre, ne pas contraindre à reprendre. Depuis la loi n° 2023-1196, le droit d’alerte et de retrait s’applique en ESAT ; la reprise se prépare avec la personne.',
      lien: '/cours/bloc-2/sante-securite#droit-retrait',
    },
  },
});
