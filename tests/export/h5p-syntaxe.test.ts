/**
 * The official H5P packages read the way H5P.DragText, H5P.Blanks and
 * H5P.MarkTheWords read their text: three small readers written from the
 * libraries' own documentation (the « important » notes and examples of their
 * semantics.json, read here from src/build/h5p/officiels/), not from their code:
 *
 * - DragText: a drop zone runs from one « * » to the next; inside it, « : »
 *   starts a tip, « \+ » the feedback shown if right, « \- » the one shown if
 *   wrong, each up to the next of these marks; the draggable text is what comes
 *   before the first mark; every part is trimmed.
 * - Blanks: a blank runs from one « * » to the next; inside it, « : » starts a
 *   tip; before it, the accepted answers are separated by « / »; trimmed.
 * - MarkTheWords: a marked word runs from one « * » to the next; inside it,
 *   « ** » is an asterisk of the word.
 *
 * Every package the export writes is read back, and each draggable, feedback,
 * answer and tip must come out exactly as our data says (after the documented
 * rewriting of reserved signs, REECRITURES). Then one test per rewriting rule,
 * each showing what the library would read without it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { ACTIVITES } from '@site/quizzes/index';
import { exporter, languesOfficielles } from '@site/src/build/exports/exports';
import { dedans, dragTextZone, hors, paquetOfficiel, REECRITURES, reponsesBlanks } from '@site/src/domain/export/h5pOfficiel';
import { richToPlain } from '@site/src/domain/export/texte';
import { gapNames } from '@site/src/domain/quiz/kinds/texteATrous';
import type { Question, QuestionAssociation, QuestionTexteATrous, Quiz } from '@site/src/domain/quiz/types';
import { CHEMINS } from '@site/src/build/chemins';

const siteDir = path.resolve(__dirname, '..', '..');
const officiels = path.join(siteDir, CHEMINS.officielsH5P);

// ---------------------------------------------------------------------------
// The three readers.

export interface ZoneDragText {
  readonly texte: string;
  readonly indice: string | null;
  readonly juste: string | null;
  readonly faux: string | null;
}

/** The text between each pair of « * » (zones), in order; an unpaired « * » opens nothing. */
function zones(texte: string): string[] {
  const out: string[] = [];
  let debut = texte.indexOf('*');
  while (debut >= 0) {
    const fin = texte.indexOf('*', debut + 1);
    if (fin < 0) break;
    out.push(texte.slice(debut + 1, fin));
    debut = texte.indexOf('*', fin + 1);
  }
  return out;
}

/** DragText: the drop zones of a text field, each with its tip and feedback. */
export function lireDragText(texte: string): ZoneDragText[] {
  return zones(texte).map((zone) => {
    const marques = [...zone.matchAll(/:|\\\+|\\-/g)].map((m) => ({ marque: m[0], index: m.index!, apres: m.index! + m[0].length }));
    const partie = (marque: string) => {
      const m = marques.find((x) => x.marque === marque);
      if (!m) return null;
      const suivante = marques.find((x) => x.index > m.index);
      return zone.slice(m.apres, suivante ? suivante.index : zone.length).trim();
    };
    return { texte: zone.slice(0, marques[0]?.index ?? zone.length).trim(), indice: partie(':'), juste: partie('\\+'), faux: partie('\\-') };
  });
}

/** Blanks: each blank of a text, with its accepted answers and its tip. */
export function lireBlanks(texte: string): { reponses: string[]; indice: string | null }[] {
  return zones(texte).map((zone) => {
    const deuxPoints = zone.indexOf(':');
    const avant = deuxPoints < 0 ? zone : zone.slice(0, deuxPoints);
    return { reponses: avant.split('/').map((r) => r.trim()), indice: deuxPoints < 0 ? null : zone.slice(deuxPoints + 1).trim() };
  });
}

/** MarkTheWords: the marked words of a text (« ** » inside a word is an asterisk). */
export function lireMarkTheWords(texte: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < texte.length) {
    if (texte[i] !== '*') {
      i += 1;
      continue;
    }
    let mot = '';
    let j = i + 1;
    let ferme = false;
    while (j < texte.length) {
      if (texte[j] === '*' && texte[j + 1] === '*') {
        mot += '*';
        j += 2;
      } else if (texte[j] === '*') {
        ferme = true;
        break;
      } else {
        mot += texte[j];
        j += 1;
      }
    }
    if (!ferme) break;
    out.push(mot);
    i = j + 1;
  }
  return out;
}

