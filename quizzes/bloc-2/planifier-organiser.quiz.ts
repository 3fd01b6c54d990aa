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
        'Dates au plus tôt : A finit au jour 1, C au jour 4, D au jour 8. E attend B (finie au jour 2) et D (jour 8) : elle finit au jour 9, et F au jour 10. Le chemin critique A, C, D, E, F fixe la durée : $1 + 3 + 4 + 1 + 1 = 10$.',
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
        'E commence au plus tard après le jour 8 : B doit être finie au plus tard à la fin du jour 8, donc commencer au plus tard après le jour $8 - 2 = 6$. Marge totale : $6 - 0 = 6$. Cette marge peut servir à confier les étiquettes à une personne qui apprend le poste.',
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
          texte: 'Vous décalez l’usinage à jeudi, car c’est la tâche qui mobilise le plus de monde.',
          feedback: 'Non : l’usinage est sur le chemin critique, il n’a aucune marge ; le décaler retarde la livraison.',
        },
        {
          id: 'b',
          texte: 'Vous demandez aux six présents d’accélérer mercredi, en leur expliquant l’enjeu.',
          feedback:
            'Expliquer l’enjeu ne règle rien : la surcharge vient du planning, pas des personnes. Elle se traite par l’organisation.',
        },
        {
          id: 'c',
          texte: 'Vous décalez le ponçage dans ses deux jours de marge pour étaler le travail.',
          feedback: 'Oui : c’est le lissage de charge. La livraison ne bouge pas et personne n’est surchargé.',
        },
        {
          id: 'd',
          texte: 'Vous remplacez la séance de soutien de mercredi par deux heures d’usinage.',
          feedback: 'Non : les activités de soutien ne servent pas à combler un pic que les marges permettent d’éviter.',
        },
      ],
      reponse: 'c',
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
          texte: 'Vous placez chacun au poste qu’il maîtrise le mieux, et affichez la liste lundi matin.',
          feedback:
            'La liste est efficace à court terme, mais personne n’a été consulté : les souhaits et les apprentissages prévus sont ignorés.',
        },
        {
          id: 'b',
          texte: 'Vous laissez l’équipe se répartir seule postes et délais, par respect pour son autonomie.',
          feedback:
            'Associer ne veut pas dire se retirer : le moniteur garde la responsabilité des délais et de la sécurité, et il guide les choix.',
        },
        {
          id: 'c',
          texte: 'Vous confiez la répartition au délégué des travailleurs, qui connaît les souhaits de chacun.',
          feedback:
            'Non : le délégué porte les réclamations individuelles auprès de la direction ; organiser la production reste votre rôle.',
        },
        {
          id: 'd',
          texte: 'Vous présentez la commande, recueillez les souhaits et répartissez les postes avec l’équipe.',
          feedback:
            'Oui : les personnes sont associées, leurs souhaits et projets entrent dans l’organisation, dans le cadre des délais que vous tenez.',
        },
      ],
      reponse: 'd',
      explication:
        'La Fiche Métier décrit un moniteur qui organise la production en associant les personnes et en tenant compte de leur projet professionnel. Une courte réunion de lancement, avec un support visuel, en est l’outil le plus simple.',
      source: 'Fiche Métier CPNE-FP, 2024 (bloc 2) ; leçon Planifier et organiser, § Associer les travailleurs',
    }),
    choixMultiples({
      id: 'associer-a-l-organisation',
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
          texte: 'Vous affichez le planning définitif dès le vendredi, pour que chacun s’y prépare',
          feedback:
            'Informer tôt est utile, mais ce n’est pas associer : l’équipe découvre un planning décidé sans elle.',
        },
        {
          id: 'c',
          texte: 'Vous recueillez les idées de l’équipe sur l’ordre des gestes et dites ce que vous en faites',
          feedback: 'Oui : demander, puis répondre, montre que les propositions comptent.',
        },
        {
          id: 'd',
          texte: 'Vous expliquez en détail à chacun pourquoi vous l’avez placé à son poste',
          feedback:
            'Expliquer ses choix est respectueux, mais la décision reste prise sans les personnes : c’est de l’information, pas de la participation.',
        },
        {
          id: 'e',
          texte: 'Vous laissez le travailleur le plus ancien répartir les postes à votre place',
          feedback:
            'Non : déléguer la répartition à un pair n’associe pas l’équipe, et vous quittez votre rôle d’organisation.',
        },
      ],
      reponses: ['a', 'c'],
      explication:
        'Associer les travailleurs, c’est leur donner une place réelle dans l’organisation : suivi partagé, idées recueillies et suivies d’une réponse. Informer ou expliquer une décision déjà prise ne suffit pas. La RBPP de l’ANESM sur les ESAT (2013) encourage leur rôle d’acteur économique et social.',
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
          texte: 'Vous reportez sa démarche après la livraison, pour qu’il s’y consacre au calme.',
          feedback: 'L’intention est de le protéger, mais sa démarche n’est pas une variable d’ajustement, et la marge permet justement de la poursuivre.',
        },
        {
          id: 'b',
          texte: 'Vous le placez sur l’assemblage, tâche critique, pour qu’il prouve son savoir-faire.',
          feedback: 'Non : l’assemblage n’est pas l’objet de sa démarche, et la pression du chemin critique ne l’aide pas à montrer ses gestes.',
        },
        {
          id: 'c',
          texte: 'Vous le placez au ponçage, avec du temps pour photographier ses gestes.',
          feedback: 'Oui : la tâche a de la marge, la production avance et Paul construit les preuves de son dossier.',
        },
      ],
      reponse: 'c',
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
          texte: 'Vous chiffrez le retard, faites avancer les tâches à marge et prévenez le chef d’atelier.',
          feedback: 'Oui : mesurer l’impact, utiliser les marges et alerter tôt, c’est la méthode de réajustement.',
        },
        {
          id: 'b',
          texte: 'Vous étiquetez vous-même à la main pour tenir vendredi, et l’équipe avance le pliage.',
          feedback: 'Vous devenez le goulot et quittez votre rôle d’organisation ; surtout, personne ne mesure ni ne signale le risque sur la livraison.',
        },
        {
          id: 'c',
          texte: 'Vous décalez la formation de jeudi à la semaine suivante pour regagner une journée.',
          feedback: 'Non : la formation n’est pas une variable d’ajustement ; cherchez d’abord dans l’organisation.',
        },
        {
          id: 'd',
          texte: 'Vous faites une pause collective en attendant le technicien, pour rassurer l’équipe.',
          feedback: 'Non : des tâches qui ont de la marge peuvent avancer pendant la panne, comme le pliage ou la préparation du lot suivant.',
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
      id: 'leviers-reajustement',
      enonce: 'Un planning a pris une demi-journée de retard. Lesquels de ces leviers pouvez-vous utiliser pour le réajuster ?',
      criteres: ['B2.C2.CR3'],
      options: [
        {
          id: 'a',
          texte: 'Déplacer dans leur marge les tâches qui ne sont pas critiques',
          feedback: 'Oui : c’est le premier levier de réajustement ; la livraison ne bouge pas et personne n’est surchargé.',
        },
        {
          id: 'b',
          texte: 'Raccourcir d’un quart d’heure les pauses de l’après-midi cette semaine',
          feedback: 'Non : les pauses protègent la santé et la vigilance ; les réduire augmente aussi les erreurs et les accidents.',
        },
        {
          id: 'c',
          texte: 'Avancer d’une semaine le retour à temps plein de Léa, qui reprend après un arrêt',
          feedback: 'Non : une reprise progressive a été décidée pour la personne ; l’accélérer pour la production la met en difficulté.',
        },
        {
          id: 'd',
          texte: 'Décaler au mois prochain la formation collective prévue jeudi',
          feedback: 'Non : une formation fait partie du parcours des personnes ; elle ne sert pas de réserve de temps.',
        },
      ],
      reponses: ['a'],
      explication:
        'On réajuste l’organisation : ordre des tâches qui ont de la marge, échanges entre volontaires, délai négocié par la hiérarchie. La sécurité, les pauses, le soutien, les formations et les reprises progressives ne sont pas des réserves de temps.',
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
        'La marge totale est la différence entre le début au plus tard et le début au plus tôt : c’est le retard qu’une tâche peut prendre sans décaler la fin. Ici, le retard est absorbé ; il reste un jour de marge, à surveiller.',
      source: 'Leçon Planifier et organiser, § La marge',
    }),
  ],
});
