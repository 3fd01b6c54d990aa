import { association, choixMultiples, choixUnique, defineQuiz, ordre, texteATrous, vraiFaux } from '#auteur';

export default defineQuiz({
  id: 'hygiene-alimentaire',
  titre: 'Hygiène alimentaire en cuisine, légumerie et traiteur',
  description:
    'Dix-neuf questions sur le paquet hygiène, les principes HACCP, le plan de maîtrise sanitaire, la formation, les températures, les dates, les allergènes et la traçabilité.',
  bloc: 'B2',
  h5p: true,
  questions: [
    association({
      id: 'haccp-blanquette',
      enonce:
        'La blanquette cuite la veille doit refroidir vite. Faites glisser chaque élément de la fiche de l’atelier sur le principe HACCP qu’il applique.',
      criteres: ['B2.C7.CR4'],
      gauche: [
        { id: 'g1', texte: 'Le refroidissement après cuisson', feedback: 'C’est le point critique : l’étape où la maîtrise est indispensable.' },
        { id: 'g2', texte: 'Moins de +10 °C à cœur en moins de 2 heures', feedback: 'C’est la limite critique fixée pour ce point.' },
        { id: 'g3', texte: 'La mesure au thermomètre à sonde', feedback: 'C’est la surveillance du point critique.' },
        { id: 'g4', texte: 'Le plat non servi si la limite est dépassée', feedback: 'C’est l’action corrective prévue à l’avance.' },
        { id: 'g5', texte: 'La relecture des fiches chaque semaine', feedback: 'C’est la vérification périodique de l’efficacité.' },
        { id: 'g6', texte: 'La fiche signée et conservée', feedback: 'C’est l’enregistrement, proportionné à la taille de l’atelier.' },
      ],
      droite: [
        { id: 'd1', texte: 'Point critique' },
        { id: 'd2', texte: 'Limite critique' },
        { id: 'd3', texte: 'Surveillance' },
        { id: 'd4', texte: 'Action corrective' },
        { id: 'd5', texte: 'Vérification' },
        { id: 'd6', texte: 'Enregistrement' },
        { id: 'd7', texte: 'Marche en avant' },
      ],
      paires: { g1: 'd1', g2: 'd2', g3: 'd3', g4: 'd4', g5: 'd5', g6: 'd6' },
      explication:
        'Les sept principes HACCP : identifier les dangers, les points critiques, fixer les limites critiques, surveiller, prévoir les actions correctives, vérifier, enregistrer. La marche en avant est une bonne pratique d’organisation des locaux, pas un principe HACCP.',
      source: 'Règlement (CE) n° 852/2004, art. 5 ; arrêté du 21 décembre 2009',
      appuis: ['complements §6 Les 7 principes HACCP', 'complements §6 Températures'],
    }),
    ordre({
      id: 'haccp-ordre',
      enonce: 'Remettez dans l’ordre du règlement européen ces principes de la méthode HACCP.',
      criteres: ['B2.C7.CR4'],
      etapes: [
        { id: 'e1', texte: 'Identifier les dangers', feedback: '1er principe : les dangers à prévenir, éliminer ou réduire.' },
        { id: 'e2', texte: 'Identifier les points critiques', feedback: '2e principe : les étapes où la maîtrise est indispensable.' },
        { id: 'e3', texte: 'Fixer les limites critiques', feedback: '3e principe : la valeur qui sépare l’acceptable de l’inacceptable.' },
        { id: 'e4', texte: 'Surveiller les points critiques', feedback: '4e principe : mesurer et observer.' },
        { id: 'e5', texte: 'Prévoir les actions correctives', feedback: '5e principe : que faire quand une limite est dépassée.' },
        { id: 'e6', texte: 'Vérifier l’efficacité', feedback: '6e principe : vérifier périodiquement que la démarche fonctionne.' },
        { id: 'e7', texte: 'Tenir documents et enregistrements', feedback: '7e principe : garder la preuve, à la mesure de l’entreprise.' },
      ],
      explication:
        'Le règlement (CE) n° 852/2004 (article 5) énumère les sept principes dans cet ordre : dangers, points critiques, limites critiques, surveillance, actions correctives, vérification, documents et enregistrements.',
      source: 'Règlement (CE) n° 852/2004, art. 5',
      appuis: ['complements §6 Les 7 principes HACCP'],
    }),
    texteATrous({
      id: 'haccp-trous',
      enonce: 'Complétez les principes de la méthode HACCP.',
      criteres: ['B2.C7.CR4'],
      texte:
        'On identifie d’abord les [[dangers]], puis les points [[critiques]] où la maîtrise est indispensable. Pour chacun, on fixe une [[limite]] critique, on le [[surveille]] et on prévoit des actions [[correctives]].',
      trous: {
        dangers: { acceptees: ['dangers', 'danger'], feedback: 'Microbiens, physiques, chimiques, allergènes : ce qu’il faut prévenir, éliminer ou réduire.' },
        critiques: { acceptees: ['critiques', 'critique'], feedback: 'Les points critiques pour la maîtrise, comme le refroidissement d’un plat cuisiné.' },
        limite: { acceptees: ['limite'], feedback: 'La limite critique, par exemple une température atteinte en un temps donné.' },
        surveille: { acceptees: ['surveille', 'surveiller', 'mesure'], feedback: 'La surveillance : mesurer, observer, noter.' },
        correctives: { acceptees: ['correctives', 'corrective'], feedback: 'Les actions correctives, décidées à l’avance pour le jour où la limite est dépassée.' },
      },
      explication:
        'Règlement (CE) n° 852/2004, article 5 : identifier les dangers et les points critiques, fixer les limites critiques, surveiller, prévoir les actions correctives, puis vérifier et enregistrer.',
      source: 'Règlement (CE) n° 852/2004, art. 5',
      appuis: ['complements §6 Les 7 principes HACCP'],
    }),
    choixUnique({
      id: 'paquet-hygiene-resultat',
      enonce: 'Une nouvelle collègue demande : « Le paquet hygiène nous dit exactement quel matériel acheter ? » Que lui répondez-vous ?',
      criteres: ['B2.C7.CR4'],
      options: [
        {
          id: 'a',
          texte: 'Oui : il fixe une liste de matériels agréés pour chaque type d’atelier.',
          feedback: 'Non : les règlements fixent des objectifs ; les guides de bonnes pratiques aident à choisir les moyens.',
        },
        {
          id: 'b',
          texte: 'Non : il fixe un résultat, et l’atelier décrit ses moyens dans son PMS.',
          feedback: 'Oui : obligation de résultat, libre choix des moyens, à décrire et à prouver dans le plan de maîtrise sanitaire.',
        },
        {
          id: 'c',
          texte: 'Non : il ne vise que les industriels, pas les petits ateliers.',
          feedback: 'Non : le règlement (CE) n° 852/2004 s’applique à tous les exploitants, restauration collective comprise.',
        },
      ],
      reponse: 'b',
      explication:
        'Le paquet hygiène (règlements (CE) n° 178/2002, 852/2004 et 853/2004, applicables depuis le 1er janvier 2006) fixe une obligation de résultat ; l’exploitant choisit ses moyens et les décrit dans son plan de maîtrise sanitaire.',
      source: 'Règlement (CE) n° 852/2004 ; règlements (CE) n° 178/2002 et 853/2004',
      appuis: ['complements §6 « Paquet hygiène »', 'complements §6 Plan de maîtrise sanitaire (PMS)'],
    }),
    vraiFaux({
      id: 'pms-trois-piliers',
      enonce:
        'Le plan de maîtrise sanitaire repose sur les bonnes pratiques d’hygiène, sur des procédures fondées sur l’HACCP, et sur la traçabilité avec la gestion des non-conformités.',
      criteres: ['B2.C7.CR4'],
      reponse: true,
      feedback: {
        vrai: 'Exact : ce sont ses trois piliers ; le nettoyage, le personnel ou les températures font partie des bonnes pratiques.',
        faux: 'Si : bonnes pratiques d’hygiène, procédures HACCP, traçabilité et non-conformités sont les trois piliers du PMS.',
      },
      explication:
        'Le PMS décrit les bonnes pratiques d’hygiène (prérequis), les procédures fondées sur l’HACCP, la traçabilité et la gestion des non-conformités ; il s’impose aussi en restauration collective (règlement (CE) n° 852/2004).',
      source: 'Règlement (CE) n° 852/2004 ; DDPP, mémento de l’hygiène en restauration collective',
      appuis: ['complements §6 Plan de maîtrise sanitaire (PMS)'],
    }),
    vraiFaux({
      id: 'formation-tous',
      enonce:
        'Dans l’atelier traiteur, chaque travailleur qui manipule des denrées doit être instruit ou formé à l’hygiène, et pas seulement la personne qui a suivi la formation de 14 heures.',
      criteres: ['B2.C7.CR4'],
      reponse: true,
      feedback: {
        vrai: 'Exact : toute personne qui manipule des denrées est instruite ou formée, selon ses tâches.',
        faux: 'Si : la formation de 14 heures concerne au moins une personne, mais toute personne qui manipule des denrées doit être formée.',
      },
      explication:
        'Le règlement (CE) n° 852/2004 (annexe II) exige que toute personne manipulant des denrées soit instruite ou formée à l’hygiène ; les responsables des procédures HACCP reçoivent une formation adaptée.',
      source: 'Règlement (CE) n° 852/2004, annexe II',
      appuis: ['complements §6 Formation de tous'],
    }),
    choixUnique({
      id: 'formation-14h-texte',
      enonce: 'Le restaurant de l’ESAT, ouvert au public, prépare son contrôle. Quel texte impose la formation de 14 heures en restauration commerciale ?',
      criteres: ['B2.C7.CR4'],
      options: [
        { id: 'a', texte: 'Le décret n° 2011-737', feedback: 'Non : ce numéro circule par erreur ; le bon texte est le décret n° 2011-731.' },
        { id: 'b', texte: 'L’arrêté du 21 décembre 2009', feedback: 'Non : cet arrêté fixe notamment les températures, pas la formation de 14 heures.' },
        { id: 'c', texte: 'Le décret n° 2011-731', feedback: 'Oui : décret du 24 juin 2011, avec le code rural (art. L233-4 et D233-6).' },
      ],
      reponse: 'c',
      explication:
        'Depuis le 1er octobre 2012, la restauration commerciale compte au moins une personne formée 14 heures par un organisme déclaré (code rural, art. L233-4 et D233-6 ; décret n° 2011-731 du 24 juin 2011).',
      source: 'Décret n° 2011-731 du 24 juin 2011 ; code rural, art. L233-4',
      appuis: ['complements §6 Formation spécifique 14 h', 'complements §10.3 n°23'],
    }),
    vraiFaux({
      id: 'formation-14h-renouvellement',
      enonce: 'La formation spécifique de 14 heures en restauration commerciale doit être renouvelée tous les trois ans.',
      criteres: ['B2.C7.CR4'],
      reponse: false,
      feedback: {
        vrai: 'Non : aucun renouvellement périodique n’est imposé ; trois ans d’expérience comme exploitant dispensent de la formation, c’est une autre règle.',
        faux: 'Exact : le texte n’impose aucune périodicité de renouvellement.',
      },
      explication:
        'La formation de 14 heures (décret n° 2011-731) concerne au moins une personne de l’établissement ; aucun renouvellement périodique n’est imposé, et 3 ans d’expérience comme gestionnaire ou exploitant en dispensent.',
      source: 'Décret n° 2011-731 du 24 juin 2011 ; arrêtés du 5 octobre 2011 et du 25 novembre 2011',
      appuis: ['complements §6 Formation spécifique 14 h'],
    }),
    choixUnique({
      id: 'dlc-depassee',
      enonce:
        'Jeudi 13 mars, en préparant les plateaux, Lina trouve un produit étiqueté « à consommer jusqu’au 12/03 ». Il a bon aspect et bonne odeur. Que faites-vous ?',
      criteres: ['B2.C7.CR4'],
      options: [
        {
          id: 'a',
          texte: 'Vous l’utilisez dans un plat cuit, la cuisson éliminant les microbes.',
          feedback: 'Non : après une date limite de consommation, la denrée n’est plus ni vendue ni consommée, cuite ou non.',
        },
        {
          id: 'b',
          texte: 'Vous le retirez : il ne peut plus être ni servi ni vendu.',
          feedback: 'Oui : « à consommer jusqu’au » est une DLC ; la date passée, le produit sort de la production.',
        },
        {
          id: 'c',
          texte: 'Vous le gardez pour le repas de l’équipe, pas pour le client.',
          feedback: 'Non : l’interdiction vaut pour toute consommation, celle de l’équipe comprise.',
        },
      ],
      reponse: 'b',
      explication:
        '« À consommer jusqu’au » est une date limite de consommation (règlement (UE) n° 1169/2011) : elle concerne des denrées très périssables, qui ne peuvent plus être vendues ni consommées après la date. L’aspect et l’odeur ne disent rien des bactéries.',
      source: 'Règlement (UE) n° 1169/2011 (INCO)',
      appuis: ['complements §6 DLC / DDM', 'complements §10.3 n°25'],
    }),
    vraiFaux({
      id: 'ddm-vente-interdite',
      enonce: 'Après la date « à consommer de préférence avant », un produit ne peut plus être vendu.',
      criteres: ['B2.C7.CR4'],
      reponse: false,
      feedback: {
        vrai: 'Non : c’est une date de durabilité minimale ; après elle, le produit peut perdre de sa qualité sans danger, et sa vente reste autorisée.',
        faux: 'Exact : la DDM touche la qualité, pas la sécurité ; la vente reste possible.',
      },
      explication:
        'La DDM (« à consommer de préférence avant ») a remplacé la DLUO avec le règlement (UE) n° 1169/2011 : au-delà, perte possible de qualité sans danger, vente autorisée. Seule la DLC interdit vente et consommation.',
      source: 'Règlement (UE) n° 1169/2011 (INCO)',
      appuis: ['complements §6 DLC / DDM', 'complements §10.1 n°8'],
    }),
    choixMultiples({
      id: 'allergenes-liste',
      enonce: 'Pour la fiche allergènes des plateaux, lesquels de ces ingrédients font partie des 14 allergènes à signaler ? Cochez les bonnes réponses.',
      criteres: ['B2.C7.CR4'],
      options: [
        { id: 'a', texte: 'Les graines de sésame', feedback: 'Oui : le sésame fait partie des 14 allergènes de l’annexe II du règlement INCO.' },
        { id: 'b', texte: 'La tomate', feedback: 'Non : la tomate ne figure pas dans la liste des 14.' },
        { id: 'c', texte: 'La moutarde', feedback: 'Oui : la moutarde est l’un des 14 allergènes.' },
        { id: 'd', texte: 'La fraise', feedback: 'Non : la fraise peut gêner certaines personnes, mais elle ne fait pas partie des 14.' },
        { id: 'e', texte: 'Le poivron', feedback: 'Non : le poivron n’est pas dans la liste ; le céleri, lui, y figure.' },
      ],
      reponses: ['a', 'c'],
      explication:
        'Les 14 allergènes (règlement (UE) n° 1169/2011, annexe II) : céréales à gluten, crustacés, œufs, poissons, arachides, soja, lait, fruits à coque, céleri, moutarde, sésame, sulfites, lupin, mollusques.',
      source: 'Règlement (UE) n° 1169/2011, annexe II',
      appuis: ['complements §6 14 allergènes'],
    }),
    vraiFaux({
      id: 'allergenes-oral',
      enonce: 'Pour des plateaux-repas non préemballés, dire oralement au client quels allergènes ils contiennent suffit.',
      criteres: ['B2.C7.CR4'],
      reponse: false,
      feedback: {
        vrai: 'Non : depuis le 1er juillet 2015, l’information sur les allergènes des denrées non préemballées est écrite.',
        faux: 'Exact : l’information est écrite, lisible et visible, et chaque livraison à un restaurant est accompagnée d’un document sur les allergènes.',
      },
      explication:
        'Le décret n° 2015-447 impose depuis le 1er juillet 2015 une information écrite sur les allergènes des denrées non préemballées, consultable librement sur le lieu de consommation.',
      source: 'Décret n° 2015-447 du 17 avril 2015 (code de la consommation)',
      appuis: ['complements §6 Allergènes, denrées non préemballées'],
    }),
    choixUnique({
      id: 'refroidissement-blanquette',
      enonce: 'La blanquette, cuite pour être servie le lendemain, sort du feu à +63 °C. Quelle règle de refroidissement s’applique ?',
      criteres: ['B2.C7.CR4'],
      options: [
        {
          id: 'a',
          texte: 'Moins de +10 °C à cœur en moins de 2 heures',
          feedback: 'Oui : refroidissement rapide d’une préparation élaborée à l’avance, puis conservation à +3 °C au plus.',
        },
        {
          id: 'b',
          texte: 'Moins de +10 °C à cœur en moins de 6 heures',
          feedback: 'Non : 6 heures laissent les bactéries se multiplier ; la règle est de moins de 2 heures.',
        },
        {
          id: 'c',
          texte: 'Une nuit à l’air libre, puis la chambre froide',
          feedback: 'Non : un plat qui refroidit lentement passe des heures à la température où les bactéries se multiplient.',
        },
      ],
      reponse: 'a',
      explication:
        'Arrêté du 21 décembre 2009 : une préparation culinaire élaborée à l’avance passe de +63 °C à moins de +10 °C à cœur en moins de 2 heures, puis se conserve à +3 °C au plus.',
      source: 'Arrêté du 21 décembre 2009, annexe IV',
      appuis: ['complements §6 Températures'],
    }),
    choixUnique({
      id: 'blanquette-jours',
      enonce:
        'La blanquette a été préparée lundi, refroidie et conservée selon les règles. Sans durée de vie validée par l’établissement, jusqu’à quel jour peut-elle être servie ?',
      criteres: ['B2.C7.CR4'],
      options: [
        { id: 'a', texte: 'Mardi', feedback: 'Non : la règle laisse 3 jours après le jour de fabrication, pas un seul.' },
        { id: 'b', texte: 'Samedi', feedback: 'Non : c’est trop tard ; 3 jours après lundi mène à jeudi.' },
        { id: 'c', texte: 'Jeudi', feedback: 'Oui : 3 jours après le jour de fabrication (lundi), soit jeudi.' },
      ],
      reponse: 'c',
      explication:
        'Les préparations élaborées à l’avance se conservent 3 jours après le jour de fabrication, sauf durée validée (arrêté du 21 décembre 2009) : d’où l’étiquette avec la date de fabrication.',
      source: 'Arrêté du 21 décembre 2009',
      appuis: ['complements §6 Températures'],
    }),
    choixUnique({
      id: 'decongelation-poisson',
      enonce: 'Des filets de poisson surgelés sont prévus pour les plateaux de demain. Comment les décongelez-vous ?',
      criteres: ['B2.C7.CR4'],
      options: [
        {
          id: 'a',
          texte: 'Sur le plan de travail, sous film, pendant la nuit.',
          feedback: 'Non : à température ambiante, la surface se réchauffe bien avant le cœur.',
        },
        {
          id: 'b',
          texte: 'En chambre froide, entre 0 et +4 °C, dès ce soir.',
          feedback: 'Oui : la décongélation se fait en enceinte réfrigérée, entre 0 et +4 °C.',
        },
        {
          id: 'c',
          texte: 'Dans l’évier, sous un filet d’eau tiède, demain.',
          feedback: 'Non : l’eau tiède réchauffe la surface ; la règle est l’enceinte réfrigérée.',
        },
      ],
      reponse: 'b',
      explication:
        'L’arrêté du 21 décembre 2009 prévoit la décongélation en enceinte réfrigérée, entre 0 et +4 °C ; les surgelés se conservent à −18 °C.',
      source: 'Arrêté du 21 décembre 2009, annexe I',
      appuis: ['complements §6 Températures'],
    }),
    choixUnique({
      id: 'tracabilite-rappel',
      enonce:
        'Le fournisseur rappelle un lot de volailles livré mardi. Qu’est-ce qui vous permet de retrouver vite les plateaux concernés ?',
      criteres: ['B2.C7.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Les numéros de lot notés sur les fiches de fabrication.',
          feedback: 'Oui : lot reçu, lot utilisé, client livré : c’est la traçabilité « un pas en amont, un pas en aval ».',
        },
        {
          id: 'b',
          texte: 'La mémoire de l’équipe, qui sait ce qu’elle a cuisiné.',
          feedback: 'Non : personne ne se souvient d’un lot précis ; seule une trace écrite le permet.',
        },
        {
          id: 'c',
          texte: 'Le menu de la semaine, affiché au mur de la cuisine.',
          feedback: 'Non : le menu dit quel plat, pas quel lot ni quel client.',
        },
      ],
      reponse: 'a',
      explication:
        'Depuis le 1er janvier 2005, chaque exploitant doit identifier le fournisseur et le client professionnel direct de chaque denrée (règlement (CE) n° 178/2002, art. 18), pour permettre des retraits et rappels ciblés.',
      source: 'Règlement (CE) n° 178/2002, art. 18',
      appuis: ['complements §6 Traçabilité'],
    }),
    vraiFaux({
      id: 'tracabilite-un-pas',
      enonce:
        'La traçabilité demande à l’atelier de savoir de quel fournisseur vient chaque denrée et à quel client professionnel il l’a livrée.',
      criteres: ['B2.C7.CR1'],
      reponse: true,
      feedback: {
        vrai: 'Exact : un pas en amont, un pas en aval.',
        faux: 'Si : c’est la règle « un pas en amont, un pas en aval » du règlement (CE) n° 178/2002.',
      },
      explication:
        'Règlement (CE) n° 178/2002, art. 18 : chaque exploitant identifie son fournisseur et son client professionnel direct, pour que les retraits et rappels soient ciblés.',
      source: 'Règlement (CE) n° 178/2002, art. 18',
      appuis: ['complements §6 Traçabilité'],
    }),
    choixMultiples({
      id: 'releves-non-conformite',
      enonce:
        'À 14 h, la chambre froide des plats cuisinés affiche +8 °C au lieu de +3 °C au plus. Que faites-vous ? Cochez les bonnes réponses.',
      criteres: ['B2.C7.CR2', 'B2.C7.CR4'],
      options: [
        {
          id: 'a',
          texte: 'Vous notez la mesure, l’heure et ce que vous faites',
          feedback: 'Oui : l’écart et l’action corrective s’enregistrent au moment où ils ont lieu.',
        },
        {
          id: 'b',
          texte: 'Vous baissez le thermostat et remesurez demain',
          feedback: 'Non : les plats restent sans décision ; l’écart se traite tout de suite.',
        },
        {
          id: 'c',
          texte: 'Vous notez « conforme » pour ne pas alarmer',
          feedback: 'Non : un faux relevé rend le plan de maîtrise sanitaire inutile et cache un danger.',
        },
        {
          id: 'd',
          texte: 'Vous isolez les plats et prévenez le responsable',
          feedback: 'Oui : isoler, prévenir, puis décider du sort des plats selon la procédure.',
        },
      ],
      reponses: ['a', 'd'],
      explication:
        'Une limite dépassée déclenche l’action corrective prévue et s’enregistre (règlement (CE) n° 852/2004, art. 5) ; les plats cuisinés se conservent à +3 °C au plus (arrêté du 21 décembre 2009). C’est une non-conformité : isoler, prévenir, noter, chercher la cause.',
      source: 'Règlement (CE) n° 852/2004, art. 5 ; arrêté du 21 décembre 2009',
      appuis: ['complements §6 Les 7 principes HACCP', 'complements §6 Températures'],
    }),
    choixUnique({
      id: 'releves-moment',
      enonce:
        'Pour gagner du temps, Thomas propose de remplir toutes les cases de températures du jour à 17 h, « puisque tout était normal ». Que lui répondez-vous ?',
      criteres: ['B2.C7.CR4'],
      options: [
        {
          id: 'a',
          texte: 'D’accord, s’il signe la fiche : la signature engage son auteur.',
          feedback: 'Non : la signature ne rend pas vraie une mesure qui n’a pas été faite.',
        },
        {
          id: 'b',
          texte: 'D’accord, si vous relisez la fiche avec lui avant de la ranger.',
          feedback: 'Non : relire des chiffres inventés ne les rend pas plus fiables.',
        },
        {
          id: 'c',
          texte: 'Non : on mesure et on note à l’heure prévue, ce qu’on lit.',
          feedback: 'Oui : la surveillance d’un point critique vaut au moment de la mesure, et un écart déclenche l’action prévue.',
        },
      ],
      reponse: 'c',
      explication:
        'La surveillance des points critiques et les enregistrements sont des principes HACCP (règlement (CE) n° 852/2004, art. 5) : une mesure se note quand elle est faite ; un relevé rempli de mémoire ne prouve rien.',
      source: 'Règlement (CE) n° 852/2004, art. 5',
      appuis: ['complements §6 Les 7 principes HACCP'],
    }),
  ],
});
