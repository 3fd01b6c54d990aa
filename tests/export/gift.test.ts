/**
 * GIFT export: every question of the real bank parses back with an independent
 * GIFT parser (gift-pegjs, from npm) into the same answers, fractions and
 * feedback; special characters survive; what GIFT cannot hold is listed.
 */
import fc from 'fast-check';
import { parse, type GIFTQuestion, type Matching, type MultipleChoice, type Numerical, type NumericalChoice, type ShortAnswer, type TrueFalse } from 'gift-pegjs';
import { ACTIVITES } from '@site/quizzes/index';
import { BLOC_IDS } from '@site/src/referentiel';
import { banque, fractionsChoixMultiples, rang, variantesAcceptees, type QuestionBanque } from '@site/src/domain/export/banque';
import { giftEscape, toGift } from '@site/src/domain/export/gift';
import { richToHtml, richToPlain } from '@site/src/domain/export/texte';
import { gapNames } from '@site/src/domain/quiz/kinds/texteATrous';
import type { Question, Quiz } from '@site/src/domain/quiz/types';

const inline = (s: string) => richToHtml(s, { formules: 'latex', paragraphes: false });
const near = (a: number | null, b: number) => Math.abs((a ?? Number.NaN) - b) < 1e-4;

/**
 * gift-pegjs leaves its escape placeholders (&&058; …) in the right-hand side of a
 * matching pair (its PlainText rule does not decode them, unlike Moodle's importer).
 */
const decodePlaceholders = (s: string) =>
  s.replace(/&&(\d{3});?/g, (_m, code: string) => (code === '010' ? '\n' : String.fromCharCode(Number(code))));

/** The parsed questions (categories removed), in order. */
function parsed(contenu: string): GIFTQuestion[] {
  return parse(contenu).filter((q) => q.type !== 'Category');
}

/** Checks one parsed question against ours; returns problems in French. */
function compare(item: QuestionBanque, g: GIFTQuestion): string[] {
  const q: Question = item.question;
  const out: string[] = [];
  const expect = (cond: boolean, msg: string) => {
    if (!cond) out.push(`${item.idnumber} : ${msg}`);
  };
  expect(g.id === item.idnumber, `identifiant lu « ${g.id} »`);
  expect(JSON.stringify(g.tags) === JSON.stringify(item.tags), `étiquettes lues ${JSON.stringify(g.tags)}`);
  expect((g as { title: string | null }).title === item.nom, 'nom');
  switch (q.type) {
    case 'choix-unique':
    case 'choix-multiples': {
      const mc = g as MultipleChoice;
      expect(mc.type === 'MC', `type ${mc.type}`);
      expect(mc.choices.length === q.options.length, 'nombre de choix');
      const fractions = q.type === 'choix-multiples' ? fractionsChoixMultiples(q) : null;
      q.options.forEach((o, i) => {
        const c = mc.choices[i]!;
        expect(c.text.text === inline(o.texte), `texte du choix ${o.id} : « ${c.text.text} »`);
        expect(c.feedback?.text === inline(o.feedback), `retour du choix ${o.id}`);
        if (fractions) expect(!c.isCorrect && near(c.weight, fractions.get(o.id)!), `fraction du choix ${o.id} : ${c.weight}`);
        else expect(c.isCorrect === (q.type === 'choix-unique' && o.id === q.reponse) && c.weight === null, `bonne réponse ${o.id}`);
      });
      break;
    }
    case 'vrai-faux': {
      const tf = g as TrueFalse;
      expect(tf.type === 'TF' && tf.isTrue === q.reponse, 'réponse vrai/faux');
      // gift-pegjs returns the two feedbacks in file order: « if wrong », then « if right ».
      const siFaux = q.reponse ? q.feedback.faux : q.feedback.vrai;
      const siJuste = q.reponse ? q.feedback.vrai : q.feedback.faux;
      expect(tf.trueFeedback?.text === inline(siFaux) && tf.falseFeedback?.text === inline(siJuste), 'retours vrai/faux');
      break;
    }
    case 'association':
    case 'ordre': {
      const m = g as Matching;
      expect(m.type === 'Matching', `type ${m.type}`);
      const pairs =
        q.type === 'association'
          ? [
              ...q.gauche.map((x) => [inline(x.texte), richToPlain(q.droite.find((d) => d.id === q.paires[x.id])!.texte)]),
              ...q.droite.filter((d) => !Object.values(q.paires).includes(d.id)).map((d) => ['', richToPlain(d.texte)]),
            ]
          : q.etapes.map((e, i) => [inline(e.texte), rang(i)]);
      expect(JSON.stringify(m.matchPairs.map((p) => [p.subquestion.text, decodePlaceholders(p.subanswer)])) === JSON.stringify(pairs), 'paires');
      break;
    }
    case 'numerique': {
      const n = g as Numerical;
      expect(n.type === 'Numerical', `type ${n.type}`);
      const choices = n.choices as NumericalChoice[];
      const first = choices[0]!;
      expect(first.weight === 100 && first.text.type === 'range' && near(first.text.number!, q.reponse.valeur) && near(first.text.range!, q.reponse.tolerance), 'réponse et tolérance');
      expect(first.feedback?.text === inline(q.feedback.juste), 'retour juste');
      (q.pieges ?? []).forEach((p, i) => {
        const c = choices[i + 1]!;
        expect(c.weight === 0 && near(c.text.number!, p.valeur) && c.feedback?.text === inline(p.feedback), `piège ${i}`);
      });
      const last = choices.at(-1)!;
      expect(!last.isCorrect && last.feedback?.text === inline(q.feedback.faux), 'retour pour toute autre réponse');
      break;
    }
    case 'texte-a-trous': {
      const s = g as ShortAnswer;
      const trou = q.trous[gapNames(q.texte)[0]!]!;
      expect(s.type === 'Short', `type ${s.type}`);
      expect(JSON.stringify(s.choices.map((c) => c.text.text)) === JSON.stringify(variantesAcceptees(trou)), 'réponses acceptées');
      break;
    }
    default:
      break;
  }
  return out;
}

