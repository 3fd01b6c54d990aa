import { defineCas } from '#auteur';

// Ce qui, sur le chemin de l’apprenant, n’a pas protégé Anissa ni l’équipe : les fins le racontent.
const ECARTS_DU_CHEMIN = [
  { si: ['presse-en-marche'], texte: 'Dans les premières minutes, la presse est restée sous tension, l’atelier sans surveillance : un second accident restait possible.' },
  { si: ['silence-promis'], texte: 'Vous aviez promis le silence à Anissa : une promesse qu’un moniteur ne peut pas tenir, et qu’il a fallu défaire.' },
  { si: ['declaration-tardive'], texte: 'La direction n’a été prévenue que vendredi : le délai de 48 heures pour déclarer l’accident à la caisse était dépassé.' },
  { si: ['faits-juges'], texte: 'Votre note parlait d’« inattention » : un jugement, là où la direction avait besoin de faits.' },
  { si: ['presse-relancee'], texte: 'La presse a tourné de nouveau mardi après-midi, sans vérification, alors que la cause de l’accident était inconnue.' },
  { si: ['analyse-reproche'], texte: 'L’analyse s’est faite sous forme de rappel à l’ordre : Lucas n’a pas osé dire que la cale était là depuis des semaines.' },
  { si: ['dossier-clos'], texte: 'Le dossier a été clos en retirant Anissa de la presse : la cause de l’accident attendait la personne suivante.' },
  { si: ['mesures-faibles'], texte: 'Le plan d’actions s’en est tenu à des gants ou à une affiche : la commande bimanuelle et la cadence n’ont pas été traitées.' },
] as const;

