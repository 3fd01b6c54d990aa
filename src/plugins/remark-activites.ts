/**
 * Lets authors write `<Quiz id="cadre-esat-ea" />`, `<CasPratique id="…" />`,
 * `<H5P id="…" />` or `<Cartes id="…" />` (revision cards, quizzes/cartes.ts) in
 * any MDX page. At build time this plugin:
 * - fails the build, with the page and the line, when the id is unknown or used
 *   with the wrong component;
 * - makes each activity an island (src/components/Activite/Ilot.tsx), in the pages
 *   that use one only: the component and the activity's generated public data (no
 *   answer key) are imported with `?serveur`, so that the quiz is whole in the
 *   HTML, and the browser build replaces them by `null`
 *   (src/plugins/serveur-seulement.js); the browser loads them with `charger` /
 *   `chargerData` when the learner gets near the activity; an H5P activity (its
 *   HTML is one button) only when the learner focuses or touches it, and its
 *   player itself still waits for « Lancer ».
 */
import { existsSync, readFileSync } from 'node:fs';
import { cartesModulePath, h5pIndexPath, publicModulePath, type PublicFile } from '../build/activites/activites';
import { esmImport, expressionAttribute, importDiffereAttribute, walk, type JsxNode } from './mdx-nodes';

interface Options {
  readonly siteDir: string;
}

/** Marks an import for the server build only (src/plugins/serveur-seulement.js). */
export const SERVEUR_SEULEMENT = '?serveur';
const ILOT = '@site/src/components/Activite/Ilot';

const COMPONENTS: Readonly<Record<string, { kind: 'quiz' | 'cas' | 'h5p' | 'cartes'; module: string }>> = {
  Quiz: { kind: 'quiz', module: '@site/src/components/Quiz' },
  CasPratique: { kind: 'cas', module: '@site/src/components/CasPratique' },
  H5P: { kind: 'h5p', module: '@site/src/components/H5P' },
  Cartes: { kind: 'cartes', module: '@site/src/components/Cartes' },
};

export default function remarkActivites(options: Options) {
  return (tree: JsxNode & { children: unknown[] }, file: { path?: string }): void => {
    const imports: unknown[] = [];
    const ilots = new Set<string>();
    walk(tree, (node) => {
      if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || !node.name) return;
      const component = COMPONENTS[node.name];
      if (!component) return;
      const { kind } = component;
      const where = `${file.path ?? 'page'}:${node.position?.start.line ?? '?'}`;
      const idAttr = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
      if (!idAttr || typeof idAttr.value !== 'string') {
        throw new Error(`${where} : <${node.name}> doit avoir un attribut id écrit en toutes lettres, par exemple id="cadre-esat-ea".`);
      }
      const id = idAttr.value;
      const jsonPath = kind === 'h5p' ? h5pIndexPath(options.siteDir, id) : kind === 'cartes' ? cartesModulePath(options.siteDir, id) : publicModulePath(options.siteDir, id);
      if (!existsSync(jsonPath)) {
        throw new Error(
          kind === 'h5p'
            ? `${where} : <H5P id="${id}"> : aucune activité H5P « ${id} » (activité marquée h5p: true dans quizzes/, ou paquet importé par npm run h5p:add).`
            : kind === 'cartes'
              ? `${where} : <Cartes id="${id}"> : aucun jeu de cartes « ${id} » dans quizzes/cartes.ts.`
              : `${where} : <${node.name} id="${id}"> : aucune activité « ${id} » dans quizzes/index.ts.`,
        );
      }
      const data = kind === 'h5p' || kind === 'cartes' ? null : (JSON.parse(readFileSync(jsonPath, 'utf8')) as PublicFile);
      if (data && data.activite.kind !== kind) {
        const right = data.activite.kind === 'quiz' ? 'Quiz' : 'CasPratique';
        throw new Error(`${where} : « ${id} » est ${kind === 'quiz' ? 'une mise en situation' : 'un quiz'} : utilisez <${right} id="${id}" />.`);
      }
      const local = `__activite_${imports.length}`;
      imports.push(esmImport(local, jsonPath + SERVEUR_SEULEMENT));
      ilots.add(node.name);
      node.attributes = [
        ...(node.attributes ?? []).filter((a) => a.name !== 'data' && a.name !== 'ancre'),
        expressionAttribute('serveur', `__${node.name}`),
        expressionAttribute('data', local),
        importDiffereAttribute('charger', component.module),
        importDiffereAttribute('chargerData', jsonPath),
        // The anchor of the activity's heading: links to it (bloc pages) are checked by the build.
        { type: 'mdxJsxAttribute', name: 'ancre', value: kind === 'h5p' ? `h5p-${id}-titre` : `${id}-titre` },
        ...(kind === 'h5p' ? [expressionAttribute('surInteraction', 'true')] : []),
      ];
      node.name = '__Ilot';
    });
    if (imports.length === 0) return;
    for (const name of ilots) imports.push(esmImport(`__${name}`, COMPONENTS[name]!.module + SERVEUR_SEULEMENT));
    imports.push(esmImport('__Ilot', ILOT));
    tree.children.unshift(...imports);
  };
}
