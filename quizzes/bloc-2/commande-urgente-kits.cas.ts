import { defineCas } from '#auteur';

// Ce qui, sur le chemin de l’apprenant, a fragilisé la commande ou coûté aux personnes : les fins le racontent.
const ECARTS_DU_CHEMIN = [
  { si: ['appel-direct'], texte: 'Nathalie n’a pas apprécié que vous appeliez le client vous-même : la prochaine fois, passez par elle.' },
  { sauf: ['essai-equipe'], texte: 'Le temps unitaire n’a pas été mesuré avec l’équipe : ni ses gestes, ni ses idées n’ont nourri l’étude.' },
  {
    si: ['accepte-sans-etude'],
    texte: 'La commande a été acceptée sur un avis « faisable » qui ne tenait pas compte du temps réel : il a fallu renégocier deux lots en cours de route, et le client attend désormais plus de fiabilité.',
  },
  { si: ['soutien-supprime'], texte: 'Les activités de soutien ont été suspendues pour la commande : ce sont les personnes qui ont payé l’écart.' },
  { si: ['equipe-ecartee'], texte: 'Vous aviez prévu d’écarter six travailleurs de la commande : cette adaptation ne laissait aucune marge et fermait la commande à une partie de l’équipe.' },
  { si: ['affectation-imposee'], texte: 'Les postes ont été imposés selon la rapidité, sans demander à personne ce qu’il voulait faire ou apprendre.' },
  { si: ['cadre-absent'], texte: 'L’équipe s’est organisée sans cadre : le contrôle des sachets a été oublié et Inès n’a pas osé demander la peseuse.' },
  { si: ['sans-marge'], texte: 'Le planning ne gardait aucune marge, et l’apprentissage d’Inès a été reporté sans date.' },
  { si: ['goulot-ignore'], texte: 'Le planning n’a pas protégé le goulot : la peseuse a attendu des sachets.' },
  { si: ['retard-panne'], texte: 'La panne a coûté un jour de retard qui pouvait être évité en avançant les autres tâches.' },
] as const;

