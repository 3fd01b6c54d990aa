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
          texte: 'Vous l’observez librement pendant une semaine, pour ne pas l’enfermer dans une grille.',
          feedback:
            'Sans critères fixés à l’avance, vous noterez surtout ce qui attire votre attention : l’observation dépendra de votre impression.',
        },
        {
          id: 'b',
          texte: 'Vous comparez sa production à celle du travailleur le plus rapide de l’atelier.',
          feedback:
            'Comparer au plus rapide mesure un écart de vitesse, pas les compétences de Malik, et introduit un biais de contraste.',
        },
        {
          id: 'c',
          texte: 'Vous demandez d’abord à Malik comment il pense s’en sortir au câblage.',
          feedback:
            'Son avis compte et viendra avec l’auto-évaluation, sur les mêmes critères que votre observation : encore faut-il les avoir fixés.',
        },
        {
          id: 'd',
          texte: 'Vous fixez avec l’équipe les critères à observer et ce que « réussi » veut dire.',
          feedback:
            'Oui : une observation structurée se prépare. Chacun sait ce qui est regardé et ce que « réussi » veut dire ; Malik peut y être associé.',
        },
      ],
      reponse: 'd',
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
          texte: 'Fait preuve d’une bonne attitude au travail, avec les collègues comme avec les clients.',
          feedback: 'Non : « bonne attitude » ne se voit pas de la même façon selon l’observateur. Que fait la personne, concrètement ?',
        },
        {
          id: 'c',
          texte: 'Compte les piles par 10 sans erreur.',
          feedback: 'Oui : c’est vérifiable en recomptant une pile.',
        },
        {
          id: 'd',
          texte: 'Est motivé par le travail en blanchisserie et s’implique dans l’équipe.',
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
      id: 'deux-observateurs',
      enonce:
        'Avec une grille bien construite, deux moniteurs qui observent Malik pendant la même séance doivent pouvoir noter de la même façon ; un écart entre eux signale un critère trop vague.',
      criteres: ['B1.C6.CR1'],
      reponse: true,
      feedback: {
        vrai: 'Exact : un critère observable (« tient au test de traction ») se note de la même façon par tous. « Travail soigné » ou « motivé » ne se notent pas pareil d’un observateur à l’autre.',
        faux: 'En fait si : c’est même le test d’un bon critère. S’il dépend de l’observateur, il est à reformuler en geste ou en résultat visible.',
      },
      explication:
        'Une observation structurée repose sur des critères qui se voient ou se mesurent, définis à l’avance avec leur indicateur de réussite. Deux observateurs doivent pouvoir noter de la même façon ; sinon, la personne ne sait pas non plus quoi améliorer.',
      source: 'Leçon Évaluer les capacités, § Définir les critères à l’avance',
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
          texte: 'Vous lui lisez chaque critère, avec les photos des assiettes et une échelle à trois visages.',
          feedback:
            'Oui : mêmes critères que votre grille, sous une forme qu’Inès peut utiliser, et votre soutien pour la lecture seulement.',
        },
        {
          id: 'b',
          texte: 'Vous confiez le questionnaire écrit à un proche, qui le remplira avec elle à la maison.',
          feedback:
            'Le proche risque de répondre à sa place, et Inès ne peut pas vérifier ce qui est écrit : ce n’est plus son auto-évaluation.',
        },
        {
          id: 'c',
          texte: 'Vous la dispensez d’auto-évaluation, pour lui éviter une épreuve de lecture.',
          feedback:
            'L’intention est de la ménager, mais renoncer prive Inès de sa place d’actrice et vous prive d’informations que vous ne voyez pas (effort, stress, fierté).',
        },
        {
          id: 'd',
          texte: 'Vous remplissez sa grille à sa place, puis la lui relisez pour qu’elle la signe.',
          feedback: 'Signer une grille qu’elle n’a pas remplie n’est pas une auto-évaluation, même relue.',
        },
      ],
      reponse: 'a',
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
          texte: 'Vous corrigez sa grille pour qu’elle corresponde à vos observations datées.',
          feedback: 'Corriger sa grille efface son regard : l’écart, qui était une information, disparaît.',
        },
        {
          id: 'b',
          texte: 'Vous reprenez les faits avec lui et lui demandez comment il voit ces erreurs.',
          feedback:
            'Oui : l’écart ouvre la discussion. Théo peut expliquer, et vous pouvez décider ensemble de ce qui sera travaillé.',
        },
        {
          id: 'c',
          texte: 'Vous gardez votre évaluation, plus fiable, tout en le félicitant de son assurance.',
          feedback: 'Écarter l’avis de Théo, même gentiment, le met hors de son évaluation et ne l’aide pas à progresser.',
        },
        {
          id: 'd',
          texte: 'Vous retenez un niveau intermédiaire entre vos deux regards, pour rester neutre.',
          feedback: 'Un compromis ne règle rien : ni Théo ni l’équipe ne savent ce qui est acquis et ce qui reste à travailler.',
        },
      ],
      reponse: 'b',
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
      id: 'preuves-datees',
      enonce:
        'Avant une réunion de projet, vous relisez les notes d’observation écrites ce mois-ci par l’équipe. Lesquelles peuvent servir de preuves dans une évaluation ?',
      criteres: ['B1.C6.CR3'],
      options: [
        {
          id: 'a',
          texte: '14 mars, montage : a bien travaillé, très bonne journée, à encourager.',
          feedback: 'Non : la date ne suffit pas. « Bien travaillé » ne dit ni quelle tâche, ni dans quelles conditions, ni avec quelle aide.',
        },
        {
          id: 'b',
          texte: 'Depuis début mars, plonge : reste lent en général et s’organise mal quand le service presse.',
          feedback: 'Non : lent par rapport à quoi, quel jour, sur quelle tâche ? Rien n’est daté précisément ni vérifiable.',
        },
        {
          id: 'c',
          texte: '12 mars, plonge : 6 chariots de vaisselle lavés et rangés seul entre 13 h 30 et 15 h.',
          feedback: 'Oui : date, tâche, conditions, aide et résultat sont précisés.',
        },
        {
          id: 'd',
          texte: '14 mars, montage : semble peu motivé, comme souvent depuis son retour de congés.',
          feedback: 'Non : la date ne suffit pas. « Semble peu motivé » est une impression, sans fait observé.',
        },
        {
          id: 'e',
          texte: 'Mars, montage : sait régler seul la visseuse, d’après son collègue de poste.',
          feedback: 'Non : c’est un avis rapporté, sans date précise ni observation directe ; il peut guider une observation, pas servir de preuve.',
        },
      ],
      reponses: ['c'],
      explication:
        'Une preuve indique la date, la tâche, les conditions, l’aide apportée et le résultat observé. Une date ajoutée à une impression, un compliment vague ou un avis rapporté n’en font pas un fait : ils ne permettent ni de voir une progression ni d’en discuter avec la personne.',
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
          texte: 'Pendant le coup de feu d’une commande urgente, vous jugez insuffisants tous ceux qui ne tiennent pas la cadence.',
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
          texte: 'Vous notez Sabrina un peu plus sévèrement que les autres, pour compenser.',
          feedback: 'Compenser remplace un biais par un autre : l’évaluation reste fondée sur votre relation, pas sur les faits.',
        },
        {
          id: 'c',
          texte: 'Vous notez chaque critère à part, sur le moment, et un collègue observe aussi.',
          feedback:
            'Oui : critères séparés, notes prises sur le moment et second regard sont les parades les plus efficaces contre l’effet de halo.',
        },
        {
          id: 'd',
          texte: 'Vous remplissez la grille en fin d’année, avec le recul nécessaire.',
          feedback: 'De mémoire, c’est l’impression générale qui domine : le biais est renforcé, pas réduit.',
        },
      ],
      reponse: 'c',
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
          ['3 mars', '5', '10'],
          ['10 mars', '12', '15'],
          ['17 mars', '22', '25'],
          ['24 mars', '27', '30'],
        ],
      },
      reponse: { valeur: 82.5, tolerance: 0.5, unite: '%' },
      pieges: [
        { valeur: 77, feedback: 'Vous avez fait la moyenne des quatre taux. Comme le nombre de faisceaux contrôlés varie, additionnez d’abord les faisceaux, puis divisez.' },
        { valeur: 90, feedback: 'C’est le taux de la dernière séance seulement. La question porte sur les quatre séances.' },
        { valeur: 50, feedback: 'C’est le taux de la première séance seulement. Additionnez les quatre séances.' },
        { valeur: 66, feedback: 'C’est le nombre de faisceaux conformes : divisez-le par le nombre de faisceaux contrôlés.' },
      ],
      feedback: {
        juste: 'Exact : 66 faisceaux conformes sur 80 contrôlés, soit 82,5 %, avec une nette progression d’une séance à l’autre.',
        faux: 'Additionnez les faisceaux conformes (66) et les faisceaux contrôlés (80), puis divisez et multipliez par 100.',
      },
      explication:
        'Taux de conformité global : $\\dfrac{5 + 12 + 22 + 27}{10 + 15 + 25 + 30} \\times 100 = \\dfrac{66}{80} \\times 100 = 82{,}5\\,\\%$. La moyenne des quatre taux de séance serait fausse : $\\dfrac{50 + 80 + 88 + 90}{4} = 77$. Elle compte autant la séance du 3 mars (10 faisceaux) que celle du 24 mars (30 faisceaux). Les taux par séance montrent aussi la progression.',
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
          texte: 'Vous l’observez à plusieurs dates, hors urgence, en notant les conditions.',
          feedback:
            'Oui : des conditions représentatives et notées rendent l’observation comparable et limitent le biais des attentes de production.',
        },
        {
          id: 'b',
          texte: 'Vous l’observez pendant l’urgence : c’est là qu’on voit ce qu’il vaut vraiment.',
          feedback:
            'Une période d’urgence fait jouer les attentes de production : vous jugeriez surtout sa vitesse, dans des conditions inhabituelles.',
        },
        {
          id: 'c',
          texte: 'Vous reportez le bilan à l’année prochaine, quand l’activité sera plus calme.',
          feedback: 'Reporter d’un an prive Samuel d’un bilan utile à son projet : il suffit de choisir de bons moments d’observation.',
        },
      ],
      reponse: 'a',
      explication:
        'Les attentes de production faussent l’évaluation : pendant un pic d’activité, « bon travailleur » finit par vouloir dire « rapide ». On observe dans des conditions représentatives, à plusieurs dates, en notant les conditions.',
      source: 'Leçon Évaluer les capacités, § Limiter les biais de jugement',
    }),
  ],
});
