import { defineCas } from '#auteur';

export default defineCas({
  id: 'amenagement-poste-maelle',
  titre: 'Maëlle demande à changer de poste',
  description:
    'Une travailleuse de la blanchisserie a mal aux épaules. Observer son activité réelle avec elle, aménager le poste, puis repenser la répartition et les rotations avec l’équipe.',
  bloc: 'B2',
  h5p: true,
  contexte:
    'Vous êtes moniteur ou monitrice de l’atelier blanchisserie d’un ESAT. L’équipe de douze personnes traite le linge de deux établissements d’hébergement, A et B, et d’un restaurant. La tournée de livraison part chaque jour à 15 h. Lundi, 8 h 15, Maëlle, 41 ans, au poste de pliage depuis six ans, vient vous parler.',
  personnages: [
    { nom: 'Maëlle', role: 'travailleuse au pliage depuis six ans' },
    { nom: 'Gérard', role: 'chef d’atelier' },
    { nom: 'Aurore', role: 'ergothérapeute de l’établissement' },
    { nom: 'Kevin', role: 'travailleur, voudrait apprendre le pliage' },
    { nom: 'Djamila', role: 'travailleuse à la calandre, tient à ses repères' },
  ],
  criteres: ['B2.C3.CR1', 'B2.C3.CR2', 'B2.C3.CR3'],
  debut: 'demande',
  noeuds: [
    {
      type: 'situation',
      id: 'demande',
      titre: 'Lundi, 8 h 15',
      texte: 'Maëlle vous dit : « J’ai mal aux épaules le soir. Je voudrais changer de poste. » Que faites-vous ?',
      choix: [
        {
          id: 'ecouter-observer',
          texte:
            'Vous lui demandez ce qui fait mal et à quel moment, puis vous proposez d’observer son poste ensemble cette semaine. Vous lui demandez si elle accepte qu’Aurore vienne aussi.',
          suivant: 'observation',
          consequence:
            'Maëlle explique que la douleur arrive en fin de matinée, surtout avec les grands draps. Elle accepte l’observation et la venue d’Aurore.',
          feedback:
            'Écouter, puis proposer d’observer l’activité réelle avec la personne et avec son accord : c’est le point de départ de tout aménagement.',
          scores: { 'B2.C3.CR1': 2 },
        },
        {
          id: 'changer-tout-de-suite',
          texte: 'Vous la placez dès ce matin à la calandre, puisqu’elle demande à changer.',
          suivant: 'changement-immediat',
          consequence: 'Maëlle vous remercie. Djamila, qui était à la calandre, est envoyée au pliage sans explication.',
          feedback:
            'Sa demande compte, mais changer de poste sans savoir ce qui fait mal laisse le problème au pliage et peut en créer un ailleurs.',
          scores: { 'B2.C3.CR1': 0 },
        },
        {
          id: 'voir-medecin',
          texte: 'Vous lui conseillez d’en parler à son médecin et de continuer en attendant.',
          suivant: 'attente',
          consequence: 'Maëlle retourne au pliage. Elle ne vous en reparle pas.',
          feedback:
            'Un avis médical peut être utile, mais le poste reste à examiner : c’est votre rôle d’analyser le travail, pas seulement la santé de la personne.',
          scores: { 'B2.C3.CR1': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'changement-immediat',
      titre: 'Mercredi, 11 h',
      texte:
        'À la calandre, Maëlle se plaint maintenant de la chaleur et de devoir tendre les bras pour engager le linge. Djamila, au pliage, est tendue et fait des erreurs de tri entre A et B.',
      choix: [
        {
          id: 'revenir-analyse',
          texte: 'Vous reconnaissez que vous êtes allé trop vite et proposez à Maëlle d’analyser ensemble ce qui fait mal au pliage.',
          suivant: 'observation',
          consequence: 'Djamila retrouve la calandre. Maëlle accepte de revenir au pliage quelques jours pour l’observation.',
          feedback: 'Revenir à l’analyse de l’activité réelle corrige l’erreur, et Djamila retrouve ses repères.',
          scores: { 'B2.C3.CR1': 1 },
        },
        {
          id: 's-habituer',
          texte: 'Vous répondez à chacune qu’il faut quelques semaines pour s’habituer à un nouveau poste.',
          suivant: 'fin-a-revoir',
          consequence:
            'Trois semaines plus tard, Maëlle a toujours mal, Djamila a demandé à changer d’atelier, et le pliage accumule les erreurs.',
          feedback:
            'Demander aux personnes de s’habituer, c’est adapter la personne au poste, l’inverse du principe d’ergonomie.',
          scores: { 'B2.C3.CR1': 0, 'B2.C3.CR3': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'attente',
      titre: 'Deux semaines plus tard',
      texte:
        'Maëlle travaille plus lentement l’après-midi et a été absente un jour. Gérard vous demande : « Le pliage prend du retard, qu’est-ce qui se passe ? »',
      choix: [
        {
          id: 'reprendre',
          texte: 'Vous retournez voir Maëlle, vous vous excusez de ne pas avoir agi, et vous proposez d’observer son poste avec elle.',
          suivant: 'observation',
          consequence: 'Maëlle est soulagée que quelqu’un s’intéresse enfin à son poste. Elle accepte.',
          feedback: 'Il n’est pas trop tard pour analyser l’activité réelle ; deux semaines de douleur auraient pu être évitées.',
          scores: { 'B2.C3.CR1': 1 },
        },
        {
          id: 'reorienter',
          texte: 'Vous répondez que Maëlle n’est plus faite pour le pliage et proposez de l’orienter vers un autre atelier.',
          suivant: 'fin-a-revoir',
          consequence: 'Maëlle quitte un poste qu’elle maîtrisait depuis six ans. Le poste de pliage, lui, n’a pas changé.',
          feedback:
            'Déplacer la personne au lieu d’adapter le poste : le problème reste pour la personne suivante, et Maëlle perd un savoir-faire.',
          scores: { 'B2.C3.CR1': 0, 'B2.C3.CR3': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'observation',
      titre: 'Mardi, 9 h et 11 h 30',
      texte:
        'Vous observez avec Maëlle. Le fond du chariot de linge est presque au sol : elle se penche pour chaque drap. La table est haute pour elle et elle plie les grands draps seule, bras au-dessus des épaules. Quand un collègue passe, elle lui demande de tenir l’autre bout. Que faites-vous de ces observations ?',
      choix: [
        {
          id: 'partager',
          texte: 'Vous relisez la grille avec Maëlle, lui demandez ce qui est le plus dur pour elle, puis vous en parlez ensemble avec Aurore.',
          suivant: 'pistes',
          consequence:
            'Maëlle désigne les grands draps en priorité. Aurore confirme et ajoute que son astuce, plier à deux, est une vraie piste.',
          feedback:
            'La grille décrit des faits ; la personne dit ce qui compte pour elle ; l’ergothérapeute apporte son regard. Les pistes naissent de ce croisement.',
          scores: { 'B2.C3.CR1': 2 },
        },
        {
          id: 'decider-seul',
          texte: 'Vous concluez que la table est en cause et demandez à Gérard d’en commander une neuve.',
          suivant: 'pistes-seul',
          consequence: 'Gérard valide l’achat. La table arrivera dans trois semaines.',
          feedback:
            'Vous avez observé, c’est bien, mais vous décidez seul et ne retenez qu’une des difficultés relevées.',
          scores: { 'B2.C3.CR1': 1, 'B2.C3.CR2': 1 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'pistes-seul',
      titre: 'Trois semaines plus tard',
      texte:
        'La nouvelle table est installée, un peu plus basse. Mais le chariot est toujours aussi bas et Maëlle plie toujours les grands draps seule. Elle vous dit : « C’est un peu mieux, mais j’ai encore mal. »',
      choix: [
        {
          id: 'reprendre-pistes',
          texte: 'Vous reprenez la grille avec Maëlle et Aurore pour traiter les autres difficultés.',
          suivant: 'pistes',
          consequence: 'Ensemble, vous revenez sur le chariot et les grands draps.',
          feedback: 'Un aménagement se vérifie avec la personne. Quand il ne suffit pas, on reprend l’analyse.',
          scores: { 'B2.C3.CR1': 1 },
        },
        {
          id: 'clore',
          texte: 'Vous considérez que le problème est réglé : la table est neuve.',
          suivant: 'fin-a-revoir',
          consequence: 'Maëlle ne se plaint plus, mais elle s’arrête de plus en plus souvent en fin de matinée.',
          feedback:
            'Un achat sans analyse complète ni vérification avec la personne ne règle pas la vraie difficulté.',
          scores: { 'B2.C3.CR2': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'pistes',
      titre: 'Mercredi, 14 h',
      texte: 'Avec Maëlle et Aurore, vous choisissez ce que vous allez essayer au poste de pliage.',
      choix: [
        {
          id: 'essayer-ensemble',
          texte:
            'Vous remontez le fond du chariot, réglez la table à la hauteur que Maëlle trouve la meilleure et organisez le pliage des grands draps à deux. Essai d’une semaine, avec un point chaque soir.',
          suivant: 'rotation',
          consequence:
            'Au bout de quatre jours, Maëlle n’a plus mal le soir. Elle demande seulement à ne pas plier toute la journée.',
          feedback:
            'Hauteur, disposition et organisation du geste, essayées avec la personne puis vérifiées : c’est adapter le travail à la personne.',
          scores: { 'B2.C3.CR2': 2 },
        },
        {
          id: 'plieuse',
          texte: 'Vous proposez à Gérard l’achat d’une plieuse automatique pour supprimer le pliage manuel.',
          suivant: 'rotation',
          consequence:
            'Gérard met le projet à l’étude : devis, financement, plusieurs mois. En attendant, rien ne change au poste de Maëlle.',
          feedback:
            'Un investissement peut se discuter, mais il ne répond pas à la douleur d’aujourd’hui et pourrait vider le poste de son contenu.',
          scores: { 'B2.C3.CR2': 1 },
        },
        {
          id: 'maintien-epaule',
          texte: 'Vous proposez à Maëlle une attelle de maintien pour les épaules, sans changer le poste.',
          suivant: 'rotation',
          consequence: 'Maëlle la porte deux jours, puis la retire : elle a chaud et se sent gênée dans ses gestes.',
          feedback:
            'Une protection individuelle ne remplace pas l’aménagement du poste : la prévention donne la priorité aux mesures collectives et à l’adaptation du travail.',
          scores: { 'B2.C3.CR2': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'rotation',
      titre: 'La semaine suivante',
      texte:
        'Maëlle voudrait alterner avec d’autres tâches. Gérard propose une rotation de tout l’atelier toutes les deux heures entre tri, calandre et pliage. Kevin aimerait apprendre le pliage. Djamila dit qu’elle préfère rester à la calandre, où elle se sent en sécurité.',
      choix: [
        {
          id: 'construire-ensemble',
          texte:
            'Vous construisez la rotation en réunion d’atelier : ceux qui le veulent tournent ; Djamila reste à la calandre avec une alternance légère qu’elle choisit ; Maëlle accepte de former Kevin au pliage.',
          suivant: 'consigne',
          consequence:
            'Le plan est affiché avec les photos de chacun. Djamila choisit d’aider au tri une heure par jour. Maëlle est fière de montrer son métier.',
          feedback:
            'Répartir selon les capacités, les souhaits et les objectifs d’apprentissage, avec l’équipe : la rotation sert à la fois la santé, l’apprentissage et les personnes.',
          scores: { 'B2.C3.CR3': 2 },
        },
        {
          id: 'imposer',
          texte: 'Vous appliquez la proposition de Gérard à tout le monde, sans exception.',
          suivant: 'consigne',
          consequence:
            'Djamila est très inquiète à chaque changement de poste et fait des erreurs au tri. Kevin, lui, est ravi.',
          feedback:
            'Une rotation identique pour tous ignore les souhaits et les besoins de repères. Elle se construit avec les personnes.',
          scores: { 'B2.C3.CR3': 0 },
        },
        {
          id: 'juste-maelle',
          texte: 'Vous faites seulement passer Maëlle au tri l’après-midi, sans toucher au reste.',
          suivant: 'consigne',
          consequence: 'Maëlle est contente. Pour la remplacer l’après-midi, Kevin passe au pliage, sans préparation particulière.',
          feedback:
            'La demande de Maëlle est entendue, mais la répartition n’a pas été pensée avec l’équipe : ni l’apprentissage de Kevin, ni l’alternance des autres.',
          scores: { 'B2.C3.CR3': 1 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'consigne',
      titre: 'Deux semaines plus tard',
      texte:
        'Kevin apprend le pliage. Il confond les formats des établissements A et B, qui ne plient pas leurs draps de la même façon. Comment l’aidez-vous ?',
      choix: [
        {
          id: 'aide-visuelle',
          texte:
            'Avec Kevin et Maëlle, vous affichez au poste une photo de chaque format, posez un drap plié de référence pour A et pour B, et marquez les chariots d’une lettre et d’une couleur.',
          suivant: 'suivi',
          consequence: 'En trois jours, Kevin ne confond plus les formats. Les autres aussi utilisent les repères.',
          feedback:
            'Aides visuelles, échantillon de référence, repère qui ne repose pas sur la seule couleur, construits avec les personnes : le poste devient plus facile pour tous.',
          scores: { 'B2.C3.CR2': 2 },
        },
        {
          id: 'consigne-ecrite',
          texte: 'Vous rédigez une consigne écrite détaillée d’une page, que vous punaisez au-dessus de la table.',
          suivant: 'suivi',
          consequence: 'Kevin la lit avec difficulté et continue à demander à Maëlle.',
          feedback:
            'Une consigne longue et seulement écrite n’est pas accessible à tous. Les images et les modèles sont plus efficaces au poste.',
          scores: { 'B2.C3.CR2': 0 },
        },
        {
          id: 'un-seul-format',
          texte: 'Vous limitez Kevin au seul format A pour l’instant.',
          suivant: 'suivi',
          consequence: 'Kevin ne se trompe plus, mais il dépend des autres dès que le linge de B arrive.',
          feedback:
            'Simplifier la tâche aide au début, mais sans aide visuelle, l’apprentissage du second format est seulement reporté.',
          scores: { 'B2.C3.CR2': 1, 'B2.C3.CR3': 1 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'suivi',
      titre: 'Un mois plus tard',
      texte: 'Les aménagements sont en place depuis un mois. Comment faites-vous le point ?',
      choix: [
        {
          id: 'point-avec-maelle',
          texte:
            'Vous faites le point avec Maëlle puis avec Kevin : douleur, fatigue, satisfaction. Vous mettez à jour la fiche de poste et, avec l’accord de Maëlle, transmettez à l’équipe pluriprofessionnelle ce qui a été fait ; nouvelle observation prévue dans trois mois.',
          suivant: 'fin-optimale',
          consequence:
            'Maëlle dit ce qui va mieux et ce qui reste difficile ; vous notez les prochains ajustements. Elle aimerait devenir tutrice au pliage, ce qui entrera dans son projet personnalisé. La fiche de poste décrit désormais les réglages retenus.',
          feedback:
            'Vérifier avec les personnes, inscrire l’aménagement dans la fiche de poste et le transmettre : il survivra aux changements d’équipe.',
          scores: { 'B2.C3.CR1': 1 },
        },
        {
          id: 'classer',
          texte: 'Personne ne se plaint : vous considérez le dossier comme clos.',
          suivant: 'fin-acceptable',
          consequence: 'Tout va bien pour l’instant. Mais rien n’est écrit, et le prochain remplaçant ne saura rien des réglages.',
          feedback:
            'L’absence de plainte n’est pas une vérification. Sans trace ni point avec la personne, l’aménagement est fragile.',
          scores: { 'B2.C3.CR1': 0 },
        },
      ],
    },
    {
      type: 'fin',
      id: 'fin-optimale',
      titre: 'Un poste adapté, une équipe qui apprend',
      issues: ['optimale', 'acceptable', 'a-revoir'],
      texte:
        'Les aménagements sont suivis avec les personnes et inscrits dans la fiche de poste : ils dureront. Quand l’activité réelle est analysée avec Maëlle, le poste aménagé par essais et la répartition construite avec l’équipe, Maëlle n’a plus mal et transmet son métier, Kevin apprend et Djamila garde ses repères. Relisez le débriefing pour voir ce qui, sur votre chemin, pouvait être fait autrement.',
    },
    {
      type: 'fin',
      id: 'fin-acceptable',
      titre: 'Un poste amélioré, mais fragile',
      issues: ['optimale', 'acceptable', 'a-revoir'],
      texte:
        'Les aménagements ont aidé, mais ils ne sont ni vérifiés avec les personnes ni écrits. Au prochain changement, ils risquent de disparaître. Faites toujours un point avec la personne et inscrivez ce qui a été décidé dans la fiche de poste.',
    },
    {
      type: 'fin',
      id: 'fin-a-revoir',
      titre: 'La personne a été adaptée au poste',
      issues: ['a-revoir'],
      texte:
        'Le poste de pliage n’a pas vraiment changé : c’est aux personnes qu’on a demandé de s’adapter, de s’habituer ou de partir. Reprenez la mise en situation en commençant par observer l’activité réelle avec Maëlle.',
    },
  ],
  debrief: {
    'B2.C3.CR1': {
      texte:
        'Avant d’adapter, observer l’activité réelle avec la personne et avec son accord : gestes, postures, moments, astuces. Croiser la grille d’observation, sa parole et le regard de l’équipe pluriprofessionnelle.',
      lien: '/cours/bloc-2/adapter-postes#activite-reelle',
    },
    'B2.C3.CR2': {
      texte:
        'Aménager le poste pour adapter le travail à la personne : hauteur, disposition, organisation du geste, aides visuelles et modèles de référence ; essayer puis vérifier avec elle.',
      lien: '/cours/bloc-2/adapter-postes#amenager',
    },
    'B2.C3.CR3': {
      texte:
        'Répartir les tâches et construire les rotations avec l’équipe, en croisant capacités, souhaits et objectifs d’apprentissage, et en respectant ceux qui ont besoin de stabilité.',
      lien: '/cours/bloc-2/adapter-postes#repartir',
    },
  },
});
