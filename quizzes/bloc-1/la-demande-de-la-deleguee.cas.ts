import { defineCas } from '#auteur';

export default defineCas({
  id: 'la-demande-de-la-deleguee',
  titre: 'La demande de la déléguée',
  description:
    'Une déléguée des travailleurs porte une demande collective sur le froid dans l’atelier : l’écouter, la soutenir sans prendre sa place, transmettre, faire un retour et informer sur les droits.',
  bloc: 'B1',
  h5p: true,
  contexte:
    'Vous êtes moniteur ou monitrice de l’atelier de sous-traitance industrielle d’un ESAT. L’équipe de dix travailleurs monte et sertit des faisceaux de câbles pour un équipementier : 600 pièces à livrer vendredi. Nous sommes en janvier, et le chauffage démarre mal le matin.',
  personnages: [
    { nom: 'Nadège', role: 'travailleuse, élue déléguée des travailleurs l’an dernier' },
    { nom: 'Yves', role: 'travailleur au poste de sertissage' },
    { nom: 'Hugo', role: 'travailleur, bientôt père' },
    { nom: 'Lisa', role: 'travailleuse, curieuse de l’actualité' },
  ],
  criteres: ['B1.C4.CR1', 'B1.C4.CR2', 'B1.C4.CR3', 'B1.C3.CR3'],
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
          texte:
            'Vous l’invitez à s’asseoir et vous lui demandez ce que disent précisément ses collègues et ce qu’ils proposent.',
          suivant: 'ecoute',
          consequence:
            'Nadège sort un papier : le thermomètre affichait 14 °C à 8 h ; trois personnes ont les doigts engourdis. Les collègues proposent de commencer par la coupe et le tri jusqu’à 9 h 30, et de tester des gants fins.',
          feedback:
            'Vous reconnaissez le rôle de la déléguée en prenant le temps de l’écouter, et vous découvrez une demande précise, avec des propositions.',
          scores: { 'B1.C4.CR2': 2 },
        },
        {
          id: 'decourager',
          texte: 'Vous lui répondez que vous êtes au courant, que c’est la chaudière et qu’il ne sert à rien d’en parler.',
          suivant: 'presse',
          consequence: 'Nadège repart, déçue. À la pause, elle dit aux collègues qu’« il n’y a rien à faire ».',
          feedback:
            'Décourager une demande sans l’écouter ni la transmettre disqualifie la déléguée et laisse le problème intact.',
          scores: { 'B1.C4.CR2': 0, 'B1.C4.CR3': 0 },
        },
        {
          id: 'regler-seul',
          texte: 'Vous lui dites que vous allez régler ça vous-même avec le service technique : elle peut retourner à son poste.',
          suivant: 'contourne',
          consequence: 'Nadège retourne à son poste. Vous appelez le service technique dans la matinée.',
          feedback:
            'L’intention est bonne et la demande avance, mais la déléguée est écartée de la demande qu’elle portait.',
          scores: { 'B1.C4.CR2': 0, 'B1.C4.CR3': 1, 'B1.C3.CR3': 0 },
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
          texte:
            'Vous lui présentez les chemins possibles (direction, instance mixte compétente sur les conditions de travail et la sécurité, CVS) et vous lui demandez ce qu’elle choisit. Vous proposez votre aide si elle la souhaite.',
          suivant: 'preparer',
          consequence:
            'Nadège réfléchit, puis décide d’écrire à la direction et de demander que le sujet soit inscrit à la prochaine instance mixte. Elle accepte votre aide pour rédiger.',
          feedback:
            'Vous l’informez de ses possibilités en termes simples et vous la laissez décider : elle garde la main sur la demande qu’elle porte.',
          scores: { 'B1.C4.CR1': 2, 'B1.C3.CR3': 2 },
        },
        {
          id: 'attendre-cvs',
          texte: 'Vous lui conseillez de présenter la demande à la prochaine réunion du CVS, dans deux mois.',
          suivant: 'attente',
          consequence: 'Nadège note la date. En attendant, rien ne change dans l’atelier.',
          feedback:
            'Le CVS peut traiter des sujets collectifs, mais une question de sécurité et de conditions de travail mérite une voie plus rapide : la direction et l’instance mixte.',
          scores: { 'B1.C4.CR1': 1, 'B1.C4.CR2': 1 },
        },
        {
          id: 'ecrire-a-sa-place',
          texte: 'Vous rédigez vous-même un courriel à la direction, plus efficace, et vous le lui montrez ensuite.',
          suivant: 'contourne',
          consequence: 'Le courriel part dans l’heure. Nadège le lit sans trop comprendre les termes employés.',
          feedback:
            'La demande est transmise, mais avec vos mots et votre nom : la déléguée devient spectatrice de sa propre démarche.',
          scores: { 'B1.C4.CR3': 1, 'B1.C3.CR3': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'presse',
      titre: 'Jeudi, 8 h 30',
      texte:
        'Il fait toujours froid. Yves repose la pince à sertir : « Mes doigts ne sentent plus rien. J’ai peur de me pincer. Je ne continue pas comme ça. »',
      choix: [
        {
          id: 'reprendre',
          texte:
            'Vous proposez à Yves une tâche de préparation en attendant que l’atelier se réchauffe, puis vous allez voir Nadège pour reprendre sa demande avec elle.',
          suivant: 'ecoute',
          consequence:
            'Yves passe à la coupe. Vous dites à Nadège que vous avez eu tort mardi. Elle vous réexplique la demande des collègues et leurs propositions.',
          feedback:
            'Vous prenez au sérieux l’alerte d’Yves et vous revenez vers la déléguée : reconnaître son erreur rétablit la confiance.',
          scores: { 'B1.C4.CR1': 1, 'B1.C4.CR2': 1 },
        },
        {
          id: 'continuer',
          texte: 'Vous lui dites que tout le monde a froid et qu’il doit continuer, la livraison est demain.',
          suivant: 'fin-a-revoir',
          consequence: 'À 10 h, Yves se pince le doigt dans la pince. L’équipe ne parle plus du froid à Nadège.',
          feedback:
            'Yves signalait un risque pour sa santé. Depuis la loi n° 2023-1196, le travailleur d’ESAT dispose du droit d’alerte et de retrait : une alerte se prend au sérieux.',
          scores: { 'B1.C4.CR1': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'contourne',
      titre: 'Mercredi, 14 h',
      texte:
        'Le service technique promet de régler la chaudière « dès que possible ». Nadège vient vous voir : « Les collègues disent que c’est toi qui as tout réglé. Alors à quoi je sers, moi ? »',
      choix: [
        {
          id: 'rendre-la-main',
          texte:
            'Vous reconnaissez avoir agi à sa place et vous lui proposez de porter elle-même la suite (organisation du matin, gants) auprès de la direction et de l’instance mixte, avec votre appui si elle le souhaite.',
          suivant: 'preparer',
          consequence: 'Nadège est surprise, puis accepte. Elle veut écrire à la direction, avec votre aide pour les mots.',
          feedback:
            'Rendre la main à la déléguée répare le contournement : c’est elle qui porte la parole de ses collègues.',
          scores: { 'B1.C4.CR2': 1, 'B1.C3.CR3': 1 },
        },
        {
          id: 'minimiser',
          texte: 'Vous lui expliquez que l’essentiel est que le problème soit réglé, peu importe qui s’en occupe.',
          suivant: 'attente',
          consequence: 'Nadège hausse les épaules et repart. Le service technique ne donne plus de nouvelles.',
          feedback:
            'Peu importe qui s’en occupe ? Pas pour l’expression collective : une déléguée contournée perd la confiance de ses collègues.',
          scores: { 'B1.C4.CR2': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'preparer',
      titre: 'Mercredi, 15 h',
      texte:
        'Nadège veut écrire la demande maintenant, pour qu’elle parte avant la fin de la semaine. Elle est au poste de montage, et les 600 faisceaux doivent partir vendredi.',
      choix: [
        {
          id: 'appui',
          texte:
            'Vous organisez son remplacement au poste pour une heure. Elle dicte, vous reformulez, elle valide ; vous joignez vos relevés de température.',
          suivant: 'reponse',
          consequence:
            'La lettre part le soir même, signée par Nadège, avec une copie en pictogrammes pour les collègues. Deux travailleurs se répartissent son poste ; la commande reste tenable.',
          feedback:
            'Vous libérez du temps pour la déléguée malgré la commande, vous l’aidez à mettre en mots sans écrire à sa place, et vous apportez vos propres observations.',
          scores: { 'B1.C4.CR2': 2, 'B1.C3.CR3': 2 },
        },
        {
          id: 'pause-midi',
          texte: 'Vous lui proposez de faire ça demain pendant la pause de midi, pour ne pas retarder la commande.',
          suivant: 'reponse',
          consequence: 'Nadège écrit seule, pendant sa pause, une lettre courte. Elle part jeudi soir.',
          feedback:
            'La demande part, mais le mandat de déléguée passe après la production et empiète sur son temps de repos.',
          scores: { 'B1.C4.CR2': 0 },
        },
        {
          id: 'rediger',
          texte: 'Vous écrivez la lettre pendant qu’elle continue à travailler, puis elle la signe.',
          suivant: 'reponse',
          consequence: 'La lettre part le soir même. Nadège l’a signée sans la relire en détail.',
          feedback:
            'La demande part vite, mais ce sont vos mots : Nadège signe une demande qu’elle n’a pas construite.',
          scores: { 'B1.C4.CR2': 1, 'B1.C3.CR3': 0 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'attente',
      titre: 'Trois semaines plus tard',
      texte:
        'Rien n’a changé. À la pause, un collègue lance à Nadège : « Tu ne sers à rien, de toute façon. » Elle revient vous voir, les larmes aux yeux.',
      choix: [
        {
          id: 'relancer-ensemble',
          texte:
            'Vous reconnaissez que la demande n’aurait pas dû attendre. Vous l’aidez à écrire à la direction et à demander l’inscription du sujet à l’instance mixte, et vous joignez vos relevés.',
          suivant: 'reponse',
          consequence: 'La lettre part le jour même, signée par Nadège. Vous notez la demande dans le tableau de suivi de l’atelier.',
          feedback:
            'Mieux vaut tard que jamais : la demande repart par le bon circuit, portée par la déléguée, appuyée par vos observations.',
          scores: { 'B1.C4.CR2': 1, 'B1.C4.CR3': 1 },
        },
        {
          id: 'patienter',
          texte: 'Vous lui conseillez de patienter jusqu’au CVS, comme prévu.',
          suivant: 'fin-a-revoir',
          consequence: 'Nadège laisse tomber. Elle dit qu’elle ne se représentera pas.',
          feedback:
            'Laisser une demande sans suite ni relance pendant des semaines apprend à toute l’équipe que s’exprimer ne sert à rien.',
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
          texte:
            'Vous mettez en place l’organisation du matin dès lundi et vous proposez à Nadège de présenter elle-même la réponse au point du matin, avec un support simple.',
          suivant: 'questions',
          consequence:
            'Lundi, Nadège explique la réponse avec trois dessins : la chaudière, la coupe avant 9 h 30, les gants. Les collègues l’applaudissent. Vous complétez le tableau de suivi.',
          feedback:
            'Le retour est fait, par la personne qui a porté la demande, dans des termes accessibles : l’expression collective a produit un effet visible.',
          scores: { 'B1.C4.CR2': 2, 'B1.C4.CR3': 2 },
        },
        {
          id: 'vous-annoncez',
          texte: 'Vous annoncez vous-même la réponse à l’équipe au point du matin, c’est plus rapide.',
          suivant: 'questions',
          consequence: 'L’équipe est contente. Plusieurs collègues remercient le moniteur ; Nadège reste au fond.',
          feedback:
            'Le retour est fait, c’est l’essentiel. Mais en annonçant à la place de la déléguée, vous la rendez invisible.',
          scores: { 'B1.C4.CR2': 0, 'B1.C4.CR3': 1 },
        },
        {
          id: 'attendre-tout',
          texte: 'Vous attendez la réponse sur les gants pour tout annoncer en une seule fois.',
          suivant: 'questions',
          consequence: 'Pendant trois semaines, l’équipe ignore qu’une solution provisoire a été accordée, et continue à sertir dans le froid.',
          feedback:
            'Une réponse partielle est déjà une réponse : la retenir prive l’équipe d’une amélioration immédiate.',
          scores: { 'B1.C4.CR3': 0 },
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
          texte:
            'Vous répondez à Hugo qu’il a droit à un congé pour la naissance et vous l’aidez à faire sa demande. À Lisa, que la loi de 2023 a ouvert le droit de grève et le droit syndical, et vous proposez un temps d’information avec la direction et Nadège.',
          suivant: 'fin-optimale',
          consequence:
            'Hugo remplit sa demande avec vous le jour même. Le temps d’information est programmé ; Nadège prépare une affiche en FALC avec deux collègues.',
          feedback:
            'Une information juste, en mots simples, une aide concrète pour la démarche, et un relais collectif pour les questions qui concernent tout le monde.',
          scores: { 'B1.C4.CR1': 2, 'B1.C4.CR3': 2 },
        },
        {
          id: 'repondre-faux',
          texte: 'Vous répondez que ces droits sont réservés aux salariés et que les travailleurs d’ESAT n’y ont pas accès.',
          suivant: 'fin-a-revoir',
          consequence: 'Hugo ne pose pas de congé. Lisa apprend plus tard, par une amie, que vous vous êtes trompé.',
          feedback:
            'Ces deux droits existent pour les travailleurs d’ESAT : le congé pour une naissance est prévu par le code de l’action sociale et des familles (art. R243-12), le droit de grève par la loi n° 2023-1196.',
          scores: { 'B1.C4.CR1': 0 },
        },
        {
          id: 'renvoyer',
          texte: 'Vous leur conseillez de se renseigner au secrétariat, vous n’êtes pas spécialiste du droit.',
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
      titre: 'Une voix qui compte',
      issues: ['optimale', 'acceptable', 'a-revoir'],
      texte:
        'La demande collective a été entendue, portée par la déléguée, transmise au bon endroit et suivie d’une réponse visible. Les droits individuels et collectifs ont été expliqués simplement. Dans cet atelier, chacun sait maintenant que s’exprimer sert à quelque chose.',
    },
    {
      type: 'fin',
      id: 'fin-acceptable',
      titre: 'Des droits connus à moitié',
      issues: ['optimale', 'acceptable', 'a-revoir'],
      texte:
        'La demande collective a abouti, mais les questions de droits ont été renvoyées ailleurs sans réponse ni accompagnement. Le moniteur n’a pas à tout savoir, mais il connaît l’essentiel et aide la personne à faire sa démarche.',
    },
    {
      type: 'fin',
      id: 'fin-a-revoir',
      titre: 'Une expression qui s’éteint',
      issues: ['acceptable', 'a-revoir'],
      texte:
        'Une alerte ignorée, une demande qui s’enlise ou une information fausse : l’équipe apprend que ses droits et sa parole ne comptent pas vraiment. Reprenez la mise en situation en écoutant la déléguée, en transmettant par le bon circuit et en revenant vers l’équipe.',
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
