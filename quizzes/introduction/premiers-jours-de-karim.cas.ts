import { defineCas } from '#auteur';

export default defineCas({
  id: 'premiers-jours-de-karim',
  titre: 'Les premiers jours de Karim',
  description: 'Préparer une arrivée, présenter l’atelier, doser la première semaine et entendre un souhait.',
  bloc: 'B1',
  contexte:
    'Vous êtes moniteur ou monitrice de l’atelier conditionnement de l’ESAT « Les Tilleuls ». L’équipe prépare des kits de visserie pour un client industriel : 3 000 kits à livrer jeudi. Karim, 24 ans, orienté en ESAT par la CDAPH, arrive lundi pour sa période d’essai de 3 mois.',
  personnages: [
    { nom: 'Karim', role: 'nouveau travailleur, à l’aise à l’oral, lit avec difficulté' },
    { nom: 'Sylvie', role: 'cheffe d’atelier' },
    { nom: 'Mehdi', role: 'chargé d’insertion professionnelle' },
    { nom: 'Odile', role: 'travailleuse expérimentée de l’atelier' },
  ],
  criteres: ['B1.C1.CR1', 'B1.C1.CR2', 'B1.C1.CR3', 'B1.C3.CR1'],
  debut: 'vendredi',
  noeuds: [
    {
      type: 'situation',
      id: 'vendredi',
      titre: 'Vendredi, 16 h',
      texte:
        'Sylvie vous annonce l’arrivée de Karim lundi à 8 h 30. Le dossier transmis par l’équipe d’accompagnement est sur votre bureau. La commande de jeudi occupe toute l’équipe.',
      choix: [
        {
          id: 'preparer',
          texte: 'Vous lisez le dossier et appelez Mehdi pour connaître les besoins d’aménagement et les souhaits de Karim.',
          suivant: 'accueil',
          consequence:
            'Mehdi vous apprend que Karim lit difficilement, qu’il aime la cuisine et qu’il a besoin de pauses régulières. Vous préparez un livret d’accueil illustré et prévenez Odile, qui accepte de lui montrer l’atelier.',
          feedback:
            'Préparer l’arrivée avec l’équipe, à partir des informations transmises, évite les mises en échec des premières heures.',
          scores: { 'B1.C1.CR1': 2 },
        },
        {
          id: 'poste-simple',
          texte: 'Vous préparez un poste de tri simple au fond de l’atelier, pour ne pas déranger la production.',
          suivant: 'accueil',
          consequence: 'Le poste est prêt, mais vous ne savez rien de Karim : ni ses besoins, ni ce qu’il attend de l’atelier.',
          feedback:
            'Un poste prêt est utile, mais il a été choisi pour la production et non à partir de ce que l’on sait de la personne.',
          scores: { 'B1.C1.CR1': 1 },
        },
        {
          id: 'attendre',
          texte: 'Vous préférez découvrir Karim lundi, « sans a priori ».',
          suivant: 'lundi-imprevu',
          consequence: 'Vous ne préparez rien de particulier. Le dossier reste fermé.',
          feedback:
            'Éviter les a priori ne veut pas dire ignorer les informations utiles : besoins d’aménagement, mode de communication, souhaits exprimés.',
          scores: { 'B1.C1.CR1': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'lundi-imprevu',
      titre: 'Lundi, 8 h 40',
      texte:
        'Karim arrive. Vous lui tendez le règlement de fonctionnement et la fiche de poste. Il les regarde longtemps, puis les pose : « Je lirai plus tard. » Vous comprenez qu’il lit avec difficulté.',
      choix: [
        {
          id: 'oral-pictos',
          texte: 'Vous les reprenez ensemble à l’oral, avec la version illustrée du livret d’accueil, en vérifiant qu’il a compris.',
          suivant: 'accueil',
          consequence: 'Karim se détend et pose des questions sur les pauses. Vous notez de prévenir l’équipe de son besoin de supports visuels.',
          feedback: 'Adapter le support à la façon de comprendre de la personne rattrape le manque de préparation.',
          scores: { 'B1.C1.CR1': 1, 'B1.C1.CR2': 2 },
        },
        {
          id: 'signer-demain',
          texte: 'Vous lui demandez de lire les documents chez lui et de les rapporter signés demain.',
          suivant: 'accueil',
          consequence: 'Karim hoche la tête. Le lendemain, il rapporte les documents signés par son frère.',
          feedback:
            'Faire signer un texte que la personne ne peut pas lire ne l’informe pas de ses droits ni des règles : l’information doit être accessible.',
          scores: { 'B1.C1.CR2': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'accueil',
      titre: 'Lundi matin, la découverte de l’atelier',
      texte: 'La production a commencé. Comment présentez-vous l’atelier à Karim ?',
      choix: [
        {
          id: 'visite',
          texte:
            'Vous faites le tour de l’atelier avec lui et Odile : les collègues, les postes, les consignes de sécurité en pictogrammes, les toilettes et le lieu de pause.',
          suivant: 'premier-poste',
          consequence: 'La visite prend vingt minutes. Karim retient le prénom d’Odile et demande à voir la cuisine de l’ESAT.',
          feedback:
            'Présenter les lieux, les personnes, les règles et les droits avec des supports accessibles permet à la personne de se repérer et de savoir à qui s’adresser.',
          scores: { 'B1.C1.CR2': 2 },
        },
        {
          id: 'direct-poste',
          texte: 'La commande presse : vous l’installez tout de suite au poste de tri, vous ferez la visite plus tard.',
          suivant: 'rush-erreur',
          consequence: 'Karim commence à trier des vis sans savoir à quoi elles servent ni à qui demander de l’aide.',
          feedback:
            'Sauter l’accueil pour gagner du temps en fait souvent perdre : la personne ne connaît ni les repères ni les règles de sécurité.',
          scores: { 'B1.C1.CR2': 0, 'B1.C1.CR3': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'rush-erreur',
      titre: 'Lundi, 11 h',
      texte:
        'Karim a mélangé deux références de vis dans trente kits. Il reste assis, les bras croisés, et ne répond plus quand Odile lui parle.',
      choix: [
        {
          id: 'reprendre',
          texte: 'Vous arrêtez son poste, vous vous asseyez avec lui, puis vous refaites l’accueil que vous aviez sauté.',
          suivant: 'premier-poste',
          consequence: 'Karim explique qu’il n’osait pas demander. Odile l’aide à reprendre les trente kits.',
          feedback: 'Reconnaître l’erreur d’organisation et reprendre l’accueil restaure la confiance.',
          scores: { 'B1.C1.CR2': 1, 'B1.C1.CR3': 1 },
        },
        {
          id: 'recadrer',
          texte: 'Vous lui rappelez qu’il est en période d’essai et qu’il doit faire attention.',
          suivant: 'mardi-fatigue',
          consequence: 'Karim termine la matinée en silence. Il ne pose plus aucune question.',
          feedback:
            'La période d’essai sert à vérifier que l’accompagnement convient à la personne, pas à faire pression sur elle.',
          scores: { 'B1.C1.CR3': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'premier-poste',
      titre: 'Lundi, après la pause',
      texte:
        'Vous aviez prévu le tri des vis pour commencer. Karim montre l’emballage des kits : « Je voudrais faire comme elle, là-bas. »',
      choix: [
        {
          id: 'essayer-les-deux',
          texte:
            'Vous lui demandez ce qui l’attire, puis vous proposez d’essayer l’emballage une heure avec Odile et le tri une heure, pour choisir ensemble ensuite.',
          suivant: 'mardi-fatigue',
          consequence:
            'Karim aime l’emballage mais trouve le rythme rapide. Il choisit de faire le tri le matin et l’emballage l’après-midi pendant la semaine.',
          feedback:
            'Demander, faire essayer, puis laisser la personne choisir : c’est une occasion concrète d’autodétermination, compatible avec la commande.',
          scores: { 'B1.C3.CR1': 2, 'B1.C1.CR3': 2 },
        },
        {
          id: 'imposer-tri',
          texte: 'Vous lui expliquez que tout le monde commence par le tri : c’est la règle de l’atelier.',
          suivant: 'mardi-fatigue',
          consequence: 'Karim retourne au tri. Il regarde souvent vers la table d’emballage.',
          feedback:
            'Une règle d’atelier peut exister, mais l’imposer sans l’expliquer ni entendre la demande ferme une occasion d’expression.',
          scores: { 'B1.C3.CR1': 0, 'B1.C1.CR3': 1 },
        },
        {
          id: 'ceder',
          texte: 'Vous l’installez seul à l’emballage, puisque c’est ce qu’il veut.',
          suivant: 'mardi-fatigue',
          consequence: 'Sans démonstration, Karim emballe des kits incomplets. Il se décourage en fin de journée.',
          feedback:
            'Respecter un choix ne veut pas dire laisser la personne sans soutien : l’autodétermination se construit avec des essais accompagnés.',
          scores: { 'B1.C3.CR1': 1, 'B1.C1.CR3': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'mardi-fatigue',
      titre: 'Mardi, 15 h',
      texte:
        'Karim ralentit nettement et se frotte les yeux. La commande n’est qu’à moitié prête. Odile vous dit : « Il faudrait qu’il tienne le rythme, comme nous. »',
      choix: [
        {
          id: 'pause-ajuster',
          texte:
            'Vous proposez une pause à Karim, puis vous convenez avec lui d’horaires progressifs pour la semaine ; vous réorganisez la fin de la commande avec l’équipe.',
          suivant: 'souhait-cuisine',
          consequence: 'Karim reprend après dix minutes. Avec deux collègues déplacés à l’emballage, la commande reste tenable pour jeudi.',
          feedback:
            'Des premiers jours progressifs, discutés avec la personne, et une organisation qui absorbe l’imprévu : c’est le rôle du moniteur.',
          scores: { 'B1.C1.CR3': 2 },
        },
        {
          id: 'tenir',
          texte: 'Vous encouragez Karim à tenir jusqu’à 16 h 30, la commande passe avant tout cette semaine.',
          suivant: 'souhait-cuisine',
          consequence: 'Karim finit la journée épuisé. Mercredi matin, il arrive en retard et semble inquiet.',
          feedback: 'Faire passer la commande avant la santé et le rythme de la personne, en période d’essai, fragilise son accueil.',
          scores: { 'B1.C1.CR3': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'souhait-cuisine',
      titre: 'Jeudi, après la livraison',
      texte: 'En rangeant, Karim vous dit : « Moi, ce que je veux vraiment, c’est travailler en cuisine. »',
      choix: [
        {
          id: 'ecouter-transmettre',
          texte:
            'Vous lui demandez ce qu’il aime en cuisine, vous notez sa demande avec ses mots et vous lui dites que vous en parlerez avec Mehdi pour son projet, avec une réponse la semaine prochaine.',
          suivant: 'point-semaine',
          consequence: 'Karim raconte qu’il cuisinait pour sa famille. Il repart rassuré : sa demande compte.',
          feedback:
            'Recueillir le souhait avec les mots de la personne, le transmettre au bon interlocuteur et annoncer quand elle aura une réponse : c’est la base du recueil des attentes.',
          scores: { 'B1.C3.CR1': 2 },
        },
        {
          id: 'promettre',
          texte: 'Vous lui promettez qu’il passera en cuisine dès la semaine prochaine.',
          suivant: 'point-semaine',
          consequence: 'Le lundi suivant, rien n’a changé : la cuisine n’a pas de place. Karim se sent trompé.',
          feedback:
            'Promettre ce qui dépend d’autres personnes (équipe, place disponible, projet) abîme la confiance. Mieux vaut s’engager sur ce que l’on fait soi-même.',
          scores: { 'B1.C3.CR1': 1 },
        },
        {
          id: 'recentrer',
          texte: 'Vous lui répondez qu’il est en conditionnement et qu’il doit d’abord faire ses preuves ici.',
          suivant: 'point-semaine',
          consequence: 'Karim ne reparle plus de la cuisine.',
          feedback:
            'Écarter un souhait sans l’écouter prive l’équipe d’une information essentielle pour le projet professionnel de la personne.',
          scores: { 'B1.C3.CR1': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'point-semaine',
      titre: 'Vendredi, fin de la première semaine',
      texte: 'La première semaine se termine. Comment en faites-vous le point ?',
      choix: [
        {
          id: 'point-avec-karim',
          texte:
            'Vous prenez quinze minutes avec Karim : ce qui lui a plu, ce qui a été difficile, avec des images simples pour s’évaluer. Vous notez ensuite les faits pour l’équipe.',
          suivant: 'fin-favorable',
          consequence: 'Karim dit que les pauses l’aident et qu’il veut continuer l’emballage. Vous prévoyez un nouveau point dans quinze jours.',
          feedback:
            'Un point régulier avec la personne, préparé avec des supports adaptés, puis une trace factuelle pour l’équipe : c’est ce qui fait une période d’essai utile.',
          scores: { 'B1.C1.CR3': 2, 'B1.C3.CR1': 1 },
        },
        {
          id: 'note-seul',
          texte: 'Vous rédigez seul une note d’observation pour l’équipe, sans en parler avec Karim.',
          suivant: 'fin-acceptable',
          consequence: 'La note est précise, mais Karim ignore ce qui a été écrit sur lui.',
          feedback: 'La trace écrite est utile, mais la personne doit être associée au bilan qui la concerne.',
          scores: { 'B1.C1.CR3': 1 },
        },
        {
          id: 'attendre-fin-essai',
          texte: 'Vous attendrez la fin de la période d’essai pour faire un bilan complet.',
          suivant: 'fin-a-revoir',
          consequence: 'Pendant trois mois, personne ne sait vraiment comment Karim vit son arrivée.',
          feedback: 'Attendre trois mois, c’est laisser passer les ajustements qui rendent l’accueil réussi.',
          scores: { 'B1.C1.CR3': 0 },
        },
      ],
    },
    {
      type: 'fin',
      id: 'fin-favorable',
      titre: 'Un accueil qui donne envie de rester',
      issues: ['optimale', 'acceptable', 'a-revoir'],
      texte:
        'Karim a trouvé ses repères, ses besoins sont connus de l’équipe et son souhait de travailler en cuisine est entré dans son projet. La période d’essai sert ce à quoi elle est destinée : vérifier, avec lui, que l’accompagnement lui convient.',
    },
    {
      type: 'fin',
      id: 'fin-acceptable',
      titre: 'Un accueil correct, mais sans Karim',
      issues: ['optimale', 'acceptable', 'a-revoir'],
      texte:
        'L’équipe dispose d’observations utiles, mais Karim n’a pas été associé au bilan de sa propre semaine. Au prochain point, commencez par lui.',
    },
    {
      type: 'fin',
      id: 'fin-a-revoir',
      titre: 'Une période d’essai qui passe à côté',
      issues: ['optimale', 'acceptable', 'a-revoir'],
      texte:
        'Sans point régulier, les difficultés de Karim risquent de n’apparaître qu’à la fin de l’essai, quand il est trop tard pour ajuster. Reprenez la mise en situation en prévoyant des points courts et fréquents.',
    },
  ],
  debrief: {
    'B1.C1.CR1': {
      texte:
        'Préparer l’arrivée, c’est lire ce qui a été transmis et en parler avec l’équipe (chargé d’insertion, éducateurs) pour connaître besoins d’aménagement et souhaits.',
      lien: '/cours/introduction/esat-et-entreprises-adaptees#admission',
    },
    'B1.C1.CR2': {
      texte:
        'Présenter l’atelier, les personnes, les règles et les droits avec des supports que la personne peut comprendre (livret illustré, visite, pictogrammes).',
      lien: '/cours/introduction/esat-et-entreprises-adaptees#contrat',
    },
    'B1.C1.CR3': {
      texte:
        'Doser les premiers jours (horaires, pauses, tâches) avec la personne et faire des points courts et réguliers pendant la période d’essai de 3 mois.',
      lien: '/cours/introduction/esat-et-entreprises-adaptees#contrat',
    },
    'B1.C3.CR1': {
      texte:
        'Recueillir les souhaits avec les mots de la personne, les transmettre au bon interlocuteur et revenir vers elle avec une réponse.',
      lien: '/cours/introduction/le-metier#posture',
    },
  },
});
