import { defineCas } from '#auteur';

export default defineCas({
  id: 'la-demande-de-la-deleguee',
  titre: 'La demande de la déléguée',
  description:
    'Une déléguée des travailleurs porte une demande collective sur le froid dans l’atelier : l’écouter, la soutenir sans prendre sa place, transmettre, faire un retour et informer sur les droits.',
  bloc: 'B1',
  h5p: true,
  contexte:
    'Vous êtes moniteur ou monitrice de l’atelier de sous-traitance industrielle d’un ESAT. L’équipe de dix travailleurs monte et sertit des faisceaux de câbles pour un équipementier : 600 pièces à livrer vendredi. Nous sommes en janvier, et le chauffage démarre mal le matin ; depuis lundi, vous relevez la température de l’atelier à 8 h.',
  personnages: [
    { nom: 'Nadège', role: 'travailleuse, élue déléguée des travailleurs l’an dernier' },
    { nom: 'Yves', role: 'travailleur au poste de sertissage' },
    { nom: 'Hugo', role: 'travailleur, bientôt père' },
    { nom: 'Lisa', role: 'travailleuse, curieuse de l’actualité' },
  ],
  criteres: ['B1.C4.CR1', 'B1.C4.CR2', 'B1.C4.CR3', 'B1.C3.CR3'],
  drapeaux: {
    'demande-decouragee': 'Mardi, vous avez découragé Nadège de porter la demande.',
    'alerte-entendue': 'Jeudi, l’alerte d’Yves a été prise au sérieux et la demande reprise avec Nadège.',
    'deleguee-contournee': 'Vous avez traité la demande à la place de Nadège.',
    'cvs-conseille': 'Vous avez conseillé d’attendre la réunion du CVS, dans deux mois.',
    'lettre-co-ecrite': 'Nadège a écrit la lettre sur son temps de travail, avec votre aide pour les mots.',
    'lettre-sur-pause': 'Nadège a écrit la lettre seule, sur sa pause de midi.',
    'lettre-redigee-pour-elle': 'Vous avez rédigé la lettre ; Nadège l’a seulement signée.',
    'relance-tardive': 'La demande est partie trois semaines après avoir été formulée.',
    'annonce-par-nadege': 'Nadège a présenté elle-même la réponse de la direction à l’équipe.',
    'annonce-par-vous': 'Vous avez annoncé vous-même la réponse de la direction à l’équipe.',
    'reponse-retenue': 'La réponse partielle de la direction n’a pas été annoncée à l’équipe.',
  },
  debut: 'demande',
  noeuds: [
    {
      type: 'situation',
      id: 'demande',
      titre: 'Mardi, 8 h 50',
      texte:
        'Nadège s’approche de votre bureau : « Les collègues m’ont demandé de venir. Il fait trop froid le matin, on n’arrive pas à sertir. On voudrait que ça change. » La production a déjà pris du retard ce matin.',
      choix: [
        {
          id: 'ecouter',
          texte: 'Vous l’invitez à s’asseoir, puis vous lui demandez ce que disent précisément ses collègues et ce qu’ils proposent pour le matin.',
          suivant: 'ecoute',
          consequence:
            'Nadège sort un papier : le thermomètre affichait 14 °C à 8 h ; trois personnes ont les doigts engourdis. Les collègues proposent de commencer par la coupe et le tri jusqu’à 9 h 30, et de tester des gants fins.',
          feedback:
            'Vous reconnaissez le rôle de la déléguée en prenant le temps de l’écouter, et vous découvrez une demande précise, avec des propositions.',
          scores: { 'B1.C4.CR2': 2 },
        },
        {
          id: 'decourager',
          texte: 'Vous lui dites que la panne de chaudière est déjà signalée et qu’une demande de plus n’y changera rien.',
          suivant: 'presse',
          consequence: 'Nadège repart, déçue. À la pause, elle dit aux collègues qu’« il n’y a rien à faire ».',
          feedback:
            'La panne est peut-être connue, mais la demande porte sur les conditions de travail en attendant : la décourager sans l’écouter ni la transmettre disqualifie la déléguée et laisse le problème intact.',
          scores: { 'B1.C4.CR2': 0, 'B1.C4.CR3': 0 },
          pose: ['demande-decouragee'],
        },
        {
          id: 'regler-seul',
          texte: 'Vous la remerciez de sa confiance et la rassurez : vous appelez vous-même le service technique dans la foulée, et elle peut retourner à son poste.',
          suivant: 'contourne',
          consequence: 'Nadège retourne à son poste. Le service technique promet de passer « dès que possible ».',
          feedback: 'L’intention est bonne et la demande avance, mais la déléguée est écartée de la demande qu’elle portait pour ses collègues.',
          scores: { 'B1.C4.CR2': 0, 'B1.C4.CR3': 1, 'B1.C3.CR3': 0 },
          pose: ['deleguee-contournee'],
        },
      ],
    },
    {
      type: 'situation',
      id: 'ecoute',
      titre: 'Avec Nadège',
      texte:
        'Nadège a tout expliqué. Elle vous regarde : « Et maintenant, je dois faire comment, moi ? C’est la première fois que je porte une demande pour tout le monde. »',
      choix: [
        {
          id: 'chemins',
          texte: 'Vous lui présentez les voies possibles (direction, instance mixte, CVS), ce que chacune traite, et vous lui demandez laquelle elle choisit.',
          suivant: 'preparer',
          consequence:
            'Nadège réfléchit, puis décide d’écrire à la direction et de demander que le sujet soit inscrit à la prochaine instance mixte, compétente pour les conditions de travail et la sécurité.',
          feedback:
            'Vous l’informez de ses possibilités en termes simples et vous la laissez décider : elle garde la main sur la demande qu’elle porte.',
          scores: { 'B1.C4.CR1': 2, 'B1.C3.CR3': 2 },
        },
        {
          id: 'attendre-cvs',
          texte: 'Vous lui conseillez le conseil de la vie sociale, où elle siège : c’est l’instance des personnes accompagnées.',
          suivant: 'attente',
          consequence: 'Nadège note la date de la prochaine réunion : dans deux mois. En attendant, rien ne change dans l’atelier.',
          feedback:
            'Le CVS peut traiter des sujets collectifs, mais une question de sécurité et de conditions de travail mérite une voie plus rapide : la direction et l’instance mixte.',
          scores: { 'B1.C4.CR1': 1, 'B1.C4.CR2': 1 },
          pose: ['cvs-conseille'],
        },
        {
          id: 'ecrire-a-sa-place',
          texte:
            'Vous écrivez tout de suite à la direction en citant Nadège et ses collègues, pour que la demande parte avant midi, puis vous lui montrez le courriel.',
          suivant: 'contourne',
          consequence: 'Le courriel part dans l’heure. Nadège le lit sans trop comprendre les termes employés.',
          feedback:
            'La demande est transmise vite, mais avec vos mots et sous votre nom : la déléguée devient spectatrice de sa propre démarche.',
          scores: { 'B1.C4.CR3': 1, 'B1.C3.CR3': 0, 'B1.C4.CR2': 0 },
          pose: ['deleguee-contournee'],
          piege: true,
        },
      ],
    },
    {
      type: 'situation',
      id: 'presse',
      titre: 'Jeudi, 8 h 30',
      suppose: ['demande-decouragee'],
      texte: 'Il fait toujours froid. Yves repose la pince à sertir : « Mes doigts ne sentent plus rien. J’ai peur de me pincer. Je ne continue pas comme ça. »',
      choix: [
        {
          id: 'reprendre',
          texte: 'Vous proposez à Yves une tâche de préparation en attendant que l’atelier se réchauffe, puis vous allez voir Nadège pour reprendre sa demande.',
          suivant: 'ecoute',
          consequence: 'Yves passe à la coupe. Vous dites à Nadège que vous avez eu tort mardi. Elle vous réexplique la demande des collègues et leurs propositions.',
          feedback:
            'Vous prenez au sérieux l’alerte d’Yves et vous revenez vers la déléguée : reconnaître son erreur rétablit la confiance.',
          scores: { 'B1.C4.CR1': 1 },
          pose: ['alerte-entendue'],
        },
        {
          id: 'continuer',
          texte:
            'Vous lui prêtez des gants, lui proposez de se réchauffer les mains cinq minutes près du radiateur, puis de reprendre : la livraison est demain.',
          suivant: 'fin-alerte',
          consequence: 'Yves reprend. Avec les gants épais, il manie mal la pince ; à 10 h, il se pince le doigt. L’équipe ne parle plus du froid à Nadège.',
          feedback:
            'Le geste est attentionné, mais Yves signalait un danger pour sa santé. Depuis la loi n° 2023-1196, le travailleur d’ESAT dispose du droit d’alerte et de retrait : on ne le remet pas au poste qu’il juge dangereux sans avoir traité le danger.',
          scores: { 'B1.C4.CR1': 0 },
          piege: true,
        },
      ],
    },
    {
      type: 'situation',
      id: 'contourne',
      titre: 'Mercredi, 14 h',
      suppose: ['deleguee-contournee'],
      texte:
        'Le chauffage n’est toujours pas réparé. Nadège vient vous voir : « Les collègues disent que c’est vous qui avez tout réglé. Alors à quoi je sers, moi ? »',
      choix: [
        {
          id: 'rendre-la-main',
          texte: 'Vous reconnaissez avoir agi à sa place et lui proposez de porter elle-même la demande de ses collègues à la direction, avec votre appui si elle le veut.',
          suivant: 'preparer',
          consequence:
            'Nadège est surprise, puis accepte. Elle vous explique ce que proposent les collègues : commencer par la coupe et le tri jusqu’à 9 h 30, tester des gants fins.',
          feedback: 'Rendre la main à la déléguée répare le contournement : c’est elle qui porte la parole de ses collègues.',
          scores: { 'B1.C4.CR2': 1, 'B1.C3.CR3': 1 },
        },
        {
          id: 'minimiser',
          texte: 'Vous la rassurez et valorisez sa démarche : c’est grâce à elle que les choses bougent, et vous le direz aux collègues, qui lui font confiance.',
          suivant: 'attente',
          consequence: 'Nadège hausse les épaules et repart. Le service technique ne donne plus de nouvelles.',
          feedback:
            'La rassurer ne lui rend pas son rôle : une déléguée dont on porte la demande à sa place perd la confiance de ses collègues, et la demande n’est plus suivie par personne.',
          scores: { 'B1.C4.CR2': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'preparer',
      titre: 'Un peu plus tard',
      texte:
        'Nadège veut écrire la demande tout de suite, pour qu’elle parte avant la fin de la semaine. Elle est au poste de montage, et les 600 faisceaux doivent partir vendredi.',
      choix: [
        {
          id: 'appui',
          texte: 'Vous organisez son remplacement au poste pour une heure. Elle dicte, vous reformulez, elle valide ; vous joignez vos relevés de température.',
          suivant: 'reponse',
          consequence:
            'La lettre part le soir même, signée par Nadège, avec une copie en pictogrammes pour les collègues. Deux travailleurs se répartissent son poste ; la commande reste tenable.',
          feedback:
            'Vous libérez du temps pour la déléguée malgré la commande, vous l’aidez à mettre en mots sans écrire à sa place, et vous apportez vos propres observations.',
          scores: { 'B1.C4.CR2': 2, 'B1.C3.CR3': 2 },
          pose: ['lettre-co-ecrite'],
        },
        {
          id: 'pause-midi',
          texte: 'Vous lui proposez d’écrire demain midi, au calme dans votre bureau, quand l’atelier sera à l’arrêt : la commande ne prendra aucun retard.',
          suivant: 'reponse',
          consequence: 'Nadège écrit seule, pendant sa pause, une lettre courte. Elle part le lendemain soir.',
          feedback:
            'La demande part, mais le mandat de déléguée passe après la production et empiète sur son temps de repos : le soutien à la déléguée passe par du temps libéré sur le travail.',
          scores: { 'B1.C4.CR2': 0 },
          pose: ['lettre-sur-pause'],
        },
        {
          id: 'rediger',
          texte:
            'Pour ne pas la retirer de son poste, vous rédigez la lettre à partir de ce qu’elle vous a dit et vous la lui donnez à relire et à signer ce soir.',
          suivant: 'reponse',
          consequence: 'La lettre part le soir même. Nadège l’a signée sans la relire en détail.',
          feedback: 'La demande part vite, mais ce sont vos mots : Nadège signe une demande qu’elle n’a pas construite.',
          scores: { 'B1.C4.CR2': 1, 'B1.C3.CR3': 0 },
          pose: ['lettre-redigee-pour-elle'],
        },
      ],
    },
    {
      type: 'situation',
      id: 'attente',
      titre: 'Trois semaines plus tard',
      texte:
        'Rien n’a changé dans l’atelier. À la pause, un collègue lance à Nadège : « Tu ne sers à rien, de toute façon. » Elle revient vous voir, les larmes aux yeux.',
      choix: [
        {
          id: 'relancer-ensemble',
          texte: 'Vous reconnaissez que la demande n’aurait pas dû attendre, puis vous l’aidez à écrire à la direction et à saisir l’instance mixte, relevés à l’appui.',
          suivant: 'reponse',
          consequence: 'La lettre part le jour même, signée par Nadège. Vous notez la demande dans le tableau de suivi de l’atelier.',
          feedback:
            'Mieux vaut tard que jamais : la demande repart par le bon circuit, portée par la déléguée, appuyée par vos observations.',
          scores: { 'B1.C4.CR2': 1, 'B1.C4.CR3': 1 },
          pose: ['relance-tardive'],
        },
        {
          id: 'patienter',
          texte: 'Vous la consolez et lui conseillez de tenir bon jusqu’à la réunion du CVS : c’est là que sa demande sera entendue officiellement.',
          suivant: 'fin-a-revoir',
          consequence: 'Nadège laisse tomber. Elle dit qu’elle ne se représentera pas.',
          feedback:
            'La consoler ne remplace pas l’action : laisser une demande sans suite ni relance pendant des semaines apprend à toute l’équipe que s’exprimer ne sert à rien.',
          scores: { 'B1.C4.CR2': 0, 'B1.C4.CR3': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'reponse',
      titre: 'La réponse de la direction',
      texte:
        'La direction répond à Nadège, avec vous en copie : un technicien viendra dans trois semaines pour la chaudière ; d’ici là, l’atelier peut commencer par la coupe et le tri jusqu’à 9 h 30 ; la question des gants sera étudiée à la prochaine instance mixte.',
      choix: [
        {
          id: 'nadege-annonce',
          texte: 'Vous mettez en place l’organisation du matin dès lundi et vous proposez à Nadège de présenter elle-même la réponse au point du matin.',
          suivant: 'questions',
          consequence:
            'Lundi, Nadège explique la réponse avec trois dessins : la chaudière, la coupe avant 9 h 30, les gants. Les collègues l’applaudissent. Vous complétez le tableau de suivi.',
          feedback:
            'Le retour est fait, par la personne qui a porté la demande, dans des termes accessibles : l’expression collective a produit un effet visible.',
          scores: { 'B1.C4.CR2': 2, 'B1.C4.CR3': 2 },
          pose: ['annonce-par-nadege'],
        },
        {
          id: 'vous-annoncez',
          texte:
            'Vous annoncez la réponse au point du matin en valorisant Nadège, qui l’a obtenue, et vous organisez la coupe et le tri avant 9 h 30 dès lundi.',
          suivant: 'questions',
          consequence: 'L’équipe est contente. Plusieurs collègues remercient le moniteur ; Nadège reste au fond, silencieuse.',
          feedback:
            'Le retour est fait, et vous citez la déléguée. Mais en annonçant à sa place, vous la rendez invisible : c’était à elle de rendre compte à ceux qui l’ont mandatée.',
          scores: { 'B1.C4.CR2': 1, 'B1.C4.CR3': 1 },
          pose: ['annonce-par-vous'],
        },
        {
          id: 'attendre-tout',
          texte:
            'Vous attendez la décision sur les gants pour annoncer une réponse complète, plutôt qu’une demi-mesure qui décevrait l’équipe.',
          suivant: 'questions',
          consequence: 'Pendant trois semaines, l’équipe ignore qu’une solution provisoire a été accordée, et continue à sertir dans le froid.',
          feedback: 'Une réponse partielle est déjà une réponse : la retenir prive l’équipe d’une amélioration immédiate.',
          scores: { 'B1.C4.CR3': 0 },
          pose: ['reponse-retenue'],
        },
      ],
    },
    {
      type: 'situation',
      id: 'questions',
      titre: 'Lundi, 8 h 40, fin du point du matin',
      texte:
        'Hugo lève la main : « Ma copine accouche le mois prochain. J’ai droit à des jours ? » Lisa enchaîne : « Et c’est vrai qu’on peut faire grève, maintenant ? »',
      choix: [
        {
          id: 'repondre-orienter',
          texte: 'À Hugo : oui, un congé pour la naissance, et vous l’aidez à faire la démarche. À Lisa : oui, depuis la loi de 2023 ; un temps d’information suivra avec Nadège.',
          suivant: 'fin-optimale',
          consequence:
            'Hugo remplit sa demande avec vous le jour même. Le temps d’information est programmé ; Nadège prépare une affiche en FALC avec deux collègues.',
          feedback:
            'Une information juste, en mots simples, une aide concrète pour la démarche, et un relais collectif pour les questions qui concernent tout le monde.',
          scores: { 'B1.C4.CR1': 2, 'B1.C4.CR3': 2 },
        },
        {
          id: 'repondre-faux',
          texte:
            'Vous leur expliquez que les travailleurs d’ESAT ne sont pas des salariés : le code du travail ne s’applique pas à eux, sauf pour l’hygiène et la sécurité au travail.',
          suivant: 'fin-droits-nies',
          consequence: 'Hugo ne pose pas de congé. Lisa apprend plus tard, par une amie, que vous vous êtes trompé.',
          feedback:
            'Le statut est bien différent de celui d’un salarié, mais ces deux droits existent pour les travailleurs d’ESAT : le congé pour une naissance est prévu par le code de l’action sociale et des familles (art. R243-12), le droit de grève par la loi n° 2023-1196.',
          scores: { 'B1.C4.CR1': 0 },
          piege: true,
        },
        {
          id: 'renvoyer',
          texte: 'Pour ne pas leur donner une information inexacte, vous les envoyez poser la question au secrétariat de direction, qui connaît les textes.',
          suivant: 'fin-acceptable',
          consequence: 'Hugo y va et obtient son congé. Lisa ne fait pas la démarche.',
          feedback:
            'Orienter est utile, mais vous connaissez l’essentiel : une réponse simple et une aide pour la démarche évitent qu’une personne renonce.',
          scores: { 'B1.C4.CR1': 1, 'B1.C4.CR3': 0 },
        },
      ],
    },
    {
      type: 'fin',
      id: 'fin-optimale',
      titre: 'Des droits expliqués, une demande qui a abouti',
      issues: ['optimale', 'acceptable', 'a-revoir'],
      texte:
        'La demande collective a reçu une réponse, et les questions de droits ont trouvé une réponse juste, en mots simples, avec une aide pour les démarches.',
      variantes: [
        {
          si: ['lettre-co-ecrite', 'annonce-par-nadege'],
          sauf: ['deleguee-contournee', 'demande-decouragee'],
          texte: 'Portée par la déléguée du début à la fin, transmise au bon endroit et suivie d’un retour visible, elle montre à l’atelier que s’exprimer sert à quelque chose.',
        },
        { si: ['alerte-entendue'], texte: 'Il a pourtant fallu l’alerte d’Yves, jeudi, pour que la demande découragée mardi soit enfin écoutée.' },
        { si: ['deleguee-contournee'], texte: 'Au départ, vous avez porté la demande à la place de Nadège : ses collègues s’en souviennent.' },
        { si: ['relance-tardive'], texte: 'Mais la demande a attendu trois semaines, pendant lesquelles l’équipe a serti dans le froid.' },
        { si: ['lettre-sur-pause'], texte: 'Nadège a écrit la lettre sur sa pause de midi : son mandat est passé après la production.' },
        { si: ['lettre-redigee-pour-elle'], texte: 'La lettre, rédigée par vous, n’était pas vraiment la sienne.' },
        { si: ['annonce-par-vous'], texte: 'La réponse, annoncée par vous, a valu les remerciements au moniteur plutôt qu’à la déléguée.' },
        { si: ['reponse-retenue'], texte: 'La solution provisoire, annoncée trois semaines trop tard, n’a servi à personne pendant ce temps.' },
      ],
    },
    {
      type: 'fin',
      id: 'fin-acceptable',
      titre: 'Des droits renvoyés ailleurs',
      issues: ['optimale', 'acceptable', 'a-revoir'],
      texte:
        'Les questions de droits ont été renvoyées au secrétariat, sans réponse ni accompagnement : Hugo a fait sa démarche, Lisa non. Le moniteur n’a pas à tout savoir, mais il connaît l’essentiel et aide la personne à faire sa démarche.',
      variantes: [
        {
          si: ['lettre-co-ecrite', 'annonce-par-nadege'],
          sauf: ['deleguee-contournee', 'demande-decouragee'],
          texte: 'La demande collective, elle, a été portée par la déléguée du début à la fin et a abouti.',
        },
        { si: ['alerte-entendue'], texte: 'La demande sur le froid n’a été écoutée qu’après l’alerte d’Yves.' },
        { si: ['deleguee-contournee'], texte: 'La demande sur le froid a d’abord été portée à la place de Nadège.' },
        { si: ['relance-tardive'], texte: 'La demande sur le froid a attendu trois semaines avant de partir.' },
        { si: ['lettre-sur-pause'], texte: 'Nadège a dû écrire sa lettre à la direction sur sa pause de midi.' },
        { si: ['lettre-redigee-pour-elle'], texte: 'La lettre à la direction, elle, était de votre main.' },
        { si: ['annonce-par-vous'], texte: 'Et la réponse de la direction a été annoncée par vous, pas par la déléguée.' },
        { si: ['reponse-retenue'], texte: 'Et la réponse provisoire de la direction a été retenue trois semaines.' },
      ],
    },
    {
      type: 'fin',
      id: 'fin-droits-nies',
      titre: 'Des droits niés par erreur',
      issues: ['acceptable', 'a-revoir'],
      texte:
        'Hugo a renoncé à un congé auquel il avait droit, et Lisa a appris ailleurs que votre réponse était fausse. Depuis 2022 et 2023, les travailleurs d’ESAT ont des droits proches du droit commun : un moniteur doit en connaître l’essentiel.',
      variantes: [
        { si: ['annonce-par-nadege'], texte: 'La demande sur le froid, elle, a abouti et Nadège en a rendu compte elle-même.' },
        { si: ['annonce-par-vous'], texte: 'La demande sur le froid a abouti, mais c’est vous qui l’avez annoncée.' },
        { si: ['reponse-retenue'], texte: 'Et la réponse provisoire sur le froid a été retenue trois semaines.' },
      ],
    },
    {
      type: 'fin',
      id: 'fin-alerte',
      titre: 'Une alerte qui n’a pas été entendue',
      issues: ['a-revoir'],
      suppose: ['demande-decouragee'],
      texte:
        'La demande de Nadège a été découragée, puis Yves s’est blessé à un poste qu’il avait signalé comme dangereux. Une alerte se prend au sérieux : le travailleur d’ESAT dispose du droit d’alerte et de retrait (loi n° 2023-1196). Reprenez en écoutant la déléguée dès mardi.',
    },
    {
      type: 'fin',
      id: 'fin-a-revoir',
      titre: 'Une expression qui s’éteint',
      issues: ['a-revoir'],
      texte:
        'Trois semaines sans réponse, puis un conseil de patienter encore : Nadège ne se représentera pas, et l’équipe apprend que sa parole ne compte pas. Reprenez la mise en situation en transmettant par le bon circuit, avec la déléguée, et en revenant vers l’équipe.',
      variantes: [
        { si: ['cvs-conseille'], texte: 'Le CVS, conseillé mardi, n’était pas la voie rapide qu’une question de sécurité demandait.' },
        { si: ['deleguee-contournee'], texte: 'Depuis que la demande lui a été retirée, plus personne ne la suivait.' },
      ],
    },
  ],
  debrief: {
    'B1.C4.CR1': {
      texte:
        'Informer les personnes de leurs droits en mots simples : congés pour une naissance (CASF art. R243-12), droit de grève et droit syndical, droit d’alerte et de retrait (loi n° 2023-1196), chemins possibles pour une demande.',
      lien: '/cours/bloc-1/droits-expression#informer',
    },
    'B1.C4.CR2': {
      texte:
        'Soutenir la déléguée des travailleurs : l’écouter, lui libérer du temps, l’aider sans écrire ni parler à sa place, la laisser porter la demande et la réponse.',
      lien: '/cours/bloc-1/droits-expression#delegue',
    },
    'B1.C4.CR3': {
      texte:
        'Transmettre par le bon circuit (direction, instance mixte), suivre la demande et revenir vers l’équipe avec la réponse, même partielle.',
      lien: '/cours/bloc-1/droits-expression#transmettre',
    },
    'B1.C3.CR3': {
      texte:
        'Aider Nadège à agir sur un obstacle qui compte pour elle et ses collègues, en lui présentant les options et en la laissant choisir, sans décider à sa place.',
      lien: '/cours/bloc-1/autodetermination#pouvoir-agir',
    },
  },
});
