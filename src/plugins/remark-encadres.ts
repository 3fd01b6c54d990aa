/**
 * Refuses Docusaurus admonitions (`:::note`, `:::tip`, `:::warning`…) with the
 * page, the line and what to write instead. Our lessons have their own boxes
 * (src/components/Pedagogie: <PiegeAEviter>, <PourAllerPlusLoin>, <EnBref>…),
 * styled and announced the same way on every page; leaving the admonitions out of
 * src/theme/MDXComponents.tsx keeps their code and six icons out of every page's
 * scripts. Without this check, an admonition would stop the build with a bare
 * « Expected component `admonition` to be defined ».
 */
import { walk, type JsxNode } from './mdx-nodes';

const REMPLACEMENTS =
  '<PiegeAEviter titre="…"> (mise en garde), <PourAllerPlusLoin> (complément), <EnBref> (résumé FALC) ou <Recapitulatif> (src/components/Pedagogie)';

export default function remarkEncadres() {
  return (tree: JsxNode, file: { path?: string }): void => {
    walk(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' || node.name !== 'admonition') return;
      const type = node.attributes?.find((a) => a.name === 'type')?.value;
      const where = `${file.path ?? 'page'}:${node.position?.start.line ?? '?'}`;
      throw new Error(`${where} : encadré « :::${typeof type === 'string' ? type : ''} » : ce site n'utilise pas les encadrés de Docusaurus. Écrivez plutôt ${REMPLACEMENTS}.`);
    });
  };
}
