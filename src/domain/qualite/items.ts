/**
 * Item quality, measured (content guide, « Measured, not promised »): what a
 * learner who knows nothing gets from the surface of the questions and case
 * studies of a bloc, and the rules each bank must keep.
 *
 * The principle: no surface strategy — position, longest or shortest option,
 * middle length, « faux », the option that echoes the question, the kindest
 * wording, doing nothing on an ordering question, the longest or kindest choice in
 * a case — gives more than chance + 10 points. The rules below make it hold bank
 * by bank; `strategies` measures it directly.
 *
 * Rules (per bloc, `LIMITES`):
 * - choix unique: the key is the longest option in ≤ 35 % of questions, the
 *   shortest in ≤ 35 %; in each question the key is 0.7 to 1.4 times the mean
 *   length of the other options, and no option is more than twice another one
 *   (options under 30 characters excepted): options of comparable length give no
 *   cue (Haladyna, Downing & Rodriguez 2002: « keep choices about equal in length »);
 * - vrai-faux: 40 to 60 % of the keys are « vrai »;
 * - choix multiples: the number of right options varies — every count from 1 to
 *   n − 1 (n = the usual number of options) is used, none in more than half of the questions;
 * - remise en ordre: the starting order earns ≤ 20 % (it earns 0: ordre.ts);
 * - mises en situation: at each decision the best choice is the longest in ≤ 40 %
 *   of the decisions; each case has a `piege`: a plausible, well-argued choice
 *   (not shorter than the median choice of its decision) scored 0 somewhere;
 * - a regulatory item (its explanation states a rule, a right, a figure or a date)
 *   names a legal text or an official source in `source`, not only the lesson.
 */
import type { Cas } from '../cas/types';
import { analyse, choixOfferts, type Drapeaux } from '../cas/graph';
import type { Question, QuestionChoixMultiples, QuestionChoixUnique, Quiz } from '../quiz/types';
import { creditOrdre } from '../quiz/kinds/ordre';
import { toPublicQuestion } from '../quiz/kinds';
import { plainText } from '../texte/richText';
import { bienveillance, echo, longueur, partDuMeilleur } from './indices';

export const LIMITES = {
  /** Strategy score − chance, at most (0.10 = 10 points). */
  avanceSurHasard: 0.1,
  cleLaPlusLongue: 0.35,
  cleLaPlusCourte: 0.35,
  /** Key length / mean length of the other options. */
  rapportCle: { min: 0.7, max: 1.4 },
  /** Longest option / shortest option, when the longest is over `courte` characters. */
  rapportOptions: 2,
  courte: 30,
  partVrai: { min: 0.4, max: 0.6 },
  /** Largest share of the choix-multiples questions with the same number of right options. */
  memeNombreDeBonnes: 0.5,
  creditDepartOrdre: 0.2,
  casMeilleurLePlusLong: 0.4,
} as const;

export interface ProblemeItem {
  /** « quiz-id › question-id » or « cas-id › nœud ». */
  readonly ou: string;
  readonly regle: string;
  readonly message: string;
}

export interface Strategie {
  readonly nom: string;
  /** Number of items it applies to. */
  readonly items: number;
  /** Mean score of the strategy (0–1). */
  readonly score: number;
  /** Mean score of answering at random (0–1). */
  readonly hasard: number;
  /** score − hasard. */
  readonly avance: number;
}

export interface QualiteItems {
  readonly choixUnique: {
    readonly questions: number;
    readonly cleLaPlusLongue: number;
    readonly cleLaPlusCourte: number;
    readonly longueursInegales: number;
  };
  readonly vraiFaux: { readonly questions: number; readonly partVrai: number };
  readonly choixMultiples: {
    readonly questions: number;
    /** Number of questions per number of right options. */
    readonly parNombreDeBonnes: Readonly<Record<string, number>>;
  };
  readonly ordre: { readonly questions: number; readonly creditDepartMax: number };
  readonly cas: { readonly cas: number; readonly decisions: number; readonly meilleurLePlusLong: number; readonly sansPiege: readonly string[] };
  readonly reglementaires: { readonly questions: number; readonly sansSourceOfficielle: number };
  readonly strategies: readonly Strategie[];
  /** Every rule within its limit. */
  readonly respecte: boolean;
  readonly problemes: readonly ProblemeItem[];
}

