/**
 * Where items of the référentiel come from: a section of the Fiche Métier (CPNE-FP,
 * 18 January 2024, keys `fm-…`), or — when the Fiche does not say it — the legal or
 * normative text that frames the practice (keys `cadre-…`, each naming its text).
 * Every bloc, compétence and critère names one of these keys, so a reader can go
 * back to the text it comes from.
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
  'cadre-essai-esat': "Cadre légal — CASF, art. R243-2 : période d'essai de 3 mois du contrat d'accompagnement par le travail (décret n° 2025-844)",
  'cadre-maltraitance': 'Cadre légal — CASF, art. L119-1 : définition de la maltraitance (loi n° 2022-140 du 7 février 2022)',
  'cadre-expression-esat':
    "Cadre légal — décret n° 2022-1561 (délégué des travailleurs, instance mixte) et CASF, art. L344-2-6 (expression directe et collective des travailleurs d'ESAT)",
  'cadre-alerte-retrait': "Cadre légal — Code du travail, art. L4131-1 à L4132-5 (droit d'alerte et de retrait), applicables en ESAT (CASF, art. L344-2-6)",
  'cadre-indicateurs': 'Norme — NF E60-182 (taux de rendement synthétique) ; indicateurs de parcours des ESAT suivis par les ARS',
  'cadre-qualite': 'Fiche Métier 2024, bloc 2 (normes de qualité en vigueur) — Norme ISO 9001:2015 (amélioration continue, cycle PDCA)',
  'cadre-ecoconception': "Fiche Métier 2024, bloc 2 (démarche écoresponsable) — ADEME, ISO/TR 14062 et ISO 14006 (écoconception sur le cycle de vie)",
  'cadre-reconnaissance':
    "Cadre réglementaire — décret n° 2009-565 du 20 mai 2009 (reconnaissance des compétences des travailleurs d'ESAT sur des référentiels métier de droit commun)",
} as const;

export type SourceKey = keyof typeof SOURCES;
