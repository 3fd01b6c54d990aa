import { defineCas } from '#auteur';

// Ce qui, sur le chemin de l’apprenant, n’a pas protégé les personnes : les fins le racontent.
const ECARTS_DU_CHEMIN = [
  { si: ['livret-signe'], texte: 'L’accueil d’Awa s’est d’abord limité à une signature : reprenez-le au poste, en montrant et en faisant faire.' },
  { si: ['aspiration-eteinte'], texte: 'Awa a poncé toute la matinée aspiration éteinte : un masque ne remplace pas la protection collective.' },
  { si: ['awa-observe'], texte: 'Awa a passé sa première matinée près de la scie, sans consignes : reprenez son accueil au poste.' },
  { si: ['scie-relancee'], texte: 'Mardi, la scie a tourné de nouveau après la première alerte, sans être vérifiée, jusqu’à une deuxième planche qui tressaute.' },
  { si: ['fiche-partielle'], texte: 'La fiche de signalement, remplie sans les témoins, ne relevait qu’une partie des causes.' },
  { si: ['sans-fiche'], texte: 'Aucune fiche de signalement n’a été faite : le document unique ne garde pas trace de ce presque-accident.' },
] as const;

export default defineCas({
  id: 'presque-accident-menuiserie',
  titre: 'Un presque-accident à la scie',
  description:
    'Accueillir une nouvelle travailleuse en sécurité, réagir à un presque-accident et à un refus de travailler, choisir des mesures de prévention, préparer la reprise.',
  bloc: 'B2',
  contexte:
    'Vous êtes moniteur ou monitrice de l’atelier menuiserie d’un ESAT. L’équipe de huit travailleurs et travailleuses fabrique 60 jardinières en bois pour une commune, à livrer vendredi à 14 h. Nous sommes mardi matin. Awa rejoint l’atelier aujourd’hui.',
  personnages: [
    { nom: 'Awa', role: 'nouvelle travailleuse, retient mieux ce qu’elle voit et ce qu’elle fait que ce qu’elle lit' },
    { nom: 'Yanis', role: 'travailleur expérimenté, habitué de la scie à format' },
    { nom: 'Théo', role: 'travailleur, apprend la découpe depuis deux mois' },
    { nom: 'Mireille', role: 'cheffe d’atelier' },
    { nom: 'Bastien', role: 'délégué des travailleurs, membre de l’instance mixte' },
  ],
  criteres: ['B2.C6.CR1', 'B2.C6.CR2', 'B2.C6.CR3', 'B2.C6.CR4'],
  drapeaux: {
    'accueil-montre': 'Awa a eu un accueil sécurité sur place : repères d’urgence, démonstration, geste refait devant vous.',
    'livret-signe': 'Awa a seulement signé le livret sécurité avant d’être installée au ponçage.',
    'awa-observe': 'Awa passe la matinée à observer Théo, sans consignes.',
    'aspiration-eteinte': 'Awa a continué de poncer avec un masque, aspiration éteinte.',
    'scie-consignee': 'La scie a été arrêtée et consignée (coupée, cadenassée, étiquetée) jusqu’à la vérification.',
    'scie-relancee': 'La scie a tourné de nouveau après l’alerte de Yanis, sans vérification.',
    'causes-completes': 'L’analyse avec Yanis et Théo a relevé toutes les causes : couteau diviseur, protecteur relevé, planches voilées, poussoir.',
    'fiche-partielle': 'La fiche de signalement, remplie sans les témoins, ne parle que du couteau diviseur et du protecteur.',
    'sans-fiche': 'Aucune fiche de signalement n’a été faite.',
    'mesures-faibles': 'Le plan d’actions ne traite pas les causes relevées (gants, affiche).',
  },
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
            'Vous prenez une demi-heure : tour des repères d’urgence avec Awa, puis démonstration au poste en expliquant chaque geste. Elle refait la séquence devant vous, aspiration comprise.',
          suivant: 'scie',
          pose: ['accueil-montre'],
          consequence:
            'Awa demande si le bruit de l’aspiration est normal ; vous lui faites essayer un casque antibruit à sa taille. À 8 h 50, elle ponce son premier plateau, aspiration en marche.',
          feedback:
            'Montrer sur place, faire faire et vérifier, casque essayé à sa taille : c’est une information sécurité adaptée à sa façon de comprendre. La demi-heure investie évite bien des reprises.',
          scores: { 'B2.C6.CR3': 2, 'B2.C6.CR2': 1 },
        },
        {
          id: 'livret',
          texte: 'Vous lui remettez le livret sécurité de l’atelier à lire et à signer, puis vous l’installez au ponçage.',
          suivant: 'awa-poncage',
          pose: ['livret-signe'],
          consequence: 'Awa signe rapidement le livret sans le lire et commence à poncer.',
          feedback:
            'Une signature prouve qu’un document a été remis, pas qu’il a été compris. Pour Awa, un texte écrit n’est pas le bon support.',
          scores: { 'B2.C6.CR3': 0 },
        },
        {
          id: 'observer',
          texte: 'Vous l’installez à côté de Théo, qui connaît tous les postes, pour qu’elle l’observe toute la matinée, à la découpe puis au ponçage ; vous reprendrez les consignes avec elle après la pause.',
          suivant: 'scie',
          pose: ['awa-observe'],
          consequence:
            'Awa regarde attentivement. Elle voit aussi Théo poncer une minute sans aspiration « pour aller plus vite » et le retient.',
          feedback:
            'Observer un collègue est utile, mais on imite aussi ses raccourcis, et une nouvelle arrivante n’a pas sa place près d’une scie le premier jour. Sans démonstration ni vérification, l’information sécurité reste incomplète.',
          scores: { 'B2.C6.CR3': 1 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'awa-poncage',
      titre: 'Mardi, 9 h 30',
      suppose: ['livret-signe'],
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
          scores: { 'B2.C6.CR2': 1, 'B2.C6.CR3': 1 },
        },
        {
          id: 'masque',
          texte: 'Vous lui donnez un masque à poussière, lui demandez de remettre ses lunettes et de continuer : la commande presse.',
          suivant: 'scie',
          pose: ['aspiration-eteinte'],
          consequence:
            'Awa continue, aspiration éteinte. La poussière gagne les postes voisins. Vers 10 h, gênée, elle retire le masque.',
          feedback:
            'Le masque ne protège qu’Awa, et seulement si elle le porte. L’aspiration, protection collective, doit passer en premier (C. trav., art. L4121-2, 8e principe).',
          scores: { 'B2.C6.CR2': 0, 'B2.C6.CR3': 0 },
        },
        {
          id: 'relire-livret',
          texte: 'Vous vous asseyez près d’elle et relisez ensemble le livret, page par page, en lui demandant de reformuler chaque consigne avec ses mots pour vérifier qu’elle a compris.',
          suivant: 'scie',
          consequence:
            'Awa fait de son mieux pour reformuler. Pendant vingt minutes, la ponceuse est posée mais l’aspiration reste éteinte et la poussière retombe sur les postes voisins. À la reprise, elle oublie encore l’interrupteur.',
          feedback:
            'Vérifier la compréhension est juste, mais pas d’abord, et pas avec un texte : il fallait arrêter l’exposition (aspiration), puis montrer au poste et faire faire.',
          scores: { 'B2.C6.CR2': 0, 'B2.C6.CR3': 1 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'scie',
      titre: 'Mardi, 10 h 30',
      texte:
        'Un claquement : à la scie à format, une planche a été projetée vers l’arrière et a frôlé Yanis. Personne n’est blessé. Yanis coupe la machine, pâle : « Je n’y retourne pas, elle est dangereuse. » Le protecteur de lame est relevé au plus haut. Il reste 40 jardinières à découper.',
      variantes: [
        { si: ['awa-observe'], texte: 'Awa, qui suivait Théo depuis ce matin, se trouvait à deux pas de la scie : elle tremble.' },
      ],
      choix: [
        {
          id: 'securiser-ecouter',
          texte:
            'Vous laissez la scie arrêtée et la consignez (interrupteur général coupé et cadenassé, étiquette « Ne pas utiliser »), écoutez Yanis raconter ce qu’il a vu, puis prévenez Mireille.',
          suivant: 'analyse',
          pose: ['scie-consignee'],
          consequence:
            'Yanis explique que la planche était voilée et que le couteau derrière la lame « bougeait ». Mireille appelle le technicien, qui passera demain matin.',
          feedback:
            'Vous mettez en sécurité en empêchant toute remise en marche, vous prenez l’alerte au sérieux et vous la transmettez, sans demander à Yanis de reprendre tant que le danger persiste.',
          scores: { 'B2.C6.CR4': 2 },
        },
        {
          id: 'resserrer-reprendre',
          texte: 'Lame arrêtée, vous resserrez vous-même le couteau diviseur, baissez le protecteur et demandez à Yanis de reprendre : « C’est réglé, on a une livraison. »',
          suivant: 'pression',
          pose: ['scie-relancee'],
          consequence: 'Yanis reprend sans un mot, les épaules crispées. Il jette des regards inquiets vers la lame.',
          feedback:
            'Vous intervenez sur la machine sans la consigner ni la faire vérifier par une personne compétente (C. trav., art. R4323-15), et Yanis reprend sous la pression de la commande : son alerte n’a pas été respectée.',
          scores: { 'B2.C6.CR4': 0 },
        },
        {
          id: 'remplacer-theo',
          texte: 'Vous respectez le refus de Yanis en l’installant au ponçage, et vous demandez à Théo de continuer les découpes, en gardant un œil sur lui.',
          suivant: 'pression',
          pose: ['scie-relancee'],
          consequence: 'Théo, moins expérimenté, s’installe à la scie. Yanis le regarde faire, inquiet.',
          feedback:
            'Vous respectez le retrait de Yanis, mais le danger signalé reste en place : vous exposez simplement une autre personne, moins expérimentée.',
          scores: { 'B2.C6.CR4': 0 },
        },
        {
          id: 'accompagner-yanis',
          piege: true,
          texte:
            'Vous demandez à Yanis ce qui le rassurerait et lui proposez de finir les découpes avec vous à ses côtés, protecteur baissé, en guidant ensemble chaque planche.',
          suivant: 'pression',
          pose: ['scie-relancee'],
          consequence: 'Yanis accepte, pour ne pas vous laisser tomber. Il coupe lentement, vous tout près de la lame ; aucun de vous deux ne sait encore pourquoi la planche est partie.',
          feedback:
            'Demander et accompagner sont de bons gestes, mais pas tant que la cause du danger est inconnue : la machine devait être arrêtée et vérifiée. Vous vous exposez aussi, et Yanis reprend sans avoir vraiment le choix.',
          scores: { 'B2.C6.CR4': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'pression',
      titre: 'Mardi, 11 h 15',
      suppose: ['scie-relancee'],
      texte:
        'À la scie, une deuxième planche tressaute au passage de la lame. Bastien, délégué des travailleurs, vient vous voir : « Yanis dit que la scie est dangereuse. Il a le droit de se retirer, non ? »',
      choix: [
        {
          id: 'reconnaitre',
          texte: 'Vous êtes d’accord avec lui : vous consignez la scie, prévenez Mireille et proposez à Bastien de porter l’incident à l’instance mixte.',
          suivant: 'analyse',
          pose: ['scie-consignee'],
          consequence:
            'Bastien rassure Yanis. Mireille fait venir le technicien le lendemain matin. Vous avez perdu une heure, mais la machine ne peut plus être remise en marche.',
          feedback:
            'Vous corrigez la trajectoire : le droit d’alerte et de retrait s’applique en ESAT (CASF, art. L344-2-6), et l’instance mixte est le lieu pour traiter la sécurité.',
          scores: { 'B2.C6.CR4': 1 },
        },
        {
          id: 'minimiser',
          texte:
            'Vous expliquez à Bastien que le retrait vise un danger grave et imminent ; la planche n’a touché personne et la scie tourne depuis dix ans sans accident : elle continue, sous votre surveillance.',
          suivant: 'fin-a-revoir',
          consequence: 'Bastien repart sans rien dire. La scie continue de tourner jusqu’à vendredi ; Yanis ne s’en approche plus.',
          feedback:
            'Ce n’est pas à vous de juger si Yanis a eu raison d’avoir peur : il suffit qu’il ait un motif raisonnable de penser qu’il y a danger, et une planche projetée puis une autre qui tressaute en sont un (C. trav., art. L4131-1 ; CASF, art. L344-2-6). Une absence de blessure ne prouve pas l’absence de danger.',
          scores: { 'B2.C6.CR4': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'analyse',
      titre: 'Mardi, 14 h',
      suppose: ['scie-consignee'],
      texte:
        'La scie est consignée jusqu’au passage du technicien. L’équipe est passée au montage des jardinières déjà découpées ; vous avez une demi-heure devant vous. Comment traitez-vous ce presque-accident ?',
      choix: [
        {
          id: 'analyse-equipe',
          texte:
            'Devant la machine, Yanis et Théo racontent ; vous notez les faits sur la fiche de signalement et cherchez avec eux les causes, puis demandez que la fiche nourrisse le document unique.',
          suivant: 'mesures',
          pose: ['causes-completes'],
          consequence:
            'Quatre causes apparaissent : couteau desserré après le dernier réglage, protecteur relevé « pour mieux voir le trait », planches voilées non triées, poussoir rangé loin de la machine. Yanis propose de trier les planches à la livraison.',
          feedback:
            'Le presque-accident devient une information pour l’évaluation des risques (C. trav., art. R4121-1 et suivants). Les personnes concernées apportent les causes réelles et des idées de solution.',
          scores: { 'B2.C6.CR1': 2 },
        },
        {
          id: 'fiche-seul',
          texte: 'Pour ne pas remuer Yanis, vous remplissez vous-même la fiche de signalement avec ce que vous avez vu, et la déposez sur le bureau de Mireille.',
          suivant: 'mesures',
          pose: ['fiche-partielle'],
          consequence: 'La fiche mentionne le couteau desserré et le protecteur relevé. Elle ne dit rien des planches voilées ni du poussoir, que seul Yanis avait remarqués.',
          feedback: 'Signaler est juste, mais sans les personnes présentes, une partie des causes vous échappe.',
          scores: { 'B2.C6.CR1': 1 },
        },
        {
          id: 'pas-de-fiche',
          piege: true,
          texte:
            'Personne n’est blessé, ce n’est donc pas un accident du travail : rien à déclarer à la caisse. Vous laissez le technicien traiter la machine demain et gardez l’équipe au montage.',
          suivant: 'mesures',
          pose: ['sans-fiche'],
          consequence: 'Le document unique reste inchangé. Le technicien ne saura que ce qu’il verra sur la machine ; dans un mois, personne ne se souviendra de ce qui s’est passé.',
          feedback:
            'Il n’y a en effet pas d’accident du travail à déclarer à la caisse, faute de lésion. Mais un presque-accident se trace et nourrit l’évaluation des risques : sans fiche, le document unique ne progresse pas et le même événement peut se reproduire.',
          scores: { 'B2.C6.CR1': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'mesures',
      titre: 'Mercredi, 9 h',
      texte:
        'Le technicien a remplacé le couteau diviseur, vérifié le protecteur et déconsigné la scie. Mireille vous demande quelles mesures inscrire au plan d’actions pour la scie.',
      variantes: [
        { si: ['causes-completes'], texte: 'L’analyse d’hier a relevé aussi le protecteur relevé, les planches voilées et le poussoir rangé loin.' },
        { si: ['fiche-partielle'], texte: 'Votre fiche parle du couteau et du protecteur relevé ; vous n’avez rien noté d’autre.' },
        { si: ['sans-fiche'], texte: 'Faute de fiche, Mireille n’a que le bon d’intervention du technicien : couteau diviseur remplacé.' },
      ],
      choix: [
        {
          id: 'mesures-principes',
          si: ['causes-completes'],
          texte:
            'Vous proposez : couteau contrôlé après chaque réglage, protecteur réglé à l’épaisseur de la pièce, poussoir fixé à la machine, planches voilées triées avant la découpe.',
          suivant: 'reprise',
          consequence: 'Mireille valide. Yanis et Théo fabriquent un support pour que le poussoir reste sur la machine, et un bac « planches voilées » près du stock.',
          feedback:
            'Ces mesures combattent le risque à la source et protègent collectivement, avant toute consigne ou tout équipement individuel (C. trav., art. L4121-2).',
          scores: { 'B2.C6.CR1': 2, 'B2.C6.CR2': 2 },
        },
        {
          id: 'completer-analyse',
          sauf: ['causes-completes'],
          texte: 'Avant de proposer quoi que ce soit, vous demandez à Yanis et à Théo, devant la machine, ce qui a joué selon eux, et vous bâtissez les mesures avec eux.',
          suivant: 'reprise',
          pose: ['causes-completes'],
          consequence:
            'Yanis parle des planches voilées, Théo du poussoir rangé loin. Vous proposez avec eux : contrôle du couteau après chaque réglage, protecteur réglé à l’épaisseur de la pièce, poussoir fixé, tri des planches. Mireille valide.',
          feedback:
            'Vous rattrapez l’analyse avec les personnes présentes : les causes manquantes apparaissent et les mesures les traitent à la source.',
          scores: { 'B2.C6.CR1': 1, 'B2.C6.CR2': 2 },
        },
        {
          id: 'gants',
          piege: true,
          texte:
            'Vous proposez des gants anti-coupure pour toutes les personnes qui passent à la scie : la lame est le danger, et c’est une protection immédiate, peu coûteuse, que chacun peut porter.',
          suivant: 'reprise-fragile',
          pose: ['mesures-faibles'],
          consequence: 'Les gants sont commandés. Théo remarque qu’ils accrochent le bois près de la lame.',
          feedback:
            'Un équipement individuel ne remplace pas une protection collective ni la correction des causes. Près d’un outil qui tourne, un gant peut même être entraîné : la bonne protection est le protecteur et le poussoir.',
          scores: { 'B2.C6.CR2': 0 },
        },
        {
          id: 'affiche',
          texte: 'Vous proposez une fiche en images « Avant de couper » au-dessus de la scie, et un rappel des consignes de découpe au prochain point d’équipe.',
          suivant: 'reprise-fragile',
          pose: ['mesures-faibles'],
          consequence: 'La fiche est posée et le rappel fait. Les planches arrivent toujours en vrac à la scie, et le poussoir reste sur l’établi.',
          feedback:
            'Une consigne, même accessible, est le dernier des neuf principes de prévention : elle ne corrige aucune des causes de la projection.',
          scores: { 'B2.C6.CR1': 0, 'B2.C6.CR2': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'reprise',
      titre: 'Jeudi, 8 h',
      suppose: ['causes-completes'],
      exclut: ['mesures-faibles'],
      texte:
        'La scie est réparée, le poussoir est fixé à la machine et les planches voilées ont été mises de côté. Il reste 20 jardinières à découper pour vendredi. Yanis s’approche de la machine, puis s’arrête : « Je ne suis pas sûr. »',
      choix: [
        {
          id: 'demander-yanis',
          texte: 'Vous lui montrez ce qui a été changé sur la machine et lui demandez ce dont il a besoin pour reprendre, et à quel rythme.',
          suivant: 'fin-optimale',
          consequence:
            'Yanis propose de faire trois coupes avec vous à ses côtés. Après la troisième, il dit : « C’est bon, je continue. » Les découpes sont finies à midi.',
          feedback:
            'Vous associez Yanis à sa reprise et le laissez décider du moment : c’est ce qui rend le droit de retrait réel, et la confiance durable.',
          scores: { 'B2.C6.CR4': 2 },
        },
        {
          id: 'imposer',
          texte: 'Vous lui rappelez que la machine est réparée et vérifiée, et que la livraison de vendredi compte sur lui.',
          suivant: 'fin-acceptable',
          consequence: 'Yanis reprend, tendu. Il fait ses coupes très lentement et ne dit plus rien de la journée.',
          feedback:
            'La machine est sûre, mais la pression de la commande pèse sur une personne qui vient d’avoir peur. Sa confiance reste à reconstruire.',
          scores: { 'B2.C6.CR4': 0 },
        },
        {
          id: 'retirer',
          texte: 'Pour lui éviter de revivre sa peur, vous confiez les découpes à Théo jusqu’à nouvel ordre et proposez à Yanis le montage des jardinières.',
          suivant: 'fin-acceptable',
          consequence: 'Théo termine les découpes, lentement. Yanis, qui aimait ce poste, se sent mis à l’écart.',
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
      suppose: ['mesures-faibles'],
      texte:
        'Le couteau est neuf, mais les planches arrivent toujours en vrac, certaines voilées, et le poussoir traîne sur l’établi. Il reste 20 jardinières à découper. Yanis s’approche de la scie, puis s’arrête : « Rien n’a vraiment changé. »',
      choix: [
        {
          id: 'revoir-mesures',
          texte: 'Vous lui demandez ce qu’il faudrait changer. Avec lui, vous triez les planches et fixez le poussoir avant de reprendre.',
          suivant: 'fin-optimale',
          consequence:
            'Yanis trie les planches avec Théo et installe le poussoir. Il reprend à 9 h 30. Les découpes sont finies en fin d’après-midi.',
          feedback:
            'Vous écoutez l’alerte de Yanis et rattrapez les mesures qui manquaient. Il aurait été plus simple de les prévoir dès le plan d’actions.',
          scores: { 'B2.C6.CR2': 1, 'B2.C6.CR4': 2 },
        },
        {
          id: 'rassurer',
          texte: 'Vous lui assurez que le couteau neuf règle le problème et lui proposez, s’il est d’accord, de faire les premières coupes avec vous à côté de lui.',
          suivant: 'fin-a-revoir',
          consequence: 'Yanis reprend à contrecœur. À 10 h, une planche voilée se coince contre la lame ; il coupe la machine juste à temps.',
          feedback:
            'Les causes relevées n’ont pas été traitées et l’alerte de Yanis est écartée : le risque est toujours là, même avec vous à côté.',
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
        'Les jardinières partent vendredi. La scie est plus sûre pour toute l’équipe, et Yanis a repris son poste à son rythme. L’alerte d’un travailleur a amélioré l’atelier : c’est ce que le droit d’alerte et de retrait doit permettre.',
      variantes: [
        {
          sauf: ['livret-signe', 'awa-observe', 'scie-relancee', 'fiche-partielle', 'sans-fiche', 'mesures-faibles'],
          texte: 'Accueil d’Awa au poste, scie consignée dès l’alerte, analyse avec les témoins, mesures à la source : à chaque étape, la sécurité des personnes est passée avant la commande.',
        },
        { si: ['mesures-faibles'], texte: 'Il a fallu une seconde alerte de Yanis, jeudi matin, pour que les causes soient vraiment traitées : le premier plan d’actions s’en tenait à des gants ou à une consigne.' },
        ...ECARTS_DU_CHEMIN,
      ],
    },
    {
      type: 'fin',
      id: 'fin-acceptable',
      titre: 'Une machine sûre, une confiance à reconstruire',
      issues: ['optimale', 'acceptable', 'a-revoir'],
      texte:
        'La commande est livrée et la machine est corrigée à la source. Mais la reprise s’est décidée sans Yanis : au prochain point d’équipe, revenez sur l’événement avec lui et demandez-lui ce qu’il souhaite pour la suite.',
      variantes: [
        { sauf: ['livret-signe', 'awa-observe', 'scie-relancee', 'fiche-partielle', 'sans-fiche', 'mesures-faibles'], texte: 'Le reste du chemin a protégé les personnes : accueil d’Awa au poste, scie consignée dès l’alerte, analyse avec les témoins.' },
        ...ECARTS_DU_CHEMIN,
      ],
    },
    {
      type: 'fin',
      id: 'fin-a-revoir',
      titre: 'Un danger laissé en place',
      issues: ['a-revoir'],
      texte:
        'La scie a tourné avec un danger connu, et l’alerte de Yanis a été écartée. Depuis la loi n° 2023-1196, le droit d’alerte et de retrait s’applique en ESAT.',
      variantes: [
        {
          sauf: ['scie-consignee'],
          texte: 'Reprenez la mise en situation : arrêtez et consignez la machine dès l’alerte, et traitez les causes avant de relancer.',
        },
        {
          si: ['mesures-faibles'],
          texte: 'La scie avait pourtant été consignée et réparée, mais les causes de la projection n’ont pas été traitées à la source, et la seconde alerte de Yanis, jeudi, a été écartée. Reprenez le plan d’actions : protection collective d’abord, puis une reprise décidée avec lui.',
        },
      ],
    },
  ],
  debrief: {
    'B2.C6.CR1': {
      texte:
        'Un presque-accident s’analyse avec les personnes présentes, puis nourrit le document unique et le plan d’actions. Il n’y a pas d’accident du travail à déclarer sans lésion, mais il y a une trace à laisser. Les mesures se choisissent dans l’ordre des neuf principes généraux de prévention.',
      lien: '/cours/bloc-2/sante-securite#faire-vivre',
    },
    'B2.C6.CR2': {
      texte:
        'Protection collective d’abord (aspiration, protecteur de lame réglé, poussoir, tri des planches), équipement individuel ensuite, et seulement en complément. Près d’une lame qui tourne, un gant peut être entraîné.',
      lien: '/cours/bloc-2/sante-securite#protection-collective',
    },
    'B2.C6.CR3': {
      texte:
        'L’accueil sécurité se fait sur place, avec des supports que la personne comprend, en faisant faire et en vérifiant. Une signature ne prouve pas la compréhension.',
      lien: '/cours/bloc-2/sante-securite#accueil-securite',
    },
    'B2.C6.CR4': {
      texte:
        'Face à un danger signalé : arrêter et consigner la machine (couper, cadenasser, étiqueter), transmettre, ne pas contraindre à reprendre. Depuis la loi n° 2023-1196, le droit d’alerte et de retrait s’applique en ESAT ; la reprise se prépare avec la personne.',
      lien: '/cours/bloc-2/sante-securite#droit-retrait',
    },
  },
});
