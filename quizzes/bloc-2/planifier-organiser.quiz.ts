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

/** Tasks of the gift-box order used by two numeric questions. */
const TACHES_COFFRETS = {
  titre: 'Commande de 800 coffrets garnis pour un traiteur',
  entetes: ['Tâche', 'Durée (jours)', 'Doit attendre la fin de'],
  lignes: [
    ['A. Réception et contrôle des composants', '1', '—'],
    ['B. Impression des étiquettes', '2', '—'],
    ['C. Pliage des coffrets', '3', 'A'],
    ['D. Garnissage des coffrets', '4', 'C'],
    ['E. Étiquetage', '1', 'B et D'],
    ['F. Palettisation et bon de livraison', '1', 'E'],
  ],
} as const;

export default defineQuiz({
  id: 'planifier-organiser',
  titre: 'Planifier et organiser la production avec l’équipe',
  description:
    'Ordonnancement, diagramme de Gantt, chemin critique et marges ; associer les travailleurs et leurs projets ; réajuster face aux aléas sans sacrifier les personnes.',
  bloc: 'B2',
  h5p: true,
  questions: [
    association({
      id: 'sous-fonctions',
      enonce: 'Associez chaque sous-fonction de l’ordonnancement à ce qu’elle fait.',
      criteres: ['B2.C2.CR1'],
      gauche: [
        {
          id: 'g1',
          texte: 'Programmation',
          feedback: 'La programmation prévoit quelles tâches seront faites, quand et sur quelle ressource.',
        },
        {
          id: 'g2',
          texte: 'Lancement',
          feedback: 'Le lancement réunit les moyens au bon moment (matières, outils, consignes) et déclenche le travail.',
        },
        {
          id: 'g3',
          texte: 'Suivi ou avancement',
          feedback: 'Le suivi compare le prévu et le réalisé pour corriger à temps.',
        },
      ],
      droite: [
        { id: 'd1', texte: 'Prévoir les tâches dans le temps et les affecter aux personnes et aux machines' },
        { id: 'd2', texte: 'Réunir matières, outils et consignes, puis déclencher le travail' },
        { id: 'd3', texte: 'Comparer chaque jour le prévu et le réalisé' },
        { id: 'd4', texte: 'Définir la gamme de fabrication et les outillages' },
      ],
      paires: { g1: 'd1', g2: 'd2', g3: 'd3' },
      explication:
        'L’ordonnancement se situe entre les méthodes (qui définissent la gamme et les outillages) et la réalisation. Il comprend la programmation, le lancement et le suivi.',
      source: 'Leçon Planifier et organiser, § L’ordonnancement, entre les méthodes et la réalisation',
    }),
    numerique({
      id: 'duree-minimale',
      enonce:
        'Avec les tâches du tableau, quelle est la durée minimale de la commande, en jours, si chaque tâche commence dès que les tâches qu’elle attend sont finies ?',
      criteres: ['B2.C2.CR1'],
      tableau: TACHES_COFFRETS,
      reponse: { valeur: 10, tolerance: 0, unite: 'jours' },
      pieges: [
        { valeur: 12, feedback: 'Vous avez additionné toutes les durées. Mais B se fait en même temps que A, C et D.' },
        { valeur: 9, feedback: 'Vous avez oublié une tâche de la chaîne la plus longue : A, C, D, E puis F.' },
        { valeur: 8, feedback: '8 jours, c’est la fin du garnissage D. Il reste l’étiquetage et la palettisation.' },
      ],
      feedback: {
        juste: 'Exact : le chemin critique A, C, D, E, F dure 1 + 3 + 4 + 1 + 1 = 10 jours.',
        faux: 'Cherchez la chaîne de tâches la plus longue : c’est elle qui fixe la durée totale.',
      },
      explication:
        'Dates au plus tôt : A finit au jour 1, C au jour 4, D au jour 8. E attend B (fini au jour 2) et D (jour 8) : elle finit au jour 9. F finit au jour 10. Chemin critique : $1 + 3 + 4 + 1 + 1 = 10$ jours.',
      source: 'Leçon Planifier et organiser, § PERT, MPM, chemin critique et marge',
    }),
    numerique({
      id: 'marge-etiquettes',
      enonce:
        'Avec les mêmes tâches, quelle est la marge totale de la tâche B (impression des étiquettes), en jours ?',
      criteres: ['B2.C2.CR1'],
      tableau: TACHES_COFFRETS,
      reponse: { valeur: 6, tolerance: 0, unite: 'jours' },
      pieges: [
        { valeur: 8, feedback: '8 est la date de fin au plus tard de B. La marge compare les dates de début : au plus tard moins au plus tôt.' },
        { valeur: 0, feedback: 'B n’est pas sur le chemin critique : elle a de la marge.' },
        { valeur: 2, feedback: '2 jours, c’est la durée de B, pas sa marge.' },
      ],
      feedback: {
        juste: 'Exact : B peut commencer au plus tard au jour 6 au lieu du jour 0, sans retarder la commande.',
        faux: 'Calculez quand B doit être finie au plus tard (avant le début de E), déduisez son début au plus tard, puis retirez son début au plus tôt.',
      },
      explication:
        'E commence au plus tard après le jour 8 : B doit être finie au plus tard à la fin du jour 8, donc commencer au plus tard après le jour $8 - 2 = 6$. Marge totale : $6 - 0 = 6$ jours. Cette marge peut servir à confier les étiquettes à une personne qui apprend le poste.',
      source: 'Leçon Planifier et organiser, § La marge',
    }),
    ordre({
      id: 'construire-planning',
      enonce: 'Remettez dans l’ordre les étapes de construction d’un planning.',
      criteres: ['B2.C2.CR1'],
      etapes: [
        {
          id: 'e1',
          texte: 'Lister les tâches, leurs durées mesurées et leurs antériorités',
          feedback: 'Tout part de la liste des tâches, de durées mesurées dans l’atelier et de l’ordre obligatoire entre elles.',
        },
        {
          id: 'e2',
          texte: 'Calculer les dates au plus tôt et repérer le chemin critique',
          feedback: 'Les durées et les antériorités donnent les dates et la chaîne la plus longue.',
        },
        {
          id: 'e3',
          texte: 'Lisser la charge en déplaçant les tâches qui ont de la marge',
          feedback: 'Le lissage utilise les marges calculées à l’étape précédente.',
        },
        {
          id: 'e4',
          texte: 'Afficher le planning visuel et lancer le travail',
          feedback: 'Le lancement vient quand le planning est stable et partagé.',
        },
        {
          id: 'e5',
          texte: 'Comparer chaque jour le prévu et le réalisé',
          feedback: 'Le suivi commence une fois le travail lancé.',
        },
      ],
      explication:
        'Tâches et antériorités, dates et chemin critique, lissage, lancement, suivi : chaque étape s’appuie sur la précédente (programmation, lancement, suivi).',
      source: 'Leçon Planifier et organiser',
    }),
    vraiFaux({
      id: 'retard-critique',
      enonce:
        'Si une tâche du chemin critique prend un jour de retard, et que rien d’autre ne change, la livraison est retardée d’un jour.',
      criteres: ['B2.C2.CR1'],
      reponse: true,
      feedback: {
        vrai: 'Exact : les tâches du chemin critique n’ont aucune marge ; leur retard se reporte sur la fin.',
        faux: 'Si : le chemin critique fixe la durée totale. Un retard sur l’une de ses tâches décale la fin, sauf réorganisation.',
      },
      explication:
        'Le chemin critique est la suite de tâches dont la marge est nulle. C’est sur lui que se concentrent la vigilance et les réorganisations en cas d’aléa.',
      source: 'Leçon Planifier et organiser, § Le chemin critique',
    }),
    choixUnique({
      id: 'pic-mercredi',
      enonce:
        'Votre Gantt montre que mercredi, l’usinage et le ponçage, qui se font en parallèle, demandent ensemble 9 personnes. Vous en avez 6. Le ponçage a 2 jours de marge, l’usinage est sur le chemin critique. Que faites-vous ?',
      criteres: ['B2.C2.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Vous décalez le ponçage dans sa marge pour étaler le travail.',
          feedback: 'Oui : c’est le lissage de charge. La livraison ne bouge pas et personne n’est surchargé.',
        },
        {
          id: 'b',
          texte: 'Vous décalez l’usinage au jeudi.',
          feedback: 'Non : l’usinage est sur le chemin critique ; le décaler retarde la livraison.',
        },
        {
          id: 'c',
          texte: 'Vous demandez à chacun d’aller plus vite mercredi.',
          feedback: 'Non : la surcharge vient du planning, pas des personnes. Elle se règle par l’organisation.',
        },
        {
          id: 'd',
          texte: 'Vous annulez la séance de soutien de mercredi pour avoir plus de monde.',
          feedback: 'Non : les activités de soutien ne servent pas à combler un pic que les marges permettent d’éviter.',
        },
      ],
      reponse: 'a',
      explication:
        'Le lissage de charge consiste à déplacer, dans leur marge, les tâches qui ne sont pas critiques. Il évite les pics sans toucher à la date de livraison ni aux personnes.',
      source: 'Leçon Planifier et organiser, § Lisser la charge',
    }),
    choixUnique({
      id: 'reunion-lancement',
      enonce:
        'Une commande de 30 jardinières démarre lundi. Comment associez-vous l’équipe à l’organisation ?',
      criteres: ['B2.C2.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Vous affectez chacun selon sa rapidité et affichez la liste lundi matin.',
          feedback:
            'La liste est efficace à court terme, mais personne n’a été consulté et les souhaits d’apprentissage sont ignorés.',
        },
        {
          id: 'b',
          texte: 'Vous présentez la commande, demandez à chacun son poste souhaité et construisez la répartition ensemble.',
          feedback:
            'Oui : les personnes sont associées, leurs souhaits et projets entrent dans l’organisation, dans le cadre des délais.',
        },
        {
          id: 'c',
          texte: 'Vous laissez l’équipe s’organiser entièrement seule, délais compris.',
          feedback:
            'Associer ne veut pas dire se retirer : le moniteur garde la responsabilité des délais et de la sécurité, et guide les choix.',
        },
        {
          id: 'd',
          texte: 'Vous demandez au délégué des travailleurs de faire le planning à votre place.',
          feedback:
            'Non : le délégué porte les réclamations individuelles auprès de la direction ; organiser la production reste votre rôle.',
        },
      ],
      reponse: 'b',
      explication:
        'La Fiche Métier décrit un moniteur qui organise la production en associant les personnes et en tenant compte de leur projet professionnel. Une courte réunion de lancement, avec un support visuel, en est l’outil le plus simple.',
      source: 'Fiche Métier CPNE-FP, 2024 (bloc 2) ; leçon Planifier et organiser, § Associer les travailleurs',
    }),
    choixMultiples({
      id: 'pratiques-associer',
      enonce: 'Lesquelles de ces pratiques associent vraiment les travailleurs à l’organisation du travail ?',
      criteres: ['B2.C2.CR2'],
      options: [
        {
          id: 'a',
          texte: 'L’équipe met elle-même à jour le tableau d’avancement',
          feedback: 'Oui : le suivi partagé rend chacun acteur de la production.',
        },
        {
          id: 'b',
          texte: 'Vous recueillez les idées de l’équipe sur l’ordre des gestes et dites ce que vous en faites',
          feedback: 'Oui : demander, puis répondre, montre que les propositions comptent.',
        },
        {
          id: 'c',
          texte: 'Le planning tient compte de l’apprentissage qu’une travailleuse a demandé',
          feedback: 'Oui : le projet professionnel entre dans l’organisation de la production.',
        },
        {
          id: 'd',
          texte: 'Vous décidez seul et n’annoncez les changements qu’au dernier moment, pour ne pas inquiéter',
          feedback: 'Non : un changement non expliqué est subi. Informer tôt fait partie du respect des personnes.',
        },
        {
          id: 'e',
          texte: 'Les postes intéressants sont réservés à ceux qui produisent le plus',
          feedback: 'Non : cela transforme les apprentissages en récompense et enferme les autres dans les tâches répétitives.',
        },
      ],
      reponses: ['a', 'b', 'c'],
      explication:
        'Associer les travailleurs, c’est leur donner une place réelle dans l’organisation : suivi partagé, idées recueillies, projets pris en compte. La RBPP de l’ANESM sur les ESAT (2013) encourage leur rôle d’acteur économique et social.',
      source: 'Fiche Métier CPNE-FP, 2024 (bloc 2) ; ANESM, RBPP ESAT (2013)',
    }),
    choixUnique({
      id: 'paul-rae',
      enonce:
        'Paul prépare une reconnaissance des acquis de son expérience sur le ponçage. Une commande serrée arrive ; le ponçage a un jour de marge. Comment l’organisez-vous ?',
      criteres: ['B2.C2.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Vous reportez sa démarche après la commande, pour ne pas ralentir.',
          feedback: 'La démarche de Paul n’est pas une variable d’ajustement ; et la marge permet justement de la poursuivre.',
        },
        {
          id: 'b',
          texte: 'Vous le placez au ponçage en lui laissant le temps d’expliquer et de photographier ses gestes pour son dossier.',
          feedback: 'Oui : la tâche a de la marge, la production avance et Paul construit ses preuves.',
        },
        {
          id: 'c',
          texte: 'Vous le placez seul sur l’assemblage, tâche critique, pour qu’il montre ce qu’il sait faire.',
          feedback: 'Non : l’assemblage n’est pas l’objet de sa démarche, et la pression du chemin critique ne l’aide pas.',
        },
      ],
      reponse: 'b',
      explication:
        'Tenir compte du projet professionnel dans le planning, c’est placer les apprentissages et les démarches de reconnaissance sur des tâches qui ont de la marge, où le temps d’explication ne menace pas la livraison.',
      source: 'Leçon Planifier et organiser, § La marge et § Tenir compte des projets professionnels',
    }),
    vraiFaux({
      id: 'projet-hors-production',
      enonce:
        'Inès a inscrit dans son projet personnalisé qu’elle veut apprendre à utiliser la défonceuse. Ce souhait se traite au bilan annuel de son projet avec l’équipe pluriprofessionnelle ; il n’a pas à entrer dans le planning de la commande de jardinières en cours.',
      criteres: ['B2.C2.CR2'],
      reponse: false,
      feedback: {
        vrai: 'Non : la Fiche Métier demande d’organiser la production en tenant compte du projet professionnel des personnes. Après la formation à la sécurité de la machine, Inès peut apprendre en binôme dès cette commande, là où un ralentissement ne menace pas la livraison.',
        faux: 'Exact : le planning est aussi un outil d’accompagnement ; l’apprentissage d’Inès peut commencer dès cette commande, en binôme, après la formation à la sécurité de la machine.',
      },
      explication:
        'Selon la Fiche Métier (bloc 2), le moniteur organise et conduit la production en associant les personnes et en tenant compte de leur projet professionnel.',
      source: 'Fiche Métier CPNE-FP, 18 janvier 2024 (bloc 2)',
    }),
    texteATrous({
      id: 'fiche-metier-bloc-2',
      enonce: 'Complétez le récit de ce lancement de commande.',
      criteres: ['B2.C2.CR2'],
      texte:
        'Lundi, vous présentez à l’équipe la commande de jardinières et recueillez les [[souhaits]] de chacun avant de construire la répartition avec eux. Kevin veut apprendre l’étiquetage, inscrit dans son projet professionnel. Vous lui confiez cette tâche parce qu’elle a de la [[marge]] : elle n’est pas sur le chemin [[critique]], donc son temps d’apprentissage ne retardera pas la livraison.',
      trous: {
        souhaits: {
          acceptees: ['souhaits', 'souhait', 'envies', 'préférences', 'preferences', 'choix', 'avis', 'demandes', 'attentes'],
          feedback: 'Les personnes sont associées à l’organisation : on leur demande leur poste souhaité avant de répartir, on ne les informe pas seulement.',
        },
        marge: {
          acceptees: ['marge', 'marges'],
          feedback: 'Une tâche qui a de la marge peut prendre du retard sans décaler la fin : c’est le bon endroit pour apprendre.',
        },
        critique: {
          acceptees: ['critique'],
          feedback: 'Sur le chemin critique, tout retard décale la livraison : on évite d’y placer un apprentissage sans appui.',
        },
      },
      explication:
        'La Fiche Métier (CPNE-FP, 2024, bloc 2) décrit un moniteur qui organise la production en associant les personnes et en tenant compte de leur projet professionnel. Concrètement : on recueille les souhaits avant de répartir, et l’on place les apprentissages sur les tâches qui ont de la marge.',
      source: 'Fiche Métier CPNE-FP, 18 janvier 2024 (bloc 2) ; leçon Planifier et organiser, § La marge et § Associer les travailleurs',
    }),
    choixUnique({
      id: 'panne-etiqueteuse',
      enonce:
        'Mardi, 10 h : l’étiqueteuse, sur le chemin critique, tombe en panne. La livraison est prévue vendredi. Que faites-vous d’abord ?',
      criteres: ['B2.C2.CR3'],
      options: [
        {
          id: 'a',
          texte: 'Vous mesurez l’impact, avancez les tâches qui ont de la marge et prévenez le chef d’atelier si besoin.',
          feedback: 'Oui : mesurer l’impact, utiliser les marges et alerter tôt, c’est la méthode de réajustement.',
        },
        {
          id: 'b',
          texte: 'Vous envoyez l’équipe en salle de pause en attendant la réparation.',
          feedback: 'Non : des tâches avec de la marge peuvent avancer pendant la panne, comme le pliage ou la préparation du lot suivant.',
        },
        {
          id: 'c',
          texte: 'Vous annulez la formation de jeudi pour récupérer le temps perdu.',
          feedback: 'Non : la formation n’est pas une variable d’ajustement ; cherchez d’abord dans l’organisation.',
        },
        {
          id: 'd',
          texte: 'Vous étiquetez vous-même à la main pendant que l’équipe attend.',
          feedback: 'Vous quittez votre rôle d’organisation, et l’équipe perd du temps et de l’autonomie.',
        },
      ],
      reponse: 'a',
      explication:
        'Face à un aléa : sécuriser, mesurer l’impact sur le chemin critique, choisir une solution (marges, échanges de tâches, renfort volontaire) et prévenir la hiérarchie si la date est menacée, puis expliquer le nouveau planning.',
      source: 'Leçon Planifier et organiser, § Réajuster face aux aléas',
    }),
    numerique({
      id: 'heures-manquantes',
      enonce:
        'Il reste 60 h de travail sur une commande à livrer dans 4 jours. L’équipe y consacre normalement 18 h par jour. Deux travailleurs, à 5 h de production par jour chacun, seront absents mercredi et jeudi. Combien d’heures manquera-t-il ?',
      criteres: ['B2.C2.CR3'],
      tableau: {
        entetes: ['Donnée', 'Valeur'],
        lignes: [
          ['Travail restant', '60 h'],
          ['Capacité habituelle pour cette commande', '18 h par jour, 4 jours'],
          ['Absences', '2 personnes × 5 h par jour, mercredi et jeudi'],
        ],
      },
      reponse: { valeur: 8, tolerance: 0, unite: 'h' },
      pieges: [
        { valeur: 12, feedback: '12 h, c’était la marge avant les absences (72 h − 60 h). Retirez d’abord les heures d’absence.' },
        { valeur: 20, feedback: '20 h, ce sont les heures d’absence. La marge de 12 h en absorbe une partie.' },
        { valeur: 52, feedback: '52 h, c’est la capacité restante. Comparez-la aux 60 h de travail.' },
      ],
      feedback: {
        juste: 'Exact : 52 h de capacité pour 60 h de travail, il manque 8 h. C’est un écart à traiter et, si besoin, à signaler.',
        faux: 'Calculez la capacité sur 4 jours, retirez les heures d’absence, puis comparez au travail restant.',
      },
      explication:
        'Capacité : $4 \\times 18 = 72$ h. Absences : $2 \\times 5 \\times 2 = 20$ h. Capacité restante : $72 - 20 = 52$ h. Manque : $60 - 52 = 8$ h. On cherche d’abord dans l’organisation (marges, renfort volontaire), puis on prévient la hiérarchie.',
      source: 'Leçon Planifier et organiser, § Réajuster face aux aléas',
    }),
    choixMultiples({
      id: 'ne-pas-sacrifier',
      enonce: 'Vous réajustez un planning en retard. Qu’est-ce qui ne doit pas servir de variable d’ajustement ?',
      criteres: ['B2.C2.CR3'],
      options: [
        {
          id: 'a',
          texte: 'Les pauses',
          feedback: 'Exact : les pauses protègent la santé et la vigilance ; les supprimer augmente aussi les erreurs.',
        },
        {
          id: 'b',
          texte: 'Les formations prévues',
          feedback: 'Exact : elles font partie du parcours des personnes.',
        },
        {
          id: 'c',
          texte: 'La reprise progressive d’une personne après une absence',
          feedback: 'Exact : l’interrompre met la personne en difficulté.',
        },
        {
          id: 'd',
          texte: 'L’ordre des tâches qui ont de la marge',
          feedback: 'Non : déplacer les tâches qui ont de la marge est justement le premier levier de réajustement.',
        },
        {
          id: 'e',
          texte: 'La répartition des tâches entre volontaires',
          feedback: 'Non : échanger des tâches entre volontaires est un levier légitime, s’il est expliqué.',
        },
      ],
      reponses: ['a', 'b', 'c'],
      explication:
        'On réajuste l’organisation (ordre des tâches, marges, répartition entre volontaires, délai négocié par la hiérarchie). La sécurité, les pauses, le soutien, les formations et les reprises progressives ne sont pas des réserves de temps.',
      source: 'Leçon Planifier et organiser, § Ce que l’on ne sacrifie pas',
    }),
    ordre({
      id: 'methode-alea',
      enonce: 'Une machine tombe en panne en pleine commande. Remettez dans l’ordre votre façon de réagir.',
      criteres: ['B2.C2.CR3'],
      etapes: [
        {
          id: 'e1',
          texte: 'Mettre les personnes en sécurité et arrêter la machine',
          feedback: 'La sécurité passe avant le délai : on ne « bricole » pas une machine en panne.',
        },
        {
          id: 'e2',
          texte: 'Mesurer l’impact de la panne sur le chemin critique et les marges',
          feedback: 'On mesure ensuite ce que la panne change pour la livraison.',
        },
        {
          id: 'e3',
          texte: 'Choisir une solution, avec la hiérarchie si la date de livraison est menacée',
          feedback: 'La solution dépend de l’impact mesuré ; la hiérarchie négocie avec le client si besoin.',
        },
        {
          id: 'e4',
          texte: 'Expliquer le nouveau planning à l’équipe et l’afficher',
          feedback: 'Un changement expliqué est mieux vécu qu’un changement subi.',
        },
      ],
      explication:
        'Sécurité, impact, solution, explication : cet ordre protège les personnes, évite les décisions hâtives et garde l’équipe associée.',
      source: 'Leçon Planifier et organiser, § Une méthode en quatre temps',
    }),
    vraiFaux({
      id: 'marge-absorbe',
      enonce:
        'Une tâche qui a 3 jours de marge totale peut prendre 2 jours de retard sans décaler la date de fin de la commande.',
      criteres: ['B2.C2.CR3'],
      reponse: true,
      feedback: {
        vrai: 'Exact : tant que le retard reste inférieur ou égal à la marge totale, la fin ne bouge pas.',
        faux: 'Si : la marge totale est précisément le retard possible sans décaler la fin.',
      },
      explication:
        'La marge totale est la différence entre le début au plus tard et le début au plus tôt : $\\text{marge} = 3$ jours, le retard de 2 jours est absorbé. Il reste 1 jour de marge, à surveiller.',
      source: 'Leçon Planifier et organiser, § La marge',
    }),
  ],
});
