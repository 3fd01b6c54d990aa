import { defineCas } from '#auteur';

export default defineCas({
  id: 'coffrets-non-conformes',
  titre: 'Les coffrets revenus du client',
  description:
    'Traiter une réclamation client avec l’équipe : établir les faits, chercher les causes sans chercher de coupable, essayer les idées des travailleurs et répondre au client.',
  bloc: 'B2',
  h5p: true,
  contexte:
    'Vous êtes moniteur ou monitrice de l’atelier conditionnement d’un ESAT. La semaine dernière, l’équipe a livré 2 000 coffrets de savons à une savonnerie artisanale. Lundi, 8 h : le client signale 140 coffrets sans notice ou avec une étiquette de lot erronée. Il attend une réponse écrite mercredi soir au plus tard. Une commande de 3 000 coffrets démarre lundi prochain.',
  personnages: [
    { nom: 'Inès', role: 'travailleuse, au poste d’étiquetage le jour du défaut, très affectée par les reproches' },
    { nom: 'Sofiane', role: 'travailleur, parle peu en groupe, aime dessiner et bricoler' },
    { nom: 'Marc', role: 'travailleur, assure le contrôle final, parle volontiers' },
    { nom: 'Hélène', role: 'chargée de la relation client de l’ESAT' },
  ],
  criteres: ['B2.C7.CR1', 'B2.C7.CR2', 'B2.C7.CR3', 'B2.C5.CR2'],
  debut: 'appel',
  noeuds: [
    {
      type: 'situation',
      id: 'appel',
      titre: 'Lundi, 8 h',
      texte:
        'Hélène vous transfère le courriel du client, avec des photos. Il reste 300 coffrets de la même commande en réserve dans l’atelier. L’équipe arrive et s’installe.',
      choix: [
        {
          id: 'isoler-faits',
          texte:
            'Vous mettez de côté les 300 coffrets en réserve avec une étiquette « à ne pas livrer » et ressortez les fiches de lot de la commande.',
          suivant: 'reunion',
          consequence:
            'Les fiches de lot montrent que les défauts viennent des lots 12 et 13, produits mardi et mercredi après-midi. Dans la réserve, 18 coffrets de ces lots sont aussi non conformes.',
          feedback:
            'Isoler les produits et établir les faits grâce à la traçabilité : c’est la base d’un traitement serein, qui ne vise personne.',
          scores: { 'B2.C7.CR1': 2 },
        },
        {
          id: 'demander-ines',
          texte: 'Vous demandez à Inès, devant l’équipe, ce qui s’est passé à son poste mardi et mercredi.',
          suivant: 'coupable',
          consequence: 'Inès baisse la tête. Marc lance : « Moi, au contrôle, j’ai rien vu passer. »',
          feedback:
            'Commencer par une personne la désigne comme coupable avant toute analyse. Les faits ne sont pas établis, et la cause peut être ailleurs.',
          scores: { 'B2.C7.CR2': 0 },
        },
        {
          id: 'trier-seul',
          texte: 'Vous décidez de trier vous-même les 300 coffrets en réserve ce soir, pour rassurer le client au plus vite.',
          suivant: 'reunion',
          consequence:
            'Vous trouvez 18 coffrets non conformes, mais sans avoir regardé les fiches de lot, vous ne savez pas dire au client quels lots sont concernés.',
          feedback:
            'Le tri répond au client, mais fait seul et sans les fiches de lot, il ne dit rien des lots touchés ni des causes.',
          scores: { 'B2.C7.CR1': 1 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'coupable',
      titre: 'Lundi, 8 h 15',
      texte:
        'Inès a les larmes aux yeux et ne dit plus rien. Le reste de l’équipe reprend le travail en silence, chacun évitant votre regard.',
      choix: [
        {
          id: 'recadrer-analyse',
          texte:
            'Vous dites à l’équipe que vous vous êtes mal exprimé : on va chercher ensemble ce qui s’est passé, pas qui s’est trompé. Vous ressortez les fiches de lot.',
          suivant: 'reunion',
          consequence:
            'Inès souffle. Les fiches de lot montrent que les défauts viennent des lots 12 et 13, produits les après-midis de mardi et mercredi.',
          feedback:
            'Reconnaître la maladresse et revenir aux faits rétablit la confiance. La traçabilité remplace la recherche de coupable.',
          scores: { 'B2.C7.CR2': 1 },
        },
        {
          id: 'changer-poste',
          texte: 'Pour la protéger, vous installez Inès à un autre poste pour la commande suivante.',
          suivant: 'reunion',
          consequence: 'Inès comprend qu’on lui retire l’étiquetage. Elle ne dit plus un mot de la matinée.',
          feedback:
            'Changer Inès de poste confirme, aux yeux de tous, qu’elle est la cause du problème, alors que rien n’a été analysé.',
          scores: { 'B2.C7.CR2': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'reunion',
      titre: 'Lundi, 13 h 30',
      texte:
        'Vous réunissez l’équipe quinze minutes avant la reprise. Marc parle facilement ; Sofiane ne prend presque jamais la parole en groupe ; Inès est encore tendue. Comment menez-vous ce temps ?',
      choix: [
        {
          id: 'reunion-visuelle',
          texte:
            'Vous posez des coffrets défectueux sur la table, rappelez les faits, dessinez les familles de causes avec un pictogramme chacune et faites un tour de parole. On peut aussi montrer ou dessiner.',
          suivant: 'causes',
          consequence:
            'Inès montre que le bac de notices est derrière elle depuis qu’on a déplacé la table. Sofiane dessine au tableau un calage pour les coffrets. Marc remarque que les rouleaux d’étiquettes de deux lots se ressemblent.',
          feedback:
            'Partir des faits et de l’objet, rendre l’analyse visuelle et donner à chacun une façon de s’exprimer : les causes réelles apparaissent, sans coupable.',
          scores: { 'B2.C7.CR2': 2, 'B2.C5.CR2': 2 },
        },
        {
          id: 'reunion-annonce',
          texte:
            'Vous expliquez le problème et annoncez les règles que vous avez décidées : double vérification au contrôle final et interdiction de parler aux postes.',
          suivant: 'regles',
          consequence: 'L’équipe écoute sans rien dire. Marc hoche la tête ; Sofiane regarde ses mains.',
          feedback:
            'Les règles sont décidées sans l’équipe, sans connaître les causes : c’est une transmission de consignes, pas un temps d’échange ni une analyse.',
          scores: { 'B2.C7.CR2': 0, 'B2.C5.CR2': 0 },
        },
        {
          id: 'reunion-ouverte',
          texte: 'Vous racontez la réclamation et demandez : « Qui a une idée ? »',
          suivant: 'causes',
          consequence:
            'Marc parle dix minutes du contrôle final. Personne d’autre ne s’exprime. À la fin, Inès glisse tout bas que le bac de notices « n’est pas pratique ».',
          feedback:
            'La question ouverte laisse la parole à ceux qui la prennent déjà. Sans support ni tour de parole, une partie de l’équipe reste silencieuse.',
          scores: { 'B2.C7.CR2': 1, 'B2.C5.CR2': 1 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'causes',
      titre: 'Lundi, 14 h',
      texte:
        'Deux causes ressortent : le bac de notices, placé derrière la personne, se vide sans qu’on le voie ; les rouleaux d’étiquettes des lots 12 et 13 se ressemblent. Sofiane propose un calage où la place de la notice se voit ; Inès, une carte de couleur à chaque changement de rouleau. Marc propose de tout recontrôler lui-même à la fin.',
      choix: [
        {
          id: 'essayer-idees',
          texte:
            'Vous demandez à Sofiane et Inès comment ils veulent essayer leurs idées. Ensemble, vous prévoyez un essai sur 200 coffrets mercredi et comptez les défauts.',
          suivant: 'test',
          consequence:
            'Sofiane propose de fabriquer le calage en carton fort mardi. Inès choisit la couleur des cartes. Marc accepte de compter les défauts pendant l’essai.',
          feedback:
            'C’est l’étape « planifier » du PDCA : action choisie, essai à petite échelle, indicateur, rôles. Et les auteurs des idées décident de la façon de les essayer.',
          scores: { 'B2.C7.CR3': 2 },
        },
        {
          id: 'controle-total',
          texte: 'Vous retenez la proposition de Marc : un contrôle final à 100 % pour toute la production à venir.',
          suivant: 'controle',
          consequence: 'Marc est content. Sofiane range son dessin dans sa poche.',
          feedback:
            'Un contrôle renforcé peut servir de mesure d’attente, mais il ne traite aucune des causes trouvées et laisse de côté les idées de l’équipe.',
          scores: { 'B2.C7.CR1': 1, 'B2.C7.CR3': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'regles',
      titre: 'Lundi, 16 h',
      texte:
        'En rangeant, Sofiane s’approche et vous montre un dessin : un calage pour les coffrets, avec un creux pour la notice. « Si elle manque, on voit le trou. »',
      choix: [
        {
          id: 'accueillir-idee',
          texte:
            'Vous lui dites que l’idée est intéressante et lui demandez s’il veut la présenter au point de demain, à l’oral ou avec son dessin, pour l’essayer ensuite.',
          suivant: 'test',
          consequence:
            'Sofiane choisit de montrer son dessin sans parler. Au point de mardi, l’équipe l’adopte pour un essai ; Inès ajoute l’idée d’une carte de couleur aux changements de rouleau.',
          feedback:
            'Vous rattrapez l’échange : l’idée de Sofiane est entendue, il choisit sa façon de s’exprimer, et elle entre dans un essai.',
          scores: { 'B2.C7.CR2': 1, 'B2.C7.CR3': 1, 'B2.C5.CR2': 2 },
        },
        {
          id: 'plus-tard',
          texte: 'Vous le remerciez et lui proposez d’en reparler après la livraison de la prochaine commande.',
          suivant: 'controle',
          consequence: 'Sofiane range son dessin. Il ne vous en reparlera pas.',
          feedback:
            'Remettre à plus tard une idée utile, au moment où elle pourrait servir, décourage celui qui l’a eue et prive l’atelier d’une solution.',
          scores: { 'B2.C7.CR3': 0, 'B2.C5.CR2': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'controle',
      titre: 'Mercredi, 10 h',
      texte:
        'Marc recontrôle chaque coffret en fin de chaîne. Il a déjà écarté 6 coffrets sans notice ce matin. La cadence a baissé d’un tiers et Marc se plaint de mal au dos. La commande de lundi prochain paraît difficile à tenir.',
      choix: [
        {
          id: 'revenir-causes',
          texte:
            'Vous reconnaissez que le contrôle ne règle pas la cause. Vous reprenez avec l’équipe les causes trouvées et organisez un essai des idées de Sofiane et d’Inès l’après-midi.',
          suivant: 'test',
          consequence: 'Sofiane sort son dessin. Le calage est fabriqué à midi ; l’essai commence à 14 h.',
          feedback:
            'Revenir aux causes et essayer les idées de l’équipe relance un vrai cycle d’amélioration, avec un jour de retard.',
          scores: { 'B2.C7.CR2': 1, 'B2.C7.CR3': 1 },
        },
        {
          id: 'maintenir',
          texte: 'Vous maintenez le contrôle à 100 % et l’annoncez au client comme garantie.',
          suivant: 'fin-a-revoir',
          consequence:
            'Le client est rassuré pour cette semaine. Lundi suivant, avec 3 000 coffrets à faire, le contrôle ne suit plus et des coffrets sans notice repartent.',
          feedback:
            'Le contrôle à 100 % cache le défaut sans le supprimer ; dès qu’il faiblit, le défaut revient.',
          scores: { 'B2.C7.CR3': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'test',
      titre: 'Mercredi, 16 h',
      texte:
        'L’essai sur 200 coffrets est terminé. Marc a compté : aucune notice manquante, mais 2 étiquettes de lot erronées, toutes deux juste après un changement de rouleau.',
      choix: [
        {
          id: 'standardiser-relancer',
          texte:
            'Vous gardez le calage, ajoutez une vérification du rouleau avant chaque série, écrivez les deux dans la fiche de poste en facile à lire avec Inès et Sofiane, et prévoyez un point dans un mois.',
          suivant: 'client',
          consequence: 'Inès prend les photos pour la fiche de poste. Sofiane fabrique deux autres calages pour la commande de lundi.',
          feedback:
            'C’est l’étape « agir » : on standardise ce qui marche, on traite l’écart restant et on planifie la vérification suivante.',
          scores: { 'B2.C7.CR3': 2 },
        },
        {
          id: 'victoire',
          texte: 'Vous annoncez à l’équipe que le problème est réglé : plus aucune notice ne manque.',
          suivant: 'fin-acceptable',
          consequence:
            'L’équipe est fière. Hélène répond au client que tout est réglé. Deux semaines plus tard, le client signale à nouveau quelques étiquettes de lot erronées.',
          feedback:
            'Le progrès est réel, mais l’écart restant n’a pas été traité : la vérification du PDCA doit conduire à agir aussi sur ce qui reste.',
          scores: { 'B2.C7.CR3': 1 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'client',
      titre: 'Mercredi, 17 h',
      texte: 'Hélène doit répondre au client ce soir. Elle vous demande ce qu’elle peut lui écrire.',
      choix: [
        {
          id: 'reponse-tracee',
          texte:
            'Vous lui donnez les faits : lots 12 et 13 seulement, coffrets triés et corrigés, causes trouvées avec l’équipe, résultat de l’essai, actions en place et point prévu dans un mois.',
          suivant: 'fin-optimale',
          consequence:
            'Le client remercie pour la précision de la réponse. Il confirme la commande de 3 000 coffrets et demande s’il peut venir voir le calage.',
          feedback:
            'Une réponse fondée sur la traçabilité et sur un plan d’actions vérifié montre au client que ses exigences sont prises au sérieux.',
          scores: { 'B2.C7.CR1': 2 },
        },
        {
          id: 'reponse-vague',
          texte: 'Vous lui proposez d’écrire que tout est réglé et que cela ne se reproduira plus.',
          suivant: 'fin-acceptable',
          consequence: 'Le client demande des précisions : quels lots étaient concernés ? Qu’avez-vous changé ? Hélène doit vous rappeler.',
          feedback:
            'Sans faits ni actions, la réponse ne rassure pas : le client veut savoir quels lots sont concernés et ce qui a changé.',
          scores: { 'B2.C7.CR1': 0 },
        },
      ],
    },
    {
      type: 'fin',
      id: 'fin-optimale',
      titre: 'Une réclamation qui a fait progresser l’atelier',
      issues: ['optimale', 'acceptable', 'a-revoir'],
      texte:
        'Le client est rassuré, la cause est traitée, et deux travailleurs ont vu leurs idées devenir la nouvelle façon de travailler. La non-conformité est devenue une occasion d’apprendre et d’être reconnu.',
    },
    {
      type: 'fin',
      id: 'fin-acceptable',
      titre: 'Un progrès resté à mi-chemin',
      issues: ['optimale', 'acceptable', 'a-revoir'],
      texte:
        'Les notices ne manquent plus, mais une partie du travail n’a pas été menée au bout : un écart qui reste, ou une réponse au client sans les faits qui donnent confiance. Reprenez le cycle : vérifier, agir sur ce qui reste, et répondre avec la traçabilité.',
    },
    {
      type: 'fin',
      id: 'fin-a-revoir',
      titre: 'Un défaut caché, pas supprimé',
      issues: ['a-revoir'],
      texte:
        'Le contrôle à 100 % a masqué le problème sans le traiter, et les idées de l’équipe sont restées dans les poches. Reprenez la mise en situation en cherchant les causes avec les travailleurs et en essayant leurs propositions.',
    },
  ],
  debrief: {
    'B2.C7.CR1': {
      texte:
        'Les exigences du client se tiennent par l’autocontrôle et se prouvent par la traçabilité : fiches de lot et numéros de lot permettent d’isoler les bons produits et de répondre avec des faits.',
      lien: '/cours/bloc-2/demarche-qualite#tracabilite',
    },
    'B2.C7.CR2': {
      texte:
        'Une non-conformité se traite avec l’équipe, à partir des faits, en cherchant ce qui a rendu l’erreur possible et non qui l’a commise (QQOQCCP, 5 pourquoi, Ishikawa).',
      lien: '/cours/bloc-2/demarche-qualite#non-conformite',
    },
    'B2.C7.CR3': {
      texte:
        'Les idées d’amélioration suivent le cycle PDCA : planifier un essai, le faire à petite échelle, vérifier avec un indicateur, puis standardiser ou corriger.',
      lien: '/cours/bloc-2/demarche-qualite#pdca',
    },
    'B2.C5.CR2': {
      texte:
        'Un temps d’échange court, avec des supports visuels, un tour de parole et plusieurs façons de s’exprimer, permet à chacun, y compris les plus discrets, d’apporter ce qu’il sait.',
      lien: '/cours/bloc-2/animer-collectif#chacun',
    },
  },
});
