import { defineCas } from '#auteur';

export default defineCas({
  id: 'la-colere-de-yanis',
  titre: 'La colère de Yanis',
  description:
    'Une matinée de sous-traitance tourne à la crise : annoncer un changement, repérer les signes d’escalade, désamorcer et protéger, laisser la personne choisir comment s’apaiser, écrire les faits, reprendre avec elle et analyser en équipe.',
  bloc: 'B1',
  h5p: true,
  contexte:
    'Vous êtes moniteur ou monitrice de l’atelier de sous-traitance d’un ESAT. Huit travailleurs conditionnent des kits de visserie pour un fabricant de meubles : 1 200 kits partent jeudi. Depuis lundi, un nouveau compresseur tourne dans l’atelier voisin, derrière une cloison légère. Hervé, moniteur de l’atelier voisin, et vous avez convenu d’un signal pour vous appeler à l’aide.',
  personnages: [
    { nom: 'Yanis', role: 'travailleur, 34 ans, au poste de comptage des vis depuis trois ans' },
    { nom: 'Claire', role: 'travailleuse, voisine de poste de Yanis' },
    { nom: 'Hervé', role: 'moniteur de l’atelier voisin' },
    { nom: 'Mme Roussel', role: 'cheffe de service' },
  ],
  criteres: ['B1.C9.CR1', 'B1.C2.CR1', 'B1.C8.CR2'],
  drapeaux: {
    'changement-annonce': 'Le changement de poste a été annoncé à Yanis au point du matin, et il a choisi sa tâche.',
    'changement-surprise': 'Yanis a découvert son changement de poste en arrivant à la table.',
    'poste-garde': 'Yanis a été laissé à son poste habituel sans qu’on lui parle du changement de l’atelier.',
    'intervention-precoce': 'Vous êtes allé vers Yanis dès les premiers signes de tension.',
    'rappel-public': 'Vous avez rappelé la règle à voix haute devant l’atelier.',
    'claire-envoyee': 'Vous avez demandé à Claire d’aller calmer Yanis.',
    'seul-au-bureau': 'Vous avez emmené Yanis seul dans votre bureau pendant la crise.',
    menace: 'Vous avez menacé Yanis d’une sanction au milieu de la crise.',
    'choix-yanis': 'Yanis a choisi lui-même comment s’apaiser.',
    'depart-seul': 'Yanis est reparti seul chez lui en pleine matinée.',
    'excuses-exigees': 'Vous avez exigé des excuses de Yanis avant toute chose.',
    'note-factuelle': 'Une note factuelle a été écrite et transmise le jour même.',
    'note-jugement': 'Une note a été écrite, mais avec des jugements sur Yanis.',
    'oral-seul': 'Rien n’a été écrit : la crise a seulement été racontée dans le couloir.',
    'reprise-dialogue': 'Yanis a pu dire, au calme, ce qui avait déclenché la crise et ce qui l’aiderait.',
    'excuses-publiques': 'Yanis a dû s’excuser devant le groupe.',
    silence: 'Personne n’a reparlé de la crise avec Yanis.',
  },
  debut: 'annonce',
  noeuds: [
    {
      type: 'situation',
      id: 'annonce',
      titre: 'Mardi, 8 h 10',
      texte:
        'Le client a changé la référence des kits : ce matin, le comptage des vis se fait à la balance, et il faut deux personnes à l’ensachage. Yanis tient le comptage depuis trois ans ; il n’aime pas les changements et supporte mal le bruit. Le point du matin commence dans cinq minutes.',
      choix: [
        {
          id: 'annoncer-choisir',
          texte: 'Au point du matin, vous montrez le changement sur le planning affiché et vous demandez à Yanis s’il préfère la balance ou l’ensachage.',
          suivant: 'signes',
          consequence: 'Yanis fronce les sourcils, réfléchit, puis choisit la balance : « C’est encore compter. » Il pose son casque antibruit à côté de lui.',
          feedback:
            'Un changement annoncé, rendu visible et accompagné d’un choix réduit l’incertitude : c’est la prévention par l’environnement que recommande l’Anesm (2016).',
          scores: { 'B1.C9.CR1': 2, 'B1.C2.CR1': 2 },
          pose: ['changement-annonce'],
        },
        {
          id: 'annoncer-au-poste',
          texte:
            'Vous préparez la balance et ne dites rien au point du matin : Yanis s’inquiète vite, alors vous le lui expliquerez à sa table, au moment de commencer.',
          suivant: 'signes',
          consequence: 'À sa table, Yanis découvre la balance. Il se fige : « C’est pas mon poste. » Il commence quand même, sans un mot.',
          feedback:
            'L’intention de lui éviter une inquiétude se retourne : un changement découvert au dernier moment est ce qui met le plus en difficulté une personne qui a besoin de prévisibilité.',
          scores: { 'B1.C9.CR1': 0, 'B1.C2.CR1': 1 },
          pose: ['changement-surprise'],
          piege: true,
        },
        {
          id: 'garder-poste',
          texte: 'Vous laissez Yanis au comptage manuel, à l’écart de la balance, et vous confiez la nouvelle tâche à deux autres travailleurs.',
          suivant: 'signes',
          consequence: 'Yanis compte ses vis comme d’habitude, mais voit tout l’atelier changer autour de lui sans comprendre pourquoi.',
          feedback:
            'Le protéger de tout changement sans lui en parler décide à sa place et ne lui explique rien : il vit le changement de l’atelier sans repères.',
          scores: { 'B1.C9.CR1': 1, 'B1.C2.CR1': 0 },
          pose: ['poste-garde'],
        },
      ],
    },
    {
      type: 'situation',
      id: 'signes',
      titre: '10 h 05',
      texte:
        'Le compresseur voisin tourne par à-coups depuis une demi-heure. Yanis répète à voix de plus en plus forte « ça tape dans ma tête », se lève, se rassoit, serre les poings. Claire rit : « T’es pas drôle aujourd’hui. » Yanis la fixe sans répondre.',
      variantes: [
        { si: ['changement-annonce'], texte: 'Son casque est resté posé sur la table.' },
        { si: ['changement-surprise'], texte: 'Depuis 8 h 15, il n’a pas dit un mot, sauf pour répéter que ce n’est pas son poste.' },
        { si: ['poste-garde'], texte: 'Il jette des coups d’œil vers la balance, où ses collègues travaillent à sa place habituelle.' },
      ],
      choix: [
        {
          id: 'aller-vers',
          texte: 'Vous allez vers lui sans presser le pas, vous lui dites ce que vous voyez et proposez une pause dehors ou le coin calme.',
          suivant: 'crise',
          consequence:
            'Yanis vous regarde, hésite. Au même moment, le compresseur repart plus fort et Claire éclate de rire ; Yanis se lève d’un bond.',
          feedback:
            'Vous intervenez dès les premiers signes d’escalade (voix qui monte, poings serrés, regard fixe), calmement, avec une proposition : plus l’intervention est précoce, plus la désescalade est facile.',
          scores: { 'B1.C9.CR1': 2, 'B1.C2.CR1': 2 },
          pose: ['intervention-precoce'],
        },
        {
          id: 'rappel-regle',
          texte: 'Vous rappelez à voix haute, pour toute l’équipe, qu’on reste concentré jusqu’à la pause de 10 h 30 : la livraison est jeudi.',
          suivant: 'crise',
          consequence: 'Deux travailleurs baissent la tête. Yanis se sent visé ; il repousse sa chaise, qui tombe.',
          feedback:
            'Un rappel collectif ne répond pas à ce que vit Yanis et l’expose devant le groupe : la tension monte au lieu de baisser.',
          scores: { 'B1.C9.CR1': 0, 'B1.C2.CR1': 0 },
          pose: ['rappel-public'],
        },
        {
          id: 'laisser-passer',
          texte: 'Vous le laissez se calmer seul, comme souvent : intervenir devant tout le monde risquerait de l’humilier et d’aggraver les choses.',
          suivant: 'crise',
          consequence: 'Dix minutes passent. Le compresseur repart, Claire rit de nouveau ; Yanis se lève d’un bond.',
          feedback:
            'Ménager sa dignité est juste, mais laisser monter des signes d’escalade aussi nets, c’est renoncer à intervenir au moment où c’est le plus facile.',
          scores: { 'B1.C9.CR1': 0 },
        },
        {
          id: 'envoyer-claire',
          texte: 'Vous demandez à Claire, qui s’entend bien avec lui, d’aller le rassurer : une voix amie l’apaisera mieux que celle du moniteur.',
          suivant: 'crise',
          consequence: 'Claire s’approche de Yanis en riant encore un peu. Il se lève d’un bond.',
          feedback:
            'Confier la désescalade à une travailleuse, qui vient de rire de lui, l’expose au danger et n’est pas son rôle : c’est au professionnel d’intervenir.',
          scores: { 'B1.C9.CR1': 0, 'B1.C2.CR1': 1 },
          pose: ['claire-envoyee'],
        },
      ],
    },
    {
      type: 'situation',
      id: 'crise',
      titre: '10 h 15',
      texte:
        'Yanis crie « Arrête de rire ! », jette une boîte de vis qui s’éparpillent au sol et fait deux pas vers Claire, les poings serrés. Les autres travailleurs se sont arrêtés. Hervé est dans l’atelier voisin.',
      choix: [
        {
          id: 'proteger-alerter',
          texte: 'Vous vous placez à distance entre eux, parlez d’une voix posée, faites sortir Claire et le groupe, et donnez le signal à Hervé.',
          suivant: 'apaisement',
          consequence:
            'Le groupe passe à l’ensachage, dans la pièce d’à côté. Hervé arrive et reste à la porte. Yanis s’arrête, le souffle court, puis recule vers le mur.',
          feedback:
            'Protéger d’abord (éloigner Claire et les autres), ne pas rester seul (le signal convenu), garder distance et issue, voix posée : les repères de la désescalade et de la crise dangereuse.',
          scores: { 'B1.C9.CR1': 2 },
        },
        {
          id: 'saisir-bras',
          texte: 'Vous lui saisissez fermement le bras pour l’empêcher d’atteindre Claire, en lui parlant doucement pour le rassurer.',
          suivant: 'fin-contention',
          consequence:
            'Yanis se dégage violemment ; vous heurtez l’établi et il bouscule Claire en voulant sortir. Hervé, alerté par le bruit, appelle la cheffe de service.',
          feedback:
            'Maîtriser seul une personne en crise met tout le monde en danger : on protège en éloignant les autres, à distance, et on alerte.',
          scores: { 'B1.C9.CR1': 0 },
        },
        {
          id: 'menacer',
          texte: 'Vous haussez le ton pour couvrir le bruit : « Stop ! Vous vous calmez tout de suite, sinon c’est la cheffe de service. »',
          suivant: 'apaisement',
          consequence: 'Yanis hurle plus fort et frappe la table. Claire s’enfuit vers les vestiaires. Hervé arrive, alerté par les cris.',
          feedback: 'Hausser le ton et menacer de sanction au milieu d’une crise fait monter la tension : la voix posée et les choix simples la font baisser.',
          scores: { 'B1.C9.CR1': 0, 'B1.C2.CR1': 0 },
          pose: ['menace'],
        },
        {
          id: 'isoler-bureau',
          texte:
            'Pour ne pas l’exposer au regard de ses collègues, vous l’emmenez seul dans votre bureau, porte fermée, pour en parler calmement tous les deux.',
          suivant: 'apaisement',
          consequence:
            'Dans le bureau, Yanis tourne en rond, renverse une chaise et se place entre vous et la porte. Hervé, qui a entendu le bruit, ouvre la porte.',
          feedback:
            'Préserver sa dignité est une bonne intention, mais vous êtes resté seul avec lui, sans issue, au plus fort de la crise : on ne reste pas seul, on garde une issue et on éloigne les autres plutôt que la personne.',
          scores: { 'B1.C9.CR1': 0 },
          pose: ['seul-au-bureau'],
          piege: true,
        },
      ],
    },
    {
      type: 'situation',
      id: 'apaisement',
      titre: '10 h 25',
      texte:
        'Yanis respire fort, près de la porte de l’atelier. Hervé est à quelques mètres. Yanis dit : « Je veux rentrer chez moi. »',
      variantes: [
        { si: ['menace'], texte: 'Il vous regarde avec méfiance depuis que vous avez parlé de la cheffe de service.' },
        { si: ['seul-au-bureau'], texte: 'Il est sorti du bureau dès que Hervé a ouvert la porte.' },
      ],
      choix: [
        {
          id: 'proposer-choix',
          texte: 'Vous reformulez : « Vous êtes à bout, ce matin. » Puis vous lui proposez le coin calme ou un tour dehors avec Hervé, à lui de choisir.',
          suivant: 'note',
          consequence: 'Yanis choisit le tour dehors avec Hervé. À 11 h, il revient s’asseoir au coin calme avec un verre d’eau.',
          feedback:
            'Vous écoutez ce qu’il vit, vous le dites simplement, et vous le laissez choisir entre deux options sûres : il reprend la main sur la suite.',
          scores: { 'B1.C2.CR1': 2, 'B1.C9.CR1': 2 },
          pose: ['choix-yanis'],
        },
        {
          id: 'laisser-partir',
          texte: 'Vous respectez sa demande : vous lui signez un bon de sortie et il prend le bus de 10 h 40, puisqu’il connaît bien le trajet.',
          suivant: 'note',
          consequence: 'Yanis part seul. À 12 h 30, son foyer appelle : il n’est pas rentré. On le retrouve deux heures plus tard, assis sur un banc près de la gare.',
          feedback:
            'Entendre sa demande est juste, mais le laisser repartir seul juste après une crise l’expose : on lui propose de s’apaiser sur place, en sécurité, et on prévient la hiérarchie.',
          scores: { 'B1.C9.CR1': 0, 'B1.C2.CR1': 1 },
          pose: ['depart-seul'],
        },
        {
          id: 'exiger-excuses',
          texte: 'Vous lui dites calmement qu’il pourra en reparler, mais qu’il doit d’abord aller s’excuser auprès de Claire, qui a eu très peur.',
          suivant: 'note',
          consequence: 'Yanis refuse, se braque et reste debout près de la porte jusqu’à midi, sans un mot. Claire l’évite.',
          feedback:
            'Claire a droit à une réparation, mais pas à cet instant : exiger des excuses juste après la crise relance la tension et ne l’aide pas à s’apaiser.',
          scores: { 'B1.C2.CR1': 0, 'B1.C9.CR1': 1 },
          pose: ['excuses-exigees'],
        },
      ],
    },
    {
      type: 'situation',
      id: 'note',
      titre: '14 h',
      texte:
        'Mme Roussel, la cheffe de service, passe à l’atelier : « J’ai appris ce qui s’est passé ce matin. Il me faut de quoi comprendre, et peut-être déclarer l’événement. »',
      choix: [
        {
          id: 'note-faits',
          texte: 'Vous écrivez et lui envoyez une note : l’heure, ce qui s’est passé avant, pendant et après, les mots de Yanis, ce que vous avez fait.',
          suivant: 'reprise',
          consequence: 'Mme Roussel reçoit la note à 15 h. Elle la relit avec la psychologue et propose un temps d’échange en équipe vendredi.',
          feedback:
            'Une note factuelle, datée, sans interprétation, permet à la direction de déclarer si besoin l’événement et à l’équipe de l’analyser.',
          scores: { 'B1.C8.CR2': 2 },
          pose: ['note-factuelle'],
        },
        {
          id: 'note-etiquette',
          texte: 'Vous écrivez une note rapide pour alerter : « Yanis a encore fait une crise d’agressivité ; il devient dangereux pour les autres. »',
          suivant: 'reprise',
          consequence: 'Mme Roussel vous demande ce qui s’est passé exactement : la note ne le dit pas. La psychologue ne peut rien en tirer.',
          feedback:
            '« Agressivité » et « dangereux » sont des jugements : ils étiquettent Yanis sans dire ce qui s’est passé, ni avant, ni après.',
          scores: { 'B1.C8.CR2': 0 },
          pose: ['note-jugement'],
        },
        {
          id: 'raconter-oral',
          texte:
            'Vous lui racontez tout de vive voix, en détail, sans rien écrire : une trace écrite suivrait Yanis dans son dossier et pourrait le stigmatiser.',
          suivant: 'reprise',
          consequence: 'Mme Roussel vous écoute entre deux portes. Le soir, elle ne se souvient plus de l’heure ni de l’enchaînement des faits.',
          feedback:
            'Protéger Yanis d’une étiquette est une bonne intention, mais sans écrit factuel la direction ne peut pas remplir son obligation de déclaration ni l’équipe analyser la crise.',
          scores: { 'B1.C8.CR2': 0 },
          pose: ['oral-seul'],
          piege: true,
        },
      ],
    },
    {
      type: 'situation',
      id: 'reprise',
      titre: 'Mercredi, 8 h',
      texte: 'Yanis arrive à l’atelier, l’air gêné. Il évite le regard de Claire et va directement à sa table.',
      variantes: [
        { si: ['depart-seul'], texte: 'Hier, son foyer a mis deux heures à le retrouver.' },
        { si: ['excuses-exigees'], texte: 'Il n’a rien dit à Claire hier.' },
      ],
      choix: [
        {
          id: 'parler-au-calme',
          texte: 'À 9 h 30, à un moment calme, vous lui demandez ce qui s’est passé pour lui hier et ce qui l’aiderait la prochaine fois.',
          suivant: 'analyse',
          consequence:
            'Yanis explique que le compresseur « tape dans la tête » et que les rires de Claire l’ont fait exploser. Il propose de garder son casque et d’être prévenu avant chaque changement. Il dit qu’il parlera à Claire.',
          feedback:
            'La reprise à distance de l’événement, au calme, sans exiger d’excuses, permet à la personne de dire ce qui l’a déclenchée et ce qui l’aiderait : c’est le point de départ de la prévention.',
          scores: { 'B1.C2.CR1': 2, 'B1.C9.CR1': 2 },
          pose: ['reprise-dialogue'],
        },
        {
          id: 'excuses-groupe',
          texte: 'Au point du matin, vous lui demandez de s’excuser devant le groupe, pour que chacun sache que l’incident est clos.',
          suivant: 'analyse',
          consequence: 'Yanis murmure « pardon » sans lever les yeux, puis ne parle plus de la journée.',
          feedback: 'Des excuses publiques exposent la personne et ne disent rien de ce qui a déclenché la crise : rien n’est compris, rien n’est prévenu.',
          scores: { 'B1.C2.CR1': 0, 'B1.C9.CR1': 0 },
          pose: ['excuses-publiques'],
        },
        {
          id: 'ne-pas-en-parler',
          texte: 'Vous l’accueillez normalement, sans revenir sur la veille : mieux vaut ne pas raviver ce qui s’est passé et tourner la page.',
          suivant: 'analyse',
          consequence: 'La journée se passe sans incident. Personne ne sait ce qui a déclenché la crise.',
          feedback: 'L’accueil normal est bienvenu, mais ne jamais en reparler laisse la crise sans explication : elle risque de se reproduire.',
          scores: { 'B1.C9.CR1': 0, 'B1.C2.CR1': 1 },
          pose: ['silence'],
        },
      ],
    },
    {
      type: 'situation',
      id: 'analyse',
      titre: 'Vendredi, réunion d’équipe',
      texte: 'Mme Roussel, la psychologue, Hervé et vous reprenez la crise de mardi.',
      variantes: [
        { si: ['note-factuelle'], texte: 'Chacun a lu votre note : l’heure, le compresseur, les rires, vos gestes.' },
        { si: ['note-jugement'], texte: 'Votre note parle d’« agressivité » : la psychologue demande ce qui s’est passé juste avant.' },
        { si: ['oral-seul'], texte: 'Il n’y a aucun écrit : chacun reconstitue les faits de mémoire, et les versions divergent.' },
        { si: ['reprise-dialogue'], texte: 'Vous avez aussi les mots de Yanis, recueillis mercredi.' },
      ],
      choix: [
        {
          id: 'hypotheses-prevention',
          texte: 'Vous partez des faits et de ce qu’a dit Yanis, proposez des hypothèses et des mesures de prévention, à revoir avec lui.',
          suivant: 'fin-equipe',
          consequence:
            'L’équipe retient le bruit du compresseur et les changements non préparés. Le compresseur sera isolé, les changements annoncés la veille sur le planning, et le projet personnalisé revu avec Yanis. Hervé et vous prenez un temps pour parler de ce que vous avez vécu.',
          feedback:
            'L’analyse en équipe part des faits, cherche la fonction du comportement et agit sur l’environnement ; le projet personnalisé se revoit avec la personne.',
          scores: { 'B1.C9.CR1': 2, 'B1.C8.CR2': 2, 'B1.C2.CR1': 2 },
        },
        {
          id: 'demander-reorientation',
          texte: 'Vous demandez que Yanis change d’atelier : après une telle crise, Claire et le groupe ont besoin d’être protégés de lui.',
          suivant: 'fin-exclusion',
          consequence: 'La psychologue objecte qu’on ne sait pas encore ce qui a déclenché la crise. La décision est reportée ; Yanis l’apprend par un collègue.',
          feedback:
            'Protéger le groupe compte, mais écarter la personne sans avoir compris le comportement revient à traiter la personne comme le problème, et non son comportement.',
          scores: { 'B1.C9.CR1': 0, 'B1.C8.CR2': 0 },
        },
        {
          id: 'dossier-clos',
          texte: 'Vous indiquez que tout est rentré dans l’ordre depuis mercredi et qu’il vaut mieux ne pas alourdir la réunion avec cet incident.',
          suivant: 'fin-oubli',
          consequence: 'La réunion passe à la commande de jeudi. Le compresseur tourne toujours derrière la cloison.',
          feedback: 'Une crise qui n’est pas analysée en équipe se reproduit : rien n’a changé dans l’environnement qui l’a déclenchée.',
          scores: { 'B1.C9.CR1': 0, 'B1.C8.CR2': 0 },
        },
      ],
    },
    {
      type: 'fin',
      id: 'fin-equipe',
      titre: 'Une crise comprise, une prévention construite',
      issues: ['optimale', 'acceptable', 'a-revoir'],
      texte:
        'L’équipe a analysé la crise et agi sur ce qui l’avait déclenchée : le bruit et les changements non préparés. Le projet personnalisé de Yanis sera revu avec lui.',
      variantes: [
        {
          si: ['changement-annonce', 'intervention-precoce', 'choix-yanis', 'note-factuelle', 'reprise-dialogue'],
          texte: 'Du changement annoncé le matin à la reprise au calme, chaque étape a laissé Yanis acteur : la crise n’a pas été évitée, mais elle a été contenue et comprise.',
        },
        { si: ['changement-surprise'], texte: 'Le changement découvert au dernier moment, mardi matin, avait pourtant préparé le terrain de la crise.' },
        { si: ['poste-garde'], texte: 'Yanis, tenu à l’écart du changement de l’atelier, n’avait rien compris de ce qui se passait autour de lui.' },
        { si: ['rappel-public'], texte: 'Le rappel de la règle devant tout l’atelier avait fait monter la tension au lieu de la faire baisser.' },
        { si: ['claire-envoyee'], texte: 'Claire, envoyée au-devant de Yanis, a été exposée à une crise qu’il ne lui revenait pas de gérer.' },
        { si: ['menace'], texte: 'La menace de sanction, au plus fort de la crise, l’a prolongée.' },
        { si: ['seul-au-bureau'], texte: 'Seul avec Yanis dans un bureau fermé, vous vous êtes mis en danger tous les deux.' },
        { si: ['depart-seul'], texte: 'Reparti seul juste après la crise, Yanis a été retrouvé deux heures plus tard.' },
        { si: ['excuses-exigees'], texte: 'Les excuses exigées à chaud l’ont empêché de s’apaiser.' },
        { si: ['note-jugement'], texte: 'Votre note, faite de jugements, n’a pas aidé l’équipe à comprendre.' },
        { si: ['oral-seul'], texte: 'Sans note écrite, la direction n’a pas pu décider en connaissance de cause s’il fallait déclarer l’événement.' },
        { si: ['excuses-publiques'], texte: 'Les excuses demandées devant le groupe ont humilié Yanis sans rien expliquer.' },
        { si: ['silence'], texte: 'Personne n’a demandé à Yanis ce qui s’était passé pour lui : l’analyse s’est faite sans sa parole.' },
      ],
    },
    {
      type: 'fin',
      id: 'fin-exclusion',
      titre: 'La personne prise pour le problème',
      issues: ['acceptable', 'a-revoir'],
      texte:
        'Demander le départ de Yanis avant de comprendre sa crise revient à le traiter comme le problème. Rien n’a changé dans l’environnement : le compresseur tourne toujours. Reprenez en cherchant, avec l’équipe et avec lui, ce que le comportement exprimait.',
      variantes: [
        { si: ['note-factuelle', 'reprise-dialogue'], texte: 'Vous aviez pourtant tout en main : une note factuelle et les mots de Yanis sur ce qui l’aiderait.' },
        { si: ['seul-au-bureau'], texte: 'Et pendant la crise, seul avec lui dans un bureau fermé, vous vous êtes mis en danger tous les deux.' },
        { si: ['depart-seul'], texte: 'Et reparti seul juste après la crise, Yanis a été retrouvé deux heures plus tard.' },
        { si: ['oral-seul'], texte: 'Sans note écrite, la direction n’a pas pu décider s’il fallait déclarer l’événement.' },
      ],
    },
    {
      type: 'fin',
      id: 'fin-oubli',
      titre: 'Une crise classée sans suite',
      issues: ['acceptable', 'a-revoir'],
      texte:
        'La crise n’a pas été analysée en équipe : ni le bruit du compresseur ni les changements non préparés n’ont été traités. Elle a toutes les chances de se reproduire. Reprenez en portant les faits à l’équipe pour construire la prévention.',
      variantes: [
        { si: ['note-factuelle', 'reprise-dialogue'], texte: 'Votre note et les mots de Yanis auraient pourtant suffi à lancer cette analyse.' },
        { si: ['seul-au-bureau'], texte: 'Et pendant la crise, seul avec lui dans un bureau fermé, vous vous êtes mis en danger tous les deux.' },
        { si: ['depart-seul'], texte: 'Et reparti seul juste après la crise, Yanis a été retrouvé deux heures plus tard.' },
        { si: ['oral-seul'], texte: 'Sans note écrite, la direction n’a pas pu décider s’il fallait déclarer l’événement.' },
      ],
    },
    {
      type: 'fin',
      id: 'fin-contention',
      titre: 'Une crise qui a blessé',
      issues: ['a-revoir'],
      texte:
        'En saisissant Yanis, vous avez transformé une crise en affrontement : vous avez heurté l’établi et Claire a été bousculée. Face à une crise dangereuse, on protège en éloignant les autres, on garde ses distances et une issue, on ne reste pas seul et on alerte. Reprenez la mise en situation.',
      variantes: [
        { si: ['claire-envoyee'], texte: 'Claire, que vous aviez envoyée vers lui, était en première ligne.' },
        { si: ['intervention-precoce'], texte: 'Vous étiez pourtant allé vers lui dès les premiers signes.' },
      ],
    },
  ],
  debrief: {
    'B1.C9.CR1': {
      texte:
        'Prévenir en annonçant les changements et en agissant sur l’environnement (bruit), intervenir dès les signes d’escalade, désamorcer (voix posée, distance, choix), protéger et alerter sans rester seul, reprendre avec la personne et analyser en équipe (Anesm, RBPP comportements-problèmes, 2016).',
      lien: '/cours/bloc-1/comportements-crises#desescalade',
    },
    'B1.C2.CR1': {
      texte:
        'Dire à la personne ce que vous voyez, reformuler ce qu’elle vit, lui proposer des choix simples, puis l’écouter, au calme, sur ce qui a déclenché la crise et ce qui l’aiderait.',
      lien: '/cours/bloc-1/relation-ethique#ecoute-active',
    },
    'B1.C8.CR2': {
      texte:
        'Écrire le jour même une note factuelle (heure, avant, pendant, après, mots exacts, gestes) : elle permet à la direction de déclarer si besoin l’événement (CASF, art. L331-8-1) et à l’équipe de l’analyser.',
      lien: '/cours/bloc-1/comportements-crises#analyse-equipe',
    },
  },
});
