/**
 * Moodle XML export: the file of every bloc is well-formed XML (fast-xml-parser's
 * validator), and every question is checked field by field against our bank:
 * type, name, id number, tags, category, answers and fractions, feedback,
 * tolerance, matching pairs, Cloze gaps (read back with the Cloze reader of the import).
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ACTIVITES } from '@site/quizzes/index';
import { BLOC_IDS } from '@site/src/referentiel';
import { banque, enonceHtml, formatPourcentage, fractionsChoixMultiples, rang, variantesAcceptees } from '@site/src/domain/export/banque';
import { cdata, clozeEscape, toMoodleXml } from '@site/src/domain/export/moodleXml';
import { escapeHtml, richToHtml, richToPlain } from '@site/src/domain/export/texte';
import { gapNames } from '@site/src/domain/quiz/kinds/texteATrous';
import { lireCloze } from '@site/src/domain/export/importBanque';

const inline = (s: string) => richToHtml(s, { formules: 'latex', paragraphes: false });

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  cdataPropName: '__cdata',
  parseTagValue: false,
  trimValues: false,
  isArray: (name) => ['question', 'answer', 'subquestion', 'tag'].includes(name),
});

type Node = Record<string, unknown>;
/** The text of a <text> element, from CDATA or plain content. */
function text(node: unknown): string {
  const t = (node as Node | undefined)?.text;
  if (t === undefined || t === null) return '';
  if (typeof t === 'string') return t;
  const c = (t as Node).__cdata;
  return Array.isArray(c) ? c.join('') : typeof c === 'string' ? c : String((t as Node)['#text'] ?? '');
}

/** Reads the Cloze gaps of a question text: each gap's type and answers (unescaped), with the importer's Cloze reader. */
function readCloze(html: string): { type: string; answers: { fraction: string; text: string; feedback: string }[] }[] {
  return lireCloze(html).trous.map((t) => ({ type: t.type, answers: t.reponses.map((r) => ({ fraction: String(r.fraction), text: r.texte, feedback: r.retour })) }));
}

