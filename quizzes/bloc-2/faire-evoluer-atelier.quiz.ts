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
  id: 'faire-evoluer-atelier',
  titre: 'Faire évoluer l’atelier : clients, techniques, concurrence',
  description:
    'Repérer ce qui change chez les clients, dans les techniques et chez les autres fournisseurs ; choisir et introduire une nouvelle activité ou une nouvelle machine avec les travailleurs, en sécurité.',
  bloc: 'B2',
  questions: [
    choixUnique({
      id: 'evol-signal-client',
      enonce:
        'En livrant une commande, le responsable logistique de votre principal client vous confie qu’une ligne automatique remplacera l’an prochain une partie du conditionnement confié à l’ESAT. Que faites-vous ?',
      criteres: ['B2.C2.CR4'],
      options: [
        {
          id: 'a',
          texte: 'Vous attendez une annonce officielle du client pour ne pas inquiéter la direction à tort',
          feedback:
            'Attendre fait perdre des mois précieux : une information de terrain, datée et précise, aide la direction à anticiper.',
        },
        {
          id: 'b',
          texte: 'Vous notez ce qui a été dit et le transmettez à votre hiérarchie, avec des pistes',
          feedback:
            'Oui : la veille consiste à repérer, noter et partager des faits ; la décision sur l’avenir de l’activité revient à la direction.',
        },
        {
          id: 'c',
          texte: 'Vous prévenez l’équipe dès le retour à l’atelier que leur travail va diminuer',
          feedback:
            'Annoncer une rumeur aux travailleurs les inquiète sans rien leur permettre de faire. L’information passe d’abord par la direction.',
        },
        {
          id: 'd',
          texte: 'Vous proposez au client une baisse de prix pour le convaincre de garder l’atelier',
          feedback:
            'Négocier les prix ne relève pas de vous, et une baisse ne répond pas à un projet d’automatisation.',
        },
      ],
      reponse: 'b',
      explication:
        'La demande des clients et les évolutions technologiques font évoluer l’activité de l’atelier (Fiche Métier, 2024). Le moniteur, en contact avec les clients, repère ces signaux et les transmet à sa hiérarchie, qui décide.',
      source: 'Fiche Métier CPNE-FP 2024, variabilité et évolution de l’emploi ; leçon Faire évoluer l’atelier, § Faire de la veille',
      appuis: ['referentiel §1.3 BC02 Production / équipe'],
    }),
    choixUnique({
      id: 'evol-oeth-esat-ou-ea',
      enonce:
        'Un client hésite entre votre ESAT et une entreprise adaptée voisine pour l’entretien de ses espaces verts. Il vous demande si l’un des deux lui permet de réduire davantage sa contribution à l’obligation d’emploi. Que lui répondez-vous ?',
      criteres: ['B2.C2.CR4'],
      options: [
        {
          id: 'a',
          texte: 'Seul l’ESAT ouvre une déduction, car l’EA appartient au milieu ordinaire',
          feedback:
            'Non : les achats à une EA ouvrent la même déduction que les achats à un ESAT ou à un travailleur indépendant handicapé.',
        },
        {
          id: 'b',
          texte: 'L’EA compte dans son taux d’emploi, l’ESAT seulement dans une déduction',
          feedback:
            'Non : depuis 2020, aucun de ces achats ne compte dans le taux d’emploi ; tous ouvrent une déduction de la contribution.',
        },
        {
          id: 'c',
          texte: 'Les deux ouvrent la même déduction : 30 % du coût de la main-d’œuvre facturé',
          feedback:
            'Oui : ESAT, EA et travailleurs indépendants handicapés sont traités de la même façon, dans un plafond de 50 % ou 75 % de la contribution.',
        },
        {
          id: 'd',
          texte: 'Aucun des deux : cette déduction a été supprimée par la réforme de 2020',
          feedback:
            'Non : la réforme de 2020 a remplacé l’ancien « emploi indirect » par une déduction, elle ne l’a pas supprimée.',
        },
      ],
      reponse: 'c',
      explication:
        'Depuis 2020, un achat à un ESAT, à une EA ou à un travailleur indépendant handicapé ouvre une déduction de 30 % du coût de la main-d’œuvre facturé, plafonnée à 50 % ou 75 % de la contribution. L’avantage ne départage donc pas un ESAT d’une EA : la différence se fait sur la qualité, les délais et la relation.',
      source: 'C. trav., art. L5212-10-1 et D5212-22',
      appuis: ['complements §7 OETH : achats des clients', 'complements §10.1 n°4'],
    }),
    vraiFaux({
      id: 'evol-marche-reserve-faculte',
      enonce:
        'Un acheteur public est tenu de réserver une part de ses marchés aux ESAT et aux entreprises adaptées.',
      criteres: ['B2.C2.CR4'],
      reponse: false,
      feedback: {
        vrai: 'Non : la réservation est une faculté de l’acheteur public, sans seuil imposé. Il peut le faire, il n’y est pas obligé.',
        faux: 'Exact : l’acheteur public peut réserver un marché ou des lots ; c’est une possibilité, pas une obligation.',
      },
      explication:
        'Le code de la commande publique permet de réserver des marchés ou des lots aux ESAT et aux EA employant au moins 50 % de travailleurs handicapés. C’est une faculté, sans condition de seuil.',
      source: 'Code de la commande publique, art. L2113-12 et R2113-7',
      appuis: ['complements §7 Marchés réservés'],
    }),
    vraiFaux({
      id: 'evol-marche-reserve-ea',
      enonce:
        'Un marché public réservé peut être attribué à une entreprise adaptée aussi bien qu’à un ESAT, dès lors qu’ils emploient au moins 50 % de travailleurs handicapés.',
      criteres: ['B2.C2.CR4'],
      reponse: true,
      feedback: {
        vrai: 'Exact : la réservation vise les EA, les ESAT et les structures équivalentes qui emploient au moins 50 % de travailleurs handicapés.',
        faux: 'Si : les EA sont aussi concernées. Sur un marché réservé, l’ESAT peut donc avoir une EA pour concurrente.',
      },
      explication:
        'Les marchés réservés sont ouverts aux EA comme aux ESAT (au moins 50 % de travailleurs handicapés). Sur ces marchés, l’atelier se distingue par la qualité de son offre, pas par son statut.',
      source: 'Code de la commande publique, art. L2113-12',
      appuis: ['complements §7 Marchés réservés'],
    }),
    numerique({
      id: 'evol-fatesat-numerisation',
      enonce:
        'Pour compenser la baisse du conditionnement, l’ESAT prépare une nouvelle activité de numérisation d’archives : scanners, postes adaptés, formation des travailleurs, pour 240 000 € HT. Quel montant maximal le FATESAT peut-il apporter, en euros ?',
      criteres: ['B2.C9.CR1'],
      tableau: {
        entetes: ['Règle du FATESAT', 'Valeur'],
        lignes: [
          ['Taux de cofinancement maximal', '50 % du coût du projet'],
          ['Plafond : nouvelle activité ou développement d’une activité existante', '150 000 €'],
          ['Plafond : adaptation d’une activité', '75 000 €'],
        ],
      },
      reponse: { valeur: 120000, tolerance: 0, unite: '€' },
      pieges: [
        { valeur: 150000, feedback: 'C’est le plafond d’une nouvelle activité ; ici, 50 % du projet restent en dessous, c’est donc 50 % qui s’applique.' },
        { valeur: 75000, feedback: 'Ce plafond vaut pour l’adaptation d’une activité existante ; la numérisation est une nouvelle activité.' },
        { valeur: 240000, feedback: 'Le fonds ne finance jamais tout le projet : 50 % au plus.' },
      ],
      feedback: {
        juste: 'Exact : 50 % de 240 000 € font 120 000 €, sous le plafond de 150 000 € d’une nouvelle activité.',
        faux: 'Calculez 50 % du coût, puis comparez au plafond de la catégorie (nouvelle activité : 150 000 €) ; retenez le plus petit.',
      },
      explication:
        'Le FATESAT cofinance au plus 50 % du projet, dans la limite du plafond de sa catégorie : $\\min(50\\,\\% \\times 240\\,000\\ ;\\ 150\\,000) = \\min(120\\,000\\ ;\\ 150\\,000) = 120\\,000$ euros. Le projet doit servir les compétences et l’employabilité des travailleurs.',
      source: 'Circulaire n° DGCS/SD3/2022/146 du 13 mai 2022',
      appuis: ['referentiel §2.5 Règles', 'referentiel §2.5 Texte'],
    }),
    choixUnique({
      id: 'evol-prix-concurrent',
      enonce:
        'L’atelier espaces verts vient de perdre un marché face à une entreprise adaptée moins chère. La directrice demande l’avis des moniteurs pour le prochain appel d’offres. Que proposez-vous ?',
      criteres: ['B2.C9.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Baisser le prix sous le coût de revient, puisque l’aide au poste compense la différence',
          feedback:
            'L’aide au poste fait partie de la rémunération garantie des travailleurs, elle ne sert pas à vendre à perte. Un prix sous le coût fragilise l’établissement.',
        },
        {
          id: 'b',
          texte: 'Ne plus répondre aux appels d’offres où une entreprise adaptée est candidate',
          feedback:
            'Renoncer d’avance fait perdre du travail aux personnes. L’EA n’est pas imbattable : elle n’a pas les mêmes atouts que l’atelier.',
        },
        {
          id: 'c',
          texte: 'Vérifier le coût de revient et mettre en avant la qualité, les délais et la souplesse',
          feedback:
            'Oui : un prix se construit sur le coût de revient et une marge ; l’atelier se distingue ensuite par ce qu’il fait bien.',
        },
        {
          id: 'd',
          texte: 'Insister dans l’offre sur la déduction de contribution qu’apporte un achat à l’ESAT',
          feedback:
            'L’argument est réel, mais l’EA l’apporte aussi : il ne départage pas les deux offres.',
        },
      ],
      reponse: 'c',
      explication:
        'Prix de vente HT = coût de revient + marge. Face à une EA, qui apporte la même déduction au client, l’atelier se distingue par la qualité, les délais, la souplesse et la relation, sans vendre à perte.',
      source: 'C. trav., art. D5212-22 ; leçon Faire évoluer l’atelier, § Se situer face aux autres fournisseurs',
      appuis: ['complements §7 Du coût au prix', 'complements §7 OETH : achats des clients', 'referentiel §2.2 Rémunération garantie'],
    }),
    association({
      id: 'evol-fournisseurs-distinguer',
      enonce: 'Associez chaque fournisseur possible d’un client à ce qui le caractérise.',
      criteres: ['B2.C9.CR1'],
      gauche: [
        {
          id: 'g1',
          texte: 'Un ESAT',
          feedback: 'Ses travailleurs accompagnés perçoivent une rémunération garantie de 55,7 % à 110,7 % du SMIC.',
        },
        {
          id: 'g2',
          texte: 'Une entreprise adaptée',
          feedback: 'Entreprise du milieu ordinaire : salaires au moins égaux au SMIC, 55 % à 100 % de travailleurs handicapés.',
        },
        {
          id: 'g3',
          texte: 'Un travailleur indépendant handicapé',
          feedback: 'Ses clients peuvent déduire de leur contribution 30 % du coût de la main-d’œuvre facturé, comme pour un ESAT ou une EA.',
        },
        {
          id: 'g4',
          texte: 'Une entreprise ordinaire de paysage',
          feedback: 'Un achat chez elle n’ouvre aucune déduction de la contribution à l’obligation d’emploi.',
        },
      ],
      droite: [
        { id: 'd1', texte: 'Rémunération garantie de 55,7 % à 110,7 % du SMIC' },
        { id: 'd2', texte: 'Salaires au moins au SMIC, 55 % à 100 % de salariés handicapés' },
        { id: 'd3', texte: 'Travaille seul ; ses clients obtiennent une déduction OETH' },
        { id: 'd4', texte: 'Aucune déduction OETH pour le client' },
        { id: 'd5', texte: 'Seul fournisseur admis sur un marché public réservé' },
      ],
      paires: { g1: 'd1', g2: 'd2', g3: 'd3', g4: 'd4' },
      explication:
        'ESAT (rémunération garantie), EA (salaires au moins au SMIC, 55 à 100 % de travailleurs handicapés) et travailleur indépendant handicapé ouvrent tous au client une déduction de 30 % du coût de la main-d’œuvre ; l’entreprise ordinaire non. Aucun n’a l’exclusivité des marchés réservés, ouverts aux ESAT comme aux EA.',
      source: 'CASF, art. R243-5 ; C. trav., art. D5213-63, L5212-10-1 et D5212-22 ; CCP, art. L2113-12',
      appuis: [
        'referentiel §2.2 Rémunération garantie',
        'referentiel §2.10 Proportion de travailleurs handicapés',
        'complements §7 OETH : achats des clients',
        'complements §7 Marchés réservés',
      ],
    }),
    vraiFaux({
      id: 'evol-plan-transformation-activite',
      enonce:
        'La circulaire du 11 mai 2022 sur le plan de transformation des ESAT demande d’accompagner le développement de leur activité au service de la montée en compétences et de l’employabilité des travailleurs.',
      criteres: ['B2.C9.CR1'],
      reponse: true,
      feedback: {
        vrai: 'Exact : c’est l’un de ses trois axes, avec les droits et le pouvoir d’agir des travailleurs et les parcours.',
        faux: 'Si : le développement de l’activité fait partie des trois axes de la circulaire, et il est tourné vers les compétences et l’employabilité.',
      },
      explication:
        'La circulaire n° DGCS/SD3/2022/139 fixe aux ARS trois axes : droits et pouvoir d’agir des travailleurs, parcours, développement de l’activité pour la montée en compétences et l’employabilité. Faire évoluer l’atelier sert aussi les parcours.',
      source: 'Circulaire n° DGCS/SD3/2022/139 du 11 mai 2022',
      appuis: ['referentiel §2.4 Circulaire n° DGCS/SD3/2022/139 du 11 mai 2022'],
    }),
    choixMultiples({
      id: 'evol-choisir-activite',
      enonce:
        'La direction hésite entre deux nouvelles activités pour l’atelier conditionnement : la numérisation d’archives et l’étiquetage de coffrets personnalisés. Quelles questions faites-vous valoir, en tant que moniteur ?',
      criteres: ['B2.C2.CR4'],
      options: [
        {
          id: 'a',
          texte: 'Quelle activité fera apprendre des gestes recherchés en milieu ordinaire ?',
          feedback: 'Oui : l’activité est le support des apprentissages et des parcours.',
        },
        {
          id: 'b',
          texte: 'Laquelle demande le moins de travailleurs pour la même recette ?',
          feedback: 'Non : réduire le nombre de personnes occupées va contre la mission de l’atelier, qui est de donner du travail à chacun.',
        },
        {
          id: 'c',
          texte: 'Peut-on découper le travail en tâches de difficultés différentes ?',
          feedback: 'Oui : c’est ce qui rend l’activité accessible à toute l’équipe.',
        },
        {
          id: 'd',
          texte: 'Laquelle préfère le travailleur le plus rapide de l’équipe ?',
          feedback: 'L’avis d’une seule personne, même efficace, ne représente pas l’équipe : on demande à tous.',
        },
      ],
      reponses: ['a', 'c'],
      explication:
        'Une nouvelle activité se juge sur la demande, sur ce qu’elle fera apprendre, sur son accessibilité (tâches de difficultés variées, postes adaptables), sur ses risques et sur ses moyens. Le plan de transformation des ESAT relie le développement de l’activité aux compétences et à l’employabilité.',
      source: 'Circulaire n° DGCS/SD3/2022/139 du 11 mai 2022 ; Fiche Métier CPNE-FP 2024',
      appuis: ['referentiel §2.4 Circulaire n° DGCS/SD3/2022/139 du 11 mai 2022', 'referentiel §3 **Ergonomie / adaptation des postes**'],
    }),
    choixUnique({
      id: 'evol-expression-travailleurs',
      enonce:
        'Avant de choisir une nouvelle machine, vous voulez recueillir l’avis des travailleurs de l’atelier sur l’organisation du travail qu’elle va changer. Sur quel droit s’appuie cette démarche ?',
      criteres: ['B2.C2.CR4'],
      options: [
        {
          id: 'a',
          texte: 'Le droit d’expression directe et collective, ouvert aux travailleurs d’ESAT par la loi plein emploi',
          feedback:
            'Oui : la loi n° 2023-1196 applique aux travailleurs d’ESAT le droit d’expression directe et collective sur le contenu et l’organisation de leur travail.',
        },
        {
          id: 'b',
          texte: 'Aucun droit particulier : le choix des machines relève de la seule direction',
          feedback:
            'La direction décide de l’investissement, mais les travailleurs ont un droit d’expression sur l’organisation de leur travail.',
        },
        {
          id: 'c',
          texte: 'Le projet personnalisé de chaque travailleur, revu avant chaque achat',
          feedback:
            'Le projet personnalisé porte sur le parcours de chaque personne ; il ne sert pas à consulter l’équipe sur un équipement.',
        },
        {
          id: 'd',
          texte: 'Le comité social et économique, qui représente les travailleurs de l’ESAT',
          feedback:
            'Le CSE représente les salariés de l’établissement, pas les travailleurs accompagnés, qui ont leurs propres instances.',
        },
      ],
      reponse: 'a',
      explication:
        'Depuis la loi n° 2023-1196, l’article L344-2-6 du CASF applique aux travailleurs d’ESAT le droit d’expression directe et collective du code du travail (art. L2281-1 et suivants) sur le contenu et l’organisation de leur travail.',
      source: 'CASF, art. L344-2-6 ; C. trav., art. L2281-1 et suivants ; loi n° 2023-1196',
      appuis: ['referentiel §2.7 Droits collectifs et individuels (art. L344-2-6 CASF)'],
    }),
    vraiFaux({
      id: 'evol-instance-mixte-machine',
      enonce:
        'L’instance mixte de l’ESAT, qui réunit des représentants des travailleurs et des salariés, est compétente pour la sécurité et la prévention des risques : l’arrivée d’une nouvelle machine la concerne.',
      criteres: ['B2.C2.CR4'],
      reponse: true,
      feedback: {
        vrai: 'Exact : l’instance mixte traite de la qualité de vie au travail, de l’hygiène, de la sécurité et de la prévention des risques professionnels.',
        faux: 'Si : la sécurité et la prévention des risques font partie de ses compétences, et une nouvelle machine change les risques de l’atelier.',
      },
      explication:
        'Créée par le décret n° 2022-1561, l’instance mixte réunit des représentants élus des travailleurs et des salariés ; elle est compétente pour la qualité de vie au travail, l’hygiène, la sécurité et l’évaluation et la prévention des risques.',
      source: 'Décret n° 2022-1561 du 13 décembre 2022',
      appuis: ['referentiel §2.6 Instance mixte'],
    }),
    vraiFaux({
      id: 'evol-duerp-nouvelle-machine',
      enonce:
        'Dans un ESAT de 60 personnes, l’installation d’une nouvelle étiqueteuse peut attendre la mise à jour annuelle du document unique d’évaluation des risques.',
      criteres: ['B2.C2.CR4'],
      reponse: false,
      feedback: {
        vrai: 'Non : le document unique se met à jour au moins chaque année, mais aussi lors de tout aménagement important, comme l’arrivée d’une machine.',
        faux: 'Exact : un aménagement important déclenche la mise à jour, sans attendre l’échéance annuelle.',
      },
      explication:
        'Le DUERP est mis à jour au moins chaque année à partir de 11 salariés, et à chaque aménagement important ou information nouvelle ; les actions de prévention sont mises à jour en même temps.',
      source: 'C. trav., art. R4121-1 et suivants ; décret n° 2022-395',
      appuis: ['complements §5 DUERP', 'referentiel §3 **DUERP**'],
    }),
    texteATrous({
      id: 'evol-principes-prevention-technique',
      enonce: 'Complétez trois des principes généraux de prévention qui guident le choix d’une nouvelle machine.',
      criteres: ['B2.C2.CR4'],
      texte:
        'L’employeur tient compte de l’état d’évolution de la [[technique]], remplace ce qui est [[dangereux]] par ce qui ne l’est pas ou l’est moins, et donne la priorité à la protection [[collective]] sur la protection individuelle.',
      trous: {
        technique: { acceptees: ['technique'], feedback: 'Cinquième principe : tenir compte de l’évolution de la technique ; une machine plus récente peut être plus sûre.' },
        dangereux: { acceptees: ['dangereux'], feedback: 'Sixième principe : remplacer ce qui est dangereux par ce qui l’est moins.' },
        collective: { acceptees: ['collective'], feedback: 'Huitième principe : la protection collective passe avant les équipements individuels.' },
      },
      explication:
        'L’article L4121-2 du code du travail fixe neuf principes généraux de prévention, parmi lesquels tenir compte de l’évolution de la technique, remplacer le dangereux par le moins dangereux et donner la priorité à la protection collective.',
      source: 'C. trav., art. L4121-2',
      appuis: ['referentiel §3 **Principes généraux de prévention**'],
    }),
    choixUnique({
      id: 'evol-bourrage-etiqueteuse',
      enonce:
        'Deuxième semaine avec la nouvelle étiqueteuse : une étiquette se coince sous le rouleau. Lucie propose de la retirer « vite fait, sans arrêter, la série est presque finie ». Que faites-vous ?',
      criteres: ['B2.C2.CR4'],
      options: [
        {
          id: 'a',
          texte: 'Vous la laissez faire en restant à côté d’elle, prêt à couper la machine',
          feedback:
            'Votre présence ne protège pas d’un happement : on n’intervient jamais sur des organes en mouvement.',
        },
        {
          id: 'b',
          texte: 'Vous retirez vous-même l’étiquette en faisant attention, pour qu’elle ne prenne pas de risque',
          feedback:
            'Le risque est le même pour vous : un débourrage se fait machine arrêtée, quelle que soit la personne.',
        },
        {
          id: 'c',
          texte: 'Vous arrêtez la machine, empêchez sa remise en marche, puis débourrez avec elle',
          feedback:
            'Oui : à l’arrêt, remise en marche empêchée, puis débourrage ; en le faisant avec Lucie, vous lui apprenez le bon geste.',
        },
        {
          id: 'd',
          texte: 'Vous lui demandez de mettre ses gants anti-coupure avant de retirer l’étiquette',
          feedback:
            'Un gant ne protège pas d’un rouleau en mouvement : il peut même être entraîné.',
        },
      ],
      reponse: 'c',
      explication:
        'Le nettoyage, le réglage et le débourrage ne se font pas sur des organes en mouvement : la machine est arrêtée et sa remise en marche inopinée empêchée. Si l’arrêt est impossible, une instruction écrite réserve l’intervention au personnel de maintenance.',
      source: 'C. trav., art. R4323-15 ; INRS, ED 6109',
      appuis: ['complements §5 Machines : interventions', 'complements §5 Consignation'],
    }),
    choixMultiples({
      id: 'evol-gerbeur-conduite',
      enonce:
        'L’atelier reçoit un gerbeur électrique pour déplacer les palettes de coffrets. Que faut-il pour qu’un travailleur puisse le conduire ?',
      criteres: ['B2.C2.CR4'],
      options: [
        {
          id: 'a',
          texte: 'Une autorisation de conduite délivrée par l’employeur',
          feedback: 'Oui : elle est obligatoire pour conduire ces équipements.',
        },
        {
          id: 'b',
          texte: 'Une démonstration du livreur le jour de la livraison',
          feedback: 'Utile, mais insuffisant : l’autorisation suppose un contrôle des connaissances et du savoir-faire.',
        },
        {
          id: 'c',
          texte: 'La vérification de son aptitude médicale',
          feedback: 'Oui : l’employeur la vérifie avant de délivrer l’autorisation de conduite.',
        },
        {
          id: 'd',
          texte: 'Le permis de conduire des voitures',
          feedback: 'Non : le permis B n’est pas exigé pour un gerbeur et ne prouve pas qu’on sait le conduire.',
        },
        {
          id: 'e',
          texte: 'Un CACES, seule preuve admise par la loi',
          feedback: 'Le CACES est un bon moyen de vérifier le savoir-faire, mais ce n’est pas en soi une obligation légale.',
        },
      ],
      reponses: ['a', 'c'],
      explication:
        'La conduite de ces équipements exige une autorisation délivrée par l’employeur après vérification de l’aptitude médicale, des connaissances et du savoir-faire, et de la connaissance des lieux ; le CACES est un bon moyen de vérifier le savoir-faire, sans être en soi une obligation.',
      source: 'C. trav., art. R4323-55 à R4323-57 ; recommandations CNAM R485',
      appuis: ['complements §5 Autorisation de conduite', 'complements §5 CACES'],
    }),
    ordre({
      id: 'evol-etapes-nouvelle-machine',
      enonce: 'Remettez dans l’ordre l’introduction d’une nouvelle étiqueteuse dans l’atelier.',
      criteres: ['B2.C2.CR4'],
      etapes: [
        {
          id: 'e1',
          texte: 'Présenter le projet aux travailleurs et recueillir leurs avis',
          feedback: 'Les travailleurs s’expriment sur l’organisation de leur travail avant la décision.',
        },
        {
          id: 'e2',
          texte: 'Évaluer les risques du futur poste et mettre à jour le document unique',
          feedback: 'L’évaluation se fait avant l’installation, avec les mesures de prévention.',
        },
        {
          id: 'e3',
          texte: 'Installer la machine et vérifier ses protecteurs',
          feedback: 'La machine n’est utilisée qu’une fois installée et ses protections en place.',
        },
        {
          id: 'e4',
          texte: 'Former chaque personne au poste : démonstration, essai, vérification',
          feedback: 'Chaque personne apprend le geste et les consignes de sécurité au poste.',
        },
        {
          id: 'e5',
          texte: 'Faire le bilan avec les travailleurs après deux semaines',
          feedback: 'Le bilan ajuste le poste et l’organisation à partir de l’expérience.',
        },
      ],
      explication:
        'Une nouvelle machine s’introduit dans l’ordre : expression des travailleurs, évaluation des risques et DUERP à jour, installation, formation au poste, bilan. Les principes généraux de prévention guident chaque étape.',
      source: 'C. trav., art. L4121-2 et R4121-1 ; CASF, art. L344-2-6',
      appuis: ['referentiel §3 **DUERP**', 'referentiel §3 **Principes généraux de prévention**', 'referentiel §2.7 Droits collectifs et individuels (art. L344-2-6 CASF)'],
    }),
    choixUnique({
      id: 'evol-tablette-video',
      enonce:
        'Vous voulez mettre sur une tablette des vidéos de consignes pour l’étiqueteuse. Lucie, à l’aise avec la machine, pourrait montrer les gestes. Comment vous y prenez-vous ?',
      criteres: ['B2.C2.CR4'],
      options: [
        {
          id: 'a',
          texte: 'Vous la filmez pendant la série, puisque les vidéos restent à l’intérieur de l’atelier',
          feedback:
            'Même pour un usage interne, filmer une personne reconnaissable demande son consentement, pour un usage précis.',
        },
        {
          id: 'b',
          texte: 'Vous demandez son accord pour cet usage, testez la vidéo avec l’équipe, gardez la fiche photo',
          feedback:
            'Oui : consentement pour un usage défini, outil testé avec les personnes, et un autre support pour ceux qui le préfèrent.',
        },
        {
          id: 'c',
          texte: 'Vous demandez l’accord de la direction, qui autorise les vidéos pour tout l’établissement',
          feedback:
            'L’accord de la direction ne remplace pas celui de Lucie : c’est son image.',
        },
        {
          id: 'd',
          texte: 'Vous remplacez toutes les fiches papier par les vidéos, plus modernes et plus claires',
          feedback:
            'Un seul support ne convient pas à tous : gardez la fiche en photos pour ceux qui la préfèrent.',
        },
      ],
      reponse: 'b',
      explication:
        'L’image d’une personne reconnaissable ne s’utilise qu’avec son consentement, donné pour une finalité, un support et une durée précis. Un outil numérique se teste avec les personnes et ne remplace pas d’un coup les supports qu’elles utilisent.',
      source: 'C. civ., art. 9 ; leçon Faire évoluer l’atelier, § Le numérique dans l’atelier',
      appuis: ["complements §4 Droit à l'image", 'referentiel §3 **FALC** (Facile à lire et à comprendre)'],
    }),
  ],
});