// ---------------------------------------------------------------------------
// Regulatory items and official sources.

/** What an explanation says when it states a rule, a right, a figure or a date (words are whole words). */
const REGLE =
  /(?<![\p{L}])(?:lois?|décrets?|arrêtés?|ordonnances?|articles?|art\.|code|CASF|règlements?|directives?|circulaires?|obligatoires?|obligations?|interdite?s?|a droit|ont droit|droit à|droit de|droit au|légale?s?|légaux|réglementaires?|SMIC|RQTH|CDAPH|MDPH|AAH|OETH|DUERP|convention collective)(?![\p{L}])|\d+\s?%|\d+\s?€|(?<![\p{L}\d])\d+\s?(?:ans|mois|semaines|jours|heures)(?![\p{L}])|(?<!\d)(?:19|20)\d\d(?!\d)/iu;

/**
 * A legal text or an official body, as cited in `source`. Names are whole words
 * (« HAS », not « hasard »); references such as « décret n° », « art. » or
 * « NF E60-182 » may end on a sign or a digit.
 */
const NOMS_OFFICIELS =
  "CASF|CSS|CSP|code (?:du travail|de l[’']action sociale et des familles|de l[’']action sociale|civil|de la santé publique|de la santé|de la sécurité sociale|rural|de la commande publique|de la consommation|de l[’']éducation|de l[’']environnement|pénal)|arrêtés?|circulaires?|ordonnances?|instructions?|directives?|RGPD|articles?|HAS|ANESM|INRS|CNSA|DGCS|DREETS|Agefiph|FIPHFP|France Travail|Cap emploi|CPNE(?:-FP)?|Fiche Métier|RNCP|France compétences|ISO|AFNOR|ADEME|ANSES|Santé publique France|Ameli|Assurance maladie|service-public(?:\\.fr)?|Légifrance|DGCCRF|DGAL|Unapei|Inclusion Europe|ministère|Haute Autorité|CNIL|Défenseur des droits|convention collective|CCN|IDCC|loi du|décret du";
const REFERENCES = "C\\. ?trav\\.?|C\\. ?civ\\.?|lois? n°|décrets? n°|règlement \\(|règlement (?:européen|CE|UE)|art\\.|NF [A-Z]";
export const SOURCE_OFFICIELLE = new RegExp(`(?:^|[^\\p{L}])(?:(?:${NOMS_OFFICIELS})(?![\\p{L}])|(?:${REFERENCES}))`, 'iu');

/** Formulas ($…$) hold the figures of an exercise, not a rule: they are left out. */
export function estReglementaire(q: Pick<Question, 'explication'>): boolean {
  return REGLE.test(plainText(q.explication.replace(/\$[^$]*\$/g, ' ')));
}

export function sourceOfficielle(source: string): boolean {
  return SOURCE_OFFICIELLE.test(source);
}

// ---------------------------------------------------------------------------
// Measures.