// ---------------------------------------------------------------------------
// The readers agree with the libraries' documented examples.

const important = (lib: string, champ: string): { description: string; example: string } => {
  type F = { name: string; field?: F; important?: { description: string; example: string } };
  const fields = JSON.parse(readFileSync(path.join(officiels, lib, 'semantics.json'), 'utf8')) as F[];
  const f = fields.find((x) => x.name === champ)!;
  return (f.important ?? f.field!.important)!;
};

test('the DragText reader reads the example of its semantics.json: a tip, then feedback if right and if wrong', () => {
  const { example } = important('H5P.DragText', 'textField');
  expect(lireDragText(example)).toEqual([
    { texte: 'browser', indice: 'What type of program is Chrome?', juste: null, faux: null },
    { texte: 'interactive', indice: null, juste: 'Correct!', faux: 'Incorrect, try again!' },
  ]);
  expect(lireDragText('*Oslo* is the capital of Norway, in the *Scandinavian:Northern Part of Europe* peninsula.').map((z) => [z.texte, z.indice])).toEqual([
    ['Oslo', null],
    ['Scandinavian', 'Northern Part of Europe'],
  ]);
});

test('the Blanks reader reads the example of its semantics.json: alternatives and a tip', () => {
  const { example, description } = important('H5P.Blanks', 'questions');
  expect(description).toMatch(/forward slash \(\/\)[\s\S]*colon \(:\)/);
  expect(lireBlanks(example)).toEqual([{ reponses: ['browser', 'web-browser'], indice: 'Something you use every day' }]);
});

test('the MarkTheWords reader reads the example of its semantics.json, « ** » included', () => {
  const { example } = important('H5P.MarkTheWords', 'textField');
  expect(lireMarkTheWords(example)).toEqual(['correctword', 'correctword*']);
});

// ---------------------------------------------------------------------------
// Every package the export writes, read back.

type Sous = { library: string; params: Record<string, unknown> };
const quizzes = ACTIVITES.filter((a): a is Quiz => a.kind === 'quiz');
const plain = (s: string) => richToPlain(s).replace(/\s*\n+\s*/g, ' ');

/** What DragText must read for an association: one zone per left item, then the distractors. */
function attenduDragText(q: QuestionAssociation): ZoneDragText[] {
  const droite = (id: string) => plain(q.droite.find((d) => d.id === id)!.texte);
  return q.gauche.map((g) => ({
    texte: dedans(droite(q.paires[g.id]!)).trim(),
    indice: null,
    juste: dedans(plain(g.feedback)).trim(),
    faux: dedans(`À associer à « ${droite(q.paires[g.id]!)} ». ${plain(g.feedback)}`).trim(),
  }));
}

function attenduDistracteurs(q: QuestionAssociation): ZoneDragText[] {
  const used = new Set(Object.values(q.paires));
  return q.droite.filter((d) => !used.has(d.id)).map((d) => ({ texte: dedans(plain(d.texte)).trim(), indice: null, juste: null, faux: null }));
}

function attenduBlanks(q: QuestionTexteATrous): { reponses: string[]; indice: string | null }[] {
  return gapNames(q.texte).map((n) => ({ reponses: reponsesBlanks(q.trous[n]!), indice: null }));
}

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

