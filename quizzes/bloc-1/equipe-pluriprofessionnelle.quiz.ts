import { association, choixMultiples, choixUnique, defineQuiz, ordre, texteATrous, vraiFaux } from '#auteur';

export default defineQuiz({
  id: 'equipe-pluriprofessionnelle',
  titre: 'Coopérer dans l’équipe pluriprofessionnelle',
  description:
    'Le bon interlocuteur, des transmissions factuelles, le partage d’informations et le secret professionnel, les outils numériques : dix-huit questions.',
  bloc: 'B1',
  questions: [
    // ---------------------------------------------------------------- B1.C8.CR1
    association({
      id: 'bon-interlocuteur',
      enonce: 'Associez chaque situation au professionnel à solliciter en priorité (repères généraux, à adapter à l’organisation de votre établissement).',
      criteres: ['B1.C8.CR1'],
      gauche: [
        {
          id: 'g1',
          texte: 'Yanis voudrait découvrir le travail dans une jardinerie.',
          feedback: 'Les stages, mises en situation et liens avec les entreprises relèvent du chargé d’insertion professionnelle.',
        },
        {
          id: 'g2',
          texte: 'Un client demande un devis pour une nouvelle prestation de nettoyage.',
          feedback: 'Les devis et la relation commerciale relèvent des services supports, ici le service commercial.',
        },
        {
          id: 'g3',
          texte: 'Sophie n’arrive plus à venir à l’heure depuis qu’elle a dû changer de logement.',
          feedback: 'Les questions de vie hors du travail (logement, transports) relèvent de l’accompagnement social et éducatif.',
        },
        {
          id: 'g4',
          texte: 'Une commande urgente oblige à réorganiser les postes de deux ateliers.',
          feedback: 'L’organisation de la production et ses priorités relèvent du chef d’atelier ou du responsable de production.',
        },
      ],
      droite: [
        { id: 'd1', texte: 'Chargé d’insertion professionnelle' },
        { id: 'd2', texte: 'Service commercial' },
        { id: 'd3', texte: 'Éducateur ou éducatrice' },
        { id: 'd4', texte: 'Chef d’atelier ou responsable de production' },
        { id: 'd5', texte: 'Le client lui-même' },
      ],
      paires: { g1: 'd1', g2: 'd2', g3: 'd3', g4: 'd4' },
      explication:
        'La Fiche Métier situe le moniteur parmi les équipes techniques, les services supports (commerciaux, comptabilité) et les services d’accompagnement (éducateurs, psychologues, chargés d’insertion), sous la responsabilité d’un chef d’atelier ou d’un responsable de production.',
      source: 'Fiche Métier CPNE-FP 2024 (interlocuteurs internes)',
    }),
    choixUnique({
      id: 'client-change-prix',
      enonce:
        'Lors d’une prestation d’entretien des locaux, le responsable du site client vous demande d’avancer la prochaine intervention et de baisser le prix « puisque vous êtes là ». Que faites-vous ?',
      criteres: ['B1.C8.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Vous notez sa demande et la transmettez à votre chef d’atelier, qui lui répondra.',
          feedback:
            'Oui : vous restez courtois, vous ne vous engagez pas à la place de l’établissement et vous orientez vers le bon interlocuteur, en disant au client qui lui répondra.',
        },
        {
          id: 'b',
          texte: 'Vous acceptez d’avancer la date et promettez un geste sur le prix, pour garder ce client.',
          feedback: 'Le prix et le calendrier engagent l’établissement : ce n’est pas au moniteur d’en décider seul sur place.',
        },
        {
          id: 'c',
          texte: 'Vous lui répondez poliment que les prix ne vous regardent pas et reprenez le travail.',
          feedback:
            'Vous ne vous engagez pas, c’est juste, mais la demande reste sans suite : le client n’a pas de réponse et l’établissement n’est pas informé.',
        },
        {
          id: 'd',
          texte: 'Vous accordez une petite remise, que vous signalerez ensuite à votre chef d’atelier.',
          feedback: 'Prévenir après coup ne change rien : la remise engage déjà l’établissement, et ce n’est pas à vous de la décider.',
        },
      ],
      reponse: 'a',
      explication:
        'Avec l’extérieur, le moniteur est le plus souvent en lien par l’intermédiaire de l’équipe pluriprofessionnelle ou de sa hiérarchie (Fiche Métier). Ce qui engage l’établissement (prix, calendrier) se décide par la hiérarchie et les services concernés : le moniteur accueille la demande et la transmet au bon interlocuteur.',
      source: 'Fiche Métier CPNE-FP 2024 (relations externes) ; leçon Équipe pluriprofessionnelle, § Les interlocuteurs du moniteur',
    }),
    vraiFaux({
      id: 'partenariats-seul',
      enonce:
        'Pendant un chantier hors les murs, le gérant d’une jardinerie vous propose d’accueillir chaque année des travailleurs en stage. Rechercher des partenariats fait partie de votre rôle : vous pouvez donc conclure vous-même cet accord au nom de l’ESAT.',
      criteres: ['B1.C8.CR1'],
      reponse: false,
      feedback: {
        vrai: 'Non : vous recherchez des partenariats, mais sous la responsabilité des responsables de l’établissement, qui seuls l’engagent. Vous transmettez la proposition à votre hiérarchie et au chargé d’insertion.',
        faux: 'Exact : vous accueillez la proposition, vous la transmettez, et c’est la direction qui décide de s’engager.',
      },
      explication:
        'La Fiche Métier précise que le moniteur « recherche des partenariats pour le parcours des personnes sous la responsabilité des responsables pour l’établissement ». Ce qui engage l’établissement, comme un partenariat durable, relève de la direction.',
      source: 'Fiche Métier CPNE-FP 2024 (responsabilité et autonomie) ; leçon Équipe pluriprofessionnelle, § Votre place et vos responsabilités',
    }),
    choixMultiples({
      id: 'responsabilites-fiche-metier',
      enonce: 'D’après la Fiche Métier, lesquelles de ces responsabilités reviennent au moniteur d’atelier ?',
      criteres: ['B1.C8.CR1'],
      options: [
        {
          id: 'a',
          texte: 'La relation quotidienne avec les personnes accompagnées',
          feedback: 'Oui : la Fiche Métier le dit responsable de cette relation quotidienne.',
        },
        {
          id: 'b',
          texte: 'L’atteinte des objectifs journaliers de production, dans le respect de la sécurité',
          feedback: 'Oui : c’est sa responsabilité dans le domaine de la production.',
        },
        {
          id: 'c',
          texte: 'La décision d’admettre une personne dans l’atelier à l’issue de sa période d’essai',
          feedback:
            'Non : le moniteur apporte ses observations et participe au bilan, mais la décision ne lui revient pas ; l’orientation, elle, est décidée par la CDAPH.',
        },
        {
          id: 'd',
          texte: 'L’organisation des séquences d’apprentissage sur le lieu de production',
          feedback: 'Oui : la Fiche Métier l’en rend responsable.',
        },
        {
          id: 'e',
          texte: 'La recherche de partenariats pour le parcours des personnes, sous la responsabilité de la direction',
          feedback: 'Oui : il les recherche, mais c’est la direction qui engage l’établissement.',
        },
      ],
      reponses: ['a', 'b', 'd', 'e'],
      explication:
        'La Fiche Métier rend le moniteur responsable de la relation quotidienne, des objectifs journaliers de production dans le respect de la sécurité, et des séquences d’apprentissage sur le lieu de production ; il recherche des partenariats sous la responsabilité des responsables de l’établissement. Il ne décide seul ni de l’admission ni de l’orientation, qui relève de la CDAPH.',
      source: 'Fiche Métier CPNE-FP 2024 (responsabilité et autonomie) ; CASF, art. L344-2',
    }),
    choixUnique({
      id: 'reunion-synthese',
      enonce:
        'En réunion d’équipe, l’éducatrice dit que Kevin est « en échec à l’atelier ». Vos observations datées montrent des progrès nets sur deux tâches de menuiserie. Que faites-vous ?',
      criteres: ['B1.C8.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Vous ne dites rien : le suivi de Kevin relève de l’éducatrice, pas de vous.',
          feedback: 'Votre regard sur le travail est unique dans l’équipe : le taire prive l’équipe d’une information utile.',
        },
        {
          id: 'b',
          texte: 'Vous présentez vos observations datées et demandez sur quoi elle fonde son constat.',
          feedback:
            'Oui : vous apportez votre regard spécifique, appuyé sur des faits, et vous cherchez à comprendre le sien. Les deux se complètent.',
        },
        {
          id: 'c',
          texte: 'Vous la contredisez devant tous : c’est vous qui voyez Kevin travailler chaque jour.',
          feedback: 'Disqualifier une collègue nuit à la coopération. Son regard porte sur d’autres aspects de la vie de Kevin.',
        },
      ],
      reponse: 'b',
      explication:
        'Dans l’équipe pluriprofessionnelle, chacun apporte son regard. Celui du moniteur porte sur le travail quotidien ; présenté sous forme d’observations datées, il complète celui des autres professionnels, sans le remplacer.',
      source: 'Fiche Métier CPNE-FP 2024 ; leçon Équipe pluriprofessionnelle, § Votre place et vos responsabilités',
    }),
    // ---------------------------------------------------------------- B1.C8.CR2
    choixMultiples({
      id: 'phrases-note-transmission',
      enonce: 'Lesquelles de ces phrases ont leur place dans une note de transmission sur Paul ?',
      criteres: ['B1.C8.CR2'],
      options: [
        {
          id: 'a',
          texte: '10 h 20 : Paul a quitté son poste deux fois, environ 5 minutes chaque fois.',
          feedback: 'Oui : un fait observé, daté et précis.',
        },
        {
          id: 'b',
          texte: 'Paul est encore dans un mauvais jour, comme souvent le lundi.',
          feedback: 'Non : « encore » et « comme souvent » enferment Paul dans une étiquette et ne décrivent rien.',
        },
        {
          id: 'c',
          texte: 'Paul a dit : « J’ai mal à la tête depuis ce matin. »',
          feedback: 'Oui : ses paroles, entre guillemets, sans interprétation.',
        },
        {
          id: 'd',
          texte: 'Paul fait exprès de ralentir pour ne pas travailler.',
          feedback: 'Non : c’est une intention prêtée à Paul, présentée comme un fait. Personne ne peut le vérifier.',
        },
        {
          id: 'e',
          texte: 'Paul est gentil mais fragile : il faut le ménager.',
          feedback:
            'Non : le ton est bienveillant, mais c’est un jugement sur sa personne, qui ne dit rien de ce qui s’est passé et le traite comme un enfant.',
        },
      ],
      reponses: ['a', 'c'],
      explication:
        'Une transmission sépare les faits observés, les paroles de la personne, une éventuelle hypothèse présentée comme telle, ce qui a été fait et ce qui est proposé. Jugements, même bienveillants, et intentions prêtées n’y ont pas leur place.',
      source: 'Leçon Équipe pluriprofessionnelle, § Des faits, pas des étiquettes',
    }),
    choixUnique({
      id: 'meilleure-note',
      enonce: 'Vendredi, en restauration collective, Léna a jeté son tablier et quitté la cuisine. Quelle note de transmission est la plus utile ?',
      criteres: ['B1.C8.CR2'],
      options: [
        {
          id: 'a',
          texte: '« Léna a encore fait une crise de colère, comme souvent en plein service. Elle devient ingérable dès que ça presse. »',
          feedback: 'Ce sont des jugements : aucun fait, aucune parole, rien sur ce qui a été fait ni sur la suite.',
        },
        {
          id: 'b',
          texte: '« Vendredi, Léna est partie de la cuisine avant la fin du service. Elle ne va pas bien en ce moment : à surveiller de près. »',
          feedback: 'On ne sait ni à quelle heure, ni ce qu’elle a dit, ni ce qui a été fait, ni quoi surveiller.',
        },
        {
          id: 'c',
          texte: '« Léna a des problèmes personnels en ce moment, à mon avis : c’est pour ça qu’elle craque en plein service. »',
          feedback: 'C’est une interprétation sur sa vie privée, présentée comme une explication : elle n’aide pas à agir et peut blesser.',
        },
        {
          id: 'd',
          texte: '« Ven. 11 h 40 : jette son tablier, dit "C’est trop rapide". Reprend à 12 h aux desserts (son choix). Point lundi avec elle. »',
          feedback: 'Oui : heure, geste, paroles entre guillemets, action menée avec elle, suite prévue.',
        },
      ],
      reponse: 'd',
      explication:
        'Une transmission utile est factuelle, datée, cite les paroles de la personne, dit ce qui a été fait et ce qui est prévu. Elle s’écrit comme si la personne allait la lire.',
      source: 'Leçon Équipe pluriprofessionnelle, § Exemple : deux versions d’une même note',
    }),
    ordre({
      id: 'structure-transmission',
      enonce:
        'Vous rédigez la note de transmission d’un incident survenu ce matin à l’atelier menuiserie. Remettez ses éléments dans l’ordre.',
      criteres: ['B1.C8.CR2'],
      etapes: [
        {
          id: 'e1',
          texte: 'Date, heure, lieu et nom de l’auteur',
          feedback: 'Le cadre permet au lecteur de situer la note et de savoir à qui poser une question.',
        },
        {
          id: 'e2',
          texte: 'Les faits observés et les paroles de la personne, entre guillemets',
          feedback: 'Ce que vous avez vu et entendu, précisément, avec ses mots.',
        },
        {
          id: 'e3',
          texte: 'Ce que vous avez fait sur le moment',
          feedback: 'La réponse apportée sur le moment.',
        },
        {
          id: 'e4',
          texte: 'Ce qui s’est passé ensuite',
          feedback: 'L’effet de votre réponse aide l’équipe à juger de ce qui marche.',
        },
        {
          id: 'e5',
          texte: 'Ce que vous proposez pour la suite',
          feedback: 'La proposition rend la note utile à l’équipe.',
        },
      ],
      explication:
        'Une transmission pose d’abord le cadre, suit ensuite le fil des événements (faits et paroles, votre réponse, ce qui s’est passé ensuite) et se termine par une proposition. Une interprétation éventuelle se présente comme une hypothèse. La personne sait que la note existe et qui la lira.',
      source: 'Leçon Équipe pluriprofessionnelle, § Exemple : deux versions d’une même note',
    }),
    vraiFaux({
      id: 'agressive-plus-court',
      enonce:
        'En fin de journée, pressé, vous écrivez dans le dossier de Lina : « Lina a été agressive avec Paul au poste d’emballage. » Cette note suffit : elle est brève, datée par le logiciel et dit l’essentiel.',
      criteres: ['B1.C8.CR2'],
      reponse: false,
      feedback: {
        vrai: 'Non : « agressive » est une interprétation. Le lecteur ne sait ni ce que Lina a fait ou dit, ni ce qui s’est passé avant, ni ce que vous avez fait ; et le mot lui colle une étiquette.',
        faux: 'Exact : décrivez les gestes et les paroles (« a crié », « a jeté le rouleau d’adhésif »), l’heure, ce que vous avez fait et ce que vous proposez. C’est plus utile et plus respectueux.',
      },
      explication:
        'La brièveté ne doit pas sacrifier les faits. Une transmission décrit ce qui a été vu et entendu, ce qui a été fait et ce qui est proposé ; les qualificatifs (« agressive », « insupportable ») sont des jugements qui n’aident pas à agir et que la personne pourrait lire.',
      source: 'Leçon Équipe pluriprofessionnelle, § Des faits, pas des étiquettes',
    }),
    texteATrous({
      id: 'regles-transmission',
      enonce:
        'Un collègue a écrit dans le dossier : « Lina, insupportable, a encore piqué une crise. » Il vous demande comment mieux faire. Complétez vos conseils.',
      criteres: ['B1.C8.CR2'],
      texte:
        'Au lieu d’écrire « insupportable », décrivez les [[faits]] : ce que vous avez vu, à quelle heure, où. Citez les [[paroles]] de Lina entre guillemets. Si vous pensez que le bruit l’a gênée, présentez-le comme une [[hypothese]], pas comme une certitude. Et écrivez comme si Lina allait [[lire]] votre note.',
      trous: {
        faits: {
          acceptees: ['faits', 'fait', 'faits observés', 'faits observes', 'observations'],
          feedback: 'Des faits observés, datés, pas des jugements.',
        },
        paroles: {
          acceptees: ['paroles', 'mots', 'propos', 'mots exacts'],
          feedback: 'Ses mots exacts, sans reformulation.',
        },
        hypothese: {
          acceptees: ['hypothèse', 'hypothese', 'supposition', 'piste'],
          feedback: 'Une interprétation se présente comme une hypothèse, pas comme un fait.',
        },
        lire: {
          acceptees: ['lire', 'relire'],
          feedback: 'Ce repère aide à choisir des mots respectueux : la personne peut avoir accès à ce qui est écrit sur elle.',
        },
      },
      explication:
        'Factuelle, utile, respectueuse : une transmission sépare faits, paroles et hypothèses, bannit les jugements (« insupportable ») et les mots qui enferment (« encore »), et s’écrit comme si la personne la lisait.',
      source: 'Leçon Équipe pluriprofessionnelle, § Des faits, pas des étiquettes',
    }),
    // ---------------------------------------------------------------- B1.C8.CR3
    choixUnique({
      id: 'client-curieux',
      enonce:
        'Chez un client où votre équipe fait l’entretien des locaux, la responsable vous demande : « Qu’est-ce qu’il a, exactement, Julien ? Il est malade ? » Que répondez-vous ?',
      criteres: ['B1.C8.CR3'],
      options: [
        {
          id: 'a',
          texte: 'Vous expliquez son handicap en quelques mots, pour qu’elle comprenne mieux ses réactions.',
          feedback: 'Les informations de santé de Julien lui appartiennent : les partager avec un client est une atteinte à sa vie privée.',
        },
        {
          id: 'b',
          texte: 'Vous répondez sur le travail (il comprend mieux quand on lui montre) et restez son interlocuteur.',
          feedback:
            'Oui : vous donnez une information utile au travail, sans rien dire de sa santé. Vérifiez avec Julien qu’il est d’accord pour qu’on dise cela.',
        },
        {
          id: 'c',
          texte: 'Vous lui conseillez de poser la question à Julien lui-même, qui est le mieux placé.',
          feedback: 'Cela met Julien en difficulté face à une question intrusive, au lieu de le protéger.',
        },
        {
          id: 'd',
          texte: 'Vous refusez poliment de parler des membres de votre équipe, par respect du secret professionnel.',
          feedback: 'Un refus total complique la relation : le client a besoin de savoir comment travailler avec l’équipe, pas de connaître sa santé.',
        },
      ],
      reponse: 'b',
      explication:
        'Avec l’extérieur, rien de personnel ne se partage sans l’accord de la personne : le secret couvre tout ce que le personnel a appris sur elle (CSP, art. L1110-4). On répond sur le travail (ce qui aide), jamais sur la santé ou le diagnostic.',
      source: 'CSP, art. L1110-4 ; leçon Équipe pluriprofessionnelle, § Avec l’extérieur',
    }),
    choixMultiples({
      id: 'conditions-partage',
      enonce:
        'Sarah, travailleuse de l’atelier, vous a confié qu’elle traverse une séparation difficile qui la fatigue. Vous pensez en parler dans l’équipe. Quelles conditions ce partage doit-il remplir ?',
      criteres: ['B1.C8.CR3'],
      options: [
        {
          id: 'a',
          texte: 'L’information est nécessaire à son accompagnement.',
          feedback: 'Oui : on partage ce qui sert l’accompagnement, pas ce qui est simplement intéressant.',
        },
        {
          id: 'b',
          texte: 'Elle est partagée avec les professionnels qui participent à cet accompagnement.',
          feedback: 'Oui : pas avec toute l’équipe par principe, mais avec ceux qui en ont besoin.',
        },
        {
          id: 'c',
          texte: 'Sarah sait ce qui est partagé, avec qui et pourquoi.',
          feedback: 'Oui : l’informer respecte son droit sur les informations qui la concernent.',
        },
        {
          id: 'd',
          texte: 'Tous les collègues de l’atelier sont informés, par souci de transparence.',
          feedback: 'Non : la transparence ne justifie pas de partager plus que nécessaire.',
        },
        {
          id: 'e',
          texte: 'On en parle au self, entre collègues de confiance, pour rester discret.',
          feedback: 'Non : au self, d’autres peuvent entendre, et des « collègues de confiance » ne sont pas forcément les professionnels qui accompagnent Sarah.',
        },
      ],
      reponses: ['a', 'b', 'c'],
      explication:
        'Le partage entre professionnels est nécessaire mais encadré : information nécessaire, limitée à ce qui est utile, partagée avec les professionnels qui accompagnent, et connue de la personne. Les règles précises figurent dans la loi et dans les procédures de l’établissement.',
      source: 'CSP, art. L1110-4 ; leçon Équipe pluriprofessionnelle, § Partager l’information sans trahir la personne',
    }),
    vraiFaux({
      id: 'partage-equipe-autorise',
      enonce:
        'Un moniteur d’atelier, salarié d’un établissement médico-social, fait partie des professionnels qui peuvent échanger avec l’équipe les informations strictement nécessaires à l’accompagnement d’une personne.',
      criteres: ['B1.C8.CR3'],
      reponse: true,
      feedback: {
        vrai: 'Exact : le code de la santé publique range les salariés non soignants des établissements médico-sociaux parmi les professionnels qui peuvent échanger ces informations, dans la limite de ce qui est strictement nécessaire.',
        faux: 'En fait si : le partage n’est pas réservé aux soignants. Les salariés des établissements médico-sociaux, dont les moniteurs, peuvent échanger les informations strictement nécessaires à l’accompagnement.',
      },
      explication:
        'Le secret couvre tout ce que le personnel a appris sur la personne (CSP, art. L1110-4). L’échange reste possible entre professionnels qui participent à son accompagnement, pour les seules informations strictement nécessaires ; la liste de ces professionnels comprend les salariés des établissements médico-sociaux qui ne sont pas des professionnels de santé (CSP, art. R1110-2).',
      source: 'CSP, art. L1110-4, R1110-1 et R1110-2',
    }),
    choixUnique({
      id: 'collegue-curieux',
      enonce:
        'Au déjeuner, un collègue moniteur d’un autre atelier vous demande pourquoi Sabrina a été absente toute la semaine. Vous savez qu’elle a été hospitalisée. Que répondez-vous ?',
      criteres: ['B1.C8.CR3'],
      options: [
        {
          id: 'a',
          texte: 'Vous lui dites qu’elle était absente et lui demandez si c’est utile à son travail.',
          feedback:
            'Oui : vous partez de son besoin professionnel. S’il doit ajuster un planning, les dates d’absence suffisent.',
        },
        {
          id: 'b',
          texte: 'Vous lui dites qu’elle a été hospitalisée, puisqu’il fait lui aussi partie de l’équipe.',
          feedback: 'Faire partie de l’établissement ne suffit pas : il n’accompagne pas Sabrina et n’a pas besoin de cette information.',
        },
        {
          id: 'c',
          texte: 'Vous lui répondez que vous n’en savez rien, pour ne pas trahir Sabrina.',
          feedback:
            'L’intention est de la protéger, mais mentir n’est pas nécessaire : vous pouvez dire ce qui est utile (elle était absente) sans rien dire de sa santé.',
        },
      ],
      reponse: 'a',
      explication:
        'Avant de partager, trois questions : à qui, pourquoi, quoi exactement. Un collègue qui n’accompagne pas la personne n’a besoin, au plus, que de l’information utile à son propre travail.',
      source: 'Leçon Équipe pluriprofessionnelle, § Le principe',
    }),
    // ---------------------------------------------------------------- B1.C8.CR4
    choixMultiples({
      id: 'usage-outils-numeriques',
      enonce: 'Quelles pratiques relèvent d’un usage rigoureux des outils numériques de l’établissement ?',
      criteres: ['B1.C8.CR4'],
      options: [
        {
          id: 'a',
          texte: 'Finir une note sur la session d’un collègue restée ouverte, pour ne pas perdre de temps',
          feedback: 'Non : chaque écrit doit pouvoir être attribué à son auteur ; on n’utilise pas la session ou les identifiants d’un autre.',
        },
        {
          id: 'b',
          texte: 'Noter ses observations dans un carnet et les recopier au dossier en fin de semaine',
          feedback: 'Non : recopiées plusieurs jours après, les notes perdent en exactitude et manquent à la relève ; on écrit le jour même.',
        },
        {
          id: 'c',
          texte: 'Verrouiller sa session dès que l’on quitte l’écran, même pour deux minutes',
          feedback: 'Oui : une session ouverte donne accès aux dossiers à n’importe qui.',
        },
        {
          id: 'd',
          texte: 'Photographier la fiche de poste de Paul avec son téléphone pour l’envoyer à l’équipe',
          feedback: 'Non : les informations sur les personnes ne circulent pas par un téléphone personnel, même entre collègues.',
        },
        {
          id: 'e',
          texte: 'Indiquer le nom de la personne et son problème de santé dans l’objet du message',
          feedback: 'Non : l’objet d’un message est visible partout ; il reste neutre.',
        },
      ],
      reponses: ['c'],
      explication:
        'Identifiants personnels, session verrouillée, dossier tenu à jour le jour même, messages à l’objet neutre, pas de téléphone personnel pour des photos ou des informations sur les personnes.',
      source: 'Fiche Métier CPNE-FP 2024 ; leçon Équipe pluriprofessionnelle, § Utiliser les outils numériques avec rigueur',
    }),
    choixUnique({
      id: 'conflit-planning',
      enonce:
        'En consultant le planning partagé, vous voyez que Sonia est inscrite jeudi sur une prestation hors les murs, le jour de sa réunion de projet personnalisé. Que faites-vous ?',
      criteres: ['B1.C8.CR4'],
      options: [
        {
          id: 'a',
          texte: 'Vous demandez à Sonia de choisir elle-même entre la prestation et sa réunion.',
          feedback:
            'Lui laisser le choix part d’une bonne intention, mais l’erreur vient du planning : Sonia n’a pas à renoncer à sa réunion de projet pour la corriger.',
        },
        {
          id: 'b',
          texte: 'Vous signalez le conflit à la personne qui gère le planning, puis prévenez Sonia.',
          feedback: 'Oui : le planning est corrigé par qui en a la charge, et Sonia est informée.',
        },
        {
          id: 'c',
          texte: 'Vous la retirez vous-même de la réunion de projet, la prestation étant déjà vendue.',
          feedback: 'Sa réunion de projet la concerne au premier chef : elle ne se supprime pas pour une prestation.',
        },
      ],
      reponse: 'b',
      explication:
        'Le planning est un outil commun : on le vérifie, on signale les conflits à temps à la personne qui le gère, et on informe la personne concernée, dans une forme qu’elle peut lire.',
      source: 'Leçon Équipe pluriprofessionnelle, § Utiliser les outils numériques avec rigueur',
    }),
    vraiFaux({
      id: 'message-et-dossier',
      enonce:
        'Quand une information concerne l’accompagnement d’une personne, un message envoyé par la messagerie interne ne remplace pas l’écrit dans son dossier.',
      criteres: ['B1.C8.CR4'],
      reponse: true,
      feedback: {
        vrai: 'Exact : la messagerie sert à prévenir et organiser ; la trace de l’accompagnement se trouve dans le dossier de la personne.',
        faux: 'Si : un message se perd dans une boîte et n’est lu que par ses destinataires. Ce qui concerne l’accompagnement s’écrit au dossier.',
      },
      explication:
        'Chaque outil a son usage : la messagerie pour prévenir, le planning pour organiser, le dossier de la personne pour garder la trace de l’accompagnement et la partager avec les professionnels concernés.',
      source: 'Leçon Équipe pluriprofessionnelle, § Utiliser les outils numériques avec rigueur',
    }),
    choixUnique({
      id: 'erreur-dossier',
      enonce:
        'Vous vous rendez compte que, hier, vous avez écrit une transmission dans le dossier informatisé de la mauvaise personne. Que faites-vous ?',
      criteres: ['B1.C8.CR4'],
      options: [
        {
          id: 'a',
          texte: 'Vous effacez la note discrètement et la réécrivez au bon endroit, sans rien changer.',
          feedback: 'Effacer sans trace empêche de savoir qui a lu quoi et ce qui a été corrigé.',
        },
        {
          id: 'b',
          texte: 'Vous laissez la note en place : corriger attirerait l’attention sur cette erreur.',
          feedback: 'Laisser une information dans le mauvais dossier est une atteinte à la confidentialité et une source d’erreurs.',
        },
        {
          id: 'c',
          texte: 'Vous la corrigez de façon visible, selon la procédure, et prévenez votre responsable.',
          feedback: 'Oui : une correction tracée et signalée protège les deux personnes concernées et la fiabilité du dossier.',
        },
        {
          id: 'd',
          texte: 'Vous demandez à un collègue de corriger avec ses identifiants, pour aller plus vite.',
          feedback: 'Les identifiants sont personnels : la correction doit être faite et signée par l’auteur de la note.',
        },
      ],
      reponse: 'c',
      explication:
        'Dans le dossier de la personne, une erreur se corrige de façon visible, selon la procédure de l’outil, par son auteur, et se signale. On ne supprime pas sans trace.',
      source: 'Leçon Équipe pluriprofessionnelle, § Utiliser les outils numériques avec rigueur',
    }),
  ],
});
