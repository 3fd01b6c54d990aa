import { defineCas } from '#auteur';

// Ce qui, sur le chemin de l’apprenant, a adapté la personne au poste plutôt que l’inverse : les fins le racontent.
const ECARTS_DU_CHEMIN = [
  { si: ['deplacee-vite'], texte: 'Le déplacement du premier jour, sans analyse, a coûté à Maëlle et à Djamila deux journées difficiles.' },
  { si: ['attente'], texte: 'Deux semaines d’attente au départ ont prolongé la douleur de Maëlle.' },
  { si: ['photos-sans-accord'], texte: 'Les photos envoyées sans l’accord de Maëlle auraient pu lui coûter sa confiance : son image lui appartient.' },
  { si: ['table-seule'], texte: 'La table achetée sans décider avec Maëlle n’a réglé qu’une partie du problème, trois semaines plus tard.' },
  { si: ['poste-inchange'], texte: 'La première piste retenue n’a rien changé au poste : il a fallu dix jours de douleur de plus pour revenir à l’aménagement.' },
  { si: ['rotation-imposee'], texte: 'La rotation imposée à tous reste à reprendre avec l’équipe : Djamila perd ses repères à chaque changement.' },
  { si: ['kevin-seul'], texte: 'Kevin a commencé le pliage sans préparation : la répartition reste à construire avec l’équipe.' },
  { si: ['consigne-ecrite'], texte: 'La consigne écrite n’a pas aidé Kevin : des repères visuels et un modèle de référence l’auraient rendu autonome.' },
  { si: ['format-unique'], texte: 'Kevin ne plie encore que le format A : l’apprentissage du second est seulement reporté.' },
] as const;

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
  drapeaux: {
    'deplacee-vite': 'Maëlle a été installée à la calandre le jour même, et Djamila envoyée au pliage, sans analyse.',
    'attente': 'Maëlle est restée deux semaines au pliage sans que le poste soit examiné.',
    'table-seule': 'Une table neuve a été commandée sans décider avec Maëlle ni traiter les autres difficultés.',
    'photos-sans-accord': 'Des photos de Maëlle au poste ont été envoyées à l’ergothérapeute sans son accord.',
    'dossier-clos': 'Le dossier a été clos après l’achat de la table, alors que Maëlle avait encore mal.',
    'poste-inchange': 'La première piste retenue n’a rien changé au poste (plieuse à l’étude, attelle).',
    'poste-amenage': 'Le poste de pliage a été aménagé et essayé avec Maëlle : chariot remonté, table à sa hauteur, grands draps pliés à deux.',
    'rotation-concertee': 'La rotation a été construite en réunion d’atelier, avec les souhaits de chacun.',
    'rotation-imposee': 'La rotation de Gérard a été appliquée à tous, sans exception.',
    'kevin-seul': 'Kevin remplace Maëlle l’après-midi sans préparation.',
    'consigne-ecrite': 'Kevin a reçu une consigne écrite d’une page plutôt que des repères visuels.',
    'format-unique': 'Kevin a été limité au seul format A, sans aide pour apprendre le second.',
  },
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
          texte: 'Vous lui demandez ce qui fait mal, à quel moment et depuis quand, puis vous proposez d’observer son poste ensemble cette semaine, avec Aurore, l’ergothérapeute, si elle l’accepte.',
          suivant: 'observation',
          consequence:
            'Maëlle explique que la douleur arrive en fin de matinée, surtout avec les grands draps. Elle accepte l’observation et la venue d’Aurore.',
          feedback:
            'Écouter, puis proposer d’observer l’activité réelle avec la personne et avec son accord : c’est le point de départ de tout aménagement. Si la douleur dure, elle peut aussi demander à voir le médecin du travail : la médecine du travail s’applique en ESAT (C. trav., art. L4111-3).',
          scores: { 'B2.C3.CR1': 2 },
        },
        {
          id: 'changer-tout-de-suite',
          piege: true,
          texte:
            'C’est sa demande et elle a mal : vous l’installez dès ce matin à la calandre, qu’elle a déjà tenue, et demandez à Djamila de la remplacer au pliage.',
          suivant: 'changement-immediat',
          pose: ['deplacee-vite'],
          consequence: 'Maëlle vous remercie. Djamila, qui tient à la calandre, part au pliage sans bien comprendre pourquoi.',
          feedback:
            'Entendre la demande est juste, mais changer de poste sans savoir ce qui fait mal laisse le problème au pliage, peut en créer un ailleurs, et déplace Djamila sans lui demander son avis.',
          scores: { 'B2.C3.CR1': 0 },
        },
        {
          id: 'voir-medecin',
          texte: 'Vous lui conseillez de consulter son médecin pour ses épaules et de rester au pliage en attendant son avis, pour ne rien décider à la légère.',
          suivant: 'attente',
          pose: ['attente'],
          consequence: 'Maëlle retourne au pliage. Le rendez-vous est dans trois semaines ; elle ne vous en reparle pas.',
          feedback:
            'Un avis médical peut être utile, et la médecine du travail s’applique aussi en ESAT (C. trav., art. L4111-3) ; mais il ne remplace pas l’examen du poste : analyser le travail, c’est votre rôle, et la douleur continue pendant ce temps.',
          scores: { 'B2.C3.CR1': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'changement-immediat',
      titre: 'Mercredi, 11 h',
      suppose: ['deplacee-vite'],
      texte:
        'À la calandre, Maëlle se plaint maintenant de la chaleur et de devoir tendre les bras pour engager le linge. Djamila, au pliage, est tendue et fait des erreurs de tri entre A et B.',
      choix: [
        {
          id: 'revenir-analyse',
          texte: 'Vous reconnaissez devant elles deux que la décision était trop rapide, rendez la calandre à Djamila et proposez à Maëlle d’observer ensemble le pliage.',
          suivant: 'observation',
          consequence: 'Djamila retrouve la calandre. Maëlle accepte de revenir au pliage quelques jours pour l’observation, et que l’ergothérapeute vienne aussi.',
          feedback: 'Revenir à l’analyse de l’activité réelle corrige l’erreur, et Djamila retrouve ses repères.',
          scores: { 'B2.C3.CR1': 1 },
        },
        {
          id: 's-habituer',
          texte: 'Vous rassurez chacune : tout nouveau poste demande quelques semaines d’habitude, les gestes viendront avec la pratique, et vous ferez le point avec elles à la fin du mois.',
          suivant: 'fin-a-revoir',
          consequence:
            'Trois semaines plus tard, Maëlle a toujours mal, Djamila a demandé à changer d’atelier, et le pliage accumule les erreurs.',
          feedback:
            'Demander aux personnes de s’habituer, c’est adapter la personne au poste, l’inverse du principe d’ergonomie (C. trav., art. L4121-2 : adapter le travail à l’homme).',
          scores: { 'B2.C3.CR1': 0, 'B2.C3.CR3': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'attente',
      titre: 'Deux semaines plus tard',
      suppose: ['attente'],
      texte:
        'Maëlle travaille plus lentement l’après-midi et a été absente un jour. Gérard vous demande : « Le pliage prend du retard, qu’est-ce qui se passe ? »',
      choix: [
        {
          id: 'reprendre',
          texte: 'Vous expliquez à Gérard ce qui se passe, puis retournez voir Maëlle : vous reconnaissez avoir laissé traîner et proposez d’observer son poste avec elle et avec Aurore.',
          suivant: 'observation',
          consequence: 'Maëlle est soulagée que quelqu’un s’intéresse enfin à son poste. Elle accepte, et la venue d’Aurore aussi.',
          feedback: 'Il n’est pas trop tard pour analyser l’activité réelle ; deux semaines de douleur auraient pu être évitées.',
          scores: { 'B2.C3.CR1': 1 },
        },
        {
          id: 'reorienter',
          texte: 'Vous proposez à Gérard d’orienter Maëlle vers l’atelier conditionnement, moins physique, puisque le pliage lui fait mal depuis des semaines.',
          suivant: 'fin-a-revoir',
          consequence: 'Maëlle quitte un poste qu’elle maîtrisait depuis six ans. Le poste de pliage, lui, n’a pas changé.',
          feedback:
            'Déplacer la personne au lieu d’adapter le poste : le problème reste pour la personne suivante, et Maëlle perd un savoir-faire sans avoir été consultée.',
          scores: { 'B2.C3.CR1': 0, 'B2.C3.CR3': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'observation',
      titre: 'Au poste de pliage, 9 h et 11 h 30',
      texte:
        'Vous observez avec Maëlle. Le fond du chariot de linge est presque au sol : elle se penche pour chaque drap. La table est haute pour elle et elle plie les grands draps seule, bras au-dessus des épaules. Quand un collègue passe, elle lui demande de tenir l’autre bout. Que faites-vous de ces observations ?',
      choix: [
        {
          id: 'partager',
          texte: 'Vous relisez la grille avec Maëlle, lui demandez ce qui est le plus dur pour elle et ce qu’elle a déjà essayé, puis vous en parlez avec Aurore.',
          suivant: 'pistes',
          consequence:
            'Maëlle désigne les grands draps en priorité. Aurore confirme et ajoute que son astuce, plier à deux, est une vraie piste.',
          feedback:
            'La grille décrit des faits ; la personne dit ce qui compte pour elle ; l’ergothérapeute apporte son regard. Les pistes naissent de ce croisement.',
          scores: { 'B2.C3.CR1': 2 },
        },
        {
          id: 'decider-seul',
          texte: 'La table, trop haute, vous paraît la cause principale : vous demandez à Gérard d’en commander une réglable en hauteur, sans attendre.',
          suivant: 'pistes-seul',
          pose: ['table-seule'],
          consequence: 'Gérard valide l’achat. La table arrivera dans trois semaines.',
          feedback:
            'Vous avez observé, c’est bien, mais vous décidez sans Maëlle et ne retenez qu’une des difficultés relevées, sans demander à Maëlle ce qui compte le plus pour elle.',
          scores: { 'B2.C3.CR1': 0 },
        },
        {
          id: 'photos-aurore',
          texte:
            'Pour avoir un avis expert au plus vite, vous photographiez Maëlle au poste et envoyez les photos à Aurore, en lui demandant ce qu’elle conseille.',
          suivant: 'pistes',
          pose: ['photos-sans-accord'],
          consequence:
            'Aurore répond qu’elle ne regardera pas des photos prises sans l’accord de Maëlle. Le lendemain, vous reprenez la grille avec Maëlle, qui accepte cette fois qu’Aurore vienne.',
          feedback:
            'L’image d’une personne ne se prend et ne se transmet qu’avec son accord (C. civ., art. 9), et l’analyse se fait avec Maëlle, pas sur elle.',
          scores: { 'B2.C3.CR1': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'pistes-seul',
      titre: 'Trois semaines plus tard',
      suppose: ['table-seule'],
      texte:
        'La nouvelle table est installée, un peu plus basse. Mais le chariot est toujours aussi bas et Maëlle plie toujours les grands draps seule. Elle vous dit : « C’est un peu mieux, mais j’ai encore mal. »',
      choix: [
        {
          id: 'reprendre-pistes',
          texte: 'Vous reprenez la grille avec Maëlle, lui demandez ce qui reste le plus dur, et lui proposez d’y associer Aurore pour traiter les autres difficultés.',
          suivant: 'pistes',
          consequence: 'Maëlle accepte. Avec Aurore, vous revenez sur le chariot et les grands draps.',
          feedback: 'Un aménagement se vérifie avec la personne. Quand il ne suffit pas, on reprend l’analyse, avec elle.',
          scores: { 'B2.C3.CR1': 1 },
        },
        {
          id: 'clore',
          texte: 'Maëlle dit elle-même que c’est mieux : vous notez que la table neuve a amélioré les choses, et convenez avec Gérard d’en reparler si elle se plaint de nouveau.',
          suivant: 'fin-a-revoir',
          pose: ['dossier-clos'],
          consequence: 'Maëlle ne se plaint plus, mais elle s’arrête de plus en plus souvent en fin de matinée.',
          feedback:
            'Un achat sans analyse complète ni vérification avec la personne ne règle pas la vraie difficulté, et elle vient de vous dire qu’elle a encore mal.',
          scores: { 'B2.C3.CR2': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'pistes',
      titre: 'Mercredi, 14 h',
      texte: 'Avec Maëlle et Aurore, vous choisissez ce que vous allez essayer au poste de pliage.',
      variantes: [{ si: ['table-seule'], texte: 'La table réglable commandée sans Maëlle est déjà en place ; le chariot et les grands draps restent à traiter.' }],
      choix: [
        {
          id: 'essayer-ensemble',
          texte: 'Vous remontez le fond du chariot, réglez la table à la hauteur que Maëlle préfère et organisez les grands draps à deux : essai d’une semaine, point chaque soir.',
          suivant: 'rotation',
          pose: ['poste-amenage'],
          consequence:
            'Au bout de quatre jours, Maëlle n’a plus mal le soir. Elle demande seulement à ne pas plier toute la journée.',
          feedback:
            'Hauteur, disposition et organisation du geste, essayées avec la personne puis vérifiées : c’est adapter le travail à la personne.',
          scores: { 'B2.C3.CR2': 2 },
        },
        {
          id: 'plieuse',
          texte: 'Vous proposez à Gérard l’achat d’une plieuse automatique pour les grands draps : c’est le geste qui fait mal, autant le supprimer pour tout le monde.',
          suivant: 'douleur-persiste',
          pose: ['poste-inchange'],
          consequence:
            'Gérard met le projet à l’étude : devis, financement, plusieurs mois. En attendant, rien ne change au poste de Maëlle.',
          feedback:
            'Un investissement peut se discuter, mais il ne répond pas à la douleur d’aujourd’hui et pourrait vider le poste de son contenu.',
          scores: { 'B2.C3.CR2': 0 },
        },
        {
          id: 'maintien-epaule',
          piege: true,
          texte:
            'Vous proposez à Maëlle, si elle le souhaite, une attelle de maintien des épaules le temps de chercher mieux : elle soulage tout de suite, sans rien changer aux habitudes de l’équipe.',
          suivant: 'douleur-persiste',
          pose: ['poste-inchange'],
          consequence: 'Maëlle l’accepte pour vous faire plaisir, la porte deux jours, puis la retire : elle a chaud et se sent gênée dans ses gestes.',
          feedback:
            'Une protection individuelle ne remplace pas l’aménagement du poste : la prévention donne la priorité à l’adaptation du travail et aux mesures collectives (C. trav., art. L4121-2).',
          scores: { 'B2.C3.CR2': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'douleur-persiste',
      titre: 'Dix jours plus tard',
      suppose: ['poste-inchange'],
      texte: 'Maëlle a toujours mal le soir. Le chariot est aussi bas qu’avant et elle plie encore les grands draps seule. Gérard vous demande où en est son poste.',
      choix: [
        {
          id: 'amenager-enfin',
          texte: 'Vous reprenez avec Maëlle et Aurore les gestes du poste : chariot remonté, table à sa hauteur, grands draps à deux, essai d’une semaine.',
          suivant: 'rotation',
          pose: ['poste-amenage'],
          consequence: 'Au bout d’une semaine, Maëlle n’a plus mal le soir. Elle demande à ne pas plier toute la journée.',
          feedback: 'Vous revenez à l’aménagement du poste lui-même, essayé avec la personne : mieux vaut tard que jamais.',
          scores: { 'B2.C3.CR2': 1 },
        },
        {
          id: 'patienter',
          texte: 'Vous notez la douleur dans son dossier et proposez d’en reparler à la révision de son projet personnalisé, le mois prochain, avec l’équipe.',
          suivant: 'fin-a-revoir',
          consequence: 'Maëlle est absente deux jours la semaine suivante. Le poste de pliage n’a toujours pas changé.',
          feedback:
            'La douleur est là maintenant, et le poste peut changer maintenant : l’attendre au projet personnalisé, c’est laisser la personne s’adapter au poste.',
          scores: { 'B2.C3.CR2': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'rotation',
      titre: 'La semaine suivante',
      suppose: ['poste-amenage'],
      texte:
        'Maëlle voudrait alterner avec d’autres tâches. Gérard propose une rotation de tout l’atelier toutes les deux heures entre tri, calandre et pliage. Kevin aimerait apprendre le pliage. Djamila dit qu’elle préfère rester à la calandre, où elle se sent en sécurité.',
      choix: [
        {
          id: 'construire-ensemble',
          texte:
            'Vous construisez la rotation en réunion d’atelier : tourne qui le veut, Djamila garde la calandre avec une alternance qu’elle choisit, Maëlle forme Kevin.',
          suivant: 'consigne',
          pose: ['rotation-concertee'],
          consequence:
            'Le plan est affiché avec les prénoms et un pictogramme par poste. Djamila choisit d’aider au tri une heure par jour. Maëlle est fière de montrer son métier.',
          feedback:
            'Répartir selon les capacités, les souhaits et les objectifs d’apprentissage, avec l’équipe : la rotation sert à la fois la santé, l’apprentissage et les personnes.',
          scores: { 'B2.C3.CR3': 2 },
        },
        {
          id: 'imposer',
          texte:
            'Vous appliquez la proposition de Gérard à tout le monde, sans exception : une règle égale pour tous évite les jalousies, et l’alternance protège les épaules de chacun.',
          suivant: 'consigne',
          pose: ['rotation-imposee'],
          consequence:
            'Djamila est très inquiète à chaque changement de poste et fait des erreurs au tri. Kevin, lui, est ravi.',
          feedback:
            'L’alternance est une bonne idée, mais une rotation identique pour tous ignore les souhaits et les besoins de repères. Elle se construit avec les personnes.',
          scores: { 'B2.C3.CR3': 0 },
        },
        {
          id: 'juste-maelle',
          texte: 'Vous répondez d’abord à Maëlle : elle passe au tri l’après-midi, et le reste de l’atelier garde ses habitudes.',
          suivant: 'consigne',
          pose: ['kevin-seul'],
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
          texte: 'Avec Kevin et Maëlle, vous posez au poste une photo et un drap plié de référence pour A et pour B, et marquez les chariots d’une lettre et d’une couleur.',
          suivant: 'suivi',
          consequence: 'En trois jours, Kevin ne confond plus les formats. Les autres aussi utilisent les repères.',
          feedback:
            'Aides visuelles, échantillon de référence, repère qui ne repose pas sur la seule couleur, construits avec les personnes : le poste devient plus facile pour tous.',
          scores: { 'B2.C3.CR2': 2 },
        },
        {
          id: 'consigne-ecrite',
          texte:
            'Vous rédigez pour Kevin une consigne écrite détaillée, format par format, que vous punaisez au-dessus de la table et relisez avec lui chaque matin avant la reprise.',
          suivant: 'suivi',
          pose: ['consigne-ecrite'],
          consequence: 'Kevin la lit avec difficulté, hoche la tête le matin, et continue à demander à Maëlle l’après-midi.',
          feedback:
            'Le suivi quotidien est une bonne intention, mais une consigne longue et seulement écrite n’est pas accessible à tous. Les images et les modèles sont plus efficaces au poste.',
          scores: { 'B2.C3.CR2': 0 },
        },
        {
          id: 'un-seul-format',
          texte: 'Pour qu’il prenne confiance, vous limitez Kevin au seul format A pour l’instant.',
          suivant: 'suivi',
          pose: ['format-unique'],
          consequence: 'Kevin ne se trompe plus, mais il dépend des autres dès que le linge de B arrive.',
          feedback:
            'Simplifier la tâche aide au début, mais sans aide visuelle, l’apprentissage du second format est seulement reporté.',
          scores: { 'B2.C3.CR2': 1 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'suivi',
      titre: 'Un mois plus tard',
      texte: 'Le poste de pliage est aménagé depuis un mois et Kevin plie à son tour. Comment faites-vous le point ?',
      choix: [
        {
          id: 'point-avec-maelle',
          texte:
            'Vous faites le point avec Maëlle puis avec Kevin : douleur, fatigue, satisfaction. Vous mettez à jour la fiche de poste et prévoyez une nouvelle observation dans trois mois.',
          suivant: 'fin-optimale',
          consequence:
            'Maëlle dit ce qui va mieux et ce qui reste difficile ; vous notez les prochains ajustements. Elle aimerait devenir tutrice au pliage, ce qui entrera, si elle le veut, dans son projet personnalisé.',
          feedback:
            'Vérifier avec les personnes et inscrire l’aménagement dans la fiche de poste : il survivra aux changements d’équipe.',
          scores: { 'B2.C3.CR2': 2 },
        },
        {
          id: 'classer',
          texte: 'Personne ne se plaint depuis un mois : vous considérez le dossier comme clos et passez à la préparation de l’inventaire.',
          suivant: 'fin-acceptable',
          consequence: 'Tout va bien pour l’instant. Mais rien n’est écrit, et le prochain remplaçant ne saura rien des réglages.',
          feedback:
            'L’absence de plainte n’est pas une vérification. Sans trace ni point avec la personne, l’aménagement est fragile.',
          scores: { 'B2.C3.CR2': 0 },
        },
      ],
    },
    {
      type: 'fin',
      id: 'fin-optimale',
      titre: 'Un poste adapté, suivi avec les personnes',
      issues: ['optimale', 'acceptable', 'a-revoir'],
      texte:
        'Les aménagements sont vérifiés avec Maëlle et Kevin et inscrits dans la fiche de poste : ils survivront aux changements d’équipe. Maëlle n’a plus mal le soir.',
      variantes: [
        {
          sauf: ['deplacee-vite', 'attente', 'table-seule', 'photos-sans-accord', 'poste-inchange', 'rotation-imposee', 'kevin-seul', 'consigne-ecrite', 'format-unique'],
          texte: 'L’activité réelle a été analysée avec Maëlle, le poste aménagé par essais, la rotation construite avec l’équipe : Maëlle transmet son métier, Kevin apprend et Djamila garde ses repères.',
        },
        ...ECARTS_DU_CHEMIN,
      ],
    },
    {
      type: 'fin',
      id: 'fin-acceptable',
      titre: 'Un poste amélioré, mais fragile',
      issues: ['optimale', 'acceptable', 'a-revoir'],
      texte:
        'Les aménagements ont aidé, mais ils ne sont ni vérifiés avec les personnes ni écrits. Au prochain changement, ils risquent de disparaître. Faites toujours un point avec la personne et inscrivez ce qui a été décidé dans la fiche de poste.',
      variantes: [
        { sauf: ['deplacee-vite', 'attente', 'table-seule', 'photos-sans-accord', 'poste-inchange', 'rotation-imposee', 'kevin-seul', 'consigne-ecrite', 'format-unique'], texte: 'Jusque-là, tout s’était fait avec Maëlle et avec l’équipe : il manquait la dernière marche.' },
        ...ECARTS_DU_CHEMIN,
      ],
    },
    {
      type: 'fin',
      id: 'fin-a-revoir',
      titre: 'La personne a été adaptée au poste',
      issues: ['a-revoir'],
      texte:
        'Le poste de pliage n’a pas vraiment changé : c’est aux personnes qu’on a demandé de s’adapter, de s’habituer ou de partir.',
      variantes: [
        {
          sauf: ['poste-inchange', 'dossier-clos'],
          texte: 'Reprenez la mise en situation en commençant par observer l’activité réelle avec Maëlle.',
        },
        {
          si: ['dossier-clos'],
          texte: 'La table neuve n’a traité qu’une des difficultés observées, et le dossier a été clos alors que Maëlle disait avoir encore mal. Un aménagement se vérifie avec la personne.',
        },
        {
          si: ['poste-inchange'],
          texte: 'L’activité réelle avait été observée ; il restait à aménager le poste lui-même, par essais avec Maëlle, au lieu d’attendre une machine, une attelle ou une réunion.',
        },
      ],
    },
  ],
  debrief: {
    'B2.C3.CR1': {
      texte:
        'Avant d’adapter, observer l’activité réelle avec la personne et avec son accord : gestes, postures, moments, astuces. Croiser la grille d’observation, sa parole et le regard de l’équipe pluriprofessionnelle. Les troubles musculosquelettiques sont la première cause de maladie professionnelle reconnue : une douleur signalée se traite tout de suite.',
      lien: '/cours/bloc-2/adapter-postes#activite-reelle',
    },
    'B2.C3.CR2': {
      texte:
        'Aménager le poste pour adapter le travail à la personne : hauteur, disposition, organisation du geste, aides visuelles et modèles de référence ; essayer, vérifier avec elle, puis l’écrire dans la fiche de poste.',
      lien: '/cours/bloc-2/adapter-postes#amenager',
    },
    'B2.C3.CR3': {
      texte:
        'Répartir les tâches et construire les rotations avec l’équipe, en croisant capacités, souhaits et objectifs d’apprentissage, et en respectant ceux qui ont besoin de stabilité.',
      lien: '/cours/bloc-2/adapter-postes#repartir',
    },
  },
});
