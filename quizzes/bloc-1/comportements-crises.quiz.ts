import { association, choixMultiples, choixUnique, defineQuiz, ordre, texteATrous, vraiFaux } from '#auteur';

export default defineQuiz({
  id: 'comportements-crises',
  titre: 'Comportements complexes et situations de crise',
  description:
    'Comprendre et prévenir les comportements-problèmes, repérer les signes d’escalade, désamorcer, protéger et alerter, reprendre après la crise, déclarer un événement grave, signaler une maltraitance.',
  bloc: 'B1',
  questions: [
    choixUnique({
      id: 'definition-comportement-probleme',
      enonce:
        'D’après la recommandation de l’Anesm de 2016, qu’est-ce qui fait d’un comportement un « comportement-problème » ?',
      criteres: ['B1.C9.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Il enfreint une règle du règlement de fonctionnement',
          feedback: 'Non : une infraction à une règle ne suffit pas ; la recommandation parle de gêne et de bouleversement durable.',
        },
        {
          id: 'b',
          texte: 'Il est lié à un diagnostic posé par un psychiatre',
          feedback: 'Non : la définition ne part pas d’un diagnostic, mais de ce que le comportement produit pour la personne et les autres.',
        },
        {
          id: 'c',
          texte: 'Sa sévérité, son intensité et sa répétition gênent fortement',
          feedback:
            'Oui : sévérité, intensité et répétition, avec une gêne très importante pour la personne et autrui et une vie quotidienne durablement bouleversée.',
        },
        {
          id: 'd',
          texte: 'Il a entraîné au moins une blessure dans l’atelier',
          feedback: 'Non : la blessure n’est pas le critère ; beaucoup de comportements-problèmes ne blessent personne.',
        },
      ],
      reponse: 'c',
      explication:
        'La recommandation retient les manifestations dont la sévérité, l’intensité et la répétition causent une gêne très importante à la personne et à autrui et bouleversent durablement sa vie quotidienne.',
      source: 'Anesm, RBPP sur les comportements-problèmes (2016), reprise par la HAS',
      appuis: ['complements §2 Définition retenue', 'complements §2 RBPP « comportements-problèmes »'],
    }),
    choixUnique({
      id: 'pauline-frappe-la-table',
      enonce:
        'En conditionnement, Pauline, qui parle très peu, frappe la table du plat de la main depuis deux jours, surtout le matin. C’est nouveau. Quelle piste vérifiez-vous en premier, avec l’équipe ?',
      criteres: ['B1.C9.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Une douleur ou un problème de santé qu’elle exprime ainsi',
          feedback:
            'Oui : la recommandation demande de rechercher d’abord une cause somatique ou une douleur, surtout chez une personne qui parle peu.',
        },
        {
          id: 'b',
          texte: 'Une recherche d’attention, qu’il vaut mieux ignorer',
          feedback:
            'Non : c’est une hypothèse possible, mais pas la première ; l’ignorer sans chercher risque de laisser une douleur sans réponse.',
        },
        {
          id: 'c',
          texte: 'Un refus du travail, à reprendre par un rappel des règles',
          feedback: 'Non : partir du refus et de la règle, c’est répondre avant d’avoir compris ce que le comportement exprime.',
        },
        {
          id: 'd',
          texte: 'Un conflit avec sa voisine, à régler en la changeant de place',
          feedback: 'Non : changer de place peut aider plus tard, mais rien n’indique un conflit ; la santé se vérifie d’abord.',
        },
      ],
      reponse: 'a',
      explication:
        'Comprendre avant d’agir : rechercher d’abord une cause somatique ou une douleur, tenir compte des particularités sensorielles et de communication, décrire le comportement, puis formuler en équipe des hypothèses sur sa fonction.',
      source: 'Anesm, RBPP sur les comportements-problèmes (2016)',
      appuis: ['complements §2 Comprendre avant d\'agir'],
    }),
    choixMultiples({
      id: 'decrire-comportement',
      enonce:
        'Vous décrivez par écrit la crise de Pauline pour l’analyse en équipe. Qu’écrivez-vous ? (deux réponses)',
      criteres: ['B1.C9.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Ce qui s’est passé juste avant et juste après',
          feedback: 'Oui : le déclencheur et ce que le comportement a produit aident à comprendre sa fonction.',
        },
        {
          id: 'b',
          texte: 'Qu’elle est « dans une mauvaise passe » en ce moment',
          feedback: 'Non : c’est une interprétation, pas un fait ; elle n’aide pas l’équipe à formuler des hypothèses.',
        },
        {
          id: 'c',
          texte: 'La durée, la fréquence et l’intensité des gestes',
          feedback: 'Oui : la forme, la fréquence, la durée et l’intensité décrivent le comportement sans le juger.',
        },
        {
          id: 'd',
          texte: 'Le trouble psychique qui pourrait l’expliquer',
          feedback: 'Non : le moniteur ne pose pas de diagnostic ; il décrit ce qu’il a vu.',
        },
        {
          id: 'e',
          texte: 'L’avis de ses collègues d’atelier sur son caractère',
          feedback: 'Non : des jugements de tiers sur sa personne n’ont pas leur place dans une note factuelle.',
        },
      ],
      reponses: ['a', 'c'],
      explication:
        'Décrire le comportement (forme, fréquence, durée, intensité) et ce qui se passe avant et après permet à l’équipe de formuler des hypothèses sur sa fonction.',
      source: 'Anesm, RBPP sur les comportements-problèmes (2016)',
      appuis: ['complements §2 Comprendre avant d\'agir'],
    }),
    vraiFaux({
      id: 'retrait-volontaire',
      enonce:
        'La recommandation de l’Anesm sur les comportements-problèmes invite à accepter qu’une personne se retire volontairement de son poste quand la tension monte.',
      criteres: ['B1.C9.CR1'],
      reponse: true,
      feedback: {
        vrai: 'Exact : un emploi du temps souple et le retrait volontaire accepté rendent l’environnement moins contraignant.',
        faux: 'Si : le retrait volontaire fait partie de la prévention par l’environnement ; il évite souvent la crise.',
      },
      explication:
        'Prévenir par l’environnement : emploi du temps souple, retrait volontaire accepté, espaces adaptés aux sensibilités, objectifs simples et exigence progressive.',
      source: 'Anesm, RBPP sur les comportements-problèmes (2016), volet 1',
      appuis: ['complements §2 Prévenir par l\'environnement'],
    }),
    choixMultiples({
      id: 'signes-escalade',
      enonce: 'Lesquels de ces signes annoncent une montée de la tension chez une personne ? (trois réponses)',
      criteres: ['B1.C9.CR1'],
      options: [
        {
          id: 'a',
          texte: 'Elle passe brusquement au tutoiement avec vous',
          feedback: 'Oui : un changement brusque de registre de langage est un signe classique.',
        },
        {
          id: 'b',
          texte: 'Elle vous demande calmement une pause',
          feedback: 'Non : demander une pause calmement est plutôt un bon moyen de se réguler, à encourager.',
        },
        {
          id: 'c',
          texte: 'Elle serre les poings et fixe un collègue',
          feedback: 'Oui : poings serrés et regard fixe sont des signes corporels d’escalade.',
        },
        {
          id: 'd',
          texte: 'Elle se tait soudain, elle d’habitude bavarde',
          feedback: 'Oui : un mutisme soudain peut annoncer la crise autant qu’un ton qui monte.',
        },
        {
          id: 'e',
          texte: 'Elle pose plusieurs questions sur la consigne',
          feedback: 'Non : poser des questions montre qu’elle cherche à comprendre ; ce n’est pas un signe de tension.',
        },
      ],
      reponses: ['a', 'c', 'd'],
      explication:
        'Signes d’escalade : ton qui monte, insultes, passage brusque au tutoiement ou mutisme ; poings serrés, mâchoire crispée, regard fixe, rapprochement ; rougeur ou pâleur.',
      source: 'Repères de formation à la gestion des situations de tension (dossier compléments §2)',
      appuis: ['complements §2 Signes d\'escalade'],
    }),
    choixUnique({
      id: 'bastien-phrase',
      enonce:
        'En blanchisserie, Bastien crie « C’est pas mon poste ! » et s’approche d’un collègue. Quelle phrase, dite d’une voix posée et à distance, aide à faire baisser la tension ?',
      criteres: ['B1.C9.CR1'],
      options: [
        {
          id: 'a',
          texte: '« Calmez-vous tout de suite, ou je préviens le chef de service. »',
          feedback: 'Non : la menace de sanction au milieu de la crise fait souvent monter la tension.',
        },
        {
          id: 'b',
          texte: '« Vous n’avez aucune raison de vous énerver, c’est juste ce matin. »',
          feedback: 'Non : contredire ce que la personne ressent la pousse à le prouver plus fort.',
        },
        {
          id: 'c',
          texte: '« Venez là, je vous prends par l’épaule et on en parle tous les deux. »',
          feedback: 'Non : le contact et le rapprochement réduisent la distance dont chacun a besoin ; rester seul avec lui n’est pas prudent.',
        },
        {
          id: 'd',
          texte: '« Le changement vous met en colère. Vous sortez, ou on s’assoit ? »',
          feedback: 'Oui : vous reformulez ce qu’il vit et vous lui proposez un choix simple.',
        },
      ],
      reponse: 'd',
      explication:
        'Désescalade : rester calme, voix posée, ne pas contredire ni hausser le ton, écouter et reformuler, proposer des choix, garder distance et issue, ne pas rester seul, éloigner les objets dangereux et les autres.',
      source: 'Repères de désescalade (dossier compléments §2)',
      appuis: ['complements §2 Désescalade'],
    }),
    ordre({
      id: 'crise-dangereuse-etapes',
      enonce:
        'En sous-traitance, un travailleur en crise lance des pièces métalliques vers ses collègues. Remettez vos actions dans l’ordre.',
      criteres: ['B1.C9.CR1'],
      etapes: [
        {
          id: 'e1',
          texte: 'Faire sortir les autres travailleurs et éloigner ce qui peut blesser',
          feedback: 'Protéger d’abord : les autres, la personne, vous-même.',
        },
        {
          id: 'e2',
          texte: 'Donner l’alerte à votre hiérarchie par le code prévu',
          feedback: 'Ne restez pas seul : l’alerte suit immédiatement la mise à l’abri.',
        },
        {
          id: 'e3',
          texte: 'Appeler le 17 si la violence continue malgré tout',
          feedback: 'En cas de violence qui persiste, les secours extérieurs prennent le relais.',
        },
        {
          id: 'e4',
          texte: 'Écrire une note factuelle : heure, avant, pendant, après',
          feedback: 'Une fois le calme revenu, la note permet la déclaration et l’analyse.',
        },
        {
          id: 'e5',
          texte: 'Analyser la crise en équipe et revoir la prévention',
          feedback: 'L’analyse en équipe vient en dernier, à partir des faits écrits.',
        },
      ],
      explication:
        'Crise dangereuse : protéger la personne, les autres et soi, alerter la hiérarchie, appeler les secours (15 ou 112 ; 17 en cas de violence). Puis écrire les faits et prendre le temps de l’analyse en équipe.',
      source: 'Anesm, RBPP comportements-problèmes (2016), volet 2 ; repères de gestion de crise (dossier compléments §2)',
      appuis: ['complements §2 Crise dangereuse', 'complements §2 Après la crise'],
    }),
    vraiFaux({
      id: 'rester-seul-crise',
      enonce:
        'Pendant une crise, il vaut mieux rester seul avec la personne, à l’écart, pour ne pas l’exposer au regard de ses collègues.',
      criteres: ['B1.C9.CR1'],
      reponse: false,
      feedback: {
        vrai: 'Non : l’intention de préserver sa dignité est juste, mais rester seul vous met en danger tous les deux ; un signal convenu entre collègues permet de demander de l’aide discrètement.',
        faux: 'Exact : on ne reste pas seul. On éloigne les autres travailleurs, mais un collègue est alerté.',
      },
      explication:
        'Parmi les repères de désescalade : ne pas rester seul (un signal d’alerte convenu entre collègues), garder distance et issue, éloigner objets dangereux et autres travailleurs.',
      source: 'Repères de désescalade (dossier compléments §2)',
      appuis: ['complements §2 Désescalade'],
    }),
    choixUnique({
      id: 'quand-appeler-17',
      enonce: 'Pendant une crise dans l’atelier, dans quelle situation les repères de gestion de crise prévoient-ils d’appeler le 17 ?',
      criteres: ['B1.C9.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Quand la personne se blesse en tombant',
          feedback: 'Non : une blessure relève des secours médicaux, le 15 ou le 112.',
        },
        {
          id: 'b',
          texte: 'Quand la violence envers autrui ne s’apaise pas',
          feedback: 'Oui : en cas de violence, on appelle le 17 (ou le 112), après avoir protégé et alerté la hiérarchie.',
        },
        {
          id: 'c',
          texte: 'Quand la personne refuse de reprendre son poste',
          feedback: 'Non : un refus n’est pas un danger ; il se travaille avec la personne et l’équipe, pas avec la police.',
        },
        {
          id: 'd',
          texte: 'Quand une maltraitance vous est confiée après coup',
          feedback:
            'Non : une maltraitance confiée se transmet par écrit à la hiérarchie et peut se signaler aux autorités ; le 3977 écoute et oriente. Le 17 sert en cas de danger immédiat.',
        },
      ],
      reponse: 'b',
      explication:
        'Crise dangereuse : protéger la personne, les autres et soi, alerter la hiérarchie, appeler les secours : 15 (SAMU) ou 112 ; 17 en cas de violence. Le 3977 ne remplace pas les urgences.',
      source: 'Repères de gestion de crise (dossier compléments §2) ; 3977, ministère chargé des solidarités',
      appuis: ['complements §2 Crise dangereuse', 'complements §2 Le 3977'],
    }),
    texteATrous({
      id: 'apres-crise-expression',
      enonce: 'Complétez les repères de l’Anesm pour l’après-crise côté professionnels.',
      criteres: ['B1.C9.CR2'],
      texte:
        'À chaud, on prend un temps d’expression avec un collègue non [[implique]]. On se rappelle que c’est le [[comportement]], et non la personne, qui pose problème, et qu’il n’est pas [[dirige]] contre soi.',
      trous: {
        implique: {
          acceptees: ['impliqué', 'concerné'],
          feedback: 'Un collègue qui n’a pas vécu la crise peut écouter avec recul.',
        },
        comportement: {
          acceptees: ['comportement'],
          feedback: 'Séparer le comportement de la personne permet de continuer à l’accompagner.',
        },
        dirige: {
          acceptees: ['dirigé', 'tourné'],
          feedback: 'Le prendre pour soi empêche de comprendre ce que le comportement exprime.',
        },
      },
      explication:
        'Le volet 2 de la recommandation prévoit des temps d’expression pour les professionnels, à chaud avec un collègue non impliqué, idéalement animés par un tiers extérieur.',
      source: 'Anesm, RBPP comportements-problèmes (2016), volet 2',
      appuis: ['complements §2 Après la crise'],
    }),
    choixUnique({
      id: 'lendemain-de-crise',
      enonce:
        'Le lendemain de sa crise, Bastien revient à l’atelier, l’air gêné. Que faites-vous dans la matinée ?',
      criteres: ['B1.C9.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Vous lui demandez de s’excuser devant l’équipe au point du matin',
          feedback: 'Non : des excuses publiques exposent la personne et ne disent rien de ce qui a déclenché la crise.',
        },
        {
          id: 'b',
          texte: 'Vous n’en reparlez pas, pour ne pas raviver ce qui s’est passé',
          feedback: 'Non : le silence laisse la crise sans explication pour lui comme pour vous ; elle risque de se reproduire.',
        },
        {
          id: 'c',
          texte: 'Vous reparlez avec lui, au calme, de ce qui s’est passé pour lui',
          feedback: 'Oui : une reprise à distance de l’événement permet de comprendre ensemble et de préparer la suite.',
        },
        {
          id: 'd',
          texte: 'Vous le placez à l’écart du groupe pour la semaine, par précaution',
          feedback: 'Non : l’écarter sans l’avoir décidé avec lui et l’équipe ressemble à une sanction et l’isole.',
        },
      ],
      reponse: 'c',
      explication:
        'Après la crise : reprendre avec la personne, rappeler que le comportement, et non la personne, pose problème, et réviser si besoin le projet personnalisé avec elle et l’équipe.',
      source: 'Anesm, RBPP comportements-problèmes (2016), volet 2',
      appuis: ['complements §2 Après la crise'],
    }),
    choixUnique({
      id: 'qui-declare-ars',
      enonce:
        'Un travailleur a frappé un collègue dans l’atelier. Qui déclare cet événement grave à l’agence régionale de santé, et quand ?',
      criteres: ['B1.C9.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Le moniteur témoin, dans le mois qui suit',
          feedback: 'Non : le moniteur transmet à sa hiérarchie ; la déclaration revient au directeur, sans délai.',
        },
        {
          id: 'b',
          texte: 'Le directeur de l’ESAT, sans aucun délai',
          feedback: 'Oui : c’est le directeur qui déclare, sans délai, à l’autorité qui a autorisé l’établissement ; le CVS en est informé.',
        },
        {
          id: 'c',
          texte: 'Le conseil de la vie sociale, à sa réunion',
          feedback: 'Non : le CVS est informé de la déclaration ; il ne la fait pas.',
        },
        {
          id: 'd',
          texte: 'Personne, s’il n’y a pas eu de blessé',
          feedback: 'Non : les comportements violents d’usagers font partie des événements à déclarer, blessure ou non.',
        },
      ],
      reponse: 'b',
      explication:
        'L’ESSMS déclare sans délai à l’autorité qui l’a autorisé (l’ARS pour un ESAT) les dysfonctionnements graves et événements menaçant la santé, la sécurité ou le bien-être des personnes, dont les comportements violents d’usagers. Le directeur déclare ; le CVS est informé.',
      source: 'CASF, art. L331-8-1 et R331-8 à R331-10 ; arrêté du 28 décembre 2016',
      appuis: ['complements §2 Déclaration à l\'autorité'],
    }),
    vraiFaux({
      id: 'maltraitance-a-declarer',
      enonce:
        'Les situations de maltraitance font partie des événements qu’un ESAT doit déclarer à l’autorité qui l’a autorisé.',
      criteres: ['B1.C2.CR2'],
      reponse: true,
      feedback: {
        vrai: 'Exact : elles figurent parmi les catégories d’événements à déclarer sans délai, avec les comportements violents d’usagers.',
        faux: 'Si : l’article L331-8-1 du CASF et l’arrêté du 28 décembre 2016 les citent parmi les événements à déclarer.',
      },
      explication:
        'Les dysfonctionnements graves et événements menaçant la santé, la sécurité ou le bien-être des personnes accueillies se déclarent sans délai ; la maltraitance en fait partie.',
      source: 'CASF, art. L331-8-1 ; arrêté du 28 décembre 2016',
      appuis: ['complements §2 Déclaration à l\'autorité'],
    }),
    choixUnique({
      id: 'peine-non-signalement',
      enonce:
        'Quelle peine le code pénal prévoit-il pour qui, ayant connaissance de mauvais traitements infligés à une personne hors d’état de se protéger, n’en informe pas les autorités (art. 434-3) ?',
      criteres: ['B1.C2.CR2'],
      options: [
        { id: 'a', texte: '1 an et 15 000 € d’amende', feedback: 'Non : la peine prévue par l’article 434-3 est plus lourde.' },
        {
          id: 'b',
          texte: '5 ans et 75 000 € d’amende',
          feedback: 'Non : c’est la peine de la non-assistance à personne en danger (art. 223-6), une autre infraction.',
        },
        { id: 'c', texte: 'Aucune, pour un moniteur d’atelier', feedback: 'Non : l’obligation vise « quiconque » ; le moniteur n’en est pas dispensé.' },
        { id: 'd', texte: '3 ans et 45 000 € d’amende', feedback: 'Oui : c’est la peine de l’article 434-3 du code pénal.' },
      ],
      reponse: 'd',
      explication:
        'L’article 434-3 du code pénal oblige quiconque a connaissance de privations, de mauvais traitements ou d’atteintes sexuelles sur une personne hors d’état de se protéger à en informer les autorités judiciaires ou administratives : 3 ans d’emprisonnement et 45 000 € d’amende.',
      source: 'C. pén., art. 434-3 et 223-6',
      appuis: ['complements §2 Obligation de signaler'],
    }),
    vraiFaux({
      id: 'signalement-sanction',
      enonce:
        'Un signalement de privations infligées à une personne vulnérable, fait dans le cadre prévu par la loi, peut entraîner une sanction disciplinaire si l’établissement le juge excessif.',
      criteres: ['B1.C2.CR2'],
      reponse: false,
      feedback: {
        vrai: 'Non : l’article 226-14 du code pénal l’interdit ; la crainte d’une sanction ne doit pas retenir un signalement.',
        faux: 'Exact : un tel signalement ne peut entraîner aucune sanction disciplinaire (C. pén., art. 226-14).',
      },
      explication:
        'Le signalement de sévices ou privations sur personne vulnérable fait dans le cadre prévu ne peut entraîner de sanction disciplinaire (C. pén., art. 226-14). En ESSMS, le salarié témoin de bonne foi est en outre protégé comme lanceur d’alerte (CASF, art. L313-24).',
      source: 'C. pén., art. 226-14 ; CASF, art. L313-24',
      appuis: ['complements §2 Levée du secret protégée', 'complements §2 Protection du salarié témoin'],
    }),
    choixMultiples({
      id: 'le-3977',
      enonce: 'Que savez-vous du 3977 ? (deux réponses)',
      criteres: ['B1.C2.CR2'],
      options: [
        {
          id: 'a',
          texte: 'L’appel est gratuit',
          feedback: 'Oui : le 3977 est gratuit.',
        },
        {
          id: 'b',
          texte: 'Il remplace le 15 en cas de danger immédiat',
          feedback: 'Non : il ne remplace pas les urgences ; en cas de danger immédiat, c’est le 15, le 17 ou le 112.',
        },
        {
          id: 'c',
          texte: 'Il est réservé aux personnes âgées',
          feedback: 'Non : il concerne aussi les adultes en situation de handicap.',
        },
        {
          id: 'd',
          texte: 'L’appelant peut rester anonyme',
          feedback: 'Oui : l’anonymat est possible.',
        },
        {
          id: 'e',
          texte: 'Il est réservé aux victimes et à leurs proches',
          feedback: 'Non : il est ouvert aussi aux témoins et aux professionnels qui s’interrogent.',
        },
      ],
      reponses: ['a', 'd'],
      explication:
        'Le 3977, créé en février 2008, est le numéro national d’écoute des maltraitances envers les personnes âgées et les adultes en situation de handicap : gratuit, anonymat possible, ouvert aux victimes, témoins, proches et professionnels ; il ne remplace pas le 15, le 17 ou le 112.',
      source: '3977, numéro national contre les maltraitances, soutenu par le ministère chargé des solidarités',
      appuis: ['complements §2 Le 3977', 'complements §10.1 n°11'],
    }),
    association({
      id: 'textes-signalement',
      enonce: 'Associez chaque texte à ce qu’il prévoit.',
      criteres: ['B1.C2.CR2'],
      gauche: [
        {
          id: 'g1',
          texte: 'CASF, art. L119-1',
          feedback: 'Depuis la loi n° 2022-140, il définit la maltraitance pour toutes les personnes vulnérables.',
        },
        {
          id: 'g2',
          texte: 'Code pénal, art. 434-3',
          feedback: 'Il oblige quiconque a connaissance de mauvais traitements sur une personne vulnérable à informer les autorités.',
        },
        {
          id: 'g3',
          texte: 'CASF, art. L313-24',
          feedback: 'Il protège le salarié d’un ESSMS qui témoigne de bonne foi de mauvais traitements.',
        },
        {
          id: 'g4',
          texte: 'CASF, art. L331-8-1',
          feedback: 'Il impose à l’établissement de déclarer sans délai les événements graves à l’autorité.',
        },
      ],
      droite: [
        { id: 'd1', texte: 'La définition légale de la maltraitance' },
        { id: 'd2', texte: 'L’obligation d’informer les autorités' },
        { id: 'd3', texte: 'La protection du salarié qui témoigne' },
        { id: 'd4', texte: 'La déclaration des événements graves' },
        { id: 'd5', texte: 'Le droit d’alerte et de retrait du travailleur' },
      ],
      paires: { g1: 'd1', g2: 'd2', g3: 'd3', g4: 'd4' },
      explication:
        'Quatre textes se complètent : définir (L119-1), obliger à informer (C. pén. 434-3), protéger le témoin (L313-24), déclarer à l’autorité (L331-8-1). Le droit d’alerte et de retrait vient du code du travail, applicable en ESAT : il ne figure dans aucun de ces articles.',
      source: 'CASF, art. L119-1, L313-24, L331-8-1 ; C. pén., art. 434-3',
      appuis: [
        'complements §2 Définition de la maltraitance',
        'complements §2 Obligation de signaler',
        'complements §2 Protection du salarié témoin',
        'complements §2 Déclaration à l\'autorité',
      ],
    }),
    choixUnique({
      id: 'hierarchie-inactive',
      enonce:
        'Vous avez informé par écrit votre cheffe de service qu’un collègue enferme un travailleur au vestiaire « pour qu’il se calme ». Dix jours plus tard, rien n’a changé et cela recommence. Que faites-vous ?',
      criteres: ['B1.C2.CR2'],
      options: [
        {
          id: 'a',
          texte: 'Vous saisissez la direction ou les autorités, procureur ou ARS',
          feedback:
            'Oui : l’obligation d’informer les autorités est personnelle ; quand la voie hiérarchique ne réagit pas, elle ne s’arrête pas là.',
        },
        {
          id: 'b',
          texte: 'Vous relancez votre cheffe de service par un second écrit',
          feedback: 'Non : relancer ne suffit plus ; la situation se répète et la personne n’est toujours pas protégée.',
        },
        {
          id: 'c',
          texte: 'Vous en parlez au collègue pour qu’il change de méthode',
          feedback: 'Non : la discussion entre collègues a sa place, mais elle ne remplace pas un signalement qui protège la personne.',
        },
        {
          id: 'd',
          texte: 'Vous attendez la réunion d’équipe de jeudi pour en débattre ensemble',
          feedback: 'Non : attendre laisse la personne exposée ; enfermer quelqu’un n’est pas une méthode à débattre.',
        },
      ],
      reponse: 'a',
      explication:
        'L’obligation d’informer les autorités judiciaires ou administratives pèse sur quiconque a connaissance de mauvais traitements infligés à une personne hors d’état de se protéger (C. pén., art. 434-3) ; le salarié témoin de bonne foi est protégé (CASF, art. L313-24).',
      source: 'C. pén., art. 434-3 ; CASF, art. L313-24 et L119-1',
      appuis: ['complements §2 Obligation de signaler', 'complements §2 Protection du salarié témoin'],
    }),
  ],
});
