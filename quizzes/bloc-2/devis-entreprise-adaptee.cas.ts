import { defineCas } from '#auteur';

// Ce qui, sur le chemin de l’apprenant, a fragilisé le prix, le devis ou la relation : les fins le racontent.
const ECARTS_DU_CHEMIN = [
  { si: ['temps-client'], sauf: ['temps-corrige'], texte: 'Le prix reposait sur les 40 secondes de la ligne du client : l’équipe en met près de 1,5 minute, et chaque coffret a coûté plus qu’il n’a rapporté.' },
  { si: ['temps-ancien'], sauf: ['temps-corrige'], texte: 'Le temps d’un ancien coffret a servi de base : le ruban de celui-ci demandait davantage, et la marge s’est réduite d’autant.' },
  { si: ['temps-corrige'], texte: 'Le temps n’a été mesuré avec l’équipe qu’au moment de la négociation : le premier prix envoyé au client était faux.' },
  { si: ['sous-evalue'], texte: 'Les heures avaient été comptées au SMIC brut, sans cotisations ni charges indirectes : l’entreprise a travaillé à perte sans le savoir.' },
  { si: ['achats-seuls'], texte: 'Les matières ont été chiffrées sans vos quantités : la casse des rubans n’était pas dans le prix.' },
  { si: ['prix-sous-cout'], texte: 'La remise de 30 %, accordée au nom de l’obligation d’emploi du client, a mis le prix sous le coût de revient.' },
  { si: ['date-sans-condition'], texte: 'Le devis garantissait une date sans condition : le retard des flacons du client a été porté au compte de l’atelier.' },
  { si: ['heures-sup'], texte: 'Des heures supplémentaires ont été demandées à l’équipe sans décision de la direction, pour cacher un retard au client.' },
  { si: ['annonce-tardive'], texte: 'Le retard n’a été annoncé au client que deux jours avant la livraison.' },
  { si: ['remise-promise'], texte: 'Une remise de 10 % a été promise au téléphone : Nadia a dû la reprendre avec le client.' },
  { si: ['client-contredit'], texte: 'Au téléphone, M. Ferrand s’est d’abord entendu contredire : la discussion est partie sur la défensive.' },
  { si: ['elodie-visee'], texte: 'Élodie a été désignée pour un défaut dû à la cale : elle parle depuis de quitter son CDD tremplin.' },
  { si: ['controle-seul'], texte: 'Le recontrôle de tout le deuxième lot a trié les rubans écrasés sans en supprimer la cause.' },
] as const;
const FAITS_D_ECART = ECARTS_DU_CHEMIN.flatMap((e) => e.si);

