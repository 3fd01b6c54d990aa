/**
 * The glossary: acronyms and terms of the job, each with a plain definition and
 * the lesson that uses it. Rendered by the « Glossaire » page and used as
 * flashcards. Sources: the Fiche Métier's glossary and the legal texts cited.
 *
 * Rules for authors: definitions in everyday words, two sentences at most, only
 * facts marked [Vu] in the research file or stated in the Fiche Métier; `lecon`
 * follows the lesson plan (`/cours/bloc-N/<fichier>`, without anchor for bloc
 * lessons) or an existing page with its anchor, and that page uses the term. The array is sorted by `terme`
 * (French alphabetical order, accents ignored).
 */
export interface Terme {
  /** Stable id (anchor on the glossary page). */
  readonly id: string;
  readonly terme: string;
  /** Spelled-out form, for acronyms. */
  readonly developpe?: string;
  readonly definition: string;
  /**
   * Site path of the page that uses or explains it (with anchor if useful); absent
   * while no page of the course uses the term (a test checks the page does).
   */
  readonly lecon?: string;
  readonly source?: string;
}

export const GLOSSAIRE: readonly Terme[] = [
  {
    id: 'aah',
    terme: 'AAH',
    developpe: 'Allocation aux adultes handicapés',
    definition:
      "Allocation que la CDAPH peut accorder à une personne en situation de handicap. Un travailleur d'ESAT peut la percevoir en plus de sa rémunération garantie, dans certaines limites.",
    source: 'CASF art. L243-4',
  },
  {
    id: 'aap',
    terme: 'AAP',
    developpe: 'Architecte accompagnateur de parcours',
    definition:
      "Professionnel qui peut accompagner une personne dans sa VAE dès son inscription. Ce rôle a été créé par la réforme de la VAE de 2022.",
    lecon: '/cours/ressources/preparer-la-certification',
    source: 'Loi n° 2022-1598 du 21 décembre 2022',
  },
  {
    id: 'actions-de-soutien',
    terme: 'Actions de soutien',
    definition:
      "Activités que l'ESAT propose à côté du travail : entretien des connaissances, maintien des acquis scolaires, formation professionnelle, actions éducatives pour l'autonomie et la vie sociale.",
    lecon: '/cours/introduction/esat-et-entreprises-adaptees#double-mission',
    source: 'CASF art. L344-2-1',
  },
  {
    id: 'ademe',
    terme: 'ADEME',
    developpe: 'Agence de la transition écologique',
    definition:
      'Établissement public qui accompagne la transition écologique. Elle fait de l’écoconception, pensée sur tout le cycle de vie d’un produit, l’un des piliers de l’économie circulaire.',
    lecon: '/cours/bloc-2/production-ecoresponsable',
    source: 'ADEME',
  },
  {
    id: 'afest',
    terme: 'AFEST',
    developpe: 'Action de formation en situation de travail',
    definition:
      "Formation réalisée sur le lieu et pendant le temps de travail, reconnue par la loi depuis 2018. Elle alterne des mises en situation et des phases réflexives, puis évalue les acquis.",
    lecon: '/cours/bloc-3/situations-apprenantes',
    source: 'C. trav. art. L6313-2 et D6313-3-2 ; décret n° 2018-1341 du 28 décembre 2018',
  },
  {
    id: 'afnor',
    terme: 'AFNOR',
    developpe: 'Association française de normalisation',
    definition:
      'Organisme qui élabore et diffuse les normes françaises (NF) et représente la France dans la normalisation internationale. Elle délivre aussi des labels, comme « Engagé RSE ».',
    lecon: '/cours/bloc-2/production-ecoresponsable',
    source: 'AFNOR',
  },
  {
    id: 'agefiph',
    terme: 'Agefiph',
    developpe: "Association de gestion du fonds pour l'insertion professionnelle des personnes handicapées",
    definition:
      "Organisme qui finance des aides pour l'emploi des personnes en situation de handicap. La RQTH donne accès à ses aides ; le FIPHFP joue un rôle proche pour la fonction publique.",
  },
  {
    id: 'aide-au-poste',
    terme: 'Aide au poste',
    definition:
      "Aide de l'État liée à l'emploi d'une personne en situation de handicap. En ESAT, elle paie une partie de la rémunération garantie (au plus 50,7 % du SMIC) ; en EA, c'est une aide versée pour chaque poste.",
    lecon: '/cours/introduction/esat-et-entreprises-adaptees#remuneration-garantie',
    source: 'CASF art. R243-5 et R243-6',
  },
  {
    id: 'anesm',
    terme: 'ANESM',
    developpe:
      "Agence nationale de l'évaluation et de la qualité des établissements et services sociaux et médico-sociaux",
    definition:
      "Agence qui a publié des recommandations de bonnes pratiques pour les établissements sociaux et médico-sociaux, dont celles sur la bientraitance (2008) et sur les ESAT (2013). La HAS a repris ses travaux.",
    lecon: '/cours/bloc-1/relation-ethique',
  },
  {
    id: 'ars',
    terme: 'ARS',
    developpe: 'Agence régionale de santé',
    definition:
      "Agence publique qui, dans chaque région, suit les ESAT. Elle anime le plan de transformation des ESAT, lance les appels à projets du FATESAT et suit chaque année des indicateurs de parcours.",
    lecon: '/cours/bloc-2/modele-economique',
    source: 'Circulaires n° DGCS/SD3/2022/139 et n° DGCS/SD3/2022/146 ; décret n° 2022-1561',
  },
  {
    id: 'autodetermination',
    terme: 'Autodétermination',
    definition:
      "Capacité d'une personne à être l'actrice principale de sa vie et à faire ses propres choix. Ce n'est pas « tout faire seul » : demander de l'aide peut être un choix autodéterminé.",
    lecon: '/cours/bloc-1/autodetermination',
    source: 'M. Wehmeyer (modèle fonctionnel) ; Fiche Métier CPNE-FP 2024',
  },
  {
    id: 'bientraitance',
    terme: 'Bientraitance',
    definition:
      "Culture partagée qui guide les gestes de chaque professionnel et l'organisation de l'établissement, avec une attention à chaque personne. Elle ne se réduit pas à l'absence de maltraitance.",
    lecon: '/cours/bloc-1/relation-ethique',
    source: 'ANESM, RBPP « La bientraitance : définition et repères pour la mise en œuvre » (2008)',
  },
  {
    id: 'bienveillance',
    terme: 'Bienveillance',
    definition:
      "Mot courant pour une attitude attentive et positive : la Fiche Métier demande d'accompagner les personnes « de façon bienveillante ». Il n'a pas de définition officielle, à la différence de la bientraitance.",
    lecon: '/cours/bloc-1/relation-ethique',
    source: 'Fiche Métier CPNE-FP 2024',
  },
  {
    id: 'bloc-de-competences',
    terme: 'Bloc de compétences',
    definition:
      'Partie d’une certification qui regroupe des compétences liées entre elles. Le titre de moniteur d’atelier compte 3 blocs, et une VAE peut viser un seul bloc depuis la réforme de 2022.',
    lecon: '/cours/ressources/preparer-la-certification',
    source: 'Fiche Métier CPNE-FP 2024 ; loi n° 2022-1598',
  },
  {
    id: 'casf',
    terme: 'CASF',
    developpe: "Code de l'action sociale et des familles",
    definition:
      "Code qui réunit les règles des établissements sociaux et médico-sociaux, dont les ESAT. Les travailleurs d'ESAT relèvent de ce code et seulement de certains articles du code du travail.",
    lecon: '/cours/introduction/esat-et-entreprises-adaptees#esat',
  },
  {
    id: 'cat',
    terme: 'CAT',
    developpe: 'Centre d’aide par le travail',
    definition:
      'Ancien nom des ESAT. Les centres d’aide par le travail sont devenus des ESAT, et les ateliers protégés des entreprises adaptées.',
    lecon: '/cours/introduction/esat-et-entreprises-adaptees',
    source: 'Loi n° 2005-102 du 11 février 2005',
  },
  {
    id: 'cbma',
    terme: 'CBMA',
    developpe: 'Certificat de branche moniteur d’atelier',
    definition:
      'Certificat délivré par la CPNE-FP à partir de 2016, après les anciennes formations de moniteur et avant l’enregistrement du titre au RNCP.',
    lecon: '/cours/ressources/preparer-la-certification',
    source: 'CPNE-FP',
  },
  {
    id: 'cdaph',
    terme: 'CDAPH',
    developpe: "Commission des droits et de l'autonomie des personnes handicapées",
    definition:
      "Commission de la MDPH qui prend les décisions : RQTH, orientation professionnelle (par exemple en ESAT), AAH, PCH. L'orientation en ESAT vaut reconnaissance de la qualité de travailleur handicapé.",
    lecon: '/cours/introduction/esat-et-entreprises-adaptees#admission',
    source: 'CASF art. L344-2',
  },
  {
    id: 'cdd-tremplin',
    terme: 'CDD tremplin',
    developpe: 'Contrat à durée déterminée tremplin',
    definition:
      "Contrat de 4 à 24 mois, d'au moins 20 heures par semaine, proposé par une entreprise adaptée. D'abord expérimental, il a été rendu durable par la loi n° 2023-1196.",
    lecon: '/cours/introduction/esat-et-entreprises-adaptees#entreprise-adaptee',
    source: 'Loi n° 2023-1196 ; décrets n° 2024-99 et n° 2024-100',
  },
  {
    id: 'cdi',
    terme: 'CDI',
    developpe: 'Contrat à durée indéterminée',
    definition: 'Contrat de travail sans date de fin. Selon la Fiche Métier, 95 % des moniteurs d’atelier en ont un (chiffres 2022).',
    lecon: '/cours/introduction/le-metier#conditions',
    source: 'Fiche Métier CPNE-FP 2024',
  },
  {
    id: 'contrat-accompagnement',
    terme: "Contrat d'accompagnement par le travail",
    definition:
      "Contrat signé entre le travailleur et l'ESAT, conclu pour un an et reconductible. Il a pris la suite du contrat de soutien et d'aide par le travail avec le décret n° 2025-845.",
    lecon: '/cours/introduction/esat-et-entreprises-adaptees#contrat',
    source: 'CASF art. L311-4 ; décret n° 2025-845 du 25 août 2025',
  },
  {
    id: 'convention-appui',
    terme: "Convention d'appui",
    definition:
      "Convention qui organise l'accompagnement d'une personne passée de l'ESAT au milieu ordinaire, et de son employeur, pendant 3 ans au plus. C'est l'outil du parcours renforcé en emploi.",
    lecon: '/cours/bloc-1/projet-et-parcours',
    source: 'Loi n° 2022-217, art. 136 ; décret n° 2022-1561',
  },
  {
    id: 'cpf',
    terme: 'CPF',
    developpe: 'Compte personnel de formation',
    definition:
      "Compte en euros qui finance des formations. Un travailleur d'ESAT reçoit 800 € par année d'admission, jusqu'à 8 000 €, et ne l'utilise qu'avec son accord exprès.",
    lecon: '/cours/bloc-3/plan-developpement',
    source: 'C. trav. art. L6323-33 et suivants',
  },
  {
    id: 'cpne-fp',
    terme: 'CPNE-FP',
    developpe: "Commission paritaire nationale de l'emploi et de la formation professionnelle",
    definition:
      "Instance de la branche sanitaire, sociale et médico-sociale privée à but non lucratif. Elle porte le titre de moniteur d'atelier avec l'OPCO Santé et a publié sa Fiche Métier le 18 janvier 2024.",
    lecon: '/cours/ressources/preparer-la-certification',
    source: 'Fiche Métier CPNE-FP 2024',
  },
  {
    id: 'cpom',
    terme: 'CPOM',
    developpe: "Contrat pluriannuel d'objectifs et de moyens",
    definition:
      "Contrat de 5 ans au plus qui fixe des objectifs et les moyens pour les atteindre. Depuis 2019, les entreprises adaptées en signent un à la place de l'ancien contrat d'objectifs de 3 ans.",
    lecon: '/cours/bloc-2/modele-economique',
  },
  {
    id: 'cumul-activites',
    terme: "Cumul d'activités",
    definition:
      "Possibilité pour un travailleur d'ESAT de travailler en même temps en milieu ordinaire (entreprise, administration, collectivité), dans la limite de la durée légale du travail.",
    lecon: '/cours/bloc-1/projet-et-parcours',
    source: 'Loi n° 2022-217, art. 136 ; décret n° 2022-1561',
  },
  {
    id: 'cvs',
    terme: 'CVS',
    developpe: 'Conseil de la vie sociale',
    definition:
      "Instance de participation des personnes accueillies, prévue par la loi n° 2002-2 et obligatoire en ESAT. Réformée par le décret n° 2022-688, elle compte le délégué des travailleurs parmi ses membres.",
    lecon: '/cours/bloc-1/droits-expression',
    source: 'CASF art. L311-6 ; décret n° 2022-688 du 25 avril 2022',
  },
  {
    id: 'cycle-de-vie',
    terme: 'Cycle de vie',
    definition:
      "Toutes les étapes de la vie d'un produit : matières, fabrication, transport, usage et fin de vie. L'écoconception cherche à réduire les impacts à chacune de ces étapes.",
    lecon: '/cours/bloc-2/production-ecoresponsable',
  },
  {
    id: 'ddm',
    terme: 'DDM',
    developpe: 'Date de durabilité minimale',
    definition:
      'Date « à consommer de préférence avant… » : après elle, l’aliment peut perdre de sa qualité sans devenir dangereux, et il peut encore être vendu. Elle a remplacé la DLUO.',
    lecon: '/cours/bloc-3/choix-inclusion-falc#exemple-fiche',
    source: 'Règlement (UE) n° 1169/2011',
  },
  {
    id: 'delegue-des-travailleurs',
    terme: 'Délégué des travailleurs',
    definition:
      "Travailleur d'ESAT élu par ses collègues pour 3 ans, avec un suppléant. Il porte leurs réclamations auprès de la direction, veille au respect des droits et siège au CVS et à l'instance mixte.",
    lecon: '/cours/bloc-1/droits-expression',
    source: 'Décret n° 2022-1561 du 13 décembre 2022',
  },
  {
    id: 'dgcs',
    terme: 'DGCS',
    developpe: 'Direction générale de la cohésion sociale',
    definition:
      "Administration de l'État qui signe les circulaires sur les ESAT. Exemple : la circulaire n° DGCS/SD3/2022/139 du 11 mai 2022 sur le plan de transformation.",
    lecon: '/cours/ressources/textes-de-reference',
  },
  {
    id: 'diagramme-de-gantt',
    terme: 'Diagramme de Gantt',
    definition:
      "Tableau qui place les tâches sur une ligne de temps, avec leur durée et leur ordre. Il aide à planifier une commande, puis à comparer le prévu et le réalisé.",
    lecon: '/cours/bloc-2/planifier-organiser',
  },
  {
    id: 'dlc',
    terme: 'DLC',
    developpe: 'Date limite de consommation',
    definition:
      'Date « à consommer jusqu’au… » des denrées très périssables. Après elle, l’aliment ne peut plus être vendu ni consommé.',
    lecon: '/cours/bloc-3/choix-inclusion-falc#exemple-fiche',
    source: 'Règlement (UE) n° 1169/2011',
  },
  {
    id: 'droit-au-retour',
    terme: 'Droit au retour',
    definition:
      "Possibilité pour une personne partie en milieu ordinaire de revenir dans son ESAT, ou dans un ESAT partenaire, si son emploi s'arrête, sans nouvelle décision de la MDPH. Il vaut tant que son orientation est valable.",
    lecon: '/cours/bloc-1/projet-et-parcours',
    source: 'Loi n° 2022-217 ; décrets n° 2022-1561 et n° 2025-845',
  },
  {
    id: 'droit-alerte-retrait',
    terme: "Droit d'alerte et de retrait",
    definition:
      "Droits du code du travail qui permettent de signaler un danger et de se retirer d'une situation dangereuse. Les travailleurs d'ESAT en bénéficient depuis la loi n° 2023-1196.",
    lecon: '/cours/bloc-2/sante-securite',
    source: 'C. trav. art. L4131-1 à L4132-5 ; CASF art. L344-2-6',
  },
  {
    id: 'dsn',
    terme: 'DSN',
    developpe: 'Déclaration sociale nominative',
    definition:
      "Déclaration par laquelle, depuis 2020, tous les employeurs déclarent leurs bénéficiaires de l'obligation d'emploi, même les entreprises de moins de 20 salariés.",
    lecon: '/cours/bloc-2/modele-economique',
    source: 'Loi n° 2018-771',
  },
  {
    id: 'duerp',
    terme: 'DUERP',
    developpe: "Document unique d'évaluation des risques professionnels",
    definition:
      "Document où l'employeur écrit l'évaluation des risques de chaque unité de travail et le plan d'actions. Obligatoire dès le premier salarié, il est conservé 40 ans.",
    lecon: '/cours/bloc-2/sante-securite',
    source: 'C. trav. art. R4121-1 à R4121-4 ; décret n° 2022-395 du 18 mars 2022',
  },
  {
    id: 'ea',
    terme: 'EA',
    developpe: 'Entreprise adaptée',
    definition:
      'Entreprise du milieu ordinaire dont 55 % à 100 % des salariés sont en situation de handicap depuis 2019. Les salariés ont un contrat de travail et au moins le SMIC.',
    lecon: '/cours/introduction/esat-et-entreprises-adaptees#entreprise-adaptee',
    source: 'C. trav. art. D5213-63 ; décret n° 2019-39',
  },
  {
    id: 'eatt',
    terme: 'EATT',
    developpe: 'Entreprise adaptée de travail temporaire',
    definition:
      "Entreprise adaptée qui fait de l'intérim. D'abord expérimentale, elle a été rendue durable par la loi n° 2023-1196.",
    lecon: '/cours/ressources/textes-de-reference',
    source: 'Loi n° 2023-1196 ; décrets n° 2024-99 et n° 2024-100',
  },
  {
    id: 'ecoconception',
    terme: 'Écoconception',
    definition:
      "Prise en compte de l'environnement dès la conception d'un produit ou d'un service, sur tout son cycle de vie. Le but est de réduire ses impacts sans le rendre moins utile.",
    lecon: '/cours/bloc-2/production-ecoresponsable',
    source: 'ISO/TR 14062 ; ISO 14006',
  },
  {
    id: 'epi',
    terme: 'EPI',
    developpe: 'Équipement de protection individuelle',
    definition:
      "Équipement porté ou tenu par une personne pour la protéger d'un risque. Fourni et entretenu gratuitement par l'employeur, il sert quand la protection collective ne suffit pas.",
    lecon: '/cours/bloc-2/sante-securite',
    source: 'C. trav. art. R4311-8 et R4323-95',
  },
  {
    id: 'equipe-pluriprofessionnelle',
    terme: 'Équipe pluriprofessionnelle',
    definition:
      "Les professionnels avec qui le moniteur travaille : collègues techniques, éducateurs, psychologues, chargés d'insertion, services supports. Il coopère avec eux à l'oral, à l'écrit et avec des outils numériques.",
    lecon: '/cours/bloc-1/equipe-pluriprofessionnelle',
    source: 'Fiche Métier CPNE-FP 2024',
  },
  {
    id: 'ergonomie',
    terme: 'Ergonomie',
    definition:
      "Démarche qui adapte le travail à la personne : outils, postes et organisation conçus pour le confort, la sécurité et l'efficacité, à partir du travail réel. « Adapter le travail à l'homme » est un des principes généraux de prévention.",
    lecon: '/cours/bloc-2/adapter-postes',
    source: 'C. trav. art. L4121-2',
  },
  {
    id: 'esat',
    terme: 'ESAT',
    developpe: 'Établissement et service d’accompagnement par le travail (anciennement « d’aide par le travail »)',
    definition:
      'Établissement médico-social qui propose à des adultes en situation de handicap un travail et un accompagnement. Les travailleurs n’y sont pas salariés.',
    lecon: '/cours/introduction/esat-et-entreprises-adaptees#esat',
    source: 'CASF art. L344-2 ; loi n° 2023-1196',
  },
  {
    id: 'essms',
    terme: 'ESSMS',
    developpe: 'Établissement ou service social ou médico-social',
    definition:
      'Structure qui accueille ou accompagne des personnes dans le cadre du code de l’action sociale et des familles. Un ESAT en est un.',
    lecon: '/cours/ressources/textes-de-reference',
  },
  {
    id: 'etp',
    terme: 'ETP',
    developpe: 'Équivalent temps plein',
    definition:
      "Unité qui compte le travail en temps plein : deux personnes à mi-temps font 1 ETP. La part de salariés en situation de handicap d'une entreprise adaptée se calcule en ETP.",
    lecon: '/cours/ressources/textes-de-reference',
    source: 'C. trav. art. D5213-63',
  },
  {
    id: 'falc',
    terme: 'FALC',
    developpe: 'Facile à lire et à comprendre',
    definition:
      "Méthode pour écrire des informations que chacun peut comprendre, fondée sur des règles européennes (Inclusion Europe, 2009). Les personnes concernées participent à l'écriture ou à la relecture.",
    lecon: '/cours/bloc-3/choix-inclusion-falc',
  },
  {
    id: 'fam',
    terme: 'FAM',
    developpe: 'Foyer d’accueil médicalisé',
    definition:
      'Foyer médicalisé qui accueille des adultes en situation de handicap. Il figure dans le glossaire de la Fiche Métier parmi les structures du secteur.',
    lecon: '/cours/introduction/le-metier#interlocuteurs',
    source: 'Fiche Métier CPNE-FP 2024 (glossaire)',
  },
  {
    id: 'fatesat',
    terme: 'FATESAT',
    developpe: 'Fonds d’accompagnement de la transformation des ESAT',
    definition:
      'Fonds public qui cofinance des projets d’ESAT pour moderniser la production au service des compétences et de l’emploi des travailleurs. Il était doté de 15 millions d’euros en 2022.',
    lecon: '/cours/introduction/esat-et-entreprises-adaptees#parcours',
    source: 'Circulaire n° DGCS/SD3/2022/146 du 13 mai 2022',
  },
  {
    id: 'fehap',
    terme: 'FEHAP',
    developpe: 'Fédération des établissements hospitaliers et d’aide à la personne privés non lucratifs',
    definition:
      'Fédération du secteur privé non lucratif. Sa convention collective de 1951 (IDCC 29) est l’une des deux conventions de référence du métier.',
    lecon: '/cours/introduction/le-metier#conditions',
    source: 'Fiche Métier CPNE-FP 2024',
  },
  {
    id: 'fiphfp',
    terme: 'FIPHFP',
    developpe: 'Fonds pour l’insertion des personnes handicapées dans la fonction publique',
    definition:
      "Fonds qui finance des aides pour l'emploi des personnes en situation de handicap dans la fonction publique. La RQTH donne accès à ses aides, comme à celles de l'Agefiph.",
  },
  {
    id: 'france-travail',
    terme: 'France Travail',
    definition:
      "Opérateur du service public de l'emploi. Depuis la loi n° 2023-1196, l'orientation en ESAT se fait sur sa préconisation et celle de ses partenaires, en privilégiant le milieu ordinaire.",
    lecon: '/cours/introduction/esat-et-entreprises-adaptees#admission',
    source: 'Loi n° 2023-1196 du 18 décembre 2023',
  },
  {
    id: 'geva',
    terme: 'GEVA',
    developpe: 'Guide d’évaluation des besoins de compensation des personnes handicapées',
    definition:
      "Outil de l'équipe pluridisciplinaire de la MDPH pour évaluer les besoins d'une personne. L'évaluation part du projet de vie exprimé par la personne.",
    source: 'Loi n° 2005-102, art. 11',
  },
  {
    id: 'haccp',
    terme: 'HACCP',
    developpe: 'Analyse des dangers et points critiques pour leur maîtrise',
    definition:
      'Méthode d’hygiène alimentaire en 7 principes : repérer les dangers, fixer les points critiques et leurs limites, les surveiller, prévoir les corrections, vérifier, garder des enregistrements.',
    lecon: '/cours/bloc-3/choix-inclusion-falc#exemple-fiche',
    source: 'Règlement (CE) n° 852/2004, art. 5',
  },
  {
    id: 'handicap',
    terme: 'Handicap',
    definition:
      "Limitation d'activité ou restriction de participation à la vie en société qu'une personne subit dans son environnement. Elle vient d'une altération importante et durable de fonctions physiques, sensorielles, mentales, cognitives ou psychiques, ou d'un trouble de santé invalidant.",
    lecon: '/cours/bloc-1/relation-ethique',
    source: 'Loi n° 2005-102, art. 2 ; CASF art. L114',
  },
  {
    id: 'has',
    terme: 'HAS',
    developpe: 'Haute Autorité de santé',
    definition:
      "Autorité publique qui a repris les travaux de l'ANESM. Elle a publié en 2022 le référentiel qui sert à évaluer les établissements sociaux et médico-sociaux tous les 5 ans.",
    lecon: '/cours/bloc-1/relation-ethique',
    source: 'HAS, référentiel d’évaluation des ESSMS (10 mars 2022)',
  },
  {
    id: 'idcc',
    terme: 'IDCC',
    developpe: 'Identifiant de convention collective',
    definition:
      'Numéro qui identifie une convention collective. La Fiche Métier cite l’IDCC 0413 (convention de 1966) et l’IDCC 29 (FEHAP, convention de 1951).',
    lecon: '/cours/introduction/le-metier#conditions',
    source: 'Fiche Métier CPNE-FP 2024',
  },
  {
    id: 'ime',
    terme: 'IME',
    developpe: 'Institut médico-éducatif',
    definition:
      "Établissement médico-social cité, avec les ESAT et les entreprises adaptées, parmi ceux qui pratiquent la RAE « Différent et Compétent ».",
    lecon: '/cours/bloc-3/reconnaissance-certification',
  },
  {
    id: 'inrs',
    terme: 'INRS',
    developpe: 'Institut national de recherche et de sécurité',
    definition:
      'Organisme de référence pour la prévention des accidents du travail et des maladies professionnelles. Ses guides décrivent par exemple la consignation des machines.',
    lecon: '/cours/bloc-2/sante-securite',
    source: 'INRS',
  },
  {
    id: 'instance-mixte',
    terme: 'Instance mixte',
    definition:
      "Instance de l'ESAT où siègent des représentants élus des travailleurs et des salariés. Elle traite de la qualité de vie au travail, de l'hygiène, de la sécurité et de l'évaluation des risques.",
    lecon: '/cours/bloc-1/droits-expression',
    source: 'Décret n° 2022-1561 du 13 décembre 2022',
  },
  {
    id: 'iso-9001',
    terme: 'ISO 9001',
    definition:
      "Norme internationale de management de la qualité (version de 2015). L'amélioration continue, avec le cycle PDCA, en est le cœur.",
    lecon: '/cours/bloc-2/demarche-qualite',
    source: 'ISO 9001:2015',
  },
  {
    id: 'iso-26000',
    terme: 'ISO 26000',
    definition:
      "Norme internationale publiée le 1er novembre 2010 qui guide la responsabilité sociétale : 7 principes et 7 questions centrales. Elle ne donne pas lieu à une certification, mais une organisation peut être évaluée.",
    lecon: '/cours/bloc-2/production-ecoresponsable',
    source: 'ISO 26000:2010',
  },
  {
    id: 'livret-accueil',
    terme: "Livret d'accueil",
    definition:
      "Document remis à la personne qui arrive dans un établissement social ou médico-social. C'est un des outils prévus par la loi n° 2002-2 pour garantir ses droits, avec le contrat de séjour.",
    lecon: '/cours/bloc-1/accueillir',
    source: 'Loi n° 2002-2 du 2 janvier 2002',
  },
  {
    id: 'ma',
    terme: 'MA',
    developpe: "Moniteur ou monitrice d'atelier",
    definition:
      "Professionnel qui organise et conduit la production d'un atelier en ESAT ou en EA. Il accompagne les personnes en situation de handicap dans ce travail et dans leurs apprentissages.",
    lecon: '/cours/introduction/le-metier',
    source: 'Fiche Métier CPNE-FP 2024',
  },
  {
    id: 'maltraitance',
    terme: 'Maltraitance',
    definition:
      "Geste, parole, action ou absence d'action qui porte atteinte au développement, aux droits, aux besoins ou à la santé d'une personne vulnérable, dans une relation de confiance, de dépendance ou d'accompagnement. Elle peut être ponctuelle ou durable, volontaire ou non, individuelle, collective ou institutionnelle.",
    lecon: '/cours/bloc-1/relation-ethique',
    source: 'CASF art. L119-1 (loi n° 2022-140 du 7 février 2022, art. 23)',
  },
  {
    id: 'mdph',
    terme: 'MDPH',
    developpe: 'Maison départementale des personnes handicapées',
    definition:
      "Guichet unique de chaque département pour accueillir, informer, évaluer et orienter les personnes en situation de handicap. Sa commission, la CDAPH, prend les décisions.",
    lecon: '/cours/introduction/esat-et-entreprises-adaptees#admission',
    source: 'Loi n° 2005-102 du 11 février 2005',
  },
  {
    id: 'mesures-appropriees',
    terme: 'Mesures appropriées',
    definition:
      "Aménagements que l'employeur doit prendre pour qu'une personne en situation de handicap accède à un emploi, le garde, y progresse ou soit formée, sauf charge disproportionnée. Les refuser peut être une discrimination.",
    lecon: '/cours/bloc-2/adapter-postes',
    source: 'C. trav. art. L5213-6',
  },
  {
    id: 'milieu-ordinaire',
    terme: 'Milieu ordinaire',
    definition:
      "Le travail dans une entreprise, une administration ou une collectivité, avec un contrat de travail de droit commun. Les entreprises adaptées font partie du milieu ordinaire.",
    lecon: '/cours/bloc-1/projet-et-parcours',
  },
  {
    id: 'mise-a-disposition',
    terme: 'Mise à disposition',
    definition:
      "Travail d'une personne accompagnée chez un autre employeur. Une entreprise adaptée peut mettre ses salariés à disposition avec un appui individualisé, et les ARS suivent les mises à disposition de travailleurs d'ESAT.",
    lecon: '/cours/bloc-3/partenariats',
    source: 'C. trav. art. D5213-81 et suivants',
  },
  {
    id: 'mpm',
    terme: 'MPM',
    developpe: 'Méthode des potentiels métra',
    definition:
      'Méthode de planification qui représente les tâches par des cases reliées par des flèches. Comme le PERT, elle sert à trouver le chemin critique et les marges.',
    lecon: '/cours/bloc-2/planifier-organiser#chemin-critique',
  },
  {
    id: 'non-conformite',
    terme: 'Non-conformité',
    definition:
      "Produit ou service qui ne respecte pas une exigence : consigne, cahier des charges du client, norme. On la repère en vérifiant, puis on cherche sa cause pour la corriger et éviter qu'elle revienne.",
    lecon: '/cours/bloc-2/demarche-qualite',
  },
  {
    id: 'oeth',
    terme: 'OETH',
    developpe: 'Obligation d’emploi des travailleurs handicapés',
    definition:
      'Obligation pour les employeurs d’au moins 20 salariés d’employer 6 % de bénéficiaires. Depuis 2020, acheter à un ESAT, une EA ou un TIH ne compte plus comme emploi mais réduit la contribution due.',
    lecon: '/cours/introduction/esat-et-entreprises-adaptees#oeth',
    source: 'C. trav. art. L5212-2 ; loi n° 2018-771',
  },
  {
    id: 'opco',
    terme: 'OPCO',
    developpe: 'Opérateur de compétences',
    definition:
      "Organisme de la formation professionnelle qui travaille pour une ou plusieurs branches. L'OPCO Santé porte le titre de moniteur d'atelier avec la CPNE-FP.",
    lecon: '/cours/ressources/preparer-la-certification',
  },
  {
    id: 'ordonnancement',
    terme: 'Ordonnancement',
    definition:
      "Organisation dans le temps des tâches d'une production, sur les personnes et les machines disponibles, en respectant délais, ordre des tâches et capacités. Il comprend la programmation, le lancement et le suivi.",
    lecon: '/cours/bloc-2/planifier-organiser',
  },
  {
    id: 'orientation',
    terme: 'Orientation en ESAT',
    definition:
      "Décision de la CDAPH qui ouvre l'accès à un ESAT ; elle vaut RQTH. Depuis la loi n° 2023-1196, elle est prise sur préconisation de France Travail et de ses partenaires, en privilégiant le milieu ordinaire.",
    lecon: '/cours/bloc-1/accueillir',
    source: 'C. trav. art. L5213-20 ; loi n° 2023-1196',
  },
  {
    id: 'parcours-renforce',
    terme: 'Parcours renforcé en emploi',
    definition:
      "Accompagnement d'une personne qui quitte l'ESAT pour le milieu ordinaire, et de son employeur. Il est organisé par une convention d'appui de 3 ans au plus.",
    lecon: '/cours/bloc-1/projet-et-parcours',
    source: 'Loi n° 2022-217, art. 136 ; décret n° 2022-1561',
  },
  {
    id: 'pch',
    terme: 'PCH',
    developpe: 'Prestation de compensation du handicap',
    definition:
      "Aide que la CDAPH peut accorder pour répondre aux besoins de compensation d'une personne. Ces besoins sont évalués à partir de son projet de vie.",
    source: 'Loi n° 2005-102, art. 11',
  },
  {
    id: 'pdca',
    terme: 'PDCA',
    developpe: 'Plan, Do, Check, Act (planifier, faire, vérifier, agir)',
    definition:
      "Cycle d'amélioration continue en 4 temps : planifier, faire, vérifier avec des indicateurs, puis agir pour corriger et relancer. Il est au cœur de la norme ISO 9001.",
    lecon: '/cours/bloc-2/demarche-qualite',
    source: 'ISO 9001:2015',
  },
  {
    id: 'periode-essai',
    terme: "Période d'essai",
    definition:
      "Période qui commence à l'admission d'un travailleur en ESAT. Depuis le décret n° 2025-844, elle dure 3 mois (6 mois avant) et peut être prolongée de la durée d'une absence.",
    lecon: '/cours/bloc-1/accueillir',
    source: 'CASF art. R243-2 ; décret n° 2025-844 du 25 août 2025',
  },
  {
    id: 'pert',
    terme: 'PERT',
    developpe: 'Program Evaluation and Review Technique',
    definition:
      'Méthode de planification qui représente les tâches par des flèches entre des étapes. Elle montre les liens entre les tâches et le chemin critique.',
    lecon: '/cours/bloc-2/planifier-organiser#chemin-critique',
  },
  {
    id: 'phase-reflexive',
    terme: 'Phase réflexive',
    definition:
      "Temps séparé de l'action où la personne analyse, avec son formateur, l'écart entre ce qui était attendu, ce qu'elle a fait et ce qu'elle a appris. C'est plus qu'un débriefing ou qu'un rappel des consignes.",
    lecon: '/cours/bloc-3/situations-apprenantes',
    source: 'C. trav. art. D6313-3-2 ; décret n° 2018-1341',
  },
  {
    id: 'plan-developpement-competences',
    terme: 'Plan de développement des compétences',
    definition:
      "Plan de l'établissement qui prévoit les actions pour développer les compétences des personnes accompagnées. Le moniteur participe à sa construction, à sa mise en œuvre et à son ajustement, selon le projet professionnel de chacun.",
    lecon: '/cours/bloc-3/plan-developpement',
    source: 'Fiche Métier CPNE-FP 2024',
  },
  {
    id: 'plan-transformation-esat',
    terme: 'Plan de transformation des ESAT',
    definition:
      "Plan de l'État présenté en 2021 (17 engagements, 31 mesures) pour développer les parcours, le pouvoir d'agir des travailleurs et l'activité des ESAT. Il est mis en œuvre par la loi n° 2022-217, la circulaire du 11 mai 2022 et le décret n° 2022-1561.",
    lecon: '/cours/introduction/le-metier#evolutions',
    source: 'Circulaire n° DGCS/SD3/2022/139 du 11 mai 2022',
  },
  {
    id: 'pmsmp-mispe',
    terme: 'PMSMP et MISPE',
    developpe: 'Période de mise en situation en milieu professionnel ; mise en situation professionnelle en ESAT',
    definition:
      "Périodes d'immersion : la PMSMP se déroule en milieu professionnel, la MISPE dans un ESAT. Depuis le décret n° 2025-844, le service public de l'emploi peut prescrire les mises en situation professionnelle en ESAT.",
    lecon: '/cours/bloc-1/projet-et-parcours',
    source: 'Circulaire n° DGCS/SD3/2022/139 ; décret n° 2025-844',
  },
  {
    id: 'pouvoir-agir',
    terme: "Pouvoir d'agir",
    definition:
      "Possibilité concrète, pour une personne ou un groupe, d'agir sur ce qui compte pour eux. Le professionnel ne le donne pas : il crée les conditions pour lever un obstacle, sans décider à la place.",
    lecon: '/cours/bloc-1/autodetermination',
    source: 'Y. Le Bossé ; Fiche Métier CPNE-FP 2024',
  },
  {
    id: 'principes-prevention',
    terme: 'Principes généraux de prévention',
    definition:
      "Les 9 règles de l'employeur pour protéger la santé : éviter les risques, évaluer ceux qui restent, les combattre à la source, adapter le travail à l'homme, tenir compte de l'évolution technique, remplacer le dangereux par le moins dangereux, planifier la prévention, faire passer la protection collective en premier, donner des instructions appropriées.",
    lecon: '/cours/bloc-2/sante-securite',
    source: 'C. trav. art. L4121-2',
  },
  {
    id: 'projet-personnalise',
    terme: 'Projet personnalisé',
    definition:
      "Démarche et document construits avec la personne : ses attentes, ses besoins, des objectifs, des moyens, puis des bilans et des révisions réguliers. Prévu par la loi n° 2002-2, il ne doit pas être standardisé.",
    lecon: '/cours/bloc-1/projet-et-parcours',
    source: 'ANESM, RBPP de 2008 et de 2013',
  },
  {
    id: 'projet-professionnel',
    terme: 'Projet professionnel',
    definition:
      "Volet professionnel du projet de la personne. Le moniteur contribue à le construire, à le mettre en œuvre et à l'adapter avec l'équipe pluriprofessionnelle.",
    lecon: '/cours/bloc-1/projet-et-parcours',
    source: 'Fiche Métier CPNE-FP 2024',
  },
  {
    id: 'qqoqccp',
    terme: 'QQOQCCP',
    developpe: 'Qui ? Quoi ? Où ? Quand ? Comment ? Combien ? Pourquoi ?',
    definition:
      "Liste de questions pour décrire complètement un problème ou une tâche avant d'agir. C'est un outil courant de la démarche qualité.",
    lecon: '/cours/bloc-2/demarche-qualite',
  },
  {
    id: 'rae',
    terme: 'RAE',
    developpe: "Reconnaissance des acquis de l'expérience",
    definition:
      "Démarche « Différent et Compétent », née en Bretagne au début des années 2000, qui fait reconnaître les compétences d'une personne par rapport à un référentiel métier de droit commun. La personne présente ses preuves à un jury, accompagnée par son moniteur.",
    lecon: '/cours/bloc-3/reconnaissance-certification',
    source: 'Décret n° 2009-565 du 20 mai 2009',
  },
  {
    id: 'rbpp',
    terme: 'RBPP',
    developpe: 'Recommandation de bonnes pratiques professionnelles',
    definition:
      "Texte de référence publié par l'ANESM, puis par la HAS, pour guider les pratiques des établissements sociaux et médico-sociaux. Celle d'avril 2013 porte sur l'accompagnement des travailleurs en ESAT.",
    lecon: '/cours/bloc-1/relation-ethique',
  },
  {
    id: 'remuneration-garantie',
    terme: 'Rémunération garantie',
    definition:
      "Ressource versée au travailleur d'ESAT : entre 55,7 % et 110,7 % du SMIC pour un temps plein. Elle additionne une part payée par l'ESAT (au moins 5 % du SMIC) et l'aide au poste de l'État ; ce n'est pas un salaire.",
    lecon: '/cours/introduction/esat-et-entreprises-adaptees#remuneration-garantie',
    source: 'CASF art. R243-5 et R243-6 ; décret n° 2018-194 du 21 mars 2018',
  },
  {
    id: 'rncp',
    terme: 'RNCP',
    developpe: 'Répertoire national des certifications professionnelles',
    definition:
      "Liste officielle des diplômes, titres et certificats reconnus, chacun avec un numéro et un niveau. Le titre de moniteur d'atelier y porte le numéro 39099, au niveau 4.",
    lecon: '/cours/ressources/preparer-la-certification',
  },
  {
    id: 'rome',
    terme: 'ROME',
    developpe: 'Répertoire opérationnel des métiers et des emplois',
    definition:
      'Classement des métiers utilisé par France Travail. La Fiche Métier rapproche le moniteur d’atelier des fiches K1203 et K1207.',
    lecon: '/cours/introduction/le-metier#conditions',
    source: 'Fiche Métier CPNE-FP 2024',
  },
  {
    id: 'rqth',
    terme: 'RQTH',
    developpe: 'Reconnaissance de la qualité de travailleur handicapé',
    definition:
      "Décision de la CDAPH qui reconnaît que le handicap réduit les chances d'une personne d'obtenir ou de garder un emploi. Elle ouvre l'obligation d'emploi, des aides et des aménagements ; depuis 2020, elle peut être accordée sans limite de durée.",
    lecon: '/cours/introduction/esat-et-entreprises-adaptees#admission',
    source: 'C. trav. art. L5213-1',
  },
  {
    id: 'rse',
    terme: 'RSE',
    developpe: 'Responsabilité sociétale des entreprises',
    definition:
      "Contribution d'une organisation au développement durable, par son activité et ses relations. La norme ISO 26000 en est le référentiel.",
    lecon: '/cours/bloc-2/production-ecoresponsable',
    source: 'ISO 26000:2010',
  },
  {
    id: 'rsfp',
    terme: 'RSFP',
    definition:
      "Sigle cité par les ARS à côté de la RAE (« RAE ou RSFP ») dans leurs indicateurs sur les parcours en ESAT. Nos sources n'en donnent ni la forme développée ni le contenu.",
  },
  {
    id: 'situation-apprenante',
    terme: 'Situation de travail apprenante',
    definition:
      "Situation de travail choisie et aménagée pour qu'on y apprenne. Toute situation n'est pas formatrice en soi : on repère son potentiel d'apprentissage et on agit sur ses conditions pour l'augmenter.",
    lecon: '/cours/bloc-3/situations-apprenantes',
    source: 'Fiche Métier CPNE-FP 2024',
  },
  {
    id: 'smic',
    terme: 'SMIC',
    developpe: 'Salaire minimum interprofessionnel de croissance',
    definition:
      "Salaire minimum légal en France. Il sert de repère pour la rémunération garantie en ESAT et de plancher pour le salaire en entreprise adaptée.",
    lecon: '/cours/introduction/esat-et-entreprises-adaptees#remuneration-garantie',
  },
  {
    id: 'snapei',
    terme: 'SNAPEI',
    developpe: 'Syndicat national des associations de parents d’enfants inadaptés',
    definition:
      'Organisation associée à la convention collective nationale de 1966 (IDCC 0413), l’une des deux conventions de référence du métier.',
    lecon: '/cours/introduction/le-metier#conditions',
    source: 'Fiche Métier CPNE-FP 2024',
  },
  {
    id: 'tih',
    terme: 'TIH',
    developpe: 'Travailleur indépendant handicapé',
    definition:
      "Personne en situation de handicap qui travaille à son compte. Comme avec un ESAT ou une EA, lui acheter des prestations réduit la contribution OETH d'une entreprise.",
    lecon: '/cours/bloc-2/modele-economique',
    source: 'C. trav. art. D5212-21 et suivants',
  },
  {
    id: 'tracabilite',
    terme: 'Traçabilité',
    definition:
      "Possibilité de retrouver l'histoire d'un produit : qui l'a fait, quand, avec quelles matières et quels contrôles. Elle aide à trouver la cause d'une non-conformité et les produits concernés.",
    lecon: '/cours/bloc-2/demarche-qualite',
  },
  {
    id: 'tre',
    terme: 'TRE',
    developpe: 'Taux de rendement économique',
    definition:
      'Indicateur de production : temps utile rapporté au temps total (24 heures sur 24). Il est toujours plus bas que le TRG et le TRS.',
    lecon: '/cours/bloc-2/indicateurs-production#trg-tre',
    source: 'NF E60-182',
  },
  {
    id: 'trg',
    terme: 'TRG',
    developpe: 'Taux de rendement global',
    definition:
      "Variante du TRS qui compare le temps utile au temps d'ouverture de l'atelier, et non au temps requis.",
    lecon: '/cours/bloc-2/indicateurs-production',
    source: 'NF E60-182',
  },
  {
    id: 'trs',
    terme: 'TRS',
    developpe: 'Taux de rendement synthétique',
    definition:
      "Indicateur normalisé qui compare le temps utile au temps requis. Il se calcule en multipliant trois taux : disponibilité, performance et qualité.",
    lecon: '/cours/bloc-2/indicateurs-production',
    source: 'NF E60-182 (2002)',
  },
  {
    id: 'usager',
    terme: 'Usager',
    definition:
      "Mot du CASF pour une personne accueillie par un établissement social ou médico-social ; le travailleur d'ESAT est usager, pas salarié. Ce site dit « personne accompagnée », sauf pour citer un texte.",
    source: 'CASF',
  },
  {
    id: 'vae',
    terme: 'VAE',
    developpe: "Validation des acquis de l'expérience",
    definition:
      "Voie pour obtenir tout ou partie d'une certification grâce à son expérience. Depuis la loi n° 2022-1598, elle est ouverte à toute personne dont l'expérience est en lien avec la certification, sans durée minimale.",
    lecon: '/cours/bloc-3/reconnaissance-certification',
    source: 'Loi n° 2022-1598 ; décret n° 2023-1275 ; décret n° 2009-565 (ESAT)',
  },
];
