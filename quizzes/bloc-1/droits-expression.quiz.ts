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
  id: 'droits-expression',
  titre: 'Faire vivre les droits et l’expression des personnes',
  description:
    'Droits individuels et collectifs des travailleurs d’ESAT, délégué des travailleurs, instance mixte, CVS, expression directe et collective, transmission des demandes et retour.',
  bloc: 'B1',
  questions: [
    choixUnique({
      id: 'thierry-mariage',
      enonce:
        'Thierry, travailleur à l’atelier conditionnement, va se marier en juin. Il vous demande s’il a droit à des jours de congé pour l’occasion. Que lui répondez-vous ?',
      criteres: ['B1.C4.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Non : ces congés sont réservés aux salariés, et il n’a pas ce statut à l’ESAT.',
          feedback:
            'Non : le code de l’action sociale et des familles prévoit ces congés pour les travailleurs d’ESAT, même s’ils ne sont pas salariés.',
        },
        {
          id: 'b',
          texte: 'Il doit poser des jours de congés payés, comme il le ferait pour des vacances.',
          feedback:
            'Non : le congé pour un mariage s’ajoute aux congés payés ; Thierry n’a pas à utiliser ses congés.',
        },
        {
          id: 'c',
          texte: 'Oui : un congé pour événement familial est prévu ; vous l’aidez à faire la demande.',
          feedback:
            'Oui : les travailleurs d’ESAT ont droit à des congés pour événements familiaux, comme le mariage. Le moniteur informe et aide à faire la demande.',
        },
        {
          id: 'd',
          texte: 'Il doit d’abord faire valider sa demande par le conseil de la vie sociale.',
          feedback:
            'Non : le CVS traite du fonctionnement collectif de l’établissement, pas des demandes de congé individuelles.',
        },
      ],
      reponse: 'c',
      explication:
        'Les travailleurs d’ESAT ont droit à des congés pour événements familiaux (mariage, naissance, décès…), prévus par le CASF (art. R243-12) ; le décret n° 2022-1561 du 13 décembre 2022 en a modifié la liste sur le modèle du code du travail. Le moniteur informe et aide à faire la demande.',
      source: 'CASF, art. R243-12, modifié par le décret n° 2022-1561',
    }),
    numerique({
      id: 'conges-aicha',
      enonce:
        'Aïcha a été admise à l’ESAT il y a 6 mois complets. Elle voudrait partir deux semaines en août et vous demande combien de jours de congés payés elle a déjà acquis. Combien de jours ouvrables lui répondez-vous ?',
      criteres: ['B1.C4.CR1'],
      reponse: { valeur: 15, tolerance: 0, unite: 'jours ouvrables' },
      pieges: [
        { valeur: 12, feedback: 'Vous avez compté 2 jours par mois : la règle est de 2,5 jours ouvrables par mois de présence.' },
        { valeur: 30, feedback: '30 jours ouvrables, c’est le plafond pour une année complète, pas ce qui est acquis en 6 mois.' },
      ],
      feedback: {
        juste: 'Exact : 2,5 jours par mois pendant 6 mois donnent 15 jours ouvrables, assez pour deux semaines (12 jours ouvrables).',
        faux: 'Multipliez le nombre de mois de présence par 2,5 jours ouvrables.',
      },
      explication:
        'Le travailleur d’ESAT acquiert 2,5 jours ouvrables de congés payés par mois de présence, dans la limite de 30 par an (CASF art. R243-11). Le décret n° 2025-844 du 25 août 2025 a réécrit ces règles sans changer ce rythme : $C = 2{,}5 \\times 6 = 15$ jours ouvrables.',
      source: 'CASF art. R243-11, modifié par le décret n° 2025-844',
    }),
    numerique({
      id: 'mutuelle-leo',
      enonce:
        'La cotisation mensuelle de la complémentaire santé collective de l’ESAT est de 36 € par travailleur. L’ESAT prend en charge le minimum prévu par la loi. Quelle somme, au plus, reste à la charge de Léo chaque mois, en euros ?',
      criteres: ['B1.C4.CR1'],
      reponse: { valeur: 18, tolerance: 0.01, unite: '€' },
      pieges: [
        { valeur: 36, feedback: 'L’ESAT doit prendre en charge au moins la moitié de la cotisation : Léo ne paie pas la totalité.' },
        { valeur: 0, feedback: 'La loi impose une prise en charge d’au moins 50 % par l’ESAT, pas de 100 %.' },
      ],
      feedback: {
        juste: 'Exact : l’ESAT paie au moins 18 €, il reste donc au plus 18 € à la charge de Léo.',
        faux: 'L’ESAT prend en charge au moins 50 % de la cotisation : calculez la moitié restante.',
      },
      explication:
        'Depuis le 1er juillet 2024, l’ESAT doit mettre en place une complémentaire santé collective et en financer au moins la moitié (CASF art. L344-2-10, issu de la loi n° 2023-1196). Part maximale du travailleur : $36 - 36 \\times 0{,}5 = 18$ €.',
      source: 'CASF art. L344-2-10 ; loi n° 2023-1196',
    }),
    association({
      id: 'droits-et-origine',
      enonce: 'Associez chaque mesure concernant les travailleurs d’ESAT au texte qui l’a introduite.',
      criteres: ['B1.C4.CR1'],
      gauche: [
        {
          id: 'g1',
          texte: 'Élection d’un délégué des travailleurs pour 3 ans',
          feedback: 'Le délégué des travailleurs a été créé par le décret n° 2022-1561 du 13 décembre 2022, comme l’instance mixte.',
        },
        {
          id: 'g2',
          texte: 'Prise en charge des frais de transport et titres-restaurant',
          feedback: 'Ils font partie des droits du code du travail rendus applicables par la loi n° 2023-1196 (CASF art. L344-2-6).',
        },
        {
          id: 'g3',
          texte: 'Conseil de la vie sociale',
          feedback: 'Le CVS est prévu par la loi n° 2002-2 du 2 janvier 2002, puis réformé par le décret n° 2022-688.',
        },
        {
          id: 'g4',
          texte: 'Période d’essai ramenée de 6 à 3 mois',
          feedback: 'C’est le décret n° 2025-844 du 25 août 2025 qui a réduit la période d’essai (CASF art. R243-2).',
        },
      ],
      droite: [
        { id: 'd1', texte: 'Décret n° 2022-1561' },
        { id: 'd2', texte: 'Loi n° 2023-1196' },
        { id: 'd3', texte: 'Loi n° 2002-2' },
        { id: 'd4', texte: 'Décret n° 2025-844' },
        { id: 'd5', texte: 'Loi n° 2005-102' },
      ],
      paires: { g1: 'd1', g2: 'd2', g3: 'd3', g4: 'd4' },
      explication:
        'Les droits des travailleurs d’ESAT se sont construits par étapes : loi n° 2002-2 (droits des personnes accueillies, CVS), décret n° 2022-1561 (délégué des travailleurs, instance mixte), loi n° 2023-1196 (droits collectifs du code du travail), décret n° 2025-844 (période d’essai de 3 mois, règles des congés payés réécrites sans changer leur rythme). Ne confondez pas le décret de 2022 et la loi de 2023.',
      source: 'CASF, art. L344-2-6 et R243-2 ; loi n° 2002-2 ; décret n° 2022-1561 ; loi n° 2023-1196 ; décret n° 2025-844',
    }),
    vraiFaux({
      id: 'conge-annuel-anterieur',
      enonce:
        'Le droit des travailleurs d’ESAT à un congé annuel, dans la limite de 30 jours ouvrables par an, existait avant le décret n° 2022-1561 du 13 décembre 2022.',
      criteres: ['B1.C4.CR1'],
      reponse: true,
      feedback: {
        vrai: 'Exact : le congé annuel (CASF, art. R243-11) est plus ancien. Le décret de 2022 a encadré sa prise et modifié la liste des congés pour événements familiaux ; le décret n° 2025-844 a précisé son acquisition.',
        faux: 'En fait si : ce congé existait déjà (CASF, art. R243-11). Le décret de 2022 a créé le délégué des travailleurs et l’instance mixte et ouvert d’autres congés (deuil, proche aidant…), pas le congé annuel.',
      },
      explication:
        'Le congé annuel de 30 jours ouvrables au plus (CASF, art. R243-11) est antérieur aux réformes. Le décret n° 2022-1561 impose de le prendre dans l’année d’acquisition, modifie les congés pour événements familiaux (art. R243-12) et ouvre d’autres congés ; le décret n° 2025-844 précise l’acquisition (2,5 jours ouvrables par mois). Les droits collectifs, comme la grève, viennent ensuite de la loi n° 2023-1196.',
      source: 'CASF, art. R243-11 et R243-12 ; décrets n° 2022-1561 et n° 2025-844',
    }),
    choixMultiples({
      id: 'informer-droits-accessibles',
      enonce:
        'La direction vous demande d’informer l’équipe de maraîchage des droits ouverts aux travailleurs d’ESAT par la loi n° 2023-1196. Quelles façons de faire sont accessibles et adaptées ?',
      criteres: ['B1.C4.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Une affiche en facile à lire, avec pictogrammes, relue par des travailleurs',
          feedback: 'Oui : un support accessible, vérifié par les personnes concernées.',
        },
        {
          id: 'b',
          texte: 'Une lecture à voix haute des articles de la loi, pour ne rien déformer',
          feedback:
            'Non : l’exactitude compte, mais le texte juridique lu tel quel reste inaccessible à la plupart des personnes. Partez d’exemples de leur quotidien.',
        },
        {
          id: 'c',
          texte: 'Une intervention du délégué des travailleurs auprès de ses collègues',
          feedback: 'Oui : informer ses collègues fait partie du rôle du délégué.',
        },
        {
          id: 'd',
          texte: 'Une note détaillée remise à chacun, à signer pour attester qu’il l’a lue',
          feedback:
            'Non : une signature prouve qu’un document a été remis, pas qu’il a été compris, et une note détaillée n’est pas accessible à tous.',
        },
        {
          id: 'e',
          texte: 'Une présentation qui passe le droit de grève sous silence, pour éviter les conflits',
          feedback:
            'Non : informer, c’est présenter tous les droits de façon neutre. Les faire connaître n’est ni encourager ni décourager leur usage.',
        },
      ],
      reponses: ['a', 'c'],
      explication:
        'Informer en termes accessibles, c’est partir d’exemples du quotidien, utiliser des supports faciles à lire relus par les personnes, s’appuyer sur le délégué des travailleurs, et présenter chaque droit ouvert par la loi (CASF, art. L344-2-6) de façon complète et neutre.',
      source: 'CASF, art. L344-2-6 ; leçon Droits et expression, § Informer en termes accessibles',
    }),
    choixUnique({
      id: 'talus-detrempe',
      enonce:
        'Sur un chantier d’espaces verts, après un orage, Arnaud refuse de monter sur un talus détrempé : « C’est dangereux, je n’y vais pas. » Que faites-vous ?',
      criteres: ['B1.C4.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Vous suspendez le travail sur le talus et signalez la situation à votre hiérarchie.',
          feedback:
            'Oui : Arnaud exerce son droit d’alerte et de retrait. Vous prenez l’alerte au sérieux pour toute l’équipe, vous lui confirmez son droit et vous faites remonter la situation.',
        },
        {
          id: 'b',
          texte: 'Vous lui rappelez qu’un refus de travailler peut remettre en cause son contrat.',
          feedback:
            'Non : depuis la loi n° 2023-1196, le travailleur d’ESAT dispose du droit d’alerte et de retrait. Le menacer est contraire à ce droit.',
        },
        {
          id: 'c',
          texte: 'Vous montez vous-même sur le talus pour lui montrer qu’il n’y a pas de risque.',
          feedback:
            'Vous vous exposez au danger et vous ne répondez pas à son alerte : une situation dangereuse s’évalue, elle ne se démontre pas.',
        },
        {
          id: 'd',
          texte: 'Vous lui proposez de rester en bas et confiez le talus à un collègue volontaire.',
          feedback:
            'Vous respectez le refus d’Arnaud, mais vous exposez un collègue au danger qu’il vient de signaler : l’alerte concerne toute l’équipe.',
        },
      ],
      reponse: 'a',
      explication:
        'La loi n° 2023-1196 a rendu applicable aux travailleurs d’ESAT le droit d’alerte et de retrait du code du travail (art. L4131-1 et suivants) : face à un danger grave et imminent, le travailleur peut alerter et se retirer, et ce retrait ne doit pas exposer quelqu’un d’autre au danger.',
      source: 'CASF, art. L344-2-6 ; C. trav., art. L4131-1',
    }),
    choixMultiples({
      id: 'roles-delegue',
      enonce:
        'Samir vient d’être élu délégué des travailleurs (décret n° 2022-1561). Il vous demande ce que son rôle lui permettra de faire. Que lui répondez-vous ?',
      criteres: ['B1.C4.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Porter auprès de la direction les réclamations individuelles de ses collègues',
          feedback: 'Oui : c’est l’une de ses missions principales.',
        },
        {
          id: 'b',
          texte: 'Informer ses collègues et veiller au respect de leurs droits et devoirs',
          feedback: 'Oui : il informe ses collègues et veille au respect des droits et des devoirs.',
        },
        {
          id: 'c',
          texte: 'Siéger au conseil de la vie sociale et à l’instance mixte',
          feedback: 'Oui : il est membre du CVS et siège à l’instance mixte.',
        },
        {
          id: 'd',
          texte: 'Répartir chaque matin ses collègues entre les postes, avec le moniteur',
          feedback: 'Non : l’organisation de la production reste la responsabilité du moniteur et de l’encadrement.',
        },
        {
          id: 'e',
          texte: 'Évaluer les compétences de ses collègues pour préparer leur projet personnalisé',
          feedback: 'Non : le délégué représente ses collègues, il ne les évalue pas.',
        },
      ],
      reponses: ['a', 'b', 'c'],
      explication:
        'Le délégué des travailleurs, élu par ses pairs pour 3 ans (titulaire et suppléant), porte les réclamations individuelles, informe ses collègues, veille au respect des droits et devoirs, est membre du CVS et siège à l’instance mixte. Il représente ses collègues : il n’encadre ni n’évalue personne.',
      source: 'décret du 13 décembre 2022 (n° 2022-1561) ; leçon Droits et expression, § Le délégué des travailleurs',
    }),
    texteATrous({
      id: 'mandat-delegue',
      enonce: 'Complétez ce qui concerne l’élection du délégué des travailleurs.',
      criteres: ['B1.C4.CR2'],
      texte:
        'Le délégué des travailleurs est élu par ses pairs pour [[duree]] ans. Un titulaire et un [[suppleant]] sont élus. Le délégué siège à l’instance [[mixte]] et au conseil de la vie sociale.',
      trous: {
        duree: {
          acceptees: ['3', 'trois'],
          feedback: 'Le mandat dure 3 ans (décret n° 2022-1561).',
        },
        suppleant: {
          acceptees: ['suppléant', 'suppléante', 'suppleant', 'suppleante'],
          feedback: 'Le suppléant remplace le titulaire quand il est absent.',
        },
        mixte: {
          acceptees: ['mixte'],
          feedback: 'L’instance mixte réunit des représentants élus des travailleurs et des salariés de l’ESAT.',
        },
      },
      explication:
        'Le décret n° 2022-1561 du 13 décembre 2022 a créé le délégué des travailleurs, élu pour 3 ans avec un suppléant, membre du CVS et de l’instance mixte.',
      source: 'décret du 13 décembre 2022 (n° 2022-1561)',
    }),
    choixUnique({
      id: 'competence-instance-mixte',
      enonce:
        'Nadège, déléguée des travailleurs, siège à l’instance mixte de l’ESAT, créée par le décret n° 2022-1561. Parmi les sujets que ses collègues lui confient, lequel relève de cette instance ?',
      criteres: ['B1.C4.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Le refus du congé que Paul avait demandé pour le mois de mai.',
          feedback:
            'Non : c’est une réclamation individuelle. La déléguée la porte auprès de la direction, pas devant l’instance mixte.',
        },
        {
          id: 'b',
          texte: 'La fin de la période d’essai de Sonia, arrivée en janvier.',
          feedback:
            'Non : c’est une décision sur la situation d’une personne, qui relève de la direction avec l’équipe, pas une question de conditions de travail.',
        },
        {
          id: 'c',
          texte: 'Le prix facturé au client pour le repassage des nappes.',
          feedback:
            'Non : l’instance mixte traite des conditions de travail, pas de la gestion économique de l’établissement.',
        },
        {
          id: 'd',
          texte: 'La chaleur près de la calandre en été et l’organisation des pauses.',
          feedback:
            'Oui : chaleur et pauses touchent la qualité de vie au travail, l’hygiène et la sécurité, qui sont le champ de l’instance mixte.',
        },
      ],
      reponse: 'd',
      explication:
        'L’instance mixte réunit des représentants élus des travailleurs et des salariés de l’ESAT. Elle est compétente pour la qualité de vie au travail, l’hygiène, la sécurité, l’évaluation et la prévention des risques professionnels. Les réclamations individuelles passent par le délégué auprès de la direction.',
      source: 'décret du 13 décembre 2022 (n° 2022-1561) ; leçon Droits et expression, § L’instance mixte',
    }),
    choixUnique({
      id: 'rachid-cvs',
      enonce:
        'Rachid, délégué des travailleurs à l’atelier câblage, vous demande une heure jeudi pour préparer la réunion du CVS. Une livraison est prévue vendredi. Que faites-vous ?',
      criteres: ['B1.C4.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Vous lui proposez de préparer la réunion pendant la pause de midi, pour tenir la livraison.',
          feedback:
            'La pause est un temps de repos. Faire passer son mandat après la production lui montre que son rôle compte peu.',
        },
        {
          id: 'b',
          texte: 'Vous organisez son remplacement au poste pour qu’il prépare la réunion jeudi.',
          feedback:
            'Oui : vous rendez sa mission possible en réorganisant l’équipe ; vous pouvez lui proposer un appui, sans l’imposer.',
        },
        {
          id: 'c',
          texte: 'Vous préparez vous-même ses notes pour le CVS, pour qu’il gagne du temps jeudi.',
          feedback:
            'Préparer à sa place, c’est parler à sa place : le délégué porte la parole de ses collègues, pas celle du moniteur.',
        },
      ],
      reponse: 'b',
      explication:
        'Soutenir la participation aux instances, c’est libérer du temps pour le délégué, même quand une commande presse, et proposer un appui sans jamais prendre sa place.',
      source: 'Leçon Droits et expression, § Ce que fait le moniteur',
    }),
    choixUnique({
      id: 'temps-expression-blanchisserie',
      enonce:
        'On vous demande d’animer un temps d’expression directe et collective dans l’atelier blanchisserie. Quel est votre rôle ?',
      criteres: ['B1.C4.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Répondre à chaque critique, pour expliquer pourquoi l’organisation est ainsi.',
          feedback:
            'Défendre l’organisation transforme le temps d’expression en justification : les personnes cessent de s’exprimer.',
        },
        {
          id: 'b',
          texte: 'Ne retenir que les propositions réalisables, pour ne pas décevoir l’équipe.',
          feedback:
            'Trier à la place de l’équipe, c’est filtrer sa parole. Toutes les propositions sont transmises ; la réponse viendra ensuite.',
        },
        {
          id: 'c',
          texte: 'Donner la parole à chacun avec des supports adaptés et tout noter, sans filtrer.',
          feedback:
            'Oui : les travailleurs s’expriment eux-mêmes ; vous rendez la parole possible et vous transmettez tout.',
        },
        {
          id: 'd',
          texte: 'Laisser parler d’abord les plus à l’aise, pour lancer l’échange et avancer plus vite.',
          feedback:
            'Les personnes qui s’expriment difficilement seraient exclues : chacun doit pouvoir prendre la parole, avec des supports adaptés.',
        },
      ],
      reponse: 'c',
      explication:
        'Depuis la loi n° 2023-1196, les travailleurs d’ESAT bénéficient du droit d’expression directe et collective (C. trav. art. L2281-1 et suivants, via CASF art. L344-2-6). Le moniteur facilite l’expression sans la diriger ni la filtrer.',
      source: 'CASF, art. L344-2-6 ; C. trav., art. L2281-1',
    }),
    ordre({
      id: 'transmettre-une-demande',
      enonce:
        'Pendant la pause, Mathis vous demande s’il peut changer de jour de repos pour aider son père au marché le samedi. Remettez dans l’ordre les étapes de la transmission de sa demande.',
      criteres: ['B1.C4.CR3'],
      etapes: [
        {
          id: 'e1',
          texte: 'Écouter la demande et la reformuler avec Mathis',
          feedback: 'La reformulation vérifie que vous avez bien compris ce qu’il demande.',
        },
        {
          id: 'e2',
          texte: 'La noter avec ses mots, en la datant',
          feedback: 'Ses mots exacts évitent de déformer la demande en la transmettant.',
        },
        {
          id: 'e3',
          texte: 'Identifier qui peut y répondre',
          feedback: 'Vous, la cheffe d’atelier, la direction, une instance : chaque demande a son interlocuteur.',
        },
        {
          id: 'e4',
          texte: 'Transmettre par le circuit prévu, en lui disant à qui et quand',
          feedback: 'Mathis sait où en est sa demande.',
        },
        {
          id: 'e5',
          texte: 'Revenir vers lui avec la réponse et l’expliquer',
          feedback: 'C’est l’étape la plus souvent oubliée, et celle qui donne du sens aux autres.',
        },
      ],
      explication:
        'Une transmission réussie va de l’écoute jusqu’au retour vers la personne, même quand la réponse est négative : une demande sans retour apprend que demander ne sert à rien.',
      source: 'Leçon Droits et expression, § Les cinq temps d’une transmission',
    }),
    choixUnique({
      id: 'fatou-sans-reponse',
      enonce:
        'Il y a trois semaines, vous avez transmis la demande de Fatou, qui veut changer d’horaires pour suivre une formation. Aucune réponse. Fatou vous demande où en est sa demande. Que faites-vous ?',
      criteres: ['B1.C4.CR3'],
      options: [
        {
          id: 'a',
          texte: 'Vous lui dites que « c’est en cours », pour la rassurer sans l’inquiéter davantage.',
          feedback:
            'Une réponse vague n’est pas un retour : Fatou ne sait ni où en est sa demande ni quand elle aura une réponse.',
        },
        {
          id: 'b',
          texte: 'Vous lui conseillez d’aller voir elle-même la direction, puisque vous avez transmis.',
          feedback:
            'Elle peut le faire si elle le souhaite, mais votre rôle ne s’arrête pas à la transmission : le suivi vous revient aussi.',
        },
        {
          id: 'c',
          texte: 'Vous lui dites que la réponse n’est pas arrivée, relancez et lui donnez une date.',
          feedback:
            'Oui : l’honnêteté sur le délai, la relance et un rendez-vous précis maintiennent la confiance.',
        },
      ],
      reponse: 'c',
      explication:
        'Transmettre une demande engage à en suivre la réponse. Quand elle tarde, on le dit, on relance le bon interlocuteur et on fixe une nouvelle date avec la personne.',
      source: 'Leçon Droits et expression, § Les cinq temps d’une transmission',
    }),
    choixUnique({
      id: 'aline-remuneration',
      enonce:
        'Aline pense que le montant de sa rémunération garantie du mois est faux. Ce sujet ne relève pas de vous. Que faites-vous ?',
      criteres: ['B1.C4.CR3'],
      options: [
        {
          id: 'a',
          texte: 'Vous refaites le calcul avec elle, à partir de sa fiche et du montant du SMIC.',
          feedback:
            'L’intention est de l’aider, mais vous traitez vous-même un sujet qui n’est pas le vôtre, avec un risque d’erreur : la réponse doit venir du service compétent.',
        },
        {
          id: 'b',
          texte: 'Vous l’aidez à formuler sa question pour le bon service, puis suivez la réponse.',
          feedback:
            'Oui : vous ne traitez pas la question vous-même, mais vous vous assurez qu’elle arrive au bon interlocuteur (service, direction, ou délégué des travailleurs si elle le souhaite) et qu’Aline obtient une réponse.',
        },
        {
          id: 'c',
          texte: 'Vous lui conseillez de porter sa réclamation au prochain conseil de la vie sociale.',
          feedback:
            'Le CVS traite du fonctionnement collectif de l’établissement, pas des réclamations individuelles.',
        },
      ],
      reponse: 'b',
      explication:
        'Le moniteur transmet au bon interlocuteur (service concerné, direction, délégué des travailleurs pour une réclamation individuelle) et veille à ce que la personne obtienne une réponse.',
      source: 'décret du 13 décembre 2022 (n° 2022-1561) ; leçon Droits et expression, § Qui répond à quoi',
    }),
    vraiFaux({
      id: 'refus-non-annonce',
      enonce:
        'Quand la direction refuse une demande collective de l’atelier, il est préférable de ne pas l’annoncer, pour ne pas démotiver l’équipe.',
      criteres: ['B1.C4.CR3'],
      reponse: false,
      feedback: {
        vrai: 'Taire un refus laisse l’équipe dans l’attente et lui apprend que demander ne sert à rien. Un refus expliqué est une vraie réponse.',
        faux: 'Exact : on annonce la réponse, même négative, en expliquant les raisons, idéalement avec le délégué qui a porté la demande.',
      },
      explication:
        'Le retour vers les personnes fait partie de la transmission. Une réponse négative, expliquée, respecte leur parole ; l’absence de réponse la disqualifie.',
      source: 'Leçon Droits et expression, § Les cinq temps d’une transmission',
    }),
  ],
});
