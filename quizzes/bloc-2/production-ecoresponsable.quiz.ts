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
  id: 'production-ecoresponsable',
  titre: 'Produire dans une démarche écoresponsable',
  description:
    'Seize questions sur la réduction des déchets et du gaspillage, le tri, le cycle de vie et l’écoconception, la RSE et la façon d’expliquer les engagements de l’atelier.',
  bloc: 'B2',
  questions: [
    ordre({
      id: 'priorites-dechets',
      enonce: 'Remettez dans l’ordre des priorités les façons de traiter les déchets d’un atelier, de la plus souhaitable à la moins souhaitable.',
      criteres: ['B2.C8.CR1'],
      etapes: [
        { id: 'e1', texte: 'Éviter de produire le déchet', feedback: 'Le meilleur déchet est celui qu’on ne produit pas : commander au bon format, préparer la bonne quantité.' },
        { id: 'e2', texte: 'Réduire la quantité de déchets', feedback: 'Mieux découper, mieux doser : on en produit moins.' },
        { id: 'e3', texte: 'Réutiliser la matière ou l’objet', feedback: 'Chutes, cartons, palettes : une seconde vie sans transformation.' },
        { id: 'e4', texte: 'Trier pour recycler', feedback: 'Le recyclage transforme la matière ; il vient après les trois premières priorités.' },
        { id: 'e5', texte: 'Éliminer ce qui reste', feedback: 'L’élimination est le dernier recours.' },
      ],
      explication:
        'On traite les déchets dans cet ordre : éviter, réduire, réutiliser, recycler, éliminer. Le tri est utile, mais il vient après les efforts de prévention.',
      source: 'leçon Production écoresponsable, § D’abord éviter, ensuite trier',
    }),
    choixUnique({
      id: 'benne-deborde',
      enonce:
        'À la menuiserie, la benne à chutes de bois déborde deux fois par semaine. Quelle est la première chose à faire ?',
      criteres: ['B2.C8.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Demander au prestataire de collecte une benne plus grande ou un passage de plus.',
          feedback: 'Une benne plus grande règle le débordement, pas le gaspillage : la quantité de chutes reste la même.',
        },
        {
          id: 'b',
          texte: 'Installer trois bacs de tri supplémentaires à côté des machines.',
          feedback: 'Le tri est utile, mais il ne réduit pas la quantité de déchets produits.',
        },
        {
          id: 'c',
          texte: 'Regarder avec l’équipe ce qui part à la benne, et pourquoi.',
          feedback: 'Oui : comprendre d’où viennent les chutes permet de les éviter (plan de découpe) ou de les réutiliser.',
        },
      ],
      reponse: 'c',
      explication:
        'Réduire le gaspillage commence par regarder ce qui est jeté, avec ceux qui produisent, pour éviter, réduire et réutiliser avant de trier.',
      source: 'leçon Production écoresponsable, § Le gaspillage de matière',
    }),
    choixMultiples({
      id: 'tri-accessible',
      enonce: 'Quelles conditions rendent le tri des déchets efficace dans un atelier où plusieurs personnes lisent peu ?',
      criteres: ['B2.C8.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Des bacs placés au plus près des postes de travail',
          feedback: 'Oui : un bac proche est un bac utilisé.',
        },
        {
          id: 'b',
          texte: 'Un tri en dix flux, pour recycler le plus de matières possible',
          feedback: 'Non : trop de flux rendent le tri difficile et source d’erreurs ; les consignes suivent ce que la collecte locale accepte.',
        },
        {
          id: 'c',
          texte: 'Une signalétique qui associe pictogramme, mot et couleur',
          feedback: 'Oui : le sens ne repose pas sur un seul indice, ni sur la couleur seule.',
        },
        {
          id: 'd',
          texte: 'Un code couleur seul, sans texte ni image, pour faire simple',
          feedback: 'Non : une information portée par la seule couleur exclut les personnes qui distinguent mal les couleurs.',
        },
      ],
      reponses: ['a', 'c'],
      explication:
        'Un tri efficace est simple, proche, compris (pictogramme, mot et couleur) et porté par l’équipe ; ses consignes suivent ce que la collecte locale accepte.',
      source: 'leçon Production écoresponsable, § Organiser le tri',
    }),
    numerique({
      id: 'taux-de-chute',
      enonce:
        'Un panneau de bois mesure 2,5 m². Avec l’ancien plan de découpe, on en tirait 2,0 m² de pièces ; avec le nouveau, 2,3 m². De combien de points de pourcentage le taux de chute a-t-il baissé ?',
      criteres: ['B2.C8.CR1'],
      tableau: {
        entetes: ['Plan de découpe', 'Surface du panneau', 'Surface de pièces obtenue'],
        lignes: [
          ['Ancien', '2,5 m²', '2,0 m²'],
          ['Nouveau', '2,5 m²', '2,3 m²'],
        ],
      },
      reponse: { valeur: 12, tolerance: 0.1, unite: 'points' },
      pieges: [
        { valeur: 20, feedback: 'C’est le taux de chute de l’ancien plan : calculez aussi celui du nouveau, puis la différence.' },
        { valeur: 8, feedback: 'C’est le taux de chute du nouveau plan : la question porte sur la baisse entre les deux.' },
        { valeur: 60, feedback: 'C’est la baisse relative (12 sur 20). La question demande l’écart en points de pourcentage.' },
      ],
      feedback: {
        juste: 'Exact : le taux de chute passe de 20 % à 8 %, soit 12 points de moins.',
        faux: 'Calculez le taux de chute de chaque plan (chute divisée par surface du panneau), puis faites la différence.',
      },
      explication:
        'Taux de chute = surface perdue / surface du panneau. Ancien : $\\frac{2{,}5 - 2{,}0}{2{,}5} = 20\\,\\%$ ; nouveau : $\\frac{2{,}5 - 2{,}3}{2{,}5} = 8\\,\\%$ ; baisse : $20 - 8 = 12$ points.',
      source: 'leçon Production écoresponsable, § Le gaspillage de matière',
    }),
    vraiFaux({
      id: 'tri-suffit',
      enonce:
        'L’atelier menuiserie a installé cinq bacs de tri bien signalés, et l’équipe trie désormais sans erreur. L’atelier a donc atteint l’objectif de réduire la quantité de déchets qu’il produit.',
      criteres: ['B2.C8.CR1'],
      reponse: false,
      feedback: {
        vrai: 'Non : un tri parfait oriente les déchets vers le recyclage, mais il ne diminue pas leur quantité ; la benne peut continuer de grossir.',
        faux: 'Exact : trier n’est pas réduire. La réduction passe par éviter, mieux découper (plan de découpe), mieux doser, réutiliser les chutes.',
      },
      explication:
        'Le tri est la quatrième priorité, après éviter, réduire et réutiliser : un atelier qui trie bien peut produire de plus en plus de déchets.',
      source: 'leçon Production écoresponsable, § D’abord éviter, ensuite trier',
    }),
    choixUnique({
      id: 'gaspillage-cuisine',
      enonce:
        'À la cuisine de l’établissement, l’équipe jette chaque midi un bac de purée. On prépare toujours la même quantité, que les convives soient 80 ou 60. Que proposez-vous à l’équipe ?',
      criteres: ['B2.C8.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Compter les réservations chaque matin et peser les restes une semaine.',
          feedback: 'Oui : ajuster au nombre réel de convives et mesurer ce qui revient permet de réduire à la source.',
        },
        {
          id: 'b',
          texte: 'Servir des portions un peu plus généreuses pour qu’il ne reste rien.',
          feedback: 'Le gaspillage se déplace dans les assiettes : il ne diminue pas.',
        },
        {
          id: 'c',
          texte: 'Confier chaque jour les restes à un composteur partagé du quartier.',
          feedback: 'Composter vaut mieux que jeter, mais produire moins reste la première priorité.',
        },
      ],
      reponse: 'a',
      explication:
        'En restauration collective, réduire le gaspillage alimentaire commence par ajuster les quantités au besoin réel et mesurer les restes ; la valorisation vient après.',
      source: 'leçon Production écoresponsable, § Le gaspillage de matière',
    }),
    ordre({
      id: 'etapes-cycle-de-vie',
      enonce: 'Remettez dans l’ordre les étapes du cycle de vie d’une jardinière en bois.',
      criteres: ['B2.C8.CR2'],
      etapes: [
        { id: 'e1', texte: 'Extraction des matières : le bois, la visserie, la lasure', feedback: 'Tout commence avec les matières premières.' },
        { id: 'e2', texte: 'Fabrication à l’atelier', feedback: 'Découpe, assemblage, finition : chutes et énergie.' },
        { id: 'e3', texte: 'Transport jusqu’au client', feedback: 'Distance, remplissage du véhicule, emballage.' },
        { id: 'e4', texte: 'Usage dans le jardin de la commune', feedback: 'Durée de vie, entretien, réparation.' },
        { id: 'e5', texte: 'Fin de vie : démontage, réutilisation, recyclage', feedback: 'Ce que devient le produit quand il ne sert plus.' },
      ],
      explication:
        'Le cycle de vie comprend cinq étapes : matières, fabrication, transport, usage, fin de vie. L’écoconception cherche à réduire les impacts sur l’ensemble, pas sur une seule étape.',
      source: 'ADEME, écoconception ; ISO/TR 14062',
    }),
    texteATrous({
      id: 'definition-ecoconception',
      enonce: 'Complétez la définition de l’écoconception.',
      criteres: ['B2.C8.CR2'],
      texte:
        'L’écoconception prend en compte l’[[environnement]] dès la conception d’un produit ou d’un service, sur l’ensemble de son [[cycle]] de vie, pour réduire ses impacts sans dégrader son [[usage]].',
      trous: {
        environnement: {
          acceptees: ['environnement'],
          feedback: 'L’environnement est pris en compte dès le départ, pas seulement à la fin.',
        },
        cycle: {
          acceptees: ['cycle'],
          feedback: 'Le cycle de vie : matières, fabrication, transport, usage, fin de vie.',
        },
        usage: {
          acceptees: ['usage', 'utilisation', 'fonction', 'qualité'],
          feedback: 'Le produit doit continuer à rendre le même service : on ne réduit pas l’impact en dégradant l’usage.',
        },
      },
      explication:
        'Selon l’ADEME, l’écoconception intègre l’environnement dès la conception, sur tout le cycle de vie, sans dégrader l’usage ; c’est un pilier de l’économie circulaire.',
      source: 'ADEME ; ISO/TR 14062:2002 ; ISO 14006:2020',
    }),
    choixUnique({
      id: 'emballage-plus-leger',
      enonce:
        'Pour réduire le carton, un client propose de supprimer le calage des bocaux que l’atelier conditionne. Vous savez que les bocaux voyagent en camion sur 300 km. Que lui répondez-vous ?',
      criteres: ['B2.C8.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Vous acceptez : moins de carton, c’est moins d’impact et une demande du client.',
          feedback: 'Pas forcément : si des bocaux cassent pendant le transport, le produit perdu pèse bien plus que le carton économisé.',
        },
        {
          id: 'b',
          texte: 'Vous proposez d’essayer un calage plus léger qui protège encore au transport.',
          feedback: 'Oui : vous raisonnez sur tout le cycle de vie et cherchez à réduire l’emballage sans déplacer l’impact vers la casse.',
        },
        {
          id: 'c',
          texte: 'Vous refusez : l’emballage actuel n’a jamais causé de casse à la livraison.',
          feedback: 'Refuser sans chercher ferme une piste de progrès que le client attend.',
        },
      ],
      reponse: 'b',
      explication:
        'Raisonner en cycle de vie évite de déplacer l’impact d’une étape à une autre : réduire l’emballage ne doit pas augmenter la casse au transport.',
      source: 'ADEME, écoconception ; leçon Production écoresponsable, § Penser à toute la vie du produit',
    }),
    association({
      id: 'actions-cycle-de-vie',
      enonce: 'Associez chaque proposition de l’atelier menuiserie à l’étape du cycle de vie qu’elle améliore.',
      criteres: ['B2.C8.CR2'],
      gauche: [
        {
          id: 'g1',
          texte: 'Choisir un bois issu d’une forêt gérée durablement',
          feedback: 'La nature et l’origine du bois relèvent de l’extraction des matières.',
        },
        {
          id: 'g2',
          texte: 'Revoir le plan de découpe pour réduire les chutes',
          feedback: 'La découpe se fait à l’atelier : c’est la fabrication.',
        },
        {
          id: 'g3',
          texte: 'Livrer toutes les jardinières en une seule tournée',
          feedback: 'Le nombre de trajets relève du transport.',
        },
        {
          id: 'g4',
          texte: 'Assembler par vis pour pouvoir remplacer une planche abîmée',
          feedback: 'Une jardinière réparable dure plus longtemps : c’est l’usage.',
        },
        {
          id: 'g5',
          texte: 'Séparer facilement le bois et le métal quand la jardinière est usée',
          feedback: 'Un produit démontable se recycle mieux : c’est la fin de vie.',
        },
      ],
      droite: [
        { id: 'd1', texte: 'Extraction des matières' },
        { id: 'd2', texte: 'Fabrication' },
        { id: 'd3', texte: 'Transport' },
        { id: 'd4', texte: 'Usage' },
        { id: 'd5', texte: 'Fin de vie' },
      ],
      paires: { g1: 'd1', g2: 'd2', g3: 'd3', g4: 'd4', g5: 'd5' },
      explication:
        'Chaque étape du cycle de vie offre des leviers à la portée de l’atelier : origine des matières, fabrication, transport, durée d’usage, fin de vie.',
      source: 'ADEME, écoconception ; leçon Production écoresponsable, § Ce qui est à votre portée',
    }),
    vraiFaux({
      id: 'iso-14006',
      enonce: 'La norme ISO 14006 (2020) aide une organisation à intégrer l’écoconception dans son système de management environnemental.',
      criteres: ['B2.C8.CR2'],
      reponse: true,
      feedback: {
        vrai: 'Exact : l’ISO 14006 relie l’écoconception au management environnemental de l’organisation.',
        faux: 'Si : c’est précisément l’objet de l’ISO 14006, publiée en 2020. L’ISO/TR 14062 (2002) portait sur la conception des produits.',
      },
      explication:
        'Deux repères normatifs de l’écoconception : l’ISO/TR 14062 (2002), sur l’intégration de l’environnement dans la conception, et l’ISO 14006 (2020), sur son intégration dans un système de management environnemental.',
      source: 'ISO 14006:2020 ; ISO/TR 14062:2002',
    }),
    choixUnique({
      id: 'questionnaire-client',
      enonce:
        'Le principal client de l’atelier conditionnement envoie un questionnaire sur les engagements environnementaux de ses fournisseurs. Comment y répondez-vous avec votre direction ?',
      criteres: ['B2.C8.CR3'],
      options: [
        {
          id: 'a',
          texte: 'En rappelant que l’ESAT est d’abord un acteur social et solidaire, engagé par nature.',
          feedback: 'Une formule générale ne convainc pas : être un ESAT ne dit rien de l’impact environnemental de l’atelier.',
        },
        {
          id: 'b',
          texte: 'En expliquant que ces questionnaires visent les grandes entreprises, pas les ESAT.',
          feedback: 'Non : les clients attendent aussi des efforts de leurs fournisseurs du secteur protégé et adapté.',
        },
        {
          id: 'c',
          texte: 'Avec des faits mesurés (cartons réutilisés, déchets pesés) et une piste de progrès.',
          feedback: 'Oui : des faits mesurés et une piste d’amélioration sont crédibles et ouvrent un dialogue avec le client.',
        },
      ],
      reponse: 'c',
      explication:
        'Face à un client, l’écoresponsabilité se dit avec des faits mesurables et des engagements tenables ; les formules générales abîment la confiance.',
      source: 'leçon Production écoresponsable, § Aux clients',
    }),
    vraiFaux({
      id: 'iso-26000-evaluation',
      enonce:
        'Un ESAT qui veut montrer à ses clients sa démarche de responsabilité sociétale peut la faire évaluer au regard de l’ISO 26000, mais il ne peut pas obtenir de certification ISO 26000.',
      criteres: ['B2.C8.CR3'],
      reponse: true,
      feedback: {
        vrai: 'Exact : l’ISO 26000 donne des lignes directrices et n’est pas certifiable ; une évaluation reste possible, par exemple avec le label « Engagé RSE ».',
        faux: 'Si : l’ISO 26000 n’est pas une norme certifiable. On peut faire évaluer sa démarche, par exemple avec le label « Engagé RSE » de l’AFNOR.',
      },
      explication:
        'L’ISO 26000 (1er novembre 2010) est le référentiel international de la RSE : 7 principes, 7 questions centrales, 37 domaines d’action. Elle n’est pas certifiable, mais une démarche peut être évaluée.',
      source: 'ISO 26000:2010 ; label « Engagé RSE » (AFNOR)',
    }),
    choixMultiples({
      id: 'eteindre-calandre',
      enonce:
        'Vous voulez que l’équipe de blanchisserie pense à éteindre la calandre pendant la pause longue. Quelles façons de faire ont le plus de chances de marcher dans la durée ?',
      criteres: ['B2.C8.CR3'],
      options: [
        {
          id: 'a',
          texte: 'Afficher en gros sur la machine « Éteignez la calandre à la pause »',
          feedback: 'Non : une consigne sans raison se respecte mal dans la durée.',
        },
        {
          id: 'b',
          texte: 'Chiffrer une heure de calandre à vide, puis suivre le résultat avec l’équipe',
          feedback: 'Oui : un chiffre concret de l’atelier rend le gaspillage visible, et voir les résultats de ses efforts encourage à continuer.',
        },
        {
          id: 'c',
          texte: 'Éteindre vous-même la calandre à chaque pause, pour montrer l’exemple',
          feedback: 'L’exemple compte, mais le geste reste le vôtre : l’équipe ne se l’approprie pas et il disparaît quand vous êtes absent.',
        },
        {
          id: 'd',
          texte: 'Rappeler la consigne à chaque pause, jusqu’à ce que le geste soit pris',
          feedback: 'Non : un rappel sans explication ni résultat partagé devient vite une remarque de plus, que l’on n’entend plus.',
        },
      ],
      reponses: ['b'],
      explication:
        'Un geste écoresponsable tient dans la durée quand l’équipe en comprend le sens : chiffres concrets de l’atelier, rôles confiés, résultats partagés, supports accessibles.',
      source: 'leçon Production écoresponsable, § Aux travailleurs',
    }),
    texteATrous({
      id: 'iso-26000-trous',
      enonce: 'Complétez ce qu’il faut savoir de la norme ISO 26000 pour en parler avec un client.',
      criteres: ['B2.C8.CR3'],
      texte:
        'Publiée en [[annee]], l’ISO 26000 est le référentiel de la responsabilité sociétale. Elle propose [[principes]] principes et 7 questions centrales, dont l’environnement et les relations et conditions de travail. Elle n’est pas [[certifiable]].',
      trous: {
        annee: { acceptees: ['2010'], feedback: 'La norme date du 1er novembre 2010.' },
        principes: { acceptees: ['7', 'sept'], feedback: 'Sept principes, comme la transparence ou le comportement éthique.' },
        certifiable: {
          acceptees: ['certifiable', 'certifiée', 'certifiee'],
          feedback: 'Ce sont des lignes directrices : on peut faire évaluer sa démarche, pas la certifier.',
        },
      },
      explication:
        'ISO 26000 (2010) : 7 principes, 7 questions centrales, 37 domaines d’action, non certifiable. Elle éclaire les attentes des clients qui mènent une politique RSE.',
      source: 'ISO 26000:2010',
    }),
    choixUnique({
      id: 'achats-responsables-esat',
      enonce:
        'Un nouveau client explique qu’il mène une politique d’achats responsables. Pourquoi est-ce important pour l’ESAT ?',
      criteres: ['B2.C8.CR3', 'B2.C9.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Parce qu’il est tenu d’acheter aux ESAT, quelle que soit la qualité du travail rendu.',
          feedback: 'Non : aucune obligation d’achat n’existe ; le client compare qualité, délais, prix et engagements.',
        },
        {
          id: 'b',
          texte: 'Parce qu’il choisit ses fournisseurs aussi sur des critères sociaux et environnementaux.',
          feedback: 'Oui : l’ESAT apporte un impact social (emploi des personnes en situation de handicap, réduction de la contribution OETH) et doit aussi montrer ses efforts environnementaux.',
        },
        {
          id: 'c',
          texte: 'Parce que la mission sociale de l’ESAT suffit à répondre à ses attentes environnementales.',
          feedback: 'Non : la mission sociale ne dispense pas des attentes environnementales des clients ; l’ESAT doit montrer ses propres efforts.',
        },
        {
          id: 'd',
          texte: 'Parce que chacun de ses achats à l’ESAT compte dans son taux d’emploi de 6 %.',
          feedback: 'Non : c’était la règle avant 2020. Depuis, ces achats ne comptent plus dans le taux d’emploi ; ils ouvrent une déduction sur la contribution OETH.',
        },
      ],
      reponse: 'b',
      explication:
        'Les achats responsables intègrent des critères sociaux et environnementaux. Acheter à un ESAT réduit la contribution OETH du client depuis 2020 (C. trav. art. D5212-21 s.) et sert ses engagements RSE ; l’ESAT doit en retour montrer ses propres efforts.',
      source: 'ISO 26000:2010 ; C. trav. art. D5212-21 et suivants',
    }),
  ],
});
