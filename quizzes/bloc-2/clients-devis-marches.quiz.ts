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
  id: 'clients-devis-marches',
  titre: 'Clients, devis et marchés',
  description:
    'Dix-neuf questions sur le prix de revient, le devis, les délais de paiement, la mise à disposition, les marchés publics réservés, l’obligation d’emploi vue du client et les réclamations.',
  bloc: 'B2',
  questions: [
    numerique({
      id: 'prix-de-revient-sachets',
      enonce:
        'La chargée d’affaires vous demande le coût de revient de 1 500 sachets de graines. Avec les données du tableau, quel est ce coût de revient, en euros ?',
      criteres: ['B2.C1.CR4'],
      tableau: {
        entetes: ['Donnée', 'Valeur'],
        lignes: [
          ['Temps unitaire mesuré par la série d’essai', '0,8 min par sachet'],
          ['Préparation des postes et contrôle final', '4 h'],
          ['Taux horaire de l’atelier (fixé par la direction)', '20 € de l’heure'],
          ['Matières', '0,40 € par sachet'],
          ['Cartons et étiquettes d’expédition', '120 €'],
          ['Charges indirectes', '15 % du coût direct'],
        ],
      },
      reponse: { valeur: 1380, tolerance: 1, unite: '€' },
      feedback: {
        juste: 'Oui : 24 h de travail, les matières, les cartons, puis 15 % de charges indirectes sur le tout.',
        faux: 'Calculez d’abord les heures (sachets × minutes ÷ 60, plus la préparation), puis le coût direct, puis ajoutez les charges indirectes.',
      },
      pieges: [
        { valeur: 1200, feedback: 'C’est le coût direct : il manque les 15 % de charges indirectes (loyer, assurances, administration).' },
        { valeur: 1288, feedback: 'Vous avez oublié les 4 h de préparation et de contrôle : elles font partie du temps facturable.' },
        { valeur: 1725, feedback: 'Vous avez ajouté une marge : le coût de revient s’arrête avant la marge.' },
      ],
      explication:
        'Le coût de revient additionne les coûts directs (temps, matières, emballages) et une part des charges indirectes, sans marge : $\\frac{1\\,500 \\times 0{,}8}{60} + 4 = 24$ h ; main-d’œuvre $24 \\times 20 = 480$, matières $1\\,500 \\times 0{,}40 = 600$, coût direct $480 + 600 + 120 = 1\\,200$, puis coût de revient $1\\,200 \\times 1{,}15 = 1\\,380$ euros.',
      source: 'Notions de gestion (coût de revient) ; leçon Clients, devis et marchés, § Calculer un prix de revient',
      appuis: ['complements §7 Coût (prix) de revient'],
    }),
    choixUnique({
      id: 'revient-sans-marge',
      enonce: 'Qu’est-ce qui distingue le coût de revient d’une commande de son prix de vente hors taxes ?',
      criteres: ['B2.C1.CR4'],
      options: [
        {
          id: 'a',
          texte: 'Le coût de revient ne compte que les matières et le temps ; le prix ajoute les charges générales.',
          feedback: 'Non : les charges générales réparties (loyer, assurances, administration) font déjà partie du coût de revient.',
        },
        {
          id: 'b',
          texte: 'Le coût de revient réunit tous les coûts directs et indirects ; le prix de vente y ajoute la marge.',
          feedback: 'Oui : le coût de revient s’arrête avant la marge ; prix de vente HT = coût de revient + marge.',
        },
        {
          id: 'c',
          texte: 'Le coût de revient est le prix payé par le client ; le prix de vente HT est ce qu’en garde l’atelier.',
          feedback: 'C’est l’inverse d’une définition : le client paie le prix de vente, qui couvre le coût de revient et la marge.',
        },
        {
          id: 'd',
          texte: 'Le coût de revient comprend la TVA que l’atelier reverse ; le prix de vente HT ne la comprend pas.',
          feedback: 'La TVA s’ajoute au prix de vente HT pour donner le prix TTC ; elle n’entre pas dans le coût de revient.',
        },
      ],
      reponse: 'b',
      explication:
        'Le coût (ou prix) de revient est le total des coûts directs et indirects pour produire et livrer, hors marge. Prix de vente HT = coût de revient + marge ; prix TTC = prix HT + TVA.',
      source: 'Notions de gestion (coût de revient, marge) ; leçon Clients, devis et marchés, § Du prix de revient au devis',
      appuis: ['complements §7 Coût (prix) de revient', 'complements §7 Du coût au prix'],
    }),
    association({
      id: 'familles-de-couts',
      enonce: 'Classez chaque élément du chiffrage d’une commande de conditionnement dans sa famille de coûts.',
      criteres: ['B2.C1.CR4'],
      gauche: [
        { id: 'g1', texte: 'Les 48 heures mesurées pour préparer, produire et contrôler', feedback: 'C’est la main-d’œuvre de production, valorisée au taux horaire de l’atelier.' },
        { id: 'g2', texte: 'Les 2 040 étuis, casse comprise', feedback: 'Ce sont les matières : la casse prévisible s’y ajoute.' },
        { id: 'g3', texte: 'La livraison par un transporteur', feedback: 'C’est un coût direct propre à la commande, en plus du temps et des matières.' },
        { id: 'g4', texte: 'Une part du loyer et des assurances', feedback: 'Ce sont des charges générales réparties entre les commandes : des coûts indirects.' },
      ],
      droite: [
        { id: 'd1', texte: 'Main-d’œuvre' },
        { id: 'd2', texte: 'Matières' },
        { id: 'd3', texte: 'Autre coût direct' },
        { id: 'd4', texte: 'Coût indirect' },
        { id: 'd5', texte: 'Marge' },
      ],
      paires: { g1: 'd1', g2: 'd2', g3: 'd3', g4: 'd4' },
      explication:
        'Le coût de revient réunit des coûts directs (matières, main-d’œuvre, emballage, transport) et des coûts indirects (charges générales réparties). La marge ne fait pas partie du coût de revient : elle s’y ajoute pour former le prix.',
      source: 'Notions de gestion (coût de revient) ; leçon Clients, devis et marchés, § Calculer un prix de revient',
      appuis: ['complements §7 Coût (prix) de revient'],
    }),
    vraiFaux({
      id: 'marge-superieure-marque',
      enonce:
        'Pour une même commande, le taux de marge (marge ÷ coût de revient HT) est toujours plus élevé que le taux de marque (marge ÷ prix de vente HT).',
      criteres: ['B2.C1.CR4'],
      reponse: true,
      feedback: {
        vrai: 'Oui : la même marge est divisée par le coût de revient, plus petit que le prix de vente ; 690 € de marge sur 2 760 € de coût donnent 25 %, sur 3 450 € de prix 20 %.',
        faux: 'Si : les deux taux ont la même marge au numérateur, et le coût de revient est toujours inférieur au prix de vente qui l’inclut.',
      },
      explication:
        'Taux de marge = marge ÷ coût de revient HT ; taux de marque = marge ÷ prix de vente HT. La marge est la même dans les deux, et le coût de revient est plus petit que le prix de vente qui l’inclut : le taux de marge est donc toujours le plus élevé.',
      source: 'Notions de gestion (taux de marge, taux de marque) ; leçon Clients, devis et marchés, § Ajouter la marge',
      appuis: ['complements §7 Taux de marge / taux de marque'],
    }),
    ordre({
      id: 'etapes-chiffrage',
      enonce: 'Remettez dans l’ordre les étapes qui mènent d’une demande de prix au devis envoyé au client.',
      criteres: ['B2.C1.CR4'],
      etapes: [
        { id: 'e1', texte: 'Mesurer le temps unitaire par une série d’essai avec l’équipe', feedback: 'Tout part du temps réel de votre équipe, mesuré dans votre atelier.' },
        { id: 'e2', texte: 'Chiffrer les matières, casse comprise, et les autres coûts directs', feedback: 'Avec le temps valorisé, matières et autres coûts directs forment le coût direct.' },
        { id: 'e3', texte: 'Ajouter la part de charges indirectes pour obtenir le coût de revient', feedback: 'Les charges générales réparties complètent le coût de revient, toujours sans marge.' },
        { id: 'e4', texte: 'Ajouter la marge fixée par la direction pour obtenir le prix HT', feedback: 'La marge vient après le coût de revient ; son taux est fixé par la direction.' },
        { id: 'e5', texte: 'Écrire le devis avec ses hypothèses, signé par la direction', feedback: 'Le devis vient en dernier : il écrit le prix et les conditions dont il dépend.' },
      ],
      explication:
        'On part du travail réel (temps mesuré), on additionne les coûts directs puis indirects (coût de revient), on ajoute la marge (prix HT) ; le devis écrit le prix et les hypothèses dont il dépend, sous la signature de la direction.',
      source: 'Notions de gestion (coût de revient, marge) ; Fiche Métier CPNE-FP 2024 (contribution à la faisabilité des commandes)',
      appuis: ['complements §7 Coût (prix) de revient', 'complements §7 Du coût au prix'],
    }),
    vraiFaux({
      id: 'devis-seuil-150',
      enonce:
        'Un atelier qui réalise du conditionnement pour une entreprise doit remettre un devis dès que la commande dépasse 150 € TTC.',
      criteres: ['B2.C1.CR4'],
      reponse: false,
      feedback: {
        vrai: 'Non : ce seuil venait d’un arrêté de 1990 sur le dépannage chez les particuliers, remplacé en 2017 ; entre professionnels, le devis relève de l’usage et du contrat.',
        faux: 'Exact : le seuil de 150 € est périmé depuis le 1er avril 2017 et ne visait que des prestations aux particuliers ; entre entreprises, le devis est un usage contractuel.',
      },
      explication:
        'L’arrêté du 2 mars 1990 (devis au-delà de 150 € pour le dépannage, la réparation et l’entretien chez les particuliers) a été remplacé au 1er avril 2017 par l’arrêté du 24 janvier 2017 : devis détaillé quel que soit le montant. C’est du droit de la consommation ; entre professionnels, le devis relève du contrat.',
      source: 'Arrêté du 24 janvier 2017 ; C. consom. art. L111-1 ; DGCCRF, fiche « Devis »',
      appuis: ['complements §10.1 n°10', 'complements §7 Devis'],
    }),
    choixUnique({
      id: 'devis-hypotheses',
      enonce:
        'Claire, chargée d’affaires, prépare le devis de 2 000 coffrets dont le client fournit les composants. Que lui demandez-vous d’y écrire en plus du prix et de la date de livraison ?',
      criteres: ['B2.C1.CR4'],
      options: [
        {
          id: 'a',
          texte: 'Que le délai suppose les composants livrés à la date prévue et l’échantillon validé.',
          feedback: 'Oui : accepté, le devis engage ; les hypothèses écrites protègent l’atelier si les composants arrivent en retard.',
        },
        {
          id: 'b',
          texte: 'Les prénoms des travailleurs prévus au poste, pour montrer au client qui fera le travail.',
          feedback: 'Le client n’a pas à connaître les personnes au poste ; ce qui l’engage, ce sont le travail, le prix et les conditions.',
        },
        {
          id: 'c',
          texte: 'Une remise de 30 % au titre de l’obligation d’emploi, puisque le client pourra la déduire.',
          feedback: 'Non : la déduction porte sur 30 % du coût de la main-d’œuvre, dans la contribution du client, pas sur le prix du devis.',
        },
      ],
      reponse: 'a',
      explication:
        'Un devis accepté (signature, « bon pour accord ») engage les deux parties ; il indique sa durée de validité et, pour l’atelier, les conditions dont dépend le délai : livraison des composants, validation de l’échantillon.',
      source: 'DGCCRF, fiche « Devis » ; C. consom. art. L111-1',
      appuis: ['complements §7 Devis'],
    }),
    choixMultiples({
      id: 'couts-indirects',
      enonce:
        'Parmi ces dépenses de l’établissement, lesquelles sont des coûts indirects, à répartir entre les commandes ? Cochez toutes les bonnes réponses.',
      criteres: ['B2.C1.CR4'],
      options: [
        { id: 'a', texte: 'L’assurance des locaux de l’établissement', feedback: 'Oui : une charge générale, qui ne se rattache à aucune commande en particulier.' },
        { id: 'b', texte: 'Les étuis achetés pour la commande de coffrets', feedback: 'Non : ce sont des matières propres à la commande, donc un coût direct.' },
        { id: 'c', texte: 'Le loyer du bâtiment administratif', feedback: 'Oui : une charge générale répartie entre les commandes.' },
        { id: 'd', texte: 'Le transporteur qui livre cette commande', feedback: 'Non : un transport propre à la commande est un coût direct.' },
        { id: 'e', texte: 'Les heures mesurées pour produire ces coffrets', feedback: 'Non : c’est la main-d’œuvre de production de la commande, un coût direct.' },
      ],
      reponses: ['a', 'c'],
      explication:
        'Coûts directs : matières, main-d’œuvre de production, énergie, emballage, transport de la commande. Coûts indirects : charges générales réparties (loyer, assurances, administration).',
      source: 'Notions de gestion (coût de revient) ; leçon Clients, devis et marchés, § Calculer un prix de revient',
      appuis: ['complements §7 Coût (prix) de revient'],
    }),
    choixUnique({
      id: 'delai-paiement-defaut',
      enonce:
        'Le devis accepté par une entreprise cliente ne dit rien des délais de paiement. Quand doit-elle payer la prestation ?',
      criteres: ['B2.C9.CR4'],
      options: [
        {
          id: 'a',
          texte: 'Au plus tard 60 jours après la date de la facture',
          feedback: '60 jours après la facture est le plafond d’un délai convenu entre les parties ; ici, rien n’a été convenu.',
        },
        {
          id: 'b',
          texte: 'Quand elle le souhaite, puisqu’aucun délai n’est écrit',
          feedback: 'Non : à défaut d’accord, la loi fixe un délai ; l’absence de clause ne laisse pas le client libre.',
        },
        {
          id: 'c',
          texte: 'Dans les 30 jours après l’exécution de la prestation',
          feedback: 'Oui : à défaut d’accord, le délai est de 30 jours après la réception des marchandises ou l’exécution de la prestation.',
        },
        {
          id: 'd',
          texte: 'À 45 jours fin de mois, délai légal par défaut',
          feedback: '45 jours fin de mois est une dérogation possible quand le contrat la prévoit, pas le délai par défaut.',
        },
      ],
      reponse: 'c',
      explication:
        'Entre professionnels, à défaut d’accord, le paiement intervient 30 jours après la réception ou l’exécution ; un délai convenu ne peut dépasser 60 jours après la facture, ou 45 jours fin de mois s’il est stipulé.',
      source: 'C. com. art. L441-10',
      appuis: ['complements §7 Délais de paiement entre professionnels'],
    }),
    vraiFaux({
      id: 'marche-reserve-faculte',
      enonce:
        'Un acheteur public qui le souhaite peut réserver un marché, ou certains de ses lots, aux ESAT et aux entreprises adaptées employant au moins 50 % de travailleurs handicapés.',
      criteres: ['B2.C9.CR4'],
      reponse: true,
      feedback: {
        vrai: 'Oui : c’est une faculté que lui donne le code de la commande publique, sans condition de montant.',
        faux: 'Si : le code de la commande publique permet cette réservation, pour un marché entier ou certains lots, dès 50 % de travailleurs handicapés.',
      },
      explication:
        'L’acheteur public peut réserver des marchés ou des lots aux ESAT, EA et structures équivalentes employant au moins 50 % de travailleurs handicapés (et aux SIAE pour les personnes défavorisées) ; c’est une faculté, sans condition de seuil.',
      source: 'Code de la commande publique, art. L2113-12, L2113-13 et R2113-7',
      appuis: ['complements §7 Marchés réservés'],
    }),
    choixUnique({
      id: 'marche-reserve-concurrence',
      enonce:
        'La communauté de communes publie un marché d’entretien des espaces verts réservé aux ESAT et aux entreprises adaptées. Que change cette réservation pour votre établissement ?',
      criteres: ['B2.C9.CR4'],
      options: [
        {
          id: 'a',
          texte: 'Le marché revient à l’établissement le plus proche, la commune devant le retenir.',
          feedback: 'Non : la réservation limite les candidats, elle ne désigne pas le gagnant ; l’acheteur compare les offres.',
        },
        {
          id: 'b',
          texte: 'L’établissement y répond face aux autres ESAT et EA, sur le prix, la qualité et les moyens.',
          feedback: 'Oui : seuls des ESAT et EA peuvent répondre, mais ils restent en concurrence entre eux.',
        },
        {
          id: 'c',
          texte: 'Le prix n’y compte plus, seule la part de travailleurs handicapés de l’équipe est comparée.',
          feedback: 'Non : le seuil de 50 % ouvre l’accès au marché ; ensuite, l’offre est jugée comme toute offre, prix compris.',
        },
      ],
      reponse: 'b',
      explication:
        'La réservation (CCP, art. L2113-12) réserve l’accès du marché aux structures employant au moins 50 % de travailleurs handicapés ; entre elles, la mise en concurrence demeure. Le moniteur contribue à décrire la méthode, les moyens et la capacité réelle.',
      source: 'Code de la commande publique, art. L2113-12 et R2113-7',
      appuis: ['complements §7 Marchés réservés'],
    }),
    texteATrous({
      id: 'marches-reserves-trous',
      enonce: 'Complétez ce qu’il faut savoir des marchés publics réservés.',
      criteres: ['B2.C9.CR4'],
      texte:
        'Un acheteur public peut réserver un marché aux ESAT et aux entreprises adaptées qui emploient au moins [[taux]] % de travailleurs handicapés. Cette possibilité figure dans le code de la [[code]]. Les structures d’insertion par l’activité économique, appelées [[sigle]], peuvent aussi en bénéficier.',
      trous: {
        taux: { acceptees: ['50', 'cinquante'], feedback: 'Le seuil est de 50 % de travailleurs handicapés (CCP, art. L2113-12).' },
        code: { acceptees: ['commande publique'], feedback: 'Le code de la commande publique (art. L2113-12 et L2113-13) organise les marchés réservés.' },
        sigle: { acceptees: ['SIAE'], feedback: 'Les SIAE qui emploient au moins 50 % de personnes défavorisées (CCP, art. L2113-13).' },
      },
      explication:
        'CCP, art. L2113-12 : réservation aux ESAT, EA et structures équivalentes employant au moins 50 % de travailleurs handicapés ; art. L2113-13 : réservation aux SIAE ; depuis la loi ASAP (2020), une réservation peut viser les deux.',
      source: 'Code de la commande publique, art. L2113-12 et L2113-13',
      appuis: ['complements §7 Marchés réservés'],
    }),
    choixUnique({
      id: 'reclamation-telephone',
      enonce:
        'Un client vous appelle directement : deux cartons sont arrivés écrasés et la facture compte 2 100 étuis au lieu des 2 000 du devis. Il exige une remise. Que faites-vous ?',
      criteres: ['B2.C9.CR4'],
      options: [
        {
          id: 'a',
          texte: 'Vous reformulez, notez les faits et lui dites que la chargée d’affaires le rappelle ce soir.',
          feedback: 'Oui : écouter, noter, ne rien promettre et dire qui répondra et quand ; la remise se décide après vérification du devis et des faits.',
        },
        {
          id: 'b',
          texte: 'Vous lui accordez 5 % tout de suite, ce qui reste modeste et évite de perdre le client.',
          feedback: 'Le geste se veut commercial, mais il ne vous appartient pas : il engage la direction sans connaître les faits ni la marge.',
        },
        {
          id: 'c',
          texte: 'Vous lui expliquez que le transporteur est responsable des cartons et que la facture est juste.',
          feedback: 'Vous vous justifiez avant de vérifier : ni le devis ni le bon de livraison n’ont été relus, et le client se sent contredit.',
        },
      ],
      reponse: 'a',
      explication:
        'Le devis accepté est la référence pour vérifier la facture ; la réponse (et un éventuel geste) vient de la personne qui a signé le devis, après analyse. Le moniteur écoute, trace les faits et transmet.',
      source: 'DGCCRF, fiche « Devis » (le devis accepté engage) ; ISO 9001:2015 (amélioration continue)',
      appuis: ['complements §7 Devis', 'referentiel §3 Démarche qualité / PDCA'],
    }),
    choixMultiples({
      id: 'reclamation-suivi',
      enonce:
        'La réclamation sur les cartons écrasés est traitée et le client a reçu sa réponse. Que faites-vous ensuite pour que l’atelier en tire profit ? Cochez toutes les bonnes réponses.',
      criteres: ['B2.C9.CR4'],
      options: [
        { id: 'a', texte: 'L’inscrire au registre des réclamations avec sa cause et le délai de réponse', feedback: 'Oui : le registre devient un indicateur suivi dans le temps (nombre, délai de réponse).' },
        { id: 'b', texte: 'Chercher les causes avec l’équipe, puis vérifier que l’action corrige', feedback: 'Oui : c’est la logique PDCA ; l’analyse se fait avec les travailleurs, sans coupable.' },
        { id: 'c', texte: 'Rappeler à l’équipe le nom de la personne qui a fait la palette', feedback: 'Non : désigner un coupable ferme la discussion sur les causes, souvent dans l’organisation du poste.' },
        { id: 'd', texte: 'Classer le dossier : le client a eu sa réponse, l’affaire est close', feedback: 'Non : sans enregistrement ni analyse, la même cause reproduira le même défaut.' },
      ],
      reponses: ['a', 'b'],
      explication:
        'Une réclamation nourrit l’amélioration continue : enregistrer, analyser les causes avec l’équipe, agir, vérifier que l’action corrige (cycle PDCA, ISO 9001).',
      source: 'ISO 9001:2015 (amélioration continue, cycle PDCA)',
      appuis: ['referentiel §3 Démarche qualité / PDCA'],
    }),
    choixUnique({
      id: 'reclamation-salarie-ea',
      enonce:
        'Dans une entreprise adaptée, un client se plaint d’étiquettes collées de travers et demande « qui a fait ça ». La cause trouvée est un gabarit usé. Que contient la réponse au client ?',
      criteres: ['B2.C9.CR4'],
      options: [
        {
          id: 'a',
          texte: 'Le nom du salarié au poste, puisqu’en entreprise adaptée chacun répond de son travail.',
          feedback: 'Non : la réponse au client reste factuelle et collective ; ce qui concerne un salarié se traite en interne.',
        },
        {
          id: 'b',
          texte: 'L’annonce d’une sanction du salarié, pour montrer au client que l’erreur est prise au sérieux.',
          feedback: 'Non : l’erreur vient du gabarit ; une sanction serait injuste et ne regarde pas le client.',
        },
        {
          id: 'c',
          texte: 'Les lots touchés, la cause (gabarit usé), la reprise proposée et le gabarit remplacé.',
          feedback: 'Oui : des faits, une correction et une action durable, sans nommer personne.',
        },
      ],
      reponse: 'c',
      explication:
        'En entreprise adaptée, les salariés relèvent du code du travail ; la relation avec le salarié se traite en interne. La réponse au client suit la logique de la démarche qualité : faits, correction, cause, action vérifiée.',
      source: 'C. trav. art. L5213-13 et suivants ; ISO 9001:2015 (cycle PDCA)',
      appuis: ['complements §8 Nature', 'referentiel §3 Démarche qualité / PDCA'],
    }),
    choixUnique({
      id: 'mad-duree-mdph',
      enonce:
        'Samir, travailleur d’ESAT, accepte une mise à disposition individuelle dans une entreprise de logistique. Quelle règle s’applique à cette mise à disposition ?',
      criteres: ['B2.C9.CR3'],
      options: [
        {
          id: 'a',
          texte: 'Elle dure 2 ans au plus ; le contrat est transmis à la MDPH dans les 15 jours.',
          feedback: 'Oui : au-delà de 2 ans, le directeur doit demander l’accord de la CDAPH.',
        },
        {
          id: 'b',
          texte: 'Elle dure 6 mois au plus, renouvelable une fois avec l’accord de l’entreprise.',
          feedback: 'Non : la durée maximale d’une mise à disposition individuelle est de 2 ans, pas 6 mois.',
        },
        {
          id: 'c',
          texte: 'Elle suspend son contrat d’accompagnement ; l’entreprise devient son employeur.',
          feedback: 'Non : Samir reste travailleur de l’ESAT, qui continue de l’accompagner et facture le travail fourni.',
        },
      ],
      reponse: 'a',
      explication:
        'La mise à disposition suppose l’accord de la personne et un contrat écrit ; individuelle, elle dure 2 ans au plus, le contrat est transmis à la MDPH sous 15 jours, et au-delà l’accord de la CDAPH est demandé par le directeur.',
      source: 'CASF art. L344-2-4, R344-16 à R344-18',
      appuis: ['complements §7 Mise à disposition : règles'],
    }),
    choixMultiples({
      id: 'mad-contrat-mentions',
      enonce:
        'Le contrat de mise à disposition de Samir est en préparation. Qu’est-ce que la réglementation demande d’y écrire ? Cochez toutes les bonnes réponses.',
      criteres: ['B2.C9.CR3'],
      options: [
        { id: 'a', texte: 'L’activité, le lieu et les horaires de travail', feedback: 'Oui : le contrat les mentionne.' },
        { id: 'b', texte: 'Le diagnostic médical qui a motivé son orientation', feedback: 'Non : le contrat prévoit la surveillance médicale, pas le diagnostic, qui reste couvert par le secret.' },
        { id: 'c', texte: 'La base de facturation du travail fourni', feedback: 'Oui : l’ESAT facture le travail fourni, sur une base écrite au contrat.' },
        { id: 'd', texte: 'Le soutien médico-social et professionnel prévu', feedback: 'Oui : l’accompagnement par l’ESAT continue et le contrat le dit.' },
        { id: 'e', texte: 'Le salaire que l’entreprise lui versera chaque mois', feedback: 'Non : Samir reste travailleur d’ESAT ; l’entreprise ne le rémunère pas, elle paie l’ESAT.' },
      ],
      reponses: ['a', 'c', 'd'],
      explication:
        'Le contrat écrit de mise à disposition mentionne les travailleurs concernés, l’activité, le lieu et les horaires, la base de facturation, le soutien médico-social et professionnel, la surveillance médicale et les mesures d’adaptation.',
      source: 'CASF art. R344-16 à R344-18',
      appuis: ['complements §7 Mise à disposition : règles'],
    }),
    numerique({
      id: 'deduction-oeth-devis',
      enonce:
        'Une entreprise cliente emploie 1,5 % de bénéficiaires ; sa contribution OETH s’élève à 4 000 € avant déduction. Elle a acheté à l’ESAT la prestation du tableau. Quelle déduction peut-elle appliquer, en euros ?',
      criteres: ['B2.C9.CR2'],
      tableau: {
        entetes: ['Élément de la facture', 'Montant HT'],
        lignes: [
          ['Prix total de la prestation', '5 000 €'],
          ['dont matières', '1 800 €'],
          ['dont emballages (consommations intermédiaires)', '200 €'],
        ],
      },
      reponse: { valeur: 900, tolerance: 1, unite: '€' },
      feedback: {
        juste: 'Oui : 30 % du coût de la main-d’œuvre (3 000 €), sous le plafond de 2 000 €.',
        faux: 'Retirez du prix HT les matières et les consommations intermédiaires, prenez 30 % du reste, puis comparez au plafond.',
      },
      pieges: [
        { valeur: 1500, feedback: 'Vous avez pris 30 % du prix total : la déduction porte sur le coût de la main-d’œuvre, matières et emballages retirés.' },
        { valeur: 2000, feedback: 'C’est le plafond (50 % de la contribution, le taux d’emploi étant inférieur à 3 %), pas la déduction.' },
        { valeur: 960, feedback: 'Vous n’avez retiré que les matières : les emballages sont des consommations intermédiaires, à retirer aussi.' },
      ],
      explication:
        'Depuis 2020, la déduction porte sur le coût de la main-d’œuvre : $MO = 5\\,000 - 1\\,800 - 200$, soit 3 000 € ; $0{,}30 \\times 3\\,000 = 900$ €. Le taux d’emploi étant inférieur à 3 %, le plafond est de $0{,}50 \\times 4\\,000 = 2\\,000$ € : la déduction est de 900 €.',
      source: 'C. trav. art. L5212-10-1 et D5212-22 ; loi n° 2018-771',
      appuis: ['complements §7 OETH : achats des clients', 'referentiel §2.9 Achats auprès d\'ESAT/EA/TIH'],
    }),
    vraiFaux({
      id: 'oeth-taux-emploi-2020',
      enonce:
        'Depuis 2020, une entreprise qui sous-traite à un ESAT peut compter ces achats comme des « unités bénéficiaires », jusqu’à la moitié de son obligation d’emploi.',
      criteres: ['B2.C9.CR2'],
      reponse: false,
      feedback: {
        vrai: 'Non : c’est la règle d’avant 2020. Depuis, les achats ne comptent plus dans le taux d’emploi ; ils réduisent la contribution.',
        faux: 'Exact : depuis 2020, les achats aux ESAT, EA et TIH ouvrent une déduction de la contribution (30 % du coût de la main-d’œuvre, plafond 50 % ou 75 %).',
      },
      explication:
        'La réforme issue de la loi n° 2018-771, en vigueur le 1er janvier 2020, a supprimé l’« emploi indirect » en unités bénéficiaires : les achats au secteur protégé et adapté réduisent la contribution, dans une limite de 50 % ou 75 % selon le taux d’emploi.',
      source: 'C. trav. art. L5212-10-1 et D5212-22 ; loi n° 2018-771',
      appuis: ['complements §10.1 n°4', 'referentiel §5 n°5'],
    }),
  ],
});
