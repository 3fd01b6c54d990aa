/**
 * The référentiel in our pages, resolved at build time so that a lesson does not
 * ship the référentiel's data (≈ 20 Ko) to show a few lines of it:
 * - `<ObjectifsPedagogiques />` receives, as the `objectifs` prop, the critères of
 *   the page's front matter (`criteres:`) — or of its `criteres="B1.C1.CR1 …"`
 *   attribute — with their intitulés, grouped by compétence. An unknown critère id,
 *   or a lesson without critères, stops the build with the page and the line.
 * - `<Referentiel />` and `<CompetencesDuBloc bloc="B1" />` (the pages that show
 *   the whole référentiel or a bloc) are imported in those pages only; a bloc's
 *   is in the page's HTML only (src/components/Referentiel/DuBloc.tsx).
 */
import { isCritereId, objectifsDe, type CritereId } from '../referentiel';
import { espacesFines } from '../domain/texte/typographie';
import { esmImport, objectAttribute, walk, type JsxNode } from './mdx-nodes';

/** The objectives of the critères, their intitulés with French typography (as the page's text). */
function objectifsAvecTypographie(criteres: readonly CritereId[]) {
  return objectifsDe(criteres).map((o) => ({ ...o, intitule: espacesFines(o.intitule), criteres: o.criteres.map((c) => ({ ...c, intitule: espacesFines(c.intitule) })) }));
}

// <CompetencesDuBloc> (a bloc's page) is in the page's HTML only (DuBloc.tsx); <Referentiel> (the
// référentiel page, where it is the content) is rendered with the page.
const MODULES: Readonly<Record<string, string>> = {
  Referentiel: '@site/src/components/Referentiel',
  CompetencesDuBloc: '@site/src/components/Referentiel/DuBloc',
};
const IMPORTES = new Set(Object.keys(MODULES));

/** The critère ids of `<ObjectifsPedagogiques />`: its attribute, else the front matter; checked. */
export function criteresDesObjectifs(attribut: unknown, frontMatter: unknown, where: string): CritereId[] {
  let brut: unknown[];
  if (attribut !== undefined) {
    if (typeof attribut !== 'string') {
      throw new Error(`${where} : <ObjectifsPedagogiques criteres="…"> s'écrit en toutes lettres, ids séparés par des espaces (ex. criteres="B1.C1.CR1 B1.C1.CR2").`);
    }
    brut = attribut.split(/\s+/).filter((x) => x !== '');
  } else {
    const fm = (frontMatter ?? {}) as { criteres?: unknown };
    brut = Array.isArray(fm.criteres) ? fm.criteres : [];
  }
  if (brut.length === 0) {
    throw new Error(`${where} : <ObjectifsPedagogiques /> sans critère : ajoutez la liste « criteres: [B1.C1.CR1, …] » dans l'en-tête de la page.`);
  }
  const inconnus = brut.filter((x) => typeof x !== 'string' || !isCritereId(x));
  if (inconnus.length > 0) {
    throw new Error(`${where} : <ObjectifsPedagogiques /> : critère inconnu du référentiel : ${inconnus.map((x) => JSON.stringify(x)).join(', ')} (ids de la forme B1.C1.CR1, voir src/referentiel/referentiel.ts).`);
  }
  return brut as CritereId[];
}

export default function remarkReferentiel() {
  return (tree: JsxNode & { children: unknown[] }, file: { path?: string; data: Record<string, unknown> }): void => {
    const importes = new Set<string>();
    walk(tree, (node) => {
      if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || !node.name) return;
      if (node.name === 'ObjectifsPedagogiques') {
        const where = `${file.path ?? 'page'}:${node.position?.start.line ?? '?'}`;
        const attribut = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'criteres');
        const criteres = criteresDesObjectifs(attribut ? attribut.value : undefined, file.data.frontMatter, where);
        node.attributes = [
          ...(node.attributes ?? []).filter((a) => a.name !== 'criteres' && a.name !== 'objectifs'),
          objectAttribute('objectifs', objectifsAvecTypographie(criteres)),
        ];
      } else if (IMPORTES.has(node.name)) {
        importes.add(node.name);
        node.name = `__${node.name}`;
      }
    });
    for (const name of importes) tree.children.unshift(esmImport(`__${name}`, MODULES[name]!, name));
  };
}