export default defineCas({
  id: 'commande-urgente-kits',
  titre: 'Une commande urgente de kits',
  description:
    'Étudier la faisabilité d’une commande urgente d’un client industriel, puis la planifier avec l’équipe et réagir à une panne sans sacrifier les personnes.',
  bloc: 'B2',
  contexte:
    'Vous êtes moniteur ou monitrice de l’atelier conditionnement et sous-traitance d’un ESAT. Mardi, 9 h : un équipementier de la région, nouveau client, demande 8 000 kits de fixation à livrer le vendredi de la semaine prochaine, dans 8 jours ouvrés. L’équipe compte dix travailleurs et travailleuses ; une autre commande est déjà en cours. Le chef d’atelier attend votre avis mercredi midi.',
  personnages: [
    { nom: 'Hervé', role: 'chef d’atelier' },
    { nom: 'Nathalie', role: 'chargée d’affaires, en lien avec le client' },
    { nom: 'Inès', role: 'travailleuse, veut apprendre à conduire la peseuse' },
    { nom: 'Marc', role: 'travailleur expérimenté à la peseuse' },
    { nom: 'Sami', role: 'travailleur, préfère les tâches qu’il connaît' },
    { nom: 'Fatou', role: 'travailleuse, reprend le matin seulement après une longue absence' },
    { nom: 'Joël', role: 'travailleur, en mise à disposition 2 jours par semaine dans une jardinerie' },
    { nom: 'Bastien', role: 'travailleur, délégué des travailleurs' },
  ],
  criteres: ['B2.C1.CR1', 'B2.C1.CR2', 'B2.C1.CR3', 'B2.C2.CR1', 'B2.C2.CR2', 'B2.C2.CR3'],
  drapeaux: {
    'calcul-ancien': 'Un premier calcul a été fait avec le temps d’une ancienne commande, sans connaître le kit.',
    'appel-direct': 'Vous avez appelé le client vous-même, sans passer par Nathalie.',
    'essai-equipe': 'Le temps unitaire a été mesuré par une série d’essai avec trois volontaires, dont Inès.',
    'accepte-sans-etude': 'La commande a été acceptée sur un avis « faisable » qui ne tenait pas compte du temps réel.',
    'deux-lots': 'Le client a accepté une livraison en deux lots.',
    'soutien-supprime': 'Les activités de soutien de la semaine ont été supprimées pour la commande.',
    'equipe-ecartee': 'Six travailleurs ont été écartés de la commande au profit des quatre plus rapides.',
    'affectation-imposee': 'Les postes ont été affectés selon la rapidité, sans consulter personne.',
    'cadre-absent': 'L’équipe s’est organisée seule, sans cadre de délais, de qualité ni d’apprentissages.',
    'sans-marge': 'Le planning ne garde aucune marge, et l’apprentissage d’Inès est reporté sans date.',
    'goulot-ignore': 'Le planning a été fait sans repérer le goulot.',
    'retard-panne': 'La panne a coûté un jour de retard négocié avec le client.',
  },
  debut: 'demande',
  noeuds: [
    {
      type: 'situation',
      id: 'demande',
      titre: 'Mardi, 9 h',
      texte:
        'Nathalie vous transfère le courriel du client : 8 000 kits de fixation « conformes à l’échantillon », livraison vendredi de la semaine prochaine. Aucun échantillon n’est joint et le courriel ne dit rien des composants. Que faites-vous ?',
      choix: [
        {
          id: 'clarifier',
          texte: 'Vous demandez à Nathalie l’échantillon de référence, les contrôles attendus et la date de livraison des composants.',
          suivant: 'essai',
          consequence:
            'L’acheteur dépose en début d’après-midi l’échantillon et un carton de composants pour les essais : 6 pièces et une notice pliée par sachet, pesée à plus ou moins 1 gramme, étiquette code-barres. Le reste des composants n’arrivera que jeudi matin.',
          feedback:
            'Clarifier avant de calculer : quantités, délais, exigences de qualité et contraintes techniques, par le bon canal. La date des composants change tout : on ne produit qu’à partir de jeudi.',
          scores: { 'B2.C1.CR1': 2 },
        },
        {
          id: 'calculer',
          texte: 'Pour avancer, vous calculez tout de suite la charge avec le temps de la commande de kits du printemps.',
          suivant: 'calcul-rapide',
          pose: ['calcul-ancien'],
          consequence: 'En dix minutes, vous avez un chiffre. Vous ne savez toujours pas ce que contient un kit, ni quand arrivent les composants.',
          feedback:
            'Un calcul sans exigences de qualité ni contraintes techniques repose sur une hypothèse : ce kit ressemble-t-il vraiment à l’ancien ?',
          scores: { 'B2.C1.CR1': 0 },
        },
        {
          id: 'appeler-client',
          texte: 'Pour gagner une demi-journée, vous appelez vous-même l’acheteur, dont le numéro est dans le courriel, et échangez directement avec lui sur toutes vos questions.',
          suivant: 'essai',
          pose: ['appel-direct'],
          consequence:
            'L’acheteur répond volontiers et dépose l’échantillon et un carton de composants l’après-midi ; le reste arrivera jeudi matin. Mais Nathalie, qui négociait le prix, apprend votre appel par le client et vous le reproche.',
          feedback:
            'Les bonnes questions, par le mauvais canal : selon la Fiche Métier, le moniteur est en lien avec les clients le plus souvent par l’intermédiaire de l’équipe ou de la hiérarchie.',
          scores: { 'B2.C1.CR1': 1 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'calcul-rapide',
      titre: 'Mardi, 11 h',
      suppose: ['calcul-ancien'],
      texte:
        'Avec le temps de l’ancienne commande, 0,3 minute par kit, vous trouvez 40 heures de travail : largement faisable. En lisant votre note, Hervé demande : « Et la pesée ? Et les notices pliées ? Et les composants, ils arrivent quand ? »',
      choix: [
        {
          id: 'reprendre',
          texte: 'Vous reconnaissez avoir calculé trop vite : vous demandez l’échantillon et les exigences par Nathalie, et vous prévoyez une série d’essai.',
          suivant: 'essai',
          consequence:
            'Hervé apprécie votre franchise. L’échantillon et un carton de composants arrivent l’après-midi : ce kit demande une notice pliée et une pesée, absentes de l’ancienne commande. Le reste des composants arrivera jeudi matin.',
          feedback: 'Revenir à l’analyse de la demande avant de s’engager corrige l’erreur à temps.',
          scores: { 'B2.C1.CR1': 1 },
        },
        {
          id: 'maintenir',
          texte: 'Vous maintenez votre avis : un kit de fixation reste un kit de fixation, et l’équipe a l’habitude de s’adapter à un nouveau modèle.',
          suivant: 'engage',
          pose: ['accepte-sans-etude'],
          consequence: 'Hervé transmet votre avis « faisable ». La commande est acceptée pour vendredi prochain.',
          feedback:
            'L’avis repose sur un produit différent et sur un temps qui n’a pas été mesuré. C’est l’équipe qui paiera l’écart.',
          scores: { 'B2.C1.CR1': 0, 'B2.C1.CR2': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'essai',
      titre: 'Mardi, 14 h',
      texte:
        'Vous avez l’échantillon et de quoi faire une centaine de kits. Il vous faut un temps unitaire fiable. Inès, qui a demandé plusieurs fois à apprendre la peseuse, regarde l’échantillon avec curiosité.',
      choix: [
        {
          id: 'serie-essai',
          texte: 'Vous organisez une série d’essai de 100 kits avec trois volontaires, dont Inès, en notant leurs temps et leurs remarques sur chaque geste, de la pesée au pliage des notices.',
          suivant: 'capacite',
          pose: ['essai-equipe'],
          consequence:
            'Temps mesuré : 0,75 minute par kit. Inès propose une plaque à six alvéoles pour ne plus compter les pièces ; Marc remarque que le pliage des notices ralentit tout.',
          feedback:
            'Le temps unitaire se mesure dans l’atelier, avec l’équipe. Les volontaires apportent en plus des idées d’adaptation.',
          scores: { 'B2.C1.CR2': 2, 'B2.C2.CR2': 1 },
        },
        {
          id: 'chronometre-seul',
          texte: 'Pour ne pas déranger la commande en cours, vous réalisez vous-même vingt kits à votre établi et vous vous chronométrez.',
          suivant: 'capacite',
          consequence:
            'Vous mesurez 0,5 minute par kit. En observant ensuite deux travailleurs, vous constatez un temps proche de 0,75 minute et vous corrigez votre chiffre.',
          feedback:
            'Le temps d’un professionnel entraîné sous-estime celui de l’équipe. Vous avez corrigé à temps, mais sans associer les personnes à l’essai.',
          scores: { 'B2.C1.CR2': 1 },
        },
        {
          id: 'temps-client',
          piege: true,
          texte:
            'Vous reprenez le temps standard du client, 0,3 minute par kit : il a été mesuré sur des milliers de kits dans son usine, bien plus fiable qu’un essai de cent kits.',
          suivant: 'engage',
          pose: ['accepte-sans-etude'],
          consequence: 'La charge paraît être de 40 heures : vous annoncez à Hervé que la commande est faisable sans difficulté. Elle est acceptée pour vendredi prochain.',
          feedback:
            'Ce temps vient d’une chaîne industrielle, avec ses machines et ses opérateurs ; il ne dit rien de votre équipe ni de vos postes. La charge est très sous-estimée.',
          scores: { 'B2.C1.CR2': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'capacite',
      titre: 'Mercredi, 8 h',
      texte:
        'Les composants arrivent jeudi matin et le camion part le vendredi suivant : il reste 6 jours de production. Charge : 8 000 kits à 0,75 minute, soit 100 heures, plus 8 heures de contrôle et de palettisation : 108 heures. Capacité disponible sur ces 6 jours, après la commande en cours, la reprise à mi-temps de Fatou, les 2 jours par semaine de mise à disposition de Joël et les activités de soutien : 90 heures. Quel avis donnez-vous ?',
      choix: [
        {
          id: 'avis-chiffre',
          texte: 'Vous rendez un avis écrit « faisable sous conditions » : il manque 18 heures, soit un taux de charge de 120 %, et vous annoncez des propositions.',
          suivant: 'adaptations',
          consequence: 'Hervé lit votre note : « Bien. Qu’est-ce que vous proposez ? Je dois rappeler Nathalie à 14 h. »',
          feedback:
            'Un écart chiffré, signalé tôt, permet à la hiérarchie de décider et de négocier. Il reste à trouver les adaptations.',
          scores: { 'B2.C1.CR2': 2 },
        },
        {
          id: 'faisable-quand-meme',
          texte:
            'Vous répondez « faisable » : 18 heures sur 108, c’est un écart modeste, vous faites confiance à l’équipe qui a déjà tenu des délais serrés, et un nouveau client ne se laisse pas filer.',
          suivant: 'engage',
          pose: ['accepte-sans-etude'],
          consequence: 'Hervé transmet l’avis. La commande est acceptée pour vendredi prochain.',
          feedback:
            'Vous connaissiez l’écart de 18 heures et ne l’avez pas signalé : c’est le rythme des personnes qui devra le combler.',
          scores: { 'B2.C1.CR2': 0 },
        },
        {
          id: 'refuser',
          texte: 'Vous répondez que la commande n’est pas faisable dans ce délai : vos chiffres le montrent, inutile d’aller plus loin.',
          suivant: 'refus',
          consequence: 'Hervé fronce les sourcils : votre note tient en une ligne.',
          feedback:
            'Votre calcul est juste, mais un refus sans chiffres ni pistes ne signale pas l’écart : la hiérarchie ne peut ni décider ni négocier.',
          scores: { 'B2.C1.CR2': 0, 'B2.C1.CR3': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'refus',
      titre: 'Mercredi, 12 h',
      texte:
        'Hervé vous répond : « Ce client est nouveau et il peut nous confier du travail toute l’année. Qu’est-ce qui rendrait la commande possible ? »',
      choix: [
        {
          id: 'chercher',
          texte: 'Vous reprenez votre calcul et cherchez des adaptations, à partir de ce que vous avez observé pendant l’essai.',
          suivant: 'adaptations',
          consequence: 'Vous ressortez vos notes de l’essai : plusieurs pistes peuvent réduire l’écart.',
          feedback: 'Un taux de charge supérieur à 100 % n’est pas un refus automatique : c’est le signal de chercher des adaptations.',
          scores: { 'B2.C1.CR3': 1 },
        },
        {
          id: 'maintenir-refus',
          texte: 'Vous maintenez votre refus : l’équipe sort d’une commande chargée, et vous préférez la protéger plutôt que de risquer un retard chez un nouveau client.',
          suivant: 'fin-refus',
          consequence:
            'Hervé décline la commande. Le client s’adresse à un autre prestataire, et l’équipe ne saura pas qu’une solution existait.',
          feedback:
            'Protéger l’équipe est légitime, mais un refus sans recherche d’adaptation prive l’atelier d’un travail réalisable et d’occasions d’apprendre.',
          scores: { 'B2.C1.CR3': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'adaptations',
      titre: 'Mercredi, 13 h',
      texte: 'Il manque 18 heures. Quelles adaptations proposez-vous à Hervé ?',
      choix: [
        {
          id: 'leviers',
          texte:
            'Vous proposez une plaque de comptage à six alvéoles (0,65 minute par kit à l’essai) et deux lots, 5 000 kits vendredi prochain et 3 000 le mercredi suivant, à négocier par Nathalie.',
          suivant: 'reunion',
          pose: ['deux-lots'],
          consequence:
            'Le client accepte les deux lots. Le premier demande environ 60 heures pour 90 disponibles : l’atelier garde une marge pour les imprévus.',
          feedback:
            'Un gabarit qui réduit le temps sans accélérer le rythme, un fractionnement négocié par la hiérarchie : la commande devient réalisable par l’équipe telle qu’elle est.',
          scores: { 'B2.C1.CR3': 2 },
        },
        {
          id: 'sacrifier',
          texte:
            'Vous trouvez les heures dans l’atelier, sans heures en plus : activités de soutien suspendues pendant la commande, et Joël qui reporte ses deux jours à la jardinerie.',
          suivant: 'reunion',
          pose: ['soutien-supprime'],
          consequence:
            'Hervé accepte de suspendre le soutien mais refuse de toucher à la mise à disposition. Joël, inquiet, vous demande si sa place à la jardinerie est menacée.',
          feedback:
            'Ces heures ne sont pas une réserve : elles font partie de la mission de l’ESAT et du parcours des personnes. La commande est payée par elles.',
          scores: { 'B2.C1.CR3': 0 },
        },
        {
          id: 'plus-rapides',
          texte: 'Vous confiez la commande à plein temps aux quatre travailleurs les plus rapides, qui tiennent 0,6 minute par kit, et donnez aux six autres la commande en cours et le rangement.',
          suivant: 'reunion',
          pose: ['equipe-ecartee'],
          consequence:
            'Sur le papier, le compte y est, à deux heures près. Les six autres travailleurs n’approcheront pas le nouveau kit, et les quatre plus rapides n’auront aucune marge.',
          feedback:
            'C’est une réorganisation, mais elle ne laisse aucune marge et exclut une partie de l’équipe. Une adaptation rend le travail accessible au plus grand nombre.',
          scores: { 'B2.C1.CR3': 1 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'engage',
      titre: 'Jeudi, 17 h, premier jour de production',
      suppose: ['accepte-sans-etude'],
      texte:
        'La commande a été acceptée pour vendredi prochain sur la base de votre avis. Ce premier jour, l’équipe a fait 1 100 kits alors qu’il en faudrait plus de 1 300 par jour pendant 6 jours. Le temps réel est proche de 0,75 minute par kit.',
      choix: [
        {
          id: 'alerter',
          texte: 'Vous prévenez Hervé le soir même, chiffres à l’appui, et proposez une livraison en deux lots et une plaque de comptage.',
          suivant: 'reunion',
          pose: ['deux-lots'],
          consequence:
            'Hervé est contrarié mais négocie : le client accepte deux lots, en précisant qu’il attend plus de fiabilité. Vous réunissez l’équipe le lendemain matin pour réorganiser.',
          feedback:
            'Reconnaître l’écart et le signaler tôt, avec des solutions, limite les dégâts. L’étude de faisabilité aurait dû le révéler avant.',
          scores: { 'B2.C1.CR2': 1 },
        },
        {
          id: 'accelerer',
          texte:
            'Vous demandez à l’équipe d’accélérer, supprimez les activités de soutien de la semaine et demandez à Fatou si elle peut venir aussi l’après-midi.',
          suivant: 'fin-a-revoir',
          consequence:
            'La commande part à l’heure, mais avec de nombreux sachets repris en urgence. Fatou est arrêtée la semaine suivante ; deux travailleurs demandent à changer d’atelier.',
          feedback:
            'L’écart vient de l’étude, pas de l’équipe. Le faire combler par le rythme, le soutien et la reprise progressive d’une personne, c’est sacrifier les personnes.',
          scores: { 'B2.C1.CR2': 0, 'B2.C2.CR3': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'reunion',
      titre: 'Réunion d’organisation, 8 h 30',
      texte:
        'Vous réunissez l’équipe pour organiser la production. Inès veut apprendre la peseuse, Sami préfère rester au pliage des notices qu’il connaît, et Bastien, délégué des travailleurs, a une idée sur la disposition des tables.',
      variantes: [
        { sauf: ['accepte-sans-etude'], texte: 'C’est jeudi : les composants sont arrivés ce matin.' },
        { si: ['accepte-sans-etude'], texte: 'C’est vendredi : la production a démarré hier sans cette réunion, et il faut maintenant réorganiser pour tenir les deux lots.' },
        { si: ['equipe-ecartee'], texte: 'Vous avez prévu de confier la commande aux quatre plus rapides : les six autres attendent de savoir ce qu’ils feront.' },
      ],
      choix: [
        {
          id: 'associer',
          texte:
            'Vous présentez l’échantillon, les délais et un planning en images, demandez à chacun le poste souhaité et ce qu’il veut apprendre, et retenez l’idée de Bastien.',
          suivant: 'planning',
          consequence:
            'La répartition se fait en vingt minutes. Sami garde le pliage, Inès rejoindra la peseuse avec Marc, Fatou choisit le contrôle des sachets le matin. La disposition en U proposée par Bastien évite des allers-retours.',
          feedback:
            'Les personnes choisissent dans le cadre des délais, leurs projets entrent dans l’organisation et leurs idées sont retenues : elles sont réellement associées.',
          scores: { 'B2.C2.CR2': 2 },
        },
        {
          id: 'affecter',
          texte: 'Pour démarrer vite, vous affectez chacun au poste où il est le plus rapide et affichez la liste.',
          suivant: 'planning',
          pose: ['affectation-imposee'],
          consequence:
            'Le démarrage est rapide. Inès, placée au pliage, ne dit rien mais semble déçue ; Sami, placé à la peseuse, est tendu toute la matinée.',
          feedback:
            'La liste est efficace à court terme, mais personne n’a été consulté, et les souhaits comme les projets sont ignorés.',
          scores: { 'B2.C2.CR2': 0 },
        },
        {
          id: 'laisser-faire',
          texte:
            'Vous laissez l’équipe s’organiser elle-même : elle connaît le travail, et choisir son poste sans le moniteur est une marque de confiance, de respect et d’autonomie.',
          suivant: 'planning',
          pose: ['cadre-absent'],
          consequence:
            'La discussion est animée et chacun choisit son poste. Mais personne n’a pris le contrôle des sachets, et Inès n’ose pas demander la peseuse : vous devez recadrer à 10 h.',
          feedback:
            'Associer n’est pas se retirer : vous gardez la responsabilité du cadre (délais, qualité, sécurité, apprentissages prévus) dans lequel l’équipe choisit.',
          scores: { 'B2.C2.CR2': 1 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'planning',
      titre: 'Le même jour, 10 h',
      texte:
        'Vous construisez le planning. La peseuse, seule machine de la chaîne, est le goulot : les autres tâches peuvent attendre un peu, pas elle. Inès doit apprendre à la conduire.',
      choix: [
        {
          id: 'gantt-marge',
          texte:
            'Vous gardez la peseuse en continu avec Marc, formez Inès en binôme deux jours à cadence réduite, utilisez le pliage comme tampon et affichez le planning en images.',
          suivant: 'alea',
          consequence:
            'Le premier jour, la peseuse ne s’arrête jamais faute de sachets. Le troisième jour, Inès conduit seule pendant une heure, Marc à côté.',
          feedback:
            'Repérer le goulot et le chemin critique, utiliser les marges comme tampon et prévoir l’apprentissage dans le planning : délais et personnes sont servis.',
          scores: { 'B2.C2.CR1': 2, 'B2.C2.CR2': 1 },
        },
        {
          id: 'plein-regime',
          texte:
            'Vous planifiez tout à plein régime pour finir au plus tôt, et reportez l’apprentissage d’Inès à la prochaine commande, plus calme, où elle aura le temps d’apprendre.',
          suivant: 'alea',
          pose: ['sans-marge'],
          consequence: 'Le planning tient sur le papier. Inès vous demande quand viendra son tour ; vous ne savez pas quoi répondre.',
          feedback:
            'Un planning sans marge ne résiste pas au premier imprévu, et l’apprentissage reporté sans date risque de ne jamais arriver.',
          scores: { 'B2.C2.CR1': 1, 'B2.C2.CR2': 0 },
        },
        {
          id: 'ordre-arrivee',
          texte: 'Vous lancez les tâches dans l’ordre où les composants sont déballés : rien n’attend, chacun a du travail dès le matin.',
          suivant: 'alea',
          pose: ['goulot-ignore'],
          consequence:
            'Le deuxième jour, la peseuse attend des sachets pendant que trois personnes plient des notices pour la fin de la commande.',
          feedback:
            'Sans repérer le goulot ni le chemin critique, le planning fait attendre la seule machine qui fixe la cadence de toute la chaîne.',
          scores: { 'B2.C2.CR1': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'alea',
      titre: 'Lundi, 8 h',
      texte:
        'La peseuse tombe en panne ; le technicien ne viendra que l’après-midi. Fatou a téléphoné : elle ne viendra pas ce matin. La livraison doit partir vendredi.',
      variantes: [{ si: ['deux-lots'], texte: 'Vendredi, c’est le premier lot : 5 000 kits.' }],
      choix: [
        {
          id: 'reorganiser',
          texte:
            'Vous faites signaler la machine, mesurez l’impact, avancez le pliage et le remplissage des sachets, informez Hervé et expliquez les changements à l’équipe, pauses gardées.',
          suivant: 'bilan',
          consequence:
            'La panne coûte une demi-journée de peseuse. En avançant les autres tâches pendant la réparation, l’équipe rattrape le retard sans toucher aux pauses : la livraison part vendredi.',
          feedback:
            'Sécurité, mesure de l’impact, solution dans l’organisation, information de la hiérarchie, explication à l’équipe : l’aléa est absorbé sans que personne ne le paie.',
          scores: { 'B2.C2.CR3': 2 },
        },
        {
          id: 'heures-en-plus',
          piege: true,
          texte:
            'Vous proposez aux volontaires de rester une heure de plus chaque soir jusqu’à vendredi : personne n’est obligé, chacun choisit, et la livraison sera tenue.',
          suivant: 'fin-heures',
          consequence:
            'Presque tout le monde reste, pour ne pas lâcher les autres. La livraison part vendredi, mais l’équipe est épuisée : le lundi suivant, deux personnes sont absentes et la suite prend du retard.',
          feedback:
            'Des « volontaires » dans une équipe sous pression ne choisissent pas vraiment. Le temps de présence, le soutien et la santé ne sont pas des variables d’ajustement, d’autant que d’autres tâches pouvaient avancer pendant la panne.',
          scores: { 'B2.C2.CR3': 0 },
        },
        {
          id: 'attendre',
          texte: 'Vous laissez l’équipe à ses tâches habituelles en attendant la réparation et prévenez Hervé que la livraison risque d’avoir un jour de retard.',
          suivant: 'bilan',
          pose: ['retard-panne'],
          consequence:
            'Hervé négocie un jour de plus avec le client. Après coup, vous constatez que d’autres tâches de la commande auraient pu avancer pendant la panne.',
          feedback:
            'Prévenir la hiérarchie est juste, mais sans avoir mesuré l’impact ni utilisé les marges, le retard était évitable.',
          scores: { 'B2.C2.CR3': 1 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'bilan',
      titre: 'Après la dernière livraison',
      texte: 'La commande est entièrement livrée. Vous avez une demi-heure avant de lancer la commande suivante.',
      choix: [
        {
          id: 'retour-experience',
          texte:
            'Vous faites le point avec l’équipe : ce qui a aidé, ce qui a été difficile, ce que chacun a appris. Vous mettez à jour le temps de référence et, avec l’accord des personnes, notez leurs apprentissages.',
          suivant: 'fin-optimale',
          consequence:
            'Plusieurs idées sortent pour la prochaine fois. Inès demande à pratiquer la peseuse plus souvent. Le temps de référence servira à la prochaine étude.',
          feedback:
            'Le bilan partagé associe l’équipe jusqu’au bout, valorise les apprentissages et améliore les prochaines études de faisabilité.',
          scores: { 'B2.C2.CR2': 2 },
        },
        {
          id: 'rapport',
          texte: 'Vous rédigez pour Hervé un compte rendu chiffré (temps réels, écarts, panne, pistes pour la prochaine étude) et l’affichez à l’atelier pour que l’équipe sache ce qui a été retenu.',
          suivant: 'fin-acceptable',
          consequence: 'Le compte rendu est clair et utile. L’équipe, elle, passe à la commande suivante sans avoir parlé de celle-ci.',
          feedback:
            'Un compte rendu chiffré sert les prochaines études, mais l’équipe n’a pas été associée au bilan de son propre travail.',
          scores: { 'B2.C2.CR2': 0, 'B2.C1.CR2': 1 },
        },
      ],
    },
    {
      type: 'fin',
      id: 'fin-optimale',
      titre: 'Une commande livrée, un bilan fait avec l’équipe',
      issues: ['optimale', 'acceptable', 'a-revoir'],
      texte: 'La commande est livrée et l’équipe a fait le bilan de son travail : ses idées et ses apprentissages serviront à la prochaine étude.',
      variantes: [
        {
          sauf: ['appel-direct', 'accepte-sans-etude', 'soutien-supprime', 'equipe-ecartee', 'affectation-imposee', 'cadre-absent', 'sans-marge', 'goulot-ignore', 'retard-panne'],
          texte: 'La commande a été étudiée, adaptée et planifiée avec l’équipe. Un nouveau client est satisfait, les apprentissages des personnes ont trouvé leur place : la production a servi les personnes.',
        },
        ...ECARTS_DU_CHEMIN,
      ],
    },
    {
      type: 'fin',
      id: 'fin-acceptable',
      titre: 'Une commande livrée, un bilan sans l’équipe',
      issues: ['optimale', 'acceptable', 'a-revoir'],
      texte:
        'La commande est livrée et vos chiffres aideront la prochaine étude. Mais l’équipe n’a pas été associée au bilan de son travail. La prochaine fois, prenez ce temps avec elle : c’est là que naissent les meilleures idées.',
      variantes: [
        { sauf: ['appel-direct', 'accepte-sans-etude', 'soutien-supprime', 'equipe-ecartee', 'affectation-imposee', 'cadre-absent', 'sans-marge', 'goulot-ignore', 'retard-panne'], texte: 'Jusque-là, la commande avait été étudiée, adaptée et planifiée avec l’équipe.' },
        ...ECARTS_DU_CHEMIN,
      ],
    },
    {
      type: 'fin',
      id: 'fin-heures',
      titre: 'Une panne rattrapée par des heures en plus',
      issues: ['acceptable', 'a-revoir'],
      texte:
        'La livraison est partie vendredi, mais l’équipe a fini épuisée : le lundi suivant, deux personnes sont absentes et la suite prend du retard. Une panne s’absorbe d’abord dans l’organisation, en avançant les tâches qui ne dépendent pas de la machine.',
      variantes: [
        { sauf: ['appel-direct', 'accepte-sans-etude', 'soutien-supprime', 'equipe-ecartee', 'affectation-imposee', 'cadre-absent', 'sans-marge', 'goulot-ignore', 'retard-panne'], texte: 'Jusqu’à la panne, la commande avait été étudiée, adaptée et planifiée avec l’équipe : c’est la fin qui a coûté aux personnes.' },
        ...ECARTS_DU_CHEMIN,
      ],
    },
    {
      type: 'fin',
      id: 'fin-a-revoir',
      titre: 'Une livraison payée par les personnes',
      issues: ['a-revoir'],
      suppose: ['accepte-sans-etude'],
      texte:
        'La commande, acceptée sur un avis « faisable » qui ne tenait pas compte du temps réel, est partie au prix du rythme, du soutien et de la santé des personnes. Reprenez la mise en situation : mesurez avec l’équipe, chiffrez l’écart, proposez des adaptations, gardez de la marge.',
    },
    {
      type: 'fin',
      id: 'fin-refus',
      titre: 'Une commande refusée sans chercher',
      issues: ['a-revoir'],
      texte:
        'Le calcul était juste, mais la commande a été refusée sans chercher d’adaptation. Un taux de charge au-dessus de 100 % est le signal de chercher des leviers (gabarit, fractionnement, renfort volontaire), pas de dire non.',
    },
  ],
  debrief: {
    'B2.C1.CR1': {
      texte:
        'Avant tout calcul, lire la demande avec cinq questions (quoi, combien, pour quand, quelle qualité, quelles contraintes techniques) et obtenir l’échantillon de référence par le bon canal. La date d’arrivée des composants fixe le nombre réel de jours de production.',
      lien: '/cours/bloc-2/faisabilite-commandes#lire-demande',
    },
    'B2.C1.CR2': {
      texte:
        'Mesurer le temps unitaire par une série d’essai avec l’équipe, calculer la capacité réelle sur les jours où l’on peut produire, comparer les deux et signaler l’écart tôt, par écrit et chiffré.',
      lien: '/cours/bloc-2/faisabilite-commandes#taux-de-charge',
    },
    'B2.C1.CR3': {
      texte:
        'Chercher des adaptations qui rendent la commande réalisable par l’équipe telle qu’elle est (gabarit, fractionnement négocié, renfort volontaire), sans toucher au soutien ni aux parcours.',
      lien: '/cours/bloc-2/faisabilite-commandes#adaptations',
    },
    'B2.C2.CR1': {
      texte:
        'Repérer le goulot et le chemin critique, garder de la marge sur les tâches qui le permettent, et afficher un planning compréhensible par l’équipe.',
      lien: '/cours/bloc-2/planifier-organiser#chemin-critique',
    },
    'B2.C2.CR2': {
      texte:
        'Associer les travailleurs au lancement et au bilan, recueillir leurs souhaits et leurs idées, et inscrire leurs apprentissages dans le planning.',
      lien: '/cours/bloc-2/planifier-organiser#associer',
    },
    'B2.C2.CR3': {
      texte:
        'Face à un aléa : sécurité, mesure de l’impact, solution dans l’organisation, information de la hiérarchie, explication à l’équipe. Les personnes ne sont pas la variable d’ajustement.',
      lien: '/cours/bloc-2/planifier-organiser#aleas',
    },
  },
});
