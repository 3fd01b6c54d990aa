/**
 * The glossary: acronyms and terms of the job, each with a plain definition and
 * the lesson that uses it. Rendered by the « Glossaire » page and used as
 * flashcards. Sources: the Fiche Métier's glossary and the legal texts cited.
 */
export interface Terme {
  /** Stable id (anchor on the glossary page). */
  readonly id: string;
  readonly terme: string;
  /** Spelled-out form, for acronyms. */
  readonly developpe?: string;
  readonly definition: string;
  /** Site path of the page that uses or explains it (with anchor if useful). */
  readonly lecon: string;
  readonly source?: string;
}

export const GLOSSAIRE: readonly Terme[] = [
  {
    id: 'ma',
    terme: 'MA',
    developpe: "Moniteur ou monitrice d'atelier",
    definition:
      "Professionnel qui organise la production d'un atelier et accompagne, dans ce travail, des personnes en situation de handicap.",
    lecon: '/cours/introduction/le-metier',
    source: 'Fiche Métier CPNE-FP 2024',
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
    id: 'ea',
    terme: 'EA',
    developpe: 'Entreprise adaptée',
    definition:
      'Entreprise du milieu ordinaire dont 55 % à 100 % des salariés sont en situation de handicap. Les salariés ont un contrat de travail et au moins le SMIC.',
    lecon: '/cours/introduction/esat-et-entreprises-adaptees#entreprise-adaptee',
    source: 'C. trav. art. D5213-63',
  },
  {
    id: 'essms',
    terme: 'ESSMS',
    developpe: 'Établissement ou service social ou médico-social',
    definition:
      'Structure qui accueille ou accompagne des personnes dans le cadre du code de l’action sociale et des familles. Un ESAT en est un.',
    lecon: '/cours/introduction/esat-et-entreprises-adaptees',
  },
  {
    id: 'fam',
    terme: 'FAM',
    developpe: 'Foyer d’accueil médicalisé',
    definition: 'Foyer médicalisé qui accueille des adultes en situation de handicap. Il est cité parmi les structures du secteur.',
    lecon: '/cours/introduction/le-metier',
    source: 'Fiche Métier CPNE-FP 2024 (glossaire)',
  },
  {
    id: 'fatesat',
    terme: 'FATESAT',
    developpe: 'Fonds d’accompagnement de la transformation des ESAT',
    definition:
      'Fonds public qui cofinance des projets d’ESAT pour moderniser la production au service des compétences et de l’emploi des travailleurs.',
    lecon: '/cours/introduction/esat-et-entreprises-adaptees#parcours',
    source: 'circulaire n° DGCS/SD3/2022/146',
  },
  {
    id: 'fehap',
    terme: 'FEHAP',
    developpe: 'Fédération des établissements hospitaliers et d’aide à la personne privés non lucratifs',
    definition:
      'Fédération du secteur privé non lucratif. Sa convention collective de 1951 (IDCC 29) est l’une des deux conventions de référence du métier.',
    lecon: '/cours/introduction/le-metier#conditions',
  },
  {
    id: 'oeth',
    terme: 'OETH',
    developpe: 'Obligation d’emploi des travailleurs handicapés',
    definition:
      'Obligation pour les employeurs d’au moins 20 salariés d’employer 6 % de bénéficiaires. Acheter à un ESAT ou à une EA réduit la contribution due.',
    lecon: '/cours/introduction/esat-et-entreprises-adaptees#oeth',
    source: 'C. trav. art. L5212-2',
  },
  {
    id: 'snapei',
    terme: 'SNAPEI',
    developpe: 'Syndicat national des associations de parents d’enfants inadaptés',
    definition:
      'Organisation associée à la convention collective nationale de 1966 (IDCC 0413), l’une des deux conventions de référence du métier.',
    lecon: '/cours/introduction/le-metier#conditions',
  },
  {
    id: 'cdi',
    terme: 'CDI',
    developpe: 'Contrat à durée indéterminée',
    definition: 'Contrat de travail sans date de fin. 95 % des moniteurs d’atelier en ont un selon la Fiche Métier.',
    lecon: '/cours/introduction/le-metier#conditions',
    source: 'Fiche Métier CPNE-FP 2024',
  },
];