describe.each(BLOC_IDS.map((b) => [b]))('GIFT bank of bloc %s', (bloc) => {
  const bank = banque(ACTIVITES, bloc);
  const result = toGift(bank);
  const kept = bank.questions.filter((i) => !result.omises.some((o) => o.id === i.idnumber));

  test('parses with gift-pegjs, one parsed question per exported question', () => {
    expect(parsed(result.contenu)).toHaveLength(result.questions);
    expect(kept).toHaveLength(result.questions);
  });

  test('each question comes back with the same answers, fractions, feedback, id and tags', () => {
    const list = parsed(result.contenu);
    const problems = kept.flatMap((item, i) => compare(item, list[i]!));
    expect(problems).toEqual([]);
  });

  test('one category per compétence, in the bloc', () => {
    const categories = parse(result.contenu).filter((q) => q.type === 'Category').map((q) => (q as { title: string }).title);
    const expected = [...new Set(kept.map((i) => i.categorie.join('/')))].map((p) => `$course$/top/${p}`);
    expect(categories).toEqual(expected);
    for (const c of categories) expect(c).toContain(`/${bloc} — `);
  });

  test('only multi-gap texts and case studies are left out, each with its reason', () => {
    for (const o of result.omises) expect(o.raison).toMatch(/trous|mise en situation/);
    const multi = bank.questions.filter((i) => i.question.type === 'texte-a-trous' && gapNames(i.question.texte).length > 1).length;
    expect(result.omises).toHaveLength(multi + bank.cas.length);
    expect(result.contenu).toContain('Non exporté ici');
  });
});

test('GIFT escaping: every special character is escaped, then read back as itself', () => {
  expect(giftEscape('a~b=c#d{e}f:g\\h\ni')).toBe('a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\ni');
});

/** A generated quiz whose texts are made of awkward characters. */
const texte = fc
  .array(fc.constantFrom('a', 'é', ' ', '~', '=', '#', '{', '}', ':', '\\', '%', '->', '"', "'", '<', '&', '[', ']', '/', '*'), { minLength: 1, maxLength: 12 })
  .map((parts) => `x${parts.join('')}y`.replace(/\$/g, ''))
  .filter((t) => !/\*\*|_/.test(t));

function quizOf(questions: Question[]): Quiz {
  return { kind: 'quiz', id: 'genere', titre: 'Généré', bloc: 'B1', questions };
}