export default defineCas({
  id: 'devis-entreprise-adaptee',
  titre: 'Le devis des coffrets de Noël',
  description:
    'Dans une entreprise adaptée, chiffrer une commande avec l’équipe, préparer le devis avec la chargée d’affaires, tenir le client informé d’un retard et recevoir sa réclamation.',
  bloc: 'B2',
  contexte:
    'Vous êtes encadrant ou encadrante de l’atelier conditionnement des Ateliers du Lac, une entreprise adaptée de 45 salariés : les salariés ont un contrat de travail, sont payés au moins au SMIC et relèvent du code du travail. Lundi 13 octobre, 9 h : un laboratoire de cosmétiques, Siloé, demande un prix pour 6 000 coffrets de Noël (un flacon, un savon, une carte, un ruban noué), livrables en deux lots fin novembre. Siloé fournit les flacons et les savons. Nadia, chargée d’affaires, doit envoyer le devis vendredi.',
  personnages: [
    { nom: 'Nadia', role: 'chargée d’affaires, signe les devis avec la directrice et parle au client' },
    { nom: 'Yanis', role: 'salarié en CDI depuis huit ans, référent de l’assemblage' },
    { nom: 'Élodie', role: 'salariée en CDD tremplin depuis trois mois, 24 heures par semaine' },
    { nom: 'M. Ferrand', role: 'acheteur du laboratoire Siloé' },
  ],
  criteres: ['B2.C1.CR1', 'B2.C1.CR4', 'B2.C9.CR4', 'B2.C7.CR2'],
  drapeaux: {
    'temps-mesure': 'Le temps a été mesuré par une série d’essai avec Yanis et Élodie.',
    'temps-client': 'Le chiffrage repose sur le temps annoncé par le client.',
    'temps-ancien': 'Le chiffrage repose sur le temps d’une ancienne commande.',
    'sous-evalue': 'Les heures ont été valorisées au SMIC brut, sans cotisations ni charges indirectes.',
    'achats-seuls': 'Les matières ont été laissées au service achats, sans vos quantités.',
    'idee-elodie': 'L’offre reprend l’idée d’Élodie : des rubans prédécoupés fournis par le client.',
    'temps-corrige': 'Le temps a été mesuré avec l’équipe avant l’envoi du devis, et le prix refait.',
    'prix-sous-cout': 'Le prix a été baissé de 30 % au nom de l’obligation d’emploi du client.',
    'hypotheses-ecrites': 'Le devis écrit ses hypothèses : date des composants, échantillon, lots, validité, paiement.',
    'date-sans-condition': 'Le devis garantit une date de livraison sans condition.',
    'retard-annonce': 'Le retard des composants a été annoncé au client le jour même.',
    'annonce-tardive': 'Le retard a été annoncé au client deux jours avant la livraison.',
    'heures-sup': 'Des heures supplémentaires ont été demandées à l’équipe sans décision de la direction.',
    'faits-notes': 'Les faits de la réclamation ont été notés et transmis à Nadia.',
    'remise-promise': 'Une remise de 10 % a été promise au téléphone.',
    'client-contredit': 'Le client a d’abord été contredit au téléphone.',
    'causes-equipe': 'La cause des rubans écrasés a été trouvée avec l’équipe.',
    'elodie-visee': 'Un avertissement a été demandé contre Élodie.',
    'controle-seul': 'Vous recontrôlez seul tout le deuxième lot.',
  },
  debut: 'demande',
  noeuds: [
    {
      type: 'situation',
      id: 'demande',
      titre: 'Lundi, 9 h',
      texte:
        'Nadia vous montre l’échantillon de Siloé et le courriel de M. Ferrand : « Sur notre ligne, un coffret prend 40 secondes. » Elle voudrait votre temps par coffret dès demain pour commencer le chiffrage.',
      choix: [
        {
          id: 'serie-essai',
          texte: 'Vous proposez à Yanis et à Élodie de monter demain matin cent coffrets sur l’échantillon, chronomètre en main, et de noter ce qui les ralentit.',
          suivant: 'chiffrage',
          pose: ['temps-mesure'],
          consequence:
            'La série d’essai donne 1,5 minute par coffret, dont la moitié pour le ruban. Élodie remarque : « Si les rubans arrivaient coupés à la bonne longueur, on irait bien plus vite. »',
          feedback:
            'Le temps qui compte est celui de votre équipe, sur ce coffret, dans votre atelier. Demander aux salariés ce qui les ralentit fait aussi apparaître des idées.',
          scores: { 'B2.C1.CR1': 2, 'B2.C1.CR4': 2 },
        },
        {
          id: 'temps-client',
          piege: true,
          texte: 'Vous reprenez les 40 secondes de Siloé : c’est le même coffret, leur ligne est rodée, et Nadia pourra avancer son chiffrage dès ce soir au lieu d’attendre.',
          suivant: 'chiffrage',
          pose: ['temps-client'],
          consequence: 'Nadia part sur 40 secondes par coffret. Personne n’a encore monté un coffret dans l’atelier.',
          feedback:
            'Gagner une journée paraît utile, mais le temps du client a été mesuré sur sa ligne, avec ses opérateurs et ses machines : il ne dit rien du temps de votre équipe.',
          scores: { 'B2.C1.CR1': 0, 'B2.C1.CR4': 0 },
        },
        {
          id: 'commande-passee',
          texte: 'Vous reprenez le temps des coffrets de fête de l’an dernier, 1,2 minute, un produit très proche que l’équipe connaît bien.',
          suivant: 'chiffrage',
          pose: ['temps-ancien'],
          consequence: 'Nadia note 1,2 minute par coffret. Le ruban noué de Siloé, que l’ancien coffret n’avait pas, n’est pas compté.',
          feedback:
            'Mieux que le temps du client, mais un produit proche n’est pas le même produit : sans essai, ce qui change (ici le ruban) passe inaperçu.',
          scores: { 'B2.C1.CR1': 1, 'B2.C1.CR4': 1 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'chiffrage',
      titre: 'Mardi, 14 h',
      texte:
        'Nadia prépare le coût de revient. La direction applique un taux horaire de 24 €, construit sur des salaires au moins égaux au SMIC, cotisations et encadrement compris, et ajoute 15 % de charges indirectes au coût direct. Que lui transmettez-vous ?',
      variantes: [
        { si: ['temps-mesure'], texte: 'Vous avez le temps mesuré ce matin : 1,5 minute par coffret.' },
        { si: ['temps-client'], sauf: ['temps-corrige'], texte: 'Vous n’avez que les 40 secondes annoncées par le client.' },
        { si: ['temps-ancien'], sauf: ['temps-corrige'], texte: 'Vous avez le temps de l’ancien coffret : 1,2 minute.' },
      ],
      choix: [
        {
          id: 'cout-complet',
          texte: 'Les heures de production, de préparation et de contrôle, les quantités de rubans, de cales et de cartons, casse comprise ; la comptabilité ajoute ses 15 %.',
          suivant: 'negociation',
          consequence: 'Nadia obtient un coût de revient complet : temps, matières et charges. Elle y ajoute la marge décidée par la directrice.',
          feedback:
            'Le coût de revient réunit le temps, les matières (casse comprise) et les charges, directes et indirectes ; le taux horaire et la part de charges viennent de la direction.',
          scores: { 'B2.C1.CR4': 2 },
        },
        {
          id: 'smic-seul',
          piege: true,
          texte: 'Les heures valorisées au SMIC horaire brut, puisque c’est le salaire de l’équipe : un prix serré aidera à gagner ce client, qui pourrait revenir chaque année.',
          suivant: 'negociation',
          pose: ['sous-evalue'],
          consequence: 'Le coût présenté à la directrice est inférieur d’un bon tiers à celui calculé avec le taux de l’entreprise. Elle demande d’où vient l’écart.',
          feedback:
            'Le salaire brut n’est pas le coût d’une heure : il y manque les cotisations, l’encadrement et les charges indirectes. Un prix construit ainsi fait travailler l’entreprise à perte.',
          scores: { 'B2.C1.CR4': 0 },
        },
        {
          id: 'heures-seules',
          texte: 'Le nombre d’heures seulement : les prix des rubans et des cartons, c’est le service achats qui les connaît, il fera le reste.',
          suivant: 'negociation',
          pose: ['achats-seuls'],
          consequence: 'Le service achats chiffre les matières sur la nomenclature, sans la casse des rubans que vous aviez vue à l’essai ou à l’atelier.',
          feedback:
            'Les prix sont aux achats, mais les quantités réelles (chutes, casse, cales) se voient à l’atelier : ce sont vos éléments du devis.',
          scores: { 'B2.C1.CR4': 1 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'negociation',
      titre: 'Jeudi, 10 h',
      texte:
        'Nadia a transmis un premier prix. M. Ferrand le trouve élevé : « Avec une entreprise adaptée, je déduis 30 % de votre facture de ma contribution handicap. Vous pouvez bien baisser d’autant. » La directrice vous demande s’il existe une façon de réduire le coût.',
      variantes: [
        {
          si: ['temps-client'],
          texte: 'Entre-temps, Yanis a monté quelques coffrets pour l’échantillon : il lui faut près de 1,5 minute par coffret, pas 40 secondes.',
        },
      ],
      choix: [
        {
          id: 'options-techniques',
          si: ['temps-mesure'],
          texte: 'Vous proposez que Siloé livre les rubans coupés à longueur et accepte deux lots ; et vous rappelez à Nadia que la déduction du client porte sur 30 % de la main-d’œuvre.',
          suivant: 'redaction',
          pose: ['idee-elodie'],
          consequence:
            'Avec les rubans prédécoupés, l’équipe gagne un tiers du temps par coffret. Nadia explique à M. Ferrand que sa déduction se calcule sur le coût de la main-d’œuvre facturé, dans sa contribution. Il accepte la nouvelle offre.',
          feedback:
            'Le coût baisse par le travail, pas par la marge : l’idée d’Élodie réduit le temps. La déduction du client est de 30 % du coût de la main-d’œuvre, plafonnée, pas 30 % du prix.',
          scores: { 'B2.C1.CR4': 2, 'B2.C9.CR4': 2 },
        },
        {
          id: 'mesurer-puis-chercher',
          sauf: ['temps-mesure'],
          texte: 'Vous faites monter cinquante coffrets par Yanis et Élodie pour chiffrer juste et chercher avec eux un gain de temps ; vous rappelez à Nadia que la déduction porte sur la main-d’œuvre.',
          suivant: 'redaction',
          pose: ['temps-corrige', 'idee-elodie'],
          consequence:
            'L’essai donne 1,5 minute par coffret. Élodie propose que Siloé livre les rubans coupés à longueur : un tiers du temps gagné. Nadia refait le prix et explique à M. Ferrand le calcul de sa déduction ; il accepte la nouvelle offre.',
          feedback:
            'Mieux vaut tard que jamais : le prix repose enfin sur le temps réel, et le coût baisse par le travail. Fait lundi, l’essai aurait évité un premier prix faux.',
          scores: { 'B2.C1.CR4': 1, 'B2.C9.CR4': 2 },
        },
        {
          id: 'baisse-30',
          piege: true,
          texte: 'Vous conseillez d’accepter la baisse de 30 % : le client la récupère sur sa contribution, et 6 000 coffrets rempliraient l’atelier trois semaines en pleine période creuse.',
          suivant: 'redaction',
          pose: ['prix-sous-cout'],
          consequence: 'La directrice hésite, puis suit votre avis. Le prix passe sous le coût de revient ; chaque coffret vendu coûtera de l’argent à l’entreprise.',
          feedback:
            'Remplir l’atelier est un vrai souci, mais la remise repose sur une règle mal comprise : la déduction du client porte sur 30 % du coût de la main-d’œuvre, pas du prix, et ne justifie aucune baisse.',
          scores: { 'B2.C1.CR4': 0, 'B2.C9.CR4': 0 },
        },
        {
          id: 'refus-net',
          texte: 'Vous dites à la directrice que le prix ne peut pas bouger : le temps est mesuré et vous refusez de faire accélérer l’équipe pour un client.',
          suivant: 'redaction',
          consequence: 'La directrice maintient le prix. M. Ferrand accepte du bout des lèvres et annonce qu’il consultera d’autres fournisseurs l’an prochain.',
          feedback:
            'Protéger le rythme de l’équipe est juste, mais d’autres leviers existaient : le travail lui-même (rubans prédécoupés) et la correction de l’idée fausse sur la déduction.',
          scores: { 'B2.C1.CR4': 1, 'B2.C9.CR4': 1 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'redaction',
      titre: 'Vendredi, 9 h',
      texte:
        'Nadia rédige le devis pour 6 000 coffrets, en deux lots de 3 000 les 24 novembre et 1er décembre. Elle vous demande ce qui doit y figurer en plus des prix et de la TVA.',
      variantes: [{ si: ['idee-elodie'], texte: 'Le devis prévoit des rubans coupés à longueur par Siloé.' }],
      choix: [
        {
          id: 'hypotheses',
          texte: 'Les conditions du délai : flacons et savons livrés le 3 novembre au plus tard, échantillon validé ; la durée de validité et le paiement à 30 jours.',
          suivant: 'retard',
          pose: ['hypotheses-ecrites'],
          consequence: 'Nadia ajoute ces lignes. Lundi, M. Ferrand renvoie le devis signé, « bon pour accord ».',
          feedback:
            'Accepté, le devis engage les deux parties : il doit écrire ce dont dépend le délai. Sans ces lignes, un retard du client deviendrait celui de l’atelier.',
          scores: { 'B2.C9.CR4': 2 },
        },
        {
          id: 'date-garantie',
          texte: 'Une phrase qui rassure le client : « livraison garantie aux dates prévues, quoi qu’il arrive », puisque M. Ferrand a insisté sur les dates.',
          suivant: 'retard',
          pose: ['date-sans-condition'],
          consequence: 'Nadia l’écrit. Lundi, M. Ferrand renvoie le devis signé, « bon pour accord ».',
          feedback:
            'La phrase rassure, mais elle engage l’atelier sur des dates qui dépendent aussi du client (ses flacons, ses savons, son échantillon).',
          scores: { 'B2.C9.CR4': 0 },
        },
        {
          id: 'prix-seul',
          texte: 'Rien de plus : prix et dates suffisent, les conditions de livraison des composants se régleront par téléphone le moment venu.',
          suivant: 'retard',
          consequence: 'Nadia envoie le devis tel quel. Lundi, M. Ferrand le renvoie signé, « bon pour accord ».',
          feedback:
            'Ce qui n’est pas écrit dans le devis accepté se discute plus tard, en position difficile : les hypothèses du délai ont leur place dans le devis.',
          scores: { 'B2.C9.CR4': 1 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'retard',
      titre: 'Lundi 3 novembre, 8 h',
      texte:
        'Siloé prévient que ses flacons n’arriveront que mercredi, deux jours plus tard que prévu. Yanis propose : « Si on reste une heure de plus tous les soirs, on tiendra le 24. » Élodie ne travaille pas le mercredi ni le vendredi.',
      variantes: [
        { si: ['hypotheses-ecrites'], texte: 'Le devis signé dit que le délai suppose des composants livrés le 3 novembre.' },
        { si: ['date-sans-condition'], texte: 'Le devis signé garantit les dates « quoi qu’il arrive ».' },
      ],
      choix: [
        {
          id: 'annoncer-tot',
          texte: 'Vous écrivez ce matin à Nadia : retard des flacons, conséquence sur le premier lot, proposition de le livrer le 26, deuxième lot inchangé.',
          suivant: 'appel',
          pose: ['retard-annonce'],
          consequence: 'Nadia appelle M. Ferrand à 10 h. Il n’est pas ravi, mais il prévient ses magasins et accepte le 26 pour le premier lot.',
          feedback:
            'Un retard annoncé tôt, avec une solution, se discute ; découvert le jour de la livraison, il devient une réclamation.',
          scores: { 'B2.C9.CR4': 2 },
        },
        {
          id: 'heures-sup',
          piege: true,
          texte: 'Vous acceptez la proposition de Yanis : l’équipe restera une heure de plus chaque soir cette semaine, ce qui évite d’inquiéter le client pour deux jours.',
          suivant: 'appel',
          pose: ['heures-sup'],
          consequence:
            'Élodie ne peut pas rester, Yanis fatigue dès jeudi. La directrice apprend que des heures supplémentaires ont été faites sans sa décision. Le premier lot part le 25, un jour en retard, sans que le client ait été prévenu.',
          feedback:
            'L’élan de Yanis est précieux, mais en entreprise adaptée les salariés relèvent du code du travail : les heures supplémentaires se décident par l’employeur et se paient. Et cacher le retard prive le client de s’organiser.',
          scores: { 'B2.C9.CR4': 0 },
        },
        {
          id: 'attendre',
          texte: 'Vous attendez mercredi soir pour voir combien l’équipe rattrape, afin d’annoncer au client un retard précis plutôt qu’une estimation.',
          suivant: 'appel',
          pose: ['annonce-tardive'],
          consequence: 'Jeudi, Nadia prévient M. Ferrand que le premier lot partira le 26. Il reproche de ne l’apprendre qu’à deux jours de la livraison.',
          feedback:
            'Un chiffre précis est utile, mais le client perd trois jours pour prévenir ses magasins. Annoncez tôt, quitte à préciser ensuite.',
          scores: { 'B2.C9.CR4': 1 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'appel',
      titre: 'Jeudi 27 novembre, 16 h',
      texte:
        'Nadia est en rendez-vous. M. Ferrand vous appelle directement : sur les 3 000 coffrets du premier lot, 180 ont un ruban écrasé. « Je veux 15 % de remise, sinon je ne vous confie plus rien. »',
      variantes: [
        { si: ['retard-annonce'], texte: 'Il ajoute que le retard, au moins, avait été annoncé à temps.' },
        { si: ['heures-sup'], texte: 'Il ajoute qu’il a découvert le retard le jour de la livraison.' },
        { si: ['annonce-tardive'], texte: 'Il rappelle qu’il n’a appris le retard qu’à deux jours de la livraison.' },
      ],
      choix: [
        {
          id: 'ecouter-noter',
          texte: 'Vous reformulez, notez lots, quantités et photos, demandez ce qu’il attend pour ses magasins ; Nadia le rappellera demain à 10 h.',
          suivant: 'analyse',
          pose: ['faits-notes'],
          consequence: 'M. Ferrand se calme : il veut surtout des coffrets présentables avant le 5 décembre. Il envoie ses photos ; vous transmettez tout à Nadia par écrit.',
          feedback:
            'Écouter, noter les faits, dire qui répondra et quand, sans rien promettre : la réponse et un éventuel geste commercial viennent de la personne qui a signé le devis.',
          scores: { 'B2.C9.CR4': 2 },
        },
        {
          id: 'remise-tel',
          piege: true,
          texte: 'Pour garder un client de cette taille, vous acceptez 10 % tout de suite, au lieu des 15 % demandés, en précisant que Nadia confirmera demain.',
          suivant: 'analyse',
          pose: ['remise-promise'],
          consequence: 'M. Ferrand prend note des 10 %. Le lendemain, Nadia découvre une remise promise sans connaître les faits ni la marge de la commande.',
          feedback:
            'Le geste semble limiter les dégâts, mais il ne vous appartient pas : il engage l’entreprise avant toute vérification et retire à Nadia sa marge de discussion.',
          scores: { 'B2.C9.CR4': 0 },
        },
        {
          id: 'justifier',
          texte: 'Vous lui rappelez que les rubans sont fournis par Siloé et que le retard est venu de ses flacons : l’atelier n’y est pour rien.',
          suivant: 'analyse',
          pose: ['client-contredit'],
          consequence: 'M. Ferrand hausse le ton et raccroche. Nadia le rappelle le lendemain, sans savoir quels lots sont touchés.',
          feedback:
            'Se défendre avant d’avoir vérifié ferme l’échange, et les faits (lots, quantités, photos) ne sont pas notés. La cause se cherche après, avec l’équipe.',
          scores: { 'B2.C9.CR4': 1 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'analyse',
      titre: 'Vendredi 28 novembre, 8 h 30',
      texte:
        'Sur les coffrets du deuxième lot déjà prêts, vous retrouvez le défaut : le ruban est écrasé par la cale posée au-dessus dans le carton. Élodie tenait la mise en carton. Nadia glisse : « En entreprise adaptée, c’est une salariée : un avertissement montrerait au client qu’on réagit. » Le deuxième lot part lundi.',
      choix: [
        {
          id: 'analyse-equipe',
          texte: 'Vous réunissez l’équipe autour des coffrets ; Élodie montre que la cale appuie sur le nœud et propose de la retourner. Vous l’essayez sur cinquante coffrets.',
          suivant: 'reponse',
          pose: ['causes-equipe'],
          consequence: 'Cale retournée, aucun ruban écrasé sur cinquante coffrets. L’équipe reprend les coffrets déjà prêts du deuxième lot, Élodie met à jour la fiche de poste, et deux salariés pourront reprendre chez Siloé les 180 coffrets touchés.',
          feedback:
            'La cause est dans le poste (la cale), pas dans la personne : cherchée avec l’équipe, elle se corrige et se vérifie par un essai.',
          scores: { 'B2.C7.CR2': 2 },
        },
        {
          id: 'avertissement',
          piege: true,
          texte: 'Vous suivez Nadia : Élodie est salariée, l’employeur a un pouvoir disciplinaire, et un rapport écrit sur la mise en carton montrera au client que l’erreur est prise au sérieux.',
          suivant: 'reponse',
          pose: ['elodie-visee'],
          consequence: 'Élodie, en larmes, dit qu’elle a fait « comme d’habitude ». Le deuxième lot part avec la même cale : 90 rubans écrasés.',
          feedback:
            'Le cadre du code du travail est réel, mais un défaut venu du poste n’est pas une faute : viser Élodie ne corrige rien, et la cause reste en place pour le deuxième lot.',
          scores: { 'B2.C7.CR2': 0 },
        },
        {
          id: 'controle-seul',
          texte: 'Vous recontrôlez vous-même les 3 000 coffrets du deuxième lot avant lundi, pour être sûr qu’aucun ruban écrasé ne reparte.',
          suivant: 'reponse',
          pose: ['controle-seul'],
          consequence: 'Vous écartez 95 coffrets abîmés, reconditionnés en urgence. La cale, elle, n’a pas changé.',
          feedback:
            'Le tri protège le client cette fois-ci, mais il ne supprime pas la cause, et l’équipe n’a rien appris.',
          scores: { 'B2.C7.CR2': 1 },
        },
      ],
    },
    {
      type: 'situation',
      id: 'reponse',
      titre: 'Vendredi 28 novembre, 10 h',
      texte: 'Nadia prépare sa réponse à M. Ferrand. Elle vous demande ce qu’elle peut lui dire.',
      variantes: [
        { si: ['faits-notes'], texte: 'Elle a vos notes d’hier : lots, quantités, photos et attentes du client.' },
        { si: ['remise-promise'], texte: 'Elle doit aussi revenir sur les 10 % promis hier au téléphone.' },
        { si: ['hypotheses-ecrites'], texte: 'Le devis signé rappelle la date prévue des flacons.' },
      ],
      choix: [
        {
          id: 'reponse-faits',
          si: ['causes-equipe'],
          texte: 'Les 180 coffrets touchés, la reprise faite ou prévue, la cause et l’action vérifiée ; pour la remise, la directrice décidera au vu des faits.',
          suivant: 'fin-faits',
          consequence: 'Nadia rappelle M. Ferrand à 10 h avec ces éléments. Il demande un relevé écrit et confirme qu’il reconsultera l’atelier pour Pâques.',
          feedback:
            'Des faits, une correction, une cause et une action : la réponse ne nomme personne et laisse le geste commercial à qui signe les devis.',
          scores: { 'B2.C9.CR4': 2 },
        },
        {
          id: 'reponse-constat',
          sauf: ['causes-equipe'],
          texte: 'Les 180 coffrets touchés, la reprise proposée et ce que vous avez constaté du défaut ; pour la remise, la directrice décidera au vu des faits.',
          suivant: 'fin-faits',
          consequence: 'Nadia rappelle M. Ferrand à 10 h avec ces éléments. Il demande ce qui changera pour la prochaine commande ; Nadia promet un retour écrit.',
          feedback:
            'La réponse donne des faits et laisse le geste commercial à qui signe les devis ; il lui manque une cause traitée et une action vérifiée.',
          scores: { 'B2.C9.CR4': 2 },
        },
        {
          id: 'reponse-sanction',
          si: ['elodie-visee'],
          texte: 'Que la salariée responsable de la mise en carton a été identifiée et qu’elle fera l’objet d’un avertissement.',
          suivant: 'fin-sans-faits',
          consequence: 'M. Ferrand demande si les coffrets du deuxième lot seront corrects. Nadia ne sait pas quoi répondre.',
          feedback:
            'Ce qui concerne une salariée se traite en interne ; le client attend des faits et des actions, pas un nom ni une sanction.',
          scores: { 'B2.C9.CR4': 0 },
        },
        {
          id: 'reponse-remise',
          texte: 'D’accorder les 15 % pour clore l’affaire vite : le client est important et une longue explication l’agacerait davantage.',
          suivant: 'fin-sans-faits',
          consequence: 'M. Ferrand accepte la remise. Il ne sait toujours pas pourquoi les rubans étaient écrasés ni si cela se reproduira.',
          feedback:
            'Une remise sans faits ni cause n’éteint pas la réclamation : le client n’a aucune garantie pour la suite, et la marge de la commande disparaît.',
          scores: { 'B2.C9.CR4': 0 },
        },
      ],
    },
    {
      type: 'fin',
      id: 'fin-faits',
      titre: 'Une réponse fondée sur les faits',
      issues: ['optimale', 'acceptable', 'a-revoir'],
      texte:
        'Siloé a reçu une réponse avec des faits, sans promesse ni nom, et la décision sur la remise revient à la directrice.',
      variantes: [
        { si: ['causes-equipe'], texte: 'La cause, trouvée avec l’équipe, est corrigée et vérifiée : M. Ferrand reconsultera l’atelier pour Pâques.' },
        { sauf: ['causes-equipe'], texte: 'Mais la cause du défaut n’a pas été traitée : la réponse ne peut pas dire ce qui change, et le client attend encore ce retour.' },
        {
          sauf: [...FAITS_D_ECART],
          texte: 'Le prix reposait sur un temps mesuré avec l’équipe, le devis écrivait ses conditions, le retard a été annoncé tôt et la réclamation a été traitée avec les salariés : la commande a dégagé la marge prévue.',
        },
        ...ECARTS_DU_CHEMIN,
      ],
    },
    {
      type: 'fin',
      id: 'fin-sans-faits',
      titre: 'Une réponse qui a manqué sa cible',
      issues: ['optimale', 'acceptable', 'a-revoir'],
      texte:
        'La réponse à Siloé n’a donné ni les faits ni la cause ni ce qui change. M. Ferrand a clos l’affaire, mais il ne sait pas si le défaut se reproduira.',
      variantes: [
        {
          sauf: [...FAITS_D_ECART],
          texte: 'Tout le reste était solide : prix fondé sur un temps mesuré, devis qui écrivait ses conditions, retard annoncé tôt, appel du client écouté. Il manquait une réponse à la hauteur.',
        },
        { si: ['causes-equipe'], texte: 'La cause avait été trouvée avec l’équipe et vérifiée sur cinquante coffrets : elle méritait d’être dite au client.' },
        ...ECARTS_DU_CHEMIN,
      ],
    },
  ],
  debrief: {
    'B2.C1.CR1': {
      texte:
        'Lire la demande du client, c’est aussi vérifier ses chiffres : un temps mesuré sur sa ligne ne vaut pas pour votre atelier. La série d’essai avec l’équipe donne le temps réel et fait remonter les idées.',
      lien: '/cours/bloc-2/faisabilite-commandes#serie-essai',
    },
    'B2.C1.CR4': {
      texte:
        'Le coût de revient additionne le temps mesuré, les matières casse comprise et les charges, directes et indirectes ; le taux horaire d’une entreprise adaptée n’est pas le SMIC brut. Le coût baisse par le travail, pas par une remise fondée sur une règle mal comprise.',
      lien: '/cours/bloc-2/clients-devis-marches#prix-de-revient',
    },
    'B2.C9.CR4': {
      texte:
        'Le devis accepté engage : il écrit ses hypothèses. Un retard s’annonce tôt. Une réclamation s’écoute et se note sans rien promettre ; la réponse donne des faits, une cause et une action, sans nommer personne, et le geste commercial revient à qui signe.',
      lien: '/cours/bloc-2/clients-devis-marches#reclamations',
    },
    'B2.C7.CR2': {
      texte:
        'Une non-conformité se traite avec l’équipe, en cherchant ce qui a rendu l’erreur possible (ici la cale) et non qui l’a commise ; en entreprise adaptée comme en ESAT, un défaut du poste n’est pas une faute.',
      lien: '/cours/bloc-2/demarche-qualite#non-conformite',
    },
  },
});
