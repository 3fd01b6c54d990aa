import { association, choixMultiples, choixUnique, defineQuiz, texteATrous, vraiFaux } from '#auteur';

export default defineQuiz({
  id: 'secret-partage-informations',
  titre: 'Secret, partage d’informations, données et image',
  description:
    'Le secret dans un ESSMS (CSP, art. L1110-4), le partage dans l’équipe, la question pénale, les données de santé et le RGPD, le droit à l’image, les téléphones et messageries : dix-sept questions.',
  bloc: 'B1',
  questions: [
    // ---------------------------------------------------------------- Secret et partage
    choixUnique({
      id: 'perimetre-secret-essms',
      enonce:
        'Dans un ESAT, que couvre le secret des informations prévu par le code de la santé publique (art. L1110-4) ?',
      criteres: ['B1.C8.CR3'],
      options: [
        {
          id: 'a',
          texte: 'Les seules informations médicales inscrites dans son dossier',
          feedback: 'Le secret ne se limite pas au médical ni à l’écrit : il couvre tout ce que le personnel a appris.',
        },
        {
          id: 'b',
          texte: 'Ce que la personne a demandé de garder pour vous',
          feedback: 'Le secret ne dépend pas d’une demande expresse de la personne.',
        },
        {
          id: 'c',
          texte: 'Tout ce que le personnel a appris sur la personne',
          feedback: 'Oui : le secret couvre tout ce que les professionnels et tout membre du personnel ont appris sur elle.',
        },
        {
          id: 'd',
          texte: 'Ce que la personne a confié aux seuls soignants',
          feedback: 'Le secret vaut pour tout le personnel de l’établissement, pas seulement pour les soignants.',
        },
      ],
      reponse: 'c',
      explication:
        'Toute personne accompagnée par un ESSMS a droit au respect de sa vie privée et au secret des informations la concernant ; ce secret couvre l’ensemble des informations que les professionnels et tout membre du personnel ont apprises sur elle.',
      source: 'Code de la santé publique, art. L1110-4, I',
      appuis: ['complements §4 Droit au secret en ESSMS'],
    }),
    choixUnique({
      id: 'moniteur-et-secret',
      enonce: 'Un collègue affirme : « Nous, moniteurs, on n’est pas concernés par le secret, c’est pour les assistantes sociales. » Qu’est-ce qui est exact ?',
      criteres: ['B1.C8.CR3'],
      options: [
        {
          id: 'a',
          texte: 'Il a raison : seuls les soignants et assistants sociaux y sont tenus.',
          feedback: 'Le secret de L1110-4 couvre tout membre du personnel d’un ESSMS, moniteurs compris.',
        },
        {
          id: 'b',
          texte: 'Le secret du CSP couvre tout le personnel de l’ESSMS, vous compris.',
          feedback: 'Oui : c’est la base certaine de votre obligation, quel que soit le débat sur le code pénal.',
        },
        {
          id: 'c',
          texte: 'Vous êtes soumis au code pénal exactement comme une assistante sociale.',
          feedback: 'Ce point n’est pas tranché : seuls les assistants de service social y sont soumis par profession.',
        },
        {
          id: 'd',
          texte: 'Vous devez une simple discrétion, que la direction peut lever à sa guise.',
          feedback: 'Le secret de L1110-4 ne se lève pas sur décision de la direction ; le partage a ses propres conditions.',
        },
      ],
      reponse: 'b',
      explication:
        'Le secret de l’article L1110-4 du CSP couvre tout membre du personnel d’un ESSMS. L’assujettissement du moniteur à l’article 226-13 du code pénal n’est pas tranché : seuls les assistants de service social y sont soumis par profession.',
      source: 'Code de la santé publique, art. L1110-4 ; code pénal, art. 226-13',
      appuis: ['complements §4 Droit au secret en ESSMS', 'complements §10.3 n°32'],
    }),
    vraiFaux({
      id: 'assistant-social-226-13',
      enonce:
        'Parmi les travailleurs sociaux, les assistants de service social sont soumis au secret professionnel du code pénal du seul fait de leur profession.',
      criteres: ['B1.C8.CR3'],
      reponse: true,
      feedback: {
        vrai: 'Exact : pour les autres travailleurs sociaux, cela dépend de leur mission, et le juge apprécie au cas par cas.',
        faux: 'Si : les assistants de service social y sont soumis par profession ; pour les autres, tout dépend de la mission.',
      },
      explication:
        'L’article 226-13 du code pénal punit d’un an d’emprisonnement et de 15 000 € d’amende la révélation d’une information secrète par la personne qui en est dépositaire par état, profession, fonction ou mission temporaire. Parmi les travailleurs sociaux, seuls les assistants de service social y sont soumis par profession.',
      source: 'Code pénal, art. 226-13',
      appuis: ['complements §4 Violation du secret', 'complements §10.3 n°32'],
    }),
    texteATrous({
      id: 'double-limite-partage',
      enonce: 'Complétez la règle du partage d’informations entre professionnels qui accompagnent une même personne.',
      criteres: ['B1.C8.CR3'],
      texte:
        'Des professionnels identifiés qui participent tous à l’accompagnement peuvent échanger les seules informations strictement [[necessaires]], dans le périmètre de leurs [[missions]].',
      trous: {
        necessaires: {
          acceptees: ['nécessaires', 'necessaires', 'utiles'],
          feedback: 'Strictement nécessaires à la coordination, à la continuité, à la prévention ou au suivi : pas tout ce que vous savez.',
        },
        missions: {
          acceptees: ['missions', 'mission', 'fonctions'],
          feedback: 'Chacun ne reçoit que ce qui sert sa propre mission : c’est la seconde limite.',
        },
      },
      explication:
        'Le CSP permet l’échange entre professionnels identifiés qui participent tous à la prise en charge, pour les seules informations strictement nécessaires à la coordination, à la continuité, à la prévention ou au suivi médico-social : double limite de la nécessité et du périmètre des missions.',
      source: 'Code de la santé publique, art. L1110-4, II, et R1110-1',
      appuis: ['complements §4 Échange et partage'],
    }),
    vraiFaux({
      id: 'hors-equipe-information-suffit',
      enonce:
        'Pour partager une information avec un professionnel qui ne fait pas partie de l’équipe qui l’accompagne, il suffit d’en informer la personne : son consentement n’est pas nécessaire.',
      criteres: ['B1.C8.CR3'],
      reponse: false,
      feedback: {
        vrai: 'Non : au sein de l’équipe, les informations sont réputées confiées à toute l’équipe ; hors de l’équipe, il faut le consentement préalable de la personne.',
        faux: 'Exact : hors de l’équipe qui l’accompagne, le consentement préalable de la personne est requis.',
      },
      explication:
        'Au sein d’une même équipe de soins, les informations sont réputées confiées à toute l’équipe ; pour un professionnel extérieur à l’équipe, le consentement préalable de la personne est requis.',
      source: 'Code de la santé publique, art. L1110-4 et L1110-12',
      appuis: ['complements §4 Échange et partage'],
    }),
    choixMultiples({
      id: 'qui-peut-echanger',
      enonce:
        'Selon le code de la santé publique (art. R1110-2), lesquels de ces intervenants font partie des professionnels qui peuvent échanger des informations sur une personne accompagnée ?',
      criteres: ['B1.C8.CR3'],
      options: [
        {
          id: 'a',
          texte: 'Le moniteur d’atelier salarié de l’ESAT',
          feedback: 'Oui : les salariés des ESSMS qui ne sont pas professionnels de santé figurent dans la liste.',
        },
        {
          id: 'b',
          texte: 'Le responsable du site client où l’équipe intervient',
          feedback: 'Non : un client ne participe pas à l’accompagnement ; il ne reçoit que ce qui sert le travail, avec l’accord de la personne.',
        },
        {
          id: 'c',
          texte: 'Le mandataire judiciaire à la protection des majeurs',
          feedback: 'Oui : il figure dans la liste, dans la limite du strict nécessaire à sa mission.',
        },
        {
          id: 'd',
          texte: 'Le délégué des travailleurs élu par ses pairs',
          feedback: 'Non : le délégué représente ses collègues, il ne participe pas à leur accompagnement.',
        },
        {
          id: 'e',
          texte: 'Le parent qui vient chercher la personne le soir',
          feedback: 'Non : un proche n’est pas un professionnel de l’accompagnement ; rien ne lui est dit sans l’accord de la personne.',
        },
      ],
      reponses: ['a', 'c'],
      explication:
        'Le décret n° 2016-994 (CSP, art. R1110-2) liste les professionnels qui peuvent échanger et partager : professionnels de santé, et notamment les non-professionnels de santé salariés des ESSMS et les mandataires judiciaires à la protection des majeurs.',
      source: 'Code de la santé publique, art. R1110-2 ; décret n° 2016-994',
      appuis: ['complements §4 Qui peut partager'],
    }),
    choixUnique({
      id: 'mandataire-au-telephone',
      enonce:
        'Le mandataire judiciaire de Julien vous appelle : il prépare son budget et demande si Julien aura des absences non rémunérées ce mois-ci, puis avec qui il passe ses pauses. Que faites-vous ?',
      criteres: ['B1.C8.CR3'],
      options: [
        {
          id: 'a',
          texte: 'Vous répondez à tout : le mandataire fait partie des professionnels autorisés.',
          feedback: 'Il est autorisé, mais seulement pour ce qui est strictement nécessaire à sa mission.',
        },
        {
          id: 'b',
          texte: 'Vous ne répondez à rien : le secret vous interdit de parler à un mandataire.',
          feedback: 'Le secret n’interdit pas l’échange avec le mandataire, qui figure parmi les professionnels autorisés.',
        },
        {
          id: 'c',
          texte: 'Vous lui proposez de lui envoyer le dossier, pour qu’il y prenne ce qui l’intéresse.',
          feedback: 'C’est l’inverse de la minimisation : vous transmettez ce qui est nécessaire, pas tout le dossier.',
        },
        {
          id: 'd',
          texte: 'Vous répondez sur les absences, pas sur ses pauses, et vous le dites à Julien.',
          feedback: 'Oui : le strict nécessaire à sa mission, et Julien sait ce qui a été transmis.',
        },
      ],
      reponse: 'd',
      explication:
        'Le mandataire judiciaire à la protection des majeurs peut recevoir les informations strictement nécessaires à l’accompagnement, dans le périmètre de sa mission ; la personne en est informée. Ses fréquentations à l’atelier ne servent pas la gestion de son budget.',
      source: 'Code de la santé publique, art. L1110-4 et R1110-2',
      appuis: ['complements §4 Qui peut partager', 'complements §4 Échange et partage'],
    }),
    choixMultiples({
      id: 'droits-usager-l311-3',
      enonce: 'Parmi ces droits, lesquels le CASF (art. L311-3) garantit-il à la personne accueillie en ESAT ?',
      criteres: ['B1.C2.CR4'],
      options: [
        {
          id: 'a',
          texte: 'La confidentialité des informations qui la concernent',
          feedback: 'Oui : c’est le 4° de l’article L311-3.',
        },
        {
          id: 'b',
          texte: 'L’accès aux informations sur sa prise en charge',
          feedback: 'Oui : c’est le 5° ; vos écrits peuvent donc être lus par la personne.',
        },
        {
          id: 'c',
          texte: 'Le choix du moniteur qui l’encadre à l’atelier',
          feedback: 'Non : l’organisation des ateliers relève de l’établissement, même si les souhaits de la personne comptent.',
        },
        {
          id: 'd',
          texte: 'Le respect de sa vie privée et de son intimité',
          feedback: 'Oui : avec la dignité, l’intégrité et la sécurité (1°).',
        },
        {
          id: 'e',
          texte: 'La consultation des fiches de ses collègues d’atelier',
          feedback: 'Non : ce serait une atteinte à la confidentialité due aux autres personnes.',
        },
      ],
      reponses: ['a', 'b', 'd'],
      explication:
        'L’article L311-3 du CASF garantit notamment le respect de la dignité, de l’intégrité, de la vie privée, de l’intimité et de la sécurité (1°), la confidentialité des informations (4°), l’accès aux informations sur la prise en charge (5°) et la participation au projet (7°).',
      source: 'CASF, art. L311-3',
      appuis: ['complements §4 Droits de l’usager (CASF)'],
    }),
    // ---------------------------------------------------------------- Données personnelles
    vraiFaux({
      id: 'mention-epilepsie-donnee-sante',
      enonce:
        'La mention « épileptique » écrite à côté du nom d’un travailleur sur le tableau des postes de l’atelier est une donnée de santé au sens du RGPD.',
      criteres: ['B1.C2.CR4'],
      reponse: true,
      feedback: {
        vrai: 'Exact : une information sur une maladie ou un handicap est une donnée de santé, catégorie particulière dont le traitement est interdit par principe.',
        faux: 'Si : toute information sur une maladie ou un handicap d’une personne identifiable est une donnée de santé.',
      },
      explication:
        'Le RGPD (art. 4 §15 et art. 9) fait des données de santé une catégorie particulière dont le traitement est interdit par principe, sauf exceptions limitatives. Un tableau d’atelier sert à organiser le travail : il n’a pas à porter de diagnostic.',
      source: 'Règlement (UE) 2016/679 (RGPD), art. 4 et 9 ; loi n° 78-17, art. 6',
      appuis: ['complements §4 Données de santé (RGPD)'],
    }),
    choixUnique({
      id: 'referentiel-cnil-essms',
      enonce: 'En 2021, la CNIL a publié un référentiel qui intéresse directement les ESAT. Sur quoi porte-t-il ?',
      criteres: ['B1.C2.CR4'],
      options: [
        {
          id: 'a',
          texte: 'Sur la vidéosurveillance des ateliers de production',
          feedback: 'Ce n’est pas l’objet de ce référentiel de 2021.',
        },
        {
          id: 'b',
          texte: 'Sur les données traitées pour accompagner les personnes en ESSMS',
          feedback: 'Oui : accueil, hébergement et accompagnement dans les établissements sociaux et médico-sociaux.',
        },
        {
          id: 'c',
          texte: 'Sur les fichiers de clients et de prospects des ESAT',
          feedback: 'Les fichiers commerciaux relèvent du RGPD, mais pas de ce référentiel.',
        },
        {
          id: 'd',
          texte: 'Sur les logiciels de paie des travailleurs et des salariés',
          feedback: 'Ce n’est pas l’objet de ce référentiel de 2021.',
        },
      ],
      reponse: 'b',
      explication:
        'La CNIL a publié en 2021 un référentiel pour les traitements de données à caractère personnel des ESSMS (accueil, hébergement, accompagnement) : c’est le cadre de référence des dossiers et outils de l’établissement, y compris les durées de conservation.',
      source: 'CNIL, référentiel relatif aux traitements de données des ESSMS (2021) ; RGPD, art. 9',
      appuis: ['complements §4 Données de santé (RGPD)'],
    }),
    choixUnique({
      id: 'message-groupe-personnel',
      enonce:
        'Sur le groupe de messagerie que les moniteurs ont créé sur leurs téléphones personnels, un collègue écrit : « Lucas a refait une crise au foyer, il a encore oublié son traitement. » Que faites-vous ?',
      criteres: ['B1.C8.CR4'],
      options: [
        {
          id: 'a',
          texte: 'Vous lui demandez de retirer le message et de passer par l’outil de l’ESAT.',
          feedback: 'Oui : une donnée de santé n’a pas sa place sur une messagerie personnelle ; l’information utile passe par le canal prévu.',
        },
        {
          id: 'b',
          texte: 'Vous répondez dans le groupe pour rassurer l’équipe sur l’état de Lucas.',
          feedback: 'Vous ajoutez une donnée de santé dans un outil qui n’est pas fait pour cela.',
        },
        {
          id: 'c',
          texte: 'Vous laissez faire : le groupe ne réunit que des moniteurs de l’ESAT.',
          feedback: 'Tous ne participent pas à l’accompagnement de Lucas, et l’outil échappe à tout contrôle d’accès et de conservation.',
        },
        {
          id: 'd',
          texte: 'Vous faites une capture d’écran pour l’ajouter au dossier de Lucas.',
          feedback: 'La capture reste sur votre téléphone et recopie un message mal placé ; une transmission s’écrit dans l’outil prévu.',
        },
      ],
      reponse: 'a',
      explication:
        'Une information sur la santé d’une personne est une donnée de santé (RGPD, art. 9) : elle ne circule qu’entre les professionnels qui en ont besoin, dans les outils de l’établissement, et seulement si elle est strictement nécessaire (CSP, art. L1110-4).',
      source: 'RGPD, art. 5 et 9 ; code de la santé publique, art. L1110-4',
      appuis: ['complements §4 Données de santé (RGPD)', 'complements §4 Échange et partage'],
    }),
    vraiFaux({
      id: 'photo-fiche-telephone-perso',
      enonce:
        'Pour dépanner un remplaçant, vous pouvez photographier avec votre téléphone personnel la fiche d’un travailleur qui mentionne son traitement, à condition d’effacer la photo le soir même.',
      criteres: ['B1.C8.CR4'],
      reponse: false,
      feedback: {
        vrai: 'Non : la donnée de santé quitte les outils de l’établissement, même pour quelques heures ; le remplaçant reçoit la consigne utile par le canal prévu.',
        faux: 'Exact : une donnée de santé ne transite pas par un téléphone personnel, même temporairement.',
      },
      explication:
        'Une information sur un traitement est une donnée de santé : son traitement est interdit par principe, hors exceptions encadrées, et il se fait dans les outils de l’établissement, avec un accès limité (RGPD, art. 5 et 9).',
      source: 'RGPD, art. 5 et 9',
      appuis: ['complements §4 Données de santé (RGPD)'],
    }),
    // ---------------------------------------------------------------- Droit à l’image
    choixUnique({
      id: 'photo-client-rse',
      enonce:
        'Chez un client où votre équipe assure l’entretien des locaux, la responsable veut photographier l’équipe au travail pour son rapport annuel. Que faites-vous ?',
      criteres: ['B1.C2.CR4'],
      options: [
        {
          id: 'a',
          texte: 'Vous acceptez : les photos sont prises dans ses locaux, sur son site.',
          feedback: 'Le lieu n’y change rien : l’image d’une personne reconnaissable lui appartient.',
        },
        {
          id: 'b',
          texte: 'Vous refusez : aucune photo de travailleur n’est possible en ESAT.',
          feedback: 'Une photo est possible si chaque personne y consent pour cet usage précis.',
        },
        {
          id: 'c',
          texte: 'Vous acceptez si l’équipe est prise de loin, en groupe.',
          feedback: 'En groupe, chacun peut rester reconnaissable ; le consentement reste nécessaire.',
        },
        {
          id: 'd',
          texte: 'Vous expliquez l’usage à chacun et ne photographiez que ceux qui acceptent.',
          feedback: 'Oui : un consentement individuel, pour cette finalité et ce support.',
        },
      ],
      reponse: 'd',
      explication:
        'Le droit à l’image découle du respect de la vie privée (C. civ., art. 9) : l’image d’une personne reconnaissable ne s’utilise qu’avec son consentement, donné pour une finalité, un support et une durée précis.',
      source: 'Code civil, art. 9',
      appuis: ['complements §4 Droit à l’image'],
    }),
    vraiFaux({
      id: 'accord-journal-vaut-site',
      enonce:
        'Mélanie a accepté l’an dernier une photo pour le journal interne de l’ESAT : la même photo peut donc être publiée sur le site internet de l’établissement.',
      criteres: ['B1.C2.CR4'],
      reponse: false,
      feedback: {
        vrai: 'Non : son accord portait sur un usage, un support et une durée ; un nouvel usage demande un nouvel accord.',
        faux: 'Exact : toute réutilisation hors du cadre accepté est une atteinte à son droit à l’image.',
      },
      explication:
        'Le consentement à l’utilisation de son image est donné pour une finalité, un support et une durée précis ; le réutiliser au-delà porte atteinte aux droits de la personne (C. civ., art. 9).',
      source: 'Code civil, art. 9',
      appuis: ['complements §4 Droit à l’image'],
    }),
    vraiFaux({
      id: 'image-critere-has',
      enonce:
        'Dans le référentiel d’évaluation des ESSMS de la HAS, le respect du droit à l’image des personnes accompagnées est une simple recommandation, sans caractère impératif.',
      criteres: ['B1.C2.CR4'],
      reponse: false,
      feedback: {
        vrai: 'Non : c’est un critère impératif du référentiel d’évaluation de la HAS.',
        faux: 'Exact : le respect du droit à l’image est un critère impératif du référentiel HAS.',
      },
      explication:
        'Le référentiel d’évaluation de la qualité des ESSMS de la Haute Autorité de santé fait du respect du droit à l’image un critère impératif ; il découle du respect de la vie privée (C. civ., art. 9).',
      source: 'HAS, référentiel d’évaluation des ESSMS ; Code civil, art. 9',
      appuis: ['complements §4 Droit à l’image'],
    }),
    vraiFaux({
      id: 'acces-transmissions',
      enonce:
        'La personne accompagnée a le droit d’accéder aux informations sur sa prise en charge : les transmissions que vous écrivez sur elle peuvent lui être communiquées.',
      criteres: ['B1.C8.CR2'],
      reponse: true,
      feedback: {
        vrai: 'Exact : écrivez des faits datés, utiles, dans des mots qu’elle pourrait lire.',
        faux: 'Si : l’accès aux informations sur sa prise en charge fait partie de ses droits (CASF, art. L311-3).',
      },
      explication:
        'Le CASF (art. L311-3, 5°) garantit l’accès de la personne aux informations relatives à sa prise en charge. Une transmission s’écrit donc comme si la personne la lisait.',
      source: 'CASF, art. L311-3',
      appuis: ['complements §4 Droits de l’usager (CASF)'],
    }),
    association({
      id: 'textes-et-regles',
      enonce: 'Associez chaque texte à la règle qu’il pose.',
      criteres: ['B1.C2.CR4', 'B1.C8.CR3'],
      gauche: [
        {
          id: 'g1',
          texte: 'Code de la santé publique, art. L1110-4',
          feedback: 'Il pose le secret des informations sur la personne accompagnée par un ESSMS, et les conditions du partage.',
        },
        {
          id: 'g2',
          texte: 'Code civil, art. 9',
          feedback: 'Le respect de la vie privée, dont découle le droit à l’image.',
        },
        {
          id: 'g3',
          texte: 'RGPD, art. 9',
          feedback: 'Les données de santé sont une catégorie particulière, interdite de traitement par principe.',
        },
        {
          id: 'g4',
          texte: 'Code pénal, art. 226-13',
          feedback: 'Il punit la révélation d’une information secrète par qui en est dépositaire : 1 an et 15 000 €.',
        },
      ],
      droite: [
        { id: 'd1', texte: 'Secret de ce que le personnel d’un ESSMS apprend sur la personne' },
        { id: 'd2', texte: 'Respect de la vie privée, fondement du droit à l’image' },
        { id: 'd3', texte: 'Données de santé : traitement interdit sauf exceptions' },
        { id: 'd4', texte: 'Révélation d’un secret par son dépositaire : 1 an, 15 000 €' },
        { id: 'd5', texte: 'Interdiction des dons et legs aux salariés des ESSMS' },
      ],
      paires: { g1: 'd1', g2: 'd2', g3: 'd3', g4: 'd4' },
      explication:
        'CSP, art. L1110-4 : secret et partage dans un ESSMS. Code civil, art. 9 : vie privée et image. RGPD, art. 9 : données de santé. Code pénal, art. 226-13 : sanction de la violation du secret. L’interdiction des dons et legs relève du CASF (art. L116-4).',
      source: 'CSP, art. L1110-4 ; C. civ., art. 9 ; RGPD, art. 9 ; C. pén., art. 226-13',
      appuis: [
        'complements §4 Droit au secret en ESSMS',
        'complements §4 Droit à l’image',
        'complements §4 Données de santé (RGPD)',
        'complements §4 Violation du secret',
      ],
    }),
  ],
});
