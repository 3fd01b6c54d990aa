/**
 * Sections of the Fiche Métier (CPNE-FP, 18 January 2024) that items of the
 * référentiel are derived from. Every bloc, compétence and critère names one
 * of these keys, so a reader can go back to the text it comes from.
 */
export const SOURCES = {
  'fm-designation': 'Fiche Métier 2024 — Désignation du métier et des fonctions visées',
  'fm-bloc-1': 'Fiche Métier 2024 — Bloc 1 (intitulé et description)',
  'fm-bloc-2': 'Fiche Métier 2024 — Bloc 2 (intitulé et description)',
  'fm-bloc-3': 'Fiche Métier 2024 — Bloc 3 (intitulé et description)',
  'fm-activites-1': 'Fiche Métier 2024 — Description des activités professionnelles, § 1',
  'fm-activites-2': 'Fiche Métier 2024 — Description des activités professionnelles, § 2',
  'fm-activites-3': 'Fiche Métier 2024 — Description des activités professionnelles, § 3',
  'fm-evolution': "Fiche Métier 2024 — Variabilité et évolution de l'emploi (axes d'évolution du métier)",
  'fm-interlocuteurs': 'Fiche Métier 2024 — Ses interlocuteurs internes et externes',
  'fm-resp-accompagnement':
    'Fiche Métier 2024 — Responsabilité et autonomie, domaine de l’accompagnement des personnes',
  'fm-resp-production': 'Fiche Métier 2024 — Responsabilité et autonomie, domaine de la production',
  'fm-resp-competences':
    'Fiche Métier 2024 — Responsabilité et autonomie, domaine du soutien au développement et à la reconnaissance des compétences',
} as const;

export type SourceKey = keyof typeof SOURCES;
