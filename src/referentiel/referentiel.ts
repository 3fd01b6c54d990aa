/**
 * The référentiel of the title « Moniteur d'atelier en milieu de travail protégé »
 * (RNCP 39099, level 4, CPNE-FP), as typed data. It is the single source of truth of
 * the site: lessons, quizzes, case studies, H5P activities, progress and exports all
 * point at the ids below.
 *
 * Honesty about the origin of each item (`statut`):
 * - `officiel`: the wording is the official title from the Fiche Métier (CPNE-FP,
 *   18 January 2024), with case and accents restored;
 * - `derive`: our own wording, derived from the section of the Fiche Métier named in
 *   `source`. The official RNCP compétences and evaluation critères were not available
 *   to us; when they are, this file can be swapped for them without touching the
 *   code, as long as ids keep the `B1`, `B1.C1`, `B1.C1.CR1` shape.
 *
 * Rules checked by tests (tests/referentiel.test.ts): exactly 3 blocs, unique ids,
 * every child id prefixed by its parent id, 2 to 4 critères per compétence, data
 * frozen at run time.
 */
import type { SourceKey } from './sources';

export type Statut = 'officiel' | 'derive';

/** Transversal compétences named by the Fiche Métier, placed inside a bloc. */
export type Transversale =
  | 'equipe-pluriprofessionnelle'
  | 'communication'
  | 'ethique-droits'
  | 'transition-ecologique';

interface CritereData {
  readonly id: string;
  readonly intitule: string;
  readonly source: SourceKey;
  readonly statut: Statut;
}

interface CompetenceData {
  readonly id: string;
  readonly intitule: string;
  readonly source: SourceKey;
  readonly statut: Statut;
  readonly transversales: readonly Transversale[];
  readonly criteres: readonly CritereData[];
}

interface BlocData {
  readonly id: string;
  readonly numero: 1 | 2 | 3;
  readonly intitule: string;
  readonly intituleCourt: string;
  readonly description: string;
  readonly source: SourceKey;
  readonly statut: Statut;
  readonly competences: readonly CompetenceData[];
}

interface ReferentielData {
  readonly titre: string;
  readonly rncp: string;
  readonly niveau: number;
  readonly certificateur: string;
  readonly document: string;
  readonly blocs: readonly BlocData[];
}

