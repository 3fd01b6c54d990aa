import { defineCas } from '#auteur';

export default defineCas({
  id: 'samia-la-photo-et-le-curateur',
  titre: 'Samia, la photo et le curateur',
  description:
    'Dans une entreprise adaptée, une journée où la santé d’une salariée, une photo pour le client et l’appel de son curateur mettent à l’épreuve le partage d’informations, le droit à l’image et ce que la personne décide seule.',
  bloc: 'B1',
  contexte:
    'Vous êtes moniteur ou monitrice d’atelier dans une entreprise adaptée de soixante salariés : une entreprise du milieu ordinaire, soumise au code du travail, dont les salariés en situation de handicap ont un contrat de travail. Vous encadrez la ligne de conditionnement à façon d’un fabricant de cosmétiques : huit salariés, 4 000 coffrets à expédier vendredi. Mardi, en fin de journée, Samia, salariée en CDI, a eu un malaise à son poste ; elle a repris ce matin. Il y a un mois, elle vous a confié qu’elle est épileptique et qu’elle est sous curatelle.',
  personnages: [
    { nom: 'Samia', role: 'salariée en CDI de l’entreprise adaptée, au poste d’étiquetage' },
    { nom: 'Bruno', role: 'salarié, voisin de poste de Samia' },
    { nom: 'Didier', role: 'chef de ligne, salarié de l’entreprise adaptée' },
    { nom: 'Mme Lefort', role: 'responsable communication du client' },
    { nom: 'M. Caron', role: 'mandataire judiciaire, curateur de Samia' },
  ],
  criteres: ['B1.C8.CR3', 'B1.C2.CR4', 'B1.C4.CR4'],
  drapeaux: {
    'diagnostic-divulgue': 'Vous avez dit à Bruno que Samia est épileptique.',
    'samia-consultee': 'Samia a choisi ce que ses voisins de poste savent de la conduite à tenir.',
    affiche: 'Une consigne nominative sur les malaises de Samia a été affichée près de la ligne.',
    'rien-prevu': 'Rien n’a été prévu avec la ligne si Samia fait une nouvelle crise.',
    'photos-consenties': 'Seuls les salariés qui ont accepté cet usage ont été photographiés.',
    'photos-sans-accord': 'La ligne a été photographiée sans demander l’accord de chacun.',
    'photos-opt-out': 'La photo a été annoncée au groupe, et ceux qui refusaient ont dû sortir du champ.',
    'appel-dit-a-samia': 'Samia sait que son curateur a appelé et ce qui lui a été dit.',
    'curateur-informe-sante': 'Vous avez parlé au curateur du malaise de Samia.',
    'photo-retiree': 'Samia a été retirée de la photo en attendant la signature de son curateur.',
    'decision-renvoyee': 'Vous avez renvoyé au curateur la décision de Samia sur sa photo.',
    'samia-informee-droits': 'Vous avez expliqué à Samia qu’elle décide elle-même de son image.',
    'note-complete': 'Le cahier de la ligne mentionne le malaise et la curatelle de Samia.',
    'message-perso': 'Vous avez écrit au remplaçant depuis votre téléphone personnel.',
  },
  debut: 'matin',
  noeuds: [
    {
      type: 'situation',
      id: 'matin',
      titre: 'Mercredi, 8 h 10',
      texte:
        'Avant la prise de poste, Bruno vous prend à part : « Samia, hier, elle est tombée d’un coup. Elle a quoi ? On a le droit de savoir, non ? Moi je suis juste à côté, je ne sais pas quoi faire si ça recommence. »',
      choix: [
        {
          id: 'recentrer',
          texte:
            'Vous lui dites que vous ne parlez pas de la santé d’une collègue, mais que sa question sur ce qu’il faut faire est juste : vous allez voir cela avec elle.',
          suivant: 'conduite',
          consequence: 'Bruno hoche la tête : « D’accord, tant qu’on sait quoi faire. » Il prend son poste.',
          feedback:
            'Vous gardez pour vous ce que Samia vous a confié, et vous entendez la vraie question de Bruno : sa sécurité et celle de Samia, qui se traite sans diagnostic.',
          scores: { 'B1.C8.CR3': 2 },
        },
        {
          id: 'rassurer-diagnostic',
          texte:
            'Pour couper court aux rumeurs et le rassurer, vous lui expliquez en deux phrases qu’elle est épileptique, que ce n’est pas contagieux et que ça passe vite.',
          suivant: 'conduite',
          consequence:
            'Bruno est soulagé. À la pause de 10 h, toute la ligne sait que Samia est épileptique ; quelqu’un le répète à Didier.',
          feedback:
            'L’intention est d’apaiser, mais vous révélez une donnée de santé que Samia vous avait confiée, à un collègue qui n’en a pas besoin : la consigne utile se donne sans diagnostic, et avec son accord.',
          scores: { 'B1.C8.CR3': 0 },
          pose: ['diagnostic-divulgue'],
          piege: true,
        },
        {
          id: 'couper-court',
          texte:
            'Vous lui répondez que la santé de Samia ne regarde qu’elle et le service de santé au travail, et vous lui demandez de prendre son poste.',
          suivant: 'conduite',
          consequence: 'Bruno prend son poste, vexé. Il répète à la pause qu’« on ne nous dit jamais rien ».',
          feedback:
            'Le secret est gardé, mais la question de Bruno sur la conduite à tenir reste sans réponse : vous pouviez la reconnaître sans rien révéler.',
          scores: { 'B1.C8.CR3': 1 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'conduite',
      titre: '9 h 30, au bout de la ligne',
      texte:
        'Didier, le chef de ligne, vous rejoint : « Pour la sécurité, je propose d’afficher près de la ligne ce qu’il faut faire si Samia refait un malaise. Tout le monde saura réagir. »',
      variantes: [
        {
          si: ['diagnostic-divulgue'],
          texte: 'Il ajoute : « De toute façon, tout le monde sait qu’elle est épileptique, maintenant. » Au poste d’étiquetage, Samia a les yeux rouges.',
        },
      ],
      choix: [
        {
          id: 'demander-samia',
          sauf: ['diagnostic-divulgue'],
          texte:
            'Vous proposez d’abord à Samia d’en parler seule avec vous : ce qu’elle veut que ses voisins sachent, et la conduite à tenir à voir avec la santé au travail.',
          suivant: 'newsletter',
          consequence:
            'Samia choisit : ses deux voisins de poste sauront quoi faire en cas de malaise (protéger, prévenir le chef de ligne, suivre la procédure), sans le mot « épilepsie ». Rien n’est affiché. Elle demande elle-même un rendez-vous au service de prévention et de santé au travail.',
          feedback:
            'La sécurité est traitée, et c’est Samia qui décide de ce qui est dit sur sa santé : le minimum utile, aux seules personnes qui en ont besoin.',
          scores: { 'B1.C2.CR4': 2, 'B1.C8.CR3': 2 },
          pose: ['samia-consultee'],
        },
        {
          id: 'reparer-avec-samia',
          si: ['diagnostic-divulgue'],
          texte:
            'Vous allez voir Samia, vous lui dites que c’est vous qui en avez parlé à Bruno, puis vous lui demandez ce qu’elle veut que ses voisins sachent désormais.',
          suivant: 'newsletter',
          consequence:
            'Samia est blessée, mais elle apprécie votre franchise. Elle choisit ce que ses deux voisins doivent savoir faire en cas de malaise ; rien n’est affiché. Ce qui a circulé ce matin ne se rattrape pas.',
          feedback:
            'Reconnaître l’erreur et rendre la main à Samia sur la suite, c’est ce qu’il reste à faire ; mais l’information a déjà fait le tour de la ligne.',
          scores: { 'B1.C2.CR4': 1, 'B1.C8.CR3': 1 },
          pose: ['samia-consultee'],
        },
        {
          id: 'afficher-sans-diagnostic',
          texte:
            'Vous validez l’idée de Didier, mais sans diagnostic : une consigne « En cas de malaise de Samia : la protéger, prévenir le chef de ligne », affichée près de la ligne.',
          suivant: 'newsletter',
          consequence:
            'L’affiche est posée à 10 h. Les chauffeurs du client qui viennent charger les palettes la lisent aussi. Samia la découvre à la pause et la décroche.',
          feedback:
            'Sans diagnostic, la consigne désigne quand même Samia à tous ceux qui passent, sans qu’elle ait été consultée : une information sur la santé d’une personne nommée reste une donnée de santé.',
          scores: { 'B1.C2.CR4': 0, 'B1.C8.CR3': 1 },
          pose: ['affiche'],
          piege: true,
        },
        {
          id: 'rien-prevoir',
          texte:
            'Vous refusez l’affichage et vous n’en parlez pas à Samia : sa santé relève de sa vie privée, et lui en reparler pourrait la mettre mal à l’aise.',
          suivant: 'newsletter',
          consequence: 'Rien n’est affiché. Bruno et les autres ne savent toujours pas quoi faire si Samia refait un malaise.',
          feedback:
            'Sa vie privée est respectée, mais la sécurité reste en suspens : c’est avec Samia, et non à sa place, que se décide ce qu’il est utile de partager.',
          scores: { 'B1.C2.CR4': 1, 'B1.C8.CR3': 0 },
          pose: ['rien-prevu'],
        },
      ],
    },
    {
      type: 'situation',
      id: 'newsletter',
      titre: '11 h, visite du client',
      texte:
        'Mme Lefort, du service communication du client, arrive avec un photographe : « Nous voulons la ligne en action pour notre lettre d’information et notre site, aujourd’hui si possible. » Le responsable commercial de l’entreprise adaptée, qui l’accompagne, vous glisse : « Pas de souci, les contrats de travail ont une clause sur le droit à l’image. »',
      choix: [
        {
          id: 'consentement-chacun',
          texte:
            'Vous demandez dix minutes : vous expliquez à chaque salarié l’usage, les supports et la durée, puis vous ne faites photographier que ceux qui acceptent.',
          suivant: 'curateur',
          consequence:
            'Six salariés acceptent, dont Samia, ravie. Bruno refuse : il ne veut pas apparaître sur le site d’un client. Le photographe cadre sans lui. Mme Lefort repart avec ses photos et un accord écrit pour chacun.',
          feedback:
            'Le consentement porte sur une finalité, un support et une durée précis (C. civ., art. 9) : une clause générale signée à l’embauche ne couvre pas la lettre d’information d’un client.',
          scores: { 'B1.C2.CR4': 2 },
          pose: ['photos-consenties'],
        },
        {
          id: 'clause-contrat',
          texte:
            'Le délai est court et le responsable commercial est formel sur la clause : vous laissez le photographe travailler pendant que la ligne tourne, pour ne pas ralentir l’expédition.',
          suivant: 'curateur',
          consequence:
            'Les photos sont prises en vingt minutes. En fin de matinée, Bruno vient vous voir, furieux : il ne veut pas que son visage paraisse sur le site du client.',
          feedback:
            'Une clause générale du contrat de travail ne vaut pas consentement pour la lettre d’information d’un tiers : chaque salarié reconnaissable doit accepter cet usage précis.',
          scores: { 'B1.C2.CR4': 0 },
          pose: ['photos-sans-accord'],
          piege: true,
        },
        {
          id: 'annonce-au-groupe',
          texte:
            'Vous annoncez à toute la ligne qu’une photo va être prise pour le client, et que ceux qui ne souhaitent pas y figurer peuvent sortir du champ.',
          suivant: 'curateur',
          consequence:
            'Personne n’ose sortir devant les autres. Bruno reste, mâchoires serrées. Les photos sont prises sans accord écrit ni précision sur les supports.',
          feedback:
            'Les salariés sont informés, mais un accord donné en groupe, sans connaître les supports ni la durée, n’est pas un consentement libre et précis.',
          scores: { 'B1.C2.CR4': 1 },
          pose: ['photos-opt-out'],
        },
      ],
    },
    {
      type: 'situation',
      id: 'curateur',
      titre: '14 h, un appel',
      texte:
        'M. Caron, mandataire judiciaire, se présente comme le curateur de Samia : « Je prépare son budget. Elle m’a dit vouloir passer à 80 %, c’est fait ? Et j’ai cru comprendre qu’elle avait eu un malaise au travail : que s’est-il passé ? »',
      choix: [
        {
          id: 'echange-avec-samia',
          texte:
            'Vous lui répondez que vous ne parlez ni de sa santé ni de sa situation sans Samia, et vous proposez de la rappeler avec elle ; puis vous la prévenez.',
          suivant: 'samia',
          consequence:
            'M. Caron accepte. Samia le rappelle avec vous à 15 h : elle lui explique elle-même son projet de temps partiel. Du malaise, elle ne dit que ce qu’elle veut.',
          feedback:
            'En entreprise adaptée, vous êtes l’encadrant d’une salariée, pas un professionnel d’un établissement médico-social : rien ne se transmet à un tiers sans elle. Et c’est à Samia de parler de son projet.',
          scores: { 'B1.C4.CR4': 2, 'B1.C8.CR3': 2 },
          pose: ['appel-dit-a-samia'],
        },
        {
          id: 'tout-dire',
          texte:
            'Un mandataire judiciaire fait partie des professionnels autorisés à recevoir des informations : vous lui confirmez la demande de 80 % et lui racontez le malaise, pour qu’il veille sur elle.',
          suivant: 'samia',
          consequence:
            'M. Caron vous remercie. Le soir, il appelle Samia pour lui parler de son « épilepsie au travail » ; elle ne comprend pas comment il le sait.',
          feedback:
            'La liste des professionnels autorisés à partager vaut dans les établissements médico-sociaux, et pour le strict nécessaire. Ici, Samia est salariée d’une entreprise adaptée : sa santé et sa demande ne se transmettent pas sans elle.',
          scores: { 'B1.C4.CR4': 0, 'B1.C8.CR3': 0 },
          pose: ['curateur-informe-sante'],
          piege: true,
        },
        {
          id: 'raccrocher',
          texte:
            'Vous lui répondez poliment que vous ne donnez aucune information sur un salarié par téléphone, et vous reprenez le travail sans en parler à Samia.',
          suivant: 'samia',
          consequence: 'M. Caron raccroche, agacé, et rappelle le service des ressources humaines. Samia n’apprend l’appel que le lendemain.',
          feedback:
            'Vous ne divulguez rien, c’est juste ; mais Samia ignore que son curateur cherche à savoir, et personne ne l’aide à faire le lien avec lui.',
          scores: { 'B1.C4.CR4': 0, 'B1.C8.CR3': 1 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'samia',
      titre: '15 h 30, à la pause',
      texte:
        'Samia vient vous voir, soucieuse : « Mon curateur dit que pour le 80 %, c’est lui qui décide. Et la photo pour le client, il faudrait aussi qu’il signe ? Je ne sais plus ce que j’ai le droit de faire. »',
      variantes: [
        { si: ['photos-consenties'], texte: 'Elle avait accepté la photo ce matin avec plaisir.' },
        { si: ['photos-sans-accord'], texte: 'Personne ne lui a demandé son avis avant la photo de ce matin.' },
        { si: ['photos-opt-out'], texte: 'Ce matin, elle était restée dans le champ comme les autres, sans trop savoir pourquoi.' },
      ],
      choix: [
        {
          id: 'elle-decide',
          texte:
            'Vous lui expliquez simplement que son image, c’est elle qui en décide ; pour le temps partiel, qui change ses revenus, elle peut en parler avec son curateur, qui l’assiste.',
          suivant: 'transmission',
          consequence:
            'Samia se redresse : « Alors la photo, je la garde. » Elle prend rendez-vous avec M. Caron pour préparer sa demande de temps partiel au service des ressources humaines.',
          feedback:
            'Pour les décisions relatives à sa personne, comme son image, la personne protégée décide seule autant que son état le permet (C. civ., art. 459) ; la curatelle est une assistance pour les actes importants, pas une décision à sa place.',
          scores: { 'B1.C4.CR4': 2 },
          pose: ['samia-informee-droits'],
        },
        {
          id: 'curateur-signe',
          texte:
            'Par prudence, vous lui proposez de retirer sa photo de l’envoi au client jusqu’à ce que son curateur ait signé une autorisation : il est là pour la protéger.',
          suivant: 'transmission',
          consequence:
            'Mme Lefort reçoit la consigne de ne pas utiliser les photos où figure Samia. Samia, déçue, ne comprend pas pourquoi elle ne peut pas décider de sa propre image.',
          feedback:
            'L’autorisation du curateur n’est pas requise pour un acte personnel comme l’image : la personne décide elle-même, sauf représentation prévue par le juge. Ici, la prudence retire à Samia un droit qu’elle a.',
          scores: { 'B1.C4.CR4': 0 },
          pose: ['photo-retiree'],
          piege: true,
        },
        {
          id: 'attendre-curateur',
          texte:
            'Vous lui conseillez de tout voir avec son curateur avant de décider quoi que ce soit, la photo comme le temps partiel : il connaît mieux que vous ses droits.',
          suivant: 'transmission',
          consequence: 'Samia repart sans réponse. Elle attend le rendez-vous avec M. Caron, dans trois semaines, pour savoir si elle peut garder sa photo.',
          feedback:
            'Orienter vers le curateur est utile pour ce qui touche à ses revenus, mais pour son image, Samia pouvait décider tout de suite : vous renvoyez à un tiers une décision qui lui appartient.',
          scores: { 'B1.C4.CR4': 1 },
          pose: ['decision-renvoyee'],
        },
      ],
    },
    {
      type: 'situation',
      id: 'transmission',
      titre: '17 h, fin de journée',
      texte:
        'Demain, vous êtes en formation : un moniteur remplaçant prendra la ligne. Vous devez lui laisser ce qu’il faut pour la journée. L’entreprise a un cahier de ligne, lu par toute l’équipe d’encadrement, et une messagerie interne.',
      choix: [
        {
          id: 'note-factuelle',
          texte:
            'Dans le cahier de ligne, vous notez le planning et les consignes de poste, rien sur la santé de quiconque ; la demande de Samia part aux ressources humaines par la messagerie interne.',
          suivant: 'fin-transmise',
          consequence:
            'Le remplaçant sait organiser la ligne, sans rien savoir de la santé ni de la curatelle de Samia. Les ressources humaines ont sa demande.',
          feedback:
            'Chacun reçoit ce qui sert sa mission : le remplaçant la consigne de poste, les ressources humaines la demande de Samia. Ni diagnostic ni mesure de protection dans un cahier partagé.',
          scores: { 'B1.C8.CR3': 2, 'B1.C2.CR4': 2 },
        },
        {
          id: 'note-complete',
          texte:
            'Pour que le remplaçant ne soit pas pris au dépourvu, vous écrivez tout dans le cahier de ligne : le malaise d’hier, son épilepsie, sa curatelle et l’appel de M. Caron.',
          suivant: 'fin-fuite',
          consequence:
            'Le lendemain, le remplaçant lit la note… et la stagiaire du service qualité aussi, qui consulte le cahier chaque matin.',
          feedback:
            'Un cahier partagé n’est pas un dossier : le diagnostic et la curatelle n’y ont pas leur place. La consigne utile suffit au remplaçant.',
          scores: { 'B1.C8.CR3': 0, 'B1.C2.CR4': 0 },
          pose: ['note-complete'],
          piege: true,
        },
        {
          id: 'message-perso',
          texte:
            'Vous écrivez au remplaçant, depuis votre téléphone personnel, un message court : « Attention Samia épilepsie, curateur a appelé, demande de 80 % en cours. »',
          suivant: 'fin-fuite',
          consequence: 'Le remplaçant le lit dans le bus et le transfère à sa compagne, monitrice dans une autre entreprise, « pour avoir son avis ».',
          feedback:
            'Le remplaçant n’avait besoin que de la consigne de poste ; et une donnée de santé envoyée sur une messagerie personnelle échappe à tout contrôle : elle peut être transférée, conservée, lue par d’autres.',
          scores: { 'B1.C8.CR3': 0, 'B1.C2.CR4': 0 },
          pose: ['message-perso'],
        },
      ],
    },
    {
      type: 'fin',
      id: 'fin-transmise',
      titre: 'Des informations à leur place',
      issues: ['optimale', 'acceptable', 'a-revoir'],
      texte:
        'Ce soir, le cahier de ligne ne contient que ce dont le remplaçant a besoin : le planning et la consigne de poste. La demande de Samia est entre les mains des ressources humaines.',
      variantes: [
        {
          si: ['samia-consultee', 'photos-consenties', 'appel-dit-a-samia', 'samia-informee-droits'],
          sauf: ['diagnostic-divulgue'],
          texte:
            'Sa santé, son image, son projet : à chaque étape, c’est elle qui a décidé de ce qui était partagé. C’est le cadre d’une entreprise adaptée : une salariée, protégée par le code civil, le RGPD et le code du travail.',
        },
        { si: ['diagnostic-divulgue'], texte: 'Mais dès 8 h 10, son épilepsie avait fait le tour de la ligne : une confidence qui ne se rattrape pas.' },
        { si: ['affiche'], texte: 'L’affiche nominative posée à 10 h a pourtant exposé sa santé aux chauffeurs du client.' },
        { si: ['rien-prevu'], texte: 'Reste que rien n’a été prévu avec ses voisins de poste si elle refait un malaise.' },
        { si: ['photos-sans-accord'], texte: 'Les photos de la ligne ont été prises sans l’accord de chacun : Bruno demande qu’on retire la sienne.' },
        { si: ['photos-opt-out'], texte: 'Les photos ont été prises sur un accord de groupe que personne n’a osé refuser.' },
        { si: ['curateur-informe-sante'], texte: 'Son curateur, lui, a appris son malaise par vous, sans qu’elle le sache.' },
        { si: ['photo-retiree'], texte: 'Sa photo a été retirée en attendant une signature qui n’était pas nécessaire.' },
        { si: ['decision-renvoyee'], texte: 'Pour sa photo, Samia attend l’avis de son curateur sur une décision qui lui appartenait.' },
      ],
    },
    {
      type: 'fin',
      id: 'fin-fuite',
      titre: 'Une note de trop',
      issues: ['acceptable', 'a-revoir'],
      texte:
        'La journée a fini par une transmission de trop : la santé et la curatelle de Samia sont sorties du cercle des personnes qui en avaient besoin. Au remplaçant, la consigne de poste suffisait ; la demande de temps partiel relevait des ressources humaines.',
      variantes: [
        { si: ['note-complete'], texte: 'Le cahier de ligne, lu chaque matin par plusieurs services, porte désormais son diagnostic.' },
        { si: ['message-perso'], texte: 'Votre message a quitté les outils de l’entreprise et circule déjà hors de l’atelier.' },
        { si: ['samia-consultee'], sauf: ['diagnostic-divulgue'], texte: 'C’est d’autant plus dommage que, le matin, Samia avait elle-même choisi ce que ses voisins devaient savoir.' },
        { si: ['diagnostic-divulgue'], texte: 'Et son épilepsie avait déjà fait le tour de la ligne dès le matin.' },
        { si: ['photos-sans-accord'], texte: 'Les photos de la ligne, elles, ont été prises sans l’accord de chacun.' },
        { si: ['curateur-informe-sante'], texte: 'Son curateur a aussi appris son malaise par vous.' },
      ],
    },
  ],
  debrief: {
    'B1.C8.CR3': {
      texte:
        'Partager le minimum utile, avec ceux qui en ont besoin pour leur mission, et avec l’accord de la personne hors de ce cercle. En entreprise adaptée, la personne est salariée : le cadre du partage entre professionnels des établissements médico-sociaux (CSP, art. L1110-4 et R1110-2) ne s’applique pas.',
      lien: '/cours/bloc-1/secret-partage-informations#partage',
    },
    'B1.C2.CR4': {
      texte:
        'Une information sur la santé d’une personne nommée est une donnée de santé (RGPD, art. 9) : ni affichage, ni cahier partagé, ni téléphone personnel. Pour une photo, un consentement de chacun pour une finalité, un support et une durée précis (C. civ., art. 9).',
      lien: '/cours/bloc-1/secret-partage-informations#droit-image',
    },
    'B1.C4.CR4': {
      texte:
        'Sous curatelle, la personne décide seule des actes personnels, comme son image, autant que son état le permet (C. civ., art. 459) ; le curateur l’assiste pour les actes importants. Le moniteur l’informe, la met en lien avec son curateur et ne parle pas à sa place.',
      lien: '/cours/bloc-1/droits-ressources#actes-personnels',
    },
  },
});
