import { association, choixMultiples, choixUnique, defineQuiz, texteATrous, vraiFaux } from '#auteur';

export default defineQuiz({
  id: 'droits-ressources',
  titre: 'Droits et ressources des travailleurs',
  description:
    'MDPH et CDAPH, RQTH et orientation, AAH et rémunération garantie, prime d’activité, mesures de protection juridique et rôle du moniteur : dix-huit questions.',
  bloc: 'B1',
  questions: [
    // ---------------------------------------------------------------- MDPH, CDAPH, RQTH
    choixUnique({
      id: 'qui-decide-rqth',
      enonce:
        'Corinne, travailleuse de l’atelier de conditionnement, vous demande qui a décidé de sa reconnaissance de travailleuse handicapée. Que lui répondez-vous ?',
      criteres: ['B1.C4.CR4'],
      options: [
        {
          id: 'a',
          texte: 'Le médecin du travail, après sa visite d’embauche à l’ESAT',
          feedback: 'Le médecin du travail se prononce sur l’aptitude et les aménagements, pas sur la RQTH.',
        },
        {
          id: 'b',
          texte: 'La direction de l’ESAT, à la fin de sa période d’essai',
          feedback: 'La direction décide de l’admission après l’essai, mais la RQTH ne dépend pas de l’établissement.',
        },
        {
          id: 'c',
          texte: 'La CDAPH, la commission qui décide au sein de la MDPH',
          feedback: 'Oui : la RQTH, comme l’orientation, l’AAH et la PCH, est décidée par la CDAPH.',
        },
        {
          id: 'd',
          texte: 'France Travail, qui a instruit sa demande d’emploi',
          feedback:
            'France Travail peut préconiser une orientation depuis la loi plein emploi, mais la décision reste celle de la CDAPH.',
        },
      ],
      reponse: 'c',
      explication:
        'La CDAPH, commission de la MDPH, décide de la RQTH, de l’orientation professionnelle, de l’AAH et de la PCH. L’orientation vers un ESAT vaut RQTH.',
      source: 'CASF, art. L146-9 ; C. trav., art. L5213-2',
      appuis: ['referentiel §2.11 CDAPH', 'complements §3 RQTH et orientation'],
    }),
    vraiFaux({
      id: 'orientation-vaut-rqth',
      enonce:
        'Une personne orientée en ESAT par la CDAPH bénéficie de la reconnaissance de la qualité de travailleur handicapé sans avoir à la demander à part.',
      criteres: ['B1.C4.CR4'],
      reponse: true,
      feedback: {
        vrai: 'Exact : l’orientation vers un ESAT, comme vers le marché du travail ou un centre de rééducation professionnelle, vaut RQTH.',
        faux: 'Si : le code du travail prévoit que l’orientation vers un ESAT vaut RQTH ; aucune seconde décision n’est nécessaire.',
      },
      explication:
        'L’orientation décidée par la CDAPH vers le marché du travail, un ESAT ou un centre de rééducation professionnelle vaut reconnaissance de la qualité de travailleur handicapé.',
      source: 'C. trav., art. L5213-2',
      appuis: ['complements §3 RQTH et orientation'],
    }),
    choixUnique({
      id: 'duree-rqth-actuelle',
      enonce:
        'Corinne s’inquiète : « Il faut refaire ma RQTH tous les cinq ans ? » Quelle règle est en vigueur depuis le 1er janvier 2020 ?',
      criteres: ['B1.C4.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Une décision pour 1 à 5 ans, à renouveler à chaque échéance',
          feedback: 'C’était la règle avant 2019 : elle est périmée, même si on l’entend encore.',
        },
        {
          id: 'b',
          texte: 'Jusqu’à 10 ans, ou sans limite si l’altération est définitive',
          feedback:
            'Oui : décisions jusqu’à 10 ans depuis le décret de 2018, et RQTH sans limitation de durée depuis 2020 quand l’altération est définitive.',
        },
        {
          id: 'c',
          texte: 'Sans limite de durée pour toute personne orientée en ESAT',
          feedback: 'Non : l’absence de limite tient à une altération définitive, pas au lieu de travail.',
        },
        {
          id: 'd',
          texte: 'Une durée de 5 ans, alignée sur celle de la curatelle',
          feedback: 'La RQTH n’a aucun lien avec la durée d’une mesure de protection juridique.',
        },
      ],
      reponse: 'b',
      explication:
        'Depuis le décret n° 2018-1222, les décisions de la CDAPH peuvent aller jusqu’à 10 ans ; depuis le 1er janvier 2020 (décret n° 2019-1501), la RQTH est attribuée sans limitation de durée quand l’altération d’une fonction est définitive. La règle « 1 à 5 ans » est périmée.',
      source: 'Décrets n° 2018-1222 et n° 2019-1501 ; C. trav., art. L5213-1',
      appuis: ['complements §3 Durée de la RQTH', 'complements §10.1 n°5', 'referentiel §2.11 RQTH – durée'],
    }),
    vraiFaux({
      id: 'mdph-oriente-ea',
      enonce:
        'Comme elle oriente vers un ESAT, la CDAPH oriente les personnes vers une entreprise adaptée, qui ne peut recruter qu’avec cette décision.',
      criteres: ['B1.C4.CR4'],
      reponse: false,
      feedback: {
        vrai: 'Non : la MDPH n’oriente pas vers une entreprise adaptée. On y est recruté directement ou par le service public de l’emploi, avec une RQTH.',
        faux: 'Exact : l’entreprise adaptée recrute directement ou par France Travail et Cap emploi des personnes reconnues travailleurs handicapés.',
      },
      explication:
        'La CDAPH oriente vers le marché du travail, un ESAT ou un centre de rééducation professionnelle. L’entreprise adaptée, entreprise du milieu ordinaire, recrute des personnes reconnues travailleurs handicapés, directement ou sur proposition du service public de l’emploi.',
      source: 'C. trav., art. L5213-2 et L5213-13',
      appuis: ['referentiel §2.11 Limites', 'complements §8 Recrutement'],
    }),
    choixUnique({
      id: 'evaluation-mdph-projet-de-vie',
      enonce: 'L’équipe pluridisciplinaire de la MDPH évalue les besoins de compensation d’une personne. Sur quoi s’appuie-t-elle d’abord ?',
      criteres: ['B1.C4.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Sur le projet de vie exprimé par la personne',
          feedback: 'Oui : la loi de 2005 fait partir l’évaluation, outillée par le GEVA, du projet de vie de la personne.',
        },
        {
          id: 'b',
          texte: 'Sur le rendement mesuré à l’atelier de l’ESAT',
          feedback: 'Vos observations peuvent éclairer l’équipe, mais l’évaluation ne se réduit pas au rendement.',
        },
        {
          id: 'c',
          texte: 'Sur le seul taux d’incapacité fixé par le médecin',
          feedback: 'Le taux compte pour certaines prestations, mais l’évaluation part des besoins et du projet de vie.',
        },
        {
          id: 'd',
          texte: 'Sur l’avis de la famille, qui connaît ses besoins',
          feedback: 'La famille peut être entendue, mais c’est le projet de la personne qui fonde l’évaluation.',
        },
      ],
      reponse: 'a',
      explication:
        'La loi n° 2005-102 (art. 11) inscrit les besoins de compensation dans un plan construit à partir du projet de vie exprimé par la personne ; l’équipe pluridisciplinaire de la MDPH les évalue avec le GEVA.',
      source: 'Loi n° 2005-102 du 11 février 2005, art. 11',
      appuis: ['referentiel §2.1 Projet de vie et compensation (art. 11)', 'referentiel §2.11 MDPH'],
    }),
    // ---------------------------------------------------------------- AAH, prime d’activité
    choixMultiples({
      id: 'conditions-aah',
      enonce: 'Parmi ces conditions, lesquelles font partie des conditions d’attribution de l’AAH ?',
      criteres: ['B1.C4.CR4'],
      options: [
        {
          id: 'a',
          texte: 'Avoir au moins 20 ans, ou 16 ans si l’on n’est plus à la charge de ses parents',
          feedback: 'Oui : c’est la condition d’âge.',
        },
        {
          id: 'b',
          texte: 'Être orienté en ESAT par la CDAPH depuis au moins un an',
          feedback: 'Non : l’AAH ne dépend pas d’une orientation en ESAT ; on peut la percevoir sans travailler.',
        },
        {
          id: 'c',
          texte: 'Une incapacité de 80 % ou plus, ou de 50 à 79 % avec une restriction durable d’accès à l’emploi',
          feedback: 'Oui : la restriction substantielle et durable d’accès à l’emploi est reconnue par la CDAPH.',
        },
        {
          id: 'd',
          texte: 'Des ressources du couple inférieures au plafond fixé pour un couple',
          feedback: 'Non : depuis le 1er octobre 2023, les ressources du conjoint ne comptent plus et le plafond « couple » a disparu.',
        },
        {
          id: 'e',
          texte: 'Avoir travaillé au moins six mois en milieu ordinaire avant la demande',
          feedback: 'Non : aucune durée d’activité préalable n’est demandée.',
        },
      ],
      reponses: ['a', 'c'],
      explication:
        'L’AAH est attribuée à partir de 20 ans (16 ans par exception), avec un taux d’incapacité de 80 % ou plus, ou de 50 à 79 % avec une restriction substantielle et durable d’accès à l’emploi, sous condition de ressources ; depuis la déconjugalisation (1er octobre 2023), les ressources du conjoint ne comptent plus.',
      source: 'Code de la sécurité sociale, art. L821-1 et suivants ; loi n° 2022-1158, art. 10',
      appuis: ['complements §3 AAH : conditions', 'complements §3 Déconjugalisation (2023)'],
    }),
    choixUnique({
      id: 'mehdi-temps-plein',
      enonce:
        'Mehdi, qui perçoit l’AAH, hésite à passer à temps plein à l’atelier : « Ils vont me couper l’AAH ? » Que faites-vous ?',
      criteres: ['B1.C4.CR4'],
      options: [
        {
          id: 'a',
          texte: 'Vous le rassurez : en ESAT, l’AAH ne baisse jamais, quel que soit son temps de travail.',
          feedback: 'Le cumul existe, mais les revenus d’ESAT sont pris en compte avec des abattements : « jamais » est faux.',
        },
        {
          id: 'b',
          texte: 'Vous faites le calcul avec lui, en appliquant l’abattement que vous connaissez.',
          feedback:
            'Les taux d’abattement propres à l’ESAT se vérifient dans le texte et dépendent de sa situation : un chiffre de mémoire peut le faire renoncer à tort.',
        },
        {
          id: 'c',
          texte: 'Vous lui dites que le cumul existe et l’orientez vers l’assistante sociale pour une simulation.',
          feedback: 'Oui : une information juste et simple, et un relais vers la personne qui fera le calcul avec lui.',
        },
        {
          id: 'd',
          texte: 'Vous lui conseillez de rester à temps partiel tant qu’il n’a pas de réponse écrite de la CAF.',
          feedback: 'Par prudence, vous décidez à sa place et freinez son projet, alors que le cumul est possible.',
        },
      ],
      reponse: 'c',
      explication:
        'Un travailleur d’ESAT peut cumuler l’AAH et sa rémunération garantie ; ses revenus d’ESAT sont pris en compte avec des abattements propres, sur les revenus de l’année N-2. Le moniteur informe du principe et oriente vers qui fera la simulation ; il ne calcule pas à la place des services compétents.',
      source: 'Code de la sécurité sociale, art. R821-4 ; décret n° 2022-1614',
      appuis: ['complements §3 AAH et rémunération garantie en ESAT'],
    }),
    vraiFaux({
      id: 'interessement-aah',
      enonce:
        'Pour calculer l’AAH d’un travailleur d’ESAT, la prime d’intéressement qu’il reçoit est comptée comme sa rémunération garantie.',
      criteres: ['B1.C4.CR4'],
      reponse: false,
      feedback: {
        vrai: 'Non : la prime d’intéressement est exclue des revenus pris en compte pour l’AAH.',
        faux: 'Exact : la prime d’intéressement n’est pas prise en compte dans le calcul de l’AAH.',
      },
      explication:
        'Les revenus d’ESAT sont pris en compte pour l’AAH avec des abattements propres, sur les revenus annuels de l’année N-2 ; la prime d’intéressement en est exclue.',
      source: 'Code de la sécurité sociale, art. R821-4',
      appuis: ['complements §3 AAH et rémunération garantie en ESAT'],
    }),
    choixUnique({
      id: 'aah-emploi-ordinaire',
      enonce:
        'Sofiane quitte l’ESAT pour un emploi en milieu ordinaire. Il perçoit l’AAH. Que se passe-t-il pendant ses premiers mois de salaire ?',
      criteres: ['B1.C4.CR4'],
      options: [
        {
          id: 'a',
          texte: 'L’AAH est suspendue dès le premier salaire, puis recalculée',
          feedback: 'Non : la reprise d’activité n’entraîne pas de suspension ; la loi prévoit au contraire un cumul au départ.',
        },
        {
          id: 'b',
          texte: 'L’AAH est réduite de moitié dès l’embauche, quel que soit le salaire',
          feedback: 'Aucune règle de réduction forfaitaire de moitié n’existe.',
        },
        {
          id: 'c',
          texte: 'Il la perd, car elle est liée à son orientation en ESAT',
          feedback: 'L’AAH ne dépend pas d’une orientation en ESAT ; elle peut se cumuler avec un salaire.',
        },
        {
          id: 'd',
          texte: 'Il cumule intégralement AAH et salaire pendant six mois',
          feedback: 'Oui : cumul intégral pendant les six premiers mois, puis abattement et déclaration trimestrielle.',
        },
      ],
      reponse: 'd',
      explication:
        'En milieu ordinaire, l’AAH se cumule intégralement avec les revenus d’activité pendant les six premiers mois ; ensuite, les revenus sont pris en compte après un abattement, avec une déclaration trimestrielle. Savoir cela peut lever une crainte qui freine un projet de sortie.',
      source: 'Code de la sécurité sociale, art. L821-1 et suivants (AAH)',
      appuis: ['complements §3 AAH et milieu ordinaire'],
    }),
    vraiFaux({
      id: 'deconjugalisation-aah',
      enonce:
        'Depuis le 1er octobre 2023, les revenus du conjoint, du partenaire de Pacs ou du concubin ne comptent plus dans le calcul de l’AAH.',
      criteres: ['B1.C4.CR4'],
      reponse: true,
      feedback: {
        vrai: 'Exact : c’est la déconjugalisation de l’AAH ; une personne déjà en couple garde l’ancien calcul s’il lui est plus favorable.',
        faux: 'Si : la déconjugalisation s’applique depuis le 1er octobre 2023 (AAH d’octobre versée en novembre).',
      },
      explication:
        'La loi n° 2022-1158 du 16 août 2022 (art. 10) a supprimé la prise en compte des ressources du conjoint, du partenaire de Pacs ou du concubin à compter du 1er octobre 2023 ; le plafond « couple » a disparu.',
      source: 'Loi n° 2022-1158 du 16 août 2022, art. 10 ; décret du 28 décembre 2022',
      appuis: ['complements §3 Déconjugalisation (2023)'],
    }),
    texteATrous({
      id: 'prime-activite-aah',
      enonce: 'Complétez la règle de la prime d’activité pour un travailleur d’ESAT qui perçoit l’AAH.',
      criteres: ['B1.C4.CR4'],
      texte:
        'Depuis le décret n° 2018-68, l’AAH est comptée comme un revenu professionnel dès que les revenus d’activité atteignent [[seuil]] fois le SMIC horaire brut par mois ; en dessous, elle est déduite comme une [[prestation]].',
      trous: {
        seuil: {
          acceptees: ['29', 'vingt-neuf'],
          feedback: 'Le seuil est de 29 fois le SMIC horaire brut par mois ; une règle plus ancienne, de 2016, circule encore.',
        },
        prestation: {
          acceptees: ['prestation', 'prestation sociale', 'allocation'],
          feedback: 'Sous le seuil, l’AAH est déduite comme les autres prestations.',
        },
      },
      explication:
        'La prime d’activité est ouverte aux travailleurs d’ESAT. Depuis le décret n° 2018-68, l’AAH compte comme revenu professionnel à partir de 29 fois le SMIC horaire brut de revenus d’activité par mois. La prime n’est pas imposable et n’entre pas dans le calcul de l’AAH.',
      source: 'Décret n° 2018-68 ; code de la sécurité sociale, art. L841-1 et suivants',
      appuis: ['complements §3 Prime d’activité', 'complements §10.1 n°7'],
    }),
    // ---------------------------------------------------------------- Protection juridique
    choixUnique({
      id: 'qui-prononce-mesure',
      enonce: 'La sœur de Bruno pense qu’il aurait besoin d’une curatelle. Comment une telle mesure est-elle décidée ?',
      criteres: ['B1.C4.CR4'],
      options: [
        {
          id: 'a',
          texte: 'Par la CDAPH, sur demande de l’ESAT et avis de l’équipe',
          feedback: 'La CDAPH décide de droits liés au handicap, pas des mesures de protection juridique.',
        },
        {
          id: 'b',
          texte: 'Par la direction de l’ESAT, avec l’accord écrit de la famille',
          feedback: 'Aucun établissement ne peut restreindre la capacité juridique d’une personne.',
        },
        {
          id: 'c',
          texte: 'Par le médecin traitant, qui rédige un certificat de curatelle',
          feedback: 'Le certificat médical circonstancié accompagne la demande, mais c’est le juge qui décide.',
        },
        {
          id: 'd',
          texte: 'Par le juge, sur certificat médical, si elle est nécessaire',
          feedback: 'Oui : le juge décide, selon les principes de nécessité, de subsidiarité et de proportionnalité.',
        },
      ],
      reponse: 'd',
      explication:
        'Une mesure de protection juridique est prononcée par le juge des contentieux de la protection, sur certificat médical circonstancié, et seulement si elle est nécessaire, si des moyens plus simples ne suffisent pas et dans une mesure proportionnée.',
      source: 'Code civil, art. 425 à 431',
      appuis: ['complements §3 Principes de la protection juridique'],
    }),
    association({
      id: 'quatre-mesures',
      enonce: 'Associez chaque mesure de protection à ce qui la caractérise.',
      criteres: ['B1.C4.CR4'],
      gauche: [
        {
          id: 'g1',
          texte: 'Sauvegarde de justice',
          feedback: 'Mesure temporaire (1 an renouvelable une fois) : la personne garde l’exercice de ses droits, sauf actes confiés à un mandataire spécial.',
        },
        {
          id: 'g2',
          texte: 'Curatelle',
          feedback: 'Le curateur assiste la personne : il signe avec elle les actes importants.',
        },
        {
          id: 'g3',
          texte: 'Tutelle',
          feedback: 'Le tuteur représente la personne de façon continue dans les actes de la vie civile.',
        },
        {
          id: 'g4',
          texte: 'Habilitation familiale',
          feedback: 'Un proche est habilité par le juge ; il ne rend pas de compte annuel au juge, et la mesure suppose un consensus familial.',
        },
      ],
      droite: [
        { id: 'd1', texte: 'Mesure temporaire ; la personne garde l’exercice de ses droits' },
        { id: 'd2', texte: 'Assistance : les actes importants sont signés avec la personne' },
        { id: 'd3', texte: 'Représentation continue dans les actes de la vie civile' },
        { id: 'd4', texte: 'Un proche habilité par le juge, sans compte rendu annuel' },
        { id: 'd5', texte: 'Décision de la CDAPH, revue à chaque renouvellement de la RQTH' },
      ],
      paires: { g1: 'd1', g2: 'd2', g3: 'd3', g4: 'd4' },
      explication:
        'Sauvegarde de justice (C. civ., art. 433 à 439) : temporaire. Curatelle : assistance. Tutelle : représentation (art. 440 à 442). Habilitation familiale (art. 494-1 à 494-12) : un proche habilité, pour 10 ans au plus. Aucune de ces mesures n’est décidée par la CDAPH.',
      source: 'Code civil, art. 433 à 442 et 494-1 à 494-12',
      appuis: [
        'complements §3 Sauvegarde de justice',
        'complements §3 Curatelle',
        'complements §3 Tutelle',
        'complements §3 Habilitation familiale',
      ],
    }),
    choixUnique({
      id: 'mariage-sous-curatelle',
      enonce:
        'Patrick, sous curatelle, annonce son mariage : « Ma curatrice doit être d’accord, sinon je n’ai pas le droit. » Que dit la règle actuelle ?',
      criteres: ['B1.C4.CR4'],
      options: [
        {
          id: 'a',
          texte: 'Il lui faut l’autorisation écrite de sa curatrice avant la publication des bans.',
          feedback: 'C’était la règle avant la loi du 23 mars 2019 : elle est périmée.',
        },
        {
          id: 'b',
          texte: 'Sa curatrice est informée à l’avance et peut s’opposer, mais n’autorise pas.',
          feedback: 'Oui : simple information préalable du protecteur, qui peut former opposition.',
        },
        {
          id: 'c',
          texte: 'Il lui faut l’autorisation du juge, que sa curatrice demande pour lui.',
          feedback: 'Depuis 2019, le mariage d’un majeur protégé ne demande plus d’autorisation préalable du juge.',
        },
        {
          id: 'd',
          texte: 'Il n’a rien à faire : la curatelle ne porte que sur ses comptes bancaires.',
          feedback: 'La curatrice doit être informée à l’avance ; la curatelle ne se limite pas aux comptes.',
        },
      ],
      reponse: 'b',
      explication:
        'Depuis la loi n° 2019-222 du 23 mars 2019, le mariage et le Pacs d’un majeur protégé ne demandent plus d’autorisation préalable : le protecteur est informé à l’avance et peut former opposition. Le droit de vote appartient aussi à toutes les personnes protégées.',
      source: 'Loi n° 2019-222 du 23 mars 2019 ; Code civil, art. 459 et 460',
      appuis: ['complements §3 Droits personnels du majeur protégé', 'complements §10.1 n°6'],
    }),
    vraiFaux({
      id: 'vote-sous-tutelle',
      enonce: 'Depuis la loi du 23 mars 2019, une personne sous tutelle a le droit de voter.',
      criteres: ['B1.C4.CR1'],
      reponse: true,
      feedback: {
        vrai: 'Exact : la loi n° 2019-222 a ouvert le droit de vote à toutes les personnes protégées.',
        faux: 'Si : depuis la loi n° 2019-222, le juge ne peut plus retirer le droit de vote ; toutes les personnes protégées votent.',
      },
      explication:
        'La loi n° 2019-222 du 23 mars 2019 a rendu le droit de vote à tous les majeurs protégés. Le moniteur peut le dire simplement à un travailleur qui croit l’avoir perdu.',
      source: 'Loi n° 2019-222 du 23 mars 2019',
      appuis: ['complements §3 Droits personnels du majeur protégé'],
    }),
    choixUnique({
      id: 'photo-sous-tutelle',
      enonce:
        'L’ESAT veut une photo de Nathalie, sous tutelle, à son poste de blanchisserie pour la plaquette. Quelle est votre première démarche ?',
      criteres: ['B1.C4.CR4'],
      options: [
        {
          id: 'a',
          texte: 'Demander l’accord écrit de son tuteur, qui décide pour elle',
          feedback:
            'Pour un acte personnel comme son image, la personne décide elle-même autant que son état le permet ; le tuteur n’intervient que si le juge l’a prévu.',
        },
        {
          id: 'b',
          texte: 'Lui expliquer l’usage de la photo et lui demander son accord',
          feedback: 'Oui : on recherche d’abord le consentement de la personne, avec une explication accessible.',
        },
        {
          id: 'c',
          texte: 'Demander l’accord de sa mère, qui la connaît le mieux',
          feedback: 'La famille n’a pas à consentir à sa place : c’est la personne qui décide de son image.',
        },
        {
          id: 'd',
          texte: 'Renoncer : une personne sous tutelle ne peut pas consentir',
          feedback: 'La tutelle ne retire pas le droit de décider des actes personnels autant que son état le permet.',
        },
      ],
      reponse: 'b',
      explication:
        'Pour les décisions relatives à sa personne, le majeur protégé décide seul autant que son état le permet ; l’assistance ou la représentation du protecteur n’interviennent que si le juge l’a prévu. Le moniteur recherche d’abord le consentement de la personne, en lui expliquant de façon accessible.',
      source: 'Code civil, art. 459 ; loi n° 2019-222',
      appuis: ['complements §3 Droits personnels du majeur protégé', 'complements §3 Ce que le moniteur peut / ne peut pas faire'],
    }),
    choixMultiples({
      id: 'role-moniteur-curatelle',
      enonce:
        'Julien, sous curatelle renforcée, travaille en espaces verts. Parmi ces gestes, lesquels relèvent de votre rôle de moniteur ?',
      criteres: ['B1.C4.CR4'],
      options: [
        {
          id: 'a',
          texte: 'Lui expliquer avec des mots simples un changement de poste, puis lui demander son accord',
          feedback: 'Oui : vous recherchez d’abord son consentement pour ce qui le concerne.',
        },
        {
          id: 'b',
          texte: 'Garder sa carte bancaire dans votre bureau, pour qu’il ne la perde plus',
          feedback: 'Non : le moniteur ne gère pas l’argent de la personne ; en curatelle renforcée, c’est le curateur qui règle les dépenses.',
        },
        {
          id: 'c',
          texte: 'Donner à son mandataire les seules informations utiles à l’accompagnement, en le lui disant',
          feedback: 'Oui : le mandataire fait partie des professionnels autorisés, dans la limite du strict nécessaire.',
        },
        {
          id: 'd',
          texte: 'Accepter la somme qu’il tient à vous offrir pour vous remercier de votre aide',
          feedback: 'Non : les salariés d’un établissement médico-social ne peuvent recevoir ni don ni legs de la personne accompagnée.',
        },
        {
          id: 'e',
          texte: 'Orienter vers l’équipe et son curateur ses questions sur ses dépenses',
          feedback: 'Oui : vous l’orientez vers les bons interlocuteurs sans vous substituer à eux.',
        },
      ],
      reponses: ['a', 'c', 'e'],
      explication:
        'Le moniteur recherche d’abord le consentement de la personne, ne gère pas son argent, n’accepte ni don ni legs (CASF, art. L116-4) et n’échange avec le mandataire judiciaire que les informations strictement nécessaires à l’accompagnement, la personne en étant informée (CSP, art. R1110-2).',
      source: 'CASF, art. L116-4 ; CSP, art. R1110-2 ; Code civil, art. 459 et 472',
      appuis: ['complements §3 Ce que le moniteur peut / ne peut pas faire', 'complements §3 Curatelle'],
    }),
    vraiFaux({
      id: 'legs-accord-famille',
      enonce:
        'Un moniteur d’ESAT peut accepter le legs qu’un travailleur accompagné veut lui faire, si la famille et le curateur de ce travailleur sont d’accord.',
      criteres: ['B1.C4.CR4'],
      reponse: false,
      feedback: {
        vrai: 'Non : l’interdiction vaut pendant toute la durée de l’accompagnement, quel que soit l’accord de la famille ou du curateur.',
        faux: 'Exact : les salariés d’un établissement médico-social ne peuvent recevoir ni don ni legs de la personne qu’ils accompagnent.',
      },
      explication:
        'Le CASF (art. L116-4) interdit aux employés des établissements et services sociaux et médico-sociaux de recevoir des dons ou legs des personnes qu’ils accompagnent, pendant la durée de cet accompagnement.',
      source: 'CASF, art. L116-4',
      appuis: ['complements §3 Ce que le moniteur peut / ne peut pas faire'],
    }),
  ],
});
