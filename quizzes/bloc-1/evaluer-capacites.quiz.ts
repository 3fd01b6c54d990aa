import {
  association,
  choixMultiples,
  choixUnique,
  defineQuiz,
  numerique,
  ordre,
  texteATrous,
  vraiFaux,
} from '#auteur';

export default defineQuiz({
  id: 'evaluer-capacites',
  titre: 'Évaluer les capacités de travail et les compétences',
  description:
    'Grille d’observation, auto-évaluation, restitution, faits datés et biais de jugement : quinze questions pour évaluer sans juger.',
  bloc: 'B1',
  h5p: true,
  questions: [
    // ---------------------------------------------------------------- B1.C6.CR1
    choixUnique({
      id: 'avant-d-observer',
      enonce:
        'Atelier de sous-traitance industrielle. L’équipe vous demande d’évaluer Malik au câblage avant sa réunion de projet personnalisé. Par quoi commencez-vous ?',
      criteres: ['B1.C6.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Vous l’observez librement pendant une semaine et notez ce qui vous frappe.',
          feedback:
            'Sans critères fixés à l’avance, vous noterez surtout ce qui attire votre attention : l’observation dépendra de votre impression.',
        },
        {
          id: 'b',
          texte: 'Vous définissez avec l’équipe les critères, leurs indicateurs de réussite et les conditions d’observation.',
          feedback:
            'Oui : une observation structurée se prépare. Chacun sait ce qui est regardé et ce que « réussi » veut dire.',
        },
        {
          id: 'c',
          texte: 'Vous comparez sa production à celle du travailleur le plus rapide de l’atelier.',
          feedback:
            'Comparer au plus rapide mesure un écart de vitesse, pas les compétences de Malik, et introduit un biais de contraste.',
        },
        {
          id: 'd',
          texte: 'Vous demandez au client s’il est satisfait des faisceaux livrés.',
          feedback:
            'Le retour du client concerne l’ensemble de la production de l’atelier : il ne dit rien de précis sur ce que Malik sait faire.',
        },
      ],
      reponse: 'b',
      explication:
        'Une observation structurée repose sur des critères définis à l’avance : la tâche découpée en étapes, un indicateur de réussite par critère, des conditions et une échelle. Deux observateurs doivent pouvoir noter de la même façon.',
      source: 'Leçon Évaluer les capacités, § Définir les critères à l’avance',
    }),
    choixMultiples({
      id: 'criteres-observables',
      enonce:
        'Vous construisez une grille pour le pliage du linge plat en blanchisserie. Quels critères sont bien formulés, c’est-à-dire observables ?',
      criteres: ['B1.C6.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Le drap plié correspond au gabarit, bord à bord.',
          feedback: 'Oui : on peut le vérifier en posant le drap sur le gabarit.',
        },
        {
          id: 'b',
          texte: 'Fait preuve d’une bonne attitude au travail.',
          feedback: 'Non : « bonne attitude » ne se voit pas de la même façon selon l’observateur. Que fait la personne, concrètement ?',
        },
        {
          id: 'c',
          texte: 'Compte les piles par 10 sans erreur.',
          feedback: 'Oui : c’est vérifiable en recomptant une pile.',
        },
        {
          id: 'd',
          texte: 'Est motivé par le travail en blanchisserie.',
          feedback: 'Non : la motivation est une interprétation. Elle ne dit ni ce qui est réussi ni quoi apprendre.',
        },
        {
          id: 'e',
          texte: 'Se lave les mains avant de manipuler le linge propre.',
          feedback: 'Oui : c’est un geste d’hygiène que l’on voit ou non.',
        },
      ],
      reponses: ['a', 'c', 'e'],
      explication:
        'Un critère d’observation décrit un geste ou un résultat qui se voit ou se mesure. Les qualités générales (« motivé », « bonne attitude ») ne sont pas des critères : elles varient selon l’observateur.',
      source: 'Leçon Évaluer les capacités, § Définir les critères à l’avance',
    }),
    texteATrous({
      id: 'grille-principes',
      enonce:
        'Vous préparez avec l’équipe une grille pour observer Malik au sertissage. Complétez les principes que vous appliquez.',
      criteres: ['B1.C6.CR1'],
      texte:
        'Les critères de la grille sont définis [[avant]] l’observation. Chaque critère a un [[indicateur]] qui dit à quoi l’on voit que c’est réussi, par exemple « tient au test de traction ». L’échelle note le niveau d’[[aide]] dont Malik a besoin (seul, avec un rappel, avec une démonstration), plutôt qu’une note sur 10.',
      trous: {
        avant: {
          acceptees: ['avant', 'à l’avance', "a l'avance", "à l'avance", 'en amont', 'préalablement', 'prealablement'],
          feedback: 'Les critères fixés avant d’observer protègent de l’impression du moment.',
        },
        indicateur: {
          acceptees: ['indicateur', 'indicateur de réussite', 'indicateur de reussite'],
          feedback: 'L’indicateur traduit le critère en quelque chose de visible ou de mesurable.',
        },
        aide: {
          acceptees: ['aide', 'accompagnement', 'soutien'],
          feedback: 'Une échelle de niveaux d’aide (seul, avec rappel, avec démonstration) dit quoi faire ensuite.',
        },
      },
      explication:
        'Une grille d’observation précise, pour chaque étape de la tâche : le critère, son indicateur de réussite, les conditions et une échelle. Les niveaux d’aide sont plus utiles qu’une note, car ils disent quel soutien apporter.',
      source: 'Leçon Évaluer les capacités, § Définir les critères à l’avance ; § Un exemple de grille',
    }),
    vraiFaux({
      id: 'une-seule-observation',
      enonce: 'Si la grille est bien construite, une seule observation de la tâche suffit pour évaluer la compétence.',
      criteres: ['B1.C6.CR1'],
      reponse: false,
      feedback: {
        vrai: 'Non : une observation unique est la photo d’un moment. La fatigue, une commande inhabituelle ou un nouvel outil peuvent la fausser.',
        faux: 'Exact : on observe la même tâche à plusieurs dates, dans des conditions comparables, en notant ce qui change.',
      },
      explication:
        'Une compétence se constate dans la durée et, si possible, dans des situations différentes. Plusieurs observations datées montrent aussi la progression.',
      source: 'Leçon Évaluer les capacités, § Observer plusieurs fois',
    }),
    association({
      id: 'echelle-niveaux-aide',
      enonce: 'Associez chaque observation au niveau de l’échelle qui lui correspond.',
      criteres: ['B1.C6.CR1'],
      gauche: [
        {
          id: 'g1',
          texte: 'Le 17 mars, Malik sertit cinq cosses ; toutes tiennent au test, sans aucune aide.',
          feedback: 'Il réalise seul, avec un résultat conforme : niveau « seul ».',
        },
        {
          id: 'g2',
          texte: 'Le 10 mars, Malik sertit correctement après avoir relu la fiche que vous lui montrez.',
          feedback: 'Un rappel (parole ou fiche) a suffi : niveau « avec rappel ».',
        },
        {
          id: 'g3',
          texte: 'Le 3 mars, Malik sertit correctement après que vous avez refait le geste devant lui.',
          feedback: 'Il a eu besoin d’une démonstration : niveau « avec démonstration ».',
        },
        {
          id: 'g4',
          texte: 'Malik n’a pas encore eu de commande demandant le contrôle final du faisceau.',
          feedback: 'Sans occasion de réaliser la tâche, on note « non observé », pas un échec.',
        },
      ],
      droite: [
        { id: 'd1', texte: 'S : réalise seul' },
        { id: 'd2', texte: 'R : réalise avec un rappel' },
        { id: 'd3', texte: 'D : réalise avec une démonstration' },
        { id: 'd4', texte: 'NO : non observé' },
        { id: 'd5', texte: 'I : incapable de réaliser' },
      ],
      paires: { g1: 'd1', g2: 'd2', g3: 'd3', g4: 'd4' },
      explication:
        'Une échelle de niveaux d’aide décrit le soutien nécessaire et montre la progression. « Non observé » évite de confondre absence d’occasion et absence de compétence ; « incapable » n’est pas un niveau utile.',
      source: 'Leçon Évaluer les capacités, § Un exemple de grille',
    }),
    // ---------------------------------------------------------------- B1.C6.CR2
    choixUnique({
      id: 'auto-evaluation-accessible',
      enonce:
        'Inès, qui ne lit pas, doit faire son auto-évaluation sur le dressage des assiettes en cuisine. Comment la rendez-vous possible ?',
      criteres: ['B1.C6.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Vous lui confiez le questionnaire écrit pour qu’un proche le remplisse avec elle à la maison.',
          feedback:
            'Le proche risque de répondre à sa place, et Inès ne peut pas vérifier ce qui est écrit : ce n’est plus son auto-évaluation.',
        },
        {
          id: 'b',
          texte: 'Vous renoncez à l’auto-évaluation : votre observation suffira pour elle.',
          feedback:
            'Renoncer prive Inès de sa place d’actrice et vous prive d’informations que vous ne voyez pas (effort, stress, fierté).',
        },
        {
          id: 'c',
          texte: 'Vous remplissez la grille avec elle en lisant chaque critère, avec les photos des assiettes et une échelle à trois visages.',
          feedback:
            'Oui : mêmes critères que votre grille, sous une forme qu’Inès peut utiliser, et votre soutien pour la lecture seulement.',
        },
        {
          id: 'd',
          texte: 'Vous remplissez sa grille vous-même, puis vous la lui faites signer.',
          feedback: 'Signer une grille qu’elle n’a ni remplie ni pu lire n’est pas une auto-évaluation.',
        },
      ],
      reponse: 'c',
      explication:
        'L’auto-évaluation reprend les critères de l’observation sous une forme accessible (photos, pictogrammes, échelle simple, lecture à voix haute). La personne peut aussi montrer ce qu’elle sait faire.',
      source: 'ANESM, RBPP projet personnalisé (2008) et ESAT (2013) ; leçon Évaluer les capacités, § L’auto-évaluation',
    }),
    choixUnique({
      id: 'ecart-auto-evaluation',
      enonce:
        'Théo s’est évalué « je sais faire seul » sur la tenue de la caisse à la boutique de l’ESAT. Vos observations datées montrent trois erreurs de rendu de monnaie en cinq jours. Que faites-vous ?',
      criteres: ['B1.C6.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Vous corrigez sa grille pour qu’elle corresponde à vos observations.',
          feedback: 'Corriger sa grille efface son regard : l’écart, qui était une information, disparaît.',
        },
        {
          id: 'b',
          texte: 'Vous gardez votre évaluation, la sienne n’étant pas fiable.',
          feedback: 'Écarter l’avis de Théo le met hors de son évaluation et ne l’aide pas à progresser.',
        },
        {
          id: 'c',
          texte: 'Vous faites la moyenne des deux évaluations pour rester neutre.',
          feedback: 'Une moyenne ne règle rien : ni Théo ni l’équipe ne savent ce qui est acquis et ce qui reste à travailler.',
        },
        {
          id: 'd',
          texte: 'Vous reprenez les faits avec lui et lui demandez comment il voit ces erreurs.',
          feedback:
            'Oui : l’écart ouvre la discussion. Théo peut expliquer, et vous pouvez décider ensemble de ce qui sera travaillé.',
        },
      ],
      reponse: 'd',
      explication:
        'Un écart entre auto-évaluation et observation n’est pas une faute : il exprime parfois un souhait ou un manque de confiance. Il se discute avec les faits datés, et l’avis de la personne figure dans ce qui est transmis.',
      source: 'Leçon Évaluer les capacités, § La restitution',
    }),
    ordre({
      id: 'etapes-restitution',
      enonce:
        'Vous avez observé Lucie au repassage pendant trois semaines, et elle a rempli sa grille d’auto-évaluation. Remettez dans l’ordre les étapes de la restitution que vous faites avec elle.',
      criteres: ['B1.C6.CR2'],
      etapes: [
        {
          id: 'e1',
          texte: 'Annoncer le but et la durée de l’échange, dans un lieu calme',
          feedback: 'Lucie sait à quoi s’attendre, ce qui réduit l’inquiétude.',
        },
        {
          id: 'e2',
          texte: 'Demander à Lucie comment elle voit son travail et son auto-évaluation',
          feedback: 'Son regard vient en premier : elle n’est pas là pour écouter un verdict.',
        },
        {
          id: 'e3',
          texte: 'Présenter vos observations datées, en commençant par les acquis',
          feedback: 'Les faits datés rendent l’échange concret ; commencer par les acquis soutient la confiance.',
        },
        {
          id: 'e4',
          texte: 'Parler des écarts entre vos deux regards',
          feedback: 'Les écarts se discutent, fait par fait, une fois les deux regards posés.',
        },
        {
          id: 'e5',
          texte: 'Décider ensemble de la prochaine étape et de ce qui sera écrit',
          feedback: 'Lucie sait ce qui sera transmis, et son avis y figure.',
        },
      ],
      explication:
        'La restitution part du regard de la personne, s’appuie sur des faits datés, traite les écarts et se termine par une décision partagée sur la suite et sur l’écrit transmis à l’équipe.',
      source: 'Leçon Évaluer les capacités, § La restitution',
    }),
    vraiFaux({
      id: 'avis-personne-transmis',
      enonce:
        'Avant de transmettre votre évaluation à l’équipe, vous en parlez avec la personne et vous notez son avis, y compris quand il diffère du vôtre.',
      criteres: ['B1.C6.CR2'],
      reponse: true,
      feedback: {
        vrai: 'Exact : la personne sait ce qui sera écrit sur elle, et son point de vue fait partie de l’évaluation.',
        faux: 'Si : associer la personne, c’est aussi lui faire connaître ce qui sera transmis et y faire figurer son avis.',
      },
      explication:
        'Les recommandations de l’ANESM (2008 et 2013) demandent une participation effective de la personne à ce qui la concerne. Une évaluation transmise sans elle la réduit au rang d’objet d’observation.',
      source: 'ANESM, RBPP « Les attentes de la personne et le projet personnalisé » (2008)',
    }),
    // ---------------------------------------------------------------- B1.C6.CR3
    choixMultiples({
      id: 'faits-dates',
      enonce:
        'Avant une réunion de projet, vous relisez les notes d’observation écrites ce mois-ci par l’équipe. Lesquelles peuvent servir de preuves dans une évaluation ?',
      criteres: ['B1.C6.CR3'],
      options: [
        {
          id: 'a',
          texte: '12 mars, plonge : 6 chariots de vaisselle lavés et rangés seul entre 13 h 30 et 15 h.',
          feedback: 'Oui : date, tâche, conditions, aide et résultat sont précisés.',
        },
        {
          id: 'b',
          texte: 'Depuis début mars, plonge : reste lent en général et s’organise mal quand le service presse.',
          feedback: 'Non : lent par rapport à quoi, quel jour, sur quelle tâche ? Rien n’est daté précisément ni vérifiable.',
        },
        {
          id: 'c',
          texte: '14 mars, montage : a demandé deux fois de l’aide pour régler la visseuse, puis l’a réglée seul.',
          feedback: 'Oui : c’est daté, précis, et cela montre un apprentissage en cours.',
        },
        {
          id: 'd',
          texte: '14 mars, montage : semble peu motivé, comme souvent depuis son retour de congés.',
          feedback: 'Non : la date ne suffit pas. « Semble peu motivé » est une impression, sans fait observé.',
        },
      ],
      reponses: ['a', 'c'],
      explication:
        'Une preuve indique la date, la tâche, les conditions, l’aide apportée et le résultat observé. Une date ajoutée à une impression n’en fait pas un fait : les impressions générales ne permettent ni de voir une progression ni d’en discuter avec la personne.',
      source: 'Leçon Évaluer les capacités, § S’appuyer sur des faits datés',
    }),
    association({
      id: 'biais-exemples',
      enonce: 'Associez chaque situation au biais de jugement qu’elle illustre.',
      criteres: ['B1.C6.CR3'],
      gauche: [
        {
          id: 'g1',
          texte: 'Kevin est souriant et poli : vous le notez bien aussi sur la qualité des coutures, sans l’avoir vérifiée.',
          feedback: 'Une qualité frappante colore tout le jugement : c’est l’effet de halo.',
        },
        {
          id: 'g2',
          texte: 'Vous pensez qu’une personne en fauteuil ne peut pas faire l’entretien des locaux, sans l’avoir vue essayer.',
          feedback: 'Une idée toute faite sur un groupe remplace l’observation : c’est un stéréotype.',
        },
        {
          id: 'g3',
          texte: 'Pendant le rush d’une commande, vous jugez insuffisants tous ceux qui ne tiennent pas la cadence de l’urgence.',
          feedback: 'Le besoin du moment devient le critère : ce sont les attentes de production.',
        },
        {
          id: 'g4',
          texte: 'Léa avait raté sa première semaine ; trois mois plus tard, vous la voyez encore comme « fragile ».',
          feedback: 'L’image des premiers jours résiste aux faits nouveaux : c’est le premier jugement.',
        },
      ],
      droite: [
        { id: 'd1', texte: 'Effet de halo' },
        { id: 'd2', texte: 'Stéréotype' },
        { id: 'd3', texte: 'Attentes de production' },
        { id: 'd4', texte: 'Premier jugement' },
        { id: 'd5', texte: 'Observation structurée' },
      ],
      paires: { g1: 'd1', g2: 'd2', g3: 'd3', g4: 'd4' },
      explication:
        'Nommer les biais aide à s’en protéger. L’observation structurée n’est pas un biais : c’est l’une des parades, avec les faits datés, le second regard et l’auto-évaluation.',
      source: 'Leçon Évaluer les capacités, § Limiter les biais de jugement',
    }),
    choixUnique({
      id: 'limiter-effet-halo',
      enonce:
        'Vous savez que votre bonne entente avec Sabrina risque de colorer votre évaluation en cuisine. Quelle pratique limite le mieux ce risque ?',
      criteres: ['B1.C6.CR3'],
      options: [
        {
          id: 'a',
          texte: 'Vous vous fiez à votre expérience, puisque vous connaissez bien Sabrina.',
          feedback: 'Bien connaître la personne est justement ce qui nourrit l’effet de halo.',
        },
        {
          id: 'b',
          texte: 'Vous notez chaque critère à part, sur le moment, et un collègue observe aussi.',
          feedback:
            'Oui : critères séparés, notes prises sur le moment et second regard sont les parades les plus efficaces contre l’effet de halo.',
        },
        {
          id: 'c',
          texte: 'Vous notez Sabrina un peu plus sévèrement que les autres, pour compenser.',
          feedback: 'Compenser remplace un biais par un autre : l’évaluation reste fondée sur votre relation, pas sur les faits.',
        },
        {
          id: 'd',
          texte: 'Vous remplissez la grille en fin d’année, avec le recul nécessaire.',
          feedback: 'De mémoire, c’est l’impression générale qui domine : le biais est renforcé, pas réduit.',
        },
      ],
      reponse: 'b',
      explication:
        'Les parades contre les biais se combinent : critères définis à l’avance et notés un par un, notes prises sur le moment, plusieurs observations, second observateur, auto-évaluation de la personne.',
      source: 'Leçon Évaluer les capacités, § Limiter les biais de jugement',
    }),
    numerique({
      id: 'taux-conformite',
      enonce:
        'Voici les résultats d’Enzo au câblage sur quatre séances ; le nombre de faisceaux contrôlés varie d’une séance à l’autre. Quel est son taux de conformité global sur ces quatre séances, en % ?',
      criteres: ['B1.C6.CR3'],
      tableau: {
        titre: 'Faisceaux contrôlés par séance',
        entetes: ['Date', 'Faisceaux conformes', 'Faisceaux contrôlés'],
        lignes: [
          ['3 mars', '28', '40'],
          ['10 mars', '42', '50'],
          ['17 mars', '45', '50'],
          ['24 mars', '57', '60'],
        ],
      },
      reponse: { valeur: 86, tolerance: 0.5, unite: '%' },
      pieges: [
        { valeur: 84.75, feedback: 'Vous avez fait la moyenne des quatre taux. Comme le nombre de faisceaux contrôlés varie, additionnez d’abord les faisceaux, puis divisez.' },
        { valeur: 95, feedback: 'C’est le taux de la dernière séance seulement. La question porte sur les quatre séances.' },
        { valeur: 70, feedback: 'C’est le taux de la première séance seulement. Additionnez les quatre séances.' },
        { valeur: 172, feedback: 'C’est le nombre de faisceaux conformes : divisez-le par le nombre de faisceaux contrôlés.' },
      ],
      feedback: {
        juste: 'Exact : 172 faisceaux conformes sur 200 contrôlés, soit 86 %, avec une nette progression d’une séance à l’autre.',
        faux: 'Additionnez les faisceaux conformes (172) et les faisceaux contrôlés (200), puis divisez et multipliez par 100.',
      },
      explication:
        'Taux de conformité global : $\\dfrac{28 + 42 + 45 + 57}{40 + 50 + 50 + 60} \\times 100 = \\dfrac{172}{200} \\times 100 = 86\\,\\%$. La moyenne des quatre taux (84,75 %) serait fausse, car les séances n’ont pas le même nombre de faisceaux. Les faits datés montrent aussi la progression : 70 %, 84 %, 90 %, puis 95 %.',
      source: 'Leçon Évaluer les capacités, § S’appuyer sur des faits datés',
    }),
    vraiFaux({
      id: 'appreciation-autonome',
      enonce:
        'Dans un compte rendu pour la réunion de projet, « Julie est autonome en blanchisserie » suffit, puisque le moniteur la connaît bien.',
      criteres: ['B1.C6.CR3'],
      reponse: false,
      feedback: {
        vrai: 'Non : « autonome » sur quelle tâche, depuis quand, dans quelles conditions ? Sans faits datés, l’appréciation ne peut être ni vérifiée ni discutée.',
        faux: 'Exact : il faut préciser la tâche, la date, les conditions et le résultat, par exemple « 10 mars : a trié et plié seule le linge d’un service complet ».',
      },
      explication:
        'Toute appréciation s’appuie sur des faits datés. Bien connaître la personne ne remplace pas la preuve, et peut même exposer à l’effet de halo.',
      source: 'Leçon Évaluer les capacités, § S’appuyer sur des faits datés',
    }),
    choixUnique({
      id: 'moment-observation',
      enonce:
        'La semaine prochaine, l’atelier conditionnement doit livrer une commande urgente. Vous devez observer Samuel sur le filmage des palettes pour son bilan. Que décidez-vous ?',
      criteres: ['B1.C6.CR3'],
      options: [
        {
          id: 'a',
          texte: 'Vous l’observez pendant l’urgence : c’est là qu’on voit ce qu’il vaut vraiment.',
          feedback:
            'Une période d’urgence fait jouer les attentes de production : vous jugeriez surtout sa vitesse, dans des conditions inhabituelles.',
        },
        {
          id: 'b',
          texte: 'Vous l’observez en période habituelle, à plusieurs dates, et notez les conditions de chaque séance.',
          feedback:
            'Oui : des conditions représentatives et notées rendent l’observation comparable et limitent le biais des attentes de production.',
        },
        {
          id: 'c',
          texte: 'Vous reportez le bilan à l’année prochaine, quand l’activité sera plus calme.',
          feedback: 'Reporter d’un an prive Samuel d’un bilan utile à son projet : il suffit de choisir de bons moments d’observation.',
        },
      ],
      reponse: 'b',
      explication:
        'Les attentes de production faussent l’évaluation : pendant un rush, « bon travailleur » finit par vouloir dire « rapide ». On observe dans des conditions représentatives, à plusieurs dates, en notant les conditions.',
      source: 'Leçon Évaluer les capacités, § Limiter les biais de jugement',
    }),
  ],
});
