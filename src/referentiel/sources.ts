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
  'cadre-handicap':
    "Cadre légal — CASF, art. L114 : définition du handicap (loi n° 2005-102 du 11 février 2005) ; C. trav., art. R4228-20 et R4228-21 (alcool sur le lieu de travail)",
  'cadre-comportements-problemes':
    "Recommandation — Anesm, RBPP sur les comportements-problèmes (2016) ; CASF, art. L331-8-1 (déclaration des événements graves) et L119-1 (maltraitance)",
  'cadre-droits-ressources':
    "Cadre légal — Code du travail, art. L5213-1 et L5213-2 (RQTH, orientation par la CDAPH) ; code de la sécurité sociale, art. L821-1 (AAH) ; Code civil, art. 425 à 494-12 et 459 (protection juridique des majeurs, actes personnels)",
  'cadre-donnees-image':
    "Cadre légal — CSP, art. L1110-4 (secret des informations dans un ESSMS) ; règlement (UE) 2016/679 (RGPD), art. 5 et 9, et loi n° 78-17 ; Code civil, art. 9 (vie privée et droit à l'image)",
  'cadre-commande-publique':
    "Cadre légal — Code de la commande publique, art. L2113-12, L2113-13 et R2113-7 (marchés réservés aux ESAT, EA et SIAE) ; Code de commerce, art. L441-10 (délais de paiement) ; Code du travail, art. L5212-10-1 (achats des clients et contribution OETH)",
  'cadre-entreprise-adaptee':
    "Cadre légal — Code du travail, art. L5213-13 et suivants, D5213-63 (entreprises adaptées ; décret n° 2019-39) ; loi n° 2023-1196 et décrets n° 2024-99 et n° 2024-100 (CDD tremplin, entreprises adaptées de travail temporaire)",
  'cadre-hygiene-alimentaire':
    "Cadre légal — règlements (CE) n° 178/2002 et 852/2004 (« paquet hygiène », HACCP), règlement (UE) n° 1169/2011 (dates, allergènes), arrêté du 21 décembre 2009 (températures) et décret n° 2011-731 (formation à l'hygiène)",
} as const;

export type SourceKey = keyof typeof SOURCES;
