import { defineCartes } from '#auteur';

export default defineCartes({
  id: 'publics-reperes',
  titre: 'Les publics de l’atelier : cartes de révision',
  bloc: 'B1',
  criteres: ['B1.C5.CR4', 'B1.C5.CR2'],
  consigne:
    'Lisez la question, cherchez la réponse de tête, puis retournez la carte. Dites honnêtement si vous saviez : les cartes « à revoir » reviennent au tour suivant. Vos réponses ne comptent pas dans votre progression.',
  cartes: [
    {
      id: 'definition-handicap',
      recto: 'Selon la loi de 2005, où le handicap se produit-il ?',
      verso:
        'Dans l’**environnement** de la personne : c’est une limitation d’activité ou de participation due à une altération durable d’une ou plusieurs fonctions. Adapter le poste, les consignes et l’organisation réduit donc la situation de handicap.',
      source: 'CASF, art. L114 (loi n° 2005-102, art. 2)',
      appuis: ['complements §1 Définition légale du handicap'],
    },
    {
      id: 'deficience-intellectuelle',
      recto: 'Un travailleur avec une déficience intellectuelle apprend lentement une nouvelle tâche. Paresse ?',
      verso:
        'Non. Les apprentissages sont possibles mais plus lents, parfois avec un plafond. Découpez la tâche, une consigne à la fois, montrez puis faites faire, répétez, appuyez-vous sur des pictogrammes et sur ses points forts.',
      appuis: ['complements §1 Déficience intellectuelle', 'complements §1 Adaptations (déficience intellectuelle)'],
    },
    {
      id: 'handicap-psychique',
      recto: 'Handicap psychique : qu’est-ce qui est touché, et qu’est-ce qui est en principe préservé ?',
      verso:
        'L’intelligence est en principe préservée ; c’est sa **mise en œuvre** qui est perturbée : s’organiser, se concentrer, retenir, prendre une initiative, être en relation. Le handicap est invisible et varie d’une période à l’autre.',
      source: 'Anesm, recommandation de 2016 sur l’accompagnement des adultes handicapés psychiques',
      appuis: ['complements §1 Handicap psychique'],
    },
    {
      id: 'changement-habitude',
      recto: 'Psychique : que surveille le moniteur, et à qui le dit-il ?',
      verso:
        'Tout **changement par rapport à l’habitude** de la personne : isolement, irritabilité, concentration, propos inhabituels, absences. Il le transmet à l’équipe (chef de service, psychologue, infirmier) selon la procédure, sans diagnostic ni avis sur le traitement.',
      appuis: ['complements §1 Rôle du moniteur (psychique)'],
    },
    {
      id: 'bipolaire-absences',
      recto: 'Trouble bipolaire : comment lire des absences non prévenues pendant une phase de repli ?',
      verso:
        'Comme un possible signe de la phase dépressive, pas comme un manque de motivation. On le transmet à l’équipe ; stabilisée et suivie, la personne peut tenir un emploi.',
      appuis: ['complements §1 Troubles bipolaires'],
    },
    {
      id: 'tsa-surcharge',
      recto: 'TSA : que peut provoquer une surcharge sensorielle (bruit, lumière) ?',
      verso:
        'Une baisse de concentration, de la fatigue, des gestes répétitifs. Repères : planning prévisible, changements annoncés, poste fixe, consignes visuelles, un interlocuteur identifié, un endroit calme où se retirer, décidés **avec** la personne.',
      appuis: ['complements §1 Adaptations (TSA)'],
    },
    {
      id: 'tsa-recommandations',
      recto: 'TSA chez l’adulte : de quand datent les premières recommandations HAS-Anesm ?',
      verso: 'De février 2018 : projet personnalisé co-construit, autonomie et inclusion.',
      source: 'HAS-Anesm, recommandation de bonnes pratiques, février 2018',
      appuis: ['complements §1 Troubles du spectre de l\u2019autisme'],
    },
    {
      id: 'epilepsie-pendant',
      recto: 'Crise d’épilepsie au poste : trois gestes pendant les convulsions ?',
      verso:
        'Écarter ce qui peut blesser (et arrêter la machine voisine), protéger la tête, **noter l’heure** du début. Ne rien mettre dans la bouche, ne pas entraver la personne, ne pas la déplacer sauf danger.',
      appuis: ['complements §1 Épilepsie : pendant la crise'],
    },
    {
      id: 'epilepsie-apres',
      recto: 'Les convulsions s’arrêtent. Et maintenant ?',
      verso: 'Position latérale de sécurité, rester près d’elle jusqu’à la fin de la confusion, la rassurer, la laisser récupérer. Ni boisson ni médicament.',
      appuis: ['complements §1 Épilepsie : pendant la crise'],
    },
    {
      id: 'epilepsie-appel',
      recto: 'Épilepsie : dans quels cas appeler les secours (15, 112, 18) ?',
      verso:
        'Notamment si la crise dure plus de **5 minutes**, si la conscience ne revient pas, s’il y a une blessure, des crises en série ou une première crise. Pour une personne connue, suivez son protocole individuel ; en cas de doute, appelez.',
      appuis: ['complements §1 Épilepsie : appeler les secours ?'],
    },
    {
      id: 'epilepsie-secret',
      recto: 'Un travailleur épileptique doit-il informer l’employeur de sa maladie ?',
      verso:
        'Non, rien ne l’y oblige, et le médecin du travail est tenu au secret. Le protocole individuel se partage avec son accord ; le médecin du travail aide à évaluer la hauteur, les machines, la conduite.',
      appuis: ['complements §1 Épilepsie : au poste'],
    },
    {
      id: 'surdite-alarmes',
      recto: 'Un travailleur sourd arrive à l’atelier : quelle question de sécurité vient en premier ?',
      verso:
        'Comment il perçoit les **alarmes** et les signaux, et comment il communique (langue des signes, lecture labiale…). On étudie les besoins avec lui : alarmes visuelles, aides techniques, moins de bruit.',
      appuis: ['complements §1 Handicaps sensoriels'],
    },
    {
      id: 'lesion-cerebrale',
      recto: 'Traumatisme crânien : pourquoi parle-t-on de séquelles « invisibles » ?',
      verso:
        'Lenteur, attention, mémoire des choses nouvelles, difficulté à planifier ou à faire face à l’imprévu, fatigue, apathie (qui n’est pas de la paresse). Aides écrites, une tâche à la fois, routines, pauses, stimuler sans faire à la place.',
      appuis: ['complements §1 Lésion cérébrale acquise'],
    },
    {
      id: 'vieillissement',
      recto: 'Un travailleur de 54 ans se fatigue plus vite. Quelles réponses existent ?',
      verso:
        'Temps partiel, aménagement des tâches et du rythme, préparation de la retraite (ressources, logement, vie sociale, santé) avec l’équipe, parfois une réorientation. Le vieillissement des travailleurs d’ESAT est souvent perçu comme plus précoce.',
      appuis: ['complements §1 Vieillissement : réponses'],
    },
    {
      id: 'alcool-regle',
      recto: 'Quelles boissons alcoolisées le code du travail admet-il sur le lieu de travail ?',
      verso:
        'Seulement le vin, la bière, le cidre et le poiré ; le règlement intérieur peut les restreindre ou les interdire si c’est justifié et proportionné. Il est interdit de laisser entrer ou rester une personne ivre.',
      source: 'C. trav., art. R4228-20 et R4228-21',
      appuis: ['complements §1 Addictions : cadre'],
    },
    {
      id: 'ivresse-poste',
      recto: 'Un travailleur semble ivre au poste. Que faites-vous ?',
      verso:
        'Le retirer du poste et de tout danger, prévenir la hiérarchie, appeler le 15 si son état inquiète, ne pas le laisser repartir seul ni conduire.',
      appuis: ['complements §1 Addictions : conduite à tenir'],
    },
  ],
});
