import { defineCas } from '#auteur';

export default defineCas({
  id: 'commande-urgente-kits',
  titre: 'Une commande urgente de kits',
  description:
    'Étudier la faisabilité d’une commande urgente d’un client industriel, puis la planifier avec l’équipe et réagir à une panne sans sacrifier les personnes.',
  bloc: 'B2',
  contexte:
    'Vous êtes moniteur ou monitrice de l’atelier conditionnement et sous-traitance d’un ESAT. Mardi, 9 h : un équipementier de la région, nouveau client, demande 8 000 kits de fixation livrables dans 8 jours ouvrés. L’équipe compte dix travailleurs et travailleuses ; une autre commande est déjà en cours. Le chef d’atelier attend votre avis mercredi midi.',
  personnages: [
    { nom: 'Hervé', role: 'chef d’atelier' },
    { nom: 'Nathalie', role: 'chargée d’affaires, en lien avec le client' },
    { nom: 'Inès', role: 'travailleuse, veut apprendre à conduire la peseuse' },
    { nom: 'Marc', role: 'travailleur expérimenté à la peseuse' },
    { nom: 'Sami', role: 'travailleur, préfère les tâches qu’il connaît' },
    { nom: 'Fatou', role: 'travailleuse, reprend le matin seulement après une longue absence' },
    { nom: 'Joël', role: 'travailleur, en mise à disposition 2 jours par semaine dans une jardinerie' },
    { nom: 'Bastien', role: 'travailleur, délégué des travailleurs' },
  ],
  criteres: ['B2.C1.CR1', 'B2.C1.CR2', 'B2.C1.CR3', 'B2.C2.CR1', 'B2.C2.CR2', 'B2.C2.CR3'],
  debut: 'demande',
  noeuds: [
    {
      type: 'situation',
      id: 'demande',
      titre: 'Mardi, 9 h',
      texte:
        'Nathalie vous transfère le courriel du client : 8 000 kits de fixation « conformes à l’échantillon », livraison dans 8 jours ouvrés. Aucun échantillon n’est joint et le courriel ne dit rien des composants. Que faites-vous ?',
      choix: [
        {
          id: 'clarifier',
          texte: 'Vous demandez à Nathalie l’échantillon de référence, les contrôles attendus et la date de livraison des composants.',
          suivant: 'essai',
          consequence:
            'Nathalie obtient l’échantillon dans l’heure : 6 pièces et une notice pliée par sachet, pesée à plus ou moins 1 gramme, étiquette code-barres. Les composants arriveront jeudi.',
          feedback:
            'Clarifier avant de calculer : quantités, délais, exigences de qualité et contraintes techniques, par le bon canal.',
          scores: { 'B2.C1.CR1': 2 },
        },
        {
          id: 'calculer',
          texte: 'Vous calculez tout de suite la charge, avec le temps d’une ancienne commande de kits.',
          suivant: 'calcul-rapide',
          consequence: 'En dix minutes, vous avez un chiffre. Vous ne savez toujours pas ce que contient un kit.',
          feedback:
            'Un calcul sans exigences de qualité ni contraintes techniques repose sur une hypothèse : ce kit ressemble-t-il vraiment à l’ancien ?',
          scores: { 'B2.C1.CR1': 0 },
        },
        {
          id: 'appeler-client',
          texte: 'Vous appelez directement l’acheteur du client pour tout clarifier.',
          suivant: 'essai',
          consequence:
            'L’acheteur vous répond volontiers et vous obtenez l’échantillon. Mais Nathalie, qui négociait le prix, apprend votre appel par le client et vous le reproche.',
          feedback:
            'Les bonnes questions, par le mauvais canal : selon la Fiche Métier, le moniteur est en lien avec les clients le plus souvent par l’intermédiaire de l’équipe ou de la hiérarchie.',
          scores: { 'B2.C1.CR1': 1 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'calcul-rapide',
      titre: 'Mardi, 11 h',
      texte:
        'Avec le temps de l’ancienne commande, 0,3 minute par kit, vous trouvez 40 heures de travail : largement faisable. En lisant votre note, Hervé demande : « Et la pesée ? Et les notices pliées ? C’est le même produit ? »',
      choix: [
        {
          id: 'reprendre',
          texte: 'Vous reconnaissez être allé trop vite : vous demandez l’échantillon et les exigences, et vous prévoyez une série d’essai.',
          suivant: 'essai',
          consequence:
            'Hervé apprécie votre franchise. L’échantillon arrive : ce kit demande une notice pliée et une pesée, absentes de l’ancienne commande.',
          feedback: 'Revenir à l’analyse de la demande avant de s’engager corrige l’erreur à temps.',
          scores: { 'B2.C1.CR1': 1 },
        },
        {
          id: 'maintenir',
          texte: 'Vous maintenez votre avis : un kit reste un kit, l’équipe s’adaptera.',
          suivant: 'engage',
          consequence: 'Hervé transmet votre avis « faisable ». La commande est acceptée pour dans 8 jours.',
          feedback:
            'L’avis repose sur un produit différent et sur un temps qui n’a pas été mesuré. C’est l’équipe qui paiera l’écart.',
          scores: { 'B2.C1.CR1': 0, 'B2.C1.CR2': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'essai',
      titre: 'Mardi, 14 h',
      texte:
        'Vous avez l’échantillon. Il vous faut un temps unitaire fiable. Inès, qui a demandé plusieurs fois à apprendre la peseuse, regarde l’échantillon avec curiosité.',
      choix: [
        {
          id: 'serie-essai',
          texte: 'Vous organisez une série d’essai de 100 kits avec trois volontaires, dont Inès, et vous recueillez leurs remarques.',
          suivant: 'capacite',
          consequence:
            'Temps mesuré : 0,75 minute par kit. Inès propose une plaque à six alvéoles pour ne plus compter les pièces ; Marc remarque que le pliage des notices ralentit tout.',
          feedback:
            'Le temps unitaire se mesure dans l’atelier, avec l’équipe. Les volontaires apportent en plus des idées d’adaptation.',
          scores: { 'B2.C1.CR2': 2, 'B2.C2.CR2': 1 },
        },
        {
          id: 'chronometre-seul',
          texte: 'Vous réalisez vous-même vingt kits à votre établi et vous vous chronométrez.',
          suivant: 'capacite',
          consequence:
            'Vous mesurez 0,5 minute par kit. En observant ensuite deux travailleurs, vous constatez un temps proche de 0,75 minute et vous corrigez votre chiffre.',
          feedback:
            'Le temps d’un professionnel entraîné sous-estime celui de l’équipe. Vous avez corrigé à temps, mais sans associer les personnes à l’essai.',
          scores: { 'B2.C1.CR2': 1 },
        },
        {
          id: 'temps-client',
          texte: 'Vous reprenez le temps standard du client, 0,3 minute par kit, mesuré dans son usine.',
          suivant: 'engage',
          consequence: 'La charge paraît être de 40 heures : vous annoncez à Hervé que la commande est faisable sans difficulté.',
          feedback:
            'Ce temps vient d’une chaîne industrielle ; il ne dit rien de votre équipe ni de vos postes. La charge est très sous-estimée.',
          scores: { 'B2.C1.CR2': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'capacite',
      titre: 'Mercredi, 8 h',
      texte:
        'Charge : 8 000 kits à 0,75 minute, soit 100 heures, plus 12 heures de contrôle et de palettisation : 112 heures. Capacité disponible sur 8 jours, après la commande en cours, la reprise à mi-temps de Fatou, les 2 jours de mise à disposition de Joël et les activités de soutien : 96 heures. Quel avis donnez-vous ?',
      choix: [
        {
          id: 'avis-chiffre',
          texte: 'Vous préparez un avis « faisable sous conditions » : il manque 16 heures, soit un taux de charge d’environ 117 %, et vous annoncez des propositions.',
          suivant: 'adaptations',
          consequence: 'Hervé lit votre note : « Bien. Qu’est-ce que tu proposes ? Je dois rappeler Nathalie à 14 h. »',
          feedback:
            'Un écart chiffré, signalé tôt, permet à la hiérarchie de décider et de négocier. Il reste à trouver les adaptations.',
          scores: { 'B2.C1.CR2': 2 },
        },
        {
          id: 'faisable-quand-meme',
          texte: 'Vous répondez que c’est faisable : en accélérant un peu, l’équipe y arrivera.',
          suivant: 'engage',
          consequence: 'Hervé transmet l’avis. La commande est acceptée pour dans 8 jours.',
          feedback:
            'Vous connaissiez l’écart de 16 heures et ne l’avez pas signalé : c’est le rythme des personnes qui devra le combler.',
          scores: { 'B2.C1.CR2': 0 },
        },
        {
          id: 'refuser',
          texte: 'Vous répondez que la commande n’est pas faisable, sans autre précision.',
          suivant: 'refus',
          consequence: 'Hervé fronce les sourcils : votre note tient en une ligne.',
          feedback:
            'Votre calcul est juste, mais un refus sans chiffres ni pistes ne permet pas à la hiérarchie de négocier.',
          scores: { 'B2.C1.CR2': 1, 'B2.C1.CR3': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'refus',
      titre: 'Mercredi, 12 h',
      texte:
        'Hervé vous répond : « Ce client est nouveau et il peut nous confier du travail toute l’année. Qu’est-ce qui rendrait la commande possible ? »',
      choix: [
        {
          id: 'chercher',
          texte: 'Vous reprenez votre calcul et cherchez des adaptations à partir des remarques de la série d’essai.',
          suivant: 'adaptations',
          consequence: 'Vous ressortez vos notes de l’essai : plusieurs idées de l’équipe peuvent réduire l’écart.',
          feedback: 'Un taux de charge supérieur à 100 % n’est pas un refus automatique : c’est le signal de chercher des adaptations.',
          scores: { 'B2.C1.CR3': 1 },
        },
        {
          id: 'maintenir-refus',
          texte: 'Vous maintenez que c’est impossible : l’équipe est déjà assez chargée.',
          suivant: 'fin-a-revoir',
          consequence:
            'Hervé décline la commande. Le client s’adresse à un autre prestataire, et l’équipe ne saura pas qu’une solution existait.',
          feedback:
            'Protéger l’équipe est légitime, mais un refus sans recherche d’adaptation prive l’atelier d’un travail réalisable et d’occasions d’apprendre.',
          scores: { 'B2.C1.CR3': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'adaptations',
      titre: 'Mercredi, 13 h',
      texte: 'Il manque 16 heures. Quelles adaptations proposez-vous à Hervé ?',
      choix: [
        {
          id: 'leviers',
          texte:
            'La plaque à six alvéoles proposée par Inès (nouvel essai : 0,65 minute par kit) et une livraison en deux lots, 5 000 kits à J+8 et 3 000 à J+11, à proposer au client par Nathalie.',
          suivant: 'reunion',
          consequence:
            'Le client accepte les deux lots. Le premier demande environ 62 heures pour 96 disponibles : l’atelier garde une marge pour les imprévus.',
          feedback:
            'Un gabarit qui réduit le temps sans accélérer le rythme, un fractionnement négocié par la hiérarchie : la commande devient réalisable par l’équipe telle qu’elle est.',
          scores: { 'B2.C1.CR3': 2 },
        },
        {
          id: 'sacrifier',
          texte: 'Supprimer les activités de soutien de la semaine et demander à Joël de suspendre sa mise à disposition.',
          suivant: 'reunion',
          consequence:
            'Hervé accepte de supprimer le soutien mais refuse de toucher à la mise à disposition. Joël, inquiet, vous demande si sa place à la jardinerie est menacée.',
          feedback:
            'Ces heures ne sont pas une réserve : elles font partie de la mission de l’ESAT et du parcours des personnes. La commande est payée par elles.',
          scores: { 'B2.C1.CR3': 0 },
        },
        {
          id: 'plus-rapides',
          texte: 'Confier toute la commande aux quatre travailleurs les plus rapides, en les retirant de leurs autres tâches.',
          suivant: 'reunion',
          consequence:
            'Sur le papier, le compte y est tout juste. Les six autres travailleurs se retrouvent au rangement et au nettoyage.',
          feedback:
            'C’est une réorganisation, mais elle ne supprime pas l’écart et exclut une partie de l’équipe. Une adaptation rend le travail accessible au plus grand nombre.',
          scores: { 'B2.C1.CR3': 1 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'engage',
      titre: 'Jeudi, 17 h, premier jour de production',
      texte:
        'La commande a été acceptée pour dans 8 jours sur la base de votre avis. Ce premier jour, l’équipe a fait 700 kits alors qu’il en faudrait 1 000 par jour. Le temps réel est proche de 0,75 minute par kit.',
      choix: [
        {
          id: 'alerter',
          texte: 'Vous prévenez Hervé le soir même, chiffres à l’appui, et proposez une livraison en deux lots et une plaque de comptage.',
          suivant: 'reunion',
          consequence:
            'Hervé est contrarié mais négocie : le client accepte deux lots, en précisant qu’il attend plus de fiabilité. Vous réunissez l’équipe le lendemain matin pour réorganiser.',
          feedback:
            'Reconnaître l’écart et le signaler tôt, avec des solutions, limite les dégâts. L’étude de faisabilité aurait dû le révéler avant.',
          scores: { 'B2.C1.CR2': 1, 'B2.C2.CR3': 1 },
        },
        {
          id: 'accelerer',
          texte: 'Vous demandez à l’équipe d’accélérer, supprimez les activités de soutien de la semaine et demandez à Fatou de venir aussi l’après-midi.',
          suivant: 'fin-a-revoir',
          consequence:
            'La commande part à l’heure, mais avec de nombreux sachets repris en urgence. Fatou est arrêtée la semaine suivante ; deux travailleurs demandent à changer d’atelier.',
          feedback:
            'L’écart vient de l’étude, pas de l’équipe. Le faire combler par le rythme, le soutien et la reprise progressive d’une personne, c’est sacrifier les personnes.',
          scores: { 'B2.C1.CR2': 0, 'B2.C2.CR3': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'reunion',
      titre: 'Réunion d’organisation, 8 h 30',
      texte:
        'Les composants sont arrivés. Vous réunissez l’équipe pour organiser la production de la commande. Inès veut apprendre la peseuse, Sami préfère rester au pliage des notices qu’il connaît, et Bastien, délégué des travailleurs, a une idée sur la disposition des tables.',
      choix: [
        {
          id: 'associer',
          texte:
            'Vous présentez l’échantillon, la commande et un planning en images, puis demandez à chacun le poste souhaité et ce qu’il veut apprendre ; vous retenez l’idée de Bastien.',
          suivant: 'planning',
          consequence:
            'La répartition se fait en vingt minutes. Sami garde le pliage, Inès rejoindra la peseuse avec Marc, Fatou choisit le contrôle des sachets le matin. La disposition en U proposée par Bastien évite des allers-retours.',
          feedback:
            'Les personnes choisissent dans le cadre des délais, leurs projets entrent dans l’organisation et leurs idées sont retenues : elles sont réellement associées.',
          scores: { 'B2.C2.CR2': 2 },
        },
        {
          id: 'affecter',
          texte: 'Vous affectez chacun selon sa rapidité et affichez la liste.',
          suivant: 'planning',
          consequence:
            'Le démarrage est rapide. Inès, placée au pliage, ne dit rien mais semble déçue ; Sami, placé à la peseuse, est tendu toute la matinée.',
          feedback:
            'La liste est efficace à court terme, mais personne n’a été consulté, et les souhaits comme les projets sont ignorés.',
          scores: { 'B2.C2.CR2': 0 },
        },
        {
          id: 'laisser-faire',
          texte: 'Vous laissez l’équipe s’organiser seule : elle connaît le travail.',
          suivant: 'planning',
          consequence:
            'La discussion est animée et chacun choisit son poste. Mais personne n’a pris le contrôle des sachets : vous devez recadrer à 10 h.',
          feedback:
            'Associer n’est pas se retirer : vous gardez la responsabilité du cadre (délais, qualité, sécurité) dans lequel l’équipe choisit.',
          scores: { 'B2.C2.CR2': 1 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'planning',
      titre: 'Le même jour, 10 h',
      texte:
        'Vous construisez le planning. La peseuse, seule machine de la chaîne, est le goulot : les autres tâches peuvent attendre un peu, pas elle. Inès doit apprendre à la conduire.',
      choix: [
        {
          id: 'gantt-marge',
          texte:
            'La peseuse tourne en continu avec Marc ; Inès apprend en binôme avec lui les deux premiers jours, avec une cadence prévue plus basse ; le pliage des notices, qui a de la marge, sert de tampon. Le planning est affiché en images.',
          suivant: 'alea',
          consequence:
            'Le premier jour, la peseuse ne s’arrête jamais faute de sachets. Le troisième jour, Inès conduit seule pendant une heure, Marc à côté.',
          feedback:
            'Repérer le goulot et le chemin critique, utiliser les marges comme tampon et prévoir l’apprentissage dans le planning : délais et personnes sont servis.',
          scores: { 'B2.C2.CR1': 2, 'B2.C2.CR2': 1 },
        },
        {
          id: 'plein-regime',
          texte: 'Vous planifiez tout à plein régime, sans marge, et reportez l’apprentissage d’Inès à une prochaine commande.',
          suivant: 'alea',
          consequence: 'Le planning tient sur le papier. Inès vous demande quand viendra son tour ; vous ne savez pas quoi répondre.',
          feedback:
            'Un planning sans marge ne résiste pas au premier imprévu, et l’apprentissage reporté sans date risque de ne jamais arriver.',
          scores: { 'B2.C2.CR1': 1, 'B2.C2.CR2': 0 },
        },
        {
          id: 'ordre-arrivee',
          texte: 'Vous faites les tâches dans l’ordre où les composants arrivent, sans repérer de goulot.',
          suivant: 'alea',
          consequence:
            'Le deuxième jour, la peseuse attend des sachets pendant que trois personnes plient des notices pour le second lot.',
          feedback:
            'Sans repérer le goulot ni le chemin critique, le planning fait attendre la seule machine qui fixe la cadence de toute la chaîne.',
          scores: { 'B2.C2.CR1': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'alea',
      titre: 'Lundi, 8 h',
      texte:
        'La peseuse tombe en panne ; le technicien ne viendra que l’après-midi. Fatou a téléphoné : elle ne viendra pas ce matin. La prochaine livraison doit partir vendredi.',
      choix: [
        {
          id: 'reorganiser',
          texte:
            'Vous vérifiez que la machine est arrêtée et signalée, mesurez l’impact, avancez le pliage et le remplissage des sachets du second lot, et informez Hervé. Les pauses et la séance de soutien de mardi restent au planning ; vous expliquez les changements à l’équipe.',
          suivant: 'bilan',
          consequence:
            'La panne coûte une demi-journée de peseuse. En avançant les autres tâches pendant la réparation, l’équipe rattrape le retard sans toucher aux pauses : la livraison part vendredi.',
          feedback:
            'Sécurité, mesure de l’impact, solution dans l’organisation, information de la hiérarchie, explication à l’équipe : l’aléa est absorbé sans que personne ne le paie.',
          scores: { 'B2.C2.CR3': 2 },
        },
        {
          id: 'heures-en-plus',
          texte: 'Vous demandez à l’équipe de rester une heure de plus chaque soir jusqu’à vendredi et annulez la séance de soutien de mardi.',
          suivant: 'fin-a-revoir',
          consequence:
            'La livraison part vendredi, mais l’équipe est épuisée. Le lundi suivant, deux personnes sont absentes et la suite de la commande prend du retard.',
          feedback:
            'Le temps de présence, le soutien et la santé des personnes ne sont pas des variables d’ajustement, d’autant que d’autres tâches pouvaient avancer pendant la panne.',
          scores: { 'B2.C2.CR3': 0 },
        },
        {
          id: 'attendre',
          texte: 'Vous laissez l’équipe attendre la réparation et prévenez Hervé que la livraison risque d’avoir un jour de retard.',
          suivant: 'bilan',
          consequence:
            'Hervé négocie un jour de plus avec le client. Après coup, vous constatez que d’autres tâches auraient pu avancer pendant la panne.',
          feedback:
            'Prévenir la hiérarchie est juste, mais sans avoir mesuré l’impact ni utilisé les marges, le retard était évitable.',
          scores: { 'B2.C2.CR3': 1 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'bilan',
      titre: 'Après la dernière livraison',
      texte: 'La commande est entièrement livrée et le client se dit satisfait. Vous avez une demi-heure avant de lancer la commande suivante.',
      choix: [
        {
          id: 'retour-experience',
          texte:
            'Vous faites le point avec l’équipe : ce qui a aidé, ce qui a été difficile, ce que chacun a appris. Vous mettez à jour le temps de référence et, avec l’accord des personnes, notez leurs apprentissages pour leur projet.',
          suivant: 'fin-optimale',
          consequence:
            'Plusieurs idées sortent pour la prochaine fois, dont une autre disposition des tables. Inès demande à pratiquer la peseuse plus souvent. Le temps de référence servira à la prochaine étude.',
          feedback:
            'Le bilan partagé associe l’équipe jusqu’au bout, valorise les apprentissages et améliore les prochaines études de faisabilité.',
          scores: { 'B2.C2.CR2': 2 },
        },
        {
          id: 'rapport',
          texte: 'Vous rédigez seul pour Hervé un compte rendu chiffré : temps réels, écarts, panne.',
          suivant: 'fin-acceptable',
          consequence: 'Le compte rendu est clair et utile. L’équipe, elle, passe à la commande suivante sans avoir parlé de celle-ci.',
          feedback:
            'Un compte rendu chiffré sert les prochaines études, mais l’équipe n’a pas été associée au bilan de son propre travail.',
          scores: { 'B2.C2.CR2': 0, 'B2.C1.CR2': 1 },
        },
      ],
    },
    {
      type: 'fin',
      id: 'fin-optimale',
      titre: 'Une commande qui fait grandir l’équipe',
      issues: ['optimale', 'acceptable', 'a-revoir'],
      texte:
        'La commande a été étudiée, adaptée, planifiée et livrée avec l’équipe. Un nouveau client est satisfait, les apprentissages des personnes ont trouvé leur place, et l’atelier connaît mieux ses propres temps. La production a servi les personnes.',
    },
    {
      type: 'fin',
      id: 'fin-acceptable',
      titre: 'Une commande livrée, un bilan sans l’équipe',
      issues: ['optimale', 'acceptable', 'a-revoir'],
      texte:
        'La commande est livrée et vos chiffres aideront la prochaine étude. Mais l’équipe n’a pas été associée au bilan de son travail. La prochaine fois, prenez ce temps avec elle : c’est là que naissent les meilleures idées.',
    },
    {
      type: 'fin',
      id: 'fin-a-revoir',
      titre: 'Une étude ou une organisation à reprendre',
      issues: ['acceptable', 'a-revoir'],
      texte:
        'Soit la commande a été refusée sans chercher d’adaptation, soit elle a été tenue au prix du rythme, du soutien et de la santé des personnes. Reprenez la mise en situation : clarifiez la demande, mesurez avec l’équipe, chiffrez l’écart, proposez des adaptations et gardez de la marge.',
    },
  ],
  debrief: {
    'B2.C1.CR1': {
      texte:
        'Avant tout calcul, lire la demande avec cinq questions (quoi, combien, pour quand, quelle qualité, quelles contraintes techniques) et obtenir l’échantillon de référence par le bon canal.',
      lien: '/cours/bloc-2/faisabilite-commandes#lire-demande',
    },
    'B2.C1.CR2': {
      texte:
        'Mesurer le temps unitaire par une série d’essai avec l’équipe, calculer la capacité réelle, comparer les deux et signaler l’écart tôt, par écrit et chiffré.',
      lien: '/cours/bloc-2/faisabilite-commandes#taux-de-charge',
    },
    'B2.C1.CR3': {
      texte:
        'Chercher des adaptations qui rendent la commande réalisable par l’équipe telle qu’elle est (gabarit, fractionnement négocié, renfort volontaire), sans toucher au soutien ni aux parcours.',
      lien: '/cours/bloc-2/faisabilite-commandes#adaptations',
    },
    'B2.C2.CR1': {
      texte:
        'Repérer le goulot et le chemin critique, garder de la marge sur les tâches qui le permettent, et afficher un planning compréhensible par l’équipe.',
      lien: '/cours/bloc-2/planifier-organiser#chemin-critique',
    },
    'B2.C2.CR2': {
      texte:
        'Associer les travailleurs au lancement et au bilan, recueillir leurs souhaits et leurs idées, et inscrire leurs apprentissages dans le planning.',
      lien: '/cours/bloc-2/planifier-organiser#associer',
    },
    'B2.C2.CR3': {
      texte:
        'Face à un aléa : sécurité, mesure de l’impact, solution dans l’organisation, information de la hiérarchie, explication à l’équipe. Les personnes ne sont pas la variable d’ajustement.',
      lien: '/cours/bloc-2/planifier-organiser#aleas',
    },
  },
});