const DATA = {
  titre: "Moniteur d'atelier en milieu de travail protégé",
  rncp: 'RNCP 39099',
  niveau: 4,
  certificateur: 'CPNE-FP de la branche sanitaire, sociale et médico-sociale privée à but non lucratif',
  document: 'Fiche Métier CPNE-FP du 18 janvier 2024',
  blocs: [
    {
      id: 'B1',
      numero: 1,
      intitule:
        'Accompagner les personnes en situation de handicap dans les activités de production et dans les apprentissages en milieu de travail protégé',
      intituleCourt: 'Accompagner les personnes dans la production et les apprentissages',
      description:
        "Le moniteur d'atelier accueille les personnes au sein de l'établissement, instaure une relation d'accompagnement, recueille leurs besoins et attentes afin de soutenir leur autodétermination et leur pouvoir d'agir. Il les accompagne au quotidien dans les activités de production et dans les apprentissages. En collaboration avec l'équipe pluriprofessionnelle, il contribue à l'élaboration, à la mise en œuvre et à l'adaptation du projet professionnel de la personne et de son parcours professionnel au sein de l'établissement ou en dehors, en prenant en compte les enjeux d'inclusion.",
      source: 'fm-bloc-1',
      statut: 'officiel',
      competences: [
        {
          id: 'B1.C1',
          intitule: "Accueillir la personne dans l'établissement et dans l'atelier",
          source: 'fm-bloc-1',
          statut: 'derive',
          transversales: [],
          criteres: [
            {
              id: 'B1.C1.CR1',
              intitule:
                "Prépare l'arrivée de la personne avec l'équipe à partir des informations transmises (décision d'orientation, projet, besoins d'aménagement)",
              source: 'fm-bloc-1',
              statut: 'derive',
            },
            {
              id: 'B1.C1.CR2',
              intitule:
                "Présente l'atelier, ses règles, les droits de la personne et ses interlocuteurs avec des supports accessibles",
              source: 'fm-bloc-1',
              statut: 'derive',
            },
            {
              id: 'B1.C1.CR3',
              intitule:
                "Organise des premiers jours progressifs et fait des points réguliers avec la personne pendant la période d'essai",
              source: 'cadre-essai-esat',
              statut: 'derive',
            },
          ],
        },
        {
          id: 'B1.C2',
          intitule: "Instaurer une relation d'accompagnement fondée sur l'écoute et une posture éthique",
          source: 'fm-designation',
          statut: 'derive',
          transversales: ['ethique-droits'],
          criteres: [
            {
              id: 'B1.C2.CR1',
              intitule:
                'Pratique une écoute active et adapte sa communication aux capacités de compréhension de chaque personne',
              source: 'fm-designation',
              statut: 'derive',
            },
            {
              id: 'B1.C2.CR2',
              intitule:
                'Repère les situations à risque de maltraitance, y compris ordinaire ou institutionnelle, et sait à qui les signaler',
              source: 'cadre-maltraitance',
              statut: 'derive',
            },
            {
              id: 'B1.C2.CR3',
              intitule:
                "Interroge ses propres pratiques au regard de la bientraitance, de la dignité, de l'intimité et de la confidentialité",
              source: 'fm-designation',
              statut: 'derive',
            },
          ],
        },
        {
          id: 'B1.C3',
          intitule:
            "Recueillir les besoins et les attentes des personnes pour soutenir leur autodétermination et leur pouvoir d'agir",
          source: 'fm-activites-1',
          statut: 'derive',
          transversales: [],
          criteres: [
            {
              id: 'B1.C3.CR1',
              intitule:
                'Recueille les attentes, les choix et les souhaits de la personne avec des moyens adaptés à sa façon de communiquer',
              source: 'fm-activites-1',
              statut: 'derive',
            },
            {
              id: 'B1.C3.CR2',
              intitule:
                'Crée dans le travail quotidien des occasions de choisir, de décider et de se réguler',
              source: 'fm-evolution',
              statut: 'derive',
            },
            {
              id: 'B1.C3.CR3',
              intitule:
                "Aide la personne à agir sur un obstacle qui compte pour elle, sans décider à sa place",
              source: 'fm-evolution',
              statut: 'derive',
            },
          ],
        },
        {
          id: 'B1.C4',
          intitule:
            "Faire vivre les droits et l'expression individuelle et collective des personnes accompagnées",
          source: 'fm-evolution',
          statut: 'derive',
          transversales: ['ethique-droits'],
          criteres: [
            {
              id: 'B1.C4.CR1',
              intitule:
                "Informe les personnes de leurs droits individuels et collectifs dans l'établissement, en termes accessibles",
              source: 'fm-evolution',
              statut: 'derive',
            },
            {
              id: 'B1.C4.CR2',
              intitule:
                "Soutient la participation aux instances (délégué des travailleurs, instance mixte, conseil de la vie sociale) et l'expression directe et collective",
              source: 'cadre-expression-esat',
              statut: 'derive',
            },
            {
              id: 'B1.C4.CR3',
              intitule:
                'Transmet les demandes, réclamations et propositions des personnes au bon interlocuteur et leur fait un retour',
              source: 'fm-resp-accompagnement',
              statut: 'derive',
            },
          ],
        },
        {
          id: 'B1.C5',
          intitule:
            'Accompagner la personne au quotidien dans les activités de production et dans les apprentissages',
          source: 'fm-activites-1',
          statut: 'derive',
          transversales: [],
          criteres: [
            {
              id: 'B1.C5.CR1',
              intitule:
                "Ajuste son accompagnement à partir de ses observations en situation de travail et des échanges avec la personne",
              source: 'fm-activites-1',
              statut: 'derive',
            },
            {
              id: 'B1.C5.CR2',
              intitule:
                'Adapte consignes, outils et rythme aux besoins liés au handicap moteur, psychique, mental ou sensoriel',
              source: 'fm-designation',
              statut: 'derive',
            },
            {
              id: 'B1.C5.CR3',
              intitule:
                'Repère les signes de fatigue, de difficulté ou de mal-être et propose des mesures favorisant le bien-être',
              source: 'fm-resp-accompagnement',
              statut: 'derive',
            },
          ],
        },
        {
          id: 'B1.C6',
          intitule: 'Évaluer les capacités de travail et les compétences de la personne',
          source: 'fm-activites-1',
          statut: 'derive',
          transversales: [],
          criteres: [
            {
              id: 'B1.C6.CR1',
              intitule:
                "Utilise des outils d'observation structurée, avec des critères définis à l'avance",
              source: 'fm-activites-1',
              statut: 'derive',
            },
            {
              id: 'B1.C6.CR2',
              intitule:
                "Associe la personne à l'évaluation par l'auto-évaluation et l'échange sur les résultats",
              source: 'fm-activites-1',
              statut: 'derive',
            },
            {
              id: 'B1.C6.CR3',
              intitule:
                'Fonde ses appréciations sur des faits datés et tient compte des biais possibles',
              source: 'fm-activites-1',
              statut: 'derive',
            },
          ],
        },
        {
          id: 'B1.C7',
          intitule:
            "Contribuer au projet personnalisé, au projet professionnel et au parcours d'inclusion de la personne",
          source: 'fm-activites-1',
          statut: 'derive',
          transversales: [],
          criteres: [
            {
              id: 'B1.C7.CR1',
              intitule:
                'Propose des objectifs et des étapes réalistes pour le parcours, à partir des souhaits de la personne',
              source: 'fm-activites-1',
              statut: 'derive',
            },
            {
              id: 'B1.C7.CR2',
              intitule:
                'Contribue à la mise en œuvre et à la révision du projet personnalisé et du projet professionnel',
              source: 'fm-resp-competences',
              statut: 'derive',
            },
            {
              id: 'B1.C7.CR3',
              intitule:
                "Mobilise avec l'équipe les dispositifs de parcours vers le milieu ordinaire et de retour possible en ESAT",
              source: 'fm-evolution',
              statut: 'derive',
            },
          ],
        },
        {
          id: 'B1.C8',
          intitule:
            "Coopérer au sein de l'équipe pluriprofessionnelle et communiquer par écrit, par oral et avec les outils numériques",
          source: 'fm-designation',
          statut: 'derive',
          transversales: ['equipe-pluriprofessionnelle', 'communication'],
          criteres: [
            {
              id: 'B1.C8.CR1',
              intitule:
                "Situe son rôle et celui des autres professionnels et sollicite le bon interlocuteur",
              source: 'fm-interlocuteurs',
              statut: 'derive',
            },
            {
              id: 'B1.C8.CR2',
              intitule: 'Rédige des transmissions écrites factuelles, utiles et respectueuses de la personne',
              source: 'fm-designation',
              statut: 'derive',
            },
            {
              id: 'B1.C8.CR3',
              intitule:
                "Partage les informations nécessaires dans le respect du secret professionnel",
              source: 'fm-resp-accompagnement',
              statut: 'derive',
            },
            {
              id: 'B1.C8.CR4',
              intitule:
                "Utilise avec rigueur les outils numériques de l'établissement (dossier de la personne, messagerie, planning)",
              source: 'fm-designation',
              statut: 'derive',
            },
          ],
        },
      ],
    },
    {
      id: 'B2',
      numero: 2,
      intitule:
        'Organiser, conduire la production de biens ou de services et animer une équipe en situation de production en milieu de travail protégé',
      intituleCourt: 'Organiser et conduire la production, animer une équipe',
      description:
        "Le moniteur d'atelier organise et conduit la production de biens et services correspondants aux engagements de l'établissement et aux demandes des clients, de façon à favoriser l'inclusion et l'autonomie des personnes accompagnées, en les associant et en tenant compte de leur projet professionnel. Il anime le collectif en situation de production afin de développer un climat d'entraide et de favoriser le bien-être et l'implication des personnes accompagnées. Il met en œuvre une production conforme aux normes de sécurité, de qualité en vigueur, dans une démarche éco-responsable.",
      source: 'fm-bloc-2',
      statut: 'officiel',
      competences: [
        {
          id: 'B2.C1',
          intitule: "Contribuer à l'étude de faisabilité des commandes des clients",
          source: 'fm-resp-production',
          statut: 'derive',
          transversales: [],
          criteres: [
            {
              id: 'B2.C1.CR1',
              intitule:
                'Analyse une demande client : quantités, délais, exigences de qualité et contraintes techniques',
              source: 'fm-resp-production',
              statut: 'derive',
            },
            {
              id: 'B2.C1.CR2',
              intitule:
                'Compare la charge de travail à la capacité disponible (personnes, compétences, équipements) et signale les écarts',
              source: 'fm-resp-production',
              statut: 'derive',
            },
            {
              id: 'B2.C1.CR3',
              intitule:
                "Identifie les adaptations qui rendent la commande réalisable par l'équipe accompagnée",
              source: 'fm-resp-production',
              statut: 'derive',
            },
          ],
        },
        {
          id: 'B2.C2',
          intitule: 'Planifier et organiser la production en associant les personnes accompagnées',
          source: 'fm-bloc-2',
          statut: 'derive',
          transversales: [],
          criteres: [
            {
              id: 'B2.C2.CR1',
              intitule:
                'Établit un planning qui respecte les délais et l’ordre des tâches (programmation, lancement, suivi)',
              source: 'fm-activites-2',
              statut: 'derive',
            },
            {
              id: 'B2.C2.CR2',
              intitule:
                "Associe les travailleurs à l'organisation du travail et tient compte de leurs projets professionnels",
              source: 'fm-bloc-2',
              statut: 'derive',
            },
            {
              id: 'B2.C2.CR3',
              intitule:
                'Réajuste le planning face aux aléas (absence, panne, urgence) sans sacrifier les besoins des personnes',
              source: 'fm-activites-2',
              statut: 'derive',
            },
          ],
        },
        {
          id: 'B2.C3',
          intitule: 'Adapter les postes de travail et répartir les tâches',
          source: 'fm-resp-production',
          statut: 'derive',
          transversales: [],
          criteres: [
            {
              id: 'B2.C3.CR1',
              intitule: "Analyse l'activité réelle d'un poste avant de l'adapter",
              source: 'fm-resp-production',
              statut: 'derive',
            },
            {
              id: 'B2.C3.CR2',
              intitule:
                'Aménage le poste (hauteur, outils, gabarits, aides visuelles) pour adapter le travail à la personne',
              source: 'fm-resp-production',
              statut: 'derive',
            },
            {
              id: 'B2.C3.CR3',
              intitule:
                "Répartit les tâches et organise les rotations selon les capacités, les souhaits et les objectifs d'apprentissage",
              source: 'fm-bloc-2',
              statut: 'derive',
            },
          ],
        },
        {
          id: 'B2.C4',
          intitule: 'Conduire la production et suivre ses indicateurs',
          source: 'fm-resp-production',
          statut: 'derive',
          transversales: [],
          criteres: [
            {
              id: 'B2.C4.CR1',
              intitule: "Fixe et explique à l'équipe les objectifs journaliers de production",
              source: 'fm-resp-production',
              statut: 'derive',
            },
            {
              id: 'B2.C4.CR2',
              intitule:
                'Calcule et interprète les indicateurs de production (cadence, TRS, taux de non-conformité, respect des délais, charge et capacité)',
              source: 'cadre-indicateurs',
              statut: 'derive',
            },
            {
              id: 'B2.C4.CR3',
              intitule:
                "Utilise les indicateurs pour améliorer l'organisation, sans en faire une pression sur les personnes",
              source: 'fm-bloc-2',
              statut: 'derive',
            },
          ],
        },
        {
          id: 'B2.C5',
          intitule: 'Animer le collectif de travail',
          source: 'fm-bloc-2',
          statut: 'derive',
          transversales: [],
          criteres: [
            {
              id: 'B2.C5.CR1',
              intitule: "Instaure un climat d'entraide et de coopération dans l'équipe",
              source: 'fm-bloc-2',
              statut: 'derive',
            },
            {
              id: 'B2.C5.CR2',
              intitule:
                "Anime des temps d'échange courts et réguliers où chaque personne peut s'exprimer",
              source: 'fm-bloc-2',
              statut: 'derive',
            },
            {
              id: 'B2.C5.CR3',
              intitule: 'Prévient et gère les tensions et les conflits au sein du groupe',
              source: 'fm-bloc-2',
              statut: 'derive',
            },
          ],
        },
        {
          id: 'B2.C6',
          intitule: 'Conduire une production conforme aux règles de santé et de sécurité au travail',
          source: 'fm-bloc-2',
          statut: 'derive',
          transversales: [],
          criteres: [
            {
              id: 'B2.C6.CR1',
              intitule:
                "Applique les principes généraux de prévention et fait vivre l'évaluation des risques de son atelier",
              source: 'fm-bloc-2',
              statut: 'derive',
            },
            {
              id: 'B2.C6.CR2',
              intitule:
                'Donne la priorité à la protection collective et veille à la fourniture et au bon usage des équipements de protection individuelle',
              source: 'fm-bloc-2',
              statut: 'derive',
            },
            {
              id: 'B2.C6.CR3',
              intitule:
                'Accueille un nouveau travailleur avec une information sécurité adaptée à sa compréhension',
              source: 'fm-resp-production',
              statut: 'derive',
            },
            {
              id: 'B2.C6.CR4',
              intitule:
                "Réagit à un danger ou à un accident et respecte le droit d'alerte et de retrait",
              source: 'cadre-alerte-retrait',
              statut: 'derive',
            },
          ],
        },
        {
          id: 'B2.C7',
          intitule: 'Mettre en œuvre la démarche qualité',
          source: 'fm-resp-production',
          statut: 'derive',
          transversales: [],
          criteres: [
            {
              id: 'B2.C7.CR1',
              intitule:
                'Fait respecter les exigences qualité du client (contrôles, autocontrôle, traçabilité)',
              source: 'fm-bloc-2',
              statut: 'derive',
            },
            {
              id: 'B2.C7.CR2',
              intitule:
                "Traite une non-conformité avec l'équipe en recherchant ses causes",
              source: 'fm-resp-production',
              statut: 'derive',
            },
            {
              id: 'B2.C7.CR3',
              intitule: "Propose et suit des actions d'amélioration selon la logique PDCA",
              source: 'cadre-qualite',
              statut: 'derive',
            },
          ],
        },
        {
          id: 'B2.C8',
          intitule: 'Conduire la production dans une démarche écoresponsable',
          source: 'fm-bloc-2',
          statut: 'derive',
          transversales: ['transition-ecologique'],
          criteres: [
            {
              id: 'B2.C8.CR1',
              intitule:
                "Réduit les déchets et le gaspillage de matière et d'énergie, et organise le tri",
              source: 'fm-bloc-2',
              statut: 'derive',
            },
            {
              id: 'B2.C8.CR2',
              intitule:
                'Tient compte du cycle de vie et de l’écoconception dans les choix de production à sa portée',
              source: 'cadre-ecoconception',
              statut: 'derive',
            },
            {
              id: 'B2.C8.CR3',
              intitule:
                "Explique aux travailleurs et aux clients les gestes et engagements écoresponsables de l'atelier",
              source: 'fm-designation',
              statut: 'derive',
            },
          ],
        },
        {
          id: 'B2.C9',
          intitule:
            "Situer la production dans le modèle économique de l'établissement et dans ses relations avec les clients et partenaires",
          source: 'fm-evolution',
          statut: 'derive',
          transversales: [],
          criteres: [
            {
              id: 'B2.C9.CR1',
              intitule:
                "Explique la double mission de l'établissement : accompagnement des personnes et équilibre économique",
              source: 'fm-designation',
              statut: 'derive',
            },
            {
              id: 'B2.C9.CR2',
              intitule:
                "Relie les achats des clients à leur obligation d'emploi de travailleurs handicapés et à leurs engagements sociaux et environnementaux",
              source: 'fm-evolution',
              statut: 'derive',
            },
            {
              id: 'B2.C9.CR3',
              intitule:
                "Organise les prestations hors les murs et les mises à disposition avec l'entreprise d'accueil",
              source: 'fm-resp-production',
              statut: 'derive',
            },
          ],
        },
      ],
    },
    {
      id: 'B3',
      numero: 3,
      intitule:
        "Soutenir le développement des compétences professionnelles des personnes, favoriser leur reconnaissance et l'accès à la certification professionnelle en milieu de travail protégé",
      intituleCourt: 'Développer les compétences, les faire reconnaître, ouvrir la certification',
      description:
        "Le moniteur d'atelier contribue à l'identification des besoins en développement des compétences professionnelles, à l'identification et à la construction des situations de travail apprenantes, à l'élaboration des parcours pédagogiques, à l'animation des séquences d'apprentissage au sein de l'établissement et en dehors, selon l'organisation mise en place. Il participe à l'élaboration, la mise en œuvre, et à l'ajustement du plan de développement des compétences des personnes au sein de l'établissement en tenant compte de leur projet professionnel. Il respecte les choix et expressions des personnes, contribue plus globalement à la finalité inclusive de leur parcours professionnel.",
      source: 'fm-bloc-3',
      statut: 'officiel',
      competences: [
        {
          id: 'B3.C1',
          intitule: 'Identifier les besoins de développement des compétences professionnelles',
          source: 'fm-bloc-3',
          statut: 'derive',
          transversales: [],
          criteres: [
            {
              id: 'B3.C1.CR1',
              intitule:
                'Part des souhaits et du projet professionnel de la personne pour repérer les compétences à développer',
              source: 'fm-bloc-3',
              statut: 'derive',
            },
            {
              id: 'B3.C1.CR2',
              intitule:
                'Compare les compétences observées à un référentiel métier de droit commun',
              source: 'cadre-reconnaissance',
              statut: 'derive',
            },
            {
              id: 'B3.C1.CR3',
              intitule:
                "Formalise les besoins repérés et les partage avec la personne et l'équipe",
              source: 'fm-bloc-3',
              statut: 'derive',
            },
          ],
        },
        {
          id: 'B3.C2',
          intitule: 'Identifier et construire des situations de travail apprenantes',
          source: 'fm-bloc-3',
          statut: 'derive',
          transversales: [],
          criteres: [
            {
              id: 'B3.C2.CR1',
              intitule:
                "Repère dans l'activité de l'atelier les situations qui ont un potentiel d'apprentissage",
              source: 'fm-bloc-3',
              statut: 'derive',
            },
            {
              id: 'B3.C2.CR2',
              intitule:
                "Transforme une situation de travail en situation apprenante (analyse de l'activité, phases réflexives, évaluation des acquis)",
              source: 'fm-bloc-3',
              statut: 'derive',
            },
          ],
        },
        {
          id: 'B3.C3',
          intitule: 'Élaborer des parcours et des séquences pédagogiques adaptés',
          source: 'fm-bloc-3',
          statut: 'derive',
          transversales: ['communication'],
          criteres: [
            {
              id: 'B3.C3.CR1',
              intitule:
                "Formule des objectifs d'apprentissage observables et une progression",
              source: 'fm-bloc-3',
              statut: 'derive',
            },
            {
              id: 'B3.C3.CR2',
              intitule:
                'Choisit ou crée des supports adaptés (facile à lire et à comprendre, pictogrammes, photos, démonstration, tutorat)',
              source: 'fm-bloc-3',
              statut: 'derive',
            },
            {
              id: 'B3.C3.CR3',
              intitule: "Prévoit dès la conception comment les acquis seront évalués",
              source: 'fm-bloc-3',
              statut: 'derive',
            },
          ],
        },
        {
          id: 'B3.C4',
          intitule: "Animer des séquences d'apprentissage dans l'établissement et en dehors",
          source: 'fm-resp-competences',
          statut: 'derive',
          transversales: [],
          criteres: [
            {
              id: 'B3.C4.CR1',
              intitule:
                'Conduit une séquence au poste de travail : démonstration, essai, correction, reformulation',
              source: 'fm-resp-competences',
              statut: 'derive',
            },
            {
              id: 'B3.C4.CR2',
              intitule: "Adapte l'animation au handicap et au rythme de chaque personne",
              source: 'fm-resp-competences',
              statut: 'derive',
            },
            {
              id: 'B3.C4.CR3',
              intitule:
                "Prépare et suit un apprentissage hors de l'établissement (stage, mise en situation professionnelle, entreprise partenaire)",
              source: 'fm-bloc-3',
              statut: 'derive',
            },
          ],
        },
        {
          id: 'B3.C5',
          intitule:
            "Contribuer au plan de développement des compétences des personnes dans l'établissement",
          source: 'fm-bloc-3',
          statut: 'derive',
          transversales: [],
          criteres: [
            {
              id: 'B3.C5.CR1',
              intitule:
                'Fait remonter les besoins de formation des personnes pour le plan de développement des compétences',
              source: 'fm-bloc-3',
              statut: 'derive',
            },
            {
              id: 'B3.C5.CR2',
              intitule:
                'Informe les personnes de leurs droits à la formation et les aide à les mobiliser',
              source: 'fm-evolution',
              statut: 'derive',
            },
            {
              id: 'B3.C5.CR3',
              intitule:
                'Participe à l’ajustement du plan selon les résultats obtenus et les projets des personnes',
              source: 'fm-bloc-3',
              statut: 'derive',
            },
          ],
        },
        {
          id: 'B3.C6',
          intitule: 'Favoriser la reconnaissance et la certification des compétences',
          source: 'fm-bloc-3',
          statut: 'derive',
          transversales: [],
          criteres: [
            {
              id: 'B3.C6.CR1',
              intitule:
                "Présente les voies de reconnaissance et de certification et aide la personne à choisir la sienne",
              source: 'fm-resp-competences',
              statut: 'derive',
            },
            {
              id: 'B3.C6.CR2',
              intitule:
                'Accompagne la constitution d’un dossier de preuves des compétences',
              source: 'fm-resp-competences',
              statut: 'derive',
            },
            {
              id: 'B3.C6.CR3',
              intitule:
                "Valorise les compétences acquises auprès de la personne, de l'équipe et des partenaires",
              source: 'fm-resp-competences',
              statut: 'derive',
            },
          ],
        },
        {
          id: 'B3.C7',
          intitule: 'Développer des partenariats au service des parcours',
          source: 'fm-resp-competences',
          statut: 'derive',
          transversales: ['equipe-pluriprofessionnelle'],
          criteres: [
            {
              id: 'B3.C7.CR1',
              intitule:
                'Identifie des entreprises et organismes susceptibles d’accueillir ou de former les personnes',
              source: 'fm-resp-competences',
              statut: 'derive',
            },
            {
              id: 'B3.C7.CR2',
              intitule:
                "Prépare avec le partenaire les conditions d'accueil, de tutorat et de suivi",
              source: 'fm-interlocuteurs',
              statut: 'derive',
            },
          ],
        },
        {
          id: 'B3.C8',
          intitule:
            "Respecter les choix et l'expression des personnes et la finalité inclusive de leur parcours",
          source: 'fm-bloc-3',
          statut: 'derive',
          transversales: ['ethique-droits', 'communication'],
          criteres: [
            {
              id: 'B3.C8.CR1',
              intitule:
                'Recueille le consentement et les choix de la personne sur ses formations et ses démarches de reconnaissance',
              source: 'fm-bloc-3',
              statut: 'derive',
            },
            {
              id: 'B3.C8.CR2',
              intitule:
                'Rend l’information sur la formation accessible et la vérifie avec les personnes concernées',
              source: 'fm-bloc-3',
              statut: 'derive',
            },
            {
              id: 'B3.C8.CR3',
              intitule:
                'Relie les apprentissages à la finalité inclusive du parcours (milieu ordinaire, autonomie, vie sociale)',
              source: 'fm-bloc-3',
              statut: 'derive',
            },
          ],
        },
      ],
    },
  ],
} as const satisfies ReferentielData;

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) {
      deepFreeze((value as Record<string, unknown>)[key]);
    }
  }
  return value;
}

/** The literal type of the data: ids are derived from it (see ids.ts). */
export type ReferentielLiteral = typeof DATA;

/** The data, deeply frozen: nothing at run time can alter it. Use REFERENTIEL (ids.ts). */
export const REFERENTIEL_DATA: ReferentielLiteral = deepFreeze(DATA);
