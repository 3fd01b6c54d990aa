/**
 * The bar every lesson (docs/bloc-N/*.mdx except index.mdx) must meet, with a
 * message per lesson: length, structure, FALC summary, workshop examples, sources,
 * key terms for the search, activities. And writing rules for all pages and
 * activities: current vocabulary, corrected figures, no point médian.
 */
import path from 'node:path';
import { ACTIVITES } from '@site/quizzes/index';
import { readPages, wordCount } from '@site/src/build/lecons/lecons';

const siteDir = path.resolve(__dirname, '..', '..');
const pages = readPages(siteDir);
const lecons = pages.filter((p) => p.estLecon);

const ATELIERS = [
  'conditionnement',
  'façonnage',
  'espaces verts',
  'blanchisserie',
  'restauration',
  'cuisine',
  'traiteur',
  'menuiserie',
  'sous-traitance',
  'câblage',
  'montage',
  'maraîchage',
  'entretien des locaux',
  'imprimerie',
  'numérisation',
  'hors les murs',
  'mise à disposition',
];

/** Text of the <EnBref> block, without tags. */
function enBref(texte: string): string | null {
  const match = /<EnBref>([\s\S]*?)<\/EnBref>/.exec(texte);
  return match ? match[1]!.replace(/<[^>]+>/g, ' ').replace(/[*_]/g, '').trim() : null;
}

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter((s) => /\p{L}/u.test(s));
}

for (const lecon of lecons) test(`${lecon.fichier} meets the lesson bar`, () => {
  const problems: string[] = [];
  const t = lecon.texte;
  const words = wordCount(t);
  if (words < 900) problems.push(`${words} mots : une leçon en compte au moins 900`);
  for (const tag of ['<ObjectifsPedagogiques', '<EnBref>', '<PiegeAEviter', '<Recapitulatif>']) {
    if (!t.includes(tag)) problems.push(`balise ${tag}…> manquante`);
  }
  if (!/^## Sources\b/m.test(t)) problems.push('section « ## Sources » manquante');
  else if (!/^## Sources[^\n]*\n+(\s*[-*] .+\n?)+/m.test(t)) problems.push('la section « Sources » doit lister au moins une référence');
  if (!/<(Quiz|CasPratique|H5P)\s/.test(t)) problems.push('aucune activité (<Quiz>, <CasPratique> ou <H5P>)');
  const resume = enBref(t);
  if (resume) {
    const s = sentences(resume);
    if (s.length < 5 || s.length > 8) problems.push(`« En bref » : ${s.length} phrases (5 à 8 attendues)`);
    const longues = s.filter((x) => x.split(/\s+/).length > 20);
    if (longues.length > 0) problems.push(`« En bref » : phrase trop longue pour un texte facile à lire (> 20 mots) : « ${longues[0]} »`);
  }
  const lower = t.toLocaleLowerCase('fr-FR');
  const ateliers = ATELIERS.filter((a) => lower.includes(a));
  if (ateliers.length < 2) problems.push(`exemples d'ateliers : ${ateliers.length} activité(s) citée(s) (${ateliers.join(', ')}) ; il en faut au moins 2 différentes`);
  const motsCles = lecon.frontMatter.mots_cles;
  if (!Array.isArray(motsCles) || motsCles.length < 2) {
    problems.push('en-tête : « mots_cles: [...] » (2 à 5 termes que la recherche doit retrouver)');
  } else {
    for (const m of motsCles) if (typeof m !== 'string' || !lower.includes(m.toLocaleLowerCase('fr-FR'))) problems.push(`mot-clé « ${String(m)} » absent du texte`);
  }
  expect(problems).toEqual([]);
});

/** Every text an author wrote: pages and activities. */
function allTexts(): { ou: string; texte: string }[] {
  const out = pages.map((p) => ({ ou: p.fichier, texte: p.texte }));
  const visit = (ou: string, v: unknown) => {
    if (typeof v === 'string') out.push({ ou, texte: v });
    else if (Array.isArray(v)) v.forEach((x) => visit(ou, x));
    else if (v && typeof v === 'object') Object.values(v).forEach((x) => visit(ou, x));
  };
  for (const a of ACTIVITES) visit(`quizzes : ${a.id}`, a);
  return out;
}

test('writing rules: current vocabulary, corrected figures, no point médian', () => {
  const problems: string[] = [];
  for (const { ou, texte } of allTexts()) {
    for (const phrase of texte.replace(/\s*\n\s*/g, ' ').split(/(?<=[.!?;])\s+/)) {
      const p = phrase.toLocaleLowerCase('fr-FR').replace(/’/g, "'");
      if (/d'aide par le travail/.test(p) && !/(anciennement|ex-|ancien|avant|devenu|jusqu'|2023|2025|renomm|s'appelait|centres? d'aide par le travail)/.test(p)) {
        problems.push(`${ou} : « aide par le travail » sans dire que c'est l'ancien nom : « ${phrase.trim().slice(0, 120)} »`);
      }
      if (/contrat de soutien et d'aide/.test(p) && !/(anciennement|ex-|ancien|avant|devenu|2025|renomm|s'appelait)/.test(p)) {
        problems.push(`${ou} : « contrat de soutien et d'aide par le travail » sans dire qu'il est devenu le contrat d'accompagnement (décret n° 2025-845) : « ${phrase.trim().slice(0, 120)} »`);
      }
      if (/(au moins|minimum de|plancher de) 80 ?%/.test(p) && !/(avant|ancienne|abrog|périmé|2019)/.test(p)) {
        problems.push(`${ou} : la règle des 80 % en EA est abrogée depuis 2019 (55 % à 100 %) : « ${phrase.trim().slice(0, 120)} »`);
      }
      if (/55 ?% (à|et) 110 ?%/.test(p)) problems.push(`${ou} : la rémunération garantie est de 55,7 % à 110,7 % du SMIC : « ${phrase.trim().slice(0, 120)} »`);
      if (/\bles handicapés\b|\bdes handicapés\b/.test(p)) problems.push(`${ou} : dites « personnes en situation de handicap » : « ${phrase.trim().slice(0, 120)} »`);
    }
    if (/\p{L}·\p{L}/u.test(texte)) problems.push(`${ou} : point médian (« · ») : préférez une formulation épicène ou un doublet`);
  }
  expect(problems).toEqual([]);
});
