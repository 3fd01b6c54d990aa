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
  id: 'parcours-sequences',
  titre: 'Concevoir des parcours et des séquences d’apprentissage',
  description:
    'Écrire des objectifs observables, construire une progression, choisir des supports accessibles et prévoir l’évaluation dès la conception.',
  bloc: 'B3',
  questions: [
    choixUnique({
      id: 'objectif-observable',
      enonce:
        'Malik veut préparer les entrées du self. Lequel de ces objectifs de séquence est observable ?',
      criteres: ['B3.C3.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Devenir autonome au poste des crudités, sans aide de la monitrice, d’ici la fin du trimestre.',
          feedback:
            'Non : la date et « sans aide » précisent le but, mais « devenir autonome » ne dit pas ce qu’on verra faire. Deux observateurs pourraient ne pas être d’accord.',
        },
        {
          id: 'b',
          texte: 'Comprendre les règles d’hygiène de la cuisine et les appliquer chaque jour au poste des entrées.',
          feedback:
            'Non : « comprendre » ne s’observe pas directement, et « les règles » ne dit pas lesquelles ni comment on vérifie.',
        },
        {
          id: 'c',
          texte: 'Tailler 2 kg de bâtonnets de carotte conformes au modèle, en 30 minutes, marche en avant respectée.',
          feedback:
            'Oui : un verbe d’action (tailler), des conditions (2 kg, marche en avant) et des critères de réussite (conformes au modèle, 30 minutes).',
        },
        {
          id: 'd',
          texte: 'Connaître les différentes coupes de légumes du self et savoir choisir la bonne selon le plat du jour.',
          feedback:
            'Non : « connaître » et « savoir » désignent un savoir, pas une action visible ; rien ne dit comment on le vérifiera.',
        },
      ],
      reponse: 'c',
      explication:
        'Un objectif observable contient un verbe d’action, des conditions et un critère de réussite. « Savoir », « connaître », « comprendre », « être autonome » désignent des buts généraux, pas des objectifs de séquence.',
      source: 'Leçon Parcours et séquences, § Formuler des objectifs observables',
    }),
    association({
      id: 'elements-objectif',
      enonce:
        'À l’imprimerie, l’objectif de Hugo est : « Régler la plieuse pour un pli en deux, avec la fiche photo du poste, et obtenir 10 premiers dépliants sans défaut. » Associez chaque partie de l’objectif à son rôle.',
      criteres: ['B3.C3.CR1'],
      gauche: [
        {
          id: 'g1',
          texte: 'Régler la plieuse pour un pli en deux',
          feedback: 'C’est l’action visible : un verbe d’action et ce sur quoi il porte.',
        },
        {
          id: 'g2',
          texte: 'Avec la fiche photo du poste',
          feedback: 'C’est une condition de réalisation : l’aide dont Hugo dispose.',
        },
        {
          id: 'g3',
          texte: '10 premiers dépliants sans défaut',
          feedback: 'C’est le critère de réussite : ce qu’on vérifie pour dire que l’objectif est atteint.',
        },
      ],
      droite: [
        { id: 'd1', texte: 'Action observable (verbe d’action)' },
        { id: 'd2', texte: 'Conditions de réalisation' },
        { id: 'd3', texte: 'Critère de réussite' },
        { id: 'd4', texte: 'But général du projet' },
      ],
      paires: { g1: 'd1', g2: 'd2', g3: 'd3' },
      explication:
        'Action, conditions, critère : avec ces trois éléments, deux personnes qui regardent la même scène peuvent dire, sans discuter, si l’objectif est atteint.',
      source: 'Leçon Parcours et séquences, § Formuler des objectifs observables',
    }),
    ordre({
      id: 'progression-malik',
      enonce: 'Remettez dans l’ordre la progression proposée à Malik pour préparer les carottes du self.',
      criteres: ['B3.C3.CR1'],
      etapes: [
        {
          id: 'e1',
          texte: 'Laver et éplucher les carottes hors service, après une démonstration',
          feedback: 'On commence simple, guidé et hors flux.',
        },
        {
          id: 'e2',
          texte: 'Tailler 1 kg en bâtonnets hors service, avec le couteau adapté',
          feedback: 'Une difficulté nouvelle (la taille), toujours hors flux, sur une petite quantité.',
        },
        {
          id: 'e3',
          texte: 'Tailler 2 kg en 30 minutes pendant la mise en place du matin',
          feedback: 'On entre dans le flux et on ajoute le temps, une fois le geste juste.',
        },
        {
          id: 'e4',
          texte: 'Préparer seul les carottes du self, avec le contrôle final de la monitrice',
          feedback: 'Dernière étape : la situation réelle, en autonomie, avec un contrôle.',
        },
      ],
      explication:
        'La progression va du simple au complexe, du guidé à l’autonome, du hors-flux au flux, la qualité avant la vitesse, une difficulté nouvelle à la fois.',
      source: 'Leçon Parcours et séquences, § Construire une progression',
    }),
    choixMultiples({
      id: 'regles-progression',
      enonce: 'Vous construisez la progression de Malik au poste légumerie. Quels principes suivez-vous ?',
      criteres: ['B3.C3.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Travailler la qualité du geste avant de chercher la vitesse',
          feedback: 'Oui : le geste juste d’abord, la cadence ensuite.',
        },
        {
          id: 'b',
          texte: 'Commencer par la tâche complète, pour que Malik en voie le sens',
          feedback: 'Non : voir le résultat aide, mais une progression va du simple au complexe : un geste, puis l’enchaînement.',
        },
        {
          id: 'c',
          texte: 'Donner la même durée à chaque étape, pour que chacun sache où il en est',
          feedback: 'Non : le rythme d’avancement appartient à la personne. Le passage dépend d’un critère atteint, pas d’une date.',
        },
        {
          id: 'd',
          texte: 'Passer du travail hors service au travail pendant le service de midi',
          feedback: 'Oui : d’abord hors flux, puis pendant la mise en place, enfin pendant le coup de feu de midi.',
        },
        {
          id: 'e',
          texte: 'Ajouter deux difficultés à la fois',
          feedback: 'Non : une difficulté nouvelle à la fois. Deux à la fois empêchent de savoir ce qui pose problème.',
        },
      ],
      reponses: ['a', 'd'],
      explication:
        'Simple avant complexe, guidé avant autonome, hors flux avant flux, qualité avant vitesse, une difficulté à la fois, au rythme de la personne : ce sont les principes d’une progression.',
      source: 'Leçon Parcours et séquences, § Construire une progression',
    }),
    vraiFaux({
      id: 'revenir-etape',
      enonce:
        'Lundi, Malik a franchi l’étape 3 de sa progression : 2 kg de bâtonnets en 30 minutes pendant la mise en place, marche en avant respectée. Mercredi, pressé, il mélange plusieurs fois le sale et le propre. Sa monitrice lui propose de reprendre quelques jours l’étape 2, hors service. Cette décision est conforme à la conduite d’une progression.',
      criteres: ['B3.C3.CR1'],
      reponse: true,
      feedback: {
        vrai: 'Exact : le critère de passage (la marche en avant) n’est plus tenu sous la pression. Revenir à l’étape précédente consolide le geste ; ce n’est pas un échec.',
        faux: 'Si : chaque étape a un critère de passage, et l’on peut revenir en arrière quand il n’est plus atteint. Ce retour consolide l’acquis ; ce n’est pas un échec.',
      },
      explication:
        'Une progression n’est pas une course : les critères de passage permettent d’avancer, de consolider ou de revenir en arrière selon ce que la personne a acquis.',
      source: 'Leçon Parcours et séquences, § Construire une progression',
    }),
    texteATrous({
      id: 'trois-elements',
      enonce: 'Complétez la règle d’écriture d’un objectif observable.',
      criteres: ['B3.C3.CR1'],
      texte:
        'Un objectif observable contient un verbe d’[[action]], les [[conditions]] de réalisation et un [[critere]] de réussite.',
      trous: {
        action: {
          acceptees: ['action'],
          feedback: 'Le verbe d’action décrit ce qu’on voit faire : tailler, régler, trier.',
        },
        conditions: {
          acceptees: ['conditions', 'condition'],
          feedback: 'Les conditions disent avec quel matériel, quelle aide, dans quelle situation.',
        },
        critere: {
          acceptees: ['critère', 'critere', 'critères', 'criteres'],
          feedback: 'Le critère de réussite dit ce qu’on vérifie : qualité, quantité, temps, règles.',
        },
      },
      explication:
        'Verbe d’action, conditions, critère de réussite : sans l’un de ces éléments, on ne peut ni organiser l’apprentissage ni savoir s’il est atteint.',
      source: 'Leçon Parcours et séquences, § Formuler des objectifs observables',
    }),
    choixUnique({
      id: 'support-ne-lit-pas',
      enonce:
        'Dans l’équipe d’espaces verts, Lucas ne lit pas. Il doit retenir les contrôles à faire avant de démarrer la débroussailleuse. Quel support préparez-vous ?',
      criteres: ['B3.C3.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Une affiche des contrôles, en gros caractères et en couleurs, collée dans le camion.',
          feedback: 'Non : grossir et colorer le texte n’aide pas une personne qui ne lit pas.',
        },
        {
          id: 'b',
          texte: 'Une fiche de photos du vrai matériel, dans l’ordre des contrôles, faite avec lui.',
          feedback:
            'Oui : des photos du vrai matériel, dans l’ordre, choisies avec lui, lui permettent de vérifier seul.',
        },
        {
          id: 'c',
          texte: 'La notice du fabricant, dont vous lui lisez à voix haute les pages utiles au départ.',
          feedback: 'Non : une lecture à voix haute, une fois, s’oublie ; et Lucas ne pourra pas retrouver seul l’information dans la notice.',
        },
        {
          id: 'd',
          texte: 'Un collègue qui lui rappelle chaque contrôle à voix haute, jusqu’à ce qu’il les retienne.',
          feedback: 'Non : l’entraide est précieuse, mais Lucas dépend alors du collègue. Une trace qu’il peut consulter lui permet de vérifier seul, même quand le collègue est absent.',
        },
      ],
      reponse: 'b',
      explication:
        'Un support se choisit en fonction de la personne. Les photos du vrai poste, prises si possible avec elle, parlent plus qu’un texte ou qu’un dessin générique, et elle peut les consulter seule.',
      source: 'Leçon Parcours et séquences, § Choisir et créer les supports',
    }),
    choixUnique({
      id: 'falc-relecture',
      enonce:
        'Vous avez rédigé une fiche de consigne en facile à lire et à comprendre (FALC) pour le poste de plonge. Que reste-t-il à faire avant de l’afficher ?',
      criteres: ['B3.C3.CR2'],
      options: [
        {
          id: 'a',
          texte: 'La faire relire par la direction, qui vérifie l’orthographe et le vocabulaire.',
          feedback: 'Une validation peut exister, mais elle ne remplace pas la relecture par les personnes qui utiliseront la fiche.',
        },
        {
          id: 'b',
          texte: 'Y ajouter les détails techniques de la notice, pour qu’elle soit complète.',
          feedback: 'Non : le FALC garde l’essentiel, une idée par phrase. Trop de détails rendent la fiche illisible.',
        },
        {
          id: 'c',
          texte: 'La faire relire et tester au poste par des travailleurs qui s’en serviront.',
          feedback: 'Oui : la participation des personnes concernées à la relecture est une règle clé du FALC.',
        },
      ],
      reponse: 'c',
      explication:
        'Les règles européennes du FALC (Inclusion Europe, 2009) prévoient que des personnes concernées participent à l’écriture ou à la relecture des documents.',
      source: 'Inclusion Europe, règles européennes du FALC (2009)',
    }),
    choixMultiples({
      id: 'tutorat-odile',
      enonce:
        'Vous pensez confier à Odile, travailleuse expérimentée, le tutorat de Karim au poste d’emballage. Quelles façons de faire sont justes ?',
      criteres: ['B3.C3.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Proposer ce rôle à Odile, qui peut le refuser, et prévoir son temps au planning',
          feedback: 'Oui : le tutorat se propose, il ne s’impose pas, et un tutorat « quand on a le temps » n’a jamais lieu les jours chargés.',
        },
        {
          id: 'b',
          texte: 'Lui confier aussi l’évaluation finale de Karim, puisqu’elle le suit chaque jour',
          feedback: 'Non : son regard compte, mais la responsabilité de la séquence et de son évaluation reste au moniteur.',
        },
        {
          id: 'c',
          texte: 'La choisir parce qu’elle est la plus rapide et la plus sûre du poste',
          feedback: 'Non : la rapidité ne fait pas un bon tuteur ; l’envie de transmettre et la préparation comptent davantage.',
        },
        {
          id: 'd',
          texte: 'La laisser organiser le tutorat aux moments où la production le permet',
          feedback: 'Non : sans temps prévu, le tutorat disparaît les jours de forte activité, justement quand Karim en aurait besoin.',
        },
        {
          id: 'e',
          texte: 'Annoncer le tutorat à l’équipe avant d’en parler à Odile, pour la valoriser',
          feedback: 'Non : l’intention est de la valoriser, mais on lui demande d’abord son accord ; elle peut refuser ce rôle.',
        },
      ],
      reponses: ['a'],
      explication:
        'Le tutorat entre pairs valorise le tuteur et rassure l’apprenant, à condition d’être proposé au tuteur et préparé : objectif connu, temps prévu, responsabilité gardée par le moniteur.',
      source: 'Leçon Parcours et séquences, § Choisir et créer les supports',
    }),
    association({
      id: 'supports-besoins',
      enonce:
        'Associez chaque situation de la personne à l’adaptation de support qui lui convient le mieux.',
      criteres: ['B3.C3.CR2'],
      gauche: [
        {
          id: 'g1',
          texte: 'Une personne malvoyante',
          feedback: 'Repères tactiles, contrastes forts et consignes orales précises compensent la vue.',
        },
        {
          id: 'g2',
          texte: 'Une personne malentendante',
          feedback: 'La démonstration face à elle et les consignes en images passent par la vue.',
        },
        {
          id: 'g3',
          texte: 'Une personne qui se fatigue vite',
          feedback: 'Des séances courtes et des pauses prévues respectent sa fatigabilité.',
        },
        {
          id: 'g4',
          texte: 'Une personne anxieuse face à la nouveauté',
          feedback: 'Une séquence annoncée et un déroulé écrit rendent la nouveauté prévisible.',
        },
      ],
      droite: [
        { id: 'd1', texte: 'Repères tactiles et contrastes forts' },
        { id: 'd2', texte: 'Démonstration face à elle et consignes en images' },
        { id: 'd3', texte: 'Séances courtes avec des pauses prévues' },
        { id: 'd4', texte: 'Séquence annoncée à l’avance et déroulé écrit' },
        { id: 'd5', texte: 'Consigne orale longue donnée au groupe' },
      ],
      paires: { g1: 'd1', g2: 'd2', g3: 'd3', g4: 'd4' },
      explication:
        'On conçoit d’abord des supports utiles à tous, puis on ajuste pour chaque personne. Ce sont des pistes : la meilleure information vient de la personne elle-même.',
      source: 'Leçon Parcours et séquences, § Adapter à chaque situation de handicap',
    }),
    vraiFaux({
      id: 'demonstration-suffit',
      enonce:
        'À l’imprimerie, vous avez montré à Yacine, lentement et étape par étape, le réglage de la plieuse. Il l’a réussi devant vous. Il devra le refaire seul, une fois par semaine, au début de chaque série. Cette démonstration réussie suffit : inutile de préparer une fiche photo ou un dépliant modèle pour le poste.',
      criteres: ['B3.C3.CR2'],
      reponse: false,
      feedback: {
        vrai: 'Non : d’une semaine à l’autre, la démonstration s’oublie. Une trace (fiche photo, dépliant modèle) permet à Yacine de retrouver le réglage et de se contrôler seul.',
        faux: 'Exact : la démonstration montre le geste réel, mais Yacine refera ce réglage seul, une fois par semaine. Une fiche photo et un modèle lui permettront de s’en souvenir et de se contrôler.',
      },
      explication:
        'Chaque support a ses forces : la démonstration montre le geste réel, la fiche et l’objet modèle permettent de s’en souvenir et de se contrôler.',
      source: 'Leçon Parcours et séquences, § Choisir et créer les supports',
    }),
    choixUnique({
      id: 'quand-evaluation',
      enonce: 'À quel moment décidez-vous comment vous évaluerez l’acquis d’une séquence ?',
      criteres: ['B3.C3.CR3'],
      options: [
        {
          id: 'a',
          texte: 'À la fin de la séquence, une fois que vous avez vu ce que la personne a appris.',
          feedback:
            'Non : on risque alors de découvrir qu’on ne sait pas quoi observer, ou d’évaluer autre chose que l’objectif.',
        },
        {
          id: 'b',
          texte: 'Au moment où vous écrivez l’objectif de la séquence, avec son critère de réussite.',
          feedback:
            'Oui : un objectif bien écrit contient déjà son critère de réussite ; l’évaluation se prépare avec lui.',
        },
        {
          id: 'c',
          texte: 'À la révision du projet personnalisé, avec la personne et l’équipe.',
          feedback:
            'Non : associer la personne et l’équipe est juste, mais c’est bien trop tard pour ajuster l’apprentissage en cours de route.',
        },
      ],
      reponse: 'b',
      explication:
        'On prévoit dès la conception quoi évaluer, quand, par qui et avec quoi. Sinon, on découvre au bilan qu’on ne sait pas dire si l’objectif est atteint.',
      source: 'Leçon Parcours et séquences, § Prévoir l’évaluation dès la conception',
    }),
    numerique({
      id: 'taux-conformite',
      enonce:
        'En concevant la séquence de Malik, vous avez fixé un critère de passage : au moins 75 % de bâtonnets conformes au modèle sur l’ensemble des trois séances, 10 bâtonnets étant contrôlés à chaque séance. Quel est le taux de conformité de Malik sur les trois séances, en pourcentage ?',
      criteres: ['B3.C3.CR3'],
      tableau: {
        entetes: ['Séance', 'Bâtonnets conformes', 'Bâtonnets contrôlés'],
        lignes: [
          ['Séance 1', '6', '10'],
          ['Séance 2', '8', '10'],
          ['Séance 3', '10', '10'],
        ],
      },
      reponse: { valeur: 80, tolerance: 0.5, unite: '%' },
      pieges: [
        { valeur: 100, feedback: 'C’est le taux de la dernière séance seulement. La question porte sur les trois séances.' },
        { valeur: 24, feedback: 'C’est le nombre de bâtonnets conformes. Divisez-le par le nombre de bâtonnets contrôlés.' },
        { valeur: 8, feedback: 'C’est la moyenne sur 10. Exprimez-la en pourcentage.' },
        { valeur: 75, feedback: 'C’est le seuil fixé à la conception, pas le résultat de Malik. Calculez son taux, puis comparez-le au seuil.' },
      ],
      feedback: {
        juste: 'Exact : 24 bâtonnets conformes sur 30 contrôlés, soit 80 % : le critère de passage (au moins 75 %) est atteint.',
        faux: 'Additionnez les bâtonnets conformes, divisez par le total contrôlé, puis multipliez par 100.',
      },
      explication:
        'Taux de conformité sur les trois séances : $T = \\dfrac{6 + 8 + 10}{10 + 10 + 10} \\times 100 = \\dfrac{24}{30} \\times 100 = 80\\,\\% \\geq 75\\,\\%$ : le critère de passage est atteint. Le critère de passage fixé à la conception dit quel chiffre regarder (ici le taux global, et non la dernière séance à 10 sur 10) et quel seuil atteindre : c’est pourquoi on le décide avant de commencer.',
      source: 'Leçon Parcours et séquences, § Prévoir l’évaluation dès la conception',
    }),
    choixMultiples({
      id: 'grille-evaluation',
      enonce:
        'Vous préparez la grille d’évaluation d’une séquence de pliage de serviettes pour le service traiteur. Que doit-elle prévoir dès la conception ?',
      criteres: ['B3.C3.CR3'],
      options: [
        {
          id: 'a',
          texte: 'Le temps moyen de l’équipe, comme repère de vitesse à atteindre',
          feedback: 'Non : on compare la personne à l’objectif fixé et à elle-même, pas à la moyenne de ses collègues.',
        },
        {
          id: 'b',
          texte: 'Des critères observables tirés de l’objectif',
          feedback: 'Oui : la grille reprend les critères de réussite de l’objectif.',
        },
        {
          id: 'c',
          texte: 'Des moments d’évaluation pendant la séquence et à la fin',
          feedback: 'Oui : pendant, pour ajuster ; à la fin, pour constater l’acquis.',
        },
        {
          id: 'd',
          texte: 'Une note sur 20 à chaque séance',
          feedback: 'Non : une note ne dit ni ce qui est acquis ni ce qui reste à travailler.',
        },
        {
          id: 'e',
          texte: 'L’auto-évaluation de la personne, avec un support adapté',
          feedback: 'Oui : la personne s’évalue elle-même, avec des mots, des images ou une échelle.',
        },
      ],
      reponses: ['b', 'c', 'e'],
      explication:
        'Quoi (critères observables), quand (pendant et à la fin), qui (moniteur, tuteur, personne) et avec quoi (grille, modèle, photos) : l’évaluation se conçoit avec l’objectif.',
      source: 'Leçon Parcours et séquences, § Prévoir l’évaluation dès la conception',
    }),
    choixUnique({
      id: 'auto-evaluation',
      enonce:
        'Malik ne lit pas. Comment prévoyez-vous son auto-évaluation dans la grille de la séquence crudités ?',
      criteres: ['B3.C3.CR3'],
      options: [
        {
          id: 'a',
          texte: 'Il compare ses bâtonnets au modèle, dit ce qu’il en pense, et ses mots sont notés.',
          feedback:
            'Oui : l’objet modèle lui permet de s’évaluer sans lire, et ses mots gardent son point de vue.',
        },
        {
          id: 'b',
          texte: 'La monitrice remplit pour lui la colonne d’auto-évaluation, à partir de ce qu’elle a vu.',
          feedback:
            'Non : ce serait l’avis de la monitrice sous le nom de Malik. Il faut un support qui lui permette de s’exprimer.',
        },
        {
          id: 'c',
          texte: 'On lui lit la grille à voix haute et il répond par oui ou par non à chaque critère.',
          feedback:
            'Non : la lecture à voix haute contourne l’écrit, mais des questions fermées appellent souvent un « oui ». Comparer sa production au modèle lui donne un vrai repère.',
        },
      ],
      reponse: 'a',
      explication:
        'L’auto-évaluation fait partie de la grille pour tout le monde ; son support s’adapte (objet modèle, images, échelle en couleurs et en formes, mots notés).',
      source: 'Leçon Parcours et séquences, § Prévoir l’évaluation dès la conception',
    }),
    vraiFaux({
      id: 'traces-reconnaissance',
      enonce:
        'Les traces gardées pendant l’évaluation (grilles, photos des productions) peuvent servir plus tard à faire reconnaître les compétences de la personne.',
      criteres: ['B3.C3.CR3'],
      reponse: true,
      feedback: {
        vrai: 'Exact : grilles, photos et productions sont des preuves utiles pour une démarche de reconnaissance des acquis de l’expérience.',
        faux: 'Si : ces traces montrent ce que la personne sait faire. Elles pourront appuyer une démarche de reconnaissance des compétences.',
      },
      explication:
        'Prévoir l’évaluation, c’est aussi prévoir les traces à garder. Elles servent le suivi du parcours et, plus tard, la reconnaissance des compétences.',
      source: 'Leçon Parcours et séquences, § Prévoir l’évaluation dès la conception',
    }),
  ],
});
