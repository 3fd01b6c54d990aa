import { association, choixMultiples, choixUnique, defineQuiz, ordre, texteATrous, vraiFaux } from '#auteur';

export default defineQuiz({
  id: 'sante-securite-quotidien',
  titre: 'Santé et sécurité au quotidien',
  description:
    'Dix-neuf questions sur les TMS et la manutention, l’étiquette CLP et la fiche de données de sécurité, les interventions sur machine et la consignation, l’autorisation de conduite, les secours, l’accident du travail en ESAT, le suivi de santé et le travail isolé.',
  bloc: 'B2',
  questions: [
    choixUnique({
      id: 'tms-causes',
      enonce:
        'Au point d’équipe, un collègue affirme : « Les TMS, c’est le port de charges lourdes ; au conditionnement, on n’en aura pas. » Que lui répondez-vous ?',
      criteres: ['B2.C6.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Il a raison tant que chaque carton pèse moins de 25 kg, la limite légale du port.',
          feedback:
            'Non : 25 kg est une limite du code pour les femmes, pas une limite générale, et les TMS naissent aussi de gestes légers répétés.',
        },
        {
          id: 'b',
          texte: 'Les gestes répétés, la cadence et le manque d’alternance en causent aussi.',
          feedback:
            'Oui : les TMS ont des causes multiples, dont l’organisation du travail (cadence, pauses, alternance) et le stress.',
        },
        {
          id: 'c',
          texte: 'Les TMS viennent surtout de l’âge et de l’état de santé de chaque personne.',
          feedback:
            'Non : l’âge peut jouer, mais le travail contribue à ces troubles ; c’est pourquoi ils sont reconnus comme maladies professionnelles.',
        },
      ],
      reponse: 'b',
      explication:
        'Les troubles musculosquelettiques sont la première cause de maladie professionnelle reconnue. Ils viennent des gestes répétés, des efforts et des postures, mais aussi de l’organisation : cadence, absence de pauses ou d’alternance, faible marge de manœuvre.',
      source: 'Assurance maladie, tableaux de maladies professionnelles n° 57 (régime général) et n° 39 (régime agricole)',
      appuis: ['complements §5 TMS'],
    }),
    vraiFaux({
      id: 'tms-premiere-cause',
      enonce: 'Les troubles musculosquelettiques sont la première cause de maladie professionnelle reconnue en France.',
      criteres: ['B2.C6.CR1'],
      reponse: true,
      feedback: {
        vrai: 'Exact : ils arrivent en tête des maladies professionnelles reconnues ; le pourcentage exact varie selon l’année et le régime.',
        faux: 'Si : les TMS sont la première cause de maladie professionnelle reconnue, devant toutes les autres.',
      },
      explication:
        'Les TMS (tableau n° 57 du régime général, n° 39 du régime agricole) sont la première cause de maladie professionnelle reconnue. Les pourcentages publiés varient selon l’année et la source : retenez le rang, pas un chiffre.',
      source: 'Assurance maladie, tableau n° 57 des maladies professionnelles',
      appuis: ['complements §5 TMS'],
    }),
    choixUnique({
      id: 'manutention-premier-reflexe',
      enonce:
        'À la blanchisserie, Mehdi porte chaque matin douze sacs de linge mouillé du camion au chariot. Quelle mesure vient en premier selon le code du travail ?',
      criteres: ['B2.C6.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Lui apprendre les gestes et postures : dos droit, jambes fléchies, charge près du corps.',
          feedback:
            'Former vient après : le code demande d’abord d’éviter la manutention manuelle, puis d’évaluer et de réduire le risque.',
        },
        {
          id: 'b',
          texte: 'Lui fournir une ceinture lombaire et des gants antidérapants adaptés au linge mouillé.',
          feedback: 'Non : un équipement individuel ne supprime pas le port, et il passe après les mesures collectives.',
        },
        {
          id: 'c',
          texte: 'Supprimer le port à la main : chariot au pied du camion, sacs moins remplis par le client.',
          feedback: 'Oui : éviter la manutention manuelle par l’organisation ou une aide mécanique est la première obligation.',
        },
      ],
      reponse: 'c',
      explication:
        'Le code du travail demande d’abord d’éviter la manutention manuelle (organisation, aides mécaniques) ; sinon d’évaluer et de réduire le risque, puis d’informer et de former les personnes.',
      source: 'C. trav., art. R4541-3 et suivants',
      appuis: ['complements §5 Manutention : principe'],
    }),
    vraiFaux({
      id: 'manutention-25-kg-general',
      enonce: 'Le code du travail interdit à tout travailleur, homme ou femme, de porter une charge de plus de 25 kg.',
      criteres: ['B2.C6.CR1'],
      reponse: false,
      feedback: {
        vrai: 'Non : 25 kg est la limite fixée pour les femmes ; pour les hommes, le port habituel au-delà de 55 kg exige l’aptitude reconnue par le médecin du travail, jamais plus de 105 kg.',
        faux: 'Exact : 25 kg est la limite du code pour les femmes, pas une limite générale (C. trav., art. R4541-9).',
      },
      explication:
        'Article R4541-9 : les femmes ne portent pas plus de 25 kg (40 kg à la brouette, brouette comprise) ; au-delà de 55 kg en port habituel, il faut l’aptitude reconnue par le médecin du travail, et jamais plus de 105 kg. Une charge autorisée n’est pas pour autant sans risque.',
      source: 'C. trav., art. R4541-9',
      appuis: ['complements §5 Manutention : charges'],
    }),
    texteATrous({
      id: 'manutention-limites-trous',
      enonce: 'Complétez les limites de l’article R4541-9 du code du travail (en kilogrammes).',
      criteres: ['B2.C6.CR1'],
      texte:
        'Le port habituel de charges de plus de [[habituel]] kg exige que le médecin du travail ait reconnu l’aptitude ; aucune charge ne dépasse [[maximum]] kg. Une femme ne porte pas plus de [[femmes]] kg.',
      trous: {
        habituel: { acceptees: ['55'], feedback: '55 kg : au-delà, en port habituel, l’aptitude est reconnue par le médecin du travail.' },
        maximum: { acceptees: ['105'], feedback: '105 kg : plafond absolu, même avec l’aptitude médicale.' },
        femmes: { acceptees: ['25'], feedback: '25 kg portés pour les femmes (40 kg à la brouette, brouette comprise).' },
      },
      explication:
        'Article R4541-9 : 55 kg en port habituel sans aptitude reconnue par le médecin du travail, jamais plus de 105 kg ; pour les femmes, 25 kg portés et 40 kg à la brouette.',
      source: 'C. trav., art. R4541-9',
      appuis: ['complements §5 Manutention : charges'],
    }),
    choixMultiples({
      id: 'etiquette-clp-contenu',
      enonce:
        'Un nouveau détachant arrive à la blanchisserie. Que trouvez-vous sur son étiquette de danger selon le règlement CLP ? Cochez les bonnes réponses.',
      criteres: ['B2.C6.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Un ou des pictogrammes en losange à bord rouge',
          feedback: 'Oui : le règlement CLP compte neuf pictogrammes de danger, tous en losange à bord rouge.',
        },
        {
          id: 'b',
          texte: 'Une mention « Danger » ou « Attention »',
          feedback: 'Oui : c’est la mention d’avertissement ; « Danger » signale les dangers les plus graves.',
        },
        {
          id: 'c',
          texte: 'La liste des 16 rubriques de la fiche de sécurité',
          feedback: 'Non : les 16 rubriques sont celles de la fiche de données de sécurité, un document à part fourni par le fournisseur.',
        },
        {
          id: 'd',
          texte: 'Un carré orange avec une croix noire',
          feedback: 'Non : c’est l’ancien symbole, remplacé par les losanges à bord rouge du règlement CLP.',
        },
      ],
      reponses: ['a', 'b'],
      explication:
        'Le règlement (CE) n° 1272/2008 (CLP) prévoit neuf pictogrammes en losange à bord rouge, deux mentions d’avertissement (« Danger », « Attention »), des mentions de danger (H) et des conseils de prudence (P).',
      source: 'Règlement (CE) n° 1272/2008 (CLP)',
      appuis: ['complements §5 Étiquetage CLP', 'complements §10.1 n°10 bis'],
    }),
    choixUnique({
      id: 'clp-mention-avertissement',
      enonce: 'Sur deux bidons de désinfectant, l’un porte « Danger », l’autre « Attention ». Que vous apprend cette différence ?',
      criteres: ['B2.C6.CR1'],
      options: [
        {
          id: 'a',
          texte: '« Danger » signale un danger plus grave que « Attention ».',
          feedback: 'Oui : ce sont les deux mentions d’avertissement du règlement CLP, « Danger » pour les plus graves.',
        },
        {
          id: 'b',
          texte: '« Attention » vise les produits pour l’environnement seulement.',
          feedback: 'Non : « Attention » s’emploie pour tous les dangers moins graves, pour la santé comme pour l’environnement.',
        },
        {
          id: 'c',
          texte: 'Aucune : les deux mots sont laissés au choix du fabricant.',
          feedback: 'Non : la mention d’avertissement est fixée par le règlement CLP selon la gravité du danger.',
        },
      ],
      reponse: 'a',
      explication:
        'Le règlement CLP prévoit deux mentions d’avertissement : « Danger » pour les catégories de danger les plus graves, « Attention » pour les autres. Elles complètent les neuf pictogrammes.',
      source: 'Règlement (CE) n° 1272/2008 (CLP)',
      appuis: ['complements §5 Étiquetage CLP'],
    }),
    choixUnique({
      id: 'fds-trouver-epi',
      enonce:
        'Un vernis arrive à la menuiserie. Vous voulez savoir quels gants et quelle protection respiratoire prévoir. Où le lisez-vous ?',
      criteres: ['B2.C6.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Dans la fiche technique, qui décrit l’usage et le séchage du produit.',
          feedback: 'Non : la fiche technique parle des performances et de l’usage, pas de la protection des personnes.',
        },
        {
          id: 'b',
          texte: 'Dans la fiche de données de sécurité, rubrique sur l’exposition.',
          feedback: 'Oui : la FDS, en 16 rubriques, a une rubrique « contrôle de l’exposition et protection individuelle ».',
        },
        {
          id: 'c',
          texte: 'Sur le bon de livraison, où le fournisseur liste les risques.',
          feedback: 'Non : le bon de livraison est un document commercial ; les protections figurent dans la FDS.',
        },
      ],
      reponse: 'b',
      explication:
        'La fiche de données de sécurité, établie par le fournisseur, compte 16 rubriques (REACH, annexe II), dont le contrôle de l’exposition et les équipements de protection individuelle. L’employeur la rend accessible aux travailleurs et au médecin du travail.',
      source: 'Règlement REACH, annexe II ; C. trav., art. R4411-73',
      appuis: ['complements §5 Fiche de données de sécurité'],
    }),
    vraiFaux({
      id: 'fds-accessible',
      enonce:
        'Les fiches de données de sécurité des produits de l’atelier doivent être accessibles aux travailleurs, à leurs représentants et au médecin du travail.',
      criteres: ['B2.C6.CR2'],
      reponse: true,
      feedback: {
        vrai: 'Exact : l’employeur les rend accessibles ; un classeur connu de tous, près des produits, est une bonne pratique.',
        faux: 'Si : l’employeur doit rendre les FDS accessibles aux travailleurs, à leurs représentants et au médecin du travail.',
      },
      explication:
        'L’employeur rend la fiche de données de sécurité accessible aux travailleurs concernés, à leurs représentants et au médecin du travail (C. trav., art. R4411-73).',
      source: 'C. trav., art. R4411-73',
      appuis: ['complements §5 Fiche de données de sécurité'],
    }),
    choixUnique({
      id: 'plieuse-bourrage',
      enonce:
        'Une serviette est coincée dans la plieuse, qui tourne encore. Jordan dit : « Je la tire d’un coup, je sais faire, ça prend deux secondes. » Que faites-vous ?',
      criteres: ['B2.C6.CR4'],
      options: [
        {
          id: 'a',
          texte: 'Vous le laissez faire, mais restez à côté, la main sur l’arrêt d’urgence.',
          feedback: 'Non : rester à côté ne protège pas sa main ; le débourrage sur des organes en mouvement est interdit.',
        },
        {
          id: 'b',
          texte: 'Vous ralentissez la machine au minimum avant qu’il ne tire la serviette.',
          feedback: 'Non : une machine lente reste en mouvement ; l’intervention se fait à l’arrêt, sans remise en marche possible.',
        },
        {
          id: 'c',
          texte: 'Vous arrêtez la machine et empêchez sa remise en marche avant le débourrage.',
          feedback: 'Oui : aucune intervention sur des organes en mouvement ; à l’arrêt, on empêche tout redémarrage inopiné.',
        },
      ],
      reponse: 'c',
      explication:
        'Le nettoyage, le réglage, le débourrage et la maintenance sur des organes en mouvement sont interdits. L’intervention se fait à l’arrêt, en empêchant toute remise en marche inopinée.',
      source: 'C. trav., art. R4323-15',
      appuis: ['complements §5 Machines : interventions'],
    }),
    ordre({
      id: 'consignation-etapes',
      enonce: 'Le technicien doit changer un outil de la presse. Remettez les étapes de la consignation dans l’ordre.',
      criteres: ['B2.C6.CR4'],
      etapes: [
        { id: 'e1', texte: 'Séparer la presse de sa source d’énergie', feedback: '1re étape : ouvrir le sectionneur ou fermer la vanne.' },
        { id: 'e2', texte: 'Condamner la séparation par un cadenas et l’identifier', feedback: '2e étape : cadenas et étiquette (qui, quand, pourquoi).' },
        { id: 'e3', texte: 'Dissiper les énergies résiduelles', feedback: '3e étape : pression, ressort, pièce encore en mouvement.' },
        { id: 'e4', texte: 'Vérifier l’absence d’énergie', feedback: '4e étape : on vérifie avant de commencer, jamais après.' },
      ],
      explication:
        'La consignation se fait en quatre étapes : séparation, condamnation avec identification, dissipation des énergies résiduelles, vérification de l’absence d’énergie. La déconsignation suit l’ordre inverse.',
      source: 'INRS, brochure ED 6109',
      appuis: ['complements §5 Consignation'],
    }),
    choixUnique({
      id: 'gerbeur-autorisation',
      enonce:
        'Au conditionnement, Loïc, volontaire et adroit, propose de déplacer les palettes avec le gerbeur pendant l’absence du cariste. Que faut-il pour qu’il le conduise ?',
      criteres: ['B2.C6.CR4'],
      options: [
        {
          id: 'a',
          texte: 'Une autorisation de conduite délivrée par l’employeur.',
          feedback: 'Oui : elle suppose l’aptitude médicale, des connaissances vérifiées (le CACES en est un moyen) et la connaissance des lieux.',
        },
        {
          id: 'b',
          texte: 'Votre accord, après l’avoir regardé faire un essai.',
          feedback: 'Non : un essai réussi ne vaut pas autorisation ; c’est l’employeur qui la délivre après vérifications.',
        },
        {
          id: 'c',
          texte: 'Un permis de conduire B en cours de validité.',
          feedback: 'Non : le permis B ne vérifie ni la conduite d’un gerbeur ni la connaissance des lieux de l’atelier.',
        },
      ],
      reponse: 'a',
      explication:
        'La conduite de ces équipements exige une autorisation de conduite délivrée par l’employeur après vérification de l’aptitude médicale, des connaissances et du savoir-faire, et de la connaissance des lieux et consignes.',
      source: 'C. trav., art. R4323-55 à R4323-57',
      appuis: ['complements §5 Autorisation de conduite'],
    }),
    vraiFaux({
      id: 'caces-obligation-legale',
      enonce: 'Le CACES est en soi une obligation légale : sans lui, personne ne peut conduire un chariot élévateur.',
      criteres: ['B2.C6.CR4'],
      reponse: false,
      feedback: {
        vrai: 'Non : ce que le code impose, c’est l’autorisation de conduite de l’employeur ; le CACES est un bon moyen de vérifier les connaissances.',
        faux: 'Exact : le CACES vient de recommandations de l’Assurance maladie ; l’obligation légale est l’autorisation de conduite.',
      },
      explication:
        'Le CACES découle des recommandations de l’Assurance maladie (R482 à R490, depuis le 1er janvier 2020), valable 5 ans (10 ans pour R482). Ce n’est ni un diplôme ni, en soi, une obligation légale : l’obligation est l’autorisation de conduite.',
      source: 'Assurance maladie, recommandations R482 à R490 ; C. trav., art. R4323-55',
      appuis: ['complements §5 CACES', 'complements §5 Autorisation de conduite'],
    }),
    association({
      id: 'caces-categories',
      enonce: 'Associez chaque équipement à sa recommandation CACES.',
      criteres: ['B2.C6.CR4'],
      gauche: [
        { id: 'g1', texte: 'Gerbeur à conducteur accompagnant', feedback: 'R485 : le conducteur marche à côté ou derrière l’engin.' },
        { id: 'g2', texte: 'Chariot élévateur à conducteur porté', feedback: 'R489 : le conducteur est assis ou debout sur le chariot.' },
        { id: 'g3', texte: 'Nacelle (plateforme élévatrice mobile de personnes)', feedback: 'R486 : les PEMP.' },
      ],
      droite: [
        { id: 'd1', texte: 'R485' },
        { id: 'd2', texte: 'R489' },
        { id: 'd3', texte: 'R486' },
        { id: 'd4', texte: 'R482' },
      ],
      paires: { g1: 'd1', g2: 'd2', g3: 'd3' },
      explication:
        'Recommandations de l’Assurance maladie : R485 gerbeurs à conducteur accompagnant, R486 nacelles, R489 chariots à conducteur porté ; R482 concerne les engins de chantier.',
      source: 'Assurance maladie, recommandations R482 à R490',
      appuis: ['complements §5 CACES'],
    }),
    choixUnique({
      id: 'sst-obligation',
      enonce: 'Que demande le code du travail pour les premiers secours dans l’atelier menuiserie, où l’on travaille sur machines ?',
      criteres: ['B2.C6.CR4'],
      options: [
        {
          id: 'a',
          texte: 'Un infirmier présent dans l’établissement pendant les heures d’atelier.',
          feedback: 'Non : le code demande un secouriste formé ; le SST ne remplace d’ailleurs pas un infirmier.',
        },
        {
          id: 'b',
          texte: 'Au moins une personne formée aux premiers secours dans cet atelier.',
          feedback: 'Oui : dans chaque atelier où sont effectués des travaux dangereux, au moins un membre du personnel est formé.',
        },
        {
          id: 'c',
          texte: 'Une trousse de secours, sans exigence de formation particulière.',
          feedback: 'Non : la trousse ne suffit pas ; il faut au moins une personne formée aux premiers secours.',
        },
      ],
      reponse: 'b',
      explication:
        'Dans chaque atelier où sont effectués des travaux dangereux, au moins un membre du personnel a reçu la formation aux premiers secours ; l’employeur organise les secours après avis du médecin du travail. La formation SST initiale dure 14 heures, le certificat vaut 24 mois.',
      source: 'C. trav., art. R4224-15 et R4224-16 ; INRS (référentiel SST)',
      appuis: ['complements §5 Secourisme (SST)'],
    }),
    choixUnique({
      id: 'at-esat-qui-declare',
      enonce:
        'Anissa, travailleuse de l’ESAT, s’est coupé la main au façonnage. Qui déclare l’accident du travail à la caisse primaire d’assurance maladie ?',
      criteres: ['B2.C6.CR4'],
      options: [
        {
          id: 'a',
          texte: 'Anissa elle-même, puisqu’elle n’est pas salariée de l’ESAT.',
          feedback: 'Non : elle n’est pas salariée, mais elle est couverte, et c’est l’établissement qui déclare.',
        },
        {
          id: 'b',
          texte: 'Son représentant légal ou sa famille, dans les deux ans.',
          feedback: 'Non : le délai de 2 ans sert à la victime quand l’employeur n’a pas déclaré ; ce n’est pas la règle normale.',
        },
        {
          id: 'c',
          texte: 'L’ESAT, qui applique la législation des accidents du travail.',
          feedback: 'Oui : l’ESAT déclare (à la MSA pour un ESAT agricole), sous 48 heures hors dimanches et jours fériés.',
        },
      ],
      reponse: 'c',
      explication:
        'Les travailleurs d’ESAT ne sont pas salariés mais sont couverts par la législation des accidents du travail : l’ESAT déclare l’accident à la caisse sous 48 heures (dimanches et jours fériés non compris).',
      source: 'CSS, art. L441-2 et R441-3 ; CASF (contrat d’accompagnement par le travail)',
      appuis: ['complements §5 AT des travailleurs d\u2019ESAT', 'complements §5 Accident du travail : délais', 'complements §10.3 n°21'],
    }),
    choixMultiples({
      id: 'at-delais',
      enonce: 'Lesquelles de ces affirmations sur les délais d’un accident du travail sont exactes ? Cochez les bonnes réponses.',
      criteres: ['B2.C6.CR4'],
      options: [
        {
          id: 'a',
          texte: 'L’employeur déclare l’accident à la caisse sous 48 heures',
          feedback: 'Oui : 48 heures, dimanches et jours fériés non compris.',
        },
        {
          id: 'b',
          texte: 'La victime a 15 jours pour prévenir l’employeur',
          feedback: 'Non : elle l’informe dans la journée, au plus tard sous 24 heures.',
        },
        {
          id: 'c',
          texte: 'La déclaration attend le retour de la victime',
          feedback: 'Non : l’employeur n’attend pas ; il déclare sous 48 heures, même si la personne est encore arrêtée.',
        },
        {
          id: 'd',
          texte: 'L’employeur déclare seulement après avis du médecin',
          feedback: 'Non : il déclare dans les 48 heures ; s’il a des doutes, il peut formuler des réserves motivées.',
        },
      ],
      reponses: ['a'],
      explication:
        'La victime informe l’employeur dans la journée ou au plus tard sous 24 heures ; l’employeur déclare à la caisse sous 48 heures (hors dimanches et jours fériés) et peut émettre des réserves motivées dans les 10 jours francs.',
      source: 'CSS, art. L441-1, L441-2, R441-2 et R441-3',
      appuis: ['complements §5 Accident du travail : délais'],
    }),
    vraiFaux({
      id: 'suivi-sante-esat',
      enonce:
        'Pour l’hygiène, la sécurité et la médecine du travail, l’ESAT applique à ses travailleurs les règles du code du travail, bien qu’ils ne soient pas salariés.',
      criteres: ['B2.C6.CR1'],
      reponse: true,
      feedback: {
        vrai: 'Exact : pour l’hygiène, la sécurité et la médecine du travail, la 4e partie du code du travail s’applique aux ESAT.',
        faux: 'Si : même sans contrat de travail, les travailleurs d’ESAT relèvent des règles de santé au travail du code du travail.',
      },
      explication:
        'L’ESAT est soumis aux règles d’hygiène, de sécurité et de médecine du travail de la quatrième partie du code du travail ; en cas de mise à disposition, le contrat précise les conditions de la surveillance médicale.',
      source: 'C. trav., art. L4111-3 ; CASF, art. R344-17',
      appuis: ['complements §5 Suivi de santé des travailleurs d\u2019ESAT'],
    }),
    choixMultiples({
      id: 'travail-isole-mesures',
      enonce:
        'Claire va nettoyer seule la buanderie d’un foyer, à l’autre bout de la ville, de 14 h à 17 h. Quelles mesures réduisent le risque lié au travail isolé ? Cochez les bonnes réponses.',
      criteres: ['B2.C6.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Un appel convenu à son arrivée et à son départ',
          feedback: 'Oui : un moyen d’alerte et un contact prévu permettent d’organiser les secours.',
        },
        {
          id: 'b',
          texte: 'Un dispositif d’alarme pour travailleur isolé',
          feedback: 'Oui : c’est un moyen d’alerte adapté quand personne ne peut voir ni entendre.',
        },
        {
          id: 'c',
          texte: 'Un rappel des consignes avant son départ',
          feedback: 'Utile, mais une consigne ne permet pas d’alerter ni d’être secourue : ce n’est pas une mesure contre l’isolement.',
        },
        {
          id: 'd',
          texte: 'Le nettoyage des vitres hautes, en fin de journée',
          feedback: 'Non : une tâche en hauteur seule, à l’heure où personne ne passe, aggrave le risque.',
        },
      ],
      reponses: ['a', 'b'],
      explication:
        'Le travail isolé (seul, hors de vue et de portée de voix, avec peu de chances de visite) aggrave les conséquences d’un accident. Prévention : réduire ces situations, prévoir un moyen d’alerte et organiser les secours.',
      source: 'C. trav., art. R4543-19 et R4512-13 ; INRS',
      appuis: ['complements §5 Travail isolé'],
    }),
  ],
});
