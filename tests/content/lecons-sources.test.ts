/**
 * Lessons written since the dossiers entered the repository (issue 18) cite their
 * source where they state a rule: every section whose text speaks of a law, a decree,
 * an article, a code, an obligation, a ban or a right names a legal text or an
 * official body in that section (src/domain/qualite/items.ts, as for quiz sources).
 * Figures alone do not make a section regulatory here: lessons hold worked examples.
 * The message names the page and the section to complete.
 */
import fs from 'node:fs';
import path from 'node:path';
import { sourceOfficielle } from '@site/src/domain/qualite/items';

const docs = path.resolve(__dirname, '..', '..', 'docs');
const LECONS = [
  'bloc-1/connaitre-publics',
  'bloc-1/comportements-crises',
  'bloc-1/droits-ressources',
  'bloc-1/secret-partage-informations',
  'bloc-2/sante-securite-quotidien',
  'bloc-2/hygiene-alimentaire',
  'bloc-2/clients-devis-marches',
  'bloc-2/faire-evoluer-atelier',
  'bloc-3/metier-entreprise-adaptee',
];
const SANS_REGLE = /^(S'entraîner|Sources)\b/;
/** A rule, a right, a ban or a legal text, as words (whole words; « code » only as a legal code). */
const REGLE = /(?<![\p{L}])(?:lois?|décrets?|arrêtés?|ordonnances?|articles?|art\.|codes? (?:du|de la|de l[’']|civil|pénal)|CASF|règlements?|directives?|obligatoires?|obligations?|interdite?s?|a droit|ont droit|droit à|droit de|droit au|légale?s?|légaux|réglementaires?)(?![\p{L}])/iu;
const enonceUneRegle = (texte: string): boolean => REGLE.test(texte.replace(/\s+/g, ' '));

/** The level-2 sections of an MDX page: title and text (frontmatter, imports and components left out). */
function sections(mdx: string): { titre: string; texte: string }[] {
  const corps = mdx.replace(/^---[\s\S]*?---/, '');
  return corps
    .split(/\n## /)
    .slice(1)
    .map((bloc) => {
      const [ligne = '', ...reste] = bloc.split('\n');
      return { titre: ligne.replace(/\s*\{\/\*.*\*\/\}\s*$/, '').trim(), texte: reste.join('\n').replace(/<[A-Z][^>]*\/>/g, ' ') };
    });
}

test.each(LECONS)('docs/%s.mdx: every section that states a rule cites its legal or official source there', (lecon) => {
  const mdx = fs.readFileSync(path.join(docs, `${lecon}.mdx`), 'utf8');
  const manquantes = sections(mdx)
    .filter((s) => !SANS_REGLE.test(s.titre) && enonceUneRegle(s.texte) && !sourceOfficielle(s.texte))
    .map((s) => `docs/${lecon}.mdx › « ${s.titre} » : cette section énonce une règle, un droit ou une interdiction sans nommer son texte ou son organisme (ex. « CASF, art. L344-2 », « C. trav., art. R4541-9 », « INRS »)`);
  expect(manquantes).toEqual([]);
});

test('the check can fail: a section with a rule and no source is named', () => {
  const mdx = "---\ntitle: x\n---\n\n## Le port de charges {/* #port */}\n\nLa loi limite à 25 kg les charges portées par une femme.\n\n## Sources {/* #sources */}\n\nC. trav., art. R4541-9.\n";
  const s = sections(mdx);
  expect(s.map((x) => x.titre)).toEqual(['Le port de charges', 'Sources']);
  expect(enonceUneRegle(s[0]!.texte)).toBe(true);
  expect(enonceUneRegle('Un code d’alerte entre collègues : 25 € et 15 % dans un exemple.')).toBe(false);
  expect(sourceOfficielle(s[0]!.texte)).toBe(false);
});

test('every critère of the référentiel is among the objectives of a lesson', () => {
  const { readPages } = require('@site/src/build/lecons/lecons') as typeof import('@site/src/build/lecons/lecons');
  const { CRITERE_IDS } = require('@site/src/referentiel') as typeof import('@site/src/referentiel');
  const annonces = new Set(readPages(path.resolve(docs, '..')).flatMap((p) => (p.frontMatter.criteres as string[] | undefined) ?? []));
  expect(CRITERE_IDS.filter((id) => !annonces.has(id)).map((id) => `${id} : ajoutez-le aux criteres d'une leçon qui l'enseigne`)).toEqual([]);
});
