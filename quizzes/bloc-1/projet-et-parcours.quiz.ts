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
  id: 'projet-et-parcours',
  titre: 'Projet personnalisé, projet professionnel et parcours d’inclusion',
  description:
    'Des souhaits aux objectifs, la co-construction et la révision du projet, les dispositifs de parcours et le droit au retour : seize questions.',
  bloc: 'B1',
  questions: [
    // ---------------------------------------------------------------- B1.C7.CR1
    choixUnique({
      id: 'souhait-cheffe',
      enonce:
        'Restauration collective, fin de service. Karima vous dit : « Moi, je veux être cheffe dans un grand restaurant. » Que faites-vous en premier ?',
      criteres: ['B1.C7.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Vous lui demandez ce qui l’attire dans ce métier et notez son souhait avec ses mots.',
          feedback:
            'Oui : explorer le souhait (ce qui attire, ce qu’elle sait du métier) est le point de départ d’objectifs et d’étapes réalistes.',
        },
        {
          id: 'b',
          texte: 'Vous lui expliquez gentiment que ce projet n’est pas réaliste pour elle aujourd’hui.',
          feedback:
            'Décréter l’irréalisme à sa place ferme la discussion. Le réalisme se construit avec la personne, par l’expérience.',
        },
        {
          id: 'c',
          texte: 'Vous lui cherchez tout de suite un stage dans un grand restaurant, pour l’encourager.',
          feedback:
            'L’élan est généreux, mais vous décidez seul de la première étape, avant d’avoir exploré avec elle ce que son souhait recouvre ; un stage se prépare avec elle et l’équipe.',
        },
        {
          id: 'd',
          texte: 'Vous attendez qu’elle en reparle, pour vérifier que son souhait est sérieux.',
          feedback: 'Attendre peut laisser croire que son souhait ne vous intéresse pas. Il mérite d’être entendu tout de suite.',
        },
      ],
      reponse: 'a',
      explication:
        'Le moniteur propose des objectifs et des étapes à partir des souhaits de la personne (Fiche Métier CPNE-FP 2024). Un souhait, même lointain, s’explore : ce qui attire, ce que la personne sait du métier.',
      source: 'Fiche Métier CPNE-FP 2024 ; leçon Projet et parcours, § Accueillir le souhait',
    }),
    ordre({
      id: 'du-souhait-aux-etapes',
      enonce: 'Remettez dans l’ordre la démarche qui mène d’un souhait à des étapes de parcours.',
      criteres: ['B1.C7.CR1'],
      etapes: [
        {
          id: 'e1',
          texte: 'Recueillir le souhait avec les mots de la personne',
          feedback: 'Tout part de ce que la personne exprime, avec ses mots.',
        },
        {
          id: 'e2',
          texte: 'Explorer avec elle ce qui l’attire et ce qu’elle connaît du métier',
          feedback: 'L’exploration précise le souhait, parfois par une visite ou une rencontre.',
        },
        {
          id: 'e3',
          texte: 'Repérer ensemble les compétences acquises et celles à développer',
          feedback: 'Les observations datées et l’auto-évaluation servent ici.',
        },
        {
          id: 'e4',
          texte: 'Formuler avec elle un objectif précis, observable et daté',
          feedback: 'L’objectif dit quoi, comment on le verra, et pour quand.',
        },
        {
          id: 'e5',
          texte: 'Découper l’objectif en étapes, avec qui accompagne chacune',
          feedback: 'Chaque étape a une date, un accompagnant et un moyen de savoir si elle est franchie.',
        },
        {
          id: 'e6',
          texte: 'Faire le point avec elle à la date prévue',
          feedback: 'Le point d’étape permet d’ajuster la suite du parcours.',
        },
      ],
      explication:
        'On part du souhait, on l’explore, on fait le point sur les compétences, puis on formule un objectif et ses étapes, que l’on vérifie à date. À chaque temps, la personne est actrice.',
      source: 'Leçon Projet et parcours, § Du souhait aux objectifs et aux étapes',
    }),
    choixMultiples({
      id: 'objectif-bien-formule',
      enonce: 'Lesquels de ces objectifs, proposés pour le projet de Karima, sont bien formulés ?',
      criteres: ['B1.C7.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Devenir cheffe dans un grand restaurant, comme Karima l’a dit en fin de service.',
          feedback:
            'Non : c’est son souhait, précieux, mais pas encore un objectif. Il se traduit en étapes précises, observables et datées.',
        },
        {
          id: 'b',
          texte: 'Karima doit progresser en cuisine et prendre confiance en elle d’ici l’été.',
          feedback: 'Non : progresser en quoi, comment le saura-t-on ? La date ne suffit pas à rendre l’objectif précis.',
        },
        {
          id: 'c',
          texte: 'D’ici fin juin, Karima prépare seule les entrées froides pour 80 couverts avec la fiche recette.',
          feedback: 'Oui : précis, observable, daté et atteignable avec une aide identifiée ; il rapproche Karima de ce qu’elle vise.',
        },
        {
          id: 'd',
          texte: 'D’ici fin juin, Karima dresse les assiettes plus vite que ses collègues du service.',
          feedback:
            'Non : l’objectif dépend des autres et non de ses propres progrès, et rien ne dit qu’il vient d’elle.',
        },
        {
          id: 'e',
          texte: 'Karima doit être plus motivée et plus sérieuse au travail.',
          feedback: 'Non : c’est un jugement sur la personne, pas un objectif qu’elle peut atteindre.',
        },
      ],
      reponses: ['c'],
      explication:
        'Un objectif utile est précis, observable, daté, atteignable avec les aides prévues, et choisi par la personne. Un souhait se traduit en objectifs ; les formules générales, les comparaisons avec les autres ou les jugements ne guident aucune action.',
      source: 'Leçon Projet et parcours, § Formuler un objectif réaliste',
    }),
    vraiFaux({
      id: 'realiste-selon-moniteur',
      enonce:
        'Karim, en espaces verts, voudrait apprendre à conduire la tondeuse autoportée. Vous jugez plus atteignable « ramasser seul les déchets verts d’ici mars » et l’inscrivez comme objectif de son projet : c’est un objectif réaliste, donc le bon choix.',
      criteres: ['B1.C7.CR1'],
      reponse: false,
      feedback: {
        vrai: 'Non : un objectif imposé, même atteignable, n’est pas celui de Karim. Explorez d’abord son souhait (ce qui l’attire dans la conduite), puis construisez avec lui des étapes vers ce qu’il vise.',
        faux: 'Exact : l’objectif part des souhaits de la personne ; le moniteur l’aide à le rendre atteignable, par étapes, sans le choisir à sa place.',
      },
      explication:
        'La Fiche Métier demande de proposer objectifs et étapes à partir des souhaits de la personne, dans une posture qui soutient son autodétermination. Un objectif utile est précis, observable, daté, atteignable et choisi par la personne. Le réalisme se construit avec elle, par l’expérience (essais, formations, mises en situation), pas par le seul avis du moniteur.',
      source: 'Fiche Métier CPNE-FP 2024 ; leçon Projet et parcours, § Accueillir le souhait ; § Formuler un objectif réaliste',
    }),
    texteATrous({
      id: 'objectif-etapes-trous',
      enonce: 'Complétez la règle de construction d’un parcours.',
      criteres: ['B1.C7.CR1'],
      texte:
        'Un objectif part des [[souhaits]] de la personne. Il est découpé en [[etapes]] courtes. Chacune a une [[date]], un professionnel qui accompagne et un moyen de savoir si elle est franchie.',
      trous: {
        souhaits: {
          acceptees: ['souhaits', 'souhait', 'envies', 'attentes', 'choix'],
          feedback: 'Le point de départ est ce que la personne veut, exprimé avec ses mots.',
        },
        etapes: {
          acceptees: ['étapes', 'etapes', 'étape', 'sous-objectifs'],
          feedback: 'Des étapes courtes rendent une grande ambition atteignable et montrent les progrès.',
        },
        date: {
          acceptees: ['date', 'échéance', 'echeance', 'délai'],
          feedback: 'Une date fixe le moment du point avec la personne.',
        },
      },
      explication:
        'Un parcours se construit à partir des souhaits, en étapes courtes, chacune avec une date, un accompagnant et un indicateur. Chaque étape franchie est une réussite en soi.',
      source: 'Leçon Projet et parcours, § Découper en étapes',
    }),
    // ---------------------------------------------------------------- B1.C7.CR2
    choixUnique({
      id: 'role-moniteur-projet',
      enonce:
        'La coordinatrice de projet vous invite à la réunion de projet personnalisé de Sonia, travailleuse en blanchisserie depuis deux ans. Qu’y apportez-vous ?',
      criteres: ['B1.C7.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Le projet que vous avez rédigé pour elle, puisque vous la voyez chaque jour.',
          feedback: 'Le projet se co-construit avec la personne et l’équipe : personne ne le rédige seul, même celui qui la voit le plus.',
        },
        {
          id: 'b',
          texte: 'Votre présence et votre écoute : le projet relève de l’équipe éducative.',
          feedback: 'La Fiche Métier confie au moniteur une contribution à l’élaboration, à la mise en œuvre et à l’évaluation du projet.',
        },
        {
          id: 'c',
          texte: 'Ses souhaits exprimés, vos observations datées et des pistes d’objectifs.',
          feedback: 'Oui : c’est sa contribution spécifique, complémentaire de celle des autres professionnels ; les objectifs se décident ensuite avec Sonia.',
        },
        {
          id: 'd',
          texte: 'La liste des objectifs professionnels qu’elle devra atteindre cette année.',
          feedback: 'Le moniteur propose des objectifs, mais c’est avec la personne qu’ils se décident.',
        },
      ],
      reponse: 'c',
      explication:
        'Selon la Fiche Métier, le moniteur contribue à l’élaboration, à la mise en œuvre, à l’adaptation et à l’évaluation du projet, en collaboration avec l’équipe pluriprofessionnelle. Le projet est co-construit avec la personne (ANESM 2008), qui parle en premier en réunion.',
      source: 'Fiche Métier CPNE-FP 2024 ; ANESM, RBPP projet personnalisé (2008) ; leçon Projet et parcours, § Votre place dans la démarche',
    }),
    vraiFaux({
      id: 'co-construction-revision',
      enonce:
        'Le projet personnalisé se co-construit avec la personne, et avec son représentant légal le cas échéant, puis se révise pour suivre l’évolution de ses attentes et de sa situation.',
      criteres: ['B1.C7.CR2'],
      reponse: true,
      feedback: {
        vrai: 'Exact : co-construction et révision régulière sont au cœur de la démarche issue de la loi n° 2002-2 et de la RBPP ANESM de 2008.',
        faux: 'Si : le projet n’est ni rédigé pour la personne, ni figé. Il se co-construit et se révise (loi n° 2002-2 ; ANESM 2008).',
      },
      explication:
        'La loi n° 2002-2 a fait du projet personnalisé un droit des personnes accueillies. La RBPP ANESM de 2008 insiste sur la participation effective, la co-construction et la révision régulière, contre la standardisation.',
      source: 'Loi n° 2002-2 ; ANESM, RBPP « Les attentes de la personne et le projet personnalisé » (2008)',
    }),
    choixMultiples({
      id: 'quand-reviser-projet',
      enonce:
        'Dans lesquelles de ces situations proposez-vous à l’équipe de revoir le projet personnalisé avant la date prévue ?',
      criteres: ['B1.C7.CR2'],
      options: [
        {
          id: 'a',
          texte: 'La personne exprime un nouveau souhait professionnel.',
          feedback: 'Oui : un nouveau souhait peut changer les objectifs du projet.',
        },
        {
          id: 'b',
          texte: 'Un objectif est atteint bien plus vite que prévu.',
          feedback: 'Oui : il faut alors fixer avec elle la prochaine étape.',
        },
        {
          id: 'c',
          texte: 'Vous trouvez qu’elle n’avance pas assez vite, sans lui en avoir parlé.',
          feedback: 'Non : avant de demander une révision, parlez-en avec la personne ; c’est son projet.',
        },
        {
          id: 'd',
          texte: 'Une difficulté dure depuis des semaines malgré les adaptations.',
          feedback: 'Oui : une difficulté durable appelle un regard d’équipe et d’autres réponses.',
        },
        {
          id: 'e',
          texte: 'Sa situation de santé ou de vie change, par exemple un déménagement.',
          feedback: 'Oui : un changement de vie peut modifier ses attentes, ses horaires ou ses besoins d’aménagement.',
        },
      ],
      reponses: ['a', 'b', 'd', 'e'],
      explication:
        'Le projet se révise à la date prévue par l’établissement, mais aussi quand la situation change : nouveau souhait, objectif atteint, difficulté durable, changement de santé ou de vie, occasion de stage. La personne est associée à la demande.',
      source: 'Leçon Projet et parcours, § Mettre en œuvre et réviser',
    }),
    association({
      id: 'textes-projet',
      enonce: 'Associez chaque texte de référence à ce qu’il apporte sur le projet personnalisé.',
      criteres: ['B1.C7.CR2'],
      gauche: [
        {
          id: 'g1',
          texte: 'Loi n° 2002-2 du 2 janvier 2002',
          feedback: 'Elle a fait du projet personnalisé un droit des personnes accueillies dans les établissements sociaux et médico-sociaux.',
        },
        {
          id: 'g2',
          texte: 'RBPP ANESM « Les attentes de la personne et le projet personnalisé » (2008)',
          feedback: 'Valable pour tous les établissements, elle insiste sur la participation effective et la co-construction, contre la standardisation.',
        },
        {
          id: 'g3',
          texte: 'RBPP ANESM sur l’accompagnement des travailleurs en ESAT (2013)',
          feedback: 'Elle décline le projet en ESAT : co-construire, adapter les conditions de travail, développer les potentialités, favoriser le rôle d’acteur économique et social.',
        },
        {
          id: 'g4',
          texte: 'Référentiel d’évaluation de la HAS (2022)',
          feedback: 'Il fait de la co-construction du projet une thématique de l’évaluation des établissements, conduite tous les 5 ans.',
        },
      ],
      droite: [
        { id: 'd1', texte: 'Le projet personnalisé devient un droit de la personne accueillie' },
        { id: 'd2', texte: 'Dans tous les établissements, une participation effective de la personne, sans projet standard' },
        { id: 'd3', texte: 'En ESAT, adapter les conditions de travail et favoriser le rôle d’acteur économique et social' },
        { id: 'd4', texte: 'La façon dont le projet est construit est examinée lors de l’évaluation de l’établissement, tous les 5 ans' },
        { id: 'd5', texte: 'Le projet de vie, à partir duquel la MDPH évalue les besoins de compensation' },
      ],
      paires: { g1: 'd1', g2: 'd2', g3: 'd3', g4: 'd4' },
      explication:
        'Le projet personnalisé est un droit (loi n° 2002-2) précisé par l’ANESM (2008 pour tous les établissements, 2013 pour les ESAT) et examiné par l’évaluation HAS (2022). Le projet de vie est une autre notion : il vient de la loi n° 2005-102 et sert à la MDPH pour évaluer les besoins de compensation.',
      source: 'Loi n° 2002-2 ; ANESM 2008 et 2013 ; HAS, référentiel d’évaluation (2022) ; loi n° 2005-102, art. 11',
    }),
    choixUnique({
      id: 'mettre-en-oeuvre-objectif',
      enonce:
        'Le projet de Louis prévoit : « D’ici décembre, j’utilise seul la filmeuse. » Comment le mettez-vous en œuvre à l’atelier conditionnement ?',
      criteres: ['B1.C7.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Vous attendez une période sans commande, pour avoir le temps de bien le former.',
          feedback: 'Une période sans commande peut ne jamais venir : l’objectif resterait dans le classeur.',
        },
        {
          id: 'b',
          texte: 'Vous le placez près de la filmeuse pour qu’il regarde faire ses collègues.',
          feedback: 'Regarder peut aider au début, mais sans pratique accompagnée ni suivi, il n’apprendra pas à l’utiliser seul.',
        },
        {
          id: 'c',
          texte: 'Vous demandez à son éducateur de s’en occuper, puisque c’est dans son projet.',
          feedback: 'L’apprentissage d’un poste de production relève de l’atelier : c’est à vous de le mettre en œuvre.',
        },
        {
          id: 'd',
          texte: 'Vous prévoyez avec lui des séances au planning et notez ses progrès datés.',
          feedback:
            'Oui : l’objectif prend vie dans le planning de production, avec des points d’étape datés partagés avec Louis.',
        },
      ],
      reponse: 'd',
      explication:
        'Mettre en œuvre le projet, c’est traduire ses objectifs en séances d’apprentissage planifiées dans la production, avec des progrès notés et des points d’étape avec la personne.',
      source: 'Fiche Métier CPNE-FP 2024 ; leçon Projet et parcours, § Mettre en œuvre et réviser',
    }),
    // ---------------------------------------------------------------- B1.C7.CR3
    association({
      id: 'dispositifs-parcours',
      enonce: 'Associez chaque dispositif de parcours à la situation qu’il permet.',
      criteres: ['B1.C7.CR3'],
      gauche: [
        {
          id: 'g1',
          texte: 'Parcours renforcé en emploi',
          feedback: 'Jordan quitte l’ESAT pour un emploi : lui et son employeur sont accompagnés par une convention d’appui de 3 ans au plus.',
        },
        {
          id: 'g2',
          texte: 'Droit au retour',
          feedback: 'Inès peut revenir dans son ESAT d’origine ou, à défaut, dans un ESAT partenaire, sans nouvelle décision de la MDPH, tant que sa décision d’orientation est valable.',
        },
        {
          id: 'g3',
          texte: 'Cumul d’activités',
          feedback: 'Paul travaille en même temps en ESAT et en milieu ordinaire, y compris dans une collectivité, dans la limite de la durée légale du travail.',
        },
        {
          id: 'g4',
          texte: 'CDD tremplin',
          feedback: 'Nadia signe un contrat de travail en entreprise adaptée, de 4 à 24 mois, d’au moins 20 heures par semaine.',
        },
      ],
      droite: [
        { id: 'd1', texte: 'Jordan quitte l’ESAT pour un CDI en blanchisserie ; l’ESAT continue de l’appuyer, lui et son employeur' },
        { id: 'd2', texte: 'Le contrat d’Inès au supermarché est rompu ; son orientation court encore, elle veut revenir à son ESAT' },
        { id: 'd3', texte: 'Paul travaille deux jours par semaine à la mairie et trois jours à l’atelier de l’ESAT' },
        { id: 'd4', texte: 'Nadia signe dans une entreprise adaptée un CDD accompagné de 12 mois, à 24 heures par semaine' },
        { id: 'd5', texte: 'Léa passe une semaine chez un fleuriste pour découvrir le métier, puis revient à l’atelier' },
      ],
      paires: { g1: 'd1', g2: 'd2', g3: 'd3', g4: 'd4' },
      explication:
        'Loi n° 2022-217 (art. 136) et décret n° 2022-1561 : cumul ESAT et milieu ordinaire, parcours renforcé en emploi avec convention d’appui (3 ans au plus), droit au retour sans nouvelle décision de la MDPH. Loi n° 2023-1196 : CDD tremplin pérennisé en entreprise adaptée (4 à 24 mois, 20 heures par semaine au moins). La semaine de Léa chez le fleuriste est une période de mise en situation en milieu professionnel (PMSMP), qui ne correspond à aucun de ces quatre dispositifs.',
      source: 'loi n° 2022-217 du 21 février 2022, article 136 ; décrets n° 2022-1561 et n° 2025-845 ; loi n° 2023-1196 ; leçon Projet et parcours, § Les dispositifs de parcours',
    }),
    numerique({
      id: 'ea-effectif-minimum',
      enonce:
        'Une entreprise adaptée compte 40 salariés en équivalent temps plein. Quel est le nombre minimum de salariés en situation de handicap qu’elle doit employer selon la règle en vigueur depuis 2019 ? (en salariés, équivalent temps plein)',
      criteres: ['B1.C7.CR3'],
      reponse: { valeur: 22, tolerance: 0, unite: 'salariés' },
      pieges: [
        { valeur: 32, feedback: 'Vous avez appliqué l’ancienne règle des 80 %, abrogée depuis le 1er janvier 2019.' },
        { valeur: 40, feedback: '100 % est le plafond, pas le minimum : une EA peut employer entre 55 % et 100 % de salariés en situation de handicap.' },
      ],
      feedback: {
        juste: 'Exact : 55 % de 40, soit 22 salariés au minimum.',
        faux: 'Le minimum est de 55 % de l’effectif depuis 2019 : calculez 55 % de 40.',
      },
      explication:
        'Depuis le 1er janvier 2019, une EA emploie entre 55 % et 100 % de salariés en situation de handicap (C. trav. art. D5213-63, décret n° 2019-39) ; avant, la règle était d’au moins 80 % de l’effectif de production. Calcul : $40 \\times 0{,}55 = 22$ salariés.',
      source: 'C. trav. art. D5213-63 ; décret n° 2019-39',
    }),
    texteATrous({
      id: 'cdd-tremplin',
      enonce: 'Complétez la règle du CDD tremplin en entreprise adaptée, pérennisé par la loi n° 2023-1196 pour le plein emploi.',
      criteres: ['B1.C7.CR3'],
      texte:
        'Le CDD tremplin dure de [[min-mois]] à [[max-mois]] mois, pour une durée de travail d’au moins [[heures]] heures par semaine.',
      trous: {
        'min-mois': { acceptees: ['4', 'quatre'], feedback: 'La durée minimale est de 4 mois.' },
        'max-mois': { acceptees: ['24', 'vingt-quatre', 'vingt quatre'], feedback: 'La durée maximale est de 24 mois.' },
        heures: { acceptees: ['20', 'vingt'], feedback: 'Le contrat prévoit au moins 20 heures par semaine.' },
      },
      explication:
        'La loi n° 2023-1196 du 18 décembre 2023 a pérennisé le CDD tremplin (4 à 24 mois, au moins 20 heures par semaine) et les entreprises adaptées de travail temporaire ; décrets n° 2024-99 et n° 2024-100 du 10 février 2024.',
      source: 'loi du 18 décembre 2023 pour le plein emploi (n° 2023-1196) ; décrets n° 2024-99 et n° 2024-100',
    }),
    choixUnique({
      id: 'decouvrir-sans-quitter',
      enonce:
        'Anaïs, qui travaille en entretien des locaux à l’ESAT, vous dit : « J’aimerais voir comment c’est, de travailler dans un magasin. Mais je ne veux pas quitter l’ESAT. » Que proposez-vous ?',
      criteres: ['B1.C7.CR3'],
      options: [
        {
          id: 'a',
          texte: 'De signer une convention d’appui avec un magasin qui recrute près de chez elle.',
          feedback: 'La convention d’appui accompagne un départ vers un emploi : Anaïs veut découvrir, pas partir.',
        },
        {
          id: 'b',
          texte: 'De préparer avec la chargée d’insertion une mise en situation dans un magasin.',
          feedback:
            'Oui : une période de mise en situation permet de découvrir un métier en restant à l’ESAT. C’est la réponse qui suit son souhait et sa limite.',
        },
        {
          id: 'c',
          texte: 'De demander à la MDPH une nouvelle orientation vers le milieu ordinaire.',
          feedback: 'Une nouvelle orientation n’est pas nécessaire pour découvrir un métier, et Anaïs ne souhaite pas quitter l’ESAT.',
        },
        {
          id: 'd',
          texte: 'De choisir entre l’ESAT et un emploi en magasin, pour ne pas se disperser.',
          feedback: 'Rien n’oblige à choisir : la découverte, la mise à disposition ou le cumul existent justement pour éviter ce tout ou rien.',
        },
      ],
      reponse: 'b',
      explication:
        'Les périodes de mise en situation permettent de découvrir un métier ou de confirmer un projet, souvent comme première étape. Le chargé d’insertion les organise ; le moniteur les prépare avec la personne et participe au bilan.',
      source: 'Circulaire n° DGCS/SD3/2022/139 ; leçon Projet et parcours, § Découvrir : les mises en situation',
    }),
    vraiFaux({
      id: 'retour-esat-partenaire',
      enonce:
        'Après la rupture de son contrat de travail, une personne qui exerce son droit au retour réintègre son ESAT d’origine ou, à défaut, un ESAT partenaire prévu par la convention, sans nouvelle décision de la MDPH.',
      criteres: ['B1.C7.CR3'],
      reponse: true,
      feedback: {
        vrai: 'Exact : le retour se fait dans l’ESAT d’origine ou, à défaut, dans un ESAT partenaire prévu par la convention, sans repasser devant la CDAPH tant que l’orientation est valable.',
        faux: 'Si : c’est le droit au retour. La personne revient dans son ESAT d’origine ou, à défaut, dans un ESAT partenaire prévu par la convention, sans nouvelle décision de la MDPH.',
      },
      explication:
        'En cas de rupture du contrat de travail ou de non-embauche à l’issue, la personne réintègre son ESAT d’origine ou, à défaut, un ESAT partenaire prévu par la convention, sans nouvelle décision de la MDPH, pendant la validité de son orientation.',
      source: 'loi n° 2022-217 du 21 février 2022, article 136 ; décrets n° 2022-1561 et n° 2025-845',
    }),
    choixUnique({
      id: 'depart-malgre-doutes',
      enonce:
        'Espaces verts. Le client chez qui Marius travaille en mise à disposition lui propose un emploi. Marius veut accepter ; une partie de l’équipe pense qu’il « n’est pas prêt ». Quelle est votre position ?',
      criteres: ['B1.C7.CR3'],
      options: [
        {
          id: 'a',
          texte: 'Vous attendez, avant de le soutenir, que toute l’équipe soit d’accord sur son départ.',
          feedback: 'L’avis de l’équipe éclaire la décision, il ne la prend pas à la place de Marius.',
        },
        {
          id: 'b',
          texte: 'Vous lui conseillez d’attendre un an de plus à l’ESAT, pour partir en confiance.',
          feedback: 'Attendre sans raison précise, c’est décider pour lui et risquer de perdre l’occasion.',
        },
        {
          id: 'c',
          texte: 'Vous le laissez partir sans rien préparer, pour respecter pleinement son choix.',
          feedback: 'Respecter son choix ne veut pas dire le laisser seul : la convention d’appui existe pour sécuriser ce passage.',
        },
        {
          id: 'd',
          texte: 'Vous l’aidez à peser sa décision avec vos observations et préparez la convention d’appui.',
          feedback:
            'Oui : vous informez avec des faits, vous respectez son choix et vous sécurisez le départ avec le parcours renforcé et le droit au retour.',
        },
      ],
      reponse: 'd',
      explication:
        'La personne choisit son parcours. Le moniteur informe avec des faits, aide à peser la décision et mobilise avec l’équipe les dispositifs qui sécurisent : parcours renforcé en emploi avec convention d’appui, droit au retour.',
      source: 'loi n° 2022-217 du 21 février 2022, article 136 ; décret n° 2022-1561 ; leçon Projet et parcours, § Le choix appartient à la personne',
    }),
  ],
});