test('property: any choice question survives GIFT → gift-pegjs with its texts, answers and fractions', () => {
  fc.assert(
    fc.property(
      fc.array(fc.tuple(texte, texte), { minLength: 3, maxLength: 6 }),
      fc.integer({ min: 1, max: 5 }),
      fc.boolean(),
      texte,
      (opts, nRight, multiple, enonce) => {
        const options = opts.map(([t, f], i) => ({ id: String.fromCharCode(97 + i), texte: `${t} ${i}`, feedback: f }));
        const right = options.slice(0, Math.min(nRight, options.length - 1)).map((o) => o.id);
        const base = { id: 'q', enonce, criteres: ['B1.C1.CR1' as const], explication: 'e', source: 's', options };
        const q: Question = multiple ? { ...base, type: 'choix-multiples', reponses: right } : { ...base, type: 'choix-unique', reponse: right[0]! };
        const bank = banque([quizOf([q])]);
        const list = parsed(toGift(bank).contenu);
        return list.length === 1 && compare(bank.questions[0]!, list[0]!).length === 0;
      },
    ),
    { numRuns: 200 },
  );
});

test('property: true/false and numerical questions survive the round trip', () => {
  fc.assert(
    fc.property(fc.boolean(), texte, texte, fc.double({ min: -5000, max: 5000, noNaN: true }), fc.constantFrom(0, 0.05, 0.5, 1), (vrai, fa, fb, valeur, tolerance) => {
      const v = Math.round(valeur * 100) / 100;
      const tf: Question = { type: 'vrai-faux', id: 'tf', enonce: 'e', criteres: ['B1.C1.CR1'], explication: 'x', source: 's', reponse: vrai, feedback: { vrai: fa, faux: fb } };
      const num: Question = {
        type: 'numerique',
        id: 'n',
        enonce: 'e',
        criteres: ['B1.C1.CR1'],
        explication: 'x',
        source: 's',
        reponse: { valeur: v, tolerance, unite: '€' },
        pieges: [{ valeur: v + 10, feedback: fa }],
        feedback: { juste: fa, faux: fb },
      };
      const bank = banque([quizOf([tf, num])]);
      const list = parsed(toGift(bank).contenu);
      return list.length === 2 && compare(bank.questions[0]!, list[0]!).length === 0 && compare(bank.questions[1]!, list[1]!).length === 0;
    }),
    { numRuns: 200 },
  );
});

test('a one-gap text becomes a GIFT short answer with every accepted spelling', () => {
  const q: Question = {
    type: 'texte-a-trous',
    id: 't',
    enonce: 'Complétez.',
    criteres: ['B1.C1.CR1'],
    explication: 'x',
    source: 's',
    texte: 'La période d’essai dure [[duree]] au plus.',
    trous: { duree: { acceptees: ['6 mois', 'six mois'], feedback: 'Voir le contrat.' } },
  };
  const bank = banque([quizOf([q])]);
  const result = toGift(bank);
  const list = parsed(result.contenu);
  expect(result.omises).toEqual([]);
  expect(compare(bank.questions[0]!, list[0]!)).toEqual([]);
  expect((list[0] as ShortAnswer).stem.text).toContain('La période d’essai dure _____');
});

test('Moodle grading with the parsed fractions gives our score for every set of ticked boxes of every multiple-answer question', () => {
  const { scoreQuestion } = require('@site/src/domain/quiz/scoring') as typeof import('@site/src/domain/quiz/scoring');
  const bank = banque(ACTIVITES);
  const list = parsed(toGift(bank).contenu);
  const omises = toGift(bank).omises;
  const kept = bank.questions.filter((i) => !omises.some((o) => o.id === i.idnumber));
  let checked = 0;
  const problems: string[] = [];
  kept.forEach((item, index) => {
    const q = item.question;
    if (q.type !== 'choix-multiples') return;
    const mc = list[index] as MultipleChoice;
    for (let mask = 1; mask < 1 << q.options.length; mask += 1) {
      const ticked = q.options.filter((_o, i) => mask & (1 << i)).map((o) => o.id);
      // Moodle: sum of the ticked answers' fractions, clamped to [0, 1].
      const moodle = Math.max(0, Math.min(1, q.options.reduce((n, o, i) => n + (ticked.includes(o.id) ? mc.choices[i]!.weight! / 100 : 0), 0)));
      const ours = scoreQuestion(q, { choix: ticked }).points;
      if (Math.abs(moodle - ours) > 1e-6) problems.push(`${item.idnumber} [${ticked.join(',')}] : Moodle ${moodle}, nous ${ours}`);
      checked += 1;
    }
  });
  expect(problems).toEqual([]);
  expect(checked).toBeGreaterThan(1000);
});