const part = (n: number, d: number) => (d === 0 ? 0 : n / d);
const moyenne = (xs: readonly number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
const pct = (x: number) => `${Math.round(x * 100)} %`;

/** Expected score of ticking a random non-empty subset (every subset equally likely). */
function hasardMultiples(q: QuestionChoixMultiples): number {
  const n = q.options.length;
  const right = new Set(q.reponses);
  let total = 0;
  for (let mask = 1; mask < 1 << n; mask += 1) {
    let good = 0;
    let bad = 0;
    q.options.forEach((o, i) => {
      if (mask & (1 << i)) {
        if (right.has(o.id)) good += 1;
        else bad += 1;
      }
    });
    total += Math.max(0, (good - bad) / right.size);
  }
  return total / ((1 << n) - 1);
}

function scoreMultiples(q: QuestionChoixMultiples, coches: readonly string[]): number {
  const right = new Set(q.reponses);
  const good = coches.filter((c) => right.has(c)).length;
  return Math.max(0, (good - (coches.length - good)) / right.size);
}

/** Expected credit of a random order of n steps (exact for n ≤ 8). */
const HASARD_ORDRE = new Map<number, number>();
function hasardOrdre(n: number): number {
  const memo = HASARD_ORDRE.get(n);
  if (memo !== undefined) return memo;
  const perms = (k: number): number[][] => (k === 0 ? [[]] : perms(k - 1).flatMap((p) => Array.from({ length: k }, (_, i) => [...p.slice(0, i), k - 1, ...p.slice(i)])));
  const all = perms(n);
  const value = all.reduce((s, p) => s + creditOrdre(p, n), 0) / all.length;
  HASARD_ORDRE.set(n, value);
  return value;
}

class Cumul {
  private readonly rows = new Map<string, { items: number; score: number; hasard: number }>();
  add(nom: string, score: number, hasard: number) {
    const r = this.rows.get(nom) ?? { items: 0, score: 0, hasard: 0 };
    r.items += 1;
    r.score += score;
    r.hasard += hasard;
    this.rows.set(nom, r);
  }
  strategies(): Strategie[] {
    return [...this.rows.entries()].map(([nom, r]) => {
      const score = r.score / r.items;
      const hasard = r.hasard / r.items;
      return { nom, items: r.items, score, hasard, avance: score - hasard };
    });
  }
}

/** The strategies a learner who knows nothing can apply to a single-choice question. */
function strategiesChoixUnique(q: QuestionChoixUnique, cumul: Cumul) {
  const k = q.options.findIndex((o) => o.id === q.reponse);
  const n = q.options.length;
  const hasard = 1 / n;
  const lens = q.options.map((o) => longueur(o.texte));
  const rangs = [...lens].sort((a, b) => a - b);
  cumul.add('choix unique : la première option', k === 0 ? 1 : 0, hasard);
  cumul.add('choix unique : la dernière option', k === n - 1 ? 1 : 0, hasard);
  const milieu = n % 2 === 1 ? [(n - 1) / 2] : [n / 2 - 1, n / 2];
  cumul.add('choix unique : l’option du milieu', milieu.includes(k) ? 1 / milieu.length : 0, hasard);
  cumul.add('choix unique : l’option la plus longue', partDuMeilleur(lens, k), hasard);
  cumul.add('choix unique : l’option la plus courte', partDuMeilleur(lens.map((l) => -l), k), hasard);
  // Middle length: neither the longest nor the shortest (at random among them).
  const moyens = lens.map((l) => (n > 2 && l !== rangs[0] && l !== rangs[n - 1] ? 1 : 0));
  if (moyens.some((m) => m === 1)) cumul.add('choix unique : une option de longueur moyenne', partDuMeilleur(moyens, k), hasard);
  cumul.add('choix unique : l’option qui reprend les mots de l’énoncé', partDuMeilleur(q.options.map((o) => echo(o.texte, q.enonce)), k), hasard);
  cumul.add('choix unique : l’option la plus « bienveillante »', partDuMeilleur(q.options.map((o) => bienveillance(o.texte)), k), hasard);
}

function strategiesChoixMultiples(q: QuestionChoixMultiples, cumul: Cumul) {
  const hasard = hasardMultiples(q);
  cumul.add('choix multiples : tout cocher', scoreMultiples(q, q.options.map((o) => o.id)), hasard);
  const parLongueur = [...q.options].sort((a, b) => longueur(b.texte) - longueur(a.texte));
  const moitie = Math.ceil(q.options.length / 2);
  cumul.add('choix multiples : cocher les plus longues (la moitié)', scoreMultiples(q, parLongueur.slice(0, moitie).map((o) => o.id)), hasard);
  const parBienveillance = [...q.options].sort((a, b) => bienveillance(b.texte) - bienveillance(a.texte) || longueur(b.texte) - longueur(a.texte));
  cumul.add('choix multiples : cocher les plus « bienveillantes » (la moitié)', scoreMultiples(q, parBienveillance.slice(0, moitie).map((o) => o.id)), hasard);
}

/** A case played by a rule (at each decision, the offered choice with the highest value). */
function jouer(cas: Cas, valeur: (texte: string) => number): number {
  const a = analyse(cas);
  const nodes = new Map(cas.noeuds.map((n) => [n.id, n]));
  let noeud = nodes.get(cas.debut)!;
  let drapeaux: Set<string> = new Set();
  let points = 0;
  const vus = new Set<string>();
  while (noeud.type === 'situation' && !vus.has(noeud.id)) {
    vus.add(noeud.id);
    const offerts = choixOfferts(noeud, drapeaux as Drapeaux);
    const valeurs = offerts.map((c) => valeur(c.texte));
    const max = Math.max(...valeurs);
    // Ties: the mean over the tied choices would need every sub-path; take the first
    // of them in a fixed order (the authored order is not what the learner sees).
    const choix = offerts[valeurs.indexOf(max)]!;
    points += Object.values(choix.scores).reduce<number>((n, x) => n + (x ?? 0), 0);
    for (const d of choix.pose ?? []) drapeaux.add(d);
    drapeaux = new Set(drapeaux);
    noeud = nodes.get(choix.suivant)!;
  }
  return a.meilleurTotal === 0 ? 0 : Math.min(1, points / a.meilleurTotal);
}

/** Expected share of the best path's points when every choice is taken at random. */
function hasardCas(cas: Cas): number {
  const a = analyse(cas);
  const nodes = new Map(cas.noeuds.map((n) => [n.id, n]));
  let esperance = 0;
  for (const chemin of a.chemins) {
    let p = 1;
    let drapeaux: Set<string> = new Set();
    for (const [i, e] of chemin.etapes.entries()) {
      const noeud = nodes.get(e.noeud)!;
      if (noeud.type !== 'situation') break;
      p /= choixOfferts(noeud, drapeaux).length;
      drapeaux = new Set([...drapeaux, ...(chemin.choix[i]!.pose ?? [])]);
    }
    esperance += p * chemin.taux;
  }
  return esperance;
}

function noteDuChoix(scores: Readonly<Partial<Record<string, number>>>): number {
  return Object.values(scores).reduce<number>((n, x) => n + (x ?? 0), 0);
}

export function mesurerQualite(quizzes: readonly Quiz[], cas: readonly Cas[]): QualiteItems {
  const problemes: ProblemeItem[] = [];
  const cumul = new Cumul();
  const questions = quizzes.flatMap((quiz) => quiz.questions.map((q) => ({ quiz, q, ou: `${quiz.id} › ${q.id}` })));

  // Choix unique.
  const cu = questions.filter((x): x is typeof x & { q: QuestionChoixUnique } => x.q.type === 'choix-unique');
  let longest = 0;
  let shortest = 0;
  let inegales = 0;
  for (const { q, ou } of cu) {
    const lens = q.options.map((o) => longueur(o.texte));
    const k = q.options.findIndex((o) => o.id === q.reponse);
    const max = Math.max(...lens);
    const min = Math.min(...lens);
    // Ties are shared: four options of the same length give no cue.
    longest += partDuMeilleur(lens, k);
    shortest += partDuMeilleur(lens.map((l) => -l), k);
    const autres = moyenne(lens.filter((_, i) => i !== k));
    const rapport = autres === 0 ? 1 : lens[k]! / autres;
    let inegale = false;
    if (rapport > LIMITES.rapportCle.max || rapport < LIMITES.rapportCle.min) {
      inegale = true;
      problemes.push({
        ou,
        regle: 'longueurs',
        message: `la bonne réponse fait ${lens[k]} caractères, ${rapport.toFixed(2).replace('.', ',')} fois la longueur moyenne des autres options (${Math.round(autres)}) : visez entre ${String(LIMITES.rapportCle.min).replace('.', ',')} et ${String(LIMITES.rapportCle.max).replace('.', ',')} — raccourcissez la réponse ou étoffez les distracteurs avec une raison plausible`,
      });
    }
    if (max > LIMITES.courte && max > LIMITES.rapportOptions * min) {
      inegale = true;
      problemes.push({ ou, regle: 'longueurs', message: `une option fait ${max} caractères, une autre ${min} : plus du double ; rendez les options comparables` });
    }
    if (inegale) inegales += 1;
    strategiesChoixUnique(q, cumul);
  }

  // Vrai-faux.
  const vf = questions.filter((x) => x.q.type === 'vrai-faux');
  const vrais = vf.filter((x) => x.q.type === 'vrai-faux' && x.q.reponse).length;
  for (const { q } of vf) if (q.type === 'vrai-faux') {
    cumul.add('vrai-faux : toujours « faux »', q.reponse ? 0 : 1, 0.5);
    cumul.add('vrai-faux : toujours « vrai »', q.reponse ? 1 : 0, 0.5);
  }

  // Choix multiples.
  const cm = questions.filter((x): x is typeof x & { q: QuestionChoixMultiples } => x.q.type === 'choix-multiples');
  const parNombre: Record<string, number> = {};
  const parOptions: Record<number, number> = {};
  for (const { q } of cm) {
    parNombre[String(q.reponses.length)] = (parNombre[String(q.reponses.length)] ?? 0) + 1;
    parOptions[q.options.length] = (parOptions[q.options.length] ?? 0) + 1;
    strategiesChoixMultiples(q, cumul);
  }

  // Remise en ordre: the public starting order.
  let creditDepartMax = 0;
  for (const { q, ou } of questions) {
    if (q.type !== 'ordre') continue;
    // The starting order is the public order (see ordre.ts); scored here by ranks.
    const ids = q.etapes.map((e) => e.id);
    const depart = ordrePublic(q);
    const credit = creditOrdre(depart.map((id) => ids.indexOf(id)), ids.length);
    creditDepartMax = Math.max(creditDepartMax, credit);
    if (credit > LIMITES.creditDepartOrdre) problemes.push({ ou, regle: 'ordre', message: `l’ordre de départ rapporte ${pct(credit)} sans rien déplacer` });
    cumul.add('remise en ordre : ne rien déplacer', credit, hasardOrdre(ids.length));
  }

  // Regulatory items.
  const reglementaires = questions.filter(({ q }) => estReglementaire(q));
  let sansSource = 0;
  for (const { q, ou } of reglementaires) {
    if (!sourceOfficielle(q.source)) {
      sansSource += 1;
      problemes.push({
        ou,
        regle: 'source',
        message: `l’explication énonce une règle, un droit, un chiffre ou une date, mais la source ne cite que « ${q.source} » : nommez le texte ou l’organisme officiel (ex. « CASF, art. R243-5 », « C. trav., art. L4121-2 », « INRS »)`,
      });
    }
  }

  // Case studies.
  let decisions = 0;
  let meilleurLong = 0;
  const sansPiege: string[] = [];
  for (const c of cas) {
    let piege = false;
    for (const noeud of c.noeuds) {
      if (noeud.type !== 'situation') continue;
      decisions += 1;
      const lens = noeud.choix.map((x) => longueur(x.texte));
      const notes = noeud.choix.map((x) => noteDuChoix(x.scores));
      const best = Math.max(...notes);
      const longest = Math.max(...lens);
      if (noeud.choix.some((x, i) => notes[i] === best && lens[i] === longest)) meilleurLong += 1;
      const mediane = [...lens].sort((a, b) => a - b)[Math.floor((lens.length - 1) / 2)]!;
      for (const [i, x] of noeud.choix.entries()) {
        if (!x.piege) continue;
        const zero = Object.values(x.scores).some((n) => n === 0);
        if (!zero) problemes.push({ ou: `${c.id} › ${noeud.id}`, regle: 'piege', message: `le choix piège « ${x.id} » doit tourner mal : notez-le 0 sur au moins un critère` });
        else if (lens[i]! < mediane) problemes.push({ ou: `${c.id} › ${noeud.id}`, regle: 'piege', message: `le choix piège « ${x.id} » est plus court que les autres : argumentez-le comme un vrai choix de professionnel` });
        else piege = true;
      }
    }
    if (!piege) {
      sansPiege.push(c.id);
      problemes.push({ ou: c.id, regle: 'piege', message: 'aucun choix « piege: true » : ajoutez un choix plausible et bien argumenté qui tourne mal (note 0 sur un critère)' });
    }
    const hasard = hasardCas(c);
    cumul.add('mise en situation : toujours le choix le plus long', jouer(c, (t) => longueur(t)), hasard);
    cumul.add('mise en situation : toujours le choix le plus court', jouer(c, (t) => -longueur(t)), hasard);
    cumul.add('mise en situation : toujours le choix le plus « bienveillant »', jouer(c, (t) => bienveillance(t) * 1000 + longueur(t)), hasard);
  }

  const strategies = cumul.strategies();
  const usuel = Number(Object.entries(parOptions).sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0);
  const partVrai = part(vrais, vf.length);
  const bloc: ProblemeItem[] = [];
  const regle = (ok: boolean, r: string, message: string) => {
    if (!ok) bloc.push({ ou: '(bloc)', regle: r, message });
  };
  regle(part(longest, cu.length) <= LIMITES.cleLaPlusLongue, 'longueurs', `choix unique : la bonne réponse est l’option la plus longue dans ${pct(part(longest, cu.length))} des questions (${Math.round(longest)} sur ${cu.length}) ; limite ${pct(LIMITES.cleLaPlusLongue)}`);
  regle(part(shortest, cu.length) <= LIMITES.cleLaPlusCourte, 'longueurs', `choix unique : la bonne réponse est l’option la plus courte dans ${pct(part(shortest, cu.length))} des questions (${Math.round(shortest)} sur ${cu.length}) ; limite ${pct(LIMITES.cleLaPlusCourte)}`);
  regle(vf.length === 0 || (partVrai >= LIMITES.partVrai.min && partVrai <= LIMITES.partVrai.max), 'vrai-faux', `vrai-faux : ${pct(partVrai)} des réponses sont « vrai » (${vrais} sur ${vf.length}) ; attendu entre ${pct(LIMITES.partVrai.min)} et ${pct(LIMITES.partVrai.max)}`);
  if (cm.length > 0) {
    const manquants = Array.from({ length: Math.max(0, usuel - 1) }, (_, i) => i + 1).filter((n) => !parNombre[String(n)]);
    regle(manquants.length === 0, 'choix-multiples', `choix multiples : aucune question n’a ${manquants.join(', ')} bonne(s) réponse(s) ; utilisez toutes les valeurs de 1 à ${usuel - 1}`);
    const plusFrequent = Math.max(...Object.values(parNombre));
    regle(part(plusFrequent, cm.length) <= LIMITES.memeNombreDeBonnes, 'choix-multiples', `choix multiples : ${pct(part(plusFrequent, cm.length))} des questions ont le même nombre de bonnes réponses ; au plus ${pct(LIMITES.memeNombreDeBonnes)}`);
  }
  regle(part(meilleurLong, decisions) <= LIMITES.casMeilleurLePlusLong, 'cas', `mises en situation : le meilleur choix est le plus long à ${pct(part(meilleurLong, decisions))} des décisions (${meilleurLong} sur ${decisions}) ; limite ${pct(LIMITES.casMeilleurLePlusLong)}`);
  for (const s of strategies) {
    regle(s.avance <= LIMITES.avanceSurHasard + 1e-9, 'strategie', `stratégie « ${s.nom} » : ${pct(s.score)} contre ${pct(s.hasard)} au hasard (+${Math.round(s.avance * 100)} points ; limite +${Math.round(LIMITES.avanceSurHasard * 100)})`);
  }
  const tous = [...bloc, ...problemes];
  return {
    choixUnique: { questions: cu.length, cleLaPlusLongue: part(longest, cu.length), cleLaPlusCourte: part(shortest, cu.length), longueursInegales: inegales },
    vraiFaux: { questions: vf.length, partVrai },
    choixMultiples: { questions: cm.length, parNombreDeBonnes: parNombre },
    ordre: { questions: questions.filter((x) => x.q.type === 'ordre').length, creditDepartMax },
    cas: { cas: cas.length, decisions, meilleurLePlusLong: part(meilleurLong, decisions), sansPiege },
    reglementaires: { questions: reglementaires.length, sansSourceOfficielle: sansSource },
    strategies,
    respecte: tous.length === 0,
    problemes: tous,
  };
}


function ordrePublic(q: Extract<Question, { type: 'ordre' }>): string[] {
  const pub = toPublicQuestion(q);
  return pub.type === 'ordre' ? pub.etapes.map((e) => e.id) : q.etapes.map((e) => e.id);
}
