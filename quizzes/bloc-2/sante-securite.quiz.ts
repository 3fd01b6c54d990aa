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
  id: 'sante-securite',
  titre: 'Santé et sécurité dans l’atelier',
  description:
    'Vingt questions sur les principes généraux de prévention, le document unique, la protection collective et les EPI, l’accueil sécurité et le droit d’alerte et de retrait.',
  bloc: 'B2',
  h5p: true,
  questions: [
    ordre({
      id: 'ordre-principes',
      enonce:
        'Voici huit des neuf principes généraux de prévention du code du travail (il manque le 5e : « tenir compte de l’état d’évolution de la technique »). Remettez-les dans l’ordre du code.',
      criteres: ['B2.C6.CR1'],
      etapes: [
        { id: 'e1', texte: 'Éviter les risques', feedback: '1er principe : supprimer le danger quand c’est possible.' },
        {
          id: 'e2',
          texte: 'Évaluer les risques qui ne peuvent pas être évités',
          feedback: '2e principe : ce qui reste est évalué, c’est le rôle du document unique.',
        },
        { id: 'e3', texte: 'Combattre les risques à la source', feedback: '3e principe : agir sur la machine ou le produit, pas sur la personne.' },
        { id: 'e4', texte: 'Adapter le travail à l’homme', feedback: '4e principe : postes, outils et méthodes pensés pour les personnes.' },
        {
          id: 'e5',
          texte: 'Remplacer ce qui est dangereux par ce qui l’est moins',
          feedback: '6e principe (le 5e, l’évolution de la technique, a seulement été omis de cette question ; il figure bien dans le code).',
        },
        { id: 'e6', texte: 'Planifier la prévention', feedback: '7e principe : intégrer technique, organisation, conditions de travail et relations sociales.' },
        {
          id: 'e7',
          texte: 'Donner la priorité à la protection collective sur la protection individuelle',
          feedback: '8e principe : la protection collective avant les EPI.',
        },
        { id: 'e8', texte: 'Donner les instructions appropriées aux travailleurs', feedback: '9e et dernier principe : les consignes viennent en dernier.' },
      ],
      explication:
        'L’ordre des neuf principes de l’article L4121-2 indique une priorité : éviter, évaluer, combattre à la source, adapter le travail à l’homme, tenir compte de la technique, remplacer le dangereux, planifier, protéger collectivement, donner des instructions.',
      source: 'C. trav. art. L4121-2',
    }),
    texteATrous({
      id: 'principes-trous',
      enonce: 'Complétez ces trois principes généraux de prévention, avec leur rang dans la liste du code du travail.',
      criteres: ['B2.C6.CR1'],
      texte:
        'Le 1er principe est d’[[premier]] les risques. Le 3e principe est de combattre les risques à la [[troisieme]]. Le 9e principe, le dernier, est de donner les [[neuvieme]] appropriées aux travailleurs.',
      trous: {
        premier: {
          acceptees: ['éviter'],
          feedback: 'Le premier réflexe est de supprimer le danger : éviter le risque.',
        },
        troisieme: {
          acceptees: ['source'],
          feedback: 'Combattre à la source : agir sur l’origine du danger (la machine, le produit) plutôt que sur la personne.',
        },
        neuvieme: {
          acceptees: ['instructions', 'consignes'],
          feedback: 'Les instructions viennent en dernier : elles complètent les autres mesures sans les remplacer.',
        },
      },
      explication:
        'Les principes généraux de prévention (C. trav. art. L4121-2) commencent par « éviter les risques » et finissent par « donner les instructions appropriées » : une consigne ne remplace jamais une mesure technique ou organisationnelle.',
      source: 'C. trav. art. L4121-2',
    }),
    choixUnique({
      id: 'duerp-ancienne-version',
      enonce:
        'Janvier : la direction met à jour le document unique d’évaluation des risques (DUERP) avec vos remarques sur la nouvelle presse. Que devient la version de l’année précédente ?',
      criteres: ['B2.C6.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Elle peut être détruite, puisque la nouvelle version la remplace entièrement.',
          feedback: 'Non : depuis la loi du 2 août 2021 et le décret n° 2022-395, les versions successives sont conservées.',
        },
        {
          id: 'b',
          texte: 'Elle est gardée 5 ans, le temps d’un éventuel contrôle de l’inspection du travail.',
          feedback: 'Non : la durée fixée depuis 2022 est de 40 ans, bien plus longue.',
        },
        {
          id: 'c',
          texte: 'Elle est conservée au moins 40 ans, comme toutes les versions du document unique.',
          feedback: 'Oui : la conservation pendant 40 ans permet de retrouver plus tard les expositions passées.',
        },
      ],
      reponse: 'c',
      explication:
        'Chaque version du DUERP est conservée au moins 40 ans : cette durée a été fixée par la loi du 2 août 2021 sur la santé au travail et le décret n° 2022-395 du 18 mars 2022.',
      source: 'C. trav. art. R4121-1 à R4121-4 ; décret n° 2022-395 du 18 mars 2022',
    }),
    vraiFaux({
      id: 'duerp-mise-a-jour-annuelle',
      enonce:
        'Dans un ESAT qui emploie 40 salariés, le document unique est mis à jour au moins une fois par an, et aussi dès qu’une information nouvelle sur un risque apparaît, même en cours d’année.',
      criteres: ['B2.C6.CR1'],
      reponse: true,
      feedback: {
        vrai: 'Exact : à partir de 11 salariés, la mise à jour est au moins annuelle, et elle s’impose aussi à chaque changement important ou information nouvelle.',
        faux: 'Si : à partir de 11 salariés, la mise à jour se fait au moins une fois par an ; un nouvel équipement, un nouveau produit ou un presque-accident la déclenchent aussi.',
      },
      explication:
        'Le DUERP est obligatoire dès le 1er salarié ; il est mis à jour au moins chaque année dans les structures d’au moins 11 salariés, et lors de tout changement important ou de toute nouvelle information sur un risque.',
      source: 'C. trav. art. R4121-1 à R4121-4',
    }),
    choixMultiples({
      id: 'declencheurs-mise-a-jour',
      enonce:
        'Dans votre atelier de conditionnement, lesquelles de ces situations doivent être remontées pour mettre à jour l’évaluation des risques ?',
      criteres: ['B2.C6.CR1'],
      options: [
        {
          id: 'a',
          texte: 'L’arrivée d’une filmeuse automatique',
          feedback: 'Oui : un nouvel équipement apporte de nouveaux risques (chaleur, pièces mobiles) à évaluer.',
        },
        {
          id: 'b',
          texte: 'Un presque-accident au gerbeur, sans blessé',
          feedback: 'Oui : un presque-accident révèle un risque réel, même sans victime.',
        },
        {
          id: 'c',
          texte: 'Une nouvelle colle, livrée avec une fiche de données de sécurité',
          feedback: 'Oui : un nouveau produit chimique est une nouvelle information sur un risque.',
        },
        {
          id: 'd',
          texte: 'Un nouveau client pour le même conditionnement, aux mêmes postes',
          feedback: 'Non : les gestes, les machines et les produits restent les mêmes ; rien ne change dans les expositions.',
        },
      ],
      reponses: ['a', 'b', 'c'],
      explication:
        'Le document unique est mis à jour à chaque changement important et à chaque nouvelle information sur un risque. Le moniteur est le mieux placé pour repérer ces changements et les transmettre.',
      source: 'C. trav. art. R4121-1 à R4121-4 ; leçon Santé et sécurité, § Faire vivre l’évaluation',
    }),
    numerique({
      id: 'duerp-annee-conservation',
      enonce:
        'La version du document unique adoptée en 2026 doit être conservée pendant la durée fixée par le décret n° 2022-395. Jusqu’à quelle année au moins faut-il la garder ?',
      criteres: ['B2.C6.CR1'],
      reponse: { valeur: 2066, tolerance: 0, unite: '' },
      pieges: [
        { valeur: 2031, feedback: 'Vous avez compté 5 ans. La durée de conservation est de 40 ans.' },
        { valeur: 2036, feedback: 'Vous avez compté 10 ans. La durée de conservation est de 40 ans.' },
      ],
      feedback: {
        juste: 'Exact : 2026 + 40 = 2066.',
        faux: 'Ajoutez la durée de conservation, 40 ans, à l’année de la version.',
      },
      explication:
        'Chaque version du DUERP est conservée au moins 40 ans (loi du 2 août 2021, décret n° 2022-395) : $2026 + 40 = 2066$.',
      source: 'C. trav. art. R4121-1 à R4121-4 ; loi n° 2021-1018 du 2 août 2021 ; décret n° 2022-395 du 18 mars 2022',
    }),
    choixUnique({
      id: 'instance-mixte-risques',
      enonce:
        'Bastien, délégué des travailleurs, vous demande où les représentants des travailleurs peuvent donner leur avis sur l’évaluation des risques de l’ESAT. Que lui répondez-vous ?',
      criteres: ['B2.C6.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Au conseil de la vie sociale, où il siège déjà comme délégué des travailleurs.',
          feedback: 'Le délégué siège bien au CVS, mais l’instance compétente pour la sécurité et l’évaluation des risques est l’instance mixte.',
        },
        {
          id: 'b',
          texte: 'À l’instance mixte de l’ESAT, compétente pour la sécurité et les risques.',
          feedback: 'Oui : l’instance mixte réunit des représentants des travailleurs et des salariés ; elle traite de la sécurité et de l’évaluation des risques.',
        },
        {
          id: 'c',
          texte: 'À la CDAPH de la MDPH, qui suit les conditions de travail en ESAT.',
          feedback: 'Non : la CDAPH décide des orientations ; elle n’intervient pas dans l’évaluation des risques d’un atelier.',
        },
      ],
      reponse: 'b',
      explication:
        'Le décret n° 2022-1561 a créé dans chaque ESAT une instance mixte, compétente pour la qualité de vie au travail, l’hygiène, la sécurité et l’évaluation des risques professionnels, que l’employeur transcrit dans le document unique.',
      source: 'décret n° 2022-1561 du 13 décembre 2022 ; C. trav. art. R4121-1 (document unique)',
    }),
    choixUnique({
      id: 'poussiere-poncage',
      enonce:
        'Au poste de ponçage de la menuiserie, vous voyez de la poussière partout en fin de journée. Quelle mesure proposez-vous en priorité ?',
      criteres: ['B2.C6.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Faire installer une aspiration au point de ponçage et vérifier qu’elle sert.',
          feedback: 'Oui : capter la poussière à la source protège tout le monde, sans dépendre du port d’un équipement.',
        },
        {
          id: 'b',
          texte: 'Distribuer à toute l’équipe du poste des masques adaptés aux poussières de bois.',
          feedback: 'Un masque peut compléter, mais c’est une protection individuelle : elle vient après la protection collective.',
        },
        {
          id: 'c',
          texte: 'Afficher au poste une consigne illustrée qui rappelle le port du masque.',
          feedback: 'Une consigne est le dernier principe : elle ne traite pas le risque à sa source.',
        },
      ],
      reponse: 'a',
      explication:
        'Combattre le risque à la source et donner la priorité à la protection collective (3e et 8e principes) passent avant les EPI et les consignes.',
      source: 'C. trav. art. L4121-2',
    }),
    vraiFaux({
      id: 'epi-remplaces-sans-frais',
      enonce:
        'Un travailleur d’ESAT a perdu pour la troisième fois ses chaussures de sécurité. L’ESAT doit quand même les lui fournir à nouveau, sans rien lui faire payer.',
      criteres: ['B2.C6.CR2'],
      reponse: true,
      feedback: {
        vrai: 'Exact : les EPI sont fournis et entretenus par l’employeur, à ses frais. Les pertes répétées se traitent autrement : rangement, casier, marquage au nom.',
        faux: 'Si : aucune participation ne peut être demandée, même après des pertes ; les mesures de sécurité ne coûtent rien aux travailleurs.',
      },
      explication:
        'Les équipements de protection individuelle sont fournis gratuitement et entretenus par l’employeur : les mesures de sécurité ne doivent entraîner aucune charge financière pour les travailleurs. Les règles d’hygiène et de sécurité du code du travail s’appliquent en ESAT.',
      source: 'C. trav. art. R4323-95, L4122-2 et L4111-3',
    }),
    association({
      id: 'types-de-mesures',
      enonce: 'Associez chaque mesure prise dans un atelier au type de mesure de prévention qu’elle représente.',
      criteres: ['B2.C6.CR2'],
      gauche: [
        {
          id: 'g1',
          texte: 'Commander des planches déjà coupées pour ne plus scier sur place',
          feedback: 'Le risque de coupure disparaît : c’est éviter le risque, le 1er principe.',
        },
        {
          id: 'g2',
          texte: 'Installer un carter fixe sur la courroie de la machine',
          feedback: 'Le carter protège toute personne qui passe : c’est une protection collective.',
        },
        {
          id: 'g3',
          texte: 'Fournir un casque antibruit pour le souffleur de feuilles',
          feedback: 'Le casque ne protège que la personne qui le porte : c’est un EPI.',
        },
        {
          id: 'g4',
          texte: 'Afficher au poste une fiche en facile à lire avec photos',
          feedback: 'C’est une instruction appropriée, le 9e principe.',
        },
      ],
      droite: [
        { id: 'd1', texte: 'Supprimer le risque' },
        { id: 'd2', texte: 'Protection collective' },
        { id: 'd3', texte: 'Protection individuelle' },
        { id: 'd4', texte: 'Instruction aux travailleurs' },
        { id: 'd5', texte: 'Évaluation des risques' },
      ],
      paires: { g1: 'd1', g2: 'd2', g3: 'd3', g4: 'd4' },
      explication:
        'Savoir classer une mesure aide à choisir la plus efficace : supprimer le risque, puis protéger collectivement, puis protéger individuellement, enfin informer (C. trav. art. L4121-2).',
      source: 'C. trav. art. L4121-2',
    }),
    choixMultiples({
      id: 'visieres-bon-usage',
      enonce:
        'Une équipe d’espaces verts reçoit de nouvelles visières de débroussaillage. Que faites-vous pour que ces EPI soient vraiment bien utilisés ?',
      criteres: ['B2.C6.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Faire signer à chacun un bon de remise, qui atteste qu’il a été informé',
          feedback: 'Non : une signature prouve la remise, pas la formation. L’usage s’apprend en montrant, en faisant faire et en vérifiant.',
        },
        {
          id: 'b',
          texte: 'Laisser chacun la porter quand il se sent exposé, pour respecter son ressenti',
          feedback: 'Non : quand un EPI est nécessaire, son port fait partie des règles ; on explique pourquoi, on ne le rend pas facultatif.',
        },
        {
          id: 'c',
          texte: 'Faire essayer et régler la visière par chaque personne, puis montrer son entretien',
          feedback: 'Oui : un EPI mal ajusté gêne et finit retiré ; la formation à son usage et à son entretien fait partie des obligations.',
        },
        {
          id: 'd',
          texte: 'Glisser dans le camion la notice du fabricant, pour que chacun la consulte',
          feedback: 'Non : une notice écrite ne forme personne, surtout dans une équipe où plusieurs lisent peu.',
        },
        {
          id: 'e',
          texte: 'Réserver la visière aux chantiers de plus d’une heure, quand le risque est réel',
          feedback: 'Non : une projection de pierre ou de débris peut arriver dès la première minute de débroussaillage.',
        },
      ],
      reponses: ['c'],
      explication:
        'Les EPI sont fournis, entretenus et accompagnés d’une formation à leur usage. Leur port s’explique, se vérifie sur le chantier et se reprend avec l’équipe.',
      source: 'C. trav. art. R4311-8, R4323-95 ; INRS ED 6077',
    }),
    choixUnique({
      id: 'chantier-bord-route',
      enonce:
        'Chantier d’espaces verts au bord d’une route départementale. Malik propose : « On met juste nos gilets jaunes, ça ira plus vite. » Que décidez-vous ?',
      criteres: ['B2.C6.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Vous acceptez : avec les gilets, l’équipe est bien visible des conducteurs.',
          feedback: 'Le gilet est un EPI : il ne protège pas le chantier. Il complète le balisage, il ne le remplace pas.',
        },
        {
          id: 'b',
          texte: 'Vous annulez le chantier tant qu’un agent des routes ne vient pas surveiller.',
          feedback: 'Cette décision dépasse la situation : un balisage adapté permet de travailler en sécurité.',
        },
        {
          id: 'c',
          texte: 'Gilets déjà portés, vous faites d’abord poser le balisage, puis le travail commence.',
          feedback: 'Oui : le balisage est la protection collective du chantier ; le gilet, porté dès la descente du véhicule, la complète.',
        },
      ],
      reponse: 'c',
      explication:
        'La protection collective (balisage, signalisation du chantier) a la priorité sur la protection individuelle (gilet haute visibilité), selon le 8e principe général de prévention : le gilet ne remplace pas le balisage, il le complète, y compris pendant sa pose.',
      source: 'C. trav. art. L4121-2',
    }),
    choixUnique({
      id: 'verifier-comprehension',
      enonce:
        'Awa arrive aujourd’hui dans l’atelier. Vous lui avez montré l’arrêt d’urgence de la scie à ruban. Comment vérifiez-vous qu’elle a compris ?',
      criteres: ['B2.C6.CR3'],
      options: [
        {
          id: 'a',
          texte: 'Vous lui faites montrer où est l’arrêt d’urgence, puis faire le geste d’arrêt.',
          feedback: 'Oui : faire montrer et faire faire est la vérification la plus fiable.',
        },
        {
          id: 'b',
          texte: 'Vous lui demandez si elle a compris, en la rassurant : elle peut revenir vers vous.',
          feedback: 'Beaucoup de personnes répondent « oui » pour ne pas déranger : la question, même bienveillante, ne vérifie rien.',
        },
        {
          id: 'c',
          texte: 'Vous lui faites relire avec vous la fiche de consignes de la machine, puis la signer.',
          feedback: 'Une signature prouve que le document a été remis, pas qu’il a été compris ni que le geste est su.',
        },
      ],
      reponse: 'a',
      explication:
        'Une information sécurité est adaptée quand la personne peut montrer ou dire avec ses mots ce qu’elle doit faire ; c’est la démarche « montrer, faire faire, vérifier ».',
      source: 'leçon Santé et sécurité, § Accueillir un nouveau travailleur en sécurité',
    }),
    ordre({
      id: 'etapes-accueil-securite',
      enonce: 'Remettez dans l’ordre les étapes de l’accueil sécurité d’une personne qui arrive à l’atelier blanchisserie.',
      criteres: ['B2.C6.CR3'],
      etapes: [
        {
          id: 'e1',
          texte: 'Faire le tour des repères d’urgence : sorties, arrêt d’urgence, personne à appeler',
          feedback: 'Les repères d’urgence viennent en premier : ils servent dès la première minute.',
        },
        {
          id: 'e2',
          texte: 'Montrer le geste au poste en expliquant le risque',
          feedback: 'La démonstration au poste rend le risque concret.',
        },
        {
          id: 'e3',
          texte: 'Laisser la personne faire le geste devant vous',
          feedback: 'Faire faire permet de corriger tout de suite et de vérifier la compréhension.',
        },
        {
          id: 'e4',
          texte: 'Autoriser le travail en autonomie sur une tâche simple',
          feedback: 'L’autonomie vient après la vérification, par étapes.',
        },
        {
          id: 'e5',
          texte: 'Refaire un point sur les consignes quelques jours plus tard',
          feedback: 'Une consigne s’oublie : y revenir consolide l’apprentissage.',
        },
      ],
      explication:
        'L’accueil sécurité va du plus urgent au plus autonome : repères d’urgence, démonstration, geste fait devant vous, autonomie progressive, puis reprise des consignes.',
      source: 'C. trav. art. L4121-2 (9e principe) ; leçon Santé et sécurité, § Accueillir un nouveau travailleur en sécurité',
    }),
    vraiFaux({
      id: 'premier-jour-machine',
      enonce:
        'Le premier jour, une personne peut travailler seule sur une machine dangereuse, à condition d’avoir signé la fiche de consignes.',
      criteres: ['B2.C6.CR3'],
      reponse: false,
      feedback: {
        vrai: 'Non : une signature ne remplace ni la démonstration ni la vérification. L’accès aux machines dangereuses se fait par étapes.',
        faux: 'Exact : l’accès à une machine dangereuse vient après formation, démonstration et vérification, jamais sur une simple signature.',
      },
      explication:
        'L’information sécurité doit être adaptée à la compréhension de la personne et vérifiée ; l’accès aux postes à risque se fait progressivement.',
      source: 'leçon Santé et sécurité, § Accueillir un nouveau travailleur en sécurité',
    }),
    choixMultiples({
      id: 'supports-accueil',
      enonce:
        'Jonas lit difficilement et retient mieux ce qu’il voit. Quels supports choisissez-vous pour son information sécurité au poste de repassage ?',
      criteres: ['B2.C6.CR3'],
      options: [
        {
          id: 'a',
          texte: 'Des photos du poste montrant chaque geste sûr',
          feedback: 'Oui : les photos prises dans l’atelier montrent exactement le bon geste.',
        },
        {
          id: 'b',
          texte: 'Des pictogrammes de danger affichés au poste',
          feedback: 'Oui : le pictogramme rappelle le danger sans obliger à lire.',
        },
        {
          id: 'c',
          texte: 'Une démonstration suivie d’un essai accompagné',
          feedback: 'Oui : voir puis faire est le meilleur support pour lui.',
        },
        {
          id: 'd',
          texte: 'Le livret de sécurité de l’établissement, à lire à son rythme',
          feedback: 'Non : un long texte à lire seul ne correspond pas à sa façon de comprendre, même sans contrainte de temps.',
        },
      ],
      reponses: ['a', 'b', 'c'],
      explication:
        'Une information sécurité adaptée s’appuie sur ce que la personne comprend le mieux : images, pictogrammes, démonstration, essai. Les recommandations de l’ANESM pour les ESAT (2013) citent pictogrammes et consignes visuelles.',
      source: 'ANESM, RBPP ESAT (2013) ; C. trav. art. L4121-2',
    }),
    choixUnique({
      id: 'refus-scie',
      enonce:
        'Une planche vient d’être projetée par la scie à format, sans blesser personne. Yanis dit : « Je n’y retourne pas, elle est dangereuse. » La livraison est vendredi. Que faites-vous d’abord ?',
      criteres: ['B2.C6.CR4'],
      options: [
        {
          id: 'a',
          texte: 'Vous resserrez le couteau diviseur, puis vous proposez à Yanis de reprendre à deux.',
          feedback: 'Non : la cause n’est pas vérifiée, et Yanis est poussé à reprendre malgré son alerte, même accompagné.',
        },
        {
          id: 'b',
          texte: 'Vous arrêtez et étiquetez la machine, écoutez Yanis et prévenez la cheffe d’atelier.',
          feedback: 'Oui : mettre en sécurité, entendre l’alerte et la transmettre, sans demander de reprendre tant que le danger persiste.',
        },
        {
          id: 'c',
          texte: 'Vous le rassurez, le placez au ponçage et confiez la scie à un collègue expérimenté.',
          feedback: 'Non : le danger signalé reste entier ; vous exposez simplement une autre personne.',
        },
      ],
      reponse: 'b',
      explication:
        'Depuis la loi n° 2023-1196, le droit d’alerte et de retrait s’applique en ESAT : face à un danger grave et imminent signalé, on met en sécurité, on transmet, et on ne contraint pas la personne à reprendre.',
      source: 'loi n° 2023-1196 ; CASF art. L344-2-6 ; C. trav. art. L4131-1',
    }),
    vraiFaux({
      id: 'retrait-en-esat',
      enonce:
        'Un moniteur nouvellement arrivé affirme : « Les travailleurs d’ESAT ne sont pas salariés, donc le droit d’alerte et de retrait ne les concerne pas : c’est au moniteur seul de décider d’arrêter un poste dangereux. »',
      criteres: ['B2.C6.CR4'],
      reponse: false,
      feedback: {
        vrai: 'Non : sans être salariés, les travailleurs d’ESAT bénéficient du droit d’alerte et de retrait depuis la loi n° 2023-1196 du 18 décembre 2023 pour le plein emploi.',
        faux: 'Exact : la loi n° 2023-1196 a rendu ce droit du code du travail applicable en ESAT, avec d’autres droits collectifs ; le travailleur n’a pas besoin de votre autorisation pour se retirer d’un danger grave et imminent.',
      },
      explication:
        'Le travailleur d’ESAT n’est pas salarié, mais la loi n° 2023-1196 du 18 décembre 2023 (CASF art. L344-2-6) lui a rendu applicables plusieurs droits du code du travail, dont le droit d’alerte et de retrait (C. trav. art. L4131-1 et suivants). Le décret n° 2022-1561 avait créé l’instance mixte, pas ce droit.',
      source: 'loi n° 2023-1196 ; CASF art. L344-2-6 ; C. trav. art. L4131-1',
    }),
    ordre({
      id: 'gestes-accident',
      enonce:
        'À la calandre de la blanchisserie, Carole s’est coincé la main. Remettez dans l’ordre les premiers gestes.',
      criteres: ['B2.C6.CR4'],
      etapes: [
        {
          id: 'e1',
          texte: 'Arrêter la calandre avec l’arrêt d’urgence',
          feedback: 'Protéger d’abord : supprimer le danger évite un second accident.',
        },
        {
          id: 'e2',
          texte: 'Faire alerter les secours et le sauveteur secouriste du travail par un collègue',
          feedback: 'Alerter ensuite : en confiant l’appel à un collègue, vous déclenchez les secours au plus vite et restez disponible pour Carole.',
        },
        {
          id: 'e3',
          texte: 'Rester auprès de Carole jusqu’à l’arrivée des secours, avec les gestes appris',
          feedback: 'Secourir dans la limite de ce que vous avez appris, en la rassurant, jusqu’au relais par les secours.',
        },
        {
          id: 'e4',
          texte: 'Analyser ensuite l’accident avec les témoins pour en trouver les causes',
          feedback: 'L’analyse vient après : elle cherche des causes, pas un coupable.',
        },
      ],
      explication:
        'Face à un accident : protéger, alerter, secourir, puis déclarer et analyser. L’analyse nourrit le document unique et le plan d’actions.',
      source: 'INRS, démarche protéger-alerter-secourir ; leçon Santé et sécurité, § Réagir',
    }),
    choixUnique({
      id: 'reprise-apres-retrait',
      enonce:
        'La scie a été réparée par le technicien. Yanis regarde la machine et dit : « Je ne suis pas sûr. » Que faites-vous ?',
      criteres: ['B2.C6.CR4'],
      options: [
        {
          id: 'a',
          texte: 'Vous lui rappelez que le technicien a réparé la scie et qu’il peut reprendre son poste.',
          feedback: 'La réparation est faite, mais imposer la reprise ignore ce que Yanis vit et risque de le mettre en difficulté.',
        },
        {
          id: 'b',
          texte: 'Vous le retirez de la scie pour de bon, par respect pour ce qu’il a vécu.',
          feedback: 'Décider à sa place de le retirer définitivement ne respecte ni son choix ni sa progression.',
        },
        {
          id: 'c',
          texte: 'Vous lui montrez ce qui a été corrigé et lui demandez ce qu’il lui faut pour reprendre.',
          feedback: 'Oui : la personne est associée à la reprise ; un essai accompagné peut suffire à retrouver confiance.',
        },
      ],
      reponse: 'c',
      explication:
        'Après un retrait, la reprise se prépare avec la personne : montrer ce qui a été corrigé, entendre ses craintes, proposer un essai accompagné, la laisser décider du moment.',
      source: 'leçon Santé et sécurité, § Le droit d’alerte et de retrait',
    }),
  ],
});
