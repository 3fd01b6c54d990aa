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
  id: 'cadre-esat-ea',
  titre: 'Le cadre des ESAT et des entreprises adaptées',
  description:
    'Dix questions pour vérifier que vous situez bien le statut des travailleurs, leurs droits et les passerelles entre ESAT, entreprise adaptée et milieu ordinaire.',
  bloc: 'B1',
  h5p: true,
  questions: [
    choixUnique({
      id: 'statut-travailleur',
      enonce:
        'Nadia vient d’être admise dans l’atelier blanchisserie de votre ESAT. Elle vous demande si elle est « salariée comme vous ». Que lui répondez-vous ?',
      criteres: ['B1.C4.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Oui : elle signe un contrat de travail, comme tous les salariés de l’établissement.',
          feedback:
            'Non : le travailleur d’ESAT n’a pas de contrat de travail. Il signe un contrat d’accompagnement par le travail, qui relève du code de l’action sociale et des familles.',
        },
        {
          id: 'b',
          texte: 'Oui : depuis la loi pour le plein emploi de 2023, le code du travail s’applique à elle.',
          feedback:
            'Non : la loi de 2023 lui a ouvert certains droits du code du travail (syndicat, expression directe, alerte et retrait), pas le statut de salariée. Elle reste une personne accueillie en ESAT.',
        },
        {
          id: 'c',
          texte: 'Non : elle signe avec l’ESAT un contrat d’accompagnement par le travail.',
          feedback:
            'Oui : le travailleur d’ESAT n’est pas salarié. Il relève du CASF, avec des droits qui se rapprochent du droit commun depuis 2022 et 2023.',
        },
        {
          id: 'd',
          texte: 'Non : elle est stagiaire de la formation professionnelle tant qu’elle est à l’ESAT.',
          feedback:
            'Non : la formation professionnelle est un droit du travailleur d’ESAT, pas son statut. Son statut est celui d’une personne accueillie en ESAT.',
        },
      ],
      reponse: 'c',
      explication:
        'Le travailleur d’ESAT est accueilli dans un établissement médico-social : il n’est pas salarié et ne relève du code du travail que pour les articles que la loi lui rend applicables. Son contrat, forme particulière du contrat de séjour, s’appelle contrat d’accompagnement par le travail depuis la loi n° 2023-1196.',
      source: 'CASF, art. L344-2, L311-4 et L344-2-6',
    }),
    vraiFaux({
      id: 'periode-essai',
      enonce: 'Depuis le décret n° 2025-844 du 25 août 2025, la période d’essai en ESAT dure 6 mois.',
      criteres: ['B1.C1.CR3'],
      reponse: false,
      feedback: {
        vrai: 'C’était la règle avant 2025. Le décret n° 2025-844 a réduit la période d’essai à 3 mois.',
        faux: 'Exact : elle est passée de 6 à 3 mois, et peut être prolongée de la durée d’une absence.',
      },
      explication:
        'La période d’essai est désormais de 3 mois (CASF art. R243-2 modifié par le décret n° 2025-844). Elle peut être prolongée de la durée d’une absence.',
      source: 'CASF, art. R243-2 ; décret n° 2025-844',
    }),
    choixMultiples({
      id: 'droits-loi-2023',
      enonce:
        'Parmi ces droits, lesquels la loi n° 2023-1196 du 18 décembre 2023 pour le plein emploi a-t-elle rendus applicables aux travailleurs d’ESAT ?',
      criteres: ['B1.C4.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Le droit d’alerte et de retrait face à un danger grave et imminent',
          feedback: 'Oui : le droit d’alerte et de retrait du code du travail fait partie des droits ouverts par la loi de 2023.',
        },
        {
          id: 'b',
          texte: 'Le droit syndical',
          feedback: 'Oui : la loi de 2023 reconnaît le droit syndical aux travailleurs d’ESAT.',
        },
        {
          id: 'c',
          texte: 'L’élection d’un délégué des travailleurs',
          feedback:
            'Non : le délégué des travailleurs existe, mais il a été créé par le décret n° 2022-1561, un an plus tôt.',
        },
        {
          id: 'd',
          texte: 'Le droit d’expression directe et collective',
          feedback: 'Oui : la loi de 2023 rend applicables les articles du code du travail sur l’expression directe et collective.',
        },
        {
          id: 'e',
          texte: 'Un congé annuel de 30 jours ouvrables par an',
          feedback:
            'Non : ce congé existait bien avant 2023 (CASF, art. R243-11). Le décret n° 2025-844 en a seulement précisé l’acquisition.',
        },
      ],
      reponses: ['a', 'b', 'd'],
      explication:
        'La loi plein emploi (CASF art. L344-2-6) a rendu applicables le droit syndical, l’expression directe et collective, la prise en charge des transports et titres-restaurant, et le droit d’alerte et de retrait. Le délégué des travailleurs et l’instance mixte datent du décret n° 2022-1561 ; le congé annuel de 30 jours ouvrables est plus ancien.',
      source: 'CASF, art. L344-2-6 et R243-11 ; loi n° 2023-1196 ; décret n° 2022-1561',
    }),
    association({
      id: 'textes-et-reformes',
      enonce: 'Associez chaque mesure au texte qui l’a introduite.',
      criteres: ['B1.C4.CR1'],
      gauche: [
        {
          id: 'g1',
          texte: 'Délégué des travailleurs et instance mixte',
          feedback: 'Le décret n° 2022-1561 du 13 décembre 2022 a créé ces deux instances d’expression et de représentation.',
        },
        {
          id: 'g2',
          texte: 'Nom « contrat d’accompagnement par le travail »',
          feedback:
            'Le nom vient de la loi n° 2023-1196 pour le plein emploi (CASF, art. L311-4). Le décret n° 2025-845 l’a seulement repris dans les textes réglementaires.',
        },
        {
          id: 'g3',
          texte: 'Période d’essai ramenée à 3 mois',
          feedback: 'C’est le décret n° 2025-844 du 25 août 2025 (CASF, art. R243-2).',
        },
        {
          id: 'g4',
          texte: 'Cumul d’une activité en ESAT et d’un emploi en milieu ordinaire',
          feedback: 'C’est l’article 136 de la loi n° 2022-217 du 21 février 2022, dite « 3DS », appliqué par le décret n° 2022-1561.',
        },
      ],
      droite: [
        { id: 'd1', texte: 'Décret n° 2022-1561' },
        { id: 'd2', texte: 'Loi n° 2023-1196' },
        { id: 'd3', texte: 'Décret n° 2025-844' },
        { id: 'd4', texte: 'Loi n° 2022-217' },
        { id: 'd5', texte: 'Décret n° 2025-845' },
      ],
      paires: { g1: 'd1', g2: 'd2', g3: 'd3', g4: 'd4' },
      explication:
        'Les règles des ESAT ont changé par étapes : loi n° 2022-217 (cumul d’activités, parcours renforcé, droit au retour), décret n° 2022-1561 (délégué et instance mixte), loi n° 2023-1196 (droits collectifs, nouveau nom du contrat, CASF art. L311-4), décrets de 2025 (période d’essai ; le n° 2025-845 reprend le nom du contrat dans les textes réglementaires).',
      source: 'CASF, art. L311-4 et R243-2 ; loi n° 2022-217, article 136 ; décrets n° 2022-1561, n° 2025-844 et n° 2025-845',
    }),
    ordre({
      id: 'chemin-admission',
      enonce: 'Remettez dans l’ordre le chemin d’une personne jusqu’à son contrat en ESAT.',
      criteres: ['B1.C1.CR1'],
      etapes: [
        {
          id: 'e1',
          texte: 'La personne dépose une demande auprès de la MDPH',
          feedback: 'Tout commence par la demande de la personne à la maison départementale des personnes handicapées.',
        },
        {
          id: 'e2',
          texte: 'La CDAPH décide d’une orientation en ESAT',
          feedback: 'La commission des droits et de l’autonomie décide de l’orientation ; elle vaut RQTH.',
        },
        {
          id: 'e3',
          texte: 'L’ESAT admet la personne',
          feedback: 'Avec la décision d’orientation, la personne peut être admise dans un ESAT qui a une place.',
        },
        {
          id: 'e4',
          texte: 'La période d’essai de 3 mois se déroule',
          feedback: 'L’admission ouvre une période d’essai de 3 mois depuis le décret n° 2025-844.',
        },
        {
          id: 'e5',
          texte: 'Le contrat d’accompagnement par le travail est reconduit chaque année',
          feedback: 'Le contrat est conclu pour un an et se reconduit.',
        },
      ],
      explication:
        'La décision d’orientation appartient à la CDAPH, au sein de la MDPH ; l’ESAT admet ensuite la personne, avec une période d’essai puis un contrat d’un an reconductible.',
      source: 'CASF, art. L344-2, L311-4 et R243-2 ; décret n° 2025-844',
    }),
    texteATrous({
      id: 'proportion-ea',
      enonce: 'Complétez la règle qui s’applique aux entreprises adaptées depuis le 1er janvier 2019.',
      criteres: ['B1.C7.CR3'],
      texte:
        'Une entreprise adaptée emploie entre [[minimum]] % et [[maximum]] % de salariés en situation de handicap. Ces salariés ont un contrat de [[contrat]] de droit commun.',
      trous: {
        minimum: { acceptees: ['55'], feedback: 'Le plancher est de 55 % depuis 2019 ; l’ancienne règle des 80 % est abrogée.' },
        maximum: { acceptees: ['100'], feedback: 'Une entreprise adaptée peut n’employer que des salariés en situation de handicap.' },
        contrat: { acceptees: ['travail'], feedback: 'En entreprise adaptée, la personne est salariée, avec un contrat de travail.' },
      },
      explication:
        'Depuis le décret n° 2019-39, la proportion de travailleurs handicapés en EA est comprise entre 55 % et 100 % de l’effectif (C. trav. art. D5213-63). Les salariés d’EA ont un contrat de travail et sont payés au moins au SMIC.',
      source: 'C. trav., art. D5213-63 ; décret n° 2019-39',
    }),
    numerique({
      id: 'remuneration-plancher',
      enonce:
        'Pour un temps plein, l’ESAT verse la part minimale de la rémunération garantie et l’État verse l’aide au poste maximale. Quel pourcentage du SMIC la personne perçoit-elle au total ?',
      criteres: ['B1.C4.CR1'],
      tableau: {
        entetes: ['Part', 'Pourcentage du SMIC'],
        lignes: [
          ['Part financée par l’ESAT (minimum)', '5 %'],
          ['Aide au poste de l’État (maximum)', '50,7 %'],
        ],
      },
      reponse: { valeur: 55.7, tolerance: 0.05, unite: '% du SMIC' },
      pieges: [
        { valeur: 55, feedback: '55 % était le plancher avant 2018. Depuis le décret n° 2018-194, c’est 55,7 %.' },
        { valeur: 50.7, feedback: 'C’est l’aide au poste seule : ajoutez la part financée par l’ESAT.' },
      ],
      feedback: {
        juste: 'Exact : 5 % + 50,7 % = 55,7 % du SMIC, le plancher de la rémunération garantie.',
        faux: 'Additionnez les deux parts : la rémunération garantie est la somme de la part ESAT et de l’aide au poste.',
      },
      explication:
        'La rémunération garantie est la somme de deux parts : $R = P_{\\text{ESAT}} + A_{\\text{poste}} = 5\\,\\% + 50{,}7\\,\\% = 55{,}7\\,\\%$ du SMIC. C’est le plancher pour un temps plein ; le plafond est de 110,7 % du SMIC.',
      source: 'CASF, art. R243-5 et R243-6 ; décret n° 2018-194',
    }),
    choixUnique({
      id: 'droit-au-retour',
      enonce:
        'Thomas a quitté l’ESAT pour un emploi en entreprise avec une convention d’appui. Son contrat de travail est rompu au bout de quatre mois ; son orientation en ESAT court encore. Que se passe-t-il s’il veut revenir ?',
      criteres: ['B1.C7.CR3'],
      options: [
        {
          id: 'a',
          texte: 'Il revient, sans décision de la MDPH, dans son ESAT ou, à défaut, un ESAT partenaire.',
          feedback:
            'Oui : c’est le droit au retour. Thomas réintègre son ESAT d’origine ou, à défaut, un ESAT partenaire prévu par la convention, sans repasser devant la CDAPH.',
        },
        {
          id: 'b',
          texte: 'Il refait une demande d’orientation à la MDPH, puisque son contrat avec l’ESAT a pris fin.',
          feedback:
            'Non : c’était la situation d’avant la réforme. Le droit au retour évite justement une nouvelle décision tant que l’orientation est valable.',
        },
        {
          id: 'c',
          texte: 'Il ne peut plus revenir en ESAT : en signant un contrat de travail, il a perdu sa place.',
          feedback:
            'Non : signer un contrat de travail ne ferme pas la porte de l’ESAT ; la loi prévoit un droit au retour pour sécuriser ce passage.',
        },
      ],
      reponse: 'a',
      explication:
        'Le droit au retour permet de revenir dans l’ESAT d’origine ou, à défaut, dans un ESAT partenaire prévu par la convention, sans nouvelle décision de la MDPH, pendant la durée de validité de l’orientation.',
      source: 'loi n° 2022-217 du 21 février 2022, article 136 ; décrets n° 2022-1561 et n° 2025-845',
    }),
    vraiFaux({
      id: 'orientation-ea',
      enonce: 'Pour être embauchée dans une entreprise adaptée, une personne doit d’abord obtenir une orientation de la CDAPH vers l’EA.',
      criteres: ['B1.C7.CR3'],
      reponse: false,
      feedback: {
        vrai: 'Non : la MDPH n’oriente pas vers une EA. L’entreprise adaptée recrute directement ou par le service public de l’emploi.',
        faux: 'Exact : l’entreprise adaptée recrute directement ou sur proposition du service public de l’emploi.',
      },
      explication:
        'L’entreprise adaptée appartient au milieu ordinaire : elle recrute directement ou sur proposition du service public de l’emploi (France Travail, Cap emploi), sans orientation préalable de la CDAPH.',
      source: 'C. trav., art. L5213-13 et suivants',
    }),
    choixUnique({
      id: 'cumul-activites',
      enonce:
        'Leïla travaille en espaces verts à l’ESAT et voudrait essayer un poste à mi-temps dans la cuisine d’une mairie, sans quitter l’ESAT. Que permet la réforme de 2022 ?',
      criteres: ['B1.C7.CR3'],
      options: [
        {
          id: 'a',
          texte: 'Rien de tel : pour travailler à la mairie, Leïla devra d’abord quitter l’ESAT.',
          feedback: 'Non : depuis la loi 3DS, on peut travailler à la fois en ESAT et en milieu ordinaire.',
        },
        {
          id: 'b',
          texte: 'Un cumul des deux activités, mais seulement chez un employeur privé, pas en mairie.',
          feedback:
            'Non : le cumul est possible dans le privé comme dans le public, y compris dans une collectivité territoriale comme une mairie.',
        },
        {
          id: 'c',
          texte: 'Un cumul des deux activités, dans la limite de la durée légale du travail.',
          feedback: 'Oui : le cumul ESAT / milieu ordinaire est possible, y compris dans le public, dans la limite de la durée légale.',
        },
      ],
      reponse: 'c',
      explication:
        'La loi n° 2022-217 (art. 136) et le décret n° 2022-1561 permettent d’exercer en même temps en ESAT et en milieu ordinaire, privé ou public (collectivités territoriales comprises), dans la limite de la durée légale du travail.',
      source: 'loi n° 2022-217 du 21 février 2022, article 136 ; décret n° 2022-1561',
    }),
  ],
});
