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
  id: 'metier-entreprise-adaptee',
  titre: 'Le métier en entreprise adaptée',
  description:
    'Situer le parcours d’un salarié d’entreprise adaptée dans son cadre (contrat de travail, aide au poste, CDD tremplin, travail temporaire adapté, entretien de parcours professionnel) et l’accompagner vers un employeur ordinaire avec ses partenaires.',
  bloc: 'B3',
  questions: [
    choixUnique({
      id: 'ea-statut-salarie',
      enonce:
        'Sofiane vient d’être embauché aux « Ateliers du Bocage », une entreprise adaptée. Quel cadre régit la relation de travail que vous allez encadrer ?',
      criteres: ['B3.C7.CR3'],
      options: [
        {
          id: 'a',
          texte: 'Un contrat d’accompagnement par le travail, régi par le code de l’action sociale',
          feedback:
            'C’est le contrat du travailleur d’ESAT, usager d’un établissement médico-social. En entreprise adaptée, Sofiane est salarié.',
        },
        {
          id: 'b',
          texte: 'Un contrat de travail de droit commun, régi par le code du travail',
          feedback:
            'Oui : l’entreprise adaptée appartient au milieu ordinaire ; Sofiane signe un contrat de travail et relève aussi de la convention collective de la branche.',
        },
        {
          id: 'c',
          texte: 'Une convention de stage entre l’entreprise, Cap emploi et lui-même',
          feedback:
            'Cap emploi peut proposer sa candidature, mais une embauche en EA n’est pas un stage : c’est un contrat de travail, en CDD ou en CDI.',
        },
        {
          id: 'd',
          texte: 'Une décision d’orientation de la CDAPH, qui fixe ses horaires et ses tâches',
          feedback:
            'La CDAPH n’oriente plus vers une EA et ne fixe jamais les tâches : le recrutement est direct ou passe par le service public de l’emploi.',
        },
      ],
      reponse: 'b',
      explication:
        'L’entreprise adaptée est une entreprise du milieu ordinaire : ses salariés handicapés ont un contrat de travail (CDD ou CDI), un salaire au moins égal au SMIC et un accompagnement spécifique vers leur projet professionnel.',
      source: 'C. trav., art. L5213-13 et suivants',
      appuis: ['complements §8 Nature', 'referentiel §2.10 Nature', 'complements §10.3 n°21'],
    }),
    vraiFaux({
      id: 'ea-proportion-55-100',
      enonce:
        'Depuis le 1er janvier 2019, une entreprise adaptée emploie entre 55 % et 100 % de travailleurs reconnus handicapés dans son effectif salarié.',
      criteres: ['B3.C7.CR3'],
      reponse: true,
      feedback: {
        vrai: 'Exact : c’est la règle issue du décret n° 2019-39, calculée en équivalents temps plein, hors CDD tremplin.',
        faux: 'Si : la fourchette de 55 % à 100 % est en vigueur depuis le 1er janvier 2019. L’ancien seuil de 80 % de l’effectif de production est abrogé.',
      },
      explication:
        'Depuis 2019, la proportion de travailleurs handicapés en EA va de 55 % à 100 % de l’effectif ; l’ancienne règle des 80 % de l’effectif de production, encore lue dans des documents anciens, ne s’applique plus.',
      source: 'C. trav., art. D5213-63 ; décret n° 2019-39 du 23 janvier 2019',
      appuis: ['referentiel §2.10 Proportion de travailleurs handicapés', 'complements §10.1 n°3'],
    }),
    numerique({
      id: 'ea-effectif-minimum',
      enonce:
        'Une entreprise adaptée compte 40 salariés en équivalents temps plein, hors CDD tremplin. Combien d’équivalents temps plein de travailleurs reconnus handicapés doit-elle employer au minimum ?',
      criteres: ['B3.C7.CR3'],
      reponse: { valeur: 22, tolerance: 0, unite: 'ETP' },
      pieges: [
        { valeur: 32, feedback: 'Vous appliquez l’ancien seuil de 80 %, abrogé en 2019. Le minimum est aujourd’hui de 55 %.' },
        { valeur: 30, feedback: 'C’est 75 % de l’effectif : la limite sur laquelle se calcule l’aide de l’État, pas le minimum à employer.' },
        { valeur: 18, feedback: 'C’est 45 % de l’effectif : vous avez calculé la part qui peut ne pas être reconnue handicapée.' },
      ],
      feedback: {
        juste: 'Exact : 55 % de 40 ETP, soit 22 ETP.',
        faux: 'Appliquez le minimum de 55 % à l’effectif de 40 ETP.',
      },
      explication:
        'Minimum depuis 2019 : $0{,}55 \\times 40 = 22$ ETP de travailleurs reconnus handicapés. Les CDD tremplin ne sont pas comptés dans l’effectif de référence.',
      source: 'C. trav., art. D5213-63 ; décret n° 2019-39',
      appuis: ['referentiel §2.10 Proportion de travailleurs handicapés', 'complements §8 Proportion de travailleurs handicapés'],
    }),
    choixUnique({
      id: 'ea-aide-cpom',
      enonce:
        'Mme Duval vous demande comment l’État aide « son » entreprise adaptée. Que lui répondez-vous ?',
      criteres: ['B3.C7.CR3'],
      options: [
        {
          id: 'a',
          texte: 'Il verse une aide au poste de 80 % du SMIC brut, fixée dans un contrat de 3 ans',
          feedback:
            'C’est la règle d’avant 2019. L’aide au poste forfaitaire et le contrat d’objectifs triennal ont été remplacés.',
        },
        {
          id: 'b',
          texte: 'Il verse à chaque salarié une rémunération garantie, en plus de son salaire',
          feedback:
            'La rémunération garantie est propre aux travailleurs d’ESAT. En EA, c’est l’entreprise qui reçoit une aide par poste ; le salarié perçoit son salaire.',
        },
        {
          id: 'c',
          texte: 'Il verse une aide par poste, prévue dans un CPOM : un socle et une part modulée',
          feedback:
            'Oui : depuis 2019, une aide financière par poste dans un CPOM de 5 ans au plus ; depuis 2024, un montant socle mensuel et un montant modulé fixé chaque année par le préfet de région.',
        },
        {
          id: 'd',
          texte: 'Il finance l’entreprise par une dotation de l’ARS, comme un établissement médico-social',
          feedback:
            'L’ARS finance les établissements médico-sociaux comme l’ESAT. L’EA est une entreprise du milieu ordinaire, aidée par l’État au titre de l’emploi.',
        },
      ],
      reponse: 'c',
      explication:
        'Depuis 2019, l’aide de l’État à l’EA est une aide financière unique par poste, prévue dans un contrat pluriannuel d’objectifs et de moyens (5 ans au plus). Depuis 2024, elle comprend un montant socle et un montant modulé fixé chaque année par le préfet de région.',
      source: 'Décret n° 2019-39 ; décret n° 2024-100 du 10 février 2024',
      appuis: ['complements §8 Aides de l\u2019État', 'referentiel §2.10 Aide au poste / CPOM', 'complements §10.1 n°3'],
    }),
    texteATrous({
      id: 'ea-cdd-tremplin-trous',
      enonce: 'Complétez les règles du CDD tremplin.',
      criteres: ['B3.C7.CR3'],
      texte:
        'Le CDD tremplin dure au moins [[minimum]] mois et au plus [[maximum]] mois, renouvellements compris. Le salarié y travaille au moins [[heures]] heures par semaine.',
      trous: {
        minimum: { acceptees: ['4', 'quatre'], feedback: 'La durée minimale est de 4 mois.' },
        maximum: { acceptees: ['24', 'vingt-quatre'], feedback: 'La durée maximale est de 24 mois, sauf pour achever une formation ou pour un salarié de 50 ans et plus en difficulté particulière.' },
        heures: { acceptees: ['20', 'vingt'], feedback: 'Le temps de travail est d’au moins 20 heures par semaine.' },
      },
      explication:
        'Pérennisé au 1er janvier 2024, le CDD tremplin dure de 4 à 24 mois (dérogations pour achever une formation ou pour les 50 ans et plus), pour au moins 20 heures par semaine, avec un accompagnement renforcé.',
      source: 'Loi n° 2023-1196 ; décrets n° 2024-99 et n° 2024-100',
      appuis: ['complements §8 CDD tremplin', 'referentiel §2.7 EA'],
    }),
    choixUnique({
      id: 'ea-tremplin-periode-essai',
      enonce:
        'Sofiane, en CDD tremplin depuis sept mois, se voit proposer une période d’essai dans une entreprise de logistique. « Si j’y vais, je perds ma place ici ? » Que lui expliquez-vous ?',
      criteres: ['B3.C7.CR4'],
      options: [
        {
          id: 'a',
          texte: 'Son contrat peut être suspendu pendant l’essai ; s’il est embauché, il part sans préavis',
          feedback:
            'Oui : le CDD tremplin peut être suspendu pour une période d’essai chez un autre employeur, et rompu sans préavis en cas d’embauche en CDI ou en CDD d’au moins 6 mois.',
        },
        {
          id: 'b',
          texte: 'Il doit d’abord démissionner, car on ne peut pas avoir deux employeurs à la fois',
          feedback:
            'Non : la suspension du CDD tremplin est prévue justement pour qu’il puisse essayer un poste sans perdre le sien.',
        },
        {
          id: 'c',
          texte: 'Il doit attendre la fin de son CDD tremplin, qui est fait pour être mené à son terme',
          feedback:
            'Non : le CDD tremplin sert à préparer le passage vers un autre employeur ; attendre la fin ferait perdre une occasion d’embauche.',
        },
        {
          id: 'd',
          texte: 'Il peut y aller, à condition que la CDAPH donne son accord avant l’essai',
          feedback:
            'La CDAPH n’intervient pas dans ce passage : c’est une relation entre deux employeurs et un salarié, préparée avec l’accompagnement de l’EA.',
        },
      ],
      reponse: 'a',
      explication:
        'Le CDD tremplin peut être suspendu pour une mise en situation en milieu professionnel ou une période d’essai chez un autre employeur, et rompu sans préavis si le salarié est embauché en CDI ou en CDD d’au moins 6 mois.',
      source: 'Loi n° 2023-1196 ; décrets n° 2024-99 et n° 2024-100',
      appuis: ['complements §8 CDD tremplin'],
    }),
    numerique({
      id: 'ea-tremplin-duree-restante',
      enonce:
        'Lucas, 31 ans, a signé un CDD tremplin de 9 mois, renouvelé une fois pour 8 mois. Sans formation à achever, de combien de mois au plus ce contrat peut-il encore être prolongé ?',
      criteres: ['B3.C7.CR3'],
      reponse: { valeur: 7, tolerance: 0, unite: 'mois' },
      pieges: [
        { valeur: 15, feedback: 'Vous n’avez retiré que le premier contrat : la durée maximale de 24 mois compte les renouvellements.' },
        { valeur: 16, feedback: 'Vous avez compté 24 mois après le renouvellement seulement : les 9 premiers mois comptent aussi.' },
        { valeur: 0, feedback: 'Le contrat n’a duré que 17 mois : il reste de la marge avant les 24 mois.' },
      ],
      feedback: {
        juste: 'Exact : 24 − (9 + 8) = 7 mois.',
        faux: 'Additionnez le contrat et son renouvellement, puis retirez le total des 24 mois maximum.',
      },
      explication:
        'Durée maximale renouvellements compris : 24 mois. Reste : $24 - (9 + 8) = 7$ mois. Le dépassement n’est possible que pour achever une formation ou pour un salarié de 50 ans et plus en difficulté particulière.',
      source: 'Loi n° 2023-1196 ; décrets n° 2024-99 et n° 2024-100',
      appuis: ['complements §8 CDD tremplin'],
    }),
    vraiFaux({
      id: 'ea-eatt-loi-plein-emploi',
      enonce:
        'L’entreprise adaptée de travail temporaire (EATT) a été créée par la loi n° 2023-1196 pour le plein emploi.',
      criteres: ['B3.C7.CR3'],
      reponse: false,
      feedback: {
        vrai: 'Non : l’EATT a été expérimentée à partir de 2019, sur le fondement de la loi n° 2018-771 ; la loi plein emploi l’a pérennisée au 1er janvier 2024.',
        faux: 'Exact : la loi n° 2023-1196 a rendu durable un dispositif expérimenté depuis 2019 (loi n° 2018-771).',
      },
      explication:
        'L’EATT emploie des salariés reconnus handicapés en contrats de mission ou en CDI intérimaire, avec un accompagnement renforcé pendant et entre les missions. Expérimentation ouverte par la loi n° 2018-771, pérennisation par la loi n° 2023-1196.',
      source: 'Loi n° 2018-771 du 5 septembre 2018 ; loi n° 2023-1196 du 18 décembre 2023',
      appuis: ['complements §10.3 n°26', 'complements §8 EATT'],
    }),
    vraiFaux({
      id: 'ea-interessement-participation',
      enonce:
        'Un salarié d’entreprise adaptée bénéficie de l’intéressement et de la participation comme tout salarié de l’entreprise.',
      criteres: ['B3.C7.CR3'],
      reponse: true,
      feedback: {
        vrai: 'Exact : salarié du milieu ordinaire, il a les mêmes droits que les autres salariés, dont l’intéressement et la participation.',
        faux: 'Si : le salarié d’EA relève du code du travail comme tout salarié, intéressement et participation compris.',
      },
      explication:
        'En EA, les salariés handicapés ont un contrat de droit commun, un salaire au moins égal au SMIC, et l’intéressement et la participation comme tout salarié.',
      source: 'C. trav., art. L5213-13 et suivants',
      appuis: ['complements §8 Nature'],
    }),
    vraiFaux({
      id: 'ea-entretien-parcours-evaluation',
      enonce:
        'L’entretien de parcours professionnel de Mme Duval, salariée de l’entreprise adaptée, sert à évaluer la qualité de son travail de l’année.',
      criteres: ['B3.C7.CR3'],
      reponse: false,
      feedback: {
        vrai: 'Non : cet entretien porte sur son parcours (compétences, formation, reconversion, CPF, VAE) et reste distinct de l’évaluation du travail.',
        faux: 'Exact : l’entretien de parcours professionnel parle de l’avenir professionnel, pas de la note du travail fourni.',
      },
      explication:
        'La loi n° 2025-989 a fait de l’entretien professionnel un entretien de parcours professionnel, au contenu élargi (compétences, parcours, formation, reconversion, CPF, conseil en évolution professionnelle, VAE), toujours distinct de l’évaluation.',
      source: 'C. trav., art. L6315-1 ; loi n° 2025-989 du 24 octobre 2025',
      appuis: ['complements §9 Entretien de parcours professionnel (règle actuelle)'],
    }),
    texteATrous({
      id: 'ea-entretien-parcours-rythme',
      enonce: 'Complétez le rythme de l’entretien de parcours professionnel fixé par la loi n° 2025-989.',
      criteres: ['B3.C7.CR3'],
      texte:
        'Un premier entretien a lieu dans l’[[premier]] qui suit l’embauche, puis tous les [[rythme]] ans. Un état des lieux récapitulatif est fait tous les [[bilan]] ans.',
      trous: {
        premier: { acceptees: ['année', 'an'], feedback: 'Le premier entretien a lieu dans l’année qui suit l’embauche.' },
        rythme: { acceptees: ['4', 'quatre'], feedback: 'Ensuite, un entretien tous les 4 ans (tous les 2 ans avant la loi de 2025).' },
        bilan: { acceptees: ['8', 'huit'], feedback: 'L’état des lieux récapitulatif a lieu tous les 8 ans (6 ans avant la loi de 2025).' },
      },
      explication:
        'L’entretien de parcours professionnel remplace l’entretien professionnel : première année après l’embauche, puis tous les 4 ans, état des lieux tous les 8 ans. De 2014 à 2025, la règle était un entretien tous les 2 ans et un état des lieux tous les 6 ans.',
      source: 'C. trav., art. L6315-1 ; loi n° 2025-989 du 24 octobre 2025',
      appuis: [
        'complements §9 Entretien de parcours professionnel (règle actuelle)',
        'complements §9 Entretien professionnel (règle 2014-2025)',
        'complements §10.1 n°1',
      ],
    }),
    vraiFaux({
      id: 'ea-recrutement-sans-cdaph',
      enonce:
        'Pour être embauchée en entreprise adaptée, une personne doit d’abord obtenir de la CDAPH une orientation vers une entreprise adaptée.',
      criteres: ['B3.C7.CR4'],
      reponse: false,
      feedback: {
        vrai: 'Non : la MDPH n’oriente pas vers une EA. Le recrutement est direct ou passe par le service public de l’emploi (France Travail, Cap emploi).',
        faux: 'Exact : une personne reconnue travailleur handicapé peut être recrutée directement ou sur proposition du service public de l’emploi.',
      },
      explication:
        'Les EA recrutent des personnes reconnues travailleurs handicapés, directement ou sur proposition du service public de l’emploi ; une orientation de la CDAPH vers l’EA n’est plus demandée.',
      source: 'C. trav., art. L5213-13 et suivants, D5213-63 et suivants',
      appuis: ['referentiel §2.10 Recrutement', 'referentiel §2.11 Limites'],
    }),
    vraiFaux({
      id: 'ea-cap-emploi-france-travail',
      enonce:
        'Depuis la loi n° 2023-1196 pour le plein emploi, une personne accompagnée par Cap emploi est aussi inscrite à France Travail.',
      criteres: ['B3.C7.CR4'],
      reponse: true,
      feedback: {
        vrai: 'Exact : la loi a généralisé l’inscription à France Travail des personnes accompagnées par Cap emploi.',
        faux: 'Si : l’inscription à France Travail est généralisée, y compris pour les personnes suivies par Cap emploi, qui continue son accompagnement spécialisé.',
      },
      explication:
        'La loi plein emploi organise le service public de l’emploi autour de France Travail : les personnes accompagnées par Cap emploi y sont inscrites ; Cap emploi garde son rôle spécialisé auprès des personnes handicapées.',
      source: 'Loi n° 2023-1196 du 18 décembre 2023',
      appuis: ['referentiel §2.7 Orientation'],
    }),
    association({
      id: 'ea-partenaires-parcours',
      enonce: 'Associez chaque partenaire à ce qu’il apporte au parcours d’un salarié d’entreprise adaptée vers un autre employeur.',
      criteres: ['B3.C7.CR4'],
      gauche: [
        {
          id: 'g1',
          texte: 'Cap emploi',
          feedback: 'Organisme spécialisé du service public de l’emploi pour les personnes handicapées : il propose des candidats et accompagne vers l’emploi.',
        },
        {
          id: 'g2',
          texte: 'L’Agefiph',
          feedback: 'Elle finance des aides à l’emploi des personnes handicapées chez les employeurs privés ; la RQTH y donne accès.',
        },
        {
          id: 'g3',
          texte: 'Le FIPHFP',
          feedback: 'Il joue le même rôle que l’Agefiph pour les employeurs publics : mairie, hôpital, administration.',
        },
        {
          id: 'g4',
          texte: 'Le tuteur de l’entreprise d’accueil',
          feedback: 'Il accueille le salarié, organise le poste et fait le point avec vous pendant la mise en situation.',
        },
      ],
      droite: [
        { id: 'd1', texte: 'Accompagner vers l’emploi, en spécialiste du handicap' },
        { id: 'd2', texte: 'Financer des aides chez un employeur privé' },
        { id: 'd3', texte: 'Financer des aides chez un employeur public' },
        { id: 'd4', texte: 'Accueillir au poste et faire des points réguliers' },
        { id: 'd5', texte: 'Décider d’une orientation vers l’entreprise adaptée' },
      ],
      paires: { g1: 'd1', g2: 'd2', g3: 'd3', g4: 'd4' },
      explication:
        'Le parcours vers un employeur ordinaire s’appuie sur le service public de l’emploi (France Travail, Cap emploi), sur les aides ouvertes par la RQTH (Agefiph pour le privé, FIPHFP pour le public) et sur le tuteur de l’employeur. Personne ne décide d’une orientation vers l’EA : le recrutement y est direct.',
      source: 'Loi n° 2023-1196 ; C. trav., art. L5213-1 et L5213-13 et suivants',
      appuis: ['referentiel §2.7 Orientation', 'referentiel §2.11 RQTH – effets', 'referentiel §2.11 Limites'],
    }),
    choixMultiples({
      id: 'ea-embauche-employeur-ordinaire',
      enonce:
        'Une entreprise de logistique de 120 salariés envisage d’embaucher Sofiane, reconnu travailleur handicapé, à l’issue de son CDD tremplin. Quelles affirmations sont justes ?',
      criteres: ['B3.C7.CR4'],
      options: [
        {
          id: 'a',
          texte: 'Sofiane comptera parmi les bénéficiaires de l’obligation d’emploi de 6 % de l’entreprise',
          feedback: 'Oui : la RQTH donne la qualité de bénéficiaire de l’obligation d’emploi, qui s’impose aux employeurs d’au moins 20 salariés.',
        },
        {
          id: 'b',
          texte: 'L’entreprise doit obtenir l’accord de l’entreprise adaptée avant de l’embaucher',
          feedback: 'Non : Sofiane est libre de changer d’employeur ; en cas d’embauche en CDI ou en CDD d’au moins 6 mois, il rompt son CDD tremplin sans préavis.',
        },
        {
          id: 'c',
          texte: 'Vous pouvez informer le tuteur de sa reconnaissance pour faciliter l’accueil',
          feedback: 'Non, pas de vous-même : c’est à Sofiane de décider s’il en parle. Vous pouvez, avec son accord, dire au tuteur ce qui l’aide au poste.',
        },
        {
          id: 'd',
          texte: 'Son salaire pourra être inférieur au SMIC pendant la première année',
          feedback: 'Non : comme en EA, il sera salarié de droit commun, payé au moins au SMIC.',
        },
      ],
      reponses: ['a'],
      explication:
        'Tout employeur d’au moins 20 salariés doit employer 6 % de bénéficiaires de l’obligation d’emploi ; la RQTH donne cette qualité et ouvre les aides de l’Agefiph. Le CDD tremplin est rompu sans préavis en cas d’embauche en CDI ou en CDD d’au moins 6 mois. La reconnaissance reste une information que la personne choisit de partager.',
      source: 'C. trav., art. L5212-2 et L5213-1 ; loi n° 2023-1196',
      appuis: ['referentiel §2.9 Taux OETH', 'referentiel §2.11 RQTH – effets', 'complements §8 CDD tremplin'],
    }),
    ordre({
      id: 'ea-etapes-tremplin',
      enonce: 'Remettez dans l’ordre les étapes d’un CDD tremplin qui mène Sofiane vers un employeur ordinaire.',
      criteres: ['B3.C7.CR4', 'B3.C7.CR2'],
      etapes: [
        {
          id: 'e1',
          texte: 'Préciser avec Sofiane le métier qu’il vise et ce qu’il veut apprendre',
          feedback: 'Tout part du projet du salarié : c’est lui qui choisit la direction.',
        },
        {
          id: 'e2',
          texte: 'Lui faire apprendre à l’atelier les gestes attendus dans ce métier, et noter ses progrès',
          feedback: 'L’atelier de l’EA est le lieu d’apprentissage : gestes transférables, progrès notés avec lui.',
        },
        {
          id: 'e3',
          texte: 'Préparer avec le tuteur de l’employeur une mise en situation, contrat suspendu',
          feedback: 'Le CDD tremplin peut être suspendu pour une mise en situation chez un autre employeur ; le tuteur se prépare avant.',
        },
        {
          id: 'e4',
          texte: 'Faire le bilan de la mise en situation avec Sofiane et le tuteur',
          feedback: 'Le bilan dit ce qui va, ce qui reste à apprendre et si une embauche est envisageable.',
        },
        {
          id: 'e5',
          texte: 'Embauche en CDI : Sofiane rompt son CDD tremplin sans préavis',
          feedback: 'En cas d’embauche en CDI ou en CDD d’au moins 6 mois, la rupture se fait sans préavis.',
        },
      ],
      explication:
        'Un CDD tremplin se construit à partir du projet du salarié, se nourrit des apprentissages de l’atelier, passe par des mises en situation préparées avec l’employeur (contrat suspendu pendant ce temps) et s’achève, au mieux, par une embauche qui permet de partir sans préavis.',
      source: 'Loi n° 2023-1196 ; décrets n° 2024-99 et n° 2024-100',
      appuis: ['complements §8 CDD tremplin'],
    }),
    choixUnique({
      id: 'ea-tuteur-mission-eatt',
      enonce:
        'Mehdi, salarié d’une entreprise adaptée de travail temporaire, commence lundi une mission de trois semaines dans un entrepôt. Que préparez-vous avec le tuteur de l’entrepôt ?',
      criteres: ['B3.C7.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Un dossier sur son handicap et son traitement, pour que le tuteur sache tout',
          feedback:
            'Non : le diagnostic et le traitement relèvent de la vie privée de Mehdi. Le tuteur a besoin de savoir ce qui l’aide au poste, pas de sa santé.',
        },
        {
          id: 'b',
          texte: 'Ce qui aide Mehdi, convenu avec lui, qui appeler, et un point chaque semaine',
          feedback:
            'Oui : l’EATT doit un accompagnement renforcé pendant la mission. Le tuteur est préparé avec des informations utiles, décidées avec Mehdi.',
        },
        {
          id: 'c',
          texte: 'Rien de particulier : en mission, c’est l’entrepôt qui devient son employeur',
          feedback:
            'Non : en travail temporaire, l’employeur reste l’EATT, qui accompagne Mehdi pendant et entre les missions.',
        },
        {
          id: 'd',
          texte: 'Un bilan écrit à remplir par le tuteur à la fin de la mission, sans point avant',
          feedback:
            'Un bilan final est utile, mais attendre trois semaines laisse une difficulté s’installer. L’accompagnement se fait pendant la mission.',
        },
      ],
      reponse: 'b',
      explication:
        'L’EATT emploie le salarié en contrat de mission ou en CDI intérimaire et lui doit un accompagnement renforcé pendant et entre les missions. Le moniteur prépare le tuteur avec ce qui aide la personne, convenu avec elle, et organise des points réguliers.',
      source: 'Loi n° 2023-1196 ; décrets n° 2024-99 et n° 2024-100',
      appuis: ['complements §8 EATT', 'referentiel §2.7 EA'],
    }),
    choixUnique({
      id: 'ea-mise-a-disposition-appui',
      enonce:
        'L’entreprise adaptée met Mme Duval à disposition d’une blanchisserie industrielle pendant trois mois. Qu’est-ce qui accompagne cette mise à disposition ?',
      criteres: ['B3.C7.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Une orientation de la CDAPH, renouvelée pour la durée de la mise à disposition',
          feedback:
            'Non : la CDAPH n’intervient pas. La mise à disposition est organisée entre l’EA, la salariée et l’employeur utilisateur.',
        },
        {
          id: 'b',
          texte: 'Un contrat d’accompagnement par le travail, signé avec la blanchisserie',
          feedback:
            'Non : ce contrat est celui des travailleurs d’ESAT. Mme Duval garde son contrat de travail avec l’EA.',
        },
        {
          id: 'c',
          texte: 'Une prestation d’appui individualisée, facturée à la blanchisserie',
          feedback:
            'Oui : la mise à disposition par une EA s’accompagne d’une prestation d’appui individualisée, facturée à l’utilisateur.',
        },
        {
          id: 'd',
          texte: 'Un suivi par l’ESAT le plus proche, qui prend le relais de l’EA',
          feedback:
            'Non : l’EA reste l’employeur de Mme Duval et garde son accompagnement ; aucun ESAT n’intervient.',
        },
      ],
      reponse: 'c',
      explication:
        'Une EA peut mettre des salariés handicapés à disposition d’autres employeurs ; une prestation d’appui individualisée, facturée à l’utilisateur, accompagne la mise à disposition.',
      source: 'C. trav., art. D5213-81 et suivants',
      appuis: ['referentiel §2.10 Mise à disposition', 'complements §8 Mise à disposition par une EA'],
    }),
    choixUnique({
      id: 'ea-livraison-avancee-parcours',
      enonce:
        'Le client avance sa livraison de deux jours. Sofiane, en CDD tremplin, a une mise en situation prévue jeudi chez un employeur. La responsable de production vous demande votre avis. Que proposez-vous ?',
      criteres: ['B3.C7.CR4'],
      options: [
        {
          id: 'a',
          texte: 'Reporter la mise en situation : la commande finance l’entreprise et Sofiane est rapide',
          feedback:
            'La commande compte, mais la mission de l’EA est le parcours du salarié. Reporter une mise en situation préparée fait perdre une occasion d’embauche.',
        },
        {
          id: 'b',
          texte: 'Demander à Sofiane de choisir seul entre la commande et sa mise en situation',
          feedback:
            'Lui faire porter seul ce choix le met en porte-à-faux avec son employeur. C’est à l’entreprise d’organiser la production autour de son parcours.',
        },
        {
          id: 'c',
          texte: 'Chiffrer la charge sans lui et proposer une réorganisation qui garde son jeudi',
          feedback:
            'Oui : un avis chiffré, donné tôt, permet d’ajuster la production sans sacrifier l’étape du parcours prévue.',
        },
        {
          id: 'd',
          texte: 'Accepter la nouvelle date en promettant des heures en plus à toute l’équipe',
          feedback:
            'Promettre des heures supplémentaires sans calcul engage l’équipe et l’employeur ; ce n’est pas à vous de le décider.',
        },
      ],
      reponse: 'c',
      explication:
        'En EA, la production est un support de l’accompagnement vers le projet professionnel. Le CDD tremplin prévoit des mises en situation chez d’autres employeurs : le moniteur chiffre la charge et propose une organisation qui les préserve.',
      source: 'C. trav., art. L5213-13 et suivants ; loi n° 2023-1196',
      appuis: ['complements §8 Nature', 'complements §8 CDD tremplin'],
    }),
  ],
});
