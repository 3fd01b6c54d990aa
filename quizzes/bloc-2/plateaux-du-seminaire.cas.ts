import { defineCas } from '#auteur';

// Ce qui, sur le chemin de l’apprenant, a mis en danger les convives ou fragilisé le plan de maîtrise sanitaire.
const ECARTS_DU_CHEMIN = [
  { si: ['attente-froid'], texte: 'À 7 h, vous avez attendu que le froid revienne au lieu de mesurer et d’isoler : une heure perdue pour décider du sort des denrées.' },
  { si: ['tout-jete'], texte: 'Tout a été jeté sans mesure ni trace : personne ne sait ce qui a été perdu, ni à quelle température.' },
  { si: ['poulet-rattrape'], texte: 'Vous avez voulu rattraper le poulet après la rupture de froid : sans Mme Girard, il partait dans les plateaux.' },
  { si: ['fiche-non-maj'], texte: 'Le plat de remplacement est parti sans que la fiche allergènes ni le client soient informés.' },
  { si: ['sesame-oral'], texte: 'Le plateau sans sésame a reposé sur la mémoire d’une personne plutôt que sur les étiquettes.' },
  { si: ['sesame-retire'], texte: 'Retirer les graines de sésame ne retire pas l’allergène : la participante a été exposée.' },
  { si: ['nadia-blamee'], texte: 'Nadia a été tenue pour responsable : la vraie cause, le joint de la porte et l’heure du relevé, est restée en place.' },
  { si: ['sans-trace'], texte: 'La non-conformité n’a laissé aucune trace écrite : lots, quantités et actions sont perdus pour le plan de maîtrise sanitaire.' },
] as const;