export default defineCas({
  id: 'main-a-la-presse',
  titre: 'Une main prise à la presse',
  description:
    'Porter secours après un accident à une presse, faire déclarer l’accident du travail d’une travailleuse d’ESAT dans les délais, mettre la machine en sécurité, analyser les causes avec l’équipe et préparer la reprise avec la personne.',
  bloc: 'B2',
  contexte:
    'Vous êtes moniteur ou monitrice de l’atelier façonnage d’un ESAT. Six travailleurs et travailleuses assemblent des classeurs pour un fournisseur de bureau : 3 000 pièces à livrer jeudi. Une petite presse pneumatique pose les anneaux métalliques ; elle se déclenche par une commande à deux boutons, un pour chaque main. Nous sommes mardi matin.',
  personnages: [
    { nom: 'Anissa', role: 'travailleuse de l’ESAT, à la presse depuis un an, fière de son poste' },
    { nom: 'Lucas', role: 'travailleur, prépare les couvertures à côté de la presse' },
    { nom: 'Karim', role: 'moniteur de l’autre équipe du façonnage, sauveteur secouriste du travail (SST) de l’atelier' },
    { nom: 'Mme Ferrand', role: 'directrice adjointe, chargée des déclarations' },
    { nom: 'Joël', role: 'technicien de maintenance de l’établissement' },
  ],
  criteres: ['B2.C6.CR1', 'B2.C6.CR2', 'B2.C6.CR4'],
  drapeaux: {
    'presse-en-marche': 'La presse est restée sous tension et l’atelier sans surveillance pendant les premiers secours.',
    'silence-promis': 'Vous avez promis à Anissa de ne rien dire de l’accident.',
    'declaration-tardive': 'La direction n’a été prévenue de l’accident que vendredi.',
    'faits-juges': 'Votre note à la direction juge Anissa (« inattention ») au lieu de rapporter les faits.',
    'presse-consignee': 'La presse a été consignée (air et courant coupés, cadenas, étiquette) jusqu’au passage de Joël.',
    'presse-relancee': 'La presse a été remise en marche mardi après-midi, sans vérification.',
    'causes-trouvees': 'L’analyse devant la machine a relevé la cale sur un bouton, la cadence et les pièces tenues à la main.',
    'analyse-reproche': 'L’analyse a pris la forme d’un rappel à l’ordre de l’équipe.',
    'dossier-clos': 'Le dossier a été clos en retirant Anissa de la presse, sans chercher les causes.',
    'mesures-faibles': 'Le plan d’actions ne traite pas les causes (gants, affiche).',
  },
  debut: 'cri',
  noeuds: [
    {
      type: 'situation',
      id: 'cri',
      titre: 'Mardi, 10 h 05',
      texte:
        'Un cri à la presse. Anissa se tient la main gauche, l’index écrasé et qui saigne. La presse est sous tension, prête pour un nouveau cycle. Lucas est blême, les autres se lèvent et s’approchent.',
      choix: [
        {
          id: 'proteger-alerter',
          texte: 'Vous coupez la presse à l’arrêt d’urgence, faites asseoir Anissa, envoyez Lucas chercher Karim, le SST, et éloignez les autres du poste.',
          suivant: 'silence',
          consequence:
            'Karim arrive en deux minutes, nettoie et protège la plaie, puis fait appeler l’infirmière. L’ongle est noir ; il conseille une radio aux urgences, où l’infirmière accompagne Anissa.',
          feedback:
            'Protéger (arrêter la machine, éloigner les autres), alerter (le SST), secourir dans la limite de votre formation : c’est l’ordre des premiers gestes.',
          scores: { 'B2.C6.CR4': 2 },
        },
        {
          id: 'accompagner-infirmerie',
          texte: 'Vous emmenez vous-même Anissa à l’infirmerie, à l’autre bout du bâtiment, en demandant à l’équipe de rester à ses postes.',
          suivant: 'silence',
          pose: ['presse-en-marche'],
          consequence:
            'Anissa est soignée dix minutes plus tard. Pendant ce temps, l’atelier est seul et la presse sous tension ; Lucas s’est assis à la place d’Anissa « pour avancer ».',
          feedback:
            'Vous secourez, mais sans protéger : la presse reste prête à fonctionner, l’équipe est sans encadrant, et Karim, le SST de l’atelier, n’est pas appelé.',
          scores: { 'B2.C6.CR4': 1 },
        },
        {
          id: 'demander-anissa',
          piege: true,
          texte: 'Vous demandez d’abord à Anissa ce qu’elle préfère : un pansement de la trousse et une pause, ou qu’on appelle quelqu’un. C’est sa main, vous respectez son avis.',
          suivant: 'silence',
          pose: ['presse-en-marche'],
          consequence:
            'Anissa, qui a honte, répond : « Un pansement, ça ira. » Vous faites le pansement. La presse tourne toujours à vide, à côté. Vers 10 h 40, le doigt a doublé de volume ; vous appelez enfin Karim.',
          feedback:
            'Demander son avis est juste pour beaucoup de décisions, pas pour celle-ci : une blessure à une machine appelle les premiers secours (SST) et l’arrêt de la machine, sans attendre qu’Anissa minimise.',
          scores: { 'B2.C6.CR4': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'silence',
      titre: 'Mardi, 10 h 30',
      texte:
        'Avant de partir aux urgences, Anissa vous retient : « Ne le dites pas, s’il vous plaît. C’est ma faute. Je ne veux pas qu’on m’enlève la presse. »',
      choix: [
        {
          id: 'expliquer-declaration',
          texte: 'Vous lui expliquez que vous devez prévenir la direction, que c’est ce qui la protège, et que personne ne cherche de coupable.',
          suivant: 'note',
          consequence: 'Anissa hoche la tête, les larmes aux yeux : « Je pourrai revenir à la presse ? » Vous lui dites que vous en parlerez ensemble à son retour.',
          feedback:
            'Un accident au temps et au lieu du travail se déclare : l’ESAT le fait, et la caisse décide. Vous dites la vérité à Anissa et la rassurez sur ce qui compte pour elle.',
          scores: { 'B2.C6.CR4': 2 },
        },
        {
          id: 'promettre',
          texte: 'Pour l’apaiser avant la radio, vous lui promettez de ne rien dire si ce n’est qu’une petite blessure.',
          suivant: 'note',
          pose: ['silence-promis'],
          consequence: 'Anissa part rassurée. Vous voilà tenu par une promesse que vous ne pouvez pas garder.',
          feedback:
            'Vous ne pouvez pas promettre de taire un accident du travail : la victime et l’établissement y perdraient leurs droits, et la confiance d’Anissa en pâtira quand il faudra le dire.',
          scores: { 'B2.C6.CR4': 0 },
        },
        {
          id: 'formulaire-anissa',
          piege: true,
          texte: 'Vous respectez son choix : elle est adulte et c’est sa blessure. Vous lui remettez le formulaire de déclaration pour qu’elle décide plus tard, avec sa famille.',
          suivant: 'note',
          pose: ['silence-promis'],
          consequence: 'Anissa range le formulaire dans son sac. Elle ne le sortira pas : elle ne sait pas quoi en faire.',
          feedback:
            'Respecter ses choix ne veut pas dire lui confier une obligation qui n’est pas la sienne : c’est l’ESAT qui déclare l’accident d’un travailleur, sous 48 heures. Vous devez prévenir la direction.',
          scores: { 'B2.C6.CR4': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'note',
      titre: 'Mardi, 11 h',
      texte:
        'L’atelier a repris, sauf la presse. Mme Ferrand est en réunion toute la journée ; vous pouvez lui laisser un message ou attendre le point de direction de vendredi.',
      variantes: [{ si: ['silence-promis'], texte: 'Vous repensez à ce que vous avez dit à Anissa avant son départ.' }],
      choix: [
        {
          id: 'note-faits',
          texte: 'Vous lui adressez aujourd’hui une note : heure, tâche, témoin, premiers soins, orientation aux urgences, et ce qu’Anissa et Lucas ont dit.',
          suivant: 'machine',
          consequence: 'Mme Ferrand vous appelle à midi : la déclaration partira aujourd’hui. Elle vous remercie pour les faits précis.',
          feedback:
            'La direction doit être prévenue le jour même pour déclarer à la caisse sous 48 heures (hors dimanches et jours fériés). Une note factuelle, sans jugement, sert la déclaration et l’analyse.',
          scores: { 'B2.C6.CR4': 2 },
        },
        {
          id: 'note-inattention',
          texte: 'Vous lui laissez aujourd’hui un message : « Anissa s’est écrasé le doigt à la presse par inattention ; elle est aux urgences. »',
          suivant: 'machine',
          pose: ['faits-juges'],
          consequence: 'Mme Ferrand lance la déclaration, mais vous rappelle : « Par inattention, c’est-à-dire ? Qu’est-ce qui s’est passé ? »',
          feedback:
            'Le délai est tenu, mais « inattention » est un jugement : la direction a besoin de faits (heure, tâche, témoins, soins), et l’analyse ne doit pas partir d’un coupable.',
          scores: { 'B2.C6.CR4': 1 },
        },
        {
          id: 'attendre-vendredi',
          texte: 'Vous notez tout en détail pour le point de direction de vendredi : Anissa est soignée, et l’on saura mieux ce qu’il en est après la radio.',
          suivant: 'machine',
          pose: ['declaration-tardive'],
          consequence: 'Vendredi, Mme Ferrand découvre l’accident. Le délai de déclaration est dépassé.',
          feedback:
            'L’ESAT doit déclarer sous 48 heures ; attendre le résultat de la radio ou une réunion prive la direction de ce délai.',
          scores: { 'B2.C6.CR4': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'machine',
      titre: 'Mardi, 13 h 30',
      texte:
        'Il reste 1 800 anneaux à poser pour jeudi. Lucas, qui connaît la presse, propose : « Je peux la faire tourner, elle marche très bien. » Joël, le technicien, ne peut passer que demain matin. En regardant le poste, vous remarquez une petite cale en bois posée près des deux boutons de commande.',
      choix: [
        {
          id: 'consigner',
          texte: 'Vous laissez la presse arrêtée : air et courant coupés, cadenas, étiquette « Ne pas utiliser — accident, attente maintenance ». L’équipe passe au collage.',
          suivant: 'analyse',
          pose: ['presse-consignee'],
          consequence: 'Lucas soupire. Vous prévenez le client que la pose des anneaux reprendra mercredi, après la vérification.',
          feedback:
            'Tant que la cause n’est pas connue, la machine ne doit pas pouvoir être remise en marche : séparer, condamner, identifier. La livraison se renégocie ; une main ne se répare pas.',
          scores: { 'B2.C6.CR4': 2, 'B2.C6.CR2': 1 },
        },
        {
          id: 'lucas-presse',
          piege: true,
          texte: 'Vous acceptez que Lucas la fasse tourner, vous à côté : il est expérimenté, la presse n’a pas de panne, et arrêter ferait perdre une demi-journée sur une commande serrée.',
          suivant: 'analyse',
          pose: ['presse-relancee'],
          consequence: 'Lucas travaille vite. À 15 h, une pièce mal posée saute de l’outil et frôle sa joue. Vous arrêtez enfin la presse.',
          feedback:
            'La cause de l’accident est inconnue : relancer la machine expose une autre personne au même danger. Il fallait la consigner jusqu’à la vérification.',
          scores: { 'B2.C6.CR4': 0, 'B2.C6.CR2': 0 },
        },
        {
          id: 'affiche-seule',
          texte: 'Vous posez une affiche « Ne pas utiliser » sur la presse, la laissez branchée pour Joël demain, et passez l’équipe au collage.',
          suivant: 'analyse',
          consequence: 'L’affiche tient. Mais à 16 h, une personne d’un autre atelier, venue chercher des anneaux, appuie sur un bouton « pour voir ».',
          feedback:
            'Une affiche n’empêche pas la remise en marche : sans séparation de l’énergie ni cadenas, la machine n’est pas consignée.',
          scores: { 'B2.C6.CR4': 1, 'B2.C6.CR2': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'analyse',
      titre: 'Mercredi, 9 h',
      texte:
        'Joël est passé : la presse n’a pas de panne. Anissa a une fracture de la dernière phalange et un arrêt de cinq jours. Il faut comprendre comment sa main s’est trouvée sous l’outil.',
      variantes: [{ si: ['presse-relancee'], texte: 'Depuis la pièce qui a sauté hier à 15 h, la presse est arrêtée.' }],
      choix: [
        {
          id: 'analyse-poste',
          texte: 'Devant la presse, avec Lucas et Joël, vous reconstituez le geste et cherchez ce qui l’a rendu possible, sans chercher de coupable.',
          suivant: 'mesures',
          pose: ['causes-trouvees'],
          consequence:
            'Lucas finit par dire que la cale bloque un bouton « depuis des semaines » : on gagne du temps en ne gardant qu’une main sur la commande. La cadence a augmenté pour la commande, et les petites pièces se tiennent à la main sous l’outil.',
          feedback:
            'Une analyse au poste, avec les personnes présentes et sans reproche, fait sortir les causes réelles : une protection neutralisée, la cadence, le geste. C’est une information nouvelle pour le document unique.',
          scores: { 'B2.C6.CR1': 2 },
        },
        {
          id: 'rappel-ordre',
          texte: 'Vous réunissez l’équipe et rappelez fermement qu’il est interdit de mettre la main sous l’outil et de bloquer un bouton de commande.',
          suivant: 'mesures',
          pose: ['analyse-reproche'],
          consequence: 'Tout le monde baisse les yeux. Personne ne dit d’où vient la cale ni pourquoi on tient les pièces à la main.',
          feedback:
            'Rappeler la règle est utile, mais ce n’est pas une analyse : sous le reproche, les causes (cadence, geste, habitudes) restent cachées.',
          scores: { 'B2.C6.CR1': 1 },
        },
        {
          id: 'retirer-anissa',
          piege: true,
          texte: 'Pour protéger Anissa, vous décidez qu’à son retour elle ne sera plus affectée à la presse, et vous le notez dans la fiche d’accident : le dossier est ainsi clos.',
          suivant: 'mesures',
          pose: ['dossier-clos'],
          consequence: 'La fiche est close. La cale reste posée près des boutons ; la personne qui remplacera Anissa à la presse trouvera la même habitude.',
          feedback:
            'Changer la personne de poste ne traite aucune cause : la machine, la cadence et l’habitude restent les mêmes pour la suivante. Et vous décidez à la place d’Anissa.',
          scores: { 'B2.C6.CR1': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'mesures',
      titre: 'Mercredi, 11 h',
      texte: 'Mme Ferrand vous demande ce qu’il faut inscrire au plan d’actions et au document unique pour la presse.',
      variantes: [
        { si: ['causes-trouvees'], texte: 'Vous avez en main les trois causes relevées au poste : la cale, la cadence, les pièces tenues à la main.' },
        { sauf: ['causes-trouvees'], texte: 'Vous savez seulement qu’une main s’est trouvée sous l’outil.' },
      ],
      choix: [
        {
          id: 'mesures-source',
          si: ['causes-trouvees'],
          texte: 'Commande bimanuelle contrôlée et cale retirée, gabarit pour poser les pièces sans la main sous l’outil, cadence revue avec alternance des postes.',
          suivant: 'reprise',
          consequence: 'Mme Ferrand valide et fait mettre à jour le document unique. Joël fabrique le gabarit avec Lucas dans l’après-midi.',
          feedback:
            'Ces mesures traitent chaque cause à la source et protègent collectivement, avant toute consigne ; la cadence fait partie de l’organisation à prévenir.',
          scores: { 'B2.C6.CR2': 2, 'B2.C6.CR1': 1 },
        },
        {
          id: 'reprendre-analyse',
          sauf: ['causes-trouvees'],
          texte: 'Avant de proposer, vous retournez au poste avec Lucas et Joël reconstituer le geste, puis vous bâtissez les mesures avec eux.',
          suivant: 'reprise',
          pose: ['causes-trouvees'],
          consequence:
            'La cale apparaît, puis la cadence et les pièces tenues à la main. Vous proposez avec eux : commande bimanuelle contrôlée, gabarit, cadence revue. Mme Ferrand valide.',
          feedback: 'Vous rattrapez l’analyse au poste : les causes apparaissent, et les mesures les traitent à la source.',
          scores: { 'B2.C6.CR2': 2, 'B2.C6.CR1': 1 },
        },
        {
          id: 'gants-epi',
          texte: 'Vous proposez des gants anti-écrasement pour la personne à la presse : c’est rapide à commander, et l’accident a touché la main.',
          suivant: 'reprise',
          pose: ['mesures-faibles'],
          consequence: 'Les gants arrivent jeudi. Ils gênent pour saisir les anneaux ; la cale, elle, est toujours à côté des boutons.',
          feedback:
            'Un équipement individuel ne remplace pas la protection de la machine : la commande bimanuelle neutralisée reste la cause principale.',
          scores: { 'B2.C6.CR2': 0 },
        },
        {
          id: 'affiche-falc',
          texte: 'Vous proposez une affiche en facile à lire « Mes deux mains sur les boutons », avec photos, au-dessus de la presse.',
          suivant: 'reprise',
          pose: ['mesures-faibles'],
          consequence: 'L’affiche est belle et comprise. La cadence, elle, n’a pas changé, et la cale traîne toujours sur l’établi.',
          feedback:
            'Une consigne, même accessible, vient en dernier des principes de prévention : elle ne remplace ni la protection de la machine ni la révision de la cadence.',
          scores: { 'B2.C6.CR2': 0, 'B2.C6.CR1': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'reprise',
      titre: 'Mardi suivant, 8 h 30',
      texte: 'Anissa revient, l’index dans une attelle que le médecin a jugée compatible avec un travail léger. Elle regarde la presse : « Je voudrais y retourner. »',
      variantes: [
        { si: ['causes-trouvees'], texte: 'La presse a maintenant un gabarit, et la commande bimanuelle a été contrôlée.' },
        { si: ['mesures-faibles'], texte: 'Des gants sont posés près de la presse.' },
      ],
      choix: [
        {
          id: 'demander-reprise',
          texte: 'Vous lui montrez ce qui a changé, lui demandez ce dont elle a besoin pour reprendre, puis faites les premiers cycles avec elle.',
          suivant: 'fin',
          consequence: 'Anissa essaie le gabarit, propose de commencer par les grands formats. Après dix cycles, elle sourit : « C’est mieux qu’avant. »',
          feedback:
            'Vous associez Anissa à sa reprise et lui rendez son poste dans des conditions corrigées : l’accident ne devient pas une sanction.',
          scores: { 'B2.C6.CR4': 2 },
        },
        {
          id: 'collage-protection',
          texte: 'Vous l’installez au collage « le temps de se remettre », sans fixer de date : la presse lui rappellerait l’accident.',
          suivant: 'fin',
          consequence: 'Anissa colle en silence. À la pause, elle demande à Lucas si elle a été « punie ».',
          feedback: 'Vous décidez à sa place, et le retrait de son poste ressemble à une sanction : il fallait lui demander ce qu’elle souhaitait.',
          scores: { 'B2.C6.CR4': 1 },
        },
        {
          id: 'reprise-cadence',
          texte: 'Vous la remettez à la presse à la cadence habituelle : la livraison a pris du retard et elle connaît le poste par cœur.',
          suivant: 'fin',
          consequence: 'Anissa reprend, crispée, son attelle gênant la prise des pièces. Elle ralentit, puis s’arrête à 10 h, le doigt douloureux.',
          feedback: 'La commande passe avant la personne : sa reprise, avec une attelle, appelait un rythme décidé avec elle.',
          scores: { 'B2.C6.CR4': 0 },
        },
      ],
    },
    {
      type: 'fin',
      id: 'fin',
      titre: 'Après l’accident d’Anissa',
      issues: ['optimale', 'acceptable', 'a-revoir'],
      texte:
        'Un accident du travail se traite en quatre temps : protéger et secourir, faire déclarer par l’ESAT sous 48 heures, mettre la machine en sécurité, analyser les causes avec l’équipe pour les traiter à la source. Puis la reprise se prépare avec la personne.',
      variantes: [
        {
          sauf: ['presse-en-marche', 'silence-promis', 'declaration-tardive', 'faits-juges', 'presse-relancee', 'analyse-reproche', 'dossier-clos', 'mesures-faibles'],
          texte: 'Sur votre chemin, chaque temps a été tenu : machine arrêtée, SST appelé, direction prévenue le jour même avec des faits, presse consignée, causes trouvées au poste et traitées à la source.',
        },
        ...ECARTS_DU_CHEMIN,
      ],
    },
  ],
  debrief: {
    'B2.C6.CR1': {
      texte:
        'Un accident s’analyse au poste, avec les personnes présentes, pour trouver des causes et non un coupable ; ses causes (protection neutralisée, cadence, geste) nourrissent le document unique.',
      lien: '/cours/bloc-2/sante-securite-quotidien#role-accident',
    },
    'B2.C6.CR2': {
      texte:
        'Consigner la machine jusqu’à la vérification, puis protéger à la source (commande bimanuelle, gabarit, cadence) avant toute consigne ou tout équipement individuel.',
      lien: '/cours/bloc-2/sante-securite-quotidien#machines',
    },
    'B2.C6.CR4': {
      texte:
        'Protéger, alerter le SST, secourir ; prévenir la direction le jour même avec des faits, car l’ESAT déclare l’accident à la caisse sous 48 heures ; ne jamais promettre le silence ; préparer la reprise avec la personne.',
      lien: '/cours/bloc-2/sante-securite-quotidien#accident-travail',
    },
  },
});