describe.each(BLOC_IDS.map((b) => [b]))('Moodle XML bank of bloc %s', (bloc) => {
  const bank = banque(ACTIVITES, bloc);
  const result = toMoodleXml(bank);

  test('is well-formed XML', () => {
    expect(XMLValidator.validate(result.contenu)).toBe(true);
  });

  test('every question is there, field by field', () => {
    const doc = parser.parse(result.contenu) as { quiz: { question: Node[] } };
    const questions = doc.quiz.question.filter((q) => q['@_type'] !== 'category');
    expect(questions).toHaveLength(bank.questions.length);
    const problems: string[] = [];
    let current = '';
    let index = 0;
    for (const node of doc.quiz.question) {
      if (node['@_type'] === 'category') {
        current = text(node.category);
        continue;
      }
      const item = bank.questions[index]!;
      index += 1;
      const q = item.question;
      const fail = (msg: string) => problems.push(`${item.idnumber} : ${msg}`);
      if (current !== `$course$/top/${item.categorie.join('/')}`) fail(`catégorie « ${current} »`);
      if (text(node.name) !== item.nom) fail('nom');
      if (node.idnumber !== item.idnumber) fail('idnumber');
      const tags = ((node.tags as Node).tag as Node[]).map((t) => text(t));
      if (JSON.stringify(tags) !== JSON.stringify(item.tags)) fail(`étiquettes ${JSON.stringify(tags)}`);
      const qt = text(node.questiontext);
      if (!qt.startsWith(enonceHtml(q, 'latex'))) fail('énoncé');
      const general = text(node.generalfeedback);
      if (!general.includes(richToHtml(q.explication, { formules: 'latex' })) || !general.includes('Source : ')) fail('retour général');
      if (node.defaultgrade !== '1') fail('note par défaut');
      const answers = (node.answer as Node[] | undefined) ?? [];
      switch (q.type) {
        case 'choix-unique':
        case 'choix-multiples': {
          if (node['@_type'] !== 'multichoice') fail(`type ${String(node['@_type'])}`);
          if (node.single !== String(q.type === 'choix-unique')) fail('single');
          const fr = q.type === 'choix-multiples' ? fractionsChoixMultiples(q) : null;
          q.options.forEach((o, i) => {
            const a = answers[i]!;
            const expected = fr ? formatPourcentage(fr.get(o.id)!) : q.type === 'choix-unique' && o.id === q.reponse ? '100' : '0';
            if (a['@_fraction'] !== expected) fail(`fraction de ${o.id} : ${String(a['@_fraction'])} au lieu de ${expected}`);
            if (text(a) !== inline(o.texte)) fail(`texte de ${o.id}`);
            if (text(a.feedback) !== inline(o.feedback)) fail(`retour de ${o.id}`);
          });
          if (answers.length !== q.options.length) fail('nombre de réponses');
          break;
        }
        case 'vrai-faux': {
          const [t, f] = answers;
          if (node['@_type'] !== 'truefalse' || text(t) !== 'true' || text(f) !== 'false') fail('réponses vrai/faux');
          if (t!['@_fraction'] !== (q.reponse ? '100' : '0') || f!['@_fraction'] !== (q.reponse ? '0' : '100')) fail('fractions vrai/faux');
          if (text(t!.feedback) !== inline(q.feedback.vrai) || text(f!.feedback) !== inline(q.feedback.faux)) fail('retours vrai/faux');
          break;
        }
        case 'association':
        case 'ordre': {
          if (node['@_type'] !== 'matching') fail('type');
          const subs = (node.subquestion as Node[]).map((s) => [text(s), text((s.answer as Node[])[0])]);
          const expected =
            q.type === 'association'
              ? [
                  ...q.gauche.map((g) => [inline(g.texte), richToPlain(q.droite.find((d) => d.id === q.paires[g.id])!.texte)]),
                  ...q.droite.filter((d) => !Object.values(q.paires).includes(d.id)).map((d) => ['', richToPlain(d.texte)]),
                ]
              : q.etapes.map((e, i) => [inline(e.texte), rang(i)]);
          if (JSON.stringify(subs) !== JSON.stringify(expected)) fail('paires');
          if (q.type === 'ordre' && !qt.includes('Position 1')) fail('consigne de l’ordre');
          if (!general.includes('<ul>')) fail('retours par élément dans le retour général');
          break;
        }
        case 'texte-a-trous': {
          if (node['@_type'] !== 'cloze') fail('type');
          const gaps = readCloze(qt);
          const names = gapNames(q.texte);
          if (gaps.length !== names.length) fail(`${gaps.length} trous lus au lieu de ${names.length}`);
          names.forEach((name, i) => {
            const trou = q.trous[name]!;
            const gap = gaps[i]!;
            const right = gap.answers.filter((a) => a.fraction === '100').map((a) => a.text);
            if (JSON.stringify(right) !== JSON.stringify(variantesAcceptees(trou).map(escapeHtml))) fail(`réponses du trou ${name} : ${JSON.stringify(right)}`);
            const last = gap.answers.at(-1)!;
            if (last.text !== '*' || last.fraction !== '0') fail(`trou ${name} : pas de réponse « * » à 0 %`);
            if (gap.type !== (trou.casse ? 'SHORTANSWER_C' : 'SHORTANSWER')) fail(`trou ${name} : type ${gap.type}`);
            if (!gap.answers[0]!.feedback.includes(escapeHtml(richToPlain(trou.feedback)))) fail(`retour du trou ${name}`);
          });
          break;
        }
        case 'numerique': {
          if (node['@_type'] !== 'numerical') fail('type');
          const [first, ...rest] = answers;
          if (first!['@_fraction'] !== '100' || Number(text(first)) !== q.reponse.valeur || Number(first!.tolerance) !== q.reponse.tolerance) fail('réponse, tolérance');
          (q.pieges ?? []).forEach((p, i) => {
            const a = rest[i]!;
            if (a['@_fraction'] !== '0' || Number(text(a)) !== p.valeur || text(a.feedback) !== inline(p.feedback)) fail(`piège ${i}`);
          });
          const last = answers.at(-1)!;
          if (text(last) !== '*' || text(last.feedback) !== inline(q.feedback.faux)) fail('toute autre réponse');
          if (node.showunits !== '3') fail('unités');
          break;
        }
        default:
          break;
      }
    }
    expect(problems).toEqual([]);
  });

  test('case studies are said to be left out', () => {
    expect(result.omises.map((o) => o.id)).toEqual(bank.cas.map((c) => c.id));
    expect(result.contenu).toContain('mises en situation');
  });
});

test('CDATA sections survive a « ]]> » inside a text', () => {
  const xml = `<a><text>${cdata('x ]]> y')}</text></a>`;
  expect(XMLValidator.validate(xml)).toBe(true);
  expect(text(parser.parse(xml).a)).toBe('x ]]> y');
});

test('Cloze escaping: reserved characters are escaped and read back', () => {
  const raw = 'a}b#c~d/e"f\\g*h';
  const gaps = readCloze(`{1:SHORTANSWER:=${clozeEscape(raw, { reponse: true })}#${clozeEscape('ok # ~ }')}}`);
  expect(gaps[0]!.answers[0]).toEqual({ fraction: '100', text: raw, feedback: 'ok # ~ }' });
});