export default defineCas({
  id: 'plateaux-du-seminaire',
  titre: 'Les plateaux du séminaire',
  description:
    'Réagir à une rupture de la chaîne du froid, décider du sort des denrées, informer le client, préparer un plateau pour une personne allergique, traiter la non-conformité avec l’équipe et en garder la trace.',
  bloc: 'B2',
  contexte:
    'Vous êtes moniteur ou monitrice de l’atelier traiteur d’un ESAT. L’équipe de sept travailleurs et travailleuses prépare 80 plateaux-repas pour le séminaire d’une entreprise, à livrer à 11 h 30. Le client a signalé une participante allergique au sésame. Nous sommes jeudi, 7 h.',
  personnages: [
    { nom: 'Nadia', role: 'travailleuse, fait le relevé des températures du soir depuis trois mois' },
    { nom: 'Kevin', role: 'travailleur expérimenté, prépare les sauces et connaît les recettes par cœur' },
    { nom: 'Lina', role: 'travailleuse, à la réception et au dressage' },
    { nom: 'Mme Girard', role: 'responsable de production, en charge du plan de maîtrise sanitaire et des relations avec les clients' },
  ],
  criteres: ['B2.C7.CR4', 'B2.C7.CR2', 'B2.C7.CR1'],
  drapeaux: {
    'mesures-notees': 'Vous avez mesuré à cœur, isolé les denrées et noté heure et températures dès 7 h.',
    'attente-froid': 'Vous avez attendu que la chambre froide redescende avant de décider.',
    'tout-jete': 'Vous avez tout jeté sans mesurer ni noter.',
    'poulet-rattrape': 'Vous avez proposé de garder le poulet après la rupture de froid.',
    'fiche-non-maj': 'Le plat de remplacement est parti sans mise à jour de la fiche allergènes ni information du client.',
    'sesame-oral': 'Le plateau sans sésame a été préparé sur la parole de Kevin, sans lire les étiquettes.',
    'sesame-retire': 'Vous avez retiré les graines de sésame de la portion de la participante.',
    'nadia-blamee': 'Nadia a été désignée comme responsable de la panne.',
    'sans-trace': 'La non-conformité n’a pas été écrite.',
  },
  debut: 'chambre-froide',
  noeuds: [
    {
      type: 'situation',
      id: 'chambre-froide',
      titre: 'Jeudi, 7 h',
      texte:
        'En ouvrant la chambre froide des préparations, vous lisez +9 °C sur l’afficheur. Le relevé d’hier, 16 h 45, indique +2 °C. La porte était entrouverte. À l’intérieur : le poulet cuit mardi pour les plateaux, les légumes crus épluchés hier, les desserts.',
      choix: [
        {
          id: 'mesurer-isoler',
          texte: 'Vous mesurez à cœur le poulet, les légumes et les desserts, notez l’heure et les valeurs, isolez le tout sur un chariot étiqueté et appelez Mme Girard.',
          suivant: 'decision',
          pose: ['mesures-notees'],
          consequence: 'Poulet : +8 °C à cœur. Légumes : +7 °C. Desserts : +8 °C. Mme Girard arrive à 7 h 20 avec vos chiffres en main.',
          feedback:
            'Mesurer, isoler, noter, prévenir : c’est la surveillance et l’action corrective d’un point critique, et le début du traitement d’une non-conformité.',
          scores: { 'B2.C7.CR4': 2, 'B2.C7.CR2': 1 },
        },
        {
          id: 'attendre',
          piege: true,
          texte: 'Vous refermez bien la porte et attendez que l’afficheur redescende : les produits étaient à +2 °C hier soir, le froid va revenir vite, inutile d’affoler l’équipe.',
          suivant: 'decision',
          pose: ['attente-froid'],
          consequence: 'À 7 h 30, l’afficheur indique +7 °C. Mme Girard arrive, voit la fiche et mesure elle-même : poulet à +8 °C à cœur, légumes à +7 °C, desserts à +8 °C.',
          feedback:
            'Le froid revenu ne dit rien du temps passé au chaud par les denrées : on mesure à cœur, on isole et on prévient, tout de suite.',
          scores: { 'B2.C7.CR4': 0, 'B2.C7.CR2': 0 },
        },
        {
          id: 'tout-jeter',
          texte: 'Par précaution, vous videz la chambre froide dans le conteneur à déchets et lancez l’équipe sur de nouvelles préparations.',
          suivant: 'client',
          pose: ['tout-jete'],
          consequence: 'Mme Girard arrive à 7 h 30 : « Qu’est-ce qu’il y avait ? À quelle température ? » Vous ne savez pas le dire. Elle confirme qu’il faut refaire le poulet.',
          feedback:
            'La prudence est juste pour les plats cuisinés, mais sans mesure ni trace, personne ne sait ce qui a été perdu ni pourquoi : la non-conformité ne pourra pas être analysée.',
          scores: { 'B2.C7.CR4': 1, 'B2.C7.CR2': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'decision',
      titre: 'Jeudi, 7 h 30',
      texte:
        'Mme Girard vous demande votre avis sur le poulet cuit, préparé à l’avance, trouvé à +8 °C à cœur. On ignore depuis combien de temps la porte était ouverte. Refaire le poulet prendrait deux heures.',
      choix: [
        {
          id: 'jeter-poulet',
          texte: 'Le poulet est jeté et noté : un plat cuisiné se garde à +3 °C au plus, et la durée de l’écart est inconnue.',
          suivant: 'client',
          consequence: 'Mme Girard approuve. Pour les légumes épluchés et les desserts, elle vérifie le seuil de chacun : dépassé aussi, ils sont écartés et notés. L’équipe repart de produits frais.',
          feedback:
            'Une préparation élaborée à l’avance se conserve à +3 °C au plus (arrêté du 21 décembre 2009) : au-delà, et sans savoir depuis quand, le plat est écarté.',
          scores: { 'B2.C7.CR4': 2 },
        },
        {
          id: 'recuire',
          texte: 'Vous proposez de le remonter à +63 °C pour détruire les bactéries, puis de le refroidir vite : on sauve les plateaux.',
          suivant: 'client',
          pose: ['poulet-rattrape'],
          consequence: 'Mme Girard refuse : « On ne rattrape pas une rupture de froid : un plat cuisiné se garde à +3 °C au plus, et on ne sait pas depuis quand il ne l’est plus. » Le poulet part à la poubelle.',
          feedback:
            'Réchauffer n’efface pas une rupture de la chaîne du froid. La règle vise la denrée : un plat cuisiné se garde à +3 °C au plus.',
          scores: { 'B2.C7.CR4': 0 },
        },
        {
          id: 'odeur',
          texte: 'Vous proposez de goûter et de sentir chaque bac : ce qui est normal est gardé, le reste est jeté.',
          suivant: 'client',
          pose: ['poulet-rattrape'],
          consequence: 'Mme Girard refuse : « Une bactérie ne se sent pas. » Le poulet part à la poubelle.',
          feedback: 'L’odeur et le goût ne disent rien de la présence de bactéries : seule la règle de température, appliquée à la denrée, décide.',
          scores: { 'B2.C7.CR4': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'client',
      titre: 'Jeudi, 8 h',
      texte:
        'Il manque le poulet des 80 plateaux. En stock : des œufs, du fromage et une sauce industrielle au sésame, « la préférée des clients ». Mme Girard vous demande ce que vous proposez.',
      choix: [
        {
          id: 'proposer-remplacement',
          texte: 'Vous proposez une quiche préparée ce matin, la fiche allergènes mise à jour, et que Mme Girard prévienne le client du changement.',
          suivant: 'allergie',
          consequence: 'Mme Girard appelle le client, qui accepte. Lina imprime la nouvelle fiche allergènes : œufs, lait, gluten.',
          feedback:
            'Le client est informé par la personne qui en a la charge, et l’information écrite sur les allergènes suit le menu réel.',
          scores: { 'B2.C7.CR1': 2 },
        },
        {
          id: 'remplacer-discretement',
          piege: true,
          texte: 'Vous proposez des wraps au fromage et à la sauce au sésame, de même prix : le client garde ses 80 plateaux à l’heure, sans s’inquiéter d’un incident réglé.',
          suivant: 'allergie',
          pose: ['fiche-non-maj'],
          consequence: 'Mme Girard, pressée, accepte. La fiche allergènes des plateaux annonce toujours du poulet.',
          feedback:
            'Un changement de recette change les allergènes : l’information écrite doit suivre, et le client doit savoir ce qu’il reçoit. Ici, du sésame entre dans les plateaux d’une commande où une personne y est allergique.',
          scores: { 'B2.C7.CR1': 0 },
        },
        {
          id: 'appeler-client',
          texte: 'Vous appelez vous-même le client pour annoncer une quiche à la place du poulet et lui offrir une remise pour le dérangement.',
          suivant: 'allergie',
          consequence: 'Le client accepte la quiche. Mme Girard, qui n’était pas au courant de la remise, doit la confirmer après coup.',
          feedback: 'Informer le client est juste, mais la relation et les conditions commerciales relèvent de Mme Girard : vous engagez l’établissement à sa place.',
          scores: { 'B2.C7.CR1': 1 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'allergie',
      titre: 'Jeudi, 9 h',
      texte: 'Il faut préparer le plateau de la participante allergique au sésame. Kevin dit : « Je connais toutes les recettes, il n’y a pas de sésame dans ses plats. »',
      variantes: [{ si: ['fiche-non-maj'], texte: 'Les wraps à la sauce au sésame sont déjà en cours de dressage sur le grand plan de travail.' }],
      choix: [
        {
          id: 'plateau-dedie',
          texte: 'Avec Kevin, vous lisez l’étiquette de chaque ingrédient, préparez son plateau en premier sur un plan nettoyé, avec des ustensiles à part, et l’étiquetez à son nom.',
          suivant: 'cause',
          consequence: 'L’étiquette de la vinaigrette prévue pour ses crudités mentionne « traces de sésame » : Kevin l’ignorait. Vous la remplacez par une vinaigrette maison dont vous connaissez tous les ingrédients.',
          feedback: 'Lire chaque étiquette, séparer dans l’espace et dans le temps, identifier le plateau : la sécurité d’une personne allergique repose sur l’écrit, pas sur la mémoire.',
          scores: { 'B2.C7.CR4': 2 },
        },
        {
          id: 'confiance-kevin',
          piege: true,
          texte: 'Vous faites confiance à Kevin, qui connaît les recettes mieux que vous : c’est reconnaître son expertise, et il prépare le plateau comme il l’entend.',
          suivant: 'cause',
          pose: ['sesame-oral'],
          consequence: 'Kevin prépare le plateau avec la vinaigrette habituelle. Personne ne lit l’étiquette, qui mentionne « traces de sésame ».',
          feedback:
            'Reconnaître l’expertise de Kevin est juste, mais une recette apprise ne dit pas ce que contient un produit industriel : l’information sur les allergènes se lit sur les étiquettes.',
          scores: { 'B2.C7.CR4': 0 },
        },
        {
          id: 'retirer-graines',
          texte: 'Vous prenez un plateau standard et retirez à la pince les graines de sésame visibles sur sa salade.',
          suivant: 'cause',
          pose: ['sesame-retire'],
          consequence: 'La salade paraît sans sésame. La sauce, elle, en contient.',
          feedback: 'Retirer ce qui se voit ne retire pas l’allergène : une trace suffit à déclencher une réaction.',
          scores: { 'B2.C7.CR4': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'cause',
      titre: 'Jeudi, 10 h',
      texte: 'Les plateaux avancent. Mme Girard veut comprendre la panne avant ce soir. Nadia, qui a fait le relevé et la fermeture hier, se tient à l’écart, inquiète.',
      choix: [
        {
          id: 'demander-nadia',
          texte: 'Vous demandez à Nadia de vous montrer, devant la chambre froide, comment elle a fait le relevé et la fermeture hier.',
          suivant: 'trace',
          consequence:
            'Nadia montre : relevé à 16 h 45, puis Lina a rentré un dernier chariot à 17 h 10. La porte se referme seule… sauf que le joint, abîmé, la bloque entrouverte. « Je ne savais pas qu’il fallait revérifier. »',
          feedback:
            'En demandant à Nadia de montrer, sans reproche, vous trouvez deux causes : un relevé fait avant la dernière ouverture, un joint usé. Le traitement d’une non-conformité cherche des causes, pas un coupable.',
          scores: { 'B2.C7.CR2': 2 },
        },
        {
          id: 'blamer-nadia',
          texte: 'Vous rappelez à Nadia, devant l’équipe, que la fermeture était sa responsabilité, et confiez le relevé du soir à Kevin.',
          suivant: 'trace',
          pose: ['nadia-blamee'],
          consequence: 'Nadia pleure au vestiaire. Kevin reprend le relevé à 16 h 45, comme elle. Le joint n’a pas été regardé.',
          feedback: 'Désigner une personne n’est pas chercher une cause : l’heure du relevé et le joint abîmé restent en place pour Kevin.',
          scores: { 'B2.C7.CR2': 0 },
        },
        {
          id: 'analyse-seul',
          texte: 'Vous examinez seul la porte pendant la pause et trouvez le joint abîmé ; vous le signalez à la maintenance.',
          suivant: 'trace',
          consequence: 'Le joint sera changé demain. Mais personne ne sait que le relevé se fait avant le dernier chariot.',
          feedback: 'Une cause est trouvée, pas l’autre : sans Nadia et Lina, l’organisation du relevé reste inchangée.',
          scores: { 'B2.C7.CR2': 1 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'trace',
      titre: 'Jeudi, 11 h 45',
      texte: 'Les plateaux sont partis à l’heure. Mme Girard vous demande ce que vous lui remettez pour le plan de maîtrise sanitaire.',
      variantes: [
        { si: ['mesures-notees'], texte: 'Vous avez encore la fiche où vous avez noté les températures de 7 h.' },
        { sauf: ['mesures-notees'], texte: 'Vous n’avez rien noté ce matin ; les seuls chiffres sont ceux de Mme Girard.' },
      ],
      choix: [
        {
          id: 'fiche-nc',
          texte: 'Une fiche de non-conformité : températures et heures, denrées jetées avec leurs lots et quantités, causes trouvées, actions engagées.',
          suivant: 'former',
          consequence: 'Mme Girard joint la fiche au plan de maîtrise sanitaire et inscrit le contrôle du joint au plan de maintenance.',
          feedback: 'La trace écrite, avec les lots, sert la traçabilité et permet de vérifier que les actions ont marché : c’est ce que demande le plan de maîtrise sanitaire.',
          scores: { 'B2.C7.CR1': 2, 'B2.C7.CR2': 1 },
        },
        {
          id: 'oral',
          texte: 'Vous lui racontez la matinée de vive voix : tout est réglé, les plateaux sont partis et le client est content.',
          suivant: 'former',
          pose: ['sans-trace'],
          consequence: 'Mme Girard prend des notes sur un coin de cahier. Un mois plus tard, personne ne sait plus quels lots ont été jetés.',
          feedback: 'Sans écrit, la non-conformité ne nourrit ni la traçabilité ni la vérification du plan de maîtrise sanitaire.',
          scores: { 'B2.C7.CR1': 0, 'B2.C7.CR2': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'former',
      titre: 'Vendredi, 8 h',
      texte: 'Le joint est changé. Il reste à faire en sorte que toute l’équipe ferme et relève correctement la chambre froide, le soir.',
      choix: [
        {
          id: 'fiche-falc-nadia',
          texte: 'Avec Nadia, vous écrivez une fiche en images : relevé après le dernier chariot, porte poussée, case verte ou rouge. Elle la montre ensuite à l’équipe.',
          suivant: 'fin',
          consequence: 'Nadia photographie chaque geste et explique la fiche à ses collègues. Lina propose d’ajouter « je pousse la porte, j’écoute le clic ».',
          feedback: 'Une consigne visuelle, écrite avec la personne qui fait le geste, puis transmise par elle : c’est une formation adaptée, et une compétence reconnue pour Nadia.',
          scores: { 'B2.C7.CR4': 2 },
        },
        {
          id: 'note-service',
          texte: 'Vous rédigez une note de service précise sur l’heure du relevé, lue au point d’équipe et signée par chacun.',
          suivant: 'fin',
          consequence: 'Tout le monde signe. La semaine suivante, le relevé est encore fait avant le dernier chariot.',
          feedback: 'Une note signée prouve qu’elle a été lue, pas qu’elle a été comprise par des personnes qui lisent peu : montrez, faites faire, vérifiez.',
          scores: { 'B2.C7.CR4': 0 },
        },
        {
          id: 'releve-moniteur',
          texte: 'Pour ne plus prendre de risque, vous ferez désormais vous-même le relevé et la fermeture, chaque soir.',
          suivant: 'fin',
          consequence: 'Le relevé est juste. Mais un soir où vous êtes absent, personne ne sait plus le faire.',
          feedback: 'Vous sécurisez le geste en le retirant à l’équipe : former et confier un rôle de référent protège mieux et fait progresser les personnes.',
          scores: { 'B2.C7.CR4': 1 },
        },
      ],
    },
    {
      type: 'fin',
      id: 'fin',
      titre: 'Après la panne de la chambre froide',
      issues: ['optimale', 'acceptable', 'a-revoir'],
      texte:
        'Une rupture de la chaîne du froid se traite comme une non-conformité : mesurer, isoler, noter, décider selon la règle de la denrée, informer le client, puis trouver les causes avec l’équipe et en garder la trace. Une allergie se gère à l’écrit, étiquette par étiquette.',
      variantes: [
        {
          sauf: ['attente-froid', 'tout-jete', 'poulet-rattrape', 'fiche-non-maj', 'sesame-oral', 'sesame-retire', 'nadia-blamee', 'sans-trace'],
          texte: 'Sur votre chemin, chaque étape a été tenue : mesures notées dès 7 h, poulet écarté, client prévenu et fiche allergènes à jour, plateau sans sésame préparé à part, causes trouvées avec Nadia, fiche de non-conformité remise.',
        },
        ...ECARTS_DU_CHEMIN,
      ],
    },
  ],
  debrief: {
    'B2.C7.CR4': {
      texte:
        'Une règle de température vise une denrée : un plat cuisiné à l’avance se garde à +3 °C au plus. Une allergie se gère par l’écrit (étiquettes, fiche, plateau identifié). Une consigne d’hygiène se transmet en images et en faisant faire.',
      lien: '/cours/bloc-2/hygiene-alimentaire#temperatures',
    },
    'B2.C7.CR2': {
      texte: 'Une rupture du froid est une non-conformité : isoler, prévenir, noter, puis chercher les causes avec les personnes concernées, sans chercher de coupable.',
      lien: '/cours/bloc-2/hygiene-alimentaire#controles-quotidiens',
    },
    'B2.C7.CR1': {
      texte: 'Le client est informé d’un changement par la personne qui a la relation commerciale, l’information écrite sur les allergènes suit le menu réel, et la fiche de non-conformité garde les lots.',
      lien: '/cours/bloc-2/hygiene-alimentaire#tracabilite',
    },
  },
});