describe('every exported official package, read by the libraries’ parsers', () => {
  let work: string;
  const lus: { quiz: Quiz; sous: Sous[] }[] = [];
  let exportes: { quiz: Quiz; q: Question; s: Sous }[] = [];
  beforeAll(() => {
    work = mkdtempSync(path.join(os.tmpdir(), 'h5p-syntaxe-'));
    const fichiers = exporter({ format: 'h5p-official', bloc: null, out: work }, { siteDir, activites: ACTIVITES, pages: [], buildDir: 'build' });
    for (const f of fichiers) {
      const zip = unzipSync(new Uint8Array(readFileSync(path.join(work, f.chemin))));
      const content = JSON.parse(new TextDecoder().decode(zip['content/content.json'])) as { questions: Sous[] };
      lus.push({ quiz: quizzes.find((q) => f.chemin.endsWith(`/${q.id}.h5p`))!, sous: content.questions });
    }
    const langues = languesOfficielles(siteDir);
    exportes = lus.flatMap(({ quiz, sous }) => {
      const omises = new Set(paquetOfficiel(quiz, langues)!.omises.map((o) => o.id));
      const gardees = quiz.questions.filter((q) => !omises.has(`${quiz.id}/${q.id}`));
      return sous.map((s, i) => ({ quiz, q: gardees[i]!, s }));
    });
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  /** Each exported sub-content with the question it comes from. */
  const paires = () => exportes;

  test('DragText: every draggable, feedback and (absent) tip is our data', () => {
    const problemes: string[] = [];
    let n = 0;
    for (const { quiz, q, s } of paires()) {
      if (!s.library.startsWith('H5P.DragText ')) continue;
      if (q.type !== 'association') {
        problemes.push(`${quiz.id}/${q.id} : DragText pour une question ${q.type}`);
        continue;
      }
      n += 1;
      const lu = lireDragText(String(s.params.textField));
      if (JSON.stringify(lu) !== JSON.stringify(attenduDragText(q))) problemes.push(`${quiz.id}/${q.id} : lu ${JSON.stringify(lu)}`);
      const distracteurs = lireDragText(String(s.params.distractors ?? ''));
      if (JSON.stringify(distracteurs) !== JSON.stringify(attenduDistracteurs(q))) problemes.push(`${quiz.id}/${q.id} : intrus lus ${JSON.stringify(distracteurs)}`);
    }
    expect(problemes).toEqual([]);
    expect(n).toBe(paires().filter((p) => p.q.type === 'association').length);
  });

  test('Blanks: every blank holds exactly our accepted spellings and no tip', () => {
    const problemes: string[] = [];
    for (const { quiz, q, s } of paires()) {
      if (!s.library.startsWith('H5P.Blanks ')) continue;
      if (q.type !== 'texte-a-trous') {
        problemes.push(`${quiz.id}/${q.id} : Blanks pour une question ${q.type}`);
        continue;
      }
      const lu = lireBlanks((s.params.questions as string[]).join('\n')).map((b) => ({ ...b, reponses: b.reponses.map(decode) }));
      if (JSON.stringify(lu) !== JSON.stringify(attenduBlanks(q))) problemes.push(`${quiz.id}/${q.id} : lu ${JSON.stringify(lu)}`);
    }
    expect(problemes).toEqual([]);
  });

  test('MarkTheWords: every marked word of a package is a word of our data (no question kind is exported as MarkTheWords)', () => {
    const marques = paires().filter((p) => p.s.library.startsWith('H5P.MarkTheWords '));
    for (const { s } of marques) for (const mot of lireMarkTheWords(String(s.params.textField))) expect(mot).toMatch(/^\S+$/);
    expect(marques).toEqual([]);
  });

  test('no text outside a zone holds a « * » that would open one', () => {
    for (const { s } of paires()) {
      if (s.library.startsWith('H5P.DragText ')) {
        const lignes = String(s.params.textField).split('\n');
        for (const l of lignes) expect(l.split('*').length).toBe(3);
      }
    }
  });
});

// ---------------------------------------------------------------------------
// One test per rewriting rule: with it, the reader gets our text back; without
// it, the library would read something else.

const langues = languesOfficielles(siteDir);
const base = { enonce: 'Associez.', criteres: ['B1.C1.CR1' as const], explication: 'e', source: 's' };

function dragTextDe(gauche: string, droite: string, feedback: string): ZoneDragText {
  const q: Question = {
    ...base,
    type: 'association',
    id: 'q',
    gauche: [{ id: 'g', texte: gauche, feedback }],
    droite: [{ id: 'd', texte: droite }],
    paires: { g: 'd' },
  };
  const paquet = paquetOfficiel({ kind: 'quiz', id: 'regle', titre: 'Règle', bloc: 'B1', questions: [q] }, langues)!;
  const sous = (paquet.content.questions as Sous[])[0]!;
  return lireDragText(String(sous.params.textField))[0]!;
}

test('DragText rule « : » in a feedback (French typography) → « — »: no tip appears and the feedback is whole', () => {
  const fb = 'Des pictogrammes au poste et une démonstration : la consigne se voit là où elle s’applique.';
  const brut = lireDragText(`x → *Montrer\\+${fb}*`)[0]!;
  expect(brut.indice).not.toBeNull(); // what the learner saw before: a stray tip, the feedback cut
  const lu = dragTextDe('Karim arrive', 'Montrer', fb);
  expect(lu).toEqual({ texte: 'Montrer', indice: null, juste: fb.replace(' :', ' —'), faux: `À associer à « Montrer ». ${fb.replace(' :', ' —')}` });
});

test('DragText rule « : » elsewhere in a zone (8:30) → « ∶ », which looks the same', () => {
  const brut = lireDragText('*Pause de 8:30*')[0]!;
  expect(brut.texte).toBe('Pause de 8');
  const lu = dragTextDe('Horaire', 'Pause de 8:30', 'Le matin.');
  expect(lu.texte).toBe(`Pause de 8${REECRITURES.deuxPoints[1]}30`);
  expect(lu.indice).toBeNull();
});

test('DragText rule « * » → « ∗ » (in a zone and outside one)', () => {
  expect(lireDragText('Note * importante → *Réponse*')[0]!.texte).toBe(' importante → '.trim());
  const lu = dragTextDe('Note * importante', 'Réponse *', 'Voir * ici.');
  expect(lu).toEqual({ texte: `Réponse ${REECRITURES.asterisque[1]}`, indice: null, juste: `Voir ${REECRITURES.asterisque[1]} ici.`, faux: `À associer à « Réponse ${REECRITURES.asterisque[1]} ». Voir ${REECRITURES.asterisque[1]} ici.` });
  expect(hors('a * b')).toBe(`a ${REECRITURES.asterisque[1]} b`);
});

test('DragText rule « \\ » → « ⧵ »: a backslash cannot start a feedback mark', () => {
  expect(lireDragText('*a\\-b*')[0]!).toEqual({ texte: 'a', indice: null, juste: null, faux: 'b' });
  const lu = dragTextDe('Chemin', 'C:\\-dossier', 'Ok.');
  expect(lu.texte).toBe(`C${REECRITURES.deuxPoints[1]}${REECRITURES.antislash[1]}-dossier`);
  expect(lu.faux).toContain('Ok.');
});

test('DragText rule « / » → « ∕ » in a zone (read as alternatives by the Blanks-style syntax)', () => {
  expect(lireBlanks('*oui/non*')[0]!.reponses).toEqual(['oui', 'non']);
  const lu = dragTextDe('Décision', 'oui/non', 'Ok.');
  expect(lu.texte).toBe(`oui${REECRITURES.barreOblique[1]}non`);
  expect(dragTextZone({ texte: 'a/b' })).not.toContain('/');
});

function blanksDe(texte: string, acceptees: string[]): { raison?: string; lu?: { reponses: string[]; indice: string | null }[]; html?: string } {
  const q: Question = { ...base, type: 'texte-a-trous', id: 't', texte, trous: { x: { acceptees, feedback: 'f' } } } as Question;
  const autre: Question = { ...base, type: 'vrai-faux', id: 'v', reponse: true, feedback: { vrai: 'a', faux: 'b' } };
  const paquet = paquetOfficiel({ kind: 'quiz', id: 'regle', titre: 'Règle', bloc: 'B1', questions: [q, autre] }, langues)!;
  if (paquet.omises.length > 0) return { raison: paquet.omises[0]!.raison };
  const html = (paquet.content.questions as Sous[])[0]!.params.questions as string[];
  return { lu: lireBlanks(html.join('')), html: html.join('') };
}

test('Blanks rule « * » in the text around a blank → « ∗ »', () => {
  const r = blanksDe('Note * : la durée est [[x]].', ['6 mois']);
  expect(r.lu).toEqual([{ reponses: ['6 mois'], indice: null }]);
  expect(r.html).toContain(REECRITURES.asterisque[1]);
});

test('Blanks rule « / » and « : » in an accepted answer: that spelling is left out, the others stay', () => {
  expect(blanksDe('Il est [[x]].', ['8:30', 'huit heures trente']).lu).toEqual([{ reponses: ['huit heures trente'], indice: null }]);
  expect(blanksDe('Il est [[x]].', ['1/2', 'un demi']).lu).toEqual([{ reponses: ['un demi'], indice: null }]);
  expect(blanksDe('Il est [[x]].', ['1/2']).raison).toMatch(/réservés par H5P Blanks/);
  expect(blanksDe('Il est [[x]].', ['a*b']).raison).toMatch(/« \* »/);
});

test('a text without reserved signs is not rewritten', () => {
  const texte = 'Une consigne simple, lisible, sans signe réservé.';
  expect(dedans(texte)).toBe(texte);
  expect(hors(texte)).toBe(texte);
});
