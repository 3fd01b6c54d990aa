import { defineCas } from '#auteur';

// Ce qui, sur le chemin de l’apprenant, s’est fait sans l’équipe ou sans méthode : les fins le racontent.
const ECARTS_DU_CHEMIN = [
  { si: ['ines-exposee'], texte: 'Le lundi matin a laissé une trace : Inès a été interrogée devant tous avant que les faits soient connus. Parlez-en avec elle au prochain point.' },
  { si: ['ines-deplacee'], texte: 'Inès a été retirée de l’étiquetage sans raison établie : aux yeux de l’équipe, elle reste « celle qui s’est trompée ».' },
  { si: ['regles-imposees'], texte: 'Les règles de lundi ont été décidées sans l’équipe, avant de connaître les causes.' },
  { si: ['parole-libre'], texte: 'Le temps d’échange de lundi a laissé parler ceux qui parlent déjà ; l’idée de Sofiane n’est arrivée qu’en aparté.' },
  { si: ['idee-reportee'], texte: 'L’idée de Sofiane a d’abord été remise à plus tard.' },
  { si: ['fait-a-sa-place'], texte: 'Le calage de Sofiane a été fabriqué sans lui.' },
  { si: ['controle-complet'], texte: 'Le contrôle de chaque coffret a coûté de la cadence et le dos de Marc avant que les causes soient traitées.' },
  { si: ['sans-essai'], texte: 'Les idées sont passées sur toute la ligne sans essai ni comptage prévu.' },
  {
    si: ['ecart-laisse'],
    texte: 'Les étiquettes erronées après un changement de rouleau n’ont pas été traitées : deux semaines plus tard, le client en signale de nouveau quelques-unes.',
  },
] as const;

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
  drapeaux: {
    'lots-identifies': 'Les fiches de lot ont été relues : les défauts viennent des lots 12 et 13, et la réserve de ces lots est bloquée.',
    'reserve-triee': 'Les 300 coffrets en réserve ont été triés, sans savoir de quels lots venaient les défauts.',
    'ines-exposee': 'Inès a été interrogée devant l’équipe avant que les faits soient établis.',
    'ines-deplacee': 'Inès a été retirée de l’étiquetage.',
    'causes-equipe': 'Les causes ont été cherchées avec toute l’équipe.',
    'regles-imposees': 'Des règles ont été décidées sans l’équipe avant de connaître les causes.',
    'parole-libre': 'Le temps d’échange de lundi s’est fait en parole libre, sans support ni tour de parole.',
    'idee-reportee': 'L’idée de Sofiane a été remise à après la livraison.',
    'fait-a-sa-place': 'Le calage de Sofiane a été fabriqué et installé sans lui.',
    'controle-complet': 'Marc recontrôle chaque coffret en fin de chaîne.',
    'sans-essai': 'Les idées sont passées sur toute la ligne sans essai à petite échelle.',
    'ecart-laisse': 'Les deux étiquettes erronées restantes n’ont pas été traitées.',
  },
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
          texte: 'Vous bloquez les 300 coffrets en réserve, étiquetés « à ne pas livrer », et ressortez les fiches de lot pour savoir quels lots et quels jours sont touchés.',
          suivant: 'reunion',
          pose: ['lots-identifies'],
          consequence:
            'Les fiches de lot montrent que les défauts viennent des lots 12 et 13, produits mardi et mercredi après-midi. Dans la réserve, 18 coffrets de ces lots sont aussi non conformes ; vous les mettez de côté.',
          feedback:
            'Isoler les produits et établir les faits grâce à la traçabilité : c’est la base d’un traitement serein, qui ne vise personne.',
          scores: { 'B2.C7.CR1': 2 },
        },
        {
          id: 'demander-ines',
          piege: true,
          texte:
            'Vous réunissez l’équipe au poste d’étiquetage et demandez à Inès, qui le tenait mardi et mercredi, de raconter ses journées : c’est elle qui a vu ce qui s’est passé.',
          suivant: 'coupable',
          pose: ['ines-exposee'],
          consequence: 'Inès baisse la tête et ne trouve rien à dire. Marc lance : « Moi, au contrôle, j’ai rien vu passer. »',
          feedback:
            'L’intention est bonne, la personne au poste sait des choses ; mais l’interroger la première, devant tous, la désigne comme coupable avant toute analyse. Les faits (lots, dates, réserve) ne sont pas établis, et la cause peut être ailleurs.',
          scores: { 'B2.C7.CR2': 0 },
        },
        {
          id: 'trier-seul',
          texte: 'Vous passez la matinée à trier vous-même les 300 coffrets en réserve, pour garantir au client qu’aucun défaut ne repartira.',
          suivant: 'reunion',
          pose: ['reserve-triee'],
          consequence:
            'À midi, vous avez trouvé 18 coffrets non conformes. Sans avoir ouvert les fiches de lot, vous ne savez pas dire au client de quels lots ils viennent, ni quand le défaut a commencé.',
          feedback:
            'Le tri protège le client, mais fait sans l’équipe et sans les fiches de lot, il ne dit rien des lots touchés ni des causes, et vous y avez passé la matinée.',
          scores: { 'B2.C7.CR1': 1 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'coupable',
      titre: 'Lundi, 8 h 15',
      suppose: ['ines-exposee'],
      texte:
        'Inès a les larmes aux yeux et ne dit plus rien. Le reste de l’équipe reprend le travail en silence, chacun évitant votre regard.',
      choix: [
        {
          id: 'recadrer-analyse',
          texte:
            'Vous dites à l’équipe que votre question était maladroite : on cherche ce qui s’est passé, pas qui s’est trompé. Vous bloquez la réserve et ressortez les fiches de lot.',
          suivant: 'reunion',
          pose: ['lots-identifies'],
          consequence:
            'Inès souffle. Les fiches de lot montrent que les défauts viennent des lots 12 et 13, produits les après-midis de mardi et mercredi ; 18 coffrets de ces lots, en réserve, sont mis de côté.',
          feedback:
            'Reconnaître la maladresse devant ceux qui l’ont entendue et revenir aux faits rétablit la confiance. La traçabilité remplace la recherche de coupable.',
          scores: { 'B2.C7.CR2': 1 },
        },
        {
          id: 'changer-poste',
          texte: 'Pour lui éviter les regards, vous proposez à Inès de passer au filmage cette semaine, le temps que les choses se calment.',
          suivant: 'reunion',
          pose: ['ines-deplacee'],
          consequence: 'Inès accepte sans un mot. Autour d’elle, on comprend qu’on lui retire l’étiquetage ; elle ne parle plus de la matinée.',
          feedback:
            'Le geste se veut protecteur, mais changer Inès de poste confirme aux yeux de tous qu’elle est la cause du problème, alors que rien n’a été analysé.',
          scores: { 'B2.C7.CR2': 0 },
        },
        {
          id: 'rassurer-pause',
          texte: 'Vous laissez retomber l’émotion et dites à Inès, seule à la pause, que personne ne lui en veut et qu’elle peut rester à son poste.',
          suivant: 'reunion',
          consequence:
            'Inès vous remercie à voix basse. Dans l’équipe, personne n’a entendu ces mots : pour les autres, la question posée à 8 h désigne toujours Inès.',
          feedback:
            'Rassurer en privé ne corrige pas ce qui a été dit en public, et les faits ne sont toujours pas établis : ni lots, ni réserve bloquée.',
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
      variantes: [
        { si: ['lots-identifies'], texte: 'Vous savez par les fiches de lot que les défauts viennent des lots 12 et 13, produits mardi et mercredi après-midi.' },
        {
          sauf: ['lots-identifies'],
          texte: 'Vous n’avez pas encore relu les fiches de lot : vous savez seulement que 140 coffrets sont revenus, sans notice ou avec une étiquette de lot erronée.',
        },
        { si: ['ines-deplacee'], texte: 'Inès, passée au filmage ce matin, s’est assise au bout de la table.' },
      ],
      choix: [
        {
          id: 'reunion-visuelle',
          texte:
            'Vous posez des coffrets défectueux sur la table, dessinez les familles de causes avec un pictogramme et faites un tour de parole où l’on peut montrer ou dessiner.',
          suivant: 'causes',
          pose: ['causes-equipe'],
          consequence:
            'Inès montre que le bac de notices est derrière elle depuis qu’on a déplacé la table. Sofiane dessine au tableau un calage pour les coffrets. Marc remarque que les rouleaux d’étiquettes de deux lots se ressemblent.',
          feedback:
            'Partir des faits et de l’objet, rendre l’analyse visuelle et donner à chacun une façon de s’exprimer : les causes réelles apparaissent, sans coupable.',
          scores: { 'B2.C7.CR2': 2, 'B2.C5.CR2': 2 },
        },
        {
          id: 'reunion-annonce',
          texte:
            'Pour sécuriser la commande de lundi, vous présentez le problème et deux règles préparées ce matin : double vérification au contrôle final et silence aux postes d’étiquetage.',
          suivant: 'regles',
          pose: ['regles-imposees', 'controle-complet'],
          consequence: 'L’équipe écoute sans rien dire. Marc hoche la tête ; Sofiane regarde ses mains. Dès 14 h, Marc recontrôle chaque coffret.',
          feedback:
            'Les règles sont décidées sans l’équipe et sans connaître les causes : c’est une transmission de consignes, pas un temps d’échange ni une analyse.',
          scores: { 'B2.C7.CR2': 0, 'B2.C5.CR2': 0 },
        },
        {
          id: 'reunion-ouverte',
          texte: 'Vous racontez la réclamation, faites passer les photos du client et laissez la parole libre : « Qui a une idée ? »',
          suivant: 'regles',
          pose: ['parole-libre'],
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
      suppose: ['causes-equipe'],
      texte:
        'Deux causes ressortent : le bac de notices, placé derrière la personne, se vide sans qu’on le voie ; les rouleaux d’étiquettes de deux lots se ressemblent. Sofiane propose un calage où la place de la notice se voit ; Inès, une carte de couleur à chaque changement de rouleau. Marc propose de tout recontrôler lui-même à la fin.',
      choix: [
        {
          id: 'essayer-idees',
          texte: 'Vous demandez à Sofiane et à Inès comment ils veulent essayer leurs idées ; ensemble, vous prévoyez un essai sur 200 coffrets mercredi, et qui comptera les défauts.',
          suivant: 'test',
          consequence:
            'Sofiane propose de fabriquer le calage en carton fort mardi. Inès choisit la couleur des cartes. Marc accepte de compter les défauts pendant l’essai.',
          feedback:
            'C’est l’étape « planifier » du PDCA : action choisie, essai à petite échelle, indicateur, rôles. Et les auteurs des idées décident de la façon de les essayer.',
          scores: { 'B2.C7.CR3': 2 },
        },
        {
          id: 'controle-total',
          piege: true,
          texte:
            'À une semaine d’une commande de 3 000 coffrets, vous ne changez rien aux postes : vous retenez la proposition de Marc, un contrôle final de chaque coffret, le temps de voir.',
          suivant: 'controle',
          pose: ['controle-complet'],
          consequence: 'Marc est content. Sofiane range son dessin dans sa poche ; Inès ne dit rien.',
          feedback:
            'La prudence se comprend, mais un contrôle renforcé ne traite aucune des causes trouvées : il trie les défauts au lieu de les empêcher, et laisse de côté les idées de l’équipe.',
          scores: { 'B2.C7.CR3': 0 },
        },
        {
          id: 'generaliser',
          texte: 'Les deux idées sont simples et bonnes : vous faites fabriquer des calages pour toute la ligne et distribuer les cartes dès demain, sans perdre de temps en essai.',
          suivant: 'test',
          pose: ['sans-essai'],
          consequence:
            'Mardi midi, toute la ligne travaille avec les calages et les cartes. Personne n’a prévu de compter les défauts : vous ne saurez pas tout de suite si cela marche.',
          feedback:
            'Les idées viennent de l’équipe, c’est bien ; mais sans essai à petite échelle ni indicateur choisi d’avance, on saute le « faire » et le « vérifier » du PDCA.',
          scores: { 'B2.C7.CR3': 1 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'regles',
      titre: 'Lundi, 16 h',
      exclut: ['causes-equipe'],
      texte:
        'En rangeant, Sofiane s’approche et vous montre un dessin : un calage pour les coffrets, avec un creux pour la notice. « Si elle manque, on voit le trou. »',
      choix: [
        {
          id: 'accueillir-idee',
          texte: 'Vous lui dites que l’idée vous intéresse et lui demandez s’il veut la présenter au point de demain, à l’oral ou avec son dessin, pour l’essayer ensuite.',
          suivant: 'test',
          consequence:
            'Sofiane choisit de montrer son dessin sans parler. Au point de mardi, l’équipe l’adopte pour un essai sur 200 coffrets mercredi ; Inès ajoute l’idée d’une carte de couleur aux changements de rouleau, et Marc comptera les défauts.',
          feedback:
            'Vous rattrapez l’échange : l’idée de Sofiane est entendue, il choisit sa façon de s’exprimer, et elle entre dans un essai mesuré.',
          scores: { 'B2.C7.CR3': 1, 'B2.C5.CR2': 1 },
        },
        {
          id: 'plus-tard',
          texte:
            'Vous le remerciez et proposez d’en parler après la livraison de lundi ; d’ici là, Marc contrôlera chaque coffret.',
          suivant: 'controle',
          pose: ['controle-complet', 'idee-reportee'],
          consequence: 'Sofiane range son dessin. Il ne vous en reparlera pas. Marc recontrôle chaque coffret en fin de chaîne.',
          feedback:
            'Remettre à plus tard une idée utile, au moment où elle pourrait servir, décourage celui qui l’a eue et prive l’atelier d’une solution.',
          scores: { 'B2.C7.CR3': 0, 'B2.C5.CR2': 0 },
        },
        {
          id: 'fabriquer-seul',
          texte: 'Vous gardez son dessin, fabriquez le calage vous-même ce soir et l’installez demain sur toute la ligne : l’idée est bonne, autant l’appliquer sans attendre.',
          suivant: 'test',
          pose: ['sans-essai', 'fait-a-sa-place'],
          consequence:
            'Mardi, le calage est en place. Sofiane le découvre en arrivant et n’ose rien dire. Inès, en le voyant, propose d’ajouter une carte de couleur à chaque changement de rouleau ; vous l’ajoutez.',
          feedback:
            'Vous faites à la place de Sofiane ce qu’il aurait pu présenter et fabriquer lui-même, et l’idée passe sur toute la ligne sans essai ni indicateur.',
          scores: { 'B2.C7.CR3': 1, 'B2.C5.CR2': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'controle',
      titre: 'Mercredi, 10 h',
      suppose: ['controle-complet'],
      texte:
        'Marc recontrôle chaque coffret en fin de chaîne. Il a déjà écarté 6 coffrets sans notice ce matin. La cadence a baissé d’un tiers et Marc se plaint de mal au dos. La commande de lundi prochain paraît difficile à tenir.',
      choix: [
        {
          id: 'revenir-causes',
          texte: 'Vous dites à l’équipe que le contrôle ne règle pas la cause, et vous préparez avec elle, pour cet après-midi, un essai de ses idées sur 200 coffrets.',
          suivant: 'test',
          consequence:
            'Sofiane ressort son dessin de calage ; Inès propose une carte de couleur à chaque changement de rouleau. Le calage est fabriqué à midi ; l’essai commence à 14 h et Marc compte les défauts.',
          feedback:
            'Revenir aux causes et essayer les idées de l’équipe relance un vrai cycle d’amélioration, avec deux jours de retard.',
          scores: { 'B2.C7.CR3': 1 },
        },
        {
          id: 'maintenir',
          texte:
            'Vous gardez le contrôle complet, ajoutez un second contrôleur pour soulager Marc et proposez à Hélène de présenter ce double contrôle au client comme une garantie.',
          suivant: 'fin-a-revoir',
          consequence:
            'Le client est rassuré pour cette semaine. Lundi suivant, avec 3 000 coffrets à faire et deux personnes retirées de la production, le contrôle ne suit plus et des coffrets sans notice repartent.',
          feedback:
            'Le contrôle à 100 % cache le défaut sans le supprimer ; il coûte deux personnes et, dès qu’il faiblit, le défaut revient.',
          scores: { 'B2.C7.CR3': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'test',
      titre: 'Mercredi, 16 h',
      texte:
        'Marc a compté les défauts sur 200 coffrets faits avec le calage et les cartes de couleur : aucune notice manquante, mais 2 étiquettes de lot erronées, toutes deux juste après un changement de rouleau.',
      variantes: [
        {
          si: ['sans-essai'],
          texte: 'Les nouveautés tournent depuis mardi sur toute la ligne ; faute de comptage prévu, c’est ce matin que vous avez demandé à Marc de vérifier les 200 derniers coffrets.',
        },
      ],
      choix: [
        {
          id: 'standardiser-relancer',
          texte:
            'Vous gardez le calage, ajoutez une vérification du rouleau avant chaque série, écrivez les deux dans la fiche de poste en facile à lire avec Inès et Sofiane, et fixez un point dans un mois.',
          suivant: 'client',
          consequence: 'Inès prend les photos pour la fiche de poste. Sofiane fabrique deux autres calages pour la commande de lundi.',
          feedback:
            'C’est l’étape « agir » : on standardise ce qui marche, on traite l’écart restant et on planifie la vérification suivante.',
          scores: { 'B2.C7.CR3': 2 },
        },
        {
          id: 'victoire',
          texte: 'Vous félicitez l’équipe : plus aucune notice ne manque, et 2 étiquettes sur 200, soit 1 %, vous paraît un taux acceptable pour ce client.',
          suivant: 'client',
          pose: ['ecart-laisse'],
          consequence: 'L’équipe est fière. Personne ne regarde de plus près les changements de rouleau.',
          feedback:
            'Le progrès est réel, mais l’écart restant a une cause visible (le changement de rouleau) : la vérification du PDCA doit conduire à agir aussi sur ce qui reste, et le taux acceptable se fixe avec le client.',
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
          si: ['lots-identifies'],
          texte: 'Vous lui donnez les faits : lots 12 et 13 seulement, réserve triée, causes trouvées, résultat mesuré, actions en place et point prévu dans un mois.',
          suivant: 'fin-optimale',
          consequence:
            'Le client remercie pour la précision de la réponse. Il confirme la commande de 3 000 coffrets et demande s’il peut venir voir le calage.',
          feedback:
            'Une réponse fondée sur la traçabilité et sur un plan d’actions vérifié montre au client que ses exigences sont prises au sérieux.',
          scores: { 'B2.C7.CR1': 2 },
        },
        {
          id: 'tracer-avant-reponse',
          sauf: ['lots-identifies'],
          texte: 'Avant d’écrire, vous relisez les fiches de lot avec Hélène pour nommer les lots touchés, puis vous lui donnez les causes, le résultat mesuré et les actions.',
          suivant: 'fin-optimale',
          consequence:
            'Les fiches montrent que seuls les lots 12 et 13 sont concernés. La réponse part à 19 h ; le client la trouve précise, mais demande pourquoi il a fallu attendre mercredi pour savoir quels lots étaient touchés.',
          feedback:
            'La traçabilité arrive enfin dans la réponse. Faite lundi matin, elle aurait aussi protégé la réserve et guidé l’analyse.',
          scores: { 'B2.C7.CR1': 1 },
        },
        {
          id: 'reponse-vague',
          texte: 'Vous lui proposez d’écrire que le problème est réglé, que l’équipe a revu sa façon de travailler et que cela ne se reproduira plus.',
          suivant: 'fin-acceptable',
          consequence: 'Le client demande des précisions : quels lots étaient concernés ? Qu’avez-vous changé ? Hélène doit vous rappeler.',
          feedback:
            'Sans faits ni actions, la réponse ne rassure pas : le client veut savoir quels lots sont concernés et ce qui a changé. Et « cela ne se reproduira plus » est une promesse que rien ne prouve.',
          scores: { 'B2.C7.CR1': 0 },
        },
        {
          id: 'reponse-noms',
          si: ['lots-identifies'],
          texte:
            'Pour prouver que tout est tracé, vous lui transmettez les fiches complètes des lots 12 et 13, avec le nom des personnes à chaque poste ces deux jours-là.',
          suivant: 'fin-acceptable',
          consequence:
            'Le client lit les noms et demande si « la personne de l’étiquetage » sera remplacée. Hélène vous rappelle, embarrassée ; Inès apprend que son nom est parti chez le client.',
          feedback:
            'La traçabilité due au client porte sur les lots, les dates et les actions, pas sur les personnes : nommer les travailleurs désigne des coupables et expose des informations qui ne regardent pas le client.',
          scores: { 'B2.C7.CR1': 1, 'B2.C7.CR2': 0 },
        },
      ],
    },
    {
      type: 'fin',
      id: 'fin-optimale',
      titre: 'Une réponse fondée sur les faits',
      issues: ['optimale', 'acceptable', 'a-revoir'],
      texte: 'Le client a reçu des faits : lots touchés, causes, résultat mesuré et actions. Il confirme la commande de 3 000 coffrets.',
      variantes: [
        {
          sauf: ['ines-exposee', 'regles-imposees', 'parole-libre', 'controle-complet', 'sans-essai', 'ecart-laisse'],
          texte: 'Les causes ont été trouvées avec l’équipe et deux travailleurs ont vu leurs idées devenir la nouvelle façon de travailler : la non-conformité est devenue une occasion d’apprendre et d’être reconnu.',
        },
        { sauf: ['lots-identifies'], texte: 'Les fiches de lot n’ont été relues que mercredi soir : pendant deux jours, personne ne savait quels lots étaient touchés.' },
        ...ECARTS_DU_CHEMIN,
      ],
    },
    {
      type: 'fin',
      id: 'fin-acceptable',
      titre: 'Une réponse qui a manqué sa cible',
      issues: ['optimale', 'acceptable', 'a-revoir'],
      texte:
        'La réponse au client n’a pas donné ce qu’il attendait : des lots, des dates, des causes et des actions mesurées, pas des promesses ni des noms. Hélène a dû la reprendre avec vous.',
      variantes: [
        {
          sauf: ['ines-exposee', 'regles-imposees', 'parole-libre', 'controle-complet', 'sans-essai', 'ecart-laisse'],
          texte: 'Le reste du travail est solide : causes trouvées avec l’équipe, idées des travailleurs essayées, mesurées et écrites dans la fiche de poste. Il manquait une réponse à la hauteur.',
        },
        { sauf: ['lots-identifies'], texte: 'Les fiches de lot n’ont jamais été relues : la réponse ne pouvait pas dire quels lots étaient touchés.' },
        ...ECARTS_DU_CHEMIN,
      ],
    },
    {
      type: 'fin',
      id: 'fin-a-revoir',
      titre: 'Un défaut caché, pas supprimé',
      issues: ['a-revoir'],
      texte:
        'Le contrôle à 100 % a masqué le problème sans le traiter, et les idées de l’équipe n’ont jamais été essayées.',
      variantes: [
        { si: ['causes-equipe'], texte: 'Les causes avaient pourtant été trouvées avec l’équipe lundi : il restait à essayer ses idées, à petite échelle, en comptant les défauts.' },
        { si: ['ines-exposee'], texte: 'Inès a aussi été interrogée devant tous, lundi matin, avant que les faits soient connus.' },
        { sauf: ['lots-identifies'], texte: 'Les fiches de lot n’ont jamais été relues : vous ne savez toujours pas quels lots étaient touchés.' },
        { sauf: ['causes-equipe'], texte: 'Reprenez la mise en situation en cherchant les causes avec les travailleurs et en essayant leurs propositions.' },
      ],
    },
  ],
  debrief: {
    'B2.C7.CR1': {
      texte:
        'Les exigences du client se tiennent par l’autocontrôle et se prouvent par la traçabilité : fiches de lot et numéros de lot permettent d’isoler les bons produits et de répondre avec des faits, sans nommer les personnes.',
      lien: '/cours/bloc-2/demarche-qualite#tracabilite',
    },
    'B2.C7.CR2': {
      texte:
        'Une non-conformité se traite avec l’équipe, à partir des faits, en cherchant ce qui a rendu l’erreur possible et non qui l’a commise (QQOQCCP, 5 pourquoi, Ishikawa).',
      lien: '/cours/bloc-2/demarche-qualite#non-conformite',
    },
    'B2.C7.CR3': {
      texte:
        'Les idées d’amélioration suivent le cycle PDCA : planifier un essai, le faire à petite échelle, vérifier avec un indicateur, puis standardiser ou corriger. Un contrôle à 100 % trie les défauts, il ne les supprime pas.',
      lien: '/cours/bloc-2/demarche-qualite#pdca',
    },
    'B2.C5.CR2': {
      texte:
        'Un temps d’échange court, avec des supports visuels, un tour de parole et plusieurs façons de s’exprimer, permet à chacun, y compris les plus discrets, d’apporter ce qu’il sait.',
      lien: '/cours/bloc-2/animer-collectif#chacun',
    },
  },
});
